/**
 * Golden cases: every figure of the fact sheet's amount tables (§4.1, §4.2) and its worked examples
 * (§9), each with the source it is read from.
 */
import { describe, expect, it } from 'vitest';
import { assistantMedical as am } from '../../src/index.js';
import { AMELI_2024, AVENANT_7_ART_9522, ORDRE_74 } from './helpers.js';

type Opt = '1/3' | '1/2' | '1';
type Band = 'P30-P50' | 'P50-P70' | 'P70-P90' | 'P90-P95' | 'P95+';

/** ameli 2024 "AVANT" column (Avenant 7, also règlement arbitral), and the Ordre bulletin for 1/3 ETP. */
const BEFORE_2024: Record<Opt, { y1: string; y2: string; y3: string; y3p90: string; p95: string; source: string }> = {
  '1/3': { y1: '12000.00', y2: '9000.00', y3: '7000.00', y3p90: '8350.00', p95: '12000.00', source: `${ORDRE_74} ; ${AMELI_2024}` },
  '1/2': { y1: '18000.00', y2: '13500.00', y3: '10500.00', y3p90: '12500.00', p95: '18000.00', source: AMELI_2024 },
  '1': { y1: '36000.00', y2: '27000.00', y3: '21000.00', y3p90: '25000.00', p95: '36000.00', source: AMELI_2024 },
};

/** ameli 2024 "APRÈS" column (Convention 2024). The 1/3 option has no year 1 (closed since 1 May 2023). */
const FROM_2024: Record<Opt, { y1?: string; y2: string; y3: string; y3p90: string; p95: string }> = {
  '1/3': { y2: '9450.00', y3: '7350.00', y3p90: '8767.00', p95: '12600.00' },
  '1/2': { y1: '19000.00', y2: '14000.00', y3: '11000.00', y3p90: '13000.00', p95: '19000.00' },
  '1': { y1: '38000.00', y2: '28000.00', y3: '22000.00', y3p90: '26000.00', p95: '38000.00' },
};

function ceilingOf(signedOn: string, hiredOn: string, option: Opt, band: Band, year: number): string {
  return am.yearlyAid({ signedOn, hiredOn, option, band, year }).ceiling.toFixed(2);
}

describe('amount tables before the 2024 convention (ameli "AVANT"; Ordre n° 74 for 1/3 ETP)', () => {
  for (const option of ['1/3', '1/2', '1'] as const) {
    const t = BEFORE_2024[option];
    it(`option ${option}: ${t.y1} / ${t.y2} / ${t.y3} (P90–P95 ${t.y3p90}, ≥ P95 ${t.p95}) — ${t.source}`, () => {
      // A contract signed and hired in 2019: its years 1–4 all start before 22 June 2024.
      const args = ['2019-10-01', '2019-10-15', option] as const;
      expect(ceilingOf(...args, 'P50-P70', 1)).toBe(t.y1);
      expect(ceilingOf(...args, 'P50-P70', 2)).toBe(t.y2);
      expect(ceilingOf(...args, 'P50-P70', 3)).toBe(t.y3);
      expect(ceilingOf(...args, 'P50-P70', 4)).toBe(t.y3);
      // P90–P95: standard amounts in years 1–2, majorated amount from year 3
      expect(ceilingOf(...args, 'P90-P95', 1)).toBe(t.y1);
      expect(ceilingOf(...args, 'P90-P95', 2)).toBe(t.y2);
      expect(ceilingOf(...args, 'P90-P95', 3)).toBe(t.y3p90);
      // ≥ P95: fixed amount every year
      for (const year of [1, 2, 3, 4]) expect(ceilingOf(...args, 'P95+', year)).toBe(t.p95);
    });
  }

  it('règlement arbitral contracts keep the Avenant 7 amounts for 1/2 and 1 ETP (ameli: "entre 18 000 et 36 000 euros la 1re année … entre 10 500 et 21 000 euros à partir de la 3e année")', () => {
    expect(ceilingOf('2023-05-01', '2023-06-01', '1/2', 'P30-P50', 1)).toBe('18000.00');
    expect(ceilingOf('2023-05-01', '2023-06-01', '1', 'P30-P50', 1)).toBe('36000.00');
  });
});

describe(`amount tables of the 2024 convention (ameli "APRÈS", ${AMELI_2024})`, () => {
  for (const option of ['1/2', '1'] as const) {
    const t = FROM_2024[option];
    it(`new contract, option ${option}: ${t.y1} / ${t.y2} / ${t.y3} (P90–P95 ${t.y3p90}, ≥ P95 ${t.p95})`, () => {
      const args = ['2024-09-01', '2024-10-01', option] as const;
      expect(ceilingOf(...args, 'P30-P50', 1)).toBe(t.y1);
      expect(ceilingOf(...args, 'P30-P50', 2)).toBe(t.y2);
      expect(ceilingOf(...args, 'P30-P50', 3)).toBe(t.y3);
      expect(ceilingOf(...args, 'P90-P95', 3)).toBe(t.y3p90);
      for (const year of [1, 2, 3, 5]) expect(ceilingOf(...args, 'P95+', year)).toBe(t.p95);
    });
  }

  it('running 1/3 ETP contracts: 9 450 (year 2), 7 350 (year 3+), 8 767 (P90–P94), 12 600 (≥ P95) from the anniversary', () => {
    // signed 2023-04-15 (Avenant 7), hired 2023-07-01: year 2 starts 2024-07-01, after 22 June 2024
    const args = ['2023-04-15', '2023-07-01', '1/3'] as const;
    expect(ceilingOf(...args, 'P30-P50', 1)).toBe('12000.00');
    expect(ceilingOf(...args, 'P30-P50', 2)).toBe('9450.00');
    expect(ceilingOf(...args, 'P30-P50', 3)).toBe('7350.00');
    expect(ceilingOf(...args, 'P90-P95', 3)).toBe('8767.00');
    expect(ceilingOf(...args, 'P95+', 2)).toBe('12600.00');
  });
});

describe('worked examples (fact sheet §9)', () => {
  it('§9.4 revaluation (ameli): a 1/3 ETP contract in year 3+ goes from 7 000 to 7 350 at the anniversary following 22 June 2024; P90–P94 8 350 → 8 767; ≥ P95 12 000 → 12 600', () => {
    // hired 2021-09-01: year 3 = 2023-09-01..2024-08-31 (old table), year 4 starts 2024-09-01 (new table)
    const args = ['2021-08-01', '2021-09-01', '1/3'] as const;
    expect(ceilingOf(...args, 'P50-P70', 3)).toBe('7000.00');
    expect(ceilingOf(...args, 'P50-P70', 4)).toBe('7350.00');
    expect(ceilingOf(...args, 'P90-P95', 3)).toBe('8350.00');
    expect(ceilingOf(...args, 'P90-P95', 4)).toBe('8767.00');
    expect(ceilingOf(...args, 'P95+', 3)).toBe('12000.00');
    expect(ceilingOf(...args, 'P95+', 4)).toBe('12600.00');
  });

  it(`Avenant 7 art. 9-5-2-2, option 1: +20 % / +15 % / +7.5 % / +4 % by band (${AVENANT_7_ART_9522})`, () => {
    const target = (band: Band) => am.objective({ signedOn: '2020-01-15', option: '1/3', band, startingPatients: 1000 }).targetPatients;
    expect(target('P30-P50')).toBe(1200);
    expect(target('P50-P70')).toBe(1150);
    expect(target('P70-P90')).toBe(1075);
    expect(target('P90-P95')).toBe(1040);
    expect(target('P95+')).toBe(1000);
  });

  it('§9.1 GP full time, 1 300 patients, +20 % → 260 additional patients within 3 years (djibe 2024, after ameli’s estimator; the 2024 rate is passed as an override since the table is not published)', () => {
    const o = am.objective({
      signedOn: '2024-09-01',
      option: '1',
      band: 'P50-P70',
      startingPatients: 1300,
      overrides: { 'am.objective.etp-1.p50-p70': { value: '0.2', source: { title: 'ameli estimator, as reported by djibe (2024)' } } },
    });
    expect(o.additionalPatients).toBe(260);
    expect(o.targetPatients).toBe(1560);
  });

  it('§2.1 P30 of general practice: 640 MT patients under Avenant 7, 775 from 2023 ("+ de 775", ARS Martinique)', () => {
    const doctor = { specialty: 'medecine-generale', sector: '1', zone: 'none', groupPractice: true, coordinatedPractice: true } as const;
    const check = (signedOn: string, mt: number) =>
      am.checkEligibility({ signedOn, option: '1/2', doctor: { ...doctor, patientele: { medecinTraitant: mt } } }).eligible;
    expect(check('2020-01-01', 641)).toBe(true);
    expect(check('2020-01-01', 640)).toBe(false);
    expect(check('2023-05-01', 776)).toBe(true);
    expect(check('2023-05-01', 775)).toBe(false);
  });
});
