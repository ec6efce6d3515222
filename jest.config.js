// One Jest run over every package: unit tests of each package and the end-to-end tests in test/.
// Sources are compiled by ts-jest (transpile only; `npm run typecheck` checks types) and workspace packages
// resolve to their sources, so tests never run stale builds.
const { join } = require('node:path');

const root = __dirname;
const packages = {
  contracts: 'subgraphs/contracts',
  kit: 'subgraphs/kit',
  identity: 'subgraphs/identity',
  accounts: 'subgraphs/accounts',
  billing: 'subgraphs/billing',
  catalog: 'subgraphs/catalog',
  support: 'subgraphs/support',
  gateway: 'gateway',
  schema: 'schema',
  e2e: 'test',
};

const project = (name, dir) => ({
  displayName: name,
  rootDir: join(root, dir),
  testMatch: ['<rootDir>/test/**/*.test.ts', '<rootDir>/e2e/**/*.test.ts', '<rootDir>/browser/**/*.test.ts'],
  testEnvironment: 'node',
  transform: { '^.+\\.ts$': ['ts-jest', { tsconfig: join(root, 'tsconfig.json'), transpilation: true }] },
  moduleNameMapper: {
    '^@kabinet/contracts$': join(root, 'subgraphs/contracts/src/index.ts'),
    '^@kabinet/kit$': join(root, 'subgraphs/kit/src/index.ts'),
    '^@kabinet/kit/(core|testing)$': join(root, 'subgraphs/kit/src/$1/index.ts'),
    '^@kabinet/(identity|accounts|billing|catalog|support)$': join(root, 'subgraphs/$1/src/server.ts'),
    '^@kabinet/gateway$': join(root, 'gateway/src/server.ts'),
    '^@kabinet/dev$': join(root, 'dev/src/index.ts'),
  },
});

module.exports = {
  // End-to-end tests boot whole systems; a slow CI machine must not turn that into failures.
  testTimeout: 60_000,
  // Test files run one after another in a worker that is replaced once it holds more than this after a file:
  // each file loads whole subgraphs afresh, and one long-lived process grew past Node's 4 GB heap.
  workerIdleMemoryLimit: '1536MB',
  globalSetup: join(root, 'test/global-setup.mjs'),
  globalTeardown: join(root, 'test/global-teardown.mjs'),
  projects: Object.entries(packages).map(([name, dir]) => project(name, dir)),
};
