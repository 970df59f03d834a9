/**
 * The variable part (*part variable*) of a mission: the contract's indicators and their payouts.
 *
 * No national formula exists: the ACI says the variable part depends on reaching the objectives
 * (indicators of actions and results) negotiated per mission in each contract with the ARS and the CPAM,
 * assessed at the year's end. Signed contracts split each mission's variable envelope into an amount
 * per indicator, some all-or-nothing, some paid by steps. The library pays each indicator as the
 * contract writes it and caps the mission's sum at the mission's variable envelope; an unused amount
 * of one mission never goes to another (no *fongibilité* between missions).
 */
import type { Decimal } from 'decimal.js';
import { Dec, min, sum } from '../core/money.js';
import type { Indicator } from './schema.js';

/** A result of an indicator: reached or not (all-or-nothing), or a measured value (steps). */
export type IndicatorResult = boolean | Decimal;

/** The most an indicator can pay. */
export function maximumPayout(indicator: Indicator): Decimal {
  if (indicator.kind === 'all-or-nothing') return new Dec(indicator.amount);
  const last = indicator.steps[indicator.steps.length - 1];
  return new Dec(last ? last.amount : 0);
}

/** Whether a measured result reaches a step's threshold in the indicator's direction. */
function reaches(result: Decimal, threshold: Decimal, direction: 'at-least' | 'at-most'): boolean {
  return direction === 'at-least' ? result.greaterThanOrEqualTo(threshold) : result.lessThanOrEqualTo(threshold);
}

/**
 * What an indicator pays for a result: its amount when an all-or-nothing objective is reached; the
 * amount of the hardest step reached for a step function; zero without a result. The result's type was
 * checked against the indicator's kind beforehand.
 */
export function payout(indicator: Indicator, result: IndicatorResult | undefined): { amount: Decimal; step: number | null } {
  if (result === undefined) return { amount: new Dec(0), step: null };
  if (indicator.kind === 'all-or-nothing') return result === true ? { amount: new Dec(indicator.amount), step: 0 } : { amount: new Dec(0), step: null };
  if (typeof result === 'boolean') return { amount: new Dec(0), step: null };
  for (let k = indicator.steps.length - 1; k >= 0; k--) {
    const s = indicator.steps[k]!;
    if (reaches(result, s.threshold, indicator.direction)) return { amount: new Dec(s.amount), step: k };
  }
  return { amount: new Dec(0), step: null };
}

/** A mission's variable part: the sum of its indicators' payouts, capped at its variable envelope. */
export function cappedVariable(payouts: readonly Decimal[], cap: Decimal): { sum: Decimal; paid: Decimal; capped: boolean } {
  const total = sum(payouts);
  const paid = min(total, cap);
  return { sum: total, paid, capped: total.greaterThan(cap) };
}
