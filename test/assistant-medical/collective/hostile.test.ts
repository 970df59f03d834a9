/**
 * Hostile and damaged input for the collective contract, as for the scheme's other functions: any input
 * gives a result within legal bounds or the library's own error naming a field — never a TypeError, a
 * RangeError, a NaN or a hang — the same through frozen, null-prototype and Proxy copies (fixed seed).
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { Decimal } from 'decimal.js';
import { assistantMedical as am, isExerciceCoordonneError } from '../../../src/index.js';
import { plusDays } from '../../../src/core/dates.js';
import { HOSTILE_RUNS, expectResultOrLibraryError, oddValue, withField } from '../../support/hostile.js';
import { FrenchCheck, WRONG_VALUES, allPaths, errorOf, hostileProperties } from '../helpers.js';

const g = am.collective;
const paths = (e: { issues: readonly { path: readonly (string | number)[] }[] }) => e.issues.map((i) => i.path.join('.'));

const doctor = { specialty: 'medecine-generale', sector: '1', patientele: { medecinTraitant: 900, fileActive: 1300 } } as const;
const group = { legalForm: 'scm', doctors: [doctor, { ...doctor, pamsu: true }] } as const;
const year = { signedOn: '2026-12-01', hiredOn: '2027-01-04', etp: 2, year: 3, group, achievement: { medecinTraitant: 2000, fileActive: 2700 } } as const;

describe('the collective contract refuses what no real contract has, naming the field', () => {
  it('a number of ETP that is zero, negative, beyond 200, not a multiple of the step, or not a number', () => {
    for (const etp of [0, -1, 201, 1e9, 0.3, '1,5', '1e1', Number.NaN, null, true]) {
      expect(paths(errorOf(() => g.yearlyAid({ ...year, group: undefined, etp: etp as never })))).toEqual(['etp']);
    }
    expect(g.yearlyAid({ ...year, group: undefined, etp: '200' }).etp.toFixed()).toBe('200');
  });

  it('an ETP step override of 0, above 1 or not a number is refused naming the override', () => {
    for (const value of ['0', '1.5', 'x', '-0.5']) {
      expect(paths(errorOf(() => g.yearlyAid({ ...year, overrides: { 'am.collective.etp.step': value } })))).toEqual(['overrides.am.collective.etp.step']);
    }
  });

  it('a group with no doctor, more than 100 doctors, an unknown legal form or a patientèle beyond bounds', () => {
    expect(paths(errorOf(() => g.checkEligibility({ signedOn: '2026-12-01', group: { legalForm: 'scm', doctors: [] } })))).toEqual(['group.doctors']);
    expect(paths(errorOf(() => g.checkEligibility({ signedOn: '2026-12-01', group: { legalForm: 'scm', doctors: Array(101).fill(doctor) } })))).toEqual(['group.doctors']);
    expect(paths(errorOf(() => g.checkEligibility({ signedOn: '2026-12-01', group: { ...group, legalForm: 'sarl' as never } })))).toEqual(['group.legalForm']);
    expect(paths(errorOf(() => g.maxEtp({ signedOn: '2026-12-01', group: { legalForm: 'scm', doctors: [{ ...doctor, patientele: { medecinTraitant: 100_001 } }] } })))).toEqual([
      'group.doctors.0.patientele.medecinTraitant',
    ]);
    expect(paths(errorOf(() => g.yearlyAid({ ...year, achievement: { medecinTraitant: 1_000_001, fileActive: 0 } })))).toEqual(['achievement.medecinTraitant']);
    expect(paths(errorOf(() => g.objective({ signedOn: '2026-12-01', etp: 1, startingPatientele: { medecinTraitant: 1.5, fileActive: 0 } })))).toEqual([
      'startingPatientele.medecinTraitant',
    ]);
  });

  it('an achievement before the first modulated year, twice the same year, or after the contract', () => {
    const contract = { signedOn: '2026-12-01', hiredOn: '2027-01-04', etp: 1, startingPatientele: { medecinTraitant: 1000, fileActive: 1500 } } as const;
    const a = (y: number) => ({ year: y, medecinTraitant: 1100, fileActive: 1600 });
    expect(paths(errorOf(() => g.simulate({ ...contract, achievements: [a(2)] })))).toEqual(['achievements.0.year']);
    expect(paths(errorOf(() => g.simulate({ ...contract, achievements: [a(3), a(3)] })))).toEqual(['achievements.1.year']);
    expect(paths(errorOf(() => g.simulate({ ...contract, achievements: [a(6)] })))).toEqual(['achievements.0.year']);
  });

  it('a hiring more than 12 months before the signature, or after the end of the contract (the individual window, shared)', () => {
    expect(paths(errorOf(() => g.yearlyAid({ ...year, hiredOn: '2025-11-30' })))).toEqual(['hiredOn']);
    expect(g.yearlyAid({ ...year, hiredOn: '2025-12-01', year: 1 }).period.from).toBe('2025-12-01');
    expect(paths(errorOf(() => g.yearlyAid({ ...year, hiredOn: '2031-12-01' })))).toEqual(['hiredOn']);
  });

  it('an override key __proto__ or constructor is reported, never dropped; an unknown id is refused', () => {
    const overrides = JSON.parse('{"__proto__": {"am.collective.modulation.rule": "both-required"}}') as Record<string, unknown>;
    expect(paths(errorOf(() => g.yearlyAid({ ...year, overrides: overrides as never })))).toEqual(['overrides.__proto__']);
    expect(paths(errorOf(() => g.yearlyAid({ ...year, overrides: { constructor: 1 } as never })))).toEqual(['overrides.constructor']);
    expect(paths(errorOf(() => g.yearlyAid({ ...year, overrides: { 'am.collective.modulation.rule': 'median' } })))).toEqual(['overrides.am.collective.modulation.rule']);
  });

  it('summaryRows of anything but a collective result is the library’s error naming it (an individual result included)', () => {
    const individual = am.yearlyAid({ signedOn: '2024-09-01', hiredOn: '2024-10-01', option: '1/2', band: 'P30-P50', year: 1 });
    for (const value of [null, {}, 5, undefined, { years: [] }, individual]) expect(paths(errorOf(() => g.summaryRows(value as never)))).toEqual(['result']);
  });
});

// ---------------------------------------------------------------------------------------------------
// The contract of every public function, on valid inputs, one-field mutations and disguised copies

const day = fc.integer({ min: -10, max: 1500 }).map((n) => plusDays('2026-02-25', n));
const doctorArb = fc.record({
  specialty: fc.constantFrom('medecine-generale', 'cardiologie'),
  sector: fc.constantFrom('1', '2-optam', '2'),
  patientele: fc.record({ medecinTraitant: fc.integer({ min: 0, max: 3000 }), fileActive: fc.integer({ min: 0, max: 5000 }) }),
  pamsu: fc.boolean(),
  mep: fc.boolean(),
  newlyInstalled: fc.boolean(),
});
const groupArb = fc.record({ legalForm: fc.constantFrom('scp', 'scm', 'sisa', 'sel', 'other'), trainingSite: fc.boolean(), doctors: fc.array(doctorArb, { minLength: 1, maxLength: 6 }) });
const patienteleArb = fc.record({ medecinTraitant: fc.integer({ min: 0, max: 20_000 }), fileActive: fc.integer({ min: 0, max: 30_000 }) });
const contractArb = fc
  .record({
    signedOn: day,
    hireDelay: fc.integer({ min: -300, max: 400 }),
    etp: fc.integer({ min: 1, max: 12 }).map((n) => n / 2),
    group: fc.option(groupArb, { nil: undefined }),
    startingPatientele: fc.option(patienteleArb, { nil: undefined }),
    rule: fc.constantFrom(undefined, 'lower-of-two', 'average-of-two', 'both-required'),
  })
  .map((c) => ({
    signedOn: c.signedOn,
    hiredOn: plusDays(c.signedOn, c.hireDelay),
    etp: c.etp,
    ...(c.group ? { group: c.group } : {}),
    ...(c.startingPatientele ? { startingPatientele: c.startingPatientele } : {}),
    ...(c.rule ? { overrides: { 'am.collective.modulation.rule': c.rule } } : {}),
  }));
const yearlyArb = fc.record({ c: contractArb, year: fc.integer({ min: 1, max: 5 }), reached: fc.option(patienteleArb, { nil: undefined }) }).map(({ c, year, reached }) => ({
  ...c,
  year,
  ...(reached ? { achievement: reached } : {}),
}));
const simulateArb = fc.record({ c: contractArb, reached: fc.array(patienteleArb, { minLength: 0, maxLength: 3 }) }).map(({ c, reached }) => ({
  ...c,
  achievements: reached.map((r, i) => ({ year: 3 + i, ...r })),
}));
const objectiveArb = fc.record({ signedOn: day, etp: fc.integer({ min: 1, max: 12 }).map((n) => n / 2), startingPatientele: patienteleArb, group: fc.option(groupArb, { nil: undefined }) }).map((o) => ({
  signedOn: o.signedOn,
  etp: o.etp,
  startingPatientele: o.startingPatientele,
  ...(o.group ? { group: o.group } : {}),
}));
const groupInputArb = fc.record({ signedOn: day, group: groupArb });

function sumOf(amounts: readonly Decimal[]): string {
  return amounts.reduce<Decimal | undefined>((t, a) => (t ? t.plus(a) : a), undefined)?.toFixed(2) ?? '0.00';
}

function checkYear(y: am.collective.CollectiveYearlyAid, input: unknown): void {
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

const FUNCTIONS = [
  {
    name: 'checkEligibility',
    arb: groupInputArb,
    run: (i: unknown) => g.checkEligibility(i as never),
    check: (r: am.collective.CollectiveEligibility) => expect(r.failed.length === 0).toBe(r.eligible),
  },
  { name: 'maxEtp', arb: groupInputArb, run: (i: unknown) => g.maxEtp(i as never), check: (r: Decimal) => expect(r.isPositive()).toBe(true) },
  {
    name: 'objective',
    arb: objectiveArb,
    run: (i: unknown) => g.objective(i as never),
    check: (r: am.collective.CollectiveObjective) => expect(r.medecinTraitant.target >= r.medecinTraitant.starting && r.fileActive.target >= r.fileActive.starting).toBe(true),
  },
  { name: 'yearlyAid', arb: yearlyArb, run: (i: unknown) => g.yearlyAid(i as never), check: checkYear },
  {
    name: 'simulate',
    arb: simulateArb,
    run: (i: unknown) => g.simulate(i as never),
    check: (s: am.collective.CollectiveSimulation, input: unknown) => {
      for (const y of s.years) checkYear(y, input);
      expect(sumOf(s.payments.map((p) => p.amount))).toBe(s.totals.amountKnown.toFixed(2));
      expect(g.summaryRows(s)).toHaveLength(s.years.length);
    },
  },
] as const;

describe('every public function of the collective contract: a result within legal bounds or the library’s error naming a field (fixed seed)', () => {
  hostileProperties(FUNCTIONS);

  it('summaryRows: any value gives rows or the library’s error (in French too)', () => {
    const french = new FrenchCheck();
    fc.assert(
      fc.property(fc.oneof(oddValue, simulateArb.map((i) => { try { return g.simulate(i); } catch { return null; } })), (value) => {
        expectResultOrLibraryError(() => french.run(() => g.summaryRows(value as never)));
      }),
      { seed: HOSTILE_RUNS.seed, numRuns: 100 },
    );
    expect(french.issues).toBeGreaterThan(0);
  });

  it('every field and object of a full input, removed or given a wrong value: the library’s error, every issue in French too', () => {
    const fullGroup = {
      legalForm: 'scm',
      trainingSite: true,
      doctors: [
        {
          specialty: 'medecine-generale',
          sector: '1',
          patientele: { medecinTraitant: 900, fileActive: 1300 },
          mep: false,
          pamsu: true,
          newlyInstalled: false,
          individualContractRunning: false,
          previousCollectiveContractEndedOn: '2020-01-01',
        },
      ],
    } as const;
    const overrides = { 'am.collective.modulation.rule': 'average-of-two' } as const;
    const patientele = { medecinTraitant: 900, fileActive: 1300 } as const;
    const contract = { signedOn: '2026-12-01', hiredOn: '2027-01-04', etp: 1, group: fullGroup, startingPatientele: patientele, alreadyGained: { medecinTraitant: 10, fileActive: 10 }, overrides } as const;
    const full: readonly [unknown, (input: never) => unknown][] = [
      [{ signedOn: '2026-12-01', group: fullGroup, overrides }, g.checkEligibility],
      [{ signedOn: '2026-12-01', group: fullGroup, overrides }, g.maxEtp],
      [{ signedOn: '2026-12-01', etp: 1, startingPatientele: patientele, alreadyGained: contract.alreadyGained, group: fullGroup, overrides }, g.objective],
      [{ ...contract, year: 3, achievement: { medecinTraitant: 1000, fileActive: 1400 } }, g.yearlyAid],
      [{ ...contract, achievements: [{ year: 3, medecinTraitant: 1000, fileActive: 1400 }] }, g.simulate],
    ];
    const french = new FrenchCheck();
    for (const [input, run] of full) {
      for (const path of allPaths(input)) for (const value of WRONG_VALUES) expectResultOrLibraryError(() => french.run(() => run(withField(input, path, value) as never)));
    }
    expect(french.issues).toBeGreaterThan(100);
  });

  it('simulateMany: odd rows are reported as invalid (in French too), the others computed, none lost', async () => {
    const inputs = fc.sample(fc.oneof(simulateArb, oddValue), { seed: HOSTILE_RUNS.seed, numRuns: 60 });
    const batch = g.simulateMany(inputs as never);
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
    expect(batch.summary.valid).toBeGreaterThan(0);
  });
});
