import type { CodegenConfig } from '@graphql-codegen/cli';
import { addTypenameSelectionDocumentTransform } from '@graphql-codegen/client-preset';

/**
 * Typed documents for every operation the app writes with `graphql(…)`, against the API clients see
 * (schema/api.graphql), and the persisted-operation manifest the gateway's trusted-documents mode loads
 * (src/generated/persisted-documents.json: each operation's text by its SHA-256).
 */
const config: CodegenConfig = {
  schema: '../schema/api.graphql',
  documents: ['src/**/*.{ts,tsx}', '!src/generated/**'],
  ignoreNoDocuments: false,
  generates: {
    'src/generated/': {
      preset: 'client',
      // Apollo Client's cache needs __typename on every object, and the gateway runs the manifest's text as
      // written: the text must carry them.
      documentTransforms: [addTypenameSelectionDocumentTransform],
      presetConfig: {
        fragmentMasking: false,
        persistedDocuments: { hashAlgorithm: 'sha256' },
      },
      config: {
        enumsAsTypes: true,
        useTypeImports: true,
        skipTypename: false,
        scalars: { Decimal: 'string', DateTime: 'string', Date: 'string' },
      },
    },
  },
};

export default config;
