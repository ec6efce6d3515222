import { DEMO_PASSWORD, demoPlan } from '@kabinet/dev';
import { identityFor } from './support';

const plan = demoPlan([
  { key: 'a', name: 'ООО «А»', accounts: 1 },
  { key: 'b', name: 'ООО «Б»', accounts: 1 },
]);
const [a, b] = plan.companies;
const WRONG = 'wrong password!';

/** What a sign-in answered: SIGNED_IN, or the error code (UNAUTHENTICATED is the wrong-password answer). */
type Outcome = string;

describe('identity: the sign-in lockout holds under concurrent attempts', () => {
  const started = identityFor(plan);

  const login = async (name: string, password: string): Promise<Outcome> => {
    const result = await started.identity.call<{ login: { status: string } }>(
      'mutation ($i: LoginInput!) { login(input: $i) { status } }',
      { i: { login: name, password } },
    );
    return result.data?.login.status ?? (result.errors?.[0].extensions?.code as string);
  };
  const tally = (outcomes: Outcome[]) => {
    const counts: Record<string, number> = {};
    for (const outcome of outcomes) counts[outcome] = (counts[outcome] ?? 0) + 1;
    return counts;
  };
  /** Wrong passwords one after another until the lock answers: how many were still checked. */
  const wrongUntilLocked = async (name: string) => {
    for (let checked = 0; checked <= 5; checked++) {
      if ((await login(name, WRONG)) === 'RATE_LIMITED') return checked;
    }
    throw new Error('never locked');
  };

  it('checks at most five of 200 simultaneous wrong passwords; the right one then waits out the lock', async () => {
    const outcomes = await Promise.all(Array.from({ length: 200 }, () => login('no-such-user', WRONG)));
    expect(tally(outcomes)).toEqual({ UNAUTHENTICATED: 5, RATE_LIMITED: 195 });

    const burst = await Promise.all(Array.from({ length: 40 }, () => login(a.admin.login, WRONG)));
    expect(tally(burst)).toEqual({ UNAUTHENTICATED: 5, RATE_LIMITED: 35 });
    expect(await login(a.admin.login, DEMO_PASSWORD)).toBe('RATE_LIMITED');
  });

  it('lets the right password in among 39 simultaneous wrong ones only within the five, erasing none of them', async () => {
    // The right one first, so it is most likely among the five checked and its success races the rest.
    const burst = await Promise.all([
      login(b.admin.login, DEMO_PASSWORD),
      ...Array.from({ length: 39 }, () => login(b.admin.login, WRONG)),
    ]);
    const { UNAUTHENTICATED: wrong = 0, RATE_LIMITED: limited = 0, SIGNED_IN: signedIn = 0 } = tally(burst);
    expect(wrong).toBeLessThanOrEqual(5);
    expect(wrong + limited + signedIn).toBe(40);
    // Five wrong passwords checked in all: had the success cleared failures it raced with, there would be more.
    expect(wrong + (await wrongUntilLocked(b.admin.login))).toBe(5);
    expect(await login(b.admin.login, DEMO_PASSWORD)).toBe('RATE_LIMITED');
  });

  it('tells a burst of right passwords to retry in a moment, and locks nothing', async () => {
    const messages: string[] = [];
    const outcomes = await Promise.all(
      Array.from({ length: 12 }, async () => {
        const result = await started.identity.call<{ login: { status: string } }>(
          'mutation ($i: LoginInput!) { login(input: $i) { status } }',
          { i: { login: 'operator', password: DEMO_PASSWORD } },
        );
        if (result.errors) messages.push(result.errors[0].message);
        return result.data?.login.status ?? (result.errors?.[0].extensions?.code as string);
      }),
    );
    const { SIGNED_IN: signedIn = 0, RATE_LIMITED: limited = 0 } = tally(outcomes);
    expect(signedIn).toBeGreaterThanOrEqual(5);
    expect(signedIn + limited).toBe(12);
    expect(new Set(messages)).toEqual(
      new Set(limited ? ['Too many sign-in attempts at once; try again in a moment'] : []),
    );
    expect(await login('operator', DEMO_PASSWORD)).toBe('SIGNED_IN');
  });
});
