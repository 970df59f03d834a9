/**
 * The totals of a whole file, at the end of the table view: core `totalsOf` over the totals of each
 * batch (themselves `totalsOf` over the batch's valid rows, computed where the rows were), so that the
 * command line adds nothing up itself, whether the file ran on one thread or on several.
 */
import type { Lang } from '../core/explain.js';
import { Dec } from '../core/money.js';
import { totalsOf, type SummaryRow } from '../core/summary.js';
import type { Command } from './command.js';
import type { BatchTotals } from './process.js';
import { figureList } from './table.js';

/** The lines of a file's totals: a heading and each summed column of the scheme's summary, one a line. */
export function fileTotals(command: Command<unknown>, batches: readonly BatchTotals[], valid: number, lang: Lang): string[] {
  const summed = command.columns.filter((c) => c.total);
  const rows: SummaryRow[] = batches.map((b) => Object.fromEntries(summed.map((c) => [c.key, b.sums[c.key] === undefined ? null : new Dec(b.sums[c.key]!)])));
  const totals = totalsOf(summed, rows) as SummaryRow;
  const pending = batches.reduce((n, b) => n + b.pending, 0);
  const fr = lang === 'fr';
  const lines = fr ? `${valid} ligne(s) valide(s)` : `${valid} valid row(s)`;
  const heading =
    pending > 0
      ? fr
        ? `Total connu du fichier (${lines} ; ${pending} ${command.pending!.label.fr}, non comptée(s)) :`
        : `Known total of the file (${lines}; ${pending} ${command.pending!.label.en}, not counted):`
      : fr
        ? `Total du fichier (${lines}) :`
        : `Total of the file (${lines}):`;
  return [heading, ...figureList(summed, totals, summed.map((c) => c.key), lang).map((l) => `  ${l}`)];
}
