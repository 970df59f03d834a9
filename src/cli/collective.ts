/**
 * `exercice-coordonne am-collectif`: the aide collective à l'emploi d'assistants médicaux (collective
 * contract of a group of general practitioners, from 25 February 2026), contract by contract (a record
 * without `year`) or year by year (a record with `year`), with the same conventions as the other
 * commands: French column names and values, a flat form with its model file (`--template`), the
 * scheme's summary (`assistantMedical.collective.summaryRows`) for the table, the CSV and the totals,
 * payments as columns. No rule of its own.
 *
 * The flat form is one row per contract: the group's doctors as numbered columns (`doctors.1.sector`,
 * « Médecin 1 : secteur ») and the patientèle reached per year (`reachedMedecinTraitant.3`), turned into the
 * library's input as they are (`group.doctors`, `achievements`).
 */
import { explanationLines } from '../core/explain.js';
import { ExerciceCoordonneError, invalid, isExerciceCoordonneError, issue } from '../core/errors.js';
import { formatCell, type SummaryRow } from '../core/summary.js';
import { assistantMedical } from '../index.js';
import type { CollectiveEligibility, CollectiveSimulation, CollectiveYearlyAid } from '../assistant-medical/collective.js';
import { rowLabel, type Command, type RowRef, type ShowOptions } from './command.js';
import type { CellKind } from './cells.js';
import type { FieldSpec } from './fields.js';
import { summaryTable } from './table.js';
import { SECTOR_VALUES, SPECIALTY_VALUES } from './values.js';

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

/** How a person writes a legal form (the first writing is the model file's; sectors and specialties: ./values.ts). */
const LEGAL_FORMS: readonly (readonly [string, string])[] = [
  ['SCM', 'scm'],
  ['SCP', 'scp'],
  ['SISA', 'sisa'],
  ['SEL', 'sel'],
  ['SELARL', 'sel'],
  ['SELAS', 'sel'],
  ['autre', 'other'],
];

const yes = (fr: string, en: string) => ({ fr: `${fr} — oui/non`, en: `${en} — yes/no` });

/** The columns of the command: the contract, the group, each doctor by its number, the patientèle of the group. */
const FIELDS: readonly FieldSpec[] = [
  { path: 'id', kind: 'text', aliases: ['identifiant', 'référence', 'nom'], help: { fr: 'votre identifiant, repris dans chaque sortie', en: 'your own identifier, kept in every output' } },
  { path: 'signedOn', kind: 'date', aliases: ['date de signature', 'signé le'], help: { fr: 'date de signature du contrat (requis)', en: 'date the contract was signed (required)' } },
  { path: 'hiredOn', kind: 'date', aliases: ['date d’embauche', 'embauche'], help: { fr: 'date d’embauche des assistants (requis)', en: 'date the assistants were hired (required)' } },
  { path: 'etp', kind: 'decimal', aliases: ['ETP financés', 'ETP', 'nombre d’ETP'], help: { fr: 'nombre d’ETP financés, multiple du pas d’ETP du texte (requis)', en: 'number of FTE funded, a multiple of the text’s FTE step (required)' } },
  { path: 'year', kind: 'number', aliases: ['année du contrat', 'année'], help: { fr: 'une seule année du contrat', en: 'one contract year only' } },
  { path: 'group.legalForm', kind: 'choice', aliases: ['forme juridique'], values: LEGAL_FORMS, help: { fr: 'forme de la société signataire', en: 'legal form of the signing company' } },
  { path: 'group.trainingSite', kind: 'boolean', aliases: ['lieu de stage agréé'], help: yes('structure agréée lieu de stage', 'approved training site') },
  { path: 'doctors.{n}.specialty', kind: 'choice', aliases: ['médecin {n} : spécialité'], values: SPECIALTY_VALUES, help: { fr: 'spécialité du médecin n (1, 2, …)', en: 'specialty of doctor n (1, 2, …)' } },
  { path: 'doctors.{n}.sector', kind: 'choice', aliases: ['médecin {n} : secteur'], values: SECTOR_VALUES, help: { fr: 'secteur conventionnel du médecin n', en: 'sector of doctor n' } },
  {
    path: 'doctors.{n}.medecinTraitant',
    kind: 'number',
    aliases: ['médecin {n} : patientèle médecin traitant', 'médecin {n} : patientèle MT'],
    help: { fr: 'patientèle médecin traitant du médecin n à la signature', en: 'médecin-traitant patientèle of doctor n at signature' },
  },
  { path: 'doctors.{n}.fileActive', kind: 'number', aliases: ['médecin {n} : file active'], help: { fr: 'file active du médecin n à la signature', en: 'file active of doctor n at signature' } },
  { path: 'doctors.{n}.mep', kind: 'boolean', aliases: ['médecin {n} : MEP', 'médecin {n} : exercice particulier'], help: yes('médecin n à exercice particulier', 'doctor n with a particular practice') },
  { path: 'doctors.{n}.pamsu', kind: 'boolean', aliases: ['médecin {n} : maître de stage', 'médecin {n} : PAMSU'], help: yes('médecin n maître de stage des universités accueillant un docteur junior', 'doctor n is a university training supervisor') },
  { path: 'doctors.{n}.newlyInstalled', kind: 'boolean', aliases: ['médecin {n} : nouvellement installé'], help: yes('médecin n nouvellement installé', 'doctor n newly installed') },
  {
    path: 'doctors.{n}.individualContractRunning',
    kind: 'boolean',
    aliases: ['médecin {n} : contrat individuel en cours'],
    help: yes('un contrat individuel du médecin n court encore', 'an individual contract of doctor n is still running'),
  },
  {
    path: 'doctors.{n}.previousCollectiveContractEndedOn',
    kind: 'date',
    aliases: ['médecin {n} : fin du précédent contrat collectif'],
    help: { fr: 'fin d’un précédent contrat collectif du médecin n', en: 'end of a former collective contract of doctor n' },
  },
  {
    path: 'startingPatientele.medecinTraitant',
    kind: 'number',
    aliases: ['patientèle médecin traitant de départ', 'patientèle MT de départ'],
    help: { fr: 'patientèle médecin traitant du groupe au départ (sinon la somme des médecins)', en: 'starting médecin-traitant patientèle of the group (else the doctors’ sum)' },
  },
  { path: 'startingPatientele.fileActive', kind: 'number', aliases: ['file active de départ'], help: { fr: 'file active du groupe au départ', en: 'starting file active of the group' } },
  { path: 'alreadyGained.medecinTraitant', kind: 'number', aliases: ['patients médecin traitant déjà gagnés'], help: { fr: 'patients médecin traitant déjà gagnés par les contrats individuels', en: 'MT patients already gained' } },
  { path: 'alreadyGained.fileActive', kind: 'number', aliases: ['file active déjà gagnée'], help: { fr: 'patients de file active déjà gagnés', en: 'file-active patients already gained' } },
  { path: 'achievement.medecinTraitant', kind: 'number', aliases: ['patientèle médecin traitant atteinte', 'patientèle MT atteinte'], help: { fr: 'patientèle médecin traitant du groupe en fin de cette année', en: 'médecin-traitant patientèle reached at the end of that year' } },
  { path: 'achievement.fileActive', kind: 'number', aliases: ['file active atteinte'], help: { fr: 'file active du groupe en fin de cette année', en: 'file active reached at the end of that year' } },
  {
    path: 'reachedMedecinTraitant.{n}',
    kind: 'number',
    aliases: ['patientèle médecin traitant atteinte année {n}', 'patientèle MT atteinte année {n}'],
    help: { fr: 'patientèle médecin traitant du groupe en fin d’année n (contrat entier)', en: 'médecin-traitant patientèle at the end of year n (whole contract)' },
  },
  { path: 'reachedFileActive.{n}', kind: 'number', aliases: ['file active atteinte année {n}'], help: { fr: 'file active du groupe en fin d’année n (contrat entier)', en: 'file active at the end of year n (whole contract)' } },
];

/** The kind of a nested column the list does not name (the JSON form's dotted paths: group.doctors.0.sector). */
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

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const byNumber = (o: Record<string, unknown>) => Object.keys(o).sort((a, b) => Number(a) - Number(b));

/**
 * The flat form in the library's input: `doctors.<n>.<field>` becomes `group.doctors` (in the order of n;
 * the patientèle fields under `patientele`), `reachedMedecinTraitant.<n>` and `reachedFileActive.<n>` the
 * list `achievements`. Returns the input and how to name a library error's path in the flat form's terms.
 */
function fromFlat(record: Record<string, unknown>): { input: Record<string, unknown>; path: (p: readonly (string | number)[]) => readonly (string | number)[] } {
  const { doctors, reachedMedecinTraitant: mt, reachedFileActive: fa, ...rest } = record;
  if (doctors === undefined && mt === undefined && fa === undefined) return { input: record, path: (p) => p };
  const input: Record<string, unknown> = { ...rest };
  let numbers: string[] = [];
  if (doctors !== undefined) {
    if (!isObject(doctors)) {
      invalid(['doctors'], doctors, { en: 'the doctors by their number (doctors.1.sector, doctors.2.sector, …)', fr: 'les médecins par leur numéro (doctors.1.sector, doctors.2.sector, …)' });
    }
    const group = isObject(rest['group']) ? rest['group'] : {};
    if (group['doctors'] !== undefined) {
      invalid(['group', 'doctors'], group['doctors'], {
        en: 'the doctors in one form only: numbered columns (doctors.1.sector) or group.doctors',
        fr: 'les médecins sous une seule forme : des colonnes numérotées (doctors.1.sector) ou group.doctors',
      });
    }
    numbers = byNumber(doctors);
    input['group'] = {
      ...group,
      doctors: numbers.map((n) => {
        const { medecinTraitant, fileActive, ...d } = (isObject(doctors[n]) ? doctors[n] : {}) as Record<string, unknown>;
        const patientele = { ...(medecinTraitant !== undefined ? { medecinTraitant } : {}), ...(fileActive !== undefined ? { fileActive } : {}) };
        return { ...d, ...(Object.keys(patientele).length > 0 ? { patientele } : {}) };
      }),
    };
  }
  let years: string[] = [];
  if (mt !== undefined || fa !== undefined) {
    if (rest['achievements'] !== undefined) {
      invalid(['achievements'], rest['achievements'], {
        en: 'the patientèle reached in one form only: columns by year or achievements',
        fr: 'la patientèle atteinte sous une seule forme : des colonnes par année ou achievements',
      });
    }
    const reachedMt = isObject(mt) ? mt : {};
    const reachedFa = isObject(fa) ? fa : {};
    years = [...new Set([...Object.keys(reachedMt), ...Object.keys(reachedFa)])].sort((a, b) => Number(a) - Number(b));
    input['achievements'] = years.map((y) => ({
      year: Number(y),
      ...(reachedMt[y] !== undefined ? { medecinTraitant: reachedMt[y] } : {}),
      ...(reachedFa[y] !== undefined ? { fileActive: reachedFa[y] } : {}),
    }));
  }
  return {
    input,
    path: (p) => {
      if (p[0] === 'group' && p[1] === 'doctors' && typeof p[2] === 'number' && numbers[p[2]] !== undefined) {
        const tail = p[3] === 'patientele' ? p.slice(4) : p.slice(3);
        return ['doctors', numbers[p[2]]!, ...tail];
      }
      if (p[0] === 'achievements' && typeof p[1] === 'number' && years[p[1]] !== undefined) {
        const field = p[2] === 'fileActive' ? 'reachedFileActive' : 'reachedMedecinTraitant';
        return [field, years[p[1]]!, ...p.slice(3)];
      }
      return p;
    },
  };
}

/** The steps of the contract, shown once above the years' own steps. */
const CONTRACT_STEPS = new Set(['am.collective.regime', 'am.collective.etp-ceiling', 'am.collective.etp', 'am.collective.starting-patientele', 'am.contract.hiring']);

/** The columns shown in the table, in order (the CSV and JSON Lines have every column of the summary). */
const TABLE_KEYS = [
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
  'payment1Date',
  'payment1Amount',
  'payment2Date',
  'payment2Amount',
];

function header(result: Result, row: RowRef, lang: ShowOptions['lang']): string {
  const input = result.input;
  const name = rowLabel(row, lang);
  const group = input['group'] as { legalForm?: unknown; doctors?: unknown[] } | undefined;
  const who = group && Array.isArray(group.doctors) ? (lang === 'fr' ? `, ${String(group.legalForm).toUpperCase()} de ${group.doctors.length} médecins` : `, ${String(group.legalForm).toUpperCase()} of ${group.doctors.length} doctors`) : '';
  const etp = formatCell('decimal', result.value.etp, lang);
  const date = (v: unknown) => formatCell('date', String(v), lang);
  return lang === 'fr'
    ? `Contrat collectif ${name}${who} — signé le ${date(input['signedOn'])}, embauche le ${date(input['hiredOn'])}, ${etp} ETP`
    : `Collective contract ${name}${who} — signed on ${date(input['signedOn'])}, hired on ${date(input['hiredOn'])}, ${etp} FTE`;
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

Entrée : JSON (objet ou tableau), JSON Lines, ou CSV — une ligne par contrat, les médecins en colonnes
numérotées (« Médecin 1 : secteur », « Médecin 2 : patientèle médecin traitant »…) et la patientèle atteinte
par année (« Patientèle médecin traitant atteinte année 3 ») : voir exercice-coordonne am-collectif --template
et les colonnes ci-dessous. Les champs JSON (en CSV : leur nom pointé, listes avec leur rang,
group.doctors.0.patientele.medecinTraitant) :
  signedOn                    date de signature du contrat (AAAA-MM-JJ)             obligatoire
  hiredOn                     date d’embauche des assistants (AAAA-MM-JJ)           obligatoire
  etp                         nombre d’ETP financés, multiple du pas du texte (ex. 2.5)  obligatoire
  group.legalForm             scp | scm | sisa | sel | other
  group.trainingSite          structure agréée lieu de stage (true/false)
  group.doctors.N.specialty   spécialité (medecine-generale)
  group.doctors.N.sector      1 | 2-optam | 2
  group.doctors.N.patientele.medecinTraitant, .fileActive   patientèle à la signature
  group.doctors.N.mep, .pamsu, .newlyInstalled, .individualContractRunning   true/false
  group.doctors.N.previousCollectiveContractEndedOn        fin d’un précédent contrat collectif
  startingPatientele.medecinTraitant, .fileActive   patientèle de départ du groupe (sinon la somme des médecins)
  alreadyGained.medecinTraitant, .fileActive        patients déjà gagnés par les contrats individuels
  year                        une seule année du contrat (1 pour la première)
  achievement.medecinTraitant, .fileActive          patientèle du groupe atteinte en fin d’année (année ≥ 3)
  achievements                [{ year, medecinTraitant, fileActive }] pour un contrat entier ;
                              en CSV : achievements.0.year, achievements.0.medecinTraitant, …
  overrides.<id>              un chiffre de la loi remplacé (ex. overrides.am.collective.modulation.rule)
  id                          votre identifiant, affiché dans le tableau

Exemple : examples/assistant-medical/collective.json (4 médecins dont 2 maîtres de stage).
`,
    en: `Usage: exercice-coordonne am-collectif [file|-] [options]

Computes the aide collective à l'emploi d'assistants médicaux (the collective contract of a group of general
practitioners in an SCP, SCM or SISA, contracts signed from 25 February 2026): every year of the contract, or
one year when the record has a "year" field. Every figure of this contract is unverified: see
docs/aide-collective.md. Input fields: signedOn, hiredOn, etp, group { legalForm, trainingSite, doctors[] },
startingPatientele, alreadyGained, year, achievement, achievements, overrides, id. In CSV, one row per
contract, the doctors as numbered columns (doctors.1.sector, doctors.2.medecinTraitant, …) and the patientèle
reached per year (reachedMedecinTraitant.3, reachedFileActive.3): see exercice-coordonne am-collectif
--template --csv en and the columns below.

Example: examples/assistant-medical/collective.json.
`,
  },
  fields: FIELDS,
  kindOf: kindOfPath,
  words: ['legalForm', 'trainingSite', 'doctors', 'specialty', 'sector', 'patientele', 'medecinTraitant', 'fileActive', 'mep', 'pamsu', 'newlyInstalled', 'individualContractRunning', 'previousCollectiveContractEndedOn', 'startingPatientele', 'alreadyGained', 'achievement', 'achievements'],
  template: {
    columns: [
      'id',
      'signedOn',
      'hiredOn',
      'etp',
      'group.legalForm',
      'group.trainingSite',
      ...[1, 2, 3, 4].flatMap((n) => ['specialty', 'sector', 'medecinTraitant', 'fileActive', 'pamsu'].map((f) => `doctors.${n}.${f}`)),
      ...[3, 4, 5].flatMap((y) => [`reachedMedecinTraitant.${y}`, `reachedFileActive.${y}`]),
    ],
    example: {
      id: 'scm-des-tilleuls',
      signedOn: '2026-12-01',
      hiredOn: '2027-01-04',
      etp: 5,
      'group.legalForm': 'scm',
      ...Object.fromEntries(
        (
          [
            ['1', 900, 1300, true],
            ['1', 800, 1200, true],
            ['2-optam', 700, 1100, undefined],
            ['1', 1200, 1600, undefined],
          ] as const
        ).flatMap(([sector, mt, fa, pamsu], i) => [
          [`doctors.${i + 1}.specialty`, 'medecine-generale'],
          [`doctors.${i + 1}.sector`, sector],
          [`doctors.${i + 1}.medecinTraitant`, mt],
          [`doctors.${i + 1}.fileActive`, fa],
          [`doctors.${i + 1}.pamsu`, pamsu],
        ]),
      ),
      'reachedMedecinTraitant.3': 4650,
      'reachedFileActive.3': 5750,
      'reachedMedecinTraitant.4': 4900,
      'reachedFileActive.4': 5800,
      'reachedMedecinTraitant.5': 4700,
      'reachedFileActive.5': 5600,
    },
    json: 'examples/assistant-medical/collective.json',
  },
  run(record) {
    const flat = fromFlat((typeof record === 'object' && record !== null && !Array.isArray(record) ? record : {}) as Record<string, unknown>);
    const input = typeof record === 'object' && record !== null && !Array.isArray(record) ? flat.input : {};
    const { id: _id, ...fields } = input;
    const clean = typeof record === 'object' && record !== null && !Array.isArray(record) ? fields : record;
    try {
      const oneYear = typeof clean === 'object' && clean !== null && 'year' in clean;
      const value = oneYear ? collective.yearlyAid(clean as never) : collective.simulate(clean as never);
      // The input was valid: its group (when given) is checked too.
      const { signedOn, group, overrides } = clean as { signedOn: string; group?: never; overrides?: never };
      const eligibility = group === undefined ? undefined : collective.checkEligibility({ signedOn, group, overrides });
      return { kind: oneYear ? 'year' : 'contract', value, eligibility, input };
    } catch (e) {
      if (!isExerciceCoordonneError(e)) throw e;
      throw new ExerciceCoordonneError(e.code, e.issues.map((i) => issue(flat.path(i.path), i.received, { en: i.expected, fr: i.expectedFr })));
    }
  },
  columns: collective.SUMMARY_COLUMNS,
  rows: (result) => collective.summaryRows(result.value),
  pending: {
    is: (row: SummaryRow) => row['amount'] === null,
    label: { fr: 'année(s) dont l’aide attend l’atteinte de l’objectif', en: 'year(s) whose aid awaits the objective’s achievement' },
  },
  table(result, rows, row, options) {
    const { lang } = options;
    const lines = [header(result, row, lang)];
    if (result.eligibility) lines.push(...eligibilityLines(result.eligibility, lang));
    lines.push(...summaryTable(collective.SUMMARY_COLUMNS, rows, TABLE_KEYS, lang, { total: true, pending: collectiveCommand.pending!.is }).map((l) => `  ${l}`));
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
  report: (result) => result.value,
  reportOptions: (result) => (result.eligibility ? { eligibility: result.eligibility } : {}),
};
