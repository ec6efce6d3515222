import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Orders customers place themselves: items (a tariff with options, at an address, so many times), a contact,
 * every move of the workflow with its time, actor and reason, and the technician visit booked for it. A visit
 * window of a region is booked by one order at most: the primary key decides a race for it.
 */
export class OrderWorkflow1765410000000 implements MigrationInterface {
  name = 'OrderWorkflow1765410000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query('ALTER TABLE orders DROP CONSTRAINT orders_status_check');
    await db.query(`UPDATE orders SET status = CASE status
      WHEN 'PENDING' THEN 'IN_PROGRESS' WHEN 'HELD' THEN 'IN_PROGRESS' WHEN 'FAILED' THEN 'REJECTED' ELSE status END`);
    await db.query(`
      ALTER TABLE orders ADD CONSTRAINT orders_status_check CHECK (status IN ('ACKNOWLEDGED', 'FEASIBILITY_CHECK',
        'REJECTED', 'SCHEDULING', 'IN_PROGRESS', 'AWAITING_CONFIRMATION', 'COMPLETED', 'CANCELLED'))`);
    await db.query(`
      ALTER TABLE orders
        ADD COLUMN contact_name text,
        ADD COLUMN contact_phone text,
        ADD COLUMN comment text,
        ADD COLUMN placed_by uuid`);
    await db.query(
      "CREATE INDEX orders_awaiting ON orders (updated_at) WHERE status = 'AWAITING_CONFIRMATION'",
    );
    await db.query(`
      CREATE TABLE order_items (
        order_id uuid NOT NULL REFERENCES orders (id),
        position int NOT NULL,
        tariff_id uuid NOT NULL REFERENCES tariffs (id),
        option_ids uuid[] NOT NULL DEFAULT '{}',
        region text NOT NULL,
        address text NOT NULL,
        quantity int NOT NULL CHECK (quantity BETWEEN 1 AND 100),
        PRIMARY KEY (order_id, position)
      )`);
    await db.query(`
      INSERT INTO order_items (order_id, position, tariff_id, region, address, quantity)
      SELECT id, 0, tariff_id, 'MOSCOW', '', 1 FROM orders`);
    await db.query(`
      CREATE TABLE order_history (
        id bigserial PRIMARY KEY,
        order_id uuid NOT NULL REFERENCES orders (id),
        previous_status text,
        status text NOT NULL,
        at timestamptz NOT NULL,
        actor_kind text NOT NULL CHECK (actor_kind IN ('CUSTOMER', 'STAFF', 'SYSTEM')),
        actor_id uuid,
        reason text
      )`);
    await db.query('CREATE INDEX order_history_order ON order_history (order_id, id)');
    await db.query(`
      INSERT INTO order_history (order_id, status, at, actor_kind)
      SELECT id, status, updated_at, 'SYSTEM' FROM orders`);
    await db.query(`
      CREATE TABLE visit_bookings (
        region text NOT NULL,
        starts_at timestamptz NOT NULL,
        order_id uuid NOT NULL UNIQUE REFERENCES orders (id),
        PRIMARY KEY (region, starts_at)
      )`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query('DROP TABLE visit_bookings');
    await db.query('DROP TABLE order_history');
    await db.query('DROP TABLE order_items');
    await db.query(
      'ALTER TABLE orders DROP COLUMN contact_name, DROP COLUMN contact_phone, DROP COLUMN comment, DROP COLUMN placed_by',
    );
  }
}
