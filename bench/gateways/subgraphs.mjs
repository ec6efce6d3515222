// Four small subgraphs with the shapes of Kabinet's graph (accounts, billing, catalog, support) and fixed data,
// for comparing gateways: nested lists of entities, an interface, @requires. Each remembers its answer per
// request body, so after warm-up a subgraph costs a lookup and the gateways are what is measured.
// Run as a process: `node subgraphs.mjs <first port>` listens on four ports from it and prints "ready".
import { createServer } from 'node:http';
import { require } from '../lib.mjs';

const { buildSubgraphSchema } = require('@apollo/subgraph');
const { execute, parse } = require('graphql');

export const ACCOUNTS = 40;
const SERVICES_PER_ACCOUNT = 6;
const TARIFFS = 8;

const serviceIds = (account) => Array.from({ length: SERVICES_PER_ACCOUNT }, (_, i) => `${account}-s${i}`);
const accountIndex = (id) => Number(id.slice(1));
const serviceOf = (id) => {
  const i = Number(id.split('-s')[1]);
  const account = accountIndex(id.split('-s')[0]);
  const phone = i % 2 === 0;
  return {
    __typename: phone ? 'PhoneNumber' : 'Internet',
    id,
    name: phone ? `Номер 8-800 №${i}` : `Интернет ${i}`,
    number: phone ? `8800${String(account * 100 + i).padStart(6, '0')}` : undefined,
    speedMbps: phone ? undefined : 100 * (i + 1),
    tariff: { id: `t${(account + i) % TARIFFS}` },
  };
};

export const SUBGRAPHS = {
  accounts: {
    typeDefs: `
      extend schema @link(url: "https://specs.apollo.dev/federation/v2.3", import: ["@key"])
      type Query { company: Company }
      type Company { id: ID! name: String! accounts(first: Int = 10): [Account!]! }
      type Account @key(fields: "id") { id: ID! number: String! name: String! status: String! }`,
    resolvers: {
      Query: { company: () => ({ id: 'c1', name: 'ООО «Северный ветер»' }) },
      Company: {
        accounts: (_, { first }) =>
          Array.from({ length: Math.min(first, ACCOUNTS) }, (_, i) => ({
            id: `a${i}`,
            number: `7${String(1_000_000 + i)}`,
            name: `Филиал ${i}`,
            status: i % 7 === 0 ? 'FROZEN' : 'ACTIVE',
          })),
      },
    },
  },
  billing: {
    typeDefs: `
      extend schema @link(url: "https://specs.apollo.dev/federation/v2.3", import: ["@key"])
      type Account @key(fields: "id") { id: ID! balance: Money! charges(first: Int = 3): [Charge!]! }
      type Money { amount: Int! currency: String! }
      type Charge { id: ID! amount: Int! description: String! }`,
    resolvers: {
      Account: {
        __resolveReference: ({ id }) => ({ id }),
        balance: ({ id }) => ({ amount: accountIndex(id) * 12_345 - 50_000, currency: 'RUB' }),
        charges: ({ id }, { first }) =>
          Array.from({ length: first }, (_, i) => ({
            id: `${id}-c${i}`,
            amount: 10_000 + i * 990,
            description: `Абонентская плата, ноябрь, позиция ${i}`,
          })),
      },
    },
  },
  catalog: {
    typeDefs: `
      extend schema @link(url: "https://specs.apollo.dev/federation/v2.3", import: ["@key"])
      type Account @key(fields: "id") { id: ID! services: [Service!]! }
      interface Service { id: ID! name: String! tariff: Tariff! }
      type PhoneNumber implements Service @key(fields: "id") { id: ID! name: String! tariff: Tariff! number: String! }
      type Internet implements Service @key(fields: "id") { id: ID! name: String! tariff: Tariff! speedMbps: Int! }
      type Tariff @key(fields: "id") { id: ID! name: String! monthlyFee: Int! }`,
    resolvers: {
      Account: {
        __resolveReference: ({ id }) => ({ id }),
        services: ({ id }) => serviceIds(id).map(serviceOf),
      },
      PhoneNumber: { __resolveReference: ({ id }) => serviceOf(id) },
      Internet: { __resolveReference: ({ id }) => serviceOf(id) },
      Tariff: {
        __resolveReference: ({ id }) => ({ id }),
        name: ({ id }) => `Бизнес ${id.slice(1)}`,
        monthlyFee: ({ id }) => 50_000 + Number(id.slice(1)) * 10_000,
      },
    },
  },
  support: {
    typeDefs: `
      extend schema @link(url: "https://specs.apollo.dev/federation/v2.3", import: ["@key", "@external", "@requires"])
      type Account @key(fields: "id") { id: ID! tickets: [Ticket!]! }
      type Ticket { id: ID! subject: String! status: String! }
      type PhoneNumber @key(fields: "id") { id: ID! openTickets: Int! }
      type Tariff @key(fields: "id") { id: ID! monthlyFee: Int! @external yearlyCost: Int! @requires(fields: "monthlyFee") }`,
    resolvers: {
      Account: {
        __resolveReference: ({ id }) => ({ id }),
        tickets: ({ id }) =>
          Array.from({ length: accountIndex(id) % 3 }, (_, i) => ({
            id: `${id}-k${i}`,
            subject: `Не проходят звонки на номер, обращение ${i}`,
            status: i ? 'OPEN' : 'WAITING_FOR_CUSTOMER',
          })),
      },
      PhoneNumber: {
        __resolveReference: ({ id }) => ({ id }),
        openTickets: ({ id }) => id.length % 3,
      },
      Tariff: { __resolveReference: (ref) => ref, yearlyCost: ({ monthlyFee }) => monthlyFee * 12 },
    },
  },
};

/** The heavy query: four subgraphs, ~40 KB of answer. */
export const HEAVY_QUERY = `query Heavy {
  company { name accounts(first: ${ACCOUNTS}) {
    id number name status
    balance { amount currency }
    charges { id amount description }
    tickets { id subject status }
    services {
      __typename id name
      ... on PhoneNumber { number openTickets }
      ... on Internet { speedMbps }
      tariff { id name monthlyFee yearlyCost }
    }
  } }
}`;

function serve(name, port) {
  const schema = buildSubgraphSchema({
    typeDefs: parse(SUBGRAPHS[name].typeDefs),
    resolvers: SUBGRAPHS[name].resolvers,
  });
  const answers = new Map();
  const server = createServer((req, res) => {
    if (req.url === '/ready') return void res.writeHead(200).end('{}');
    const chunks = [];
    req.on('data', (c) => chunks.push(c));
    req.on('end', async () => {
      const body = Buffer.concat(chunks).toString();
      let answer = answers.get(body);
      if (!answer) {
        const { query, variables, operationName } = JSON.parse(body);
        answer = JSON.stringify(
          await execute({ schema, document: parse(query), variableValues: variables, operationName }),
        );
        if (answers.size < 10_000) answers.set(body, answer);
      }
      res.writeHead(200, { 'content-type': 'application/json' }).end(answer);
    });
  });
  server.keepAliveTimeout = 60_000;
  return new Promise((resolve) => server.listen(port, '127.0.0.1', resolve));
}

if (process.argv[1] === new URL(import.meta.url).pathname) {
  const first = Number(process.argv[2]);
  await Promise.all(Object.keys(SUBGRAPHS).map((name, i) => serve(name, first + i)));
  console.log('ready');
}
