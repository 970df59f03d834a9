/**
 * Hostile and damaged input, shared by every scheme's robustness properties (issue 9): the contract of
 * every public function is that any input gives a result within legal bounds or the library's own error
 * naming a field — never a plain TypeError or RangeError, a NaN, a negative euro, a hang.
 */
import fc from 'fast-check';
import { expect } from 'vitest';
import { Decimal } from 'decimal.js';
import { isExerciceCoordonneError } from '../../src/core/errors.js';
import { isEuroAmount } from '../../src/core/money.js';

/**
 * The largest euro amount a contract-year may carry: 1 000 000 000 €. No text pays that much: the largest
 * yearly figures are a few hundred thousand euros (a CPTS of size 4: 580 000 €; an MSP of 200 000 patients
 * with every indicator: about 2 400 000 €), and a whole scheme's national budget is of that order. An amount
 * above it is a bug or overrides that multiply (a point value of 10⁸ € over a reference patientèle of 1).
 */
export const EURO_BOUND_PER_YEAR = new Decimal('1000000000');

/** Every euro amount of a result (figures and payments, not the explanation's strings), with where it is. */
export function euroAmountsOf(value: unknown, at = '', out: [string, Decimal][] = [], seen = new Set<unknown>()): [string, Decimal][] {
  if (typeof value !== 'object' || value === null || seen.has(value)) return out;
  seen.add(value);
  if (isEuroAmount(value)) {
    out.push([at, value as Decimal]);
    return out;
  }
  if (Decimal.isDecimal(value)) return out;
  if (Array.isArray(value)) {
    value.forEach((v, i) => euroAmountsOf(v, `${at}[${i}]`, out, seen));
    return out;
  }
  for (const key of Object.keys(value)) if (key !== 'explanation') euroAmountsOf((value as Record<string, unknown>)[key], `${at}.${key}`, out, seen);
  const payments = (value as { payments?: unknown }).payments;
  if (!Object.prototype.hasOwnProperty.call(value, 'payments') && Array.isArray(payments)) euroAmountsOf(payments, `${at}.payments`, out, seen);
  return out;
}

/** No euro amount of a result above {@link EURO_BOUND_PER_YEAR} per contract-year (a result of several years: times their number). */
export function expectPlausibleEuros(result: unknown): void {
  const years = typeof result === 'object' && result !== null && Array.isArray((result as { years?: unknown }).years) ? Math.max(1, (result as { years: unknown[] }).years.length) : 1;
  const bound = EURO_BOUND_PER_YEAR.times(years);
  for (const [at, amount] of euroAmountsOf(result)) expect(amount.abs().lessThanOrEqualTo(bound), `${at} = ${amount.toFixed(2)} € exceeds ${bound.toFixed(0)} €`).toBe(true);
}

/** Odd values a field may receive. */
export const oddValue: fc.Arbitrary<unknown> = fc.oneof(
  fc.constantFrom<unknown>(
    undefined,
    null,
    NaN,
    Infinity,
    -Infinity,
    -0,
    -1,
    0.5,
    1e308,
    2 ** 53 - 1,
    '',
    ' ',
    '1e3',
    '0x10',
    '1,5',
    '-1',
    '99999999999',
    '1000.005',
    '1'.repeat(45),
    '2024-02-30',
    '2024-13-01',
    '0000-01-01',
    '9999-12-31',
    true,
    [],
    {},
    [1, 2],
    { value: '1' },
    10n,
    Symbol('x'),
    () => 1,
    '__proto__',
    'constructor',
  ),
  fc.string({ maxLength: 12 }),
  fc.integer(),
  fc.double(),
);

/** A copy of a record with one path replaced by `value` (the path's parents are created as needed). */
export function withField(input: unknown, path: readonly (string | number)[], value: unknown): unknown {
  if (path.length === 0) return value;
  const [head, ...rest] = path;
  const base = (typeof input === 'object' && input !== null ? input : {}) as Record<string | number, unknown>;
  const copy: Record<string | number, unknown> = Array.isArray(base) ? ([...base] as unknown as Record<number, unknown>) : { ...base };
  copy[head!] = withField(base[head!], rest, value);
  return copy;
}

/** Every path to a leaf of a plain record (arrays by index). */
export function leafPaths(input: unknown, prefix: (string | number)[] = []): (string | number)[][] {
  if (typeof input !== 'object' || input === null) return [prefix];
  const entries = Array.isArray(input) ? input.map((v, i) => [i, v] as const) : Object.entries(input);
  if (entries.length === 0) return [prefix];
  return entries.flatMap(([k, v]) => leafPaths(v, [...prefix, k]));
}

/** The same record as a frozen copy, a null-prototype copy, and behind a Proxy: all must give the same result. */
export function disguises(input: Record<string, unknown>): unknown[] {
  const nullProto = Object.assign(Object.create(null) as Record<string, unknown>, input);
  return [Object.freeze({ ...input }), nullProto, new Proxy({ ...input }, {})];
}

/**
 * Runs `fn` on `input` and checks the contract: either the library's error, whose every issue names a
 * path (and JSON.stringify works on it), or a result that `check` accepts and whose JSON has no NaN,
 * no "Infinity", no negative euro amount, no date outside 1900–2200 and no euro amount above
 * {@link EURO_BOUND_PER_YEAR} per contract-year. Returns the result or undefined.
 */
export function expectResultOrLibraryError<R>(fn: () => R, check: (result: R) => void = () => {}, options: { signedAmounts?: boolean } = {}): R | undefined {
  let result: R;
  try {
    result = fn();
  } catch (e) {
    if (!isExerciceCoordonneError(e)) throw e;
    expect(e.issues.length).toBeGreaterThan(0);
    expect(() => JSON.stringify(e)).not.toThrow();
    return undefined;
  }
  const json = JSON.stringify(result);
  expect(json).not.toMatch(/NaN|Infinity|undefined-/);
  if (!options.signedAmounts) expect(json).not.toMatch(/"-\d+\.\d\d"/);
  for (const m of json.matchAll(/"(\d{4})-\d\d-\d\d"/g)) {
    const year = Number(m[1]);
    expect(year >= 1900 && year <= 2200, `date ${m[0]} in a result`).toBe(true);
  }
  expectPlausibleEuros(result);
  check(result);
  return result;
}

/** Fixed seed and run count of the robustness properties: failures reproduce. */
export const HOSTILE_RUNS = { seed: 20261129, numRuns: 300 } as const;
