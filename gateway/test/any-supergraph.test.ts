// The gateway serves any valid Federation 2 supergraph, not only Kabinet's: five small subgraphs of our own
// using entity interfaces and @interfaceObject, @requires of a field with arguments, @provides, @override,
// unions and interfaces across subgraphs, and an entity with two keys — answered right through the gateway.
import { postGraphQL } from '@kabinet/kit/testing';
import type { Gateway } from '../src/server';
import { type SubgraphDefinitions, serveSubgraphs, testGateway } from './fake-subgraph';

const LINK = `extend schema @link(url: "https://specs.apollo.dev/federation/v2.9",
  import: ["@key", "@shareable", "@external", "@requires", "@provides", "@override", "@interfaceObject"])`;

const PRODUCT = { id: 'p1', sku: 'S-1', name: 'Кресло', price: 1000, weight: 7, inStock: false };

const SUBGRAPHS: SubgraphDefinitions = {
  products: {
    typeDefs: `${LINK}
      type Query { products: [Product!]! media: [Media!]! }
      interface Node @key(fields: "id") { id: ID! }
      type Product implements Node @key(fields: "id") @key(fields: "sku") {
        id: ID! sku: String! name: String! price: Int! weight: Int! inStock: Boolean!
      }
      union Media = Book | Film
      type Book implements Node @key(fields: "id") { id: ID! title: String! }
      type Film implements Node @key(fields: "id") { id: ID! title: String! minutes: Int! }`,
    resolvers: {
      Query: {
        products: () => [PRODUCT],
        media: () => [
          { __typename: 'Book', id: 'b1', title: 'Книга' },
          { __typename: 'Film', id: 'f1', title: 'Фильм', minutes: 90 },
        ],
      },
      Node: {
        __resolveReference: (ref: { id: string }) =>
          ref.id === 'p1' ? { __typename: 'Product', ...PRODUCT } : null,
      },
      Product: {
        __resolveReference: (ref: { id?: string; sku?: string }) =>
          ref.id === PRODUCT.id || ref.sku === PRODUCT.sku ? PRODUCT : null,
      },
    },
  },
  shipping: {
    typeDefs: `${LINK}
      type Product @key(fields: "id") {
        id: ID! weight: Int! @external price: Int! @external
        shippingCost(zone: String!): Int! @requires(fields: "weight price")
      }`,
    resolvers: {
      Product: {
        shippingCost: (product: { weight: number; price: number }, { zone }: { zone: string }) =>
          product.weight * 10 + product.price / 100 + (zone === 'EU' ? 500 : 0),
      },
    },
  },
  reviews: {
    typeDefs: `${LINK}
      type Product @key(fields: "sku") { sku: String! reviews: [Review!]! }
      type Review { body: String! author: User! @provides(fields: "name") }
      type User @key(fields: "id") { id: ID! name: String! @external }`,
    resolvers: {
      Product: {
        reviews: (product: { sku: string }) =>
          product.sku === PRODUCT.sku ? [{ body: 'Удобное', author: { id: 'u1', name: 'Анна' } }] : [],
      },
    },
  },
  tags: {
    typeDefs: `${LINK}
      type Node @key(fields: "id") @interfaceObject { id: ID! tags: [String!]! }`,
    resolvers: {
      Node: { __resolveReference: (ref: { id: string }) => ({ id: ref.id, tags: [`tag-${ref.id}`] }) },
    },
  },
  users: {
    typeDefs: `${LINK}
      type User @key(fields: "id") { id: ID! name: String! @shareable email: String! }
      type Product @key(fields: "id") { id: ID! inStock: Boolean! @override(from: "products") }`,
    resolvers: {
      User: {
        __resolveReference: (ref: { id: string }) => ({
          id: ref.id,
          name: 'Анна Иванова',
          email: 'anna@example.ru',
        }),
      },
      Product: { __resolveReference: (ref: { id: string }) => ({ id: ref.id, inStock: true }) },
    },
  },
};

describe('a gateway over a supergraph of any shape', () => {
  let subgraphs: Awaited<ReturnType<typeof serveSubgraphs>>;
  let gateway: Gateway;
  let url: string;

  beforeAll(async () => {
    subgraphs = await serveSubgraphs(SUBGRAPHS);
    ({ gateway, url } = await testGateway(subgraphs.supergraphSdl));
  });
  afterAll(async () => {
    await gateway?.close();
    subgraphs?.close();
  });

  it('plans and executes across all five: two keys, @requires with arguments, @provides, @override, interface objects, unions', async () => {
    const result = await postGraphQL(
      url,
      `{ products { id sku name shippingCost(zone: "EU") inStock tags
           reviews { body author { name email } } }
         media { __typename ... on Book { title tags } ... on Film { title minutes } } }`,
    );
    expect(result).toEqual({
      status: 200,
      data: {
        products: [
          {
            id: 'p1',
            sku: 'S-1',
            name: 'Кресло',
            shippingCost: 7 * 10 + 10 + 500, // from shipping, with weight and price it required from products
            inStock: true, // overridden: users', not products'
            tags: ['tag-p1'], // from tags, through its interface object of Node
            // The name reviews provides; the e-mail only users has.
            reviews: [{ body: 'Удобное', author: { name: 'Анна', email: 'anna@example.ru' } }],
          },
        ],
        media: [
          { __typename: 'Book', title: 'Книга', tags: ['tag-b1'] },
          { __typename: 'Film', title: 'Фильм', minutes: 90 },
        ],
      },
    });
  });
});
