import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * In-app notifications, made by support's durable consumers of the other subgraphs' events: one per event
 * (`source` is unique, so an event read twice after a restart notifies once), for the users of the company who
 * may see its account (or one user), with each user's read marks beside it.
 */
export class Notifications1766000000002 implements MigrationInterface {
  name = 'Notifications1766000000002';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE notifications (
        id uuid PRIMARY KEY,
        seq bigint GENERATED ALWAYS AS IDENTITY UNIQUE,
        company_id uuid NOT NULL,
        account_id uuid,
        user_id uuid,
        kind text NOT NULL,
        title text NOT NULL,
        body text NOT NULL,
        -- What it points at, for a link: {"orderId": …}, {"ticketId": …}, {"documentId": …}, {"paymentId": …}.
        subject jsonb NOT NULL DEFAULT '{}',
        source text NOT NULL UNIQUE,
        created_at timestamptz NOT NULL
      )`);
    await db.query('CREATE INDEX notifications_company ON notifications (company_id, seq DESC)');
    await db.query(`
      CREATE TABLE notification_reads (
        notification_id uuid NOT NULL REFERENCES notifications ON DELETE CASCADE,
        user_id uuid NOT NULL,
        read_at timestamptz NOT NULL,
        PRIMARY KEY (user_id, notification_id)
      )`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query('DROP TABLE notification_reads, notifications');
  }
}
