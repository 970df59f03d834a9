/**
 * Calendar dates as ISO `YYYY-MM-DD` strings: day and month arithmetic with date-fns, years and the
 * day before or after on the calendar fields directly (tested against date-fns).
 *
 * Internally a date is a `Date` at noon local time, so that no result depends on the machine's time
 * zone or on a daylight-saving change at midnight; every function here takes and returns ISO strings.
 *
 * Anniversaries: the n-th anniversary of a date is computed from the original date (never year after
 * year). An anniversary of 29 February falls on 28 February in a common year and on 29 February in a
 * leap year (date-fns `addYears`). No text we implement says otherwise; docs state this convention.
 */
// One module per function: the root 'date-fns' entry costs about 130 ms to load for these three.
import { addDays } from 'date-fns/addDays';
import { addMonths } from 'date-fns/addMonths';
import { differenceInCalendarDays } from 'date-fns/differenceInCalendarDays';

/** An ISO calendar date, `YYYY-MM-DD`. */
export type IsoDate = string;

function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

function daysInMonth(year: number, month: number): number {
  return month === 2 && isLeapYear(year) ? 29 : MONTH_DAYS[month - 1]!;
}

function digit(s: string, i: number): number {
  const c = s.charCodeAt(i) - 48;
  return c >= 0 && c <= 9 ? c : -1;
}

/** The first and last calendar years of a date the library reads (a bound of the calendar, not a legal figure). */
export const FIRST_YEAR = 1900;
export const LAST_YEAR = 2200;
/** The last day of the library's calendar: no input or result date comes after it. */
export const LAST_DATE = `${LAST_YEAR}-12-31` as IsoDate;

/** True for a real calendar date written `YYYY-MM-DD` (so `2023-02-29` is false). */
export function isIsoDate(value: unknown): value is IsoDate {
  if (typeof value !== 'string' || value.length !== 10 || value.charCodeAt(4) !== 45 || value.charCodeAt(7) !== 45) return false;
  const d = [digit(value, 0), digit(value, 1), digit(value, 2), digit(value, 3), digit(value, 5), digit(value, 6), digit(value, 8), digit(value, 9)];
  if (d.some((x) => x < 0)) return false;
  const year = d[0]! * 1000 + d[1]! * 100 + d[2]! * 10 + d[3]!;
  const month = d[4]! * 10 + d[5]!;
  const day = d[6]! * 10 + d[7]!;
  return year >= FIRST_YEAR && year <= LAST_YEAR && month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}

/** What the library expects of a date, for error messages. */
export const ISO_DATE_EXPECTATION = {
  en: `a real calendar date written YYYY-MM-DD (years ${FIRST_YEAR}-${LAST_YEAR})`,
  fr: `une date réelle écrite AAAA-MM-JJ (années ${FIRST_YEAR} à ${LAST_YEAR})`,
} as const;

function toDate(iso: IsoDate): Date {
  // Dates are validated at the public boundary (isIsoDate); here only the shape is checked, cheaply.
  if (iso.length !== 10 || iso.charCodeAt(4) !== 45 || iso.charCodeAt(7) !== 45) throw new RangeError(`internal: not an ISO date: ${String(iso)}`);
  return new Date(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10)), 12, 0, 0, 0);
}

const TWO_DIGITS = Array.from({ length: 32 }, (_, i) => String(i).padStart(2, '0'));

function toIso(date: Date): IsoDate {
  const y = date.getFullYear();
  const year = y >= 1000 ? String(y) : String(y).padStart(4, '0');
  return `${year}-${TWO_DIGITS[date.getMonth() + 1]}-${TWO_DIGITS[date.getDate()]}`;
}

/** `date` plus `n` days (n may be negative). */
export function plusDays(date: IsoDate, n: number): IsoDate {
  return toIso(addDays(toDate(date), n));
}

/** `date` plus `n` calendar months (end of month is kept: 31 January + 1 month = 28/29 February). */
export function plusMonths(date: IsoDate, n: number): IsoDate {
  return toIso(addMonths(toDate(date), n));
}

/**
 * `date` plus `n` years (29 February + 1 year = 28 February): the same day and month `n` years later,
 * the last day of February when that day does not exist (as date-fns `addYears`, computed on the
 * calendar fields directly).
 */
export function plusYears(date: IsoDate, n: number): IsoDate {
  const year = Number(date.slice(0, 4)) + n;
  const month = Number(date.slice(5, 7));
  const day = Number(date.slice(8, 10));
  const last = daysInMonth(year, month);
  const y = year >= 1000 ? String(year) : String(year).padStart(4, '0');
  return `${y}-${date.slice(5, 7)}-${day > last ? String(last) : date.slice(8, 10)}`;
}

function fromParts(year: number, month: number, day: number): IsoDate {
  const y = year >= 1000 ? String(year) : String(year).padStart(4, '0');
  return `${y}-${TWO_DIGITS[month]}-${TWO_DIGITS[day]}`;
}

/** The day before `date` (calendar arithmetic on the fields; same as `plusDays(date, -1)`). */
export function dayBefore(date: IsoDate): IsoDate {
  const year = Number(date.slice(0, 4));
  const month = Number(date.slice(5, 7));
  const day = Number(date.slice(8, 10));
  if (day > 1) return fromParts(year, month, day - 1);
  if (month > 1) return fromParts(year, month - 1, daysInMonth(year, month - 1));
  return fromParts(year - 1, 12, 31);
}

/** The day after `date` (calendar arithmetic on the fields; same as `plusDays(date, 1)`). */
export function dayAfter(date: IsoDate): IsoDate {
  const year = Number(date.slice(0, 4));
  const month = Number(date.slice(5, 7));
  const day = Number(date.slice(8, 10));
  if (day < daysInMonth(year, month)) return fromParts(year, month, day + 1);
  if (month < 12) return fromParts(year, month + 1, 1);
  return fromParts(year + 1, 1, 1);
}

/** Number of calendar days from `from` to `to` (positive when `to` is later). */
export function daysBetween(from: IsoDate, to: IsoDate): number {
  return differenceInCalendarDays(toDate(to), toDate(from));
}

/** The later of two dates. */
export function laterOf(a: IsoDate, b: IsoDate): IsoDate {
  return a >= b ? a : b;
}

/** The calendar year of a date. */
export function yearOf(date: IsoDate): number {
  return Number(date.slice(0, 4));
}

/** A closed range of days, `from` and `to` both included. */
export interface DateRange {
  readonly from: IsoDate;
  readonly to: IsoDate;
}

/**
 * Contract year `n` (1-based) of a contract whose years count from `start`: from the (n−1)-th
 * anniversary of `start` to the day before the n-th.
 */
export function contractYear(start: IsoDate, n: number): DateRange {
  if (!Number.isInteger(n) || n < 1) throw new RangeError(`internal: contract year must be a whole number ≥ 1, got ${n}`);
  return { from: plusYears(start, n - 1), to: dayBefore(plusYears(start, n)) };
}

/** The contract year (1-based) that contains `date`, or 0 when `date` is before `start`. */
export function contractYearOf(start: IsoDate, date: IsoDate): number {
  if (date < start) return 0;
  let n = Math.max(1, yearOf(date) - yearOf(start));
  while (n > 1 && plusYears(start, n - 1) > date) n--;
  while (plusYears(start, n) <= date) n++;
  return n;
}

/** Number of days in a closed range (both ends included). */
export function daysInRange(range: DateRange): number {
  return daysBetween(range.from, range.to) + 1;
}

