/**
 * Legal figures as dated, sourced data.
 *
 * A {@link Parameter} is one legal figure (an amount, a rate, a threshold, a date, a list) with a stable
 * dotted id, French and English labels, a unit and half-open periods `[from, until)`, each with its
 * value, its sources and a status saying how sure we are of it. Asking for a date that no period covers
 * is an error (`not-in-force`), never an extrapolation; a period whose value no source gives has
 * status `unknown` and asking for it is a `missing-parameter` error unless the caller overrides it.
 *
 * Callers override any figure by its id ({@link Overrides}); an override is validated against the
 * parameter's unit and shows in the explanation as the caller's source.
 */
import { ExerciceCoordonneError, issue, invalid } from './errors.js';
import { isIsoDate, type IsoDate } from './dates.js';

/** How sure we are of a value. */
export type Status =
  /** Read in an official text or an official (ameli, Cnam) publication. */
  | 'verified'
  /** Read only in a secondary source (union, press, private site) or with conflicting sources. */
  | 'unverified'
  /** A working hypothesis the library makes where no source gives the rule; documented, overridable. */
  | 'assumption'
  /** No source gives the value: the caller must supply it. */
  | 'unknown';

/** Where a figure comes from. */
export interface Source {
  /** The text or page, e.g. `Convention médicale 2024, art. 21` or `ameli.fr — ce qui change dès juin 2024`. */
  readonly title: string;
  /** Article, table or page of the text, when known. */
  readonly article?: string;
  /** A URL where the text can be read. */
  readonly url: string;
  /** Date the source was consulted, when recorded. */
  readonly consulted?: IsoDate;
  /** Primary (official text, ameli, Cnam) or secondary (union, press, private site). */
  readonly kind: 'primary' | 'secondary';
}

/** A French and an English label. */
export interface Label {
  readonly fr: string;
  readonly en: string;
}

/** Units. They decide how an override is validated. */
export type Unit =
  | 'EUR'
  | 'ratio'
  | 'patients'
  | 'points'
  | 'count'
  | 'days'
  | 'months'
  | 'years'
  | 'date'
  | 'boolean'
  | 'list'
  | 'choice';

const NUMERIC_UNITS: ReadonlySet<Unit> = new Set(['EUR', 'ratio', 'patients', 'points', 'count', 'days', 'months', 'years']);

/**
 * A reading of the texts that is a rule rather than a figure (which date chooses a table, how a band
 * boundary is read): cited by explanation steps and listed in docs with its status.
 */
export interface RuleReading {
  readonly id: string;
  readonly label: Label;
  readonly status: Exclude<Status, 'unknown'>;
  readonly sources: readonly Source[];
  readonly note?: string;
}

/** A value a parameter may hold: decimal strings for numbers, booleans, lists, dates, choices. */
export type ParameterValue = string | boolean | readonly string[];

/** One period `[from, until)` of a parameter. */
export interface Period<T extends ParameterValue = ParameterValue> {
  /** First day the value holds. */
  readonly from: IsoDate;
  /** First day it no longer holds; absent while in force. */
  readonly until?: IsoDate;
  /** The value; absent when no source gives it (status `unknown`). */
  readonly value?: T;
  readonly status: Status;
  readonly sources: readonly Source[];
  /** What a reader should know: conflicts, the reasoning of an assumption, what is unknown. */
  readonly note?: string;
}

/** A legal figure with its history. */
export interface Parameter<T extends ParameterValue = ParameterValue, Id extends string = string> {
  readonly id: Id;
  readonly label: Label;
  readonly unit: Unit;
  /** For unit `choice`: the values allowed. */
  readonly choices?: readonly string[];
  /** Periods sorted by date, not overlapping. */
  readonly periods: readonly Period<T>[];
}

/** Declares a parameter (identity function that keeps the literal id type for autocompletion). */
export function parameter<const Id extends string, T extends ParameterValue>(p: Parameter<T, Id>): Parameter<T, Id> {
  return p;
}

/** A caller's override: a value, or a value with the caller's own source. */
export type OverrideEntry =
  | ParameterValue
  | number
  | { readonly value: ParameterValue | number; readonly source?: { readonly title: string; readonly url?: string } };

/** Overrides keyed by parameter id. */
export type Overrides<Id extends string = string> = Partial<Readonly<Record<Id, OverrideEntry>>>;

/** The value of a parameter at a date, with where it came from. */
export interface Resolved<T extends ParameterValue = ParameterValue> {
  readonly id: string;
  readonly label: Label;
  readonly unit: Unit;
  readonly value: T;
  /** `caller` when the value is an override. */
  readonly status: Status | 'caller';
  readonly sources: readonly Source[];
  /** The period the value was read from (absent for an override). */
  readonly period?: { readonly from: IsoDate; readonly until?: IsoDate };
  readonly note?: string;
  /** The caller's source for an override. */
  readonly callerSource?: { readonly title: string; readonly url?: string };
}

/** The period of `param` in force on `on`, or `undefined`. */
export function periodAt<T extends ParameterValue>(param: Parameter<T>, on: IsoDate): Period<T> | undefined {
  const periods = param.periods;
  for (let i = 0; i < periods.length; i++) {
    const p = periods[i]!;
    if (p.from <= on && (p.until === undefined || on < p.until)) return p;
  }
  return undefined;
}

function describeCoverage(param: Parameter): string {
  return param.periods.map((p) => `[${p.from}, ${p.until ?? '…'})`).join(' ∪ ');
}

const DECIMAL = /^\d+(?:\.\d+)?$/;

/** Validates one override value against the parameter's unit; returns the normalised value. */
export function normaliseOverride(param: Parameter, entry: OverrideEntry, path: readonly (string | number)[]): ParameterValue {
  const raw = typeof entry === 'object' && entry !== null && !Array.isArray(entry) && 'value' in entry ? entry.value : entry;
  const valuePath = raw === entry ? path : [...path, 'value'];
  if (NUMERIC_UNITS.has(param.unit)) {
    const s = typeof raw === 'number' && Number.isFinite(raw) ? String(raw) : raw;
    if (typeof s !== 'string' || !DECIMAL.test(s)) {
      return invalid(valuePath, raw, `a decimal number ≥ 0 (${param.unit}) such as "1234.5" for parameter ${param.id}`);
    }
    if (s.includes('e')) return invalid(valuePath, raw, 'a plain decimal without exponent');
    if (param.unit === 'ratio' && Number(s) > 1) return invalid(valuePath, raw, `a ratio between 0 and 1 for parameter ${param.id}`);
    return s;
  }
  switch (param.unit) {
    case 'boolean':
      if (typeof raw !== 'boolean') return invalid(valuePath, raw, `true or false for parameter ${param.id}`);
      return raw;
    case 'date':
      if (!isIsoDate(raw)) return invalid(valuePath, raw, `an ISO date YYYY-MM-DD for parameter ${param.id}`);
      return raw;
    case 'list':
      if (!Array.isArray(raw) || !raw.every((x) => typeof x === 'string')) {
        return invalid(valuePath, raw, `a list of strings for parameter ${param.id}`);
      }
      return [...raw];
    case 'choice':
      if (typeof raw !== 'string' || !(param.choices ?? []).includes(raw)) {
        return invalid(valuePath, raw, `one of ${(param.choices ?? []).map((c) => JSON.stringify(c)).join(', ')} for parameter ${param.id}`);
      }
      return raw;
    default:
      return invalid(valuePath, raw, `a value for parameter ${param.id}`);
  }
}

/**
 * The value of `param` on date `on`.
 *
 * An override for the parameter's id wins (whatever the date). Otherwise the period in force is read:
 * no period → `not-in-force` error naming `datePath`; a period without value → `missing-parameter`
 * error naming the override to pass.
 */
export function valueAt<T extends ParameterValue>(
  param: Parameter<T>,
  on: IsoDate,
  options: { overrides?: Overrides | undefined; datePath?: readonly (string | number)[] } = {},
): Resolved<T> {
  const overrides = options.overrides;
  const entry = overrides === undefined || overrides === NO_OVERRIDES ? undefined : overrides[param.id];
  if (entry !== undefined) {
    const value = normaliseOverride(param, entry, ['overrides', param.id]) as T;
    const callerSource =
      typeof entry === 'object' && entry !== null && !Array.isArray(entry) && 'value' in entry ? entry.source : undefined;
    return {
      id: param.id,
      label: param.label,
      unit: param.unit,
      value,
      status: 'caller',
      sources: [],
      ...(callerSource ? { callerSource } : {}),
    };
  }
  const period = periodAt(param, on);
  if (!period) {
    throw new ExerciceCoordonneError('not-in-force', [
      issue(
        options.datePath ?? ['on'],
        on,
        `a date in force for "${param.label.en}" (${param.id}): ${describeCoverage(param)}`,
      ),
    ]);
  }
  if (period.value === undefined) {
    throw new ExerciceCoordonneError('missing-parameter', [
      issue(
        ['overrides', param.id],
        undefined,
        `a value for "${param.label.en}" (${param.id}), which no source known to the library gives for ${period.from}–${period.until ?? '…'}${period.note ? ` (${period.note})` : ''}; pass it as overrides["${param.id}"]`,
      ),
    ]);
  }
  let resolved = RESOLVED.get(period);
  if (!resolved) {
    resolved = Object.freeze({
      id: param.id,
      label: param.label,
      unit: param.unit,
      value: period.value,
      status: period.status,
      sources: period.sources,
      period: Object.freeze({ from: period.from, ...(period.until ? { until: period.until } : {}) }),
      ...(period.note ? { note: period.note } : {}),
    });
    RESOLVED.set(period, resolved);
  }
  return resolved as Resolved<T>;
}

/** No override (shared, frozen): lets `valueAt` skip the lookup. */
export const NO_OVERRIDES: Overrides = Object.freeze({});

/** Resolved values of periods, built once per period (periods are immutable data). */
const RESOLVED = new WeakMap<Period, Resolved>();

/** True when `param` has a value (or an override) on `on`; never throws. */
export function hasValueAt(param: Parameter, on: IsoDate, overrides?: Overrides): boolean {
  if (overrides?.[param.id] !== undefined) return true;
  return periodAt(param, on)?.value !== undefined;
}

/** A scheme's table: every parameter it uses, by id. */
export type ParameterTable = ReadonlyMap<string, Parameter>;

/** Builds a table from parameters, refusing duplicate ids. */
export function table(params: Iterable<Parameter>): ParameterTable {
  const map = new Map<string, Parameter>();
  for (const p of params) {
    if (map.has(p.id)) throw new Error(`internal: duplicate parameter id ${p.id}`);
    map.set(p.id, p);
  }
  return map;
}

/**
 * Checks a caller's overrides against a scheme's table: every key must be a parameter id of the table
 * and every value valid for its unit. Raises the library error naming `overrides.<id>` otherwise.
 */
export function checkOverrides(tbl: ParameterTable, overrides: unknown, path: readonly (string | number)[] = ['overrides']): Overrides {
  if (overrides === undefined) return NO_OVERRIDES;
  if (typeof overrides !== 'object' || overrides === null || Array.isArray(overrides)) {
    return invalid(path, overrides, 'an object keyed by parameter id');
  }
  const issues = [];
  for (const [id, entry] of Object.entries(overrides)) {
    const param = tbl.get(id);
    if (!param) {
      issues.push(issue([...path, id], entry, `a parameter id of this scheme (see docs/unverified.md and docs/*.md), not "${id}"`));
      continue;
    }
    try {
      normaliseOverride(param, entry as OverrideEntry, [...path, id]);
    } catch (e) {
      if (e instanceof ExerciceCoordonneError) issues.push(...e.issues);
      else throw e;
    }
  }
  if (issues.length > 0) throw new ExerciceCoordonneError('invalid-input', issues);
  return overrides as Overrides;
}

/** Problems in a table (for tests): unsorted or overlapping periods, periods without source, bad values. */
export function lintTable(tbl: ParameterTable): string[] {
  const problems: string[] = [];
  for (const p of tbl.values()) {
    if (!/^[a-z0-9]+(?:[.-][a-z0-9]+)*$/.test(p.id)) problems.push(`${p.id}: id is not a dotted lower-case slug`);
    if (p.periods.length === 0) problems.push(`${p.id}: no period`);
    p.periods.forEach((period, i) => {
      const where = `${p.id} period ${i} [${period.from}, ${period.until ?? '…'})`;
      if (!isIsoDate(period.from)) problems.push(`${where}: from is not an ISO date`);
      if (period.until !== undefined && !isIsoDate(period.until)) problems.push(`${where}: until is not an ISO date`);
      if (period.until !== undefined && period.until <= period.from) problems.push(`${where}: empty period`);
      const next = p.periods[i + 1];
      if (next && (period.until === undefined || period.until > next.from)) problems.push(`${where}: overlaps the next period`);
      if (next && next.from < period.from) problems.push(`${where}: periods not sorted`);
      if (period.status === 'unknown') {
        if (period.value !== undefined) problems.push(`${where}: status unknown but a value is set`);
        if (!period.note) problems.push(`${where}: an unknown value needs a note saying what is missing`);
      } else {
        if (period.value === undefined) problems.push(`${where}: no value but status ${period.status}`);
        if (period.sources.length === 0 && period.status !== 'assumption') problems.push(`${where}: no source`);
        if (period.status !== 'verified' && !period.note) problems.push(`${where}: a ${period.status} value needs a note`);
        if (period.value !== undefined) {
          try {
            normaliseOverride(p, period.value, [p.id]);
          } catch {
            problems.push(`${where}: value ${JSON.stringify(period.value)} does not fit unit ${p.unit}`);
          }
        }
      }
      for (const s of period.sources) {
        if (!/^https?:\/\//.test(s.url)) problems.push(`${where}: source "${s.title}" has no http(s) URL`);
      }
      if (period.status === 'verified' && !period.sources.some((s) => s.kind === 'primary')) {
        problems.push(`${where}: verified but no primary source`);
      }
    });
  }
  return problems;
}
