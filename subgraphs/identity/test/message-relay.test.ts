import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { demoPlan } from '@kabinet/dev';
import { eventually, type RunningSubgraph } from '@kabinet/kit/testing';
import { startIdentity } from './support';

const plan = demoPlan([{ key: 'a', name: 'ООО «А»', accounts: 1 }]);
const [a] = plan.companies;

describe('identity: SMS and e-mail through a provider webhook', () => {
  let identity: RunningSubgraph;
  let provider: Server;
  const received: { id: string; channel: string; to: string; text: string }[] = [];
  let failuresLeft = 1;

  beforeAll(async () => {
    // A provider that fails the first request, as real ones sometimes do.
    provider = createServer((req, res) => {
      let body = '';
      req.on('data', (chunk) => {
        body += chunk;
      });
      req.on('end', () => {
        if (failuresLeft-- > 0) return void res.writeHead(503).end();
        received.push(JSON.parse(body));
        res.writeHead(202).end();
      });
    });
    await new Promise<void>((resolve) => provider.listen(0, '127.0.0.1', resolve));
    const { port } = provider.address() as AddressInfo;
    identity = (await startIdentity(plan, { messageWebhookUrl: `http://127.0.0.1:${port}/messages` }))
      .identity;
  });
  afterAll(async () => {
    await identity?.stop();
    provider?.close();
  });

  it('delivers a queued SMS to the provider, retrying after a failure, once', async () => {
    await identity.db.dataSource.query("UPDATE users SET phone = '+79050001122' WHERE id = $1", [a.admin.id]);
    await identity.call('mutation { requestPasswordReset(login: "a-admin") { id } }');
    await eventually(() => received.length > 0, 'the provider receives the SMS', 20_000);
    expect(received).toEqual([
      {
        id: expect.any(String),
        channel: 'SMS',
        to: '+79050001122',
        text: expect.stringMatching(/код для смены пароля \d{6}/),
      },
    ]);
    // The provider has the message before the relay records the delivery: wait for the record.
    let row: Record<string, unknown> = {};
    await eventually(async () => {
      [row] = await identity.db.dataSource.query(
        'SELECT attempts, delivered_at, last_error FROM outgoing_messages',
      );
      return Boolean(row.delivered_at);
    }, 'the relay records the delivery');
    expect(row).toMatchObject({ attempts: 2, last_error: 'HTTP 503', delivered_at: expect.any(Date) });
    // A second message, queued after the first was delivered, is the marker: the relay sends what is due
    // oldest first, so the first sent again would reach the provider before it.
    await identity.call('mutation { requestPasswordReset(login: "a-admin") { id } }');
    await eventually(() => received.length > 1, 'the provider receives the second SMS', 20_000);
    expect(received).toHaveLength(2);
    expect(received[1].id).not.toBe(received[0].id);
  });
});
