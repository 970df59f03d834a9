/**
 * Rules change at a date: the day before, the day of and the day after each change.
 */
import { describe, expect, it } from 'vitest';
import { assistantMedical as am } from '../../src/index.js';
import { errorOf } from './helpers.js';

describe('regime by signature date (the dates themselves are golden cases in test/golden/assistant-medical.yaml)', () => {
  it('regimeOf takes one object { signedOn }, and the date alone as a shorthand', () => {
    expect(am.regimeOf({ signedOn: '2024-06-21' })).toBe('reglement-arbitral-2023');
    expect(am.regimeOf({ signedOn: '2024-06-22' })).toBe('convention-2024');
    expect(am.regimeOf('2023-05-01')).toBe('reglement-arbitral-2023');
  });

  it('a contract signed before 1 September 2019 is not in force, never extrapolated', () => {
    const e = errorOf(() => am.regimeOf({ signedOn: '2019-08-31' }));
    expect(e.code).toBe('not-in-force');
    expect(e.issues[0]!.path).toEqual(['signedOn']);
    expect(e.issues[0]!.received).toBe('2019-08-31');
  });
});

describe('the 1/3 ETP option closes to contracts signed from 1 May 2023', () => {
  const base = { hiredOn: '2023-06-01', option: '1/3', band: 'P30-P50', year: 1 } as const;
  it('open on 30 April 2023', () => {
    expect(am.yearlyAid({ ...base, signedOn: '2023-04-30' }).ceiling.toFixed(2)).toBe('12000.00');
  });
  it('closed on 1 May 2023: the validation error names the option and the options open', () => {
    const e = errorOf(() => am.yearlyAid({ ...base, signedOn: '2023-05-01' }));
    expect(e.code).toBe('invalid-input');
    expect(e.issues[0]!.path).toEqual(['option']);
    expect(e.issues[0]!.received).toBe('1/3');
    expect(e.issues[0]!.expected).toBe('an option open to contracts signed on 2023-05-01: "1/2", "1"');
  });
  it('checkEligibility reports it as a criterion not met, with its source', () => {
    const r = am.checkEligibility({
      signedOn: '2023-05-01',
      option: '1/3',
      doctor: { specialty: 'medecine-generale', sector: '1', zone: 'none', patientele: { medecinTraitant: 900 } },
    });
    expect(r.eligible).toBe(false);
    expect(r.failed.map((f) => f.criterion)).toEqual(['am.eligibility.option']);
    expect(r.failed[0]!.sources.some((s) => s.url?.startsWith('https://www.ameli.fr/'))).toBe(true);
  });
});

describe('contract years and anniversaries', () => {
  it('a contract year runs from an anniversary of the hiring to the day before the next', () => {
    const r = am.yearlyAid({ signedOn: '2020-01-15', hiredOn: '2020-02-29', option: '1/2', band: 'P30-P50', year: 2 });
    expect(r.period).toEqual({ from: '2021-02-28', to: '2022-02-27' });
  });

  it('the contract lasts 5 years: year 6 is refused, naming the duration', () => {
    const e = errorOf(() => am.yearlyAid({ signedOn: '2020-01-15', hiredOn: '2020-02-01', option: '1/2', band: 'P30-P50', year: 6 }));
    expect(e.issues[0]!.path).toEqual(['year']);
    expect(e.issues[0]!.expected).toContain('from 1 to 5');
  });

  it('years 1 and 2 are not modulated; year 3 is', () => {
    const at = (year: number) =>
      am.yearlyAid({ signedOn: '2020-01-15', hiredOn: '2020-02-01', option: '1/2', band: 'P30-P50', year, startingPatients: 1000, achievement: { reachedPatients: 1000 } });
    expect(at(2).modulated).toBe(false);
    expect(at(2).amount!.toFixed(2)).toBe('13500.00');
    expect(at(3).modulated).toBe(true);
    expect(at(3).amount!.toFixed(2)).toBe('0.00');
  });
});

describe('the P30 and P95 boundaries follow the text of the signature date (issue 11)', () => {
  const gp = (signedOn: string, startingPatients: number) =>
    am.objective({
      signedOn,
      option: '1/2',
      specialty: 'medecine-generale',
      startingPatients,
      thresholds: { p50: 1045, p70: 1400, p90: 1800, p95: 2000 },
      objective: { targetPatients: 2100 },
    });

  it('Avenant 7 (« plus de 640 »): 640 is below P30, 641 in P30-P50; from the règlement arbitral 775 is in P30-P50, 774 below', () => {
    expect([640, 641].map((n) => gp('2023-04-30', n).band)).toEqual(['below-P30', 'P30-P50']);
    expect([774, 775, 776].map((n) => gp('2023-05-01', n).band)).toEqual(['below-P30', 'P30-P50', 'P30-P50']);
    expect([774, 775].map((n) => gp('2024-06-22', n).band)).toEqual(['below-P30', 'P30-P50']);
  });

  it('the band step cites the comparisons it applied (P30 and P95), with their status', () => {
    const step = gp('2023-04-30', 2000).explanation.find((s) => s.rule === 'am.band')!;
    expect(step.value).toBe('P90-P95');
    expect(step.parameters.map((p) => `${p.id}=${String(p.value)}`)).toEqual(
      expect.arrayContaining(['am.eligibility.p30.comparison=more-than', 'am.band.p95.comparison=more-than']),
    );
    expect(gp('2024-06-22', 2000).explanation.find((s) => s.rule === 'am.band')!.parameters.find((p) => p.id === 'am.band.p95.comparison')).toMatchObject({ value: 'at-least', status: 'verified' });
  });

  it('the other reading of each boundary is one override away', () => {
    const ra = { signedOn: '2023-05-01', option: '1/2', doctor: { specialty: 'medecine-generale', sector: '1', zone: 'none', patientele: { medecinTraitant: 775 } } } as const;
    expect(am.checkEligibility(ra).eligible).toBe(true);
    expect(am.checkEligibility({ ...ra, overrides: { 'am.eligibility.p30.comparison': 'more-than' } }).eligible).toBe(false);
    expect(am.objective({ ...gpInput('2024-06-22', 2000), overrides: { 'am.band.p95.comparison': 'more-than' } }).band).toBe('P90-P95');
  });

  function gpInput(signedOn: string, startingPatients: number) {
    return { signedOn, option: '1/2', specialty: 'medecine-generale', startingPatients, thresholds: { p50: 1045, p70: 1400, p90: 1800, p95: 2000 }, objective: { targetPatients: 2100 } } as const;
  }
});
