/**
 * A scheme's summary as a person reads it in a terminal: its cells formatted by their column's kind (core
 * `formatCell`), its totals from core `totalsOf`. Nothing is added up, rounded or built here.
 */
import type { Lang } from '../core/explain.js';
import { formatCell, totalsOf, type SummaryColumn, type SummaryRow } from '../core/summary.js';
import { columns as aligned } from './command.js';

/** The columns of `all` named by `keys`, in the order of `keys`. */
export function pick(all: readonly SummaryColumn[], keys: readonly string[]): SummaryColumn[] {
  return keys.map((k) => {
    const c = all.find((x) => x.key === k);
    if (!c) throw new Error(`no summary column "${k}"`);
    return c;
  });
}

/** Numbers are aligned right. */
const rightAligned = (c: SummaryColumn) => c.kind === 'euro' || c.kind === 'decimal' || c.kind === 'integer' || c.kind === 'percent';

/**
 * A heading on two lines, so that long headings do not widen their column: split after a comma
 * (`1er versement,` / `date`), before a parenthesis (`Solde` / `(négatif : à récupérer)`), or at the space
 * nearest the middle of a long heading.
 */
function headingLines(text: string): [string, string] {
  const comma = text.indexOf(', ');
  if (comma > 0) return [text.slice(0, comma + 1), text.slice(comma + 2)];
  if (text.length <= 12) return [text, ''];
  const paren = text.indexOf(' (');
  if (paren > 0) return [text.slice(0, paren), text.slice(paren + 1)];
  let best = -1;
  for (let i = text.indexOf(' '); i > 0; i = text.indexOf(' ', i + 1)) if (best < 0 || Math.abs(i - text.length / 2) < Math.abs(best - text.length / 2)) best = i;
  return best > 0 ? [text.slice(0, best), text.slice(best + 1)] : [text, ''];
}

export interface TableOptions {
  /** A total row (from `totalsOf`) under the rows: for a contract's years. */
  readonly total?: boolean;
  /** A row whose empty cells are not known yet (a year pending its objective): the total says it counts the known part. */
  readonly pending?: (row: SummaryRow) => boolean;
  /** How some cells are shown instead of by their kind: a calendar year without grouping (`2024`, not `2 024`). */
  readonly display?: Readonly<Record<string, (cell: SummaryRow[string]) => string>>;
}

/** A calendar year as it is written (an `integer` cell would be grouped: `2 024`). */
export const calendarYear = (cell: SummaryRow[string]): string => (cell === null ? '' : String(cell));

/** The label of a total row: "Total", or "Total connu" when some rows are not known yet. */
export function totalLabel(lang: Lang, partial: boolean): string {
  if (!partial) return 'Total';
  return lang === 'fr' ? 'Total connu' : 'Known total';
}

/** The rows as an aligned table of the columns `keys`, headings on two lines, and a total row on request. */
export function summaryTable(all: readonly SummaryColumn[], rows: readonly SummaryRow[], keys: readonly string[], lang: Lang, options: TableOptions = {}): string[] {
  const shown = pick(all, keys);
  const heads = shown.map((c) => headingLines(c.label[lang]));
  const twoLines = heads.some(([, second]) => second !== '');
  const table: string[][] = [heads.map(([first]) => first)];
  if (twoLines) table.push(heads.map(([, second]) => second));
  for (const r of rows) table.push(shown.map((c) => options.display?.[c.key]?.(r[c.key] ?? null) ?? formatCell(c, r[c.key] ?? null, lang)));
  if (!options.total || rows.length <= 1) return aligned(table, shown.map(rightAligned));
  const totals = totalsOf(shown, rows);
  const label = totalLabel(lang, options.pending !== undefined && rows.some(options.pending));
  const totalRow = shown.map((c) => (c.total ? formatCell(c, totals[c.key] ?? null, lang) : ''));
  // The label is written over the empty cells at the start of its row, so that it does not widen the first
  // column (« Total connu » over « Année » and « Début »); in its own cell when they are not empty enough.
  const lines = aligned([...table, totalRow], shown.map(rightAligned));
  const last = lines[lines.length - 1]!;
  if (last.slice(0, label.length + 2).trim() === '') return [...lines.slice(0, -1), label + last.slice(label.length)];
  return aligned([...table, totalRow.map((cell, i) => (i === 0 && cell === '' ? label : cell))], shown.map(rightAligned));
}

/** One row's figures, one a line (`label   value`), the empty ones left out. */
export function figureList(all: readonly SummaryColumn[], row: SummaryRow, keys: readonly string[], lang: Lang): string[] {
  const shown = pick(all, keys).filter((c) => row[c.key] !== null && row[c.key] !== undefined);
  return aligned(
    shown.map((c) => [c.label[lang], formatCell(c, row[c.key]!, lang)]),
    [false, true],
  );
}
