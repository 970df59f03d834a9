/**
 * Summaries: a result as flat rows of typed cells, for tables, CSV files and reports. Each scheme's
 * `summary.ts` says its columns (key, French and English heading, kind) and turns a result into rows;
 * the command line and the reports only format cells by their kind and never add anything up
 * themselves: totals come from {@link totalsOf}.
 */
import type { Decimal } from 'decimal.js';
import { dateIn, decimalIn, euroIn, percentIn, type Label, type Lang } from './format.js';
import { Dec } from './money.js';

/** How a column's cells are read and written. */
export type ColumnKind =
  /** Free text (an id, a label, a regime name). */
  | 'text'
  /** An ISO date, written `dd/mm/yyyy` in French. */
  | 'date'
  /** A whole number, grouped by thousands (`1 045`). */
  | 'integer'
  /** A calendar year (`2024`): a whole number written without grouping (never `2 024`). */
  | 'year'
  /** An exact decimal quantity (points). */
  | 'decimal'
  /** An amount in euros, whole cents. */
  | 'euro'
  /** A ratio from 0 to 1, written as a percentage. */
  | 'percent'
  /** Yes or no. */
  | 'boolean';

/** One column of a summary. */
export interface SummaryColumn<K extends string = string> {
  readonly key: K;
  readonly label: Label;
  readonly kind: ColumnKind;
  /** True when the column's cells add up to a meaningful total (amounts of one file). */
  readonly total?: boolean;
  /**
   * For a text column whose cells are codes: the name a person reads for each (`avenant-7` → « Avenant 7 »),
   * used by {@link formatCell} given the column (tables, reports). A code with no name is shown as it is;
   * CSV and JSON keep the codes.
   */
  readonly names?: Readonly<Record<string, Label>>;
}

/** A cell: text, a number, a boolean, a Decimal (euros, ratios, points) or nothing. */
export type Cell = string | number | boolean | Decimal | null;

/** One flat row. */
export type SummaryRow<K extends string = string> = { readonly [key in K]: Cell };

/** The totals of the columns marked `total`, over any rows (a contract, a whole file). */
export function totalsOf<K extends string>(columns: readonly SummaryColumn<K>[], rows: Iterable<SummaryRow<K>>): Partial<Record<K, Decimal>> {
  const totals: Partial<Record<K, Decimal>> = {};
  const summed = columns.filter((c) => c.total);
  for (const c of summed) totals[c.key] = new Dec(0);
  for (const row of rows) {
    for (const c of summed) {
      const cell = row[c.key];
      if (cell !== null && typeof cell === 'object') totals[c.key] = totals[c.key]!.plus(cell);
      else if (typeof cell === 'number') totals[c.key] = totals[c.key]!.plus(cell);
    }
  }
  return totals;
}

/**
 * A cell as a person reads it in a language (`11 000,00 €`, `78,05 %`, `01/03/2024`, `2024`, `oui`), by
 * its column's kind; given the column, a code is shown by its name (`Avenant 7`).
 */
export function formatCell(column: ColumnKind | SummaryColumn, cell: Cell, lang: Lang): string {
  if (cell === null || cell === undefined) return '';
  const kind = typeof column === 'string' ? column : column.kind;
  if (typeof column === 'object' && column.names && typeof cell === 'string' && Object.prototype.hasOwnProperty.call(column.names, cell)) {
    return column.names[cell]![lang];
  }
  switch (kind) {
    case 'euro':
      return euroIn(lang, cell as Decimal | string | number);
    case 'percent':
      return percentIn(lang, cell as Decimal | string | number);
    case 'decimal':
    case 'integer':
      return typeof cell === 'boolean' ? String(cell) : decimalIn(lang, cell as Decimal | string | number);
    case 'year':
      return String(cell);
    case 'date':
      return typeof cell === 'string' ? dateIn(lang, cell) : String(cell);
    case 'boolean':
      return cell === true ? (lang === 'fr' ? 'oui' : 'yes') : cell === false ? (lang === 'fr' ? 'non' : 'no') : String(cell);
    default:
      return String(cell);
  }
}
