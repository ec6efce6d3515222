import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Monthly document subscriptions: after the billing run, an account's invoice and act e-mailed to an address. */
export class DocumentSubscriptions1765210000000 implements MigrationInterface {
  name = 'DocumentSubscriptions1765210000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE document_subscriptions (
        id uuid PRIMARY KEY,
        company_id uuid NOT NULL,
        account_id uuid NOT NULL,
        email text NOT NULL,
        types text[] NOT NULL,
        format text NOT NULL CHECK (format IN ('PDF', 'XLSX', 'CSV')),
        created_by uuid,
        created_at timestamptz NOT NULL,
        UNIQUE (account_id, email)
      )`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query('DROP TABLE document_subscriptions');
  }
}
