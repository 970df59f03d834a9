/**
 * Invariants, checked with fast-check on generated contracts.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { assistantMedical as am, isExerciceCoordonneError } from '../../src/index.js';
import { plusDays } from '../../src/core/dates.js';

const BANDS = ['P30-P50', 'P50-P70', 'P70-P90', 'P90-P95', 'P95+'] as const;

/** A day from 1 Sept 2019 to the end of 2027. */
const day = fc.integer({ min: 0, max: 3040 }).map((n) => plusDays('2019-09-01', n));

/** A valid contract whose objective the library can set (Avenant 7, 1/3 ETP: full table) or the contract gives. */
const contract = fc
  .record({
    signedOn: day,
    hireDelay: fc.integer({ min: 0, max: 200 }),
    option: fc.constantFrom('1/3', '1/2', '1'),
    band: fc.constantFrom(...BANDS),
    startingPatients: fc.integer({ min: 0, max: 6000 }),
    extra: fc.integer({ min: 0, max: 2000 }),
  })
  .filter((c) => !(c.option === '1/3' && c.signedOn >= '2023-05-01'))
  .map((c) => ({
    signedOn: c.signedOn,
    hiredOn: plusDays(c.signedOn, c.hireDelay),
    option: c.option,
    band: c.band,
    startingPatients: c.startingPatients,
    objective: { targetPatients: c.startingPatients + c.extra },
  }));

const year = fc.integer({ min: 1, max: 5 });
const reached = fc.integer({ min: 0, max: 10000 });

describe('properties of the aid', () => {
  it('the amount is never above the ceiling nor below zero, and is a whole number of cents', () => {
    fc.assert(
      fc.property(contract, year, reached, (c, y, r) => {
        const aid = am.yearlyAid({ ...c, year: y, achievement: { reachedPatients: r } });
        expect(aid.amount!.greaterThan(aid.ceiling)).toBe(false);
        expect(aid.amount!.isNegative()).toBe(false);
        expect(aid.amount!.decimalPlaces()).toBeLessThanOrEqual(2);
      }),
      { numRuns: 400 },
    );
  });

  it('the amount is non-decreasing in the patients reached', () => {
    fc.assert(
      fc.property(contract, fc.integer({ min: 3, max: 5 }), reached, fc.integer({ min: 0, max: 500 }), (c, y, r, more) => {
        const a = am.yearlyAid({ ...c, year: y, achievement: { reachedPatients: r } }).amount!;
        const b = am.yearlyAid({ ...c, year: y, achievement: { reachedPatients: r + more } }).amount!;
        expect(b.greaterThanOrEqualTo(a)).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it('at a fixed band, ceilings do not increase from year 1 to year 3 (same amount table)', () => {
    fc.assert(
      fc.property(fc.constantFrom('1/2', '1'), fc.constantFrom(...BANDS), fc.constantFrom('2019-10-01', '2024-07-01'), (option, band, signedOn) => {
        const c = (y: number) => am.yearlyAid({ signedOn, hiredOn: signedOn, option, band, year: y }).ceiling;
        expect(c(2).lessThanOrEqualTo(c(1))).toBe(true);
        expect(c(3).lessThanOrEqualTo(c(2))).toBe(true);
      }),
    );
  });

  it('the amount of a year depends only on its date table: stable across the days of a regime', () => {
    // moving signature and hiring together by a few days inside a regime and away from 22 June 2024 changes nothing
    fc.assert(
      fc.property(fc.constantFrom('1/2', '1'), fc.constantFrom(...BANDS), year, fc.integer({ min: 0, max: 20 }), (option, band, y, shift) => {
        const at = (d: string) => am.yearlyAid({ signedOn: d, hiredOn: d, option, band, year: y }).ceiling.toFixed(2);
        expect(at(plusDays('2019-10-01', shift))).toBe(at('2019-10-01'));
        expect(at(plusDays('2024-07-01', shift))).toBe(at('2024-07-01'));
      }),
    );
  });

  it('every valid input gives a result with a non-empty explanation whose sources are http(s) URLs', () => {
    fc.assert(
      fc.property(contract, year, fc.option(reached, { nil: undefined }), (c, y, r) => {
        const aid = am.yearlyAid({ ...c, year: y, ...(r === undefined ? {} : { achievement: { reachedPatients: r } }) });
        expect(aid.explanation.length).toBeGreaterThan(0);
        for (const s of aid.explanation) {
          for (const src of s.sources) {
            if (src.kind === 'caller') continue;
            expect(src.url).toMatch(/^https?:\/\//);
          }
          expect(s.label.fr.length).toBeGreaterThan(0);
          expect(s.label.en.length).toBeGreaterThan(0);
        }
        expect(aid.explanation.some((s) => s.sources.some((src) => src.url?.startsWith('http')))).toBe(true);
      }),
      { numRuns: 200 },
    );
  });

  it('every invalid input gives the validation error, never a result, a NaN or a crash', () => {
    const bad = fc.oneof(
      fc.record({ signedOn: fc.string(), hiredOn: fc.constant('2024-01-01'), option: fc.constant('1/2'), band: fc.constant('P30-P50'), year: fc.constant(1) }),
      fc.record({ signedOn: fc.constant('2024-09-01'), hiredOn: fc.constant('2024-10-01'), option: fc.string(), band: fc.constant('P30-P50'), year: fc.constant(1) }),
      fc.record({ signedOn: fc.constant('2024-09-01'), hiredOn: fc.constant('2024-10-01'), option: fc.constant('1/2'), band: fc.string(), year: fc.constant(1) }),
      fc.record({
        signedOn: fc.constant('2024-09-01'),
        hiredOn: fc.constant('2024-10-01'),
        option: fc.constant('1/2'),
        band: fc.constant('P30-P50'),
        year: fc.oneof(fc.integer({ max: 0 }), fc.double({ noInteger: true }), fc.constant(Number.NaN)),
      }),
      fc.record({
        signedOn: fc.constant('2024-09-01'),
        hiredOn: fc.constant('2024-10-01'),
        option: fc.constant('1/2'),
        band: fc.constant('P30-P50'),
        year: fc.constant(3),
        startingPatients: fc.oneof(fc.integer({ max: -1 }), fc.double({ noInteger: true }), fc.constant(Number.POSITIVE_INFINITY)),
      }),
      fc.anything(),
    );
    fc.assert(
      fc.property(bad, (input) => {
        // fc.string() may produce a valid value by chance: then a result is fine
        try {
          const r = am.yearlyAid(input as never);
          expect(r.ceiling.isFinite()).toBe(true);
        } catch (e) {
          expect(isExerciceCoordonneError(e)).toBe(true);
          const err = e as { issues: readonly { path: readonly unknown[]; expected: string }[] };
          expect(err.issues.length).toBeGreaterThan(0);
          expect(err.issues[0]!.expected.length).toBeGreaterThan(0);
        }
      }),
      { numRuns: 300 },
    );
  });
});

describe('the payment schedule (am.payment.schedule)', () => {
  const SCHEDULES = ['advance-then-balance', 'whole-then-instalments'] as const;

  it('whatever the reading, a year’s payments add up to its amount, in whole cents, none before the signature nor the hiring', () => {
    fc.assert(
      fc.property(contract, year, reached, fc.constantFrom(...SCHEDULES), fc.option(fc.integer({ min: 0, max: 100 }), { nil: undefined }), (c, y, r, schedule, share) => {
        const overrides = { 'am.payment.schedule': schedule, ...(share === undefined ? {} : { 'am.payment.year-3-plus.instalment-share': (share / 100).toString(), 'am.payment.year-1.advance-rate': (share / 100).toString() }) };
        const aid = am.yearlyAid({ ...c, year: y, achievement: { reachedPatients: r }, overrides });
        const total = aid.payments.reduce((t, p) => t.plus(p.amount), aid.amount!.minus(aid.amount!));
        expect(total.toFixed(2)).toBe(aid.amount!.toFixed(2));
        for (const p of aid.payments) {
          expect(p.amount.decimalPlaces()).toBeLessThanOrEqual(2);
          expect(p.amount.isNegative()).toBe(false);
          expect(p.date >= c.signedOn && p.date >= c.hiredOn).toBe(true);
          expect(p.year).toBe(y);
        }
        expect(aid.payments.length).toBeGreaterThan(0);
        expect(aid.payments.length).toBeLessThanOrEqual(2);
      }),
      { numRuns: 400 },
    );
  });

  it('the two readings differ only in dates: a contract’s total and its payments’ total are the same under both', () => {
    fc.assert(
      fc.property(contract, fc.array(reached, { minLength: 3, maxLength: 3 }), (c, r) => {
        const achievements = r.map((reachedPatients, i) => ({ year: 3 + i, reachedPatients }));
        const [a, b] = SCHEDULES.map((schedule) => am.simulate({ ...c, achievements, overrides: { 'am.payment.schedule': schedule } }));
        expect(b!.totals.amount!.toFixed(2)).toBe(a!.totals.amount!.toFixed(2));
        const sum = (s: am.Simulation) => s.payments.reduce((t, p) => t.plus(p.amount), s.totals.ceiling.minus(s.totals.ceiling)).toFixed(2);
        expect(sum(a!)).toBe(a!.totals.amount!.toFixed(2));
        expect(sum(b!)).toBe(b!.totals.amount!.toFixed(2));
      }),
      { numRuns: 150 },
    );
  });
});
