// Every event a subgraph publishes is named, typed and parsed in @kabinet/contracts (issue 10): the graph's
// own flows leave only contract events whose payloads keep their contracts, and no event name is written as
// a string anywhere else.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { EVENT_TYPES } from '@kabinet/contracts';
import { DEMO_PASSWORD, demoPlan } from '@kabinet/dev';
import { outboxProblems } from '../src/outboxes';
import { type RunningSystem, startSystem } from '../src/system';

const root = join(__dirname, '..', '..');

/** The TypeScript sources of the services (generated code, tests and the contracts themselves aside). */
function sourcesOf(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (['node_modules', 'dist', 'generated', 'test', 'contracts'].includes(name)) return [];
    if (statSync(path).isDirectory()) return sourcesOf(path);
    return /\.(ts|mjs)$/.test(name) ? [path] : [];
  });
}

describe('event contracts', () => {
  const plan = demoPlan([{ key: 'alpha', name: 'ООО «Альфа»', accounts: 5 }]);
  const [alpha] = plan.companies;
  let system: RunningSystem;
  beforeAll(async () => {
    system = await startSystem(plan);
  });
  afterAll(() => system?.stop());

  it('leaves only contract events, each keeping its contract, after the flows that publish', async () => {
    const admin = await system.login(alpha.admin.login, DEMO_PASSWORD);
    const operator = await system.login('operator', DEMO_PASSWORD);
    const created = await system.query<{ createAccountGroup: { group: { id: string } } }>(
      'mutation ($i: CreateAccountGroupInput!) { createAccountGroup(input: $i) { group { id } } }',
      { i: { name: 'Филиал' } },
      admin,
    );
    const moved = await system.query(
      'mutation ($i: MoveAccountsToGroupInput!) { moveAccountsToGroup(input: $i) { group { id } } }',
      { i: { accountIds: [alpha.accounts[1].id], groupId: created.data?.createAccountGroup.group.id } },
      admin,
    );
    const paid = await system.query(
      'mutation ($i: PostLedgerEntryInput!) { postLedgerEntry(input: $i) { sequence } }',
      {
        i: {
          accountId: alpha.accounts[0].id,
          kind: 'PAYMENT',
          amount: '100.00',
          description: 'Оплата',
          idempotencyKey: 'contracts-1',
        },
      },
      operator,
    );
    const orders = await system.query<{ personalAccount: { orders: { id: string }[] } }>(
      'query ($id: ID!) { personalAccount(id: $id) { orders { id } } }',
      { id: alpha.accounts[0].id },
      admin,
    );
    // The seeded order is IN_PROGRESS: work finished, then confirmed, which connects a service.
    const orderId = orders.data?.personalAccount.orders[0].id;
    const finished = await system.query(
      'mutation ($i: AdvanceOrderInput!) { advanceOrder(input: $i) { sequence } }',
      { i: { orderId, step: 'FINISH_WORK' } },
      operator,
    );
    expect(finished.errors).toBeUndefined();
    const completed = await system.query(
      'mutation ($i: OrderIdInput!) { confirmOrderExecution(input: $i) { sequence } }',
      { i: { orderId } },
      admin,
    );
    expect([created, moved, paid, completed].map((r) => r.errors)).toEqual([
      undefined,
      undefined,
      undefined,
      undefined,
    ]);

    const { problems, seen } = await outboxProblems(system);
    expect(problems).toEqual([]);
    for (const type of [
      'AccountGroupCreated',
      'PersonalAccountsMoved',
      'BalanceChanged',
      'OrderStatusChanged',
      'AuditEvent',
    ]) {
      expect(seen).toContain(type);
    }
  });

  it('writes no event name as a string anywhere but the contracts package', () => {
    const places = [join(root, 'subgraphs'), join(root, 'gateway', 'src'), join(root, 'dev')].flatMap(
      sourcesOf,
    );
    const literals = places.flatMap((path) => {
      const text = readFileSync(path, 'utf8');
      return EVENT_TYPES.filter((type) => text.includes(`'${type}'`) || text.includes(`"${type}"`)).map(
        (type) => `${path.slice(root.length + 1)}: '${type}'`,
      );
    });
    expect(places.length).toBeGreaterThan(50);
    expect(literals).toEqual([]);
  });
});
