/**
 * Reading the cells of a spreadsheet the way French Excel writes them, before the library sees them:
 * dates `dd/mm/yyyy` (or ISO) become ISO, `1 200,50` becomes 1200.5, `VRAI` becomes true, `mi-temps`
 * becomes the library's `1/2`. What a column holds (its {@link CellKind}) is said by each command, as
 * data; the converter of each column is chosen once from the header, so the hot path does one cheap
 * check per cell. No legal rule here: a value the CLI does not recognise goes to the library as written,
 * and the library says what it expected.
 */

/** What a column holds. */
export type CellKind =
  /** text as written (an identifier, a slug, a name) */
  | 'text'
  /** a code in capitals, spaces and dash variants removed (`p30 – p50` → `P30-P50`) */
  | 'code'
  /** a number the library wants as a JSON number (counts, patients, years) */
  | 'number'
  /** an exact decimal the library takes as a decimal string (euro amounts, results) */
  | 'decimal'
  /** a share from 0 to 1: a decimal, or a percentage (`12,5 %` → `0.125`) */
  | 'ratio'
  /** true or false (`VRAI`, `oui`, `1`…) */
  | 'boolean'
  /** a calendar date, turned into ISO `YYYY-MM-DD` */
  | 'date'
  /** one of a few values, with aliases matched by {@link valueKey} (the assistant-médical option) */
  | 'choice'
  /** a list of such values in one cell, separated by `,` `;` or `+` (`couverture vaccinale, tuberculose`) */
  | 'list'
  /** an override of a legal parameter: as written, but a French decimal becomes a decimal string */
  | 'override'
  /** a result that is either true/false or a decimal (CPTS indicator results) */
  | 'result';

/** Why a cell could not be read. */
export type CellProblemCode = 'not-a-date' | 'no-such-date' | 'ambiguous-date' | 'time-in-date';

/** A cell that could not be read (returned, not thrown: rare, and cheap to test for). */
export class CellProblem {
  constructor(
    readonly code: CellProblemCode,
    readonly value: string,
  ) {}
}

/** Key of a header for matching: no accents, lower case; spaces, dots, dashes, underscores, apostrophes, colons, commas, parentheses and slashes alike. */
export function headerKey(header: string): string {
  return header
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[\s_.\-’'`:,()/]+/g, ' ')
    .trim();
}

/**
 * Key of a value for alias lookup: no accents, lower case, no spaces, dashes, underscores nor apostrophes
 * (`mi-temps`, `mi temps` and `Mi Temps` alike), no `h` after a number (`10 à 12 h` and `10h à 12h` alike), decimal comma as a
 * dot and no trailing zero (`0,50` → `0.5`), no trailing "ETP".
 */
export function valueKey(value: string): string {
  const key = value
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[\s\u00a0\u202f_’'\u2010-\u2015-]+/g, '')
    .replace(/etp$/, '')
    .replace(/(\d)h/g, '$1')
    .replace(/,/g, '.');
  return /^\d+\.\d+$/.test(key) ? key.replace(/0+$/, '').replace(/\.$/, '') : key;
}

// ---------------------------------------------------------------------------------------------------
// Numbers

const GROUPED = /^-?\d{1,3}(?:[ \u00a0\u202f\u2009]\d{3})+(?:[.,]\d+)?$/;
const PLAIN = /^-?\d+(?:[.,]\d+)?$/;
const SPACES = /[ \u00a0\u202f\u2009]/g;

/**
 * The decimal text of a number written the French or the English way (`1 200,5`, `1200.5`, `0,85`,
 * `-3`), or `undefined` when the cell is not such a number. Thousands are grouped by a space, a no-break
 * space or a narrow no-break space; the decimal mark is a comma or a dot.
 */
export function numberText(cell: string): string | undefined {
  let digitsOnly = cell.length > 0;
  for (let i = 0; i < cell.length; i++) {
    const c = cell.charCodeAt(i);
    if (c < 48 || c > 57) {
      digitsOnly = false;
      break;
    }
  }
  if (digitsOnly) return cell;
  if (PLAIN.test(cell)) return cell.replace(',', '.');
  if (GROUPED.test(cell)) return cell.replace(SPACES, '').replace(',', '.');
  return undefined;
}

/** A percentage's decimal text divided by 100, exactly (`12.5` → `0.125`). */
export function percentToRatio(text: string): string {
  const negative = text.startsWith('-');
  const [int = '', frac = ''] = (negative ? text.slice(1) : text).split('.');
  const padded = int.padStart(3, '0');
  const whole = padded.slice(0, -2).replace(/^0+(?=\d)/, '');
  const decimals = `${padded.slice(-2)}${frac}`.replace(/0+$/, '');
  return `${negative ? '-' : ''}${whole}${decimals ? `.${decimals}` : ''}`;
}

// ---------------------------------------------------------------------------------------------------
// Dates

const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

function isCalendarDay(year: number, month: number, day: number): boolean {
  if (month < 1 || month > 12 || day < 1) return false;
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  return day <= (month === 2 && leap ? 29 : MONTH_DAYS[month - 1]!);
}

/** The number written by the ASCII digits of `s` from `from` to `to`, or −1 when one is not a digit. */
function digits(s: string, from: number, to: number): number {
  let n = 0;
  for (let i = from; i < to; i++) {
    const c = s.charCodeAt(i) - 48;
    if (c < 0 || c > 9) return -1;
    n = n * 10 + c;
  }
  return n;
}

const pad2 = (n: number) => (n < 10 ? `0${n}` : String(n));

function iso(year: number, month: number, day: number, cell: string): string | CellProblem {
  return isCalendarDay(year, month, day) ? `${year}-${pad2(month)}-${pad2(day)}` : new CellProblem('no-such-date', cell);
}

const DAY_FIRST = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d+)$/;
const YEAR_FIRST = /^(\d{4})[/.-](\d{1,2})[/.-](\d{1,2})$/;
const TIME = /^(.+?)(?:[ T](\d{1,2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?)$/;

/**
 * The ISO form of a date written `dd/mm/yyyy` (day first, as in France; `/`, `.` or `-` between),
 * `yyyy-mm-dd` or `yyyy/mm/dd`, with an optional time of midnight (`01/03/2021 00:00`, what Excel writes
 * for a date-time cell). A day that does not exist (`31/02/2024`, `2024-13-01`), a year in two digits
 * (`03/04/05`: which part is the year?) or a time other than midnight is a {@link CellProblem}.
 */
export function isoDateOf(cell: string): string | CellProblem {
  if (cell.length === 10 && cell.charCodeAt(4) === 45 && cell.charCodeAt(7) === 45) {
    const y = digits(cell, 0, 4);
    const m = digits(cell, 5, 7);
    const d = digits(cell, 8, 10);
    if (y >= 0 && m >= 0 && d >= 0) return isCalendarDay(y, m, d) ? cell : new CellProblem('no-such-date', cell);
  }
  let date = cell;
  const timed = TIME.exec(cell);
  if (timed) {
    if (Number(timed[2]) !== 0 || Number(timed[3]) !== 0 || Number(timed[4] ?? 0) !== 0) return new CellProblem('time-in-date', cell);
    date = timed[1]!;
  }
  const dayFirst = DAY_FIRST.exec(date);
  if (dayFirst) {
    const yearText = dayFirst[3]!;
    if (yearText.length === 2) return new CellProblem('ambiguous-date', cell);
    if (yearText.length !== 4) return new CellProblem('not-a-date', cell);
    return iso(Number(yearText), Number(dayFirst[2]), Number(dayFirst[1]), cell);
  }
  const yearFirst = YEAR_FIRST.exec(date);
  if (yearFirst) return iso(Number(yearFirst[1]), Number(yearFirst[2]), Number(yearFirst[3]), cell);
  return new CellProblem('not-a-date', cell);
}

// ---------------------------------------------------------------------------------------------------
// Booleans

const TRUE_WORDS = new Set(['true', 'vrai', 'oui', '1', 'yes']);
const FALSE_WORDS = new Set(['false', 'faux', 'non', '0', 'no']);

/** true, false, or `undefined` when the cell is not a yes/no word. */
export function booleanOf(cell: string): boolean | undefined {
  const lower = cell.toLowerCase();
  if (TRUE_WORDS.has(lower)) return true;
  if (FALSE_WORDS.has(lower)) return false;
  return undefined;
}

// ---------------------------------------------------------------------------------------------------
// Converters, one per column

/** Turns a trimmed, non-empty cell into the value the library is given (or a {@link CellProblem}). */
export type Converter = (cell: string) => unknown;

const DASHES = /[\u2010-\u2015\u2212]/g;
const LIST_SEPARATORS = /[,;+]/;
const BLANKS = /\s+/g;

function code(cell: string): string {
  for (let i = 0; i < cell.length; i++) {
    const c = cell.charCodeAt(i);
    // anything but A-Z, 0-9, + and -: normalise (rare)
    if (!((c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 43 || c === 45)) return cell.toUpperCase().replace(BLANKS, '').replace(DASHES, '-');
  }
  return cell;
}

/** The converter of a column of the given kind (`values`: the aliases of a choice and their value). */
export function converterOf(kind: CellKind, values?: readonly (readonly [string, string])[]): Converter {
  switch (kind) {
    case 'number':
      return (cell) => {
        const text = numberText(cell);
        return text === undefined ? cell : Number(text);
      };
    case 'decimal':
      return (cell) => numberText(cell) ?? cell;
    case 'ratio':
      return (cell) => {
        if (cell.endsWith('%')) {
          const text = numberText(cell.slice(0, -1).trimEnd());
          return text === undefined ? cell : percentToRatio(text);
        }
        return numberText(cell) ?? cell;
      };
    case 'boolean':
      return (cell) => booleanOf(cell) ?? cell;
    case 'date':
      return isoDateOf;
    case 'code':
      return code;
    case 'choice': {
      const table = new Map<string, string>();
      for (const [alias, value] of values ?? []) {
        table.set(alias, value);
        table.set(valueKey(alias), value);
      }
      return (cell) => table.get(cell) ?? table.get(valueKey(cell)) ?? cell;
    }
    case 'list': {
      const one = converterOf('choice', values);
      return (cell) =>
        cell
          .split(LIST_SEPARATORS)
          .map((item) => item.trim())
          .filter((item) => item !== '')
          .map(one);
    }
    case 'override':
      return (cell) => {
        if (!/[,\s\u00a0\u202f]/.test(cell)) return cell;
        return numberText(cell) ?? cell;
      };
    case 'result':
      return (cell) => {
        const lower = cell.toLowerCase();
        if (lower !== '1' && lower !== '0' && TRUE_WORDS.has(lower)) return true;
        if (lower !== '1' && lower !== '0' && FALSE_WORDS.has(lower)) return false;
        return numberText(cell) ?? cell;
      };
    default:
      return (cell) => cell;
  }
}
