import { demoPlan } from '@kabinet/dev';
import { type RunningSubgraph, startSubgraph } from '@kabinet/kit/testing';
import { supportSubgraph } from '../src/server';

const plan = demoPlan([]);
type News = {
  news: { edges: { node: { title: string } }[]; pageInfo: { hasNextPage: boolean; endCursor: string } };
};
const NEWS =
  'query ($first: Int, $after: String) { news(first: $first, after: $after) { edges { node { title } } pageInfo { hasNextPage endCursor } } }';

describe('support subgraph', () => {
  let support: RunningSubgraph;
  beforeAll(async () => {
    support = await startSubgraph(supportSubgraph(), plan);
  });
  afterAll(() => support?.stop());

  it('pages the news newest first', async () => {
    const first = await support.call<News>(NEWS, { first: 3 });
    expect(first.data?.news.edges.map((e) => e.node.title)).toEqual(
      plan.news.slice(0, 3).map((n) => n.title),
    );
    expect(first.data?.news.pageInfo.hasNextPage).toBe(true);
    const rest = await support.call<News>(NEWS, { first: 100, after: first.data?.news.pageInfo.endCursor });
    expect(rest.data?.news.edges.map((e) => e.node.title)).toEqual(plan.news.slice(3).map((n) => n.title));
    expect(rest.data?.news.pageInfo.hasNextPage).toBe(false);
  });

  it('is live at /health and ready at /ready only while every migration is applied', async () => {
    const base = support.url.replace('/graphql', '');
    expect((await fetch(`${base}/health`)).status).toBe(200);
    expect((await fetch(`${base}/ready`)).status).toBe(200);
    await support.db.dataSource.undoLastMigration();
    expect((await fetch(`${base}/ready`)).status).toBe(503);
    await support.db.dataSource.runMigrations();
    expect((await fetch(`${base}/ready`)).status).toBe(200);
  });
});

describe('a subgraph answer that grows too large', () => {
  let support: RunningSubgraph;
  beforeAll(async () => {
    support = await startSubgraph(supportSubgraph(), plan, { maxResolvedFields: 12 });
  });
  afterAll(() => support?.stop());

  it('is answered with one RESPONSE_TOO_LARGE error, not a partial or a crash', async () => {
    const small = await support.call<News>(NEWS, { first: 2 });
    expect(small.data?.news.edges).toHaveLength(2);
    const large = await support.call<News>(NEWS, { first: 20 });
    expect(large.data).toBeNull();
    expect(large.errors).toHaveLength(1);
    expect(large.errors?.[0].extensions?.code).toBe('RESPONSE_TOO_LARGE');
  });
});
