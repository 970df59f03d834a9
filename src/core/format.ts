/**
 * Numbers, amounts, rates and dates as a person reads them: French first (`11 000,00 €`, `78,05 %`,
 * `01/03/2024`), English on request (`€11,000.00`, `78.05%`, `2024-03-01`).
 *
 * One path for every text the library writes: `Intl.NumberFormat` instances built once and fed the
 * exact decimal string of a `Decimal` (never a JavaScript number, so nothing is lost to a float). Labels
 * are built with {@link label}, which hands each language its formatter, so a French label can never
 * carry an English number.
 */
import type { Decimal } from 'decimal.js';
import type { IsoDate } from './dates.js';

/** Languages of what a person reads. */
export type Lang = 'fr' | 'en';

/** A French and an English text. */
export interface Label {
  readonly fr: string;
  readonly en: string;
}

/** A decimal quantity to format: a `Decimal`, a decimal string or a safe number. */
export type Formattable = Decimal | string | number;

type Exact = Intl.StringNumericLiteral | number;

function exact(value: Formattable): Exact {
  if (typeof value === 'number' || typeof value === 'string') return value as Exact;
  return value.toFixed() as Exact;
}

const LOCALE: Record<Lang, string> = { fr: 'fr-FR', en: 'en-GB' };

// Formatters are built on first use (building one costs about 3 ms: loading the package does not pay it).
const FORMATS = new Map<string, Intl.NumberFormat>();
function cached(key: string, make: () => Intl.NumberFormat): Intl.NumberFormat {
  let nf = FORMATS.get(key);
  if (!nf) {
    nf = make();
    FORMATS.set(key, nf);
  }
  return nf;
}

function euroFormat(lang: Lang, symbol: boolean): Intl.NumberFormat {
  return cached(`${lang}|euro|${symbol}`, () =>
    new Intl.NumberFormat(LOCALE[lang], {
      ...(symbol ? { style: 'currency', currency: 'EUR' } : {}),
      minimumFractionDigits: 2,
      maximumFractionDigits: 2,
      roundingMode: 'halfExpand',
    }),
  );
}

function decimals(lang: Lang, digits: number | undefined, style: 'decimal' | 'percent'): Intl.NumberFormat {
  return cached(`${lang}|${digits ?? 'all'}|${style}`, () =>
    new Intl.NumberFormat(LOCALE[lang], {
      style,
      minimumFractionDigits: digits === undefined ? 0 : style === 'percent' ? 0 : digits,
      maximumFractionDigits: digits ?? 20,
      roundingMode: 'halfExpand',
    }),
  );
}

/** Drops the minus sign of a value that rounds to zero (`-0,00 €` → `0,00 €`). */
function unsignedZero(text: string): string {
  return /^[-\u2212]/.test(text) && !/[1-9]/.test(text) ? text.replace(/^[-\u2212]/, '') : text;
}

/** An amount in euros, rounded half-up to the cent: `11 000,00 €` (fr), `€11,000.00` (en). */
export function euroIn(lang: Lang, amount: Formattable, options: { symbol?: boolean } = {}): string {
  return unsignedZero(euroFormat(lang, options.symbol !== false).format(exact(amount)));
}

/** A decimal quantity, exactly (or rounded half-up to `digits` decimals): `1 045`, `2 212,8`. */
export function decimalIn(lang: Lang, value: Formattable, digits?: number): string {
  if (digits !== undefined) return unsignedZero(decimals(lang, digits, 'decimal').format(exact(value)));
  // Exactly: Intl groups the integer part; the fraction digits are copied (Intl stops at 20 of them).
  const text = typeof value === 'number' ? String(value) : typeof value === 'string' ? value : value.toFixed();
  const dot = text.indexOf('.');
  const whole = decimals(lang, 0, 'decimal').format((dot === -1 ? text : text.slice(0, dot)) as Exact);
  return dot === -1 ? whole : `${whole}${lang === 'fr' ? ',' : '.'}${text.slice(dot + 1)}`;
}

/**
 * A whole number with its thousands grouped as the language's formatter groups them — `10 000 000` (fr, narrow
 * no-break space), `10,000,000` (en) — written by hand, so that a module may build its messages when it loads
 * without building an `Intl` formatter.
 */
export function wholeIn(lang: Lang, n: number | string): string {
  return String(n).replace(/\B(?=(\d{3})+(?!\d))/g, lang === 'fr' ? '\u202f' : ',');
}

/** A ratio as a percentage, rounded half-up to `digits` decimals (2 by default): `78,05 %`. */
export function percentIn(lang: Lang, ratio: Formattable, digits = 2): string {
  return unsignedZero(decimals(lang, digits, 'percent').format(exact(ratio)));
}

/** A date in prose: `01/03/2024` in French, ISO `2024-03-01` in English. */
export function dateIn(lang: Lang, date: IsoDate): string {
  return lang === 'fr' ? `${date.slice(8, 10)}/${date.slice(5, 7)}/${date.slice(0, 4)}` : date;
}

/** The formatting functions of one language, handed to label builders. */
export interface Formatter {
  readonly lang: Lang;
  /** `11 000,00 €` / `€11,000.00`. */
  euro(amount: Formattable): string;
  /** `1 045` / `1,045`; `digits` rounds half-up. */
  num(value: Formattable, digits?: number): string;
  /** `78,05 %` / `78.05%`. */
  percent(ratio: Formattable, digits?: number): string;
  /** `01/03/2024` / `2024-03-01`. */
  date(date: IsoDate): string;
  /** The text of a label in this language. */
  text(label: Label): string;
  /** A list joined the language's way: `a, b et c` / `a, b and c`. */
  list(items: readonly string[]): string;
}

function formatter(lang: Lang): Formatter {
  const and = lang === 'fr' ? ' et ' : ' and ';
  return {
    lang,
    euro: (amount) => euroIn(lang, amount),
    num: (value, digits) => decimalIn(lang, value, digits),
    percent: (ratio, digits) => percentIn(lang, ratio, digits),
    date: (date) => dateIn(lang, date),
    text: (l) => l[lang],
    list: (items) => (items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')}${and}${items[items.length - 1]}`),
  };
}

/** The French formatter. */
export const FR: Formatter = formatter('fr');
/** The English formatter. */
export const EN: Formatter = formatter('en');

/**
 * Builds a label from one function per language, each given its language's formatter, so numbers come
 * out French in French and English in English:
 *
 * ```ts
 * label((f) => `Aide maximale : ${f.euro(ceiling)}`, (f) => `Maximum aid: ${f.euro(ceiling)}`)
 * ```
 */
export function label(fr: (f: Formatter) => string, en: (f: Formatter) => string): Label {
  return { fr: fr(FR), en: en(EN) };
}
