/**
 * The modulation of the aid from the first modulated year (*modulation selon l’atteinte des
 * engagements*): the share of the maximum paid by the achievement of the objective. No source gives the
 * formula: `am.modulation.rule` is the library's reading (linear in the increase achieved, an
 * assumption), `all-or-nothing` the other one.
 */
import type { Decimal } from 'decimal.js';
import { amountValue, decimalValue, step, type LazyStep, type Stage } from '../core/explain.js';
import { label, type Formatter } from '../core/format.js';
import { Dec, euroComputed, ratioValue, roundToCent, type CentRounding } from '../core/money.js';
import { forDisplay } from '../core/result.js';
import type { ParameterReader, Reading } from '../core/parameters.js';
import type { Ceiling } from './ceiling.js';
import type { Objective, ObjectiveKind } from './objective.js';
import { modulationRounding, modulationRule } from './parameters.js';

/** A share of the maximum as an exact fraction `numerator / denominator`, from 0 to 1. */
export interface Share {
  readonly numerator: Decimal;
  readonly denominator: Decimal;
}

/** The whole of the maximum, and nothing of it. */
export const ALL: Share = { numerator: new Dec(1), denominator: new Dec(1) };
export const NOTHING: Share = { numerator: new Dec(0), denominator: new Dec(1) };

/**
 * The share of the maximum paid for a modulated year, as an exact fraction from 0 to 1, so that the
 * amount is computed as maximum × numerator / denominator (one division, last: a half-cent tie is
 * then computed exactly and rounded as the rule says).
 */
function achievementShare(rule: 'linear' | 'all-or-nothing', objective: Objective, reached: number): Share {
  const target = objective.targetPatients;
  if (rule === 'all-or-nothing') return reached >= target ? ALL : NOTHING;
  return linearShare(objective.startingPatients, target, reached);
}

/**
 * The linear share of an objective reached (shared with the collective contract): the increase reached
 * over the increase asked, from 0 at the start to 1 at the target; for an objective that is not an
 * increase (maintien, a tolerated decrease), the patientèle reached over the target, capped at 1.
 */
export function linearShare(start: number | undefined, target: number, reached: number): Share {
  if (start !== undefined && target > start) {
    if (reached <= start) return NOTHING;
    if (reached >= target) return ALL;
    return { numerator: new Dec(reached - start), denominator: new Dec(target - start) };
  }
  if (reached >= target || target === 0) return ALL;
  return { numerator: new Dec(reached), denominator: new Dec(target) };
}

/** How the aid of a modulated year was computed. */
export interface Modulation {
  /** The modulation rule applied (`am.modulation.rule`): `linear` or `all-or-nothing`. */
  readonly rule: 'linear' | 'all-or-nothing';
  /** How the objective was set. */
  readonly objectiveKind: ObjectiveKind;
  /** Starting patientèle in patients, when known. */
  readonly startingPatients: number | undefined;
  /** Objective in patients. */
  readonly targetPatients: number;
  /** Patientèle reached at the end of the year, in patients (given by the caller). */
  readonly reachedPatients: number;
  /** Share of the maximum paid, a ratio from 0 to 1 (shown `78,05 %`). */
  readonly achievementRate: Decimal;
}

/** Key of Node's custom inspection hook (a registered symbol: no import of `node:util`). */
const INSPECT = Symbol.for('nodejs.util.inspect.custom');

/**
 * How a modulated year was computed, as its result shows it. The achievement rate (a division) is
 * computed when first read: a batch that reads only the amounts does not pay for it. JSON and the REPL
 * show it.
 */
class YearModulation implements Modulation {
  readonly rule: 'linear' | 'all-or-nothing';
  readonly objectiveKind: ObjectiveKind;
  readonly startingPatients: number | undefined;
  readonly targetPatients: number;
  readonly reachedPatients: number;
  readonly #share: Share;
  #rate: Decimal | undefined;

  constructor(rule: 'linear' | 'all-or-nothing', objective: Objective, reached: number, share: Share) {
    this.rule = rule;
    this.objectiveKind = objective.kind;
    this.startingPatients = objective.startingPatients;
    this.targetPatients = objective.targetPatients;
    this.reachedPatients = reached;
    this.#share = share;
  }

  get achievementRate(): Decimal {
    return (this.#rate ??= ratioValue(this.#share.numerator.dividedBy(this.#share.denominator)));
  }

  toJSON(): Record<string, unknown> {
    return {
      rule: this.rule,
      objectiveKind: this.objectiveKind,
      startingPatients: this.startingPatients,
      targetPatients: this.targetPatients,
      reachedPatients: this.reachedPatients,
      achievementRate: this.achievementRate.toFixed(),
    };
  }

  [INSPECT](_depth: number, options: object, inspect: (value: unknown, options: object) => string): string {
    return inspect(forDisplay({ ...this, achievementRate: this.achievementRate }), options);
  }
}

/** The aid of a modulated year. */
export interface ModulatedAmount {
  readonly modulation: Modulation;
  /** The aid due, in euros (whole cents). */
  readonly amount: Decimal;
}

/** A rate in a label: exact when short, else rounded to 6 decimals with "≈". */
function rateText(rate: Decimal, f: Formatter): string {
  return rate.decimalPlaces() <= 6 ? f.num(rate) : `≈ ${f.num(rate, 6)}`;
}

/** The aid of a modulated year (its steps are built when the explanation is read). */
class ModulationStage implements Stage<ModulatedAmount>, ModulatedAmount {
  readonly modulation: YearModulation;
  readonly amount: Decimal;
  readonly #year: number;
  readonly #ceiling: Ceiling;
  readonly #firstModulated: Reading<number>;
  readonly #rule: Reading<'linear' | 'all-or-nothing'>;
  readonly #rounding: Reading<CentRounding>;

  constructor(
    modulation: YearModulation,
    amount: Decimal,
    year: number,
    ceiling: Ceiling,
    firstModulated: Reading<number>,
    rule: Reading<'linear' | 'all-or-nothing'>,
    rounding: Reading<CentRounding>,
  ) {
    this.modulation = modulation;
    this.amount = amount;
    this.#year = year;
    this.#ceiling = ceiling;
    this.#firstModulated = firstModulated;
    this.#rule = rule;
    this.#rounding = rounding;
  }

  get value(): ModulatedAmount {
    return this;
  }

  get steps(): readonly LazyStep[] {
    const m = this.modulation;
    const rate = m.achievementRate;
    const start = m.startingPatients;
    const reached = m.reachedPatients;
    const target = m.targetPatients;
    const max = this.#ceiling.value;
    const amount = this.amount;
    const year = this.#year;
    return [
      () =>
        step({
          rule: 'am.modulation',
          label: label(
            (f) =>
              `Atteinte de l’objectif : ${f.num(reached)} patients pour un objectif de ${f.num(target)}${start !== undefined ? ` (départ ${f.num(start)})` : ''}, soit ${f.percent(rate)} de l’aide maximale`,
            (f) =>
              `Achievement: ${f.num(reached)} patients against an objective of ${f.num(target)}${start !== undefined ? ` (start ${f.num(start)})` : ''}, i.e. ${f.percent(rate)} of the maximum aid`,
          ),
          inputs: { reachedPatients: reached, targetPatients: target, startingPatients: start ?? null },
          value: decimalValue(rate),
          uses: [this.#firstModulated.resolved, this.#rule.resolved],
          callerInput: { fr: 'patientèle atteinte, donnée par l’appelant', en: 'patientèle reached, given by the caller' },
        }),
      () =>
        step({
          rule: 'am.aid.amount',
          label: label(
            (f) => `Aide de l’année ${f.num(year)} : ${f.euro(max)} × ${rateText(rate, f)} = ${f.euro(amount)}`,
            (f) => `Aid of year ${f.num(year)}: ${f.euro(max)} × ${rateText(rate, f)} = ${f.euro(amount)}`,
          ),
          inputs: { ceiling: amountValue(max), achievementRate: decimalValue(rate) },
          value: amountValue(amount),
          uses: [this.#rounding.resolved],
        }),
    ];
  }
}

/**
 * The aid of modulated year `year`: the maximum × the share of the objective achieved, rounded to the
 * cent (`am.modulation.cent-rounding`), never above the maximum nor below zero.
 */
export function modulationStage(
  read: ParameterReader,
  year: number,
  ceiling: Ceiling,
  objective: Objective,
  reached: number,
  firstModulated: Reading<number>,
): Stage<ModulatedAmount> {
  const rule = read.choice(modulationRule);
  const rounding = read.choice(modulationRounding);
  const share = achievementShare(rule.value, objective, reached);
  const amount = euroComputed(roundToCent(ceiling.value.times(share.numerator).dividedBy(share.denominator), rounding.value));
  return new ModulationStage(new YearModulation(rule.value, objective, reached, share), amount, year, ceiling, firstModulated, rule, rounding);
}
