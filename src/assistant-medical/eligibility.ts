/**
 * Eligibility of a doctor to the aide à l’emploi d’un assistant médical (*conditions d’éligibilité*),
 * under the text of the signature date. Every criterion is checked and reported, not just the first
 * failure; a criterion the library cannot decide (a figure it does not know) is reported as "to check",
 * never silently passed.
 */
import type { Decimal } from 'decimal.js';
import type { z } from 'zod';
import { invalid, isExerciceCoordonneError } from '../core/errors.js';
import { step, type Explanation, type Step, type StepSource } from '../core/explain.js';
import { FR, label, type Label } from '../core/format.js';
import { Dec } from '../core/money.js';
import { ParameterReader, checkOverrides, type Resolved, type RuleReading, type Status } from '../core/parameters.js';
import { Result, RESULT_KIND } from '../core/result.js';
import { parseInput } from '../core/validation.js';
import { cutOff, type PatienteleFacts } from './band.js';
import { SIGNED_ON, optionText, regimeStage } from './contract.js';
import { capital, quoted, sectorName, sectorNames, specialtyName, specialtyNames, zoneNames } from './vocabulary.js';
import {
  PARAMETERS,
  RULES,
  avenant7WholeTerritorySpecialties,
  childrenAgeLimit,
  childrenShareExemption,
  clinicalFeeComparison,
  clinicalFeeMinimumShare,
  clinicalFeeRuleSpecialties,
  coordinatedPracticeCommitmentYears,
  coordinatedPracticeRequired,
  disabilityExemption,
  eligibleSectors,
  excludedSpecialties,
  fullTimeZones,
  groupPracticeExemptZones,
  groupPracticeMinimumDoctors,
  groupPracticeRequired,
  lowDensityDepartementShare,
  optionsOpen,
  p30Comparison,
  secondAssistantFromYear,
  secondAssistantSpecialties,
  secondAssistantZones,
  type Regime,
} from './parameters.js';
import { checkEligibilitySchema, type CheckEligibilityInput } from './schema.js';

/** Outcome of one criterion. */
export type Outcome = 'met' | 'not-met' | 'to-check';

/** One criterion of eligibility and its outcome, with its sources. */
export interface Reason {
  /** Stable id, e.g. `am.eligibility.sector`. */
  readonly criterion: string;
  readonly outcome: Outcome;
  /** What was found, in French and English. */
  readonly label: Label;
  /** How sure the library is of the rule applied. */
  readonly status: Status | 'caller';
  readonly sources: readonly StepSource[];
}

/** Result of `checkEligibility`. */
export interface Eligibility {
  /** No criterion is `not-met`. */
  readonly eligible: boolean;
  /** No criterion is `to-check` (the library could decide every criterion). */
  readonly certain: boolean;
  /** The text governing a contract signed on the date given. */
  readonly regime: Regime;
  /** Every criterion checked, in order. */
  readonly reasons: readonly Reason[];
  /** The criteria not met (a subset of `reasons`). */
  readonly failed: readonly Reason[];
  /** The steps of the check: the text, then one per criterion, with their sources. */
  readonly explanation: Explanation;
}

const GP = 'medecine-generale';

interface Checker {
  readonly read: ParameterReader;
  readonly reasons: Reason[];
  readonly steps: Step[];
}

function record(
  c: Checker,
  criterion: string,
  outcome: Outcome,
  text: Label,
  uses: readonly Resolved[],
  extra: { rules?: readonly RuleReading[]; inputs?: Record<string, string | number | boolean | null>; status?: Status } = {},
): void {
  const s = step({
    rule: criterion,
    label: text,
    inputs: extra.inputs ?? {},
    value: outcome,
    uses,
    ...(extra.rules ? { rules: extra.rules } : {}),
    ...(extra.status ? { status: extra.status } : {}),
  });
  c.steps.push(s);
  c.reasons.push({ criterion, outcome, label: text, status: s.status, sources: s.sources });
}

function compare(value: Decimal | number, bound: Decimal | number, comparison: 'at-least' | 'more-than'): boolean {
  const v = new Dec(value);
  return comparison === 'more-than' ? v.greaterThan(bound) : v.greaterThanOrEqualTo(bound);
}

class EligibilityResult extends Result implements Eligibility {
  /** @internal What the result is (on the prototype: neither a field nor in JSON; read it with core `resultKind`). */
  get [RESULT_KIND](): 'assistant-medical.eligibility' {
    return 'assistant-medical.eligibility';
  }

  readonly eligible: boolean;
  readonly certain: boolean;
  readonly regime: Regime;
  readonly reasons: readonly Reason[];
  readonly failed: readonly Reason[];

  constructor(regime: Regime, reasons: readonly Reason[], steps: Explanation) {
    super(() => steps);
    const failed = reasons.filter((r) => r.outcome === 'not-met');
    this.eligible = failed.length === 0;
    this.certain = !reasons.some((r) => r.outcome === 'to-check');
    this.regime = regime;
    this.reasons = reasons;
    this.failed = failed;
  }
}

/**
 * Checks every eligibility criterion of the text of `signedOn` for `doctor` and `option`: option open,
 * sector, excluded specialties, the surgeons/ENT/gynaecologists clinical-fee rule, the zone for the
 * full-time option, group and coordinated practice (Avenant 7), the P30 minimum of activity and its
 * exemptions, and the 2024 second-assistant conditions.
 *
 * Ineligibility is a result with reasons, not an error; missing doctor facts that a criterion needs
 * raise the validation error naming the field.
 */
export function checkEligibility(input: CheckEligibilityInput): Eligibility {
  const parsed = parseInput(checkEligibilitySchema, input);
  const read = new ParameterReader(parsed.signedOn, checkOverrides(PARAMETERS, parsed.overrides), SIGNED_ON);
  const { option, doctor } = parsed;
  const on = read.on;
  const regime = regimeStage(read);
  const c: Checker = { read, reasons: [], steps: [regime.steps[0]!()] };

  // Option open at signature
  const open = read.list(optionsOpen);
  const isOpen = open.value.includes(option);
  record(
    c,
    'am.eligibility.option',
    isOpen ? 'met' : 'not-met',
    isOpen
      ? label((f) => `Option ${optionText(option, f)} ETP ouverte à la signature`, (f) => `Option ${optionText(option, f)} FTE open at signature`)
      : label(
          (f) => `Option ${optionText(option, f)} ETP fermée aux contrats signés le ${f.date(on)} (ouvertes : ${quoted(f, open.value)})`,
          (f) => `Option ${optionText(option, f)} FTE closed to contracts signed on ${f.date(on)} (open: ${quoted(f, open.value)})`,
        ),
    [open.resolved],
    { inputs: { option } },
  );

  // Sector
  const sectors = read.list(eligibleSectors);
  const sectorOk = sectors.value.includes(doctor.sector);
  record(
    c,
    'am.eligibility.sector',
    sectorOk ? 'met' : 'not-met',
    sectorOk
      ? label((f) => `${capital(sectorName(f, doctor.sector))} éligible`, (f) => `${capital(sectorName(f, doctor.sector))} eligible`)
      : label(
          (f) => `${capital(sectorName(f, doctor.sector))} non éligible (éligibles : ${sectorNames(f, sectors.value)})`,
          (f) => `${capital(sectorName(f, doctor.sector))} not eligible (eligible: ${sectorNames(f, sectors.value)})`,
        ),
    [sectors.resolved],
    { inputs: { sector: doctor.sector } },
  );

  // Excluded specialties (from 2023)
  if (read.inForce(excludedSpecialties)) {
    const excluded = read.list(excludedSpecialties);
    const out = excluded.value.includes(doctor.specialty);
    record(
      c,
      'am.eligibility.specialty',
      out ? 'not-met' : 'met',
      out
        ? label((f) => `Spécialité ${specialtyName(f, doctor.specialty)} exclue du dispositif`, (f) => `Specialty ${specialtyName(f, doctor.specialty)} excluded from the scheme`)
        : label((f) => `Spécialité ${specialtyName(f, doctor.specialty)} non exclue`, (f) => `Specialty ${specialtyName(f, doctor.specialty)} not excluded`),
      [excluded.resolved],
      { inputs: { specialty: doctor.specialty } },
    );
  }

  // Avenant 7: specialties eligible everywhere vs in the least-dense départements only
  if (read.inForce(avenant7WholeTerritorySpecialties)) {
    const whole = read.list(avenant7WholeTerritorySpecialties);
    if (whole.value.includes(doctor.specialty)) {
      record(
        c,
        'am.eligibility.specialty',
        'met',
        label((f) => `Spécialité ${specialtyName(f, doctor.specialty)} éligible sur tout le territoire`, (f) => `Specialty ${specialtyName(f, doctor.specialty)} eligible on the whole territory`),
        [whole.resolved],
        { inputs: { specialty: doctor.specialty } },
      );
    } else {
      const share = read.decimal(lowDensityDepartementShare);
      const low = doctor.inLowDensityDepartement;
      record(
        c,
        'am.eligibility.specialty',
        low === undefined ? 'to-check' : low ? 'met' : 'not-met',
        low === undefined
          ? label(
              (f) =>
                `Spécialité ${specialtyName(f, doctor.specialty)} : éligible seulement dans les ${f.percent(share.value)} de départements les moins dotés pour certaines spécialités ; liste officielle non connue de la bibliothèque (renseigner doctor.inLowDensityDepartement)`,
              (f) =>
                `Specialty ${specialtyName(f, doctor.specialty)}: for some specialties eligible only in the ${f.percent(share.value)} least-dense départements; official list unknown to the library (set doctor.inLowDensityDepartement)`,
            )
          : low
            ? label(
                (f) => `Spécialité ${specialtyName(f, doctor.specialty)} exercée dans un département parmi les ${f.percent(share.value)} les moins dotés`,
                (f) => `Specialty ${specialtyName(f, doctor.specialty)} practised in a département among the ${f.percent(share.value)} least dense`,
              )
            : label(
                (f) => `Spécialité ${specialtyName(f, doctor.specialty)} hors des ${f.percent(share.value)} de départements les moins dotés`,
                (f) => `Specialty ${specialtyName(f, doctor.specialty)} outside the ${f.percent(share.value)} least-dense départements`,
              ),
        [whole.resolved, share.resolved],
        { inputs: { specialty: doctor.specialty, inLowDensityDepartement: low ?? null } },
      );
    }
  }

  // Clinical-fee share (surgeons; from 2024 also ENT and gynaecologists)
  if (read.inForce(clinicalFeeRuleSpecialties)) {
    const concerned = read.list(clinicalFeeRuleSpecialties);
    if (concerned.value.includes(doctor.specialty)) {
      const share = doctor.clinicalFeeShare;
      if (share === undefined) {
        invalid(['doctor', 'clinicalFeeShare'], undefined, {
          en: `the share of clinical fees (0 to 1) over the 12 months before signature, required for ${concerned.value.map((s) => `"${s}"`).join(', ')}`,
          fr: `la part d’honoraires cliniques (de 0 à 1) sur les 12 mois précédant la signature, exigée en ${specialtyNames(FR, concerned.value)}`,
        });
      }
      const minimum = read.decimal(clinicalFeeMinimumShare);
      const comparison = read.choice(clinicalFeeComparison);
      const ok = compare(share, minimum.value, comparison.value);
      const sign = comparison.value === 'more-than' ? '>' : '≥';
      record(
        c,
        'am.eligibility.clinical-fees',
        ok ? 'met' : 'not-met',
        label(
          (f) => `Part d’honoraires cliniques ${f.percent(share)} (exigé : ${sign} ${f.percent(minimum.value)})`,
          (f) => `Clinical-fee share ${f.percent(share)} (required: ${sign} ${f.percent(minimum.value)})`,
        ),
        [concerned.resolved, minimum.resolved, comparison.resolved],
        { inputs: { specialty: doctor.specialty, clinicalFeeShare: share.toFixed() } },
      );
    }
  }

  // Zone for the full-time option
  if (option === '1') {
    const zones = read.list(fullTimeZones);
    const ok = zones.value.includes(doctor.zone);
    record(
      c,
      'am.eligibility.full-time-zone',
      ok ? 'met' : 'not-met',
      ok
        ? label(() => `Option temps plein possible en zone « ${doctor.zone} »`, () => `Full-time option open in zone "${doctor.zone}"`)
        : label((f) => `Option temps plein réservée aux zones ${zoneNames(f, zones.value)}`, (f) => `Full-time option limited to zones ${zoneNames(f, zones.value)}`),
      [zones.resolved],
      { inputs: { zone: doctor.zone } },
    );
  }

  // Group practice (Avenant 7)
  const group = read.flag(groupPracticeRequired);
  if (group.value) {
    const exemptZones = read.list(groupPracticeExemptZones);
    const minimum = read.whole(groupPracticeMinimumDoctors);
    const exempt = exemptZones.value.includes(doctor.zone);
    if (doctor.groupPractice === undefined && !exempt) {
      invalid(['doctor', 'groupPractice'], undefined, {
        en: `true or false: under Avenant 7 the doctor must practise in a group of at least ${minimum.value} doctors (outside the zones ${exemptZones.value.join(', ')})`,
        fr: `true ou false : sous l’avenant 7, le médecin doit exercer dans un groupe d’au moins ${FR.num(minimum.value)} médecin${minimum.value >= 2 ? 's' : ''}${
          exemptZones.value.length === 0 ? '' : ` (hors zone${exemptZones.value.length >= 2 ? 's' : ''} ${zoneNames(FR, exemptZones.value)})`
        }`,
      });
    }
    const ok = doctor.groupPractice === true || exempt;
    record(
      c,
      'am.eligibility.group-practice',
      ok ? 'met' : 'not-met',
      doctor.groupPractice === true
        ? { fr: 'Exercice regroupé', en: 'Group practice' }
        : exempt
          ? label(() => `Exercice isolé admis en zone « ${doctor.zone} »`, () => `Solo practice allowed in zone "${doctor.zone}"`)
          : label(
              (f) => `Exercice regroupé exigé (au moins ${f.num(minimum.value)} médecins), hors zones ${zoneNames(f, exemptZones.value)}`,
              (f) => `Group practice required (at least ${f.num(minimum.value)} doctors) outside zones ${zoneNames(f, exemptZones.value)}`,
            ),
      [group.resolved, minimum.resolved, exemptZones.resolved],
      { inputs: { groupPractice: doctor.groupPractice ?? null, zone: doctor.zone } },
    );
  }

  // Coordinated practice (Avenant 7)
  const coordinated = read.flag(coordinatedPracticeRequired);
  if (coordinated.value) {
    const years = read.whole(coordinatedPracticeCommitmentYears);
    if (doctor.coordinatedPractice === undefined) {
      invalid(['doctor', 'coordinatedPractice'], undefined, {
        en: `true or false: under Avenant 7 the doctor must practise in a coordinated form (MSP, centre de santé, ESP, CPTS…) or commit to join one within ${years.value} years`,
        fr: `true ou false : sous l’avenant 7, le médecin doit exercer de façon coordonnée (MSP, centre de santé, ESP, CPTS…) ou s’engager à le faire sous ${FR.num(years.value)} an${years.value >= 2 ? 's' : ''}`,
      });
    }
    record(
      c,
      'am.eligibility.coordinated-practice',
      doctor.coordinatedPractice ? 'met' : 'not-met',
      doctor.coordinatedPractice
        ? label((f) => `Exercice coordonné (ou engagement à y entrer sous ${f.num(years.value)} ans)`, (f) => `Coordinated practice (or commitment to join within ${f.num(years.value)} years)`)
        : label(
            (f) => `Exercice coordonné exigé (MSP, centre de santé, ESP, CPTS…, ou engagement à y entrer sous ${f.num(years.value)} ans)`,
            (f) => `Coordinated practice required (MSP, centre de santé, ESP, CPTS…, or commitment to join within ${f.num(years.value)} years)`,
          ),
      [coordinated.resolved, years.resolved],
      { inputs: { coordinatedPractice: doctor.coordinatedPractice } },
    );
  }

  checkMinimumActivity(c, parsed);

  if ((option === '1.5' || option === '2') && read.inForce(secondAssistantSpecialties)) checkSecondAssistant(c, parsed);

  return new EligibilityResult(regime.value, c.reasons, c.steps);
}

type Parsed = z.output<typeof checkEligibilitySchema>;

function checkMinimumActivity(c: Checker, parsed: Parsed): void {
  const { doctor } = parsed;
  const read = c.read;
  const isGp = doctor.specialty === GP;
  if (doctor.newlyInstalled === true) {
    record(c, 'am.eligibility.minimum-activity', 'met', { fr: 'Seuil P30 : dispense (médecin nouvellement installé)', en: 'P30 minimum: exempt (newly installed doctor)' }, [], {
      inputs: { newlyInstalled: true },
      rules: [RULES.newlyInstalledExemption],
    });
    return;
  }
  const disability = read.flag(disabilityExemption);
  if (doctor.disabilityRecognised === true) {
    if (disability.value) {
      record(c, 'am.eligibility.minimum-activity', 'met', { fr: 'Seuil P30 : dispense (médecin reconnu travailleur handicapé)', en: 'P30 minimum: exempt (doctor recognised as disabled worker)' }, [disability.resolved], {
        inputs: { disabilityRecognised: true },
      });
      return;
    }
    record(
      c,
      'am.eligibility.disability-adaptation',
      'to-check',
      { fr: 'Handicap ou maladie chronique : adaptations du contrat possibles, à voir avec la caisse', en: 'Handicap or chronic illness: contract adaptations possible, to agree with the caisse' },
      [disability.resolved],
      { inputs: { disabilityRecognised: true } },
    );
  }
  const children = doctor.shareOfPatientsUnder16;
  if (isGp && read.hasValue(childrenShareExemption) && children !== undefined) {
    const share = read.decimal(childrenShareExemption);
    const age = read.whole(childrenAgeLimit);
    if (children.greaterThan(share.value)) {
      record(
        c,
        'am.eligibility.minimum-activity',
        'met',
        label(
          (f) => `Seuil P30 : dispense (plus de ${f.percent(share.value)} de patients de moins de ${f.num(age.value)} ans)`,
          (f) => `P30 minimum: exempt (more than ${f.percent(share.value)} of patients under ${f.num(age.value)})`,
        ),
        [share.resolved, age.resolved],
        { inputs: { shareOfPatientsUnder16: children.toFixed() } },
      );
      return;
    }
  }
  const field = isGp ? 'medecinTraitant' : 'fileActive';
  const patients = doctor.patientele?.[field];
  if (patients === undefined) {
    invalid(
      ['doctor', 'patientele', field],
      undefined,
      isGp
        ? {
            en: 'the patientèle médecin traitant in patients (a whole number ≥ 0), to check the P30 minimum of activity',
            fr: 'la patientèle médecin traitant, en patients (un nombre entier ≥ 0), pour vérifier le seuil minimal d’activité (P30)',
          }
        : {
            en: 'the file active in patients (a whole number ≥ 0), to check the P30 minimum of activity',
            fr: 'la file active, en patients (un nombre entier ≥ 0), pour vérifier le seuil minimal d’activité (P30)',
          },
    );
  }
  const facts: PatienteleFacts = { read, option: parsed.option, specialty: doctor.specialty, thresholds: parsed.thresholds };
  const comparison = read.choice(p30Comparison);
  let p30;
  try {
    p30 = cutOff(facts, 'p30');
  } catch (e) {
    if (!(isExerciceCoordonneError(e) && e.code === 'missing-parameter')) throw e;
    record(
      c,
      'am.eligibility.minimum-activity',
      'to-check',
      label(
        (f) => `Seuil P30 de la spécialité ${specialtyName(f, doctor.specialty)} inconnu de la bibliothèque : renseigner thresholds.p30 (${f.num(patients)} patients en file active)`,
        (f) => `P30 cut-off of the specialty ${specialtyName(f, doctor.specialty)} unknown to the library: pass thresholds.p30 (${f.num(patients)} patients in the file active)`,
      ),
      [comparison.resolved],
      { inputs: { [field]: patients } },
    );
    return;
  }
  const cut = p30;
  const ok = compare(patients, cut.patients, comparison.value);
  const sign = comparison.value === 'more-than' ? '>' : '≥';
  record(
    c,
    'am.eligibility.minimum-activity',
    ok ? 'met' : 'not-met',
    isGp
      ? label(
          (f) => `Activité minimale : ${f.num(patients)} patients médecin traitant (exigé : ${sign} ${f.num(cut.patients)}, P30)`,
          (f) => `Minimum activity: ${f.num(patients)} médecin-traitant patients (required: ${sign} ${f.num(cut.patients)}, P30)`,
        )
      : label(
          (f) => `Activité minimale : ${f.num(patients)} patients en file active (exigé : ${sign} ${f.num(cut.patients)}, P30)`,
          (f) => `Minimum activity: ${f.num(patients)} patients in the file active (required: ${sign} ${f.num(cut.patients)}, P30)`,
        ),
    [comparison.resolved, ...(cut.resolved ? [cut.resolved] : [])],
    { inputs: { [field]: patients, p30: cut.patients }, ...(cut.fromCaller ? { status: 'unverified' as const } : {}) },
  );
}

function checkSecondAssistant(c: Checker, parsed: Parsed): void {
  const { doctor } = parsed;
  const read = c.read;
  const specialties = read.list(secondAssistantSpecialties);
  const zones = read.list(secondAssistantZones);
  const fromYear = read.whole(secondAssistantFromYear);
  const specialtyOk = specialties.value.includes(doctor.specialty);
  record(
    c,
    'am.eligibility.second-assistant.specialty',
    specialtyOk ? 'met' : 'not-met',
    specialtyOk
      ? label((f) => `Second assistant : spécialité ${specialtyName(f, doctor.specialty)} admise`, (f) => `Second assistant: specialty ${specialtyName(f, doctor.specialty)} admitted`)
      : label((f) => `Second assistant réservé aux spécialités ${specialtyNames(f, specialties.value)} (hors MEP)`, (f) => `Second assistant limited to the specialties ${specialtyNames(f, specialties.value)} (not MEP)`),
    [specialties.resolved],
    { inputs: { specialty: doctor.specialty } },
  );
  const zoneOk = zones.value.includes(doctor.zone);
  record(
    c,
    'am.eligibility.second-assistant.zone',
    zoneOk ? 'met' : 'not-met',
    zoneOk
      ? label(() => `Second assistant : exercice en zone « ${doctor.zone} »`, () => `Second assistant: practice in zone "${doctor.zone}"`)
      : label((f) => `Second assistant réservé aux médecins exerçant en zones ${zoneNames(f, zones.value)}`, (f) => `Second assistant limited to doctors practising in zones ${zoneNames(f, zones.value)}`),
    [zones.resolved],
    { inputs: { zone: doctor.zone } },
  );
  const current = doctor.currentContract;
  if (!current) {
    invalid(['doctor', 'currentContract'], undefined, {
      en: 'the current contract { option, year, objectivesReached }: the 1.5 and 2 FTE options are open to doctors already on a full-time contract',
      fr: 'le contrat en cours { option, year, objectivesReached } : les options à 1,5 et 2 ETP sont ouvertes aux médecins déjà sous contrat à temps plein',
    });
  }
  const ok = current.option === '1' && current.year >= fromYear.value && current.objectivesReached;
  record(
    c,
    'am.eligibility.second-assistant.current-contract',
    ok ? 'met' : 'not-met',
    label(
      (f) =>
        `Contrat en cours : option ${optionText(current.option, f)} ETP, année ${f.num(current.year)}, objectifs ${current.objectivesReached ? 'atteints' : 'non atteints'} (exigé : temps plein, à partir de l’année ${f.num(fromYear.value)}, objectifs atteints)`,
      (f) =>
        `Current contract: option ${optionText(current.option, f)} FTE, year ${f.num(current.year)}, objectives ${current.objectivesReached ? 'reached' : 'not reached'} (required: full time, from year ${f.num(fromYear.value)}, objectives reached)`,
    ),
    [fromYear.resolved],
    { inputs: { option: current.option, year: current.year, objectivesReached: current.objectivesReached } },
  );
}
