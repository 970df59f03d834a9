/**
 * Aide à l’emploi d’un assistant médical: the yearly aid the Assurance Maladie pays a doctor who employs
 * a medical assistant, under Avenant 7 (2019), the règlement arbitral (May 2023) and the Convention
 * médicale 2024 (June 2024); and the collective contract of a group of general practitioners (2026),
 * `collective`.
 *
 * @packageDocumentation
 */
export { regimeOf, type RegimeOfArgument } from './contract.js';
export * as collective from './collective.js';
export { checkEligibility, type Eligibility, type Reason, type Outcome } from './eligibility.js';
export { objective, type ObjectiveResult, type ObjectiveKind } from './objective.js';
export type { BandOrBelow } from './band.js';
export type { Modulation } from './modulation.js';
export type { Payment } from './payments.js';
export {
  yearlyAid,
  simulate,
  simulateMany,
  type YearlyAid,
  type YearObjective,
  type Simulation,
  type SimulationTotals,
} from './simulate.js';
export { SUMMARY_COLUMNS, summaryRows, type SummaryKey } from './summary.js';
export {
  PARAMETERS,
  RULES,
  REGIMES,
  OPTIONS,
  BANDS,
  SECTORS,
  ZONES,
  PERCENTILES,
  PAYMENT_SCHEDULES,
  MAX_PATIENTS,
  type AmParameterId,
  type Regime,
  type Option,
  type Band,
  type Sector,
  type Zone,
  type Percentile,
  type PaymentSchedule,
} from './parameters.js';
export {
  INPUT_SCHEMAS,
  KNOWN_SPECIALTIES,
  type Specialty,
  type Doctor,
  type DoctorPatientele,
  type CurrentContract,
  type CheckEligibilityInput,
  type RegimeOfInput,
  type ObjectiveInput,
  type ObjectiveDoctor,
  type ContractObjective,
  type YearlyAidInput,
  type Achievement,
  type ContractInput,
  type YearAchievement,
  type Thresholds,
  type RatioInput,
  type AmOverrides,
} from './schema.js';
export { PLAIN_WORDS } from './plain-words.js';
