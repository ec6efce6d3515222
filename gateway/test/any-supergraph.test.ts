// The gateway serves any valid Federation 2 supergraph, not only Kabinet's: five small subgraphs of our own
// using entity interfaces and @interfaceObject, @requires of a field with arguments, @provides, @override,
// unions and interfaces across subgraphs, and an entity with two keys — answered right through the gateway.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { composeServices } from '@apollo/composition';
import { buildSubgraphSchema } from '@apollo/subgraph';
import { postGraphQL } from '@kabinet/kit/testing';
import { type GraphQLSchema, graphql, parse } from 'graphql';
import type { Gateway } from '../src/server';
import { testGateway } from './fake-subgraph';

const LINK = `extend schema @link(url: "https://specs.apollo.dev/federation/v2.9",
  import: ["@key", "@shareable", "@external", "@requires", "@provides", "@override", "@interfaceObject"])`;

const PRODUCT = { id: 'p1', sku: 'S-1', name: 'Кресло', price: 1000, weight: 7, inStock: false };

const SUBGRAPHS: Record<string, { typeDefs: string; resolvers: Record<string, unknown> }> = {
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

/** A subgraph on a real HTTP server: graphql-js over its federated schema. */
function serve(schema: GraphQLSchema): Promise<Server> {
  const server = createServer((req, res) => {
    let body = '';
    req.on('data', (chunk) => {
      body += chunk;
    });
    req.on('end', async () => {
      const { query, variables, operationName } = JSON.parse(body);
      const result = await graphql({ schema, source: query, variableValues: variables, operationName });
      res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(result));
    });
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

describe('a gateway over a supergraph of any shape', () => {
  const servers: Server[] = [];
  let gateway: Gateway;
  let url: string;

  beforeAll(async () => {
    const services = [];
    for (const [name, { typeDefs, resolvers }] of Object.entries(SUBGRAPHS)) {
      const schema = buildSubgraphSchema([{ typeDefs: parse(typeDefs), resolvers: resolvers as never }]);
      const server = await serve(schema);
      servers.push(server);
      const { port } = server.address() as AddressInfo;
      services.push({ name, url: `http://127.0.0.1:${port}/graphql`, typeDefs: parse(typeDefs) });
    }
    const composed = composeServices(services);
    if (!composed.supergraphSdl) throw new Error(composed.errors?.map((e) => e.message).join('\n'));
    ({ gateway, url } = await testGateway(composed.supergraphSdl));
  });
  afterAll(async () => {
    await gateway?.close();
    for (const server of servers) server.close();
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
