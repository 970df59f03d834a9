/**
 * The collective objective (*objectif collectif de patientèle*): per ETP funded, +260 patients médecin
 * traitant of the group AND +110 patients in its file active, within 2 years, reduced by the patients
 * the adhering doctors already gained under their former individual contracts; a newly installed doctor
 * has an objective of their own (the national P50 after 3 years). Also `objective()`, its public function.
 */
import type { Decimal } from 'decimal.js';
import { dayBefore, plusYears, type IsoDate } from '../core/dates.js';
import { step, stage, type Explanation, type LazyStep, type Stage, type Step } from '../core/explain.js';
import { label } from '../core/format.js';
import { Dec } from '../core/money.js';
import type { ParameterReader, Reading } from '../core/parameters.js';
import { Result, RESULT_KIND } from '../core/result.js';
import { parseInput } from '../core/validation.js';
import { prepareCollectiveContract, type ParsedGroup } from './collective-contract.js';
import { roundPatients } from './objective.js';
import {
  RULES,
  collectiveNewlyInstalledFa,
  collectiveNewlyInstalledMonths,
  collectiveNewlyInstalledMt,
  collectiveNewlyInstalledYears,
  collectiveObjectiveFa,
  collectiveObjectiveMt,
  collectiveObjectiveYears,
  objectiveRounding,
  type CollectiveRegime,
} from './parameters.js';
import { collectiveObjectiveSchema, type CollectiveObjectiveInput } from './schema.js';

/** One of the two parts of the collective objective. */
export interface ObjectivePart {
  /** The group's patientèle at signature, in patients, e.g. `3600`. */
  readonly starting: number;
  /** Patients already gained under the adhering doctors' former individual contracts (subtracted from the increase), e.g. `120`. */
  readonly alreadyGained: number;
  /** Additional patients to reach: per ETP × ETP, less those already gained, never below zero, e.g. `530`. */
  readonly increase: number;
  /** The patientèle to reach: starting + increase, e.g. `4130`. */
  readonly target: number;
}

/** The collective objective of a contract. */
export interface CollectiveObjectiveValue {
  /** The médecin-traitant part (patientèle médecin traitant collective, PMT). */
  readonly medecinTraitant: ObjectivePart;
  /** The file-active part (patientèle file active collective, PFA). */
  readonly fileActive: ObjectivePart;
  /** The day by which the objective is to be reached (the day before the 2nd anniversary of the signature), e.g. `2028-03-01`. */
  readonly dueBy: IsoDate;
}

/** A newly installed doctor's own objective. */
export interface NewlyInstalledObjective {
  /** The doctor's index in `group.doctors`, from 0. */
  readonly doctor: number;
  /** Médecin-traitant patientèle to reach (national P50), and the doctor's at signature. */
  readonly medecinTraitant: { readonly starting: number; readonly target: number };
  /** File active to reach (national P50), and the doctor's at signature when given. */
  readonly fileActive: { readonly starting: number | undefined; readonly target: number };
  /** The day by which it is to be reached (the day before the 3rd anniversary of the signature). */
  readonly dueBy: IsoDate;
}

/** The group's patientèle: `medecinTraitant` and `fileActive`. */
export interface Patientele {
  readonly medecinTraitant: number;
  readonly fileActive: number;
}

/**
 * The group's starting patientèle: the caller's, or the sum of the adhering doctors' when each gives both
 * figures; `undefined` otherwise.
 */
export function startingPatienteleStage(given: Patientele | undefined, group: ParsedGroup | undefined): Stage<Patientele> | undefined {
  if (given) return stage(given);
  if (!group || group.doctors.some((d) => d.patientele.fileActive === undefined)) return undefined;
  const value = {
    medecinTraitant: group.doctors.reduce((t, d) => t + d.patientele.medecinTraitant, 0),
    fileActive: group.doctors.reduce((t, d) => t + (d.patientele.fileActive ?? 0), 0),
  };
  return stage(value, () =>
    step({
      rule: 'am.collective.starting-patientele',
      label: label(
        (f) => `Patientèle de départ du groupe : ${f.num(value.medecinTraitant)} patients médecin traitant et ${f.num(value.fileActive)} en file active (somme des ${f.num(group.doctors.length)} médecins adhérents)`,
        (f) => `Starting patientèle of the group: ${f.num(value.medecinTraitant)} médecin-traitant patients and ${f.num(value.fileActive)} in the file active (sum over the ${f.num(group.doctors.length)} adhering doctors)`,
      ),
      inputs: { doctors: group.doctors.length },
      value: `${value.medecinTraitant}/${value.fileActive}`,
      callerInput: { fr: 'patientèles des médecins adhérents, données par l’appelant', en: 'patientèles of the member doctors, given by the caller' },
    }),
  );
}

function part(starting: number, perEtp: Reading<number>, etp: Decimal, gained: number, rounding: 'up' | 'half-up' | 'down'): ObjectivePart {
  const asked = roundPatients(new Dec(perEtp.value).times(etp), rounding);
  const increase = Math.max(0, asked - gained);
  return { starting, alreadyGained: gained, increase, target: starting + increase };
}

/**
 * The collective objective of a contract of `etp` ETP whose group starts from `starting` (its step is
 * built when the explanation is read).
 */
export function collectiveObjectiveStage(read: ParameterReader, etp: Decimal, starting: Patientele, gained: { medecinTraitant?: number | undefined; fileActive?: number | undefined } | undefined): Stage<CollectiveObjectiveValue> {
  const mt = read.whole(collectiveObjectiveMt);
  const fa = read.whole(collectiveObjectiveFa);
  const years = read.whole(collectiveObjectiveYears);
  const rounding = read.choice(objectiveRounding);
  const value: CollectiveObjectiveValue = {
    medecinTraitant: part(starting.medecinTraitant, mt, etp, gained?.medecinTraitant ?? 0, rounding.value),
    fileActive: part(starting.fileActive, fa, etp, gained?.fileActive ?? 0, rounding.value),
    dueBy: dayBefore(plusYears(read.on, years.value)),
  };
  const reduced = (gained?.medecinTraitant ?? 0) > 0 || (gained?.fileActive ?? 0) > 0;
  const { medecinTraitant: m, fileActive: a, dueBy } = value;
  return stage(value, () =>
    step({
      rule: 'am.collective.objective',
      label: label(
        (f) =>
          `Objectif collectif au ${f.date(dueBy)} : +${f.num(mt.value)} patients médecin traitant et +${f.num(fa.value)} en file active par ETP, soit pour ${f.num(etp)} ETP ${f.num(m.target)} patients médecin traitant (${f.num(m.starting)} + ${f.num(m.increase)}${m.alreadyGained > 0 ? `, ${f.num(m.alreadyGained)} déjà gagnés déduits` : ''}) et ${f.num(a.target)} en file active (${f.num(a.starting)} + ${f.num(a.increase)}${a.alreadyGained > 0 ? `, ${f.num(a.alreadyGained)} déjà gagnés déduits` : ''})`,
        (f) =>
          `Collective objective by ${f.date(dueBy)}: +${f.num(mt.value)} médecin-traitant patients and +${f.num(fa.value)} in the file active per FTE, i.e. for ${f.num(etp)} FTE ${f.num(m.target)} médecin-traitant patients (${f.num(m.starting)} + ${f.num(m.increase)}${m.alreadyGained > 0 ? `, ${f.num(m.alreadyGained)} already gained deducted` : ''}) and ${f.num(a.target)} in the file active (${f.num(a.starting)} + ${f.num(a.increase)}${a.alreadyGained > 0 ? `, ${f.num(a.alreadyGained)} already gained deducted` : ''})`,
      ),
      inputs: {
        etp: etp.toFixed(),
        startingMedecinTraitant: m.starting,
        startingFileActive: a.starting,
        alreadyGainedMedecinTraitant: m.alreadyGained,
        alreadyGainedFileActive: a.alreadyGained,
      },
      value: `${m.target}/${a.target}`,
      uses: [mt.resolved, fa.resolved, years.resolved, rounding.resolved],
      rules: reduced ? [RULES.collectiveObjectiveDueDate, RULES.collectiveAlreadyGained] : [RULES.collectiveObjectiveDueDate],
      callerInput: { fr: 'patientèle de départ du groupe, donnée par l’appelant', en: 'starting patientèle of the group, given by the caller' },
    }),
  );
}

/** The newly installed doctors' own objectives (their steps are built when the explanation is read). */
export function newlyInstalledStage(read: ParameterReader, group: ParsedGroup | undefined): Stage<readonly NewlyInstalledObjective[]> {
  const doctors = (group?.doctors ?? []).map((d, i) => ({ d, i })).filter(({ d }) => d.newlyInstalled === true);
  if (doctors.length === 0) return stage([]);
  const mt = read.whole(collectiveNewlyInstalledMt);
  const fa = read.whole(collectiveNewlyInstalledFa);
  const years = read.whole(collectiveNewlyInstalledYears);
  const months = read.whole(collectiveNewlyInstalledMonths);
  const dueBy = dayBefore(plusYears(read.on, years.value));
  const value: NewlyInstalledObjective[] = doctors.map(({ d, i }) => ({
    doctor: i,
    medecinTraitant: { starting: d.patientele.medecinTraitant, target: mt.value },
    fileActive: { starting: d.patientele.fileActive, target: fa.value },
    dueBy,
  }));
  const steps: LazyStep[] = value.map((o) => () =>
    step({
      rule: 'am.collective.objective.newly-installed',
      label: label(
        (f) =>
          `Médecin n° ${f.num(o.doctor + 1)}, installé depuis moins de ${f.num(months.value)} mois : atteindre au ${f.date(dueBy)} ${f.num(mt.value)} patients médecin traitant et ${f.num(fa.value)} en file active (P50 national ; départ ${f.num(o.medecinTraitant.starting)} patients médecin traitant)`,
        (f) =>
          `Doctor no. ${f.num(o.doctor + 1)}, installed for less than ${f.num(months.value)} months: reach by ${f.date(dueBy)} ${f.num(mt.value)} médecin-traitant patients and ${f.num(fa.value)} in the file active (national P50; start ${f.num(o.medecinTraitant.starting)} médecin-traitant patients)`,
      ),
      inputs: { doctor: o.doctor, medecinTraitant: o.medecinTraitant.starting, fileActive: o.fileActive.starting ?? null },
      value: `${mt.value}/${fa.value}`,
      uses: [mt.resolved, fa.resolved, years.resolved, months.resolved],
      rules: [RULES.collectiveObjectiveDueDate, RULES.collectiveNewlyInstalled],
      callerInput: { fr: 'médecin nouvellement installé, donné par l’appelant', en: 'newly installed doctor, given by the caller' },
    }),
  );
  return { value, steps };
}

/** The collective objective of a contract, as `collective.objective()` returns it. */
export interface CollectiveObjective extends CollectiveObjectiveValue {
  /** The text governing the contract, `'collective-2026'`. */
  readonly regime: CollectiveRegime;
  /** The number of ETP funded, e.g. `2.5`. */
  readonly etp: Decimal;
  /** The newly installed doctors' own objectives (when the group is given), in the order of `group.doctors`. */
  readonly newlyInstalled: readonly NewlyInstalledObjective[];
  /** The steps that produced the result, with their sources. */
  readonly explanation: Explanation;
}

class CollectiveObjectiveResult extends Result implements CollectiveObjective {
  /** @internal What the result is (on the prototype: neither a field nor in JSON; read it with core `resultKind`). */
  get [RESULT_KIND](): 'assistant-medical.collective.objective' {
    return 'assistant-medical.collective.objective';
  }

  readonly regime: CollectiveRegime;
  readonly etp: Decimal;
  readonly medecinTraitant: ObjectivePart;
  readonly fileActive: ObjectivePart;
  readonly dueBy: IsoDate;
  readonly newlyInstalled: readonly NewlyInstalledObjective[];

  constructor(regime: CollectiveRegime, etp: Decimal, objective: CollectiveObjectiveValue, newlyInstalled: readonly NewlyInstalledObjective[], explain: () => Explanation) {
    super(explain);
    this.regime = regime;
    this.etp = etp;
    this.medecinTraitant = objective.medecinTraitant;
    this.fileActive = objective.fileActive;
    this.dueBy = objective.dueBy;
    this.newlyInstalled = newlyInstalled;
  }
}

/**
 * The collective objective of a contract of `etp` ETP signed on `signedOn` for a group starting from
 * `startingPatientele`: per ETP, +260 patients médecin traitant AND +110 in the file active, due 2 years
 * after the signature, each reduced by `alreadyGained` (never below zero). With `group`, the newly
 * installed doctors' own objectives (national P50 after 3 years) come in `newlyInstalled`.
 *
 * @example
 * objective({ signedOn: '2026-03-02', etp: 2, startingPatientele: { medecinTraitant: 3600, fileActive: 5200 } })
 * // medecinTraitant.target 4120, fileActive.target 5420, dueBy '2028-03-01'
 */
export function objective(input: CollectiveObjectiveInput): CollectiveObjective {
  const parsed = parseInput(collectiveObjectiveSchema, input);
  const contract = prepareCollectiveContract(parsed);
  const o = collectiveObjectiveStage(contract.read, contract.etp, parsed.startingPatientele, parsed.alreadyGained);
  const n = newlyInstalledStage(contract.read, parsed.group);
  let built: Step[] | undefined;
  return new CollectiveObjectiveResult(contract.regime, contract.etp, o.value, n.value, () => (built ??= [...contract.steps(), ...[...o.steps, ...n.steps].map((s) => s())]));
}
