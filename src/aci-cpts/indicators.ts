/**
 * The variable part (*part variable*) of a mission: what the contract's indicators (*indicateurs*) pay.
 *
 * No national formula exists: the ACI says the variable part depends on reaching the objectives
 * (indicators of actions and results) negotiated per mission in each contract with the ARS and the CPAM,
 * assessed at the year's end. Signed contracts split each mission's variable envelope into an amount
 * per indicator, some all-or-nothing, some paid by steps (*paliers*). The library pays each indicator as
 * the contract writes it and caps the mission's sum at the mission's variable envelope; an unused amount
 * of one mission never goes to another (no *fongibilité* between missions: `cpts.rule.variable-part`).
 */
import type { Decimal } from 'decimal.js';
import { step, type LazyStep, type Stage } from '../core/explain.js';
import { label, type Formatter, type Label } from '../core/format.js';
import { euro, min, sum } from '../core/money.js';
import { prorateVariableFirstYear, RULES } from './parameters.js';
import { callerOf, type Outcomes, type YearFacts } from './contract.js';
import type { MissionEnvelope } from './envelopes.js';
import { MISSION_LABELS } from './missions.js';
import { prorated, type Due, type Prorata } from './payments.js';
import type { Indicator, IndicatorOutcome, Mission } from './schema.js';

/** What one indicator gives in a year. */
export interface IndicatorResult {
  /** The indicator's id in the contract, e.g. `acces.ald-sans-mt`. */
  readonly id: string;
  /** What it measures, as the contract words it, or `null`. */
  readonly label: string | null;
  /** `all-or-nothing` (*tout ou rien*) or `steps` (*paliers*). */
  readonly kind: 'all-or-nothing' | 'steps';
  /** The year's result given (a boolean, or a decimal as a string such as `"72.4"`), or `null` when none was given. */
  readonly result: boolean | string | null;
  /** Index of the step reached (0 for an all-or-nothing indicator reached), or `null` when not reached. */
  readonly step: number | null;
  /** What the indicator pays for this result, in euros. */
  readonly payout: Decimal;
  /** The most it can pay, in euros. */
  readonly maximum: Decimal;
}

/** The most an indicator can pay. */
function maximumOf(indicator: Indicator): Decimal {
  if (indicator.kind === 'all-or-nothing') return indicator.amount;
  return indicator.steps[indicator.steps.length - 1]!.amount;
}

/**
 * What an indicator pays for a result: its amount when an all-or-nothing objective is reached; the
 * amount of the hardest step reached for a step function; zero without a result. The result's type was
 * checked against the indicator's kind beforehand (`checkResults`).
 */
function payoutOf(indicator: Indicator, outcome: IndicatorOutcome | undefined): { readonly amount: Decimal | null; readonly step: number | null } {
  if (outcome === undefined) return { amount: null, step: null };
  if (indicator.kind === 'all-or-nothing') return outcome === true ? { amount: indicator.amount, step: 0 } : { amount: null, step: null };
  if (typeof outcome === 'boolean') return { amount: null, step: null };
  const atLeast = indicator.direction === 'at-least';
  for (let k = indicator.steps.length - 1; k >= 0; k--) {
    const s = indicator.steps[k]!;
    if (atLeast ? outcome.greaterThanOrEqualTo(s.threshold) : outcome.lessThanOrEqualTo(s.threshold)) return { amount: s.amount, step: k };
  }
  return { amount: null, step: null };
}

/** What one indicator gives for the year's outcome, with its step. */
function indicatorResult(indicator: Indicator, outcome: IndicatorOutcome | undefined, mission: Label, where: string, n: number): { result: IndicatorResult; step: LazyStep } {
  const paid = payoutOf(indicator, outcome);
  const result: IndicatorResult = {
    id: indicator.id,
    label: indicator.label ?? null,
    kind: indicator.kind,
    result: outcome === undefined ? null : typeof outcome === 'boolean' ? outcome : outcome.toFixed(),
    step: paid.step,
    payout: euro(paid.amount ?? 0),
    maximum: euro(maximumOf(indicator)),
  };
  const explain: LazyStep = () => {
    const shown = (f: Formatter) =>
      typeof outcome === 'boolean' ? (outcome ? (f.lang === 'fr' ? 'oui' : 'yes') : f.lang === 'fr' ? 'non' : 'no') : outcome === undefined ? '' : f.num(outcome);
    const steps = indicator.kind === 'steps' ? indicator.steps.length : 1;
    return step({
      rule: 'cpts.indicator',
      label: label(
        (f) =>
          `${mission.fr} — indicateur ${indicator.id} : ${f.euro(result.payout)} sur ${f.euro(result.maximum)} (${
            outcome === undefined
              ? 'aucun résultat fourni, compté non atteint'
              : `résultat ${shown(f)}, ${paid.step === null ? 'non atteint' : indicator.kind === 'steps' ? `palier ${paid.step + 1} sur ${steps} atteint` : 'atteint'}`
          })`,
        (f) =>
          `${mission.en} — indicator ${indicator.id}: ${f.euro(result.payout)} of ${f.euro(result.maximum)} (${
            outcome === undefined
              ? 'no result given, counted as not reached'
              : `result ${shown(f)}, ${paid.step === null ? 'not reached' : indicator.kind === 'steps' ? `step ${paid.step + 1} of ${steps} reached` : 'reached'}`
          })`,
      ),
      inputs: { indicator: indicator.id, description: indicator.label ?? null, result: result.result, maximum: result.maximum.toFixed(2) },
      value: result.payout,
      callerInput: { fr: `contrat signé (${where}) et résultats de l’année ${n}`, en: `signed contract (${where}) and results of year ${n}` },
    });
  };
  return { result, step: explain };
}

/** A mission's variable part for a contract year. */
export interface VariablePart {
  /** Indicator by indicator (an indicator limited to other contract years is left out). */
  readonly indicators: readonly IndicatorResult[];
  /** The most the variable part can pay this year (the envelope, prorated in a partial first year when `cpts.variable.prorate-first-year`). */
  readonly cap: Decimal;
  /** The sum of the indicators' payouts. */
  readonly sum: Decimal;
  /** What is paid: the sum, capped at `cap`. */
  readonly paid: Decimal;
  /** How it is paid: with the year's balance. */
  readonly payment: Due;
}

/**
 * The variable part of mission `m` (the `index`-th of the contract) for the year: each indicator's
 * payout for the year's results, their sum capped at the mission's variable envelope (prorated in a
 * partial first year only when `cpts.variable.prorate-first-year` says so). The crisis mission has no
 * indicators and no variable step.
 */
export function variablePart(year: YearFacts, m: Mission, index: number, env: MissionEnvelope, prorata: Prorata | null, outcomes: Outcomes): Stage<VariablePart> {
  const mission = MISSION_LABELS[m.mission];
  const steps: LazyStep[] = [];
  const indicators: IndicatorResult[] = [];
  for (let j = 0; j < m.indicators.length; j++) {
    const ind = m.indicators[j]!;
    if (ind.years && !ind.years.includes(year.n)) continue;
    const one = indicatorResult(ind, outcomes.get(ind.id), mission, `contract.missions[${index}].indicators[${j}]`, year.n);
    indicators.push(one.result);
    steps.push(one.step);
  }
  const prorate = prorata ? year.reader.flag(prorateVariableFirstYear) : null;
  const cap = euro(prorate?.value === true ? prorated(env.variable, prorata) : env.variable);
  const total = euro(sum(indicators.map((i) => i.payout)));
  const paid = euro(min(total, cap));
  const payment: Due = { subject: m.mission, part: 'variable', label: { fr: `${mission.fr} — part variable`, en: `${mission.en} — variable part` }, amount: paid, paid: 'with-balance' };
  if (m.mission !== 'crise') {
    const { n, anniversary } = year;
    const capped = total.greaterThan(cap);
    steps.push(() =>
      step({
        rule: `cpts.mission.${m.mission}.variable`,
        label: label(
          (f) =>
            `${mission.fr} — part variable de l’année ${n} : ${f.euro(paid)} (indicateurs ${f.euro(total)}${capped ? `, plafonnés à l’enveloppe de ${f.euro(cap)}` : `, enveloppe ${f.euro(cap)}`}), versée avec le solde le ${f.date(anniversary)}`,
          (f) =>
            `${mission.en} — year ${n} variable part: ${f.euro(paid)} (indicators ${f.euro(total)}${capped ? `, capped at the envelope of ${f.euro(cap)}` : `, envelope ${f.euro(cap)}`}), paid with the balance on ${f.date(anniversary)}`,
        ),
        inputs: { indicatorsSum: total.toFixed(2), envelope: cap.toFixed(2) },
        value: paid,
        uses: [...env.uses.variable, ...(prorate ? [prorate.resolved] : [])],
        rules: [RULES.variablePart, RULES.balanceDate],
        ...callerOf(env.path, env.from),
      }),
    );
  }
  return { value: { indicators, cap, sum: total, paid, payment }, steps };
}
