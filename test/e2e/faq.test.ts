// The FAQ (issue 14, part 9): Russian full-text search that finds word forms, ranked, with highlighted
// fragments; edited by staff only.
import { DEMO_PASSWORD, demoPlan } from '@kabinet/dev';
import { type RunningSystem, startSystem } from '../src/system';

const plan = demoPlan([{ key: 'alpha', name: 'ООО «Альфа»', accounts: 1 }]);
const FAQ = `query ($search: String, $topic: FaqTopic, $first: Int, $after: String) {
  faq(search: $search, topic: $topic, first: $first, after: $after) {
    edges { node { id topic question highlight } } pageInfo { hasNextPage endCursor } } }`;

interface Page {
  faq: {
    edges: { node: { id: string; topic: string; question: string; highlight: string | null } }[];
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
  };
}

describe('the FAQ', () => {
  let system: RunningSystem;
  let operator: string;
  let admin: string;
  const search = (variables: Record<string, unknown>, token?: string) =>
    system.query<Page>(FAQ, variables, token);

  beforeAll(async () => {
    system = await startSystem(plan);
    operator = await system.login('operator', DEMO_PASSWORD);
    admin = await system.login(plan.companies[0].admin.login, DEMO_PASSWORD);
  });
  afterAll(() => system?.stop());

  it('starts with thirty-odd questions over every topic, listed by topic without a search', async () => {
    const all = await search({ first: 100 });
    expect(all.errors).toBeUndefined();
    const entries = all.data?.faq.edges.map((e) => e.node) ?? [];
    expect(entries.length).toBeGreaterThanOrEqual(30);
    expect(new Set(entries.map((e) => e.topic))).toEqual(
      new Set(['PAYMENTS', 'DOCUMENTS', 'FREEPHONE', 'TARIFFS', 'ACCESS', 'SUPPORT']),
    );
    expect(entries.every((e) => e.highlight === null)).toBe(true);
    const page = await search({ topic: 'FREEPHONE', first: 2 });
    const next = await search({ topic: 'FREEPHONE', first: 2, after: page.data?.faq.pageInfo.endCursor });
    const ids = [...(page.data?.faq.edges ?? []), ...(next.data?.faq.edges ?? [])].map((e) => e.node.id);
    expect(new Set(ids).size).toBe(4);
  });

  it('finds word forms, best first, with the matching words highlighted', async () => {
    // «оплата» is in no question as such: «оплатить», «оплаты», «оплате» are.
    const found = await search({ search: 'оплата картой' });
    expect(found.errors).toBeUndefined();
    const [best, ...rest] = found.data?.faq.edges.map((e) => e.node) ?? [];
    expect(best.question).toBe('Как оплатить услуги картой?');
    expect(best.highlight).toContain('**оплатить**');
    expect(best.highlight).toContain('**картой**');
    expect(rest.length).toBeGreaterThan(0);
    const technician = await search({ search: 'техники' });
    expect(technician.data?.faq.edges.map((e) => e.node.question)).toContain('Как вызвать техника?');
    // Pages of a ranking follow on without repeats.
    const first = await search({ search: 'счёт', first: 2 });
    const second = await search({ search: 'счёт', first: 2, after: first.data?.faq.pageInfo.endCursor });
    expect(first.data?.faq.pageInfo.hasNextPage).toBe(true);
    const ids = [...(first.data?.faq.edges ?? []), ...(second.data?.faq.edges ?? [])].map((e) => e.node.id);
    expect(new Set(ids).size).toBe(4);
  });

  it('refuses a search with nothing to look for, naming the field', async () => {
    for (const [text, message] of [
      ['   ', 'is required'],
      ['и или', 'has no word to look for'],
    ]) {
      const result = await search({ search: text });
      expect(result.errors?.[0].extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        fields: [{ field: 'search', message }],
      });
    }
  });

  it('is edited by staff only, and an added entry is found at once', async () => {
    const add = `mutation ($i: CreateFaqEntryInput!) { createFaqEntry(input: $i) { entry { id question } } }`;
    const input = {
      topic: 'TARIFFS',
      question: 'Как перенести услугу на новый адрес?',
      answer:
        'Переезд оформляется заказом на подключение по новому адресу; прежняя услуга отключается в день переезда.',
      position: 0,
    };
    const refused = await system.query(add, { i: input }, admin);
    expect(refused.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const added = await system.query<{ createFaqEntry: { entry: { id: string } } }>(
      add,
      { i: input },
      operator,
    );
    expect(added.errors).toBeUndefined();
    const found = await search({ search: 'переезд' });
    expect(found.data?.faq.edges[0].node.question).toBe(input.question);
    const listed = await search({ topic: 'TARIFFS', first: 1 });
    expect(listed.data?.faq.edges[0].node.question).toBe(input.question);
    const id = added.data?.createFaqEntry.entry.id;
    const changed = await system.query(
      `mutation { updateFaqEntry(input: { id: "${id}", question: "Как переехать в новый офис?" }) { entry { question } } }`,
      {},
      operator,
    );
    expect(changed.errors).toBeUndefined();
    expect((await search({ search: 'переехать' })).data?.faq.edges[0].node.question).toBe(
      'Как переехать в новый офис?',
    );
    const tooLong = await system.query(
      `mutation ($q: String) { updateFaqEntry(input: { id: "${id}", question: $q }) { entry { id } } }`,
      { q: 'в'.repeat(501) },
      operator,
    );
    expect(tooLong.errors?.[0].extensions).toMatchObject({
      fields: [{ field: 'question', message: 'must be at most 500 characters' }],
    });
    await system.query(`mutation { deleteFaqEntry(input: { id: "${id}" }) { deletedId } }`, {}, operator);
    expect((await search({ search: 'переехать' })).data?.faq.edges).toEqual([]);
  });
});
