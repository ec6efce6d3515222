// Every operation the repository's clients run is validated against the API: one a schema change breaks is
// named with what is wrong; the web app's own manifest validates against today's API.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildSchema } from 'graphql';
import { clientManifests, invalidOperations } from '../src/client-operations';

const root = join(__dirname, '..', '..');

describe('client operations against the API', () => {
  const api = buildSchema(`type Query { news(first: Int!): [Item!]! }
    type Item { title: String! }`);

  it('names each operation the API no longer serves, and what is wrong with it', () => {
    const problems = invalidOperations(api, {
      a: 'query News { news(first: 5) { title } }',
      b: 'query OldNews { news { title publishedAt } }',
    });
    expect(problems.sort()).toEqual([
      'OldNews: Cannot query field "publishedAt" on type "Item".',
      'OldNews: Field "news" argument "first" of type "Int!" is required, but it was not provided.',
    ]);
  });

  it("finds the web app's manifest, and every operation in it validates against schema/api.graphql", () => {
    const manifests = clientManifests(root);
    const web = manifests['web/src/generated/persisted-documents.json'];
    expect(Object.keys(web).length).toBeGreaterThan(40);
    const today = buildSchema(readFileSync(join(root, 'schema', 'api.graphql'), 'utf8'));
    expect(invalidOperations(today, web)).toEqual([]);
  });
});
