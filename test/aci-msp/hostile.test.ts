/**
 * Hostile and damaged input (issue 9, the ACI MSP's part): degenerate overrides, huge day and month
 * overrides, the field blamed, absurd sizes — and a property over every public function of the scheme:
 * any input gives a result within legal bounds or the library's own error naming a field.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import Decimal from 'decimal.js';
import { isExerciceCoordonneError } from '../../src/core/errors.js';
import {
  INPUT_BOUNDS,
  PARAMETERS,
  compare,
  indicatorRows,
  indicators,
  simulate,
  simulateMany,
  summaryRows,
  yearlyRemuneration,
  type MspComparison,
  type MspYearResult,
  type Simulation,
} from '../../src/aci-msp/index.js';
import { EURO_BOUND_PER_YEAR, HOSTILE_RUNS, disguises, euroAmountsOf, expectResultOrLibraryError, leafPaths, oddValue, withField } from '../support/hostile.js';
import { UNIT_BOUNDS, type NumericUnit } from '../../src/core/parameters.js';
import { ALL_AVENANT_1, NATIONAL_RATES, PREREQUISITES, contract, errorOf, remuneration } from './helpers.js';

const EXAMPLE = JSON.parse(readFileSync(resolve(__dirname, '../../examples/aci-msp/msp.json'), 'utf8')) as Record<string, unknown>;
const CONTRACT_EXAMPLE = JSON.parse(readFileSync(resolve(__dirname, '../../examples/aci-msp/contract.json'), 'utf8')) as Record<string, unknown>;

const paths = (e: ReturnType<typeof errorOf>) => e.issues.map((i) => i.path.join('.'));

describe('degenerate overrides (issue 9, items 5–6)', () => {
  it('msp.reference-patientele "0" (a divisor) is refused naming the override, instead of RangeError: euro amount NaN', () => {
    const e = errorOf(() => remuneration(contract(4000), 2024, PREREQUISITES, { overrides: { 'msp.reference-patientele': '0' } }));
    expect(e.code).toBe('invalid-input');
    expect(paths(e)).toEqual(['overrides.msp.reference-patientele']);
    expect(e.issues[0]!.expected).toContain('from 400 to 400000');
  });

  it('msp.catalogue ["x"] is refused naming the item, instead of a TypeError', () => {
    const e = errorOf(() => remuneration(contract(4000), 2024, PREREQUISITES, { overrides: { 'msp.catalogue': ['x'] } }));
    expect(paths(e)).toEqual(['overrides.msp.catalogue.0']);
    expect(e.issues[0]!.expected).toContain('"fonction-coordination"');
  });

  it('a catalogue listing each indicator twice is refused (it doubled the total)', () => {
    const twice = ['fonction-coordination', 'si-standard', 'fonction-coordination'];
    const e = errorOf(() => remuneration(contract(4000), 2024, PREREQUISITES, { overrides: { 'msp.catalogue': twice } }));
    expect(paths(e)).toEqual(['overrides.msp.catalogue.2']);
    expect(e.issues[0]!.expected).toContain('distinct');
  });

  it('a euro override with more than two decimals or more than 20 digits is refused, never a RangeError from money code', () => {
    for (const value of ['7.005', '1'.repeat(45), '1e3', '-7']) {
      expect(paths(errorOf(() => remuneration(contract(4000), 2024, PREREQUISITES, { overrides: { 'msp.point-value': value } })))).toEqual(['overrides.msp.point-value']);
    }
  });

  it('whole-number parameters refuse decimals: a cap of 2.5 missions, a threshold of 16.5 professionals', () => {
    expect(paths(errorOf(() => remuneration(contract(4000), 2024, PREREQUISITES, { overrides: { 'msp.missions.max': '2.5' } })))).toEqual(['overrides.msp.missions.max']);
    expect(paths(errorOf(() => remuneration(contract(4000), 2024, PREREQUISITES, { overrides: { 'msp.si-standard.threshold': '16.5' } })))).toEqual(['overrides.msp.si-standard.threshold']);
  });

  it('a target rate of 0 (the divisor of the concertation factor) is refused', () => {
    expect(paths(errorOf(() => remuneration(contract(4000), 2024, PREREQUISITES, { overrides: { 'msp.concertation.target-rate': '0' } })))).toEqual(['overrides.msp.concertation.target-rate']);
  });

  it('an override key __proto__ or constructor is reported, not dropped', () => {
    const overrides = JSON.parse('{"__proto__": {"msp.point-value": "8"}, "constructor": "1"}') as Record<string, unknown>;
    const e = errorOf(() => yearlyRemuneration({ contract: contract(4000), year: 2024, achievements: PREREQUISITES, overrides: overrides as never }));
    expect(paths(e).sort()).toEqual(['overrides.__proto__', 'overrides.constructor']);
  });
});

describe('days and months of due dates (issue 9, items 7–8)', () => {
  it('huge day or month overrides are refused by their range, naming their own field', () => {
    for (const id of ['msp.avance.due-day', 'msp.solde.due-day', 'msp.avance.due-month', 'msp.solde.due-month'] as const) {
      expect(paths(errorOf(() => remuneration(contract(4000), 2024, PREREQUISITES, { overrides: { [id]: '99999999999' } })))).toEqual([`overrides.${id}`]);
    }
    // « avance.due-month: '4000' blamed due-day »: the month is the field.
    expect(paths(errorOf(() => remuneration(contract(4000), 2024, PREREQUISITES, { overrides: { 'msp.avance.due-month': '4000' } })))).toEqual(['overrides.msp.avance.due-month']);
    expect(paths(errorOf(() => remuneration(contract(4000), 2024, PREREQUISITES, { overrides: { 'msp.avance.new-adherent-delay-months': '20000' } })))).toEqual([
      'overrides.msp.avance.new-adherent-delay-months',
    ]);
  });

  it('a due date that does not exist (31 February) names the override that made it: the day, or the month when only the month was given', () => {
    const feb31 = errorOf(() => remuneration(contract(4000), 2024, PREREQUISITES, { overrides: { 'msp.solde.due-month': '2', 'msp.solde.due-day': '31' } }));
    expect(paths(feb31)).toEqual(['overrides.msp.solde.due-day']);
    expect(feb31.issues[0]!.expected).toContain('month 2 has no day 31');
    // The table's day is 30: a caller's month of February alone makes 30 February.
    expect(paths(errorOf(() => remuneration(contract(4000), 2024, PREREQUISITES, { overrides: { 'msp.avance.due-month': '2' } })))).toEqual(['overrides.msp.avance.due-month']);
    // A day that exists in the month is fine.
    expect(remuneration(contract(4000), 2024, PREREQUISITES, { overrides: { 'msp.avance.due-month': '2', 'msp.avance.due-day': '28' } }).advance.dueBy).toBe('2024-02-28');
  });

  it('year 2200 blames the year (its balance would be paid in 2201), not an override nobody gave', () => {
    const e = errorOf(() => remuneration(contract(4000), 2200, PREREQUISITES));
    expect(paths(e)).toEqual(['year']);
    expect(e.issues[0]!.expected).toContain('2199');
    expect(paths(errorOf(() => simulate({ contract: contract(4000), years: [{ year: 2200, achievements: PREREQUISITES }] })))).toEqual(['years.0.year']);
  });

  it('the new-structure disposition is bounded (1 to 10 years), so is the projet de santé age', () => {
    expect(paths(errorOf(() => remuneration(contract(4000), 2024, PREREQUISITES, { overrides: { 'msp.nouvelle-structure.years': '20000' } })))).toEqual(['overrides.msp.nouvelle-structure.years']);
    expect(paths(errorOf(() => remuneration(contract(4000), 2024, PREREQUISITES, { overrides: { 'msp.nouvelle-structure.years': '0' } })))).toEqual(['overrides.msp.nouvelle-structure.years']);
    expect(paths(errorOf(() => remuneration(contract(4000), 2024, PREREQUISITES, { overrides: { 'msp.nouvelle-structure.projet-age-max': '0' } })))).toEqual([
      'overrides.msp.nouvelle-structure.projet-age-max',
    ]);
  });
});

describe('absurd sizes (issue 9, item 10)', () => {
  it(`a patientèle above ${INPUT_BOUNDS.patients} (no MSP has one) is refused, instead of a total of 5.5 × 10¹⁶ €`, () => {
    for (const patientele of [INPUT_BOUNDS.patients + 1, 1e9, 2 ** 53 - 1]) {
      const e = errorOf(() => remuneration(contract(patientele), 2024, ALL_AVENANT_1));
      expect(paths(e)).toEqual(['contract.patientele']);
    }
    const largest = remuneration(contract(INPUT_BOUNDS.patients), 2024, ALL_AVENANT_1);
    expect(largest.total.lessThan(10_000_000)).toBe(true);
  });

  it('every count of the input has a bound: professionals, meetings, files, patients of the base, protocols, trainees, missions, simulated years', () => {
    const big = 10 ** 7;
    const cases: [Record<string, unknown>, string][] = [
      [{ 'protocoles-pluriprofessionnels': { count: big } }, 'achievements.protocoles-pluriprofessionnels.count'],
      [{ 'protocoles-nationaux-cooperation': { count: big } }, 'achievements.protocoles-nationaux-cooperation.count'],
      [{ 'formation-stagiaires': { trainees: big } }, 'achievements.formation-stagiaires.trainees'],
      [{ 'concertation-pluriprofessionnelle': { meetings: big, casesReviewed: 1, eligiblePatients: { aldUnder75: 1, over75WithoutAld: 0, over75WithAld: 0 } } }, 'achievements.concertation-pluriprofessionnelle.meetings'],
      [{ 'concertation-pluriprofessionnelle': { meetings: 6, casesReviewed: big, eligiblePatients: { aldUnder75: 1, over75WithoutAld: 0, over75WithAld: 0 } } }, 'achievements.concertation-pluriprofessionnelle.casesReviewed'],
      [{ 'concertation-pluriprofessionnelle': { meetings: 6, casesReviewed: 1, eligiblePatients: { aldUnder75: big, over75WithoutAld: 0, over75WithAld: 0 } } }, 'achievements.concertation-pluriprofessionnelle.eligiblePatients.aldUnder75'],
    ];
    for (const [achievements, path] of cases) expect(paths(errorOf(() => remuneration(contract(4000), 2024, { ...PREREQUISITES, ...achievements })))).toEqual([path]);
    expect(paths(errorOf(() => remuneration(contract(4000, big), 2024, PREREQUISITES)))).toEqual(['contract.associatedProfessionals']);
    const years = Array.from({ length: INPUT_BOUNDS.simulationYears + 1 }, (_, i) => ({ year: 2024 + i, achievements: PREREQUISITES }));
    expect(paths(errorOf(() => simulate({ contract: contract(4000), years })))).toEqual(['years']);
  });

  it('a list of missions longer than the themes is refused at once, before any indicator runs', () => {
    const e = errorOf(() => remuneration(contract(4000), 2024, { ...PREREQUISITES, 'missions-sante-publique': { missions: Array(10).fill('tuberculose') } }));
    expect(paths(e)).toEqual(['achievements.missions-sante-publique.missions']);
  });
});

describe('absurd totals through overrides that are each allowed', () => {
  const largest = { ...EXAMPLE, contract: { ...(EXAMPLE['contract'] as object), patientele: INPUT_BOUNDS.patients, associatedProfessionals: INPUT_BOUNDS.professionals } };
  const withOverrides = (overrides: Record<string, string>) => ({ ...largest, overrides: { ...(EXAMPLE['overrides'] as object), ...overrides } }) as never;

  it('a reference patientèle of 1 and a point value of 100 000 000 € (a total of 7 × 10¹⁹ €) are refused by their sanity bounds, naming both', () => {
    const e = errorOf(() => yearlyRemuneration(withOverrides({ 'msp.reference-patientele': '1', 'msp.point-value': '100000000' })));
    expect(paths(e).sort()).toEqual(['overrides.msp.point-value', 'overrides.msp.reference-patientele']);
  });

  it(`every number of the table at its lowest or highest bound, one at a time, with the largest MSP, keeps every euro amount of the year ≤ ${EURO_BOUND_PER_YEAR.toFixed(0)} €`, () => {
    let results = 0;
    for (const p of PARAMETERS.values()) {
      if (!(p.unit in UNIT_BOUNDS)) continue;
      const unitMax = UNIT_BOUNDS[p.unit as NumericUnit].max;
      const max = p.range?.max !== undefined && Number(p.range.max) < Number(unitMax) ? p.range.max : unitMax;
      for (const value of [p.range?.min ?? '0', max]) {
        if (expectResultOrLibraryError(() => yearlyRemuneration(withOverrides({ [p.id]: value })), (r) => checkYear(r as MspYearResult), { signedAmounts: true })) results++;
      }
    }
    expect(results).toBeGreaterThan(100);
  });

  it('the euro bound catches the overrides that used to be accepted', () => {
    const r = yearlyRemuneration(withOverrides({ 'msp.point-value': '70', 'msp.reference-patientele': '400' }));
    expect(euroAmountsOf(r).length).toBeGreaterThan(20);
    expect(euroAmountsOf(r).every(([, d]) => d.lessThanOrEqualTo(EURO_BOUND_PER_YEAR))).toBe(true);
    expect(euroAmountsOf({ total: r.total.times(1e6) }).length).toBe(0); // only the library's own amounts count
  });
});

describe('summaryRows and indicatorRows of anything but a result (issue 9, item 11)', () => {
  it('null, {}, 5 or a plain copy of a result give the library’s error at `result`, not a TypeError', () => {
    const r = remuneration(contract(4000), 2024, PREREQUISITES);
    for (const bad of [null, {}, 5, { ...r }, JSON.parse(JSON.stringify(r))]) {
      expect(paths(errorOf(() => summaryRows(bad as never)))).toEqual(['result']);
      expect(paths(errorOf(() => indicatorRows(bad as never)))).toEqual(['result']);
    }
  });
});

// ---------------------------------------------------------------------------------------------------
// The contract of every public function

const euroKeys = ['amount', 'total', 'majoration', 'topUp', 'minimum', 'value', 'pointValue', 'fullYearAmount'];

/** Every euro of a year is whole cents and non-negative (but the balance), and every total is the sum of its parts. */
function checkYear(r: MspYearResult): void {
  const cents = (d: Decimal) => expect(d.times(100).isInteger()).toBe(true);
  for (const d of [r.amount, r.total, r.precarity.majoration, r.newStructure.topUp, r.newStructure.minimum, r.advance.amount, ...r.byIndicator.flatMap((i) => [i.amount, i.value])]) {
    cents(d);
    expect(d.isNegative() && !d.isZero()).toBe(false);
  }
  cents(r.balance.amount);
  expect(r.points.fixed.plus(r.points.variable).equals(r.points.total)).toBe(true);
  expect(r.amount.plus(r.precarity.majoration).plus(r.newStructure.topUp).equals(r.total)).toBe(true);
  expect(r.advance.amount.plus(r.balance.amount).equals(r.total)).toBe(true);
  const shares = r.byIndicator.reduce((t, i) => t.plus(i.amount), new Decimal(0));
  expect(shares.equals(r.prerequisites.met && r.points.total.greaterThan(0) ? r.amount : 0)).toBe(true);
  for (const i of r.byIndicator) expect(i.fixed.plus(i.variable).equals(i.points)).toBe(true);
  expect(r.payments.reduce((t, p) => t.plus(p.amount), new Decimal(0)).equals(r.total)).toBe(true);
  expect(summaryRows(r)).toHaveLength(1);
  expect(indicatorRows(r)).toHaveLength(r.byIndicator.length);
  // The explanation builds, and names the rules.
  expect(r.explanation.every((s) => typeof s.rule === 'string' && s.rule.startsWith('msp.'))).toBe(true);
  // JSON: no negative euro outside the balance.
  const json = JSON.parse(JSON.stringify(r, (k, v) => (k === 'balance' || k === 'payments' || k === 'explanation' ? undefined : v)));
  const negative = JSON.stringify(json).match(new RegExp(`"(${euroKeys.join('|')})":"-`));
  expect(negative).toBeNull();
}

function checkSimulation(s: Simulation): void {
  for (const y of s.years) checkYear(y);
  const sum = (f: (y: MspYearResult) => Decimal) => s.years.reduce((t, y) => t.plus(f(y)), new Decimal(0));
  expect(s.totals.total.equals(sum((y) => y.total))).toBe(true);
  expect(s.totals.advance.plus(s.totals.balance).equals(s.totals.total)).toBe(true);
  expect(s.totals.amount.plus(s.totals.majoration).plus(s.totals.topUp).equals(s.totals.total)).toBe(true);
  const dates = s.payments.map((p) => p.date);
  expect([...dates].sort()).toEqual(dates);
  expect(s.years.map((y) => y.year)).toEqual([...s.years.map((y) => y.year)].sort((a, b) => a - b));
  expect(summaryRows(s)).toHaveLength(s.years.length);
}

function checkComparison(c: MspComparison): void {
  checkYear(c.a);
  checkYear(c.b);
  expect(c.difference.total.equals(c.b.total.minus(c.a.total))).toBe(true);
  expect(c.difference.points.total.equals(c.b.points.total.minus(c.a.points.total))).toBe(true);
}

/**
 * The library's error names a field for each issue (a non-empty path), and says what it expected in French
 * as well as in English: a French text that is not the English one. Counts the issues it checked.
 */
let checkedIssues = 0;
function namesFields(run: () => unknown): void {
  try {
    run();
  } catch (e) {
    if (!isExerciceCoordonneError(e)) return;
    for (const i of e.issues) {
      expect(i.path.length, e.message).toBeGreaterThan(0);
      expect(i.expectedFr, `no French for: ${i.message}`).not.toBe(i.expected);
      expect(i.messageFr).toContain(i.expectedFr);
      checkedIssues++;
    }
  }
}

const VALID_INPUTS = {
  indicators: [{ on: '2024-01-01' }, { on: '2019-06-30', overrides: { 'msp.reference-patientele': '5000' } }],
  yearlyRemuneration: [
    EXAMPLE,
    { contract: contract(3000, 9, { ipa: true, precarity: { c2sRate: '0.2', ameRate: '0.01' } }), year: 2023, achievements: ALL_AVENANT_1, overrides: NATIONAL_RATES },
    { contract: contract(0, 0, { signedOn: '2023-07-01', projetDeSanteFiledOn: '2023-01-15' }), year: 2023, achievements: PREREQUISITES },
  ],
  compare: [{ contract: contract(5200, 14), year: 2024, a: PREREQUISITES, b: ALL_AVENANT_1 }],
  simulate: [CONTRACT_EXAMPLE],
} as const;

type Fn = 'indicators' | 'yearlyRemuneration' | 'compare' | 'simulate' | 'simulateMany';

function runOn(fn: Fn, input: unknown): unknown {
  switch (fn) {
    case 'indicators':
      return indicators(input as never);
    case 'yearlyRemuneration':
      return yearlyRemuneration(input as never);
    case 'compare':
      return compare(input as never);
    case 'simulate':
      return simulate(input as never);
    case 'simulateMany': {
      const items = [...simulateMany([input as never, CONTRACT_EXAMPLE as never])];
      expect(items.map((i) => i.index)).toEqual([0, 1]);
      expect(items[1]!.ok).toBe(true);
      if (!items[0]!.ok) throw items[0]!.error;
      return items[0]!.result;
    }
  }
}

function check(fn: Fn, result: unknown): void {
  if (fn === 'yearlyRemuneration') checkYear(result as MspYearResult);
  if (fn === 'compare') checkComparison(result as MspComparison);
  if (fn === 'simulate' || fn === 'simulateMany') checkSimulation(result as Simulation);
}

const fnAndInput = fc.constantFrom<[Fn, unknown]>(
  ...(Object.entries(VALID_INPUTS) as [Fn, readonly unknown[]][]).flatMap(([fn, inputs]) => inputs.map((i): [Fn, unknown] => [fn, i])),
  ['simulateMany', CONTRACT_EXAMPLE],
);

const parameterIds = [...PARAMETERS.keys()];

describe('properties of every public function (fixed seed)', () => {
  it('a valid input, or one with a field replaced by an odd value, gives a result within legal bounds (whole cents, totals = sum of parts, dates 1900–2200) or the library’s error naming the field, in French and English', () => {
    checkedIssues = 0;
    fc.assert(
      fc.property(fnAndInput, fc.nat(), oddValue, ([fn, input], pick, odd) => {
        const leaves = leafPaths(input);
        const path = leaves[pick % leaves.length]!;
        const mutated = pick % 7 === 0 ? input : withField(input, path, odd);
        const signed = fn !== 'indicators';
        expectResultOrLibraryError(() => runOn(fn, mutated), (r) => check(fn, r), { signedAmounts: signed });
        namesFields(() => runOn(fn, mutated));
      }),
      HOSTILE_RUNS,
    );
    // the property met the library's errors (their French checked), not only results
    expect(checkedIssues).toBeGreaterThan(30);
  });

  it('an override of any parameter with an odd value gives a result within legal bounds or the library’s error naming overrides.<id>, in French and English', () => {
    checkedIssues = 0;
    fc.assert(
      fc.property(fnAndInput, fc.constantFrom(...parameterIds), fc.oneof(oddValue, fc.constantFrom('0', '1', '2', '31', '12', '0.5', '1000000', ['fonction-coordination'])), ([fn, input], id, value) => {
        const base = input as { overrides?: Record<string, unknown> };
        const mutated = { ...base, overrides: { ...(base.overrides ?? {}), [id]: value } };
        expectResultOrLibraryError(() => runOn(fn, mutated), (r) => check(fn, r), { signedAmounts: fn !== 'indicators' });
        namesFields(() => runOn(fn, mutated));
      }),
      HOSTILE_RUNS,
    );
    // the property met the library's errors (their French checked), not only results
    expect(checkedIssues).toBeGreaterThan(30);
  });

  it('a frozen, null-prototype or Proxy copy of an input gives the same result as the input itself', () => {
    fc.assert(
      fc.property(fnAndInput, ([fn, input]) => {
        const expected = JSON.stringify(runOn(fn, input));
        for (const copy of disguises(input as Record<string, unknown>)) expect(JSON.stringify(runOn(fn, copy))).toBe(expected);
      }),
      { ...HOSTILE_RUNS, numRuns: 20 },
    );
  });
});
