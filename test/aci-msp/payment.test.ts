/**
 * Payment rules: prérequis, prorata of a first partial year, precarity majoration, new structures,
 * advance and balance — the relations between figures (the figures themselves, with their sources, are
 * golden cases in test/golden/aci-msp.yaml). Sources: ameli « Rémunération des maisons de santé
 * pluriprofessionnelles », the Cnam guide (Avenant 1), and the library's documented readings (docs/aci-msp.md).
 */
import { describe, expect, it } from 'vitest';
import Decimal from 'decimal.js';
import { indicators, INDICATORS_2017, INDICATORS_AVENANT_1 } from '../../src/aci-msp/index.js';
import { ALL_AVENANT_1, NATIONAL_RATES, PREREQUISITES, PREREQUISITES_2017, contract, errorOf, indicator, remuneration } from './helpers.js';

const D = (v: Decimal.Value) => new Decimal(v);

describe('socle prérequis', () => {
  it('a prérequis not met: no remuneration, no share for any indicator, and the explanation names it in French and English (GUIDE p.6, 21; FémasIF)', () => {
    const r = remuneration(contract(4000), 2023, { ...PREREQUISITES, 'fonction-coordination': { met: false }, 'diversite-services': { level: 2 } });
    expect(r.prerequisites).toMatchObject({ met: false, missing: [{ id: 'fonction-coordination' }] });
    expect(r.byIndicator.every((i) => i.amount.isZero())).toBe(true);
    const s = r.explanation.find((x) => x.rule === 'msp.prerequisites')!;
    expect(s.value).toBe(false);
    expect(s.label.fr).toContain('Fonction de coordination');
    expect(s.label.en).toContain('Coordination function');
  });

  it('hours with reductions still count as met; 2017 reductions are unknown and must be supplied (missing-parameter naming the override)', () => {
    const h = { ...PREREQUISITES['horaires-ouverture-snp']!, amplitude: '8h-to-10h' as const, saturdayMorningOpen: false };
    expect(remuneration(contract(4000), 2023, { ...PREREQUISITES, 'horaires-ouverture-snp': h }).prerequisites.met).toBe(true);
    const e = errorOf(() => remuneration(contract(4000), 2019, { ...PREREQUISITES_2017, 'horaires-ouverture-snp': h }));
    expect(e.code).toBe('missing-parameter');
    expect(e.issues[0]!.path).toEqual(['overrides', 'msp.horaires.minoration.amplitude-8-10h']);
    const r = remuneration(contract(4000), 2019, { ...PREREQUISITES_2017, 'horaires-ouverture-snp': h }, { overrides: { 'msp.horaires.minoration.amplitude-8-10h': '150', 'msp.horaires.minoration.samedi-ferme': '120' } });
    expect(indicator(r, 'horaires-ouverture-snp').points.toFixed()).toBe('530');
    expect(indicator(r, 'horaires-ouverture-snp').explanation[0]!.status).toBe('assumption');
  });
});

describe('prorata temporis', () => {
  const july = contract(4000, 13, { signedOn: '2023-07-01', projetDeSanteFiledOn: '2020-01-01' });

  it('a contract signed on 1 July 2023: the amount is the full-year amount × 184/365, in whole cents', () => {
    const r = remuneration(july, 2023, PREREQUISITES);
    const full = D(r.points.total).times(7);
    expect(r.prorata!.fullYearAmount.toFixed(2)).toBe(full.toFixed(2));
    expect(r.amount.toFixed(2)).toBe(full.times(184).dividedBy(365).toDecimalPlaces(2, Decimal.ROUND_HALF_UP).toFixed(2));
  });

  it('the months basis (override) counts whole calendar months', () => {
    const r = remuneration(july, 2023, PREREQUISITES, { overrides: { 'msp.prorata.basis': 'months' } });
    expect(r.prorata).toMatchObject({ numerator: 6, denominator: 12 });
    expect(r.amount.toFixed(2)).toBe(r.prorata!.fullYearAmount.dividedBy(2).toFixed(2));
  });

  it('SI prorata temporis cites the library’s assumption (GUIDE p.44)', () => {
    const r = remuneration(contract(4000, 10), 2023, { ...PREREQUISITES, 'si-standard': { met: true, since: '2023-10-01' } });
    expect(indicator(r, 'si-standard').explanation[0]!.status).toBe('assumption');
    expect(indicator(r, 'si-standard').explanation[0]!.rules).toContain('msp.rule.si-prorata');
  });

  it('SI acquired in the last month of a contract signed that month, counted in months: no whole month to share, no prorata (never NaN)', () => {
    const r = remuneration(contract(4000, 10, { signedOn: '2023-12-20', projetDeSanteFiledOn: '2020-01-01' }), 2023, { ...PREREQUISITES, 'si-avance': { met: true, since: '2023-12-25' } }, { overrides: { 'msp.prorata.basis': 'months' } });
    expect(indicator(r, 'si-avance').points.toFixed()).toBe('100');
  });

  it('concertation: the minimum of meetings is prorated to the effective date', () => {
    const conc = (meetings: number) => ({ ...PREREQUISITES, 'concertation-pluriprofessionnelle': { meetings, casesReviewed: 50, eligiblePatients: { aldUnder75: 300, over75WithoutAld: 200, over75WithAld: 150 } } });
    expect(indicator(remuneration(july, 2023, conc(3)), 'concertation-pluriprofessionnelle').points.toFixed()).toBe('1000');
    // Below the (prorated) minimum the points are prorated to the meetings held (msp.concertation.below-min-meetings):
    // 2 of the 3 required from 1 July, 5 of the 6 required over a whole year.
    expect(indicator(remuneration(july, 2023, conc(2)), 'concertation-pluriprofessionnelle').points.toFixed()).toBe('666.67');
    expect(indicator(remuneration(contract(4000), 2023, conc(5)), 'concertation-pluriprofessionnelle').points.toFixed()).toBe('833.33');
    // The other reading: nothing below the minimum.
    const notMet = { overrides: { 'msp.concertation.below-min-meetings': 'not-met' } };
    expect(indicator(remuneration(july, 2023, conc(2), notMet), 'concertation-pluriprofessionnelle').points.toFixed()).toBe('0');
    expect(indicator(remuneration(contract(4000), 2023, conc(5), notMet), 'concertation-pluriprofessionnelle').points.toFixed()).toBe('0');
  });

  it('concertation below the minimum of meetings: meetings / required, the required number read from its parameter; no meeting, no points', () => {
    const conc = (meetings: number) => ({ ...PREREQUISITES, 'concertation-pluriprofessionnelle': { meetings, casesReviewed: 50, eligiblePatients: { aldUnder75: 300, over75WithoutAld: 200, over75WithAld: 150 } } });
    const points = (meetings: number, overrides?: Record<string, string>) =>
      indicator(remuneration(contract(8000, 13, { ipa: true }), 2023, conc(meetings), overrides ? { overrides } : {}), 'concertation-pluriprofessionnelle');
    // P = 8 000, rate 7.69 % ≥ 5 %: (1 000 + 200 IPA) × 2 = 2 400 points at the minimum; 4 meetings of 6: 1 333.33 + 266.67.
    expect(points(6).points.toFixed()).toBe('2400');
    expect(points(4).parts.map((p) => p.points.toFixed())).toEqual(['1333.33', '266.67']);
    expect(points(0).points.toFixed()).toBe('0');
    // A minimum of 8 by override: 4 meetings are half of it.
    expect(points(4, { 'msp.concertation.min-meetings': '8' }).points.toFixed()).toBe('1200');
    const r = remuneration(contract(8000, 13, { ipa: true }), 2023, conc(4));
    const step = r.explanation.find((s) => s.rule === 'msp.indicator.concertation-pluriprofessionnelle')!;
    expect(step.label.fr).toContain('4 réunions sur 6 requises : points proratisés au nombre de réunions');
    expect(step.parameters.map((p) => p.id)).toContain('msp.concertation.below-min-meetings');
    expect(step.status).toBe('assumption');
  });
});

describe('precarity majoration', () => {
  it('the majoration is the amount × the rate, rounded to the cent, and enters the total', () => {
    const r = remuneration(contract(4000, 13, { precarity: { c2sRate: '0.125', ameRate: '0.009' } }), 2023, PREREQUISITES, { overrides: NATIONAL_RATES });
    expect(r.precarity.majoration.toFixed(2)).toBe(r.amount.times(r.precarity.rate).toDecimalPlaces(2, Decimal.ROUND_HALF_UP).toFixed(2));
    expect(r.total.toFixed(2)).toBe(r.amount.plus(r.precarity.majoration).toFixed(2));
  });
});

describe('rounding to the cent (msp.rule.arrondi-euros, the library’s reading)', () => {
  const ROUNDING = 'msp.rule.arrondi-euros';
  type R = ReturnType<typeof remuneration>;
  const stepOf = (r: R, rule: string) => r.explanation.find((s) => s.rule === rule)!;
  const cites = (r: R, rule: string) => stepOf(r, rule).rules?.includes(ROUNDING) ?? false;
  const scenarios = [4000, 5200, 3111, 7777].flatMap((patients) =>
    [PREREQUISITES, ALL_AVENANT_1].map((achievements) =>
      remuneration(contract(patients, 13, { precarity: { c2sRate: '0.125', ameRate: '0.009' } }), 2023, achievements, { overrides: NATIONAL_RATES }),
    ),
  );

  it('the precarity majoration cites it exactly when amount × rate is not whole cents (then the step is an assumption)', () => {
    const seen = new Set<boolean>();
    for (const r of scenarios) {
      const rounded = !r.amount.times(r.precarity.rate).equals(r.precarity.majoration);
      seen.add(rounded);
      expect(cites(r, 'msp.precarite')).toBe(rounded);
      if (rounded) expect(stepOf(r, 'msp.precarite').status).toBe('assumption');
    }
    expect(seen).toEqual(new Set([true, false])); // both cases occur
  });

  it('the advance cites it exactly when the core points’ value or its share is not whole cents', () => {
    const seen = new Set<boolean>();
    for (const r of scenarios) {
      const s = stepOf(r, 'msp.avance');
      const rate = D(s.parameters.find((p) => p.id === 'msp.avance.rate')!.value as string);
      const basis = D(s.inputs['basisPoints'] as string).times(r.pointValue);
      const rounded = !basis.equals(basis.toDecimalPlaces(2, Decimal.ROUND_HALF_UP)) || !D(s.inputs['basisAmount'] as string).times(rate).equals(r.advance.amount);
      seen.add(rounded);
      expect(cites(r, 'msp.avance')).toBe(rounded);
    }
    expect(seen.has(true)).toBe(true);
  });

  it('the points’ value cites it only when points × point value is not whole cents (never with points in hundredths and a point value in cents)', () => {
    for (const r of scenarios) expect(cites(r, 'msp.point-value')).toBe(!r.points.total.times(r.pointValue).equals(r.amount));
  });
});

describe('new structures', () => {
  it('a projet filed exactly one year before signature is not new', () => {
    const r = remuneration(contract(500, 3, { signedOn: '2023-07-01', projetDeSanteFiledOn: '2022-07-01' }), 2023, PREREQUISITES);
    expect(r.newStructure.isNew).toBe(false);
  });

  it('the minimum can be paid without the prérequis when the caller overrides the assumption', () => {
    const young = contract(0, 0, { signedOn: '2023-07-01', projetDeSanteFiledOn: '2023-01-15' });
    const r = remuneration(young, 2024, { ...PREREQUISITES, 'si-standard': undefined }, { overrides: { 'msp.nouvelle-structure.minimum-requires-prerequisites': false } });
    expect(r.total.toFixed(2)).toBe('20000.00');
  });
});

describe('advance and balance', () => {
  it('advance + balance = total, and the payments are the advance then the balance', () => {
    const r = remuneration(contract(4000, 13), 2023, { ...PREREQUISITES, 'protocoles-pluriprofessionnels': { count: 2 } });
    expect(r.advance.amount.plus(r.balance.amount).toFixed(2)).toBe(r.total.toFixed(2));
    expect(r.payments.map((p) => [p.kind, p.date, p.amount.toFixed(2), p.year])).toEqual([
      ['advance', '2023-04-30', r.advance.amount.toFixed(2), 2023],
      ['balance', '2024-04-30', r.balance.amount.toFixed(2), 2023],
    ]);
  });

  it('a prérequis missing after the advance: the balance is the advance to recover, a negative payment labelled as such (assumption)', () => {
    const r = remuneration(contract(4000, 13), 2023, { ...PREREQUISITES, 'horaires-ouverture-snp': undefined });
    expect(r.total.isZero()).toBe(true);
    expect(r.balance.amount.toFixed(2)).toBe(r.advance.amount.negated().toFixed(2));
    expect(r.explanation.find((s) => s.rule === 'msp.solde')!.status).toBe('assumption');
    const recovery = r.payments.find((p) => p.kind === 'balance')!;
    expect(recovery.amount.isNegative()).toBe(true);
    expect(recovery.label.fr).toContain('récupérer');
  });
});

describe('catalogue', () => {
  it('indicators({ on }) gives the version’s catalogue with axis, type, figures and sources', () => {
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
    expect(coord.rule.fr).toContain('1\u202f000 points fixes');
    expect(coord.sources[0]!.url).toContain('guide-indicateurs-aci');
    expect(a1.find((i) => i.id === 'crises-sanitaires')!.type).toBe('socle-prerequis');
    expect(indicators({ on: '2022-06-30' }).find((i) => i.id === 'crises-sanitaires')!.type).toBe('optionnel');
    const y2017 = indicators({ on: '2017-01-01' });
    expect(y2017.map((i) => i.id)).toEqual([...INDICATORS_2017]);
    expect(y2017.find((i) => i.id === 'fonction-coordination')!.status).toBe('unverified');
    expect(y2017.find((i) => i.id === 'protocoles-pluriprofessionnels')!.components.map((c) => c.parameter)).not.toContain('msp.protocoles.ipa-per-protocol');
    expect(y2017.find((i) => i.id === 'protocoles-pluriprofessionnels')!.rule.fr).not.toContain('IPA');
    expect(indicators({ on: '2021-12-31' })[0]!.version).toBe('aci-2017');
    expect(indicators({ on: '2022-01-01' })[0]!.version).toBe('avenant-1');
  });

  it('a figure no source gives shows as unknown in the catalogue, never as an error', () => {
    const hours = indicators({ on: '2019-01-01' }).find((i) => i.id === 'horaires-ouverture-snp')!;
    expect(hours.components.filter((c) => c.role === 'minoration').map((c) => c.status)).toEqual(['unknown', 'unknown', 'unknown', 'unknown']);
    expect(hours.status).toBe('unknown');
  });
});
