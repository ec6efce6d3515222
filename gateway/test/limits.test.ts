import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildSchema, parse } from 'graphql';
import {
  DEFAULT_LIMITS,
  DEFAULT_PAGE_SIZE,
  limitViolation,
  operationShape,
  UNPAGED_LIST_SIZE,
} from '../src/limits';

const schema = buildSchema(`
  type Query { me: User, node(id: ID!): Node, things(first: Int): ThingConnection!, log(first: Int = 50): ThingConnection! }
  interface Node { id: ID! }
  type User implements Node { id: ID! login: String! company: Company! }
  type Company implements Node { id: ID! name: String! users: [User!]! }
  type ThingConnection { edges: [ThingEdge!]! totalCount: Int! }
  type ThingEdge { node: Thing! }
  type Thing { name: String! tags: [String!]! }
`);
const shapeOf = (query: string, variables = {}) =>
  operationShape(schema, parse(query), null, variables, DEFAULT_LIMITS);
const violationOf = (query: string) => {
  const shape = shapeOf(query);
  return shape && limitViolation(shape, DEFAULT_LIMITS);
};

describe('the shape and cost of an operation', () => {
  it('weighs the fields the weights file names, each once however it is reached', () => {
    const weights = { 'Query.log': 100, 'Thing.tags': 7 };
    const weighed = (query: string) =>
      operationShape(schema, parse(query), null, {}, DEFAULT_LIMITS, weights);
    expect(weighed('{ log { totalCount } }')?.cost).toBe(100 + 50);
    // things: 1 + 2 × (edges 1 + node (1 + tags 7))
    expect(weighed('{ things(first: 2) { edges { node { tags } } } }')?.cost).toBe(1 + 2 * (1 + (1 + 7)));
  });

  it('counts a connection by its first argument and its edges once', () => {
    // things: 1 + 5 × (edges: 1 + node: (1 + name 1 + tags 1)) = 1 + 5 × 4
    expect(shapeOf('{ things(first: 5) { edges { node { name tags } } } }')?.cost).toBe(21);
    expect(shapeOf('query ($n: Int) { things(first: $n) { edges { node { name } } } }', { n: 2 })?.cost).toBe(
      1 + 2 * 3,
    );
  });

  it('counts a connection without first by its schema default, else the default page', () => {
    expect(shapeOf('{ log { totalCount } }')?.cost).toBe(1 + 50);
    expect(shapeOf('{ things { totalCount } }')?.cost).toBe(1 + DEFAULT_PAGE_SIZE);
  });

  it('counts a list without paging at the default size, nested lists multiplying', () => {
    const shape = shapeOf('{ me { company { users { company { users { login } } } } } }');
    const n = UNPAGED_LIST_SIZE;
    expect(shape?.cost).toBe(1 + (1 + (1 + n * (1 + (1 + n * 1)))));
    expect(shape?.depth).toBe(6);
  });

  it('counts a list the list sizes name as that many, not the default', () => {
    const shape = operationShape(
      schema,
      parse('{ me { company { users { login } } } }'),
      null,
      {},
      DEFAULT_LIMITS,
      {},
      {
        'Company.users': 3,
      },
    );
    expect(shape?.cost).toBe(1 + (1 + (1 + 3 * 1)));
  });

  it('follows fragments on interfaces and objects into their types', () => {
    const shape = shapeOf(
      '{ node(id: "1") { ... on Company { users { ...U } } } } fragment U on User { company { name } }',
    );
    expect(shape?.depth).toBe(4);
    expect(shape?.cost).toBe(1 + (1 + UNPAGED_LIST_SIZE * (1 + 1)));
  });

  it('names the first limit broken, depth before the rest', () => {
    const deep = `{ me { ${'company { users { '.repeat(10)}login${' } }'.repeat(10)} } }`;
    expect(violationOf(deep)?.extensions.code).toBe('QUERY_TOO_DEEP');
    const wide = `{ ${Array.from({ length: 21 }, (_, i) => `m${i}: me { login }`).join(' ')} }`;
    expect(violationOf(wide)?.extensions).toMatchObject({
      code: 'QUERY_TOO_COMPLEX',
      limit: { name: 'root fields', max: 20, actual: 21 },
    });
    expect(violationOf('{ me { login } }')).toBeNull();
  });

  it('lets every operation of the cabinet web app through the default limits (its pages never meet a refusal)', () => {
    const root = join(__dirname, '..', '..');
    const api = buildSchema(readFileSync(join(root, 'schema', 'api.graphql'), 'utf8'));
    const manifest: Record<string, string> = JSON.parse(
      readFileSync(join(root, 'web', 'src', 'generated', 'persisted-documents.json'), 'utf8'),
    );
    const refused = Object.values(manifest).flatMap((body) => {
      const document = parse(body);
      const shape = operationShape(api, document, null, {}, DEFAULT_LIMITS);
      const violation = shape && limitViolation(shape, DEFAULT_LIMITS);
      return violation ? [`${body.slice(0, 60)}…: ${JSON.stringify(violation)}`] : [];
    });
    expect(refused).toEqual([]);
  });
});
