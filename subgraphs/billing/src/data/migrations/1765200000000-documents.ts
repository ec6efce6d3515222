import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Signed documents and the files behind download links:
 * - company_requisites: billing's own copy of each customer company's requisites (from CompanyApproved and
 *   the demo seed), printed on its documents;
 * - billing_accounts.number: the personal account's number, printed on documents (from PersonalAccountOpened);
 * - files: generated files served through signed download URLs (documents, exports);
 * - documents: what was asked for, its state, and the operator's signature over its file;
 * - document_signing_keys: every public key documents were ever signed with, by key id, so a document
 *   signed before a key rotation still verifies.
 */
export class Documents1765200000000 implements MigrationInterface {
  name = 'Documents1765200000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE company_requisites (
        company_id uuid PRIMARY KEY,
        name text NOT NULL,
        inn text NOT NULL,
        kpp text NOT NULL,
        legal_address text NOT NULL,
        contract_number text NOT NULL
      )`);
    await db.query('CREATE INDEX company_requisites_contract ON company_requisites (contract_number)');
    await db.query('ALTER TABLE billing_accounts ADD COLUMN number text');
    await db.query(`
      CREATE TABLE files (
        id uuid PRIMARY KEY,
        company_id uuid NOT NULL,
        filename text NOT NULL,
        content_type text NOT NULL,
        content bytea NOT NULL,
        sha256 text NOT NULL,
        created_at timestamptz NOT NULL
      )`);
    await db.query(`
      CREATE TABLE documents (
        id uuid PRIMARY KEY,
        company_id uuid NOT NULL,
        -- null for a document of the whole contract
        account_id uuid,
        contract_number text NOT NULL,
        type text NOT NULL,
        format text NOT NULL CHECK (format IN ('PDF', 'XLSX', 'CSV')),
        period_from date NOT NULL,
        period_to date NOT NULL,
        email text,
        status text NOT NULL CHECK (status IN ('PENDING', 'READY', 'SENT', 'FAILED')),
        file_id uuid REFERENCES files (id),
        sha256 text,
        signature text,
        key_id text,
        failure text,
        requested_by uuid,
        created_at timestamptz NOT NULL,
        ready_at timestamptz
      )`);
    await db.query('CREATE INDEX documents_account ON documents (account_id, created_at DESC, id DESC)');
    await db.query(`CREATE INDEX documents_pending ON documents (created_at) WHERE status = 'PENDING'`);
    await db.query(`
      CREATE TABLE document_signing_keys (
        key_id text PRIMARY KEY,
        public_key text NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query('DROP TABLE document_signing_keys, documents, files, company_requisites');
    await db.query('ALTER TABLE billing_accounts DROP COLUMN number');
  }
}
