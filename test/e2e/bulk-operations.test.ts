// Group operations (issue 13, parts 5–6): one action over hundreds of accounts as a tracked job, applied by the
// subgraph that owns the action, account by account, reported per account, cancellable, surviving a restart of
// its worker, and followed live over the socket.
import { randomUUID } from 'node:crypto';
import { DEMO_PASSWORD, demoPlan } from '@kabinet/dev';
import { addDays, moscowDate } from '@kabinet/kit';
import { eventually } from '@kabinet/kit/testing';
import { type RunningSystem, startSystem } from '../src/system';

const plan = demoPlan([
  { key: 'big', name: 'ООО «Сеть филиалов»', accounts: 420 },
  { key: 'small', name: 'ООО «Малое»', accounts: 3 },
]);
const [big, small] = plan.companies;
// The demo suspends every seventeenth account's services: those have nothing ACTIVE to freeze.
const suspended = big.accounts.filter((_, i) => i % 17 === 16).map((a) => a.id);
const working = big.accounts.filter((_, i) => i % 17 !== 16).map((a) => a.id);
const firstJob = [...working.slice(0, 197), ...suspended.slice(0, 3)];
const secondJob = working.slice(197, 396);

const START = `mutation ($i: StartBulkOperationInput!) { startBulkOperation(input: $i) { operation {
  id kind status total done failed cancelled pending percent cancelRequested } } }`;
const JOB = `query ($id: ID!, $status: BulkItemStatus, $first: Int, $after: String) { bulkOperation(id: $id) {
  id status total done failed cancelled pending percent finishedAt cancelRequested
  items(status: $status, first: $first, after: $after) {
    edges { node { account { id number } status error { code field message } settledAt } }
    pageInfo { hasNextPage endCursor } } } }`;
const CANCEL = `mutation ($i: CancelBulkOperationInput!) { cancelBulkOperation(input: $i) { operation {
  id status cancelRequested } } }`;
const PROGRESS = `subscription ($id: ID!, $after: Int) { bulkOperationProgress(id: $id, after: $after) {
  sequence status total done failed cancelled operation { id kind } } }`;

interface Job {
  id: string;
  status: string;
  total: number;
  done: number;
  failed: number;
  cancelled: number;
  pending: number;
  percent: number;
  cancelRequested: boolean;
  items: {
    edges: {
      node: {
        account: { id: string; number: string };
        status: string;
        error: { code: string; field: string; message: string } | null;
      };
    }[];
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
  };
}
interface Progress {
  sequence: number;
  status: string;
  total: number;
  done: number;
  failed: number;
  cancelled: number;
}

const FINAL = ['COMPLETED', 'COMPLETED_WITH_ERRORS', 'CANCELLED'];
const resumeOn = () => addDays(moscowDate(new Date()), 30);

describe('group operations over many accounts', () => {
  let system: RunningSystem;
  let admin: string;
  let smallAdmin: string;
  let operator: string;
  let key = 0;

  const start = (token: string, input: Record<string, unknown>) =>
    system.query<{ startBulkOperation: { operation: Job } }>(
      START,
      { i: { idempotencyKey: `bulk-test-${++key}`, ...input } },
      token,
    );
  const job = async (id: string, token = admin, variables: Record<string, unknown> = {}) => {
    const result = await system.query<{ bulkOperation: Job | null }>(JOB, { id, ...variables }, token);
    return result.data?.bulkOperation ?? null;
  };
  const finished = (id: string, token = admin) =>
    eventually(
      async () => {
        const now = await job(id, token);
        return now && FINAL.includes(now.status) ? now : null;
      },
      `operation ${id} to finish`,
      60_000,
    );
  /** Every item of a job in a state, page by page. */
  const itemsOf = async (id: string, status: string) => {
    const items: Job['items']['edges'][number]['node'][] = [];
    let after: string | null = null;
    do {
      const page: Job | null = await job(id, admin, { status, first: 100, after });
      items.push(...(page?.items.edges.map((e) => e.node) ?? []));
      after = page?.items.pageInfo.hasNextPage ? page.items.pageInfo.endCursor : null;
    } while (after);
    return items;
  };
  const catalogCount = async (sql: string, params: unknown[]) => {
    const [row] = await system.subgraphs.catalog.db.dataSource.query(sql, params);
    return Number(row.count);
  };
  /** Items of a job in a state in catalog's own queue. */
  const queued = (id: string, status: string) =>
    catalogCount('SELECT count(*) FROM bulk_job_items WHERE operation_id = $1 AND status = $2', [id, status]);
  const activeServices = (accountIds: string[]) =>
    catalogCount("SELECT count(*) FROM services WHERE account_id = ANY($1) AND status = 'ACTIVE'", [
      accountIds,
    ]);
  const frozenServices = (accountIds: string[]) =>
    catalogCount(
      "SELECT count(*) FROM services WHERE account_id = ANY($1) AND status = 'SUSPENDED' AND suspended_for = 'FREEZE'",
      [accountIds],
    );

  beforeAll(async () => {
    system = await startSystem(plan);
    admin = await system.login(big.admin.login, DEMO_PASSWORD);
    smallAdmin = await system.login(small.admin.login, DEMO_PASSWORD);
    operator = await system.login('operator', DEMO_PASSWORD);
  }, 180_000);
  afterAll(() => system?.stop());

  it('suspends 200 accounts, reporting the 3 it cannot per account, and shows the progress live', async () => {
    const servicesToFreeze = await activeServices(firstJob);
    expect(servicesToFreeze).toBeGreaterThan(400);
    const head = await system.streamHead(big.id, 'accounts');
    const started = await start(admin, {
      kind: 'SUSPEND_SERVICES',
      accountIds: firstJob,
      params: { resumeOn: resumeOn() },
    });
    expect(started.errors).toBeUndefined();
    const operation = started.data?.startBulkOperation.operation as Job;
    expect(operation).toMatchObject({ kind: 'SUSPEND_SERVICES', status: 'QUEUED', total: 200, pending: 200 });

    const live = system.socket(admin).subscribe<{ bulkOperationProgress: Progress }>(PROGRESS, {
      id: operation.id,
      after: head,
    });
    const done = await finished(operation.id);
    expect(done).toMatchObject({
      status: 'COMPLETED_WITH_ERRORS',
      done: 197,
      failed: 3,
      cancelled: 0,
      percent: 100,
    });

    // Live: from QUEUED through RUNNING to the final count, never going back.
    await eventually(
      () => live.results.some((r) => FINAL.includes(r.data?.bulkOperationProgress.status ?? '')),
      'the final progress over the socket',
    );
    const updates = live.results.map((r) => r.data?.bulkOperationProgress as Progress);
    expect(live.results.every((r) => r.errors === undefined)).toBe(true);
    expect(updates[0]).toMatchObject({ status: 'QUEUED', done: 0 });
    expect(updates.some((u) => u.status === 'RUNNING')).toBe(true);
    expect(updates.at(-1)).toMatchObject({ status: 'COMPLETED_WITH_ERRORS', done: 197, failed: 3 });
    const settled = updates.map((u) => u.done + u.failed);
    expect(settled).toEqual([...settled].sort((a, b) => a - b));
    expect(updates.map((u) => u.sequence)).toEqual([...updates.map((u) => u.sequence)].sort((a, b) => a - b));

    // The three refused, each with its account and a coded reason; the rest really frozen in catalog.
    const failed = await itemsOf(operation.id, 'FAILED');
    expect(failed.map((item) => item.account.id).sort()).toEqual(suspended.slice(0, 3).sort());
    for (const item of failed) {
      expect(item.error).toMatchObject({ code: 'PRECONDITION_FAILED', field: 'accountId' });
      expect(item.account.number).toMatch(/^\d+$/);
    }
    expect(await itemsOf(operation.id, 'DONE')).toHaveLength(197);
    expect(await activeServices(firstJob)).toBe(0);
    expect(await frozenServices(firstJob)).toBe(servicesToFreeze);
    const account = await system.query<{
      personalAccount: { services: { status: string; suspendedFor: string }[] };
    }>(
      'query ($id: ID!) { personalAccount(id: $id) { services { status suspendedFor } } }',
      { id: firstJob[0] },
      admin,
    );
    expect(account.data?.personalAccount.services.every((s) => s.suspendedFor === 'FREEZE')).toBe(true);

    // The same key again answers the same job, and starts nothing.
    const again = await system.query<{ startBulkOperation: { operation: Job } }>(
      START,
      {
        i: {
          idempotencyKey: `bulk-test-${key}`,
          kind: 'SUSPEND_SERVICES',
          accountIds: firstJob,
          params: { resumeOn: resumeOn() },
        },
      },
      admin,
    );
    expect(again.data?.startBulkOperation.operation.id).toBe(operation.id);
    live.dispose();
  }, 120_000);

  it('cancels a second job midway: the accounts applied stay applied, the rest are dropped untouched', async () => {
    const started = await start(admin, {
      kind: 'SUSPEND_SERVICES',
      accountIds: secondJob,
      params: { resumeOn: resumeOn() },
    });
    const id = started.data?.startBulkOperation.operation.id as string;
    // Watched in catalog's own queue: accounts' count follows it by a moment.
    await eventually(async () => (await queued(id, 'DONE')) >= 5, 'the first accounts to be applied', 30_000);
    const cancelled = await system.query<{ cancelBulkOperation: { operation: Job } }>(
      CANCEL,
      { i: { id } },
      admin,
    );
    expect(cancelled.errors).toBeUndefined();
    expect(cancelled.data?.cancelBulkOperation.operation.cancelRequested).toBe(true);

    const final = await finished(id);
    expect(final.status).toBe('CANCELLED');
    expect(final.done).toBeGreaterThanOrEqual(5);
    expect(final.cancelled).toBeGreaterThan(0);
    expect(final.done + final.failed + final.cancelled).toBe(secondJob.length);
    const dropped = (await itemsOf(id, 'CANCELLED')).map((item) => item.account.id);
    const applied = (await itemsOf(id, 'DONE')).map((item) => item.account.id);
    expect(dropped).toHaveLength(final.cancelled);
    expect(await frozenServices(dropped)).toBe(0);
    expect(await activeServices(applied)).toBe(0);

    const twice = await system.query(CANCEL, { i: { id } }, admin);
    expect(twice.errors?.[0].extensions).toMatchObject({ code: 'PRECONDITION_FAILED' });
  }, 120_000);

  it('finishes a job whose worker was stopped midway, applying no account twice', async () => {
    const accounts = working.slice(0, 197);
    const frozen = await frozenServices(accounts);
    const started = await start(admin, { kind: 'RESUME_SERVICES', accountIds: accounts });
    const id = started.data?.startBulkOperation.operation.id as string;
    await eventually(
      async () => (await queued(id, 'DONE')) >= 10,
      'the first accounts to be resumed',
      30_000,
    );
    await system.stopSubgraph('catalog');
    // Stopped midway: work left in catalog's queue, and nothing moving while it is down.
    const left = await queued(id, 'PENDING');
    expect(left).toBeGreaterThan(0);
    await eventually(async () => (await job(id))?.pending === left, "accounts' count to catch up", 10_000);
    await system.startSubgraph('catalog');

    const final = await finished(id);
    expect(final).toMatchObject({ status: 'COMPLETED', done: 197, failed: 0 });
    expect(await frozenServices(accounts)).toBe(0);
    // Each frozen service resumed exactly once: one ServiceResumed apiece, one freeze ended apiece.
    const resumedEvents = await catalogCount(
      `SELECT count(*) FROM outbox WHERE type = 'ServiceResumed' AND payload->>'accountId' = ANY($1)`,
      [accounts],
    );
    expect(resumedEvents).toBe(frozen);
    const perService = await catalogCount(
      `SELECT count(*) FROM (SELECT payload->>'serviceId' FROM outbox WHERE type = 'ServiceResumed'
         AND payload->>'accountId' = ANY($1) GROUP BY 1 HAVING count(*) > 1) twice`,
      [accounts],
    );
    expect(perService).toBe(0);
  }, 120_000);

  it('moves accounts, requests documents and sets subscriptions for a group, in the owners', async () => {
    const [target] = small.groups;
    const moved = await start(smallAdmin, {
      kind: 'MOVE_TO_GROUP',
      accountIds: small.accounts.map((a) => a.id),
      params: { groupId: target.id },
    });
    expect(moved.errors).toBeUndefined();
    expect(await finished(moved.data?.startBulkOperation.operation.id as string, smallAdmin)).toMatchObject({
      status: 'COMPLETED',
      done: 3,
    });
    const paths = await system.query<Record<string, { groupPath: { id: string }[] }>>(
      `query { ${small.accounts.map((a, i) => `a${i}: personalAccount(id: "${a.id}") { groupPath { id } }`).join(' ')} }`,
      {},
      smallAdmin,
    );
    expect(Object.values(paths.data ?? {}).map((a) => a.groupPath.at(-1)?.id)).toEqual([
      target.id,
      target.id,
      target.id,
    ]);

    const subscribed = await start(smallAdmin, {
      kind: 'SET_DOCUMENT_SUBSCRIPTION',
      groupId: target.id,
      params: { documentTypes: ['INVOICE', 'ACT'], email: 'buh@small.example' },
    });
    expect(subscribed.errors).toBeUndefined();
    await finished(subscribed.data?.startBulkOperation.operation.id as string, smallAdmin);
    const documents = await start(smallAdmin, {
      kind: 'REQUEST_DOCUMENTS',
      groupId: target.id,
      params: {
        documentType: 'RECONCILIATION_ACT',
        format: 'CSV',
        period: { from: '2026-01-01', to: '2026-03-31' },
      },
    });
    expect(
      await finished(documents.data?.startBulkOperation.operation.id as string, smallAdmin),
    ).toMatchObject({
      status: 'COMPLETED',
      done: 3,
    });
    const account = await system.query<{
      personalAccount: {
        documentSubscriptions: { email: string; types: string[] }[];
        documents: { edges: { node: { type: string } }[] };
      };
    }>(
      `query ($id: ID!) { personalAccount(id: $id) { documentSubscriptions { email types }
         documents(first: 10) { edges { node { type } } } } }`,
      { id: small.accounts[2].id },
      smallAdmin,
    );
    expect(account.data?.personalAccount.documentSubscriptions).toEqual([
      { email: 'buh@small.example', types: ['INVOICE', 'ACT'] },
    ]);
    expect(account.data?.personalAccount.documents.edges.map((e) => e.node.type)).toContain(
      'RECONCILIATION_ACT',
    );

    // A refusal per account names the field: a tariff of another kind than the services it would move.
    const tariff = plan.tariffs.find((t) => t.code === 'CLOUD-1TB');
    const refused = await start(smallAdmin, {
      kind: 'CHANGE_TARIFF',
      accountIds: [small.accounts[0].id],
      params: { tariffId: tariff?.id },
    });
    const item = (await finished(refused.data?.startBulkOperation.operation.id as string, smallAdmin)) as Job;
    expect(item.status).toBe('COMPLETED_WITH_ERRORS');
  }, 120_000);

  it('retries an account whose change breaks unexpectedly, then reports it, keeping nothing of it', async () => {
    const catalogDb = system.subgraphs.catalog.db.dataSource;
    const broken = small.accounts[1].id;
    // A fault below the code: the freeze of one account's services dies in the database, every time.
    await catalogDb.query(`CREATE FUNCTION refuse_freeze() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN
      IF (SELECT account_id FROM services WHERE id = NEW.service_id) = '${broken}' THEN RAISE EXCEPTION 'disk full';
      END IF; RETURN NEW; END $$`);
    await catalogDb.query(
      'CREATE TRIGGER refuse_freeze BEFORE INSERT ON service_freezes FOR EACH ROW EXECUTE FUNCTION refuse_freeze()',
    );
    try {
      const accounts = small.accounts.map((a) => a.id);
      const started = await start(smallAdmin, {
        kind: 'SUSPEND_SERVICES',
        accountIds: accounts,
        params: { resumeOn: resumeOn() },
      });
      const id = started.data?.startBulkOperation.operation.id as string;
      const final = (await finished(id, smallAdmin)) as Job;
      expect(final).toMatchObject({ status: 'COMPLETED_WITH_ERRORS', done: 2, failed: 1 });
      const failed = await job(id, smallAdmin, { status: 'FAILED' });
      expect(failed?.items.edges.map((e) => e.node)).toEqual([
        expect.objectContaining({
          account: expect.objectContaining({ id: broken }),
          error: { code: 'INTERNAL_SERVER_ERROR', field: null, message: 'could not be applied' },
        }),
      ]);
      expect(JSON.stringify(failed)).not.toContain('disk full');
      expect(await queued(id, 'FAILED')).toBe(1);
      const [{ attempts }] = await catalogDb.query(
        'SELECT attempts FROM bulk_job_items WHERE operation_id = $1 AND account_id = $2',
        [id, broken],
      );
      expect(attempts).toBe(3);
      // Nothing of the broken account's item was kept; the others were frozen.
      expect(await frozenServices([broken])).toBe(0);
      expect(await activeServices([broken])).toBeGreaterThan(0);
      expect(await activeServices(accounts.filter((a) => a !== broken))).toBe(0);
    } finally {
      await catalogDb.query('DROP TRIGGER refuse_freeze ON service_freezes');
      await catalogDb.query('DROP FUNCTION refuse_freeze()');
    }
  }, 60_000);

  it('refuses bad operations with a coded error naming the field, touching nothing', async () => {
    const codeOf = (r: { errors?: readonly { extensions?: Record<string, unknown> }[] }) =>
      r.errors?.[0].extensions;
    const tooMany = Array.from(
      { length: 5_001 },
      (_, i) => `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`,
    );
    expect(
      codeOf(
        await start(admin, {
          kind: 'SUSPEND_SERVICES',
          accountIds: tooMany,
          params: { resumeOn: resumeOn() },
        }),
      ),
    ).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: [{ field: 'accountIds', message: 'name 1 to 5000 accounts' }],
    });
    const unknown = await start(admin, { kind: 'DELETE_EVERYTHING', accountIds: [working[0]] });
    expect(unknown.errors?.[0].message).toMatch(/kind/);
    expect(unknown.errors?.[0].extensions?.code).toMatch(/BAD_USER_INPUT|GRAPHQL_VALIDATION_FAILED/);
    expect(codeOf(await start(admin, { kind: 'SUSPEND_SERVICES', accountIds: [working[0]] }))).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: [{ field: 'params.resumeOn', message: 'is required for SUSPEND_SERVICES' }],
    });
    expect(
      codeOf(
        await start(admin, {
          kind: 'RESUME_SERVICES',
          accountIds: [working[0]],
          params: { tariffId: plan.tariffs[0].id },
        }),
      ),
    ).toMatchObject({ fields: [{ field: 'params.tariffId', message: 'is not used by RESUME_SERVICES' }] });
    expect(
      codeOf(
        await start(admin, { kind: 'RESUME_SERVICES', accountIds: [working[0]], groupId: big.groups[0].id }),
      ),
    ).toMatchObject({ fields: [{ field: 'accountIds', message: 'name either accountIds or groupId' }] });
    expect(
      codeOf(
        await start(admin, {
          kind: 'SET_DOCUMENT_SUBSCRIPTION',
          accountIds: [working[0]],
          params: { documentTypes: [], email: 'нет' },
        }),
      ),
    ).toMatchObject({
      fields: [{ field: 'params.email' }],
    });
    // Another company's account among ours: NOT_FOUND, not saying which; nothing recorded.
    const [{ count: before }] = await system.subgraphs.accounts.db.dataSource.query(
      'SELECT count(*) FROM bulk_operations',
    );
    const mixed = await start(admin, {
      kind: 'RESUME_SERVICES',
      accountIds: [working[0], small.accounts[0].id],
    });
    expect(codeOf(mixed)).toMatchObject({ code: 'NOT_FOUND' });
    expect(mixed.errors?.[0].message).not.toContain(small.accounts[0].id);
    expect(
      codeOf(await start(smallAdmin, { kind: 'RESUME_SERVICES', groupId: big.groups[0].id })),
    ).toMatchObject({ code: 'NOT_FOUND' });
    const [{ count: after }] = await system.subgraphs.accounts.db.dataSource.query(
      'SELECT count(*) FROM bulk_operations',
    );
    expect(after).toBe(before);
    // Staff name the company; a VIEWER may not freeze services.
    expect(
      codeOf(await start(operator, { kind: 'RESUME_SERVICES', accountIds: [working[0]] })),
    ).toMatchObject({
      fields: [{ field: 'companyId' }],
    });
  });

  it('keeps a user limited to some accounts to them, and to the jobs they started', async () => {
    const [home, branch] = big.groups;
    const inHome = big.accounts.filter((a) => a.groupId === home.id).map((a) => a.id);
    const inBranch = big.accounts.filter((a) => a.groupId === branch.id).map((a) => a.id);
    const limited = (
      await system.signToken({
        userId: randomUUID(),
        companyId: big.id,
        role: 'ACCOUNTANT',
        groupIds: [home.id],
      })
    ).token;
    const params = { documentTypes: ['INVOICE'], email: 'home@big.example' };

    const beyond = await start(limited, {
      kind: 'SET_DOCUMENT_SUBSCRIPTION',
      accountIds: [inHome[0], inBranch[0]],
      params,
    });
    expect(beyond.errors?.[0].extensions?.code).toBe('NOT_FOUND');
    expect(JSON.stringify(beyond)).not.toContain(inBranch[0]);
    const otherGroup = await start(limited, {
      kind: 'SET_DOCUMENT_SUBSCRIPTION',
      groupId: branch.id,
      params,
    });
    expect(otherGroup.errors?.[0].extensions?.code).toBe('NOT_FOUND');

    const own = await start(limited, { kind: 'SET_DOCUMENT_SUBSCRIPTION', groupId: home.id, params });
    expect(own.errors).toBeUndefined();
    const id = own.data?.startBulkOperation.operation.id as string;
    expect(await finished(id, limited)).toMatchObject({
      status: 'COMPLETED',
      total: inHome.length,
      done: inHome.length,
    });
    const [{ count }] = await system.subgraphs.billing.db.dataSource.query(
      'SELECT count(*)::int AS count FROM document_subscriptions WHERE email = $1',
      [params.email],
    );
    expect(count).toBe(inHome.length);

    const listed = await system.query<{ company: { bulkOperations: { edges: { node: { id: string } }[] } } }>(
      'query ($id: ID!) { company(id: $id) { bulkOperations(first: 100) { edges { node { id } } } } }',
      { id: big.id },
      limited,
    );
    expect(listed.data?.company.bulkOperations.edges.map((e) => e.node.id)).toEqual([id]);
    const everyone = await system.query<{
      company: { bulkOperations: { edges: { node: { id: string } }[] } };
    }>(
      'query ($id: ID!) { company(id: $id) { bulkOperations(first: 2) { edges { node { id } } pageInfo { hasNextPage } } } }',
      { id: big.id },
      admin,
    );
    expect(everyone.data?.company.bulkOperations.edges[0].node.id).toBe(id);
  }, 120_000);

  it('keeps each company to its own jobs', async () => {
    const [mine] =
      (
        await system.query<{ company: { bulkOperations: { edges: { node: { id: string } }[] } } }>(
          'query ($id: ID!) { company(id: $id) { bulkOperations(first: 50) { edges { node { id } } } } }',
          { id: big.id },
          admin,
        )
      ).data?.company.bulkOperations.edges ?? [];
    expect(mine).toBeDefined();
    const id = mine.node.id;
    expect(await job(id, smallAdmin)).toBeNull();
    const cancel = await system.query(CANCEL, { i: { id } }, smallAdmin);
    expect(cancel.errors?.[0].extensions?.code).toBe('NOT_FOUND');
    const spy = system.socket(smallAdmin).subscribe(PROGRESS, { id });
    await spy.waitFor(1);
    expect(spy.results[0].errors?.[0].extensions?.code).toBe('NOT_FOUND');
    expect((await job(id, operator))?.id).toBe(id);
  });
});
