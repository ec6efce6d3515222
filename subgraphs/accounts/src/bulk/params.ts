import type { BulkOperationKind, BulkOperationParams } from '@kabinet/contracts';
import { EMAIL_FORMAT, type FieldProblem, formatProblems, isUuid } from '@kabinet/kit';

type Param = keyof BulkOperationParams & string;

/** What each kind of operation takes: the params it requires, and those it may be given. */
const PARAMS: Record<BulkOperationKind, { required: Param[]; optional: Param[] }> = {
  SUSPEND_SERVICES: { required: ['resumeOn'], optional: ['serviceKind'] },
  RESUME_SERVICES: { required: [], optional: ['serviceKind'] },
  CHANGE_TARIFF: { required: ['tariffId'], optional: ['effective'] },
  REQUEST_DOCUMENTS: { required: ['documentType', 'period'], optional: ['format', 'email'] },
  SET_DOCUMENT_SUBSCRIPTION: { required: ['documentTypes', 'email'], optional: ['format'] },
  MOVE_TO_GROUP: { required: ['groupId'], optional: [] },
};

const DATE = /^\d{4}-\d{2}-\d{2}$/;

/**
 * The params of an operation, checked for shape before any account is touched: what its kind requires is
 * there, nothing it does not use is given, and each is well formed. What they mean for an account (a tariff
 * on sale there, a freeze within its 90 days) the owning subgraph decides per item, with the account.
 */
export function paramsProblems(kind: BulkOperationKind, params: BulkOperationParams): FieldProblem[] {
  const problems: FieldProblem[] = [];
  const { required, optional } = PARAMS[kind];
  const given = Object.entries(params)
    .filter(([, value]) => value != null)
    .map(([name]) => name);
  for (const name of required) {
    if (params[name] == null) problems.push({ field: `params.${name}`, message: `is required for ${kind}` });
  }
  for (const name of given) {
    if (![...required, ...optional].includes(name as Param))
      problems.push({ field: `params.${name}`, message: `is not used by ${kind}` });
  }
  if (params.tariffId != null && !isUuid(params.tariffId))
    problems.push({ field: 'params.tariffId', message: 'no such tariff' });
  if (params.groupId != null && !isUuid(params.groupId))
    problems.push({ field: 'params.groupId', message: 'no such group' });
  if (params.period && !(DATE.test(params.period.from) && DATE.test(params.period.to)))
    problems.push({ field: 'params.period', message: 'must be two dates' });
  problems.push(...formatProblems('params.email', params.email, EMAIL_FORMAT));
  return problems;
}
