import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * What the account list of a large company searches, filters and sorts by.
 * - An account's address and a search text (number, label, address; lower case, ё read as е) under a trigram
 *   index, so a fragment of any of them is found without a scan.
 * - Accounts' balances, kept from billing's BalanceChanged, and the kinds of service on each account, kept from
 *   catalog's lifecycle events (the services not terminated, with their kind): projections, so sorting by balance or filtering by debt or service kind is one
 *   query here rather than a list of ids passed between subgraphs (see the README, "Account list").
 */
export class AccountList1765520000000 implements MigrationInterface {
  name = 'AccountList1765520000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query('CREATE EXTENSION IF NOT EXISTS pg_trgm');
    await db.query('ALTER TABLE personal_accounts ADD COLUMN address text');
    await db.query(`
      ALTER TABLE personal_accounts ADD COLUMN search_text text GENERATED ALWAYS AS (
        replace(lower(number || ' ' || name || ' ' || coalesce(address, '')), 'ё', 'е')) STORED`);
    await db.query(
      'CREATE INDEX personal_accounts_search ON personal_accounts USING gin (search_text gin_trgm_ops)',
    );
    await db.query(`
      CREATE TABLE account_balances (
        account_id uuid PRIMARY KEY REFERENCES personal_accounts (id),
        balance_minor bigint NOT NULL
      )`);
    await db.query('CREATE INDEX account_balances_balance ON account_balances (balance_minor)');
    await db.query(`
      CREATE TABLE account_services (
        service_id uuid PRIMARY KEY,
        account_id uuid NOT NULL REFERENCES personal_accounts (id),
        kind text NOT NULL
      )`);
    await db.query('CREATE INDEX account_services_account ON account_services (account_id, kind)');
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query('DROP TABLE account_services');
    await db.query('DROP TABLE account_balances');
    await db.query('ALTER TABLE personal_accounts DROP COLUMN search_text, DROP COLUMN address');
  }
}
