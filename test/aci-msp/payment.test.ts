/**
 * Payment rules: prérequis, prorata of a first partial year, precarity majoration, new structures,
 * advance and balance. Sources: ameli « Rémunération des maisons de santé pluriprofessionnelles »
 * (https://www.ameli.fr/exercice-coordonne/exercice-professionnel/remunerations-forfaitaires-organisations-exercice-coordonne/remuneration-des-maisons-de-sante-pluriprofessionnelles),
 * Cnam guide (Avenant 1), and the library's documented assumptions (docs/aci-msp.md).
 */
import { describe, expect, it } from 'vitest';
import Decimal from 'decimal.js';
import { indicators, summaryRows, yearlyRemuneration, INDICATORS_2017, INDICATORS_AVENANT_1 } from '../../src/aci-msp/index.js';
import { NATIONAL_RATES, PREREQUISITES, PREREQUISITES_2017, contract, indicator } from './helpers.js';

const D = (v: Decimal.Value) => new Decimal(v);

describe('socle prérequis', () => {
  it('a prérequis not met: no remuneration, and the explanation says which one (GUIDE p.6, 21; FémasIF)', () => {
    const r = yearlyRemuneration(contract(4000), 2023, { ...PREREQUISITES, 'fonction-coordination': { met: false }, 'diversite-services': { level: 2 } });
    expect(r.prerequisites).toMatchObject({ met: false, missing: [{ id: 'fonction-coordination' }] });
    expect(r.total.toFixed(2)).toBe('0.00');
    expect(r.points.total.toFixed()).toBe('0');
    expect(r.byIndicator.every((i) => i.amount.isZero())).toBe(true);
    // The indicators still show what they would have earned.
    expect(indicator(r, 'diversite-services').points.toFixed()).toBe('600');
    const s = r.explanation.find((x) => x.rule === 'msp.prerequisites')!;
    expect(s.value).toBe(false);
    expect(s.label.fr).toContain('Fonction de coordination');
    expect(s.label.en).toContain('Coordination function');
  });

  it('crisis plan: optional in 2022, a prérequis from 2023 (GUIDE p.6–7)', () => {
    const noPlan = { ...PREREQUISITES, 'crises-sanitaires': undefined };
    expect(yearlyRemuneration(contract(4000), 2022, noPlan).prerequisites.met).toBe(true);
    const r2023 = yearlyRemuneration(contract(4000), 2023, noPlan);
    expect(r2023.prerequisites.missing.map((m) => m.id)).toEqual(['crises-sanitaires']);
    expect(indicator(r2023, 'crises-sanitaires').type).toBe('socle-prerequis');
  });

  it('crisis actions: variable points not payable for 2022, × P/4 000 from 2023 (GUIDE p.6–7)', () => {
    const a = { ...PREREQUISITES, 'crises-sanitaires': { plan: true, crisisActions: true } };
    expect(indicator(yearlyRemuneration(contract(8000), 2022, a), 'crises-sanitaires').points.toFixed()).toBe('100');
    expect(indicator(yearlyRemuneration(contract(8000), 2023, a), 'crises-sanitaires').points.toFixed()).toBe('800');
  });

  it('hours with reductions still count as met; 2017 reductions are unknown and must be supplied', () => {
    const h = { ...PREREQUISITES['horaires-ouverture-snp']!, amplitude: '8h-to-10h' as const, saturdayMorningOpen: false };
    expect(yearlyRemuneration(contract(4000), 2023, { ...PREREQUISITES, 'horaires-ouverture-snp': h }).prerequisites.met).toBe(true);
    expect(() => yearlyRemuneration(contract(4000), 2019, { ...PREREQUISITES_2017, 'horaires-ouverture-snp': h })).toThrow(/msp\.horaires\.minoration\.amplitude-8-10h/);
    const r = yearlyRemuneration(contract(4000), 2019, { ...PREREQUISITES_2017, 'horaires-ouverture-snp': h }, { overrides: { 'msp.horaires.minoration.amplitude-8-10h': '150', 'msp.horaires.minoration.samedi-ferme': '120' } });
    expect(indicator(r, 'horaires-ouverture-snp').points.toFixed()).toBe('530');
    expect(indicator(r, 'horaires-ouverture-snp').explanation[0]!.status).toBe('assumption');
  });
});

describe('prorata temporis', () => {
  it('a contract signed on 1 July 2023: the year’s amount × 184/365 days, in whole cents', () => {
    const r = yearlyRemuneration(contract(4000, 13, { signedOn: '2023-07-01', projetDeSanteFiledOn: '2020-01-01' }), 2023, PREREQUISITES);
    const full = D(r.points.total).times(7);
    expect(r.prorata).toMatchObject({ from: '2023-07-01', to: '2023-12-31', basis: 'days', numerator: 184, denominator: 365 });
    expect(r.prorata!.fullYearAmount.toFixed(2)).toBe(full.toFixed(2));
    expect(r.amount.toFixed(2)).toBe(full.times(184).dividedBy(365).toDecimalPlaces(2, Decimal.ROUND_HALF_UP).toFixed(2));
    // The advance of a new adherent is due within 3 months of signature (ameli).
    expect(r.advance.dueBy).toBe('2023-10-01');
  });

  it('the months basis (override) counts whole calendar months', () => {
    const r = yearlyRemuneration(contract(4000, 13, { signedOn: '2023-07-01', projetDeSanteFiledOn: '2020-01-01' }), 2023, PREREQUISITES, { overrides: { 'msp.prorata.basis': 'months' } });
    expect(r.prorata).toMatchObject({ numerator: 6, denominator: 12 });
    expect(r.amount.toFixed(2)).toBe(r.prorata!.fullYearAmount.dividedBy(2).toFixed(2));
  });

  it('SI prorata temporis from its first acquisition in the year, points rounded to the hundredth (GUIDE p.44)', () => {
    const r = yearlyRemuneration(contract(4000, 10), 2023, { ...PREREQUISITES, 'si-standard': { met: true, since: '2023-10-01' } });
    // 2 500 × 92/365 = 630.1369… → 630.14 (fixed 500 → 126.03, variable 2 000 → 504.11)
    expect(indicator(r, 'si-standard').points.toFixed(2)).toBe('630.14');
    expect(indicator(r, 'si-standard').explanation[0]!.status).toBe('assumption');
  });

  it('concertation: the 6-meeting minimum is prorated to the effective date', () => {
    const conc = (meetings: number) => ({ ...PREREQUISITES, 'concertation-pluriprofessionnelle': { meetings, casesReviewed: 50, eligiblePatients: { aldUnder75: 300, over75WithoutAld: 200, over75WithAld: 150 } } });
    const c = contract(4000, 13, { signedOn: '2023-07-01', projetDeSanteFiledOn: '2020-01-01' });
    expect(indicator(yearlyRemuneration(c, 2023, conc(3)), 'concertation-pluriprofessionnelle').points.toFixed()).toBe('1000');
    expect(indicator(yearlyRemuneration(c, 2023, conc(2)), 'concertation-pluriprofessionnelle').points.toFixed()).toBe('0');
    expect(indicator(yearlyRemuneration(contract(4000), 2023, conc(5)), 'concertation-pluriprofessionnelle').points.toFixed()).toBe('0');
  });
});

describe('precarity majoration', () => {
  it('sum of the positive gaps to the national rates, applied to the amount', () => {
    const r = yearlyRemuneration(contract(4000, 13, { precarity: { c2sRate: '0.125', ameRate: '0.009' } }), 2023, PREREQUISITES, { overrides: NATIONAL_RATES });
    expect(r.precarity.rate.toFixed()).toBe('0.055');
    expect(r.precarity.majoration.toFixed(2)).toBe(r.amount.times('0.055').toDecimalPlaces(2, Decimal.ROUND_HALF_UP).toFixed(2));
    expect(r.total.toFixed(2)).toBe(r.amount.plus(r.precarity.majoration).toFixed(2));
  });

  it('a rate below the national one never offsets the other gap', () => {
    const r = yearlyRemuneration(contract(4000, 13, { precarity: { c2sRate: '0.01', ameRate: '0.009' } }), 2023, PREREQUISITES, { overrides: NATIONAL_RATES });
    expect(r.precarity.rate.toFixed()).toBe('0.005');
  });

  it('is capped at 25 %', () => {
    const r = yearlyRemuneration(contract(4000, 13, { precarity: { c2sRate: '0.4', ameRate: '0.05' } }), 2023, PREREQUISITES, { overrides: NATIONAL_RATES });
    expect(r.precarity).toMatchObject({ capped: true });
    expect(r.precarity.rate.toFixed()).toBe('0.25');
  });
});

describe('new structures (projet de santé filed less than a year before signature)', () => {
  // No patientèle yet, no associate beyond the founders' count: 2 400 points = 16 800 € a year, under the minimum.
  const young = contract(0, 0, { signedOn: '2023-07-01', projetDeSanteFiledOn: '2023-01-15' });

  it('years 1 and 2: a guaranteed minimum of 20 000 € per full year, prorated in the first year; none in year 3', () => {
    const y1 = yearlyRemuneration(young, 2023, PREREQUISITES);
    expect(y1.newStructure).toMatchObject({ isNew: true, yearOfDisposition: 1 });
    expect(y1.newStructure.minimum.toFixed(2)).toBe(D(20000).times(184).dividedBy(365).toDecimalPlaces(2, Decimal.ROUND_HALF_UP).toFixed(2));
    expect(y1.amount.toFixed(2)).toBe('8469.04');
    expect(y1.newStructure.topUp.toFixed(2)).toBe('1613.15');
    expect(y1.total.toFixed(2)).toBe(y1.newStructure.minimum.toFixed(2));
    const y2 = yearlyRemuneration(young, 2024, PREREQUISITES);
    expect(y2.newStructure.yearOfDisposition).toBe(2);
    expect(y2.total.toFixed(2)).toBe('20000.00');
    // Advance: 60 % × 3 200 socle points × 7 € = 13 440 €, above the 12 000 € floor…
    expect(y2.advance.amount.toFixed(2)).toBe('13440.00');
    // …which binds when the advance computed is lower (here with a caller's rate of 30 %).
    expect(yearlyRemuneration(young, 2024, PREREQUISITES, { overrides: { 'msp.avance.rate': '0.3' } }).advance.amount.toFixed(2)).toBe('12000.00');
    const y3 = yearlyRemuneration(young, 2025, PREREQUISITES);
    expect(y3.newStructure).toMatchObject({ isNew: true, yearOfDisposition: null });
    expect(y3.total.lessThan(20000)).toBe(true);
  });

  it('a projet filed exactly one year before signature is not new', () => {
    const r = yearlyRemuneration(contract(500, 3, { signedOn: '2023-07-01', projetDeSanteFiledOn: '2022-07-01' }), 2023, PREREQUISITES);
    expect(r.newStructure.isNew).toBe(false);
  });

  it('no prérequis, no minimum (assumption, overridable)', () => {
    const missing = { ...PREREQUISITES, 'si-standard': undefined };
    expect(yearlyRemuneration(young, 2024, missing).total.toFixed(2)).toBe('0.00');
    const r = yearlyRemuneration(young, 2024, missing, { overrides: { 'msp.nouvelle-structure.minimum-requires-prerequisites': false } });
    expect(r.total.toFixed(2)).toBe('20000.00');
  });
});

describe('advance and balance', () => {
  it('advance: 60 % of 100 % of the socle and prérequis indicators, by 30 April of N; balance by 30 April of N+1', () => {
    const r = yearlyRemuneration(contract(4000, 13), 2023, { ...PREREQUISITES, 'protocoles-pluriprofessionnels': { count: 2 } });
    // hours 800 + crisis plan 100 + coordination 2 700 + SI 3 100 + protocols 8 × 100 + concertation 1 000 = 8 500 points
    expect(r.advance.basisPoints.toFixed()).toBe('8500');
    expect(r.advance.amount.toFixed(2)).toBe('35700.00');
    expect(r.advance.dueBy).toBe('2023-04-30');
    expect(r.balance.dueBy).toBe('2024-04-30');
    expect(r.advance.amount.plus(r.balance.amount).toFixed(2)).toBe(r.total.toFixed(2));
    // earned: 800 + 100 + 2 700 + 3 100 + 2 protocols × 100 = 6 900 points = 48 300 €; balance 12 600 €
    expect(r.total.toFixed(2)).toBe('48300.00');
    expect(r.balance).toMatchObject({ kind: 'payment' });
    expect(r.balance.amount.toFixed(2)).toBe('12600.00');
  });

  it('a prérequis missing after the advance: the balance is the advance to recover', () => {
    const r = yearlyRemuneration(contract(4000, 13), 2023, { ...PREREQUISITES, 'horaires-ouverture-snp': undefined });
    expect(r.total.isZero()).toBe(true);
    expect(r.balance.amount.toFixed(2)).toBe(r.advance.amount.negated().toFixed(2));
    expect(r.explanation.find((s) => s.rule === 'msp.balance')!.status).toBe('assumption');
  });
});

describe('catalogue and summary', () => {
  it('indicators({ on }) gives the version’s catalogue with axis, type, points and sources', () => {
    const a1 = indicators({ on: '2024-01-01' });
    expect(a1.map((i) => i.id)).toEqual([...INDICATORS_AVENANT_1]);
    const coord = a1.find((i) => i.id === 'fonction-coordination')!;
    expect(coord).toMatchObject({ version: 'avenant-1', axis: 'travail-en-equipe-coordination', type: 'socle-prerequis', status: 'verified' });
    expect(coord.components.map((c) => [c.parameter, c.value])).toEqual([
      ['msp.coordination.fixed', '1000'],
      ['msp.coordination.variable', '1700'],
      ['msp.coordination.variable-beyond', '1100'],
      ['msp.coordination.threshold', '8000'],
    ]);
    expect(coord.sources[0]!.url).toContain('guide-indicateurs-aci');
    expect(a1.find((i) => i.id === 'crises-sanitaires')!.type).toBe('socle-prerequis');
    expect(indicators({ on: '2022-06-30' }).find((i) => i.id === 'crises-sanitaires')!.type).toBe('optionnel');
    const y2017 = indicators({ on: '2017-01-01' });
    expect(y2017.map((i) => i.id)).toEqual([...INDICATORS_2017]);
    expect(y2017.find((i) => i.id === 'fonction-coordination')!.status).toBe('unverified');
    expect(y2017.find((i) => i.id === 'protocoles-pluriprofessionnels')!.components.map((c) => c.parameter)).not.toContain('msp.protocoles.ipa-per-protocol');
    expect(indicators({ on: '2021-12-31' })[0]!.version).toBe('aci-2017');
    expect(indicators({ on: '2022-01-01' })[0]!.version).toBe('avenant-1');
  });

  it('summaryRows: one row per indicator, then points, precarity, total, advance, balance — amounts add up', () => {
    const r = yearlyRemuneration(contract(5200, 14, { ipa: true }), 2024, { ...PREREQUISITES, 'formation-stagiaires': { trainees: 3 } });
    const rows = summaryRows(r);
    expect(rows.map((x) => x.key).slice(-5)).toEqual(['points', 'precarity', 'total', 'advance', 'balance']);
    const perIndicator = rows.slice(0, r.byIndicator.length);
    expect(perIndicator.reduce((s, x) => s.plus(x.amount), D(0)).toFixed(2)).toBe(r.amount.toFixed(2));
    expect(rows.find((x) => x.key === 'total')!.points).toBeUndefined();
    expect(rows.find((x) => x.key === 'points')!.points!.toFixed()).toBe(r.points.total.toFixed());
  });
});
