// DEMO_TRAFFIC=1: a staff robot that keeps the demo alive through the public graph — payments on random
// accounts, calls on their telephony (usage the next billing run charges), storage filling up, and the technician's part of every
// order (feasibility, accepting, starting work once the customer booked a visit, finishing it) — so live
// dashboards have something to show and an order a customer places moves by itself.
import { randomUUID } from 'node:crypto';

/** The technician's step for an order in each status; SCHEDULING waits for the customer to book a visit. */
const STEP = {
  ACKNOWLEDGED: () => 'START_FEASIBILITY_CHECK',
  FEASIBILITY_CHECK: () => 'ACCEPT',
  SCHEDULING: (order) => (order.visit ? 'START_WORK' : null),
  IN_PROGRESS: () => 'FINISH_WORK',
};
const stepOf = (order) => STEP[order.status]?.(order) ?? null;

async function call(url, token, query, variables = {}) {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  const body = await response.json();
  if (body.errors) throw new Error(body.errors.map((e) => e.message).join('; '));
  return body.data;
}

export async function startDemoTraffic({ gatewayUrl, login, password, intervalMs, onError }) {
  const token = (
    await call(gatewayUrl, null, 'mutation ($i: LoginInput!) { login(input: $i) { accessToken } }', {
      i: { login, password },
    })
  ).login.accessToken;
  // One company at a time: every company's accounts with their orders in one operation would exceed the
  // gateway's cost limit, as it should.
  const { companies } = await call(gatewayUrl, token, '{ companies(first: 100) { edges { node { id } } } }');
  const accounts = [];
  for (const { node } of companies.edges) {
    // Services and orders in two reads: both in one would exceed the gateway's cost limit for 100 accounts.
    const read = async (fields) =>
      (
        await call(
          gatewayUrl,
          token,
          `query ($id: ID!) { company(id: $id) { personalAccounts(first: 100) { edges { node { id ${fields} } } } } }`,
          { id: node.id },
        )
      ).company.personalAccounts.edges.map((e) => e.node);
    accounts.push(...(await read('services { id quotaGb tariff { kind } }')));
  }
  // Orders are read afresh, a company at a time, so orders placed since the start move too.
  const ordersOf = async (companyId) =>
    (
      await call(
        gatewayUrl,
        token,
        'query ($id: ID!) { company(id: $id) { personalAccounts(first: 100) { edges { node { orders { id status visit { id } } } } } } }',
        { id: companyId },
      )
    ).company.personalAccounts.edges.flatMap((e) => e.node.orders);
  let tick = 0;
  const timer = setInterval(async () => {
    tick++;
    try {
      const account = accounts[Math.floor(Math.random() * accounts.length)];
      const telephony = account.services.find((service) => service.tariff.kind === 'TELEPHONY');
      if (telephony && Math.random() < 0.4) {
        const seconds = 30 + Math.floor(Math.random() * 900);
        await call(
          gatewayUrl,
          token,
          'mutation ($input: RecordUsageInput!) { recordUsage(input: $input) { recorded } }',
          {
            input: {
              records: [
                {
                  serviceId: telephony.id,
                  externalId: randomUUID(),
                  kind: 'CALL',
                  occurredAt: new Date().toISOString(),
                  numberCalled: `+7495${String(1_000_000 + Math.floor(Math.random() * 8_999_999))}`,
                  durationSeconds: seconds,
                  cost: (1.5 * Math.ceil(seconds / 60)).toFixed(2),
                },
              ],
            },
          },
        );
      } else {
        await call(
          gatewayUrl,
          token,
          'mutation ($input: PostLedgerEntryInput!) { postLedgerEntry(input: $input) { sequence } }',
          {
            input: {
              accountId: account.id,
              kind: 'PAYMENT',
              amount: (100 + Math.floor(Math.random() * 500000) / 100).toFixed(2),
              description: 'Оплата по платёжному поручению',
              idempotencyKey: randomUUID(),
            },
          },
        );
      }
      const storage = account.services.find((service) => service.quotaGb);
      if (storage && tick % 7 === 0) {
        await call(
          gatewayUrl,
          token,
          'mutation ($input: RecordStorageUsageInput!) { recordStorageUsage(input: $input) { service { id } } }',
          { input: { serviceId: storage.id, usedGb: Math.floor(Math.random() * storage.quotaGb) } },
        );
      }
      if (tick % 5 === 0) {
        const company = companies.edges[(tick / 5) % companies.edges.length].node;
        const order = (await ordersOf(company.id)).find(stepOf);
        if (order) {
          await call(
            gatewayUrl,
            token,
            'mutation ($input: AdvanceOrderInput!) { advanceOrder(input: $input) { sequence } }',
            { input: { orderId: order.id, step: stepOf(order), reason: 'Техник демонстрационного потока' } },
          );
        }
      }
    } catch (error) {
      onError(error);
    }
  }, intervalMs);
  return { stop: () => clearInterval(timer) };
}
