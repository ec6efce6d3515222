import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { type DocumentNode, parse } from 'graphql';

/**
 * Reads a subgraph's SDL. It lives in src/ next to the resolvers; compiled code in dist/ reads the same file,
 * so there is one copy of every schema.
 */
export function loadSchema(packageRoot: string): { sdl: string; typeDefs: DocumentNode } {
  const sdl = readFileSync(join(packageRoot, 'src', 'schema.graphql'), 'utf8');
  return { sdl, typeDefs: parse(sdl) };
}
