import type { GraphQLDataSource } from '@apollo/gateway';
import { EntityBatcher } from '../src/subscriptions/entity-batcher';

// A fake subgraph (pure logic): answers each representation with its id, and fails the one named "bad".
const fakeSubgraph = () => {
  const calls: unknown[][] = [];
  const source = {
    process: async ({ request }: { request: { variables: { representations: { id: string }[] } } }) => {
      const reps = request.variables.representations;
      calls.push(reps);
      return {
        data: { _entities: reps.map((r) => (r.id === 'bad' ? null : { number: `n-${r.id}` })) },
        errors: reps.flatMap((r, i) =>
          r.id === 'bad' ? [{ message: 'not found', path: ['_entities', i, 'number'] }] : [],
        ),
      };
    },
  };
  return { calls, source: source as unknown as GraphQLDataSource };
};

const fetchOf = (ids: string[], viewer = 'v1') =>
  ({
    request: {
      query: 'query ($representations: [_Any!]!) { _entities(representations: $representations) { number } }',
      variables: { representations: ids.map((id) => ({ __typename: 'PersonalAccount', id })) },
    },
    context: { origin: { viewer: { userId: viewer } } },
  }) as never;

describe('EntityBatcher', () => {
  it('merges one tick of entity fetches into one call and gives each its own slice and errors', async () => {
    const { calls, source } = fakeSubgraph();
    const batcher = new EntityBatcher(source);
    const [a, b, c] = await Promise.all([
      batcher.process(fetchOf(['1', '2'])),
      batcher.process(fetchOf(['bad', '3'])),
      batcher.process(fetchOf(['4'])),
    ]);
    expect(calls).toHaveLength(1);
    expect(a).toEqual({ data: { _entities: [{ number: 'n-1' }, { number: 'n-2' }] }, errors: undefined });
    expect(b).toEqual({
      data: { _entities: [null, { number: 'n-3' }] },
      errors: [{ message: 'not found', path: ['_entities', 0, 'number'] }],
    });
    expect(c.data).toEqual({ _entities: [{ number: 'n-4' }] });
  });

  it('never merges fetches of different callers', async () => {
    const { calls, source } = fakeSubgraph();
    const batcher = new EntityBatcher(source);
    await Promise.all([batcher.process(fetchOf(['1'], 'v1')), batcher.process(fetchOf(['2'], 'v2'))]);
    expect(calls).toHaveLength(2);
  });
});
