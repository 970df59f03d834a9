/**
 * Flat rows of typed cells for tables, CSV files and reports: one row per contract year, with its
 * period, text, size, amounts part by part and mission by mission, and its payments (dates and
 * amounts). The command line and the reports format cells by their kind (core `formatCell`) and take
 * totals from core `totalsOf(SUMMARY_COLUMNS, rows)`: they add nothing up themselves.
 */
import type { Decimal } from 'decimal.js';
import { invalid } from '../core/errors.js';
import { sum } from '../core/money.js';
import { textNames } from '../core/plain-words.js';
import type { SummaryColumn, SummaryRow } from '../core/summary.js';
import { PLAIN_WORDS } from './plain-words.js';
import type { MissionId } from './parameters.js';
import { Simulation, YearlyFunding } from './simulate.js';

/** The per-mission columns: each mission's fixed part, and its variable part (the crisis mission: its crisis block). */
const MISSION_PARTS = [
  ['acces', 'fixed', 'Accès aux soins — part fixe', 'Access to care — fixed part'],
  ['acces', 'variable', 'Accès aux soins — part variable', 'Access to care — variable part'],
  ['parcours', 'fixed', 'Parcours — part fixe', 'Care pathways — fixed part'],
  ['parcours', 'variable', 'Parcours — part variable', 'Care pathways — variable part'],
  ['prevention', 'fixed', 'Prévention — part fixe', 'Prevention — fixed part'],
  ['prevention', 'variable', 'Prévention — part variable', 'Prevention — variable part'],
  ['crise', 'fixed', 'Crises sanitaires — part fixe', 'Health crises — fixed part'],
  ['crise', 'crisisBlock', 'Crises sanitaires — enveloppe de crise', 'Health crises — crisis block'],
  ['qualite', 'fixed', 'Qualité et pertinence — part fixe', 'Quality and relevance — fixed part'],
  ['qualite', 'variable', 'Qualité et pertinence — part variable', 'Quality and relevance — variable part'],
  ['accompagnement', 'fixed', 'Accompagnement — part fixe', 'Support to professionals — fixed part'],
  ['accompagnement', 'variable', 'Accompagnement — part variable', 'Support to professionals — variable part'],
] as const satisfies readonly (readonly [MissionId, 'fixed' | 'variable' | 'crisisBlock', string, string])[];

type MissionKey = `${(typeof MISSION_PARTS)[number][0]}.${(typeof MISSION_PARTS)[number][1]}`;

/** The columns of a year and of its payments. */
const YEAR_COLUMNS = [
  { key: 'contractYear', label: { fr: 'Année', en: 'Year' }, kind: 'integer' },
  { key: 'from', label: { fr: 'Du', en: 'From' }, kind: 'date' },
  { key: 'to', label: { fr: 'Au', en: 'To' }, kind: 'date' },
  { key: 'text', label: { fr: 'Texte', en: 'Text' }, kind: 'text', names: textNames(PLAIN_WORDS) },
  { key: 'size', label: { fr: 'Taille', en: 'Size' }, kind: 'integer' },
  { key: 'fonctionnement', label: { fr: 'Fonctionnement', en: 'Fonctionnement (operating)' }, kind: 'euro', total: true },
  { key: 'fixed', label: { fr: 'Parts fixes', en: 'Fixed parts' }, kind: 'euro', total: true },
  { key: 'variable', label: { fr: 'Parts variables', en: 'Variable parts' }, kind: 'euro', total: true },
  { key: 'crisisBlock', label: { fr: 'Enveloppe de crise', en: 'Crisis block' }, kind: 'euro', total: true },
  { key: 'total', label: { fr: 'Total', en: 'Total' }, kind: 'euro', total: true },
  { key: 'startUp', label: { fr: 'Versement de démarrage', en: 'Start-up payment' }, kind: 'euro', total: true },
  { key: 'population', label: { fr: 'Population couverte', en: 'Population covered' }, kind: 'integer' },
  { key: 'signatureDate', label: { fr: 'Date du versement à la signature', en: 'Signature payment date' }, kind: 'date' },
  { key: 'signature', label: { fr: 'Versement à la signature', en: 'Signature payment' }, kind: 'euro', total: true },
  { key: 'advanceDate', label: { fr: 'Date de la première avance', en: 'First advance date' }, kind: 'date' },
  { key: 'advances', label: { fr: 'Avances', en: 'Advances' }, kind: 'euro', total: true },
  { key: 'balanceDate', label: { fr: 'Date du solde', en: 'Balance date' }, kind: 'date' },
  { key: 'balance', label: { fr: 'Solde', en: 'Balance' }, kind: 'euro', total: true },
] as const satisfies readonly SummaryColumn[];

/** The key of a summary column. */
export type SummaryKey = (typeof YEAR_COLUMNS)[number]['key'] | MissionKey;

/**
 * The columns of a CPTS summary, in order: the year and its facts, the amounts (the columns marked
 * `total` add up over rows), the payments of the year (the signature payment, the advances — dated by the
 * first — and the balance), then each mission's parts.
 */
export const SUMMARY_COLUMNS: readonly SummaryColumn<SummaryKey>[] = [
  ...YEAR_COLUMNS,
  ...MISSION_PARTS.map(([mission, part, fr, en]): SummaryColumn<SummaryKey> => ({ key: `${mission}.${part}`, label: { fr, en }, kind: 'euro', total: true })),
];

function paymentCells(y: YearlyFunding): Pick<SummaryRow<SummaryKey>, 'signatureDate' | 'signature' | 'advanceDate' | 'advances' | 'balanceDate' | 'balance'> {
  const of = (kind: 'signature' | 'advance' | 'balance') => y.payments.filter((p) => p.kind === kind);
  const signature = of('signature');
  const advances = of('advance');
  const balance = of('balance');
  const amount = (list: readonly { amount: Decimal }[]) => (list.length === 0 ? null : sum(list.map((p) => p.amount)));
  return {
    signatureDate: signature[0]?.date ?? null,
    signature: amount(signature),
    advanceDate: advances[0]?.date ?? null,
    advances: amount(advances),
    balanceDate: balance[0]?.date ?? null,
    balance: amount(balance),
  };
}

function rowOf(y: YearlyFunding): SummaryRow<SummaryKey> {
  const missions = {} as Record<MissionKey, Decimal | null>;
  for (const [mission, part] of MISSION_PARTS) {
    const m = y.missions.find((x) => x.mission === mission);
    missions[`${mission}.${part}`] = m === undefined ? null : m[part];
  }
  return {
    contractYear: y.contractYear,
    from: y.period.from,
    to: y.period.to,
    text: y.text,
    size: y.size,
    fonctionnement: y.fonctionnement,
    fixed: y.fixed,
    variable: y.variable,
    crisisBlock: y.crisisBlock,
    total: y.total,
    startUp: y.startUp,
    population: y.population,
    ...paymentCells(y),
    ...missions,
  };
}

/**
 * The rows of a summary ({@link SUMMARY_COLUMNS}): one for a year's funding (`yearlyFunding`), one per
 * contract year for a simulation (`simulate`). Anything else is the library's error naming `result`.
 */
export function summaryRows(result: YearlyFunding | Simulation): SummaryRow<SummaryKey>[] {
  if (YearlyFunding.is(result)) return [rowOf(result)];
  if (Simulation.is(result)) return result.years.map(rowOf);
  return invalid(['result'], result, { en: 'a result of aciCpts.yearlyFunding or aciCpts.simulate', fr: 'un résultat de aciCpts.yearlyFunding ou de aciCpts.simulate' });
}
