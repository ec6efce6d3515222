import { moscowDate } from '@kabinet/kit';
import type { EntityManager } from 'typeorm';

/**
 * The next number of a yearly series (bank invoices, receipts), e.g. "СЧ-2026-000123": numbers restart each
 * Moscow calendar year, and the year in the number keeps them unique forever. The series row is locked until
 * the caller's transaction ends, so numbers have no gaps from rolled-back work and never repeat.
 */
export async function nextNumber(tx: EntityManager, prefix: string, now: Date): Promise<string> {
  const year = Number(moscowDate(now).slice(0, 4));
  const [{ value }] = await tx.query(
    `INSERT INTO number_series (series, year, last_value) VALUES ($1, $2, 1)
     ON CONFLICT (series, year) DO UPDATE SET last_value = number_series.last_value + 1
     RETURNING last_value AS value`,
    [prefix, year],
  );
  return `${prefix}-${year}-${String(value).padStart(6, '0')}`;
}

/** Bank invoices (счёт на оплату). */
export const INVOICE_SERIES = 'СЧ';
/** Card payment receipts (чек). */
export const RECEIPT_SERIES = 'ЧК';
