/**
 * The aid of one contract year (*aide de l’année*). A year is in one of three situations:
 *
 * - `fixed`: a year before the first modulated year (`am.modulation.first-year`), paid at its maximum;
 * - `pending`: a modulated year whose achievement was not given: its maximum is known, its amount is not;
 * - `modulated`: a modulated year with the patientèle reached: the maximum × the share of the objective
 *   achieved.
 *
 * Each situation is a stage function giving its value and its explanation steps together; the year's
 * explanation is the steps of its stages in order, so nothing is computed twice to be explained.
 */
import type { Decimal } from 'decimal.js';
import { formatPath, invalid, isExerciceCoordonneError } from '../core/errors.js';
import type { DateRange, IsoDate } from '../core/dates.js';
import { amountValue, step, type Explanation, type LazyStep, type Stage, type Step } from '../core/explain.js';
import { label } from '../core/format.js';
import type { ParameterReader, Reading } from '../core/parameters.js';
import { amountReferenceDateStage } from './amount-reference-date.js';
import { ceilingStage, type Ceiling } from './ceiling.js';
import { contractYearStage, type Contract, type Term } from './contract.js';
import { modulationStage, type ModulatedAmount, type Modulation } from './modulation.js';
import { objectiveStage, type Objective } from './objective.js';
import { firstModulatedYear } from './parameters.js';
import { yearPaymentsStage, type Payment, type PaymentFacts } from './payments.js';

/** The facts of one contract year that its rules share. */
export interface YearFacts extends PaymentFacts {
  readonly contract: Contract;
  readonly term: Stage<Term>;
  readonly read: ParameterReader;
  readonly signedOn: IsoDate;
  readonly hiredOn: IsoDate;
  readonly year: number;
  readonly period: DateRange;
  /** Patientèle reached at the end of the year, when given. */
  readonly reachedPatients: number | undefined;
  /** The objective of this year written in the contract, when given (it wins over the contract's). */
  readonly targetPatients: number | undefined;
  /** Path of the year's fields in the caller's input (for errors): `[]`, or `['achievements', i]`. */
  readonly path: readonly (string | number)[];
}

/** A year before the first modulated year: paid at its maximum. */
export interface FixedYear {
  readonly kind: 'fixed';
  readonly amount: Decimal;
  readonly objective: undefined;
  readonly modulation: undefined;
}

/** A modulated year whose achievement was not given: the amount is not known. */
export interface PendingYear {
  readonly kind: 'pending';
  readonly amount: undefined;
  /** The objective, when the library can set it. */
  readonly objective: Objective | undefined;
  readonly modulation: undefined;
}

/** A modulated year with its achievement. */
export interface ModulatedYear {
  readonly kind: 'modulated';
  readonly amount: Decimal;
  readonly objective: Objective;
  readonly modulation: Modulation;
}

/** The situation of a contract year. */
export type YearSituation = FixedYear | PendingYear | ModulatedYear;

/** A year before the first modulated year: the aid is the maximum (its step is built when the explanation is read). */
class FixedYearStage implements Stage<FixedYear>, FixedYear {
  readonly amount: Decimal;
  readonly #year: number;
  readonly #firstModulated: Reading<number>;

  constructor(amount: Decimal, year: number, firstModulated: Reading<number>) {
    this.amount = amount;
    this.#year = year;
    this.#firstModulated = firstModulated;
  }

  get kind(): 'fixed' {
    return 'fixed';
  }

  get objective(): undefined {
    return undefined;
  }

  get modulation(): undefined {
    return undefined;
  }

  get value(): FixedYear {
    return this;
  }

  get steps(): readonly LazyStep[] {
    const { amount } = this;
    const year = this.#year;
    const first = this.#firstModulated;
    return [
      () =>
        step({
          rule: 'am.aid.amount',
          label: label(
            (f) => `Aide de l’année ${f.num(year)} : ${f.euro(amount)}, non modulée (modulation à partir de l’année ${f.num(first.value)})`,
            (f) => `Aid of year ${f.num(year)}: ${f.euro(amount)}, not modulated (modulation from year ${f.num(first.value)})`,
          ),
          inputs: { year, ceiling: amountValue(amount) },
          value: amountValue(amount),
          uses: [first.resolved],
        }),
    ];
  }
}

/** The objective of a modulated year: the year's own (from the contract), else the contract's. */
function yearObjective(facts: YearFacts): Stage<Objective> {
  const patientele = facts.contract.patientele;
  const o = objectiveStage(facts.targetPatients === undefined ? patientele : { ...patientele, contractTarget: facts.targetPatients }, facts.contract.band);
  const deadline = o.value.deadlineYear;
  if (o.value.kind === 'newly-installed' && deadline !== undefined && facts.year > deadline) {
    invalid(
      facts.path.length > 0 ? [...facts.path, 'targetPatients'] : ['objective', 'targetPatients'],
      undefined,
      {
        en: `the objective of year ${facts.year} written in the contract: after year ${deadline} a newly installed doctor has a new objective set from the patientèle reached, which the library cannot compute`,
        fr: `l’objectif de l’année ${facts.year} écrit au contrat : après l’année ${deadline}, un médecin nouvellement installé a un nouvel objectif fixé d’après la patientèle atteinte, que la bibliothèque ne sait pas calculer`,
      },
    );
  }
  return o;
}

/** A modulated year without achievement: the maximum only; the objective is shown when the library can set it. */
class PendingYearStage implements Stage<PendingYear>, PendingYear {
  readonly objective: Objective | undefined;
  readonly #objective: Stage<Objective> | undefined;
  /** Why the objective could not be set, when it could not: the field to give and what it expects. */
  readonly #gap: { readonly path: string; readonly expected: string } | undefined;
  readonly #year: number;
  readonly #ceiling: Ceiling;
  readonly #firstModulated: Reading<number>;

  constructor(
    objective: Stage<Objective> | undefined,
    gap: { readonly path: string; readonly expected: string } | undefined,
    year: number,
    ceiling: Ceiling,
    firstModulated: Reading<number>,
  ) {
    this.objective = objective?.value;
    this.#objective = objective;
    this.#gap = gap;
    this.#year = year;
    this.#ceiling = ceiling;
    this.#firstModulated = firstModulated;
  }

  get kind(): 'pending' {
    return 'pending';
  }

  get amount(): undefined {
    return undefined;
  }

  get modulation(): undefined {
    return undefined;
  }

  get value(): PendingYear {
    return this;
  }

  get steps(): readonly LazyStep[] {
    const gap = this.#gap;
    const year = this.#year;
    const max = this.#ceiling.value;
    const first = this.#firstModulated;
    const objectiveSteps: readonly LazyStep[] =
      gap === undefined
        ? (this.#objective?.steps ?? [])
        : [
            () =>
              step({
                rule: 'am.objective',
                label: {
                  fr: `Objectif non calculé : donnée « ${gap.path} » manquante, à fournir par l’appelant`,
                  en: `Objective not computed: ${gap.expected}`,
                },
                inputs: { missing: gap.path },
                value: null,
                status: 'unknown',
              }),
          ];
    return [
      ...objectiveSteps,
      () =>
        step({
          rule: 'am.aid.amount',
          label: label(
            (f) => `Aide de l’année ${f.num(year)} : au plus ${f.euro(max)}, selon l’atteinte de l’objectif (non fournie)`,
            (f) => `Aid of year ${f.num(year)}: at most ${f.euro(max)}, depending on the achievement of the objective (not given)`,
          ),
          inputs: { year, ceiling: amountValue(max) },
          value: null,
          uses: [first.resolved],
        }),
    ];
  }
}

function pendingYear(facts: YearFacts, ceiling: Ceiling, firstModulated: Reading<number>): Stage<PendingYear> {
  try {
    return new PendingYearStage(yearObjective(facts), undefined, facts.year, ceiling, firstModulated);
  } catch (e) {
    if (!(isExerciceCoordonneError(e) && (e.code === 'missing-parameter' || e.code === 'invalid-input'))) throw e;
    const issue = e.issues[0];
    const gap = { path: issue ? formatPath(issue.path) : '', expected: issue?.expected ?? e.message };
    return new PendingYearStage(undefined, gap, facts.year, ceiling, firstModulated);
  }
}

/** A modulated year with the patientèle reached: the maximum × the share of the objective achieved. */
class ModulatedYearStage implements Stage<ModulatedYear>, ModulatedYear {
  readonly amount: Decimal;
  readonly objective: Objective;
  readonly modulation: Modulation;
  readonly #objective: Stage<Objective>;
  readonly #modulation: Stage<ModulatedAmount>;

  constructor(objective: Stage<Objective>, modulation: Stage<ModulatedAmount>) {
    this.amount = modulation.value.amount;
    this.objective = objective.value;
    this.modulation = modulation.value.modulation;
    this.#objective = objective;
    this.#modulation = modulation;
  }

  get kind(): 'modulated' {
    return 'modulated';
  }

  get value(): ModulatedYear {
    return this;
  }

  get steps(): readonly LazyStep[] {
    return [...this.#objective.steps, ...this.#modulation.steps];
  }
}

function modulatedYear(facts: YearFacts, ceiling: Ceiling, firstModulated: Reading<number>, reached: number): Stage<ModulatedYear> {
  const objective = yearObjective(facts);
  return new ModulatedYearStage(objective, modulationStage(facts.read, facts.year, ceiling, objective.value, reached, firstModulated));
}

/** The situation of a year and its stage. */
function situationStage(facts: YearFacts, ceiling: Ceiling): Stage<YearSituation> {
  const firstModulated = facts.read.whole(firstModulatedYear);
  if (facts.year < firstModulated.value) return new FixedYearStage(ceiling.value, facts.year, firstModulated);
  const reached = facts.reachedPatients;
  return reached === undefined ? pendingYear(facts, ceiling, firstModulated) : modulatedYear(facts, ceiling, firstModulated, reached);
}

/**
 * The aid of one contract year, computed; its payments and its explanation are built when first asked
 * for, from the stages kept here.
 */
export class YearAid {
  readonly facts: YearFacts;
  readonly #period: Stage<DateRange>;
  readonly #reference: Stage<IsoDate>;
  readonly ceiling: Stage<Ceiling>;
  readonly situation: Stage<YearSituation>;
  #payments: Stage<readonly Payment[]> | undefined;

  constructor(facts: YearFacts, period: Stage<DateRange>, reference: Stage<IsoDate>, ceiling: Stage<Ceiling>, situation: Stage<YearSituation>) {
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

  /** The steps of the year: the contract's, the hiring, then each stage's in order. */
  explanation(): Explanation {
    const out: Step[] = [...this.facts.contract.steps()];
    for (const stages of [this.facts.term.steps, this.#period.steps, this.#reference.steps, this.ceiling.steps, this.situation.steps, this.payments().steps]) {
      for (const s of stages) out.push(s());
    }
    return out;
  }
}

/** What one year of a contract is asked for. */
export interface YearSpec {
  readonly year: number;
  readonly reachedPatients?: number | undefined;
  readonly targetPatients?: number | undefined;
  /** Path prefix of the year fields in the caller's input (for errors). */
  readonly path: readonly (string | number)[];
}

/** The aid of one year of a contract hired on the term's date. */
export function aidOfYear(contract: Contract, term: Stage<Term>, spec: YearSpec): YearAid {
  const t = term.value;
  const period = contractYearStage(t, spec.year, spec.path);
  const facts: YearFacts = {
    contract,
    term,
    read: contract.read,
    signedOn: contract.signedOn,
    hiredOn: t.hiredOn,
    year: spec.year,
    period: period.value,
    reachedPatients: spec.reachedPatients,
    targetPatients: spec.targetPatients,
    path: spec.path,
  };
  const reference = amountReferenceDateStage(contract.signedOn, spec.year, period.value);
  const ceiling = ceilingStage(contract.read, contract.option, contract.band, spec.year, reference.value);
  return new YearAid(facts, period, reference, ceiling, situationStage(facts, ceiling.value));
}
