/**
 * `exercice-coordonne msp`: the ACI MSP remuneration of a maison de santé for a calendar year, indicator
 * by indicator.
 */
import { explanationLines } from '../core/explain.js';
import { formatCell } from '../core/summary.js';
import { aciMsp } from '../index.js';
import type { MspYearResult } from '../aci-msp/index.js';
import type { CellKind } from './cells.js';
import { at, columns, rowLabel, withoutExplanation, type Command } from './command.js';
import type { FieldSpec } from './fields.js';

type Result = { value: MspYearResult; id: unknown; name: unknown };

/** Fields of the achievements by what they hold (the indicators themselves are the library's). */
const NUMERIC = ['meetings', 'casesReviewed', 'count', 'level', 'trainees', 'aldUnder75', 'over75WithoutAld', 'over75WithAld', 'childrenAld0To16'];
const BOOLEAN = ['snp', 'saturdayMorningOpen', 'closedOverOneWeekOutsideSchoolHolidays', 'arsDerogation', 'met', 'plan', 'crisisActions', 'allRegulatorRequests'];
const KIND_OF_ACHIEVEMENT_FIELD = new Map<string, CellKind>([
  ...NUMERIC.map((f) => [f, 'number'] as const),
  ...BOOLEAN.map((f) => [f, 'boolean'] as const),
  ['since', 'date'],
  ['doctorsShare', 'ratio'],
]);
const last = (path: string) => path.slice(path.lastIndexOf('.') + 1);

/** The CSV columns of the command with their French names; achievements are dotted columns (achievements.<indicator>.<field>). */
const FIELDS: readonly FieldSpec[] = [
  { path: 'id', kind: 'text', aliases: ['identifiant', 'référence'], help: { fr: 'votre identifiant, repris dans chaque sortie', en: 'your own identifier, kept in every output' } },
  { path: 'year', kind: 'number', aliases: ['année'], help: { fr: 'année civile de la rémunération (requis)', en: 'calendar year of the remuneration (required)' } },
  { path: 'contract.name', kind: 'text', aliases: ['nom', 'nom de la MSP', 'MSP'], help: { fr: 'nom de la MSP', en: 'name of the MSP' } },
  { path: 'contract.signedOn', kind: 'date', aliases: ['date de signature', 'signature', 'date du contrat'], help: { fr: 'date de signature du contrat (requis)', en: 'date the contract was signed (required)' } },
  {
    path: 'contract.projetDeSanteFiledOn',
    kind: 'date',
    aliases: ['date de dépôt du projet de santé', 'dépôt du projet de santé', 'projet de santé déposé le'],
    help: { fr: 'date de dépôt du projet de santé à l’ARS (requis)', en: 'date the projet de santé was filed with the ARS (required)' },
  },
  { path: 'contract.patientele', kind: 'number', aliases: ['patientèle', 'patientèle de référence'], help: { fr: 'patientèle de référence (requis)', en: 'patientèle de référence (required)' } },
  {
    path: 'contract.associatedProfessionals',
    kind: 'number',
    aliases: ['professionnels associés', 'nombre de professionnels associés'],
    help: { fr: 'professionnels de santé associés (requis)', en: 'associated health professionals (required)' },
  },
  { path: 'contract.ipa', kind: 'boolean', aliases: ['IPA'], help: { fr: 'une IPA exerce dans la structure', en: 'an IPA works in the structure' } },
  { path: 'contract.precarity.c2sRate', kind: 'ratio', aliases: ['taux C2S', 'part C2S'], help: { fr: 'part de la patientèle couverte par la C2S', en: 'share of the patientèle covered by the C2S' } },
  { path: 'contract.precarity.ameRate', kind: 'ratio', aliases: ['taux AME', 'part AME'], help: { fr: 'part de la patientèle couverte par l’AME', en: 'share of the patientèle covered by the AME' } },
  { path: 'options.aboveCap', kind: 'text', help: { fr: 'reject ou ignore-excess (un nombre au-delà du plafond)', en: 'reject or ignore-excess (a count above the cap)' } },
];

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
    if (!path.startsWith('achievements.')) return undefined;
    return KIND_OF_ACHIEVEMENT_FIELD.get(last(path)) ?? 'text';
  },
  run(input) {
    const { id, ...rest } = (typeof input === 'object' && input !== null && !Array.isArray(input) ? input : {}) as Record<string, unknown>;
    const record = typeof input === 'object' && input !== null && !Array.isArray(input) ? rest : input;
    const value = aciMsp.yearlyRemuneration(record as never);
    return { value, id, name: (rest['contract'] as { name?: unknown } | undefined)?.name };
  },
  table(result, row, options) {
    const { lang } = options;
    const r = result.value;
    const name = rowLabel({ line: row.line, id: row.id ?? result.name }, lang);
    const lines = [lang === 'fr' ? `MSP ${name} — année ${r.year}` : `MSP ${name} — year ${r.year}`];
    const head = lang === 'fr' ? ['Indicateur', 'Points', 'Montant'] : ['Indicator', 'Points', 'Amount'];
    const rows = aciMsp.indicatorRows(r, lang).map((row) => [String(row.label), formatCell('decimal', row.points, lang), formatCell('euro', row.amount, lang)]);
    lines.push(...columns([head, ...rows], [false, true, true]).map((l) => `  ${l}`));
    // The year's figures, one per line, each formatted by its column's kind (nothing added up here).
    const [year] = aciMsp.summaryRows(r);
    const figures = aciMsp.SUMMARY_COLUMNS.filter((c) => !['structure', 'year', 'version'].includes(c.key) && year![c.key] !== null);
    lines.push('', ...columns(figures.map((c) => [c.label[lang], formatCell(c.kind, year![c.key], lang)]), [false, true]).map((l) => `  ${l}`));
    if (options.explain) {
      lines.push('');
      lines.push(...explanationLines(r.explanation, lang).map((l) => `    · ${l}`));
    }
    return lines;
  },
  json(result, options) {
    return options.explain ? JSON.parse(JSON.stringify(result.value)) : withoutExplanation(result.value);
  },
  csvColumns: [
    { en: 'year', fr: 'année', kind: 'number' },
    { en: 'version', fr: 'version', kind: 'text' },
    { en: 'prerequisitesMet', fr: 'prérequis remplis', kind: 'boolean' },
    { en: 'fixedPoints', fr: 'points fixes', kind: 'number' },
    { en: 'variablePoints', fr: 'points variables', kind: 'number' },
    { en: 'totalPoints', fr: 'total des points', kind: 'number' },
    { en: 'amount', fr: 'montant', kind: 'number' },
    { en: 'precarity', fr: 'majoration précarité', kind: 'number' },
    { en: 'total', fr: 'total', kind: 'number' },
    { en: 'advance', fr: 'avance', kind: 'number' },
    { en: 'advanceDueBy', fr: 'avance due le', kind: 'date' },
    { en: 'balance', fr: 'solde', kind: 'number' },
    { en: 'balanceDueBy', fr: 'solde dû le', kind: 'date' },
  ],
  csvRows(result) {
    const r = result.value;
    return [
      [
        r.year,
        r.version,
        r.prerequisites.met,
        r.points.fixed.toFixed(),
        r.points.variable.toFixed(),
        r.points.total.toFixed(),
        r.amount.toFixed(2),
        r.precarity.majoration.toFixed(2),
        r.total.toFixed(2),
        r.advance.amount.toFixed(2),
        r.advance.dueBy,
        r.balance.amount.toFixed(2),
        r.balance.dueBy,
      ],
    ];
  },
  csvInputs(record) {
    return [at(record, 'year')];
  },
};
