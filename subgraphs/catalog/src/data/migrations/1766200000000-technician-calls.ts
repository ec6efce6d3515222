import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Technician calls (support's TECHNICIAN_VISIT tickets) book windows in the same crews' calendar as orders:
 * a booking holds an order or a ticket. Catalog keeps a copy of each call — whose, about which account and
 * service, open or not — from support's TicketUpdated.
 */
export class TechnicianCalls1766200000000 implements MigrationInterface {
  name = 'TechnicianCalls1766200000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE technician_calls (
        ticket_id uuid PRIMARY KEY,
        company_id uuid NOT NULL,
        account_id uuid,
        service_id uuid,
        author_id uuid NOT NULL,
        open boolean NOT NULL
      )`);
    await db.query('ALTER TABLE visit_bookings ALTER COLUMN order_id DROP NOT NULL');
    await db.query(`ALTER TABLE visit_bookings ADD COLUMN ticket_id uuid UNIQUE REFERENCES technician_calls,
      ADD CONSTRAINT visit_bookings_one_holder CHECK (num_nonnulls(order_id, ticket_id) = 1)`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query('DELETE FROM visit_bookings WHERE ticket_id IS NOT NULL');
    await db.query('ALTER TABLE visit_bookings DROP COLUMN ticket_id');
    await db.query('ALTER TABLE visit_bookings ALTER COLUMN order_id SET NOT NULL');
    await db.query('DROP TABLE technician_calls');
  }
}
