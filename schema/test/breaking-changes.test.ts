// `npm run schema:check` refuses a supergraph that breaks clients, naming each break and how to declare it
// intended; declared ones pass.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { composeServices } from '@apollo/composition';
import { parse } from 'graphql';
import { breakingChanges, explain, intendedChanges } from '../src/breaking-changes';

const root = join(__dirname, '..', '..');

const supergraphOf = (sdl: string) => {
  const composed = composeServices([
    { name: 'news', url: 'http://localhost:4005/graphql', typeDefs: parse(sdl) },
  ]);
  if (!composed.supergraphSdl) throw new Error(String(composed.errors));
  return composed.supergraphSdl;
};

const BEFORE = supergraphOf(`type Query { news(first: Int): [Item!]! tariffs: [String!]! }
  type Item { title: String! body: String }`);
// A deliberate break: a field removed, an argument made required; a field added breaks nothing.
const AFTER = supergraphOf(`type Query { news(first: Int!): [Item!]! }
  type Item { title: String! body: String publishedAt: String }`);

describe('breaking changes of the supergraph', () => {
  it('names each break, by coordinate, with what to do', async () => {
    const changes = await breakingChanges(BEFORE, AFTER);
    expect(changes.map((c) => c.path).sort()).toEqual(['Query.news.first', 'Query.tariffs']);
    const text = explain(changes);
    expect(text).toContain("Query.tariffs: Field 'tariffs' was removed from object type 'Query'");
    expect(text).toContain(
      "Query.news.first: Type for argument 'first' on field 'Query.news' changed from 'Int' to 'Int!'",
    );
    expect(text).toContain('schema/breaking-changes/');
  });

  it('lets through what a file under schema/breaking-changes/ declares intended', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'kabinet-breaking-'));
    try {
      writeFileSync(
        join(folder, 'drop-tariffs.md'),
        'Removes `Query.tariffs`: the catalog lists offerings instead. Clients move to `Query.news`.',
      );
      expect(intendedChanges(folder)).toEqual(['Query.tariffs', 'Query.news']);
      // `Query.news` covers its argument too.
      expect(await breakingChanges(BEFORE, AFTER, intendedChanges(folder))).toEqual([]);
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  });

  it('fails `compose --check` against a base whose API had more, and passes against itself', () => {
    const folder = mkdtempSync(join(tmpdir(), 'kabinet-breaking-'));
    try {
      const current = readFileSync(join(root, 'schema', 'supergraph.graphql'), 'utf8');
      const base = join(folder, 'base.graphql');
      // The base had a field the current graph lacks: to clients, a removal.
      writeFileSync(
        base,
        current.replace(/(\ntype Query\n(?: {2}@join__type\(graph: \w+\)\n)+\{)/, '$1\n  legacyBalance: Int'),
      );
      const run = (file: string) =>
        execFileSync(
          process.execPath,
          [join(root, 'schema', 'dist', 'compose.js'), '--check', '--base', file],
          {
            encoding: 'utf8',
            stdio: 'pipe',
          },
        );
      expect(() => run(base)).toThrow(/Query\.legacyBalance: Field 'legacyBalance' was removed/);
      writeFileSync(base, current);
      expect(run(base)).toMatch(/nothing breaks clients/);
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  });
});
