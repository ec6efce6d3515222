// Response headers subgraphs pass to clients by rule: every Set-Cookie, and Cache-Control merged as the
// strictest of the subgraphs that answered; nothing else of theirs.
import type { Service } from '@kabinet/kit/core';
import { strictest } from '../src/upstream/response-headers';
import { FakeSubgraph, supergraphOf, testGateway } from './fake-subgraph';

describe('headers from subgraphs', () => {
  const shared = new FakeSubgraph('shared');
  const personal = new FakeSubgraph('personal');
  let gateway: Service;
  let url: string;
  const ask = (query: string) =>
    fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query }),
    });

  beforeAll(async () => {
    await shared.start();
    await personal.start();
    ({ gateway, url } = await testGateway(supergraphOf(shared, personal)));
  });
  afterAll(async () => {
    await gateway?.close();
    await shared.stop();
    await personal.stop();
  });

  it('passes every Set-Cookie and the strictest Cache-Control, and no other header', async () => {
    shared.answerHeaders = { 'cache-control': 'public, max-age=300', 'x-internal-node': 'catalog-7' };
    personal.answerHeaders = {
      'cache-control': 'private, max-age=30',
      'set-cookie': ['refresh=abc; HttpOnly; Secure; SameSite=Strict', 'theme=dark'],
    };
    const both = await ask('{ shared personal }');
    expect(await both.json()).toEqual({ data: { shared: 1, personal: 1 } });
    expect(both.headers.get('cache-control')).toBe('private, max-age=30');
    expect(both.headers.getSetCookie()).toEqual([
      'refresh=abc; HttpOnly; Secure; SameSite=Strict',
      'theme=dark',
    ]);
    expect(both.headers.get('x-internal-node')).toBeNull();

    const one = await ask('{ shared }');
    expect(one.headers.get('cache-control')).toBe('public, max-age=300');
    expect(one.headers.getSetCookie()).toEqual([]);

    personal.answerHeaders = { 'cache-control': 'no-store' };
    expect((await ask('{ shared personal }')).headers.get('cache-control')).toBe('no-store');
  });

  it('merges Cache-Control as the strictest', () => {
    expect(strictest(undefined, 'public, max-age=60')).toBe('public, max-age=60');
    expect(strictest('public, max-age=60', 'public, max-age=10')).toBe('public, max-age=10');
    expect(strictest('public, max-age=60', 'private')).toBe('private, max-age=60');
    expect(strictest('private, max-age=5', 'no-cache')).toBe('no-store');
  });
});
