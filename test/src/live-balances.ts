import { eventually } from '@kabinet/kit/testing';
import type { RunningSystem } from './system';

/** Staff post a 5.00 payment to an account (idempotent by `key`); its sequence number; throws if refused. */
export async function postPayment(system: RunningSystem, staff: string, accountId: string, key: string) {
  const posted = await system.query<{ postLedgerEntry: { sequence: number } }>(
    'mutation ($i: PostLedgerEntryInput!) { postLedgerEntry(input: $i) { sequence } }',
    { i: { accountId, kind: 'PAYMENT', amount: '5.00', description: 'live balances', idempotencyKey: key } },
    staff,
  );
  if (!posted.data) throw new Error(`posting failed: ${JSON.stringify(posted.errors)}`);
  return posted.data.postLedgerEntry.sequence;
}

/**
 * What a limited user's live balances show: subscribing to the `hidden` account by name must be refused
 * (its error message is returned), and while they watch the whole company, staff post a payment to each
 * account of `postTo`; returns the accounts whose changes reached them, in order. The last account of
 * `postTo` must be one they see: its payment is the marker that whatever came before it has come.
 */
export async function liveBalancesSeen(
  system: RunningSystem,
  tokens: { viewer: string; staff: string },
  hidden: string,
  postTo: string[],
): Promise<{ refusal: string | undefined; seen: string[] }> {
  const socket = system.socket(tokens.viewer);
  try {
    const named = socket.subscribe(`subscription { balanceChanged(accountIds: ["${hidden}"]) { sequence } }`);
    await named.waitFor(1);
    const company = system.plan.companies.find((c) => c.accounts.some((account) => account.id === hidden));
    const live = socket.subscribe<{ balanceChanged: { sequence: number; account: { id: string } } }>(
      'subscription ($after: Int) { balanceChanged(companyWide: true, after: $after) { sequence account { id } } }',
      { after: await system.streamHead(company?.id as string) },
    );
    let marker = 0;
    for (const accountId of postTo)
      marker = await postPayment(
        system,
        tokens.staff,
        accountId,
        `live-${tokens.viewer.slice(-12)}-${accountId}`,
      );
    await eventually(
      () => live.results.some((r) => r.data?.balanceChanged.sequence === marker),
      'the payment to the last account',
    );
    return {
      refusal: named.results[0].errors?.[0].message,
      seen: live.results.map((r) => r.data?.balanceChanged.account.id as string),
    };
  } finally {
    await socket.client.dispose();
  }
}
