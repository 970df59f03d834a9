/**
 * The objective of patientèle increase (*objectif d’augmentation de patientèle*, Avenant 7 art. 9-5-2-2
 * and its successors): set from the starting band and the option, or the special objectives of a newly
 * installed doctor or of a doctor of the maintenance age (Convention 2024), or the objective written in
 * the contract. Also `objective()`, its public function.
 */
import type { Decimal } from 'decimal.js';
import { ExerciceCoordonneError, issue } from '../core/errors.js';
import { step, stage, type Explanation, type LazyStep, type Stage } from '../core/explain.js';
import { label, type Label } from '../core/format.js';
import { Dec, ratioValue } from '../core/money.js';
import type { Reading, RuleReading } from '../core/parameters.js';
import { Result, RESULT_KIND } from '../core/result.js';
import { parseInput } from '../core/validation.js';
import type { BandOrBelow, PatienteleFacts } from './band.js';
import { cutOff } from './band.js';
import { optionText, prepareContract, type Contract } from './contract.js';
import {
  RULES,
  newlyInstalledDeadlineYear,
  newlyInstalledTarget,
  objectiveRounding,
  objectives,
  secondAssistantObjective,
  seniorMinimumAge,
  seniorTolerance,
  type Band,
  type Regime,
} from './parameters.js';
import { objectiveSchema, type ObjectiveInput } from './schema.js';

/** How the objective was set: written in the contract, from the band, newly installed doctor, maintenance age. */
export type ObjectiveKind = 'contract' | 'band' | 'newly-installed' | 'senior';

/** An objective of patientèle. */
export interface Objective {
  readonly kind: ObjectiveKind;
  /** Patientèle to reach, in whole patients. */
  readonly targetPatients: number;
  /** Starting patientèle, when known. */
  readonly startingPatients: number | undefined;
  /** Increase over the starting patientèle as a ratio (band objectives), e.g. 0.2 for +20 %. */
  readonly rate: Decimal | undefined;
  /** Contract year by which a newly installed doctor must reach the target. */
  readonly deadlineYear: number | undefined;
}

/** A number of patients rounded as `am.objective.target-rounding` says (shared with the collective contract). */
export function roundPatients(x: Decimal, mode: 'up' | 'half-up' | 'down'): number {
  const r = mode === 'up' ? x.ceil() : mode === 'down' ? x.floor() : x.toDecimalPlaces(0, Dec.ROUND_HALF_UP);
  return r.toNumber();
}

function needStart(facts: PatienteleFacts, why: Label): number {
  if (facts.startingPatients === undefined) {
    throw new ExerciceCoordonneError('invalid-input', [
      issue(['startingPatients'], undefined, {
        en: `the starting patientèle in patients (a whole number ≥ 0), needed ${why.en}`,
        fr: `la patientèle de départ, en patients (un nombre entier ≥ 0), nécessaire ${why.fr}`,
      }),
    ]);
  }
  return facts.startingPatients;
}

function bandText(b: BandOrBelow): string {
  return b === 'below-P30' ? '< P30' : b;
}

/** The objective written in the contract (a class: its step is built when the explanation is read, nothing while computing). */
class ContractObjective implements Stage<Objective> {
  readonly value: Objective;

  constructor(target: number, startingPatients: number | undefined) {
    this.value = { kind: 'contract', targetPatients: target, startingPatients, rate: undefined, deadlineYear: undefined };
  }

  get steps(): readonly LazyStep[] {
    const target = this.value.targetPatients;
    return [
      () =>
        step({
          rule: 'am.objective',
          label: label((f) => `Objectif écrit au contrat : ${f.num(target)} patients`, (f) => `Objective written in the contract: ${f.num(target)} patients`),
          inputs: { targetPatients: target },
          value: target,
          callerInput: { fr: 'objectif écrit au contrat, donné par l’appelant', en: 'objective written in the contract, given by the caller' },
        }),
    ];
  }
}

/** A newly installed doctor: reach a percentile of the specialty (P50) by a contract year. */
function newlyInstalledObjective(facts: PatienteleFacts): Stage<Objective> {
  const percentile = facts.read.choice(newlyInstalledTarget);
  const deadline = facts.read.whole(newlyInstalledDeadlineYear);
  const t = cutOff(facts, percentile.value);
  const name = percentile.value.toUpperCase();
  return stage(
    { kind: 'newly-installed', targetPatients: t.patients, startingPatients: facts.startingPatients, rate: undefined, deadlineYear: deadline.value },
    () =>
      step({
        rule: 'am.objective',
        label: label(
          (f) => `Médecin nouvellement installé : atteindre ${name} de sa spécialité, soit ${f.num(t.patients)} patients, en ${f.num(deadline.value)} ans`,
          (f) => `Newly installed doctor: reach ${name} of the specialty, ${f.num(t.patients)} patients, within ${f.num(deadline.value)} years`,
        ),
        inputs: { newlyInstalled: true, [percentile.value]: t.patients },
        value: t.patients,
        uses: [percentile.resolved, deadline.resolved, ...(t.resolved ? [t.resolved] : [])],
        ...(t.fromCaller ? { callerInput: { fr: 'seuil de percentile donné par l’appelant', en: 'percentile threshold given by the caller' } } : {}),
      }),
  );
}

/** A doctor of the maintenance age (Convention 2024): keep the patientèle, a decrease tolerated. */
function seniorObjective(facts: PatienteleFacts, age: number, minimumAge: Reading<number>): Stage<Objective> {
  const tolerance = facts.read.decimal(seniorTolerance);
  const rounding = facts.read.choice(objectiveRounding);
  const start = needStart(facts, { en: 'for the objective of a doctor of the maintenance age', fr: 'pour l’objectif d’un médecin ayant l’âge de maintien de la patientèle' });
  const target = roundPatients(new Dec(start).times(new Dec(1).minus(tolerance.value)), rounding.value);
  return stage(
    { kind: 'senior', targetPatients: target, startingPatients: start, rate: ratioValue(new Dec(0).minus(tolerance.value)), deadlineYear: undefined },
    () =>
      step({
        rule: 'am.objective',
        label: label(
          (f) =>
            `Médecin de ${f.num(age)} ans (${f.num(minimumAge.value)} ans ou plus) : maintenir sa patientèle de ${f.num(start)} patients, baisse de ${f.percent(tolerance.value)} tolérée, soit au moins ${f.num(target)} patients`,
          (f) =>
            `Doctor aged ${f.num(age)} (${f.num(minimumAge.value)} or more): keep the patientèle of ${f.num(start)} patients, ${f.percent(tolerance.value)} decrease tolerated, i.e. at least ${f.num(target)} patients`,
        ),
        inputs: { age, startingPatients: start },
        value: target,
        uses: [minimumAge.resolved, tolerance.resolved, rounding.resolved],
      }),
  );
}

/** The objective of the band: an increase rate by option and band, applied to the starting patientèle. */
function bandObjective(facts: PatienteleFacts, band: BandOrBelow): Stage<Objective> {
  const start = needStart(facts, {
    en: 'to compute the objective from the band (or pass objective.targetPatients from the contract)',
    fr: 'pour calculer l’objectif à partir de la tranche (ou donnez objective.targetPatients, l’objectif écrit au contrat)',
  });
  const rounding = facts.read.choice(objectiveRounding);
  const rules: RuleReading[] = [RULES.objectiveMeasure];
  const option = facts.option;
  let rate;
  if (option === '1.5' || option === '2') {
    rate = facts.read.decimal(secondAssistantObjective[option]);
  } else {
    const row: Band = band === 'below-P30' ? 'P30-P50' : band;
    if (band === 'below-P30') rules.push(RULES.belowP30Objective);
    rate = facts.read.decimal(objectives[option][row]);
  }
  const r = rate;
  const target = roundPatients(new Dec(start).times(r.value.plus(1)), rounding.value);
  return stage(
    { kind: 'band', targetPatients: target, startingPatients: start, rate: ratioValue(new Dec(r.value)), deadlineYear: undefined },
    () =>
      step({
        rule: 'am.objective',
        label: label(
          (f) =>
            `Objectif : +${f.percent(r.value)} sur ${f.num(start)} patients (option ${optionText(option, f)} ETP, tranche ${bandText(band)}), soit ${f.num(target)} patients (+${f.num(target - start)})`,
          (f) =>
            `Objective: +${f.percent(r.value)} on ${f.num(start)} patients (option ${optionText(option, f)} FTE, band ${bandText(band)}), i.e. ${f.num(target)} patients (+${f.num(target - start)})`,
        ),
        inputs: { startingPatients: start, option, band, rate: r.value.toFixed() },
        value: target,
        uses: [r.resolved, rounding.resolved],
        rules,
      }),
  );
}

/**
 * The objective of the contract. In order of precedence: the objective written in the contract
 * (`objective.targetPatients`); a newly installed doctor's objective (reach P50 of the specialty by
 * year 3); a doctor of the maintenance age under the Convention 2024 (keep the patientèle, a decrease
 * tolerated); otherwise the band's increase rate.
 */
export function objectiveStage(facts: PatienteleFacts, band: BandOrBelow): Stage<Objective> {
  if (facts.contractTarget !== undefined) return new ContractObjective(facts.contractTarget, facts.startingPatients);
  if (facts.newlyInstalled === true) return newlyInstalledObjective(facts);
  const age = facts.age;
  if (age !== undefined && facts.read.hasValue(seniorMinimumAge)) {
    const minimumAge = facts.read.whole(seniorMinimumAge);
    if (age >= minimumAge.value) return seniorObjective(facts, age, minimumAge);
  }
  return bandObjective(facts, band);
}

/** The objective of a contract, as `objective()` returns it. */
export interface ObjectiveResult {
  /** The text governing the contract (by its signature date). */
  readonly regime: Regime;
  /** The starting patientèle band (*tranche de patientèle de départ*), or `below-P30`. */
  readonly band: BandOrBelow;
  /** How the objective was set. */
  readonly kind: ObjectiveKind;
  /** Patientèle to reach, in whole patients, e.g. `1150`. */
  readonly targetPatients: number;
  /** Starting patientèle in patients, when known, e.g. `1000`. */
  readonly startingPatients: number | undefined;
  /** Additional patients to take on (target − start), when the start is known; negative for a tolerated decrease. */
  readonly additionalPatients: number | undefined;
  /** Increase rate over the starting patientèle (band objectives), a ratio such as `0.15` (shown `15 %`). */
  readonly rate: Decimal | undefined;
  /** Contract year by which the target must be reached (newly installed doctors), e.g. `3`. */
  readonly deadlineYear: number | undefined;
  /** The steps that produced the result, with their sources. */
  readonly explanation: Explanation;
}

class ObjectiveOfContract extends Result implements ObjectiveResult {
  /** @internal What the result is (on the prototype: neither a field nor in JSON; read it with core `resultKind`). */
  get [RESULT_KIND](): 'assistant-medical.objective' {
    return 'assistant-medical.objective';
  }

  readonly regime: Regime;
  readonly band: BandOrBelow;
  readonly kind: ObjectiveKind;
  readonly targetPatients: number;
  readonly startingPatients: number | undefined;
  readonly additionalPatients: number | undefined;
  readonly rate: Decimal | undefined;
  readonly deadlineYear: number | undefined;

  constructor(contract: Contract, objective: Stage<Objective>) {
    super(() => [...contract.steps(), ...objective.steps.map((s) => s())]);
    const o = objective.value;
    this.regime = contract.regime;
    this.band = contract.band;
    this.kind = o.kind;
    this.targetPatients = o.targetPatients;
    this.startingPatients = o.startingPatients;
    this.additionalPatients = o.startingPatients === undefined ? undefined : o.targetPatients - o.startingPatients;
    this.rate = o.rate;
    this.deadlineYear = o.deadlineYear;
  }
}

/**
 * The objective of patientèle increase of a contract (Avenant 7 art. 9-5-2-2 and successors): the
 * target in patients, the increase rate of the band, or the special objective of a newly installed
 * doctor or of a doctor of the maintenance age (Convention 2024). Figures no source gives raise
 * `missing-parameter`, naming the override to pass; the objective written in the contract
 * (`objective.targetPatients`) always wins.
 *
 * @example
 * objective({ signedOn: '2021-03-01', option: '1/3', band: 'P50-P70', startingPatients: 1000 })
 * // targetPatients 1150 (+15 %)
 */
export function objective(input: ObjectiveInput): ObjectiveResult {
  const parsed = parseInput(objectiveSchema, input);
  const contract = prepareContract(parsed);
  return new ObjectiveOfContract(contract, objectiveStage(contract.patientele, contract.band));
}
