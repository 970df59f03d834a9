/**
 * The result model shared by every scheme.
 *
 * A result is an object whose own fields are its computed figures (amounts as `Decimal`, dates as ISO
 * strings, counts as numbers) and whose details — its `explanation` and, for a result that pays money,
 * its `payments` — are built on first read and then kept, so that a batch that reads only the figures does
 * not pay for them. The same rules hold in every scheme:
 *
 * - `JSON.stringify(result)` gives everything: the figures, then `payments`, then `explanation`; amounts
 *   are strings with two decimals (`"11000.00"`);
 * - a spread `{ ...result }` copies the computed figures only (own fields), never the details: read
 *   `result.payments` and `result.explanation` by name;
 * - in the Node REPL and `console.log` (`util.inspect`), amounts show as French euros (`8 585,37 €`),
 *   ratios as percentages (`78,05 %`), payments in full and the explanation as its count of steps;
 * - a result says what it is by its kind (`aci-msp.year`, `assistant-medical.contract`…), read with
 *   {@link resultKind} and {@link isResult}: a string on its class's prototype under a registered symbol,
 *   so that a result made by the ESM build is recognised by the CommonJS build and the other way round
 *   (`instanceof` is not: each build has its own classes). The kind is not a field: it is neither in JSON
 *   nor copied by a spread.
 */
import type { Decimal } from 'decimal.js';
import type { IsoDate } from './dates.js';
import type { Explanation } from './explain.js';
import { decimalIn, euroIn, percentIn, type Label } from './format.js';
import { isEuroAmount, isRatio } from './money.js';
import { invalid } from './errors.js';

const EXPLAIN = { en: 'a function that builds the explanation', fr: 'une fonction qui construit l’explication' } as const;

/** Key of Node's custom inspection hook (a registered symbol: no import of `node:util`). */
const INSPECT = Symbol.for('nodejs.util.inspect.custom');

/**
 * Key of a result's kind on its class's prototype: a registered symbol, the same in every copy of the
 * library (the ESM and the CommonJS builds, two installed versions), unlike a class.
 */
export const RESULT_KIND = Symbol.for('exercice-coordonne.result');

/** What a payment is, in every scheme. */
export type PaymentKind =
  /** Paid at the signature of the contract. */
  | 'signature'
  /** Paid ahead of the year's result (an *avance*, an *acompte*). */
  | 'advance'
  /** What remains due once the year's result is known (the *solde*). */
  | 'balance'
  /** The whole of a year's aid in one payment. */
  | 'annual';

/** One payment of the Assurance Maladie: when, how much, and what for. */
export interface Payment {
  /** Date the payment is due (the latest date when the text says "within"). */
  readonly date: IsoDate;
  /** Amount in euros (whole cents). */
  readonly amount: Decimal;
  readonly kind: PaymentKind;
  /** What the payment is for, in French and English. */
  readonly label: Label;
}

type InspectOptions = { readonly depth?: number | null; readonly stylize?: (text: string, style: string) => string } & Record<string, unknown>;
type Inspect = (value: unknown, options?: InspectOptions) => string;

/** A text shown as it is by `util.inspect` (no quotes), in the given style. */
function shown(text: string, style: string): object {
  return { [INSPECT]: (_depth: number, options: InspectOptions) => (options.stylize ? options.stylize(text, style) : text) };
}

function isDecimal(value: unknown): value is Decimal {
  return typeof value === 'object' && value !== null && typeof (value as Decimal).toFixed === 'function' && 'd' in value && 'e' in value;
}

/** The value as a person reads it in the REPL: amounts in French euros, ratios in percent. */
export function forDisplay(value: unknown): unknown {
  if (isDecimal(value)) {
    if (isEuroAmount(value)) return shown(euroIn('fr', value), 'number');
    if (isRatio(value)) return shown(percentIn('fr', value), 'number');
    return shown(decimalIn('fr', value.toDecimalPlaces(6)), 'number');
  }
  if (Array.isArray(value)) return value.map(forDisplay);
  if (typeof value !== 'object' || value === null || resultKind(value) !== undefined) return value;
  const proto = Object.getPrototypeOf(value) as object | null;
  if (proto !== Object.prototype && proto !== null) return value;
  const keys = Object.keys(value);
  const { fr, en } = value as { fr?: unknown; en?: unknown };
  if (keys.length === 2 && typeof fr === 'string' && typeof en === 'string') return fr; // a label: its French text
  const out: Record<string, unknown> = {};
  for (const key of keys) {
    const v = (value as Record<string, unknown>)[key];
    if (v !== undefined) out[key] = forDisplay(v);
  }
  return out;
}

/**
 * What a result is — its scheme, then what it computes: `aci-msp.year`, `assistant-medical.collective.contract`,
 * `aci-cpts.size`… — or `undefined` for anything that is not a result of the library. Holds for a result made
 * by either build of the package (ESM or CommonJS), unlike `instanceof`; a copy (a spread, a JSON round trip)
 * is not a result.
 */
export function resultKind(value: unknown): string | undefined {
  if ((typeof value !== 'object' && typeof value !== 'function') || value === null) return undefined;
  let kind: unknown;
  try {
    kind = (value as { readonly [RESULT_KIND]?: unknown })[RESULT_KIND];
  } catch {
    return undefined; // a proxy or a getter that throws: not ours
  }
  return typeof kind === 'string' ? kind : undefined;
}

/**
 * True for a result of the library (of either build), and, given `kind`, for a result of that kind only:
 * `isResult(value, 'aci-cpts.contract')`.
 */
export function isResult(value: unknown, kind?: string): value is Result {
  const k = resultKind(value);
  return k !== undefined && (kind === undefined || k === kind);
}

/**
 * The base of every result: own fields are the figures; `explanation` is built on first read (then
 * kept). Subclasses assign their figures in their constructor and say their kind (a getter under
 * {@link RESULT_KIND}, on their prototype).
 */
export abstract class Result {
  /**
   * What the result is, e.g. `aci-msp.year` (read it with {@link resultKind}): a getter on the class's
   * prototype, so neither a field, nor in JSON, nor copied by a spread.
   */
  abstract get [RESULT_KIND](): string;

  readonly #explain: () => Explanation;
  #explanation: Explanation | undefined;

  protected constructor(explain: () => Explanation) {
    if (typeof explain !== 'function') invalid(['explain'], explain, EXPLAIN);
    this.#explain = explain;
  }

  /** The steps that produced the result, each with its rule, figures and sources (built on first read). */
  get explanation(): Explanation {
    return (this.#explanation ??= this.#explain());
  }

  /** The details added after the figures in JSON and in the REPL (overridden by results with payments). */
  protected details(): Record<string, unknown> {
    return {};
  }

  /** Everything: the figures, the details and the explanation (amounts as `"1234.50"`). */
  toJSON(): Record<string, unknown> {
    return { ...(this as object), ...this.details(), explanation: this.explanation };
  }

  /** How Node's REPL and `console.log` show the result. */
  [INSPECT](depth: number, options: InspectOptions, inspect: Inspect): string {
    const name = this.constructor.name;
    if (depth < 0) return options.stylize ? options.stylize(`[${name}]`, 'special') : `[${name}]`;
    const steps = this.explanation.length;
    const display = {
      ...(forDisplay({ ...this }) as object),
      ...(forDisplay(this.details()) as object),
      explanation: shown(`[${steps} étape${steps > 1 ? 's' : ''} : .explanation]`, 'special'),
    };
    return `${name} ${inspect(display, { ...options, depth: options.depth })}`;
  }
}

/** A result that pays money: its `payments` are built on first read too. */
export abstract class PaidResult<P extends Payment = Payment> extends Result {
  readonly #pay: () => readonly P[];
  #payments: readonly P[] | undefined;

  protected constructor(explain: () => Explanation, payments: () => readonly P[]) {
    super(explain);
    if (typeof payments !== 'function') invalid(['payments'], payments, { en: 'a function that builds the payments', fr: 'une fonction qui construit les paiements' });
    this.#pay = payments;
  }

  /** The payments, in date order (empty while the amount is not known). */
  get payments(): readonly P[] {
    return (this.#payments ??= this.#pay());
  }

  protected override details(): Record<string, unknown> {
    return { payments: this.payments };
  }
}

/** A function computed on its first call only, then remembered (for details shared by payments and explanation). */
export function once<T>(compute: () => T): () => T {
  let done = false;
  let value: T;
  return () => {
    if (!done) {
      value = compute();
      done = true;
    }
    return value;
  };
}
