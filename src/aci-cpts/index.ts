/**
 * ACI CPTS: the yearly funding of a *communauté professionnelle territoriale de santé* under the
 * *accord conventionnel interprofessionnel* of 20 June 2019 (JORF of 24 August 2019) and its avenant 2
 * (signed 20 December 2021, JORF of 31 March 2022).
 *
 * ```ts
 * import { aciCpts } from 'exercice-coordonne';
 * aciCpts.sizeClass({ population: 91000, on: '2024-01-01' }).size; // 3
 * ```
 *
 * Rules in plain words, sources and every unverified figure: docs/aci-cpts.md.
 */
export { sizeClass, SizeResult, type SizeThreshold, type SizeFacts } from './size.js';
export { missionDeadlines, MissionDeadlines, MISSION_LABELS, type MissionDeadline } from './missions.js';
export { yearlyFunding, simulate, simulateMany, YearlyFunding, Simulation, type MissionFunding, type FundingTotals } from './simulate.js';
export type { IndicatorResult } from './indicators.js';
export type { Payment, PaymentLine, PaymentPart, Prorata } from './payments.js';
export { summaryRows, SUMMARY_COLUMNS, type SummaryKey } from './summary.js';
export { PARAMETERS, RULES, MISSION_IDS, MAX_POPULATION, MAX_CONTRACT_YEARS, type CptsParameterId, type SizeClass, type MissionId, type TextVersion } from './parameters.js';
export { SOURCES } from './sources.js';
export {
  INPUT_SCHEMAS,
  MAX_EURO,
  type ContractInput,
  type MissionInput,
  type IndicatorInput,
  type PayoutStepInput,
  type EnvelopeSetInput,
  type MissionEnvelopeInput,
  type CrisisEnvelopeInput,
  type AmendmentInput,
  type YearResultsInput,
  type IndicatorOutcomeInput,
  type ResultsByYearInput,
  type SizeClassInput,
  type MissionDeadlinesInput,
  type YearlyFundingInput,
  type SimulateInput,
  type CptsOverrides,
  type EuroInput,
  type DecimalInput,
  type Contract,
  type Indicator,
  type PayoutStep,
} from './schema.js';
export { PLAIN_WORDS } from './plain-words.js';
