// Starts one embedded PostgreSQL for the whole test run (or uses DATABASE_URL's server); every test file
// then creates its own database in it, so files can run in parallel without sharing state.
import { mkdtempSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startEmbeddedPostgres } from '../dev/stack/embedded-postgres.mjs';

// Built output of the kit's testing module (npm test builds first).
const { freePort } = createRequire(import.meta.url)('../subgraphs/kit/dist/testing/ports.js');

export default async function globalSetup() {
  if (process.env.DATABASE_URL) {
    process.env.KABINET_TEST_ADMIN_URL = process.env.DATABASE_URL;
    return;
  }
  const dir = mkdtempSync(join(tmpdir(), 'kabinet-test-pg-'));
  const server = await startEmbeddedPostgres({
    dir,
    port: await freePort(),
    persistent: false,
    database: 'postgres',
  });
  process.env.KABINET_TEST_ADMIN_URL = server.adminUrl;
  globalThis.kabinetTestPostgres = { ...server, dir };
}
