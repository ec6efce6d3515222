import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Sign-in security: contacts and flags on users, sessions with rotating refresh tokens, challenges, lockout. */
export class Sessions1764300000000 implements MigrationInterface {
  name = 'Sessions1764300000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      ALTER TABLE users
        ADD COLUMN phone text CHECK (phone ~ '^\\+[1-9][0-9]{9,14}$'),
        ADD COLUMN email text CHECK (position('@' IN email) > 1),
        ADD COLUMN sms_login boolean NOT NULL DEFAULT false CHECK (NOT sms_login OR phone IS NOT NULL),
        ADD COLUMN must_change_password boolean NOT NULL DEFAULT false,
        ADD COLUMN blocked_at timestamptz`);
    // One row per signed-in device; its refresh tokens rotate on every use (a family).
    await db.query(`
      CREATE TABLE sessions (
        id uuid PRIMARY KEY,
        user_id uuid NOT NULL REFERENCES users (id),
        ip text,
        user_agent text,
        created_at timestamptz NOT NULL DEFAULT now(),
        last_seen_at timestamptz NOT NULL DEFAULT now(),
        expires_at timestamptz NOT NULL,
        revoked_at timestamptz,
        revoked_reason text
      )`);
    await db.query('CREATE INDEX sessions_user ON sessions (user_id) WHERE revoked_at IS NULL');
    await db.query(`
      CREATE TABLE refresh_tokens (
        token_hash text PRIMARY KEY,
        session_id uuid NOT NULL REFERENCES sessions (id),
        created_at timestamptz NOT NULL DEFAULT now(),
        used_at timestamptz
      )`);
    await db.query('CREATE INDEX refresh_tokens_session ON refresh_tokens (session_id)');
    // A step a user must finish with a secret: an SMS code, or (password change) the challenge id itself.
    await db.query(`
      CREATE TABLE challenges (
        id uuid PRIMARY KEY,
        user_id uuid NOT NULL REFERENCES users (id),
        purpose text NOT NULL CHECK (purpose IN ('LOGIN_SMS', 'PASSWORD_CHANGE', 'PASSWORD_RESET', 'CONTACT_CHANGE')),
        code_hash text,
        attempts int NOT NULL DEFAULT 0,
        details jsonb NOT NULL DEFAULT '{}',
        created_at timestamptz NOT NULL DEFAULT now(),
        expires_at timestamptz NOT NULL,
        used_at timestamptz
      )`);
    // Failed sign-ins by login name (known or not) and by address: lockout that reveals nothing.
    await db.query(`
      CREATE TABLE login_failures (
        login_key text NOT NULL,
        ip text,
        at timestamptz NOT NULL DEFAULT now()
      )`);
    await db.query('CREATE INDEX login_failures_login ON login_failures (login_key, at)');
    await db.query('CREATE INDEX login_failures_ip ON login_failures (ip, at)');
    // What the SMS and e-mail senders sent; in development the only place codes go (and the log).
    await db.query(`
      CREATE TABLE outgoing_messages (
        id bigserial PRIMARY KEY,
        channel text NOT NULL CHECK (channel IN ('SMS', 'EMAIL')),
        recipient text NOT NULL,
        body text NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query('DROP TABLE outgoing_messages, login_failures, challenges, refresh_tokens, sessions');
    await db.query(
      'ALTER TABLE users DROP COLUMN phone, DROP COLUMN email, DROP COLUMN sms_login, DROP COLUMN must_change_password, DROP COLUMN blocked_at',
    );
  }
}
