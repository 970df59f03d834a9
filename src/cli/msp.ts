/**
 * `exercice-coordonne msp`: the ACI MSP remuneration of a maison de santé for a calendar year, indicator
 * by indicator.
 */
import { explanationLines } from '../core/explain.js';
import { formatCell } from '../core/summary.js';
import { aciMsp } from '../index.js';
import type { MspYearResult, Simulation } from '../aci-msp/index.js';
import type { CellKind } from './cells.js';
import { columns, rowLabel, withoutExplanation, type Command } from './command.js';
import type { FieldSpec } from './fields.js';
import { calendarYear, figureList, summaryTable } from './table.js';

type Result = { kind: 'year'; value: MspYearResult; id: unknown; name: unknown } | { kind: 'contract'; value: Simulation; id: unknown; name: unknown };

/** Fields of the achievements by what they hold, for dotted columns the list below does not name. */
const NUMERIC = ['meetings', 'casesReviewed', 'count', 'level', 'trainees', 'aldUnder75', 'over75WithoutAld', 'over75WithAld', 'childrenAld0To16'];
const BOOLEAN = ['snp', 'saturdayMorningOpen', 'closedOverOneWeekOutsideSchoolHolidays', 'arsDerogation', 'met', 'plan', 'crisisActions', 'allRegulatorRequests'];
const KIND_OF_ACHIEVEMENT_FIELD = new Map<string, CellKind>([
  ...NUMERIC.map((f) => [f, 'number'] as const),
  ...BOOLEAN.map((f) => [f, 'boolean'] as const),
  ['since', 'date'],
  ['doctorsShare', 'ratio'],
  ['missions', 'list'],
]);
const last = (path: string) => path.slice(path.lastIndexOf('.') + 1);

/** How a person writes the daily opening (amplitude d’ouverture): the library’s value of each writing (the first is the model file’s). */
const AMPLITUDE: readonly (readonly [string, string])[] = [
  ['12 h ou plus', '12h-or-more'],
  ['12 h et plus', '12h-or-more'],
  ['plus de 12 h', '12h-or-more'],
  ['au moins 12 h', '12h-or-more'],
  ['≥ 12 h', '12h-or-more'],
  ['10 à 12 h', '10h-to-12h'],
  ['de 10 à 12 h', '10h-to-12h'],
  ['entre 10 et 12 h', '10h-to-12h'],
  ['10-12 h', '10h-to-12h'],
  ['8 à 10 h', '8h-to-10h'],
  ['de 8 à 10 h', '8h-to-10h'],
  ['entre 8 et 10 h', '8h-to-10h'],
  ['8-10 h', '8h-to-10h'],
  ['moins de 8 h', 'under-8h'],
  ['< 8 h', 'under-8h'],
];

/** How a person writes the longest closure during school holidays. */
const HOLIDAY_CLOSURE: readonly (readonly [string, string])[] = [
  ['moins de 2 semaines', 'under-2-weeks'],
  ['moins de deux semaines', 'under-2-weeks'],
  ['< 2 semaines', 'under-2-weeks'],
  ['2 à 3 semaines', '2-to-3-weeks'],
  ['de 2 à 3 semaines', '2-to-3-weeks'],
  ['entre 2 et 3 semaines', '2-to-3-weeks'],
  ['deux à trois semaines', '2-to-3-weeks'],
  ['plus de 3 semaines', 'over-3-weeks'],
  ['plus de trois semaines', 'over-3-weeks'],
  ['> 3 semaines', 'over-3-weeks'],
];

/** How a person names a public-health mission theme (missions de santé publique). */
const MISSION_THEMES: readonly (readonly [string, string])[] = [
  ['couverture vaccinale', 'couverture-vaccinale'],
  ['vaccination', 'couverture-vaccinale'],
  ['tuberculose', 'tuberculose'],
  ['lutte contre la tuberculose', 'tuberculose'],
  ['surpoids et obésité de l’enfant', 'surpoids-obesite-enfant'],
  ['surpoids et obésité chez l’enfant', 'surpoids-obesite-enfant'],
  ['obésité de l’enfant', 'surpoids-obesite-enfant'],
  ['souffrance psychique et addictions des 12-25 ans', 'souffrance-psychique-addictions-12-25-ans'],
  ['souffrance psychique et conduites addictives des 12-25 ans', 'souffrance-psychique-addictions-12-25-ans'],
  ['addictions des 12-25 ans', 'souffrance-psychique-addictions-12-25-ans'],
  ['prévention du suicide', 'prevention-suicide'],
  ['suicide', 'prevention-suicide'],
  ['prévention chez les personnes âgées', 'prevention-personnes-agees'],
  ['personnes âgées', 'prevention-personnes-agees'],
  ['périnatalité des femmes en situation de précarité', 'perinatalite-femmes-precaires'],
  ['périnatalité', 'perinatalite-femmes-precaires'],
  ['éducation thérapeutique', 'education-therapeutique'],
  ['éducation thérapeutique du patient', 'education-therapeutique'],
  ['projet régional de santé', 'projet-regional-de-sante'],
  ['PRS', 'projet-regional-de-sante'],
];

/** What to do with a count above the catalogue's cap. */
const ABOVE_CAP: readonly (readonly [string, string])[] = [
  ['payer le plafond', 'ignore-excess'],
  ['plafonner', 'ignore-excess'],
  ['refuser', 'reject'],
];

const A = 'achievements.';
const yes = (fr: string, en: string) => ({ fr: `${fr} — oui/non`, en: `${en} — yes/no` });

/**
 * The columns of the command: the contract, the year and every indicator's fields (achievements), each
 * with its French names (the first one is the model file's heading) and, for a choice, its French values.
 */
const FIELDS: readonly FieldSpec[] = [
  { path: 'id', kind: 'text', aliases: ['identifiant', 'référence'], help: { fr: 'votre identifiant, repris dans chaque sortie', en: 'your own identifier, kept in every output' } },
  { path: 'year', kind: 'number', aliases: ['exercice', 'année'], help: { fr: 'année civile de la rémunération (requis)', en: 'calendar year of the remuneration (required)' } },
  { path: 'contract.name', kind: 'text', aliases: ['nom de la MSP', 'nom', 'MSP'], help: { fr: 'nom de la MSP', en: 'name of the MSP' } },
  { path: 'contract.signedOn', kind: 'date', aliases: ['date de signature', 'signature', 'date du contrat'], help: { fr: 'date de signature du contrat (requis)', en: 'date the contract was signed (required)' } },
  {
    path: 'contract.projetDeSanteFiledOn',
    kind: 'date',
    aliases: ['date de dépôt du projet de santé', 'dépôt du projet de santé', 'projet de santé déposé le'],
    help: { fr: 'date de dépôt du projet de santé à l’ARS (requis)', en: 'date the projet de santé was filed with the ARS (required)' },
  },
  { path: 'contract.patientele', kind: 'number', aliases: ['patientèle de référence', 'patientèle'], help: { fr: 'patientèle de référence au 31 décembre (requis)', en: 'patientèle de référence at 31 December (required)' } },
  {
    path: 'contract.associatedProfessionals',
    kind: 'number',
    aliases: ['professionnels associés', 'nombre de professionnels associés'],
    help: { fr: 'professionnels de santé associés (requis)', en: 'associated health professionals (required)' },
  },
  { path: 'contract.ipa', kind: 'boolean', aliases: ['IPA', 'IPA dans la structure'], help: yes('une IPA exerce dans la structure', 'an IPA works in the structure') },
  { path: 'contract.precarity.c2sRate', kind: 'ratio', aliases: ['taux C2S', 'part C2S'], help: { fr: 'part de la patientèle couverte par la C2S', en: 'share of the patientèle covered by the C2S' } },
  { path: 'contract.precarity.ameRate', kind: 'ratio', aliases: ['taux AME', 'part AME'], help: { fr: 'part de la patientèle couverte par l’AME', en: 'share of the patientèle covered by the AME' } },
  {
    path: 'overrides.msp.precarite.national-rate-c2s',
    kind: 'ratio',
    aliases: ['taux national C2S', 'taux national de référence C2S'],
    help: { fr: 'taux national de référence C2S (aucune source : à donner avec la majoration précarité)', en: 'national reference rate of C2S patients (no source: to give with the precarity majoration)' },
  },
  {
    path: 'overrides.msp.precarite.national-rate-ame',
    kind: 'ratio',
    aliases: ['taux national AME', 'taux national de référence AME'],
    help: { fr: 'taux national de référence AME (aucune source : à donner avec la majoration précarité)', en: 'national reference rate of AME patients (no source: to give with the precarity majoration)' },
  },
  // Horaires d’ouverture et soins non programmés
  { path: `${A}horaires-ouverture-snp.snp`, kind: 'boolean', aliases: ['soins non programmés', 'SNP'], help: yes('soins non programmés chaque jour ouvré', 'unscheduled care every working day') },
  { path: `${A}horaires-ouverture-snp.amplitude`, kind: 'choice', aliases: ['amplitude horaire', 'amplitude d’ouverture', 'amplitude'], values: AMPLITUDE, help: { fr: 'amplitude d’ouverture du lundi au vendredi', en: 'daily opening, Monday to Friday' } },
  { path: `${A}horaires-ouverture-snp.saturdayMorningOpen`, kind: 'boolean', aliases: ['ouverture le samedi matin', 'samedi matin'], help: yes('ouverture le samedi matin', 'open on Saturday morning') },
  {
    path: `${A}horaires-ouverture-snp.schoolHolidayClosure`,
    kind: 'choice',
    aliases: ['fermeture pendant les vacances scolaires', 'fermeture vacances scolaires'],
    values: HOLIDAY_CLOSURE,
    help: { fr: 'plus longue fermeture pendant les vacances scolaires', en: 'longest closure during school holidays' },
  },
  {
    path: `${A}horaires-ouverture-snp.closedOverOneWeekOutsideSchoolHolidays`,
    kind: 'boolean',
    aliases: ['fermeture de plus d’une semaine hors vacances scolaires', 'fermeture hors vacances scolaires'],
    help: yes('fermeture de plus d’une semaine hors vacances scolaires', 'closed more than a week outside school holidays'),
  },
  { path: `${A}horaires-ouverture-snp.arsDerogation`, kind: 'boolean', aliases: ['dérogation ARS sur l’amplitude', 'dérogation ARS'], help: yes('dérogation de l’ARS sur l’amplitude (PDSA)', 'ARS derogation on the amplitude (PDSA)') },
  // Crises sanitaires, services, missions
  { path: `${A}crises-sanitaires.plan`, kind: 'boolean', aliases: ['plan de préparation aux crises sanitaires', 'plan crises sanitaires', 'plan de crise'], help: yes('plan de préparation écrit et à jour', 'preparation plan written and up to date') },
  { path: `${A}crises-sanitaires.crisisActions`, kind: 'boolean', aliases: ['actions en crise sanitaire', 'actions de crise'], help: yes('une crise sanitaire grave a été déclarée et le plan mis en œuvre', 'a serious health crisis was declared and the plan acted on') },
  { path: `${A}diversite-services.level`, kind: 'number', aliases: ['diversité des services (niveau)', 'diversité des services'], help: { fr: 'niveau atteint, 0 à 2', en: 'level reached, 0 to 2' } },
  { path: `${A}second-recours.level`, kind: 'number', aliases: ['second recours (niveau)', 'second recours'], help: { fr: 'niveau atteint, 0 à 2', en: 'level reached, 0 to 2' } },
  { path: `${A}medecins-cstm.met`, kind: 'boolean', aliases: ['médecins CSTM', 'CSTM'], help: yes('accueil de médecins sous contrat de solidarité territoriale', 'doctors under a CSTM received') },
  {
    path: `${A}missions-sante-publique.missions`,
    kind: 'list',
    aliases: ['missions de santé publique'],
    values: MISSION_THEMES,
    help: { fr: 'thèmes des missions menées dans l’année, séparés par des virgules', en: 'themes of the missions carried out in the year, comma-separated' },
  },
  { path: `${A}satisfaction-patients.met`, kind: 'boolean', aliases: ['satisfaction des patients'], help: yes('outils de satisfaction des patients (ACI 2017 seulement)', 'patient satisfaction tools (ACI 2017 only)') },
  { path: `${A}implication-usagers.level`, kind: 'number', aliases: ['implication des usagers (niveau)', 'implication des usagers'], help: { fr: 'niveau atteint, 0 à 2', en: 'level reached, 0 to 2' } },
  {
    path: `${A}soins-non-programmes-sas.doctorsShare`,
    kind: 'ratio',
    aliases: ['part des médecins participant au SAS', 'part des médecins SAS'],
    help: { fr: 'part des médecins de la structure participant au SAS', en: 'share of the doctors taking part in the SAS' },
  },
  {
    path: `${A}soins-non-programmes-sas.allRegulatorRequests`,
    kind: 'boolean',
    aliases: ['réponse à toutes les demandes du régulateur SAS', 'toutes les demandes du régulateur'],
    help: yes('la structure répond à toutes les demandes du régulateur du SAS', 'every request of the SAS regulator answered'),
  },
  // Travail en équipe et coordination
  { path: `${A}fonction-coordination.met`, kind: 'boolean', aliases: ['fonction de coordination'], help: yes('fonction de coordination organisée', 'coordination function organised') },
  { path: `${A}protocoles-pluriprofessionnels.count`, kind: 'number', aliases: ['protocoles pluriprofessionnels', 'nombre de protocoles pluriprofessionnels'], help: { fr: 'nombre de protocoles en usage', en: 'protocols in use' } },
  { path: `${A}concertation-pluriprofessionnelle.meetings`, kind: 'number', aliases: ['réunions de concertation', 'nombre de réunions de concertation'], help: { fr: 'réunions de concertation de l’année', en: 'concertation meetings held in the year' } },
  { path: `${A}concertation-pluriprofessionnelle.casesReviewed`, kind: 'number', aliases: ['dossiers étudiés en concertation', 'dossiers étudiés'], help: { fr: 'dossiers étudiés en concertation', en: 'files reviewed in concertation' } },
  {
    path: `${A}concertation-pluriprofessionnelle.eligiblePatients.aldUnder75`,
    kind: 'number',
    aliases: ['patients en ALD de moins de 75 ans', 'ALD de moins de 75 ans'],
    help: { fr: 'patients médecin traitant en ALD de moins de 75 ans', en: 'médecin-traitant patients in ALD under 75' },
  },
  {
    path: `${A}concertation-pluriprofessionnelle.eligiblePatients.over75WithoutAld`,
    kind: 'number',
    aliases: ['patients de 75 ans et plus hors ALD', '75 ans et plus hors ALD'],
    help: { fr: 'patients médecin traitant de 75 ans et plus hors ALD', en: 'médecin-traitant patients aged 75+ not in ALD' },
  },
  {
    path: `${A}concertation-pluriprofessionnelle.eligiblePatients.over75WithAld`,
    kind: 'number',
    aliases: ['patients de 75 ans et plus en ALD', '75 ans et plus en ALD'],
    help: { fr: 'patients médecin traitant de 75 ans et plus en ALD', en: 'médecin-traitant patients aged 75+ in ALD' },
  },
  {
    path: `${A}concertation-pluriprofessionnelle.eligiblePatients.childrenAld0To16`,
    kind: 'number',
    aliases: ['enfants de 0 à 16 ans en ALD'],
    help: { fr: 'enfants de 0 à 16 ans en ALD (2017 et 2018 seulement)', en: 'children aged 0–16 in ALD (2017 and 2018 only)' },
  },
  { path: `${A}formation-stagiaires.trainees`, kind: 'number', aliases: ['stagiaires accueillis', 'stagiaires'], help: { fr: 'stagiaires différents accueillis dans l’année', en: 'different trainees in the year' } },
  { path: `${A}coordination-externe.met`, kind: 'boolean', aliases: ['coordination externe'], help: yes('procédure de transmission aux professionnels extérieurs', 'procedure passing data to outside professionals') },
  { path: `${A}demarche-qualite.level`, kind: 'number', aliases: ['démarche qualité (niveau)', 'démarche qualité'], help: { fr: 'niveau atteint, 0 à 3', en: 'level reached, 0 to 3' } },
  { path: `${A}protocoles-nationaux-cooperation.count`, kind: 'number', aliases: ['protocoles nationaux de coopération'], help: { fr: 'nombre de protocoles nationaux de coopération en usage', en: 'national cooperation protocols in use' } },
  { path: `${A}parcours-insuffisance-cardiaque.met`, kind: 'boolean', aliases: ['parcours insuffisance cardiaque'], help: yes('parcours insuffisance cardiaque', 'heart-failure pathway') },
  { path: `${A}parcours-obesite-enfant.met`, kind: 'boolean', aliases: ['parcours obésité de l’enfant', 'parcours surpoids ou obésité de l’enfant'], help: yes('parcours surpoids ou obésité de l’enfant', 'child overweight pathway') },
  // Système d’information
  { path: `${A}si-standard.met`, kind: 'boolean', aliases: ['système d’information labellisé standard', 'SI standard'], help: yes('logiciel labellisé, niveau standard', 'labelled software, standard level') },
  { path: `${A}si-standard.since`, kind: 'date', aliases: ['SI standard acquis le', 'date d’acquisition du SI standard'], help: { fr: 'date de première acquisition (prorata dans l’année)', en: 'date first acquired (prorated within the year)' } },
  { path: `${A}si-avance.met`, kind: 'boolean', aliases: ['système d’information labellisé avancé', 'SI avancé'], help: yes('logiciel labellisé, niveau avancé', 'labelled software, advanced level') },
  { path: `${A}si-avance.since`, kind: 'date', aliases: ['SI avancé acquis le', 'date d’acquisition du SI avancé'], help: { fr: 'date de première acquisition (prorata dans l’année)', en: 'date first acquired (prorated within the year)' } },
  { path: 'options.aboveCap', kind: 'choice', aliases: ['au-delà du plafond'], values: ABOVE_CAP, help: { fr: 'un nombre au-delà du plafond : payer le plafond (défaut) ou refuser', en: 'a count above the cap: pay the cap (default) or reject' } },
];

/** The columns of a whole contract's table, a row per year. */
const CONTRACT_KEYS = ['year', 'version', 'points', 'amount', 'majoration', 'topUp', 'total', 'advanceDate', 'advance', 'balanceDate', 'balance'];

/** The year's figures shown under the indicators (the structure, year and text are in the heading). */
const FIGURE_KEYS = aciMsp.SUMMARY_COLUMNS.map((c) => c.key).filter((k) => k !== 'structure' && k !== 'year' && k !== 'version');

export const mspCommand: Command<Result> = {
  name: 'msp',
  summary: {
    fr: 'ACI MSP : la rémunération d’une maison de santé pour une année, indicateur par indicateur',
    en: 'ACI MSP: the remuneration of a maison de santé for a year, indicator by indicator',
  },
  example: 'examples/aci-msp/msp.json',
  help: {
    fr: `Usage : exercice-coordonne msp [fichier|-] [options]

Calcule la rémunération ACI MSP d’une maison de santé pluriprofessionnelle pour une année civile : les
points de chaque indicateur, leur valeur, la majoration précarité, l’avance et le solde avec leurs dates.

Entrée : un objet par MSP et par année (JSON, JSON Lines ou CSV) :
  { "contract": { "signedOn", "projetDeSanteFiledOn", "patientele", "associatedProfessionals", "ipa",
                  "precarity": { "c2sRate", "ameRate" } },
    "year": 2024, "achievements": { "<indicateur>": { ... } }, "overrides": { "<paramètre>": valeur } }
Voir examples/aci-msp/msp.json et docs/aci-msp.md pour chaque indicateur et ses champs. En CSV, les
indicateurs sont des colonnes pointées : achievements.fonction-coordination.met,
achievements.protocoles-pluriprofessionnels.count (examples/aci-msp/msp.csv).
`,
    en: `Usage: exercice-coordonne msp [file|-] [options]

Computes the ACI MSP remuneration of a maison de santé pluriprofessionnelle for a calendar year: the
points of every indicator, their value, the precarity majoration, the advance and the balance with
their dates.

Input: one record per MSP and year (JSON, JSON Lines or CSV):
  { "contract": { "signedOn", "projetDeSanteFiledOn", "patientele", "associatedProfessionals", "ipa",
                  "precarity": { "c2sRate", "ameRate" } },
    "year": 2024, "achievements": { "<indicator id>": { ... } }, "overrides": { "<parameter id>": value } }
See examples/aci-msp/msp.json and docs/aci-msp.md for every indicator and its fields. In CSV, the
indicators are dotted columns: achievements.fonction-coordination.met,
achievements.protocoles-pluriprofessionnels.count (examples/aci-msp/msp.csv).
`,
  },
  fields: FIELDS,
  words: [...NUMERIC, ...BOOLEAN, 'since', 'doctorsShare', 'amplitude', 'schoolHolidayClosure', 'eligiblePatients', 'missions', 'achievements'],
  kindOf(path) {
    if (!path.startsWith(A)) return undefined;
    return KIND_OF_ACHIEVEMENT_FIELD.get(last(path)) ?? 'text';
  },
  template: {
    columns: FIELDS.filter((f) => f.path !== 'options.aboveCap').map((f) => f.path),
    example: {
      id: 'msp-tilleuls',
      year: 2024,
      'contract.name': 'MSP des Tilleuls (exemple)',
      'contract.signedOn': '2019-03-15',
      'contract.projetDeSanteFiledOn': '2018-06-01',
      'contract.patientele': 5200,
      'contract.associatedProfessionals': 14,
      'contract.ipa': true,
      'contract.precarity.c2sRate': '0.112',
      'contract.precarity.ameRate': '0.006',
      'overrides.msp.precarite.national-rate-c2s': '0.075',
      'overrides.msp.precarite.national-rate-ame': '0.004',
      [`${A}horaires-ouverture-snp.snp`]: true,
      [`${A}horaires-ouverture-snp.amplitude`]: '10h-to-12h',
      [`${A}horaires-ouverture-snp.saturdayMorningOpen`]: true,
      [`${A}horaires-ouverture-snp.schoolHolidayClosure`]: 'under-2-weeks',
      [`${A}horaires-ouverture-snp.closedOverOneWeekOutsideSchoolHolidays`]: false,
      [`${A}crises-sanitaires.plan`]: true,
      [`${A}diversite-services.level`]: 2,
      [`${A}second-recours.level`]: 1,
      [`${A}missions-sante-publique.missions`]: ['couverture-vaccinale', 'surpoids-obesite-enfant'],
      [`${A}implication-usagers.level`]: 1,
      [`${A}soins-non-programmes-sas.doctorsShare`]: '0.6',
      [`${A}fonction-coordination.met`]: true,
      [`${A}protocoles-pluriprofessionnels.count`]: 6,
      [`${A}concertation-pluriprofessionnelle.meetings`]: 10,
      [`${A}concertation-pluriprofessionnelle.casesReviewed`]: 40,
      [`${A}concertation-pluriprofessionnelle.eligiblePatients.aldUnder75`]: 420,
      [`${A}concertation-pluriprofessionnelle.eligiblePatients.over75WithoutAld`]: 310,
      [`${A}concertation-pluriprofessionnelle.eligiblePatients.over75WithAld`]: 170,
      [`${A}formation-stagiaires.trainees`]: 3,
      [`${A}coordination-externe.met`]: true,
      [`${A}demarche-qualite.level`]: 2,
      [`${A}protocoles-nationaux-cooperation.count`]: 2,
      [`${A}parcours-insuffisance-cardiaque.met`]: true,
      [`${A}parcours-obesite-enfant.met`]: true,
      [`${A}si-standard.met`]: true,
      [`${A}si-standard.since`]: '2016-09-01',
      [`${A}si-avance.met`]: true,
      [`${A}si-avance.since`]: '2023-09-01',
    },
    json: 'examples/aci-msp/msp.json',
  },
  run(input) {
    const { id, ...rest } = (typeof input === 'object' && input !== null && !Array.isArray(input) ? input : {}) as Record<string, unknown>;
    const record = typeof input === 'object' && input !== null && !Array.isArray(input) ? rest : input;
    const name = (rest['contract'] as { name?: unknown } | undefined)?.name;
    // a whole contract, year by year ({ contract, years }: examples/aci-msp/contract.json), or one year
    if (Object.hasOwn(rest, 'years')) return { kind: 'contract', value: aciMsp.simulate(record as never), id, name };
    return { kind: 'year', value: aciMsp.yearlyRemuneration(record as never), id, name };
  },
  columns: aciMsp.SUMMARY_COLUMNS,
  rows: (result) => aciMsp.summaryRows(result.value),
  table(result, rows, row, options) {
    const { lang } = options;
    const name = rowLabel({ line: row.line, id: row.id ?? result.name }, lang);
    if (result.kind === 'contract') {
      // a whole contract: a row per year, with its total, then each year's explanation on request
      const years = result.value.years;
      const span = years.length > 1 ? `${years[0]!.year} – ${years[years.length - 1]!.year}` : String(years[0]?.year ?? '');
      const lines = [lang === 'fr' ? `MSP ${name} — exercices ${span}` : `MSP ${name} — years ${span}`];
      lines.push(...summaryTable(aciMsp.SUMMARY_COLUMNS, rows, CONTRACT_KEYS, lang, { total: true, display: { year: calendarYear } }).map((l) => `  ${l}`));
      if (options.explain) {
        for (const y of years) {
          lines.push('', lang === 'fr' ? `  Exercice ${y.year} :` : `  Year ${y.year}:`);
          lines.push(...explanationLines(y.explanation, lang).map((l) => `    · ${l}`));
        }
      }
      return lines;
    }
    const r = result.value;
    const text = formatCell(aciMsp.SUMMARY_COLUMNS.find((c) => c.key === 'version')!, r.version, lang);
    const lines = [lang === 'fr' ? `MSP ${name} — exercice ${r.year}, texte ${text}` : `MSP ${name} — year ${r.year}, text ${text}`];
    // indicator by indicator (the scheme's indicator rows), then the year's figures, each formatted by its column's kind
    const head = ['label', 'points', 'amount'].map((k) => aciMsp.INDICATOR_COLUMNS.find((c) => c.key === k)!);
    const indicators = aciMsp.indicatorRows(r, lang).map((i) => head.map((c) => formatCell(c, i[c.key], lang)));
    lines.push(...columns([head.map((c) => c.label[lang]), ...indicators], [false, true, true]).map((l) => `  ${l}`));
    lines.push('', ...figureList(aciMsp.SUMMARY_COLUMNS, rows[0]!, FIGURE_KEYS, lang).map((l) => `  ${l}`));
    if (options.explain) {
      lines.push('');
      lines.push(...explanationLines(r.explanation, lang).map((l) => `    · ${l}`));
    }
    return lines;
  },
  json(result, options) {
    return options.explain ? JSON.parse(JSON.stringify(result.value)) : withoutExplanation(result.value);
  },
  report: (result) => result.value,
};
