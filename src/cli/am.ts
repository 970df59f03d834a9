/**
 * `exercice-coordonne am`: the aide à l'emploi d'un assistant médical, contract by contract (a record
 * without `year`) or contract-year by contract-year (a record with `year`).
 */
import { formatEuro } from '../core/money.js';
import { explanationLines, type Step } from '../core/explain.js';
import { assistantMedical as am } from '../index.js';
import type { YearlyAid, Simulation } from '../assistant-medical/index.js';
import { columns, type Command, type ShowOptions } from './command.js';

type Result = { kind: 'contract'; value: Simulation; input: Record<string, unknown> } | { kind: 'year'; value: YearlyAid; input: Record<string, unknown> };

const NUMERIC = new Set(['year', 'startingPatients', 'doctor.age', 'achievement.reachedPatients', 'objective.targetPatients']);
const BOOLEAN = new Set(['doctor.newlyInstalled']);

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

function yearReason(row: YearlyAid, lang: ShowOptions['lang']): string {
  const fr = lang === 'fr';
  if (!row.modulated) return fr ? `non modulée (année ${row.year})` : `not modulated (year ${row.year})`;
  if (row.modulation) {
    const m = row.modulation;
    const pct = m.achievementRate.times(100).toDecimalPlaces(2).toFixed();
    return fr
      ? `objectif ${m.targetPatients} patients, atteint ${m.reachedPatients} : ${pct.replace('.', ',')} %`
      : `objective ${m.targetPatients} patients, reached ${m.reachedPatients}: ${pct} %`;
  }
  if (row.objective) {
    return fr ? `selon l’atteinte de l’objectif (${row.objective.targetPatients} patients)` : `depends on reaching the objective (${row.objective.targetPatients} patients)`;
  }
  return fr ? 'selon l’atteinte de l’objectif (non calculé)' : 'depends on the objective (not computed)';
}

function rowCells(row: YearlyAid, lang: ShowOptions['lang']): string[] {
  return [String(row.year), `${row.period.from} → ${row.period.to}`, formatEuro(row.ceiling), row.amount ? formatEuro(row.amount) : '—', yearReason(row, lang)];
}

function explainRow(steps: readonly Step[], lang: ShowOptions['lang']): string[] {
  return explanationLines(steps.filter((s) => !PREPARED.has(s.rule)), lang).map((l) => `      · ${l}`);
}

const REGIME_NAME: Record<string, { fr: string; en: string }> = {
  'avenant-7': { fr: 'avenant 7', en: 'Avenant 7' },
  'reglement-arbitral-2023': { fr: 'règlement arbitral 2023', en: '2023 règlement arbitral' },
  'convention-2024': { fr: 'convention 2024', en: '2024 convention' },
};

function header(input: Record<string, unknown>, regime: string, band: string, index: number, lang: ShowOptions['lang']): string {
  const name = typeof input['id'] === 'string' || typeof input['id'] === 'number' ? String(input['id']) : String(index + 1);
  const r = REGIME_NAME[regime]?.[lang] ?? regime;
  return lang === 'fr'
    ? `Contrat ${name} — signé le ${String(input['signedOn'])}, embauche le ${String(input['hiredOn'])}, option ${String(input['option'])} ETP, tranche ${band}, ${r}`
    : `Contract ${name} — signed on ${String(input['signedOn'])}, hired on ${String(input['hiredOn'])}, option ${String(input['option'])} FTE, band ${band}, ${r}`;
}

export const amCommand: Command<Result> = {
  name: 'am',
  summary: 'aide à l’emploi d’un assistant médical: the aid of each contract year',
  example: 'examples/assistant-medical/contract.json',
  help: `Usage: exercice-coordonne am [file|-] [options]

Computes the aide à l'emploi d'un assistant médical of each contract (every year of it), or of one
contract year when the record has a "year" field.

Input (JSON object or array, JSON Lines, or CSV with a header row of field names; nested fields with
dots, e.g. doctor.age, objective.targetPatients, thresholds.p50, overrides.am.modulation.rule):
  signedOn            date the contract was signed (YYYY-MM-DD)              required
  hiredOn             date the assistant was hired (YYYY-MM-DD)              required
  option              "1/3", "1/2", "1" (ETP), "1.5" or "2" (second assistant) required
  band                "P30-P50" | "P50-P70" | "P70-P90" | "P90-P95" | "P95+"   or startingPatients
  startingPatients    starting patientèle (MT for a GP, file active otherwise)
  specialty           e.g. medecine-generale (to derive the band from startingPatients)
  thresholds.p30…p95  percentile cut-offs in patients the library does not know
  objective.targetPatients   the objective written in the contract
  doctor.age, doctor.newlyInstalled   special objectives (65+, newly installed)
  year                one contract year only (1 to 5)
  achievement.reachedPatients   patientèle reached at the end of that year (year ≥ 3)
  achievements        [{ year, reachedPatients, targetPatients? }] for a whole contract;
                      in CSV: columns reached.3, reached.4, reached.5 (and target.N)
  id                  your own identifier, shown in the table

Example CSV (examples/assistant-medical/contracts.csv):
  id,signedOn,hiredOn,option,band,startingPatients,reached.3,reached.4,reached.5
  dr-a,2021-03-01,2021-04-01,1/3,P30-P50,700,840,800,900
`,
  isNumeric(path) {
    return NUMERIC.has(path) || path.startsWith('thresholds.') || path.startsWith('reached.') || path.startsWith('target.');
  },
  isBoolean(path) {
    return BOOLEAN.has(path);
  },
  run(record) {
    const input = typeof record === 'object' && record !== null && !Array.isArray(record) ? achievementsFromColumns(record as Record<string, unknown>) : record;
    const { id: _id, ...fields } = (typeof input === 'object' && input !== null ? input : {}) as Record<string, unknown>;
    const clean = typeof input === 'object' && input !== null && !Array.isArray(input) ? fields : input;
    if (typeof clean === 'object' && clean !== null && 'year' in clean) {
      return { kind: 'year', value: am.yearlyAid(clean as never), input: input as Record<string, unknown> };
    }
    return { kind: 'contract', value: am.simulate(clean as never), input: input as Record<string, unknown> };
  },
  table(result, index, options) {
    const { lang } = options;
    const head = lang === 'fr' ? ['Année', 'Période', 'Plafond', 'Aide due', 'Motif'] : ['Year', 'Period', 'Maximum', 'Aid due', 'Reason'];
    const right = [false, false, true, true, false];
    if (result.kind === 'year') {
      const row = result.value;
      const out = [header(result.input, row.regime, row.band, index, lang), ...columns([head, rowCells(row, lang)], right).map((l) => `  ${l}`)];
      if (options.explain) out.push(...explainRow(row.explanation, lang));
      return out;
    }
    const sim = result.value;
    const lines = [header(result.input, sim.regime, sim.band, index, lang)];
    if (options.explain) lines.push(...explanationLines(sim.explanation.filter((s) => PREPARED.has(s.rule)), lang).map((l) => `    · ${l}`));
    const table = columns(
      [
        head,
        ...sim.years.map((r) => rowCells(r, lang)),
        [lang === 'fr' ? 'Total' : 'Total', '', formatEuro(sim.totals.ceiling), sim.totals.amount ? formatEuro(sim.totals.amount) : `${formatEuro(sim.totals.amountKnown)}${lang === 'fr' ? ' (connu)' : ' (known)'}`, ''],
      ],
      right,
    );
    lines.push(`  ${table[0]}`);
    sim.years.forEach((row, i) => {
      lines.push(`  ${table[i + 1]}`);
      if (options.explain) lines.push(...explainRow(row.explanation, lang));
    });
    lines.push(`  ${table[table.length - 1]}`);
    return lines;
  },
  json(result, options) {
    if (options.explain) return result.value;
    // Figures without the explanation: a spread copies a result's figures; its payments are read by name.
    if (result.kind === 'year') return { ...result.value, payments: result.value.payments };
    const sim = result.value;
    return { regime: sim.regime, option: sim.option, band: sim.band, years: sim.years.map((r) => ({ ...r, payments: r.payments })), totals: sim.totals };
  },
  csvHeader: ['index', 'id', 'signedOn', 'year', 'from', 'to', 'regime', 'band', 'ceiling', 'amount', 'targetPatients', 'reachedPatients', 'achievementRate', 'status', 'error'],
  csvRows(result, index) {
    const id = result.input['id'] ?? '';
    const rows = result.kind === 'year' ? [result.value] : result.value.years;
    return rows.map((r) => [
      index,
      id,
      result.input['signedOn'],
      r.year,
      r.period.from,
      r.period.to,
      r.regime,
      r.band,
      r.ceiling.toFixed(2),
      r.amount?.toFixed(2) ?? '',
      r.objective?.targetPatients ?? '',
      r.modulation?.reachedPatients ?? '',
      r.modulation?.achievementRate.toDecimalPlaces(6).toFixed() ?? '',
      'ok',
      '',
    ]);
  },
};
