import { describe, expect, it } from 'vitest';
import { assistantMedical as am } from '../../src/index.js';
import { errorOf } from './helpers.js';

describe('objective', () => {
  it('band derived from the starting patientèle with the GP cut-offs (lower bound included)', () => {
    const band = (startingPatients: number) =>
      am.objective({ signedOn: '2024-09-01', option: '1/2', specialty: 'medecine-generale', startingPatients, objective: { targetPatients: 1 } }).band;
    expect(band(774)).toBe('below-P30');
    expect(band(775)).toBe('P30-P50');
    expect(band(1044)).toBe('P30-P50');
  });

  it('a cut-off the library does not know raises missing-parameter naming band, thresholds and the override', () => {
    const e = errorOf(() => am.objective({ signedOn: '2024-09-01', option: '1/2', specialty: 'medecine-generale', startingPatients: 1200 }));
    expect(e.code).toBe('missing-parameter');
    expect(e.issues[0]!.path).toEqual(['thresholds', 'p70']);
    expect(e.message).toContain('overrides["am.percentile.medecine-generale.p70"]');
    const ok = am.objective({ signedOn: '2024-09-01', option: '1/2', specialty: 'medecine-generale', startingPatients: 1200, thresholds: { p70: 1400 }, objective: { targetPatients: 1300 } });
    expect(ok.band).toBe('P50-P70');
  });

  it('the 2024 objective table is not published: the error says to pass the contract’s objective or the override', () => {
    const e = errorOf(() => am.objective({ signedOn: '2024-09-01', option: '1/2', band: 'P30-P50', startingPatients: 900 }));
    expect(e.code).toBe('missing-parameter');
    expect(e.message).toContain('objective.targetPatients');
    expect(am.objective({ signedOn: '2024-09-01', option: '1/2', band: 'P30-P50', startingPatients: 900, objective: { targetPatients: 1050 } })).toMatchObject({
      kind: 'contract',
      targetPatients: 1050,
      additionalPatients: 150,
    });
  });

  it('Avenant 7 option 1/2 extremes: +25 % (P30–P50), maintien (≥ P95); the middle bands are unknown', () => {
    expect(am.objective({ signedOn: '2020-06-01', option: '1/2', band: 'P30-P50', startingPatients: 800 }).targetPatients).toBe(1000);
    expect(am.objective({ signedOn: '2020-06-01', option: '1/2', band: 'P95+', startingPatients: 2500 }).targetPatients).toBe(2500);
    expect(errorOf(() => am.objective({ signedOn: '2020-06-01', option: '1/2', band: 'P50-P70', startingPatients: 1000 })).code).toBe('missing-parameter');
  });

  it('a fractional target is rounded up to the next whole patient (assumption, overridable)', () => {
    const o = am.objective({ signedOn: '2020-06-01', option: '1/3', band: 'P70-P90', startingPatients: 1001 });
    expect(o.targetPatients).toBe(1077); // 1001 × 1.075 = 1076.075
    const down = am.objective({ signedOn: '2020-06-01', option: '1/3', band: 'P70-P90', startingPatients: 1001, overrides: { 'am.objective.target-rounding': 'down' } });
    expect(down.targetPatients).toBe(1076);
  });

  it('Convention 2024: a doctor aged 65 or more keeps the patientèle, 10 % decrease tolerated', () => {
    const o = am.objective({ signedOn: '2024-09-01', option: '1/2', band: 'P50-P70', startingPatients: 1500, doctor: { age: 66 } });
    expect(o.kind).toBe('senior');
    expect(o.targetPatients).toBe(1350);
    expect(o.additionalPatients).toBe(-150);
    // not under the règlement arbitral
    const ra = errorOf(() => am.objective({ signedOn: '2024-01-01', option: '1/2', band: 'P50-P70', startingPatients: 1500, doctor: { age: 66 } }));
    expect(ra.code).toBe('missing-parameter');
  });

  it('a newly installed doctor must reach P50 of the specialty within 3 years', () => {
    const o = am.objective({ signedOn: '2024-09-01', option: '1', specialty: 'medecine-generale', startingPatients: 300, doctor: { newlyInstalled: true } });
    expect(o).toMatchObject({ kind: 'newly-installed', band: 'below-P30', targetPatients: 1045, deadlineYear: 3 });
    // after year 3 the objective is set from the level reached: the contract's figure is needed
    const e = errorOf(() =>
      am.yearlyAid({
        signedOn: '2024-09-01', hiredOn: '2024-10-01', option: '1', specialty: 'medecine-generale', startingPatients: 300,
        doctor: { newlyInstalled: true }, year: 4, achievement: { reachedPatients: 1100 },
      }),
    );
    expect(e.issues[0]!.path).toEqual(['objective', 'targetPatients']);
  });
});

describe('modulation from year 3 (working hypothesis: linear in the increase achieved)', () => {
  const base = { signedOn: '2020-06-01', hiredOn: '2020-07-01', option: '1/3', band: 'P30-P50', startingPatients: 1000, year: 3 } as const;
  const amount = (reachedPatients: number, overrides?: Record<string, string>) =>
    am.yearlyAid({ ...base, achievement: { reachedPatients }, ...(overrides ? { overrides } : {}) }).amount!.toFixed(2);

  it('objective reached or exceeded: the maximum, never more', () => {
    expect(amount(1200)).toBe('7000.00');
    expect(amount(1500)).toBe('7000.00');
  });
  it('half of the increase: half of the maximum', () => expect(amount(1100)).toBe('3500.00'));
  it('no increase or a decrease: nothing, never a negative euro', () => {
    expect(amount(1000)).toBe('0.00');
    expect(amount(800)).toBe('0.00');
  });
  it('rounded to the cent', () => expect(amount(1001)).toBe('35.00'));
  it('one third of the increase: 2333.33 €', () => {
    const r = am.yearlyAid({ ...base, startingPatients: 900, achievement: { reachedPatients: 960 } });
    expect(r.objective!.targetPatients).toBe(1080);
    expect(r.amount!.toFixed(2)).toBe('2333.33');
  });
  it('the all-or-nothing reading is available as an override', () => {
    expect(amount(1199, { 'am.modulation.rule': 'all-or-nothing' })).toBe('0.00');
    expect(amount(1200, { 'am.modulation.rule': 'all-or-nothing' })).toBe('7000.00');
  });
  it('a maintenance objective (≥ P95) is met when the patientèle is kept', () => {
    const r = am.yearlyAid({ ...base, band: 'P95+', startingPatients: 3000, achievement: { reachedPatients: 3000 } });
    expect(r.amount!.toFixed(2)).toBe('12000.00');
  });
  it('without achievement a modulated year shows its maximum and no amount', () => {
    const r = am.yearlyAid({ ...base });
    expect(r.amount).toBeUndefined();
    expect(r.payments).toEqual([]);
    expect(r.ceiling.toFixed(2)).toBe('7000.00');
  });
});

describe('payments', () => {
  it('year 1: 70 % within 15 days of hiring, 30 % at the first anniversary (Ordre n° 74; balance date an assumption)', () => {
    const r = am.yearlyAid({ signedOn: '2019-10-01', hiredOn: '2019-11-04', option: '1', band: 'P30-P50', year: 1 });
    expect(r.payments!.map((p) => [p.date, p.amount.toFixed(2), p.kind])).toEqual([
      ['2019-11-19', '25200.00', 'advance'],
      ['2020-11-04', '10800.00', 'balance'],
    ]);
  });
  it('year 1 paid in full when the advance rate is overridden to 100 % (djibe 2024 reading)', () => {
    const r = am.yearlyAid({ signedOn: '2024-09-01', hiredOn: '2024-10-01', option: '1/2', band: 'P30-P50', year: 1, overrides: { 'am.payment.year-1.advance-rate': '1' } });
    expect(r.payments!.map((p) => p.amount.toFixed(2))).toEqual(['19000.00']);
  });
  it('the instalments of a year always add up to its amount', () => {
    const r = am.yearlyAid({ signedOn: '2019-10-01', hiredOn: '2019-11-04', option: '1/3', band: 'P30-P50', year: 1, overrides: { 'am.payment.year-1.advance-rate': '0.333' } });
    const total = r.payments!.reduce((a, p) => a.plus(p.amount), r.ceiling.minus(r.ceiling));
    expect(total.toFixed(2)).toBe('12000.00');
  });
  it('year 2 at the anniversary that opens it; year 3+ at the end of the year', () => {
    const y2 = am.yearlyAid({ signedOn: '2019-10-01', hiredOn: '2019-11-04', option: '1', band: 'P30-P50', year: 2 });
    expect(y2.payments!.map((p) => p.date)).toEqual(['2020-11-04']);
    const y3 = am.yearlyAid({ signedOn: '2019-10-01', hiredOn: '2019-11-04', option: '1', band: 'P30-P50', year: 3, startingPatients: 1000, achievement: { reachedPatients: 1400 } });
    expect(y3.payments!.map((p) => p.date)).toEqual(['2022-11-04']);
  });
});

describe('simulate', () => {
  it('every year of the contract, with the same rows as yearlyAid', () => {
    const contract = { signedOn: '2021-03-01', hiredOn: '2021-04-01', option: '1/3', band: 'P30-P50', startingPatients: 700 } as const;
    const s = am.simulate({ ...contract, achievements: [{ year: 3, reachedPatients: 840 }, { year: 4, reachedPatients: 800 }, { year: 5, reachedPatients: 900 }] });
    expect(s.years.map((r) => r.year)).toEqual([1, 2, 3, 4, 5]);
    expect(s.years.map((r) => r.amount!.toFixed(2))).toEqual(['12000.00', '9000.00', '7000.00', '5000.00', '7350.00']);
    expect(s.totals.amount!.toFixed(2)).toBe('40350.00');
    expect(JSON.stringify(s.years[2])).toBe(JSON.stringify(am.yearlyAid({ ...contract, year: 3, achievement: { reachedPatients: 840 } })));
  });
  it('an achievement for a year that is not modulated is refused, naming it', () => {
    const e = errorOf(() => am.simulate({ signedOn: '2021-03-01', hiredOn: '2021-04-01', option: '1/3', band: 'P30-P50', achievements: [{ year: 2, reachedPatients: 800 }] }));
    expect(e.issues[0]!.path).toEqual(['achievements', 0, 'year']);
  });
  it('the second-assistant options run from year 3 and need the caller’s amount', () => {
    const contract = { signedOn: '2025-01-01', hiredOn: '2022-01-01', option: '2', band: 'P50-P70', objective: { targetPatients: 2000 } } as const;
    const e = errorOf(() => am.simulate(contract));
    expect(e.code).toBe('missing-parameter');
    expect(e.message).toContain('am.aid.ceiling.etp-2.year-3-plus');
    const s = am.simulate({ ...contract, overrides: { 'am.aid.ceiling.etp-2.year-3-plus': '50000' } });
    expect(s.years.map((r) => r.year)).toEqual([3, 4, 5]);
    expect(s.years[0]!.explanation.some((st) => st.status === 'caller')).toBe(true);
  });
});
