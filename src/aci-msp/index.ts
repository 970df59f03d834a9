/**
 * ACI MSP: the yearly remuneration of a maison de santé pluriprofessionnelle under the accord
 * conventionnel interprofessionnel relatif aux structures de santé pluriprofessionnelles (ACI of
 * 20 April 2017, arrêté of 24 July 2017) and its Avenant 1 (JO 3 August 2022, from the 2022 exercise).
 *
 * ```ts
 * import { aciMsp } from 'exercice-coordonne';
 * aciMsp.indicators({ on: '2024-01-01' });
 * aciMsp.yearlyRemuneration({ contract, year: 2024, achievements });
 * aciMsp.compare({ contract, year: 2024, a: achievementsNow, b: achievementsPlanned });
 * aciMsp.simulate({ contract, years: [{ year: 2024, achievements }, { year: 2025, achievements }] });
 * ```
 *
 * See docs/aci-msp.md for the rules, the catalogue with sources, and every unverified figure.
 */
export { yearlyRemuneration, compare, simulate, simulateMany, MspYearResult, MspComparison, Simulation } from './simulate.js';
export type { MspYearFigures, MspComparisonFigures, MspDifference, IndicatorDifference, SimulationFigures, SimulationTotals } from './simulate.js';
export { IndicatorResult, type IndicatorFigures, type Axis, type ComponentRole, type Part, type PartKind } from './indicators.js';
export { indicators, type CatalogueEntry, type CatalogueComponent } from './catalogue.js';
export { summaryRows, indicatorRows, SUMMARY_COLUMNS, INDICATOR_COLUMNS, type SummaryKey, type IndicatorKey } from './summary.js';
export type { MspPayment, Advance, Balance } from './payments.js';
export type { Prerequisites } from './prerequisites.js';
export type { Points, Prorata } from './remuneration.js';
export type { Precarity } from './precarity.js';
export type { NewStructure } from './new-structure.js';
export type { ProrataBasis } from './contract.js';
export {
  PARAMETERS,
  RULES,
  VERSIONS,
  INDICATOR_IDS,
  INDICATORS_2017,
  INDICATORS_AVENANT_1,
  INDICATOR_TYPES,
  MISSION_THEMES,
  type MspParameterId,
  type MspVersion,
  type IndicatorId,
  type IndicatorType,
  type MissionTheme,
} from './parameters.js';
export {
  INPUT_SCHEMAS,
  INPUT_BOUNDS,
  type YearlyRemunerationInput,
  type CompareInput,
  type SimulateInput,
  type SimulateYearInput,
  type IndicatorsInput,
  type MspContractInput,
  type MspStructureInput,
  type MspPrecarityInput,
  type MspAchievementsInput,
  type MspOptionsInput,
  type MspOverrides,
  type RatioInput,
  type HoursAchievementInput,
  type CrisisAchievementInput,
  type LevelAchievementInput,
  type MetAchievementInput,
  type MissionsAchievementInput,
  type SasAchievementInput,
  type CountAchievementInput,
  type ConcertationAchievementInput,
  type EligiblePatientsInput,
  type TrainingAchievementInput,
  type SoftwareAchievementInput,
  type MspYearInput,
  type CatalogueInput,
} from './schema.js';
export { PLAIN_WORDS } from './plain-words.js';
