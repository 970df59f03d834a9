/**
 * The collective contract (*aide collective à l’emploi d’assistants médicaux*, from 25 February 2026): a
 * group of general practitioners, partners of one company (SCP, SCM, SISA), signs one contract; the
 * company employs the assistants, receives the aid and carries a collective objective. Exposed as
 * `assistantMedical.collective`. Every figure rests on one professional page citing an ameli page not
 * read: unverified, or an assumption where the page is silent (docs/aide-collective.md).
 *
 * @packageDocumentation
 */
export { checkEligibility, type CollectiveEligibility, type CollectiveCriterion } from './collective-eligibility.js';
export { maxEtp, type EtpCeiling } from './collective-etp-ceiling.js';
export { objective, type CollectiveObjective, type CollectiveObjectiveValue, type ObjectivePart, type NewlyInstalledObjective } from './collective-objective.js';
export type { CollectiveModulation, PartAchievement } from './collective-modulation.js';
export {
  yearlyAid,
  simulate,
  simulateMany,
  type CollectiveYearlyAid,
  type CollectiveSimulation,
  type CollectiveSimulationTotals,
} from './collective-simulate.js';
export { SUMMARY_COLUMNS, summaryRows, type CollectiveSummaryKey } from './collective-summary.js';
export {
  COLLECTIVE_REGIMES as REGIMES,
  COLLECTIVE_MODULATION_RULES as MODULATION_RULES,
  LEGAL_FORMS,
  type CollectiveRegime,
  type CollectiveModulationRule,
  type LegalForm,
  type CollectiveParameterId,
} from './parameters.js';
export {
  MAX_GROUP_DOCTORS,
  MAX_GROUP_PATIENTS,
  MAX_ETP,
  type EtpInput,
  type CollectiveDoctor,
  type CollectiveDoctorPatientele,
  type CollectiveGroup,
  type GroupPatientele,
  type AlreadyGained,
  type CollectiveOverrides,
  type CollectiveEligibilityInput,
  type CollectiveMaxEtpInput,
  type CollectiveObjectiveInput,
  type CollectiveYearlyAidInput,
  type CollectiveYearAchievement,
  type CollectiveContractInput,
} from './schema.js';
export { COLLECTIVE_PLAIN_WORDS as PLAIN_WORDS } from './plain-words.js';
