/**
 * Hostile and damaged input, shared by every scheme's robustness properties (issue 9): the contract of
 * every public function is that any input gives a result within legal bounds or the library's own error
 * naming a field — never a plain TypeError or RangeError, a NaN, a negative euro, a hang.
 */
import fc from 'fast-check';
import { expect } from 'vitest';
import { isExerciceCoordonneError } from '../../src/core/errors.js';

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
 * no "Infinity", no negative euro amount and no date outside 1900–2200. Returns the result or undefined.
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
  check(result);
  return result;
}

/** Fixed seed and run count of the robustness properties: failures reproduce. */
export const HOSTILE_RUNS = { seed: 20261129, numRuns: 300 } as const;
