import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Payments (card through the acquirer, or bank transfer against a bank invoice), the acquirer's webhook events
 * already applied, yearly number series for bank invoices and receipts, and the simulated acquirer's own
 * sessions (development: it stands in for an outside service, so its state is kept apart from billing's).
 */
export class Payments1765100000000 implements MigrationInterface {
  name = 'Payments1765100000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE payments (
        id uuid PRIMARY KEY,
        account_id uuid NOT NULL,
        company_id uuid NOT NULL,
        method text NOT NULL CHECK (method IN ('CARD', 'INVOICE')),
        state text NOT NULL DEFAULT 'PENDING' CHECK (state IN ('PENDING', 'SUCCEEDED', 'DECLINED', 'EXPIRED')),
        amount_minor bigint NOT NULL CHECK (amount_minor > 0),
        currency char(3) NOT NULL,
        idempotency_key text NOT NULL,
        created_by uuid,
        acquirer_reference text,
        payment_url text,
        needs_confirmation boolean NOT NULL DEFAULT false,
        card_mask text,
        card_token text,
        invoice_number text UNIQUE,
        receipt_number text UNIQUE,
        ledger_entry_id uuid UNIQUE,
        failure_reason text,
        created_at timestamptz NOT NULL,
        expires_at timestamptz,
        completed_at timestamptz,
        CHECK ((state = 'SUCCEEDED') = (ledger_entry_id IS NOT NULL)),
        CHECK ((state = 'PENDING') = (completed_at IS NULL)),
        CHECK ((method = 'INVOICE') = (invoice_number IS NOT NULL))
      )`);
    await db.query('CREATE INDEX payments_account ON payments (account_id, created_at DESC, id DESC)');
    await db.query("CREATE INDEX payments_pending_expiry ON payments (expires_at) WHERE state = 'PENDING'");
    await db.query(`
      CREATE TABLE acquirer_webhook_events (
        event_id text PRIMARY KEY,
        payment_id uuid,
        received_at timestamptz NOT NULL
      )`);
    await db.query(`
      CREATE TABLE number_series (
        series text NOT NULL,
        year int NOT NULL,
        last_value int NOT NULL,
        PRIMARY KEY (series, year)
      )`);
    await db.query(`
      CREATE TABLE simulated_acquirer_sessions (
        payment_id uuid PRIMARY KEY,
        amount_minor bigint NOT NULL,
        currency char(3) NOT NULL,
        description text NOT NULL,
        state text NOT NULL DEFAULT 'OPEN' CHECK (state IN ('OPEN', 'AWAITING_CODE', 'SUCCEEDED', 'DECLINED')),
        card_number text,
        card_token text,
        wrong_codes int NOT NULL DEFAULT 0,
        expires_at timestamptz NOT NULL
      )`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query('DROP TABLE simulated_acquirer_sessions');
    await db.query('DROP TABLE number_series');
    await db.query('DROP TABLE acquirer_webhook_events');
    await db.query('DROP TABLE payments');
  }
}
