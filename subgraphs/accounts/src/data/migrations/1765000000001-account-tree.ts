import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Fills accounts' copy of the account tree from its own tables (the kit migration before this one made
 * it); from now on every change writes it in the same transaction. Group names are unique among siblings.
 */
export class AccountTree1765000000001 implements MigrationInterface {
  name = 'AccountTree1765000000001';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      WITH RECURSIVE paths AS (
        SELECT id, company_id, ARRAY[id] AS groups FROM account_groups WHERE parent_id IS NULL
        UNION ALL
        SELECT g.id, g.company_id, p.groups || g.id FROM account_groups g JOIN paths p ON g.parent_id = p.id
      )
      INSERT INTO account_tree (id, company_id, kind, groups)
      SELECT id, company_id, 'GROUP', groups FROM paths
      UNION ALL
      SELECT a.id, a.company_id, 'ACCOUNT', coalesce(p.groups, '{}') FROM personal_accounts a
      LEFT JOIN paths p ON p.id = a.group_id`);
    await db.query(
      'CREATE UNIQUE INDEX account_groups_sibling_name ON account_groups (company_id, parent_id, lower(name)) NULLS NOT DISTINCT',
    );
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query('DROP INDEX account_groups_sibling_name');
    await db.query('DELETE FROM account_tree');
  }
}
