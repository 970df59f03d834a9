/**
 * Golden cases: every worked example of the reference sheet, each citing its source.
 *
 * G1–G20 and C1–C3: Cnam, « Guide des indicateurs ACI … Avenant 1 », October 2022 (GUIDE, printed page
 * numbers) — https://github.com/aspart-am/ACI-Python_Streamlit/blob/4c9e0c5c16706e7b66b442718f5eb73925acf076/guide-indicateurs-aci-remuneration-structures-pluripro-1.pdf
 * §8.3: the Assurance Maladie's 2017 “structure type” (73 500 €), reconstruction INFERRED.
 * §8.4: derived Avenant 1 example (13 700 points), NOT official: only confirmed Avenant 1 values.
 */
import { describe, expect, it } from 'vitest';
import { compare, yearlyRemuneration, type MspAchievementsInput } from '../../src/aci-msp/index.js';
import { PREREQUISITES, PREREQUISITES_2017, contract, errorOf, indicator } from './helpers.js';

/** The points and euro value (points × 7 €) of one indicator, from a full computation. */
function points(patientele: number, achievements: MspAchievementsInput, id: Parameters<typeof indicator>[1], more: { ps?: number; ipa?: boolean; year?: number; aboveCap?: 'reject' | 'ignore-excess' } = {}) {
  const r = yearlyRemuneration(contract(patientele, more.ps ?? 13, { ipa: more.ipa ?? false }), more.year ?? 2022, { ...PREREQUISITES, ...achievements }, more.aboveCap ? { options: { aboveCap: more.aboveCap } } : undefined);
  const i = indicator(r, id);
  return { points: i.points.toFixed(), value: i.value.toFixed(2), fixed: i.fixed.toFixed(), variable: i.variable.toFixed() };
}

describe('Cnam guide, Avenant 1 — coordination (GUIDE p.20–22)', () => {
  it('G1: P = 6 000 → 1 000 + 1 700 × 6 000/4 000 = 3 550 points, 24 850 € (GUIDE p.22; the printed “2 275” is a typo)', () => {
    expect(points(6000, {}, 'fonction-coordination')).toMatchObject({ points: '3550', value: '24850.00' });
  });
  it('G2: P = 8 000 → 4 400 points, 30 800 € (GUIDE p.21–22)', () => {
    expect(points(8000, {}, 'fonction-coordination')).toMatchObject({ points: '4400', value: '30800.00' });
  });
  it('G3: P = 12 000 → 1 000 + 3 400 + 1 100 = 5 500 points, 38 500 € (GUIDE p.21–22)', () => {
    expect(points(12000, {}, 'fonction-coordination')).toMatchObject({ points: '5500', value: '38500.00' });
  });
});

describe('Cnam guide, Avenant 1 — information system (GUIDE p.43–46)', () => {
  it('G4: 13 associated PS, effective 01/01 → 500 + 13 × 200 = 3 100 points, 21 700 € (GUIDE p.46)', () => {
    expect(points(4000, {}, 'si-standard', { ps: 13 })).toMatchObject({ points: '3100', value: '21700.00' });
  });
  it('G5: 20 associated PS → 500 + 16 × 200 + 4 × 150 = 4 300 points, 30 100 € (GUIDE p.46)', () => {
    expect(points(4000, {}, 'si-standard', { ps: 20 })).toMatchObject({ points: '4300', value: '30100.00' });
  });
  it('G6: variable part alone, 16 / 20 associated PS → 3 200 / 3 800 points, 22 400 € / 26 600 € (GUIDE p.44)', () => {
    const p16 = points(4000, {}, 'si-standard', { ps: 16 });
    const p20 = points(4000, {}, 'si-standard', { ps: 20 });
    expect([p16.variable, p20.variable]).toEqual(['3200', '3800']);
    expect([p16.fixed, p20.fixed]).toEqual(['500', '500']);
  });
});

describe('Cnam guide, Avenant 1 — axis 1 examples', () => {
  it('G7: missions, P = 3 000, 2 missions, no IPA → 700 × 0.75 = 525 points, 3 675 € (GUIDE p.15)', () => {
    expect(points(3000, { 'missions-sante-publique': { missions: ['couverture-vaccinale', 'tuberculose'] } }, 'missions-sante-publique')).toMatchObject({ points: '525', value: '3675.00' });
  });
  it('G8: missions, P = 3 000, 2 missions, with an IPA → 525 + 200 = 725 points, 5 075 € (GUIDE p.15)', () => {
    expect(points(3000, { 'missions-sante-publique': { missions: ['couverture-vaccinale', 'tuberculose'] } }, 'missions-sante-publique', { ipa: true })).toMatchObject({ points: '725', value: '5075.00' });
  });
  it('G9: users’ involvement, P = 3 000, levels 1 + 2 → 200 + 300 × 0.75 = 425 points, 2 975 € (GUIDE p.17)', () => {
    expect(points(3000, { 'implication-usagers': { level: 2 } }, 'implication-usagers')).toMatchObject({ points: '425', value: '2975.00' });
  });
  it('G17: diversity, level 1 only / levels 1 + 2 → 300 / 600 points, 2 100 € / 4 200 € (GUIDE p.9)', () => {
    expect(points(4000, { 'diversite-services': { level: 1 } }, 'diversite-services')).toMatchObject({ points: '300', value: '2100.00' });
    expect(points(4000, { 'diversite-services': { level: 2 } }, 'diversite-services')).toMatchObject({ points: '600', value: '4200.00' });
  });
  it('G18: second recours levels 1 + 2 and CSTM → 300 + 300 + 200 = 800 points, 5 600 € (GUIDE p.13)', () => {
    const a = { 'second-recours': { level: 2 }, 'medecins-cstm': { met: true } } as const;
    const r = yearlyRemuneration(contract(4000), 2022, { ...PREREQUISITES, ...a });
    const total = indicator(r, 'second-recours').points.plus(indicator(r, 'medecins-cstm').points);
    expect(total.toFixed()).toBe('800');
    expect(total.times(r.pointValue).toFixed(2)).toBe('5600.00');
  });
  it('G20: hours, no derogation, 10–12 h, Saturday closed, 2–3 weeks’ holiday closure → 800 − 60 − 120 − 20 = 600 points, 4 200 € (GUIDE p.5)', () => {
    const h = { snp: true, amplitude: '10h-to-12h', saturdayMorningOpen: false, schoolHolidayClosure: '2-to-3-weeks', closedOverOneWeekOutsideSchoolHolidays: false } as const;
    expect(points(4000, { 'horaires-ouverture-snp': h }, 'horaires-ouverture-snp')).toMatchObject({ points: '600', value: '4200.00' });
  });
  it('G20 (grid): every leaf of the hours decision tree, with and without ARS derogation (GUIDE p.5)', () => {
    // Leaves read in GUIDE p.5: [no derogation] per amplitude band; with derogation every band gives 800/680/780/660.
    const expected: Record<string, [string, string, string, string]> = {
      '12h-or-more': ['800', '680', '780', '660'],
      '10h-to-12h': ['740', '620', '720', '600'],
      '8h-to-10h': ['650', '530', '630', '510'],
      'under-8h': ['0', '0', '0', '0'],
    };
    for (const [amplitude, leaves] of Object.entries(expected)) {
      for (const arsDerogation of [false, true]) {
        const got = [
          [true, 'under-2-weeks'],
          [false, 'under-2-weeks'],
          [true, '2-to-3-weeks'],
          [false, '2-to-3-weeks'],
        ].map(([sat, closure]) =>
          points(
            4000,
            {
              'horaires-ouverture-snp': {
                snp: true,
                amplitude: amplitude as '12h-or-more',
                saturdayMorningOpen: sat as boolean,
                schoolHolidayClosure: closure as 'under-2-weeks',
                closedOverOneWeekOutsideSchoolHolidays: false,
                arsDerogation,
              },
            },
            'horaires-ouverture-snp',
          ).points,
        );
        expect(got).toEqual(arsDerogation ? ['800', '680', '780', '660'] : leaves);
      }
    }
    const base = { snp: true, amplitude: '12h-or-more', saturdayMorningOpen: true, schoolHolidayClosure: 'under-2-weeks', closedOverOneWeekOutsideSchoolHolidays: false } as const;
    expect(points(4000, { 'horaires-ouverture-snp': { ...base, snp: false } }, 'horaires-ouverture-snp').points).toBe('0');
    expect(points(4000, { 'horaires-ouverture-snp': { ...base, schoolHolidayClosure: 'over-3-weeks' } }, 'horaires-ouverture-snp').points).toBe('0');
    expect(points(4000, { 'horaires-ouverture-snp': { ...base, closedOverOneWeekOutsideSchoolHolidays: true } }, 'horaires-ouverture-snp').points).toBe('0');
  });
});

describe('Cnam guide, Avenant 1 — axis 2 examples', () => {
  it('G10: quality approach, P = 3 000, levels 1–3 → 100 + 150 + 225 = 475 points, 3 325 € (GUIDE p.36)', () => {
    expect(points(3000, { 'demarche-qualite': { level: 3 } }, 'demarche-qualite')).toMatchObject({ points: '475', value: '3325.00' });
  });
  it('G11: external coordination, P = 3 000 → 200 × 0.75 = 150 points, 1 050 € (GUIDE p.34)', () => {
    expect(points(3000, { 'coordination-externe': { met: true } }, 'coordination-externe')).toMatchObject({ points: '150', value: '1050.00' });
  });
  it('G12: heart-failure pathway, P = 3 000 → 100 × 0.75 = 75 points, 525 € (GUIDE p.40)', () => {
    expect(points(3000, { 'parcours-insuffisance-cardiaque': { met: true } }, 'parcours-insuffisance-cardiaque')).toMatchObject({ points: '75', value: '525.00' });
  });
  it('G13: protocols 1 / 2 / 8 / 9, no IPA → 100 / 200 / 800 / 800 points, 700 / 1 400 / 5 600 / 5 600 € (GUIDE p.24; 9 with options.aboveCap = "ignore-excess")', () => {
    const got = [1, 2, 8, 9].map((count) => points(4000, { 'protocoles-pluriprofessionnels': { count } }, 'protocoles-pluriprofessionnels', { aboveCap: 'ignore-excess' }));
    expect(got.map((g) => g.points)).toEqual(['100', '200', '800', '800']);
    expect(got.map((g) => g.value)).toEqual(['700.00', '1400.00', '5600.00', '5600.00']);
    // By default (issue #3, “bad input”), a count above the cap is a validation error naming field and value.
    const e = errorOf(() => points(4000, { 'protocoles-pluriprofessionnels': { count: 9 } }, 'protocoles-pluriprofessionnels'));
    expect(e.issues[0]!.path).toEqual(['achievements', 'protocoles-pluriprofessionnels', 'count']);
    expect(e.issues[0]!.received).toBe(9);
  });
  it('G14: protocols 1 / 2 / 8 / 9 with an IPA → 140 / 280 / 1 120 / 1 120 points (GUIDE p.24)', () => {
    const got = [1, 2, 8, 9].map((count) => points(4000, { 'protocoles-pluriprofessionnels': { count } }, 'protocoles-pluriprofessionnels', { ipa: true, aboveCap: 'ignore-excess' }).points);
    expect(got).toEqual(['140', '280', '1120', '1120']);
  });
  it('G15: training, 2 / 3 / 4 / 5 trainees → 450 / 675 / 900 / 900 points, at most 6 300 € (GUIDE p.32)', () => {
    const got = [2, 3, 4, 5].map((trainees) => points(4000, { 'formation-stagiaires': { trainees } }, 'formation-stagiaires'));
    expect(got.map((g) => g.points)).toEqual(['450', '675', '900', '900']);
    expect(got[3]!.value).toBe('6300.00');
  });
  it('G16: national cooperation protocols 1 / 2 / 6 / 7 → 100 / 200 / 600 / 600 points, at most 4 200 € (GUIDE p.38; 7 with aboveCap "ignore-excess")', () => {
    const got = [1, 2, 6, 7].map((count) => points(4000, { 'protocoles-nationaux-cooperation': { count } }, 'protocoles-nationaux-cooperation', { aboveCap: 'ignore-excess' }));
    expect(got.map((g) => g.points)).toEqual(['100', '200', '600', '600']);
    expect(got[3]!.value).toBe('4200.00');
  });
  it('G19: child obesity pathway — 1 mission on child obesity: +100; 1 mission on another theme: 0; 2 missions: +100 (GUIDE p.42)', () => {
    const path = { 'parcours-obesite-enfant': { met: true } } as const;
    const one = (theme: 'surpoids-obesite-enfant' | 'tuberculose') => points(4000, { ...path, 'missions-sante-publique': { missions: [theme] } }, 'parcours-obesite-enfant');
    expect(one('surpoids-obesite-enfant')).toMatchObject({ points: '100', value: '700.00' });
    expect(one('tuberculose').points).toBe('0');
    expect(points(4000, { ...path, 'missions-sante-publique': { missions: ['tuberculose', 'prevention-suicide'] } }, 'parcours-obesite-enfant').points).toBe('100');
  });
});

describe('Cnam guide, Avenant 1 — concertation situations (GUIDE p.26–30)', () => {
  const eligible = { aldUnder75: 300, over75WithoutAld: 200, over75WithAld: 150 }; // base 650
  const conc = (casesReviewed: number) => ({ 'concertation-pluriprofessionnelle': { meetings: 6, casesReviewed, eligiblePatients: eligible } });

  it('C1: P = 8 000, 50 files / 650 = 7.69 % ≥ 5 % → 1 000 × 2 = 2 000 points, 14 000 € (GUIDE p.28)', () => {
    expect(points(8000, conc(50), 'concertation-pluriprofessionnelle')).toMatchObject({ points: '2000', value: '14000.00' });
  });
  it('C2: 30 files → rate 4.61 % (truncated, unverified rule) → 1 000 × 2 × 0.922 = 1 844 points, 12 908 € (GUIDE p.29)', () => {
    expect(points(8000, conc(30), 'concertation-pluriprofessionnelle')).toMatchObject({ points: '1844', value: '12908.00' });
  });
  it('C3: C2 with an IPA → 1 844 + 200 × 2 × 0.922 = 2 212.80 points, 15 489.60 € (GUIDE p.30)', () => {
    expect(points(8000, conc(30), 'concertation-pluriprofessionnelle', { ipa: true })).toMatchObject({ points: '2212.8', value: '15489.60' });
  });
  it('C2 with the override "exact": 1 000 × 2 × (4.615…/5) = 1 846.15… points (the guide’s truncation is an overridable rule)', () => {
    const r = yearlyRemuneration(contract(8000), 2022, { ...PREREQUISITES, ...conc(30) }, { overrides: { 'msp.concertation.rate-rounding': 'exact' } });
    const c = indicator(r, 'concertation-pluriprofessionnelle');
    expect(c.points.toFixed(2)).toBe('1846.15');
    expect(c.explanation[0]!.parameters.map((p) => p.id)).toContain('msp.concertation.rate-rounding');
    expect(c.explanation[0]!.status).toBe('caller');
  });
  it('C2 cites the unverified truncation rule; C1 (rate above target) does not need it', () => {
    const c2 = yearlyRemuneration(contract(8000), 2022, { ...PREREQUISITES, ...conc(30) });
    const c1 = yearlyRemuneration(contract(8000), 2022, { ...PREREQUISITES, ...conc(50) });
    const ids = (r: typeof c1) => indicator(r, 'concertation-pluriprofessionnelle').explanation[0]!.parameters.map((p) => p.id);
    expect(ids(c2)).toContain('msp.concertation.rate-rounding');
    expect(indicator(c2, 'concertation-pluriprofessionnelle').explanation[0]!.status).toBe('unverified');
    expect(ids(c1)).not.toContain('msp.concertation.rate-rounding');
  });
});

// ---------------------------------------------------------------------------------------------------

/** All Avenant 1 indicators met for the “structure type” (fact sheet §8.4). */
const ALL_AVENANT_1: MspAchievementsInput = {
  ...PREREQUISITES,
  'diversite-services': { level: 2 },
  'second-recours': { level: 2 },
  'missions-sante-publique': { missions: ['couverture-vaccinale', 'prevention-suicide'] },
  'implication-usagers': { level: 2 },
  'soins-non-programmes-sas': { doctorsShare: 1 },
  'protocoles-pluriprofessionnels': { count: 8 },
  'concertation-pluriprofessionnelle': { meetings: 6, casesReviewed: 50, eligiblePatients: { aldUnder75: 300, over75WithoutAld: 200, over75WithAld: 150 } },
  'formation-stagiaires': { trainees: 4 },
  'coordination-externe': { met: true },
  'demarche-qualite': { level: 3 },
  'protocoles-nationaux-cooperation': { count: 6 },
  'parcours-insuffisance-cardiaque': { met: true },
  'parcours-obesite-enfant': { met: true },
  'si-avance': { met: true },
};

describe('whole structures', () => {
  it('§8.3 (INFERRED reconstruction of the 2017 “structure type”, 13 PS, 4 000 patients, all commitments but CSTM) → 10 500 points = 73 500 € (Quotidien du médecin 2017)', () => {
    // Source of the total: https://static2.lequotidiendumedecin.fr/actus-medicales/politique-de-sante/jusqua-73-500-euros-par-pour-les-maisons-et-centres-de-sante
    // The breakdown rests on the inferred (assumption) 2017 values: a regression test of the 2017 table, not a proof of it.
    const r = yearlyRemuneration(contract(4000, 13), 2019, {
      ...PREREQUISITES_2017,
      'missions-sante-publique': { missions: ['couverture-vaccinale', 'prevention-suicide'] },
      'diversite-services': { level: 2 },
      'second-recours': { level: 2 },
      'satisfaction-patients': { met: true },
      'protocoles-pluriprofessionnels': { count: 8 },
      'concertation-pluriprofessionnelle': { meetings: 6, casesReviewed: 50, eligiblePatients: { aldUnder75: 300, over75WithoutAld: 200, over75WithAld: 150 } },
      'formation-stagiaires': { trainees: 2 },
      'coordination-externe': { met: true },
      'si-avance': { met: true },
    });
    expect(r.version).toBe('aci-2017');
    expect(r.points.total.toFixed()).toBe('10500');
    expect(r.total.toFixed(2)).toBe('73500.00');
    expect(indicator(r, 'fonction-coordination').points.toFixed()).toBe('2050');
    // The inferred figures show in the explanation.
    expect(indicator(r, 'satisfaction-patients').explanation[0]!.status).toBe('assumption');
  });

  it('§8.4 (derived, NOT official): Avenant 1 “structure type”, all indicators, no IPA, no CSTM, no crisis → 13 700 points = 95 900 €; with an IPA 14 420 = 100 940 €; with CSTM too 14 620 = 102 340 €', () => {
    const base = yearlyRemuneration(contract(4000, 13), 2023, ALL_AVENANT_1);
    expect(base.points.total.toFixed()).toBe('13700');
    expect(base.total.toFixed(2)).toBe('95900.00');
    const ipa = yearlyRemuneration(contract(4000, 13, { ipa: true }), 2023, ALL_AVENANT_1);
    expect(ipa.points.total.toFixed()).toBe('14420');
    expect(ipa.total.toFixed(2)).toBe('100940.00');
    const cstm = compare(contract(4000, 13, { ipa: true }), 2023, ALL_AVENANT_1, { ...ALL_AVENANT_1, 'medecins-cstm': { met: true } });
    expect(cstm.b.points.total.toFixed()).toBe('14620');
    expect(cstm.b.total.toFixed(2)).toBe('102340.00');
    expect(cstm.difference.total.toFixed(2)).toBe('1400.00');
    expect(cstm.difference.byIndicator.map((d) => d.id)).toEqual(['medecins-cstm']);
  });
});
