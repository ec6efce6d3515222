import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Init1764000000000 implements MigrationInterface {
  name = 'Init1764000000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE users (
        id uuid PRIMARY KEY,
        login text NOT NULL CHECK (length(login) BETWEEN 3 AND 64),
        full_name text NOT NULL,
        role text NOT NULL CHECK (role IN ('ADMIN', 'ACCOUNTANT', 'VIEWER', 'MANAGER', 'SUPPORT', 'OPERATOR')),
        company_id uuid,
        password_hash text NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        -- company users belong to a company; operator staff to none
        CHECK ((role IN ('MANAGER', 'SUPPORT', 'OPERATOR')) = (company_id IS NULL))
      )`);
    await db.query('CREATE UNIQUE INDEX users_login ON users (lower(login))');
    await db.query('CREATE INDEX users_company ON users (company_id)');
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query('DROP TABLE users');
  }
}
