import { demoPlan } from '@kabinet/dev';
import { legalInn } from '@kabinet/kit';
import { eventually } from '@kabinet/kit/testing';
import { applicationInput, SUBMIT_APPLICATION } from '../src/applications';
import { minimalPdf } from '../src/documents';
import { type RunningSystem, startSystem } from '../src/system';

const PDF = minimalPdf();

describe('a business without a contract applies; approval makes its company, contract and first account', () => {
  let system: RunningSystem;
  beforeAll(async () => {
    system = await startSystem(demoPlan([{ key: 'a', name: 'ООО «А»', accounts: 1 }]));
  });
  afterAll(() => system?.stop());

  const upload = async (kind: string) => {
    const ticket = (
      await system.query<{ createUpload: { id: string; uploadUrl: string } }>(
        `mutation { createUpload(kind: ${kind}) { id uploadUrl } }`,
      )
    ).data?.createUpload as { id: string; uploadUrl: string };
    const response = await fetch(new URL(system.gatewayUrl).origin + ticket.uploadUrl, {
      method: 'PUT',
      body: PDF,
      headers: { 'content-type': 'application/pdf' },
    });
    expect(response.status).toBe(200);
    return ticket.id;
  };

  it('takes the application with its interests, queues it as a prospect, and opens the company on approval', async () => {
    const prospect = applicationInput({
      companyName: 'ООО «Новый клиент»',
      inn: legalInn('500100999'),
      representative: { email: 'new@client.example' },
      contractNumber: null,
      accountNumbers: null,
      serviceInterest: ['INTERNET', 'FREEPHONE'],
      comment: 'Офис на 40 человек, нужен интернет и 8-800',
      documentIds: [await upload('APPLICATION_FORM'), await upload('CHARTER')],
    });
    const without = await system.query(SUBMIT_APPLICATION, { i: { ...prospect, serviceInterest: [] } });
    expect(without.errors?.[0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: [{ field: 'serviceInterest' }],
    });
    const accountsWithoutContract = await system.query(SUBMIT_APPLICATION, {
      i: { ...prospect, accountNumbers: ['770000000999'] },
    });
    expect(accountsWithoutContract.errors?.[0].extensions?.fields).toEqual([
      { field: 'accountNumbers', message: 'come with a contract: name its number, or none' },
    ]);
    const submitted = await system.query<{ submitRegistrationApplication: { number: string } }>(
      SUBMIT_APPLICATION,
      {
        i: prospect,
      },
    );
    expect(submitted.errors).toBeUndefined();

    const operator = await system.login('operator', 'Kabinet-demo-2026');
    const queue = await system.query<{
      registrationApplications: {
        edges: { node: { id: string; number: string; serviceInterest: string[] } }[];
      };
    }>(
      '{ registrationApplications(status: SUBMITTED, prospect: true) { edges { node { id number prospect serviceInterest contractNumber } } } }',
      {},
      operator,
    );
    expect(queue.data?.registrationApplications.edges.map((e) => e.node)).toEqual([
      expect.objectContaining({
        number: submitted.data?.submitRegistrationApplication.number,
        prospect: true,
        serviceInterest: ['INTERNET', 'FREEPHONE'],
        contractNumber: null,
      }),
    ]);
    const withContract = await system.query<{ registrationApplications: { edges: unknown[] } }>(
      '{ registrationApplications(prospect: false) { edges { node { id } } } }',
      {},
      operator,
    );
    expect(withContract.data?.registrationApplications.edges).toEqual([]);

    const review = await system.query<{
      reviewRegistrationApplication: {
        application: { contractNumber: string; accountNumbers: string[]; company: { id: string } };
      };
    }>(
      `mutation ($i: ReviewRegistrationApplicationInput!) { reviewRegistrationApplication(input: $i) {
         application { contractNumber accountNumbers company { id } } } }`,
      { i: { id: queue.data?.registrationApplications.edges[0].node.id, decision: 'APPROVE' } },
      operator,
    );
    expect(review.errors).toBeUndefined();
    const approved = review.data?.reviewRegistrationApplication.application;
    if (!approved) throw new Error('no approval');
    const { contractNumber, accountNumbers, company } = approved;
    expect(contractNumber).toMatch(/^Д-\d{4}\/П\d{5}$/);
    expect(accountNumbers).toEqual([expect.stringMatching(/^9\d{8}$/)]);

    // Through the same events as any approval: accounts opens the company with the new contract and account.
    const opened = await eventually(async () => {
      const read = await system.query<{
        company: {
          contracts: { number: string }[];
          personalAccounts: { edges: { node: { number: string } }[] };
        } | null;
      }>(
        `{ company(id: "${company.id}") { contracts { number } personalAccounts(first: 5) { edges { node { number } } } } }`,
        {},
        operator,
      );
      return read.data?.company?.personalAccounts.edges.length ? read.data.company : null;
    }, 'the company opened with its account');
    expect(opened.contracts).toEqual([{ number: contractNumber }]);
    expect(opened.personalAccounts.edges.map((e) => e.node.number)).toEqual(accountNumbers);
  });
});
