import {
  DataSource,
  type EntitySchema,
  type MixedList,
  QueryFailedError,
  type QueryRunner,
  type Logger as TypeOrmLogger,
} from 'typeorm';
import type { Logger } from './core/logger';
import { isBackground } from './events/background';
import { createPostgresEventBus, type EventBus } from './events/bus';
import { CreateEventPlumbing1764100000000 } from './events/plumbing-migration';

/** Whether a statement failed on a unique constraint: someone has the value already, the caller's to fix. */
export const isUniqueViolation = (error: unknown) =>
  error instanceof QueryFailedError && (error.driverError as { code?: string }).code === '23505';

/**
 * Counts SQL statements a subgraph sends for requests (not background work): tests use it to prove lists do
 * not issue a query per item.
 */
export class StatementCounter {
  count = 0;
}

class CountingLogger implements TypeOrmLogger {
  constructor(
    private readonly counter: StatementCounter,
    private readonly out: Logger,
  ) {}
  logQuery(_query: string, _parameters?: unknown[], runner?: QueryRunner) {
    if (!isBackground(runner)) this.counter.count++;
  }
  logQueryError(error: string | Error, query: string, _parameters?: unknown[], runner?: QueryRunner) {
    if (!isBackground(runner)) this.counter.count++;
    this.out.debug({ err: error, query }, 'query failed');
  }
  logQuerySlow(time: number, query: string) {
    this.out.warn({ time, query }, 'slow query');
  }
  logSchemaBuild() {}
  logMigration(message: string) {
    this.out.info(message);
  }
  log(level: 'log' | 'info' | 'warn', message: unknown) {
    if (level === 'warn') this.out.warn(String(message));
  }
}

export interface DatabaseOptions {
  url: string;
  /** The PostgreSQL schema this subgraph owns; all its tables live there and nowhere else. */
  schema: string;
  entities: MixedList<string | (new () => unknown) | EntitySchema>;
  migrations: MixedList<string | (new () => unknown)>;
  log: Logger;
  poolSize?: number;
}

export interface Database {
  dataSource: DataSource;
  statements: StatementCounter;
  /** Live events of this subgraph (connects on first use). */
  events: EventBus;
  /** Database reachable and every migration applied. */
  isReady(): Promise<boolean>;
  close(): Promise<void>;
}

/** Connects with the subgraph's schema first on the search path, then applies pending migrations. */
export async function openDatabase(options: DatabaseOptions): Promise<Database> {
  if (!/^[a-z_]+$/.test(options.schema)) throw new Error(`Invalid schema name: ${options.schema}`);
  const statements = new StatementCounter();
  const dataSource = new DataSource({
    type: 'postgres',
    url: options.url,
    schema: options.schema,
    entities: options.entities,
    // Every subgraph gets the outbox and idempotency tables first; its own migrations follow.
    migrations: [CreateEventPlumbing1764100000000, ...(options.migrations as (new () => unknown)[])],
    migrationsTableName: 'migrations',
    synchronize: false,
    logger: new CountingLogger(statements, options.log),
    maxQueryExecutionTime: 1000,
    applicationName: `kabinet-${options.schema}`,
    extra: { max: options.poolSize ?? 10, options: `-c search_path=${options.schema}` },
  });
  await dataSource.initialize();
  try {
    await migrate(dataSource, options.schema);
  } catch (error) {
    await dataSource.destroy();
    throw error;
  }
  const events = createPostgresEventBus(dataSource, options.url, options.log);
  return {
    dataSource,
    statements,
    events,
    async isReady() {
      try {
        return !(await dataSource.showMigrations());
      } catch {
        return false;
      }
    },
    async close() {
      await events.close();
      await dataSource.destroy();
    },
  };
}

/** Replicas starting together take turns: an advisory lock per schema serialises the migration run. */
async function migrate(dataSource: DataSource, schema: string) {
  const runner = dataSource.createQueryRunner();
  try {
    await runner.query('SELECT pg_advisory_lock(hashtext($1))', [`kabinet:migrate:${schema}`]);
    await runner.query(`CREATE SCHEMA IF NOT EXISTS "${schema}"`);
    await dataSource.runMigrations({ transaction: 'each' });
  } finally {
    await runner
      .query('SELECT pg_advisory_unlock(hashtext($1))', [`kabinet:migrate:${schema}`])
      .catch(() => {});
    await runner.release();
  }
}
