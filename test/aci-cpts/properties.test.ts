import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { sizeClass, yearlyFunding, type ContractInput, type EnvelopeSetInput, type IndicatorInput, type MissionId, type YearResultsInput } from '../../src/aci-cpts/index.js';
import { Dec, sum } from '../../src/core/money.js';
import { contractYear, plusDays } from '../../src/core/dates.js';

const RUNS = { numRuns: 250 };

/** Euros with cents, as a decimal string, from whole cents (no float arithmetic). */
const euros = (maxCents: number) => fc.integer({ min: 0, max: maxCents }).map((c) => new Dec(c).dividedBy(100).toFixed(2));

const steps = fc
  .record({
    direction: fc.constantFrom('at-least' as const, 'at-most' as const),
    thresholds: fc.uniqueArray(fc.integer({ min: 0, max: 1000 }), { minLength: 1, maxLength: 4 }),
    amounts: fc.uniqueArray(fc.integer({ min: 0, max: 1_500_000 }), { minLength: 4, maxLength: 4 }),
  })
  .map(({ direction, thresholds, amounts }) => {
    const t = [...thresholds].sort((a, b) => (direction === 'at-least' ? a - b : b - a));
    const a = [...amounts].sort((x, y) => x - y);
    return { direction, steps: t.map((threshold, k) => ({ threshold, amount: new Dec(a[k]!).dividedBy(100).toFixed(2) })) };
  });

const indicator = fc.oneof(
  euros(1_500_000).map((amount) => ({ kind: 'all-or-nothing' as const, amount })),
  steps.map((s) => ({ kind: 'steps' as const, ...s })),
);

const MISSIONS: MissionId[] = ['acces', 'parcours', 'prevention', 'qualite', 'accompagnement', 'crise'];

/**
 * A size-1 to size-4 contract after avenant 2, with envelopes written in the contract (below the 580 000 € ceiling),
 * signed from the day the crisis mission takes effect (cpts.crise.effective-date), so that any mission may start on
 * any day from the signature.
 */
const contract: fc.Arbitrary<ContractInput> = fc
  .record({
    signedOn: fc.integer({ min: 0, max: 3000 }).map((d) => plusDays('2022-09-03', d)),
    population: fc.integer({ min: 0, max: 300000 }),
    missions: fc.subarray(MISSIONS, { minLength: 1 }),
    starts: fc.array(fc.integer({ min: 0, max: 1800 }), { minLength: 6, maxLength: 6 }),
    indicators: fc.array(fc.array(indicator, { maxLength: 4 }), { minLength: 6, maxLength: 6 }),
    fixed: fc.array(euros(4_000_000), { minLength: 6, maxLength: 6 }),
    variable: fc.array(euros(3_000_000), { minLength: 6, maxLength: 6 }),
    fonctionnement: euros(9_000_000),
    crisisBlock: euros(6_000_000),
  })
  .map((g) => {
    const envelopes: Record<string, unknown> = { fonctionnement: g.fonctionnement };
    const missions = g.missions.map((m, i) => {
      envelopes[m] = m === 'crise' ? { planWriting: g.fixed[i]!, crisisBlock: g.crisisBlock } : { fixed: g.fixed[i]!, variable: g.variable[i]! };
      const indicators: IndicatorInput[] = m === 'crise' ? [] : g.indicators[i]!.map((ind, j) => ({ id: `${m}.${j}`, ...ind }));
      return { mission: m, start: plusDays(g.signedOn, g.starts[i]!), indicators };
    });
    return { signedOn: g.signedOn, population: g.population, missions, envelopes: envelopes as EnvelopeSetInput };
  });

/** Results for contract year `n`: a result for some indicators of the missions running that year. */
function resultsFor(c: ContractInput, n: number): fc.Arbitrary<YearResultsInput> {
  const end = contractYear(c.signedOn, n).to;
  const running = c.missions.filter((m) => m.start <= end);
  const entries = running.flatMap((m) =>
    (m.indicators ?? []).map((ind) =>
      fc
        .option(ind.kind === 'all-or-nothing' ? fc.boolean().map((v): boolean | number => v) : fc.integer({ min: 0, max: 1100 }).map((v): boolean | number => v), { nil: undefined })
        .map((v) => [ind.id, v] as const),
    ),
  );
  const crisisRunning = running.some((m) => m.mission === 'crise');
  return fc.record({ entries: fc.tuple(...entries), crisis: crisisRunning ? fc.boolean() : fc.constant(false) }).map(({ entries: es, crisis }) => ({
    indicators: Object.fromEntries(es.flatMap(([id, v]) => (v === undefined ? [] : [[id, v] as const]))),
    crisisDeclared: crisis,
  }));
}

const contractYearAndResults = contract.chain((c) =>
  fc.integer({ min: 1, max: 5 }).chain((n) => resultsFor(c, n).map((results) => ({ contract: c, year: n, results }))),
);

describe('properties of the yearly funding', () => {
  it('a mission’s variable part never exceeds its variable envelope (nor the sum of its indicators)', () => {
    fc.assert(
      fc.property(contractYearAndResults, ({ contract: c, year, results }) => {
        const r = yearlyFunding({ contract: c, year, results });
        for (const m of r.missions) {
          expect(m.variable.lessThanOrEqualTo(m.variableCap)).toBe(true);
          expect(m.variableCap.lessThanOrEqualTo(m.envelopes.variable)).toBe(true);
          expect(m.variable.lessThanOrEqualTo(sum(m.indicators.map((i) => i.payout)))).toBe(true);
        }
      }),
      RUNS,
    );
  });

  it('funding is non-decreasing in indicator results (better results never pay less, mission by mission)', () => {
    const improved = contractYearAndResults.chain((x) => {
      const byId = new Map(x.contract.missions.flatMap((m) => (m.indicators ?? []).map((ind) => [ind.id, ind] as const)));
      const ids = [...byId.keys()].filter((id) => {
        const end = contractYear(x.contract.signedOn, x.year).to;
        return x.contract.missions.some((m) => m.start <= end && (m.indicators ?? []).some((i) => i.id === id));
      });
      return fc.tuple(...ids.map(() => fc.integer({ min: 0, max: 600 }))).map((deltas) => {
        const better: Record<string, boolean | number | string> = { ...(x.results.indicators ?? {}) } as Record<string, boolean | number>;
        ids.forEach((id, k) => {
          const ind = byId.get(id)!;
          const before = better[id];
          const delta = deltas[k]!;
          if (ind.kind === 'all-or-nothing') better[id] = before === true || delta % 2 === 1;
          else {
            const base = typeof before === 'number' ? before : ind.direction === 'at-most' ? 1100 : 0;
            better[id] = ind.direction === 'at-most' ? Math.max(0, base - delta) : base + delta;
          }
        });
        return { ...x, better: { ...x.results, indicators: better } as YearResultsInput };
      });
    });
    fc.assert(
      fc.property(improved, ({ contract: c, year, results, better }) => {
        const before = yearlyFunding({ contract: c, year, results });
        const after = yearlyFunding({ contract: c, year, results: better });
        expect(after.total.greaterThanOrEqualTo(before.total)).toBe(true);
        before.missions.forEach((m, i) => expect(after.missions[i]!.variable.greaterThanOrEqualTo(m.variable)).toBe(true));
      }),
      RUNS,
    );
  });

  it('the advance plus the balance of a year equal that year’s due amount (whole, per mission, never negative)', () => {
    fc.assert(
      fc.property(contractYearAndResults, ({ contract: c, year, results }) => {
        const r = yearlyFunding({ contract: c, year, results });
        const balance = sum(r.payments.filter((p) => p.kind === 'balance').map((p) => p.amount));
        const before = sum(r.payments.filter((p) => p.kind !== 'balance').map((p) => p.amount));
        expect(before.plus(balance).equals(r.total)).toBe(true);
        for (const m of r.missions) {
          const fixedLines = r.payments.flatMap((p) => p.lines).filter((l) => l.subject === m.mission && l.part === 'fixed');
          expect(sum(fixedLines.map((l) => l.amount)).equals(m.fixed)).toBe(true);
        }
        for (const p of r.payments) {
          expect(p.amount.isNegative()).toBe(false);
          expect(p.amount.times(100).isInteger()).toBe(true);
          expect(p.date >= c.signedOn).toBe(true);
        }
        expect(r.total.equals(sum([r.fonctionnement, r.startUp, ...r.missions.map((m) => m.total)]))).toBe(true);
      }),
      RUNS,
    );
  });

  it('the size class is monotone in population, whatever the boundary readings', () => {
    const choice = fc.constantFrom('lower' as const, 'upper' as const);
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 400000 }), fc.integer({ min: 0, max: 400000 }), choice, choice, choice, (a, b, c1, c2, c3) => {
        const overrides = { 'cpts.size.at-threshold.1-2': c1, 'cpts.size.at-threshold.2-3': c2, 'cpts.size.at-threshold.3-4': c3 };
        const [low, high] = a <= b ? [a, b] : [b, a];
        const sLow = sizeClass({ population: low, on: '2024-01-01', overrides }).size;
        const sHigh = sizeClass({ population: high, on: '2024-01-01', overrides }).size;
        expect(sLow).toBeLessThanOrEqual(sHigh);
      }),
      { numRuns: 500 },
    );
  });
});
