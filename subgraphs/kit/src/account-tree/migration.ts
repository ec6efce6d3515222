import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The account tree a subgraph enforces access lists with: every personal account and group of accounts
 * with the groups it lies in. accounts owns the tree and writes its copy in the same transaction as each
 * change; subgraphs that scope rows by account keep theirs from accounts' events.
 */
export class CreateAccountTree1765000000000 implements MigrationInterface {
  name = 'CreateAccountTree1765000000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE account_tree (
        id uuid PRIMARY KEY,
        company_id uuid NOT NULL,
        kind text NOT NULL CHECK (kind IN ('ACCOUNT', 'GROUP')),
        -- The enclosing groups from the top of the tree down; a group's own id comes last.
        groups uuid[] NOT NULL DEFAULT '{}'
      )`);
    await db.query('CREATE INDEX account_tree_company ON account_tree (company_id, kind)');
    await db.query('CREATE INDEX account_tree_groups ON account_tree USING gin (groups)');
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query('DROP TABLE account_tree');
  }
}
