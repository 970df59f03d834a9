/**
 * The public inputs of the ACI MSP: one zod schema per public function, and the named interfaces a
 * caller writes, field by field with the same text (the French legal term, the unit, an example). The
 * schemas' `.describe()` texts become the descriptions of the JSON Schemas generated from
 * {@link INPUT_SCHEMAS}; a type-level test keeps each interface in agreement with its schema.
 *
 * Cross-field rules that depend on the catalogue in force (an indicator the year's catalogue does not
 * have, a count above a cap, a date after the year) are checked after parsing, with the same error type.
 */
import type { Decimal } from 'decimal.js';
import { z } from 'zod';
import { FIRST_YEAR, LAST_YEAR } from '../core/dates.js';
import { expectation } from '../core/errors.js';
import { wholeIn, type Label } from '../core/format.js';
import type { Overrides } from '../core/parameters.js';
import { bool, isoDate, oneOf, overridesField, ratio, wholeBetween, wholeCount } from '../core/validation.js';
import { MISSION_THEMES, type IndicatorId, type MissionTheme, type MspParameterId } from './parameters.js';

/**
 * Bounds of the numbers a caller gives. They are not legal figures: each is far beyond what any real
 * maison de santé reaches, so that a typing error (an extra zero, a population instead of a patientèle)
 * is reported as an error instead of giving an absurd amount.
 */
export const INPUT_BOUNDS = {
  /**
   * Patients (patientèle de référence, patients in ALD or aged 75+, files reviewed): 200 000. A
   * médecin-traitant list of that size would need well over a hundred associated doctors, beyond any MSP.
   */
  patients: 200_000,
  /** Associated health professionals: 1 000 (an MSP gathers tens of them). */
  professionals: 1_000,
  /** Concertation meetings in a year: 1 000 (the texts ask for a handful). */
  meetings: 1_000,
  /** Protocols, national cooperation protocols, trainees: 100 each (the caps are 8, 6 and 4). */
  units: 100,
  /** Years of a simulation: 50 (a tripartite contract lasts a few years; renewals included). */
  simulationYears: 50,
} as const;

/** A euro-free ratio as a caller may write it: a number (`0.12`), a decimal string (`"0.12"`) or a Decimal. */
export type RatioInput = number | string | Decimal;

// ---------------------------------------------------------------------------------------------------
// The contract

/** Shares of the patientèle de référence covered by the C2S and by the AME (majoration selon le taux de précarité). */
export interface MspPrecarityInput {
  /** Taux de patients C2S (complémentaire santé solidaire, ex-CMU-C): a share of the patientèle from 0 to 1, e.g. `"0.112"`. */
  readonly c2sRate: RatioInput;
  /** Taux de patients AME (aide médicale de l’État): a share of the patientèle from 0 to 1, e.g. `"0.006"`. */
  readonly ameRate: RatioInput;
}

/** The structure as it stands in a remuneration year (it may change from one year to the next). */
export interface MspStructureInput {
  /**
   * Patientèle de référence P: patients (any age) whose médecin traitant is an associated doctor, at
   * 31 December; a whole number of patients, e.g. `5200`.
   */
  readonly patientele: number;
  /** Professionnels de santé associés (in the SISA): a whole number, e.g. `14` (counts for the information system). */
  readonly associatedProfessionals: number;
  /** Un infirmier en pratique avancée (IPA, liberal or salaried) works in the structure: `true` or `false` (default). */
  readonly ipa?: boolean;
  /** Shares of the patientèle covered by the C2S and the AME; leave out for no precarity majoration, e.g. `{ "c2sRate": "0.112", "ameRate": "0.006" }`. */
  readonly precarity?: MspPrecarityInput;
}

/** The tripartite contract (MSP, CPAM, ARS) and the structure as it stands for the remuneration year. */
export interface MspContractInput extends MspStructureInput {
  /** Nom de la MSP, shown in results (optional), e.g. `"MSP des Tilleuls"`. */
  readonly name?: string;
  /** Date de signature du contrat tripartite (it takes effect that day), ISO date, e.g. `"2019-03-15"`. */
  readonly signedOn: string;
  /** Date de dépôt du projet de santé auprès de l’ARS (less than a year before signature: a new structure), ISO date, e.g. `"2018-06-01"`. */
  readonly projetDeSanteFiledOn: string;
}

const precaritySchema = z
  .strictObject(
    {
      c2sRate: ratio({ en: 'a share of the patientèle from 0 to 1 covered by the C2S, such as 0.12', fr: 'la part de la patientèle couverte par la C2S, de 0 à 1, par exemple 0.12' }).describe(
        'Taux de patients C2S (complémentaire santé solidaire, ex-CMU-C): a share of the patientèle from 0 to 1, e.g. "0.112".',
      ),
      ameRate: ratio({ en: 'a share of the patientèle from 0 to 1 covered by the AME, such as 0.006', fr: 'la part de la patientèle couverte par l’AME, de 0 à 1, par exemple 0.006' }).describe(
        "Taux de patients AME (aide médicale de l’État): a share of the patientèle from 0 to 1, e.g. \"0.006\".",
      ),
    },
    { error: expectation({ en: 'an object such as { "c2sRate": 0.12, "ameRate": 0.006 }', fr: 'un objet tel que { "c2sRate": 0.12, "ameRate": 0.006 }' }) },
  );

const patients = (what: Label) =>
  wholeCount(
    { en: `a whole number of patients from 0 to ${INPUT_BOUNDS.patients} (${what.en})`, fr: `un nombre entier de patients de 0 à ${wholeIn('fr', INPUT_BOUNDS.patients)} (${what.fr})` },
    INPUT_BOUNDS.patients,
  );

/** The fields of the structure, shared by the contract and by the years of a simulation. */
const structureShape = {
  patientele: patients({ en: 'patientèle médecin traitant of the associated doctors', fr: 'patientèle médecin traitant des médecins associés' }).describe(
    'Patientèle de référence P: patients (any age) whose médecin traitant is an associated doctor, at 31 December; a whole number of patients, e.g. 5200.',
  ),
  associatedProfessionals: wholeCount(
    {
      en: `a whole number of associated health professionals from 0 to ${INPUT_BOUNDS.professionals}`,
      fr: `un nombre entier de professionnels de santé associés de 0 à ${wholeIn('fr', INPUT_BOUNDS.professionals)}`,
    },
    INPUT_BOUNDS.professionals,
  ).describe(
    'Professionnels de santé associés (in the SISA): a whole number, e.g. 14 (counts for the information system).',
  ),
  ipa: bool({ en: 'true or false (an IPA works in the structure)', fr: 'true ou false (un infirmier en pratique avancée exerce dans la structure)' })
    .optional()
    .describe('Un infirmier en pratique avancée (IPA, liberal or salaried) works in the structure: true or false (default).'),
  precarity: precaritySchema
    .optional()
    .describe('Shares of the patientèle covered by the C2S and the AME; leave out for no precarity majoration, e.g. { "c2sRate": "0.112", "ameRate": "0.006" }.'),
};

/** The tripartite contract and the structure as it stands for the remuneration year. */
export const contractSchema = z
  .strictObject(
    {
      name: z
        .string({ error: expectation({ en: 'a name, such as "MSP des Tilleuls"', fr: 'un nom, par exemple "MSP des Tilleuls"' }) })
        .max(200, { error: expectation({ en: 'a name of at most 200 characters', fr: 'un nom de 200 caractères au plus' }) })
        .optional()
        .describe('Nom de la MSP, shown in results (optional), e.g. "MSP des Tilleuls".'),
      signedOn: isoDate().describe('Date de signature du contrat tripartite (it takes effect that day), ISO date, e.g. "2019-03-15".'),
      projetDeSanteFiledOn: isoDate().describe(
        "Date de dépôt du projet de santé auprès de l’ARS (less than a year before signature: a new structure), ISO date, e.g. \"2018-06-01\".",
      ),
      ...structureShape,
    },
    {
      error: expectation({
        en: 'an object describing the contract: { signedOn, projetDeSanteFiledOn, patientele, associatedProfessionals, … }',
        fr: 'un objet décrivant le contrat : { signedOn, projetDeSanteFiledOn, patientele, associatedProfessionals, … }',
      }),
    },
  )
  .describe('The tripartite contract (MSP, CPAM, ARS) and the structure as it stands for the remuneration year.');

// ---------------------------------------------------------------------------------------------------
// Achievements, indicator by indicator

/** Horaires d’ouverture et soins non programmés (socle prérequis). */
export interface HoursAchievementInput {
  /** Soins non programmés organised each working day (regulated demands, same-day consultation possible): `true` or `false`. */
  readonly snp: boolean;
  /** Amplitude d’ouverture, Monday to Friday, on each site: `"12h-or-more"`, `"10h-to-12h"`, `"8h-to-10h"` or `"under-8h"`. */
  readonly amplitude: '12h-or-more' | '10h-to-12h' | '8h-to-10h' | 'under-8h';
  /** Ouverture le samedi matin: `true` or `false`. */
  readonly saturdayMorningOpen: boolean;
  /** Longest fermeture pendant les vacances scolaires: `"under-2-weeks"`, `"2-to-3-weeks"` or `"over-3-weeks"`. */
  readonly schoolHolidayClosure: 'under-2-weeks' | '2-to-3-weeks' | 'over-3-weeks';
  /** Fermeture de plus d’une semaine hors vacances scolaires: `true` or `false`. */
  readonly closedOverOneWeekOutsideSchoolHolidays: boolean;
  /** Dérogation de l’ARS on the amplitude, under the PDSA: `true` or `false` (default). */
  readonly arsDerogation?: boolean;
}

/** Réponse aux crises sanitaires graves. */
export interface CrisisAchievementInput {
  /** Plan de préparation written and kept up to date: `true` or `false`. */
  readonly plan: boolean;
  /** A crise sanitaire grave was declared and the structure acted on its plan: `true` or `false` (default). */
  readonly crisisActions?: boolean;
}

/** An indicator reached by levels (niveau 1, niveau 2…). */
export interface LevelAchievementInput {
  /** Niveau atteint: a whole number, 0 for none, e.g. `2`. */
  readonly level: number;
}

/** An indicator that is met or not. */
export interface MetAchievementInput {
  /** Indicateur atteint: `true` or `false`. */
  readonly met: boolean;
}

/** Missions de santé publique. */
export interface MissionsAchievementInput {
  /** Thèmes of the missions carried out in the year, each at most once, e.g. `["couverture-vaccinale", "prevention-suicide"]`. */
  readonly missions: readonly MissionTheme[];
}

/** Soins non programmés en lien avec le service d’accès aux soins (SAS). */
export interface SasAchievementInput {
  /** Part des médecins of the structure taking part in the SAS: from 0 to 1, e.g. `"0.6"`. */
  readonly doctorsShare: RatioInput;
  /** The structure answers every request of the SAS regulator: `true` or `false` (default). */
  readonly allRegulatorRequests?: boolean;
}

/** An indicator counted in units (protocoles). */
export interface CountAchievementInput {
  /** Nombre de protocoles in use in the year: a whole number, e.g. `8`. */
  readonly count: number;
}

/** Médecin-traitant patients of the associated doctors forming the base of the concertation rate, at 31 December. */
export interface EligiblePatientsInput {
  /** Patients en ALD de moins de 75 ans: a whole number, e.g. `420`. */
  readonly aldUnder75: number;
  /** Patients de 75 ans et plus hors ALD: a whole number, e.g. `310`. */
  readonly over75WithoutAld: number;
  /** Patients de 75 ans et plus en ALD: a whole number, e.g. `170`. */
  readonly over75WithAld: number;
  /** Enfants de 0 à 16 ans en ALD with at least 2 GP visits (counted for 2017 and 2018 only): a whole number, e.g. `12`. */
  readonly childrenAld0To16?: number;
}

/** Concertation pluriprofessionnelle. */
export interface ConcertationAchievementInput {
  /** Réunions de concertation held in the year: a whole number, e.g. `10`. */
  readonly meetings: number;
  /** Dossiers étudiés in concertation, as recorded by the caisse: a whole number, e.g. `40`. */
  readonly casesReviewed: number;
  /** Médecin-traitant patients in ALD or aged 75+ (the base of the rate), e.g. `{ "aldUnder75": 420, "over75WithoutAld": 310, "over75WithAld": 170 }`. */
  readonly eligiblePatients: EligiblePatientsInput;
}

/** Formation des professionnels de santé (stagiaires). */
export interface TrainingAchievementInput {
  /** Stagiaires différents accueillis in the year: a whole number, e.g. `3`. */
  readonly trainees: number;
}

/** Système d’information labellisé. */
export interface SoftwareAchievementInput {
  /** Logiciel labellisé in use: `true` or `false`. */
  readonly met: boolean;
  /** Date de première acquisition of the labelled software (prorata temporis when in the year), ISO date, e.g. `"2023-09-01"`. */
  readonly since?: string;
}

/**
 * What the MSP achieved in the calendar year, by indicator id. An indicator left out is not achieved.
 * Only the indicators of the catalogue in force for the year are accepted (see `indicators({ on })`).
 */
export interface MspAchievementsInput {
  /** Horaires d’ouverture et soins non programmés (socle prérequis). */
  readonly 'horaires-ouverture-snp'?: HoursAchievementInput;
  /** Réponse aux crises sanitaires graves (Avenant 1). */
  readonly 'crises-sanitaires'?: CrisisAchievementInput;
  /** Diversité des services de soins (professionnels associés), niveau 0 to 2. */
  readonly 'diversite-services'?: LevelAchievementInput;
  /** Consultations de second recours par des professionnels vacataires, niveau 0 to 2. */
  readonly 'second-recours'?: LevelAchievementInput;
  /** Accueil de médecins sous contrat de solidarité territoriale (CSTM). */
  readonly 'medecins-cstm'?: MetAchievementInput;
  /** Missions de santé publique. */
  readonly 'missions-sante-publique'?: MissionsAchievementInput;
  /** Satisfaction des patients (ACI 2017 only). */
  readonly 'satisfaction-patients'?: MetAchievementInput;
  /** Implication des usagers (Avenant 1), niveau 0 to 2. */
  readonly 'implication-usagers'?: LevelAchievementInput;
  /** Soins non programmés en lien avec le SAS (Avenant 1). */
  readonly 'soins-non-programmes-sas'?: SasAchievementInput;
  /** Fonction de coordination (socle prérequis). */
  readonly 'fonction-coordination'?: MetAchievementInput;
  /** Protocoles pluriprofessionnels (socle). */
  readonly 'protocoles-pluriprofessionnels'?: CountAchievementInput;
  /** Concertation pluriprofessionnelle (socle). */
  readonly 'concertation-pluriprofessionnelle'?: ConcertationAchievementInput;
  /** Formation des professionnels de santé (stagiaires). */
  readonly 'formation-stagiaires'?: TrainingAchievementInput;
  /** Coordination externe. */
  readonly 'coordination-externe'?: MetAchievementInput;
  /** Démarche qualité (Avenant 1), niveau 0 to 3. */
  readonly 'demarche-qualite'?: LevelAchievementInput;
  /** Protocoles nationaux de coopération, soins non programmés (Avenant 1). */
  readonly 'protocoles-nationaux-cooperation'?: CountAchievementInput;
  /** Parcours insuffisance cardiaque (Avenant 1). */
  readonly 'parcours-insuffisance-cardiaque'?: MetAchievementInput;
  /** Parcours surpoids ou obésité de l’enfant (Avenant 1). */
  readonly 'parcours-obesite-enfant'?: MetAchievementInput;
  /** Système d’information labellisé, niveau standard (socle prérequis). */
  readonly 'si-standard'?: SoftwareAchievementInput;
  /** Système d’information labellisé, niveau avancé. */
  readonly 'si-avance'?: SoftwareAchievementInput;
}

const met = (what: Label) =>
  z.strictObject(
    { met: bool({ en: `true or false (${what.en})`, fr: `true ou false (${what.fr})` }).describe('Indicateur atteint: true or false.') },
    { error: expectation({ en: `an object such as { "met": true } (${what.en})`, fr: `un objet tel que { "met": true } (${what.fr})` }) },
  );
const level = (max: number, what: Label) =>
  z.strictObject(
    {
      level: wholeBetween(0, max, { en: `a level from 0 to ${max} (${what.en})`, fr: `un niveau de 0 à ${max} (${what.fr})` }).describe(
        'Niveau atteint: a whole number, 0 for none, e.g. 2.',
      ),
    },
    { error: expectation({ en: `an object such as { "level": ${max} } (${what.en})`, fr: `un objet tel que { "level": ${max} } (${what.fr})` }) },
  );
const units = (what: Label, description: string) =>
  wholeCount(
    { en: `a whole number of ${what.en} from 0 to ${INPUT_BOUNDS.units}`, fr: `un nombre entier de ${what.fr} de 0 à ${wholeIn('fr', INPUT_BOUNDS.units)}` },
    INPUT_BOUNDS.units,
  ).describe(description);
/** An object's expectation: `an object such as …` / `un objet tel que …`. */
const objectSuchAs = (example: string) => expectation({ en: `an object such as ${example}`, fr: `un objet tel que ${example}` });

const hoursSchema = z.strictObject(
  {
    snp: bool({ en: 'true or false (unscheduled care organised every working day)', fr: 'true ou false (soins non programmés organisés chaque jour ouvré)' }).describe(
      'Soins non programmés organised each working day (regulated demands, same-day consultation possible): true or false.',
    ),
    amplitude: oneOf(['12h-or-more', '10h-to-12h', '8h-to-10h', 'under-8h'], {
      en: 'one of "12h-or-more", "10h-to-12h", "8h-to-10h", "under-8h" (daily opening, Monday to Friday)',
      fr: 'l’une des valeurs "12h-or-more", "10h-to-12h", "8h-to-10h", "under-8h" (amplitude d’ouverture quotidienne, du lundi au vendredi)',
    }).describe(
      "Amplitude d’ouverture, Monday to Friday, on each site: \"12h-or-more\", \"10h-to-12h\", \"8h-to-10h\" or \"under-8h\".",
    ),
    saturdayMorningOpen: bool({ en: 'true or false (open on Saturday morning)', fr: 'true ou false (ouverture le samedi matin)' }).describe('Ouverture le samedi matin: true or false.'),
    schoolHolidayClosure: oneOf(['under-2-weeks', '2-to-3-weeks', 'over-3-weeks'], {
      en: 'one of "under-2-weeks", "2-to-3-weeks", "over-3-weeks" (closure during school holidays)',
      fr: 'l’une des valeurs "under-2-weeks", "2-to-3-weeks", "over-3-weeks" (fermeture pendant les vacances scolaires)',
    }).describe(
      'Longest fermeture pendant les vacances scolaires: "under-2-weeks", "2-to-3-weeks" or "over-3-weeks".',
    ),
    closedOverOneWeekOutsideSchoolHolidays: bool({
      en: 'true or false (closed more than one week outside school holidays)',
      fr: 'true ou false (fermeture de plus d’une semaine hors vacances scolaires)',
    }).describe(
      "Fermeture de plus d’une semaine hors vacances scolaires: true or false.",
    ),
    arsDerogation: bool({ en: 'true or false (ARS derogation on the amplitude under the PDSA)', fr: 'true ou false (dérogation de l’ARS sur l’amplitude, au titre de la PDSA)' })
      .optional()
      .describe("Dérogation de l’ARS on the amplitude, under the PDSA: true or false (default)."),
  },
  { error: objectSuchAs('{ "snp": true, "amplitude": "12h-or-more", "saturdayMorningOpen": true, "schoolHolidayClosure": "under-2-weeks", "closedOverOneWeekOutsideSchoolHolidays": false }') },
);

const missionsSchema = z.strictObject(
  {
    missions: z
      .array(
        oneOf(MISSION_THEMES, {
          en: `one of ${MISSION_THEMES.map((t) => `"${t}"`).join(', ')}`,
          fr: `l’un des thèmes de mission ${MISSION_THEMES.map((t) => `"${t}"`).join(', ')}`,
        }),
        {
          error: expectation({
            en: 'a list of mission themes, such as ["couverture-vaccinale", "prevention-suicide"]',
            fr: 'une liste de thèmes de mission, par exemple ["couverture-vaccinale", "prevention-suicide"]',
          }),
        },
      )
      .max(MISSION_THEMES.length, {
        error: expectation({
          en: `a list of at most ${MISSION_THEMES.length} distinct mission themes`,
          fr: `une liste de ${MISSION_THEMES.length} thèmes de mission distincts au plus`,
        }),
      })
      .describe('Thèmes of the missions carried out in the year, each at most once, e.g. ["couverture-vaccinale", "prevention-suicide"].'),
  },
  { error: objectSuchAs('{ "missions": ["couverture-vaccinale"] }') },
);

const eligiblePatientsSchema = z
  .strictObject(
    {
      aldUnder75: patients({ en: 'médecin-traitant patients in ALD under 75, at 31 December', fr: 'patients médecin traitant en ALD de moins de 75 ans, au 31 décembre' }).describe('Patients en ALD de moins de 75 ans: a whole number, e.g. 420.'),
      over75WithoutAld: patients({ en: 'médecin-traitant patients aged 75 or more not in ALD', fr: 'patients médecin traitant de 75 ans et plus hors ALD' }).describe('Patients de 75 ans et plus hors ALD: a whole number, e.g. 310.'),
      over75WithAld: patients({ en: 'médecin-traitant patients aged 75 or more in ALD', fr: 'patients médecin traitant de 75 ans et plus en ALD' }).describe('Patients de 75 ans et plus en ALD: a whole number, e.g. 170.'),
      childrenAld0To16: patients({
        en: 'children aged 0–16 in ALD with at least 2 GP visits, counted for 2017 and 2018 only',
        fr: 'enfants de 0 à 16 ans en ALD vus au moins 2 fois par un médecin généraliste, comptés pour 2017 et 2018 seulement',
      })
        .optional()
        .describe('Enfants de 0 à 16 ans en ALD with at least 2 GP visits (counted for 2017 and 2018 only): a whole number, e.g. 12.'),
    },
    { error: objectSuchAs('{ "aldUnder75": 300, "over75WithoutAld": 200, "over75WithAld": 150 }') },
  )
  .describe('Médecin-traitant patients in ALD or aged 75+ (the base of the rate), e.g. { "aldUnder75": 420, "over75WithoutAld": 310, "over75WithAld": 170 }.');

const concertationSchema = z.strictObject(
  {
    meetings: wholeCount(
      {
        en: `a whole number of concertation meetings in the year from 0 to ${INPUT_BOUNDS.meetings}`,
        fr: `un nombre entier de réunions de concertation dans l’année, de 0 à ${wholeIn('fr', INPUT_BOUNDS.meetings)}`,
      },
      INPUT_BOUNDS.meetings,
    ).describe(
      'Réunions de concertation held in the year: a whole number, e.g. 10.',
    ),
    casesReviewed: patients({ en: 'files reviewed, as recorded by the caisse', fr: 'dossiers étudiés en concertation, tels que la caisse les enregistre' }).describe('Dossiers étudiés in concertation, as recorded by the caisse: a whole number, e.g. 40.'),
    eligiblePatients: eligiblePatientsSchema,
  },
  { error: objectSuchAs('{ "meetings": 6, "casesReviewed": 50, "eligiblePatients": { … } }') },
);

const software = (what: Label) =>
  z.strictObject(
    {
      met: bool({ en: `true or false (${what.en})`, fr: `true ou false (${what.fr})` }).describe('Logiciel labellisé in use: true or false.'),
      since: isoDate()
        .optional()
        .describe('Date de première acquisition of the labelled software (prorata temporis when in the year), ISO date, e.g. "2023-09-01".'),
    },
    { error: expectation({ en: `an object such as { "met": true, "since": "2019-05-01" } (${what.en})`, fr: `un objet tel que { "met": true, "since": "2019-05-01" } (${what.fr})` }) },
  );

/** What the MSP achieved in the calendar year, by indicator id; an indicator left out is not achieved. */
export const achievementsSchema = z
  .strictObject(
    {
      'horaires-ouverture-snp': hoursSchema.optional().describe("Horaires d’ouverture et soins non programmés (socle prérequis)."),
      'crises-sanitaires': z
        .strictObject(
          {
            plan: bool({
              en: 'true or false (a crisis preparation plan is written and kept up to date)',
              fr: 'true ou false (un plan de préparation aux crises sanitaires est rédigé et tenu à jour)',
            }).describe('Plan de préparation written and kept up to date: true or false.'),
            crisisActions: bool({
              en: 'true or false (a serious health crisis was declared and the structure acted on its plan)',
              fr: 'true ou false (une crise sanitaire grave a été déclarée et la structure a mis en œuvre son plan)',
            })
              .optional()
              .describe('A crise sanitaire grave was declared and the structure acted on its plan: true or false (default).'),
          },
          { error: objectSuchAs('{ "plan": true }') },
        )
        .optional()
        .describe('Réponse aux crises sanitaires graves (Avenant 1).'),
      'diversite-services': level(2, { en: 'diversity of care services among associated professionals', fr: 'diversité des services de soins parmi les professionnels associés' })
        .optional()
        .describe('Diversité des services de soins (professionnels associés), niveau 0 to 2.'),
      'second-recours': level(2, { en: 'second-line consultations by visiting professionals', fr: 'consultations de second recours par des professionnels vacataires' })
        .optional()
        .describe('Consultations de second recours par des professionnels vacataires, niveau 0 to 2.'),
      'medecins-cstm': met({ en: 'a doctor under a CSTM works sessions in the structure', fr: 'un médecin sous contrat de solidarité territoriale (CSTM) assure des vacations dans la structure' }).optional().describe('Accueil de médecins sous contrat de solidarité territoriale (CSTM).'),
      'missions-sante-publique': missionsSchema.optional().describe('Missions de santé publique.'),
      'satisfaction-patients': met({ en: 'tools to assess patient satisfaction and needs (ACI 2017)', fr: 'outils d’évaluation de la satisfaction et des besoins des patients (ACI 2017)' }).optional().describe('Satisfaction des patients (ACI 2017 only).'),
      'implication-usagers': level(2, { en: 'users’ involvement', fr: 'implication des usagers' }).optional().describe('Implication des usagers (Avenant 1), niveau 0 to 2.'),
      'soins-non-programmes-sas': z
        .strictObject(
          {
            doctorsShare: ratio({
              en: 'a share from 0 to 1 of the structure’s doctors taking part in the SAS, such as 0.5',
              fr: 'la part des médecins de la structure qui participent au SAS, de 0 à 1, par exemple 0.5',
            }).describe(
              'Part des médecins of the structure taking part in the SAS: from 0 to 1, e.g. "0.6".',
            ),
            allRegulatorRequests: bool({
              en: 'true or false (the structure answers every request of the SAS regulator)',
              fr: 'true ou false (la structure répond à toutes les sollicitations de la régulation du SAS)',
            })
              .optional()
              .describe('The structure answers every request of the SAS regulator: true or false (default).'),
          },
          { error: objectSuchAs('{ "doctorsShare": 0.5 }') },
        )
        .optional()
        .describe('Soins non programmés en lien avec le SAS (Avenant 1).'),
      'fonction-coordination': met({ en: 'a coordination function is organised', fr: 'une fonction de coordination est organisée' }).optional().describe('Fonction de coordination (socle prérequis).'),
      'protocoles-pluriprofessionnels': z
        .strictObject(
          { count: units({ en: 'protocols', fr: 'protocoles' }, 'Nombre de protocoles in use in the year: a whole number, e.g. 8.') },
          { error: objectSuchAs('{ "count": 8 }') },
        )
        .optional()
        .describe('Protocoles pluriprofessionnels (socle).'),
      'concertation-pluriprofessionnelle': concertationSchema.optional().describe('Concertation pluriprofessionnelle (socle).'),
      'formation-stagiaires': z
        .strictObject(
          { trainees: units({ en: 'different trainees in the year', fr: 'stagiaires différents accueillis dans l’année' }, 'Stagiaires différents accueillis in the year: a whole number, e.g. 3.') },
          { error: objectSuchAs('{ "trainees": 2 }') },
        )
        .optional()
        .describe('Formation des professionnels de santé (stagiaires).'),
      'coordination-externe': met({ en: 'a procedure passes health data to outside professionals', fr: 'une procédure transmet les données de santé aux professionnels extérieurs' }).optional().describe('Coordination externe.'),
      'demarche-qualite': level(3, { en: 'quality approach', fr: 'démarche qualité' }).optional().describe('Démarche qualité (Avenant 1), niveau 0 to 3.'),
      'protocoles-nationaux-cooperation': z
        .strictObject(
          { count: units({ en: 'national cooperation protocols', fr: 'protocoles nationaux de coopération' }, 'Nombre de protocoles in use in the year: a whole number, e.g. 8.') },
          { error: objectSuchAs('{ "count": 2 }') },
        )
        .optional()
        .describe('Protocoles nationaux de coopération, soins non programmés (Avenant 1).'),
      'parcours-insuffisance-cardiaque': met({ en: 'heart-failure pathway', fr: 'parcours insuffisance cardiaque' }).optional().describe('Parcours insuffisance cardiaque (Avenant 1).'),
      'parcours-obesite-enfant': met({ en: 'child overweight/obesity pathway', fr: 'parcours surpoids ou obésité de l’enfant' }).optional().describe("Parcours surpoids ou obésité de l’enfant (Avenant 1)."),
      'si-standard': software({ en: 'labelled information system, standard level', fr: 'système d’information labellisé, niveau standard' }).optional().describe("Système d’information labellisé, niveau standard (socle prérequis)."),
      'si-avance': software({ en: 'labelled information system, advanced level', fr: 'système d’information labellisé, niveau avancé' }).optional().describe("Système d’information labellisé, niveau avancé."),
    } satisfies Record<IndicatorId, z.ZodType>,
    {
      error: expectation({
        en: 'an object keyed by indicator id, such as { "fonction-coordination": { "met": true } }',
        fr: 'un objet dont les clés sont des identifiants d’indicateurs, par exemple { "fonction-coordination": { "met": true } }',
      }),
    },
  )
  .describe('What the MSP achieved in the calendar year, by indicator id; an indicator left out is not achieved.');

// ---------------------------------------------------------------------------------------------------
// Options, overrides, the inputs of the public functions

/** Options of a computation. */
export interface MspOptionsInput {
  /**
   * A count above the catalogue's cap (protocols, national cooperation protocols, public-health missions) is
   * legal and unpaid beyond the cap: `"ignore-excess"` (default) pays the cap and says so in the explanation,
   * as the Cnam guide does (9 protocols with an IPA earn 1 120 points, p. 25; 7 national cooperation protocols
   * earn 600, p. 38); `"reject"` raises a validation error naming the count.
   */
  readonly aboveCap?: 'reject' | 'ignore-excess';
}

/** Options of a computation. */
export const optionsSchema = z
  .strictObject(
    {
      aboveCap: oneOf(['reject', 'ignore-excess'], { en: 'one of "reject", "ignore-excess"', fr: 'l’une des valeurs "reject", "ignore-excess"' })
        .optional()
        .describe(
          'A count above the catalogue\'s cap (protocols, national cooperation protocols, public-health missions) is legal and unpaid beyond the cap: "ignore-excess" (default) pays the cap and says so in the explanation, as the Cnam guide does (9 protocols with an IPA earn 1 120 points, p. 25; 7 national cooperation protocols earn 600, p. 38); "reject" raises a validation error naming the count.',
        ),
    },
    { error: objectSuchAs('{ "aboveCap": "reject" }') },
  )
  .describe('Options of a computation.');

/** Caller's values of parameters, keyed by parameter id (autocompleted), e.g. `{ "msp.precarite.national-rate-c2s": "0.075" }`. */
export type MspOverrides = Overrides<MspParameterId>;

const overrides = () =>
  overridesField().describe('Caller\'s values of parameters, keyed by parameter id, e.g. { "msp.precarite.national-rate-c2s": "0.075" }.');

const yearField = () =>
  wholeBetween(FIRST_YEAR, LAST_YEAR - 1, {
    en: `a calendar year from ${FIRST_YEAR} to ${LAST_YEAR - 1}, such as 2024 (its balance is paid the next year)`,
    fr: `une année civile de ${FIRST_YEAR} à ${LAST_YEAR - 1}, par exemple 2024 (son solde est versé l’année suivante)`,
  }).describe(
    'Exercice: the calendar year of remuneration, e.g. 2024.',
  );

/** The input of `yearlyRemuneration`: the JSON shape of `examples/aci-msp/msp.json`. */
export interface YearlyRemunerationInput {
  /** The tripartite contract and the structure as it stands for the remuneration year. */
  readonly contract: MspContractInput;
  /** Exercice: the calendar year of remuneration, e.g. `2024`. */
  readonly year: number;
  /** What the MSP achieved in the calendar year, by indicator id; an indicator left out is not achieved. */
  readonly achievements: MspAchievementsInput;
  /** Caller's values of parameters, keyed by parameter id, e.g. `{ "msp.precarite.national-rate-c2s": "0.075" }`. */
  readonly overrides?: MspOverrides;
  /** Options of a computation. */
  readonly options?: MspOptionsInput;
}

/** The input of `yearlyRemuneration`: `{ contract, year, achievements, overrides?, options? }`. */
export const yearlyRemunerationSchema = z.strictObject(
  {
    contract: contractSchema,
    year: yearField(),
    achievements: achievementsSchema,
    overrides: overrides(),
    options: optionsSchema.optional().describe('Options of a computation.'),
  },
  { error: expectation({ en: 'an object { contract, year, achievements, overrides?, options? }', fr: 'un objet { contract, year, achievements, overrides?, options? }' }) },
);

/** The input of `compare`: two achievement scenarios of the same MSP and year. */
export interface CompareInput {
  /** The tripartite contract and the structure as it stands for the remuneration year. */
  readonly contract: MspContractInput;
  /** Exercice: the calendar year of remuneration, e.g. `2024`. */
  readonly year: number;
  /** Scénario A (the reference, e.g. what the MSP achieves now), by indicator id. */
  readonly a: MspAchievementsInput;
  /** Scénario B (e.g. what the MSP plans), by indicator id: the comparison says what B gains over A. */
  readonly b: MspAchievementsInput;
  /** Caller's values of parameters, keyed by parameter id, e.g. `{ "msp.precarite.national-rate-c2s": "0.075" }`. */
  readonly overrides?: MspOverrides;
  /** Options of a computation. */
  readonly options?: MspOptionsInput;
}

/** The input of `compare`: `{ contract, year, a, b, overrides?, options? }`. */
export const compareSchema = z.strictObject(
  {
    contract: contractSchema,
    year: yearField(),
    a: achievementsSchema.describe('Scénario A (the reference, e.g. what the MSP achieves now), by indicator id.'),
    b: achievementsSchema.describe('Scénario B (e.g. what the MSP plans), by indicator id: the comparison says what B gains over A.'),
    overrides: overrides(),
    options: optionsSchema.optional().describe('Options of a computation.'),
  },
  { error: expectation({ en: 'an object { contract, year, a, b, overrides?, options? }', fr: 'un objet { contract, year, a, b, overrides?, options? }' }) },
);

/** One year of a simulation: the year, what was achieved, and what changed in the structure. */
export interface SimulateYearInput extends Omit<Partial<MspStructureInput>, 'patientele' | 'associatedProfessionals'> {
  /** The patientèle de référence of the year, when it changed (otherwise the contract’s), e.g. `5400`. */
  readonly patientele?: number;
  /** The associated professionals of the year, when they changed (otherwise the contract’s), e.g. `15`. */
  readonly associatedProfessionals?: number;
  /** Exercice: the calendar year of remuneration, e.g. `2024`. */
  readonly year: number;
  /** What the MSP achieved in the calendar year, by indicator id; an indicator left out is not achieved. */
  readonly achievements: MspAchievementsInput;
}

/** The input of `simulate`: a whole contract, year by year (`examples/aci-msp/contract.json`). */
export interface SimulateInput {
  /** The tripartite contract and the structure as it stands at signature (each year may change the structure's fields). */
  readonly contract: MspContractInput;
  /** The remuneration years, each with its achievements and, when they changed, the structure's figures (patientele, associatedProfessionals, ipa, precarity), e.g. `[{ "year": 2023, "achievements": { … } }]`. */
  readonly years: readonly SimulateYearInput[];
  /** Caller's values of parameters, keyed by parameter id, e.g. `{ "msp.precarite.national-rate-c2s": "0.075" }`. */
  readonly overrides?: MspOverrides;
  /** Options of a computation. */
  readonly options?: MspOptionsInput;
}

const simulateYearSchema = z.strictObject(
  {
    year: yearField(),
    achievements: achievementsSchema,
    patientele: structureShape.patientele.optional().describe('The patientèle de référence of the year, when it changed (otherwise the contract’s), e.g. 5400.'),
    associatedProfessionals: structureShape.associatedProfessionals.optional().describe('The associated professionals of the year, when they changed (otherwise the contract’s), e.g. 15.'),
    ipa: structureShape.ipa,
    precarity: structureShape.precarity,
  },
  {
    error: expectation({
      en: 'an object { year, achievements, patientele?, associatedProfessionals?, ipa?, precarity? }',
      fr: 'un objet { year, achievements, patientele?, associatedProfessionals?, ipa?, precarity? }',
    }),
  },
);

/** The input of `simulate` (and of each item of `simulateMany`): `{ contract, years, overrides?, options? }`. */
export const simulateSchema = z.strictObject(
  {
    contract: contractSchema.describe('The tripartite contract and the structure as it stands at signature (each year may change the structure\'s fields).'),
    years: z
      .array(simulateYearSchema, {
        error: expectation({ en: 'a list of years such as [{ "year": 2024, "achievements": { … } }]', fr: 'une liste d’années telle que [{ "year": 2024, "achievements": { … } }]' }),
      })
      .min(1, { error: expectation({ en: 'a list of at least one year', fr: 'une liste d’au moins une année' }) })
      .max(INPUT_BOUNDS.simulationYears, {
        error: expectation({ en: `a list of at most ${INPUT_BOUNDS.simulationYears} years`, fr: `une liste de ${INPUT_BOUNDS.simulationYears} années au plus` }),
      })
      .describe(
        'The remuneration years, each with its achievements and, when they changed, the structure\'s figures (patientele, associatedProfessionals, ipa, precarity), e.g. [{ "year": 2023, "achievements": { … } }].',
      ),
    overrides: overrides(),
    options: optionsSchema.optional().describe('Options of a computation.'),
  },
  { error: expectation({ en: 'an object { contract, years, overrides?, options? }', fr: 'un objet { contract, years, overrides?, options? }' }) },
);

/** The input of `indicators`: the catalogue in force on a date. */
export interface IndicatorsInput {
  /** A date of the remuneration year (the catalogue is keyed by year: use its 1 January), ISO date, e.g. `"2024-01-01"`. */
  readonly on: string;
  /** Caller's values of parameters, keyed by parameter id, e.g. `{ "msp.precarite.national-rate-c2s": "0.075" }`. */
  readonly overrides?: MspOverrides;
}

/** The input of `indicators`: `{ on, overrides? }`. */
export const indicatorsSchema = z.strictObject(
  {
    on: isoDate().describe('A date of the remuneration year (the catalogue is keyed by year: use its 1 January), ISO date, e.g. "2024-01-01".'),
    overrides: overrides(),
  },
  { error: objectSuchAs('{ "on": "2024-01-01" }') },
);

/**
 * The schema of each public function's input (for `simulateMany`, of each item), from which the JSON
 * Schemas of the package are generated.
 */
export const INPUT_SCHEMAS = {
  indicators: indicatorsSchema,
  yearlyRemuneration: yearlyRemunerationSchema,
  compare: compareSchema,
  simulate: simulateSchema,
  simulateMany: simulateSchema,
} as const;

/** @deprecated Use {@link YearlyRemunerationInput}. */
export type MspYearInput = YearlyRemunerationInput;
/** @deprecated Use {@link IndicatorsInput}. */
export type CatalogueInput = IndicatorsInput;

/** The parsed contract. */
export type ParsedContract = z.output<typeof contractSchema>;
/** Parsed achievements. */
export type MspAchievements = z.output<typeof achievementsSchema>;
/** Parsed options. */
export type ParsedOptions = z.output<typeof optionsSchema>;
