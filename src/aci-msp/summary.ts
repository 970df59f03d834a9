/**
 * The rows a person-facing table of a year's result needs (the command-line tool formats them).
 */
import type { Decimal } from 'decimal.js';
import type { Label } from '../core/parameters.js';
import type { MspYearResult } from './remuneration.js';

/** One row: a label, the points when the row has points, and an amount in euros (signed for the balance). */
export interface SummaryRow {
  /** Stable key: an indicator id, or `points`, `precarity`, `new-structure`, `total`, `advance`, `balance`. */
  readonly key: string;
  readonly label: Label;
  readonly points: Decimal | undefined;
  readonly amount: Decimal;
}

/**
 * Rows for a table of a year's remuneration: one per indicator of the catalogue (its points and its share
 * of the paid amount), then the total of points and their value, the precarity majoration, the
 * new-structure top-up (new structures only), the total, the advance and the balance. Pure.
 */
export function summaryRows(result: MspYearResult): SummaryRow[] {
  const rows: SummaryRow[] = result.byIndicator.map((i) => ({ key: i.id, label: i.label, points: i.points, amount: i.amount }));
  rows.push({
    key: 'points',
    label: result.prerequisites.met
      ? result.prorata
        ? { fr: `Total des points (valeur proratisée ${result.prorata.numerator}/${result.prorata.denominator})`, en: `Total points (value prorated ${result.prorata.numerator}/${result.prorata.denominator})` }
        : { fr: 'Total des points', en: 'Total points' }
      : { fr: 'Total des points (socle prérequis non atteint : rien n’est dû)', en: 'Total points (core prerequisite not met: nothing is due)' },
    points: result.points.total,
    amount: result.amount,
  });
  rows.push({
    key: 'precarity',
    label: result.precarity.applied
      ? { fr: 'Majoration précarité', en: 'Precarity majoration' }
      : { fr: 'Majoration précarité (taux non renseignés)', en: 'Precarity majoration (rates not given)' },
    points: undefined,
    amount: result.precarity.majoration,
  });
  if (result.newStructure.yearOfDisposition !== null) {
    rows.push({ key: 'new-structure', label: { fr: 'Complément nouvelle structure', en: 'New-structure top-up' }, points: undefined, amount: result.newStructure.topUp });
  }
  rows.push({ key: 'total', label: { fr: `Rémunération ${result.year}`, en: `Remuneration ${result.year}` }, points: undefined, amount: result.total });
  rows.push({ key: 'advance', label: { fr: `Avance (au plus tard le ${result.advance.dueBy})`, en: `Advance (by ${result.advance.dueBy})` }, points: undefined, amount: result.advance.amount });
  rows.push({
    key: 'balance',
    label:
      result.balance.kind === 'recovery'
        ? { fr: `Solde à récupérer (au plus tard le ${result.balance.dueBy})`, en: `Balance to recover (by ${result.balance.dueBy})` }
        : { fr: `Solde (au plus tard le ${result.balance.dueBy})`, en: `Balance (by ${result.balance.dueBy})` },
    points: undefined,
    amount: result.balance.amount,
  });
  return rows;
}
