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
