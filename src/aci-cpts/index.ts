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
import { runBatch, type Batch } from '../core/batch.js';
import { simulate as simulateOne, type Simulation as ContractSimulation } from './funding.js';
import type { ResultsByYearInput as ResultsInput } from './schema.js';
import { parseInput } from '../core/validation.js';
import { checkOverrides } from '../core/parameters.js';
import { contractYear, type IsoDate } from '../core/dates.js';
import type { Step } from '../core/explain.js';
import { PARAMETERS } from './parameters.js';
import { sizeInputSchema, type ContractInput, type MissionId, type SizeInput } from './schema.js';
import { sizeOf, type SizeResult } from './size.js';
import { deadlinesOf, type MissionDeadline } from './missions.js';
import { prepareContract } from './funding.js';

export { yearlyFunding, simulate } from './funding.js';
export type { YearlyFunding, Simulation, MissionFunding, IndicatorPayout, Payment, PaymentLine, PaymentPart } from './funding.js';
export { summaryRows, type SummaryRow } from './summary.js';
export { PARAMETERS, RULES, type CptsParameterId, type SizeClass } from './parameters.js';
export { MISSION_IDS } from './schema.js';
export { INPUT_SCHEMAS } from './schema.js';
export type {
  ContractInput,
  Contract,
  MissionId,
  IndicatorInput,
  Indicator,
  PayoutStep,
  EnvelopeSetInput,
  YearResultsInput,
  ResultsByYearInput,
  SizeInput,
  DeepReadonly,
} from './schema.js';
export { MISSION_LABELS, type MissionDeadline } from './missions.js';
export type { SizeResult, SizeThreshold } from './size.js';
export type { Prorata } from './payment.js';

/**
 * The size class (*taille*) of a CPTS covering `population` inhabitants on date `on`, with the
 * thresholds used (ACI CPTS 2019, art. 8: size 1 below 40 000, size 2 from 40 000 to 80 000, size 3 from
 * 80 000 to 175 000, size 4 above; whether a population exactly at a threshold belongs to the smaller
 * or larger size is a parameter, `cpts.size.at-threshold.*`).
 */
export function sizeClass(input: SizeInput): SizeResult {
  const parsed = parseInput(sizeInputSchema, input);
  const overrides = checkOverrides(PARAMETERS, parsed.overrides);
  return sizeOf(parsed.population, parsed.on, overrides, { population: ['population'], on: ['on'] });
}

/** The deadlines of a contract's socle missions. */
export interface MissionDeadlines {
  readonly signedOn: IsoDate;
  readonly missions: readonly MissionDeadline[];
  readonly explanation: readonly Step[];
}

/**
 * The start (*démarrage*) and full-deployment (*déploiement*) deadlines of each socle mission of a
 * contract, in months after signature (access to care 6 and 18; care pathways and prevention 12 and 24;
 * crisis response 6 and 18, counted from the date avenant 2 applies for a contract signed before it),
 * with the start date the contract writes and whether it is in time.
 */
export function missionDeadlines(contract: ContractInput): MissionDeadlines {
  const prepared = prepareContract(contract);
  const { signedOn } = prepared.contract;
  const yearStarts = Array.from({ length: prepared.years }, (_, k) => contractYear(signedOn, k + 1).from);
  const started = new Map<MissionId, IsoDate>(prepared.contract.missions.map((m) => [m.mission, m.start]));
  const { missions, explanation } = deadlinesOf(signedOn, yearStarts, started, prepared.overrides);
  return { signedOn, missions, explanation };
}


/** One CPTS contract and its results, as `simulateMany` reads them. */
export interface CptsBatchInput {
  readonly contract: ContractInput;
  readonly resultsByYear?: ResultsInput;
}

/**
 * `simulate` over many CPTS contracts (an array, a generator, a stream of parsed rows), one result per
 * contract in order. A contract the library refuses yields its error and the batch goes on; `summary`
 * counts valid and invalid rows.
 */
export function simulateMany(inputs: Iterable<CptsBatchInput> | AsyncIterable<CptsBatchInput>): Batch<ContractSimulation> {
  return runBatch(inputs, (input) => simulateOne(input.contract, input.resultsByYear));
}
