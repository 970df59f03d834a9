/** Properties of the ACI MSP computation (fast-check), each named by its invariant. */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import Decimal from 'decimal.js';
import { plusDays } from '../../src/core/dates.js';
import {
  INDICATORS_2017,
  INDICATORS_AVENANT_1,
  MISSION_THEMES,
  yearlyRemuneration,
  type IndicatorId,
  type MspAchievementsInput,
  type MspContractInput,
  type MspYearResult,
} from '../../src/aci-msp/index.js';
import { HOURS_2017, NATIONAL_RATES, indicator } from './helpers.js';

const RUNS = 300;
const overrides = { ...NATIONAL_RATES, ...HOURS_2017 };
const options = { aboveCap: 'ignore-excess' as const };

const AMPLITUDES = ['under-8h', '8h-to-10h', '10h-to-12h', '12h-or-more'] as const;
const CLOSURES = ['over-3-weeks', '2-to-3-weeks', 'under-2-weeks'] as const;

/** Two values, the first no better than the second (for ints: lo ≤ hi). */
const pair = (min: number, max: number) => fc.tuple(fc.integer({ min, max }), fc.integer({ min, max })).map(([x, y]) => (x <= y ? [x, y] : [y, x]) as [number, number]);
const pairBool = pair(0, 1).map(([x, y]) => [x === 1, y === 1] as [boolean, boolean]);

/** A pair of scenarios (lo, hi) where hi achieves at least as much as lo on every indicator. */
const scenarioPair = fc.record({
  /** Most cases meet every prérequis on both sides, so that the comparison is not 0 ≥ 0. */
  prerequisitesOn: fc.integer({ min: 0, max: 9 }).map((x) => x < 8),
  present: fc.array(pairBool, { minLength: INDICATORS_AVENANT_1.length + 1, maxLength: INDICATORS_AVENANT_1.length + 1 }),
  snp: pairBool,
  amplitude: pair(0, 3),
  saturday: pairBool,
  closure: pair(0, 2),
  openOutside: pairBool,
  derogation: pairBool,
  plan: pairBool,
  crisisActions: pairBool,
  diversity: pair(0, 2),
  secondRecours: pair(0, 2),
  cstm: pairBool,
  missions: pair(0, 2),
  missionOrder: fc.shuffledSubarray([...MISSION_THEMES], { minLength: 2, maxLength: 2 }),
  satisfaction: pairBool,
  users: pair(0, 2),
  sasShare: pair(0, 100),
  sasAll: pairBool,
  coordination: pairBool,
  protocols: pair(0, 10),
  meetings: pair(0, 12),
  cases: pair(0, 80),
  eligible: fc.tuple(fc.integer({ min: 1, max: 500 }), fc.integer({ min: 0, max: 300 }), fc.integer({ min: 0, max: 300 }), fc.integer({ min: 0, max: 100 })),
  trainees: pair(0, 6),
  external: pairBool,
  quality: pair(0, 3),
  pnc: pair(0, 8),
  heart: pairBool,
  obesity: pairBool,
  si: pairBool,
  siSince: pair(-1, 364), // days after 1 January; -1 = acquired before the year (better = smaller)
  siAdv: pairBool,
  siAdvSince: pair(-1, 364),
});
type ScenarioPair = typeof scenarioPair extends fc.Arbitrary<infer T> ? T : never;

/** The achievements of side 0 (lo) or 1 (hi), restricted to the year's catalogue. */
function side(s: ScenarioPair, k: 0 | 1, year: number): MspAchievementsInput {
  const since = (offset: number) => (offset < 0 ? undefined : plusDays(`${year}-01-01`, offset));
  const better = (p: [number, number]) => p[k];
  const worseIsBigger = (p: [number, number]) => p[1 - k]!; // dates: the better side has the smaller offset
  // Clamping both sides the same monotone way keeps lo ≤ hi.
  const on = s.prerequisitesOn;
  const atLeast = (v: number, floor: number) => (on ? Math.max(v, floor) : v);
  const all: Record<IndicatorId, unknown> = {
    'horaires-ouverture-snp': {
      snp: on || s.snp[k],
      amplitude: AMPLITUDES[atLeast(better(s.amplitude), 1)],
      saturdayMorningOpen: s.saturday[k],
      schoolHolidayClosure: CLOSURES[atLeast(better(s.closure), 1)],
      closedOverOneWeekOutsideSchoolHolidays: !(on || s.openOutside[k]),
      arsDerogation: s.derogation[k],
    },
    'crises-sanitaires': { plan: on || s.plan[k], crisisActions: s.crisisActions[k] },
    'diversite-services': { level: better(s.diversity) },
    'second-recours': { level: better(s.secondRecours) },
    'medecins-cstm': { met: s.cstm[k] },
    'missions-sante-publique': { missions: s.missionOrder.slice(0, better(s.missions)) },
    'satisfaction-patients': { met: s.satisfaction[k] },
    'implication-usagers': { level: better(s.users) },
    'soins-non-programmes-sas': { doctorsShare: new Decimal(better(s.sasShare)).dividedBy(100).toFixed(), allRegulatorRequests: s.sasAll[k] },
    'fonction-coordination': { met: on || s.coordination[k] },
    'protocoles-pluriprofessionnels': { count: better(s.protocols) },
    'concertation-pluriprofessionnelle': {
      meetings: better(s.meetings),
      casesReviewed: better(s.cases),
      eligiblePatients: { aldUnder75: s.eligible[0], over75WithoutAld: s.eligible[1], over75WithAld: s.eligible[2], childrenAld0To16: s.eligible[3] },
    },
    'formation-stagiaires': { trainees: better(s.trainees) },
    'coordination-externe': { met: s.external[k] },
    'demarche-qualite': { level: better(s.quality) },
    'protocoles-nationaux-cooperation': { count: better(s.pnc) },
    'parcours-insuffisance-cardiaque': { met: s.heart[k] },
    'parcours-obesite-enfant': { met: s.obesity[k] },
    'si-standard': { met: on || s.si[k], since: since(worseIsBigger(s.siSince)) },
    'si-avance': { met: s.siAdv[k], since: since(worseIsBigger(s.siAdvSince)) },
  };
  const ids: readonly IndicatorId[] = year < 2022 ? INDICATORS_2017 : INDICATORS_AVENANT_1;
  const out: Record<string, unknown> = {};
  const prerequisite: readonly IndicatorId[] = ['horaires-ouverture-snp', 'crises-sanitaires', 'fonction-coordination', 'si-standard'];
  ids.forEach((id, i) => {
    if (s.present[i]![k] || (on && prerequisite.includes(id))) out[id] = all[id];
  });
  return out as MspAchievementsInput;
}

/** A contract and a year it covers. */
const contractArb = fc
  .record({
    year: fc.integer({ min: 2017, max: 2027 }),
    signedBack: fc.integer({ min: 0, max: 2500 }),
    projetBack: fc.integer({ min: 0, max: 900 }),
    patientele: fc.integer({ min: 0, max: 20000 }),
    professionals: fc.integer({ min: 0, max: 30 }),
    ipa: fc.boolean(),
    precarity: fc.option(fc.record({ c2s: fc.integer({ min: 0, max: 400 }), ame: fc.integer({ min: 0, max: 60 }) }), { nil: undefined }),
  })
  .map((c) => {
    const signedOn = plusDays(`${c.year}-12-31`, -c.signedBack);
    const contract: MspContractInput = {
      signedOn,
      projetDeSanteFiledOn: plusDays(signedOn, -c.projetBack),
      patientele: c.patientele,
      associatedProfessionals: c.professionals,
      ipa: c.ipa,
      ...(c.precarity ? { precarity: { c2sRate: new Decimal(c.precarity.c2s).dividedBy(1000).toFixed(), ameRate: new Decimal(c.precarity.ame).dividedBy(1000).toFixed() } } : {}),
    };
    return { contract, year: c.year };
  });

const run = (contract: MspContractInput, year: number, a: MspAchievementsInput): MspYearResult => yearlyRemuneration({ contract, year, achievements: a, overrides, options });

function prerequisiteIds(r: MspYearResult): IndicatorId[] {
  return r.byIndicator.filter((i) => i.type === 'socle-prerequis').map((i) => i.id);
}

describe('properties', () => {
  it('remuneration is non-decreasing in each achievement (a scenario achieving at least as much on every indicator earns at least as much)', () => {
    fc.assert(
      fc.property(contractArb, scenarioPair, ({ contract, year }, s) => {
        const lo = run(contract, year, side(s, 0, year));
        const hi = run(contract, year, side(s, 1, year));
        expect(hi.total.greaterThanOrEqualTo(lo.total)).toBe(true);
        expect(hi.points.total.greaterThanOrEqualTo(lo.points.total)).toBe(true);
        for (const i of hi.byIndicator) expect(i.points.greaterThanOrEqualTo(indicator(lo, i.id).points)).toBe(true);
      }),
      { numRuns: RUNS },
    );
  });

  it('remuneration is non-decreasing in the patientèle', () => {
    fc.assert(
      fc.property(contractArb, scenarioPair, fc.integer({ min: 0, max: 10000 }), ({ contract, year }, s, more) => {
        const a = side(s, 1, year);
        const lo = run(contract, year, a);
        const hi = run({ ...contract, patientele: (contract.patientele as number) + more }, year, a);
        expect(hi.total.greaterThanOrEqualTo(lo.total)).toBe(true);
        expect(hi.points.variable.greaterThanOrEqualTo(lo.points.variable)).toBe(true);
        expect(hi.points.fixed.equals(lo.points.fixed)).toBe(true);
      }),
      { numRuns: RUNS },
    );
  });

  it('a missing socle prérequis gives zero remuneration (the advance becomes a balance to recover)', () => {
    fc.assert(
      fc.property(contractArb, scenarioPair, fc.nat(), ({ contract, year }, s, pick) => {
        const full = side(s, 1, year);
        const ids = prerequisiteIds(run(contract, year, full));
        const drop = ids[pick % ids.length]!;
        const { [drop]: _dropped, ...rest } = full as Record<string, unknown>;
        const r = run(contract, year, rest as MspAchievementsInput);
        expect(r.prerequisites.met).toBe(false);
        expect(r.prerequisites.missing.map((m) => m.id)).toContain(drop);
        expect(r.total.isZero()).toBe(true);
        expect(r.points.total.isZero()).toBe(true);
        expect(r.balance.amount.equals(r.advance.amount.negated())).toBe(true);
      }),
      { numRuns: RUNS },
    );
  });

  it('advance + balance = total, every euro is whole cents and (but the balance) never negative, and shares add up to the amount', () => {
    fc.assert(
      fc.property(contractArb, scenarioPair, fc.constantFrom<0 | 1>(0, 1), ({ contract, year }, s, k) => {
        const r = run(contract, year, side(s, k, year));
        expect(r.advance.amount.plus(r.balance.amount).equals(r.total)).toBe(true);
        for (const e of [r.total, r.amount, r.advance.amount, r.precarity.majoration, r.newStructure.topUp, ...r.byIndicator.map((i) => i.amount)]) {
          expect(e.isNegative() && !e.isZero()).toBe(false);
          expect(e.times(100).isInteger()).toBe(true);
        }
        expect(r.byIndicator.reduce((t, i) => t.plus(i.amount), new Decimal(0)).equals(r.amount)).toBe(true);
        expect(r.total.equals(r.amount.plus(r.precarity.majoration).plus(r.newStructure.topUp))).toBe(true);
        expect(JSON.stringify(r)).not.toMatch(/NaN|Infinity/);
      }),
      { numRuns: RUNS },
    );
  });

  it('variable points scale as the text says: × P/4 000 (linear), coordination in two tiers at 8 000, SI per associated professional (16 then beyond)', () => {
    const everything: MspAchievementsInput = {
      'horaires-ouverture-snp': { snp: true, amplitude: '12h-or-more', saturdayMorningOpen: true, schoolHolidayClosure: 'under-2-weeks', closedOverOneWeekOutsideSchoolHolidays: false },
      'crises-sanitaires': { plan: true, crisisActions: true },
      'fonction-coordination': { met: true },
      'si-standard': { met: true },
      'missions-sante-publique': { missions: ['tuberculose', 'prevention-suicide'] },
      'implication-usagers': { level: 2 },
      'concertation-pluriprofessionnelle': { meetings: 6, casesReviewed: 30, eligiblePatients: { aldUnder75: 300, over75WithoutAld: 200, over75WithAld: 150 } },
      'coordination-externe': { met: true },
      'demarche-qualite': { level: 3 },
      'parcours-insuffisance-cardiaque': { met: true },
    };
    const LINEAR: IndicatorId[] = ['crises-sanitaires', 'missions-sante-publique', 'implication-usagers', 'concertation-pluriprofessionnelle', 'coordination-externe', 'demarche-qualite', 'parcours-insuffisance-cardiaque'];
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 30000 }), fc.integer({ min: 0, max: 30000 }), fc.integer({ min: 0, max: 40 }), fc.boolean(), (p1, p2, n, ipa) => {
        const year = 2024;
        const c = (p: number): MspContractInput => ({ signedOn: '2018-01-01', projetDeSanteFiledOn: '2016-01-01', patientele: p, associatedProfessionals: n, ipa });
        const r1 = run(c(p1), year, everything);
        const r2 = run(c(p2), year, everything);
        for (const id of LINEAR) {
          const v1 = indicator(r1, id).variable;
          const v2 = indicator(r2, id).variable;
          expect(v1.times(p2).equals(v2.times(p1))).toBe(true);
          expect(indicator(r1, id).fixed.equals(indicator(r2, id).fixed)).toBe(true);
        }
        const coordination = (p: number) => new Decimal(1700).times(Math.min(p, 8000)).plus(new Decimal(1100).times(Math.max(p - 8000, 0))).dividedBy(4000);
        expect(indicator(r1, 'fonction-coordination').variable.equals(coordination(p1))).toBe(true);
        const si = new Decimal(200).times(Math.min(n, 16)).plus(new Decimal(150).times(Math.max(n - 16, 0)));
        expect(indicator(r1, 'si-standard').variable.equals(si)).toBe(true);
        expect(indicator(r1, 'si-standard').variable.equals(indicator(r2, 'si-standard').variable)).toBe(true);
      }),
      { numRuns: RUNS },
    );
  });
});
