import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Each user's notification settings: their time zone and quiet hours (SMS waits until they end), and per kind
 * the channels they want (no row: in-app only).
 */
export class NotificationSettings1766000000003 implements MigrationInterface {
  name = 'NotificationSettings1766000000003';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE notification_settings (
        user_id uuid PRIMARY KEY,
        company_id uuid,
        time_zone text NOT NULL,
        quiet_from text,
        quiet_to text,
        updated_at timestamptz NOT NULL DEFAULT now(),
        CHECK ((quiet_from IS NULL) = (quiet_to IS NULL))
      )`);
    await db.query('CREATE INDEX notification_settings_company ON notification_settings (company_id)');
    await db.query(`
      CREATE TABLE notification_channels (
        user_id uuid NOT NULL REFERENCES notification_settings ON DELETE CASCADE,
        kind text NOT NULL,
        channels text[] NOT NULL,
        PRIMARY KEY (user_id, kind)
      )`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query('DROP TABLE notification_channels, notification_settings');
  }
}
