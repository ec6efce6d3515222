import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * A subgraph's SDL as one text: `src/schema.graphql` (the schema's link, shared types, root types), then
 * every `src/resolvers/*.graphql` in name order, each the schema of the resolvers beside it (a feature adds
 * its root fields with `extend type Query`). The service, compose and codegen all read it through here.
 */
export function readSdl(packageRoot: string): string {
  const resolversDir = join(packageRoot, 'src', 'resolvers');
  const features = readdirSync(resolversDir)
    .filter((file) => file.endsWith('.graphql'))
    .sort()
    .map((file) => join(resolversDir, file));
  return [join(packageRoot, 'src', 'schema.graphql'), ...features]
    .map((file) => readFileSync(file, 'utf8'))
    .join('\n');
}
