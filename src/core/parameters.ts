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
import { decimalIn, type Label } from './format.js';
import { Dec, euro } from './money.js';
import type { Decimal } from 'decimal.js';

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

export type { Label } from './format.js';

/** Units. They decide how a value (in the tables or in an override) is validated. */
export type Unit = NumericUnit | 'date' | 'boolean' | 'list' | 'choice';

/** Units of numbers (values written as decimal strings). */
export type NumericUnit = 'EUR' | 'ratio' | 'points' | WholeUnit;

/** Units of whole numbers. */
export type WholeUnit = 'patients' | 'count' | 'days' | 'months' | 'years';

/**
 * What a number of each unit may be, whatever the parameter: how many decimals and the largest value a
 * law could mean (a figure beyond it is a typing error, never a legal figure). A parameter narrows it
 * with its own {@link Range}. `what` names the quantity only; the range is said by the error, once.
 */
export const UNIT_BOUNDS: Readonly<Record<NumericUnit, { readonly decimals: number; readonly max: string; readonly what: { readonly fr: string; readonly en: string } }>> = deepFreeze({
  EUR: { decimals: 2, max: '100000000', what: { fr: 'un montant en euros', en: 'an amount in euros' } },
  ratio: { decimals: 12, max: '1', what: { fr: 'une proportion', en: 'a ratio' } },
  points: { decimals: 6, max: '10000000', what: { fr: 'un nombre de points', en: 'a number of points' } },
  patients: { decimals: 0, max: '100000000', what: { fr: 'un nombre entier de patients', en: 'a whole number of patients' } },
  count: { decimals: 0, max: '100000000', what: { fr: 'un nombre entier', en: 'a whole number' } },
  days: { decimals: 0, max: '3660', what: { fr: 'un nombre entier de jours', en: 'a whole number of days' } },
  months: { decimals: 0, max: '600', what: { fr: 'un nombre entier de mois', en: 'a whole number of months' } },
  years: { decimals: 0, max: '100', what: { fr: 'un nombre entier d’années', en: 'a whole number of years' } },
});

/** Frozen, with every object inside: a constant of the package root that a caller cannot change for everyone. */
function deepFreeze<T extends object>(value: T): T {
  for (const v of Object.values(value)) if (typeof v === 'object' && v !== null) deepFreeze(v as object);
  return Object.freeze(value);
}

const NUMERIC_UNITS: ReadonlySet<Unit> = new Set(Object.keys(UNIT_BOUNDS) as Unit[]);

/** True for a unit whose values are numbers. */
export function isNumericUnit(unit: Unit): unit is NumericUnit {
  return NUMERIC_UNITS.has(unit);
}

/** The bounds of a number parameter, inclusive, as decimal strings (within its unit's bounds). */
export interface Range {
  readonly min?: string;
  readonly max?: string;
}

/**
 * A reading of the texts that is a rule rather than a figure (which date chooses a table, how a band
 * boundary is read): cited by explanation steps and listed in docs with its status.
 */
export interface RuleReading {
  readonly id: string;
  readonly label: Label;
  readonly status: Exclude<Status, 'unknown'>;
  readonly sources: readonly Source[];
  /** What a reader should know about the reading (in French and English). */
  readonly note?: Label;
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
  /** What a reader should know: conflicts, the reasoning of an assumption, what is unknown (in French and English). */
  readonly note?: Label;
}

/**
 * A legal figure with its history.
 *
 * `T` is the type of its values, `Id` its id, `U` its unit and `C` the values allowed for a `choice` (or
 * the items allowed in a `list`): {@link ParameterReader} returns a value typed from them.
 */
export interface Parameter<T extends ParameterValue = ParameterValue, Id extends string = string, U extends Unit = Unit, C extends string = string> {
  readonly id: Id;
  readonly label: Label;
  readonly unit: U;
  /** For unit `choice`: the values allowed; for unit `list`: the items allowed (each at most once). */
  readonly choices?: readonly C[];
  /** For a number: its bounds, inclusive (within the unit's, see {@link UNIT_BOUNDS}). */
  readonly range?: Range;
  /** Periods sorted by date, not overlapping. */
  readonly periods: readonly Period<T>[];
}

/** Declares a parameter (identity function that keeps the literal id, unit and choices for typing). */
export function parameter<const Id extends string, T extends ParameterValue, const U extends Unit, const C extends string = string>(
  p: Parameter<T, Id, U, C>,
): Parameter<T, Id, U, C> {
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
  /** The note of that period (in French and English). */
  readonly note?: Label;
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

const DECIMAL = /^\d{1,20}(?:\.\d{1,20})?$/;

/** The bounds of a number parameter: its unit's, narrowed by its own range. */
export function boundsOf(param: Parameter): { readonly decimals: number; readonly min: Decimal; readonly max: Decimal } {
  const unit = UNIT_BOUNDS[param.unit as NumericUnit];
  const unitMax = new Dec(unit.max);
  const max = param.range?.max !== undefined ? Dec.min(unitMax, new Dec(param.range.max)) : unitMax;
  const min = param.range?.min !== undefined ? new Dec(param.range.min) : new Dec(0);
  return { decimals: unit.decimals, min, max };
}

function numberExpectation(param: Parameter): Label {
  const { decimals, min, max } = boundsOf(param);
  const unit = UNIT_BOUNDS[param.unit as NumericUnit];
  const cents = decimals === 2 && param.unit === 'EUR';
  const example = max.lessThan(1000) ? max.toFixed() : '1234';
  const en = decimals === 0 ? '' : cents ? ' with at most 2 decimals (whole cents)' : ` with at most ${decimals} decimals`;
  const fr = decimals === 0 ? '' : cents ? ' avec au plus 2 décimales (des centimes entiers)' : ` avec au plus ${decimals} décimales`;
  // The range is said once, here: a unit's `what` names the quantity only (« une proportion », not « de 0 à 1 »).
  return {
    en: `${unit.what.en} from ${min.toFixed()} to ${max.toFixed()}${en}, as a decimal string such as "${example}", for parameter ${param.id}`,
    fr: `${unit.what.fr} de ${decimalIn('fr', min)} à ${decimalIn('fr', max)}${fr}, écrit comme une chaîne décimale telle que "${example}", pour le paramètre ${param.id}`,
  };
}

/** Validates one value against the parameter's unit, bounds and choices; returns the normalised value. */
export function normaliseOverride(param: Parameter, entry: OverrideEntry, path: readonly (string | number)[]): ParameterValue {
  const isEntryObject = typeof entry === 'object' && entry !== null && !Array.isArray(entry);
  if (isEntryObject && !Object.prototype.hasOwnProperty.call(entry, 'value')) {
    return invalid(path, entry, {
      en: `a value for parameter ${param.id}, or { value, source: { title, url? } }`,
      fr: `une valeur pour le paramètre ${param.id}, ou { value, source: { title, url? } }`,
    });
  }
  const raw = isEntryObject ? (entry as { value: unknown }).value : entry;
  const valuePath = isEntryObject ? [...path, 'value'] : path;
  if (isNumericUnit(param.unit)) {
    const s = typeof raw === 'number' && Number.isFinite(raw) && Math.abs(raw) < 1e21 ? String(raw) : raw;
    if (typeof s !== 'string' || !DECIMAL.test(s)) return invalid(valuePath, raw, numberExpectation(param));
    const d = new Dec(s);
    const { decimals, min, max } = boundsOf(param);
    if (d.decimalPlaces() > decimals || d.lessThan(min) || d.greaterThan(max)) return invalid(valuePath, raw, numberExpectation(param));
    return s;
  }
  switch (param.unit) {
    case 'boolean':
      if (typeof raw !== 'boolean') return invalid(valuePath, raw, { en: `true or false for parameter ${param.id}`, fr: `true ou false pour le paramètre ${param.id}` });
      return raw;
    case 'date':
      if (!isIsoDate(raw)) return invalid(valuePath, raw, { en: `an ISO date YYYY-MM-DD for parameter ${param.id}`, fr: `une date ISO AAAA-MM-JJ pour le paramètre ${param.id}` });
      return raw;
    case 'list': {
      const allowed = param.choices;
      const listed = allowed?.map((c) => JSON.stringify(c)).join(', ');
      const what: Label = allowed
        ? { en: `a list of distinct items among ${listed} for parameter ${param.id}`, fr: `une liste d’éléments distincts parmi ${listed} pour le paramètre ${param.id}` }
        : { en: `a list of distinct strings for parameter ${param.id}`, fr: `une liste de textes distincts pour le paramètre ${param.id}` };
      if (!Array.isArray(raw) || raw.length > 1000) return invalid(valuePath, raw, what);
      const seen = new Set<string>();
      for (let i = 0; i < raw.length; i++) {
        const item: unknown = raw[i];
        if (typeof item !== 'string' || (allowed && !allowed.includes(item)) || seen.has(item)) return invalid([...valuePath, i], item, what);
        seen.add(item);
      }
      return [...(raw as string[])];
    }
    case 'choice':
      if (typeof raw !== 'string' || !(param.choices ?? []).includes(raw)) {
        const listed = (param.choices ?? []).map((c) => JSON.stringify(c)).join(', ');
        return invalid(valuePath, raw, { en: `one of ${listed} for parameter ${param.id}`, fr: `l’une des valeurs ${listed} pour le paramètre ${param.id}` });
      }
      return raw;
    default:
      return invalid(valuePath, raw, { en: `a value for parameter ${param.id}`, fr: `une valeur pour le paramètre ${param.id}` });
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
        {
          en: `a date in force for "${param.label.en}" (${param.id}): ${describeCoverage(param)}`,
          fr: `une date où « ${param.label.fr} » (${param.id}) est en vigueur : ${describeCoverage(param)}`,
        },
      ),
    ]);
  }
  if (period.value === undefined) {
    throw new ExerciceCoordonneError('missing-parameter', [
      issue(
        ['overrides', param.id],
        undefined,
        {
          en: `a value for "${param.label.en}" (${param.id}), which no source known to the library gives for ${period.from}–${period.until ?? '…'}${period.note ? ` (${period.note.en})` : ''}; pass it as overrides["${param.id}"]`,
          fr: `une valeur pour « ${param.label.fr} » (${param.id}), qu’aucune source connue de la bibliothèque ne donne pour ${period.from}–${period.until ?? '…'}${period.note ? ` (${period.note.fr})` : ''} ; donnez-la dans overrides["${param.id}"]`,
        },
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
    return invalid(path, overrides, { en: 'an object keyed by parameter id', fr: 'un objet dont les clés sont des identifiants de paramètres' });
  }
  const issues = [];
  for (const id of Object.keys(overrides)) {
    const entry: unknown = (overrides as Record<string, unknown>)[id];
    const param = tbl.get(id);
    if (!param) {
      issues.push(
        issue([...path, id], entry, {
          en: `a parameter id of this scheme (see docs/unverified.md and docs/*.md), not "${id}"`,
          fr: `un identifiant de paramètre de ce dispositif (voir docs/unverified.md et le site de référence), pas « ${id} »`,
        }),
      );
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
  if (Object.keys(overrides).length === 0) return NO_OVERRIDES;
  // A copy of the caller's own entries only, without prototype: nothing inherited is ever read.
  const copy = Object.create(null) as Record<string, OverrideEntry>;
  for (const id of Object.keys(overrides)) copy[id] = (overrides as Record<string, OverrideEntry>)[id]!;
  return Object.freeze(copy) as Overrides;
}

/** True when a note has both its French and its English text. */
function hasNote(note: Label | undefined): boolean {
  return note !== undefined && note.fr.trim() !== '' && note.en.trim() !== '';
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
        if (!hasNote(period.note)) problems.push(`${where}: an unknown value needs a note saying what is missing (in French and English)`);
      } else {
        if (period.value === undefined) problems.push(`${where}: no value but status ${period.status}`);
        if (period.sources.length === 0 && period.status !== 'assumption') problems.push(`${where}: no source`);
        if (period.status !== 'verified' && !hasNote(period.note)) problems.push(`${where}: a ${period.status} value needs a note (in French and English)`);
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

/** A parameter's value at a date, converted to its type, with the resolved parameter to cite in a step. */
export interface Reading<V> {
  readonly value: V;
  readonly resolved: Resolved;
}

type Path = readonly (string | number)[];

/** Readings of the tables' periods (periods are immutable data), one map per conversion. */
const STORED_READINGS = new WeakMap<Period, Reading<unknown>>();
const DECIMAL_READINGS = new WeakMap<Period, Reading<unknown>>();
const NUMBER_READINGS = new WeakMap<Period, Reading<unknown>>();
const EURO_READINGS = new WeakMap<Period, Reading<unknown>>();

// Converters of stored values, made once (not a closure per read).
const TO_DECIMAL = (v: ParameterValue): Decimal => new Dec(v as string);
const TO_NUMBER = (v: ParameterValue): number => Number(v);
const TO_EURO = (v: ParameterValue): Decimal => euro(v as string);
const AS_STORED = (v: ParameterValue): ParameterValue => v;

/**
 * Reads a scheme's parameters at one date with the caller's overrides: the one way every scheme reads a
 * legal figure. Each method is typed by the parameter's unit, so no caller casts a value: `decimal` for a
 * number, `whole` for a whole number, `choice`, `list`, `flag` and `date`. A date no period covers raises
 * `not-in-force` naming `datePath`; a value no source gives raises `missing-parameter`.
 */
export class ParameterReader {
  constructor(
    /** The date the figures are read at. */
    readonly on: IsoDate,
    /** The caller's overrides, checked (see {@link checkOverrides}). */
    readonly overrides: Overrides = NO_OVERRIDES,
    /** Path of the input field that set `on`, named in errors. */
    readonly datePath: Path = ['on'],
  ) {}

  /** The same overrides at another date (a contract year's first day, a mission's start). */
  at(on: IsoDate, datePath: Path = this.datePath): ParameterReader {
    return on === this.on && datePath === this.datePath ? this : new ParameterReader(on, this.overrides, datePath);
  }

  /** The parameter's value as stored (decimal string, boolean, list) with its sources. */
  resolve<T extends ParameterValue>(param: Parameter<T>): Resolved<T> {
    return valueAt(param, this.on, { overrides: this.overrides, datePath: this.datePath });
  }

  /**
   * A reading of `param`, made once per period (not for overrides) and kept in `cache`: a figure of the
   * tables is found by its period directly, without building the options of `valueAt` (hot paths read
   * several figures per computation).
   */
  #reading<V>(param: Parameter, convert: (value: ParameterValue) => V, cache: WeakMap<Period, Reading<unknown>>): Reading<V> {
    const overrides = this.overrides;
    if (overrides === NO_OVERRIDES || overrides[param.id] === undefined) {
      const period = periodAt(param, this.on);
      if (period !== undefined) {
        const cached = cache.get(period) as Reading<V> | undefined;
        if (cached !== undefined) return cached;
      }
    }
    const resolved = this.resolve(param); // raises not-in-force / missing-parameter, or reads an override
    const reading: Reading<V> = Object.freeze({ value: convert(resolved.value), resolved });
    if (resolved.status !== 'caller') cache.set(periodAt(param, this.on)!, reading);
    return reading;
  }

  /** A number (euros, ratio, points, patients, days…) as an exact Decimal. */
  decimal(param: Parameter<string, string, NumericUnit>): Reading<Decimal> {
    return this.#reading(param, TO_DECIMAL, DECIMAL_READINGS);
  }

  /**
   * An amount in euros as a result amount (whole cents, JSON `"1234.50"`, see `euro` in money.ts), made
   * once per period read: a result may carry it as it is (Decimals are immutable).
   */
  euro(param: Parameter<string, string, 'EUR'>): Reading<Decimal> {
    return this.#reading(param, TO_EURO, EURO_READINGS);
  }

  /** A whole number (patients, count, days, months, years) as a JavaScript integer (never money). */
  whole(param: Parameter<string, string, WholeUnit>): Reading<number> {
    return this.#reading(param, TO_NUMBER, NUMBER_READINGS);
  }

  /** One of the parameter's choices. */
  choice<C extends string>(param: Parameter<string, string, 'choice', C>): Reading<C> {
    return this.#reading(param, AS_STORED as (v: ParameterValue) => C, STORED_READINGS);
  }

  /** A list (of the parameter's allowed items when it names them). */
  list<C extends string>(param: Parameter<readonly string[], string, 'list', C>): Reading<readonly C[]> {
    return this.#reading(param, AS_STORED as (v: ParameterValue) => readonly C[], STORED_READINGS);
  }

  /** A yes/no rule. */
  flag(param: Parameter<boolean, string, 'boolean'>): Reading<boolean> {
    return this.#reading(param, AS_STORED as (v: ParameterValue) => boolean, STORED_READINGS);
  }

  /** A date. */
  date(param: Parameter<string, string, 'date'>): Reading<IsoDate> {
    return this.#reading(param, AS_STORED as (v: ParameterValue) => IsoDate, STORED_READINGS);
  }

  /** True when a period of the parameter covers the date (the figure exists in the text in force), or the caller overrides it. */
  inForce(param: Parameter): boolean {
    return this.overrides[param.id] !== undefined || periodAt(param, this.on) !== undefined;
  }

  /** True when the parameter has a value at the date (a period with a value, or an override); never throws. */
  hasValue(param: Parameter): boolean {
    return hasValueAt(param, this.on, this.overrides);
  }
}
