import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * What a ticket may point at besides an account: files its author uploaded through identity (a copy of who
 * uploaded what, from identity's AttachmentUploaded; attached once, to the ticket or one of its messages), and
 * the company's orders (from catalog's OrderStatusChanged), so a ticket about an order is checked to be the
 * company's own.
 */
export class TicketAttachments1766000000006 implements MigrationInterface {
  name = 'TicketAttachments1766000000006';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE ticket_attachments (
        id uuid PRIMARY KEY,
        user_id uuid NOT NULL,
        company_id uuid,
        uploaded_at timestamptz NOT NULL,
        ticket_id uuid REFERENCES tickets ON DELETE CASCADE,
        message_id uuid REFERENCES ticket_messages ON DELETE CASCADE,
        position int
      )`);
    await db.query(
      'CREATE INDEX ticket_attachments_ticket ON ticket_attachments (ticket_id) WHERE message_id IS NULL',
    );
    await db.query('CREATE INDEX ticket_attachments_message ON ticket_attachments (message_id)');
    await db.query(`
      CREATE TABLE company_orders (
        order_id uuid PRIMARY KEY,
        company_id uuid NOT NULL,
        account_id uuid NOT NULL
      )`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query('DROP TABLE company_orders, ticket_attachments');
  }
}
