// DEMO_TRAFFIC=1: a staff robot that keeps the demo alive through the public graph — payments on random
// accounts, calls on their telephony (usage the next billing run charges), orders moving along their workflow —
// so live dashboards have something to show.
import { randomUUID } from 'node:crypto';

const NEXT = {
  ACKNOWLEDGED: 'IN_PROGRESS',
  IN_PROGRESS: 'COMPLETED',
  PENDING: 'IN_PROGRESS',
  HELD: 'IN_PROGRESS',
};

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
    const services = await read('services { id tariff { kind } }');
    const orders = new Map((await read('orders { id status }')).map((a) => [a.id, a.orders]));
    accounts.push(...services.map((a) => ({ ...a, orders: orders.get(a.id) ?? [] })));
  }
  const orders = accounts.flatMap((a) => a.orders).filter((o) => NEXT[o.status]);
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
      const order = tick % 5 === 0 ? orders.find((o) => NEXT[o.status]) : undefined;
      if (order) {
        order.status = NEXT[order.status];
        await call(
          gatewayUrl,
          token,
          'mutation ($input: UpdateOrderStatusInput!) { updateOrderStatus(input: $input) { sequence } }',
          { input: { orderId: order.id, status: order.status, reason: 'Демонстрационный поток' } },
        );
      }
    } catch (error) {
      onError(error);
    }
  }, intervalMs);
  return { stop: () => clearInterval(timer) };
}
