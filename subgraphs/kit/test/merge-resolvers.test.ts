import { GraphQLScalarType } from 'graphql';
import { mergeResolvers } from '../src/merge-resolvers';

describe('merging a subgraph resolver maps', () => {
  const me = () => 'me';
  const news = () => [];
  it('merges the fields of each type from every map', () => {
    const Decimal = new GraphQLScalarType({ name: 'Decimal' });
    const merged = mergeResolvers(
      { Query: { me } },
      { Query: { news }, Decimal },
      { User: { id: () => 'x' } },
    );
    expect(Object.keys(merged.Query as object)).toEqual(['me', 'news']);
    expect(merged.Decimal).toBe(Decimal);
    expect(Object.keys(merged)).toEqual(['Query', 'Decimal', 'User']);
  });

  it('refuses, naming it, a field two maps define (spreading kept only the last)', () => {
    expect(() => mergeResolvers({ Query: { me } }, { Query: { me: () => 'other' } })).toThrow(
      'Resolver conflict: Query.me is defined twice',
    );
  });
});
