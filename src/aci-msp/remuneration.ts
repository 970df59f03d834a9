/**
 * La rémunération de l’exercice: the points of the year, their value in euros (points × valeur du
 * point), the prorata of a first partial year, and the year's total once the precarity majoration and
 * the new-structure complement are known (ameli « Rémunération des maisons de santé
 * pluriprofessionnelles »; Cnam guide).
 */
import type { Decimal } from 'decimal.js';
import type { IsoDate } from '../core/dates.js';
import { stage, step, type Stage } from '../core/explain.js';
import { label } from '../core/format.js';
import { Dec, euro, roundToCent } from '../core/money.js';
import { prorate, type Fraction, type ProrataBasis, type YearFacts } from './contract.js';
import type { IndicatorPoints } from './indicators.js';
import { RULES, pointValue as pointValueParameter } from './parameters.js';

/** The points of the year. */
export interface Points {
  /** Points fixes (exact). */
  readonly fixed: Decimal;
  /** Points variables (exact). */
  readonly variable: Decimal;
  /** fixed + variable. */
  readonly total: Decimal;
}

/** The prorata of a first partial year (the contract signed during the year). */
export interface Prorata {
  /** The signature date (the contract takes effect that day). */
  readonly from: IsoDate;
  /** 31 December of the year. */
  readonly to: IsoDate;
  /** Calendar days or calendar months (`msp.prorata.basis`). */
  readonly basis: ProrataBasis;
  /** Units covered by the contract, e.g. `184` days. */
  readonly numerator: number;
  /** Units in the whole year, e.g. `365` days. */
  readonly denominator: number;
  /** Amount for a full year, before the prorata (euros). */
  readonly fullYearAmount: Decimal;
}

const ZERO = new Dec(0);

/** The points paid in the year: every indicator's points when the socle prérequis is met, none otherwise. */
export function yearPoints(indicators: readonly IndicatorPoints[], paid: boolean): Stage<Points> {
  let fixed = ZERO;
  let variable = ZERO;
  if (paid) {
    for (const i of indicators) {
      fixed = fixed.plus(i.fixed);
      variable = variable.plus(i.variable);
    }
  }
  const total = fixed.plus(variable);
  return stage({ fixed, variable, total }, () =>
    step({
      rule: 'msp.points.total',
      label: label(
        (f) => `Total des points : ${f.num(fixed)} fixes + ${f.num(variable)} variables = ${f.num(total)}${paid ? '' : ' (socle prérequis non atteint)'}`,
        (f) => `Total points: ${f.num(fixed)} fixed + ${f.num(variable)} variable = ${f.num(total)}${paid ? '' : ' (core prerequisite not met)'}`,
      ),
      inputs: { fixed, variable },
      value: total,
    }),
  );
}

/** What the points are worth for a full year: points × valeur du point, rounded once to the cent. */
export function pointsValue(facts: YearFacts, points: Decimal): Stage<{ readonly pointValue: Decimal; readonly fullYearAmount: Decimal }> {
  const value = facts.read.decimal(pointValueParameter);
  const exact = points.times(value.value);
  const fullYearAmount = roundToCent(exact);
  return stage({ pointValue: euro(value.value), fullYearAmount }, () =>
    step({
      rule: 'msp.point-value',
      label: label(
        (f) => `Valeur des points : ${f.num(points)} × ${f.euro(value.value)} = ${f.euro(fullYearAmount)}`,
        (f) => `Value of the points: ${f.num(points)} × ${f.euro(value.value)} = ${f.euro(fullYearAmount)}`,
      ),
      inputs: { points, pointValue: value.value },
      value: fullYearAmount.toFixed(2),
      uses: [value.resolved],
      ...(exact.equals(fullYearAmount) ? {} : { rules: [RULES.euroRounding] }),
    }),
  );
}

/**
 * A first partial year: the year's amount prorated from the signature date to 31 December
 * (`msp.rule.premiere-annee-prorata`), in whole cents. No step for a whole year.
 */
export function firstYearProrata(facts: YearFacts, fraction: Fraction | null, fullYearAmount: Decimal): Stage<{ readonly amount: Decimal; readonly prorata: Prorata | null }> {
  if (fraction === null) return stage({ amount: fullYearAmount, prorata: null });
  const amount = prorate(fullYearAmount, fraction);
  const { numerator, denominator } = fraction;
  const basis = fraction.basis.value;
  const prorata: Prorata = { from: facts.coverageFrom, to: facts.yearEnd, basis, numerator, denominator, fullYearAmount: euro(fullYearAmount) };
  return stage({ amount, prorata }, () =>
    step({
      rule: 'msp.prorata',
      label: label(
        (f) =>
          `Première année incomplète : ${f.euro(fullYearAmount)} × ${f.num(numerator)}/${f.num(denominator)} ${basis === 'days' ? 'jours' : 'mois'} (du ${f.date(facts.coverageFrom)} au ${f.date(facts.yearEnd)}) = ${f.euro(amount)}`,
        (f) =>
          `First partial year: ${f.euro(fullYearAmount)} × ${f.num(numerator)}/${f.num(denominator)} ${basis} (from ${f.date(facts.coverageFrom)} to ${f.date(facts.yearEnd)}) = ${f.euro(amount)}`,
      ),
      inputs: { signedOn: facts.contract.signedOn, numerator, denominator, fullYearAmount: fullYearAmount.toFixed(2) },
      value: amount.toFixed(2),
      uses: [fraction.basis.resolved],
      rules: [RULES.firstYearProrata],
    }),
  );
}

/** The year's remuneration: value of the points + precarity majoration + new-structure complement. */
export function yearTotal(amount: Decimal, majoration: Decimal, topUp: Decimal): Stage<Decimal> {
  const total = euro(amount.plus(majoration).plus(topUp));
  return stage(total, () =>
    step({
      rule: 'msp.total',
      label: label(
        (f) => `Rémunération de l’exercice : ${f.euro(amount)} (points) + ${f.euro(majoration)} (majoration précarité) + ${f.euro(topUp)} (complément nouvelle structure) = ${f.euro(total)}`,
        (f) => `Remuneration for the year: ${f.euro(amount)} (points) + ${f.euro(majoration)} (precarity majoration) + ${f.euro(topUp)} (new-structure top-up) = ${f.euro(total)}`,
      ),
      inputs: { amount: amount.toFixed(2), majoration: majoration.toFixed(2), topUp: topUp.toFixed(2) },
      value: total.toFixed(2),
    }),
  );
}
