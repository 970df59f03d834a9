/**
 * `exercice-coordonne cpts`: the ACI CPTS funding of each contract, year by year, or of one year when
 * the record has a `year` field.
 */
import type { Decimal } from 'decimal.js';
import { explanationLines } from '../core/explain.js';
import { formatEuro, sum } from '../core/money.js';
import { aciCpts } from '../index.js';
import type { Simulation, YearlyFunding } from '../aci-cpts/index.js';
import { ExerciceCoordonneError, issue } from '../core/errors.js';
import type { CellKind } from './cells.js';
import { at, columns, rowLabel, withoutExplanation, type Command } from './command.js';
import type { FieldSpec } from './fields.js';

type Result = { kind: 'contract'; value: Simulation; id: unknown } | { kind: 'year'; value: YearlyFunding; id: unknown; name: unknown };

function parts(y: YearlyFunding): { fixed: Decimal; variable: Decimal; crisis: Decimal } {
  return {
    fixed: sum(y.missions.map((m) => m.fixed)),
    variable: sum(y.missions.map((m) => m.variable)),
    crisis: sum(y.missions.flatMap((m) => (m.crisisBlock ? [m.crisisBlock] : []))),
  };
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
      return { kind: 'year', value: aciCpts.yearlyFunding(r.contract as never, r.year as never, r.results as never), id: r.id, name: (r.contract as { name?: unknown })?.name };
    }
    return { kind: 'contract', value: aciCpts.simulate(r.contract as never, r.resultsByYear as never), id: r.id };
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
  csvColumns: [
    { en: 'year', fr: 'année', kind: 'number' },
    { en: 'from', fr: 'du', kind: 'date' },
    { en: 'to', fr: 'au', kind: 'date' },
    { en: 'text', fr: 'texte', kind: 'text' },
    { en: 'size', fr: 'taille', kind: 'text' },
    { en: 'fonctionnement', fr: 'fonctionnement', kind: 'number' },
    { en: 'fixed', fr: 'parts fixes', kind: 'number' },
    { en: 'variable', fr: 'parts variables', kind: 'number' },
    { en: 'crisisBlock', fr: 'bloc crise', kind: 'number' },
    { en: 'total', fr: 'total', kind: 'number' },
  ],
  csvRows(result) {
    const years = result.kind === 'contract' ? result.value.years : [result.value];
    return years.map((y) => {
      const p = parts(y);
      return [y.contractYear, y.period.from, y.period.to, y.text, y.size, y.fonctionnement.plus(y.startUp).toFixed(2), p.fixed.toFixed(2), p.variable.toFixed(2), p.crisis.toFixed(2), y.total.toFixed(2)];
    });
  },
  csvInputs(input) {
    return [at(input, 'year')];
  },
};
