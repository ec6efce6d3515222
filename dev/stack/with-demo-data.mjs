// `npm start` runs each subgraph as `node with-demo-data.mjs subgraphs/<name>/dist/index.js` (SEED_DEMO=0:
// the entry alone). This writes the subgraph's share of the demo world (DEMO_ACCOUNTS, DEMO_EXTRA_COMPANIES,
// DEMO_EXTRA_ACCOUNTS) with its own seed, then runs the subgraph's own entry in this process: the service
// starts as in production, with its demo data in place before it listens. The services never seed themselves.
import { createRequire } from 'node:module';
import { basename, dirname, join, resolve } from 'node:path';

const require = createRequire(import.meta.url);
const entry = resolve(process.argv[2]);
const name = basename(dirname(dirname(entry)));
// Built output (npm start builds first); the subgraph loads the same modules next.
const { createLogger } = require('@kabinet/kit');
const { demoPlanFromEnv, seedDemo } = require('../dist/index.js');
const server = require(join(dirname(entry), 'server.js'));

const log = createLogger(name);
// Identity's definition asks for a token signer; writing demo data signs no tokens.
const noSigning = () => Promise.reject(new Error('the demo seed signs no tokens'));
try {
  const definition =
    name === 'identity'
      ? server.identitySubgraph({ signToken: noSigning })
      : (server.subgraph ?? server[`${name}Subgraph`]());
  if (!process.env.DATABASE_URL) throw new Error('DATABASE_URL is not set');
  await seedDemo(process.env.DATABASE_URL, [definition], demoPlanFromEnv(), log);
} catch (error) {
  log.fatal({ err: error }, `demo data not written: ${error instanceof Error ? error.message : error}`);
  process.exit(1);
}
require(entry);
