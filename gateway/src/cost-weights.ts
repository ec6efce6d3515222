/**
 * What one field costs beyond the default 1, as `Type.field`: the fields whose work is out of proportion to
 * their size in the answer — a statement or an expense chart sums a period's ledger, an export or the action
 * archive writes a file, a document is rendered and signed, a bulk operation fans out over thousands of
 * accounts, a FAQ search ranks the whole FAQ. The one place to tune how much of the cost budget they take.
 */
export const COST_WEIGHTS: Readonly<Record<string, number>> = {
  'PersonalAccount.statement': 20,
  'PersonalAccount.balanceAt': 10,
  'PersonalAccount.expenses': 20,
  'Company.expenses': 50,
  'AccountGroup.expenses': 50,
  'Query.faq': 10,
  'Query.auditLogCsv': 200,
  'Mutation.exportStatement': 200,
  'Mutation.requestDocument': 100,
  'Mutation.startBulkOperation': 500,
};

/**
 * How many items an unpaged list holds at most, where that is far below the assumed 50 (`UNPAGED_LIST_SIZE`):
 * lists small by nature (schema/bounded-lists.md says why each is bounded). Without these, a page that shows an
 * account's services with their options and planned changes would be priced as 50 × 50 of each.
 */
export const LIST_SIZES: Readonly<Record<string, number>> = {
  // One planned change per kind: a tariff, a quota, the end.
  'Service.plannedChanges': 3,
  'Service.options': 10,
  'Tariff.options': 10,
  'OrderItem.options': 10,
  // A ticket and each of its messages carry at most 5 files (support refuses a sixth).
  'Ticket.attachments': 5,
  'TicketMessage.attachments': 5,
};
