/**
 * zod schemas of the assistant-médical public inputs. Each leaf carries the expectation shown in errors.
 */
import { z } from 'zod';
import type { Overrides } from '../core/parameters.js';
import type { AmParameterId } from './parameters.js';
import { bool, isoDate, oneOf, ratio, wholeBetween, wholeCount } from '../core/validation.js';
import { BANDS, OPTIONS, PERCENTILES, SECTORS, ZONES } from './parameters.js';

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

const SLUG = /^[a-z]+(?:-[a-z]+)*$/;
const specialty = z
  .string({ error: 'a lower-case specialty slug such as "medecine-generale" or "cardiologie"' })
  .regex(SLUG, { error: 'a lower-case specialty slug such as "medecine-generale" or "cardiologie"' });

const patients = (what = 'a whole number of patients ≥ 0') => wholeCount(what);

/** Percentile cut-offs in patients supplied by the caller (for specialties or figures the library does not know). */
export const thresholdsSchema = z.strictObject(
  Object.fromEntries(PERCENTILES.map((p) => [p, patients(`a whole number of patients ≥ 0 (the ${p.toUpperCase()} cut-off)`).optional()])) as Record<
    (typeof PERCENTILES)[number],
    z.ZodOptional<ReturnType<typeof patients>>
  >,
  { error: 'an object such as { p30: 775, p50: 1045 }' },
);

const overridesSchema = z.record(z.string(), z.unknown(), { error: 'an object keyed by parameter id' }).optional();

export const optionSchema = oneOf(OPTIONS, 'one of "1/3", "1/2", "1" (ETP of assistant funded), or "1.5", "2" (second assistant, from 22 June 2024)');
export const bandSchema = oneOf(BANDS, 'one of "P30-P50", "P50-P70", "P70-P90", "P90-P95", "P95+"');

export const doctorSchema = z.strictObject(
  {
    specialty,
    sector: oneOf(SECTORS, 'one of "1", "2-optam" (secteur 2 with OPTAM / OPTAM-CO), "2"'),
    zone: oneOf(ZONES, 'one of "zip" (zone d’intervention prioritaire), "zac" (zone d’action complémentaire), "none"'),
    clinicalFeeShare: ratio('a share of clinical fees from 0 to 1 over the 12 months before signature, such as 0.85').optional(),
    patientele: z
      .strictObject(
        {
          medecinTraitant: patients('a whole number of patients médecin traitant ≥ 0').optional(),
          fileActive: patients('a whole number of patients in the file active ≥ 0').optional(),
        },
        { error: 'an object such as { medecinTraitant: 1200, fileActive: 1800 }' },
      )
      .optional(),
    groupPractice: bool('true or false (practises in a group of at least 2 doctors)').optional(),
    coordinatedPractice: bool('true or false (member of an MSP, centre de santé, ESP, CPTS…, or committed to join one within 2 years)').optional(),
    newlyInstalled: bool('true or false (newly installed doctor)').optional(),
    age: wholeBetween(18, 120, 'an age in whole years from 18 to 120').optional(),
    disabilityRecognised: bool('true or false (recognised disabled worker, RQTH)').optional(),
    shareOfPatientsUnder16: ratio('a share of patients under 16 from 0 to 1, such as 0.25').optional(),
    inLowDensityDepartement: bool('true or false (practises in a département among the 30 % least dense for the specialty)').optional(),
    currentContract: z
      .strictObject(
        {
          option: optionSchema,
          year: wholeBetween(1, 50, 'a contract year from 1'),
          objectivesReached: bool('true or false (objectives of the current contract reached)'),
        },
        { error: 'an object such as { option: "1", year: 3, objectivesReached: true }' },
      )
      .optional(),
  },
  { error: 'an object describing the doctor: { specialty, sector, zone, … }' },
);

export const checkEligibilitySchema = z.strictObject(
  {
    signedOn: isoDate(),
    option: optionSchema,
    doctor: doctorSchema,
    thresholds: thresholdsSchema.optional(),
    overrides: overridesSchema,
  },
  { error: 'an object { signedOn, option, doctor }' },
);

const objectiveDoctor = z.strictObject(
  {
    age: wholeBetween(18, 120, 'an age in whole years from 18 to 120').optional(),
    newlyInstalled: bool('true or false (newly installed doctor)').optional(),
  },
  { error: 'an object such as { age: 66, newlyInstalled: false }' },
);

const objectiveInContract = z.strictObject(
  { targetPatients: patients('the objective written in the contract, in patients (a whole number ≥ 0)') },
  { error: 'an object such as { targetPatients: 1430 } (the objective written in the contract)' },
);

/** Fields shared by objective(), yearlyAid() and simulate(). */
const contractFields = {
  signedOn: isoDate(),
  option: optionSchema,
  band: bandSchema.optional(),
  startingPatients: patients('the starting patientèle in patients (a whole number ≥ 0)').optional(),
  specialty: specialty.optional(),
  thresholds: thresholdsSchema.optional(),
  doctor: objectiveDoctor.optional(),
  objective: objectiveInContract.optional(),
  overrides: overridesSchema,
};

export const objectiveSchema = z.strictObject(contractFields, { error: 'an object { signedOn, option, band or startingPatients, … }' });

const achievementSchema = z.strictObject(
  { reachedPatients: patients('the patientèle reached at the end of the contract year (a whole number ≥ 0)') },
  { error: 'an object such as { reachedPatients: 1500 }' },
);

export const yearlyAidSchema = z.strictObject(
  {
    ...contractFields,
    hiredOn: isoDate(),
    year: wholeBetween(1, 50, 'a contract year: a whole number ≥ 1'),
    achievement: achievementSchema.optional(),
  },
  { error: 'an object { signedOn, hiredOn, option, year, band or startingPatients, … }' },
);

export const simulateSchema = z.strictObject(
  {
    ...contractFields,
    hiredOn: isoDate(),
    achievements: z
      .array(
        z.strictObject(
          {
            year: wholeBetween(1, 50, 'a contract year: a whole number ≥ 1'),
            reachedPatients: patients('the patientèle reached at the end of that year (a whole number ≥ 0)'),
            targetPatients: patients('the objective of that year in patients, when the contract sets one (a whole number ≥ 0)').optional(),
          },
          { error: 'an object such as { year: 3, reachedPatients: 1500 }' },
        ),
        { error: 'a list such as [{ year: 3, reachedPatients: 1500 }]' },
      )
      .optional(),
  },
  { error: 'a contract { signedOn, hiredOn, option, band or startingPatients, … }' },
);

/** Overrides of the scheme's legal figures, keyed by parameter id (autocompleted). */
export type AmOverrides = Overrides<AmParameterId>;
type WithOverrides<T> = Omit<T, 'overrides'> & { overrides?: AmOverrides };

/** The doctor, as `checkEligibility` reads them. */
export type Doctor = z.input<typeof doctorSchema>;
/** Input of `checkEligibility`. */
export type CheckEligibilityInput = WithOverrides<z.input<typeof checkEligibilitySchema>>;
/** Input of `objective`. */
export type ObjectiveInput = WithOverrides<z.input<typeof objectiveSchema>>;
/** Input of `yearlyAid`. */
export type YearlyAidInput = WithOverrides<z.input<typeof yearlyAidSchema>>;
/** A whole contract, input of `simulate`. */
export type ContractInput = WithOverrides<z.input<typeof simulateSchema>>;
/** Percentile cut-offs supplied by the caller. */
export type Thresholds = z.input<typeof thresholdsSchema>;

/** The zod schema of each public function's input, by function name (the package's JSON Schemas, `exercice-coordonne/schemas/assistant-medical/<name>.json`, are generated from it). */
export const INPUT_SCHEMAS = { checkEligibility: checkEligibilitySchema, objective: objectiveSchema, yearlyAid: yearlyAidSchema, simulate: simulateSchema } as const;
