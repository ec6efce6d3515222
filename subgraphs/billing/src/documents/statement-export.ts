import { isUuid, type Period, type PeriodRange, preconditionFailed } from '@kabinet/kit';
import type { EntityManager } from 'typeorm';
import type { Loaders } from '../loaders';
import type { Billing } from '../runtime';
import type { Cell, DocumentContent, DocumentSubject } from './content';
import { DOWNLOAD_URL_MINUTES, downloadPath } from './download-urls';
import { removeExpiredFiles, storeFile } from './files';
import { russianDay } from './format';
import { CONTENT_TYPES, type DocumentFormat, EXTENSIONS, render } from './render';
import { requisitesOf } from './requisites';

const KIND_NAMES: Record<string, string> = {
  PAYMENT: 'Оплата',
  CHARGE: 'Начисление',
  CREDIT: 'Корректировка',
  REFUND: 'Возврат',
  PROMISED_PAYMENT: 'Обещанный платёж',
};

type StatementLoaders = Pick<Loaders, 'statement'>;

/**
 * A statement (`PersonalAccount.statement`) as a file: its figures from the statement's own loader (so the
 * export never disagrees with the API), its operations oldest first as spreadsheets read. null when the caller
 * may not see the account.
 */
async function statementContent(
  tx: EntityManager,
  loaders: StatementLoaders,
  accountId: string,
  range: PeriodRange,
  period: Period,
  accountNumber: string | null,
): Promise<DocumentContent | null> {
  const totals = await loaders.statement.load({ accountId, ...range });
  if (!totals) return null;
  const operations: { occurred_at: Date; kind: string; description: string; amount_minor: string }[] =
    await tx.query(
      `SELECT occurred_at, kind, description, amount_minor::text FROM ledger_entries
       WHERE account_id = $1 AND occurred_at >= $2 AND occurred_at < $3 ORDER BY occurred_at, id`,
      [accountId, range.from, range.until],
    );
  return {
    title: 'Выписка по лицевому счёту',
    lines: [
      `Лицевой счёт № ${accountNumber ?? accountId}`,
      `за период с ${russianDay(period.from)} по ${russianDay(period.to)}`,
    ],
    columns: [
      { title: 'Дата', kind: 'date', width: 0.15 },
      { title: 'Операция', kind: 'text', width: 0.2 },
      { title: 'Описание', kind: 'text', width: 0.45 },
      { title: 'Сумма, руб.', kind: 'money', width: 0.2 },
    ],
    rows: operations.map((e): Cell[] => [
      e.occurred_at,
      KIND_NAMES[e.kind] ?? e.kind,
      e.description,
      BigInt(e.amount_minor),
    ]),
    summary: [
      ['Баланс на начало периода, руб.', totals.openingMinor],
      ['Начислено, руб.', totals.chargesMinor],
      ['Оплачено, руб.', totals.paymentsMinor],
      ['Корректировки и обещанные платежи, руб.', totals.creditsMinor],
      ['Возвраты, руб.', totals.refundsMinor],
      ['Баланс на конец периода, руб.', totals.closingMinor],
    ],
  };
}

/**
 * Writes a statement's CSV or XLSX file and returns a signed download link to it (valid 15 minutes). null when
 * the caller may not see the account.
 */
export async function exportStatement(
  billing: Billing,
  tx: EntityManager,
  loaders: StatementLoaders,
  input: {
    accountId: string;
    period: Period;
    range: PeriodRange;
    format: Extract<DocumentFormat, 'CSV' | 'XLSX'>;
  },
) {
  if (!isUuid(input.accountId)) return null;
  const [account]: { companyId: string; number: string | null }[] = await tx.query(
    'SELECT company_id AS "companyId", number FROM billing_accounts WHERE account_id = $1',
    [input.accountId],
  );
  const statement =
    account &&
    (await statementContent(tx, loaders, input.accountId, input.range, input.period, account.number));
  if (!statement) return null;
  const company = await requisitesOf(tx, account.companyId);
  if (!company)
    throw preconditionFailed("The company's requisites have not reached billing yet; try again soon");
  const subject: DocumentSubject = { company, accountId: input.accountId, accountNumber: account.number };
  const now = billing.clock.now();
  const { signer } = billing.documents;
  const bytes = await render(input.format, statement, subject, { now, keyId: signer.keyId });
  const filename =
    `Выписка ${account.number ?? ''} ${input.period.from} — ${input.period.to}.${EXTENSIONS[input.format]}`
      .replace(/\s+/g, ' ')
      .trim();
  const expiresAt = new Date(now.getTime() + DOWNLOAD_URL_MINUTES * 60_000);
  // Exports are made per request: each is kept only while its link works, and the expired go as new ones come.
  await removeExpiredFiles(tx, now);
  const file = await storeFile(
    tx,
    {
      companyId: account.companyId,
      filename,
      contentType: CONTENT_TYPES[input.format],
      content: bytes,
      expiresAt,
    },
    now,
  );
  return {
    url: downloadPath(signer.urlKey, file.id, expiresAt),
    expiresAt,
    filename,
    company: account.companyId,
  };
}
