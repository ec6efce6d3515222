import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Orders1764200000000 implements MigrationInterface {
  name = 'Orders1764200000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE orders (
        id uuid PRIMARY KEY,
        account_id uuid NOT NULL,
        company_id uuid NOT NULL,
        tariff_id uuid NOT NULL REFERENCES tariffs (id),
        status text NOT NULL
          CHECK (status IN ('ACKNOWLEDGED', 'IN_PROGRESS', 'PENDING', 'HELD', 'COMPLETED', 'FAILED', 'CANCELLED')),
        status_reason text,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await db.query('CREATE INDEX orders_account ON orders (account_id, created_at)');
    await db.query('CREATE INDEX orders_company ON orders (company_id, created_at)');
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query('DROP TABLE orders');
  }
}
