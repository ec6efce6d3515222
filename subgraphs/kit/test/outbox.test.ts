import { type Database, openDatabase } from '../src/database';
import type { OutboxEvent } from '../src/events/event';
import { idempotentBatch } from '../src/events/idempotency';
import { publishMany } from '../src/events/publish';
import { createTestDatabase, testLog } from '../src/testing';

describe('outbox: publishing many events and idempotent batches', () => {
  let database: Awaited<ReturnType<typeof createTestDatabase>>;
  let db: Database;
  beforeAll(async () => {
    database = await createTestDatabase();
    db = await openDatabase({
      url: database.url,
      schema: 'outbox',
      entities: [],
      migrations: [],
      log: testLog,
    });
  });
  afterAll(async () => {
    await db?.close();
    await database?.drop();
  });

  it('numbers interleaved streams contiguously in the order given and notifies each event once, in order', async () => {
    const seen: OutboxEvent[] = [];
    const stops = await Promise.all(['s:a', 's:b'].map((s) => db.events.subscribe(s, (e) => seen.push(e))));
    const event = (stream: string, n: number) => ({ stream, type: 'T', companyId: null, payload: { n } });
    await publishMany(db.dataSource.manager, [event('s:a', 0)]);
    const published = await db.dataSource.transaction((tx) =>
      publishMany(tx, [event('s:b', 1), event('s:a', 2), event('s:a', 3), event('s:b', 4), event('s:a', 5)]),
    );
    expect(published.map((e) => [e.stream, e.seq, e.payload.n])).toEqual([
      ['s:b', 1, 1],
      ['s:a', 2, 2],
      ['s:a', 3, 3],
      ['s:b', 2, 4],
      ['s:a', 4, 5],
    ]);
    const deadline = Date.now() + 5000;
    while (seen.length < 6 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 20));
    const of = (stream: string) => seen.filter((e) => e.stream === stream).map((e) => e.seq);
    expect(of('s:a')).toEqual([1, 2, 3, 4]);
    expect(of('s:b')).toEqual([1, 2]);
    for (const stop of stops) stop();
  });

  it('runs each key once: replays return the first result, another input is a CONFLICT, nothing half-done', async () => {
    const runs: number[][] = [];
    const batch = (requests: { key: string; input: unknown }[]) =>
      db.dataSource.transaction((tx) =>
        idempotentBatch(tx, 'test', requests, async (fresh) => {
          runs.push(fresh);
          return fresh.map((i) => ({ doubled: (requests[i].input as number) * 2, at: i }));
        }),
      );
    const first = await batch([
      { key: 'k-1', input: 1 },
      { key: 'k-2', input: 2 },
      { key: 'k-1', input: 1 }, // the same request twice in one batch: done once
    ]);
    expect(first).toEqual([
      { doubled: 2, at: 0 },
      { doubled: 4, at: 1 },
      { doubled: 2, at: 0 },
    ]);
    const again = await batch([
      { key: 'k-3', input: 3 },
      { key: 'k-2', input: 2 },
    ]);
    expect(again).toEqual([
      { doubled: 6, at: 0 },
      { doubled: 4, at: 1 },
    ]);
    expect(runs).toEqual([[0, 1], [0]]);
    await expect(
      batch([
        { key: 'k-4', input: 4 },
        { key: 'k-2', input: 5 },
      ]),
    ).rejects.toMatchObject({
      extensions: { code: 'CONFLICT' },
    });
    await expect(
      batch([
        { key: 'k-5', input: 5 },
        { key: 'k-5', input: 6 },
      ]),
    ).rejects.toMatchObject({
      extensions: { code: 'CONFLICT' },
    });
    // The refused batches claimed nothing: k-4 is still free.
    expect(await batch([{ key: 'k-4', input: 7 }])).toEqual([{ doubled: 14, at: 0 }]);
  });
});
