import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Supergraph } from '@apollo/federation-internals';
import { CriticalityLevel, diff } from '@graphql-inspector/core';

/** What clients see of a supergraph: its API schema (no join directives, nothing inaccessible). */
export const apiSchemaOf = (supergraphSdl: string) =>
  Supergraph.build(supergraphSdl).apiSchema().toGraphQLJSSchema();

/** A change of the client-facing schema that can break an operation that worked before. */
export interface BreakingChange {
  /** The schema coordinate, e.g. `Query.news` or `Query.news.first`. */
  path: string;
  message: string;
}

/**
 * Breaking changes of the API (what clients see) from one supergraph to the next, except those declared
 * intended: a Markdown file under schema/breaking-changes/ naming the change's coordinate in backticks (and
 * saying why, and what clients must do).
 */
export async function breakingChanges(
  baseSupergraph: string,
  nextSupergraph: string,
  intended: readonly string[] = [],
): Promise<BreakingChange[]> {
  const changes = await diff(apiSchemaOf(baseSupergraph), apiSchemaOf(nextSupergraph));
  return changes
    .filter((c) => c.criticality.level === CriticalityLevel.Breaking)
    .map((c) => ({ path: c.path ?? '', message: c.message }))
    .filter(
      (c) => !intended.some((coordinate) => c.path === coordinate || c.path.startsWith(`${coordinate}.`)),
    );
}

/** The schema coordinates a Markdown text names in backticks (`Query.news`, `Query.news.first`). */
export const coordinatesIn = (text: string): string[] =>
  [...text.matchAll(/`([A-Za-z_][\w.]*)`/g)].map((m) => m[1]);

/** The coordinates named by the files of a breaking-changes folder. */
export function intendedChanges(folder: string): string[] {
  if (!existsSync(folder)) return [];
  return readdirSync(folder)
    .filter((f) => f.endsWith('.md') && f !== 'README.md')
    .flatMap((f) => coordinatesIn(readFileSync(join(folder, f), 'utf8')));
}

/**
 * The supergraph to compare with: a file given with `--base <file>`, else the one on the main branch, else
 * (no git history, as in a bare copy) the committed file itself.
 */
export function baseSupergraph(root: string, argv: readonly string[]): string {
  const given = argv.indexOf('--base');
  if (given >= 0 && argv[given + 1]) return readFileSync(argv[given + 1], 'utf8');
  try {
    return execFileSync('git', ['show', 'main:schema/supergraph.graphql'], {
      cwd: root,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
    });
  } catch {
    return readFileSync(join(root, 'schema', 'supergraph.graphql'), 'utf8');
  }
}

/** What a developer reads when the check fails. */
export function explain(changes: readonly BreakingChange[]): string {
  return [
    `The supergraph has ${changes.length} breaking change(s) for clients:`,
    ...changes.map((c) => `  - ${c.path}: ${c.message}`),
    'Deprecate first (@deprecated) and remove later; or, if the break is intended, add a file under',
    'schema/breaking-changes/ naming each coordinate in backticks (e.g. `Query.news`), why, and what clients do.',
  ].join('\n');
}
