import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The monthly billing run: billing's own record of what each account is billed for (from catalog's service
 * lifecycle events), usage from the network, and the run's results — a marker per account and month (so a
 * run charges each account once per month however often it runs), and the month's invoices.
 */
export class BillingRun1765060000000 implements MigrationInterface {
  name = 'BillingRun1765060000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE billed_services (
        service_id uuid PRIMARY KEY,
        account_id uuid NOT NULL,
        company_id uuid NOT NULL,
        service_kind text NOT NULL,
        tariff_name text NOT NULL,
        monthly_fee_minor bigint NOT NULL,
        setup_fee_minor bigint NOT NULL DEFAULT 0,
        activated_at timestamptz NOT NULL,
        setup_billed boolean NOT NULL DEFAULT false
      )`);
    await db.query('CREATE INDEX billed_services_account ON billed_services (account_id)');
    // A term is a span the service is billable at one fee: activation, a tariff change or a resumption opens
    // one, and a change, a suspension or the termination closes it.
    await db.query(`
      CREATE TABLE service_terms (
        service_id uuid NOT NULL REFERENCES billed_services,
        starts_at timestamptz NOT NULL,
        ends_at timestamptz,
        monthly_fee_minor bigint NOT NULL,
        tariff_name text NOT NULL,
        PRIMARY KEY (service_id, starts_at),
        CHECK (ends_at IS NULL OR ends_at >= starts_at)
      )`);
    await db.query(`
      CREATE TABLE usage_records (
        id uuid PRIMARY KEY,
        service_id uuid NOT NULL REFERENCES billed_services,
        external_id text NOT NULL,
        account_id uuid NOT NULL,
        company_id uuid NOT NULL,
        kind text NOT NULL CHECK (kind IN ('CALL', 'TRAFFIC')),
        occurred_at timestamptz NOT NULL,
        number_called text,
        duration_seconds integer,
        volume_mb bigint,
        cost_minor bigint NOT NULL CHECK (cost_minor >= 0),
        -- The month whose run charged it; null until then (a late record goes into the next run).
        billed_month text,
        UNIQUE (service_id, external_id)
      )`);
    await db.query('CREATE INDEX usage_records_account ON usage_records (account_id, occurred_at, id)');
    await db.query(
      'CREATE INDEX usage_records_unbilled ON usage_records (account_id) WHERE billed_month IS NULL',
    );
    await db.query(`
      CREATE TABLE billing_runs (
        account_id uuid NOT NULL,
        month text NOT NULL,
        billed_at timestamptz NOT NULL,
        PRIMARY KEY (month, account_id)
      )`);
    await db.query('CREATE TABLE billed_months (month text PRIMARY KEY, completed_at timestamptz NOT NULL)');
    await db.query('CREATE SEQUENCE invoice_numbers');
    await db.query(`
      CREATE TABLE invoices (
        id uuid PRIMARY KEY,
        number text NOT NULL UNIQUE,
        account_id uuid NOT NULL,
        company_id uuid NOT NULL,
        month text NOT NULL,
        issued_at timestamptz NOT NULL,
        due_date date NOT NULL,
        total_minor bigint NOT NULL,
        currency char(3) NOT NULL,
        lines jsonb NOT NULL,
        sent_at timestamptz,
        UNIQUE (account_id, month)
      )`);
    await db.query('CREATE INDEX invoices_account ON invoices (account_id, issued_at, id)');
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(
      'DROP TABLE invoices, billed_months, billing_runs, usage_records, service_terms, billed_services',
    );
    await db.query('DROP SEQUENCE invoice_numbers');
  }
}
