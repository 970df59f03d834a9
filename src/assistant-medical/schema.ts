/**
 * The public inputs of the assistant-médical functions: one zod schema per function (each field with
 * the expectation shown in errors and a description — the French legal term, the unit, an example — that
 * becomes its JSON Schema description), and the same inputs as named interfaces carrying the same text.
 * `INPUT_SCHEMAS` gives the schema of each public function's input.
 */
import type { Decimal } from 'decimal.js';
import { z } from 'zod';
import type { IsoDate } from '../core/dates.js';
import { expectation, type Expected } from '../core/errors.js';
import { FR, type Label } from '../core/format.js';
import type { Overrides } from '../core/parameters.js';
import { bool, isoDate, nonNegativeDecimal, oneOf, overridesField, ratio, wholeBetween, wholeCount } from '../core/validation.js';
import {
  BANDS,
  LEGAL_FORMS,
  MAX_PATIENTS,
  OPTIONS,
  PERCENTILES,
  SECTORS,
  ZONES,
  type AmParameterId,
  type Band,
  type LegalForm,
  type Option,
  type Sector,
  type Zone,
} from './parameters.js';

/** Specialty slugs the library knows by name (any lower-case slug is accepted). */
export const KNOWN_SPECIALTIES = [
  'medecine-generale',
  'pediatrie',
  'cardiologie',
  'gynecologie',
  'gastro-enterologie',
  'ophtalmologie',
  'psychiatrie',
  'dermatologie',
  'rhumatologie',
  'pneumologie',
  'endocrinologie',
  'neurologie',
  'chirurgie',
  'orl',
  'radiologie',
  'radiotherapie',
  'stomatologie',
  'anesthesiologie',
  'anatomo-cyto-pathologie',
  'medecine-nucleaire',
] as const;

/** A specialty slug: one of {@link KNOWN_SPECIALTIES} (autocompleted) or any other lower-case slug. */
export type Specialty = (typeof KNOWN_SPECIALTIES)[number] | (string & {});

/** The last contract year any input may name: a contract lasts at most this many years (`am.contract.duration-years` is bounded by it). */
const MAX_YEAR = 10;

/**
 * The zod option `{ error }` of a message in English and French: zod takes the English text, and the
 * library's error built from it carries the French one too (registered by `expectation`).
 */
const says = (en: string, fr: string) => ({ error: expectation({ en, fr }) });

const SLUG = /^[a-z]+(?:-[a-z]+)*$/;
const SLUG_EXPECTED = says(
  'a lower-case specialty slug such as "medecine-generale" or "cardiologie"',
  'une spécialité écrite en minuscules, sans accents, les mots reliés par des tirets, par exemple "medecine-generale" ou "cardiologie"',
);
const specialty = () => z.string(SLUG_EXPECTED).regex(SLUG, SLUG_EXPECTED);

/** A number of patients: a whole number from 0 to {@link MAX_PATIENTS} (no doctor's patientèle reaches it). */
const patients = (what: Label) =>
  wholeCount(
    { en: `${what.en}: a whole number of patients from 0 to ${MAX_PATIENTS}`, fr: `${what.fr} : un nombre entier de patients de 0 à ${FR.num(MAX_PATIENTS)}` },
    MAX_PATIENTS,
  );

/** Expectations written in more than one field (one English text has one French text). */
const E = {
  sector: { en: 'one of "1", "2-optam" (secteur 2 with OPTAM / OPTAM-CO), "2"', fr: 'l’un des secteurs "1", "2-optam" (secteur 2 avec OPTAM / OPTAM-CO), "2"' },
  newlyInstalled: { en: 'true or false (newly installed doctor)', fr: 'true ou false (médecin nouvellement installé)' },
  age: { en: 'an age in whole years from 18 to 120', fr: 'un âge en années entières, de 18 à 120' },
  contractYear: { en: `a contract year: a whole number from 1 to ${MAX_YEAR}`, fr: `une année de contrat : un nombre entier de 1 à ${MAX_YEAR}` },
  yearsAtMost: { en: `a list of at most ${MAX_YEAR} years`, fr: `une liste d’au plus ${MAX_YEAR} années` },
  medecinTraitant: { en: 'the patientèle médecin traitant', fr: 'la patientèle médecin traitant' },
  fileActive: { en: 'the file active', fr: 'la file active' },
} as const satisfies Record<string, Expected>;

const D = {
  signedOn: 'Date de signature du contrat (contract signature date), YYYY-MM-DD, e.g. "2024-09-01": chooses the text that applies (avenant 7, règlement arbitral 2023, convention 2024).',
  hiredOn:
    "Date d’embauche de l’assistant médical (hiring date), YYYY-MM-DD, e.g. \"2024-10-01\": contract years count from it. The first year paid starts at most am.contract.hiring.max-months-before-signature months before the signature and no later than the end of the contract.",
  option: 'Option of the contract, in ETP (équivalent temps plein) of assistant funded: "1/3", "1/2", "1", or "1.5", "2" for a second assistant (convention 2024), e.g. "1/2".',
  band: 'Tranche de patientèle de départ (starting patientèle band, between percentiles of the national distribution of the specialty): "P30-P50", "P50-P70", "P70-P90", "P90-P95" or "P95+"; or give startingPatients (and specialty) to derive it.',
  startingPatients: `Patientèle de départ (starting patientèle at signature), in patients: médecin traitant patients for a GP, file active otherwise; a whole number from 0 to ${MAX_PATIENTS}, e.g. 820.`,
  specialty: 'Spécialité du médecin (specialty), a lower-case slug such as "medecine-generale": with startingPatients, derives the band from the percentile cut-offs.',
  thresholds: 'Seuils de percentile (percentile cut-offs) in patients that the library does not know, e.g. { p70: 1400 }.',
  threshold: (p: string) => `Seuil ${p.toUpperCase()} (the ${p.toUpperCase()} cut-off) in patients, e.g. 1045.`,
  doctor: 'The doctor facts that set a special objective: doctor.age (maintenance age, convention 2024) and doctor.newlyInstalled (médecin nouvellement installé).',
  age: 'Âge du médecin à la signature (age at signature), in whole years from 18 to 120, e.g. 66.',
  newlyInstalled: 'Médecin nouvellement installé (newly installed doctor): true or false.',
  objective: 'Objectif écrit au contrat (the objective written in the contract), e.g. { targetPatients: 1430 }: it wins over the band objective.',
  targetPatients: `Objectif de patientèle (objective) in patients, a whole number from 0 to ${MAX_PATIENTS}, e.g. 1430.`,
  overrides: 'Overrides of the scheme’s legal figures, keyed by parameter id (see docs/unverified.md), e.g. { "am.modulation.rule": "all-or-nothing" }; each value is checked against its unit and range.',
  year: `Année du contrat (contract year), a whole number from 1 to ${MAX_YEAR} (the contract lasts am.contract.duration-years years), e.g. 3.`,
  achievement: 'Atteinte de l’objectif (achievement) of a modulated year, e.g. { reachedPatients: 1500 }.',
  reachedPatients: `Patientèle atteinte (patientèle reached) at the end of the contract year, in patients, a whole number from 0 to ${MAX_PATIENTS}, e.g. 1500.`,
  achievements: 'Atteinte de l’objectif par année (achievement of each modulated year), e.g. [{ year: 3, reachedPatients: 1500 }].',
  yearTarget: `Objectif de l’année écrit au contrat (the objective of that year, when the contract sets one), in patients from 0 to ${MAX_PATIENTS}, e.g. 1450.`,
  sector: 'Secteur conventionnel (sector): "1", "2-optam" (secteur 2 with OPTAM / OPTAM-CO) or "2", e.g. "1".',
  zone: 'Zonage (zone): "zip" (zone d’intervention prioritaire), "zac" (zone d’action complémentaire) or "none", e.g. "zip".',
  clinicalFeeShare: 'Part d’honoraires cliniques (share of clinical fees) over the 12 months before signature, a ratio from 0 to 1 as a number or a decimal string, e.g. 0.85.',
  patientele: 'Patientèle du médecin (the doctor’s patientèle) at signature, e.g. { medecinTraitant: 1200, fileActive: 1800 }.',
  medecinTraitant: `Patientèle médecin traitant (patients who chose the doctor as médecin traitant), a whole number from 0 to ${MAX_PATIENTS}, e.g. 1200.`,
  fileActive: `File active (distinct patients seen in the year), a whole number from 0 to ${MAX_PATIENTS}, e.g. 1800.`,
  groupPractice: 'Exercice regroupé (group practice with other doctors): true or false.',
  coordinatedPractice: 'Exercice coordonné (member of an MSP, centre de santé, ESP, CPTS…, or committed to join one): true or false.',
  disabilityRecognised: 'Reconnaissance de la qualité de travailleur handicapé (RQTH): true or false.',
  shareOfPatientsUnder16: 'Part de patients enfants (share of child patients, Avenant 7 exemption), a ratio from 0 to 1, e.g. 0.25.',
  inLowDensityDepartement: 'Exercice dans un des départements les moins dotés de la spécialité (Avenant 7): true or false.',
  currentContract: 'Contrat en cours (the doctor’s current contract, for the second-assistant options), e.g. { option: "1", year: 3, objectivesReached: true }.',
  currentYear: `Année du contrat en cours (current contract year), a whole number from 1 to ${MAX_YEAR}, e.g. 3.`,
  objectivesReached: 'Objectifs du contrat en cours atteints (objectives of the current contract reached): true or false.',
  checkDoctor: 'Le médecin (the doctor): { specialty, sector, zone, … }.',
} as const;

/** Percentile cut-offs in patients supplied by the caller (for specialties or figures the library does not know). */
export const thresholdsSchema = z
  .strictObject(
    Object.fromEntries(PERCENTILES.map((p) => [p, patients({ en: `the ${p.toUpperCase()} cut-off`, fr: `le seuil ${p.toUpperCase()}` }).describe(D.threshold(p)).optional()])) as Record<
      (typeof PERCENTILES)[number],
      z.ZodOptional<ReturnType<typeof patients>>
    >,
    says('an object such as { p30: 775, p50: 1045 }', 'un objet tel que { p30: 775, p50: 1045 }'),
  )
  .describe(D.thresholds);

export const optionSchema = oneOf(OPTIONS, {
  en: 'one of "1/3", "1/2", "1" (ETP of assistant funded), or "1.5", "2" (second assistant, from 22 June 2024)',
  fr: 'l’une des options "1/3", "1/2", "1" (ETP d’assistant financés), ou "1.5", "2" (second assistant, convention de 2024)',
}).describe(D.option);
export const bandSchema = oneOf(BANDS, {
  en: 'one of "P30-P50", "P50-P70", "P70-P90", "P90-P95", "P95+"',
  fr: 'l’une des tranches "P30-P50", "P50-P70", "P70-P90", "P90-P95", "P95+"',
}).describe(D.band);

const overrides = () => overridesField().describe(D.overrides);

export const doctorSchema = z
  .strictObject(
    {
      specialty: specialty().describe(D.specialty),
      sector: oneOf(SECTORS, E.sector).describe(D.sector),
      zone: oneOf(ZONES, {
        en: 'one of "zip" (zone d’intervention prioritaire), "zac" (zone d’action complémentaire), "none"',
        fr: 'l’une des zones "zip" (zone d’intervention prioritaire), "zac" (zone d’action complémentaire), "none" (hors zonage)',
      }).describe(D.zone),
      clinicalFeeShare: ratio({
        en: 'a share of clinical fees from 0 to 1 over the 12 months before signature, such as 0.85',
        fr: 'une part d’honoraires cliniques de 0 à 1 sur les 12 mois précédant la signature, par exemple 0.85',
      }).describe(D.clinicalFeeShare).optional(),
      patientele: z
        .strictObject(
          {
            medecinTraitant: patients(E.medecinTraitant).describe(D.medecinTraitant).optional(),
            fileActive: patients(E.fileActive).describe(D.fileActive).optional(),
          },
          says('an object such as { medecinTraitant: 1200, fileActive: 1800 }', 'un objet tel que { medecinTraitant: 1200, fileActive: 1800 }'),
        )
        .describe(D.patientele)
        .optional(),
      groupPractice: bool({ en: 'true or false (practises in a group with other doctors)', fr: 'true ou false (exerce en groupe avec d’autres médecins)' }).describe(D.groupPractice).optional(),
      coordinatedPractice: bool({
        en: 'true or false (member of an MSP, centre de santé, ESP, CPTS…, or committed to join one)',
        fr: 'true ou false (membre d’une MSP, d’un centre de santé, d’une ESP, d’une CPTS…, ou engagé à en rejoindre une)',
      }).describe(D.coordinatedPractice).optional(),
      newlyInstalled: bool(E.newlyInstalled).describe(D.newlyInstalled).optional(),
      age: wholeBetween(18, 120, E.age).describe(D.age).optional(),
      disabilityRecognised: bool({ en: 'true or false (recognised disabled worker, RQTH)', fr: 'true ou false (reconnaissance de la qualité de travailleur handicapé, RQTH)' }).describe(D.disabilityRecognised).optional(),
      shareOfPatientsUnder16: ratio({ en: 'a share of child patients from 0 to 1, such as 0.25', fr: 'une part de patients enfants de 0 à 1, par exemple 0.25' }).describe(D.shareOfPatientsUnder16).optional(),
      inLowDensityDepartement: bool({
        en: 'true or false (practises in one of the least-dense départements for the specialty)',
        fr: 'true ou false (exerce dans l’un des départements les moins dotés de la spécialité)',
      }).describe(D.inLowDensityDepartement).optional(),
      currentContract: z
        .strictObject(
          {
            option: optionSchema,
            year: wholeBetween(1, MAX_YEAR, { en: `a contract year from 1 to ${MAX_YEAR}`, fr: `une année de contrat de 1 à ${MAX_YEAR}` }).describe(D.currentYear),
            objectivesReached: bool({ en: 'true or false (objectives of the current contract reached)', fr: 'true ou false (objectifs du contrat en cours atteints)' }).describe(D.objectivesReached),
          },
          says('an object such as { option: "1", year: 3, objectivesReached: true }', 'un objet tel que { option: "1", year: 3, objectivesReached: true }'),
        )
        .describe(D.currentContract)
        .optional(),
    },
    says('an object describing the doctor: { specialty, sector, zone, … }', 'un objet décrivant le médecin : { specialty, sector, zone, … }'),
  )
  .describe(D.checkDoctor);

export const checkEligibilitySchema = z.strictObject(
  {
    signedOn: isoDate().describe(D.signedOn),
    option: optionSchema,
    doctor: doctorSchema,
    thresholds: thresholdsSchema.optional(),
    overrides: overrides(),
  },
  says('an object { signedOn, option, doctor }', 'un objet { signedOn, option, doctor }'),
);

const objectiveDoctor = z
  .strictObject(
    {
      age: wholeBetween(18, 120, E.age).describe(D.age).optional(),
      newlyInstalled: bool(E.newlyInstalled).describe(D.newlyInstalled).optional(),
    },
    says('an object such as { age: 66, newlyInstalled: false }', 'un objet tel que { age: 66, newlyInstalled: false }'),
  )
  .describe(D.doctor);

const objectiveInContract = z
  .strictObject(
    { targetPatients: patients({ en: 'the objective written in the contract', fr: 'l’objectif écrit au contrat' }).describe(D.targetPatients) },
    says('an object such as { targetPatients: 1430 } (the objective written in the contract)', 'un objet tel que { targetPatients: 1430 } (l’objectif écrit au contrat)'),
  )
  .describe(D.objective);

/** Fields shared by objective(), yearlyAid() and simulate(). */
const contractFields = {
  signedOn: isoDate().describe(D.signedOn),
  option: optionSchema,
  band: bandSchema.optional(),
  startingPatients: patients({ en: 'the starting patientèle', fr: 'la patientèle de départ' }).describe(D.startingPatients).optional(),
  specialty: specialty().describe(D.specialty).optional(),
  thresholds: thresholdsSchema.optional(),
  doctor: objectiveDoctor.optional(),
  objective: objectiveInContract.optional(),
  overrides: overrides(),
};

export const objectiveSchema = z.strictObject(contractFields, says('an object { signedOn, option, band or startingPatients, … }', 'un objet { signedOn, option, band ou startingPatients, … }'));

const achievementSchema = z
  .strictObject(
    { reachedPatients: patients({ en: 'the patientèle reached at the end of the contract year', fr: 'la patientèle atteinte à la fin de l’année de contrat' }).describe(D.reachedPatients) },
    says('an object such as { reachedPatients: 1500 }', 'un objet tel que { reachedPatients: 1500 }'),
  )
  .describe(D.achievement);

const contractYearField = () => wholeBetween(1, MAX_YEAR, E.contractYear).describe(D.year);

export const yearlyAidSchema = z.strictObject(
  {
    ...contractFields,
    hiredOn: isoDate().describe(D.hiredOn),
    year: contractYearField(),
    achievement: achievementSchema.optional(),
  },
  says('an object { signedOn, hiredOn, option, year, band or startingPatients, … }', 'un objet { signedOn, hiredOn, option, year, band ou startingPatients, … }'),
);

export const simulateSchema = z.strictObject(
  {
    ...contractFields,
    hiredOn: isoDate().describe(D.hiredOn),
    achievements: z
      .array(
        z.strictObject(
          {
            year: contractYearField(),
            reachedPatients: patients({ en: 'the patientèle reached at the end of that year', fr: 'la patientèle atteinte à la fin de cette année' }).describe(D.reachedPatients),
            targetPatients: patients({ en: 'the objective of that year', fr: 'l’objectif de cette année écrit au contrat' }).describe(D.yearTarget).optional(),
          },
          says('an object such as { year: 3, reachedPatients: 1500 }', 'un objet tel que { year: 3, reachedPatients: 1500 }'),
        ),
        says('a list such as [{ year: 3, reachedPatients: 1500 }]', 'une liste telle que [{ year: 3, reachedPatients: 1500 }]'),
      )
      .max(MAX_YEAR, says(E.yearsAtMost.en, E.yearsAtMost.fr))
      .describe(D.achievements)
      .optional(),
  },
  says('a contract { signedOn, hiredOn, option, band or startingPatients, … }', 'un contrat { signedOn, hiredOn, option, band ou startingPatients, … }'),
);

export const regimeOfSchema = z.strictObject(
  { signedOn: isoDate().describe(D.signedOn), overrides: overrides() },
  says('an object { signedOn } (the signature date, YYYY-MM-DD)', 'un objet { signedOn } (la date de signature, AAAA-MM-JJ)'),
);

// ---------------------------------------------------------------------------------------------------
// The collective contract (aide collective à l’emploi d’assistants médicaux, 2026)

/** The most adhering doctors a group may list: no company of general practitioners comes near it. */
export const MAX_GROUP_DOCTORS = 100;
/** The largest patientèle of a group, in patients (a group's sum of patientèles; bounds a typing error). */
export const MAX_GROUP_PATIENTS = 1_000_000;
/** The largest number of ETP of assistants a contract may name (twice {@link MAX_GROUP_DOCTORS}). */
export const MAX_ETP = 200;

const groupPatients = (what: Label) =>
  wholeCount(
    {
      en: `${what.en}: a whole number of patients from 0 to ${MAX_GROUP_PATIENTS}`,
      fr: `${what.fr} : un nombre entier de patients de 0 à ${FR.num(MAX_GROUP_PATIENTS)}`,
    },
    MAX_GROUP_PATIENTS,
  );

const C = {
  signedOn: 'Date de signature du contrat collectif (signature date of the collective contract), YYYY-MM-DD, e.g. "2026-03-02": contracts signed from 25 February 2026.',
  hiredOn:
    'Date d’embauche des assistants médicaux par la société (hiring date of the assistants, or of the first of them, or the day they were put at the company’s disposal), YYYY-MM-DD, e.g. "2026-04-01": contract years count from it, within am.contract.hiring.max-months-before-signature months before the signature and the end of the contract.',
  etp: `Nombre d’ETP d’assistants médicaux financés (full-time equivalents of assistants funded by the contract), a positive number or decimal string such as 1.5 or "2.5", a multiple of am.collective.etp.step (0.5), at most ${MAX_ETP} (and at most collective.maxEtp of the group).`,
  group:
    'Le groupe (the company that signs and its adhering doctors): { legalForm, trainingSite?, doctors: [{ specialty, sector, patientele, mep?, pamsu?, newlyInstalled?, … }] }.',
  legalForm: 'Forme de la société signataire (legal form of the signing company): "scp", "scm", "sisa", "sel" (any société d’exercice libéral) or "other", e.g. "scm".',
  trainingSite: 'Structure agréée lieu de stage ambulatoire (the structure itself is approved as an ambulatory training site): true or false; absent: no.',
  doctors: `Les médecins adhérents (the doctors who signed the adhesion form annexed to the contract), 1 to ${MAX_GROUP_DOCTORS}, e.g. [{ specialty: "medecine-generale", sector: "1", patientele: { medecinTraitant: 900 } }].`,
  doctor: 'Un médecin adhérent (an adhering doctor): { specialty, sector, patientele, mep?, pamsu?, newlyInstalled?, individualContractRunning?, previousCollectiveContractEndedOn? }.',
  specialty: 'Spécialité du médecin (specialty), a lower-case slug such as "medecine-generale".',
  patientele: 'Patientèle du médecin à la signature (the doctor’s patientèle at signature), e.g. { medecinTraitant: 900, fileActive: 1400 }.',
  medecinTraitant: `Patientèle médecin traitant (patients who chose the doctor as médecin traitant), a whole number from 0 to ${MAX_PATIENTS}, e.g. 900.`,
  fileActive: `File active (distinct patients seen in the year), a whole number from 0 to ${MAX_PATIENTS}, e.g. 1400.`,
  mep: 'Médecin à exercice particulier (MEP, e.g. homeopathy, acupuncture as main practice): true or false; absent: no.',
  pamsu: 'Praticien agréé maître de stage des universités (PAMSU) accueillant un docteur junior: true or false; absent: no.',
  newlyInstalled: 'Médecin nouvellement installé (installed for less than am.collective.newly-installed.max-months months, 12): true or false; absent: no.',
  individualContractRunning: 'Contrat individuel d’aide à l’emploi d’un assistant médical encore en cours à la signature (an individual contract still running): true or false; absent: no.',
  previousCollectiveContractEndedOn: 'Date de fin (ou de résiliation) d’un précédent contrat collectif du médecin (end date of a former collective contract), YYYY-MM-DD, e.g. "2025-06-30"; absent: none.',
  startingPatientele:
    'Patientèle de départ du groupe (the group’s patientèle at signature: the sum over the adhering doctors), e.g. { medecinTraitant: 3600, fileActive: 5200 }; absent: summed from group.doctors when each gives both.',
  groupMedecinTraitant: `Patientèle médecin traitant du groupe (patients médecin traitant of the group), a whole number from 0 to ${MAX_GROUP_PATIENTS}, e.g. 3600.`,
  groupFileActive: `File active du groupe (the group’s file active), a whole number from 0 to ${MAX_GROUP_PATIENTS}, e.g. 5200.`,
  alreadyGained:
    'Patients déjà gagnés au titre des anciens contrats individuels des médecins adhérents (patients already gained under their former individual contracts), e.g. { medecinTraitant: 120, fileActive: 40 }: the objective is reduced by them.',
  gainedMedecinTraitant: `Patients médecin traitant déjà gagnés (MT patients already gained), a whole number from 0 to ${MAX_GROUP_PATIENTS}, e.g. 120.`,
  gainedFileActive: `Patients de file active déjà gagnés (file-active patients already gained), a whole number from 0 to ${MAX_GROUP_PATIENTS}, e.g. 40.`,
  year: `Année du contrat (contract year), a whole number from 1 to ${MAX_YEAR} (the contract lasts am.collective.contract.duration-years years), e.g. 3.`,
  achievement: 'Patientèle du groupe atteinte à la fin de l’année (the group’s patientèle reached at the end of the year), e.g. { medecinTraitant: 4200, fileActive: 5500 }.',
  reachedMedecinTraitant: `Patientèle médecin traitant du groupe atteinte (reached), a whole number from 0 to ${MAX_GROUP_PATIENTS}, e.g. 4200.`,
  reachedFileActive: `File active du groupe atteinte (reached), a whole number from 0 to ${MAX_GROUP_PATIENTS}, e.g. 5500.`,
  achievements: 'Patientèle du groupe atteinte par année modulée (the group’s patientèle reached, year by year), e.g. [{ year: 3, medecinTraitant: 4200, fileActive: 5500 }].',
  overrides: 'Overrides of the scheme’s legal figures, keyed by parameter id (see docs/aide-collective.md and docs/unverified.md), e.g. { "am.collective.modulation.rule": "average-of-two" }; each value is checked against its unit and range.',
} as const;

const collectiveDoctorSchema = z
  .strictObject(
    {
      specialty: specialty().describe(C.specialty),
      sector: oneOf(SECTORS, E.sector).describe(D.sector),
      patientele: z
        .strictObject(
          {
            medecinTraitant: patients(E.medecinTraitant).describe(C.medecinTraitant),
            fileActive: patients(E.fileActive).describe(C.fileActive).optional(),
          },
          says('an object such as { medecinTraitant: 900, fileActive: 1400 }', 'un objet tel que { medecinTraitant: 900, fileActive: 1400 }'),
        )
        .describe(C.patientele),
      mep: bool({ en: 'true or false (médecin à exercice particulier)', fr: 'true ou false (médecin à exercice particulier, MEP)' }).describe(C.mep).optional(),
      pamsu: bool({ en: 'true or false (maître de stage hosting a docteur junior)', fr: 'true ou false (maître de stage des universités accueillant un docteur junior)' }).describe(C.pamsu).optional(),
      newlyInstalled: bool(E.newlyInstalled).describe(C.newlyInstalled).optional(),
      individualContractRunning: bool({ en: 'true or false (an individual contract still running)', fr: 'true ou false (un contrat individuel encore en cours)' }).describe(C.individualContractRunning).optional(),
      previousCollectiveContractEndedOn: isoDate().describe(C.previousCollectiveContractEndedOn).optional(),
    },
    says('an adhering doctor { specialty, sector, patientele: { medecinTraitant } }', 'un médecin adhérent { specialty, sector, patientele: { medecinTraitant } }'),
  )
  .describe(C.doctor);

export const groupSchema = z
  .strictObject(
    {
      legalForm: oneOf(LEGAL_FORMS, { en: 'one of "scp", "scm", "sisa", "sel", "other"', fr: 'l’une des formes de société "scp", "scm", "sisa", "sel", "other" (autre)' }).describe(C.legalForm),
      trainingSite: bool({ en: 'true or false (the structure is an approved training site)', fr: 'true ou false (la structure est agréée lieu de stage)' }).describe(C.trainingSite).optional(),
      doctors: z
        .array(collectiveDoctorSchema, says('a list of adhering doctors', 'une liste de médecins adhérents'))
        .min(1, says('at least one adhering doctor', 'au moins un médecin adhérent'))
        .max(MAX_GROUP_DOCTORS, says(`at most ${MAX_GROUP_DOCTORS} adhering doctors`, `au plus ${MAX_GROUP_DOCTORS} médecins adhérents`))
        .describe(C.doctors),
    },
    says('a group { legalForm, doctors: [ … ] }', 'un groupe { legalForm, doctors: [ … ] }'),
  )
  .describe(C.group);

const etpField = () => nonNegativeDecimal(
    {
      en: `a positive number of ETP such as 1.5 or "2.5", at most ${MAX_ETP}, with at most 4 decimals`,
      fr: `un nombre d’ETP positif, par exemple 1.5 ou "2.5", au plus ${MAX_ETP}, avec au plus 4 décimales`,
    },
    String(MAX_ETP),
    4,
  ).describe(C.etp);

const startingPatienteleSchema = z
  .strictObject(
    {
      medecinTraitant: groupPatients({ en: 'the group’s patientèle médecin traitant at signature', fr: 'la patientèle médecin traitant du groupe à la signature' }).describe(C.groupMedecinTraitant),
      fileActive: groupPatients({ en: 'the group’s file active at signature', fr: 'la file active du groupe à la signature' }).describe(C.groupFileActive),
    },
    says('an object such as { medecinTraitant: 3600, fileActive: 5200 }', 'un objet tel que { medecinTraitant: 3600, fileActive: 5200 }'),
  )
  .describe(C.startingPatientele);

const alreadyGainedSchema = z
  .strictObject(
    {
      medecinTraitant: groupPatients({ en: 'the MT patients already gained', fr: 'les patients médecin traitant déjà gagnés' }).describe(C.gainedMedecinTraitant).optional(),
      fileActive: groupPatients({ en: 'the file-active patients already gained', fr: 'les patients de file active déjà gagnés' }).describe(C.gainedFileActive).optional(),
    },
    says('an object such as { medecinTraitant: 120, fileActive: 40 }', 'un objet tel que { medecinTraitant: 120, fileActive: 40 }'),
  )
  .describe(C.alreadyGained);

const groupAchievementFields = {
  medecinTraitant: groupPatients({ en: 'the group’s patientèle médecin traitant reached', fr: 'la patientèle médecin traitant atteinte par le groupe' }).describe(C.reachedMedecinTraitant),
  fileActive: groupPatients({ en: 'the group’s file active reached', fr: 'la file active atteinte par le groupe' }).describe(C.reachedFileActive),
};

const collectiveOverrides = () => overridesField().describe(C.overrides);

export const collectiveEligibilitySchema = z.strictObject(
  { signedOn: isoDate().describe(C.signedOn), group: groupSchema, overrides: collectiveOverrides() },
  says('an object { signedOn, group }', 'un objet { signedOn, group }'),
);

export const collectiveMaxEtpSchema = z.strictObject(
  { signedOn: isoDate().describe(C.signedOn), group: groupSchema, overrides: collectiveOverrides() },
  says('an object { signedOn, group }', 'un objet { signedOn, group }'),
);

export const collectiveObjectiveSchema = z.strictObject(
  {
    signedOn: isoDate().describe(C.signedOn),
    etp: etpField(),
    startingPatientele: startingPatienteleSchema,
    alreadyGained: alreadyGainedSchema.optional(),
    group: groupSchema.optional(),
    overrides: collectiveOverrides(),
  },
  says('an object { signedOn, etp, startingPatientele: { medecinTraitant, fileActive } }', 'un objet { signedOn, etp, startingPatientele: { medecinTraitant, fileActive } }'),
);

/** Fields shared by collective.yearlyAid and collective.simulate. */
const collectiveContractFields = {
  signedOn: isoDate().describe(C.signedOn),
  hiredOn: isoDate().describe(C.hiredOn),
  etp: etpField(),
  group: groupSchema.optional(),
  startingPatientele: startingPatienteleSchema.optional(),
  alreadyGained: alreadyGainedSchema.optional(),
  overrides: collectiveOverrides(),
};

export const collectiveYearlyAidSchema = z.strictObject(
  {
    ...collectiveContractFields,
    year: wholeBetween(1, MAX_YEAR, E.contractYear).describe(C.year),
    achievement: z
      .strictObject(groupAchievementFields, says('an object such as { medecinTraitant: 4200, fileActive: 5500 }', 'un objet tel que { medecinTraitant: 4200, fileActive: 5500 }'))
      .describe(C.achievement)
      .optional(),
  },
  says('an object { signedOn, hiredOn, etp, year, … }', 'un objet { signedOn, hiredOn, etp, year, … }'),
);

export const collectiveSimulateSchema = z.strictObject(
  {
    ...collectiveContractFields,
    achievements: z
      .array(
        z.strictObject(
          {
            year: wholeBetween(1, MAX_YEAR, E.contractYear).describe(C.year),
            ...groupAchievementFields,
          },
          says('an object such as { year: 3, medecinTraitant: 4200, fileActive: 5500 }', 'un objet tel que { year: 3, medecinTraitant: 4200, fileActive: 5500 }'),
        ),
        says('a list such as [{ year: 3, medecinTraitant: 4200, fileActive: 5500 }]', 'une liste telle que [{ year: 3, medecinTraitant: 4200, fileActive: 5500 }]'),
      )
      .max(MAX_YEAR, says(E.yearsAtMost.en, E.yearsAtMost.fr))
      .describe(C.achievements)
      .optional(),
  },
  says('a collective contract { signedOn, hiredOn, etp, … }', 'un contrat collectif { signedOn, hiredOn, etp, … }'),
);

/**
 * The schema of each public function's input (for JSON Schemas and forms). The collective contract's
 * functions (`collective.checkEligibility`, …) have theirs under `collective…` names.
 */
export const INPUT_SCHEMAS = {
  regimeOf: regimeOfSchema,
  checkEligibility: checkEligibilitySchema,
  objective: objectiveSchema,
  yearlyAid: yearlyAidSchema,
  simulate: simulateSchema,
  collectiveCheckEligibility: collectiveEligibilitySchema,
  collectiveMaxEtp: collectiveMaxEtpSchema,
  collectiveObjective: collectiveObjectiveSchema,
  collectiveYearlyAid: collectiveYearlyAidSchema,
  collectiveSimulate: collectiveSimulateSchema,
} as const;

// ---------------------------------------------------------------------------------------------------
// The same inputs as named interfaces (what an editor shows), kept in agreement with the schemas by
// test/assistant-medical/types.test.ts.

/** Overrides of the scheme's legal figures, keyed by parameter id (autocompleted). */
export type AmOverrides = Overrides<AmParameterId>;

/** A ratio from 0 to 1: a number (`0.85`), a decimal string (`"0.85"`) or a Decimal. */
export type RatioInput = number | string | Decimal;

/** Percentile cut-offs supplied by the caller, in patients. */
export interface Thresholds {
  /** Seuil P30 (the P30 cut-off) in patients, e.g. 775. */
  readonly p30?: number | undefined;
  /** Seuil P50 (the P50 cut-off) in patients, e.g. 1045. */
  readonly p50?: number | undefined;
  /** Seuil P70 (the P70 cut-off) in patients, e.g. 1400. */
  readonly p70?: number | undefined;
  /** Seuil P90 (the P90 cut-off) in patients. */
  readonly p90?: number | undefined;
  /** Seuil P95 (the P95 cut-off) in patients. */
  readonly p95?: number | undefined;
}

/** Input of `regimeOf`. */
export interface RegimeOfInput {
  /** Date de signature du contrat (contract signature date), YYYY-MM-DD, e.g. "2024-09-01": chooses the text that applies (avenant 7, règlement arbitral 2023, convention 2024). */
  readonly signedOn: IsoDate;
  /** Overrides of the scheme’s legal figures, keyed by parameter id, e.g. { "am.regime": … }. */
  readonly overrides?: AmOverrides | undefined;
}

/** The doctor facts that set a special objective. */
export interface ObjectiveDoctor {
  /** Âge du médecin à la signature (age at signature), in whole years from 18 to 120, e.g. 66. */
  readonly age?: number | undefined;
  /** Médecin nouvellement installé (newly installed doctor): true or false. */
  readonly newlyInstalled?: boolean | undefined;
}

/** The objective written in the contract. */
export interface ContractObjective {
  /** Objectif de patientèle (objective) in patients, a whole number from 0 to 100 000, e.g. 1430. */
  readonly targetPatients: number;
}

/** Input of `objective`: a contract. */
export interface ObjectiveInput {
  /** Date de signature du contrat (contract signature date), YYYY-MM-DD, e.g. "2024-09-01": chooses the text that applies (avenant 7, règlement arbitral 2023, convention 2024). */
  readonly signedOn: IsoDate;
  /** Option of the contract, in ETP (équivalent temps plein) of assistant funded: "1/3", "1/2", "1", or "1.5", "2" for a second assistant (convention 2024), e.g. "1/2". */
  readonly option: Option;
  /** Tranche de patientèle de départ (starting patientèle band): "P30-P50", "P50-P70", "P70-P90", "P90-P95" or "P95+"; or give startingPatients (and specialty) to derive it. */
  readonly band?: Band | undefined;
  /** Patientèle de départ (starting patientèle at signature), in patients: médecin traitant patients for a GP, file active otherwise; a whole number from 0 to 100 000, e.g. 820. */
  readonly startingPatients?: number | undefined;
  /** Spécialité du médecin (specialty), a lower-case slug such as "medecine-generale": with startingPatients, derives the band from the percentile cut-offs. */
  readonly specialty?: Specialty | undefined;
  /** Seuils de percentile (percentile cut-offs) in patients that the library does not know, e.g. { p70: 1400 }. */
  readonly thresholds?: Thresholds | undefined;
  /** The doctor facts that set a special objective: age (maintenance age, convention 2024) and newlyInstalled. */
  readonly doctor?: ObjectiveDoctor | undefined;
  /** Objectif écrit au contrat (the objective written in the contract), e.g. { targetPatients: 1430 }: it wins over the band objective. */
  readonly objective?: ContractObjective | undefined;
  /** Overrides of the scheme’s legal figures, keyed by parameter id, e.g. { "am.modulation.rule": "all-or-nothing" }. */
  readonly overrides?: AmOverrides | undefined;
}

/** The achievement of a modulated year. */
export interface Achievement {
  /** Patientèle atteinte (patientèle reached) at the end of the contract year, in patients from 0 to 100 000, e.g. 1500. */
  readonly reachedPatients: number;
}

/** Input of `yearlyAid`: a contract and one of its years. */
export interface YearlyAidInput extends ObjectiveInput {
  /** Date d’embauche de l’assistant médical (hiring date), YYYY-MM-DD, e.g. "2024-10-01": contract years count from it; the first year paid starts at most am.contract.hiring.max-months-before-signature months before the signature and no later than the end of the contract. */
  readonly hiredOn: IsoDate;
  /** Année du contrat (contract year), a whole number from 1 to 10 (the contract lasts am.contract.duration-years years), e.g. 3. */
  readonly year: number;
  /** Atteinte de l’objectif (achievement) of a modulated year, e.g. { reachedPatients: 1500 }. */
  readonly achievement?: Achievement | undefined;
}

/** The achievement of one modulated year of a contract. */
export interface YearAchievement {
  /** Année du contrat (contract year), a whole number from 1 to 10, e.g. 3. */
  readonly year: number;
  /** Patientèle atteinte (patientèle reached) at the end of that year, in patients from 0 to 100 000, e.g. 1500. */
  readonly reachedPatients: number;
  /** Objectif de l’année écrit au contrat (the objective of that year, when the contract sets one), in patients from 0 to 100 000, e.g. 1450. */
  readonly targetPatients?: number | undefined;
}

/** A whole contract, input of `simulate`. */
export interface ContractInput extends ObjectiveInput {
  /** Date d’embauche de l’assistant médical (hiring date), YYYY-MM-DD, e.g. "2024-10-01": contract years count from it. */
  readonly hiredOn: IsoDate;
  /** Atteinte de l’objectif par année (achievement of each modulated year), e.g. [{ year: 3, reachedPatients: 1500 }]. */
  readonly achievements?: readonly YearAchievement[] | undefined;
}

/** The doctor's current contract (second-assistant options). */
export interface CurrentContract {
  /** Option of the current contract, e.g. "1". */
  readonly option: Option;
  /** Année du contrat en cours (current contract year), a whole number from 1 to 10, e.g. 3. */
  readonly year: number;
  /** Objectifs du contrat en cours atteints (objectives of the current contract reached): true or false. */
  readonly objectivesReached: boolean;
}

/** The doctor's patientèle at signature. */
export interface DoctorPatientele {
  /** Patientèle médecin traitant (patients who chose the doctor as médecin traitant), from 0 to 100 000, e.g. 1200. */
  readonly medecinTraitant?: number | undefined;
  /** File active (distinct patients seen in the year), from 0 to 100 000, e.g. 1800. */
  readonly fileActive?: number | undefined;
}

/** The doctor, as `checkEligibility` reads them. */
export interface Doctor {
  /** Spécialité du médecin (specialty), a lower-case slug such as "medecine-generale". */
  readonly specialty: Specialty;
  /** Secteur conventionnel (sector): "1", "2-optam" (secteur 2 with OPTAM / OPTAM-CO) or "2", e.g. "1". */
  readonly sector: Sector;
  /** Zonage (zone): "zip" (zone d’intervention prioritaire), "zac" (zone d’action complémentaire) or "none", e.g. "zip". */
  readonly zone: Zone;
  /** Part d’honoraires cliniques (share of clinical fees) over the 12 months before signature, a ratio from 0 to 1, e.g. 0.85. */
  readonly clinicalFeeShare?: RatioInput | undefined;
  /** Patientèle du médecin (the doctor’s patientèle) at signature, e.g. { medecinTraitant: 1200, fileActive: 1800 }. */
  readonly patientele?: DoctorPatientele | undefined;
  /** Exercice regroupé (group practice with other doctors): true or false. */
  readonly groupPractice?: boolean | undefined;
  /** Exercice coordonné (member of an MSP, centre de santé, ESP, CPTS…, or committed to join one): true or false. */
  readonly coordinatedPractice?: boolean | undefined;
  /** Médecin nouvellement installé (newly installed doctor): true or false. */
  readonly newlyInstalled?: boolean | undefined;
  /** Âge du médecin à la signature (age at signature), in whole years from 18 to 120, e.g. 66. */
  readonly age?: number | undefined;
  /** Reconnaissance de la qualité de travailleur handicapé (RQTH): true or false. */
  readonly disabilityRecognised?: boolean | undefined;
  /** Part de patients enfants (share of child patients, Avenant 7 exemption), a ratio from 0 to 1, e.g. 0.25. */
  readonly shareOfPatientsUnder16?: RatioInput | undefined;
  /** Exercice dans un des départements les moins dotés de la spécialité (Avenant 7): true or false. */
  readonly inLowDensityDepartement?: boolean | undefined;
  /** Contrat en cours (the doctor’s current contract, for the second-assistant options). */
  readonly currentContract?: CurrentContract | undefined;
}

/** Input of `checkEligibility`. */
export interface CheckEligibilityInput {
  /** Date de signature du contrat (contract signature date), YYYY-MM-DD, e.g. "2024-09-01": chooses the text that applies. */
  readonly signedOn: IsoDate;
  /** Option of the contract, in ETP of assistant funded, e.g. "1/2". */
  readonly option: Option;
  /** Le médecin (the doctor): { specialty, sector, zone, … }. */
  readonly doctor: Doctor;
  /** Seuils de percentile (percentile cut-offs) in patients that the library does not know, e.g. { p30: 775 }. */
  readonly thresholds?: Thresholds | undefined;
  /** Overrides of the scheme’s legal figures, keyed by parameter id. */
  readonly overrides?: AmOverrides | undefined;
}

// ---------------------------------------------------------------------------------------------------
// The collective contract's inputs as named interfaces (kept in agreement with the schemas by
// test/assistant-medical/collective/types.test.ts).

/** A number of ETP (full-time equivalents): a number (`1.5`), a decimal string (`"2.5"`) or a Decimal. */
export type EtpInput = number | string | Decimal;

/** An adhering doctor's patientèle at signature. */
export interface CollectiveDoctorPatientele {
  /** Patientèle médecin traitant (patients who chose the doctor as médecin traitant), a whole number from 0 to 100 000, e.g. 900. */
  readonly medecinTraitant: number;
  /** File active (distinct patients seen in the year), a whole number from 0 to 100 000, e.g. 1400. */
  readonly fileActive?: number | undefined;
}

/** An adhering doctor of a collective contract (a partner who signed the adhesion form annexed to it). */
export interface CollectiveDoctor {
  /** Spécialité du médecin (specialty), a lower-case slug such as "medecine-generale". */
  readonly specialty: Specialty;
  /** Secteur conventionnel (sector): "1", "2-optam" (secteur 2 with OPTAM / OPTAM-CO) or "2", e.g. "1". */
  readonly sector: Sector;
  /** Patientèle du médecin à la signature (the doctor’s patientèle at signature), e.g. { medecinTraitant: 900, fileActive: 1400 }. */
  readonly patientele: CollectiveDoctorPatientele;
  /** Médecin à exercice particulier (MEP, e.g. homeopathy, acupuncture as main practice): true or false; absent: no. */
  readonly mep?: boolean | undefined;
  /** Praticien agréé maître de stage des universités (PAMSU) accueillant un docteur junior: true or false; absent: no. */
  readonly pamsu?: boolean | undefined;
  /** Médecin nouvellement installé (installed for less than am.collective.newly-installed.max-months months, 12): true or false; absent: no. */
  readonly newlyInstalled?: boolean | undefined;
  /** Contrat individuel d’aide à l’emploi d’un assistant médical encore en cours à la signature (an individual contract still running): true or false; absent: no. */
  readonly individualContractRunning?: boolean | undefined;
  /** Date de fin (ou de résiliation) d’un précédent contrat collectif du médecin (end date of a former collective contract), YYYY-MM-DD, e.g. "2025-06-30"; absent: none. */
  readonly previousCollectiveContractEndedOn?: IsoDate | undefined;
}

/** The group: the company that signs and its adhering doctors. */
export interface CollectiveGroup {
  /** Forme de la société signataire (legal form of the signing company): "scp", "scm", "sisa", "sel" (any société d’exercice libéral) or "other", e.g. "scm". */
  readonly legalForm: LegalForm;
  /** Structure agréée lieu de stage ambulatoire (the structure itself is approved as an ambulatory training site): true or false; absent: no. */
  readonly trainingSite?: boolean | undefined;
  /** Les médecins adhérents (the doctors who signed the adhesion form annexed to the contract), 1 to 100. */
  readonly doctors: readonly CollectiveDoctor[];
}

/** The group's patientèle (at signature, or reached at the end of a year). */
export interface GroupPatientele {
  /** Patientèle médecin traitant du groupe, a whole number from 0 to 1 000 000, e.g. 3600. */
  readonly medecinTraitant: number;
  /** File active du groupe, a whole number from 0 to 1 000 000, e.g. 5200. */
  readonly fileActive: number;
}

/** Patients already gained under the adhering doctors' former individual contracts. */
export interface AlreadyGained {
  /** Patients médecin traitant déjà gagnés (MT patients already gained), a whole number from 0 to 1 000 000, e.g. 120. */
  readonly medecinTraitant?: number | undefined;
  /** Patients de file active déjà gagnés (file-active patients already gained), a whole number from 0 to 1 000 000, e.g. 40. */
  readonly fileActive?: number | undefined;
}

/** Overrides of the scheme's legal figures, keyed by parameter id (autocompleted). */
export type CollectiveOverrides = Overrides<AmParameterId>;

/** Input of `collective.checkEligibility`. */
export interface CollectiveEligibilityInput {
  /** Date de signature du contrat collectif (signature date of the collective contract), YYYY-MM-DD, e.g. "2026-03-02": contracts signed from 25 February 2026. */
  readonly signedOn: IsoDate;
  /** Le groupe (the company that signs and its adhering doctors). */
  readonly group: CollectiveGroup;
  /** Overrides of the scheme’s legal figures, keyed by parameter id, e.g. { "am.collective.eligibility.average-comparison": "more-than" }. */
  readonly overrides?: CollectiveOverrides | undefined;
}

/** Input of `collective.maxEtp`. */
export interface CollectiveMaxEtpInput {
  /** Date de signature du contrat collectif, YYYY-MM-DD, e.g. "2026-12-01": the docteurs-juniors bonus applies from am.collective.etp.bonus-from. */
  readonly signedOn: IsoDate;
  /** Le groupe (the company that signs and its adhering doctors). */
  readonly group: CollectiveGroup;
  /** Overrides of the scheme’s legal figures, keyed by parameter id, e.g. { "am.collective.etp.bonus-from": "2026-11-02" }. */
  readonly overrides?: CollectiveOverrides | undefined;
}

/** Input of `collective.objective`. */
export interface CollectiveObjectiveInput {
  /** Date de signature du contrat collectif, YYYY-MM-DD, e.g. "2026-03-02": the objective is due 2 years after it. */
  readonly signedOn: IsoDate;
  /** Nombre d’ETP d’assistants médicaux financés (full-time equivalents funded), a positive multiple of 0.5 such as 1.5 or "2.5", at most 200. */
  readonly etp: EtpInput;
  /** Patientèle de départ du groupe (the group’s patientèle at signature), e.g. { medecinTraitant: 3600, fileActive: 5200 }. */
  readonly startingPatientele: GroupPatientele;
  /** Patients déjà gagnés au titre des anciens contrats individuels, e.g. { medecinTraitant: 120, fileActive: 40 }: the objective is reduced by them. */
  readonly alreadyGained?: AlreadyGained | undefined;
  /** Le groupe, when known: its newly installed doctors get their own objective. */
  readonly group?: CollectiveGroup | undefined;
  /** Overrides of the scheme’s legal figures, keyed by parameter id. */
  readonly overrides?: CollectiveOverrides | undefined;
}

/** Input of `collective.yearlyAid`: a collective contract and one of its years. */
export interface CollectiveYearlyAidInput {
  /** Date de signature du contrat collectif, YYYY-MM-DD, e.g. "2026-03-02": contracts signed from 25 February 2026. */
  readonly signedOn: IsoDate;
  /** Date d’embauche des assistants médicaux par la société (or of the first of them), YYYY-MM-DD, e.g. "2026-04-01": contract years count from it. */
  readonly hiredOn: IsoDate;
  /** Nombre d’ETP d’assistants médicaux financés, a positive multiple of 0.5 such as 1.5 or "2.5", at most 200 (and at most collective.maxEtp of the group when given). */
  readonly etp: EtpInput;
  /** Année du contrat (contract year), a whole number from 1 to 10, e.g. 3. */
  readonly year: number;
  /** Le groupe, when known: the number of ETP is checked against its ceiling. */
  readonly group?: CollectiveGroup | undefined;
  /** Patientèle de départ du groupe, e.g. { medecinTraitant: 3600, fileActive: 5200 }; absent: summed from group.doctors when each gives both. */
  readonly startingPatientele?: GroupPatientele | undefined;
  /** Patients déjà gagnés au titre des anciens contrats individuels: the objective is reduced by them. */
  readonly alreadyGained?: AlreadyGained | undefined;
  /** Patientèle du groupe atteinte à la fin de l’année (from year 3), e.g. { medecinTraitant: 4200, fileActive: 5500 }. */
  readonly achievement?: GroupPatientele | undefined;
  /** Overrides of the scheme’s legal figures, keyed by parameter id, e.g. { "am.collective.modulation.rule": "average-of-two" }. */
  readonly overrides?: CollectiveOverrides | undefined;
}

/** The group's patientèle reached at the end of one modulated year. */
export interface CollectiveYearAchievement extends GroupPatientele {
  /** Année du contrat (contract year), a whole number from 1 to 10, e.g. 3. */
  readonly year: number;
}

/** A whole collective contract, input of `collective.simulate`. */
export interface CollectiveContractInput {
  /** Date de signature du contrat collectif, YYYY-MM-DD, e.g. "2026-03-02": contracts signed from 25 February 2026. */
  readonly signedOn: IsoDate;
  /** Date d’embauche des assistants médicaux par la société (or of the first of them), YYYY-MM-DD, e.g. "2026-04-01": contract years count from it. */
  readonly hiredOn: IsoDate;
  /** Nombre d’ETP d’assistants médicaux financés, a positive multiple of 0.5 such as 1.5 or "2.5", at most 200 (and at most collective.maxEtp of the group when given). */
  readonly etp: EtpInput;
  /** Le groupe, when known: the number of ETP is checked against its ceiling. */
  readonly group?: CollectiveGroup | undefined;
  /** Patientèle de départ du groupe, e.g. { medecinTraitant: 3600, fileActive: 5200 }; absent: summed from group.doctors when each gives both. */
  readonly startingPatientele?: GroupPatientele | undefined;
  /** Patients déjà gagnés au titre des anciens contrats individuels: the objective is reduced by them. */
  readonly alreadyGained?: AlreadyGained | undefined;
  /** Patientèle du groupe atteinte par année modulée, e.g. [{ year: 3, medecinTraitant: 4200, fileActive: 5500 }]. */
  readonly achievements?: readonly CollectiveYearAchievement[] | undefined;
  /** Overrides of the scheme’s legal figures, keyed by parameter id. */
  readonly overrides?: CollectiveOverrides | undefined;
}
