/**
 * `exercice-coordonne am`: the aide à l'emploi d'un assistant médical, contract by contract (a record
 * without `year`) or contract-year by contract-year (a record with `year`).
 */
import { ExerciceCoordonneError, formatPath, isExerciceCoordonneError, issue } from '../core/errors.js';
import { explanationLines, type Step } from '../core/explain.js';
import { formatCell, type SummaryRow } from '../core/summary.js';
import { assistantMedical as am } from '../index.js';
import type { Eligibility, YearlyAid, Simulation } from '../assistant-medical/index.js';
import { rowLabel, withoutExplanation, type Command, type RowRef, type ShowOptions } from './command.js';
import type { FieldSpec } from './fields.js';
import { summaryTable } from './table.js';
import { SECTOR_VALUES, SPECIALTY_VALUES, ZONE_VALUES } from './values.js';

/** A contract (or one of its years) and, when the row describes the doctor, the doctor's eligibility. */
type Result = ({ kind: 'contract'; value: Simulation } | { kind: 'year'; value: YearlyAid }) & {
  readonly eligibility: Eligibility | undefined;
  readonly input: Record<string, unknown>;
};

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** The doctor's fields that set the objective too (`simulate` and `yearlyAid` take them); the others only the eligibility check reads. */
const OBJECTIVE_DOCTOR: ReadonlySet<string> = new Set(['age', 'newlyInstalled']);

/**
 * A record whose doctor has a field of the eligibility check (`doctor.sector`, `doctor.zone`, …), split
 * between the two calls: the contract for `simulate` / `yearlyAid`, whose inputs are strict, keeps only the
 * objective's doctor (`age`, `newlyInstalled`); the input of `checkEligibility` has the whole doctor, its
 * specialty by default the contract's (`specialty`), and the contract's date, option, thresholds and
 * overrides. `undefined` for a record without such a field: it is computed as it is.
 */
function splitDoctor(record: Record<string, unknown>): { contract: Record<string, unknown>; check: Record<string, unknown>; conflict?: ExerciceCoordonneError } | undefined {
  const doctor = record['doctor'];
  if (!isObject(doctor) || Object.keys(doctor).every((k) => OBJECTIVE_DOCTOR.has(k))) return undefined;
  const { doctor: _doctor, ...rest } = record;
  const objective = Object.fromEntries(Object.entries(doctor).filter(([k]) => OBJECTIVE_DOCTOR.has(k)));
  const contract = Object.keys(objective).length > 0 ? { ...rest, doctor: objective } : rest;
  const specialty = doctor['specialty'] ?? record['specialty'];
  const check: Record<string, unknown> = {
    signedOn: record['signedOn'],
    option: record['option'],
    doctor: { ...doctor, ...(specialty !== undefined ? { specialty } : {}) },
    ...(record['thresholds'] !== undefined ? { thresholds: record['thresholds'] } : {}),
    ...(record['overrides'] !== undefined ? { overrides: record['overrides'] } : {}),
  };
  // one doctor, one specialty: the contract's (for the band) and the doctor's (for the check) are the same
  const twice = doctor['specialty'] !== undefined && record['specialty'] !== undefined && doctor['specialty'] !== record['specialty'];
  const conflict = twice
    ? new ExerciceCoordonneError('invalid-input', [
        issue(['doctor', 'specialty'], doctor['specialty'], {
          en: `the contract's specialty (specialty: ${JSON.stringify(record['specialty'])}), or nothing`,
          fr: `la spécialité du contrat (specialty : ${JSON.stringify(record['specialty'])}), ou rien`,
        }),
      ])
    : undefined;
  return { contract, check, ...(conflict ? { conflict } : {}) };
}

/** Two errors of a row as one: the first's issues, then the second's on other fields (both checks read the date and the option). */
function joined(first: ExerciceCoordonneError | undefined, second: ExerciceCoordonneError): ExerciceCoordonneError {
  if (!first) return second;
  if (first.issues.length === 0) return first;
  const seen = new Set(first.issues.map((i) => formatPath(i.path)));
  const more = second.issues.filter((i) => !seen.has(formatPath(i.path)));
  return more.length === 0 ? first : new ExerciceCoordonneError(first.code, [...first.issues, ...more]);
}

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
 * The doctor's eligibility in the table: « Éligibilité : oui », « non » or « à vérifier » (eligible, but a
 * criterion the library cannot decide), then each criterion not met (✗) or to check (?).
 */
function eligibilityLines(e: Eligibility, lang: ShowOptions['lang']): string[] {
  const fr = lang === 'fr';
  const verdict = !e.eligible ? (fr ? 'non' : 'no') : e.certain ? (fr ? 'oui' : 'yes') : fr ? 'à vérifier' : 'to check';
  const lines = [`  ${fr ? 'Éligibilité :' : 'Eligibility:'} ${verdict}`];
  for (const r of e.reasons) if (r.outcome !== 'met') lines.push(`    ${r.outcome === 'not-met' ? '✗' : '?'} ${r.label[lang]}`);
  return lines;
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
    values: SPECIALTY_VALUES,
    help: { fr: 'spécialité, ex. médecine générale (pour la tranche)', en: 'specialty, e.g. medecine-generale (for the band)' },
  },
  { path: 'thresholds.p{n}', kind: 'number', aliases: ['seuil p{n}'], help: { fr: 'seuil du percentile en patients (p30 … p95)', en: 'percentile cut-off in patients (p30 … p95)' } },
  { path: 'objective.targetPatients', kind: 'number', aliases: ['objectif', 'objectif de patientèle', 'patientèle cible'], help: { fr: 'objectif écrit au contrat', en: 'objective written in the contract' } },
  { path: 'doctor.age', kind: 'number', aliases: ['âge', 'âge du médecin', 'médecin : âge'], help: { fr: 'âge du médecin (objectifs particuliers)', en: 'age of the doctor (special objectives)' } },
  {
    path: 'doctor.newlyInstalled',
    kind: 'boolean',
    aliases: ['nouvellement installé', 'nouvel installé', 'installation récente', 'médecin : nouvellement installé'],
    help: { fr: 'médecin nouvellement installé', en: 'newly installed doctor' },
  },
  // The doctor as the eligibility check reads it: any of these columns filled, the row's eligibility is checked.
  {
    path: 'doctor.specialty',
    kind: 'choice',
    aliases: ['médecin : spécialité', 'spécialité du médecin'],
    values: SPECIALTY_VALUES,
    help: { fr: 'spécialité du médecin, pour l’éligibilité (par défaut : la spécialité du contrat)', en: 'specialty of the doctor, for the eligibility (by default: the contract’s specialty)' },
  },
  { path: 'doctor.sector', kind: 'choice', aliases: ['médecin : secteur', 'secteur', 'secteur conventionnel'], values: SECTOR_VALUES, help: { fr: 'secteur conventionnel du médecin (éligibilité)', en: 'sector of the doctor (eligibility)' } },
  { path: 'doctor.zone', kind: 'choice', aliases: ['médecin : zonage', 'zonage', 'zone'], values: ZONE_VALUES, help: { fr: 'zonage du lieu d’exercice : ZIP, ZAC ou hors zonage (éligibilité)', en: 'zoning of the practice: ZIP, ZAC or none (eligibility)' } },
  {
    path: 'doctor.patientele.medecinTraitant',
    kind: 'number',
    aliases: ['médecin : patientèle médecin traitant', 'médecin : patientèle MT'],
    help: { fr: 'patientèle médecin traitant du médecin à la signature (activité minimale)', en: 'médecin-traitant patientèle of the doctor at signature (minimum activity)' },
  },
  { path: 'doctor.patientele.fileActive', kind: 'number', aliases: ['médecin : file active'], help: { fr: 'file active du médecin à la signature (activité minimale)', en: 'file active of the doctor at signature (minimum activity)' } },
  { path: 'doctor.groupPractice', kind: 'boolean', aliases: ['médecin : exercice regroupé', 'exercice regroupé', 'exercice en groupe'], help: { fr: 'le médecin exerce en groupe avec d’autres médecins', en: 'the doctor practises in a group with other doctors' } },
  {
    path: 'doctor.coordinatedPractice',
    kind: 'boolean',
    aliases: ['médecin : exercice coordonné', 'exercice coordonné'],
    help: { fr: 'exercice coordonné (MSP, centre de santé, ESP, CPTS…), ou engagement à y entrer', en: 'coordinated practice (MSP, health centre, ESP, CPTS…), or committed to join one' },
  },
  {
    path: 'doctor.clinicalFeeShare',
    kind: 'ratio',
    aliases: ['médecin : part d’honoraires cliniques', 'part d’honoraires cliniques'],
    help: { fr: 'part d’honoraires cliniques avant la signature (certaines spécialités)', en: 'share of clinical fees before signature (some specialties)' },
  },
  { path: 'doctor.disabilityRecognised', kind: 'boolean', aliases: ['médecin : RQTH', 'RQTH'], help: { fr: 'reconnaissance de la qualité de travailleur handicapé (RQTH)', en: 'recognised disabled worker (RQTH)' } },
  {
    path: 'doctor.shareOfPatientsUnder16',
    kind: 'ratio',
    aliases: ['médecin : part de patients enfants', 'part de patients enfants'],
    help: { fr: 'part de patients enfants (exemption de l’avenant 7)', en: 'share of child patients (Avenant 7 exemption)' },
  },
  {
    path: 'doctor.inLowDensityDepartement',
    kind: 'boolean',
    aliases: ['médecin : département parmi les moins dotés', 'département parmi les moins dotés', 'département sous-doté'],
    help: { fr: 'exerce dans un des départements les moins dotés de sa spécialité (avenant 7)', en: 'practises in one of the least-dense départements for the specialty (Avenant 7)' },
  },
  {
    path: 'doctor.currentContract.option',
    kind: 'choice',
    aliases: ['contrat en cours : option'],
    values: OPTION_VALUES,
    help: { fr: 'option du contrat en cours du médecin (second assistant)', en: 'option of the doctor’s current contract (second assistant)' },
  },
  { path: 'doctor.currentContract.year', kind: 'number', aliases: ['contrat en cours : année'], help: { fr: 'année du contrat en cours (second assistant)', en: 'year of the current contract (second assistant)' } },
  {
    path: 'doctor.currentContract.objectivesReached',
    kind: 'boolean',
    aliases: ['contrat en cours : objectifs atteints'],
    help: { fr: 'objectifs du contrat en cours atteints (second assistant)', en: 'objectives of the current contract reached (second assistant)' },
  },
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
  example: 'examples/assistant-medical/contract-with-doctor.json',
  help: {
    fr: `Usage : exercice-coordonne am [fichier|-] [options]

Calcule l’aide à l’emploi d’un assistant médical de chaque contrat (toutes ses années), ou d’une année
du contrat quand la ligne a une colonne « année » (year).

Avec le médecin (doctor.sector, doctor.zone, doctor.patientele.medecinTraitant, doctor.groupPractice… ;
en CSV « Médecin : secteur », « Médecin : zonage »…), l’éligibilité du médecin au texte de la date de
signature est vérifiée : « Éligibilité : oui », « non » ou « à vérifier » dans le tableau, avec chaque
critère non rempli ou à vérifier ; le champ eligibility en JSON ; la section Éligibilité du rapport HTML.
La spécialité du médecin est celle du contrat (specialty) quand doctor.specialty manque. Sans ces
colonnes (doctor.age et doctor.newlyInstalled seuls ne comptent pas), rien n’est vérifié.

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

With the doctor (doctor.sector, doctor.zone, doctor.patientele.medecinTraitant, doctor.groupPractice…; in
CSV also "Médecin : secteur", "Médecin : zonage"…), the doctor's eligibility under the text of the
signature date is checked: "Eligibility: yes", "no" or "to check" in the table, with each criterion not
met or to check; the eligibility field in JSON; the Eligibility section of the HTML report. The doctor's
specialty is the contract's (specialty) when doctor.specialty is missing. Without these columns
(doctor.age and doctor.newlyInstalled alone do not count), nothing is checked.

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
    columns: [
      'id',
      'signedOn',
      'hiredOn',
      'option',
      'specialty',
      'band',
      'startingPatients',
      'objective.targetPatients',
      'doctor.sector',
      'doctor.zone',
      'doctor.patientele.medecinTraitant',
      'doctor.groupPractice',
      'doctor.coordinatedPractice',
      'reached.3',
      'reached.4',
      'reached.5',
    ],
    example: {
      id: 'dr-martin',
      signedOn: '2021-09-15',
      hiredOn: '2021-10-04',
      option: '1/2',
      specialty: 'medecine-generale',
      band: 'P30-P50',
      startingPatients: 820,
      'doctor.sector': '1',
      'doctor.zone': 'none',
      'doctor.patientele.medecinTraitant': 820,
      'doctor.groupPractice': true,
      'doctor.coordinatedPractice': true,
      'reached.3': 1025,
      'reached.4': 980,
      'reached.5': 1060,
    },
    json: 'examples/assistant-medical/contract-with-doctor.json',
  },
  run(record) {
    const input = typeof record === 'object' && record !== null && !Array.isArray(record) ? achievementsFromColumns(record as Record<string, unknown>) : record;
    const { id: _id, ...fields } = (typeof input === 'object' && input !== null ? input : {}) as Record<string, unknown>;
    const clean = typeof input === 'object' && input !== null && !Array.isArray(input) ? fields : input;
    const split = isObject(clean) ? splitDoctor(clean) : undefined;
    if (!split) {
      // no doctor to check: the contract as it is
      if (typeof clean === 'object' && clean !== null && 'year' in clean) {
        return { kind: 'year', value: am.yearlyAid(clean as never), eligibility: undefined, input: input as Record<string, unknown> };
      }
      return { kind: 'contract', value: am.simulate(clean as never), eligibility: undefined, input: input as Record<string, unknown> };
    }
    // The contract and the doctor's eligibility: every error of both is the row's.
    let failure = split.conflict;
    const attempt = <T>(f: () => T): T | undefined => {
      try {
        return f();
      } catch (e) {
        if (!isExerciceCoordonneError(e)) throw e;
        failure = joined(failure, e);
        return undefined;
      }
    };
    const oneYear = 'year' in split.contract;
    const value = attempt(() => (oneYear ? am.yearlyAid(split.contract as never) : am.simulate(split.contract as never)));
    // two specialties for the doctor: nothing to check until the row says which
    const eligibility = split.conflict ? undefined : attempt(() => am.checkEligibility(split.check as never));
    if (failure !== undefined) throw failure;
    return oneYear
      ? { kind: 'year', value: value as YearlyAid, eligibility: eligibility!, input: input as Record<string, unknown> }
      : { kind: 'contract', value: value as Simulation, eligibility: eligibility!, input: input as Record<string, unknown> };
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
    if (result.eligibility) lines.push(...eligibilityLines(result.eligibility, lang));
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
    const value = contractJson(result, options);
    if (!result.eligibility) return value;
    // the doctor's eligibility after the contract's figures, as the collective contract gives its group's
    const eligibility = options.explain ? JSON.parse(JSON.stringify(result.eligibility)) : withoutExplanation(result.eligibility);
    return { ...(JSON.parse(JSON.stringify(value)) as Record<string, unknown>), eligibility };
  },
  report: (result) => result.value,
  reportOptions: (result) => (result.eligibility ? { eligibility: result.eligibility } : {}),
};

/** The JSON form of the contract (or year) of a result. */
function contractJson(result: Result, options: ShowOptions): unknown {
  if (options.explain) return result.value;
  // Figures without the explanation: a spread copies a result's figures; its payments are read by name.
  if (result.kind === 'year') return { ...result.value, payments: result.value.payments };
  const sim = result.value;
  return { regime: sim.regime, option: sim.option, band: sim.band, years: sim.years.map((r) => ({ ...r, payments: r.payments })), totals: sim.totals };
}
