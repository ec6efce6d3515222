// The cabinet web app on the gateway's origin: the app's pages for the browser's paths, its hashed assets
// cached for good, the API's own paths untouched, and a missing build refused at start.
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Service } from '@kabinet/kit/core';
import { FakeSubgraph, supergraphOf, testGateway } from './fake-subgraph';

describe('the web app beside the graph', () => {
  const steady = new FakeSubgraph('steady');
  const root = mkdtempSync(join(tmpdir(), 'kabinet-web-'));
  let gateway: Service;
  let origin: string;

  beforeAll(async () => {
    await steady.start();
    mkdirSync(join(root, 'assets'));
    writeFileSync(join(root, 'index.html'), '<!doctype html><title>Кабинет</title><div id="root"></div>');
    writeFileSync(join(root, 'assets', 'index-abc123.js'), 'console.log(1)');
    const started = await testGateway(supergraphOf(steady), { webRoot: root });
    gateway = started.gateway;
    origin = started.url.replace(/\/graphql$/, '');
  });
  afterAll(async () => {
    await gateway?.close();
    await steady.stop();
  });

  const get = (path: string, accept = 'text/html') => fetch(origin + path, { headers: { accept } });

  it("answers the app's paths with its page, under a policy that keeps it to this origin", async () => {
    for (const path of ['/', '/accounts/42', '/orders/new']) {
      const page = await get(path);
      expect(page.status).toBe(200);
      expect(await page.text()).toContain('<div id="root">');
      expect(page.headers.get('content-security-policy')).toContain("default-src 'self'");
      expect(page.headers.get('content-security-policy')).toContain("frame-ancestors 'none'");
      expect(page.headers.get('cache-control')).toBe('no-cache');
    }
  });

  it('caches hashed assets for good, and a missing asset is a 404, not the page', async () => {
    const asset = await get('/assets/index-abc123.js', '*/*');
    expect(asset.status).toBe(200);
    expect(asset.headers.get('cache-control')).toContain('immutable');
    expect((await get('/assets/index-gone.js', '*/*')).status).toBe(404);
  });

  it("leaves the gateway's own paths alone", async () => {
    expect(await (await get('/health', 'application/json')).json()).toMatchObject({ status: 'ok' });
    const graphql = await fetch(`${origin}/graphql?query=${encodeURIComponent('{ steady }')}`, {
      headers: { accept: 'application/json', 'apollo-require-preflight': 'true' },
    });
    expect(await graphql.json()).toEqual({ data: { steady: 1 } });
    expect((await get('/metricsx', 'application/json')).status).toBe(404);
    expect(await (await get('/pay/nope')).text()).not.toContain('<div id="root">');
  });

  it('refuses to start without a built app', async () => {
    await expect(testGateway(supergraphOf(steady), { webRoot: join(root, 'missing') })).rejects.toThrow(
      /has no index.html/,
    );
  });
});
