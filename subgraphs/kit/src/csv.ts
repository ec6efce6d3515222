import { stringify } from 'csv-stringify/sync';

/**
 * Rows as CSV: a header row, then one line per row, in `columns` order. Every export goes through here because
 * a spreadsheet runs a cell starting with = + - @ tab or CR as a formula, and exports carry text anyone can
 * choose (a User-Agent, a name): such a cell gets a leading apostrophe (csv-stringify's `escape_formulas`), so
 * it opens as text. Numbers are left as they are, negative ones included; with `decimals`, every number is
 * written with that many (money: 2, so 1250 is "1250.00").
 */
export const toCsv = <Row extends object>(
  rows: readonly Row[],
  columns: readonly (keyof Row & string)[],
  { decimals }: { decimals?: number } = {},
) =>
  stringify([...rows], {
    header: true,
    columns: [...columns],
    escape_formulas: true,
    ...(decimals !== undefined && { cast: { number: (value: number) => value.toFixed(decimals) } }),
  });
