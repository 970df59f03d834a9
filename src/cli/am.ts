/**
 * `exercice-coordonne am`: the aide à l'emploi d'un assistant médical, contract by contract (a record
 * without `year`) or contract-year by contract-year (a record with `year`).
 */
import { explanationLines, type Step } from '../core/explain.js';
import { formatCell, type SummaryRow } from '../core/summary.js';
import { assistantMedical as am } from '../index.js';
import type { YearlyAid, Simulation } from '../assistant-medical/index.js';
import { rowLabel, type Command, type RowRef, type ShowOptions } from './command.js';
import type { FieldSpec } from './fields.js';
import { summaryTable } from './table.js';

type Result = { kind: 'contract'; value: Simulation; input: Record<string, unknown> } | { kind: 'year'; value: YearlyAid; input: Record<string, unknown> };

/** CSV columns `reached.3`, `target.3`… become `achievements: [{ year: 3, reachedPatients, targetPatients }]`. */
function achievementsFromColumns(record: Record<string, unknown>): Record<string, unknown> {
  const reached = record['reached'];
  const target = record['target'];
  if ((typeof reached !== 'object' || reached === null) && (typeof target !== 'object' || target === null)) return record;
  const { reached: r, target: t, ...rest } = record as { reached?: Record<string, unknown>; target?: Record<string, unknown> };
  const years = new Set([...Object.keys(r ?? {}), ...Object.keys(t ?? {})]);
  const achievements = [...years]
    .sort((a, b) => Number(a) - Number(b))
    .map((y) => ({
      year: /^\d+$/.test(y) ? Number(y) : y,
      ...(r?.[y] !== undefined ? { reachedPatients: r[y] } : {}),
      ...(t?.[y] !== undefined ? { targetPatients: t[y] } : {}),
    }));
  return { ...rest, achievements };
}

const PREPARED = new Set(['am.regime', 'am.option', 'am.band']);

function explainRow(steps: readonly Step[], lang: ShowOptions['lang']): string[] {
  return explanationLines(steps.filter((s) => !PREPARED.has(s.rule)), lang).map((l) => `      · ${l}`);
}

/** The columns of the table (the CSV and JSON Lines have every column of the summary). */
const TABLE_KEYS = ['year', 'from', 'to', 'ceiling', 'amount', 'targetPatients', 'reachedPatients', 'achievementRate', 'payment1Date', 'payment1Amount', 'payment2Date', 'payment2Amount'];

/** The heading of a contract: its inputs as read, and the text and band of its first year (from the summary). */
function heading(input: Record<string, unknown>, first: SummaryRow | undefined, row: RowRef, lang: ShowOptions['lang']): string {
  const date = (v: unknown) => (typeof v === 'string' ? formatCell('date', v, lang) : String(v));
  const text = first ? formatCell(am.SUMMARY_COLUMNS.find((c) => c.key === 'regime')!, first['regime'] ?? null, lang) : '';
  const band = first ? String(first['band']) : '';
  return lang === 'fr'
    ? `Contrat ${rowLabel(row, lang)} — signé le ${date(input['signedOn'])}, embauche le ${date(input['hiredOn'])}, option ${String(input['option'])} ETP, texte ${text}, tranche ${band}`
    : `Contract ${rowLabel(row, lang)} — signed on ${date(input['signedOn'])}, hired on ${date(input['hiredOn'])}, option ${String(input['option'])} FTE, text ${text}, band ${band}`;
}

/**
 * What a spreadsheet may hold for the option (ETP of assistant funded), matched ignoring case, accents,
 * a trailing "ETP" and trailing zeros (`0,50`). `01-févr` and `01-mars` are what French Excel shows once
 * `1/2` or `1/3` is typed in a cell it reads as a date (1 February, 1 March): nothing else writes them in
 * this column. Anything else goes to the library as written, and the library says what it expects.
 */
const OPTION_VALUES: readonly (readonly [string, string])[] = [
  // the first writing of each value is the one the model file (--template) uses: Excel keeps it as text
  ['1/3 ETP', '1/3'],
  ['1/3', '1/3'],
  ['0,33', '1/3'],
  ['0,333', '1/3'],
  ['un tiers', '1/3'],
  ['tiers temps', '1/3'],
  ['01-mars', '1/3'],
  ['1-mars', '1/3'],
  ['1/2 ETP', '1/2'],
  ['1/2', '1/2'],
  ['0,5', '1/2'],
  ['mi-temps', '1/2'],
  ['mi temps', '1/2'],
  ['demi-temps', '1/2'],
  ['½', '1/2'],
  ['50 %', '1/2'],
  ['01-févr', '1/2'],
  ['1-févr', '1/2'],
  ['01-févr.', '1/2'],
  ['1-févr.', '1/2'],
  ['1 ETP', '1'],
  ['1', '1'],
  ['temps plein', '1'],
  ['plein temps', '1'],
  ['temps complet', '1'],
  ['100 %', '1'],
  ['1,5 ETP', '1.5'],
  ['1,5', '1.5'],
  ['2 ETP', '2'],
  ['2', '2'],
];

/** The CSV columns of the command: each input field, its French names and what it holds. */
const FIELDS: readonly FieldSpec[] = [
  { path: 'id', kind: 'text', aliases: ['identifiant', 'référence', 'nom'], help: { fr: 'votre identifiant, repris dans chaque sortie', en: 'your own identifier, kept in every output' } },
  { path: 'signedOn', kind: 'date', aliases: ['date de signature', 'date signature', 'signé le', 'signature'], help: { fr: 'date de signature du contrat (requis)', en: 'date the contract was signed (required)' } },
  { path: 'hiredOn', kind: 'date', aliases: ['date d’embauche', 'date embauche', 'embauché le', 'embauche'], help: { fr: 'date d’embauche de l’assistant (requis)', en: 'date the assistant was hired (required)' } },
  { path: 'option', kind: 'choice', aliases: ['option ETP', 'ETP', 'quotité'], values: OPTION_VALUES, help: { fr: 'ETP d’assistant financé (requis)', en: 'FTE of assistant funded (required)' } },
  { path: 'band', kind: 'code', aliases: ['tranche', 'tranche de patientèle'], help: { fr: 'tranche de patientèle de départ, ex. P30-P50 (ou startingPatients)', en: 'starting patientèle band, e.g. P30-P50 (or startingPatients)' } },
  { path: 'startingPatients', kind: 'number', aliases: ['patientèle de départ', 'patientèle initiale', 'patients au départ'], help: { fr: 'patientèle de départ', en: 'starting patientèle' } },
  {
    path: 'specialty',
    kind: 'choice',
    aliases: ['spécialité'],
    // a specialty's slug matches however it is written: `Médecine générale` and `medecine-generale` have the same key
    values: [['médecine générale', 'medecine-generale'], ...am.KNOWN_SPECIALTIES.map((s) => [s, s] as const)],
    help: { fr: 'spécialité, ex. médecine générale (pour la tranche)', en: 'specialty, e.g. medecine-generale (for the band)' },
  },
  { path: 'thresholds.p{n}', kind: 'number', aliases: ['seuil p{n}'], help: { fr: 'seuil du percentile en patients (p30 … p95)', en: 'percentile cut-off in patients (p30 … p95)' } },
  { path: 'objective.targetPatients', kind: 'number', aliases: ['objectif', 'objectif de patientèle', 'patientèle cible'], help: { fr: 'objectif écrit au contrat', en: 'objective written in the contract' } },
  { path: 'doctor.age', kind: 'number', aliases: ['âge', 'âge du médecin'], help: { fr: 'âge du médecin (objectifs particuliers)', en: 'age of the doctor (special objectives)' } },
  { path: 'doctor.newlyInstalled', kind: 'boolean', aliases: ['nouvellement installé', 'nouvel installé', 'installation récente'], help: { fr: 'médecin nouvellement installé', en: 'newly installed doctor' } },
  { path: 'year', kind: 'number', aliases: ['année', 'année du contrat', 'année de contrat'], help: { fr: 'une seule année du contrat (1 pour la première ; la durée du contrat est celle de son texte)', en: 'one contract year only (1 for the first; the contract lasts as long as its text says)' } },
  { path: 'achievement.reachedPatients', kind: 'number', aliases: ['patientèle atteinte', 'patients atteints'], help: { fr: 'patientèle atteinte à la fin de cette année', en: 'patientèle reached at the end of that year' } },
  { path: 'reached.{n}', kind: 'number', aliases: ['patientèle atteinte année {n}', 'atteint {n}', 'atteint année {n}'], help: { fr: 'patientèle atteinte à la fin de l’année n (contrat entier)', en: 'patientèle reached at the end of year n (whole contract)' } },
  { path: 'target.{n}', kind: 'number', aliases: ['objectif {n}', 'objectif année {n}'], help: { fr: 'objectif de l’année n (contrat entier)', en: 'objective of year n (whole contract)' } },
];

export const amCommand: Command<Result> = {
  name: 'am',
  summary: {
    fr: 'aide à l’emploi d’un assistant médical : l’aide de chaque année du contrat',
    en: 'aide à l’emploi d’un assistant médical: the aid of each contract year',
  },
  example: 'examples/assistant-medical/contract.json',
  help: {
    fr: `Usage : exercice-coordonne am [fichier|-] [options]

Calcule l’aide à l’emploi d’un assistant médical de chaque contrat (toutes ses années), ou d’une année
du contrat quand la ligne a une colonne « année » (year).

Entrée : CSV (une ligne par contrat, ou par année de contrat), JSON (un objet ou un tableau) ou JSON Lines ;
en JSON, les champs imbriqués s’écrivent en objets, en CSV avec des points (doctor.age,
objective.targetPatients, overrides.am.modulation.rule).

Exemple de CSV, tel qu’Excel l’enregistre (examples/assistant-medical/contrats.csv) :
  Identifiant;Date de signature;Date d’embauche;Option;Tranche;Patientèle de départ;Atteint 3;Atteint 4;Atteint 5
  dr-a;01/03/2021;01/04/2021;1/3;P30-P50;700;840;800;900
  dr-b;01/09/2024;01/10/2024;mi-temps;P50-P70;1 200;;;
`,
    en: `Usage: exercice-coordonne am [file|-] [options]

Computes the aide à l'emploi d'un assistant médical of each contract (every year of it), or of one
contract year when the row has a "year" column.

Input: CSV (one row per contract, or per contract year), JSON (an object or an array) or JSON Lines; in
JSON, nested fields are objects, in CSV dotted names (doctor.age, objective.targetPatients,
overrides.am.modulation.rule).

Example CSV (examples/assistant-medical/contracts.csv):
  id,signedOn,hiredOn,option,band,startingPatients,reached.3,reached.4,reached.5
  dr-a,2021-03-01,2021-04-01,1/3,P30-P50,700,840,800,900
`,
  },
  fields: FIELDS,
  template: {
    columns: ['id', 'signedOn', 'hiredOn', 'option', 'specialty', 'band', 'startingPatients', 'objective.targetPatients', 'reached.3', 'reached.4', 'reached.5'],
    example: {
      id: 'dr-martin',
      signedOn: '2021-09-15',
      hiredOn: '2021-10-04',
      option: '1/2',
      specialty: 'medecine-generale',
      band: 'P30-P50',
      startingPatients: 820,
      'reached.3': 1025,
      'reached.4': 980,
      'reached.5': 1060,
    },
    json: 'examples/assistant-medical/contract.json',
  },
  run(record) {
    const input = typeof record === 'object' && record !== null && !Array.isArray(record) ? achievementsFromColumns(record as Record<string, unknown>) : record;
    const { id: _id, ...fields } = (typeof input === 'object' && input !== null ? input : {}) as Record<string, unknown>;
    const clean = typeof input === 'object' && input !== null && !Array.isArray(input) ? fields : input;
    if (typeof clean === 'object' && clean !== null && 'year' in clean) {
      return { kind: 'year', value: am.yearlyAid(clean as never), input: input as Record<string, unknown> };
    }
    return { kind: 'contract', value: am.simulate(clean as never), input: input as Record<string, unknown> };
  },
  columns: am.SUMMARY_COLUMNS,
  rows: (result) => am.summaryRows(result.value),
  pending: {
    is: (row) => row['amount'] === null,
    label: { fr: 'année(s) dont l’aide attend l’atteinte de l’objectif', en: 'year(s) whose aid awaits the objective’s achievement' },
  },
  table(result, rows, row, options) {
    const { lang } = options;
    const lines = [heading(result.input, rows[0], row, lang)];
    const years = result.kind === 'year' ? [result.value] : result.value.years;
    if (options.explain && result.kind === 'contract') lines.push(...explanationLines(result.value.explanation.filter((s) => PREPARED.has(s.rule)), lang).map((l) => `    · ${l}`));
    const table = summaryTable(am.SUMMARY_COLUMNS, rows, TABLE_KEYS, lang, { total: true, pending: amCommand.pending!.is });
    // the headings, then each year (with its explanation on request), then the total
    const headings = table.length - rows.length - (rows.length > 1 ? 1 : 0);
    table.forEach((line, i) => {
      lines.push(`  ${line}`);
      const year = years[i - headings];
      if (options.explain && year && i >= headings && i - headings < rows.length) lines.push(...explainRow(year.explanation, lang));
    });
    return lines;
  },
  json(result, options) {
    if (options.explain) return result.value;
    // Figures without the explanation: a spread copies a result's figures; its payments are read by name.
    if (result.kind === 'year') return { ...result.value, payments: result.value.payments };
    const sim = result.value;
    return { regime: sim.regime, option: sim.option, band: sim.band, years: sim.years.map((r) => ({ ...r, payments: r.payments })), totals: sim.totals };
  },
  report: (result) => result.value,
};
