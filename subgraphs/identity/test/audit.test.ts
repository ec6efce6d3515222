import { DEMO_PASSWORD, demoPlan } from '@kabinet/dev';
import type { Viewer } from '@kabinet/kit';
import { eventually } from '@kabinet/kit/testing';
import { identityFor } from './support';

const plan = demoPlan([
  { key: 'a', name: 'ООО «А»', accounts: 1 },
  { key: 'b', name: 'ООО «Б»', accounts: 1 },
]);
const [a, b] = plan.companies;
const adminOf = (c: typeof a): Viewer => ({ userId: c.admin.id, companyId: c.id, role: 'ADMIN' });
const AUDIT = `query ($filter: AuditFilter, $first: Int, $after: String) {
  auditLog(filter: $filter, first: $first, after: $after) {
    edges { cursor node { action outcome target ip userAgent actorRole actor { id login } company { id } } }
    pageInfo { hasNextPage endCursor } } }`;
interface AuditPage {
  auditLog: {
    edges: { node: { action: string; outcome: string; target: string; actor: { id: string } | null } }[];
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
  };
}

describe('identity: the action archive', () => {
  const started = identityFor(plan);

  const login = (login: string, password: string) =>
    started.identity.call('mutation ($i: LoginInput!) { login(input: $i) { status } }', {
      i: { login, password },
    });
  const read = (viewer: Viewer, variables: Record<string, unknown> = {}) =>
    started.identity.call<AuditPage>(AUDIT, variables, viewer);
  /** The collector runs in the background: wait until the archive holds `count` events for the viewer. */
  const waitForEvents = (viewer: Viewer, count: number) =>
    eventually(async () => {
      const page = await read(viewer);
      return (page.data?.auditLog.edges.length ?? 0) >= count && page;
    }, `the archive reaches ${count} events`);

  it('records every mutation with actor, company, address and outcome, for that company only', async () => {
    await login(a.admin.login, 'wrong password!');
    await login(a.admin.login, DEMO_PASSWORD);
    await login('nobody-at-all', 'whatever it is');
    const page = await waitForEvents(adminOf(a), 2);
    expect(page.data?.auditLog.edges.map((e) => e.node)).toEqual([
      expect.objectContaining({
        action: 'identity.login',
        outcome: 'OK',
        actor: { id: a.admin.id, login: a.admin.login },
      }),
      expect.objectContaining({
        action: 'identity.login',
        outcome: 'UNAUTHENTICATED',
        ip: '127.0.0.1',
        userAgent: 'jest',
        company: { id: a.id },
      }),
    ]);
    // Arguments are not recorded, only ids: no password ever reaches the archive.
    const stored = await started.identity.db.dataSource.query(
      "SELECT target FROM audit_events WHERE action = 'identity.login'",
    );
    expect(JSON.stringify(stored)).not.toContain('wrong password');
    expect((await read(adminOf(b))).data?.auditLog.edges).toEqual([]);
  });

  it('is for ADMIN and staff: an accountant or viewer is refused; staff may name a company', async () => {
    for (const role of ['ACCOUNTANT', 'VIEWER'] as const) {
      const refused = await read({ userId: a.admin.id, companyId: a.id, role });
      expect(refused.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    }
    const staff: Viewer = { userId: plan.staff[0].id, companyId: null, role: 'OPERATOR' };
    const forA = await read(staff, { filter: { companyId: a.id } });
    expect(forA.data?.auditLog.edges.length).toBeGreaterThanOrEqual(2);
    const forB = await read(staff, { filter: { companyId: b.id } });
    expect(forB.data?.auditLog.edges).toEqual([]);
    const bad = await read(staff, {
      filter: { companyId: 'nope', from: '2026-02-01T00:00:00Z', to: '2026-01-01T00:00:00Z' },
    });
    expect(bad.errors?.[0].extensions?.fields).toEqual([
      { field: 'to', message: 'must not be before from' },
      { field: 'companyId', message: 'is not a company id' },
    ]);
  });

  it('pages newest first, filters by action and actor, and exports CSV', async () => {
    const first = await read(adminOf(a), { first: 1 });
    expect(first.data?.auditLog.pageInfo.hasNextPage).toBe(true);
    const second = await read(adminOf(a), { first: 1, after: first.data?.auditLog.pageInfo.endCursor });
    expect(second.data?.auditLog.edges[0].node.outcome).toBe('UNAUTHENTICATED');
    const onlyOk = await read(adminOf(a), { filter: { action: 'identity.login', actorId: a.admin.id } });
    expect(onlyOk.data?.auditLog.edges.length).toBe(2);

    const csv = await started.identity.call<{ auditLogCsv: string }>('{ auditLogCsv }', {}, adminOf(a));
    const lines = (csv.data?.auditLogCsv ?? '').trim().split('\n');
    expect(lines[0]).toBe('at,action,outcome,actorId,actorRole,companyId,target,ip,userAgent');
    expect(lines).toHaveLength(3);
    expect(lines[1]).toMatch(/^\d{4}-\d\d-\d\dT[^,]+,identity\.login,OK,/);
  });

  it('records a failed refresh once, as failed (its transaction commits, the answer is a refusal)', async () => {
    await started.identity.call('mutation { refreshSession(refreshToken: "not-a-token") { status } }');
    const outcomes = await started.identity.db.dataSource.query(
      "SELECT payload->>'outcome' AS outcome FROM outbox WHERE type = 'AuditEvent' AND payload->>'action' = 'identity.refreshSession'",
    );
    expect(outcomes).toEqual([{ outcome: 'UNAUTHENTICATED' }]);
  });

  it('writes a successful change and its audit event in one transaction', async () => {
    await login(a.admin.login, DEMO_PASSWORD);
    const [row] = await started.identity.db.dataSource.query(
      `SELECT o.txid::text = s.xmin::text AS together FROM outbox o, sessions s
       WHERE o.type = 'AuditEvent' AND o.payload->>'action' = 'identity.login' AND o.payload->>'outcome' = 'OK'
       ORDER BY o.id DESC, s.created_at DESC LIMIT 1`,
    );
    expect(row.together).toBe(true);
  });

  it('writes sign-out, device revocation and upload URLs in one transaction with their audit events', async () => {
    const sql = started.identity.db.dataSource;
    await login(b.admin.login, DEMO_PASSWORD);
    await login(b.admin.login, DEMO_PASSWORD);
    const [first, second] = await sql.query(
      'SELECT id FROM sessions WHERE user_id = $1 AND revoked_at IS NULL ORDER BY created_at, id',
      [b.admin.id],
    );
    const device = { ...adminOf(b), sessionId: second.id };
    await started.identity.call(`mutation { revokeSession(id: "${first.id}") { revoked } }`, {}, device);
    await started.identity.call('mutation { logout { revoked } }', {}, device);
    const upload = await started.identity.call<{ createUpload: { id: string } }>(
      'mutation { createUpload(kind: CHARTER) { id } }',
    );
    const together = async (action: string, table: string, id: string | undefined) => {
      const [row] = await sql.query(
        `SELECT o.txid::text = t.xmin::text AS together FROM outbox o, ${table} t
         WHERE o.type = 'AuditEvent' AND o.payload->>'action' = $1 AND t.id = $2 ORDER BY o.id DESC LIMIT 1`,
        [action, id],
      );
      return row?.together;
    };
    expect(await together('identity.revokeSession', 'sessions', first.id)).toBe(true);
    expect(await together('identity.logout', 'sessions', second.id)).toBe(true);
    expect(await together('identity.createUpload', 'uploads', upload.data?.createUpload.id)).toBe(true);
  });

  it('never lets an archived event be changed or deleted', async () => {
    const sql = started.identity.db.dataSource;
    await expect(sql.query("UPDATE audit_events SET outcome = 'OK'")).rejects.toThrow(
      /never changed or deleted/,
    );
    await expect(sql.query('DELETE FROM audit_events')).rejects.toThrow(/never changed or deleted/);
    await expect(sql.query('TRUNCATE audit_events')).rejects.toThrow(/never changed or deleted/);
  });
});
