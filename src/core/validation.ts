/**
 * Validation at the public boundary, with zod.
 *
 * Every public function parses its input with a zod schema through {@link parseInput}; a failure becomes
 * the library's {@link ExerciceCoordonneError} with one issue per problem, each naming the field path,
 * the value received and what was expected. The field builders here carry their expectation as the
 * zod message, so that the error reads like `doctor.age: received -3, expected a whole number ≥ 0`.
 *
 * The library never calls `z.config` (global).
 */
import { Decimal } from 'decimal.js';
import { z } from 'zod';
import { ExerciceCoordonneError, issue, type Issue } from './errors.js';
import { ISO_DATE_EXPECTATION, isIsoDate } from './dates.js';
import { Dec } from './money.js';

function at(input: unknown, path: readonly PropertyKey[]): unknown {
  let cur: unknown = input;
  for (const key of path) {
    if (cur === null || typeof cur !== 'object') return undefined;
    cur = (cur as Record<PropertyKey, unknown>)[key];
  }
  return cur;
}

function toIssues(error: z.ZodError, input: unknown, prefix: readonly (string | number)[]): Issue[] {
  const out: Issue[] = [];
  for (const zi of error.issues) {
    const path = [...prefix, ...zi.path.map((p) => (typeof p === 'symbol' ? String(p) : p))];
    if (zi.code === 'unrecognized_keys') {
      const container = at(input, zi.path);
      for (const key of zi.keys) {
        out.push(issue([...path, key], (container as Record<string, unknown> | undefined)?.[key], `no field named "${key}" here; check its spelling`));
      }
      continue;
    }
    const received = 'input' in zi && zi.input !== undefined ? zi.input : at(input, zi.path);
    out.push(issue(path, received, zi.message));
  }
  return out;
}

/**
 * Parses `input` with `schema`; raises an `invalid-input` error listing every issue otherwise.
 * `prefix` is prepended to every path (e.g. `['rows', 3]` in a batch).
 */
export function parseInput<S extends z.ZodType>(schema: S, input: unknown, prefix: readonly (string | number)[] = []): z.output<S> {
  // Parse without `reportInput` (three times slower); only a failure is parsed again to report the inputs.
  const result = schema.safeParse(input);
  if (result.success) return result.data;
  const reported = schema.safeParse(input, { reportInput: true });
  throw new ExerciceCoordonneError('invalid-input', toIssues(reported.success ? result.error : reported.error, input, prefix));
}

/** An ISO calendar date `YYYY-MM-DD` that exists. */
export function isoDate() {
  return z.string({ error: ISO_DATE_EXPECTATION }).refine(isIsoDate, { error: ISO_DATE_EXPECTATION });
}

/**
 * A whole number from 0 to `max` (patients, protocols, inhabitants). Every count has a bound that no
 * real case reaches, so that a typing error is an error and not an absurd result.
 */
export function wholeCount(what = 'a whole number ≥ 0', max = 1_000_000_000) {
  return z.number({ error: what }).int({ error: what }).min(0, { error: what }).max(max, { error: what });
}

/** A whole number within `[minimum, maximum]`. */
export function wholeBetween(minimum: number, maximum: number, what = `a whole number from ${minimum} to ${maximum}`) {
  return z.number({ error: what }).int({ error: what }).min(minimum, { error: what }).max(maximum, { error: what });
}

const DECIMAL_STRING = /^\d{1,20}(?:\.\d{1,20})?$/;

function decimalLike(value: unknown): Decimal | undefined {
  if (typeof value === 'number') return Number.isFinite(value) ? new Dec(value) : undefined;
  if (typeof value === 'string') return DECIMAL_STRING.test(value) ? new Dec(value) : undefined;
  if (Decimal.isDecimal(value)) {
    const d = new Dec(value as Decimal);
    return d.isFinite() ? d : undefined;
  }
  return undefined;
}

/**
 * A ratio from 0 to 1 as a number (`0.85`) or a decimal string (`"0.85"`); parsed to an exact Decimal
 * (a number is read by its shortest decimal form, so `0.1` is exactly one tenth).
 */
export function ratio(what = 'a ratio from 0 to 1, such as 0.85') {
  return z
    .custom<number | string | Decimal>((v) => {
      const d = decimalLike(v);
      return d !== undefined && !d.isNegative() && d.lessThanOrEqualTo(1);
    }, { error: what })
    .transform((v) => decimalLike(v)!);
}

/**
 * A decimal from 0 to `max` with at most `decimals` decimals (a rate above 1, a count of points), as
 * number or decimal string; parsed to Decimal.
 */
export function nonNegativeDecimal(what = 'a decimal number ≥ 0', max = '1000000000', decimals = 12) {
  const limit = new Dec(max);
  return z
    .custom<number | string | Decimal>((v) => {
      const d = decimalLike(v);
      return d !== undefined && !d.isNegative() && d.lessThanOrEqualTo(limit) && d.decimalPlaces() <= decimals;
    }, { error: what })
    .transform((v) => decimalLike(v)!);
}

/**
 * A euro amount ≥ 0 with at most two decimals, as a decimal string (`"12500.50"`, preferred), a
 * number or a Decimal; parsed to an exact Decimal.
 */
export function euroAmount(what = 'an amount in euros from 0 to 100 000 000 with at most 2 decimals, such as "12500.50"', max = '100000000') {
  const limit = new Dec(max);
  return z
    .custom<number | string | Decimal>((v) => {
      const d = decimalLike(v);
      return d !== undefined && !d.isNegative() && d.lessThanOrEqualTo(limit) && d.decimalPlaces() <= 2;
    }, { error: what })
    .transform((v) => decimalLike(v)!);
}

/** One of a fixed list of strings, with an error listing them. */
export function oneOf<const T extends readonly [string, ...string[]]>(values: T, what?: string) {
  const expected = what ?? `one of ${values.map((v) => JSON.stringify(v)).join(', ')}`;
  return z.enum(values, { error: expected });
}

/** A boolean. */
export function bool(what = 'true or false') {
  return z.boolean({ error: what });
}

/**
 * The `overrides` field of an input: an object keyed by parameter id, passed through as it is (zod would
 * drop a `__proto__` key silently), to be checked against the scheme's table by `checkOverrides`, which
 * reports every key that is not a parameter id — `__proto__` and `constructor` included.
 */
export function overridesField() {
  return z
    .custom<Record<string, unknown>>((v) => typeof v === 'object' && v !== null && !Array.isArray(v), { error: 'an object keyed by parameter id' })
    .optional();
}
