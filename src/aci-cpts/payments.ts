/**
 * When and how much the CPAM pays (ACI 2019 art. 9; contrat type art. 6.1 and 6.2).
 *
 * - *Fonctionnement* before the missions: paid in full at signature (art. 9.1).
 * - *Fonctionnement* from the missions' start: each year at the contract anniversary, "une avance d’un
 *   montant de [cpts.payment.advance-ratio] de la somme totale due est versée au début de chaque année"; the
 *   balance is paid with the balance of the whole remuneration due for the year (contrat type art. 6.1).
 * - Each mission's fixed part: "dès la date de démarrage de chaque mission, une avance [...] de l’enveloppe
 *   [fixe] est versée", "proratisé en fonction de la durée comprise entre la date de démarrage de chaque
 *   mission et la date [anniversaire]" (contrat type art. 6.2); then at each anniversary the balance of
 *   year n−1 and the advance of year n (Senate report r25-032).
 * - The variable part and the crisis block: with the year's balance (assumption on the date).
 *
 * Each rule of the year says what is due and how it is paid (a {@link Due}); {@link paymentsOf} turns the
 * year's dues into payments, grouped by date. The unit of the prorata (days or started months) and the
 * rounding (half-up to the cent) are assumptions (`cpts.payment.prorata-unit`).
 */
import type { Decimal } from 'decimal.js';
import { daysBetween, daysInRange, plusDays, plusMonths, type DateRange, type IsoDate } from '../core/dates.js';
import { step, type LazyStep } from '../core/explain.js';
import { label, type Label } from '../core/format.js';
import { allocate, Dec, euro, roundToCent, sum } from '../core/money.js';
import type { Reading } from '../core/parameters.js';
import type { Payment as CorePayment } from '../core/result.js';
import { RULES, type MissionId } from './parameters.js';

/** A fraction of a year: `numerator / denominator` in `unit`. */
export interface Prorata {
  /** `days` (days over the days of the contract year) or `months` (started months over 12). */
  readonly unit: 'days' | 'months';
  readonly numerator: number;
  readonly denominator: number;
}

/** The anniversary that ends a contract year: the day after its last day. */
export function anniversaryEnding(year: DateRange): IsoDate {
  return plusDays(year.to, 1);
}

const MONTHS_IN_YEAR = 12;

/**
 * The share of contract year `year` that runs from `start` (inside the year) to the next anniversary:
 * in days (days from `start` to the anniversary over the days of the year, 365 or 366), or in months
 * (months from `start` to the anniversary, a started month counting in full, over 12).
 */
export function prorataOf(start: IsoDate, year: DateRange, unit: 'days' | 'months'): Prorata {
  const anniversary = anniversaryEnding(year);
  if (unit === 'days') return { unit, numerator: daysBetween(start, anniversary), denominator: daysInRange(year) };
  let months = 1;
  while (months < MONTHS_IN_YEAR && plusMonths(start, months) < anniversary) months++;
  return { unit, numerator: months, denominator: MONTHS_IN_YEAR };
}

/**
 * The prorata of a mission (or of the fonctionnement) starting on `start` in a contract year, in the unit
 * of `cpts.payment.prorata-unit`; `null` when it runs from the year's first day.
 */
export function prorataOfStart(year: { readonly on: IsoDate; readonly period: DateRange; readonly prorataUnit: Reading<'days' | 'months'> }, start: IsoDate): Prorata | null {
  return start > year.on ? prorataOf(start, year.period, year.prorataUnit.value) : null;
}

/** `amount × prorata`, rounded half-up to the cent (one rounding, on the product). */
export function prorated(amount: Decimal, prorata: Prorata | null): Decimal {
  if (prorata === null) return new Dec(amount);
  return roundToCent(new Dec(amount).times(prorata.numerator).dividedBy(prorata.denominator));
}

/** The prorata in words: `prorata 152/366 jours`. */
export function prorataWords(p: Prorata): Label {
  return label(
    (f) => `prorata ${f.num(p.numerator)}/${f.num(p.denominator)} ${p.unit === 'days' ? 'jours' : 'mois'}`,
    (f) => `prorata ${f.num(p.numerator)}/${f.num(p.denominator)} ${p.unit}`,
  );
}

/** A due amount split into its advance and its balance (parts in whole cents that add up to the amount). */
export function splitAdvance(due: Decimal, advanceRatio: Decimal): { readonly advance: Decimal; readonly balance: Decimal } {
  if (due.isZero()) return { advance: new Dec(0), balance: new Dec(0) };
  if (advanceRatio.isZero()) return { advance: new Dec(0), balance: new Dec(due) };
  if (advanceRatio.equals(1)) return { advance: new Dec(due), balance: new Dec(0) };
  const [advance, balance] = allocate(due, [advanceRatio, new Dec(1).minus(advanceRatio)]) as [Decimal, Decimal];
  return { advance, balance };
}

/** What a payment line pays for. */
export type PaymentPart = 'fonctionnement' | 'start-up' | 'fixed' | 'variable' | 'crisis-block';

/** One line of a payment: a part of the fonctionnement or of a mission. */
export interface PaymentLine {
  /** `fonctionnement` or the mission paid. */
  readonly subject: 'fonctionnement' | MissionId;
  /** `fonctionnement`, `start-up` (*versement de démarrage*), `fixed` (*part fixe*), `variable` (*part variable*) or `crisis-block`. */
  readonly part: PaymentPart;
  readonly label: Label;
  /** Amount in euros (whole cents). */
  readonly amount: Decimal;
}

/**
 * One payment by the CPAM: at signature, an advance (at the start of the year or of a mission), or the
 * balance (*solde*) of a contract year at the anniversary that ends it; with its lines.
 */
export interface Payment extends CorePayment {
  readonly kind: 'signature' | 'advance' | 'balance';
  /** The contract year the payment settles. */
  readonly contractYear: number;
  /** What it pays, part by part. */
  readonly lines: readonly PaymentLine[];
}

/**
 * What is due for one part of the year and how it is paid: in full at signature, split into an advance
 * (at `advanceDate`) and a balance (at the anniversary), or in full with the balance.
 */
export type Due =
  | { readonly subject: PaymentLine['subject']; readonly part: PaymentPart; readonly label: Label; readonly amount: Decimal; readonly paid: 'at-signature'; readonly date: IsoDate }
  | { readonly subject: PaymentLine['subject']; readonly part: PaymentPart; readonly label: Label; readonly amount: Decimal; readonly paid: 'advance-and-balance'; readonly advanceDate: IsoDate }
  | { readonly subject: PaymentLine['subject']; readonly part: PaymentPart; readonly label: Label; readonly amount: Decimal; readonly paid: 'with-balance' };

/** The facts of a contract year that its payments need. */
export interface PaymentYear {
  readonly n: number;
  readonly anniversary: IsoDate;
  readonly advanceRatio: Reading<Decimal>;
}

const KIND_ORDER: Record<Payment['kind'], number> = { signature: 0, advance: 1, balance: 2 };

function paymentLabel(kind: Payment['kind'], n: number): Label {
  switch (kind) {
    case 'signature':
      return { fr: 'Versement à la signature du contrat', en: 'Payment at the contract signature' };
    case 'advance':
      return { fr: `Avance de l’année ${n}`, en: `Advance for year ${n}` };
    default:
      return { fr: `Solde de l’année ${n}`, en: `Balance of year ${n}` };
  }
}

/**
 * Orders payments by date, then contract year (on an anniversary the balance of the year ending comes
 * before the advance of the year starting), then signature, advance, balance.
 */
export function byDate(a: Payment, b: Payment): number {
  return a.date < b.date ? -1 : a.date > b.date ? 1 : a.contractYear - b.contractYear || KIND_ORDER[a.kind] - KIND_ORDER[b.kind];
}

/**
 * The payments of a contract year: each due split as it is paid, the lines of the same date and kind
 * grouped into one payment (a line of zero is left out), in date order. The payments add up to the dues.
 */
export function paymentsOf(dues: readonly Due[], year: PaymentYear): Payment[] {
  const groups = new Map<string, { date: IsoDate; kind: Payment['kind']; lines: PaymentLine[] }>();
  const add = (date: IsoDate, kind: Payment['kind'], due: Due, amount: Decimal) => {
    if (amount.isZero()) return;
    const key = `${date}|${kind}`;
    let g = groups.get(key);
    if (!g) groups.set(key, (g = { date, kind, lines: [] }));
    g.lines.push({ subject: due.subject, part: due.part, label: due.label, amount: euro(amount) });
  };
  for (const due of dues) {
    if (due.paid === 'at-signature') add(due.date, 'signature', due, due.amount);
    else if (due.paid === 'with-balance') add(year.anniversary, 'balance', due, due.amount);
    else {
      const split = splitAdvance(due.amount, year.advanceRatio.value);
      add(due.advanceDate, 'advance', due, split.advance);
      add(year.anniversary, 'balance', due, split.balance);
    }
  }
  const payments: Payment[] = [];
  for (const g of groups.values()) {
    payments.push({ date: g.date, kind: g.kind, contractYear: year.n, label: paymentLabel(g.kind, year.n), amount: euro(sum(g.lines.map((l) => l.amount))), lines: g.lines });
  }
  payments.sort(byDate);
  const paid = sum(payments.map((p) => p.amount));
  const due = sum(dues.map((d) => d.amount));
  if (!paid.equals(due)) throw new Error(`internal: payments ${paid.toFixed(2)} do not add up to the year's dues ${due.toFixed(2)}`);
  return payments;
}

/** The step listing a year's payments (`cpts.payment.schedule`). */
export function scheduleStep(payments: () => readonly Payment[], year: PaymentYear): LazyStep {
  return () => {
    const list = payments();
    return step({
      rule: 'cpts.payment.schedule',
      label: label(
        (f) => `Versements de l’année ${year.n} : ${list.length === 0 ? 'aucun' : list.map((p) => `${f.euro(p.amount)} le ${f.date(p.date)}`).join(' ; ')}`,
        (f) => `Payments for year ${year.n}: ${list.length === 0 ? 'none' : list.map((p) => `${f.euro(p.amount)} on ${f.date(p.date)}`).join('; ')}`,
      ),
      inputs: { anniversary: year.anniversary },
      value: list.map((p) => `${p.date}: ${p.amount.toFixed(2)}`),
      uses: [year.advanceRatio.resolved],
      rules: [RULES.fonctionnementPayment, RULES.fixedPartPayment, RULES.balanceDate],
    });
  };
}
