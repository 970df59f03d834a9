/**
 * `exercice-coordonne am-collectif`: the aide collective à l'emploi d'assistants médicaux (collective
 * contract of a group of general practitioners, from 25 February 2026), contract by contract (a record
 * without `year`) or year by year (a record with `year`). Self-contained: its table is made of the
 * scheme's summary rows (`assistantMedical.collective.summaryRows`), formatted by their column's kind;
 * totals come from core `totalsOf`. No rule of its own.
 */
import { explanationLines } from '../core/explain.js';
import { formatCell, totalsOf, type SummaryColumn } from '../core/summary.js';
import { assistantMedical } from '../index.js';
import type { CollectiveEligibility, CollectiveSimulation, CollectiveSummaryKey, CollectiveYearlyAid } from '../assistant-medical/collective.js';
import { at, rowLabel, type Command, type RowRef, type ShowOptions } from './command.js';
import type { CellKind } from './cells.js';
import type { CsvKind } from './csv.js';
import type { FieldSpec } from './fields.js';

const collective = assistantMedical.collective;

type Result = {
  readonly kind: 'contract' | 'year';
  readonly value: CollectiveSimulation | CollectiveYearlyAid;
  readonly eligibility: CollectiveEligibility | undefined;
  readonly input: Record<string, unknown>;
};

const NUMERIC_LEAVES = new Set(['year', 'medecinTraitant', 'fileActive']);
const BOOLEAN_LEAVES = new Set(['trainingSite', 'mep', 'pamsu', 'newlyInstalled', 'individualContractRunning']);
const DATE_LEAVES = new Set(['previousCollectiveContractEndedOn']);
const leaf = (path: string) => path.slice(path.lastIndexOf('.') + 1);

/** The CSV columns of the command (nested lists by their rank: group.doctors.0.sector). */
const FIELDS: readonly FieldSpec[] = [
  { path: 'id', kind: 'text', aliases: ['identifiant', 'référence', 'nom'], help: { fr: 'votre identifiant, repris dans chaque sortie', en: 'your own identifier, kept in every output' } },
  { path: 'signedOn', kind: 'date', aliases: ['date de signature', 'signé le'], help: { fr: 'date de signature du contrat (requis)', en: 'date the contract was signed (required)' } },
  { path: 'hiredOn', kind: 'date', aliases: ['date d’embauche', 'embauche'], help: { fr: 'date d’embauche des assistants (requis)', en: 'date the assistants were hired (required)' } },
  { path: 'etp', kind: 'decimal', aliases: ['ETP', 'nombre d’ETP'], help: { fr: 'nombre d’ETP financés, multiple de 0,5 (requis)', en: 'number of FTE funded, a multiple of 0.5 (required)' } },
  { path: 'year', kind: 'number', aliases: ['année', 'année du contrat'], help: { fr: 'une seule année du contrat', en: 'one contract year only' } },
  { path: 'group.legalForm', kind: 'text', aliases: ['forme juridique'], help: { fr: 'scp, scm, sisa, sel ou other', en: 'scp, scm, sisa, sel or other' } },
  { path: 'group.trainingSite', kind: 'boolean', aliases: ['lieu de stage agréé'], help: { fr: 'structure agréée lieu de stage', en: 'approved training site' } },
];

/** The kind of a nested column the list does not name (a doctor's field, a year's achievement, a patientèle). */
function kindOfPath(path: string): CellKind | undefined {
  const parts = path.split('.');
  const top = parts[0];
  if (top !== 'group' && top !== 'startingPatientele' && top !== 'alreadyGained' && top !== 'achievement' && top !== 'achievements' && top !== 'overrides') return undefined;
  if (top === 'overrides') return 'override';
  const last = leaf(path);
  if (NUMERIC_LEAVES.has(last)) return 'number';
  if (BOOLEAN_LEAVES.has(last)) return 'boolean';
  if (DATE_LEAVES.has(last)) return 'date';
  return 'text';
}

/** How a summary column is written in CSV. */
function csvKindOf(kind: SummaryColumn['kind']): CsvKind {
  return kind === 'date' ? 'date' : kind === 'boolean' ? 'boolean' : kind === 'text' ? 'text' : 'number';
}

/** The steps of the contract, shown once above the years' own steps. */
const CONTRACT_STEPS = new Set(['am.collective.regime', 'am.collective.etp-ceiling', 'am.collective.etp', 'am.collective.starting-patientele', 'am.contract.hiring']);

/** The columns shown in the table, in order (the others go to JSON and CSV). */
const TABLE_KEYS: readonly CollectiveSummaryKey[] = [
  'year',
  'from',
  'to',
  'ceiling',
  'amount',
  'targetMedecinTraitant',
  'reachedMedecinTraitant',
  'targetFileActive',
  'reachedFileActive',
  'achievementRate',
];
const TABLE_COLUMNS: readonly SummaryColumn<CollectiveSummaryKey>[] = TABLE_KEYS.map((k) => collective.SUMMARY_COLUMNS.find((c) => c.key === k)!);
const RIGHT = (kind: SummaryColumn['kind']) => kind !== 'text' && kind !== 'date';

/** Rows of cells padded into aligned columns. */
function aligned(rows: readonly (readonly string[])[], right: readonly boolean[]): string[] {
  const widths: number[] = [];
  for (const row of rows) row.forEach((cell, i) => (widths[i] = Math.max(widths[i] ?? 0, [...cell].length)));
  return rows.map((row) =>
    row
      .map((cell, i) => {
        const pad = ' '.repeat((widths[i] ?? 0) - [...cell].length);
        return right[i] ? pad + cell : cell + pad;
      })
      .join('  ')
      .trimEnd(),
  );
}

function header(result: Result, row: RowRef, lang: ShowOptions['lang']): string {
  const input = result.input;
  const name = rowLabel(row, lang);
  const group = input['group'] as { legalForm?: unknown; doctors?: unknown[] } | undefined;
  const who = group && Array.isArray(group.doctors) ? (lang === 'fr' ? `, ${String(group.legalForm).toUpperCase()} de ${group.doctors.length} médecins` : `, ${String(group.legalForm).toUpperCase()} of ${group.doctors.length} doctors`) : '';
  const etp = formatCell('decimal', result.value.etp, lang);
  return lang === 'fr'
    ? `Contrat collectif ${name}${who} — signé le ${formatCell('date', String(input['signedOn']), lang)}, embauche le ${formatCell('date', String(input['hiredOn']), lang)}, ${etp} ETP`
    : `Collective contract ${name}${who} — signed on ${String(input['signedOn'])}, hired on ${String(input['hiredOn'])}, ${etp} FTE`;
}

function eligibilityLines(e: CollectiveEligibility, lang: ShowOptions['lang']): string[] {
  const fr = lang === 'fr';
  const verdict = e.eligible ? (fr ? 'oui' : 'yes') : fr ? 'non' : 'no';
  const lines = [`  ${fr ? 'Éligibilité du groupe :' : 'Eligibility of the group:'} ${verdict}${e.certain ? '' : fr ? ' (points à vérifier)' : ' (points to check)'}`];
  for (const c of e.criteria) if (c.outcome !== 'met') lines.push(`    ${c.outcome === 'not-met' ? '✗' : '?'} ${c.label[lang]}`);
  return lines;
}

export const collectiveCommand: Command<Result> = {
  name: 'am-collectif',
  summary: {
    fr: 'aide collective à l’emploi d’assistants médicaux (groupe de médecins généralistes, 2026) : l’aide de chaque année',
    en: 'aide collective à l’emploi d’assistants médicaux (a group of general practitioners, 2026): the aid of each year',
  },
  example: 'examples/assistant-medical/collective.json',
  help: {
    fr: `Usage : exercice-coordonne am-collectif [fichier|-] [options]

Calcule l’aide collective à l’emploi d’assistants médicaux (contrat collectif d’un groupe de médecins
généralistes associés dans une SCP, une SCM ou une SISA, contrats signés à partir du 25 février 2026) :
chaque année du contrat, ou une seule année quand l’enregistrement a un champ "year". Avec le groupe,
l’éligibilité est vérifiée et le nombre d’ETP comparé au plafond du groupe. Tous les chiffres de ce contrat
sont non vérifiés (une page professionnelle citant ameli) : voir docs/aide-collective.md.

Entrée (objet ou tableau JSON, JSON Lines, ou CSV avec une ligne d’en-tête de noms de champs ; champs
imbriqués avec des points, listes avec leur rang : group.doctors.0.patientele.medecinTraitant) :
  signedOn                    date de signature du contrat (AAAA-MM-JJ)             obligatoire
  hiredOn                     date d’embauche des assistants (AAAA-MM-JJ)           obligatoire
  etp                         nombre d’ETP financés, multiple de 0,5 (ex. 2.5)      obligatoire
  group.legalForm             scp | scm | sisa | sel | other
  group.trainingSite          structure agréée lieu de stage (true/false)
  group.doctors.N.specialty   spécialité (medecine-generale)
  group.doctors.N.sector      1 | 2-optam | 2
  group.doctors.N.patientele.medecinTraitant, .fileActive   patientèle à la signature
  group.doctors.N.mep, .pamsu, .newlyInstalled, .individualContractRunning   true/false
  group.doctors.N.previousCollectiveContractEndedOn        fin d’un précédent contrat collectif
  startingPatientele.medecinTraitant, .fileActive   patientèle de départ du groupe (sinon la somme des médecins)
  alreadyGained.medecinTraitant, .fileActive        patients déjà gagnés par les contrats individuels
  year                        une seule année du contrat (1 à 5)
  achievement.medecinTraitant, .fileActive          patientèle du groupe atteinte en fin d’année (année ≥ 3)
  achievements                [{ year, medecinTraitant, fileActive }] pour un contrat entier ;
                              en CSV : achievements.0.year, achievements.0.medecinTraitant, …
  overrides.<id>              un chiffre de la loi remplacé (ex. overrides.am.collective.modulation.rule)
  id                          votre identifiant, affiché dans le tableau

Exemple : examples/assistant-medical/collective.json (4 médecins dont 2 maîtres de stage : plafond 5 ETP).
`,
    en: `Usage: exercice-coordonne am-collectif [file|-] [options]

Computes the aide collective à l'emploi d'assistants médicaux (the collective contract of a group of general
practitioners in an SCP, SCM or SISA, contracts signed from 25 February 2026): every year of the contract, or
one year when the record has a "year" field. Every figure of this contract is unverified: see
docs/aide-collective.md. Input fields: signedOn, hiredOn, etp, group { legalForm, trainingSite, doctors[] },
startingPatientele, alreadyGained, year, achievement, achievements, overrides, id.

Example: examples/assistant-medical/collective.json.
`,
  },
  fields: FIELDS,
  kindOf: kindOfPath,
  words: ['legalForm', 'trainingSite', 'doctors', 'specialty', 'sector', 'patientele', 'medecinTraitant', 'fileActive', 'mep', 'pamsu', 'newlyInstalled', 'individualContractRunning', 'previousCollectiveContractEndedOn', 'startingPatientele', 'alreadyGained', 'achievement', 'achievements'],
  run(record) {
    const input = (typeof record === 'object' && record !== null && !Array.isArray(record) ? record : {}) as Record<string, unknown>;
    const { id: _id, ...fields } = input;
    const clean = typeof record === 'object' && record !== null && !Array.isArray(record) ? fields : record;
    const oneYear = typeof clean === 'object' && clean !== null && 'year' in clean;
    const value = oneYear ? collective.yearlyAid(clean as never) : collective.simulate(clean as never);
    // The input was valid: its group (when given) is checked too.
    const { signedOn, group, overrides } = clean as { signedOn: string; group?: never; overrides?: never };
    const eligibility = group === undefined ? undefined : collective.checkEligibility({ signedOn, group, overrides });
    return { kind: oneYear ? 'year' : 'contract', value, eligibility, input };
  },
  table(result, row, options) {
    const { lang } = options;
    const rows = collective.summaryRows(result.value);
    const head = TABLE_COLUMNS.map((c) => c.label[lang]);
    const body = rows.map((r) => TABLE_COLUMNS.map((c) => formatCell(c.kind, r[c.key], lang)));
    const lines = [header(result, row, lang)];
    if (result.eligibility) lines.push(...eligibilityLines(result.eligibility, lang));
    const table = [head, ...body];
    if (result.kind === 'contract') {
      const totals = totalsOf(collective.SUMMARY_COLUMNS, rows);
      table.push(TABLE_COLUMNS.map((c, i) => (i === 0 ? 'Total' : c.total ? formatCell(c.kind, totals[c.key] ?? null, lang) : '')));
    }
    lines.push(...aligned(table, TABLE_COLUMNS.map((c) => RIGHT(c.kind))).map((l) => `  ${l}`));
    if (options.explain) {
      // The contract's steps once, then each year's own steps.
      const value = result.value;
      const years = 'years' in value ? value.years : [value];
      lines.push(...explanationLines(years[0]!.explanation.filter((s) => CONTRACT_STEPS.has(s.rule)), lang).map((l) => `    · ${l}`));
      for (const y of years) lines.push(...explanationLines(y.explanation.filter((s) => !CONTRACT_STEPS.has(s.rule)), lang).map((l) => `      · ${l}`));
    }
    return lines;
  },
  json(result, options) {
    const json = JSON.parse(JSON.stringify({ result: result.value, eligibility: result.eligibility }, (key, v: unknown) => (key === 'explanation' && !options.explain ? undefined : v))) as {
      result: Record<string, unknown>;
      eligibility?: unknown;
    };
    return json.eligibility === undefined ? json.result : { ...json.result, eligibility: json.eligibility };
  },
  csvColumns: [
    { en: 'signedOn', fr: 'date de signature', kind: 'date' },
    ...collective.SUMMARY_COLUMNS.map((c) => ({ en: c.key, fr: c.label.fr, kind: csvKindOf(c.kind) })),
    { en: 'eligible', fr: 'éligible', kind: 'boolean' },
  ],
  csvRows(result) {
    return collective.summaryRows(result.value).map((r) => [
      result.input['signedOn'],
      ...collective.SUMMARY_COLUMNS.map((c) => {
        const cell = r[c.key];
        if (cell === null) return '';
        if (typeof cell === 'object') return c.kind === 'euro' ? cell.toFixed(2) : c.kind === 'percent' ? cell.toDecimalPlaces(6).toFixed() : cell.toFixed();
        return cell;
      }),
      result.eligibility ? result.eligibility.eligible : '',
    ]);
  },
  csvInputs(record) {
    return [at(record, 'signedOn')];
  },
};
