// Targeted news (issue 14, part 6): staff publish works, outages and promotions for regions and service kinds;
// a company sees what concerns its services (kept from catalog's events), scheduled and expiring by the clock.
import { DEMO_PASSWORD, demoPlan } from '@kabinet/dev';
import { stableId } from '@kabinet/kit';
import { eventually, testClock } from '@kabinet/kit/testing';
import { type RunningSystem, startSystem } from '../src/system';

// Alpha's sixth account has cloud storage; beta has one account, and will get internet in Kazan.
const plan = demoPlan([
  { key: 'alpha', name: 'ООО «Альфа»', accounts: 6 },
  { key: 'beta', name: 'ООО «Бета»', accounts: 1 },
]);
const [alpha, beta] = plan.companies;

const PUBLISH = `mutation ($i: PublishNewsItemInput!) { publishNewsItem(input: $i) { item { id kind regions serviceKinds } } }`;
const COMPANY_NEWS = `query ($id: ID!) { company(id: $id) { news(first: 50) { edges { node { title kind } } } } }`;

describe('targeted news', () => {
  // Monday 4 March 2030, noon in Moscow: technician windows start the next working day.
  const clock = testClock(new Date('2030-03-04T09:00:00Z'));
  let system: RunningSystem;
  let alphaAdmin: string;
  let betaAdmin: string;
  let operator: string;

  const titles = async (companyId: string, token: string) => {
    const result = await system.query<{ company: { news: { edges: { node: { title: string } }[] } } }>(
      COMPANY_NEWS,
      { id: companyId },
      token,
    );
    expect(result.errors).toBeUndefined();
    return result.data?.company.news.edges.map((e) => e.node.title) ?? [];
  };
  const publish = async (input: Record<string, unknown>) => {
    const result = await system.query<{ publishNewsItem: { item: { id: string } } }>(
      PUBLISH,
      { i: input },
      operator,
    );
    expect(result.errors).toBeUndefined();
    return result.data?.publishNewsItem.item.id as string;
  };

  beforeAll(async () => {
    system = await startSystem(plan, { clock });
    alphaAdmin = await system.login(alpha.admin.login, DEMO_PASSWORD);
    betaAdmin = await system.login(beta.admin.login, DEMO_PASSWORD);
    operator = await system.login('operator', DEMO_PASSWORD);
    // Beta orders internet in Kazan; the technician connects it; beta confirms.
    const step = async (orderId: string, s: string) => {
      const moved = await system.query(
        'mutation ($i: AdvanceOrderInput!) { advanceOrder(input: $i) { sequence } }',
        { i: { orderId, step: s } },
        operator,
      );
      expect(moved.errors).toBeUndefined();
    };
    const placed = await system.query<{ placeOrder: { order: { id: string } } }>(
      'mutation ($i: PlaceOrderInput!) { placeOrder(input: $i) { order { id } } }',
      {
        i: {
          accountId: beta.accounts[0].id,
          items: [
            {
              tariffId: stableId('tariff:NET-100'),
              options: [],
              address: { region: 'KAZAN', line: 'ул. Баумана, 1' },
            },
          ],
          contact: { name: 'Петров Пётр', phone: '+79160000002' },
        },
      },
      betaAdmin,
    );
    const orderId = placed.data?.placeOrder.order.id as string;
    await step(orderId, 'START_FEASIBILITY_CHECK');
    await step(orderId, 'ACCEPT');
    const slots = await system.query<{ availableVisitSlots: { id: string; startsAt: string }[] }>(
      'query ($id: ID!) { availableVisitSlots(orderId: $id) { id startsAt } }',
      { id: orderId },
      betaAdmin,
    );
    const [slot] = slots.data?.availableVisitSlots ?? [];
    await system.query(
      'mutation ($i: ChooseVisitSlotInput!) { chooseVisitSlot(input: $i) { order { id } } }',
      { i: { orderId, slotId: slot.id } },
      betaAdmin,
    );
    clock.set(new Date(Date.parse(slot.startsAt) + 30 * 60_000));
    await step(orderId, 'START_WORK');
    await step(orderId, 'FINISH_WORK');
    const confirmed = await system.query(
      'mutation ($i: OrderIdInput!) { confirmOrderExecution(input: $i) { sequence } }',
      { i: { orderId } },
      betaAdmin,
    );
    expect(confirmed.errors).toBeUndefined();
    // Support learns of the new service from catalog's events.
    await eventually(async () => {
      const [row] = await system.subgraphs.support.db.dataSource.query(
        "SELECT 1 FROM company_services WHERE company_id = $1 AND region = 'KAZAN'",
        [beta.id],
      );
      return row !== undefined;
    }, 'support to know of the Kazan service');
  }, 60_000);
  afterAll(() => system?.stop());

  it('shows repair works in one region to the companies with services there, and not to others', async () => {
    await publish({
      kind: 'REPAIR_WORKS',
      title: 'Работы на сети в Казани',
      body: 'Ночью возможны перерывы связи.',
      regions: ['KAZAN'],
      serviceKinds: ['INTERNET'],
      worksFrom: new Date(clock.now().getTime() + 86_400_000).toISOString(),
      worksTo: new Date(clock.now().getTime() + 90_000_000).toISOString(),
    });
    await publish({
      kind: 'PROMOTION',
      title: 'Скидка на облачное хранилище',
      body: 'Второй терабайт бесплатно.',
      serviceKinds: ['CLOUD_STORAGE'],
    });
    expect(await titles(beta.id, betaAdmin)).toContain('Работы на сети в Казани');
    expect(await titles(alpha.id, alphaAdmin)).not.toContain('Работы на сети в Казани');
    expect(await titles(alpha.id, alphaAdmin)).toContain('Скидка на облачное хранилище');
    expect(await titles(beta.id, betaAdmin)).not.toContain('Скидка на облачное хранилище');
    // Targeted items are not public news; general ones reach everyone.
    const publicNews = await system.query<{ news: { edges: { node: { title: string } }[] } }>(
      '{ news(first: 50) { edges { node { title } } } }',
    );
    const everyone = publicNews.data?.news.edges.map((e) => e.node.title) ?? [];
    expect(everyone).not.toContain('Работы на сети в Казани');
    expect(everyone).toContain(plan.news[0].title);
    expect(await titles(beta.id, betaAdmin)).toContain(plan.news[0].title);
    // The companies the works concern are notified of them; the others are not.
    const notes = async (token: string) => {
      const me = await system.query<{
        me: { notifications: { edges: { node: { kind: string; title: string } }[] } };
      }>('{ me { notifications(first: 50) { edges { node { kind title } } } } }', {}, token);
      return (
        me.data?.me.notifications.edges.map((e) => e.node).filter((n) => n.kind === 'REPAIR_WORKS') ?? []
      );
    };
    expect(await notes(betaAdmin)).toEqual([{ kind: 'REPAIR_WORKS', title: 'Работы на сети в Казани' }]);
    expect(await notes(alphaAdmin)).toEqual([]);
    // Another company's news list is not reachable.
    const foreign = await system.query(COMPANY_NEWS, { id: beta.id }, alphaAdmin);
    expect(foreign.errors?.[0].extensions?.code).toBe('NOT_FOUND');
  });

  it('publishes at its time and takes items down when they expire or are withdrawn', async () => {
    const now = clock.now().getTime();
    const id = await publish({
      kind: 'OUTAGE',
      title: 'Авария на магистрали',
      body: 'Восстанавливаем связь.',
      publishAt: new Date(now + 3_600_000).toISOString(),
      expiresAt: new Date(now + 7_200_000).toISOString(),
    });
    expect(await titles(alpha.id, alphaAdmin)).not.toContain('Авария на магистрали');
    clock.advance(3_600_000 + 1_000);
    expect(await titles(alpha.id, alphaAdmin)).toContain('Авария на магистрали');
    // An outage for everyone reaches every company with services once its time has come.
    for (const token of [alphaAdmin, betaAdmin]) {
      await eventually(async () => {
        const me = await system.query<{ me: { notifications: { edges: { node: { title: string } }[] } } }>(
          '{ me { notifications(first: 50) { edges { node { title } } } } }',
          {},
          token,
        );
        return me.data?.me.notifications.edges.some((e) => e.node.title === 'Авария на магистрали');
      }, 'the outage notification');
    }
    clock.advance(3_600_000);
    expect(await titles(alpha.id, alphaAdmin)).not.toContain('Авария на магистрали');

    const promo = await publish({ kind: 'PROMOTION', title: 'Акция недели', body: 'Подробности на сайте.' });
    expect(await titles(alpha.id, alphaAdmin)).toContain('Акция недели');
    const withdrawn = await system.query(
      'mutation ($i: NewsItemIdInput!) { withdrawNewsItem(input: $i) { item { id } } }',
      { i: { id: promo } },
      operator,
    );
    expect(withdrawn.errors).toBeUndefined();
    expect(await titles(alpha.id, alphaAdmin)).not.toContain('Акция недели');
    expect(id).toBeDefined();
  });

  it('refuses bad items on the field, and customers', async () => {
    const bad = await system.query(
      PUBLISH,
      {
        i: {
          kind: 'REPAIR_WORKS',
          title: 'Работы',
          body: 'Текст',
          worksFrom: '2030-03-10T10:00:00Z',
          worksTo: '2030-03-10T09:00:00Z',
        },
      },
      operator,
    );
    expect(bad.errors?.[0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: [{ field: 'worksTo' }],
    });
    const customer = await system.query(
      PUBLISH,
      { i: { kind: 'PROMOTION', title: 'Моя акция', body: 'Текст' } },
      alphaAdmin,
    );
    expect(customer.errors?.[0].extensions?.code).toBe('FORBIDDEN');
  });
});
