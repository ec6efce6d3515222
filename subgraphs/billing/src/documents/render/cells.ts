import type { Cell, CellKind } from '../content';
import { rubles, russianDate } from '../format';

/** A cell as printed text (PDF). */
export function cellText(cell: Cell, kind: CellKind): string {
  if (cell === '') return '';
  if (kind === 'money' && typeof cell === 'bigint') return rubles(cell);
  if (kind === 'date' && cell instanceof Date) return russianDate(cell);
  return String(cell);
}
