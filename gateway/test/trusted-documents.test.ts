// Trusted documents: production runs only the operations of the clients' manifest, by id; development runs
// anything, ids and Apollo's automatic persisted queries included.
import { writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Service } from '@kabinet/kit/core';
import { sha256, TrustedDocuments } from '../src/protection/trusted-documents';
import { FakeSubgraph, supergraphOf, testGateway } from './fake-subgraph';

const KNOWN = 'query Steady { steady }';

describe('trusted documents', () => {
  const steady = new FakeSubgraph('steady');
  const gateways: Service[] = [];
  const manifest = join(tmpdir(), `kabinet-manifest-${process.pid}.json`);
  const start = async (production: boolean) => {
    const { gateway, url } = await testGateway(supergraphOf(steady), {
      production,
      trustedDocuments: TrustedDocuments.fromFile(manifest, production),
    });
    gateways.push(gateway);
    return url;
  };
  const post = async (url: string, body: unknown) => {
    const response = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(body),
    });
    return { status: response.status, ...((await response.json()) as Record<string, unknown>) };
  };

  beforeAll(async () => {
    await steady.start();
    writeFileSync(
      manifest,
      JSON.stringify({
        format: 'apollo-persisted-query-manifest',
        version: 1,
        operations: [{ id: sha256(KNOWN), name: 'Steady', type: 'query', body: KNOWN }],
      }),
    );
  });
  afterAll(async () => {
    for (const gateway of gateways) await gateway.close();
    await steady.stop();
  });

  it('in production runs the manifest’s operations by id and nothing else', async () => {
    const url = await start(true);
    expect(await post(url, { documentId: `sha256:${sha256(KNOWN)}` })).toEqual({
      status: 200,
      data: { steady: 1 },
    });
    expect(
      await post(url, { extensions: { persistedQuery: { version: 1, sha256Hash: sha256(KNOWN) } } }),
    ).toEqual({ status: 200, data: { steady: 1 } });
    const hits = steady.hits;
    const unknown = await post(url, { documentId: sha256('{ steady }') });
    expect(unknown).toMatchObject({
      status: 400,
      errors: [{ extensions: { code: 'PERSISTED_QUERY_NOT_FOUND' } }],
    });
    const freeText = await post(url, { query: '{ steady }' });
    expect(freeText).toMatchObject({
      status: 400,
      errors: [{ extensions: { code: 'TRUSTED_DOCUMENT_REQUIRED' } }],
    });
    // Registering a new one the automatic way is free text too.
    const registered = await post(url, {
      query: '{ steady }',
      extensions: { persistedQuery: { version: 1, sha256Hash: sha256('{ steady }') } },
    });
    expect(registered).toMatchObject({
      status: 400,
      errors: [{ extensions: { code: 'PERSISTED_QUERY_NOT_FOUND' } }],
    });
    expect(steady.hits).toBe(hits);
  });

  it('in development runs any document, trusted ids and automatic persisted queries', async () => {
    const url = await start(false);
    expect(await post(url, { query: '{ steady }' })).toEqual({ status: 200, data: { steady: 1 } });
    expect(await post(url, { documentId: sha256(KNOWN) })).toEqual({ status: 200, data: { steady: 1 } });
    const hash = sha256('{ a: steady }');
    const apq = { extensions: { persistedQuery: { version: 1, sha256Hash: hash } } };
    expect(await post(url, apq)).toMatchObject({
      errors: [{ extensions: { code: 'PERSISTED_QUERY_NOT_FOUND' } }],
    });
    expect(await post(url, { query: '{ a: steady }', ...apq })).toMatchObject({ status: 200 });
    expect(await post(url, apq)).toMatchObject({ status: 200 });
  });

  it("reads codegen's persisted documents (the web app's manifest) as the same manifest", async () => {
    const codegenFile = join(tmpdir(), `kabinet-persisted-${process.pid}.json`);
    writeFileSync(codegenFile, JSON.stringify({ [`sha256:${sha256(KNOWN)}`]: KNOWN }));
    const { gateway, url } = await testGateway(supergraphOf(steady), {
      production: true,
      trustedDocuments: TrustedDocuments.fromFile(codegenFile, true),
    });
    gateways.push(gateway);
    expect(await post(url, { documentId: `sha256:${sha256(KNOWN)}` })).toEqual({
      status: 200,
      data: { steady: 1 },
    });
    expect(await post(url, { query: KNOWN })).toMatchObject({
      status: 400,
      errors: [{ extensions: { code: 'TRUSTED_DOCUMENT_REQUIRED' } }],
    });
    // A body whose hash is not its key, or a file of neither shape, stops the gateway before it serves.
    writeFileSync(codegenFile, JSON.stringify({ [`sha256:${sha256('{ other }')}`]: KNOWN }));
    expect(() => TrustedDocuments.fromFile(codegenFile, true)).toThrow(/is not the SHA-256 of its body/);
    writeFileSync(codegenFile, JSON.stringify({ steady: KNOWN }));
    expect(() => TrustedDocuments.fromFile(codegenFile, true)).toThrow(/neither a persisted query manifest/);
  });
});
