/**
 * The explanation is part of the API: one golden explanation (reviewed), the citations and dates the
 * issue asked to pin, labels that take their figures from the parameters (French numbers and dates), and
 * what a spread, JSON and the summary give.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { assistantMedical as am, totalsOf } from '../../src/index.js';
import { plusDays } from '../../src/core/dates.js';
import { expectGoldenExplanation } from '../support/golden-explanation.js';

/**
 * A representative result: a GP whose band is derived from the cut-offs (a choice with alternatives, one
 * cut-off unverified), hired before the signature (the amount table is read at the signature), in a
 * modulated year with the objective written in the contract.
 */
const RICH = {
  signedOn: '2024-09-01',
  hiredOn: '2024-08-01',
  option: '1',
  specialty: 'medecine-generale',
  startingPatients: 900,
  objective: { targetPatients: 1080 },
  year: 3,
  achievement: { reachedPatients: 1000 },
} as const;

describe('the golden explanation', () => {
  it('of a modulated year of a GP whose band is derived from the cut-offs (test/assistant-medical/explanation.golden.json)', () => {
    const r = am.yearlyAid(RICH);
    expect(r.amount?.toFixed(2)).toBe('12222.22'); // 22 000 × (1000 − 900) / (1080 − 900)
    expectGoldenExplanation(join(import.meta.dirname, 'explanation.golden.json'), r.explanation);
  });
});

describe('what the issue pins (issue 10)', () => {
  it('the step that dates the amount table cites am.rule.amount-reference-date, with its sources, and is the only one to', () => {
    for (const input of [RICH, { ...RICH, hiredOn: '2024-10-01', year: 1 }, { signedOn: '2021-09-15', hiredOn: '2021-10-04', option: '1/2', band: 'P30-P50', year: 4 } as const]) {
      const steps = am.yearlyAid(input).explanation;
      const citing = steps.filter((s) => s.rules?.includes('am.rule.amount-reference-date'));
      expect(citing.map((s) => s.rule)).toEqual(['am.aid.amount-reference-date']);
      const ceiling = steps.find((s) => s.rule === 'am.aid.ceiling')!;
      expect(citing[0]!.value).toBe(ceiling.inputs['referenceDate']);
      expect(citing[0]!.sources.map((s) => s.url)).toContain(am.RULES.amountReferenceDate.sources[0]!.url);
      expect(citing[0]!.status).toBe(am.RULES.amountReferenceDate.status);
    }
  });

  it('the year-1 advance runs from the later of the hiring and the signature, never from a hiring before the contract', () => {
    const delay = 15; // am.payment.year-1.advance-delay-days
    const before = am.yearlyAid({ signedOn: '2024-09-01', hiredOn: '2024-08-01', option: '1/2', band: 'P30-P50', year: 1 });
    expect(before.payments[0]).toMatchObject({ kind: 'advance', date: plusDays('2024-09-01', delay) });
    const after = am.yearlyAid({ signedOn: '2024-09-01', hiredOn: '2024-10-01', option: '1/2', band: 'P30-P50', year: 1 });
    expect(after.payments[0]).toMatchObject({ kind: 'advance', date: plusDays('2024-10-01', delay) });
    const sim = am.simulate({ signedOn: '2023-06-30', hiredOn: '2023-01-02', option: '1/2', band: 'P30-P50', startingPatients: 900, objective: { targetPatients: 1000 } });
    expect(sim.payments[0]).toMatchObject({ kind: 'advance', date: plusDays('2023-06-30', delay) });
  });
});

describe('labels take their figures from the parameters', () => {
  const year1 = { signedOn: '2024-09-01', hiredOn: '2024-10-01', option: '1/2', band: 'P30-P50', year: 1 } as const;

  it('the advance rate and delay of year 1', () => {
    const r = am.yearlyAid({ ...year1, overrides: { 'am.payment.year-1.advance-rate': '0.8', 'am.payment.year-1.advance-delay-days': '30' } });
    expect(r.payments[0]!.label.fr).toBe('Avance de 80\u00a0% de l’aide de l’année 1, 30 jours après le 01/10/2024');
    expect(r.payments.map((p) => p.amount.toFixed(2))).toEqual(['15200.00', '3800.00']);
    expect(am.yearlyAid(year1).payments[0]!.label.fr).toBe('Avance de 70\u00a0% de l’aide de l’année 1, 15 jours après le 01/10/2024');
  });

  it('the first modulated year', () => {
    const amountStep = (overrides?: Record<string, string>) =>
      am.yearlyAid({ ...year1, year: 2, ...(overrides ? { overrides } : {}) }).explanation.find((s) => s.rule === 'am.aid.amount')!.label.fr;
    expect(amountStep()).toBe('Aide de l’année 2 : 14\u202f000,00\u00a0€, non modulée (modulation à partir de l’année 3)');
    expect(amountStep({ 'am.modulation.first-year': '4' })).toBe('Aide de l’année 2 : 14\u202f000,00\u00a0€, non modulée (modulation à partir de l’année 4)');
  });

  it('the tolerated decrease of a doctor of the maintenance age', () => {
    const input = { signedOn: '2024-09-01', option: '1/2', band: 'P50-P70', startingPatients: 1500, doctor: { age: 66 } } as const;
    const label = (overrides?: Record<string, string>) => am.objective({ ...input, ...(overrides ? { overrides } : {}) }).explanation.at(-1)!.label.fr;
    expect(label()).toContain('baisse de 10\u00a0% tolérée, soit au moins 1\u202f350 patients');
    expect(label({ 'am.objective.senior.tolerated-decrease': '0.2' })).toContain('baisse de 20\u00a0% tolérée, soit au moins 1\u202f200 patients');
  });

  it('the Avenant 7 exemption of GPs with many children, and the coordinated-practice delay', () => {
    const doctor = { specialty: 'medecine-generale', sector: '1', zone: 'none', groupPractice: true, coordinatedPractice: true, shareOfPatientsUnder16: 0.3, patientele: { medecinTraitant: 300 } } as const;
    const labels = (overrides?: Record<string, string>) =>
      am.checkEligibility({ signedOn: '2021-05-01', option: '1/2', doctor, ...(overrides ? { overrides } : {}) }).reasons.map((r) => r.label.fr);
    expect(labels()).toContain('Seuil P30 : dispense (plus de 20\u00a0% de patients de moins de 16 ans)');
    expect(labels()).toContain('Exercice coordonné (ou engagement à y entrer sous 2 ans)');
    const changed = labels({ 'am.eligibility.avenant-7.children-age-limit': '15', 'am.eligibility.coordinated-practice.commitment-years': '3' });
    expect(changed).toContain('Seuil P30 : dispense (plus de 20\u00a0% de patients de moins de 15 ans)');
    expect(changed).toContain('Exercice coordonné (ou engagement à y entrer sous 3 ans)');
  });

  it('French labels write French numbers and dates: no ISO date, no decimal point, no English euro', () => {
    const day = fc.integer({ min: 0, max: 2400 }).map((n) => plusDays('2019-09-01', n));
    fc.assert(
      fc.property(day, fc.integer({ min: -200, max: 300 }), fc.constantFrom('1/2', '1'), fc.integer({ min: 1, max: 5 }), fc.integer({ min: 800, max: 3000 }), (signedOn, delay, option, year, start) => {
        const steps = am.yearlyAid({
          signedOn,
          hiredOn: plusDays(signedOn, delay),
          option,
          band: 'P50-P70',
          startingPatients: start,
          objective: { targetPatients: start + 150 },
          year,
          achievement: { reachedPatients: start + 77 },
        }).explanation;
        for (const s of steps) {
          expect(s.label.fr).not.toMatch(/\d{4}-\d\d-\d\d|\d\.\d|€\d/);
          expect(s.label.en).not.toMatch(/\d\/\d\d\/\d{4}|\d,\d\d\u00a0€/);
        }
      }),
      { numRuns: 100, seed: 20261129 },
    );
  });
});

describe('what a spread, JSON and the summary give', () => {
  const contract = { signedOn: '2021-03-01', hiredOn: '2021-04-01', option: '1/3', band: 'P30-P50', startingPatients: 700 } as const;

  it('a spread copies the figures of a year only; JSON adds its payments and explanation', () => {
    const r = am.yearlyAid({ ...contract, year: 3, achievement: { reachedPatients: 770 } });
    expect(Object.keys({ ...r })).toEqual(['regime', 'year', 'period', 'band', 'ceiling', 'modulated', 'amount', 'objective', 'modulation']);
    const json = JSON.parse(JSON.stringify(r)) as Record<string, unknown>;
    expect(Object.keys(json)).toEqual(['regime', 'year', 'period', 'band', 'ceiling', 'modulated', 'amount', 'objective', 'modulation', 'payments', 'explanation']);
    expect(json['modulation']).toMatchObject({ reachedPatients: 770, targetPatients: 840, achievementRate: '0.5' });
  });

  it('a year whose amount is not known has no amount and an empty list of payments', () => {
    const r = am.yearlyAid({ ...contract, year: 3 });
    expect(r.amount).toBeUndefined();
    expect(r.payments).toEqual([]);
    expect(JSON.parse(JSON.stringify(r))).toMatchObject({ payments: [] });
  });

  it('a simulation: years, totals, every payment in date order, its own explanation', () => {
    const s = am.simulate({ ...contract, achievements: [{ year: 3, reachedPatients: 840 }, { year: 4, reachedPatients: 800 }, { year: 5, reachedPatients: 900 }] });
    expect(Object.keys({ ...s })).toEqual(['regime', 'option', 'band', 'years', 'totals']);
    expect(Object.keys(JSON.parse(JSON.stringify(s)))).toEqual(['regime', 'option', 'band', 'years', 'totals', 'payments', 'explanation']);
    expect(s.payments.map((p) => p.year)).toEqual([1, 1, 2, 3, 4, 5]);
    expect([...s.payments].sort((a, b) => (a.date < b.date ? -1 : 1)).map((p) => p.date)).toEqual(s.payments.map((p) => p.date));
    expect(s.payments.reduce((t, p) => t.plus(p.amount), s.totals.ceiling.minus(s.totals.ceiling)).toFixed(2)).toBe(s.totals.amount!.toFixed(2));
    expect(s.explanation.map((x) => x.rule)).toEqual(['am.regime', 'am.option', 'am.band', 'am.contract.hiring', 'am.contract.totals']);
  });

  it('summary rows: one per year, the columns of SUMMARY_COLUMNS, totals from core equal the simulation’s', () => {
    const s = am.simulate({ ...contract, achievements: [{ year: 3, reachedPatients: 840 }, { year: 4, reachedPatients: 800 }, { year: 5, reachedPatients: 900 }] });
    const rows = am.summaryRows(s);
    expect(rows.map((r) => r.year)).toEqual([1, 2, 3, 4, 5]);
    for (const r of rows) expect(Object.keys(r)).toEqual(am.SUMMARY_COLUMNS.map((c) => c.key));
    const totals = totalsOf(am.SUMMARY_COLUMNS, rows);
    expect(totals.amount?.toFixed(2)).toBe(s.totals.amount?.toFixed(2));
    expect(totals.ceiling?.toFixed(2)).toBe(s.totals.ceiling.toFixed(2));
    expect(totals.payment1Amount!.plus(totals.payment2Amount!).toFixed(2)).toBe('40350.00');
    expect(rows[0]).toMatchObject({ payment1Date: '2021-04-16', payment2Date: '2022-04-01' });
    expect(am.summaryRows(am.yearlyAid({ ...contract, year: 4, achievement: { reachedPatients: 800 } }))).toEqual([rows[3]]);
  });
});

describe('a contract total is as sure as the least sure amount it adds', () => {
  it('the totals step of a contract with modulated years (linear modulation: an assumption) is not « vérifié »', () => {
    const s = am.simulate({
      signedOn: '2021-09-15',
      hiredOn: '2021-10-04',
      option: '1/2',
      band: 'P30-P50',
      startingPatients: 820,
      achievements: [{ year: 3, reachedPatients: 1025 }, { year: 4, reachedPatients: 980 }, { year: 5, reachedPatients: 1060 }],
    });
    const totals = s.explanation.find((x) => x.rule === 'am.contract.totals')!;
    expect(totals.status).toBe('assumption');
    const { id: _id, ...example } = JSON.parse(readFileSync(join(import.meta.dirname, '..', '..', 'examples', 'assistant-medical', 'collective.json'), 'utf8')) as Record<string, unknown>;
    const collective = am.collective.simulate(example as never);
    expect(collective.explanation.find((x) => x.rule === 'am.collective.contract.totals')!.status).not.toBe('verified');
  });
});
