/**
 * How amounts read inside explanation labels: French labels the French way (`75 000,00 €`), English
 * labels the English way (`€75,000.00`), as in every scheme (core `euroText`).
 */
import type { Decimal } from 'decimal.js';
import { euroText, formatEuro } from '../core/money.js';
import type { Label } from '../core/parameters.js';

/** An amount for a French label. */
export function fr(amount: Decimal): string {
  return formatEuro(amount);
}

/** An amount for an English label. */
export function en(amount: Decimal): string {
  return euroText(amount, 'en');
}

/** A label stating an amount: `text: amount` in both languages. */
export function withAmount(label: Label, amount: Decimal): Label {
  return { fr: `${label.fr} : ${fr(amount)}`, en: `${label.en}: ${en(amount)}` };
}
