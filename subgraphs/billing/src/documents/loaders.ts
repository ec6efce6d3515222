import { alignOne, companyScopeSql, isUuid, type Viewer } from '@kabinet/kit';
import DataLoader from 'dataloader';
import type { DataSource } from 'typeorm';
import { DOCUMENT_COLUMNS, type DocumentRecord } from './records';
import { type DocumentSubscription, SUBSCRIPTION_COLUMNS } from './subscriptions';

/**
 * Documents by id, the caller's only: of their company, and of accounts on their access list (a whole
 * contract's documents only for callers not limited to some accounts). Others load as null, like missing ones.
 */
export const documentLoaders = (db: DataSource, viewer: Viewer | null) => ({
  document: new DataLoader<string, DocumentRecord | null>(async (ids) => {
    const valid = ids.filter(isUuid);
    if (valid.length === 0) return ids.map(() => null);
    const scope = companyScopeSql(viewer, { company: 'd.company_id', account: 'd.account_id' }, 2);
    const rows: DocumentRecord[] = await db.query(
      `SELECT ${DOCUMENT_COLUMNS} FROM documents d WHERE d.id = ANY($1) AND ${scope.sql}`,
      [valid, ...scope.params],
    );
    return alignOne(ids, rows, (row) => row.id);
  }),

  /** Each account's monthly document subscriptions, one statement per batch; none for an account not visible. */
  documentSubscriptions: new DataLoader<string, DocumentSubscription[]>(async (accountIds) => {
    const scope = companyScopeSql(viewer, { company: 's.company_id', account: 's.account_id' }, 2);
    const rows: DocumentSubscription[] = await db.query(
      `SELECT ${SUBSCRIPTION_COLUMNS} FROM document_subscriptions s
       WHERE s.account_id = ANY($1::uuid[]) AND ${scope.sql} ORDER BY s.created_at, s.id`,
      [accountIds.filter(isUuid), ...scope.params],
    );
    return accountIds.map((id) => rows.filter((row) => row.accountId === id));
  }),
});
