import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The one upload service takes ticket attachments too: uploaded by a signed-in user (kept with their company)
 * under a file name, downloaded through links MACed with a key of identity's own.
 */
export class Attachments1766100000000 implements MigrationInterface {
  name = 'Attachments1766100000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query('ALTER TABLE uploads DROP CONSTRAINT uploads_kind_check');
    await db.query(`ALTER TABLE uploads ADD CONSTRAINT uploads_kind_check CHECK (kind IN
      ('APPLICATION_FORM', 'POWER_OF_ATTORNEY', 'IDENTITY_DOCUMENT', 'CHARTER', 'INN_CERTIFICATE', 'TICKET_ATTACHMENT'))`);
    await db.query(
      'ALTER TABLE uploads ADD COLUMN company_id uuid, ADD COLUMN user_id uuid, ADD COLUMN file_name text',
    );
    await db.query(`ALTER TABLE uploads ADD CONSTRAINT uploads_attachment_owner
      CHECK (kind <> 'TICKET_ATTACHMENT' OR (user_id IS NOT NULL AND file_name IS NOT NULL))`);
    await db.query('CREATE TABLE link_keys (purpose text PRIMARY KEY, key bytea NOT NULL)');
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query('DROP TABLE link_keys');
    await db.query('ALTER TABLE uploads DROP CONSTRAINT uploads_attachment_owner');
    await db.query('ALTER TABLE uploads DROP COLUMN company_id, DROP COLUMN user_id, DROP COLUMN file_name');
    await db.query('ALTER TABLE uploads DROP CONSTRAINT uploads_kind_check');
    await db.query(`ALTER TABLE uploads ADD CONSTRAINT uploads_kind_check CHECK (kind IN
      ('APPLICATION_FORM', 'POWER_OF_ATTORNEY', 'IDENTITY_DOCUMENT', 'CHARTER', 'INN_CERTIFICATE'))`);
  }
}
