import { type DocumentNode, parse } from 'graphql';
import { readSdl } from './core/sdl';

/**
 * Reads a subgraph's SDL (see `readSdl`). It lives in src/ next to the resolvers; compiled code in dist/ reads
 * the same files, so there is one copy of every schema.
 */
export function loadSchema(packageRoot: string): { sdl: string; typeDefs: DocumentNode } {
  const sdl = readSdl(packageRoot);
  return { sdl, typeDefs: parse(sdl) };
}
