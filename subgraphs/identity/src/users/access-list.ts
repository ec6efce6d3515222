import {
  accountTreeCaughtUp,
  assertValid,
  type FieldProblem,
  isUuid,
  MAX_ACCESS_ENTRIES,
} from '@kabinet/kit';
import type { EntityManager } from 'typeorm';

/** What a company user may see, as stored: both lists (either may be empty), or neither for everything. */
export interface AccessList {
  accountIds: string[] | null;
  groupIds: string[] | null;
}

export interface AccessListInput {
  accountIds?: string[] | null;
  groupIds?: string[] | null;
}

export const UNLIMITED: AccessList = { accountIds: null, groupIds: null };

function formatProblems(role: string, input: AccessListInput): FieldProblem[] {
  const named = (['accountIds', 'groupIds'] as const).filter((field) => input[field] != null);
  if (named.length === 0) return [];
  if (role === 'ADMIN')
    return named.map((field) => ({ field, message: 'an administrator sees every account' }));
  const total = (input.accountIds?.length ?? 0) + (input.groupIds?.length ?? 0);
  if (total < 1 || total > MAX_ACCESS_ENTRIES) {
    return [
      {
        field: named[0],
        message: `name 1 to ${MAX_ACCESS_ENTRIES} accounts and groups in all, or neither for all`,
      },
    ];
  }
  return named
    .filter((field) => {
      const ids = input[field] as string[];
      return !ids.every(isUuid) || new Set(ids).size !== ids.length;
    })
    .map((field) => ({ field, message: 'must be distinct ids' }));
}

/** Names every account and group not in the company's tree (identity's copy of it, kept from accounts' events). */
async function reachProblems(
  tx: EntityManager,
  companyId: string,
  input: AccessListInput,
): Promise<FieldProblem[]> {
  const named = [...(input.accountIds ?? []), ...(input.groupIds ?? [])];
  const rows: { id: string; kind: string }[] = await tx.query(
    'SELECT id, kind FROM account_tree WHERE company_id = $1 AND id = ANY($2)',
    [companyId, named],
  );
  const kinds = new Map(rows.map((row) => [row.id, row.kind]));
  const unknown = (field: 'accountIds' | 'groupIds', kind: string, message: string) =>
    (input[field] ?? []).flatMap((id, i) =>
      kinds.get(id) === kind ? [] : [{ field: `${field}.${i}`, message }],
    );
  return [
    ...unknown('accountIds', 'ACCOUNT', "is not one of the company's personal accounts"),
    ...unknown('groupIds', 'GROUP', "is not one of the company's groups of accounts"),
  ];
}

/**
 * The access list to store for a user of `role` in `companyId`, from the caller's input: ACCOUNTANT and
 * VIEWER only, 1 to 100 entries, each an account or group of that company (BAD_USER_INPUT naming the
 * entry otherwise). Naming neither list means every account.
 */
export async function validAccessList(
  tx: EntityManager,
  companyId: string,
  role: string,
  input: AccessListInput,
): Promise<AccessList> {
  assertValid(formatProblems(role, input));
  if (input.accountIds == null && input.groupIds == null) return UNLIMITED;
  let problems = await reachProblems(tx, companyId, input);
  // A group or account created a moment ago may not have reached identity's copy yet: wait for it, once.
  if (problems.length > 0 && (await accountTreeCaughtUp(tx, 'identity')))
    problems = await reachProblems(tx, companyId, input);
  assertValid(problems);
  return { accountIds: input.accountIds ?? [], groupIds: input.groupIds ?? [] };
}
