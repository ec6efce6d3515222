import { existsSync, readFileSync } from 'node:fs';
import { type GraphQLSchema, parse, validate } from 'graphql';

/** The persisted-operation manifests of the repository's clients (codegen writes them): every operation they run. */
export const CLIENT_MANIFESTS = ['web/src/generated/persisted-documents.json'];

/**
 * Every client operation checked against the API: an operation a schema change would break is named with
 * what is wrong, before the change lands (a client built yesterday keeps sending yesterday's operations).
 */
export function invalidOperations(api: GraphQLSchema, manifest: Record<string, string>): string[] {
  const problems: string[] = [];
  for (const body of Object.values(manifest)) {
    const document = parse(body);
    const name =
      document.definitions.find((d) => d.kind === 'OperationDefinition')?.name?.value ?? '(anonymous)';
    for (const error of validate(api, document)) problems.push(`${name}: ${error.message}`);
  }
  return problems;
}

/** The manifests found under `root`, by path. */
export function clientManifests(root: string): Record<string, Record<string, string>> {
  const found: Record<string, Record<string, string>> = {};
  for (const path of CLIENT_MANIFESTS) {
    const file = `${root}/${path}`;
    if (existsSync(file)) found[path] = JSON.parse(readFileSync(file, 'utf8'));
  }
  return found;
}
