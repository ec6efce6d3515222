/**
 * Composes the five subgraphs' SDL into schema/supergraph.graphql.
 *   node schema/dist/compose.js          write the supergraph
 *   node schema/dist/compose.js --check  fail if composition fails or the committed file is stale
 */
import { join } from 'node:path';
import { composeServices } from '@apollo/composition';
import { readSdl, SUBGRAPHS } from '@kabinet/kit/core';
import { parse } from 'graphql';
import { writeOrCheck } from './output-file';

const root = join(__dirname, '..', '..');
const supergraphPath = join(root, 'schema', 'supergraph.graphql');

export function composeSupergraph(): { supergraphSdl?: string; errors: string[] } {
  const result = composeServices(
    SUBGRAPHS.map(({ name, port }) => ({
      name,
      // Default local address; deployments point the gateway elsewhere with SUBGRAPH_URLS.
      url: `http://localhost:${port}/graphql`,
      typeDefs: parse(readSdl(join(root, 'subgraphs', name))),
    })),
  );
  if (result.errors) return { errors: result.errors.map((e) => e.message) };
  return { supergraphSdl: result.supergraphSdl, errors: [] };
}

function main() {
  const check = process.argv.includes('--check');
  const { supergraphSdl, errors } = composeSupergraph();
  if (!supergraphSdl) {
    console.error(`Composition failed:\n${errors.map((e) => `  - ${e}`).join('\n')}`);
    process.exit(1);
  }
  if (!writeOrCheck(supergraphPath, supergraphSdl, check)) {
    console.error('schema/supergraph.graphql is stale: run `npm run compose` and commit the result.');
    process.exit(1);
  }
  if (check) console.log('Supergraph composes and schema/supergraph.graphql is up to date.');
}

if (require.main === module) main();
