import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { demoPlan } from '@kabinet/dev';
import { type Role, stableId, type Viewer } from '@kabinet/kit';
import { Kind, type ObjectTypeDefinitionNode, parse } from 'graphql';
import { type RunningSystem, startSystem } from '../src/system';

const ROLES: Role[] = ['ADMIN', 'ACCOUNTANT', 'VIEWER', 'MANAGER', 'SUPPORT', 'OPERATOR'];
const BACK_OFFICE: Role[] = ['OPERATOR', 'MANAGER'];
const ADMINS_AND_BACK_OFFICE: Role[] = ['ADMIN', 'MANAGER', 'OPERATOR'];
const uuid = '00000000-0000-4000-8000-000000000000';
const entry = {
  accountId: uuid,
  kind: 'PAYMENT',
  amount: '1.00',
  description: 'x',
  idempotencyKey: 'roles-123',
};

/**
 * Who may call each mutation of the graph. Anyone may call the sign-in mutations; every other one is
 * refused (FORBIDDEN) to the roles not listed, and to anonymous callers (UNAUTHENTICATED). A mutation
 * missing here fails the test: every new one must be classified.
 */
const RULES: Record<
  string,
  { allowed: Role[] | 'anyone'; call: string; variables?: Record<string, unknown> }
> = {
  login: { allowed: 'anyone', call: '' },
  verifyLoginCode: { allowed: 'anyone', call: '' },
  refreshSession: { allowed: 'anyone', call: '' },
  requestPasswordReset: { allowed: 'anyone', call: '' },
  resetPassword: { allowed: 'anyone', call: '' },
  changePassword: { allowed: 'anyone', call: '' }, // with a challenge it needs no token
  createUpload: { allowed: 'anyone', call: '' }, // applicants have no account yet
  submitRegistrationApplication: { allowed: 'anyone', call: '' },
  reviewRegistrationApplication: {
    allowed: BACK_OFFICE,
    call: 'mutation ($i: ReviewRegistrationApplicationInput!) { reviewRegistrationApplication(input: $i) { adminLogin } }',
    variables: { i: { id: uuid, decision: 'REJECT', comment: 'x' } },
  },
  logout: { allowed: ROLES, call: 'mutation { logout { revoked } }' },
  requestContactChange: {
    allowed: ROLES,
    call: 'mutation { requestContactChange(input: { email: "new@x.example" }) { id } }',
  },
  confirmContactChange: {
    allowed: ROLES,
    call: `mutation { confirmContactChange(challengeId: "${uuid}", code: "123456") { id } }`,
  },
  setSmsLogin: { allowed: ROLES, call: 'mutation { setSmsLogin(enabled: false) { id } }' },
  revokeSession: { allowed: ROLES, call: `mutation { revokeSession(id: "${uuid}") { revoked } }` },
  createAccountGroup: {
    allowed: ADMINS_AND_BACK_OFFICE,
    call: 'mutation ($i: CreateAccountGroupInput!) { createAccountGroup(input: $i) { group { id } } }',
    variables: { i: { name: 'Отдел', parentId: uuid, companyId: uuid } },
  },
  moveAccountsToGroup: {
    allowed: ADMINS_AND_BACK_OFFICE,
    call: `mutation { moveAccountsToGroup(input: { accountIds: ["${uuid}"] }) { group { id } } }`,
  },
  createCompany: {
    allowed: BACK_OFFICE,
    call: 'mutation ($i: CreateCompanyInput!) { createCompany(input: $i) { __typename } }',
    variables: { i: { name: 'ООО «Ромашка»', inn: '7707083893', kpp: '773601001', legalAddress: 'Москва' } },
  },
  postLedgerEntry: {
    allowed: BACK_OFFICE,
    call: 'mutation ($i: PostLedgerEntryInput!) { postLedgerEntry(input: $i) { sequence } }',
    variables: { i: entry },
  },
  postLedgerEntries: {
    allowed: BACK_OFFICE,
    call: 'mutation ($i: [PostLedgerEntryInput!]!) { postLedgerEntries(inputs: $i) { sequence } }',
    variables: { i: [entry] },
  },
  renameAccountGroup: {
    allowed: ADMINS_AND_BACK_OFFICE,
    call: `mutation { renameAccountGroup(input: { groupId: "${uuid}", name: "x" }) { __typename } }`,
  },
  moveAccountGroup: {
    allowed: ADMINS_AND_BACK_OFFICE,
    call: `mutation { moveAccountGroup(input: { groupId: "${uuid}" }) { __typename } }`,
  },
  deleteAccountGroup: {
    allowed: ADMINS_AND_BACK_OFFICE,
    call: `mutation { deleteAccountGroup(input: { groupId: "${uuid}" }) { __typename } }`,
  },
  // Who may start one depends on its kind (contracts' BULK_OPERATION_KINDS): changing tariffs is for ADMIN and OPERATOR.
  startBulkOperation: {
    allowed: ['ADMIN', 'OPERATOR'],
    call: 'mutation ($i: StartBulkOperationInput!) { startBulkOperation(input: $i) { operation { id } } }',
    variables: {
      i: {
        kind: 'CHANGE_TARIFF',
        accountIds: [uuid],
        params: { tariffId: uuid },
        idempotencyKey: 'roles-bulk-1',
      },
    },
  },
  cancelBulkOperation: {
    allowed: ROLES,
    call: `mutation { cancelBulkOperation(input: { id: "${uuid}" }) { operation { id } } }`,
  },
  // Tickets: any user writes and reads; the customer's moves are company users'; the back office is staff's.
  createTicket: {
    allowed: ROLES,
    call: 'mutation ($i: CreateTicketInput!) { createTicket(input: $i) { ticket { id } } }',
    variables: { i: { category: 'FEEDBACK', subject: 'x', description: 'x', companyId: uuid } },
  },
  chooseTicketVisitSlot: {
    allowed: ROLES,
    call: `mutation { chooseTicketVisitSlot(input: { ticketId: "${uuid}", slotId: "x" }) { visit { startsAt } } }`,
  },
  createAttachmentUpload: {
    allowed: ROLES,
    call: 'mutation { createAttachmentUpload(input: { fileName: "x.pdf" }) { id } }',
  },
  addTicketMessage: {
    allowed: ROLES,
    call: `mutation { addTicketMessage(input: { ticketId: "${uuid}", body: "x" }) { message { id } } }`,
  },
  markTicketRead: {
    allowed: ROLES,
    call: `mutation { markTicketRead(input: { ticketId: "${uuid}" }) { ticket { id } } }`,
  },
  cancelTicket: {
    allowed: ['ADMIN', 'ACCOUNTANT', 'VIEWER'],
    call: `mutation { cancelTicket(input: { ticketId: "${uuid}" }) { ticket { id } } }`,
  },
  reopenTicket: {
    allowed: ['ADMIN', 'ACCOUNTANT', 'VIEWER'],
    call: `mutation { reopenTicket(input: { ticketId: "${uuid}" }) { ticket { id } } }`,
  },
  closeTicket: {
    allowed: ['ADMIN', 'ACCOUNTANT', 'VIEWER'],
    call: `mutation { closeTicket(input: { ticketId: "${uuid}", rating: 5 }) { ticket { id } } }`,
  },
  assignTicket: {
    allowed: ['MANAGER', 'SUPPORT', 'OPERATOR'],
    call: `mutation { assignTicket(input: { ticketId: "${uuid}" }) { ticket { id } } }`,
  },
  changeTicketStatus: {
    allowed: ['MANAGER', 'SUPPORT', 'OPERATOR'],
    call: `mutation { changeTicketStatus(input: { ticketId: "${uuid}", status: RESOLVED }) { ticket { id } } }`,
  },
  updateNotificationSettings: {
    allowed: ROLES,
    call: 'mutation { updateNotificationSettings(input: { timeZone: "Europe/Moscow" }) { settings { timeZone } } }',
  },
  markNotificationsRead: {
    allowed: ROLES,
    call: 'mutation { markNotificationsRead(input: { all: true }) { marked } }',
  },
  publishNewsItem: {
    allowed: ['MANAGER', 'SUPPORT', 'OPERATOR'],
    call: 'mutation { publishNewsItem(input: { kind: PROMOTION, title: "x", body: "x" }) { item { id } } }',
  },
  withdrawNewsItem: {
    allowed: ['MANAGER', 'SUPPORT', 'OPERATOR'],
    call: `mutation { withdrawNewsItem(input: { id: "${uuid}" }) { item { id } } }`,
  },
  createFaqEntry: {
    allowed: ['MANAGER', 'SUPPORT', 'OPERATOR'],
    call: 'mutation { createFaqEntry(input: { topic: ACCESS, question: "x", answer: "x" }) { entry { id } } }',
  },
  updateFaqEntry: {
    allowed: ['MANAGER', 'SUPPORT', 'OPERATOR'],
    call: `mutation { updateFaqEntry(input: { id: "${uuid}", question: "x" }) { entry { id } } }`,
  },
  deleteFaqEntry: {
    allowed: ['MANAGER', 'SUPPORT', 'OPERATOR'],
    call: `mutation { deleteFaqEntry(input: { id: "${uuid}" }) { deletedId } }`,
  },
  updateCompanyContacts: {
    allowed: ADMINS_AND_BACK_OFFICE,
    call: `mutation { updateCompanyContacts(input: { companyId: "${uuid}", contactEmail: "x" }) { __typename } }`,
  },
  updateCompanyRequisites: {
    allowed: BACK_OFFICE,
    call: `mutation { updateCompanyRequisites(input: { companyId: "${uuid}", ogrn: "1" }) { __typename } }`,
  },
  addCompanyContract: {
    allowed: BACK_OFFICE,
    call: `mutation { addCompanyContract(input: { companyId: "${uuid}", number: "x", signedOn: "2026-01-01", type: SERVICES }) { __typename } }`,
  },
  advanceOrder: {
    allowed: BACK_OFFICE,
    call: 'mutation ($i: AdvanceOrderInput!) { advanceOrder(input: $i) { __typename } }',
    variables: { i: { orderId: uuid, step: 'FINISH_WORK' } },
  },
  placeOrder: {
    allowed: ['ADMIN', 'OPERATOR'],
    call: 'mutation ($i: PlaceOrderInput!) { placeOrder(input: $i) { __typename } }',
    variables: {
      i: {
        accountId: uuid,
        items: [{ tariffId: uuid, address: { region: 'MOSCOW', line: 'x' } }],
        contact: { name: 'x', phone: '+79001234567' },
      },
    },
  },
  chooseVisitSlot: {
    allowed: ['ADMIN', 'ACCOUNTANT'],
    call: `mutation { chooseVisitSlot(input: { orderId: "${uuid}", slotId: "x" }) { __typename } }`,
  },
  confirmOrderExecution: {
    allowed: ['ADMIN', 'ACCOUNTANT'],
    call: `mutation { confirmOrderExecution(input: { orderId: "${uuid}" }) { __typename } }`,
  },
  returnOrderToWork: {
    allowed: ['ADMIN', 'ACCOUNTANT'],
    call: `mutation { returnOrderToWork(input: { orderId: "${uuid}", reason: "x" }) { __typename } }`,
  },
  cancelOrder: {
    allowed: ['ADMIN', 'OPERATOR'],
    call: `mutation { cancelOrder(input: { orderId: "${uuid}" }) { __typename } }`,
  },
  connectOption: {
    allowed: ['ADMIN', 'OPERATOR'],
    call: `mutation { connectOption(input: { serviceId: "${uuid}", optionId: "${uuid}" }) { service { id } } }`,
  },
  disconnectOption: {
    allowed: ['ADMIN', 'ACCOUNTANT', 'OPERATOR'],
    call: `mutation { disconnectOption(input: { serviceId: "${uuid}", optionId: "${uuid}" }) { service { id } } }`,
  },
  createTariff: {
    allowed: BACK_OFFICE,
    call: `mutation { createTariff(input: { code: "X", name: "", description: "", kind: INTERNET, monthlyFee: "1.00", setupFee: "0", regions: [] }) { __typename } }`,
  },
  launchTariff: {
    allowed: BACK_OFFICE,
    call: `mutation { launchTariff(input: { tariffId: "${uuid}" }) { __typename } }`,
  },
  retireTariff: {
    allowed: BACK_OFFICE,
    call: `mutation { retireTariff(input: { tariffId: "${uuid}" }) { __typename } }`,
  },
  createOption: {
    allowed: BACK_OFFICE,
    call: `mutation { createOption(input: { code: "X", name: "", description: "", monthlyFee: "1.00", tariffIds: [] }) { __typename } }`,
  },
  retireOption: {
    allowed: BACK_OFFICE,
    call: `mutation { retireOption(input: { optionId: "${uuid}" }) { __typename } }`,
  },
  reserveFreephoneNumber: {
    allowed: ['ADMIN'],
    call: 'mutation { reserveFreephoneNumber(input: { number: "x" }) { __typename } }',
  },
  orderFreephoneNumber: {
    allowed: ['ADMIN'],
    call: `mutation { orderFreephoneNumber(input: { number: "x", accountId: "${uuid}", applicant: { fullName: "x", phone: "x" } }) { __typename } }`,
  },
  chooseFreephoneTariff: {
    allowed: ['ADMIN', 'OPERATOR'],
    call: `mutation { chooseFreephoneTariff(input: { serviceId: "${uuid}", tariffId: "${uuid}" }) { __typename } }`,
  },
  orderCloudStorage: {
    allowed: ['ADMIN', 'OPERATOR'],
    call: `mutation { orderCloudStorage(input: { accountId: "${uuid}", name: "x", quotaGb: 100 }) { __typename } }`,
  },
  recordStorageUsage: {
    allowed: ['OPERATOR'],
    call: `mutation { recordStorageUsage(input: { serviceId: "${uuid}", usedGb: 1 }) { __typename } }`,
  },
  resizeCloudStorage: {
    allowed: ['ADMIN', 'OPERATOR'],
    call: `mutation { resizeCloudStorage(input: { serviceId: "${uuid}", quotaGb: 100 }) { __typename } }`,
  },
  inviteUser: {
    allowed: ADMINS_AND_BACK_OFFICE,
    call: 'mutation ($i: InviteUserInput!) { inviteUser(input: $i) { user { id } } }',
    variables: {
      i: { login: 'someone-new', fullName: 'Новый', role: 'VIEWER', email: 'n@x.example', delivery: 'EMAIL' },
    },
  },
  changeUserRole: {
    allowed: ADMINS_AND_BACK_OFFICE,
    call: `mutation { changeUserRole(userId: "${uuid}", role: VIEWER) { id } }`,
  },
  blockUser: { allowed: ADMINS_AND_BACK_OFFICE, call: `mutation { blockUser(userId: "${uuid}") { id } }` },
  setUserAccounts: {
    allowed: ADMINS_AND_BACK_OFFICE,
    call: `mutation { setUserAccounts(userId: "${uuid}") { id } }`,
  },
  unblockUser: {
    allowed: ADMINS_AND_BACK_OFFICE,
    call: `mutation { unblockUser(userId: "${uuid}") { id } }`,
  },
  // Documents are reading: every role may ask for one (of what it may see).
  requestDocument: {
    allowed: ROLES,
    call: 'mutation ($i: RequestDocumentInput!) { requestDocument(input: $i) { document { id } } }',
    variables: {
      i: {
        accountId: uuid,
        type: 'PAYMENT_DETAILS',
        format: 'PDF',
        period: { from: '2030-01-01', to: '2030-01-31' },
      },
    },
  },
  exportStatement: {
    allowed: ROLES,
    call: 'mutation ($i: ExportStatementInput!) { exportStatement(input: $i) { url } }',
    variables: { i: { accountId: uuid, format: 'CSV', period: { from: '2030-01-01', to: '2030-01-31' } } },
  },
  subscribeToDocuments: {
    allowed: ['ADMIN', 'ACCOUNTANT', 'OPERATOR', 'MANAGER'],
    call: 'mutation ($i: SubscribeToDocumentsInput!) { subscribeToDocuments(input: $i) { subscription { id } } }',
    variables: { i: { accountId: uuid, types: ['INVOICE'], email: 'x@x.example' } },
  },
  unsubscribeFromDocuments: {
    allowed: ['ADMIN', 'ACCOUNTANT', 'OPERATOR', 'MANAGER'],
    call: 'mutation ($i: UnsubscribeFromDocumentsInput!) { unsubscribeFromDocuments(input: $i) { id } }',
    variables: { i: { id: uuid } },
  },
  takePromisedPayment: {
    allowed: ['ADMIN', 'ACCOUNTANT'],
    call: 'mutation ($i: TakePromisedPaymentInput!) { takePromisedPayment(input: $i) { sequence } }',
    variables: { i: { accountId: uuid, amount: '1.00', idempotencyKey: 'roles-123' } },
  },
  setAutoTopUp: {
    allowed: ['ADMIN', 'ACCOUNTANT'],
    call: 'mutation ($i: SetAutoTopUpInput!) { setAutoTopUp(input: $i) { autoTopUp { enabled } } }',
    variables: { i: { accountId: uuid, threshold: '1.00', amount: '1.00', enabled: false } },
  },
  createPayment: {
    allowed: ['ADMIN', 'ACCOUNTANT'],
    call: 'mutation ($i: CreatePaymentInput!) { createPayment(input: $i) { payment { id } } }',
    variables: { i: { accountId: uuid, amount: '1.00', method: 'CARD', idempotencyKey: 'roles-123' } },
  },
  confirmPayment: {
    allowed: ['ADMIN', 'ACCOUNTANT'],
    call: `mutation { confirmPayment(input: { paymentId: "${uuid}", code: "123456" }) { payment { id } } }`,
  },
  changeTariff: {
    allowed: ['ADMIN', 'OPERATOR'],
    call: `mutation { changeTariff(input: { serviceId: "${uuid}", tariffId: "${uuid}" }) { service { id } } }`,
  },
  terminateService: {
    allowed: ['ADMIN', 'OPERATOR'],
    call: `mutation { terminateService(input: { serviceId: "${uuid}" }) { service { id } } }`,
  },
  suspendService: {
    allowed: ['ADMIN', 'ACCOUNTANT', 'OPERATOR'],
    call: `mutation { suspendService(input: { serviceId: "${uuid}", resumeOn: "2030-01-01" }) { service { id } } }`,
  },
  resumeService: {
    allowed: ['ADMIN', 'ACCOUNTANT', 'OPERATOR'],
    call: `mutation { resumeService(input: { serviceId: "${uuid}" }) { service { id } } }`,
  },
  runBilling: {
    allowed: ['OPERATOR'],
    call: 'mutation { runBilling(input: { month: "2000-01" }) { accountsBilled } }',
  },
  recordUsage: {
    allowed: ['OPERATOR'],
    call: 'mutation ($i: RecordUsageInput!) { recordUsage(input: $i) { recorded } }',
    variables: {
      i: {
        records: [
          {
            serviceId: uuid,
            externalId: 'x',
            kind: 'TRAFFIC',
            occurredAt: '2026-01-01T00:00:00Z',
            volumeMb: 1,
            cost: '1.00',
          },
        ],
      },
    },
  },
  redeemReward: {
    allowed: ['ADMIN', 'ACCOUNTANT'],
    call: 'mutation ($i: RedeemRewardInput!) { redeemReward(input: $i) { balance } }',
    variables: { i: { rewardId: 'credit-500', accountId: uuid, idempotencyKey: 'roles-123' } },
  },
  setCreditLimit: {
    allowed: BACK_OFFICE,
    call: `mutation { setCreditLimit(input: { accountId: "${uuid}", amount: "1.00" }) { creditLimit { amount } } }`,
  },
};

const mutationsOfTheGraph = () => {
  const sdl = readFileSync(join(__dirname, '..', '..', 'schema', 'supergraph.graphql'), 'utf8');
  const mutation = parse(sdl).definitions.find(
    (d): d is ObjectTypeDefinitionNode =>
      d.kind === Kind.OBJECT_TYPE_DEFINITION && d.name.value === 'Mutation',
  );
  return (mutation?.fields ?? []).map((f) => f.name.value).sort();
};

describe('roles against every mutation of the graph', () => {
  const plan = demoPlan([{ key: 'a', name: 'ООО «А»', accounts: 1 }]);
  const [a] = plan.companies;
  let system: RunningSystem;
  const tokens = new Map<Role, string>();
  beforeAll(async () => {
    system = await startSystem(plan);
    for (const role of ROLES) {
      const staff = ['MANAGER', 'SUPPORT', 'OPERATOR'].includes(role);
      const viewer: Viewer = staff
        ? { userId: stableId(`user:staff:${role}`), companyId: null, role }
        : { userId: role === 'ADMIN' ? a.admin.id : stableId(`user:a:${role}`), companyId: a.id, role };
      // Identity acts with the user as stored, not as the token claims: each role is a real user.
      await system.subgraphs.identity.db.dataSource.query(
        `INSERT INTO users (id, login, full_name, role, company_id, password_hash)
         SELECT $1, $2, 'Роль ' || $3, $3, $4, password_hash FROM users WHERE id = $5
         ON CONFLICT (id) DO NOTHING`,
        [viewer.userId, `role-${role.toLowerCase()}`, role, viewer.companyId, a.admin.id],
      );
      tokens.set(role, (await system.signToken(viewer)).token);
    }
  });
  afterAll(() => system?.stop());

  it('classifies every mutation the graph has', () => {
    expect(Object.keys(RULES).sort()).toEqual(mutationsOfTheGraph());
  });

  const guarded = Object.entries(RULES).filter(([, rule]) => rule.allowed !== 'anyone');
  const refusals = guarded.flatMap(([name, rule]) =>
    ROLES.filter((role) => !(rule.allowed as Role[]).includes(role)).map((role) => [name, role] as const),
  );

  it.each(refusals)('refuses %s to %s with FORBIDDEN, changing nothing', async (name, role) => {
    const rule = RULES[name];
    const result = await system.query(rule.call, rule.variables ?? {}, tokens.get(role));
    expect(result.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect(result.data).toBeNull();
  });

  it.each(guarded.map(([name]) => name))(
    'refuses %s to anonymous callers with UNAUTHENTICATED',
    async (name) => {
      const rule = RULES[name];
      const result = await system.query(rule.call, rule.variables ?? {});
      expect(result.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    },
  );

  it.each(guarded.flatMap(([name, rule]) => (rule.allowed as Role[]).map((role) => [name, role] as const)))(
    'lets %s through the role check for %s',
    async (name, role) => {
      const result = await system.query(RULES[name].call, RULES[name].variables ?? {}, tokens.get(role));
      expect(result.errors?.[0]?.extensions?.code).not.toBe('FORBIDDEN');
    },
  );
});
