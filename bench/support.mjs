// Support through the gateway:
// - a user's notification list (a page of 20 with the unread count) when the company has 10,000 notifications,
//   a third of them read: p50/p95 of 100;
// - FAQ search over 1,000 entries (the 34 real ones and variations of them), a common word in several forms,
//   ranked with highlighted fragments: p50/p95 of 100.
import { join } from 'node:path';
import { benchSystem, graphql, login, require, root, timed } from './lib.mjs';

const { Client } = require(join(root, 'node_modules/pg'));

const LIST = `{ me { unreadNotificationCount notifications(first: 20) { edges { node { id kind title body read
  orderId account { id } createdAt } } pageInfo { hasNextPage } } } }`;
const FAQ = `query ($q: String) { faq(search: $q, first: 20) { edges { node { question highlight } } } }`;

export async function run() {
  const bench = await benchSystem();
  const system = await bench.launch();
  const db = new Client(`postgres://postgres:postgres@127.0.0.1:${bench.ports.PG_PORT}/kabinet`);
  await db.connect();
  try {
    const admin = { authorization: `Bearer ${await login(bench.gatewayUrl, 'demo-admin')}` };
    const { me } = await graphql(
      bench.gatewayUrl,
      '{ me { id company { id personalAccounts(first: 1) { edges { node { id } } } } } }',
      {},
      admin,
    );
    const accountId = me.company.personalAccounts.edges[0].node.id;
    await db.query(
      `INSERT INTO support.notifications (id, company_id, account_id, kind, title, body, source, created_at)
       SELECT gen_random_uuid(), $1, CASE WHEN i % 3 = 0 THEN NULL ELSE $2::uuid END, 'PAYMENT_SUCCEEDED',
         'Платёж зачислен', 'На лицевой счёт зачислено ' || i || ',00 ₽.', 'bench:' || i, now() - i * interval '1 minute'
       FROM generate_series(1, 10000) AS i`,
      [me.company.id, accountId],
    );
    await db.query(
      `INSERT INTO support.notification_reads (notification_id, user_id, read_at)
       SELECT id, $1, now() FROM support.notifications WHERE company_id = $2 AND seq % 3 = 0`,
      [me.id, me.company.id],
    );
    const first = await graphql(bench.gatewayUrl, LIST, {}, admin);
    await timed(
      `notifications: page of 20 of 10,000 with the unread count (${first.me.unreadNotificationCount} unread)`,
      () => graphql(bench.gatewayUrl, LIST, {}, admin),
    );

    await db.query(
      `INSERT INTO support.faq_entries (topic, question, answer, position)
       SELECT f.topic, f.question || ' (вариант ' || i || ')', f.answer || ' Уточнение ' || i || '.', 100 + i
       FROM support.faq_entries f, generate_series(1, 30) AS i
       LIMIT 1000 - (SELECT count(*) FROM support.faq_entries)`,
    );
    const { rows } = await db.query('SELECT count(*)::int AS n FROM support.faq_entries');
    const found = await graphql(bench.gatewayUrl, FAQ, { q: 'оплата счёта' });
    await timed(
      `FAQ: search "оплата счёта" over ${rows[0].n} entries (${found.faq.edges.length} on the page)`,
      () => graphql(bench.gatewayUrl, FAQ, { q: 'оплата счёта' }),
    );
  } finally {
    await db.end();
    await system.stop();
    bench.remove();
  }
}
