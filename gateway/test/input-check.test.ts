// The gateway's check of an operation's input (pure logic over a schema, a document and variables).
import { buildSchema, parse } from 'graphql';
import { inputProblems } from '../src/input-check';
import { enforceScalars } from '../src/scalars';

const schema = buildSchema(`
  scalar Decimal
  input Address { city: String! }
  input Entry { amount: Decimal!, tags: [String!], address: Address }
  type Query { entry(input: Entry!, ids: [ID!], note: String): Int }
`);
enforceScalars(schema);

const problemsOf = (query: string, variables: Record<string, unknown> = {}) =>
  inputProblems(schema, parse(query), undefined, variables).map((p) => p.field);
const ENTRY = 'query ($i: Entry!, $ids: [ID!], $note: String) { entry(input: $i, ids: $ids, note: $note) }';

describe('the gateway names every bad input field before planning', () => {
  it.each([
    ['a malformed Decimal, by the kit rule', { i: { amount: '-1.005' } }, ['amount']],
    ['a missing required field', { i: {} }, ['amount']],
    ['an unknown field', { i: { amount: '1.00', extra: 1 } }, ['extra']],
    ['a nested field of the wrong type', { i: { amount: '1.00', address: { city: 5 } } }, ['address.city']],
    ['an item of a list inside the input', { i: { amount: '1.00', tags: ['a', 7] } }, ['tags.1']],
    ['an item of a list variable', { i: { amount: '1.00' }, ids: [true] }, ['ids.0']],
    ['a missing required variable', {}, ['i']],
    ['a scalar variable of the wrong type', { i: { amount: '1.00' }, note: 5 }, ['note']],
    ['NUL inside the input', { i: { amount: '1.00', address: { city: 'a\u0000' } } }, ['address.city']],
    ['NUL in a list', { i: { amount: '1.00', tags: ['ok', '\u0000'] } }, ['tags.1']],
    ['NUL in a scalar variable', { i: { amount: '1.00' }, note: '\u0000' }, ['note']],
    ['nothing wrong', { i: { amount: '1250.00', tags: ['a'] }, ids: ['1'] }, []],
  ])('%s', (_case, variables, fields) => {
    expect(problemsOf(ENTRY, variables)).toEqual(fields);
  });

  it('finds NUL in literals, named like variables, and ignores undeclared variables', () => {
    expect(problemsOf('{ entry(input: { amount: "1.00", address: { city: "a\\u0000" } }) }')).toEqual([
      'address.city',
    ]);
    expect(problemsOf('{ entry(input: { amount: "1.00" }, note: "\\u0000") }')).toEqual(['note']);
    let deep: unknown = 'x';
    for (let i = 0; i < 100_000; i++) deep = [deep];
    expect(problemsOf(ENTRY, { i: { amount: '1.00' }, undeclared: deep })).toEqual([]);
  });
});
