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
import { ExerciceCoordonneError, expectation, issue, type Expected, type Issue } from './errors.js';
import { ISO_DATE_EXPECTATION, isIsoDate } from './dates.js';
import { Dec } from './money.js';
import { wholeIn } from './format.js';

/** The zod message of an expectation (its English text; the French one is registered for the issue). */
function msg(what: Expected): string {
  return typeof what === 'string' ? what : expectation(what);
}

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
        out.push(
          issue([...path, key], (container as Record<string, unknown> | undefined)?.[key], {
            en: `no field named "${key}" here; check its spelling`,
            fr: `aucun champ nommé « ${key} » ici : vérifiez son orthographe`,
          }),
        );
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

/**
 * Where the library's own zod types that JSON Schema cannot infer (a decimal given as a number or a
 * string, an ISO date, the overrides object) keep their JSON Schema: a registered symbol property of the
 * zod schema's definition (shared by its copies: `.describe()` and `.meta()` clone the schema, not its
 * definition), read by the generator of the package's JSON Schemas (`scripts/json-schemas.mjs`)
 * whichever copy of the library built the schema.
 */
export const JSON_SCHEMA_KEY: unique symbol = Symbol.for('exercice-coordonne.json-schema') as never;

function represented<T extends z.ZodType>(schema: T, jsonSchema: Record<string, unknown>): T {
  Object.defineProperty(schema._zod.def, JSON_SCHEMA_KEY, { value: Object.freeze(jsonSchema), enumerable: false });
  return schema;
}

/** A decimal as JSON Schema: a number in bounds, or a decimal string with at most `decimals` decimals. */
function decimalJson(max: string, decimals: number): Record<string, unknown> {
  // As the library reads a decimal string: up to 20 digits each side of the point, trailing zeros free.
  const fraction = `(?:\\.(?=\\d{1,20}$)\\d{0,${decimals}}0*)?`;
  return { anyOf: [{ type: 'number', minimum: 0, maximum: Number(max) }, { type: 'string', pattern: `^\\d{1,20}${fraction}$` }] };
}

/** An ISO calendar date `YYYY-MM-DD` that exists. */
export function isoDate() {
  const what = msg(ISO_DATE_EXPECTATION);
  return represented(z.string({ error: what }).refine(isIsoDate, { error: what }), {
    type: 'string',
    format: 'date',
    pattern: '^\\d{4}-\\d{2}-\\d{2}$',
  });
}

/**
 * A whole number from 0 to `max` (patients, protocols, inhabitants). Every count has a bound that no
 * real case reaches, so that a typing error is an error and not an absurd result.
 */
export function wholeCount(expected: Expected = { en: 'a whole number ≥ 0', fr: 'un nombre entier ≥ 0' }, max = 1_000_000_000) {
  const what = msg(expected);
  return z.number({ error: what }).int({ error: what }).min(0, { error: what }).max(max, { error: what });
}

/** A whole number within `[minimum, maximum]`. */
export function wholeBetween(minimum: number, maximum: number, expected: Expected = { en: `a whole number from ${minimum} to ${maximum}`, fr: `un nombre entier de ${wholeIn('fr', minimum)} à ${wholeIn('fr', maximum)}` }) {
  const what = msg(expected);
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
export function ratio(expected: Expected = { en: 'a ratio from 0 to 1, such as 0.85', fr: 'une proportion de 0 à 1, par exemple 0.85' }) {
  const what = msg(expected);
  const custom = z.custom<number | string | Decimal>((v) => {
    const d = decimalLike(v);
    return d !== undefined && !d.isNegative() && d.lessThanOrEqualTo(1);
  }, { error: what });
  represented(custom, { anyOf: [{ type: 'number', minimum: 0, maximum: 1 }, { type: 'string', pattern: '^(?:0{1,20}(?:\\.(?=\\d{1,20}$)\\d*)?|0{0,19}1(?:\\.(?=\\d{1,20}$)0*)?)$' }] });
  return custom.transform((v) => decimalLike(v)!);
}

/**
 * A decimal from 0 to `max` with at most `decimals` decimals (a rate above 1, a count of points), as
 * number or decimal string; parsed to Decimal.
 */
export function nonNegativeDecimal(expected: Expected = { en: 'a decimal number ≥ 0', fr: 'un nombre décimal ≥ 0' }, max = '1000000000', decimals = 12) {
  const what = msg(expected);
  const limit = new Dec(max);
  const custom = z.custom<number | string | Decimal>((v) => {
    const d = decimalLike(v);
    return d !== undefined && !d.isNegative() && d.lessThanOrEqualTo(limit) && d.decimalPlaces() <= decimals;
  }, { error: what });
  represented(custom, decimalJson(max, decimals));
  return custom.transform((v) => decimalLike(v)!);
}

/**
 * A euro amount ≥ 0 with at most two decimals, as a decimal string (`"12500.50"`, preferred), a
 * number or a Decimal; parsed to an exact Decimal.
 */
export function euroAmount(
  expected: Expected = {
    en: 'an amount in euros from 0 to 100 000 000 with at most 2 decimals, such as "12500.50"',
    fr: 'un montant en euros de 0 à 100 000 000 avec au plus 2 décimales, par exemple "12500.50"',
  },
  max = '100000000',
) {
  const what = msg(expected);
  const limit = new Dec(max);
  const custom = z.custom<number | string | Decimal>((v) => {
    const d = decimalLike(v);
    return d !== undefined && !d.isNegative() && d.lessThanOrEqualTo(limit) && d.decimalPlaces() <= 2;
  }, { error: what });
  represented(custom, decimalJson(max, 2));
  return custom.transform((v) => decimalLike(v)!);
}

/** One of a fixed list of strings, with an error listing them. */
export function oneOf<const T extends readonly [string, ...string[]]>(values: T, what?: Expected) {
  const listed = values.map((v) => JSON.stringify(v)).join(', ');
  return z.enum(values, { error: msg(what ?? { en: `one of ${listed}`, fr: `l’une des valeurs ${listed}` }) });
}

/** A boolean. */
export function bool(what: Expected = { en: 'true or false', fr: 'true ou false (vrai ou faux)' }) {
  return z.boolean({ error: msg(what) });
}

/**
 * The `overrides` field of an input: an object keyed by parameter id, passed through as it is (zod would
 * drop a `__proto__` key silently), to be checked against the scheme's table by `checkOverrides`, which
 * reports every key that is not a parameter id — `__proto__` and `constructor` included.
 */
export function overridesField() {
  const custom = z.custom<Record<string, unknown>>((v) => typeof v === 'object' && v !== null && !Array.isArray(v), {
    error: msg({ en: 'an object keyed by parameter id', fr: 'un objet dont les clés sont des identifiants de paramètres' }),
  });
  represented(custom, {
    type: 'object',
    description:
      'Overrides of legal figures, keyed by parameter id (see the parameter pages): a value (a decimal string for a number, true/false, a date, a choice, a list of strings), or { value, source: { title, url? } }.',
    additionalProperties: {
      anyOf: [
        { type: 'string' },
        { type: 'number' },
        { type: 'boolean' },
        { type: 'array', items: { type: 'string' } },
        { type: 'object', required: ['value'], properties: { value: {}, source: { type: 'object', required: ['title'], properties: { title: { type: 'string' }, url: { type: 'string' } } } } },
      ],
    },
  });
  return custom.optional();
}
