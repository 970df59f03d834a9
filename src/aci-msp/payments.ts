/**
 * Les versements: the advance (avance) paid during the year and the balance (solde) paid once the
 * year's remuneration is known (ameli « Rémunération des maisons de santé pluriprofessionnelles »):
 *
 * - the advance is 60 % (`msp.avance.rate`) of what the structure would earn for 100 % of the socle
 *   prérequis and socle indicators over a full year, prorated by the contract date; due by 30 April of
 *   the year (`msp.avance.due-month`, `msp.avance.due-day`), or within 3 months of signature
 *   (`msp.avance.new-adherent-delay-months`) in the year the MSP joins; a new structure's advance is at
 *   least `msp.nouvelle-structure.avance` per full year;
 * - the balance is the year's remuneration less the advance, due by 30 April of the next year
 *   (`msp.solde.due-month`, `msp.solde.due-day`); negative, it is the excess advance to recover.
 */
import type { Decimal } from 'decimal.js';
import { FIRST_YEAR, LAST_YEAR, isIsoDate, plusMonths, type IsoDate } from '../core/dates.js';
import { invalid } from '../core/errors.js';
import { stage, step, type Stage } from '../core/explain.js';
import { label, type Label } from '../core/format.js';
import { euro, max as maxOf, roundToCent, signedEuro } from '../core/money.js';
import type { Parameter, Resolved, RuleReading } from '../core/parameters.js';
import type { Payment } from '../core/result.js';
import { prorate, type Fraction, type YearFacts } from './contract.js';
import { socleAtFull, type IndicatorPoints } from './indicators.js';
import {
  RULES,
  advanceDueDay,
  advanceDueMonth,
  advanceNewAdherentMonths,
  advanceRate,
  balanceDueDay,
  balanceDueMonth,
  newStructureAdvance,
} from './parameters.js';

/** A payment of the Assurance Maladie to the MSP: core {@link Payment} with the year it is for. */
export interface MspPayment extends Payment {
  /** The remuneration year (exercice) the payment is for. */
  readonly year: number;
}

/** The advance of a year. */
export interface Advance {
  /** Montant de l’avance, in euros. */
  readonly amount: Decimal;
  /** Date it is due by. */
  readonly dueBy: IsoDate;
  /** Points of the socle prérequis and socle indicators at 100 %, for a full year. */
  readonly basisPoints: Decimal;
}

/** The balance of a year. */
export interface Balance {
  /** Solde: the year's remuneration less the advance, in euros; negative when the advance is to be recovered. */
  readonly amount: Decimal;
  /** Date it is due by (the next year). */
  readonly dueBy: IsoDate;
  /** `payment` (the caisse pays), `recovery` (the caisse recovers) or `none`. */
  readonly kind: 'payment' | 'recovery' | 'none';
}

const TWO = (n: number) => String(n).padStart(2, '0');

/**
 * A due date in `year`: the month and day read from the parameters. A day the month does not have
 * (31 February) is an error naming the override that made it (the day when overridden, else the month).
 */
function dueDate(facts: YearFacts, year: number, monthParam: Parameter<string, string, 'count'>, dayParam: Parameter<string, string, 'count'>, uses: Resolved[]): IsoDate {
  const month = facts.read.whole(monthParam);
  const day = facts.read.whole(dayParam);
  uses.push(month.resolved, day.resolved);
  const date = `${String(year).padStart(4, '0')}-${TWO(month.value)}-${TWO(day.value)}`;
  if (!isIsoDate(date)) {
    // The schema keeps every year's payments within the calendar of dates: only a day the month lacks gets here.
    if (year < FIRST_YEAR || year > LAST_YEAR) invalid(facts.yearPath, facts.year, { en: `a year whose payments fall from ${FIRST_YEAR} to ${LAST_YEAR}`, fr: `une année dont les versements tombent entre ${FIRST_YEAR} et ${LAST_YEAR}` });
    const blamed = day.resolved.status === 'caller' || month.resolved.status !== 'caller' ? day : month;
    invalid(['overrides', blamed.resolved.id], blamed.value, {
      en: `a due date that exists: month ${month.value} has no day ${day.value} (${month.resolved.id}, ${day.resolved.id})`,
      fr: `une date d’échéance qui existe : le mois ${month.value} n’a pas de jour ${day.value} (${month.resolved.id}, ${day.resolved.id})`,
    });
  }
  return date;
}

/**
 * The advance of the year: `msp.avance.rate` × the socle prérequis and socle indicators at 100 % over a
 * full year × the point value (`msp.rule.avance-base`), at least the new-structure advance during the
 * disposition, prorated for a partial first year.
 */
export function advance(facts: YearFacts, indicators: readonly IndicatorPoints[], fraction: Fraction | null, inDisposition: boolean, pointValue: Decimal): Stage<Advance> {
  const { read, year, contract } = facts;
  const basis = socleAtFull(facts, indicators);
  const rate = read.decimal(advanceRate);
  const uses: Resolved[] = [...basis.uses, rate.resolved];
  const rules: RuleReading[] = [RULES.advanceBasis];
  const exactBasis = basis.points.times(pointValue);
  const basisAmount = roundToCent(exactBasis);
  const exactFull = basisAmount.times(rate.value);
  const rounded = roundToCent(exactFull);
  let full = rounded;
  let floor: Decimal | undefined;
  if (inDisposition) {
    const minimum = read.decimal(newStructureAdvance);
    uses.push(minimum.resolved);
    floor = minimum.value;
    full = maxOf(full, minimum.value);
    if (fraction) rules.push(RULES.newStructureMinimumProrata);
  }
  // The cent rounding is a reading of the library: cited when it changed the advance (not when the new-structure minimum won).
  if ((!exactBasis.equals(basisAmount) || !exactFull.equals(rounded)) && full.equals(rounded) && !(floor !== undefined && floor.greaterThan(rounded))) rules.push(RULES.euroRounding);
  const amount = euro(prorate(full, fraction));
  let dueBy: IsoDate;
  if (year === contract.signYear) {
    const delay = read.whole(advanceNewAdherentMonths);
    uses.push(delay.resolved);
    dueBy = plusMonths(contract.signedOn, delay.value);
  } else {
    dueBy = dueDate(facts, year, advanceDueMonth, advanceDueDay, uses);
  }
  return stage({ amount, dueBy, basisPoints: basis.points }, () =>
    step({
      rule: 'msp.avance',
      label: label(
        (f) =>
          `Avance : ${f.percent(rate.value)} × ${f.num(basis.points)} points socles à 100 % × ${f.euro(pointValue)}${floor ? ` (au moins ${f.euro(floor)} pour une nouvelle structure)` : ''}${fraction ? ` × ${f.num(fraction.numerator)}/${f.num(fraction.denominator)}` : ''} = ${f.euro(amount)}, due au plus tard le ${f.date(dueBy)}`,
        (f) =>
          `Advance: ${f.percent(rate.value)} × ${f.num(basis.points)} core points at 100% × ${f.euro(pointValue)}${floor ? ` (at least ${f.euro(floor)} for a new structure)` : ''}${fraction ? ` × ${f.num(fraction.numerator)}/${f.num(fraction.denominator)}` : ''} = ${f.euro(amount)}, due by ${f.date(dueBy)}`,
      ),
      inputs: { indicators: [...basis.ids], basisPoints: basis.points, basisAmount: basisAmount.toFixed(2), dueBy },
      value: amount.toFixed(2),
      uses,
      rules,
    }),
  );
}

/** The balance of the year: the remuneration less the advance, due the next year. */
export function balance(facts: YearFacts, total: Decimal, advanceAmount: Decimal): Stage<Balance> {
  const uses: Resolved[] = [];
  const amount = signedEuro(total.minus(advanceAmount));
  const dueBy = dueDate(facts, facts.year + 1, balanceDueMonth, balanceDueDay, uses);
  const kind = amount.isZero() ? 'none' : amount.isNegative() ? 'recovery' : 'payment';
  return stage({ amount, dueBy, kind }, () =>
    step({
      rule: 'msp.solde',
      label: label(
        (f) => `${kind === 'recovery' ? 'Solde négatif (avance à récupérer)' : 'Solde'} : ${f.euro(total)} − ${f.euro(advanceAmount)} = ${f.euro(amount)}, au plus tard le ${f.date(dueBy)}`,
        (f) => `${kind === 'recovery' ? 'Negative balance (advance to recover)' : 'Balance'}: ${f.euro(total)} − ${f.euro(advanceAmount)} = ${f.euro(amount)}, by ${f.date(dueBy)}`,
      ),
      inputs: { total: total.toFixed(2), advance: advanceAmount.toFixed(2), dueBy },
      value: amount.toFixed(2),
      uses,
      ...(kind === 'recovery' ? { rules: [RULES.advanceRecovery] } : {}),
    }),
  );
}

/**
 * The payments of a year, in date order: the advance, then the balance (signed: negative when the caisse
 * recovers the excess advance). A payment of zero is left out.
 */
export function yearPayments(year: number, adv: Advance, bal: Balance): MspPayment[] {
  const out: MspPayment[] = [];
  if (!adv.amount.isZero()) {
    out.push({ date: adv.dueBy, amount: adv.amount, kind: 'advance', year, label: { fr: `Avance de l’exercice ${year}`, en: `Advance for ${year}` } });
  }
  if (!bal.amount.isZero()) {
    const what: Label =
      bal.kind === 'recovery'
        ? { fr: `Solde de l’exercice ${year} : avance excédentaire à récupérer`, en: `Balance for ${year}: excess advance to recover` }
        : { fr: `Solde de l’exercice ${year}`, en: `Balance for ${year}` };
    out.push({ date: bal.dueBy, amount: bal.amount, kind: 'balance', year, label: what });
  }
  return out.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
}
