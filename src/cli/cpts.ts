/**
 * `exercice-coordonne cpts`: the ACI CPTS funding of each contract, year by year, or of one year when
 * the record has a `year` field.
 */
import type { Decimal } from 'decimal.js';
import { explanationLines } from '../core/explain.js';
import { formatEuro, sum } from '../core/money.js';
import { aciCpts } from '../index.js';
import type { Simulation, YearlyFunding } from '../aci-cpts/index.js';
import { columns, withoutExplanation, type Command } from './command.js';

type Result = { kind: 'contract'; value: Simulation; id: unknown } | { kind: 'year'; value: YearlyFunding; id: unknown; name: unknown };

function parts(y: YearlyFunding): { fixed: Decimal; variable: Decimal; crisis: Decimal } {
  return {
    fixed: sum(y.missions.map((m) => m.fixed)),
    variable: sum(y.missions.map((m) => m.variable)),
    crisis: sum(y.missions.flatMap((m) => (m.crisisBlock ? [m.crisisBlock] : []))),
  };
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
      return { kind: 'year', value: aciCpts.yearlyFunding(r.contract as never, r.year as never, r.results as never), id: r.id, name: (r.contract as { name?: unknown })?.name };
    }
    return { kind: 'contract', value: aciCpts.simulate(r.contract as never, r.resultsByYear as never), id: r.id };
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
    const head =
      lang === 'fr'
        ? ['Année', 'Période', 'Taille', 'Fonctionnement', 'Parts fixes', 'Parts variables', 'Crise', 'Total']
        : ['Year', 'Period', 'Size', 'Operating', 'Fixed parts', 'Variable parts', 'Crisis', 'Total'];
    const rows = years.map((y) => {
      const p = parts(y);
      return [String(y.contractYear), `${y.period.from} → ${y.period.to}`, String(y.size), formatEuro(y.fonctionnement.plus(y.startUp)), formatEuro(p.fixed), formatEuro(p.variable), formatEuro(p.crisis), formatEuro(y.total)];
    });
    const total = result.kind === 'contract' ? result.value.total : result.value.total;
    const table = columns([head, ...rows, ['Total', '', '', '', '', '', '', formatEuro(total)]], [false, false, false, true, true, true, true, true]);
    lines.push(...table.map((l) => `  ${l}`));
    if (options.explain) {
      for (const y of years) {
        lines.push('', lang === 'fr' ? `  Année ${y.contractYear} :` : `  Year ${y.contractYear}:`);
        lines.push(...explanationLines(y.explanation, lang).map((l) => `    · ${l}`));
      }
    }
    const payments = result.kind === 'contract' ? result.value.schedule : result.value.payments.map((p) => ({ date: p.date, amount: p.amount }));
    lines.push('', lang === 'fr' ? '  Versements :' : '  Payments:');
    lines.push(...columns(payments.map((p) => [p.date, formatEuro(p.amount)]), [false, true]).map((l) => `    ${l}`));
    return lines;
  },
  json(result, options) {
    return options.explain ? JSON.parse(JSON.stringify(result.value)) : withoutExplanation(result.value);
  },
  csvHeader: ['index', 'id', 'year', 'from', 'to', 'text', 'size', 'fonctionnement', 'fixed', 'variable', 'crisisBlock', 'total', 'status', 'error'],
  csvRows(result, index) {
    const years = result.kind === 'contract' ? result.value.years : [result.value];
    return years.map((y) => {
      const p = parts(y);
      return [index, result.id ?? '', y.contractYear, y.period.from, y.period.to, y.text, y.size, y.fonctionnement.plus(y.startUp).toFixed(2), p.fixed.toFixed(2), p.variable.toFixed(2), p.crisis.toFixed(2), y.total.toFixed(2), 'ok', ''];
    });
  },
};
