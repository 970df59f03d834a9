/**
 * Invariants of the collective contract, checked with fast-check on generated groups and contracts
 * (fixed seed: a failure reproduces).
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { Decimal } from 'decimal.js';
import { assistantMedical as am } from '../../../src/index.js';
import { plusDays } from '../../../src/core/dates.js';
import { PARAMETERS } from '../../../src/assistant-medical/parameters.js';

const g = am.collective;
const SEED = 20261129;
const RULES = ['lower-of-two', 'average-of-two', 'both-required'] as const;
const SCHEDULES = ['advance-then-balance', 'whole-then-instalments'] as const;

/** The aid per ETP of a contract year, read from the table (not from the code under test). */
function perEtp(year: number): string {
  const id = year === 1 ? 'am.collective.aid.per-etp.year-1' : year === 2 ? 'am.collective.aid.per-etp.year-2' : 'am.collective.aid.per-etp.year-3-plus';
  return PARAMETERS.get(id)!.periods[0]!.value as string;
}

/** A day from 25 February 2026 to the end of 2029. */
const signedOn = fc.integer({ min: 0, max: 1400 }).map((n) => plusDays('2026-02-25', n));
const etp = fc.integer({ min: 1, max: 20 }).map((n) => n / 2);
const patients = fc.integer({ min: 0, max: 20_000 });

const contract = fc
  .record({
    signedOn,
    hireDelay: fc.integer({ min: -300, max: 300 }),
    etp,
    mt: patients,
    fa: patients,
    gainedMt: fc.integer({ min: 0, max: 3000 }),
    gainedFa: fc.integer({ min: 0, max: 1500 }),
    rule: fc.constantFrom(...RULES),
    schedule: fc.constantFrom(...SCHEDULES),
  })
  .map((c) => ({
    signedOn: c.signedOn,
    hiredOn: plusDays(c.signedOn, c.hireDelay),
    etp: c.etp,
    startingPatientele: { medecinTraitant: c.mt, fileActive: c.fa },
    alreadyGained: { medecinTraitant: c.gainedMt, fileActive: c.gainedFa },
    overrides: { 'am.collective.modulation.rule': c.rule, 'am.payment.schedule': c.schedule },
  }));

const reached = fc.record({ medecinTraitant: fc.integer({ min: 0, max: 40_000 }), fileActive: fc.integer({ min: 0, max: 40_000 }) });
const year = fc.integer({ min: 1, max: 5 });

function sum(amounts: readonly Decimal[], zero: Decimal): Decimal {
  return amounts.reduce((t, a) => t.plus(a), zero.minus(zero));
}

describe('properties of the collective aid', () => {
  it('never above ETP × the year’s aid per ETP, never negative, whole cents; the payments add up to it, none before the signature nor the hiring', () => {
    fc.assert(
      fc.property(contract, year, reached, (c, y, r) => {
        const aid = g.yearlyAid({ ...c, year: y, achievement: r });
        expect(aid.ceiling.toFixed(2)).toBe(aid.etp.times(perEtp(y)).toFixed(2));
        const amount = aid.amount!;
        expect(amount.greaterThan(aid.ceiling)).toBe(false);
        expect(amount.isNegative()).toBe(false);
        expect(amount.decimalPlaces()).toBeLessThanOrEqual(2);
        expect(sum(aid.payments.map((p) => p.amount), amount).toFixed(2)).toBe(amount.toFixed(2));
        for (const p of aid.payments) expect(p.date >= c.signedOn && p.date >= c.hiredOn).toBe(true);
      }),
      { seed: SEED, numRuns: 400 },
    );
  });

  it('monotone in each patientèle reached: more médecin-traitant patients, or more file-active patients, never lowers the aid', () => {
    fc.assert(
      fc.property(contract, fc.integer({ min: 3, max: 5 }), reached, fc.integer({ min: 0, max: 2000 }), fc.constantFrom('medecinTraitant', 'fileActive'), (c, y, r, more, which) => {
        const a = g.yearlyAid({ ...c, year: y, achievement: r }).amount!;
        const b = g.yearlyAid({ ...c, year: y, achievement: { ...r, [which]: r[which as 'medecinTraitant'] + more } }).amount!;
        expect(b.greaterThanOrEqualTo(a)).toBe(true);
      }),
      { seed: SEED, numRuns: 400 },
    );
  });

  it('a modulated year pays its maximum once both parts are reached, whatever the rule; nothing when neither part grew', () => {
    fc.assert(
      fc.property(contract, fc.integer({ min: 3, max: 5 }), fc.integer({ min: 0, max: 500 }), (c, y, extra) => {
        const { hiredOn: _h, ...forObjective } = c;
        const o = g.objective(forObjective);
        const full = g.yearlyAid({ ...c, year: y, achievement: { medecinTraitant: o.medecinTraitant.target + extra, fileActive: o.fileActive.target + extra } });
        expect(full.amount!.toFixed(2)).toBe(full.ceiling.toFixed(2));
        if (o.medecinTraitant.increase > 0 && o.fileActive.increase > 0) {
          const none = g.yearlyAid({ ...c, year: y, achievement: c.startingPatientele });
          expect(none.amount!.toFixed(2)).toBe('0.00');
        }
      }),
      { seed: SEED, numRuns: 200 },
    );
  });

  it('the rules are ordered: both-required ≤ lower-of-two ≤ average-of-two', () => {
    fc.assert(
      fc.property(contract, fc.integer({ min: 3, max: 5 }), reached, (c, y, r) => {
        const by = (rule: (typeof RULES)[number]) => g.yearlyAid({ ...c, year: y, achievement: r, overrides: { 'am.collective.modulation.rule': rule } }).amount!;
        expect(by('both-required').lessThanOrEqualTo(by('lower-of-two'))).toBe(true);
        expect(by('lower-of-two').lessThanOrEqualTo(by('average-of-two'))).toBe(true);
      }),
      { seed: SEED, numRuns: 200 },
    );
  });

  it('the objective asks per ETP × ETP less what was already gained, never below zero, due two years after the signature', () => {
    fc.assert(
      fc.property(contract, ({ hiredOn: _h, ...c }) => {
        const o = g.objective(c);
        expect(o.medecinTraitant.increase).toBe(Math.max(0, 260 * c.etp - c.alreadyGained.medecinTraitant));
        expect(o.fileActive.increase).toBe(Math.max(0, 110 * c.etp - c.alreadyGained.fileActive));
        expect(o.medecinTraitant.target).toBe(o.medecinTraitant.starting + o.medecinTraitant.increase);
        expect(o.dueBy > c.signedOn).toBe(true);
      }),
      { seed: SEED, numRuns: 200 },
    );
  });

  it('a whole contract: totals are the sum of its years, its payments add up to the known amounts', () => {
    fc.assert(
      fc.property(contract, fc.array(reached, { minLength: 0, maxLength: 3 }), (c, rs) => {
        const s = g.simulate({ ...c, achievements: rs.map((r, i) => ({ year: 3 + i, ...r })) });
        expect(s.years.map((y) => y.year)).toEqual([1, 2, 3, 4, 5]);
        expect(sum(s.years.map((y) => y.ceiling), s.totals.ceiling).toFixed(2)).toBe(s.totals.ceiling.toFixed(2));
        expect(sum(s.payments.map((p) => p.amount), s.totals.ceiling).toFixed(2)).toBe(s.totals.amountKnown.toFixed(2));
        expect(s.totals.amount === undefined).toBe(rs.length < 3);
      }),
      { seed: SEED, numRuns: 100 },
    );
  });
});

describe('properties of the ETP ceiling', () => {
  const doctor = fc.record({
    specialty: fc.constant('medecine-generale'),
    sector: fc.constantFrom('1', '2-optam'),
    patientele: fc.record({ medecinTraitant: fc.integer({ min: 0, max: 3000 }) }),
    pamsu: fc.boolean(),
  });
  const group = fc.record({ legalForm: fc.constantFrom('scp', 'scm', 'sisa'), trainingSite: fc.boolean(), doctors: fc.array(doctor, { minLength: 1, maxLength: 30 }) });

  it('one ETP per doctor before November 2026; from it, + 0.5 per PAMSU doctor, or per doctor of a training site; never below the number of doctors', () => {
    fc.assert(
      fc.property(group, signedOn, (gr, on) => {
        const max = g.maxEtp({ signedOn: on, group: gr }).toNumber();
        const n = gr.doctors.length;
        const bonus = on < '2026-11-01' ? 0 : gr.trainingSite ? 0.5 * n : 0.5 * gr.doctors.filter((d) => d.pamsu).length;
        expect(max).toBe(n + bonus);
        expect(max).toBeGreaterThanOrEqual(n);
        expect(max).toBeLessThanOrEqual(1.5 * n);
      }),
      { seed: SEED, numRuns: 300 },
    );
  });

  it('a contract of the ceiling is accepted, half an ETP more is refused naming etp', () => {
    fc.assert(
      fc.property(group, signedOn, (gr, on) => {
        const max = g.maxEtp({ signedOn: on, group: gr }).toNumber();
        expect(g.yearlyAid({ signedOn: on, hiredOn: on, etp: max, year: 1, group: gr }).etp.toNumber()).toBe(max);
        expect(() => g.yearlyAid({ signedOn: on, hiredOn: on, etp: max + 0.5, year: 1, group: gr })).toThrow(/etp/);
      }),
      { seed: SEED, numRuns: 100 },
    );
  });
});
