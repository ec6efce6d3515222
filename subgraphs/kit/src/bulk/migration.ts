import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The queue a subgraph applies group operations from (see `bulkWork`): the jobs of the kinds it owns, copied
 * from accounts' events, and one row per account, settled once — the row lock and its status, changed in the
 * transaction that applies the item, are what make an item happen at most once however workers crash.
 */
export class CreateBulkWork1765600000000 implements MigrationInterface {
  name = 'CreateBulkWork1765600000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE bulk_jobs (
        operation_id uuid PRIMARY KEY,
        company_id uuid NOT NULL,
        kind text NOT NULL,
        params jsonb NOT NULL,
        viewer jsonb NOT NULL,
        queued_at timestamptz NOT NULL DEFAULT clock_timestamp(),
        -- Set by the cancel: no item of the job is taken after it, and the pending ones are dropped.
        cancelled_at timestamptz
      )`);
    await db.query(`
      CREATE TABLE bulk_job_items (
        operation_id uuid NOT NULL REFERENCES bulk_jobs ON DELETE CASCADE,
        account_id uuid NOT NULL,
        position int NOT NULL,
        status text NOT NULL DEFAULT 'PENDING' CHECK (status IN ('PENDING', 'DONE', 'FAILED', 'CANCELLED')),
        -- Unexpected failures so far (a coded refusal settles the item at once); the third settles it FAILED.
        attempts int NOT NULL DEFAULT 0,
        -- After an unexpected failure, not taken again before this.
        retry_at timestamptz,
        settled_at timestamptz,
        PRIMARY KEY (operation_id, account_id)
      )`);
    await db.query(
      `CREATE INDEX bulk_job_items_pending ON bulk_job_items (operation_id, position) WHERE status = 'PENDING'`,
    );
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query('DROP TABLE bulk_job_items, bulk_jobs');
  }
}
