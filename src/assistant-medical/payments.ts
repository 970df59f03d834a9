/**
 * When and how much of a year's aid is paid (*versements*). Sources disagree and none is official: the
 * schedule is one overridable rule, `am.payment.schedule`, with one value per reading, and the figures of
 * each reading are parameters of their own (`am.payment.*`):
 *
 * - `advance-then-balance` (default): year 1 as an advance within a delay of the later of the hiring and
 *   the signature, then its balance; later years in one payment at the start or the end of the year;
 * - `whole-then-instalments`: the whole year-1 aid within a month of the later of the signature and the
 *   hiring, year 2 at its anniversary, from year 3 two instalments (the first in the middle of the year,
 *   the rest at its end).
 *
 * Instalments are whole cents that add up to the year's aid; nothing is paid before the signature.
 */
import type { Decimal } from 'decimal.js';
import { dayAfter, laterOf, plusDays, plusMonths, type DateRange, type IsoDate } from '../core/dates.js';
import { amountValue, step, stage, type Stage } from '../core/explain.js';
import { label, type Label } from '../core/format.js';
import { Dec, allocate, euro } from '../core/money.js';
import type { ParameterReader, Reading, Resolved, RuleReading } from '../core/parameters.js';
import type { Payment as CorePayment } from '../core/result.js';
import {
  PAYMENT_TIMINGS,
  RULES,
  laterYearsFirstInstalmentMonths,
  laterYearsInstalmentShare,
  laterYearsTiming,
  paymentSchedule,
  year1AdvanceDelayDays,
  year1AdvanceRate,
  year1BalanceTiming,
  year1WholeDelayMonths,
  year2Timing,
  type PaymentSchedule,
} from './parameters.js';

/** One payment of the aid: a core payment, with the contract year it pays. */
export interface Payment extends CorePayment {
  /** The contract year whose aid the payment is part of, e.g. `1`. */
  readonly year: number;
}

/** The first day of the year (`start-of-year`) or the anniversary that closes it (`end-of-year`). */
function timingDate(timing: (typeof PAYMENT_TIMINGS)[number], period: DateRange): IsoDate {
  return timing === 'start-of-year' ? period.from : dayAfter(period.to);
}

/** What the payments of a year are computed from. */
export interface PaymentFacts {
  readonly read: ParameterReader;
  readonly signedOn: IsoDate;
  readonly hiredOn: IsoDate;
  readonly year: number;
  readonly period: DateRange;
  /**
   * The readings the payment step cites besides the schedule's figures: the reading of the contract
   * years (`am.rule.contract-years` by default) and any other (the collective contract cites its own).
   */
  readonly paymentRules?: { readonly contractYears: RuleReading; readonly also: readonly RuleReading[] } | undefined;
}

const NO_PAYMENTS: Stage<readonly Payment[]> = stage(Object.freeze([]) as readonly Payment[]);

type Schedule = Reading<PaymentSchedule>;

/** Reading "advance-then-balance", year 1: an advance (a share, within a delay of the later of hiring and signature), then the balance. */
function advanceThenBalance(p: PaymentFacts, amount: Decimal, schedule: Schedule): Stage<readonly Payment[]> {
  const rate = p.read.decimal(year1AdvanceRate);
  const delay = p.read.whole(year1AdvanceDelayDays);
  const balanceTiming = p.read.choice(year1BalanceTiming);
  const [advance, balance] = allocate(amount, [rate.value, new Dec(1).minus(rate.value)]) as [Decimal, Decimal];
  // Nothing is paid before the contract exists (am.rule.payments-from-signature): the advance runs from
  // the later of the hiring and the signature, and a balance due earlier is paid at the signature.
  const from = laterOf(p.hiredOn, p.signedOn);
  const balanceDue = timingDate(balanceTiming.value, p.period);
  const moved = from !== p.hiredOn || balanceDue < p.signedOn;
  const payments: Payment[] = [
    {
      date: plusDays(from, delay.value),
      amount: euro(advance),
      kind: 'advance',
      label: label(
        (f) => `Avance de ${f.percent(rate.value)} de l’aide de l’année 1, ${f.num(delay.value)} jours après le ${f.date(from)}`,
        (f) => `Advance of ${f.percent(rate.value)} of the year-1 aid, ${f.num(delay.value)} days after ${f.date(from)}`,
      ),
      year: 1,
    },
  ];
  if (!balance.isZero()) {
    payments.push({
      date: laterOf(balanceDue, p.signedOn),
      amount: euro(balance),
      kind: 'balance',
      label: { fr: 'Solde de l’aide de l’année 1', en: 'Balance of the year-1 aid' },
      year: 1,
    });
  }
  return stage(payments, () => paymentStep(p, amount, payments, [schedule.resolved, rate.resolved, delay.resolved, balanceTiming.resolved], moved));
}

/** Reading "whole-then-instalments", year 1: the whole aid within a delay in months of the later of the signature and the hiring. */
function wholeFirstYear(p: PaymentFacts, amount: Decimal, schedule: Schedule): Stage<readonly Payment[]> {
  const delay = p.read.whole(year1WholeDelayMonths);
  const from = laterOf(p.hiredOn, p.signedOn);
  const payments: Payment[] = [
    {
      date: plusMonths(from, delay.value),
      amount,
      kind: 'annual',
      label: label(
        (f) => `Aide de l’année 1, dans les ${f.num(delay.value)} mois suivant le ${f.date(from)}`,
        (f) => `Aid of year 1, within ${f.num(delay.value)} months of ${f.date(from)}`,
      ),
      year: 1,
    },
  ];
  return stage(payments, () => paymentStep(p, amount, payments, [schedule.resolved, delay.resolved], from !== p.hiredOn));
}

const ANNUAL_LABELS: Label[] = [];
function annualLabel(year: number): Label {
  return (ANNUAL_LABELS[year] ??= label((f) => `Aide de l’année ${f.num(year)}`, (f) => `Aid of year ${f.num(year)}`));
}

/** Year 2 (both readings) and later years of "advance-then-balance": the whole aid in one payment, at the start or the end of the year. */
function oneLaterPayment(p: PaymentFacts, amount: Decimal, schedule: Schedule): Stage<readonly Payment[]> {
  const timing = p.read.choice(p.year === 2 ? year2Timing : laterYearsTiming);
  const year = p.year;
  const due = timingDate(timing.value, p.period);
  const payments: Payment[] = [
    {
      date: laterOf(due, p.signedOn),
      amount, // already a result amount (whole cents)
      kind: 'annual',
      label: annualLabel(year),
      year,
    },
  ];
  return stage(payments, () => paymentStep(p, amount, payments, [schedule.resolved, timing.resolved], due < p.signedOn));
}

/** Reading "whole-then-instalments", from year 3: a first instalment in the course of the year, the rest at its end. */
function instalments(p: PaymentFacts, amount: Decimal, schedule: Schedule): Stage<readonly Payment[]> {
  const share = p.read.decimal(laterYearsInstalmentShare);
  const months = p.read.whole(laterYearsFirstInstalmentMonths);
  const year = p.year;
  const [first, rest] = allocate(amount, [share.value, new Dec(1).minus(share.value)]) as [Decimal, Decimal];
  const firstDue = plusMonths(p.period.from, months.value);
  const restDue = timingDate('end-of-year', p.period);
  const payments: Payment[] = [
    {
      date: laterOf(firstDue, p.signedOn),
      amount: euro(first),
      kind: 'advance',
      label: label(
        (f) => `Premier acompte de ${f.percent(share.value)} de l’aide de l’année ${f.num(year)}, ${f.num(months.value)} mois après son début`,
        (f) => `First instalment of ${f.percent(share.value)} of the aid of year ${f.num(year)}, ${f.num(months.value)} months after its start`,
      ),
      year,
    },
  ];
  if (!rest.isZero()) {
    payments.push({
      date: laterOf(restDue, p.signedOn),
      amount: euro(rest),
      kind: 'balance',
      label: label((f) => `Second acompte (solde) de l’aide de l’année ${f.num(year)}`, (f) => `Second instalment (balance) of the aid of year ${f.num(year)}`),
      year,
    });
  }
  return stage(payments, () => paymentStep(p, amount, payments, [schedule.resolved, share.resolved, months.resolved], firstDue < p.signedOn));
}

function paymentStep(p: PaymentFacts, amount: Decimal, payments: readonly Payment[], uses: readonly Resolved[], fromSignature: boolean) {
  const year = p.year;
  const contractYears = p.paymentRules?.contractYears ?? RULES.contractYears;
  const also = p.paymentRules?.also ?? [];
  return step({
    rule: 'am.payment',
    label: label(
      (f) => `Versements : ${payments.map((x) => `${f.euro(x.amount)} le ${f.date(x.date)}`).join(' ; ')}`,
      (f) => `Payments: ${payments.map((x) => `${f.euro(x.amount)} on ${f.date(x.date)}`).join('; ')}`,
    ),
    inputs: { year, amount: amountValue(amount) },
    value: payments.map((x) => `${x.date}: ${amountValue(x.amount)}`),
    uses,
    rules: fromSignature ? [contractYears, RULES.paymentsFromSignature, ...also] : [contractYears, ...also],
  });
}

/**
 * The payments of a year whose aid is `amount`, with their step; none while the amount is not known
 * (a modulated year whose achievement was not given). The schedule is `am.payment.schedule`;
 * instalments are whole cents adding up to the amount.
 */
export function yearPaymentsStage(p: PaymentFacts, amount: Decimal | undefined): Stage<readonly Payment[]> {
  if (amount === undefined) return NO_PAYMENTS;
  const schedule = p.read.choice(paymentSchedule);
  if (p.year === 1) return schedule.value === 'advance-then-balance' ? advanceThenBalance(p, amount, schedule) : wholeFirstYear(p, amount, schedule);
  if (p.year === 2 || schedule.value === 'advance-then-balance') return oneLaterPayment(p, amount, schedule);
  return instalments(p, amount, schedule);
}
