import { DEMO_PASSWORD, demoPlan } from '@kabinet/dev';
import { legalOgrn, settlementAccount } from '@kabinet/kit';
import { type RunningSystem, startSystem } from '../src/system';

const plan = demoPlan([
  { key: 'a', name: 'ООО «А»', accounts: 1 },
  { key: 'b', name: 'ООО «Б»', accounts: 1 },
]);
const [a, b] = plan.companies;

const REQUISITES = `query ($id: ID!) { company(id: $id) { name shortName inn kpp ogrn legalAddress postalAddress
  contactPhone contactEmail branchKpps { kpp branch } bankDetails { bankName bik settlementAccount correspondentAccount }
  contracts { number signedOn type status } manager { fullName phone }
  requisitesHistory(first: 10) { edges { node { field oldValue newValue changedBy { fullName } } } } } }`;
const CONTACTS =
  'mutation ($i: UpdateCompanyContactsInput!) { updateCompanyContacts(input: $i) { company { contactPhone contactEmail postalAddress } } }';
const LEGAL =
  'mutation ($i: UpdateCompanyRequisitesInput!) { updateCompanyRequisites(input: $i) { company { ogrn kpp bankDetails { bik settlementAccount } } } }';

interface Requisites {
  company: {
    ogrn: string;
    requisitesHistory: { edges: { node: { field: string; oldValue: string | null; newValue: string } }[] };
  } & Record<string, unknown>;
}

describe('company requisites: contacts by the company, legal data by staff, every change recorded', () => {
  let system: RunningSystem;
  let admin: string;
  let operator: string;

  beforeAll(async () => {
    system = await startSystem(plan);
    admin = await system.login(a.admin.login, DEMO_PASSWORD);
    operator = await system.login('operator', DEMO_PASSWORD);
  });
  afterAll(() => system?.stop());

  const read = async (token = admin, id = a.id) => {
    const result = await system.query<Requisites>(REQUISITES, { id }, token);
    expect(result.errors).toBeUndefined();
    return result.data?.company as Requisites['company'];
  };

  it('shows the requisites a payment slip and a contract need, with the personal manager from identity', async () => {
    const company = await read();
    expect(company).toMatchObject({
      inn: a.inn,
      kpp: a.kpp,
      ogrn: expect.stringMatching(/^\d{13}$/),
      bankDetails: {
        bankName: 'ПАО Сбербанк',
        bik: '044525225',
        correspondentAccount: '30101810400000000225',
      },
      contracts: [{ number: a.contractNumber, signedOn: '2024-01-15', type: 'SERVICES', status: 'ACTIVE' }],
      branchKpps: [{ kpp: '166001001', branch: 'Филиал, Казань' }],
      manager: { fullName: 'Петров Алексей Викторович' },
      requisitesHistory: { edges: [] },
    });
  });

  it("lets the company's administrator change contacts, and only contacts", async () => {
    const changed = await system.query(
      CONTACTS,
      {
        i: {
          contactPhone: '+74951234567',
          contactEmail: 'buh@a.example',
          postalAddress: 'г. Москва, а/я 15',
        },
      },
      admin,
    );
    expect(changed.data).toEqual({
      updateCompanyContacts: {
        company: {
          contactPhone: '+74951234567',
          contactEmail: 'buh@a.example',
          postalAddress: 'г. Москва, а/я 15',
        },
      },
    });
    // Naming another company changes the administrator's own, never the other one.
    await system.query(CONTACTS, { i: { companyId: b.id, contactEmail: 'x@a.example' } }, admin);
    expect((await read(operator, b.id)).contactEmail).toBe('office@b.example');
    const legal = await system.query(
      LEGAL,
      { i: { companyId: a.id, ogrn: legalOgrn('102770000001') } },
      admin,
    );
    expect(legal.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const bad = await system.query(
      CONTACTS,
      { i: { contactPhone: '8-495-123', contactEmail: 'nope' } },
      admin,
    );
    expect(((bad.errors?.[0].extensions?.fields ?? []) as { field: string }[]).map((f) => f.field)).toEqual([
      'contactPhone',
      'contactEmail',
    ]);
  });

  it('lets staff change legal data, recording who changed what from what to what', async () => {
    const before = await read(operator);
    const ogrn = legalOgrn('102770099999');
    const account = settlementAccount('044525974', '4070281000000777777');
    const changed = await system.query(
      LEGAL,
      {
        i: {
          companyId: a.id,
          ogrn,
          kpp: '770201001',
          bankDetails: {
            bankName: 'АО «Тинькофф Банк»',
            bik: '044525974',
            settlementAccount: account,
            correspondentAccount: '30101810145250000974',
          },
          branchKpps: [
            { kpp: '166001001', branch: 'Филиал, Казань' },
            { kpp: '780101001', branch: 'Филиал, Санкт-Петербург' },
          ],
        },
      },
      operator,
    );
    expect(changed.data).toEqual({
      updateCompanyRequisites: {
        company: { ogrn, kpp: '770201001', bankDetails: { bik: '044525974', settlementAccount: account } },
      },
    });
    const history = (await read(admin)).requisitesHistory.edges.map((e) => e.node);
    expect(history).toEqual(
      expect.arrayContaining([
        {
          field: 'ogrn',
          oldValue: before.ogrn,
          newValue: ogrn,
          changedBy: { fullName: 'Петров Алексей Викторович' },
        },
        {
          field: 'kpp',
          oldValue: a.kpp,
          newValue: '770201001',
          changedBy: { fullName: 'Петров Алексей Викторович' },
        },
        expect.objectContaining({ field: 'bankDetails.bik', oldValue: '044525225', newValue: '044525974' }),
        expect.objectContaining({
          field: 'branchKpps',
          newValue: '166001001 Филиал, Казань; 780101001 Филиал, Санкт-Петербург',
        }),
        expect.objectContaining({ field: 'contactEmail', newValue: 'buh@a.example' }), // the administrator's, before
      ]),
    );
    // The same values again change nothing and record nothing.
    const count = history.length;
    await system.query(LEGAL, { i: { companyId: a.id, ogrn } }, operator);
    expect((await read()).requisitesHistory.edges).toHaveLength(count);
  });

  it('refuses bad requisites naming each field, changing nothing', async () => {
    const before = await read(operator);
    const refused = await system.query(
      LEGAL,
      {
        i: {
          companyId: a.id,
          ogrn: '1027700000000', // control digit wrong
          kpp: '77-02-01',
          bankDetails: {
            bankName: 'Банк',
            bik: '044525225',
            settlementAccount: '40702810000000000001', // fails the control key
            correspondentAccount: '40101810400000000225',
          },
          branchKpps: [
            { kpp: '166001001', branch: 'Казань' },
            { kpp: '166001001', branch: 'Казань-2' },
          ],
        },
      },
      operator,
    );
    expect(refused.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(
      ((refused.errors?.[0].extensions?.fields ?? []) as { field: string }[]).map((f) => f.field).sort(),
    ).toEqual(
      [
        'bankDetails.correspondentAccount',
        'bankDetails.settlementAccount',
        'branchKpps',
        'kpp',
        'ogrn',
      ].sort(),
    );
    expect(
      (
        await system.query(
          LEGAL,
          { i: { companyId: a.id, bankDetails: { ...(before.bankDetails as object), bik: '123' } } },
          operator,
        )
      ).errors?.[0].extensions?.fields,
    ).toEqual([{ field: 'bankDetails.bik', message: 'must be 9 digits starting with 04' }]);
    expect(await read(operator)).toEqual(before);
    const taken = await system.query(LEGAL, { i: { companyId: b.id, kpp: '770201001' } }, operator);
    expect(taken.errors?.[0].extensions?.code).not.toBe('INTERNAL_SERVER_ERROR'); // another INN: allowed
    const contract = await system.query(
      'mutation ($i: AddCompanyContractInput!) { addCompanyContract(input: $i) { company { contracts { number type } } } }',
      { i: { companyId: a.id, number: 'Д-2026/0100', signedOn: '2026-11-01', type: 'ADDENDUM' } },
      operator,
    );
    expect(contract.errors).toBeUndefined();
    expect(contract.data).toEqual({
      addCompanyContract: {
        company: {
          contracts: [
            { number: 'Д-2026/0100', type: 'ADDENDUM' },
            { number: a.contractNumber, type: 'SERVICES' },
          ],
        },
      },
    });
    const duplicate = await system.query(
      'mutation ($i: AddCompanyContractInput!) { addCompanyContract(input: $i) { company { id } } }',
      { i: { companyId: b.id, number: 'Д-2026/0100', signedOn: '2026-11-01', type: 'SERVICES' } },
      operator,
    );
    expect(duplicate.errors?.[0].extensions).toMatchObject({
      code: 'CONFLICT',
      fields: [{ field: 'number' }],
    });
  });

  it("gives each account the requisites of a payment slip to it, and groups accounts by their services' kinds", async () => {
    const [account] = a.accounts;
    const slip = await system.query(
      `{ personalAccount(id: "${account.id}") { requisites { recipient recipientInn bik settlementAccount payer payerInn
         accountNumber paymentPurpose } } }`,
      {},
      admin,
    );
    expect(slip.data).toEqual({
      personalAccount: {
        requisites: {
          recipient: 'ПАО «Кабинет Телеком»',
          recipientInn: '7707049388',
          bik: '044525225',
          settlementAccount: '40702810938000012345',
          payer: a.name,
          payerInn: a.inn,
          accountNumber: account.number,
          paymentPurpose: expect.stringContaining(
            `по договору № ${a.contractNumber}, лицевой счёт № ${account.number}`,
          ),
        },
      },
    });
    const byKind = await system.query<{
      me: { company: { accountsByServiceKind: { kind: string; count: number }[] } };
    }>('{ me { company { accountsByServiceKind { kind count accounts { number } } } } }', {}, admin);
    // The one demo account: telephony, internet and an 8-800 number (demo.ts: the first account of a company).
    expect(byKind.data?.me.company.accountsByServiceKind).toEqual(
      expect.arrayContaining([
        { kind: 'TELEPHONY', count: 1, accounts: [{ number: account.number }] },
        { kind: 'INTERNET', count: 1, accounts: [{ number: account.number }] },
        { kind: 'FREEPHONE', count: 1, accounts: [{ number: account.number }] },
      ]),
    );
  });
});
