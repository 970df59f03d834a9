/**
 * Euro amounts on decimal.js.
 *
 * The library never changes decimal.js's global configuration (that would change the host
 * application's numbers): it works with a private clone, {@link Dec}, with 40 significant digits and
 * half-up rounding. Rounding to the cent happens only where a rule says so, through {@link roundToCent}.
 *
 * Amounts in results are `Decimal` values rounded to the cent whose JSON form is a string with two
 * decimals (`"11000.00"`), made by {@link euro}.
 */
import { Decimal } from 'decimal.js';
import { invalid } from './errors.js';
import { decimalIn, euroIn } from './format.js';

/** The library's private decimal constructor (a clone: never the global one). */
export const Dec = Decimal.clone({ precision: 40, rounding: Decimal.ROUND_HALF_UP, toExpNeg: -30, toExpPos: 40 });

export { Decimal };

/** What a caller may pass for a decimal quantity: a decimal string, an integer number, or a Decimal. */
export type DecimalInput = string | number | Decimal;

const DECIMAL_STRING = /^-?(?:\d+)(?:\.\d+)?$/;

/**
 * Converts a caller's value to a {@link Dec}. Strings must be plain decimals (`"1234.5"`, no exponent,
 * no thousands separator); numbers must be finite. Raises the library error naming `path` otherwise.
 */
export function toDecimal(value: unknown, path: readonly (string | number)[] = []): Decimal {
  if (Decimal.isDecimal(value)) {
    const d = new Dec(value as Decimal);
    if (!d.isFinite()) invalid(path, String(value), { en: 'a finite decimal', fr: 'un nombre décimal fini' });
    return d;
  }
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) invalid(path, value, { en: 'a finite number', fr: 'un nombre fini' });
    return new Dec(value);
  }
  if (typeof value === 'string' && DECIMAL_STRING.test(value.trim())) return new Dec(value.trim());
  return invalid(path, value, { en: 'a decimal number such as "1234.56"', fr: 'un nombre décimal tel que "1234.56"' });
}

/** Rounding modes a rule may ask for when rounding to the cent. */
export type CentRounding = 'half-up' | 'down' | 'up' | 'half-even';

const MODES: Record<CentRounding, Decimal.Rounding> = {
  'half-up': Decimal.ROUND_HALF_UP,
  down: Decimal.ROUND_DOWN,
  up: Decimal.ROUND_UP,
  'half-even': Decimal.ROUND_HALF_EVEN,
};

/** Rounds to the cent with the rule's mode (half-up when the rule says nothing more precise). */
export function roundToCent(amount: Decimal, mode: CentRounding = 'half-up'): Decimal {
  return (amount.constructor === Dec ? amount : new Dec(amount)).toDecimalPlaces(2, MODES[mode]);
}

/**
 * Like {@link euro}, for a Decimal the library has just computed (one of its own, not shared): marks it
 * as a result amount in place instead of copying it.
 */
export function euroComputed(amount: Decimal): Decimal {
  if (amount.constructor !== Dec) return euro(amount);
  if (amount.decimalPlaces() > 2) throw new RangeError(`internal: euro amount ${amount.toString()} is not a whole number of cents; round it first`);
  if (amount.isNegative() && !amount.isZero()) throw new RangeError(`internal: negative euro amount ${amount.toString()}`);
  if (!amount.isFinite()) throw new RangeError(`internal: euro amount ${amount.toString()} is not finite`);
  if (amount.isZero()) return euro(0);
  (amount as Decimal & { toJSON: () => string }).toJSON = centsJson;
  return amount;
}

function centsJson(this: Decimal): string {
  return this.toFixed(2);
}

/**
 * A euro amount for a result: must already be a whole number of cents (a rule rounded it, or it is a
 * legal figure). Returns a Decimal whose JSON form is `"1234.50"`. Raises if the amount has sub-cent
 * digits or is negative: a result never carries a fraction of a cent or a negative euro by accident.
 */
export function euro(amount: DecimalInput): Decimal {
  const d = Decimal.isDecimal(amount) ? (amount as Decimal) : toDecimal(amount);
  if (d.decimalPlaces() > 2) {
    throw new RangeError(`internal: euro amount ${d.toString()} is not a whole number of cents; round it first`);
  }
  if (d.isNegative() && !d.isZero()) {
    throw new RangeError(`internal: negative euro amount ${d.toString()}`);
  }
  if (!d.isFinite()) throw new RangeError(`internal: euro amount ${d.toString()} is not finite`);
  const out = new Dec(d.isZero() ? 0 : d) as Decimal & { toJSON: () => string };
  // An own property (not defineProperty, several times slower): the JSON form of a result amount.
  out.toJSON = centsJson;
  return out;
}

/** A signed euro amount (a difference between two scenarios, a balance to recover). */
export function signedEuro(amount: DecimalInput): Decimal {
  const d = toDecimal(amount);
  if (!d.equals(d.toDecimalPlaces(2))) {
    throw new RangeError(`internal: euro amount ${d.toString()} is not a whole number of cents; round it first`);
  }
  const out = new Dec(d.isZero() ? 0 : d) as Decimal & { toJSON: () => string };
  out.toJSON = centsJson;
  return out;
}

/** Sum of amounts (exact). */
export function sum(amounts: Iterable<Decimal>): Decimal {
  let total = new Dec(0);
  for (const a of amounts) total = total.plus(a);
  return total;
}

/** The smaller of two amounts. */
export function min(a: Decimal, b: Decimal): Decimal {
  return a.lessThanOrEqualTo(b) ? new Dec(a) : new Dec(b);
}

/** The larger of two amounts. */
export function max(a: Decimal, b: Decimal): Decimal {
  return a.greaterThanOrEqualTo(b) ? new Dec(a) : new Dec(b);
}

/**
 * Splits `total` (a whole number of cents) into parts proportional to `weights`, each a whole number
 * of cents, whose sum is exactly `total` (largest-remainder method; ties go to the earlier part).
 * Used for prorata and instalments so that the parts always add up to the whole.
 */
export function allocate(total: Decimal, weights: readonly Decimal[]): Decimal[] {
  const n = weights.length;
  if (n === 0) throw new RangeError('internal: allocate() needs at least one weight');
  const totalCents = new Dec(total).times(100);
  if (!totalCents.isInteger()) throw new RangeError(`internal: allocate() needs whole cents, got ${total.toString()}`);
  let weightSum = new Dec(0);
  for (let i = 0; i < n; i++) weightSum = weightSum.plus(weights[i]!);
  if (weightSum.isZero()) throw new RangeError('internal: allocate() needs a non-zero weight');
  const cents: Decimal[] = new Array(n);
  const fractions: Decimal[] = new Array(n);
  let given = new Dec(0);
  const unit = weightSum.equals(1);
  for (let i = 0; i < n; i++) {
    const product = totalCents.times(weights[i]!);
    const exact = unit ? product : product.dividedBy(weightSum);
    const floor = exact.floor();
    cents[i] = floor;
    fractions[i] = exact.minus(floor);
    given = given.plus(floor);
  }
  let remainder = totalCents.minus(given).toNumber();
  if (remainder > 0) {
    const order = Array.from({ length: n }, (_, i) => i).sort((a, b) => fractions[b]!.comparedTo(fractions[a]!) || a - b);
    for (let k = 0; remainder > 0; k++, remainder--) {
      const i = order[k % n]!;
      cents[i] = cents[i]!.plus(1);
    }
  }
  for (let i = 0; i < n; i++) cents[i] = cents[i]!.dividedBy(100);
  return cents;
}

/** True for an amount made by {@link euro} or {@link euroComputed} (a result amount in euros). */
export function isEuroAmount(value: unknown): boolean {
  return typeof value === 'object' && value !== null && (value as { toJSON?: unknown }).toJSON === centsJson;
}

const RATIO = Symbol.for('exercice-coordonne.ratio');

/**
 * Marks a Decimal as a ratio (a share from 0 to 1, an achievement rate): it stays a Decimal in code and
 * is shown as a percentage to a person (`78,05 %`). Returns the same Decimal.
 */
export function ratioValue(value: Decimal): Decimal {
  (value as Decimal & { [RATIO]?: true })[RATIO] = true;
  return value;
}

/** True for a Decimal marked by {@link ratioValue}. */
export function isRatio(value: unknown): boolean {
  return typeof value === 'object' && value !== null && (value as { [RATIO]?: true })[RATIO] === true;
}

/**
 * Formats an amount the French way: `11 000,00 €` (`Intl.NumberFormat('fr-FR')`, fed the exact decimal
 * string: no conversion to a JavaScript number), rounded half-up to the cent.
 */
export function formatEuro(amount: Decimal, options: { symbol?: boolean } = {}): string {
  return euroIn('fr', amount, options);
}

/** Formats a decimal quantity (points, patients) the French way, exactly or rounded to `decimals`. */
export function formatDecimalFr(value: Decimal, decimals?: number): string {
  return decimalIn('fr', value, decimals);
}

