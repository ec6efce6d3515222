import type { MigrationInterface, QueryRunner } from 'typeorm';

/** A payment may be made for a monthly invoice: it names it, and goes to the invoice's account. */
export class InvoicePayments1765400000000 implements MigrationInterface {
  name = 'InvoicePayments1765400000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query('ALTER TABLE payments ADD COLUMN invoice_id uuid REFERENCES invoices');
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query('ALTER TABLE payments DROP COLUMN invoice_id');
  }
}
