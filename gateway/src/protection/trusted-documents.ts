import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { errorBody } from '@kabinet/kit/core';
import type { RequestHandler } from 'express';
import { z } from 'zod';

/**
 * Apollo's persisted query manifest: each operation the clients may run, by id (the SHA-256 of its text).
 */
const manifestSchema = z.object({
  format: z.literal('apollo-persisted-query-manifest'),
  version: z.literal(1),
  operations: z.array(
    z.object({ id: z.string().min(1), name: z.string().optional(), body: z.string().min(1) }),
  ),
});

/**
 * What GraphQL Codegen's client preset writes (`persisted-documents.json`): each operation's text by
 * "sha256:<hex>" of it. Read as the same manifest.
 */
const codegenDocuments = z
  .record(z.string().regex(/^(sha256:)?[0-9a-f]{64}$/), z.string().min(1))
  .transform((documents) => ({
    format: 'apollo-persisted-query-manifest' as const,
    version: 1 as const,
    operations: Object.entries(documents).map(([id, body]) => ({ id: id.replace(/^sha256:/, ''), body })),
  }));

/** One operation as a client sends it (a POST body's item, or a WebSocket subscribe payload). */
export interface IncomingOperation {
  query?: unknown;
  documentId?: unknown;
  extensions?: { persistedQuery?: { sha256Hash?: unknown } } | unknown;
}

export type Refusal = { code: 'PERSISTED_QUERY_NOT_FOUND' | 'TRUSTED_DOCUMENT_REQUIRED'; message: string };

/**
 * Trusted documents: operations known by id from the manifest. A client names one with `documentId` or
 * `extensions.persistedQuery.sha256Hash`; its text is filled in from the manifest. In production (`only`) an
 * operation must be one of them — free text and unknown ids are refused, so only the clients' own operations
 * ever run; in development any document runs (ids still work, and Apollo's automatic persisted queries too).
 */
export class TrustedDocuments {
  private readonly byId: Map<string, string>;

  constructor(
    manifest: z.infer<typeof manifestSchema>,
    readonly only: boolean,
  ) {
    this.byId = new Map(manifest.operations.map((op) => [op.id, op.body]));
    for (const [id, body] of this.byId)
      if (sha256(body) !== id) throw new Error(`trusted document ${id} is not the SHA-256 of its body`);
  }

  static fromFile(path: string, only: boolean): TrustedDocuments {
    const content = JSON.parse(readFileSync(path, 'utf8'));
    const parsed = manifestSchema.or(codegenDocuments).safeParse(content);
    if (!parsed.success)
      throw new Error(
        `${path} is neither a persisted query manifest nor codegen's persisted documents: ${parsed.error.message}`,
      );
    return new TrustedDocuments(parsed.data, only);
  }

  /** No manifest: development accepts anything. */
  static none(): TrustedDocuments {
    return new TrustedDocuments(
      { format: 'apollo-persisted-query-manifest', version: 1, operations: [] },
      false,
    );
  }

  get size(): number {
    return this.byId.size;
  }

  /**
   * Fills in the text of an operation named by id (in place), or says why it may not run. An id the manifest
   * lacks is left to Apollo's automatic persisted queries in development.
   */
  admit(operation: IncomingOperation): Refusal | null {
    const id = idOf(operation);
    const known = id === null ? undefined : this.byId.get(id);
    if (known !== undefined) {
      operation.query = known;
      delete operation.documentId;
      return null;
    }
    if (!this.only) return null;
    if (id !== null) return { code: 'PERSISTED_QUERY_NOT_FOUND', message: 'Unknown trusted document id' };
    return {
      code: 'TRUSTED_DOCUMENT_REQUIRED',
      message: 'Only trusted documents run here: send documentId (or extensions.persistedQuery.sha256Hash)',
    };
  }

  /** POST /graphql: every operation of the body (one, or a batch) admitted before Apollo sees it. */
  middleware(): RequestHandler {
    return (req, res, next) => {
      if (req.method === 'GET') {
        const extensions =
          typeof req.query.extensions === 'string' ? safeJson(req.query.extensions) : undefined;
        const operation: IncomingOperation = {
          query: req.query.query,
          documentId: req.query.documentId,
          extensions,
        };
        const refusal = this.admit(operation);
        if (refusal) return void res.status(400).json(errorBody(refusal.code, refusal.message));
        if (typeof operation.query === 'string') req.query.query = operation.query;
        return next();
      }
      const operations: unknown[] = Array.isArray(req.body) ? req.body : [req.body];
      for (const operation of operations) {
        if (!operation || typeof operation !== 'object') continue;
        const refusal = this.admit(operation as IncomingOperation);
        if (refusal) return void res.status(400).json(errorBody(refusal.code, refusal.message));
      }
      next();
    };
  }
}

export const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

function idOf(operation: IncomingOperation): string | null {
  if (typeof operation.documentId === 'string') return operation.documentId.replace(/^sha256:/, '');
  const hash = (operation.extensions as { persistedQuery?: { sha256Hash?: unknown } } | undefined)
    ?.persistedQuery?.sha256Hash;
  return typeof hash === 'string' ? hash : null;
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}
