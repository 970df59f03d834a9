/**
 * Flat rows of the collective contract for tables, CSV files and reports: one row per contract year, of
 * a `collective.yearlyAid` result or of every year of a `collective.simulate` result. The command line and
 * reports format the cells by their column's kind and take totals from core `totalsOf`.
 */
import { invalid } from '../core/errors.js';
import type { SummaryColumn, SummaryRow } from '../core/summary.js';
import { isCollectiveSimulation, isCollectiveYearlyAid, type CollectiveSimulation, type CollectiveYearlyAid } from './collective-simulate.js';

/** The keys of the collective summary columns. */
export type CollectiveSummaryKey =
  | 'year'
  | 'from'
  | 'to'
  | 'etp'
  | 'ceiling'
  | 'amount'
  | 'targetMedecinTraitant'
  | 'reachedMedecinTraitant'
  | 'targetFileActive'
  | 'reachedFileActive'
  | 'achievementRate'
  | 'payment1Date'
  | 'payment1Amount'
  | 'payment2Date'
  | 'payment2Amount';

/** The columns of a collective contract year, in order. Amounts marked `total` add up over rows. */
export const SUMMARY_COLUMNS: readonly SummaryColumn<CollectiveSummaryKey>[] = [
  { key: 'year', label: { fr: 'Année', en: 'Year' }, kind: 'integer' },
  { key: 'from', label: { fr: 'Début', en: 'From' }, kind: 'date' },
  { key: 'to', label: { fr: 'Fin', en: 'To' }, kind: 'date' },
  { key: 'etp', label: { fr: 'ETP', en: 'FTE' }, kind: 'decimal' },
  { key: 'ceiling', label: { fr: 'Plafond', en: 'Maximum' }, kind: 'euro', total: true },
  { key: 'amount', label: { fr: 'Aide due', en: 'Aid due' }, kind: 'euro', total: true },
  { key: 'targetMedecinTraitant', label: { fr: 'Objectif MT', en: 'MT objective' }, kind: 'integer' },
  { key: 'reachedMedecinTraitant', label: { fr: 'MT atteints', en: 'MT reached' }, kind: 'integer' },
  { key: 'targetFileActive', label: { fr: 'Objectif file active', en: 'File-active objective' }, kind: 'integer' },
  { key: 'reachedFileActive', label: { fr: 'File active atteinte', en: 'File active reached' }, kind: 'integer' },
  { key: 'achievementRate', label: { fr: 'Atteinte', en: 'Achievement' }, kind: 'percent' },
  { key: 'payment1Date', label: { fr: '1er versement, date', en: 'Payment 1, date' }, kind: 'date' },
  { key: 'payment1Amount', label: { fr: '1er versement, montant', en: 'Payment 1, amount' }, kind: 'euro', total: true },
  { key: 'payment2Date', label: { fr: '2e versement, date', en: 'Payment 2, date' }, kind: 'date' },
  { key: 'payment2Amount', label: { fr: '2e versement, montant', en: 'Payment 2, amount' }, kind: 'euro', total: true },
];

function rowOf(y: CollectiveYearlyAid): SummaryRow<CollectiveSummaryKey> {
  const [first, second] = y.payments;
  return {
    year: y.year,
    from: y.period.from,
    to: y.period.to,
    etp: y.etp,
    ceiling: y.ceiling,
    amount: y.amount ?? null,
    targetMedecinTraitant: y.objective?.medecinTraitant.target ?? null,
    reachedMedecinTraitant: y.modulation?.medecinTraitant.reached ?? null,
    targetFileActive: y.objective?.fileActive.target ?? null,
    reachedFileActive: y.modulation?.fileActive.reached ?? null,
    achievementRate: y.modulation?.achievementRate ?? null,
    payment1Date: first?.date ?? null,
    payment1Amount: first?.amount ?? null,
    payment2Date: second?.date ?? null,
    payment2Amount: second?.amount ?? null,
  };
}

/**
 * The rows of a collective result: one for a `collective.yearlyAid` result, one per contract year for a
 * `collective.simulate` result. Anything else raises the library's validation error (`result`).
 */
export function summaryRows(result: CollectiveYearlyAid | CollectiveSimulation): SummaryRow<CollectiveSummaryKey>[] {
  if (isCollectiveYearlyAid(result)) return [rowOf(result)];
  if (isCollectiveSimulation(result)) return result.years.map(rowOf);
  return invalid(['result'], result, {
    en: 'a result of assistantMedical.collective.yearlyAid or assistantMedical.collective.simulate',
    fr: 'un résultat d’assistantMedical.collective.yearlyAid ou d’assistantMedical.collective.simulate',
  });
}
