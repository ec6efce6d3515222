import { type Database, openDatabase } from '../src/database';
import { type Consumer, startConsumer } from '../src/events/consumer';
import { publish } from '../src/events/publish';
import { createTestDatabase, testLog } from '../src/testing';

describe('durable consumers of another subgraph outbox', () => {
  let database: Awaited<ReturnType<typeof createTestDatabase>>;
  let producer: Database;
  let consumer: Database;
  const open = (schema: string) =>
    openDatabase({ url: database.url, schema, entities: [], migrations: [], log: testLog });
  const emit = (n: number, tx = producer.dataSource.manager, stream = 'company:x') =>
    publish(tx, { stream, type: 'Thing', companyId: null, payload: { n } });
  const handled = async (): Promise<number[]> =>
    (await consumer.dataSource.query('SELECT n FROM handled ORDER BY position')).map(
      (r: { n: number }) => r.n,
    );
  const started: Consumer[] = [];
  const consume = () =>
    track(
      startConsumer({
        db: consumer.dataSource,
        source: 'producer',
        name: 'consumer.things',
        log: testLog,
        pollMs: 50,
        // A primary key on the event id: handling one event twice would fail the test.
        handle: async (event, tx) => {
          await tx.query('INSERT INTO handled (event_id, n) VALUES ($1, $2)', [event.id, event.payload.n]);
        },
      }),
    );
  const track = (c: Consumer) => {
    started.push(c);
    return c;
  };

  beforeAll(async () => {
    database = await createTestDatabase();
    producer = await open('producer');
    consumer = await open('consumer');
    await consumer.dataSource.query(
      'CREATE TABLE handled (position bigserial, event_id bigint PRIMARY KEY, n int NOT NULL)',
    );
  });
  afterAll(async () => {
    await Promise.all(started.map((c) => c.stop()));
    await producer?.close();
    await consumer?.close();
    await database?.drop();
  });

  it('processes events written while it was down, once each, in order', async () => {
    for (let i = 1; i <= 3; i++) await emit(i);
    const first = consume();
    await first.drain();
    expect(await handled()).toEqual([1, 2, 3]);
    await first.stop();

    for (let i = 4; i <= 6; i++) await emit(i);
    expect(await handled()).toEqual([1, 2, 3]);
    const second = consume();
    await second.drain();
    expect(await handled()).toEqual([1, 2, 3, 4, 5, 6]);
    await second.stop();
  });

  it('never skips an event whose transaction commits after a later one', async () => {
    const runner = producer.dataSource.createQueryRunner();
    await runner.startTransaction();
    await emit(7, runner.manager); // written first, committed last
    await emit(8, undefined, 'company:y'); // another stream, so it need not wait for 7's stream lock
    const worker = consume();
    await worker.drain();
    expect(await handled()).not.toContain(8); // 8 waits: 7's transaction is still open
    await runner.commitTransaction();
    await runner.release();
    await worker.drain();
    expect((await handled()).slice(-2)).toEqual([7, 8]);
    await worker.stop();
  });

  it('shares the work between replicas without handling anything twice', async () => {
    const replicas = [consume(), consume(), consume()];
    for (let i = 9; i <= 40; i++) await emit(i);
    const deadline = Date.now() + 10_000;
    while ((await handled()).length < 40 && Date.now() < deadline)
      await new Promise((r) => setTimeout(r, 50));
    await Promise.all(replicas.map((r) => r.stop()));
    expect(await handled()).toEqual(Array.from({ length: 40 }, (_, i) => i + 1));
  });
});
