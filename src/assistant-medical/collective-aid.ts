/**
 * The aid of one year of a collective contract (*aide collective de l’année*): the aid per ETP of the
 * year's row (year 1, year 2, year 3 onward) × the ETP funded — its maximum — paid in full before the
 * first modulated year, then prorated by the collective objective reached. A year is `fixed`, `pending`
 * (a modulated year whose achievement, or the group's starting patientèle, was not given) or `modulated`;
 * each situation gives its value and its explanation steps together.
 */
import type { Decimal } from 'decimal.js';
import type { DateRange, IsoDate } from '../core/dates.js';
import { amountValue, stage, step, type Explanation, type LazyStep, type Stage, type Step } from '../core/explain.js';
import { label } from '../core/format.js';
import { euroComputed, roundToCent } from '../core/money.js';
import type { ParameterReader, Reading } from '../core/parameters.js';
import { amountReferenceDateStage } from './amount-reference-date.js';
import type { CollectiveContract } from './collective-contract.js';
import { collectiveModulationStage, type CollectiveModulation } from './collective-modulation.js';
import { collectiveObjectiveStage, type CollectiveObjectiveValue, type Patientele } from './collective-objective.js';
import { contractYearStage, type Term } from './contract.js';
import { RULES, collectiveCeilings, collectiveFirstModulatedYear, modulationRounding, type CollectiveAmountRow } from './parameters.js';
import { yearPaymentsStage, type Payment, type PaymentFacts } from './payments.js';

/** The row of the collective amount table of a contract year. */
function rowOf(year: number): CollectiveAmountRow {
  return year === 1 ? 'year-1' : year === 2 ? 'year-2' : 'year-3-plus';
}

const HIRED_ON = ['hiredOn'] as const;

/**
 * The maximum aid of a year: the aid per ETP of its row, read at the amount reference date, × the ETP
 * (`am.collective.rule.fractional-etp` for a fractional number), rounded to the cent when it is not whole
 * cents (`am.modulation.cent-rounding`).
 */
function ceilingStage(read: ParameterReader, etp: Decimal, year: number, reference: IsoDate): Stage<Decimal> {
  const param = collectiveCeilings[rowOf(year)];
  const perEtp = read.at(reference, HIRED_ON).euro(param);
  const product = perEtp.value.times(etp);
  const rounding = product.decimalPlaces() > 2 ? read.choice(modulationRounding) : undefined;
  const ceiling = euroComputed(rounding ? roundToCent(product, rounding.value) : product);
  const fractional = !etp.isInteger();
  return stage(ceiling, () =>
    step({
      rule: 'am.collective.aid.ceiling',
      label: label(
        (f) => `Aide maximale : ${f.euro(perEtp.value)} par ETP × ${f.num(etp)} ETP = ${f.euro(ceiling)} (${param.label.fr})`,
        (f) => `Maximum aid: ${f.euro(perEtp.value)} per FTE × ${f.num(etp)} FTE = ${f.euro(ceiling)} (${param.label.en})`,
      ),
      inputs: { etp: etp.toFixed(), year, referenceDate: reference },
      value: amountValue(ceiling),
      uses: [perEtp.resolved, ...(rounding ? [rounding.resolved] : [])],
      ...(fractional ? { rules: [RULES.collectiveFractionalEtp] } : {}),
    }),
  );
}

/** The situation of a collective contract year. */
export type CollectiveYearSituation =
  | { readonly kind: 'fixed'; readonly amount: Decimal; readonly objective: undefined; readonly modulation: undefined }
  | { readonly kind: 'pending'; readonly amount: undefined; readonly objective: CollectiveObjectiveValue | undefined; readonly modulation: undefined }
  | { readonly kind: 'modulated'; readonly amount: Decimal; readonly objective: CollectiveObjectiveValue; readonly modulation: CollectiveModulation };

/** What one year of a collective contract is computed from. */
export interface CollectiveYearFacts extends PaymentFacts {
  readonly contract: CollectiveContract;
  readonly term: Stage<Term>;
  /** The group's starting patientèle, when known. */
  readonly starting: Stage<Patientele> | undefined;
  readonly alreadyGained: { readonly medecinTraitant?: number | undefined; readonly fileActive?: number | undefined } | undefined;
  /** The group's patientèle reached at the end of the year, when given. */
  readonly reached: Patientele | undefined;
  /** Path of the year's fields in the caller's input (for errors): `[]`, or `['achievements', i]`. */
  readonly path: readonly (string | number)[];
}

function fixedStage(amount: Decimal, year: number, first: Reading<number>): Stage<CollectiveYearSituation> {
  return stage({ kind: 'fixed', amount, objective: undefined, modulation: undefined }, () =>
    step({
      rule: 'am.collective.aid.amount',
      label: label(
        (f) => `Aide de l’année ${f.num(year)} : ${f.euro(amount)}, non modulée (modulation à partir de l’année ${f.num(first.value)})`,
        (f) => `Aid of year ${f.num(year)}: ${f.euro(amount)}, not modulated (modulation from year ${f.num(first.value)})`,
      ),
      inputs: { year, ceiling: amountValue(amount) },
      value: amountValue(amount),
      uses: [first.resolved],
    }),
  );
}

function pendingStage(facts: CollectiveYearFacts, ceiling: Decimal, first: Reading<number>, objective: Stage<CollectiveObjectiveValue> | undefined): Stage<CollectiveYearSituation> {
  const year = facts.year;
  const missing: LazyStep[] = objective
    ? [...objective.steps]
    : [
        () =>
          step({
            rule: 'am.collective.objective',
            label: {
              fr: 'Objectif non calculé : donnée « startingPatientele » manquante (ou la file active de chaque médecin du groupe), à fournir par l’appelant',
              en: 'Objective not computed: startingPatientele { medecinTraitant, fileActive } (or each doctor’s file active in group) is needed',
            },
            inputs: { missing: 'startingPatientele' },
            value: null,
            status: 'unknown',
          }),
      ];
  return {
    value: { kind: 'pending', amount: undefined, objective: objective?.value, modulation: undefined },
    steps: [
      ...missing,
      () =>
        step({
          rule: 'am.collective.aid.amount',
          label: label(
            (f) => `Aide de l’année ${f.num(year)} : au plus ${f.euro(ceiling)}, selon l’atteinte de l’objectif collectif (non fournie)`,
            (f) => `Aid of year ${f.num(year)}: at most ${f.euro(ceiling)}, depending on the achievement of the collective objective (not given)`,
          ),
          inputs: { year, ceiling: amountValue(ceiling) },
          value: null,
          uses: [first.resolved],
        }),
    ],
  };
}

/** The situation of a year (fixed, pending, modulated), with its steps. */
function situationStage(facts: CollectiveYearFacts, ceiling: Decimal): Stage<CollectiveYearSituation> {
  const read = facts.contract.read;
  const first = read.whole(collectiveFirstModulatedYear);
  if (facts.year < first.value) return fixedStage(ceiling, facts.year, first);
  const starting = facts.starting;
  const objective = starting ? collectiveObjectiveStage(read, facts.contract.etp, starting.value, facts.alreadyGained) : undefined;
  const reached = facts.reached;
  if (!objective || !reached) return pendingStage(facts, ceiling, first, objective);
  const m = collectiveModulationStage(read, facts.year, ceiling, objective.value, reached, first);
  return {
    value: { kind: 'modulated', amount: m.value.amount, objective: objective.value, modulation: m.value.modulation },
    steps: [...objective.steps, ...m.steps],
  };
}

/** The aid of one year of a collective contract, computed; payments and explanation built when first asked for. */
export class CollectiveYearAid {
  readonly facts: CollectiveYearFacts;
  readonly ceiling: Stage<Decimal>;
  readonly situation: Stage<CollectiveYearSituation>;
  readonly #period: Stage<DateRange>;
  readonly #reference: Stage<IsoDate>;
  #payments: Stage<readonly Payment[]> | undefined;

  constructor(facts: CollectiveYearFacts, period: Stage<DateRange>, reference: Stage<IsoDate>, ceiling: Stage<Decimal>, situation: Stage<CollectiveYearSituation>) {
    this.facts = facts;
    this.#period = period;
    this.#reference = reference;
    this.ceiling = ceiling;
    this.situation = situation;
  }

  /** The payments of the year and their step (none while the amount is not known). */
  payments(): Stage<readonly Payment[]> {
    return (this.#payments ??= yearPaymentsStage(this.facts, this.situation.value.amount));
  }

  /** The steps of the year: the contract's, the starting patientèle, the hiring, then each stage's in order. */
  explanation(): Explanation {
    const out: Step[] = [...this.facts.contract.steps()];
    const stages = [this.facts.starting?.steps ?? [], this.facts.term.steps, this.#period.steps, this.#reference.steps, this.ceiling.steps, this.situation.steps, this.payments().steps];
    for (const steps of stages) for (const s of steps) out.push(s());
    return out;
  }
}

/** What one year of a collective contract is asked for. */
export interface CollectiveYearSpec {
  readonly year: number;
  readonly reached: Patientele | undefined;
  readonly path: readonly (string | number)[];
}

const PAYMENT_RULES = { contractYears: RULES.collectiveContractYears, also: [RULES.collectivePayments] } as const;

/** The aid of one year of a collective contract hired on the term's date. */
export function collectiveAidOfYear(
  contract: CollectiveContract,
  term: Stage<Term>,
  starting: Stage<Patientele> | undefined,
  alreadyGained: CollectiveYearFacts['alreadyGained'],
  spec: CollectiveYearSpec,
): CollectiveYearAid {
  const period = contractYearStage(term.value, spec.year, spec.path, RULES.collectiveContractYears);
  const facts: CollectiveYearFacts = {
    contract,
    term,
    read: contract.read,
    signedOn: contract.signedOn,
    hiredOn: term.value.hiredOn,
    year: spec.year,
    period: period.value,
    starting,
    alreadyGained,
    reached: spec.reached,
    path: spec.path,
    paymentRules: PAYMENT_RULES,
  };
  const reference = amountReferenceDateStage(contract.signedOn, spec.year, period.value, RULES.collectiveAmountReferenceDate, 'am.collective.aid.amount-reference-date');
  const ceiling = ceilingStage(contract.read, contract.etp, spec.year, reference.value);
  return new CollectiveYearAid(facts, period, reference, ceiling, situationStage(facts, ceiling.value));
}
