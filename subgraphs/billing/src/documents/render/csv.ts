import { moscowDate, toCsv } from '@kabinet/kit';
import type { Cell, CellKind, DocumentContent } from '../content';
import { rubleNumber } from '../format';

function value(cell: Cell, kind: CellKind): string | number {
  if (cell === '') return '';
  if (kind === 'money' && typeof cell === 'bigint') return rubleNumber(cell);
  if (kind === 'date' && cell instanceof Date) return moscowDate(cell);
  return String(cell);
}

/**
 * The document's table as CSV (UTF-8 with a byte order mark, so spreadsheets read the Cyrillic right): the
 * Russian column names as the header, money as numbers with two decimals, dates as Moscow days (YYYY-MM-DD).
 * The summary (balances) follows as rows of its own, its label in the first column and its amount under the
 * first money column.
 */
export function renderCsv(content: DocumentContent): Buffer {
  const titles = content.columns.map((c) => c.title);
  const rows: Record<string, string | number>[] = content.rows.map((cells) =>
    Object.fromEntries(cells.map((cell, i) => [titles[i], value(cell, content.columns[i].kind)])),
  );
  const moneyColumn = content.columns.find((c) => c.kind === 'money')?.title ?? titles[titles.length - 1];
  for (const [label, cell] of content.summary) {
    rows.push({
      [titles[0]]: label,
      [moneyColumn]: typeof cell === 'bigint' ? rubleNumber(cell) : String(cell),
    });
  }
  return Buffer.concat([Buffer.from('\ufeff'), Buffer.from(toCsv(rows, titles, { decimals: 2 }))]);
}
