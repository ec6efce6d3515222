// The API reference is generated from the SDL descriptions, a page per subgraph, saying which subgraph answers
// the fields another one adds to a type.
import { composeServices } from '@apollo/composition';
import { parse } from 'graphql';
import { referencePages } from '../src/reference';

const LINK = 'extend schema @link(url: "https://specs.apollo.dev/federation/v2.9", import: ["@key"])';

describe('the API reference', () => {
  it('documents each type on its subgraph’s page, with descriptions, arguments and who answers what', () => {
    const composed = composeServices([
      {
        name: 'accounts',
        url: 'http://localhost:4002/graphql',
        typeDefs: parse(`${LINK}
          type Query { "An account by id" account(id: ID!): Account }
          "A personal account" type Account @key(fields: "id") { "Its id" id: ID! "Its number" number: String! }`),
      },
      {
        name: 'billing',
        url: 'http://localhost:4003/graphql',
        typeDefs: parse(`${LINK}
          "A personal account" type Account @key(fields: "id") { id: ID! "Balance in kopecks" balance: Int! }
          "What moves money" enum Kind { "A payment" PAYMENT "A charge" CHARGE }
          type Query { "Kinds" kinds: [Kind!]! }`),
      },
    ]);
    const pages = referencePages(composed.supergraphSdl as string);
    expect(Object.keys(pages).sort()).toEqual(['README.md', 'accounts.md', 'billing.md']);
    expect(pages['accounts.md']).toContain('## Account\n\n*type* — A personal account');
    expect(pages['accounts.md']).toContain('| `balance` | `Int!` | Balance in kopecks *(from billing)* |');
    expect(pages['accounts.md']).toContain('| `account(id: ID!)` | `Account` | An account by id |');
    expect(pages['billing.md']).toContain('## Kind\n\n*enum* — What moves money');
    expect(pages['billing.md']).toContain('- `PAYMENT` — A payment');
    expect(pages['README.md']).toContain('- [billing](billing.md)');
  });
});
