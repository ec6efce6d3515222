import { notFound } from '@kabinet/kit';
import type { EntityManager } from 'typeorm';
import type { ContactsInput, LegalInput } from './rules';

/** The column each requisite field is kept in. */
const COLUMNS = {
  name: 'name',
  shortName: 'short_name',
  kpp: 'kpp',
  ogrn: 'ogrn',
  legalAddress: 'legal_address',
  postalAddress: 'postal_address',
  contactPhone: 'contact_phone',
  contactEmail: 'contact_email',
  'bankDetails.bankName': 'bank_name',
  'bankDetails.bik': 'bik',
  'bankDetails.settlementAccount': 'settlement_account',
  'bankDetails.correspondentAccount': 'correspondent_account',
} as const;
type Field = keyof typeof COLUMNS;

/** The fields an input sets (absent ones stay as they are), trimmed. */
export function fieldsOf(input: ContactsInput & LegalInput): Partial<Record<Field, string>> {
  const { bankDetails, branchKpps: _, ...plain } = input;
  const fields: Partial<Record<Field, string>> = {};
  for (const [field, value] of Object.entries(plain))
    if (value != null) fields[field as Field] = value.trim();
  if (bankDetails)
    for (const [key, value] of Object.entries(bankDetails))
      fields[`bankDetails.${key}` as Field] = value.trim();
  return fields;
}

const branchesText = (rows: { kpp: string; branch: string }[]) =>
  rows.map((r) => `${r.kpp} ${r.branch}`).join('; ') || null;

/**
 * Writes the requisites that differ from what the company has, under its lock, recording each change: the field,
 * the value before and after, who and when. Branch KPPs, when given, replace the list (one change).
 */
export async function changeRequisites(
  tx: EntityManager,
  companyId: string,
  change: { fields: Partial<Record<Field, string>>; branchKpps?: { kpp: string; branch: string }[] | null },
  by: string,
  at: Date,
): Promise<number> {
  const [company] = await tx.query(
    `SELECT ${Object.values(COLUMNS).join(', ')} FROM companies WHERE id = $1 FOR UPDATE`,
    [companyId],
  );
  if (!company) throw notFound('Company');
  const changes: { field: string; old: string | null; next: string | null }[] = [];
  for (const [field, value] of Object.entries(change.fields) as [Field, string][]) {
    const column = COLUMNS[field];
    if (company[column] === value) continue;
    changes.push({ field, old: company[column], next: value });
    await tx.query(`UPDATE companies SET ${column} = $2 WHERE id = $1`, [companyId, value]);
  }
  if (change.branchKpps) {
    const before: { kpp: string; branch: string }[] = await tx.query(
      'SELECT kpp, branch FROM company_kpps WHERE company_id = $1 ORDER BY kpp',
      [companyId],
    );
    const after = [...change.branchKpps]
      .map((b) => ({ kpp: b.kpp, branch: b.branch.trim() }))
      .sort((x, y) => x.kpp.localeCompare(y.kpp));
    if (branchesText(before) !== branchesText(after)) {
      await tx.query('DELETE FROM company_kpps WHERE company_id = $1', [companyId]);
      await tx.query(
        'INSERT INTO company_kpps (company_id, kpp, branch) SELECT $1, * FROM unnest($2::text[], $3::text[])',
        [companyId, after.map((b) => b.kpp), after.map((b) => b.branch)],
      );
      changes.push({ field: 'branchKpps', old: branchesText(before), next: branchesText(after) });
    }
  }
  if (changes.length > 0) {
    await tx.query(
      `INSERT INTO requisites_changes (company_id, field, old_value, new_value, changed_at, changed_by)
       SELECT $1, f, o, n, $5, $6 FROM unnest($2::text[], $3::text[], $4::text[]) AS c(f, o, n)`,
      [companyId, changes.map((c) => c.field), changes.map((c) => c.old), changes.map((c) => c.next), at, by],
    );
  }
  return changes.length;
}
