/**
 * `exercice-coordonne cpts`: the ACI CPTS funding of each contract, year by year, or of one year when
 * the record has a `year` field.
 */
import type { Decimal } from 'decimal.js';
import { explanationLines } from '../core/explain.js';
import { formatCell, totalsOf, type Cell, type ColumnKind } from '../core/summary.js';
import { aciCpts } from '../index.js';
import type { Simulation, SummaryKey, YearlyFunding } from '../aci-cpts/index.js';
import { columns, withoutExplanation, type Command } from './command.js';

type Result = { kind: 'contract'; value: Simulation; id: unknown } | { kind: 'year'; value: YearlyFunding; id: unknown; name: unknown };

/** The summary columns shown in the table (the CSV has them all). */
const TABLE_KEYS: readonly SummaryKey[] = ['contractYear', 'from', 'to', 'size', 'fonctionnement', 'fixed', 'variable', 'crisisBlock', 'total'];

/** A cell for CSV: amounts with two decimals, other numbers and dates as they are. */
function csvCell(kind: ColumnKind, cell: Cell): string | number {
  if (cell === null) return '';
  if (typeof cell === 'object') return kind === 'euro' ? (cell as Decimal).toFixed(2) : (cell as Decimal).toFixed();
  return typeof cell === 'boolean' ? String(cell) : cell;
}

function record(input: unknown): { contract: unknown; resultsByYear?: unknown; year?: unknown; results?: unknown; id?: unknown } {
  if (typeof input !== 'object' || input === null || Array.isArray(input)) return { contract: input };
  const r = input as Record<string, unknown>;
  return 'contract' in r ? (r as { contract: unknown }) : { contract: r };
}

export const cptsCommand: Command<Result> = {
  name: 'cpts',
  summary: 'ACI CPTS: the funding of each contract year, mission by mission',
  example: 'examples/aci-cpts/contract.json',
  help: `Usage: exercice-coordonne cpts [file|-] [options]

Computes the ACI CPTS funding of each contract, every year of it: size class, fonctionnement, each
mission's fixed and variable parts (indicator by indicator), the crisis block, the payments and their
dates. A record with a "year" field computes that year only.

Input record (JSON object or array, or JSON Lines): { "contract": {...}, "resultsByYear": {...} }
(see examples/aci-cpts/contract.json and docs/aci-cpts.md for every field), or
{ "contract": {...}, "year": 3, "results": {...} } for one year; "id" is shown in the table.
CSV is accepted with dotted column names and list indexes (contract.missions.0.mission, …), which
suits flat contracts only; prefer JSON Lines for CPTS contracts.
`,
  isNumeric(path) {
    return /(^|\.)(year|population|threshold|result|value|\d+)$/.test(path) && !/mission$/.test(path);
  },
  isBoolean(path) {
    return /crisis|declared/i.test(path);
  },
  run(input) {
    const r = record(input);
    if (r.year !== undefined) {
      const one = { contract: r.contract, year: r.year, ...(r.results !== undefined ? { results: r.results } : {}) };
      return { kind: 'year', value: aciCpts.yearlyFunding(one as never), id: r.id, name: (r.contract as { name?: unknown })?.name };
    }
    return { kind: 'contract', value: aciCpts.simulate({ contract: r.contract, ...(r.resultsByYear !== undefined ? { resultsByYear: r.resultsByYear } : {}) } as never), id: r.id };
  },
  table(result, index, options) {
    const { lang } = options;
    const name = result.id ?? (result.kind === 'contract' ? result.value.name : result.name) ?? String(index + 1);
    const lines: string[] = [];
    const years = result.kind === 'contract' ? result.value.years : [result.value];
    lines.push(
      lang === 'fr'
        ? `CPTS ${String(name)} — ${result.kind === 'contract' ? `contrat signé le ${result.value.signedOn}` : `année ${result.value.contractYear}`}`
        : `CPTS ${String(name)} — ${result.kind === 'contract' ? `contract signed on ${result.value.signedOn}` : `year ${result.value.contractYear}`}`,
    );
    const shown = aciCpts.SUMMARY_COLUMNS.filter((c) => TABLE_KEYS.includes(c.key));
    const rows = aciCpts.summaryRows(result.value);
    const totals = totalsOf(shown, rows);
    const table = columns(
      [
        shown.map((c) => c.label[lang]),
        ...rows.map((row) => shown.map((c) => formatCell(c.kind, row[c.key], lang))),
        shown.map((c, i) => (i === 0 ? 'Total' : c.total ? formatCell(c.kind, totals[c.key] ?? null, lang) : '')),
      ],
      shown.map((c) => c.kind === 'euro'),
    );
    lines.push(...table.map((l) => `  ${l}`));
    if (options.explain) {
      for (const y of years) {
        lines.push('', lang === 'fr' ? `  Année ${y.contractYear} :` : `  Year ${y.contractYear}:`);
        lines.push(...explanationLines(y.explanation, lang).map((l) => `    · ${l}`));
      }
    }
    lines.push('', lang === 'fr' ? '  Versements :' : '  Payments:');
    lines.push(...columns(result.value.payments.map((p) => [formatCell('date', p.date, lang), p.label[lang], formatCell('euro', p.amount, lang)]), [false, false, true]).map((l) => `    ${l}`));
    return lines;
  },
  json(result, options) {
    return options.explain ? JSON.parse(JSON.stringify(result.value)) : withoutExplanation(result.value);
  },
  csvHeader: ['index', 'id', ...aciCpts.SUMMARY_COLUMNS.map((c) => c.key), 'status', 'error'],
  csvRows(result, index) {
    return aciCpts.summaryRows(result.value).map((row) => [index, result.id ?? '', ...aciCpts.SUMMARY_COLUMNS.map((c) => csvCell(c.kind, row[c.key])), 'ok', '']);
  },
};
