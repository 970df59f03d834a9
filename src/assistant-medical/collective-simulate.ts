/**
 * The year function of the collective contract (`collective.yearlyAid`), a whole contract year by year
 * (`collective.simulate`) and many contracts (`collective.simulateMany`): the same result model as the
 * individual contract's.
 */
import type { Decimal } from 'decimal.js';
import { runBatch, type Batch } from '../core/batch.js';
import type { DateRange } from '../core/dates.js';
import { invalid } from '../core/errors.js';
import { amountValue, reliability, step, type Explanation, type Stage } from '../core/explain.js';
import { label } from '../core/format.js';
import { isResult, PaidResult, RESULT_KIND } from '../core/result.js';
import { parseInput } from '../core/validation.js';
import { collectiveAidOfYear, type CollectiveYearAid } from './collective-aid.js';
import { prepareCollectiveContract, type CollectiveContract } from './collective-contract.js';
import type { CollectiveModulation } from './collective-modulation.js';
import { startingPatienteleStage, type CollectiveObjectiveValue, type Patientele } from './collective-objective.js';
import { contractYearsFromTo, hiringTermStage, modulatedYears, yearListedOnce, type Term } from './contract.js';
import { collectiveDurationYears, collectiveFirstModulatedYear, type CollectiveRegime } from './parameters.js';
import type { Payment } from './payments.js';
import { contractTotals, paymentsInOrder } from './simulate.js';
import { collectiveSimulateSchema, collectiveYearlyAidSchema, type CollectiveContractInput, type CollectiveYearlyAidInput } from './schema.js';

/**
 * The aid of one year of a collective contract. Its own fields are the figures (a spread copies them);
 * `payments` and `explanation` are built when first read; JSON gives everything.
 */
export interface CollectiveYearlyAid {
  /** The text governing the contract, `'collective-2026'`. */
  readonly regime: CollectiveRegime;
  /** The contract year, from 1, e.g. `3`. */
  readonly year: number;
  /** The contract year's days: from an anniversary of the hiring to the day before the next. */
  readonly period: DateRange;
  /** The number of ETP of assistants funded, e.g. `2.5`. */
  readonly etp: Decimal;
  /** Maximum aid of the year: the aid per ETP of the year × the ETP, in euros, e.g. `55000.00`. */
  readonly ceiling: Decimal;
  /** Whether the year is modulated by the collective objective (from `am.collective.modulation.first-year`). */
  readonly modulated: boolean;
  /** Aid due for the year, in euros (whole cents); `undefined` for a modulated year whose achievement (or starting patientèle) was not given. */
  readonly amount: Decimal | undefined;
  /** The collective objective of a modulated year, when the starting patientèle is known. */
  readonly objective: CollectiveObjectiveValue | undefined;
  /** How the amount of a modulated year was computed, when its achievement was given. */
  readonly modulation: CollectiveModulation | undefined;
  /** Payments of the year's aid to the signing company, in date order; empty while the amount is not known. */
  readonly payments: readonly Payment[];
  /** The steps that produced the result, with their sources. */
  readonly explanation: Explanation;
}

class CollectiveYearlyAidResult extends PaidResult<Payment> implements CollectiveYearlyAid {
  /** @internal What the result is (on the prototype: neither a field nor in JSON; read it with core `resultKind`). */
  get [RESULT_KIND](): 'assistant-medical.collective.year' {
    return 'assistant-medical.collective.year';
  }

  readonly regime: CollectiveRegime;
  readonly year: number;
  readonly period: DateRange;
  readonly etp: Decimal;
  readonly ceiling: Decimal;
  readonly modulated: boolean;
  readonly amount: Decimal | undefined;
  readonly objective: CollectiveObjectiveValue | undefined;
  readonly modulation: CollectiveModulation | undefined;

  constructor(aid: CollectiveYearAid) {
    super(
      () => aid.explanation(),
      () => aid.payments().value,
    );
    const s = aid.situation.value;
    this.regime = aid.facts.contract.regime;
    this.year = aid.facts.year;
    this.period = aid.facts.period;
    this.etp = aid.facts.contract.etp;
    this.ceiling = aid.ceiling.value;
    this.modulated = s.kind !== 'fixed';
    this.amount = s.amount;
    this.objective = s.objective;
    this.modulation = s.modulation;
  }
}

const NO_PATH: readonly (string | number)[] = Object.freeze([]);

/** The contract, its term and its starting patientèle, from a parsed input. */
function prepare(parsed: {
  signedOn: string;
  hiredOn: string;
  etp: Decimal;
  group?: CollectiveContract['group'];
  startingPatientele?: Patientele | undefined;
  overrides?: Record<string, unknown> | undefined;
}): { contract: CollectiveContract; term: Stage<Term>; starting: Stage<Patientele> | undefined } {
  const contract = prepareCollectiveContract(parsed);
  const term = hiringTermStage(contract.read, parsed.hiredOn, contract.read.whole(collectiveDurationYears));
  return { contract, term, starting: startingPatienteleStage(parsed.startingPatientele, parsed.group) };
}

/**
 * The aid of one year of a collective contract (aide collective à l’emploi d’assistants médicaux).
 *
 * The maximum is the aid per ETP of the year (year 1, year 2, year 3 onward) × `etp`; it is paid in full
 * before the first modulated year (year 3), then prorated by the collective objective reached (pass
 * `achievement: { medecinTraitant, fileActive }`, the group's patientèle at the end of the year, and the
 * group's `startingPatientele`, or `group` with every doctor's file active). With `group`, `etp` is
 * checked against the group's ceiling. Contract years count from `hiredOn`.
 *
 * @example
 * yearlyAid({ signedOn: '2026-03-02', hiredOn: '2026-04-01', etp: 2, year: 1 }) // amount 76000.00
 */
export function yearlyAid(input: CollectiveYearlyAidInput): CollectiveYearlyAid {
  const parsed = parseInput(collectiveYearlyAidSchema, input);
  const { contract, term, starting } = prepare(parsed);
  return new CollectiveYearlyAidResult(collectiveAidOfYear(contract, term, starting, parsed.alreadyGained, { year: parsed.year, reached: parsed.achievement, path: NO_PATH }));
}

/** The totals of a collective contract. */
export interface CollectiveSimulationTotals {
  /** Sum of the yearly maxima, in euros. */
  readonly ceiling: Decimal;
  /** Sum of the amounts known so far, in euros. */
  readonly amountKnown: Decimal;
  /** Sum of the amounts due, when every year's amount is known, in euros. */
  readonly amount?: Decimal | undefined;
}

/**
 * Every year of a collective contract. Its own fields are the figures; `payments` (of every year, in
 * date order) and `explanation` (the contract's steps and its totals) are built when first read; each
 * year carries its own explanation.
 */
export interface CollectiveSimulation {
  /** The text governing the contract, `'collective-2026'`. */
  readonly regime: CollectiveRegime;
  /** The number of ETP of assistants funded, e.g. `2.5`. */
  readonly etp: Decimal;
  /** One result per contract year, as `collective.yearlyAid` returns it. */
  readonly years: readonly CollectiveYearlyAid[];
  readonly totals: CollectiveSimulationTotals;
  /** Every payment of the contract, in date order. */
  readonly payments: readonly Payment[];
  /** Contract-level steps (text, ETP and their ceiling, starting patientèle, hiring, totals). */
  readonly explanation: Explanation;
}

function totalsStep(years: readonly CollectiveYearlyAid[], totals: CollectiveSimulationTotals) {
  const known = years.filter((y) => y.amount !== undefined).length;
  const { ceiling, amountKnown } = totals;
  return step({
    rule: 'am.collective.contract.totals',
    label:
      totals.amount !== undefined
        ? label(
            (f) => `Total du contrat collectif : ${f.euro(amountKnown)} (maximum ${f.euro(ceiling)})`,
            (f) => `Collective contract total: ${f.euro(amountKnown)} (maximum ${f.euro(ceiling)})`,
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

class CollectiveContractSimulation extends PaidResult<Payment> implements CollectiveSimulation {
  /** @internal What the result is (on the prototype: neither a field nor in JSON; read it with core `resultKind`). */
  get [RESULT_KIND](): 'assistant-medical.collective.contract' {
    return 'assistant-medical.collective.contract';
  }

  readonly regime: CollectiveRegime;
  readonly etp: Decimal;
  readonly years: readonly CollectiveYearlyAid[];
  readonly totals: CollectiveSimulationTotals;

  constructor(contract: CollectiveContract, term: Stage<Term>, starting: Stage<Patientele> | undefined, years: readonly CollectiveYearlyAid[]) {
    const totals = contractTotals(years);
    super(
      () => [...contract.steps(), ...[...(starting?.steps ?? []), ...term.steps].map((s) => s()), totalsStep(years, totals)],
      () => paymentsInOrder(years),
    );
    this.regime = contract.regime;
    this.etp = contract.etp;
    this.years = years;
    this.totals = totals;
  }
}

/**
 * Every year of a collective contract, with the same year results as `collective.yearlyAid`. Pass
 * `achievements` (the group's patientèle reached at the end of each modulated year) and the group's
 * starting patientèle to get the modulated amounts; years without achievement show their maximum only.
 */
export function simulate(input: CollectiveContractInput): CollectiveSimulation {
  const parsed = parseInput(collectiveSimulateSchema, input);
  const { contract, term, starting } = prepare(parsed);
  const duration = term.value.duration.value;
  const first = contract.read.whole(collectiveFirstModulatedYear).value;
  const byYear = new Map<number, { reached: Patientele; index: number }>();
  (parsed.achievements ?? []).forEach((a, index) => {
    const path = ['achievements', index, 'year'];
    if (byYear.has(a.year)) invalid(path, a.year, yearListedOnce(a.year));
    if (a.year > duration) invalid(path, a.year, contractYearsFromTo(first, duration));
    if (a.year < first) invalid(path, a.year, modulatedYears(first, duration));
    byYear.set(a.year, { reached: { medecinTraitant: a.medecinTraitant, fileActive: a.fileActive }, index });
  });
  const years: CollectiveYearlyAid[] = [];
  for (let year = 1; year <= duration; year++) {
    const a = byYear.get(year);
    years.push(
      new CollectiveYearlyAidResult(
        collectiveAidOfYear(contract, term, starting, parsed.alreadyGained, { year, reached: a?.reached, path: a ? ['achievements', a.index] : NO_PATH }),
      ),
    );
  }
  return new CollectiveContractSimulation(contract, term, starting, years);
}

/**
 * `collective.simulate` over many contracts (an array, a generator, a stream of parsed rows), one result
 * per contract in order; a contract the library refuses yields its error and the batch goes on.
 */
export function simulateMany(contracts: Iterable<CollectiveContractInput> | AsyncIterable<CollectiveContractInput>): Batch<CollectiveSimulation> {
  return runBatch(contracts, simulate);
}

/** True for a result of `collective.yearlyAid` (or a year of `collective.simulate`), from either build (its kind, `assistant-medical.collective.year`). */
export function isCollectiveYearlyAid(value: unknown): value is CollectiveYearlyAid {
  return isResult(value, 'assistant-medical.collective.year');
}

/** True for a result of `collective.simulate`, from either build (its kind, `assistant-medical.collective.contract`). */
export function isCollectiveSimulation(value: unknown): value is CollectiveSimulation {
  return isResult(value, 'assistant-medical.collective.contract');
}
