/**
 * Composes the five subgraphs' SDL into schema/supergraph.graphql, and its API (what clients see, which client
 * codegen reads) into schema/api.graphql.
 *   node schema/dist/compose.js          write the supergraph
 *   node schema/dist/compose.js --check  fail if composition fails, the committed file is stale, the API breaks
 *                                        its rules (lint.ts), a client operation of the repository no longer
 *                                        validates, or it breaks clients against main's supergraph (or
 *                                        `--base <file>`)
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { composeServices } from '@apollo/composition';
import { readSdl, SUBGRAPHS } from '@kabinet/kit/core';
import { parse, printSchema } from 'graphql';
import {
  apiSchemaOf,
  baseSupergraph,
  breakingChanges,
  coordinatesIn,
  explain,
  intendedChanges,
} from './breaking-changes';
import { clientManifests, invalidOperations } from './client-operations';
import { lintSchema } from './lint';
import { writeOrCheck } from './output-file';

const root = join(__dirname, '..', '..');
const supergraphPath = join(root, 'schema', 'supergraph.graphql');
const apiPath = join(root, 'schema', 'api.graphql');

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

async function main() {
  const check = process.argv.includes('--check');
  const { supergraphSdl, errors } = composeSupergraph();
  if (!supergraphSdl) {
    console.error(`Composition failed:\n${errors.map((e) => `  - ${e}`).join('\n')}`);
    process.exit(1);
  }
  const api = apiSchemaOf(supergraphSdl);
  const stale = [
    writeOrCheck(supergraphPath, supergraphSdl, check) ? null : 'schema/supergraph.graphql',
    writeOrCheck(apiPath, printSchema(api), check) ? null : 'schema/api.graphql',
  ].filter(Boolean);
  if (stale.length) {
    for (const file of stale)
      console.error(`${file} is stale: run \`npm run compose\` and commit the result.`);
    process.exit(1);
  }
  if (!check) return;
  const problems = lintSchema(
    api,
    coordinatesIn(readFileSync(join(root, 'schema', 'bounded-lists.md'), 'utf8')),
  );
  if (problems.length) {
    console.error(`The API breaks the schema's rules:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    process.exit(1);
  }
  const broken = Object.entries(clientManifests(root)).flatMap(([path, manifest]) =>
    invalidOperations(api, manifest).map((problem) => `${path}: ${problem}`),
  );
  if (broken.length) {
    console.error(`Client operations the API no longer serves:\n${broken.map((p) => `  - ${p}`).join('\n')}`);
    process.exit(1);
  }
  const breaking = await breakingChanges(
    baseSupergraph(root, process.argv),
    supergraphSdl,
    intendedChanges(join(root, 'schema', 'breaking-changes')),
  );
  if (breaking.length) {
    console.error(explain(breaking));
    process.exit(1);
  }
  console.log(
    'Supergraph composes, schema/supergraph.graphql is up to date, the API keeps its rules, every client operation validates, and nothing breaks clients.',
  );
}

if (require.main === module) void main();
