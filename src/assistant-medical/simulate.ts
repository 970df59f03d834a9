/**
 * The year function (`yearlyAid`), a whole contract year by year (`simulate`) and many contracts
 * (`simulateMany`).
 */
import type { Decimal } from 'decimal.js';
import { runBatch, type Batch } from '../core/batch.js';
import type { DateRange } from '../core/dates.js';
import { invalid } from '../core/errors.js';
import { amountValue, reliability, step, type Explanation } from '../core/explain.js';
import { label } from '../core/format.js';
import { Dec, euro } from '../core/money.js';
import { isResult, PaidResult, RESULT_KIND } from '../core/result.js';
import { parseInput } from '../core/validation.js';
import { aidOfYear, type YearAid } from './aid.js';
import type { BandOrBelow } from './band.js';
import { contractYearsFromTo, modulatedYears, prepareContract, secondAssistantYears, termStage, yearListedOnce, type Contract, type Term } from './contract.js';
import type { Modulation } from './modulation.js';
import type { ObjectiveKind } from './objective.js';
import { firstModulatedYear, type Option, type Regime } from './parameters.js';
import type { Payment } from './payments.js';
import { simulateSchema, yearlyAidSchema, type ContractInput, type YearlyAidInput } from './schema.js';
import type { Stage } from '../core/explain.js';

/** The objective of a modulated year, as a year result shows it. */
export interface YearObjective {
  /** How the objective was set: `contract`, `band`, `newly-installed` or `senior`. */
  readonly kind: ObjectiveKind;
  /** Patientèle to reach, in whole patients, e.g. `1025`. */
  readonly targetPatients: number;
  /** Starting patientèle in patients, when known, e.g. `820`. */
  readonly startingPatients?: number | undefined;
  /** Increase rate over the starting patientèle (band objectives), a ratio such as `0.25`. */
  readonly rate?: Decimal | undefined;
}

/**
 * The aid of one contract year (*aide de l’année*). Its own fields are the figures (a spread copies
 * them); `payments` and `explanation` are built when first read; JSON gives everything.
 */
export interface YearlyAid {
  /** The text governing the contract (by its signature date), e.g. `'convention-2024'`. */
  readonly regime: Regime;
  /** The contract year, from 1, e.g. `4`. */
  readonly year: number;
  /** The contract year's days: from an anniversary of the hiring to the day before the next. */
  readonly period: DateRange;
  /** The starting patientèle band (*tranche de patientèle de départ*), or `below-P30`. */
  readonly band: BandOrBelow;
  /** Maximum aid of the year (*plafond*), in euros, e.g. `11000.00`. */
  readonly ceiling: Decimal;
  /** Whether the year is modulated by the achievement of the objective (from `am.modulation.first-year`). */
  readonly modulated: boolean;
  /** Aid due for the year, in euros (whole cents), e.g. `8585.37`; `undefined` for a modulated year whose achievement was not given. */
  readonly amount: Decimal | undefined;
  /** The objective of a modulated year, when the library can set it. */
  readonly objective: YearObjective | undefined;
  /** How the amount of a modulated year was computed, when its achievement was given. */
  readonly modulation: Modulation | undefined;
  /** Payments of the year's aid, in date order; empty while the amount is not known. */
  readonly payments: readonly Payment[];
  /** The steps that produced the result, with their sources. */
  readonly explanation: Explanation;
}

class YearlyAidResult extends PaidResult<Payment> implements YearlyAid {
  /** @internal What the result is (on the prototype: neither a field nor in JSON; read it with core `resultKind`). */
  get [RESULT_KIND](): 'assistant-medical.year' {
    return 'assistant-medical.year';
  }

  readonly regime: Regime;
  readonly year: number;
  readonly period: DateRange;
  readonly band: BandOrBelow;
  readonly ceiling: Decimal;
  readonly modulated: boolean;
  readonly amount: Decimal | undefined;
  readonly objective: YearObjective | undefined;
  readonly modulation: Modulation | undefined;

  constructor(aid: YearAid) {
    // The details capture the computed year; nothing is built until they are read.
    super(
      () => aid.explanation(),
      () => aid.payments().value,
    );
    const facts = aid.facts;
    const s = aid.situation.value;
    const o = s.objective;
    this.regime = facts.contract.regime;
    this.year = facts.year;
    this.period = facts.period;
    this.band = facts.contract.band;
    this.ceiling = aid.ceiling.value.value;
    this.modulated = s.kind !== 'fixed';
    this.amount = s.amount;
    this.objective = o === undefined ? undefined : { kind: o.kind, targetPatients: o.targetPatients, startingPatients: o.startingPatients, rate: o.rate };
    this.modulation = s.modulation;
  }
}

const NO_PATH: readonly (string | number)[] = Object.freeze([]);

/**
 * The aid of one contract year (aide à l’emploi d’un assistant médical).
 *
 * Years before the first modulated year are paid at the maximum of the table; from it the aid is
 * modulated by the achievement of the objective (pass `achievement.reachedPatients`), never above the
 * maximum nor below zero. Contract years count from `hiredOn`; the amount table is the one in force on
 * the first day of the year, or at the signature if later (`am.rule.amount-reference-date`).
 *
 * @example
 * yearlyAid({ signedOn: '2024-09-01', hiredOn: '2024-10-01', option: '1/2', band: 'P50-P70', year: 1 })
 * // amount 19000.00, paid 13300.00 on 2024-10-16 and 5700.00 on 2025-10-01
 */
export function yearlyAid(input: YearlyAidInput): YearlyAid {
  const parsed = parseInput(yearlyAidSchema, input);
  const contract = prepareContract(parsed);
  const term = termStage(contract, parsed.hiredOn);
  return new YearlyAidResult(
    aidOfYear(contract, term, { year: parsed.year, reachedPatients: parsed.achievement?.reachedPatients, targetPatients: undefined, path: NO_PATH }),
  );
}

/** The totals of a contract. */
export interface SimulationTotals {
  /** Sum of the yearly maxima, in euros. */
  readonly ceiling: Decimal;
  /** Sum of the amounts known so far (years whose amount is known), in euros. */
  readonly amountKnown: Decimal;
  /** Sum of the amounts due, when every year's amount is known, in euros. */
  readonly amount?: Decimal | undefined;
}

/**
 * Every year of a contract. Its own fields are the figures (a spread copies them); `payments` (of every
 * year, in date order) and `explanation` (the contract's steps and its totals) are built when first
 * read; each year carries its own explanation. JSON gives everything.
 */
export interface Simulation {
  /** The text governing the contract, e.g. `'avenant-7'`. */
  readonly regime: Regime;
  /** The option of the contract (ETP of assistant funded), e.g. `'1/2'`. */
  readonly option: Option;
  /** The starting patientèle band, or `below-P30`. */
  readonly band: BandOrBelow;
  /** One result per contract year paid, as `yearlyAid` returns it. */
  readonly years: readonly YearlyAid[];
  readonly totals: SimulationTotals;
  /** Every payment of the contract, in date order. */
  readonly payments: readonly Payment[];
  /** Contract-level steps (text, option, band, hiring, totals). */
  readonly explanation: Explanation;
}

/** The totals of a contract's years (individual or collective): maxima, amounts known, and the amount once every year is known. */
export function contractTotals(years: readonly { readonly ceiling: Decimal; readonly amount?: Decimal | undefined }[]): SimulationTotals {
  let ceiling = new Dec(0);
  let known = new Dec(0);
  let count = 0;
  for (const y of years) {
    ceiling = ceiling.plus(y.ceiling);
    if (y.amount !== undefined) {
      known = known.plus(y.amount);
      count++;
    }
  }
  const amountKnown = euro(known);
  return count === years.length ? { ceiling: euro(ceiling), amountKnown, amount: amountKnown } : { ceiling: euro(ceiling), amountKnown };
}

/** Every payment of a contract's years (individual or collective), in date order. */
export function paymentsInOrder(years: readonly { readonly payments: readonly Payment[] }[]): readonly Payment[] {
  const all: Payment[] = [];
  for (const y of years) all.push(...y.payments);
  // A stable sort: payments of the same day keep the order of their years.
  return all.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
}

class ContractSimulation extends PaidResult<Payment> implements Simulation {
  /** @internal What the result is (on the prototype: neither a field nor in JSON; read it with core `resultKind`). */
  get [RESULT_KIND](): 'assistant-medical.contract' {
    return 'assistant-medical.contract';
  }

  readonly regime: Regime;
  readonly option: Option;
  readonly band: BandOrBelow;
  readonly years: readonly YearlyAid[];
  readonly totals: SimulationTotals;

  constructor(contract: Contract, term: Stage<Term>, years: readonly YearlyAid[]) {
    const totals = contractTotals(years);
    super(
      () => [...contract.steps(), ...term.steps.map((s) => s()), totalsStep(years, totals)],
      () => paymentsInOrder(years),
    );
    this.regime = contract.regime;
    this.option = contract.option;
    this.band = contract.band;
    this.years = years;
    this.totals = totals;
  }
}

function totalsStep(years: readonly YearlyAid[], totals: SimulationTotals) {
  const known = years.filter((y) => y.amount !== undefined).length;
  const { ceiling, amountKnown } = totals;
  return step({
    rule: 'am.contract.totals',
    label:
      totals.amount !== undefined
        ? label(
            (f) => `Total du contrat : ${f.euro(amountKnown)} (maximum ${f.euro(ceiling)})`,
            (f) => `Contract total: ${f.euro(amountKnown)} (maximum ${f.euro(ceiling)})`,
          )
        : label(
            (f) => `Total connu : ${f.euro(amountKnown)} sur ${f.num(known)} années (maximum du contrat ${f.euro(ceiling)})`,
            (f) => `Known total: ${f.euro(amountKnown)} over ${f.num(known)} years (contract maximum ${f.euro(ceiling)})`,
          ),
    inputs: { years: years.length, yearsWithAmount: known },
    value: amountValue(amountKnown),
    // A sum is as sure as the least sure of the amounts it adds.
    status: reliability(years.flatMap((y) => y.explanation)),
  });
}

/**
 * Every year of an aide à l’emploi d’un assistant médical contract, with the same year results as
 * `yearlyAid`. Pass `achievements` (patientèle reached at the end of each modulated year) to get the
 * modulated amounts; years without achievement show their maximum only.
 */
export function simulate(input: ContractInput): Simulation {
  const parsed = parseInput(simulateSchema, input);
  const contract = prepareContract(parsed);
  const term = termStage(contract, parsed.hiredOn);
  const { duration, firstYear } = term.value;
  const firstModulated = contract.read.whole(firstModulatedYear).value;

  const byYear = new Map<number, { reachedPatients: number; targetPatients: number | undefined; index: number }>();
  (parsed.achievements ?? []).forEach((a, index) => {
    const path = ['achievements', index, 'year'];
    if (byYear.has(a.year)) invalid(path, a.year, yearListedOnce(a.year));
    if (a.year > duration.value) invalid(path, a.year, contractYearsFromTo(Math.max(firstModulated, firstYear), duration.value));
    if (a.year < firstModulated) invalid(path, a.year, modulatedYears(firstModulated, duration.value));
    if (a.year < firstYear) invalid(path, a.year, secondAssistantYears(firstYear));
    byYear.set(a.year, { reachedPatients: a.reachedPatients, targetPatients: a.targetPatients, index });
  });

  const years: YearlyAid[] = [];
  for (let year = firstYear; year <= duration.value; year++) {
    const a = byYear.get(year);
    years.push(
      new YearlyAidResult(
        aidOfYear(contract, term, {
          year,
          reachedPatients: a?.reachedPatients,
          targetPatients: a?.targetPatients,
          path: a ? ['achievements', a.index] : NO_PATH,
        }),
      ),
    );
  }
  return new ContractSimulation(contract, term, years);
}

/**
 * `simulate` over many contracts (an array, a generator, a stream of parsed rows), one result per
 * contract in order. A contract the library refuses yields its error and the batch goes on;
 * `summary` counts valid and invalid rows.
 *
 * @example
 * for await (const row of assistantMedical.simulateMany(contracts)) {
 *   if (row.ok) console.log(row.index, row.result.totals.ceiling.toFixed(2));
 *   else console.error(row.index, row.error.message);
 * }
 */
export function simulateMany(contracts: Iterable<ContractInput> | AsyncIterable<ContractInput>): Batch<Simulation> {
  return runBatch(contracts, simulate);
}

/** True for a result of `yearlyAid` (or a year of `simulate`), from either build of the package (its kind, `assistant-medical.year`). */
export function isYearlyAid(value: unknown): value is YearlyAid {
  return isResult(value, 'assistant-medical.year');
}

/** True for a result of `simulate`, from either build of the package (its kind, `assistant-medical.contract`). */
export function isSimulation(value: unknown): value is Simulation {
  return isResult(value, 'assistant-medical.contract');
}
