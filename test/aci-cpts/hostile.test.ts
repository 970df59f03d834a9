/**
 * Hostile and damaged input (issue 9), ACI CPTS: every item of the issue that concerns the scheme, and a
 * property over every public function — any input gives a result within legal bounds or the library's
 * own error naming a field; never a TypeError or RangeError, never a hang.
 */
import fc from 'fast-check';
import { beforeEach, describe, expect, it } from 'vitest';
import {
  missionDeadlines,
  PARAMETERS,
  simulate,
  simulateMany,
  sizeClass,
  summaryRows,
  yearlyFunding,
  type ContractInput,
  type Simulation,
  type SimulateInput,
  type YearlyFunding,
  type YearlyFundingInput,
} from '../../src/aci-cpts/index.js';
import { sum } from '../../src/core/money.js';
import { isExerciceCoordonneError } from '../../src/core/errors.js';
import { disguises, expectResultOrLibraryError, HOSTILE_RUNS, leafPaths, oddValue, withField } from '../support/hostile.js';
import { errorOf } from './helpers.js';

/** A small size-3 contract after avenant 2 with a bit of everything: cheap enough for hundreds of runs. */
const contract: ContractInput = {
  name: 'CPTS test',
  signedOn: '2022-06-15',
  population: 91000,
  missions: [
    {
      mission: 'acces',
      start: '2022-12-15',
      indicators: [
        { id: 'a1', kind: 'steps', direction: 'at-most', steps: [{ threshold: 219, amount: '3000' }, { threshold: 50, amount: '9000' }] },
        { id: 'a2', kind: 'all-or-nothing', amount: '5000', years: [2, 3, 4, 5] },
      ],
    },
    { mission: 'crise', start: '2022-12-15' },
    { mission: 'parcours', start: '2023-06-15', indicators: [{ id: 'p1', kind: 'all-or-nothing', amount: '45000' }] },
  ],
  envelopes: { acces: { fixed: '90000', variable: '35000' }, crise: { planWriting: '45000', crisisBlock: '67500' } },
  amendments: [{ fromYear: 4, population: 76000, envelopes: { fonctionnement: '60000', acces: { fixed: '80000', variable: '30000' }, parcours: { fixed: '40000', variable: '40000' }, crise: { planWriting: '30000', update: '15000', crisisBlock: '45000' } } }],
  overrides: { 'cpts.payment.prorata-unit': 'months', 'cpts.payment.advance-ratio': { value: '0.75', source: { title: 'contrat' } } },
};
const results = { indicators: { a1: 120, a2: true, p1: false }, crisisDeclared: true };
const yearInput: YearlyFundingInput = { contract, year: 2, results };
const simulateInput: SimulateInput = { contract, resultsByYear: { 2: results, 5: { indicators: { a1: '40.5', p1: true } } } };

/** A year's parts add up to its total, its payments to its total, a mission's variable part stays under its cap. */
function checkYear(y: YearlyFunding): void {
  expect(sum([y.fonctionnement, y.startUp, y.fixed, y.variable, y.crisisBlock]).equals(y.total)).toBe(true);
  expect(sum(y.payments.map((p) => p.amount)).equals(y.total)).toBe(true);
  for (const p of y.payments) expect(sum(p.lines.map((l) => l.amount)).equals(p.amount)).toBe(true);
  for (const m of y.missions) {
    expect(m.variable.lessThanOrEqualTo(m.variableCap)).toBe(true);
    expect(sum([m.fixed, m.variable, m.crisisBlock ?? m.fixed.minus(m.fixed)]).equals(m.total)).toBe(true);
  }
}

function checkSimulation(s: Simulation): void {
  for (const y of s.years) checkYear(y);
  expect(sum(s.years.map((y) => y.total)).equals(s.totals.total)).toBe(true);
  expect(sum(s.payments.map((p) => p.amount)).equals(s.totals.total)).toBe(true);
}

describe('issue 9 — inputs accepted that should not be (ACI CPTS)', () => {
  it('a population of 80 million is refused (no territory a CPTS covers reaches 10 000 000 inhabitants), in the contract, an amendment and sizeClass', () => {
    expect(errorOf(() => yearlyFunding({ contract: { ...contract, population: 80_000_000 }, year: 1 })).issues[0]).toMatchObject({ path: ['contract', 'population'], received: 80_000_000 });
    expect(errorOf(() => yearlyFunding({ contract: { ...contract, amendments: [{ fromYear: 2, population: 80_000_000 }] }, year: 1 })).issues[0]!.path).toEqual(['contract', 'amendments', 0, 'population']);
    expect(errorOf(() => sizeClass({ population: 80_000_000, on: '2024-01-01' })).issues[0]!.path).toEqual(['population']);
    expect(sizeClass({ population: 10_000_000, on: '2024-01-01' }).size).toBe(4);
  });

  it('a crisis block of 10²¹ € is refused, as every euro input above 10 000 000 €', () => {
    const crise = (crisisBlock: unknown) => ({ ...contract, envelopes: { ...contract.envelopes, crise: { planWriting: '45000', crisisBlock } } }) as ContractInput;
    expect(errorOf(() => yearlyFunding({ contract: crise('1000000000000000000000'), year: 1 })).issues[0]!.path).toEqual(['contract', 'envelopes', 'crise', 'crisisBlock']);
    expect(errorOf(() => yearlyFunding({ contract: crise(1e21), year: 1 })).issues[0]!.path).toEqual(['contract', 'envelopes', 'crise', 'crisisBlock']);
    expect(errorOf(() => yearlyFunding({ contract: crise('10000000.01'), year: 1 })).issues[0]!.path).toEqual(['contract', 'envelopes', 'crise', 'crisisBlock']);
    expect(yearlyFunding({ contract: crise('10000000'), year: 1 }).missions.find((m) => m.mission === 'crise')!.crisisBlock?.toFixed(2)).toBe('0.00');
    const steps = { ...contract, missions: [{ mission: 'acces', start: '2022-12-15', indicators: [{ id: 'x', kind: 'steps', steps: [{ threshold: 1, amount: '1e21' }] }] }] } as ContractInput;
    expect(errorOf(() => yearlyFunding({ contract: steps, year: 1 })).issues[0]!.path).toEqual(['contract', 'missions', 0, 'indicators', 0, 'steps', 0, 'amount']);
  });

  it('a signature too late for the library’s calendar, or a mission starting after the contract’s end, is refused', () => {
    expect(errorOf(() => yearlyFunding({ contract: { ...contract, signedOn: '2195-01-01', missions: [], envelopes: {} }, year: 1 })).issues[0]!.path).toEqual(['contract', 'signedOn']);
    const late = { ...contract, missions: [{ mission: 'acces', start: '2027-06-15' }] } as ContractInput;
    expect(errorOf(() => yearlyFunding({ contract: late, year: 1 })).issues[0]!.path).toEqual(['contract', 'missions', 0, 'start']);
    expect(yearlyFunding({ contract: { ...late, missions: [{ mission: 'acces', start: '2027-06-14' }] }, year: 5 }).missions[0]!.prorata).toEqual({ unit: 'months', numerator: 1, denominator: 12 });
  });
});

describe('issue 9 — overrides and odd values (ACI CPTS)', () => {
  const withOverrides = (overrides: Record<string, unknown>) => ({ ...yearInput, contract: { ...contract, overrides } }) as YearlyFundingInput;

  it('long-digit and sub-cent overrides are refused naming the override; the most precise accepted ones still give payments that add up', () => {
    for (const [id, value] of [
      ['cpts.envelope.t3.acces.fixed', '1000.005'],
      ['cpts.envelope.t3.acces.fixed', '1'.repeat(45)],
      ['cpts.envelope.t3.acces.fixed', '100000000.01'],
      // the sanity bound of the scheme's euro figures (10 000 000 €, 17× the largest of the texts)
      ['cpts.envelope.t3.acces.fixed', '10000000.01'],
      ['cpts.payment.advance-ratio', '0.1234567890123'],
      ['cpts.payment.advance-ratio', '1.5'],
      ['cpts.crise.update-ratio', `0.${'3'.repeat(100000)}`],
    ] as const) {
      const e = errorOf(() => yearlyFunding(withOverrides({ [id]: value })));
      expect(e.issues[0]!.path, `${id} = ${value.slice(0, 20)}`).toEqual(['contract', 'overrides', id]);
    }
    const precise = { ...contract, envelopes: undefined, overrides: { 'cpts.payment.advance-ratio': '0.123456789012', 'cpts.envelope.t3.acces.fixed': '9999999.99', 'cpts.fonctionnement.t3': '3333333.33', 'cpts.crise.update-ratio': '0.333333333333' } };
    const s = simulate({ contract: precise, resultsByYear: {} });
    checkSimulation(s);
    expect(s.years[2]!.missions.find((m) => m.mission === 'crise')!.fixed.toFixed(2)).toBe('15000.00');
  });

  it('size.threshold.2-3 out of order blames size.threshold.2-3 (the override), not size.threshold.3-4', () => {
    expect(errorOf(() => yearlyFunding(withOverrides({ 'cpts.size.threshold.2-3': '300000' }))).issues[0]!.path).toEqual(['contract', 'overrides', 'cpts.size.threshold.2-3']);
    expect(errorOf(() => yearlyFunding(withOverrides({ 'cpts.size.threshold.2-3': '30000' }))).issues[0]!.path).toEqual(['contract', 'overrides', 'cpts.size.threshold.2-3']);
    expect(errorOf(() => sizeClass({ population: 1, on: '2024-01-01', overrides: { 'cpts.size.threshold.3-4': '50000' } })).issues[0]!.path).toEqual(['overrides', 'cpts.size.threshold.3-4']);
    expect(errorOf(() => sizeClass({ population: 1, on: '2024-01-01', overrides: { 'cpts.size.threshold.1-2': '90000' } })).issues[0]!.path).toEqual(['overrides', 'cpts.size.threshold.1-2']);
  });

  it('huge or zero month and year overrides are refused (deadlines 1–120 months, a contract of 1–10 years); 10 years is accepted', () => {
    for (const [id, value] of [
      ['cpts.deadline.acces.start', '99999999999'],
      ['cpts.deadline.acces.deployed', '121'],
      ['cpts.deadline.crise.start', '0'],
      ['cpts.contract.duration', '20000'],
      ['cpts.contract.duration', '0'],
      ['cpts.contract.duration', '2.5'],
      ['cpts.size.threshold.1-2', '0'],
      ['cpts.size.threshold.1-2', '10000001'],
      ['cpts.missions.socle', ['acces', 'acces']],
      ['cpts.missions.optional', ['x']],
      ['cpts.payment.prorata-unit', 'weeks'],
    ] as const) {
      const e = errorOf(() => missionDeadlines({ ...contract, overrides: { [id]: value } } as ContractInput));
      expect(e.issues[0]!.path.slice(0, 3), `${id} = ${String(value)}`).toEqual(['contract', 'overrides', id]);
    }
    expect(errorOf(() => missionDeadlines({ ...contract, overrides: { 'cpts.deadline.parcours.deployed': '6' } })).issues[0]!.path).toEqual(['contract', 'overrides', 'cpts.deadline.parcours.deployed']);
    expect(errorOf(() => missionDeadlines({ ...contract, overrides: { 'cpts.deadline.acces.start': '19' } })).issues[0]!.path).toEqual(['contract', 'overrides', 'cpts.deadline.acces.start']);
    const ten = simulate({ contract: { ...contract, overrides: { 'cpts.contract.duration': '10' } } });
    expect(ten.years).toHaveLength(10);
    expect(ten.years.at(-1)!.period.to).toBe('2032-06-14');
    expect(missionDeadlines({ ...contract, overrides: { 'cpts.deadline.acces.deployed': '120' } }).missions[0]!.deployedBy).toBe('2032-06-15');
  });

  it('__proto__, constructor and prototype as override keys are reported, never read', () => {
    for (const key of ['__proto__', 'constructor', 'prototype']) {
      const overrides = JSON.parse(`{ "${key}": { "cpts.contract.duration": "1" } }`) as Record<string, unknown>;
      const e = errorOf(() => yearlyFunding(withOverrides(overrides)));
      expect(e.issues[0]!.path).toEqual(['contract', 'overrides', key]);
    }
  });
});

describe('issue 9 — keys that reach a prototype (ACI CPTS)', () => {
  it('indicator ids such as constructor, toString or hasOwnProperty are ids like any other (never read from a prototype)', () => {
    const ids = ['constructor', 'toString', 'hasOwnProperty', 'valueOf'];
    const c: ContractInput = {
      ...contract,
      missions: [{ mission: 'acces', start: '2022-12-15', indicators: ids.map((id, k) => ({ id, kind: 'steps' as const, steps: [{ threshold: 1, amount: String(1000 * (k + 1)) }] })) }],
    };
    expect(yearlyFunding({ contract: c, year: 2 }).variable.toFixed(2)).toBe('0.00');
    expect(yearlyFunding({ contract: c, year: 2, results: { indicators: { toString: 5 } } }).variable.toFixed(2)).toBe('2000.00');
  });

  it('a __proto__ key among the results is reported, not dropped', () => {
    const proto = (json: string) => JSON.parse(json) as Record<string, unknown>;
    expect(errorOf(() => yearlyFunding({ ...yearInput, results: { indicators: proto('{ "__proto__": { "a1": 10 } }') } as never })).issues[0]!.path).toEqual(['results', 'indicators', '__proto__']);
    expect(errorOf(() => simulate({ contract, resultsByYear: proto('{ "__proto__": { "2": {} } }') as never })).issues[0]!.path).toEqual(['resultsByYear', '__proto__']);
    expect(errorOf(() => simulate({ contract, resultsByYear: { 2: { indicators: proto('{ "__proto__": { "a1": 10 } }') } } as never })).issues[0]!.path).toEqual(['resultsByYear', '2', 'indicators', '__proto__']);
    expect(errorOf(() => yearlyFunding({ ...yearInput, results: proto('{ "__proto__": { "crisisDeclared": true } }') as never })).issues[0]!.path).toEqual(['results', '__proto__']);
  });
});

// ---------------------------------------------------------------------------------------------------
// The contract of every public function, as a property
// ---------------------------------------------------------------------------------------------------

/** Every path of a record: its leaves and the objects and arrays above them. */
function allPaths(input: unknown): (string | number)[][] {
  const seen = new Set<string>();
  const out: (string | number)[][] = [];
  for (const leaf of leafPaths(input)) {
    for (let k = 1; k <= leaf.length; k++) {
      const p = leaf.slice(0, k);
      const key = JSON.stringify(p);
      if (!seen.has(key)) {
        seen.add(key);
        out.push(p);
      }
    }
  }
  return out;
}

const PARAMETER_IDS = [...PARAMETERS.keys()];

/** A valid input, changed in one field to an odd value, or given one odd override. */
function mutated(valid: Record<string, unknown>, overridesPath: (string | number)[]): fc.Arbitrary<unknown> {
  const paths = allPaths(valid);
  return fc.oneof(
    fc.constant(valid),
    fc.tuple(fc.constantFrom(...paths), oddValue).map(([path, value]) => withField(valid, path, value)),
    fc.tuple(fc.constantFrom(...PARAMETER_IDS), oddValue).map(([id, value]) => withField(valid, [...overridesPath, id], value)),
  );
}

/** How many issues of the library's errors {@link bilingual} checked (the properties must meet errors, not only results). */
let checkedIssues = 0;

/**
 * Runs `fn`; a library error it raises must say what it expected in French as well as in English — each
 * issue with a French text that is not the English one — and is raised again.
 */
function bilingual<R>(fn: () => R): R {
  try {
    return fn();
  } catch (e) {
    if (isExerciceCoordonneError(e)) {
      for (const i of e.issues) {
        expect(i.expectedFr, `no French for: ${i.message}`).not.toBe(i.expected);
        expect(i.messageFr).toContain(i.expectedFr);
        checkedIssues++;
      }
    }
    throw e;
  }
}

describe('issue 9 — every public function gives a result within legal bounds or the library’s error naming a field, in French and English', () => {
  beforeEach(() => {
    checkedIssues = 0;
  });
  it('sizeClass: a size from 1 to 4 whose thresholds increase, or the library’s error', () => {
    fc.assert(
      fc.property(mutated({ population: 91000, on: '2024-01-01', overrides: { 'cpts.size.at-threshold.1-2': 'lower' } }, ['overrides']), (input) => {
        expectResultOrLibraryError(
          () => bilingual(() => sizeClass(input as never)),
          (r) => {
            expect([1, 2, 3, 4]).toContain(r.size);
            expect(r.thresholds.map((t) => t.population)).toEqual([...r.thresholds.map((t) => t.population)].sort((a, b) => a - b));
          },
        );
      }),
      HOSTILE_RUNS,
    );
    expect(checkedIssues).toBeGreaterThan(30);
  });

  it('missionDeadlines: deadlines after the date they count from, or the library’s error', () => {
    fc.assert(
      fc.property(mutated(contract as unknown as Record<string, unknown>, ['overrides']), (input) => {
        expectResultOrLibraryError(
          () => bilingual(() => missionDeadlines(input as never)),
          (r) => {
            for (const m of r.missions) expect(m.countedFrom < m.startBy && m.startBy <= m.deployedBy, JSON.stringify(m)).toBe(true);
          },
        );
      }),
      HOSTILE_RUNS,
    );
    expect(checkedIssues).toBeGreaterThan(30);
  });

  it('yearlyFunding: parts that add up to the total, payments that add up to it, or the library’s error', () => {
    fc.assert(
      fc.property(mutated(yearInput as unknown as Record<string, unknown>, ['contract', 'overrides']), (input) => {
        expectResultOrLibraryError(() => bilingual(() => yearlyFunding(input as never)), checkYear);
      }),
      HOSTILE_RUNS,
    );
    expect(checkedIssues).toBeGreaterThan(30);
  });

  it('simulate, simulateMany and summaryRows: years and payments that add up to the totals, or the library’s error', () => {
    fc.assert(
      fc.property(mutated(simulateInput as unknown as Record<string, unknown>, ['contract', 'overrides']), (input) => {
        const s = expectResultOrLibraryError(() => bilingual(() => simulate(input as never)), checkSimulation);
        const [item] = [...simulateMany([input as SimulateInput])];
        expect(item!.ok).toBe(s !== undefined);
        if (s) expect(summaryRows(s)).toHaveLength(s.years.length);
      }),
      { ...HOSTILE_RUNS, numRuns: 150 },
    );
    expect(checkedIssues).toBeGreaterThan(30);
  });

  it('summaryRows of an odd value: the library’s error naming the result', () => {
    fc.assert(
      fc.property(oddValue, (value) => {
        let caught: unknown;
        try {
          bilingual(() => summaryRows(value as never));
        } catch (e) {
          caught = e;
        }
        expect(isExerciceCoordonneError(caught)).toBe(true);
      }),
      HOSTILE_RUNS,
    );
    expect(checkedIssues).toBeGreaterThan(30);
  });

  it('frozen, null-prototype and Proxy copies of an input give the same result as the input', () => {
    const json = (f: () => unknown) => JSON.stringify(f());
    const year = json(() => yearlyFunding(yearInput));
    for (const d of disguises(yearInput as unknown as Record<string, unknown>)) expect(json(() => yearlyFunding(d as never))).toBe(year);
    for (const d of disguises(contract as unknown as Record<string, unknown>)) expect(json(() => yearlyFunding({ ...yearInput, contract: d as never }))).toBe(year);
    const whole = json(() => simulate(simulateInput));
    for (const d of disguises(simulateInput as unknown as Record<string, unknown>)) expect(json(() => simulate(d as never))).toBe(whole);
    const size = json(() => sizeClass({ population: 91000, on: '2024-01-01' }));
    for (const d of disguises({ population: 91000, on: '2024-01-01' })) expect(json(() => sizeClass(d as never))).toBe(size);
    const deadlines = json(() => missionDeadlines(contract));
    for (const d of disguises(contract as unknown as Record<string, unknown>)) expect(json(() => missionDeadlines(d as never))).toBe(deadlines);
  });
});
