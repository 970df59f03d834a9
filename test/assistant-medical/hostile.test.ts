/**
 * Hostile and damaged input (issue 9): every item that concerns the assistant médical, then a property
 * over every public function — any input gives a result within legal bounds or the library's own error
 * naming a field, never a TypeError, a RangeError, a NaN or a hang.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { Decimal } from 'decimal.js';
import { assistantMedical as am, isExerciceCoordonneError } from '../../src/index.js';
import { plusDays, plusMonths, plusYears } from '../../src/core/dates.js';
import { HOSTILE_RUNS, expectResultOrLibraryError, oddValue, withField } from '../support/hostile.js';
import { FrenchCheck, WRONG_VALUES, allPaths, errorOf, hostileProperties } from './helpers.js';

const paths = (e: { issues: readonly { path: readonly (string | number)[] }[] }) => e.issues.map((i) => i.path.join('.'));

const second = {
  signedOn: '2025-01-01',
  hiredOn: '2022-01-01',
  option: '2',
  band: 'P50-P70',
  objective: { targetPatients: 2000 },
} as const;
const secondCeiling = { 'am.aid.ceiling.etp-2.year-3-plus': '50000' } as const;

describe('overrides and odd values (issue 9, items 5–7)', () => {
  it('am.eligibility.second-assistant.from-year of 0 (or beyond the contract) is the library’s error naming the override', () => {
    const zero = errorOf(() => am.simulate({ ...second, overrides: { ...secondCeiling, 'am.eligibility.second-assistant.from-year': '0' } }));
    expect(paths(zero)).toEqual(['overrides.am.eligibility.second-assistant.from-year']);
    const beyond = errorOf(() => am.yearlyAid({ ...second, year: 5, overrides: { ...secondCeiling, 'am.eligibility.second-assistant.from-year': '9' } }));
    expect(paths(beyond)).toEqual(['overrides.am.eligibility.second-assistant.from-year']);
    expect(am.simulate({ ...second, overrides: { ...secondCeiling, 'am.eligibility.second-assistant.from-year': '4' } }).years.map((y) => y.year)).toEqual([4, 5]);
  });

  it('a huge delay of the year-1 advance is refused; the largest one (a year) still dates every payment', () => {
    const year1 = { signedOn: '2024-09-01', hiredOn: '2024-10-01', option: '1/2', band: 'P30-P50', year: 1 } as const;
    for (const value of ['99999999999', '366', '1.5', '-1']) {
      expect(paths(errorOf(() => am.yearlyAid({ ...year1, overrides: { 'am.payment.year-1.advance-delay-days': value } })))).toEqual([
        'overrides.am.payment.year-1.advance-delay-days',
      ]);
    }
    const late = am.yearlyAid({ ...year1, overrides: { 'am.payment.year-1.advance-delay-days': '365' } });
    expect(late.payments.map((p) => p.date)).toEqual(['2025-10-01', '2025-10-01']);
    expect(JSON.stringify(late)).not.toMatch(/NaN|undefined/);
  });

  it('a contract length of 0 or 20 000 years is refused: from 1 to 10 years', () => {
    const contract = { signedOn: '2021-03-01', hiredOn: '2021-04-01', option: '1/3', band: 'P30-P50' } as const;
    for (const value of ['0', '20000', '11']) {
      expect(paths(errorOf(() => am.simulate({ ...contract, overrides: { 'am.contract.duration-years': value } })))).toEqual(['overrides.am.contract.duration-years']);
    }
    expect(am.simulate({ ...contract, overrides: { 'am.contract.duration-years': '10' } }).years).toHaveLength(10);
    expect(am.simulate({ ...contract, overrides: { 'am.contract.duration-years': '1' } }).years).toHaveLength(1);
  });

  it('an amount override with sub-cent digits or 45 digits is the library’s error, not a RangeError', () => {
    const input = { signedOn: '2024-09-01', hiredOn: '2024-10-01', option: '1/2', band: 'P30-P50', year: 1 } as const;
    for (const value of ['19000.005', '1'.repeat(45), '1e6']) {
      expect(paths(errorOf(() => am.yearlyAid({ ...input, overrides: { 'am.aid.ceiling.etp-1-2.year-1': value } })))).toEqual(['overrides.am.aid.ceiling.etp-1-2.year-1']);
    }
  });

  it('a contract whose dates would pass the year 2200 is refused: no result holds a date the inputs refuse', () => {
    const e = errorOf(() => am.simulate({ signedOn: '2199-03-01', hiredOn: '2199-04-01', option: '1/2', band: 'P30-P50' }));
    expect(paths(e)).toEqual(['hiredOn']);
    const r = am.simulate({ signedOn: '2190-03-01', hiredOn: '2190-04-01', option: '1/2', band: 'P30-P50' });
    expect(r.payments.at(-1)!.date <= '2200-12-31').toBe(true);
  });
});

describe('inputs accepted that should not be (issue 9, items 9–11)', () => {
  const contract = { signedOn: '2024-09-01', option: '1/2', band: 'P30-P50' } as const;

  it('a hiring more than 12 months before the signature is refused (am.contract.hiring.max-months-before-signature)', () => {
    const e = errorOf(() => am.simulate({ ...contract, hiredOn: '2022-09-01' }));
    expect(paths(e)).toEqual(['hiredOn']);
    expect(e.issues[0]!.expected).toContain('from 2023-09-01');
    expect(am.simulate({ ...contract, hiredOn: plusMonths('2024-09-01', -12) }).years).toHaveLength(5);
    expect(paths(errorOf(() => am.yearlyAid({ ...contract, hiredOn: plusDays(plusMonths('2024-09-01', -12), -1), year: 1 })))).toEqual(['hiredOn']);
    // The window is at most a contract year: beyond it, a whole year would have run before the contract.
    expect(paths(errorOf(() => am.simulate({ ...contract, hiredOn: '2022-09-01', overrides: { 'am.contract.hiring.max-months-before-signature': '24' } })))).toEqual([
      'overrides.am.contract.hiring.max-months-before-signature',
    ]);
    expect(paths(errorOf(() => am.simulate({ ...contract, hiredOn: '2024-08-01', overrides: { 'am.contract.hiring.max-months-before-signature': '0' } })))).toEqual(['hiredOn']);
  });

  it('a hiring after the end of the contract is refused; on its last day it is accepted', () => {
    const last = plusDays(plusYears('2024-09-01', 5), -1);
    expect(paths(errorOf(() => am.simulate({ ...contract, hiredOn: plusYears('2024-09-01', 5) })))).toEqual(['hiredOn']);
    expect(am.simulate({ ...contract, hiredOn: last }).years[0]!.period.from).toBe(last);
  });

  it('a payment due before the signature is made at the signature (am.rule.payments-from-signature)', () => {
    const early = { ...contract, hiredOn: '2024-03-01', year: 1, overrides: { 'am.payment.year-1.balance-timing': 'start-of-year' } } as const;
    const r = am.yearlyAid(early);
    expect(r.payments.map((p) => [p.kind, p.date])).toEqual([
      ['advance', '2024-09-16'],
      ['balance', '2024-09-01'],
    ]);
    expect(r.explanation.find((s) => s.rule === 'am.payment')!.rules).toContain('am.rule.payments-from-signature');
    const after = am.yearlyAid({ ...contract, hiredOn: '2024-10-01', year: 2 });
    expect(after.explanation.find((s) => s.rule === 'am.payment')!.rules).not.toContain('am.rule.payments-from-signature');
  });

  it('no payment is ever dated before the signature nor before the hiring', () => {
    fc.assert(
      fc.property(fc.integer({ min: -365, max: 1500 }), fc.constantFrom('1/2', '1'), (delay, option) => {
        const hiredOn = plusDays('2024-09-01', delay);
        const s = am.simulate({ ...contract, option, hiredOn, startingPatients: 900, objective: { targetPatients: 1000 }, achievements: [{ year: 3, reachedPatients: 950 }] });
        for (const p of s.payments) {
          expect(p.date >= contract.signedOn && p.date >= hiredOn).toBe(true);
        }
      }),
      { seed: HOSTILE_RUNS.seed, numRuns: 100 },
    );
  });

  it('fractional patients in objectives and cut-offs are refused', () => {
    const o = { signedOn: '2024-09-01', option: '1/2', specialty: 'medecine-generale', startingPatients: 900 } as const;
    expect(paths(errorOf(() => am.objective({ ...o, objective: { targetPatients: 1045.5 } })))).toEqual(['objective.targetPatients']);
    expect(paths(errorOf(() => am.objective({ ...o, thresholds: { p50: 1045.5 } })))).toEqual(['thresholds.p50']);
    expect(paths(errorOf(() => am.objective({ ...o, overrides: { 'am.percentile.medecine-generale.p50': '1045.5' } })))).toEqual([
      'overrides.am.percentile.medecine-generale.p50',
    ]);
  });

  it('patientèles beyond what a doctor can have are refused (100 000 patients at most)', () => {
    const y = { signedOn: '2020-06-01', hiredOn: '2020-07-01', option: '1/3', band: 'P30-P50', year: 3 } as const;
    expect(paths(errorOf(() => am.yearlyAid({ ...y, startingPatients: 2 ** 53 - 1 })))).toEqual(['startingPatients']);
    expect(paths(errorOf(() => am.yearlyAid({ ...y, startingPatients: 100_001 })))).toEqual(['startingPatients']);
    expect(paths(errorOf(() => am.yearlyAid({ ...y, startingPatients: 1000, achievement: { reachedPatients: 1e9 } })))).toEqual(['achievement.reachedPatients']);
    expect(paths(errorOf(() => am.yearlyAid({ ...y, startingPatients: 1000, overrides: { 'am.percentile.medecine-generale.p30': '1000000' } })))).toEqual([
      'overrides.am.percentile.medecine-generale.p30',
    ]);
    expect(am.yearlyAid({ ...y, startingPatients: 100_000, achievement: { reachedPatients: 100_000 } }).amount?.toFixed(2)).toBe('0.00');
  });

  it('regimeOf with a null, odd or missing argument gives the library’s error naming the field', () => {
    expect(paths(errorOf(() => am.regimeOf('2024-01-01', null)))).toEqual(['overrides']);
    expect(paths(errorOf(() => am.regimeOf(null as never)))).toEqual(['']);
    expect(paths(errorOf(() => am.regimeOf({} as never)))).toEqual(['signedOn']);
    expect(paths(errorOf(() => am.regimeOf(5 as never)))).toEqual(['']);
    expect(paths(errorOf(() => am.regimeOf({ signedOn: '2024-01-01' }, { overrides: {} })))).toEqual(['options']);
    expect(am.regimeOf('2024-01-01', { overrides: {} })).toBe('reglement-arbitral-2023');
    expect(am.regimeOf({ signedOn: '2024-01-01', overrides: { 'am.regime': 'convention-2024' } })).toBe('convention-2024');
  });

  it('summaryRows of anything but a result is the library’s error naming it', () => {
    for (const value of [null, {}, 5, undefined, { years: [] }]) expect(paths(errorOf(() => am.summaryRows(value as never)))).toEqual(['result']);
  });

  it('an override key __proto__ or constructor is reported, never dropped', () => {
    const overrides = JSON.parse('{"__proto__": {"am.modulation.rule": "all-or-nothing"}}') as Record<string, unknown>;
    expect(paths(errorOf(() => am.yearlyAid({ signedOn: '2024-09-01', hiredOn: '2024-10-01', option: '1/2', band: 'P30-P50', year: 1, overrides: overrides as never })))).toEqual([
      'overrides.__proto__',
    ]);
  });
});

// ---------------------------------------------------------------------------------------------------
// The contract of every public function, on valid inputs, one-field mutations and disguised copies

const day = fc.integer({ min: 0, max: 3000 }).map((n) => plusDays('2019-09-01', n));
const BANDS = ['P30-P50', 'P50-P70', 'P70-P90', 'P90-P95', 'P95+'] as const;

const contractArb = fc
  .record({
    signedOn: day,
    hireDelay: fc.integer({ min: -300, max: 400 }),
    option: fc.constantFrom('1/3', '1/2', '1'),
    band: fc.constantFrom(...BANDS),
    startingPatients: fc.integer({ min: 0, max: 5000 }),
    extra: fc.integer({ min: 0, max: 800 }),
    rule: fc.constantFrom(undefined, 'all-or-nothing', 'linear'),
  })
  .map((c) => ({
    signedOn: c.signedOn,
    hiredOn: plusDays(c.signedOn, c.hireDelay),
    option: c.signedOn >= '2023-05-01' && c.option === '1/3' ? '1/2' : c.option,
    band: c.band,
    startingPatients: c.startingPatients,
    objective: { targetPatients: c.startingPatients + c.extra },
    ...(c.rule ? { overrides: { 'am.modulation.rule': c.rule } } : {}),
  }));

const yearlyArb = fc.record({ c: contractArb, year: fc.integer({ min: 1, max: 5 }), reached: fc.option(fc.integer({ min: 0, max: 8000 }), { nil: undefined }) }).map(({ c, year, reached }) => ({
  ...c,
  year,
  ...(reached === undefined ? {} : { achievement: { reachedPatients: reached } }),
}));

const simulateArb = fc.record({ c: contractArb, reached: fc.array(fc.integer({ min: 0, max: 8000 }), { minLength: 0, maxLength: 3 }) }).map(({ c, reached }) => ({
  ...c,
  achievements: reached.map((r, i) => ({ year: 3 + i, reachedPatients: r })),
}));

const doctorArb = fc.record({
  specialty: fc.constantFrom('medecine-generale', 'cardiologie', 'chirurgie', 'radiologie'),
  sector: fc.constantFrom('1', '2-optam', '2'),
  zone: fc.constantFrom('zip', 'zac', 'none'),
  clinicalFeeShare: fc.constantFrom(0.5, 0.8, 0.95),
  patientele: fc.record({ medecinTraitant: fc.integer({ min: 0, max: 3000 }), fileActive: fc.integer({ min: 0, max: 5000 }) }),
  groupPractice: fc.boolean(),
  coordinatedPractice: fc.boolean(),
});
const eligibilityArb = fc.record({ signedOn: day, option: fc.constantFrom('1/2', '1'), doctor: doctorArb, thresholds: fc.constant({ p30: 1000 }) });

function sumOf(amounts: readonly Decimal[]): string {
  return amounts.reduce<Decimal | undefined>((t, a) => (t ? t.plus(a) : a), undefined)?.toFixed(2) ?? '0.00';
}

/** A year within legal bounds: the amount between 0 and the maximum, its payments adding up to it, none before the contract. */
function checkYear(y: am.YearlyAid, input: unknown): void {
  if (y.amount === undefined) expect(y.payments).toEqual([]);
  else {
    expect(y.amount.greaterThan(y.ceiling)).toBe(false);
    expect(y.amount.isNegative()).toBe(false);
    expect(sumOf(y.payments.map((p) => p.amount))).toBe(y.amount.toFixed(2));
  }
  const { signedOn, hiredOn } = input as { signedOn: string; hiredOn: string };
  for (const p of y.payments) expect(p.date >= signedOn && p.date >= hiredOn).toBe(true);
  expect(y.explanation.length).toBeGreaterThan(0);
}

function checkSimulation(s: am.Simulation, input: unknown): void {
  for (const y of s.years) checkYear(y, input);
  expect(sumOf(s.years.map((y) => y.ceiling))).toBe(s.totals.ceiling.toFixed(2));
  expect(sumOf(s.payments.map((p) => p.amount))).toBe(s.totals.amountKnown.toFixed(2));
  const rows = am.summaryRows(s);
  expect(rows).toHaveLength(s.years.length);
}

const FUNCTIONS = [
  { name: 'regimeOf', arb: day.map((signedOn) => ({ signedOn })), run: (i: unknown) => am.regimeOf(i as never), check: (r: unknown) => expect(am.REGIMES).toContain(r) },
  { name: 'checkEligibility', arb: eligibilityArb, run: (i: unknown) => am.checkEligibility(i as never), check: (r: am.Eligibility) => expect(r.failed.length === 0).toBe(r.eligible) },
  {
    name: 'objective',
    arb: contractArb,
    run: (i: unknown) => am.objective(i as never),
    check: (r: am.ObjectiveResult) => expect(r.targetPatients >= 0 && Number.isInteger(r.targetPatients)).toBe(true),
  },
  { name: 'yearlyAid', arb: yearlyArb, run: (i: unknown) => am.yearlyAid(i as never), check: checkYear },
  { name: 'simulate', arb: simulateArb, run: (i: unknown) => am.simulate(i as never), check: checkSimulation },
] as const;

describe('every public function: a result within legal bounds or the library’s error naming a field (fixed seed)', () => {
  hostileProperties(FUNCTIONS);

  it('summaryRows: any value gives rows or the library’s error (in French too)', () => {
    const french = new FrenchCheck();
    fc.assert(
      fc.property(fc.oneof(oddValue, simulateArb.map((i) => { try { return am.simulate(i); } catch { return null; } })), (value) => {
        expectResultOrLibraryError(() => french.run(() => am.summaryRows(value as never)));
      }),
      { seed: HOSTILE_RUNS.seed, numRuns: 100 },
    );
    expect(french.issues).toBeGreaterThan(0);
  });

  it('every field and object of a full input, removed or given a wrong value: the library’s error, every issue in French too', () => {
    const contract = {
      signedOn: '2024-09-01',
      option: '1/2',
      band: 'P30-P50',
      startingPatients: 900,
      specialty: 'medecine-generale',
      thresholds: { p30: 775, p50: 1045 },
      doctor: { age: 40, newlyInstalled: false },
      objective: { targetPatients: 1000 },
      overrides: { 'am.modulation.rule': 'linear' },
    } as const;
    const doctor = {
      specialty: 'chirurgie',
      sector: '1',
      zone: 'zip',
      clinicalFeeShare: 0.9,
      patientele: { medecinTraitant: 1000, fileActive: 1200 },
      groupPractice: true,
      coordinatedPractice: true,
      newlyInstalled: false,
      age: 40,
      disabilityRecognised: false,
      shareOfPatientsUnder16: 0.1,
      inLowDensityDepartement: false,
      currentContract: { option: '1', year: 3, objectivesReached: true },
    } as const;
    const full: readonly [unknown, (input: never) => unknown][] = [
      [{ signedOn: '2024-09-01', overrides: contract.overrides }, am.regimeOf],
      [{ signedOn: '2024-09-01', option: '1/2', doctor, thresholds: { p30: 500 }, overrides: contract.overrides }, am.checkEligibility],
      [contract, am.objective],
      [{ ...contract, hiredOn: '2024-10-01', year: 3, achievement: { reachedPatients: 1000 } }, am.yearlyAid],
      [{ ...contract, hiredOn: '2024-10-01', achievements: [{ year: 3, reachedPatients: 1000, targetPatients: 1000 }] }, am.simulate],
    ];
    const french = new FrenchCheck();
    for (const [input, run] of full) {
      for (const path of allPaths(input)) for (const value of WRONG_VALUES) expectResultOrLibraryError(() => french.run(() => run(withField(input, path, value) as never)));
    }
    expect(french.issues).toBeGreaterThan(100);
  });

  it('simulateMany: odd rows are reported as invalid (in French too), the others computed, none lost', async () => {
    const inputs = fc.sample(fc.oneof(simulateArb, oddValue), { seed: HOSTILE_RUNS.seed, numRuns: 60 });
    const batch = am.simulateMany(inputs as never);
    const items = await batch.toArray();
    expect(items.map((i) => i.index)).toEqual(inputs.map((_, i) => i));
    const french = new FrenchCheck();
    for (const item of items) {
      if (item.ok) continue;
      expect(isExerciceCoordonneError(item.error)).toBe(true);
      french.error(item.error);
    }
    expect(batch.summary.valid + batch.summary.invalid).toBe(inputs.length);
    if (batch.summary.invalid > 0) expect(french.issues).toBeGreaterThan(0);
  });
});
