import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Group operations as accounts tracks them: the job (what, over how many accounts, its counts) and each
 * account's result with its coded error. The owning subgraphs apply the items from their own queue
 * (`bulk_jobs`, `bulk_job_items`, the kit's) and report back by events.
 */
export class BulkOperations1765600000001 implements MigrationInterface {
  name = 'BulkOperations1765600000001';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE bulk_operations (
        id uuid PRIMARY KEY,
        company_id uuid NOT NULL REFERENCES companies,
        kind text NOT NULL,
        params jsonb NOT NULL,
        status text NOT NULL DEFAULT 'QUEUED'
          CHECK (status IN ('QUEUED', 'RUNNING', 'COMPLETED', 'COMPLETED_WITH_ERRORS', 'CANCELLED')),
        total int NOT NULL CHECK (total > 0),
        done int NOT NULL DEFAULT 0,
        failed int NOT NULL DEFAULT 0,
        cancelled int NOT NULL DEFAULT 0,
        started_by uuid NOT NULL,
        -- Whole milliseconds: the list's cursors carry it as an ISO time.
        created_at timestamptz NOT NULL DEFAULT date_trunc('milliseconds', clock_timestamp()),
        cancel_requested_at timestamptz,
        finished_at timestamptz,
        CHECK (done + failed + cancelled <= total)
      )`);
    await db.query(
      'CREATE INDEX bulk_operations_company ON bulk_operations (company_id, created_at DESC, id)',
    );
    await db.query(`
      CREATE TABLE bulk_operation_items (
        operation_id uuid NOT NULL REFERENCES bulk_operations ON DELETE CASCADE,
        account_id uuid NOT NULL,
        position int NOT NULL,
        status text NOT NULL DEFAULT 'PENDING' CHECK (status IN ('PENDING', 'DONE', 'FAILED', 'CANCELLED')),
        error_code text,
        error_field text,
        error_message text,
        settled_at timestamptz,
        PRIMARY KEY (operation_id, account_id),
        UNIQUE (operation_id, position)
      )`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query('DROP TABLE bulk_operation_items, bulk_operations');
  }
}
