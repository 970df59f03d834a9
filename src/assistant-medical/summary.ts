/**
 * Flat rows for tables, CSV files and reports: one row per contract year, of a `yearlyAid` result or of
 * every year of a `simulate` result. The command line and reports format the cells by their column's
 * kind and take totals from core `totalsOf`: they add nothing up themselves.
 */
import { invalid } from '../core/errors.js';
import { textNames } from '../core/plain-words.js';
import type { SummaryColumn, SummaryRow } from '../core/summary.js';
import { PLAIN_WORDS } from './plain-words.js';
import { isSimulation, isYearlyAid, type Simulation, type YearlyAid } from './simulate.js';

/** The keys of the summary columns. */
export type SummaryKey =
  | 'year'
  | 'from'
  | 'to'
  | 'regime'
  | 'band'
  | 'ceiling'
  | 'amount'
  | 'targetPatients'
  | 'reachedPatients'
  | 'achievementRate'
  | 'payment1Date'
  | 'payment1Amount'
  | 'payment2Date'
  | 'payment2Amount';

/** The columns of a contract year, in order. Amounts marked `total` add up over rows (a contract, a file). */
export const SUMMARY_COLUMNS: readonly SummaryColumn<SummaryKey>[] = [
  { key: 'year', label: { fr: 'Année', en: 'Year' }, kind: 'integer' },
  { key: 'from', label: { fr: 'Début', en: 'From' }, kind: 'date' },
  { key: 'to', label: { fr: 'Fin', en: 'To' }, kind: 'date' },
  { key: 'regime', label: { fr: 'Texte', en: 'Text' }, kind: 'text', names: textNames(PLAIN_WORDS) },
  { key: 'band', label: { fr: 'Tranche', en: 'Band' }, kind: 'text' },
  { key: 'ceiling', label: { fr: 'Plafond', en: 'Maximum' }, kind: 'euro', total: true },
  { key: 'amount', label: { fr: 'Aide due', en: 'Aid due' }, kind: 'euro', total: true },
  { key: 'targetPatients', label: { fr: 'Objectif (patients)', en: 'Objective (patients)' }, kind: 'integer' },
  { key: 'reachedPatients', label: { fr: 'Patientèle atteinte', en: 'Patients reached' }, kind: 'integer' },
  { key: 'achievementRate', label: { fr: 'Atteinte', en: 'Achievement' }, kind: 'percent' },
  { key: 'payment1Date', label: { fr: '1er versement, date', en: 'Payment 1, date' }, kind: 'date' },
  { key: 'payment1Amount', label: { fr: '1er versement, montant', en: 'Payment 1, amount' }, kind: 'euro', total: true },
  { key: 'payment2Date', label: { fr: '2e versement, date', en: 'Payment 2, date' }, kind: 'date' },
  { key: 'payment2Amount', label: { fr: '2e versement, montant', en: 'Payment 2, amount' }, kind: 'euro', total: true },
];

function rowOf(y: YearlyAid): SummaryRow<SummaryKey> {
  const [first, second] = y.payments;
  return {
    year: y.year,
    from: y.period.from,
    to: y.period.to,
    regime: y.regime,
    band: y.band,
    ceiling: y.ceiling,
    amount: y.amount ?? null,
    targetPatients: y.objective?.targetPatients ?? null,
    reachedPatients: y.modulation?.reachedPatients ?? null,
    achievementRate: y.modulation?.achievementRate ?? null,
    payment1Date: first?.date ?? null,
    payment1Amount: first?.amount ?? null,
    payment2Date: second?.date ?? null,
    payment2Amount: second?.amount ?? null,
  };
}

/**
 * The rows of a result: one for a `yearlyAid` result, one per contract year for a `simulate` result.
 * Anything else raises the library's validation error (`result`).
 *
 * @example
 * summaryRows(simulate(contract)).map((r) => r.amount)
 */
export function summaryRows(result: YearlyAid | Simulation): SummaryRow<SummaryKey>[] {
  if (isYearlyAid(result)) return [rowOf(result)];
  if (isSimulation(result)) return result.years.map(rowOf);
  return invalid(['result'], result, {
    en: 'a result of assistantMedical.yearlyAid or assistantMedical.simulate',
    fr: 'un résultat d’assistantMedical.yearlyAid ou d’assistantMedical.simulate',
  });
}
