/**
 * Eligibility of a doctor to the aide à l'emploi d'un assistant médical, under the regime of the
 * signature date. Every criterion is checked and reported, not just the first failure; a criterion the
 * library cannot decide (a figure it does not know) is reported as "to check", never silently passed.
 */
import type { Decimal } from 'decimal.js';
import type { z } from 'zod';
import { invalid, isExerciceCoordonneError } from '../core/errors.js';
import { Dec } from '../core/money.js';
import { step, type Step, type StepSource } from '../core/explain.js';
import { checkOverrides, hasValueAt, periodAt, valueAt, type Label, type Overrides, type Parameter, type Resolved, type RuleReading, type Status } from '../core/parameters.js';
import { parseInput } from '../core/validation.js';
import { threshold, type ObjectiveContext } from './objective.js';
import {
  PARAMETERS,
  RULES,
  avenant7WholeTerritorySpecialties,
  childrenShareExemption,
  clinicalFeeComparison,
  clinicalFeeMinimumShare,
  clinicalFeeRuleSpecialties,
  coordinatedPracticeRequired,
  disabilityExemption,
  eligibleSectors,
  excludedSpecialties,
  fullTimeZones,
  groupPracticeExemptZones,
  groupPracticeRequired,
  optionsOpen,
  p30Comparison,
  secondAssistantFromYear,
  secondAssistantSpecialties,
  secondAssistantZones,
  type Regime,
} from './parameters.js';
import { regimeStep, resolveRegime } from './regime.js';
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
  readonly regime: Regime;
  /** Every criterion checked, in order. */
  readonly reasons: readonly Reason[];
  /** The criteria not met (a subset of `reasons`). */
  readonly failed: readonly Reason[];
  readonly explanation: readonly Step[];
}

const GP = 'medecine-generale';

interface Checker {
  readonly reasons: Reason[];
  readonly steps: Step[];
}

function record(
  c: Checker,
  criterion: string,
  outcome: Outcome,
  label: Label,
  uses: readonly Resolved[],
  extra: { rules?: readonly RuleReading[]; inputs?: Record<string, string | number | boolean | null>; status?: Status } = {},
): void {
  const s = step({
    rule: criterion,
    label,
    inputs: extra.inputs ?? {},
    value: outcome,
    uses,
    ...(extra.rules ? { rules: extra.rules } : {}),
    ...(extra.status ? { status: extra.status } : {}),
  });
  c.steps.push(s);
  c.reasons.push({ criterion, outcome, label, status: s.status, sources: s.sources });
}

function listText(list: readonly string[]): string {
  return list.map((x) => `« ${x} »`).join(', ');
}

function compare(value: Decimal | number, bound: string | number, comparison: string): boolean {
  const v = new Dec(value);
  return comparison === 'more-than' ? v.greaterThan(bound) : v.greaterThanOrEqualTo(bound);
}

function percent(ratio: string): string {
  return new Dec(ratio).times(100).toFixed();
}

/**
 * Checks every eligibility criterion of the regime of `signedOn` for `doctor` and `option`: option open,
 * sector, excluded specialties, the surgeons/ENT/gynaecologists clinical-fee rule, the zone for the
 * full-time option, group and coordinated practice (Avenant 7), the P30 minimum of activity and its
 * exemptions, and the 2024 second-assistant conditions.
 *
 * Ineligibility is a result with reasons, not an error; missing doctor facts that a criterion needs
 * raise the validation error naming the field.
 */
export function checkEligibility(input: CheckEligibilityInput): Eligibility {
  const parsed = parseInput(checkEligibilitySchema, input);
  const overrides: Overrides = checkOverrides(PARAMETERS, parsed.overrides);
  const { signedOn: on, option, doctor } = parsed;
  const opts = { overrides, datePath: ['signedOn'] as const };
  const regime = resolveRegime(on, overrides);
  const c: Checker = { reasons: [], steps: [regimeStep(on, regime)] };
  const has = (p: Parameter) => periodAt(p, on) !== undefined || overrides[p.id] !== undefined;

  // Option open at signature
  const open = valueAt(optionsOpen, on, opts);
  const openList = open.value as readonly string[];
  record(
    c,
    'am.eligibility.option',
    openList.includes(option) ? 'met' : 'not-met',
    openList.includes(option)
      ? { fr: `Option ${option} ETP ouverte à la signature`, en: `Option ${option} FTE open at signature` }
      : { fr: `Option ${option} ETP fermée aux contrats signés le ${on} (ouvertes : ${listText(openList)})`, en: `Option ${option} FTE closed to contracts signed on ${on} (open: ${listText(openList)})` },
    [open],
    { inputs: { option } },
  );

  // Sector
  const sectors = valueAt(eligibleSectors, on, opts);
  const sectorOk = (sectors.value as readonly string[]).includes(doctor.sector);
  record(
    c,
    'am.eligibility.sector',
    sectorOk ? 'met' : 'not-met',
    sectorOk
      ? { fr: `Secteur ${doctor.sector} éligible`, en: `Sector ${doctor.sector} eligible` }
      : { fr: `Secteur ${doctor.sector} non éligible (secteur 1 ou secteur 2 avec OPTAM/OPTAM-CO exigé)`, en: `Sector ${doctor.sector} not eligible (sector 1, or sector 2 with OPTAM/OPTAM-CO, required)` },
    [sectors],
    { inputs: { sector: doctor.sector } },
  );

  // Excluded specialties (from 2023)
  if (has(excludedSpecialties)) {
    const excluded = valueAt(excludedSpecialties, on, opts);
    const out = (excluded.value as readonly string[]).includes(doctor.specialty);
    record(
      c,
      'am.eligibility.specialty',
      out ? 'not-met' : 'met',
      out
        ? { fr: `Spécialité « ${doctor.specialty} » exclue du dispositif`, en: `Specialty "${doctor.specialty}" excluded from the scheme` }
        : { fr: `Spécialité « ${doctor.specialty} » non exclue`, en: `Specialty "${doctor.specialty}" not excluded` },
      [excluded],
      { inputs: { specialty: doctor.specialty } },
    );
  }

  // Avenant 7: specialties eligible everywhere vs in the least-dense départements only
  if (has(avenant7WholeTerritorySpecialties)) {
    const whole = valueAt(avenant7WholeTerritorySpecialties, on, opts);
    if ((whole.value as readonly string[]).includes(doctor.specialty)) {
      record(c, 'am.eligibility.specialty', 'met', { fr: `Spécialité « ${doctor.specialty} » éligible sur tout le territoire`, en: `Specialty "${doctor.specialty}" eligible on the whole territory` }, [whole], {
        inputs: { specialty: doctor.specialty },
      });
    } else {
      const low = doctor.inLowDensityDepartement;
      record(
        c,
        'am.eligibility.specialty',
        low === undefined ? 'to-check' : low ? 'met' : 'not-met',
        low === undefined
          ? {
              fr: `Spécialité « ${doctor.specialty} » : éligible seulement dans les 30 % de départements les moins dotés pour certaines spécialités ; liste officielle non connue de la bibliothèque (renseigner doctor.inLowDensityDepartement)`,
              en: `Specialty "${doctor.specialty}": for some specialties eligible only in the 30 % least-dense départements; official list unknown to the library (set doctor.inLowDensityDepartement)`,
            }
          : low
            ? { fr: `Spécialité « ${doctor.specialty} » exercée dans un département parmi les moins dotés`, en: `Specialty "${doctor.specialty}" practised in a least-dense département` }
            : { fr: `Spécialité « ${doctor.specialty} » hors des départements les moins dotés`, en: `Specialty "${doctor.specialty}" outside the least-dense départements` },
        [whole],
        { inputs: { specialty: doctor.specialty, inLowDensityDepartement: low ?? null } },
      );
    }
  }

  // Clinical-fee share (surgeons; from 2024 also ENT and gynaecologists)
  if (has(clinicalFeeRuleSpecialties)) {
    const concerned = valueAt(clinicalFeeRuleSpecialties, on, opts);
    if ((concerned.value as readonly string[]).includes(doctor.specialty)) {
      if (doctor.clinicalFeeShare === undefined) {
        invalid(['doctor', 'clinicalFeeShare'], undefined, `the share of clinical fees (0 to 1) over the 12 months before signature, required for ${listText(concerned.value as readonly string[])}`);
      }
      const minimum = valueAt(clinicalFeeMinimumShare, on, opts);
      const comparison = valueAt(clinicalFeeComparison, on, opts);
      const ok = compare(doctor.clinicalFeeShare, minimum.value as string, comparison.value as string);
      const pct = `${doctor.clinicalFeeShare.times(100).toFixed()} %`;
      const need = `${comparison.value === 'more-than' ? '>' : '≥'} ${percent(minimum.value as string)} %`;
      record(
        c,
        'am.eligibility.clinical-fees',
        ok ? 'met' : 'not-met',
        {
          fr: `Part d’honoraires cliniques ${pct} (exigé : ${need})`,
          en: `Clinical-fee share ${pct} (required: ${need})`,
        },
        [concerned, minimum, comparison],
        { inputs: { specialty: doctor.specialty, clinicalFeeShare: doctor.clinicalFeeShare.toFixed() } },
      );
    }
  }

  // Zone for the full-time option
  if (option === '1') {
    const zones = valueAt(fullTimeZones, on, opts);
    const ok = (zones.value as readonly string[]).includes(doctor.zone);
    record(
      c,
      'am.eligibility.full-time-zone',
      ok ? 'met' : 'not-met',
      ok
        ? { fr: `Option temps plein possible en zone « ${doctor.zone} »`, en: `Full-time option open in zone "${doctor.zone}"` }
        : { fr: `Option temps plein réservée aux zones ${listText(zones.value as readonly string[])}`, en: `Full-time option limited to zones ${listText(zones.value as readonly string[])}` },
      [zones],
      { inputs: { zone: doctor.zone } },
    );
  }

  // Group practice (Avenant 7)
  const group = valueAt(groupPracticeRequired, on, opts);
  if (group.value === true) {
    const exemptZones = valueAt(groupPracticeExemptZones, on, opts);
    const exempt = (exemptZones.value as readonly string[]).includes(doctor.zone);
    if (doctor.groupPractice === undefined && !exempt) {
      invalid(['doctor', 'groupPractice'], undefined, 'true or false: under Avenant 7 the doctor must practise in a group of at least 2 doctors (outside a ZIP)');
    }
    const ok = doctor.groupPractice === true || exempt;
    record(
      c,
      'am.eligibility.group-practice',
      ok ? 'met' : 'not-met',
      doctor.groupPractice === true
        ? { fr: 'Exercice regroupé', en: 'Group practice' }
        : exempt
          ? { fr: `Exercice isolé admis en zone « ${doctor.zone} »`, en: `Solo practice allowed in zone "${doctor.zone}"` }
          : { fr: 'Exercice regroupé exigé (au moins 2 médecins), hors zone sous-dense', en: 'Group practice required (at least 2 doctors) outside an under-served zone' },
      [group, exemptZones],
      { inputs: { groupPractice: doctor.groupPractice ?? null, zone: doctor.zone } },
    );
  }

  // Coordinated practice (Avenant 7)
  const coordinated = valueAt(coordinatedPracticeRequired, on, opts);
  if (coordinated.value === true) {
    if (doctor.coordinatedPractice === undefined) {
      invalid(['doctor', 'coordinatedPractice'], undefined, 'true or false: under Avenant 7 the doctor must practise in a coordinated form (MSP, centre de santé, ESP, CPTS…) or commit to join one within 2 years');
    }
    record(
      c,
      'am.eligibility.coordinated-practice',
      doctor.coordinatedPractice ? 'met' : 'not-met',
      doctor.coordinatedPractice
        ? { fr: 'Exercice coordonné (ou engagement à y entrer sous 2 ans)', en: 'Coordinated practice (or commitment to join within 2 years)' }
        : { fr: 'Exercice coordonné exigé (MSP, centre de santé, ESP, CPTS…, ou engagement sous 2 ans)', en: 'Coordinated practice required (MSP, centre de santé, ESP, CPTS…, or commitment within 2 years)' },
      [coordinated],
      { inputs: { coordinatedPractice: doctor.coordinatedPractice } },
    );
  }

  checkMinimumActivity(c, parsed, overrides);

  if ((option === '1.5' || option === '2') && has(secondAssistantSpecialties)) checkSecondAssistant(c, parsed, overrides);

  const failed = c.reasons.filter((r) => r.outcome === 'not-met');
  return {
    eligible: failed.length === 0,
    certain: !c.reasons.some((r) => r.outcome === 'to-check'),
    regime: regime.value as Regime,
    reasons: c.reasons,
    failed,
    explanation: c.steps,
  };
}

type Parsed = z.output<typeof checkEligibilitySchema>;

function checkMinimumActivity(c: Checker, parsed: Parsed, overrides: Overrides): void {
  const { signedOn: on, doctor } = parsed;
  const opts = { overrides, datePath: ['signedOn'] as const };
  const isGp = doctor.specialty === GP;
  if (doctor.newlyInstalled === true) {
    record(c, 'am.eligibility.minimum-activity', 'met', { fr: 'Seuil P30 : dispense (médecin nouvellement installé)', en: 'P30 minimum: exempt (newly installed doctor)' }, [], {
      inputs: { newlyInstalled: true },
      rules: [RULES.newlyInstalledExemption],
    });
    return;
  }
  const disability = valueAt(disabilityExemption, on, opts);
  if (doctor.disabilityRecognised === true) {
    if (disability.value === true) {
      record(c, 'am.eligibility.minimum-activity', 'met', { fr: 'Seuil P30 : dispense (médecin reconnu travailleur handicapé)', en: 'P30 minimum: exempt (doctor recognised as disabled worker)' }, [disability], {
        inputs: { disabilityRecognised: true },
      });
      return;
    }
    record(
      c,
      'am.eligibility.disability-adaptation',
      'to-check',
      { fr: 'Handicap ou maladie chronique : adaptations du contrat possibles, à voir avec la caisse', en: 'Handicap or chronic illness: contract adaptations possible, to agree with the caisse' },
      [disability],
      { inputs: { disabilityRecognised: true } },
    );
  }
  if (isGp && hasValueAt(childrenShareExemption, on, overrides) && doctor.shareOfPatientsUnder16 !== undefined) {
    const share = valueAt(childrenShareExemption, on, opts);
    if (doctor.shareOfPatientsUnder16.greaterThan(share.value as string)) {
      record(
        c,
        'am.eligibility.minimum-activity',
        'met',
        {
          fr: `Seuil P30 : dispense (plus de ${percent(share.value as string)} % de patients de moins de 16 ans)`,
          en: `P30 minimum: exempt (more than ${percent(share.value as string)} % of patients under 16)`,
        },
        [share],
        { inputs: { shareOfPatientsUnder16: doctor.shareOfPatientsUnder16.toFixed() } },
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
        ? 'the patientèle médecin traitant in patients (a whole number ≥ 0), to check the P30 minimum of activity'
        : 'the file active in patients (a whole number ≥ 0), to check the P30 minimum of activity',
    );
  }
  const ctx: ObjectiveContext = { signedOn: on, option: parsed.option, specialty: doctor.specialty, thresholds: parsed.thresholds, overrides };
  const comparison = valueAt(p30Comparison, on, opts);
  let p30;
  try {
    p30 = threshold(ctx, 'p30');
  } catch (e) {
    if (!(isExerciceCoordonneError(e) && e.code === 'missing-parameter')) throw e;
    record(
      c,
      'am.eligibility.minimum-activity',
      'to-check',
      {
        fr: `Seuil P30 de la spécialité « ${doctor.specialty} » inconnu de la bibliothèque : renseigner thresholds.p30 (${patients} patients en file active)`,
        en: `P30 cut-off of the specialty "${doctor.specialty}" unknown to the library: pass thresholds.p30 (${patients} patients in the file active)`,
      },
      [comparison],
      { inputs: { [field]: patients } },
    );
    return;
  }
  const ok = compare(patients, p30.patients, comparison.value as string);
  const sign = comparison.value === 'more-than' ? '>' : '≥';
  const measure = isGp ? { fr: 'patients médecin traitant', en: 'médecin-traitant patients' } : { fr: 'patients en file active', en: 'patients in the file active' };
  record(
    c,
    'am.eligibility.minimum-activity',
    ok ? 'met' : 'not-met',
    {
      fr: `Activité minimale : ${patients} ${measure.fr} (exigé : ${sign} ${p30.patients}, P30)`,
      en: `Minimum activity: ${patients} ${measure.en} (required: ${sign} ${p30.patients}, P30)`,
    },
    [comparison, ...(p30.resolved ? [p30.resolved] : [])],
    { inputs: { [field]: patients, p30: p30.patients }, ...(p30.fromCaller ? { status: 'unverified' as const } : {}) },
  );
}

function checkSecondAssistant(c: Checker, parsed: Parsed, overrides: Overrides): void {
  const { signedOn: on, doctor } = parsed;
  const opts = { overrides, datePath: ['signedOn'] as const };
  const specialties = valueAt(secondAssistantSpecialties, on, opts);
  const zones = valueAt(secondAssistantZones, on, opts);
  const fromYear = valueAt(secondAssistantFromYear, on, opts);
  const specialtyOk = (specialties.value as readonly string[]).includes(doctor.specialty);
  record(
    c,
    'am.eligibility.second-assistant.specialty',
    specialtyOk ? 'met' : 'not-met',
    specialtyOk
      ? { fr: 'Second assistant : médecin généraliste', en: 'Second assistant: general practitioner' }
      : { fr: 'Second assistant réservé aux médecins généralistes (hors MEP)', en: 'Second assistant limited to general practitioners (not MEP)' },
    [specialties],
    { inputs: { specialty: doctor.specialty } },
  );
  const zoneOk = (zones.value as readonly string[]).includes(doctor.zone);
  record(
    c,
    'am.eligibility.second-assistant.zone',
    zoneOk ? 'met' : 'not-met',
    zoneOk ? { fr: 'Second assistant : exercice en ZIP', en: 'Second assistant: practice in a ZIP' } : { fr: 'Second assistant réservé aux médecins exerçant en ZIP', en: 'Second assistant limited to doctors practising in a ZIP' },
    [zones],
    { inputs: { zone: doctor.zone } },
  );
  const current = doctor.currentContract;
  if (!current) {
    invalid(['doctor', 'currentContract'], undefined, 'the current contract { option, year, objectivesReached }: the 1.5 and 2 FTE options are open to doctors already on a full-time contract');
  }
  const ok = current.option === '1' && current.year >= Number(fromYear.value) && current.objectivesReached;
  record(
    c,
    'am.eligibility.second-assistant.current-contract',
    ok ? 'met' : 'not-met',
    {
      fr: `Contrat en cours : option ${current.option} ETP, année ${current.year}, objectifs ${current.objectivesReached ? 'atteints' : 'non atteints'} (exigé : temps plein, à partir de l’année ${fromYear.value}, objectifs atteints)`,
      en: `Current contract: option ${current.option} FTE, year ${current.year}, objectives ${current.objectivesReached ? 'reached' : 'not reached'} (required: full time, from year ${fromYear.value}, objectives reached)`,
    },
    [fromYear],
    { inputs: { option: current.option, year: current.year, objectivesReached: current.objectivesReached } },
  );
}
