/**
 * The result model of the ACI MSP (what a spread copies, what JSON gives, what the REPL shows), a whole
 * contract year by year (`simulate`, `simulateMany`) and the summary rows the command line prints.
 */
import { describe, expect, it } from 'vitest';
import { inspect } from 'node:util';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { formatCell, totalsOf } from '../../src/core/summary.js';
import {
  INDICATOR_COLUMNS,
  SUMMARY_COLUMNS,
  compare,
  indicatorRows,
  simulate,
  simulateMany,
  summaryRows,
  yearlyRemuneration,
  type SimulateInput,
  type YearlyRemunerationInput,
} from '../../src/aci-msp/index.js';
import { ALL_AVENANT_1, PREREQUISITES, contract, errorOf, remuneration } from './helpers.js';

const EXAMPLE = JSON.parse(readFileSync(resolve(__dirname, '../../examples/aci-msp/msp.json'), 'utf8')) as YearlyRemunerationInput;
const CONTRACT = JSON.parse(readFileSync(resolve(__dirname, '../../examples/aci-msp/contract.json'), 'utf8')) as SimulateInput;

const FIGURES = ['scheme', 'structure', 'year', 'version', 'prerequisites', 'byIndicator', 'points', 'pointValue', 'amount', 'prorata', 'precarity', 'newStructure', 'total', 'advance', 'balance'];

describe('a year’s result', () => {
  it('a spread copies the figures only; JSON gives the figures, then payments, then explanation', () => {
    const r = yearlyRemuneration(EXAMPLE);
    expect(Object.keys({ ...r })).toEqual(FIGURES);
    const json = JSON.parse(JSON.stringify(r)) as Record<string, unknown>;
    expect(Object.keys(json)).toEqual([...FIGURES, 'payments', 'explanation']);
    expect(json['total']).toBe('99714.87');
    expect(json['payments']).toEqual([
      { date: '2024-04-30', amount: '42378.00', kind: 'advance', year: 2024, label: { fr: 'Avance de l’exercice 2024', en: 'Advance for 2024' } },
      { date: '2025-04-30', amount: '57336.87', kind: 'balance', year: 2024, label: { fr: 'Solde de l’exercice 2024', en: 'Balance for 2024' } },
    ]);
    // Each indicator is a result too: its JSON carries its own step.
    expect(Object.keys((json['byIndicator'] as Record<string, unknown>[])[0]!)).toEqual(['id', 'label', 'axis', 'type', 'achieved', 'fixed', 'variable', 'points', 'parts', 'value', 'amount', 'explanation']);
  });

  it('the explanation is built once, on first read, and an indicator’s step is the same object in the year’s explanation', () => {
    const r = yearlyRemuneration(EXAMPLE);
    expect(r.explanation).toBe(r.explanation);
    const coordination = r.byIndicator.find((i) => i.id === 'fonction-coordination')!;
    expect(r.explanation).toContain(coordination.explanation[0]);
  });

  it('a contract without a name gives no structure field in JSON', () => {
    const json = JSON.parse(JSON.stringify(remuneration(contract(4000), 2024, PREREQUISITES))) as Record<string, unknown>;
    expect('structure' in json).toBe(false);
  });

  it('the REPL shows euros in French, the rate as a percentage, the payments and the count of steps', () => {
    const text = inspect(yearlyRemuneration(EXAMPLE), { depth: 1, colors: false });
    expect(text).toMatch(/^MspYearResult \{/);
    expect(text).toContain('total: 99\u202f714,87\u00a0€');
    expect(text).toContain('[28 étapes : .explanation]');
    expect(text).not.toContain('99714.87');
  });

  it('compare is a result: its explanation says what B gains, in euros', () => {
    const c = compare({ contract: contract(5200, 14), year: 2024, a: PREREQUISITES, b: { ...PREREQUISITES, 'demarche-qualite': { level: 1 } } });
    expect(Object.keys({ ...c })).toEqual(['a', 'b', 'difference']);
    expect(c.difference.total.toFixed(2)).toBe('700.00');
    expect(c.explanation[0]!.label.fr).toContain('(+700,00\u00a0€)');
  });
});

describe('simulate: a whole contract, year by year', () => {
  it('each year is the year function’s result with the structure of that year; totals are the sums; payments of the whole contract in date order', () => {
    const s = simulate(CONTRACT);
    expect(s.years.map((y) => y.year)).toEqual([2023, 2024, 2025]);
    for (const [i, y] of s.years.entries()) {
      const input = CONTRACT.years[i]!;
      const alone = yearlyRemuneration({
        contract: { ...CONTRACT.contract, ...(input.patientele !== undefined ? { patientele: input.patientele } : {}), ...(input.associatedProfessionals !== undefined ? { associatedProfessionals: input.associatedProfessionals } : {}), ...(input.ipa !== undefined ? { ipa: input.ipa } : {}) },
        year: input.year,
        achievements: input.achievements,
      });
      expect(JSON.stringify(y)).toBe(JSON.stringify(alone));
    }
    const sum = (f: (y: (typeof s.years)[number]) => { plus: unknown; toFixed: (n: number) => string }) => s.years.map(f).reduce((t: number, d) => t + Number(d.toFixed(2)), 0).toFixed(2);
    expect(s.totals.total.toFixed(2)).toBe(sum((y) => y.total));
    expect(s.totals.advance.plus(s.totals.balance).equals(s.totals.total)).toBe(true);
    expect(s.payments.map((p) => `${p.date} ${p.kind} ${p.year}`)).toEqual([
      '2023-06-01 advance 2023',
      '2024-04-30 balance 2023',
      '2024-04-30 advance 2024',
      '2025-04-30 balance 2024',
      '2025-04-30 advance 2025',
      '2026-04-30 balance 2025',
    ]);
    expect(Object.keys({ ...s })).toEqual(['scheme', 'structure', 'signedOn', 'years', 'totals']);
    expect(Object.keys(JSON.parse(JSON.stringify(s)))).toEqual(['scheme', 'structure', 'signedOn', 'years', 'totals', 'payments', 'explanation']);
    expect(s.explanation.map((x) => x.rule)).toEqual(['msp.simulation.total']);
    expect(s.explanation[0]!.label.fr).toContain('exercices 2023, 2024 et 2025');
  });

  it('years come out in calendar order whatever the input order, and a year listed twice names its second entry', () => {
    const unordered = simulate({ ...CONTRACT, years: [CONTRACT.years[2]!, CONTRACT.years[0]!] });
    expect(unordered.years.map((y) => y.year)).toEqual([2023, 2025]);
    const e = errorOf(() => simulate({ ...CONTRACT, years: [CONTRACT.years[0]!, CONTRACT.years[1]!, CONTRACT.years[0]!] }));
    expect(e.issues[0]!.path).toEqual(['years', 2, 'year']);
  });

  it('an error in a year names that year’s entry', () => {
    const bad = { ...CONTRACT, years: [CONTRACT.years[0]!, { ...CONTRACT.years[1]!, achievements: { ...CONTRACT.years[1]!.achievements, 'protocoles-pluriprofessionnels': { count: 9 } } }] };
    expect(errorOf(() => simulate({ ...bad, options: { aboveCap: 'reject' } })).issues[0]!.path).toEqual(['years', 1, 'achievements', 'protocoles-pluriprofessionnels', 'count']);
    expect(errorOf(() => simulate({ ...CONTRACT, years: [{ year: 2019, achievements: {} }] })).issues[0]!.path).toEqual(['years', 0, 'year']);
  });

  it('simulateMany keeps the order and reports the invalid contract with its field', async () => {
    const batch = simulateMany([CONTRACT, { ...CONTRACT, years: [] }, CONTRACT]);
    const items = await batch.toArray();
    expect(items.map((i) => i.ok)).toEqual([true, false, true]);
    expect(batch.summary).toEqual({ total: 3, valid: 2, invalid: 1 });
    const failed = items[1]!;
    expect(failed.ok === false && failed.error.issues[0]!.path).toEqual(['years']);
  });
});

describe('summary rows', () => {
  it('one row per year with every column, payment dates and amounts included; totals over the rows are the simulation’s totals', () => {
    const s = simulate(CONTRACT);
    const rows = summaryRows(s);
    expect(rows).toHaveLength(3);
    for (const row of rows) expect(Object.keys(row)).toEqual(SUMMARY_COLUMNS.map((c) => c.key));
    expect(rows[0]).toMatchObject({ year: 2023, advanceDate: '2023-06-01', balanceDate: '2024-04-30' });
    const totals = totalsOf(SUMMARY_COLUMNS, rows);
    expect(totals.total!.equals(s.totals.total)).toBe(true);
    expect(totals.advance!.equals(s.totals.advance)).toBe(true);
    expect(totals.balance!.equals(s.totals.balance)).toBe(true);
    expect(formatCell('euro', rows[0]!.total, 'fr')).toBe('29\u202f577,21\u00a0€');
    expect(formatCell('date', rows[0]!.advanceDate, 'fr')).toBe('01/06/2023');
    // A calendar year is a year, not a quantity: never grouped by thousands.
    expect(SUMMARY_COLUMNS.find((c) => c.key === 'year')!.kind).toBe('year');
    expect(formatCell('year', rows[0]!.year, 'fr')).toBe('2023');
    expect(formatCell('year', rows[0]!.year, 'en')).toBe('2023');
  });

  it('a year’s indicator rows: their paid amounts add up to the year’s amount', () => {
    const r = remuneration(contract(5200, 14, { ipa: true }), 2024, ALL_AVENANT_1);
    const rows = indicatorRows(r, 'en');
    expect(rows.map((x) => x.indicator)).toEqual(r.byIndicator.map((i) => i.id));
    for (const row of rows) expect(Object.keys(row)).toEqual(INDICATOR_COLUMNS.map((c) => c.key));
    expect(totalsOf(INDICATOR_COLUMNS, rows).amount!.equals(r.amount)).toBe(true);
    expect(rows[0]!.label).toBe('Opening hours and unscheduled care');
  });
});
