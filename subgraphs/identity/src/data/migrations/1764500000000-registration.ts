import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Connection applications from companies, with their uploaded documents, and the staff's decisions. */
export class Registration1764500000000 implements MigrationInterface {
  name = 'Registration1764500000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query('CREATE SEQUENCE registration_number');
    await db.query(`
      CREATE TABLE registration_applications (
        id uuid PRIMARY KEY,
        number text NOT NULL UNIQUE,
        status text NOT NULL CHECK (status IN ('SUBMITTED', 'APPROVED', 'REJECTED')),
        inn text NOT NULL,
        company_name text NOT NULL,
        details jsonb NOT NULL,
        submitted_at timestamptz NOT NULL DEFAULT now(),
        ip text,
        user_agent text,
        manager_id uuid REFERENCES users (id),
        decided_at timestamptz,
        decided_by uuid REFERENCES users (id),
        decision_comment text,
        company_id uuid,
        admin_user_id uuid REFERENCES users (id)
      )`);
    await db.query(
      'CREATE INDEX registration_applications_status ON registration_applications (status, submitted_at)',
    );
    await db.query(`
      CREATE TABLE uploads (
        id uuid PRIMARY KEY,
        kind text NOT NULL
          CHECK (kind IN ('APPLICATION_FORM', 'POWER_OF_ATTORNEY', 'IDENTITY_DOCUMENT', 'CHARTER', 'INN_CERTIFICATE')),
        token_hash text NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        expires_at timestamptz NOT NULL,
        uploaded_at timestamptz,
        ip text,
        content_type text,
        size int,
        sha256 text,
        content bytea,
        application_id uuid REFERENCES registration_applications (id)
      )`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query('DROP TABLE uploads, registration_applications');
    await db.query('DROP SEQUENCE registration_number');
  }
}
