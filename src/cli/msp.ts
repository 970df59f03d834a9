/**
 * `exercice-coordonne msp`: the ACI MSP remuneration of a maison de santé for a calendar year, indicator
 * by indicator.
 */
import { explanationLines } from '../core/explain.js';
import { formatCell } from '../core/summary.js';
import { aciMsp } from '../index.js';
import type { MspYearResult } from '../aci-msp/index.js';
import { columns, withoutExplanation, type Command } from './command.js';

type Result = { value: MspYearResult; id: unknown; name: unknown };

const NUMERIC = new Set(['year', 'patientele', 'associatedProfessionals', 'meetings', 'casesReviewed', 'count', 'level', 'trainees', 'aldUnder75', 'over75WithoutAld', 'over75WithAld']);
const BOOLEAN = new Set(['ipa', 'snp', 'saturdayMorningOpen', 'closedOverOneWeekOutsideSchoolHolidays', 'arsDerogation', 'met', 'plan', 'crisisActions', 'allRegulatorRequests']);
const last = (path: string) => path.slice(path.lastIndexOf('.') + 1);

export const mspCommand: Command<Result> = {
  name: 'msp',
  summary: 'ACI MSP: the remuneration of a maison de santé for a year, indicator by indicator',
  example: 'examples/aci-msp/msp.json',
  help: `Usage: exercice-coordonne msp [file|-] [options]

Computes the ACI MSP remuneration of a maison de santé pluriprofessionnelle for a calendar year: the
points of every indicator, their value (7 € a point), the precarity majoration, the advance and the
balance with their dates.

Input record (JSON object or array, JSON Lines, or CSV with dotted column names):
  { "contract": { "signedOn", "projetDeSanteFiledOn", "patientele", "associatedProfessionals",
                  "ipa", "precarity": { "c2sRate", "ameRate" } },
    "year": 2024,
    "achievements": { "<indicator id>": { ... } },
    "overrides": { "<parameter id>": value } }
See examples/aci-msp/msp.json and docs/aci-msp.md for every indicator and its fields; "id" is
shown in the table. In CSV, e.g. contract.patientele, achievements.fonction-coordination.met,
achievements.protocoles-pluriprofessionnels.count, overrides.msp.precarite.national-rate-c2s.
`,
  isNumeric(path) {
    return NUMERIC.has(last(path)) || path === 'year';
  },
  isBoolean(path) {
    return BOOLEAN.has(last(path));
  },
  run(input) {
    const { id, ...rest } = (typeof input === 'object' && input !== null && !Array.isArray(input) ? input : {}) as Record<string, unknown>;
    const record = typeof input === 'object' && input !== null && !Array.isArray(input) ? rest : input;
    const value = aciMsp.yearlyRemuneration(record as never);
    return { value, id, name: (rest['contract'] as { name?: unknown } | undefined)?.name };
  },
  table(result, index, options) {
    const { lang } = options;
    const r = result.value;
    const name = result.id ?? result.name ?? String(index + 1);
    const lines = [lang === 'fr' ? `MSP ${String(name)} — année ${r.year}` : `MSP ${String(name)} — year ${r.year}`];
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
  csvHeader: ['index', 'id', 'year', 'version', 'prerequisitesMet', 'fixedPoints', 'variablePoints', 'totalPoints', 'amount', 'precarity', 'total', 'advance', 'advanceDueBy', 'balance', 'balanceDueBy', 'status', 'error'],
  csvRows(result, index) {
    const r = result.value;
    return [
      [
        index,
        result.id ?? '',
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
        'ok',
        '',
      ],
    ];
  },
};
