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
  /** Taux de patients AME (aide médicale de l'État): a share of the patientèle from 0 to 1, e.g. `"0.006"`. */
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
  /** Date de dépôt du projet de santé auprès de l'ARS (less than a year before signature: a new structure), ISO date, e.g. `"2018-06-01"`. */
  readonly projetDeSanteFiledOn: string;
}

const precaritySchema = z
  .strictObject(
    {
      c2sRate: ratio('a share of the patientèle from 0 to 1 covered by the C2S, such as 0.12').describe(
        'Taux de patients C2S (complémentaire santé solidaire, ex-CMU-C): a share of the patientèle from 0 to 1, e.g. "0.112".',
      ),
      ameRate: ratio('a share of the patientèle from 0 to 1 covered by the AME, such as 0.006').describe(
        "Taux de patients AME (aide médicale de l'État): a share of the patientèle from 0 to 1, e.g. \"0.006\".",
      ),
    },
    { error: 'an object such as { "c2sRate": 0.12, "ameRate": 0.006 }' },
  );

const patients = (what: string) => wholeCount(`a whole number of patients from 0 to ${INPUT_BOUNDS.patients} (${what})`, INPUT_BOUNDS.patients);

/** The fields of the structure, shared by the contract and by the years of a simulation. */
const structureShape = {
  patientele: patients('patientèle médecin traitant of the associated doctors').describe(
    'Patientèle de référence P: patients (any age) whose médecin traitant is an associated doctor, at 31 December; a whole number of patients, e.g. 5200.',
  ),
  associatedProfessionals: wholeCount(`a whole number of associated health professionals from 0 to ${INPUT_BOUNDS.professionals}`, INPUT_BOUNDS.professionals).describe(
    'Professionnels de santé associés (in the SISA): a whole number, e.g. 14 (counts for the information system).',
  ),
  ipa: bool('true or false (an IPA works in the structure)')
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
        .string({ error: 'a name, such as "MSP des Tilleuls"' })
        .max(200, { error: 'a name of at most 200 characters' })
        .optional()
        .describe('Nom de la MSP, shown in results (optional), e.g. "MSP des Tilleuls".'),
      signedOn: isoDate().describe('Date de signature du contrat tripartite (it takes effect that day), ISO date, e.g. "2019-03-15".'),
      projetDeSanteFiledOn: isoDate().describe(
        "Date de dépôt du projet de santé auprès de l'ARS (less than a year before signature: a new structure), ISO date, e.g. \"2018-06-01\".",
      ),
      ...structureShape,
    },
    { error: 'an object describing the contract: { signedOn, projetDeSanteFiledOn, patientele, associatedProfessionals, … }' },
  )
  .describe('The tripartite contract (MSP, CPAM, ARS) and the structure as it stands for the remuneration year.');

// ---------------------------------------------------------------------------------------------------
// Achievements, indicator by indicator

/** Horaires d'ouverture et soins non programmés (socle prérequis). */
export interface HoursAchievementInput {
  /** Soins non programmés organised each working day (regulated demands, same-day consultation possible): `true` or `false`. */
  readonly snp: boolean;
  /** Amplitude d'ouverture, Monday to Friday, on each site: `"12h-or-more"`, `"10h-to-12h"`, `"8h-to-10h"` or `"under-8h"`. */
  readonly amplitude: '12h-or-more' | '10h-to-12h' | '8h-to-10h' | 'under-8h';
  /** Ouverture le samedi matin: `true` or `false`. */
  readonly saturdayMorningOpen: boolean;
  /** Longest fermeture pendant les vacances scolaires: `"under-2-weeks"`, `"2-to-3-weeks"` or `"over-3-weeks"`. */
  readonly schoolHolidayClosure: 'under-2-weeks' | '2-to-3-weeks' | 'over-3-weeks';
  /** Fermeture de plus d'une semaine hors vacances scolaires: `true` or `false`. */
  readonly closedOverOneWeekOutsideSchoolHolidays: boolean;
  /** Dérogation de l'ARS on the amplitude, under the PDSA: `true` or `false` (default). */
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

/** Soins non programmés en lien avec le service d'accès aux soins (SAS). */
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

/** Système d'information labellisé. */
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
  /** Horaires d'ouverture et soins non programmés (socle prérequis). */
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
  /** Parcours surpoids ou obésité de l'enfant (Avenant 1). */
  readonly 'parcours-obesite-enfant'?: MetAchievementInput;
  /** Système d'information labellisé, niveau standard (socle prérequis). */
  readonly 'si-standard'?: SoftwareAchievementInput;
  /** Système d'information labellisé, niveau avancé. */
  readonly 'si-avance'?: SoftwareAchievementInput;
}

const met = (what: string) =>
  z.strictObject({ met: bool(`true or false (${what})`).describe('Indicateur atteint: true or false.') }, { error: `an object such as { "met": true } (${what})` });
const level = (max: number, what: string) =>
  z.strictObject(
    { level: wholeBetween(0, max, `a level from 0 to ${max} (${what})`).describe('Niveau atteint: a whole number, 0 for none, e.g. 2.') },
    { error: `an object such as { "level": ${max} } (${what})` },
  );
const units = (what: string, description: string) =>
  wholeCount(`a whole number of ${what} from 0 to ${INPUT_BOUNDS.units}`, INPUT_BOUNDS.units).describe(description);

const hoursSchema = z.strictObject(
  {
    snp: bool('true or false (unscheduled care organised every working day)').describe(
      'Soins non programmés organised each working day (regulated demands, same-day consultation possible): true or false.',
    ),
    amplitude: oneOf(['12h-or-more', '10h-to-12h', '8h-to-10h', 'under-8h'], 'one of "12h-or-more", "10h-to-12h", "8h-to-10h", "under-8h" (daily opening, Monday to Friday)').describe(
      "Amplitude d'ouverture, Monday to Friday, on each site: \"12h-or-more\", \"10h-to-12h\", \"8h-to-10h\" or \"under-8h\".",
    ),
    saturdayMorningOpen: bool('true or false (open on Saturday morning)').describe('Ouverture le samedi matin: true or false.'),
    schoolHolidayClosure: oneOf(['under-2-weeks', '2-to-3-weeks', 'over-3-weeks'], 'one of "under-2-weeks", "2-to-3-weeks", "over-3-weeks" (closure during school holidays)').describe(
      'Longest fermeture pendant les vacances scolaires: "under-2-weeks", "2-to-3-weeks" or "over-3-weeks".',
    ),
    closedOverOneWeekOutsideSchoolHolidays: bool('true or false (closed more than one week outside school holidays)').describe(
      "Fermeture de plus d'une semaine hors vacances scolaires: true or false.",
    ),
    arsDerogation: bool('true or false (ARS derogation on the amplitude under the PDSA)')
      .optional()
      .describe("Dérogation de l'ARS on the amplitude, under the PDSA: true or false (default)."),
  },
  { error: 'an object such as { "snp": true, "amplitude": "12h-or-more", "saturdayMorningOpen": true, "schoolHolidayClosure": "under-2-weeks", "closedOverOneWeekOutsideSchoolHolidays": false }' },
);

const missionsSchema = z.strictObject(
  {
    missions: z
      .array(oneOf(MISSION_THEMES, `one of ${MISSION_THEMES.map((t) => `"${t}"`).join(', ')}`), {
        error: 'a list of mission themes, such as ["couverture-vaccinale", "prevention-suicide"]',
      })
      .max(MISSION_THEMES.length, { error: `a list of at most ${MISSION_THEMES.length} distinct mission themes` })
      .describe('Thèmes of the missions carried out in the year, each at most once, e.g. ["couverture-vaccinale", "prevention-suicide"].'),
  },
  { error: 'an object such as { "missions": ["couverture-vaccinale"] }' },
);

const eligiblePatientsSchema = z
  .strictObject(
    {
      aldUnder75: patients('médecin-traitant patients in ALD under 75, at 31 December').describe('Patients en ALD de moins de 75 ans: a whole number, e.g. 420.'),
      over75WithoutAld: patients('médecin-traitant patients aged 75 or more not in ALD').describe('Patients de 75 ans et plus hors ALD: a whole number, e.g. 310.'),
      over75WithAld: patients('médecin-traitant patients aged 75 or more in ALD').describe('Patients de 75 ans et plus en ALD: a whole number, e.g. 170.'),
      childrenAld0To16: patients('children aged 0–16 in ALD with at least 2 GP visits, counted for 2017 and 2018 only')
        .optional()
        .describe('Enfants de 0 à 16 ans en ALD with at least 2 GP visits (counted for 2017 and 2018 only): a whole number, e.g. 12.'),
    },
    { error: 'an object such as { "aldUnder75": 300, "over75WithoutAld": 200, "over75WithAld": 150 }' },
  )
  .describe('Médecin-traitant patients in ALD or aged 75+ (the base of the rate), e.g. { "aldUnder75": 420, "over75WithoutAld": 310, "over75WithAld": 170 }.');

const concertationSchema = z.strictObject(
  {
    meetings: wholeCount(`a whole number of concertation meetings in the year from 0 to ${INPUT_BOUNDS.meetings}`, INPUT_BOUNDS.meetings).describe(
      'Réunions de concertation held in the year: a whole number, e.g. 10.',
    ),
    casesReviewed: patients('files reviewed, as recorded by the caisse').describe('Dossiers étudiés in concertation, as recorded by the caisse: a whole number, e.g. 40.'),
    eligiblePatients: eligiblePatientsSchema,
  },
  { error: 'an object such as { "meetings": 6, "casesReviewed": 50, "eligiblePatients": { … } }' },
);

const software = (what: string) =>
  z.strictObject(
    {
      met: bool(`true or false (${what})`).describe('Logiciel labellisé in use: true or false.'),
      since: isoDate()
        .optional()
        .describe('Date de première acquisition of the labelled software (prorata temporis when in the year), ISO date, e.g. "2023-09-01".'),
    },
    { error: `an object such as { "met": true, "since": "2019-05-01" } (${what})` },
  );

/** What the MSP achieved in the calendar year, by indicator id; an indicator left out is not achieved. */
export const achievementsSchema = z
  .strictObject(
    {
      'horaires-ouverture-snp': hoursSchema.optional().describe("Horaires d'ouverture et soins non programmés (socle prérequis)."),
      'crises-sanitaires': z
        .strictObject(
          {
            plan: bool('true or false (a crisis preparation plan is written and kept up to date)').describe('Plan de préparation written and kept up to date: true or false.'),
            crisisActions: bool('true or false (a serious health crisis was declared and the structure acted on its plan)')
              .optional()
              .describe('A crise sanitaire grave was declared and the structure acted on its plan: true or false (default).'),
          },
          { error: 'an object such as { "plan": true }' },
        )
        .optional()
        .describe('Réponse aux crises sanitaires graves (Avenant 1).'),
      'diversite-services': level(2, 'diversity of care services among associated professionals')
        .optional()
        .describe('Diversité des services de soins (professionnels associés), niveau 0 to 2.'),
      'second-recours': level(2, 'second-line consultations by visiting professionals')
        .optional()
        .describe('Consultations de second recours par des professionnels vacataires, niveau 0 to 2.'),
      'medecins-cstm': met('a doctor under a CSTM works sessions in the structure').optional().describe('Accueil de médecins sous contrat de solidarité territoriale (CSTM).'),
      'missions-sante-publique': missionsSchema.optional().describe('Missions de santé publique.'),
      'satisfaction-patients': met('tools to assess patient satisfaction and needs (ACI 2017)').optional().describe('Satisfaction des patients (ACI 2017 only).'),
      'implication-usagers': level(2, 'users’ involvement').optional().describe('Implication des usagers (Avenant 1), niveau 0 to 2.'),
      'soins-non-programmes-sas': z
        .strictObject(
          {
            doctorsShare: ratio('a share from 0 to 1 of the structure’s doctors taking part in the SAS, such as 0.5').describe(
              'Part des médecins of the structure taking part in the SAS: from 0 to 1, e.g. "0.6".',
            ),
            allRegulatorRequests: bool('true or false (the structure answers every request of the SAS regulator)')
              .optional()
              .describe('The structure answers every request of the SAS regulator: true or false (default).'),
          },
          { error: 'an object such as { "doctorsShare": 0.5 }' },
        )
        .optional()
        .describe('Soins non programmés en lien avec le SAS (Avenant 1).'),
      'fonction-coordination': met('a coordination function is organised').optional().describe('Fonction de coordination (socle prérequis).'),
      'protocoles-pluriprofessionnels': z
        .strictObject({ count: units('protocols', 'Nombre de protocoles in use in the year: a whole number, e.g. 8.') }, { error: 'an object such as { "count": 8 }' })
        .optional()
        .describe('Protocoles pluriprofessionnels (socle).'),
      'concertation-pluriprofessionnelle': concertationSchema.optional().describe('Concertation pluriprofessionnelle (socle).'),
      'formation-stagiaires': z
        .strictObject({ trainees: units('different trainees in the year', 'Stagiaires différents accueillis in the year: a whole number, e.g. 3.') }, { error: 'an object such as { "trainees": 2 }' })
        .optional()
        .describe('Formation des professionnels de santé (stagiaires).'),
      'coordination-externe': met('a procedure passes health data to outside professionals').optional().describe('Coordination externe.'),
      'demarche-qualite': level(3, 'quality approach').optional().describe('Démarche qualité (Avenant 1), niveau 0 to 3.'),
      'protocoles-nationaux-cooperation': z
        .strictObject({ count: units('national cooperation protocols', 'Nombre de protocoles in use in the year: a whole number, e.g. 8.') }, { error: 'an object such as { "count": 2 }' })
        .optional()
        .describe('Protocoles nationaux de coopération, soins non programmés (Avenant 1).'),
      'parcours-insuffisance-cardiaque': met('heart-failure pathway').optional().describe('Parcours insuffisance cardiaque (Avenant 1).'),
      'parcours-obesite-enfant': met('child overweight/obesity pathway').optional().describe("Parcours surpoids ou obésité de l'enfant (Avenant 1)."),
      'si-standard': software('labelled information system, standard level').optional().describe("Système d'information labellisé, niveau standard (socle prérequis)."),
      'si-avance': software('labelled information system, advanced level').optional().describe("Système d'information labellisé, niveau avancé."),
    } satisfies Record<IndicatorId, z.ZodType>,
    { error: 'an object keyed by indicator id, such as { "fonction-coordination": { "met": true } }' },
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
      aboveCap: oneOf(['reject', 'ignore-excess'], 'one of "reject", "ignore-excess"')
        .optional()
        .describe(
          'A count above the catalogue\'s cap (protocols, national cooperation protocols, public-health missions) is legal and unpaid beyond the cap: "ignore-excess" (default) pays the cap and says so in the explanation, as the Cnam guide does (9 protocols with an IPA earn 1 120 points, p. 25; 7 national cooperation protocols earn 600, p. 38); "reject" raises a validation error naming the count.',
        ),
    },
    { error: 'an object such as { "aboveCap": "reject" }' },
  )
  .describe('Options of a computation.');

/** Caller's values of parameters, keyed by parameter id (autocompleted), e.g. `{ "msp.precarite.national-rate-c2s": "0.075" }`. */
export type MspOverrides = Overrides<MspParameterId>;

const overrides = () =>
  overridesField().describe('Caller\'s values of parameters, keyed by parameter id, e.g. { "msp.precarite.national-rate-c2s": "0.075" }.');

const yearField = () =>
  wholeBetween(1900, 2199, 'a calendar year from 1900 to 2199, such as 2024 (its balance is paid the next year)').describe(
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
  { error: 'an object { contract, year, achievements, overrides?, options? }' },
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
  { error: 'an object { contract, year, a, b, overrides?, options? }' },
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
  { error: 'an object { year, achievements, patientele?, associatedProfessionals?, ipa?, precarity? }' },
);

/** The input of `simulate` (and of each item of `simulateMany`): `{ contract, years, overrides?, options? }`. */
export const simulateSchema = z.strictObject(
  {
    contract: contractSchema.describe('The tripartite contract and the structure as it stands at signature (each year may change the structure\'s fields).'),
    years: z
      .array(simulateYearSchema, { error: 'a list of years such as [{ "year": 2024, "achievements": { … } }]' })
      .min(1, { error: 'a list of at least one year' })
      .max(INPUT_BOUNDS.simulationYears, { error: `a list of at most ${INPUT_BOUNDS.simulationYears} years` })
      .describe(
        'The remuneration years, each with its achievements and, when they changed, the structure\'s figures (patientele, associatedProfessionals, ipa, precarity), e.g. [{ "year": 2023, "achievements": { … } }].',
      ),
    overrides: overrides(),
    options: optionsSchema.optional().describe('Options of a computation.'),
  },
  { error: 'an object { contract, years, overrides?, options? }' },
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
  { error: 'an object such as { "on": "2024-01-01" }' },
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
