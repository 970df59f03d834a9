/**
 * zod schemas of the ACI MSP public inputs. Each leaf carries the expectation shown in errors.
 *
 * The JSON a user (or the command-line tool) passes to `yearlyRemuneration` is exactly
 * {@link yearInputSchema}: `{ contract, year, achievements, overrides?, options? }`.
 * Cross-field rules that depend on the catalogue in force (an indicator the year's catalogue does not
 * have, a count above a cap, a date after the year) are checked after parsing, with the same error type.
 */
import { z } from 'zod';
import { bool, isoDate, oneOf, ratio, wholeBetween, wholeCount } from '../core/validation.js';
import type { Overrides } from '../core/parameters.js';
import { MISSION_THEMES, type MspParameterId } from './parameters.js';

const patients = (what: string) => wholeCount(`a whole number of patients ≥ 0 (${what})`);
const met = (what: string) => z.strictObject({ met: bool(`true or false (${what})`) }, { error: `an object such as { "met": true } (${what})` });
const level = (max: number, what: string) =>
  z.strictObject({ level: wholeBetween(0, max, `a level from 0 to ${max} (${what})`) }, { error: `an object such as { "level": ${max} } (${what})` });

/** The tripartite contract and the structure as it stands for the remuneration year. */
export const contractSchema = z.strictObject(
  {
    /** Name of the MSP (shown in results; optional). */
    name: z.string({ error: 'a name, such as "MSP des Tilleuls"' }).max(200, { error: 'a name of at most 200 characters' }).optional(),
    /** Date the tripartite contract (MSP, CPAM, ARS) was signed; it takes effect that day. */
    signedOn: isoDate(),
    /** Date the projet de santé was filed with the ARS (decides whether the MSP is a new structure). */
    projetDeSanteFiledOn: isoDate(),
    /** Patientèle de référence: patients (any age) whose médecin traitant is an associated doctor, at 31 December. */
    patientele: patients('patientèle médecin traitant of the associated doctors'),
    /** Number of health professionals associated in the SISA (counts for the information system). */
    associatedProfessionals: wholeCount('a whole number of associated health professionals ≥ 0'),
    /** An infirmier(ère) en pratique avancée (liberal or salaried) works in the structure. */
    ipa: bool('true or false (an IPA works in the structure)').optional(),
    /** Shares of the patientèle de référence covered by the C2S (ex-CMU-C) and by the AME. */
    precarity: z
      .strictObject(
        {
          c2sRate: ratio('a share of the patientèle from 0 to 1 covered by the C2S, such as 0.12'),
          ameRate: ratio('a share of the patientèle from 0 to 1 covered by the AME, such as 0.006'),
        },
        { error: 'an object such as { "c2sRate": 0.12, "ameRate": 0.006 }' },
      )
      .optional(),
  },
  { error: 'an object describing the contract: { signedOn, projetDeSanteFiledOn, patientele, associatedProfessionals, … }' },
);

const hours = z.strictObject(
  {
    /** Unscheduled care organised each working day (regulated demands, same-day consultation possible). */
    snp: bool('true or false (unscheduled care organised every working day)'),
    /** Daily opening amplitude, Monday to Friday (on each site). */
    amplitude: oneOf(['12h-or-more', '10h-to-12h', '8h-to-10h', 'under-8h'], 'one of "12h-or-more", "10h-to-12h", "8h-to-10h", "under-8h" (daily opening, Monday to Friday)'),
    /** Open on Saturday morning. */
    saturdayMorningOpen: bool('true or false (open on Saturday morning)'),
    /** Longest closure during school holidays. */
    schoolHolidayClosure: oneOf(['under-2-weeks', '2-to-3-weeks', 'over-3-weeks'], 'one of "under-2-weeks", "2-to-3-weeks", "over-3-weeks" (closure during school holidays)'),
    /** Closed more than one week outside school holidays. */
    closedOverOneWeekOutsideSchoolHolidays: bool('true or false (closed more than one week outside school holidays)'),
    /** The ARS granted a derogation on the amplitude under the PDSA. */
    arsDerogation: bool('true or false (ARS derogation on the amplitude under the PDSA)').optional(),
  },
  { error: 'an object such as { "snp": true, "amplitude": "12h-or-more", "saturdayMorningOpen": true, "schoolHolidayClosure": "under-2-weeks", "closedOverOneWeekOutsideSchoolHolidays": false }' },
);

const missions = z.strictObject(
  {
    missions: z.array(oneOf(MISSION_THEMES, `one of ${MISSION_THEMES.map((t) => `"${t}"`).join(', ')}`), {
      error: 'a list of mission themes, such as ["couverture-vaccinale", "prevention-suicide"]',
    }),
  },
  { error: 'an object such as { "missions": ["couverture-vaccinale"] }' },
);

const concertation = z.strictObject(
  {
    meetings: wholeCount('a whole number of concertation meetings in the year ≥ 0'),
    casesReviewed: wholeCount('a whole number of patient files reviewed ≥ 0 (as recorded by the caisse)'),
    eligiblePatients: z.strictObject(
      {
        aldUnder75: patients('médecin-traitant patients in ALD under 75, at 31 December'),
        over75WithoutAld: patients('médecin-traitant patients aged 75 or more not in ALD'),
        over75WithAld: patients('médecin-traitant patients aged 75 or more in ALD'),
        childrenAld0To16: patients('children aged 0–16 in ALD with at least 2 GP visits, counted for 2017 and 2018 only').optional(),
      },
      { error: 'an object such as { "aldUnder75": 300, "over75WithoutAld": 200, "over75WithAld": 150 }' },
    ),
  },
  { error: 'an object such as { "meetings": 6, "casesReviewed": 50, "eligiblePatients": { … } }' },
);

const software = (what: string) =>
  z.strictObject(
    {
      met: bool(`true or false (${what})`),
      /** Date of the structure's first acquisition of labelled software: prorata temporis when in the year. */
      since: isoDate().optional(),
    },
    { error: `an object such as { "met": true, "since": "2019-05-01" } (${what})` },
  );

/**
 * What the MSP achieved in the calendar year, by indicator id. An indicator left out is not achieved.
 * Only the indicators of the catalogue in force for the year are accepted (see `indicators({ on })`).
 */
export const achievementsSchema = z.strictObject(
  {
    'horaires-ouverture-snp': hours.optional(),
    'crises-sanitaires': z
      .strictObject(
        {
          plan: bool('true or false (a crisis preparation plan is written and kept up to date)'),
          crisisActions: bool('true or false (a serious health crisis was declared and the structure acted on its plan)').optional(),
        },
        { error: 'an object such as { "plan": true }' },
      )
      .optional(),
    'diversite-services': level(2, 'diversity of care services among associated professionals').optional(),
    'second-recours': level(2, 'second-line consultations by visiting professionals').optional(),
    'medecins-cstm': met('a doctor under a CSTM works sessions in the structure').optional(),
    'missions-sante-publique': missions.optional(),
    'satisfaction-patients': met('tools to assess patient satisfaction and needs (ACI 2017)').optional(),
    'implication-usagers': level(2, 'users’ involvement').optional(),
    'soins-non-programmes-sas': z
      .strictObject(
        {
          doctorsShare: ratio('a share from 0 to 1 of the structure’s doctors taking part in the SAS, such as 0.5'),
          allRegulatorRequests: bool('true or false (the structure answers every request of the SAS regulator)').optional(),
        },
        { error: 'an object such as { "doctorsShare": 0.5 }' },
      )
      .optional(),
    'fonction-coordination': met('a coordination function is organised').optional(),
    'protocoles-pluriprofessionnels': z
      .strictObject({ count: wholeCount('a whole number of protocols ≥ 0') }, { error: 'an object such as { "count": 8 }' })
      .optional(),
    'concertation-pluriprofessionnelle': concertation.optional(),
    'formation-stagiaires': z
      .strictObject({ trainees: wholeCount('a whole number of different trainees in the year ≥ 0') }, { error: 'an object such as { "trainees": 2 }' })
      .optional(),
    'coordination-externe': met('a procedure passes health data to outside professionals').optional(),
    'demarche-qualite': level(3, 'quality approach').optional(),
    'protocoles-nationaux-cooperation': z
      .strictObject({ count: wholeCount('a whole number of national cooperation protocols ≥ 0') }, { error: 'an object such as { "count": 2 }' })
      .optional(),
    'parcours-insuffisance-cardiaque': met('heart-failure pathway').optional(),
    'parcours-obesite-enfant': met('child overweight/obesity pathway').optional(),
    'si-standard': software('labelled information system, standard level').optional(),
    'si-avance': software('labelled information system, advanced level').optional(),
  },
  { error: 'an object keyed by indicator id, such as { "fonction-coordination": { "met": true } }' },
);


/** Options of a computation. */
export const optionsSchema = z.strictObject(
  {
    /**
     * A count above the catalogue's cap (protocols, national cooperation protocols, missions):
     * `reject` (default) raises a validation error; `ignore-excess` pays the cap, as the Cnam guide's
     * examples do (9 protocols earn the same as 8).
     */
    aboveCap: oneOf(['reject', 'ignore-excess'], 'one of "reject", "ignore-excess"').optional(),
  },
  { error: 'an object such as { "aboveCap": "ignore-excess" }' },
);

const overridesSchema = z.record(z.string(), z.unknown(), { error: 'an object keyed by parameter id' }).optional();

/** The whole input of a year: the JSON shape `{ contract, year, achievements, overrides?, options? }`. */
export const yearInputSchema = z.strictObject(
  {
    contract: contractSchema,
    year: wholeBetween(1900, 2200, 'a calendar year such as 2024'),
    achievements: achievementsSchema,
    overrides: overridesSchema,
    options: optionsSchema.optional(),
  },
  { error: 'an object { contract, year, achievements, overrides?, options? }' },
);

/** Input of `indicators`. */
export const catalogueInputSchema = z.strictObject(
  { on: isoDate(), overrides: overridesSchema },
  { error: 'an object such as { "on": "2024-01-01" }' },
);

/** The contract as a caller writes it. */
export type MspContractInput = z.input<typeof contractSchema>;
/** What the MSP achieved in the year, by indicator id, as a caller writes it. */
export type MspAchievementsInput = z.input<typeof achievementsSchema>;
/** Options as a caller writes them. */
export type MspOptionsInput = z.input<typeof optionsSchema>;
/** Caller's values of parameters, keyed by parameter id (autocompleted). */
export type MspOverrides = Overrides<MspParameterId>;
/** The whole input of a year, as a caller writes it (the JSON of `examples/aci-msp/msp.json`). */
export type MspYearInput = Omit<z.input<typeof yearInputSchema>, 'overrides'> & { readonly overrides?: MspOverrides };
/** The parsed input of a year. */
export type MspYearParsed = z.output<typeof yearInputSchema>;
/** Parsed achievements. */
export type MspAchievements = z.output<typeof achievementsSchema>;

/** The zod schema of each public function's input, by function name (the package's JSON Schemas, `exercice-coordonne/schemas/aci-msp/<name>.json`, are generated from it). */
export const INPUT_SCHEMAS = { indicators: catalogueInputSchema, yearlyRemuneration: yearInputSchema } as const;
