import type { DocumentNode } from 'graphql';

/**
 * The id of an operation in the persisted-operation manifest codegen writes (the SHA-256 of its text). The app
 * sends only ids: the gateway knows the text, and in production runs nothing else.
 */
export function documentId(document: DocumentNode): string {
  const hash = (document as { __meta__?: { hash?: string } }).__meta__?.hash;
  if (!hash)
    throw new Error('This document is not in the persisted-operation manifest: run `npm run codegen`');
  // Codegen writes "sha256:<hex>"; the hex alone is what Apollo's persisted-query protocol carries.
  return hash.replace(/^sha256:/, '');
}
