/**
 * `exercice-coordonne cpts`: the ACI CPTS funding of each contract, year by year, or of one year when
 * the record has a `year` field.
 */
import type { Decimal } from 'decimal.js';
import { explanationLines } from '../core/explain.js';
import { formatCell, totalsOf, type Cell, type ColumnKind } from '../core/summary.js';
import { aciCpts } from '../index.js';
import type { Simulation, SummaryKey, YearlyFunding } from '../aci-cpts/index.js';
import type { CsvKind } from './csv.js';
import { ExerciceCoordonneError, issue } from '../core/errors.js';
import type { CellKind } from './cells.js';
import { at, columns, rowLabel, withoutExplanation, type Command } from './command.js';
import type { FieldSpec } from './fields.js';

type Result = { kind: 'contract'; value: Simulation; id: unknown } | { kind: 'year'; value: YearlyFunding; id: unknown; name: unknown };

/** The summary columns shown in the table (the CSV has them all). */
const TABLE_KEYS: readonly SummaryKey[] = ['contractYear', 'from', 'to', 'size', 'fonctionnement', 'fixed', 'variable', 'crisisBlock', 'total'];

/** How a summary column is written in CSV. */
function csvKindOf(kind: ColumnKind): CsvKind {
  return kind === 'date' ? 'date' : kind === 'boolean' ? 'boolean' : kind === 'text' ? 'text' : 'number';
}

/** A summary cell for CSV: amounts with two decimals, other numbers and dates as they are. */
function csvCell(kind: ColumnKind, cell: Cell): string | number | boolean {
  if (cell === null) return '';
  if (typeof cell === 'object') return kind === 'euro' ? (cell as Decimal).toFixed(2) : (cell as Decimal).toFixed();
  return cell;
}

const WRAPPER_KEYS = new Set(['contract', 'resultsByYear', 'year', 'results', 'id']);

/**
 * The parts of a record: `{ contract, resultsByYear }` or `{ contract, year, results }`, or a flat contract
 * (its fields at the top, as a CSV without `contract.` gives). A top-level field that is none of these is
 * an error: it would otherwise be dropped without a word.
 */
function record(input: unknown): { contract: unknown; resultsByYear?: unknown; year?: unknown; results?: unknown; id?: unknown } {
  if (typeof input !== 'object' || input === null || Array.isArray(input)) return { contract: input };
  const r = input as Record<string, unknown>;
  if (!Object.hasOwn(r, 'contract')) {
    const { id, year, results, resultsByYear, ...contract } = r;
    return { contract, id, year, results, resultsByYear };
  }
  const unknown = Object.keys(r).filter((k) => !WRAPPER_KEYS.has(k));
  if (unknown.length > 0) {
    throw new ExerciceCoordonneError(
      'invalid-input',
      unknown.map((k) => issue([k], r[k], `no field named "${k}" beside "contract"; expected contract, resultsByYear, year, results, id (or contract.${k})`)),
    );
  }
  return r as { contract: unknown };
}

/** What a CPTS column holds, by the last part of its dotted path. */
const KIND_BY_FIELD = new Map<string, CellKind>([
  ['signedOn', 'date'],
  ['start', 'date'],
  ['population', 'number'],
  ['year', 'number'],
  ['fromYear', 'number'],
  ['threshold', 'decimal'],
  ['amount', 'decimal'],
  ['fixed', 'decimal'],
  ['variable', 'decimal'],
  ['planWriting', 'decimal'],
  ['update', 'decimal'],
  ['crisisBlock', 'decimal'],
  ['fonctionnement', 'decimal'],
  ['crisisDeclared', 'boolean'],
]);
const TOP = new Set(['contract', 'resultsByYear', 'results', 'signedOn', 'population', 'name', 'missions', 'envelopes', 'amendments']);

const FIELDS: readonly FieldSpec[] = [
  { path: 'id', kind: 'text', aliases: ['identifiant', 'référence'], help: { fr: 'votre identifiant, repris dans chaque sortie', en: 'your own identifier, kept in every output' } },
  { path: 'year', kind: 'number', aliases: ['année', 'année du contrat'], help: { fr: 'une seule année du contrat', en: 'one contract year only' } },
  { path: 'contract.name', kind: 'text', aliases: ['nom', 'nom de la CPTS', 'CPTS'], help: { fr: 'nom de la CPTS', en: 'name of the CPTS' } },
  { path: 'contract.signedOn', kind: 'date', aliases: ['date de signature', 'signature'], help: { fr: 'date de signature du contrat (requis)', en: 'date the contract was signed (required)' } },
  { path: 'contract.population', kind: 'number', aliases: ['population', 'population couverte'], help: { fr: 'population du territoire (requis)', en: 'population of the territory (required)' } },
];

export const cptsCommand: Command<Result> = {
  name: 'cpts',
  summary: {
    fr: 'ACI CPTS : le financement de chaque année du contrat, mission par mission',
    en: 'ACI CPTS: the funding of each contract year, mission by mission',
  },
  example: 'examples/aci-cpts/contract.json',
  help: {
    fr: `Usage : exercice-coordonne cpts [fichier|-] [options]

Calcule le financement ACI CPTS de chaque contrat, année par année : taille, fonctionnement, parts fixe
et variable de chaque mission (indicateur par indicateur), bloc crise, versements et leurs dates. Une
ligne qui a une « année » (year) calcule cette année seulement.

Entrée : { "contract": {...}, "resultsByYear": {...} } (voir examples/aci-cpts/contract.json et
docs/aci-cpts.md), ou { "contract": {...}, "year": 3, "results": {...} } pour une année, en JSON ou
JSON Lines (examples/aci-cpts/contracts.jsonl). Le CSV est lu avec des colonnes pointées et des indices
de liste (contract.missions.0.mission, …), ce qui ne convient qu’aux contrats simples : préférez JSON Lines.
`,
    en: `Usage: exercice-coordonne cpts [file|-] [options]

Computes the ACI CPTS funding of each contract, every year of it: size class, fonctionnement, each
mission's fixed and variable parts (indicator by indicator), the crisis block, the payments and their
dates. A record with a "year" field computes that year only.

Input: { "contract": {...}, "resultsByYear": {...} } (see examples/aci-cpts/contract.json and
docs/aci-cpts.md), or { "contract": {...}, "year": 3, "results": {...} } for one year, in JSON or JSON
Lines (examples/aci-cpts/contracts.jsonl). CSV is read with dotted column names and list indexes
(contract.missions.0.mission, …), which suits simple contracts only: prefer JSON Lines.
`,
  },
  fields: FIELDS,
  words: [...KIND_BY_FIELD.keys(), ...TOP, 'indicators', 'steps', 'kind', 'direction', 'label', 'years', 'mission', 'id', 'acces', 'parcours', 'prevention', 'qualite', 'accompagnement', 'crise'],
  kindOf(path) {
    const parts = path.split('.');
    if (!TOP.has(parts[0]!)) return undefined;
    const lastPart = parts[parts.length - 1]!;
    if (/^(results|resultsByYear\.\d+)\.indicators\.[^.]+$/.test(path)) return 'result';
    if (/^\d+$/.test(lastPart) && parts[parts.length - 2] === 'years') return 'number';
    return KIND_BY_FIELD.get(lastPart) ?? 'text';
  },
  run(input) {
    const r = record(input);
    if (r.year !== undefined) {
      const one = { contract: r.contract, year: r.year, ...(r.results !== undefined ? { results: r.results } : {}) };
      return { kind: 'year', value: aciCpts.yearlyFunding(one as never), id: r.id, name: (r.contract as { name?: unknown })?.name };
    }
    return { kind: 'contract', value: aciCpts.simulate({ contract: r.contract, ...(r.resultsByYear !== undefined ? { resultsByYear: r.resultsByYear } : {}) } as never), id: r.id };
  },
  table(result, row, options) {
    const { lang } = options;
    const name = rowLabel({ line: row.line, id: row.id ?? (result.kind === 'contract' ? result.value.name : result.name) }, lang);
    const lines: string[] = [];
    const years = result.kind === 'contract' ? result.value.years : [result.value];
    lines.push(
      lang === 'fr'
        ? `CPTS ${name} — ${result.kind === 'contract' ? `contrat signé le ${result.value.signedOn}` : `année ${result.value.contractYear}`}`
        : `CPTS ${name} — ${result.kind === 'contract' ? `contract signed on ${result.value.signedOn}` : `year ${result.value.contractYear}`}`,
    );
    const shown = aciCpts.SUMMARY_COLUMNS.filter((c) => TABLE_KEYS.includes(c.key));
    const rows = aciCpts.summaryRows(result.value);
    const totals = totalsOf(shown, rows);
    const table = columns(
      [
        shown.map((c) => c.label[lang]),
        ...rows.map((r) => shown.map((c) => formatCell(c.kind, r[c.key], lang))),
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
    lines.push(...columns(result.value.payments.map((p) => [formatCell('date', p.date, lang), formatCell('euro', p.amount, lang)]), [false, true]).map((l) => `    ${l}`));
    return lines;
  },
  json(result, options) {
    return options.explain ? JSON.parse(JSON.stringify(result.value)) : withoutExplanation(result.value);
  },
  csvColumns: aciCpts.SUMMARY_COLUMNS.map((c) => ({ en: c.key, fr: c.label.fr, kind: csvKindOf(c.kind) })),
  csvRows(result) {
    return aciCpts.summaryRows(result.value).map((row) => aciCpts.SUMMARY_COLUMNS.map((c) => csvCell(c.kind, row[c.key])));
  },
  csvInputs(input) {
    return [at(input, 'year')];
  },
};
