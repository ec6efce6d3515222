import { type BulkHandler, bulkWork, type Logger, systemClock } from '@kabinet/kit';
import type { DataSource } from 'typeorm';
import { moveAccountsToGroup } from '../tree/move-accounts';

/** Accounts' share of group operations: each account moved into the group, as moveAccountsToGroup would. */
const handlers = {
  async MOVE_TO_GROUP(tx, { companyId, accountId, params }) {
    await moveAccountsToGroup(tx, companyId, { accountIds: [accountId], groupId: params.groupId });
  },
} satisfies Record<string, BulkHandler>;

export const accountsBulkWork = (deps: { db: DataSource; log: Logger }) =>
  bulkWork(deps, { owner: 'accounts', handlers, clock: systemClock });
