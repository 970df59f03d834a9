/**
 * Payment rules of the ACI CPTS (ACI 2019 art. 9; contrat type art. 6.1 and 6.2).
 *
 * - *Fonctionnement* before the missions: paid in full at signature (art. 9.1).
 * - *Fonctionnement* from the missions' start: each year at the contract anniversary, "une avance d'un
 *   montant de 75 % de la somme totale due est versée au début de chaque année"; the balance is paid with
 *   the balance of the whole remuneration due for the previous year (contrat type art. 6.1).
 * - Each mission's fixed part: "dès la date de démarrage de chaque mission, une avance d'un montant de
 *   75 % de l'enveloppe [fixe] est versée", "proratisé en fonction de la durée comprise entre la date de
 *   démarrage de chaque mission et la date [anniversaire]" (contrat type art. 6.2); then at each
 *   anniversary the balance of year n−1 and 75 % of year n (Senate report r25-032).
 *
 * Unit of the prorata (days or started months) and rounding (half-up to the cent) are assumptions.
 */
import type { Decimal } from 'decimal.js';
import { allocate, Dec, roundToCent } from '../core/money.js';
import { daysBetween, daysInRange, plusDays, plusMonths, type DateRange, type IsoDate } from '../core/dates.js';

/** A fraction of a year: `numerator / denominator` in `unit`. */
export interface Prorata {
  readonly unit: 'days' | 'months';
  readonly numerator: number;
  readonly denominator: number;
}

/**
 * The share of contract year `year` that runs from `start` (inside the year) to the next anniversary:
 * in days (days from `start` to the anniversary over the days of the year, 365 or 366), or in months
 * (months from `start` to the anniversary, a started month counting in full, over 12).
 */
export function prorataOf(start: IsoDate, year: DateRange, unit: 'days' | 'months'): Prorata {
  const anniversary = anniversaryEnding(year);
  if (unit === 'days') return { unit, numerator: daysBetween(start, anniversary), denominator: daysInRange(year) };
  const monthsInYear = 12;
  let months = 1;
  while (months < monthsInYear && plusMonths(start, months) < anniversary) months++;
  return { unit, numerator: months, denominator: monthsInYear };
}

/** The anniversary that ends a contract year: the day after its last day. */
export function anniversaryEnding(year: DateRange): IsoDate {
  return plusDays(year.to, 1);
}

/** `amount × prorata`, rounded half-up to the cent (one rounding, on the product). */
export function prorated(amount: Decimal, prorata: Prorata | null): Decimal {
  if (prorata === null) return new Dec(amount);
  return roundToCent(new Dec(amount).times(prorata.numerator).dividedBy(prorata.denominator));
}

/** A due amount split into its advance and its balance (parts in whole cents that add up to the amount). */
export function splitAdvance(due: Decimal, advanceRatio: Decimal): { advance: Decimal; balance: Decimal } {
  if (due.isZero()) return { advance: new Dec(0), balance: new Dec(0) };
  const ratio = new Dec(advanceRatio);
  if (ratio.isZero()) return { advance: new Dec(0), balance: new Dec(due) };
  if (ratio.equals(1)) return { advance: new Dec(due), balance: new Dec(0) };
  const [advance, balance] = allocate(due, [ratio, new Dec(1).minus(ratio)]) as [Decimal, Decimal];
  return { advance, balance };
}
