/**
 * `exercice-coordonne am`: the aide à l'emploi d'un assistant médical, contract by contract (a record
 * without `year`) or contract-year by contract-year (a record with `year`).
 */
import { formatEuro } from '../core/money.js';
import { explanationLines, type Step } from '../core/explain.js';
import { assistantMedical as am } from '../index.js';
import type { YearlyAid, Simulation } from '../assistant-medical/index.js';
import { at, columns, rowLabel, type Command, type RowRef, type ShowOptions } from './command.js';
import type { FieldSpec } from './fields.js';

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

function yearReason(row: YearlyAid, lang: ShowOptions['lang']): string {
  const fr = lang === 'fr';
  if (!row.modulated) return fr ? `non modulée (année ${row.year})` : `not modulated (year ${row.year})`;
  if (row.modulation) {
    const m = row.modulation;
    const pct = m.achievementRate.times(100).toDecimalPlaces(2).toFixed();
    return fr
      ? `objectif ${m.targetPatients} patients, atteint ${m.reachedPatients} : ${pct.replace('.', ',')} %`
      : `objective ${m.targetPatients} patients, reached ${m.reachedPatients}: ${pct} %`;
  }
  if (row.objective) {
    return fr ? `selon l’atteinte de l’objectif (${row.objective.targetPatients} patients)` : `depends on reaching the objective (${row.objective.targetPatients} patients)`;
  }
  return fr ? 'selon l’atteinte de l’objectif (non calculé)' : 'depends on the objective (not computed)';
}

function rowCells(row: YearlyAid, lang: ShowOptions['lang']): string[] {
  return [String(row.year), `${row.period.from} → ${row.period.to}`, formatEuro(row.ceiling), row.amount ? formatEuro(row.amount) : '—', yearReason(row, lang)];
}

function explainRow(steps: readonly Step[], lang: ShowOptions['lang']): string[] {
  return explanationLines(steps.filter((s) => !PREPARED.has(s.rule)), lang).map((l) => `      · ${l}`);
}

const REGIME_NAME: Record<string, { fr: string; en: string }> = {
  'avenant-7': { fr: 'avenant 7', en: 'Avenant 7' },
  'reglement-arbitral-2023': { fr: 'règlement arbitral 2023', en: '2023 règlement arbitral' },
  'convention-2024': { fr: 'convention 2024', en: '2024 convention' },
};

function header(input: Record<string, unknown>, regime: string, band: string, row: RowRef, lang: ShowOptions['lang']): string {
  const r = REGIME_NAME[regime]?.[lang] ?? regime;
  return lang === 'fr'
    ? `Contrat ${rowLabel(row, lang)} — signé le ${String(input['signedOn'])}, embauche le ${String(input['hiredOn'])}, option ${String(input['option'])} ETP, tranche ${band}, ${r}`
    : `Contract ${rowLabel(row, lang)} — signed on ${String(input['signedOn'])}, hired on ${String(input['hiredOn'])}, option ${String(input['option'])} FTE, band ${band}, ${r}`;
}

/**
 * What a spreadsheet may hold for the option (ETP of assistant funded), matched ignoring case, accents,
 * a trailing "ETP" and trailing zeros (`0,50`). `01-févr` and `01-mars` are what French Excel shows once
 * `1/2` or `1/3` is typed in a cell it reads as a date (1 February, 1 March): nothing else writes them in
 * this column. Anything else goes to the library as written, and the library says what it expects.
 */
const OPTION_VALUES: readonly (readonly [string, string])[] = [
  ['1/3', '1/3'],
  ['0,33', '1/3'],
  ['0,333', '1/3'],
  ['un tiers', '1/3'],
  ['tiers temps', '1/3'],
  ['01-mars', '1/3'],
  ['1-mars', '1/3'],
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
  ['1', '1'],
  ['temps plein', '1'],
  ['plein temps', '1'],
  ['temps complet', '1'],
  ['100 %', '1'],
  ['1,5', '1.5'],
  ['2', '2'],
];

/** The CSV columns of the command: each input field, its French names and what it holds. */
const FIELDS: readonly FieldSpec[] = [
  { path: 'id', kind: 'text', aliases: ['identifiant', 'référence', 'nom'], help: { fr: 'votre identifiant, repris dans chaque sortie', en: 'your own identifier, kept in every output' } },
  { path: 'signedOn', kind: 'date', aliases: ['date de signature', 'date signature', 'signé le', 'signature'], help: { fr: 'date de signature du contrat (requis)', en: 'date the contract was signed (required)' } },
  { path: 'hiredOn', kind: 'date', aliases: ['date d’embauche', 'date embauche', 'embauché le', 'embauche'], help: { fr: 'date d’embauche de l’assistant (requis)', en: 'date the assistant was hired (required)' } },
  { path: 'option', kind: 'choice', aliases: ['ETP', 'option ETP', 'quotité'], values: OPTION_VALUES, help: { fr: 'ETP d’assistant financé (requis)', en: 'FTE of assistant funded (required)' } },
  { path: 'band', kind: 'code', aliases: ['tranche', 'tranche de patientèle'], help: { fr: 'tranche de patientèle de départ, ex. P30-P50 (ou startingPatients)', en: 'starting patientèle band, e.g. P30-P50 (or startingPatients)' } },
  { path: 'startingPatients', kind: 'number', aliases: ['patientèle de départ', 'patientèle initiale', 'patients au départ'], help: { fr: 'patientèle de départ', en: 'starting patientèle' } },
  { path: 'specialty', kind: 'text', aliases: ['spécialité'], help: { fr: 'spécialité, ex. medecine-generale (pour la tranche)', en: 'specialty, e.g. medecine-generale (for the band)' } },
  { path: 'thresholds.p{n}', kind: 'number', aliases: ['seuil p{n}'], help: { fr: 'seuil du percentile en patients (p30 … p95)', en: 'percentile cut-off in patients (p30 … p95)' } },
  { path: 'objective.targetPatients', kind: 'number', aliases: ['objectif', 'objectif de patientèle', 'patientèle cible'], help: { fr: 'objectif écrit au contrat', en: 'objective written in the contract' } },
  { path: 'doctor.age', kind: 'number', aliases: ['âge', 'âge du médecin'], help: { fr: 'âge du médecin (objectifs particuliers)', en: 'age of the doctor (special objectives)' } },
  { path: 'doctor.newlyInstalled', kind: 'boolean', aliases: ['nouvellement installé', 'nouvel installé', 'installation récente'], help: { fr: 'médecin nouvellement installé', en: 'newly installed doctor' } },
  { path: 'year', kind: 'number', aliases: ['année', 'année du contrat', 'année de contrat'], help: { fr: 'une seule année du contrat (1 à 5)', en: 'one contract year only (1 to 5)' } },
  { path: 'achievement.reachedPatients', kind: 'number', aliases: ['patientèle atteinte', 'patients atteints'], help: { fr: 'patientèle atteinte à la fin de cette année', en: 'patientèle reached at the end of that year' } },
  { path: 'reached.{n}', kind: 'number', aliases: ['atteint {n}', 'atteint année {n}', 'patientèle atteinte année {n}'], help: { fr: 'patientèle atteinte à la fin de l’année n (contrat entier)', en: 'patientèle reached at the end of year n (whole contract)' } },
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
  run(record) {
    const input = typeof record === 'object' && record !== null && !Array.isArray(record) ? achievementsFromColumns(record as Record<string, unknown>) : record;
    const { id: _id, ...fields } = (typeof input === 'object' && input !== null ? input : {}) as Record<string, unknown>;
    const clean = typeof input === 'object' && input !== null && !Array.isArray(input) ? fields : input;
    if (typeof clean === 'object' && clean !== null && 'year' in clean) {
      return { kind: 'year', value: am.yearlyAid(clean as never), input: input as Record<string, unknown> };
    }
    return { kind: 'contract', value: am.simulate(clean as never), input: input as Record<string, unknown> };
  },
  table(result, row, options) {
    const { lang } = options;
    const head = lang === 'fr' ? ['Année', 'Période', 'Plafond', 'Aide due', 'Motif'] : ['Year', 'Period', 'Maximum', 'Aid due', 'Reason'];
    const right = [false, false, true, true, false];
    if (result.kind === 'year') {
      const year = result.value;
      const out = [header(result.input, year.regime, year.band, row, lang), ...columns([head, rowCells(year, lang)], right).map((l) => `  ${l}`)];
      if (options.explain) out.push(...explainRow(year.explanation, lang));
      return out;
    }
    const sim = result.value;
    const lines = [header(result.input, sim.regime, sim.band, row, lang)];
    if (options.explain) lines.push(...explanationLines(sim.explanation.filter((s) => PREPARED.has(s.rule)), lang).map((l) => `    · ${l}`));
    const table = columns(
      [
        head,
        ...sim.years.map((r) => rowCells(r, lang)),
        [lang === 'fr' ? 'Total' : 'Total', '', formatEuro(sim.totals.ceiling), sim.totals.amount ? formatEuro(sim.totals.amount) : `${formatEuro(sim.totals.amountKnown)}${lang === 'fr' ? ' (connu)' : ' (known)'}`, ''],
      ],
      right,
    );
    lines.push(`  ${table[0]}`);
    sim.years.forEach((r, i) => {
      lines.push(`  ${table[i + 1]}`);
      if (options.explain) lines.push(...explainRow(r.explanation, lang));
    });
    lines.push(`  ${table[table.length - 1]}`);
    return lines;
  },
  json(result, options) {
    if (options.explain) return result.value;
    // Figures without the explanation: a spread copies a result's figures; its payments are read by name.
    if (result.kind === 'year') return { ...result.value, payments: result.value.payments };
    const sim = result.value;
    return { regime: sim.regime, option: sim.option, band: sim.band, years: sim.years.map((r) => ({ ...r, payments: r.payments })), totals: sim.totals };
  },
  csvColumns: [
    { en: 'signedOn', fr: 'date de signature', kind: 'date' },
    { en: 'hiredOn', fr: 'date d’embauche', kind: 'date' },
    { en: 'option', fr: 'option', kind: 'text' },
    { en: 'year', fr: 'année', kind: 'number' },
    { en: 'from', fr: 'du', kind: 'date' },
    { en: 'to', fr: 'au', kind: 'date' },
    { en: 'regime', fr: 'régime', kind: 'text' },
    { en: 'band', fr: 'tranche', kind: 'text' },
    { en: 'ceiling', fr: 'plafond', kind: 'number' },
    { en: 'amount', fr: 'aide due', kind: 'number' },
    { en: 'targetPatients', fr: 'objectif', kind: 'number' },
    { en: 'reachedPatients', fr: 'patientèle atteinte', kind: 'number' },
    { en: 'achievementRate', fr: 'taux d’atteinte', kind: 'number' },
  ],
  csvRows(result) {
    const rows = result.kind === 'year' ? [result.value] : result.value.years;
    return rows.map((r) => [
      result.input['signedOn'],
      result.input['hiredOn'],
      result.input['option'],
      r.year,
      r.period.from,
      r.period.to,
      r.regime,
      r.band,
      r.ceiling.toFixed(2),
      r.amount?.toFixed(2) ?? '',
      r.objective?.targetPatients ?? '',
      r.modulation?.reachedPatients ?? '',
      r.modulation?.achievementRate.toDecimalPlaces(6).toFixed() ?? '',
    ]);
  },
  csvInputs(record) {
    return [at(record, 'signedOn'), at(record, 'hiredOn'), at(record, 'option'), at(record, 'year'), '', '', '', at(record, 'band')];
  },
};
