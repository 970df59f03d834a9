/**
 * Flat rows of typed cells for tables, CSV files and reports: one row per remuneration year
 * ({@link SUMMARY_COLUMNS}, {@link summaryRows}) and, for the detail of a year, one row per indicator
 * ({@link INDICATOR_COLUMNS}, {@link indicatorRows}). The command line and the reports format each cell
 * by its column's kind (`formatCell`) and add nothing up themselves: totals come from core `totalsOf`
 * over the columns marked `total`, or from a simulation's `totals`.
 */
import { invalid } from '../core/errors.js';
import type { Lang } from '../core/format.js';
import { textNames } from '../core/plain-words.js';
import type { SummaryColumn, SummaryRow } from '../core/summary.js';
import { TYPE_LABELS } from './indicators.js';
import { PLAIN_WORDS } from './plain-words.js';
import { MspYearResult, Simulation } from './simulate.js';

/** The columns of a year's row. */
export const SUMMARY_COLUMNS = [
  { key: 'structure', label: { fr: 'MSP', en: 'MSP' }, kind: 'text' },
  { key: 'year', label: { fr: 'Exercice', en: 'Year' }, kind: 'year' },
  { key: 'version', label: { fr: 'Texte', en: 'Text' }, kind: 'text', names: textNames(PLAIN_WORDS) },
  { key: 'prerequisitesMet', label: { fr: 'Socle prérequis atteint', en: 'Core prerequisite met' }, kind: 'boolean' },
  { key: 'fixedPoints', label: { fr: 'Points fixes', en: 'Fixed points' }, kind: 'decimal' },
  { key: 'variablePoints', label: { fr: 'Points variables', en: 'Variable points' }, kind: 'decimal' },
  { key: 'points', label: { fr: 'Total des points', en: 'Total points' }, kind: 'decimal' },
  { key: 'amount', label: { fr: 'Valeur des points', en: 'Value of the points' }, kind: 'euro', total: true },
  { key: 'precarityRate', label: { fr: 'Taux de majoration précarité', en: 'Precarity majoration rate' }, kind: 'percent' },
  { key: 'majoration', label: { fr: 'Majoration précarité', en: 'Precarity majoration' }, kind: 'euro', total: true },
  { key: 'topUp', label: { fr: 'Complément nouvelle structure', en: 'New-structure top-up' }, kind: 'euro', total: true },
  { key: 'total', label: { fr: 'Rémunération de l’exercice', en: 'Remuneration for the year' }, kind: 'euro', total: true },
  { key: 'advanceDate', label: { fr: 'Avance due le', en: 'Advance due by' }, kind: 'date' },
  { key: 'advance', label: { fr: 'Avance', en: 'Advance' }, kind: 'euro', total: true },
  { key: 'balanceDate', label: { fr: 'Solde dû le', en: 'Balance due by' }, kind: 'date' },
  { key: 'balance', label: { fr: 'Solde (négatif : à récupérer)', en: 'Balance (negative: to recover)' }, kind: 'euro', total: true },
] as const satisfies readonly SummaryColumn[];

/** A column key of {@link SUMMARY_COLUMNS}. */
export type SummaryKey = (typeof SUMMARY_COLUMNS)[number]['key'];

/** The columns of an indicator's row. */
export const INDICATOR_COLUMNS = [
  { key: 'indicator', label: { fr: 'Indicateur', en: 'Indicator' }, kind: 'text' },
  { key: 'label', label: { fr: 'Libellé', en: 'Label' }, kind: 'text' },
  { key: 'type', label: { fr: 'Type', en: 'Type' }, kind: 'text', names: TYPE_LABELS },
  { key: 'achieved', label: { fr: 'Atteint', en: 'Met' }, kind: 'boolean' },
  { key: 'fixed', label: { fr: 'Points fixes', en: 'Fixed points' }, kind: 'decimal' },
  { key: 'variable', label: { fr: 'Points variables', en: 'Variable points' }, kind: 'decimal' },
  { key: 'points', label: { fr: 'Points', en: 'Points' }, kind: 'decimal' },
  { key: 'value', label: { fr: 'Valeur (année entière)', en: 'Value (full year)' }, kind: 'euro' },
  { key: 'amount', label: { fr: 'Montant versé', en: 'Amount paid' }, kind: 'euro', total: true },
] as const satisfies readonly SummaryColumn[];

/** A column key of {@link INDICATOR_COLUMNS}. */
export type IndicatorKey = (typeof INDICATOR_COLUMNS)[number]['key'];

function yearRow(r: MspYearResult): SummaryRow<SummaryKey> {
  return {
    structure: r.structure ?? null,
    year: r.year,
    version: r.version,
    prerequisitesMet: r.prerequisites.met,
    fixedPoints: r.points.fixed,
    variablePoints: r.points.variable,
    points: r.points.total,
    amount: r.amount,
    precarityRate: r.precarity.applied ? r.precarity.rate : null,
    majoration: r.precarity.majoration,
    topUp: r.newStructure.topUp,
    total: r.total,
    advanceDate: r.advance.dueBy,
    advance: r.advance.amount,
    balanceDate: r.balance.dueBy,
    balance: r.balance.amount,
  };
}

function resultOf(result: unknown): MspYearResult | Simulation {
  if (MspYearResult.is(result) || Simulation.is(result)) return result;
  return invalid(['result'], result, { en: 'a result of aciMsp.yearlyRemuneration or aciMsp.simulate', fr: 'un résultat de aciMsp.yearlyRemuneration ou de aciMsp.simulate' });
}

/**
 * One row per remuneration year ({@link SUMMARY_COLUMNS}): the year's result gives one row, a simulation
 * one row per year in calendar order. Amounts are Decimals (euros in whole cents; the balance signed).
 *
 * @throws ExerciceCoordonneError `invalid-input` at `result` for anything but such a result.
 */
export function summaryRows(result: MspYearResult | Simulation): SummaryRow<SummaryKey>[] {
  const r = resultOf(result);
  return Simulation.is(r) ? r.years.map(yearRow) : [yearRow(r)];
}

/**
 * One row per indicator of a year's catalogue ({@link INDICATOR_COLUMNS}), labels in `lang`: its points,
 * their value for a full year and its share of the amount paid (the shares add up to the year's `amount`).
 *
 * @throws ExerciceCoordonneError `invalid-input` at `result` for anything but a year's result.
 */
export function indicatorRows(result: MspYearResult, lang: Lang = 'fr'): SummaryRow<IndicatorKey>[] {
  if (!MspYearResult.is(result)) invalid(['result'], result, { en: 'a result of aciMsp.yearlyRemuneration', fr: 'un résultat de aciMsp.yearlyRemuneration' });
  return result.byIndicator.map((i) => ({
    indicator: i.id,
    label: i.label[lang === 'en' ? 'en' : 'fr'],
    type: i.type,
    achieved: i.achieved,
    fixed: i.fixed,
    variable: i.variable,
    points: i.points,
    value: i.value,
    amount: i.amount,
  }));
}
