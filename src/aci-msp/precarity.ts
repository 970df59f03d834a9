/**
 * La majoration selon le taux de précarité: the remuneration « peut être majorée » according to the
 * share of the structure's patients covered by the C2S (ex-CMU-C) and by the AME (ameli). The formula
 * is read in a medical thesis and the calculette (`msp.rule.precarite-formule`): the positive gaps of
 * the structure's rates to the national rates, added, capped (`msp.precarite.cap`), applied to the
 * value of the points.
 */
import type { Decimal } from 'decimal.js';
import { stage, step, type Stage } from '../core/explain.js';
import { label } from '../core/format.js';
import { Dec, euro, max as maxOf, min as minOf, ratioValue, roundToCent } from '../core/money.js';
import type { Parameter, Reading } from '../core/parameters.js';
import type { YearFacts } from './contract.js';
import { RULES, nationalRateAme, nationalRateC2s, precarityCap } from './parameters.js';
import { SOURCES as S } from './sources.js';

/** The precarity majoration of the year. */
export interface Precarity {
  /** False when the structure's C2S and AME rates are not given. */
  readonly applied: boolean;
  /** Taux de majoration (a ratio, capped), e.g. `0.039`. */
  readonly rate: Decimal;
  /** The cap bound the rate. */
  readonly capped: boolean;
  /** Montant de la majoration, in euros. */
  readonly majoration: Decimal;
}

/** The structure's rate above the national one, or 0 (a zero rate needs no national rate). */
function gap(rate: Decimal, national: Parameter<string, string, 'ratio'>, facts: YearFacts): { value: Decimal; reading?: Reading<Decimal> } {
  if (rate.isZero()) return { value: new Dec(0) };
  const reading = facts.read.decimal(national);
  return { value: maxOf(rate.minus(reading.value), new Dec(0)), reading };
}

/** The majoration of the value of the points, from the structure's C2S and AME rates. */
export function precarityMajoration(facts: YearFacts, amount: Decimal): Stage<Precarity> {
  const rates = facts.structure.precarity;
  if (!rates) {
    return stage({ applied: false, rate: ratioValue(new Dec(0)), capped: false, majoration: euro(0) }, () =>
      step({
        rule: 'msp.precarite',
        label: label(
          () => 'Majoration précarité : taux C2S et AME non renseignés, pas de majoration calculée',
          () => 'Precarity majoration: no C2S or AME rate given, none computed',
        ),
        inputs: {},
        value: '0.00',
        sources: [S.ameliRemuneration],
      }),
    );
  }
  const c2s = gap(rates.c2sRate, nationalRateC2s, facts);
  const ame = gap(rates.ameRate, nationalRateAme, facts);
  const cap = facts.read.decimal(precarityCap);
  const uncapped = c2s.value.plus(ame.value);
  const rate = ratioValue(minOf(uncapped, cap.value));
  const exact = amount.times(rate);
  const majoration = euro(roundToCent(exact));
  const capped = uncapped.greaterThan(cap.value);
  const uses = [c2s.reading?.resolved, ame.reading?.resolved, cap.resolved].filter((r) => r !== undefined);
  return stage({ applied: true, rate, capped, majoration }, () =>
    step({
      rule: 'msp.precarite',
      label: label(
        (f) =>
          `Majoration précarité : ${f.euro(amount)} × min(${f.percent(c2s.value, 4)} (C2S) + ${f.percent(ame.value, 4)} (AME), ${f.percent(cap.value)}) = ${f.euro(majoration)}`,
        (f) =>
          `Precarity majoration: ${f.euro(amount)} × min(${f.percent(c2s.value, 4)} (C2S) + ${f.percent(ame.value, 4)} (AME), ${f.percent(cap.value)}) = ${f.euro(majoration)}`,
      ),
      inputs: { c2sRate: rates.c2sRate, ameRate: rates.ameRate, c2sGap: c2s.value, ameGap: ame.value, rate },
      value: majoration.toFixed(2),
      uses,
      // The cent rounding is a reading of the library: cited when it changed the amount.
      rules: exact.equals(majoration) ? [RULES.precarityFormula] : [RULES.precarityFormula, RULES.euroRounding],
    }),
  );
}
