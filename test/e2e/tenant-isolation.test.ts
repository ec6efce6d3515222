import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DEMO_PASSWORD, demoPlan } from '@kabinet/dev';
import { eventually } from '@kabinet/kit/testing';
import { Kind, type ObjectTypeDefinitionNode, parse, print } from 'graphql';
import { type RunningSystem, startSystem } from '../src/system';

/** Ids of company B's records, found in B's own tables. */
interface TheirIds {
  company: string;
  account: string;
  group: string;
  entry: string;
  order: string;
  admin: string;
  session: string;
  challenge: string;
  document: string;
  payment: string;
  invoice: string;
  service: string;
  freephoneNumber: string;
  bulkOperation: string;
  ticket: string;
}

/**
 * Every root field that takes an id or an input, called by company A's administrator with company B's ids.
 * Fields that do not reach company data by id say why. A field missing here fails the test.
 */
const CASES: Record<
  string,
  ((b: TheirIds) => { query: string; variables?: Record<string, unknown> }) | string
> = {
  company: (b) => ({ query: `{ company(id: "${b.company}") { name } }` }),
  personalAccount: (b) => ({ query: `{ personalAccount(id: "${b.account}") { number } }` }),
  ledgerEntry: (b) => ({ query: `{ ledgerEntry(id: "${b.entry}") { description } }` }),
  order: (b) => ({ query: `{ order(id: "${b.order}") { status } }` }),
  revokeSession: (b) => ({ query: `mutation { revokeSession(id: "${b.session}") { revoked } }` }),
  changeUserRole: (b) => ({
    query: `mutation { changeUserRole(userId: "${b.admin}", role: VIEWER) { id } }`,
  }),
  blockUser: (b) => ({ query: `mutation { blockUser(userId: "${b.admin}") { id } }` }),
  unblockUser: (b) => ({ query: `mutation { unblockUser(userId: "${b.admin}") { id } }` }),
  setUserAccounts: (b) => ({ query: `mutation { setUserAccounts(userId: "${b.admin}") { id } }` }),
  confirmContactChange: (b) => ({
    query: `mutation { confirmContactChange(challengeId: "${b.challenge}", code: "000000") { id } }`,
  }),
  verifyLoginCode: (b) => ({
    query: `mutation { verifyLoginCode(challengeId: "${b.challenge}", code: "000000") { status } }`,
  }),
  inviteUser: 'a company administrator always invites into their own company (tested below)',
  requestContactChange: "changes the caller's own contacts only",
  createCompany: 'staff only (roles test)',
  postLedgerEntry: 'staff only (roles test)',
  postLedgerEntries: 'staff only (roles test)',
  advanceOrder: 'staff only (roles test)',
  renameAccountGroup: (b) => ({
    query: `mutation { renameAccountGroup(input: { groupId: "${b.group}", name: "Чужая" }) { group { id } } }`,
  }),
  moveAccountGroup: (b) => ({
    query: `mutation { moveAccountGroup(input: { groupId: "${b.group}", position: 0 }) { group { id } } }`,
  }),
  deleteAccountGroup: (b) => ({
    query: `mutation { deleteAccountGroup(input: { groupId: "${b.group}", moveContentsToParent: true }) { deletedGroupId } }`,
  }),
  updateCompanyRequisites: 'staff only (roles test)',
  addCompanyContract: 'staff only (roles test)',
  updateCompanyContacts: 'a company administrator always edits their own company (requisites test)',
  recordStorageUsage: 'operator staff only (roles test)',
  createTariff: 'staff only (roles test)',
  launchTariff: 'staff only (roles test)',
  retireTariff: 'staff only (roles test)',
  createOption: 'staff only (roles test)',
  retireOption: 'staff only (roles test)',
  tariff: 'the catalog is public',
  reserveFreephoneNumber:
    'holds a free number for the caller; one another company holds is a CONFLICT (freephone test)',
  availableVisitSlots: (b) => ({ query: `{ availableVisitSlots(orderId: "${b.order}") { id } }` }),
  placeOrder: (b) => ({
    query: `mutation { placeOrder(input: { accountId: "${b.account}", contact: { name: "А", phone: "+79001234567" },
      items: [{ tariffId: "${b.service}", address: { region: MOSCOW, line: "x" } }] }) { order { id } } }`,
  }),
  chooseVisitSlot: (b) => ({
    query: `mutation { chooseVisitSlot(input: { orderId: "${b.order}", slotId: "x" }) { order { id } } }`,
  }),
  confirmOrderExecution: (b) => ({
    query: `mutation { confirmOrderExecution(input: { orderId: "${b.order}" }) { order { id } } }`,
  }),
  returnOrderToWork: (b) => ({
    query: `mutation { returnOrderToWork(input: { orderId: "${b.order}", reason: "x" }) { order { id } } }`,
  }),
  cancelOrder: (b) => ({
    query: `mutation { cancelOrder(input: { orderId: "${b.order}" }) { order { id } } }`,
  }),
  connectOption: (b) => ({
    query: `mutation { connectOption(input: { serviceId: "${b.service}", optionId: "${b.service}" }) { service { id } } }`,
  }),
  disconnectOption: (b) => ({
    query: `mutation { disconnectOption(input: { serviceId: "${b.service}", optionId: "${b.service}" }) { service { id } } }`,
  }),
  orderFreephoneNumber: (b) => ({
    query: `mutation { orderFreephoneNumber(input: { number: "${b.freephoneNumber}", accountId: "${b.account}",
      applicant: { fullName: "А", phone: "+79001234567" } }) { service { id } } }`,
  }),
  chooseFreephoneTariff: (b) => ({
    query: `mutation { chooseFreephoneTariff(input: { serviceId: "${b.service}", tariffId: "${b.service}" }) { service { id } } }`,
  }),
  orderCloudStorage: (b) => ({
    query: `mutation { orderCloudStorage(input: { accountId: "${b.account}", name: "x", quotaGb: 100 }) { service { id } } }`,
  }),
  resizeCloudStorage: (b) => ({
    query: `mutation { resizeCloudStorage(input: { serviceId: "${b.service}", quotaGb: 100 }) { service { id } } }`,
  }),
  reviewRegistrationApplication: 'staff only (roles test)',
  login: 'takes credentials, not ids',
  changePassword: "the caller's own password, or a challenge only its login produced",
  resetPassword: 'takes a challenge and the code sent to its owner',
  submitRegistrationApplication: 'public; attaches only uploads not yet attached',
  balanceChanged: "subscriptions: see the subscription tests (another company's accounts are NOT_FOUND)",
  createAccountGroup: (b) => ({
    query: `mutation { createAccountGroup(input: { name: "Чужой", parentId: "${b.group}" }) { group { id } } }`,
  }),
  moveAccountsToGroup: (b) => ({
    query: `mutation { moveAccountsToGroup(input: { accountIds: ["${b.account}"] }) { accounts { number } } }`,
  }),
  orderStatusChanged: 'subscriptions: see the subscription tests',
  ticketUpdated: 'subscriptions: see the ticket tests',
  publishNewsItem: 'staff only (roles test): news are the operator’s',
  withdrawNewsItem: 'staff only (roles test)',
  updateNotificationSettings: "changes the caller's own settings only",
  markNotificationsRead:
    "marks only the caller's own notifications: another company's ids mark nothing (notifications test)",
  createFaqEntry: 'staff only (roles test): the FAQ is public, not any company’s',
  updateFaqEntry: 'staff only (roles test)',
  deleteFaqEntry: 'staff only (roles test)',
  assignTicket: 'staff only (roles test)',
  createAttachmentUpload:
    "names no record: the upload is the caller's own, attachable by them alone (tickets test: another company's upload is refused)",
  changeTicketStatus: 'staff only (roles test)',
  ticket: (b) => ({ query: `{ ticket(id: "${b.ticket}") { subject } }` }),
  createTicket: (b) => ({
    query: `mutation { createTicket(input: { category: DOCUMENTS, subject: "Акт", description: "Нужен акт",
      accountId: "${b.account}" }) { ticket { id } } }`,
  }),
  chooseTicketVisitSlot: (b) => ({
    query: `mutation { chooseTicketVisitSlot(input: { ticketId: "${b.ticket}", slotId: "x" }) { visit { startsAt } } }`,
  }),
  addTicketMessage: (b) => ({
    query: `mutation { addTicketMessage(input: { ticketId: "${b.ticket}", body: "Чужое" }) { message { id } } }`,
  }),
  markTicketRead: (b) => ({
    query: `mutation { markTicketRead(input: { ticketId: "${b.ticket}" }) { ticket { id } } }`,
  }),
  cancelTicket: (b) => ({
    query: `mutation { cancelTicket(input: { ticketId: "${b.ticket}" }) { ticket { id } } }`,
  }),
  reopenTicket: (b) => ({
    query: `mutation { reopenTicket(input: { ticketId: "${b.ticket}" }) { ticket { id } } }`,
  }),
  closeTicket: (b) => ({
    query: `mutation { closeTicket(input: { ticketId: "${b.ticket}", rating: 1 }) { ticket { id } } }`,
  }),
  bulkOperationProgress: "subscriptions: see the bulk operation tests (another company's job is NOT_FOUND)",
  bulkOperation: (b) => ({ query: `{ bulkOperation(id: "${b.bulkOperation}") { status } }` }),
  cancelBulkOperation: (b) => ({
    query: `mutation { cancelBulkOperation(input: { id: "${b.bulkOperation}" }) { operation { id } } }`,
  }),
  startBulkOperation: (b) => ({
    query: `mutation { startBulkOperation(input: { kind: RESUME_SERVICES, accountIds: ["${b.account}"],
      idempotencyKey: "tenant-isolation-bulk" }) { operation { id } } }`,
  }),
  document: (b) => ({ query: `{ document(id: "${b.document}") { status sha256 } }` }),
  requestDocument: (b) => ({
    query: `mutation { requestDocument(input: { accountId: "${b.account}", type: RECONCILIATION_ACT, format: PDF,
      period: { from: "2026-01-01", to: "2026-01-31" } }) { document { id } } }`,
  }),
  exportStatement: (b) => ({
    query: `mutation { exportStatement(input: { accountId: "${b.account}", format: CSV,
      period: { from: "2026-01-01", to: "2026-01-31" } }) { url } }`,
  }),
  verifyDocument: 'takes a hash and a signature, and says only whether they match: no document of anyone',
  subscribeToDocuments: (b) => ({
    query: `mutation { subscribeToDocuments(input: { accountId: "${b.account}", types: [INVOICE],
      email: "spy@a.example" }) { subscription { id } } }`,
  }),
  unsubscribeFromDocuments: "takes a subscription's id: another company's is NOT_FOUND (documents test)",
  payment: (b) => ({ query: `{ payment(id: "${b.payment}") { state } }` }),
  createPayment: (b) => ({
    query: `mutation { createPayment(input: { accountId: "${b.account}", amount: "1.00", method: CARD,
      idempotencyKey: "tenant-isolation" }) { payment { id } } }`,
  }),
  invoice: (b) => ({ query: `{ invoice(id: "${b.invoice}") { number } }` }),
  redeemReward: (b) => ({
    query: `mutation { redeemReward(input: { rewardId: "credit-500", accountId: "${b.account}",
      idempotencyKey: "tenant-isolation" }) { balance } }`,
  }),
  takePromisedPayment: (b) => ({
    query: `mutation { takePromisedPayment(input: { accountId: "${b.account}", amount: "1.00",
      idempotencyKey: "tenant-isolation" }) { sequence } }`,
  }),
  setAutoTopUp: (b) => ({
    query: `mutation { setAutoTopUp(input: { accountId: "${b.account}", threshold: "1.00", amount: "1.00",
      enabled: false }) { autoTopUp { enabled } } }`,
  }),
  setCreditLimit: (b) => ({
    query: `mutation { setCreditLimit(input: { accountId: "${b.account}", amount: "1.00" }) { creditLimit { amount } } }`,
  }),
  recordUsage: (b) => ({
    query: `mutation { recordUsage(input: { records: [{ serviceId: "${b.service}", externalId: "tenant-isolation",
      kind: TRAFFIC, occurredAt: "2026-01-01T00:00:00Z", volumeMb: 1, cost: "1.00" }] }) { recorded } }`,
  }),
  changeTariff: (b) => ({
    query: `mutation { changeTariff(input: { serviceId: "${b.service}", tariffId: "${b.service}" }) { service { id } } }`,
  }),
  terminateService: (b) => ({
    query: `mutation { terminateService(input: { serviceId: "${b.service}" }) { service { id } } }`,
  }),
  suspendService: (b) => ({
    query: `mutation { suspendService(input: { serviceId: "${b.service}", resumeOn: "2099-01-10" }) { service { id } } }`,
  }),
  resumeService: (b) => ({
    query: `mutation { resumeService(input: { serviceId: "${b.service}" }) { service { id } } }`,
  }),
  runBilling: 'operator staff only, and bills every company by design: the roles test refuses it to the rest',
  confirmPayment: (b) => ({
    query: `mutation { confirmPayment(input: { paymentId: "${b.payment}", code: "123456" }) { payment { id } } }`,
  }),
};

const fieldsTakingIds = () => {
  const sdl = readFileSync(join(__dirname, '..', '..', 'schema', 'supergraph.graphql'), 'utf8');
  return parse(sdl)
    .definitions.filter(
      (d): d is ObjectTypeDefinitionNode =>
        d.kind === Kind.OBJECT_TYPE_DEFINITION &&
        ['Query', 'Mutation', 'Subscription'].includes(d.name.value),
    )
    .flatMap((type) => type.fields ?? [])
    .filter((field) => (field.arguments ?? []).some((arg) => /\bID\b|Input\b/.test(print(arg.type))))
    .map((field) => field.name.value)
    .sort();
};

describe('tenant isolation: company A against every field taking an id of company B', () => {
  const plan = demoPlan([
    { key: 'a', name: 'ООО «А»', accounts: 2 },
    { key: 'b', name: 'ООО «Б»', accounts: 2 },
  ]);
  const [a, b] = plan.companies;
  let system: RunningSystem;
  let tokenA: string;
  let theirs: TheirIds;
  beforeAll(async () => {
    system = await startSystem(plan);
    tokenA = await system.login(a.admin.login, DEMO_PASSWORD);
    const tokenB = await system.login(b.admin.login, DEMO_PASSWORD);
    const challenge = await system.query<{ requestContactChange: { id: string } }>(
      'mutation { requestContactChange(input: { email: "b@b.example" }) { id } }',
      {},
      tokenB,
    );
    const sql = (name: 'billing' | 'catalog' | 'identity', text: string) =>
      system.subgraphs[name].db.dataSource.query(text, [b.id]);
    theirs = {
      company: b.id,
      account: b.accounts[0].id,
      group: b.groups[1].id,
      entry: (await sql('billing', 'SELECT id FROM ledger_entries WHERE company_id = $1 LIMIT 1'))[0].id,
      order: (await sql('catalog', 'SELECT id FROM orders WHERE company_id = $1 LIMIT 1'))[0].id,
      admin: b.admin.id,
      session: (
        await sql(
          'identity',
          'SELECT s.id FROM sessions s JOIN users u ON u.id = s.user_id WHERE u.company_id = $1 LIMIT 1',
        )
      )[0].id,
      challenge: challenge.data?.requestContactChange.id as string,
      document: (
        await system.query<{ requestDocument: { document: { id: string } } }>(
          `mutation { requestDocument(input: { accountId: "${b.accounts[0].id}", type: PAYMENT_DETAILS, format: PDF,
            period: { from: "2026-01-01", to: "2026-01-31" } }) { document { id } } }`,
          {},
          tokenB,
        )
      ).data?.requestDocument.document.id as string,
      invoice: (await sql('billing', 'SELECT id FROM invoices WHERE company_id = $1 LIMIT 1'))[0].id,
      service: b.accounts[0].services[0].id,
      freephoneNumber: (
        await system.query<{ reserveFreephoneNumber: { number: { number: string } } }>(
          'mutation { reserveFreephoneNumber(input: { number: "88007777777" }) { number { number } } }',
          {},
          tokenB,
        )
      ).data?.reserveFreephoneNumber.number.number as string,
      ticket: (
        await system.query<{ createTicket: { ticket: { id: string } } }>(
          `mutation { createTicket(input: { category: TECHNICIAN_VISIT, subject: "Нет связи", description: "Нет связи",
            accountId: "${b.accounts[0].id}" }) { ticket { id } } }`,
          {},
          tokenB,
        )
      ).data?.createTicket.ticket.id as string,
      bulkOperation: (
        await system.query<{ startBulkOperation: { operation: { id: string } } }>(
          `mutation { startBulkOperation(input: { kind: MOVE_TO_GROUP, groupId: "${b.groups[1].id}",
            params: { groupId: "${b.groups[0].id}" }, idempotencyKey: "tenant-isolation-b" }) { operation { id } } }`,
          {},
          tokenB,
        )
      ).data?.startBulkOperation.operation.id as string,
      payment: (
        await system.query<{ createPayment: { payment: { id: string } } }>(
          `mutation { createPayment(input: { accountId: "${b.accounts[0].id}", amount: "10.00", method: INVOICE,
            idempotencyKey: "tenant-isolation-b" }) { payment { id } } }`,
          {},
          tokenB,
        )
      ).data?.createPayment.payment.id as string,
    };
  });
  afterAll(() => system?.stop());

  it('covers every field of the graph that takes an id or an input', () => {
    expect(Object.keys(CASES).sort()).toEqual(fieldsTakingIds());
  });

  const probes = Object.entries(CASES).filter(([, c]) => typeof c !== 'string');
  it.each(probes.map(([name]) => name))(
    '%s: refused with NOT_FOUND, FORBIDDEN or PRECONDITION_FAILED, nothing of B in the answer',
    async (name) => {
      const { query, variables } = (
        CASES[name] as (b: TheirIds) => { query: string; variables?: Record<string, unknown> }
      )(theirs);
      const result = await system.query(query, variables ?? {}, tokenA);
      expect(['NOT_FOUND', 'FORBIDDEN', 'PRECONDITION_FAILED']).toContain(
        result.errors?.[0].extensions?.code,
      );
      const answer = JSON.stringify(result);
      for (const secret of [b.name, b.accounts[0].number, theirs.entry, theirs.order])
        expect(answer).not.toContain(secret);
    },
  );

  it("leaves B's records as they were", async () => {
    const tokenB = await system.login(b.admin.login, DEMO_PASSWORD);
    const me = await system.query<{ me: { role: string; blocked: boolean } }>(
      '{ me { role blocked } }',
      {},
      tokenB,
    );
    expect(me.data?.me).toEqual({ role: 'ADMIN', blocked: false });
    const [{ n }] = await system.subgraphs.identity.db.dataSource.query(
      'SELECT count(*)::int AS n FROM sessions WHERE id = $1 AND revoked_at IS NULL',
      [theirs.session],
    );
    expect(n).toBe(1);
  });

  it("invites into the caller's own company whatever companyId says, and reads only its own archive", async () => {
    const invited = await system.query<{ inviteUser: { user: { company: { id: string } } } }>(
      `mutation { inviteUser(input: { login: "a-new-viewer", fullName: "Новый", role: VIEWER, email: "v@a.example",
         delivery: EMAIL, companyId: "${b.id}" }) { user { company { id } } } }`,
      {},
      tokenA,
    );
    expect(invited.data?.inviteUser.user.company.id).toBe(a.id);
    // The archive is filled in the background: wait for this invitation, then look at everything listed.
    let filed: { action: string; company: { id: string } }[] = [];
    await eventually(async () => {
      const archive = await system.query<{
        auditLog: { edges: { node: { action: string; company: { id: string } } }[] };
      }>(
        `{ auditLog(filter: { companyId: "${b.id}" }, first: 100) { edges { node { action company { id } } } } }`,
        {},
        tokenA,
      );
      filed = archive.data?.auditLog.edges.map((e) => e.node) ?? [];
      return filed.some((e) => e.action === 'identity.inviteUser');
    }, "the invitation's archive entry");
    expect(filed.map((e) => e.action)).toContain('identity.inviteUser');
    for (const entry of filed) expect(entry.company.id).toBe(a.id);
  });
});
