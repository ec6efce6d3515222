import { moscowDate } from '@kabinet/kit';
import ExcelJS from 'exceljs';
import { OPERATOR } from '../../operator';
import type { Cell, CellKind, DocumentContent, DocumentSubject } from '../content';
import { rubleNumber } from '../format';

/** A spreadsheet cell: money as a number of roubles (two decimals shown), a date as the Moscow calendar day. */
function value(cell: Cell, kind: CellKind): ExcelJS.CellValue {
  if (cell === '') return null;
  if (kind === 'money' && typeof cell === 'bigint') return rubleNumber(cell);
  // Excel dates have no time zone: the Moscow day, written as that day's midnight.
  if (kind === 'date' && cell instanceof Date) return new Date(`${moscowDate(cell)}T00:00:00Z`);
  return String(cell);
}

const FORMATS: Partial<Record<CellKind, string>> = { money: '#,##0.00', date: 'dd.mm.yyyy' };

/** The document as one worksheet: the heading lines, the parties, the table (with its own header row), the summary. */
export async function renderXlsx(
  content: DocumentContent,
  subject: DocumentSubject,
  meta: { now: Date },
): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = OPERATOR.name;
  workbook.created = meta.now;
  const sheet = workbook.addWorksheet(content.title.slice(0, 31));
  sheet.addRow([content.title]).font = { bold: true, size: 14 };
  for (const line of content.lines) sheet.addRow([line]);
  sheet.addRow([`Исполнитель: ${OPERATOR.name}, ИНН ${OPERATOR.inn}, КПП ${OPERATOR.kpp}`]);
  const { company } = subject;
  sheet.addRow([
    `Заказчик: ${company.name}, ИНН ${company.inn}, КПП ${company.kpp}, ${company.legalAddress}`,
  ]);
  sheet.addRow([]);
  sheet.addRow(content.columns.map((c) => c.title)).font = { bold: true };
  for (const cells of content.rows) {
    const row = sheet.addRow(cells.map((cell, i) => value(cell, content.columns[i].kind)));
    content.columns.forEach((column, i) => {
      const format = FORMATS[column.kind];
      if (format) row.getCell(i + 1).numFmt = format;
    });
  }
  sheet.addRow([]);
  for (const [label, cell] of content.summary) {
    const money = typeof cell === 'bigint';
    const row = sheet.addRow([label, value(cell, money ? 'money' : 'text')]);
    if (money) row.getCell(2).numFmt = FORMATS.money as string;
  }
  content.columns.forEach((column, i) => {
    sheet.getColumn(i + 1).width = Math.max(12, Math.round(column.width * 100));
  });
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
