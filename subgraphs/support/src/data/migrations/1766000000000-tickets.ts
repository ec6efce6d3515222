import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Appeals: the ticket (what it is about, its state after TMF621, the answer the operator owes and by when), its
 * conversation (staff's internal notes beside it, never shown to customers), and who has read it up to when.
 */
export class Tickets1766000000000 implements MigrationInterface {
  name = 'Tickets1766000000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query('CREATE SEQUENCE ticket_numbers');
    await db.query(`
      CREATE TABLE tickets (
        id uuid PRIMARY KEY,
        number text NOT NULL UNIQUE,
        company_id uuid NOT NULL,
        account_id uuid,
        service_id uuid,
        order_id uuid,
        category text NOT NULL,
        subject text NOT NULL,
        description text NOT NULL,
        status text NOT NULL DEFAULT 'ACKNOWLEDGED' CHECK (status IN
          ('ACKNOWLEDGED', 'IN_PROGRESS', 'PENDING', 'RESOLVED', 'CLOSED', 'REJECTED', 'CANCELLED')),
        priority text NOT NULL CHECK (priority IN ('LOW', 'NORMAL', 'HIGH')),
        -- When the operator's answer is due; null while the customer is the one to answer, or when done.
        response_due_at timestamptz,
        created_by uuid NOT NULL,
        assignee_id uuid,
        created_at timestamptz NOT NULL,
        updated_at timestamptz NOT NULL,
        resolved_at timestamptz,
        closed_at timestamptz,
        rating int CHECK (rating BETWEEN 1 AND 5),
        rating_comment text
      )`);
    await db.query('CREATE INDEX tickets_company ON tickets (company_id, created_at DESC, id DESC)');
    await db.query(
      `CREATE INDEX tickets_open ON tickets (response_due_at, id) WHERE status IN ('ACKNOWLEDGED', 'IN_PROGRESS', 'PENDING')`,
    );
    await db.query(`
      CREATE TABLE ticket_messages (
        id uuid PRIMARY KEY,
        -- The conversation's order: two messages may share an instant, never a place.
        seq bigint GENERATED ALWAYS AS IDENTITY UNIQUE,
        ticket_id uuid NOT NULL REFERENCES tickets ON DELETE CASCADE,
        author_id uuid NOT NULL,
        by_staff boolean NOT NULL,
        internal boolean NOT NULL DEFAULT false,
        body text NOT NULL,
        created_at timestamptz NOT NULL
      )`);
    await db.query('CREATE INDEX ticket_messages_ticket ON ticket_messages (ticket_id, seq)');
    await db.query(`
      CREATE TABLE ticket_reads (
        ticket_id uuid NOT NULL REFERENCES tickets ON DELETE CASCADE,
        user_id uuid NOT NULL,
        read_at timestamptz NOT NULL,
        PRIMARY KEY (ticket_id, user_id)
      )`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query('DROP TABLE ticket_reads, ticket_messages, tickets');
    await db.query('DROP SEQUENCE ticket_numbers');
  }
}
