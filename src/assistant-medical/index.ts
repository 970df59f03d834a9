/**
 * Aide à l'emploi d'un assistant médical: the yearly aid the Assurance Maladie pays a doctor who employs
 * a medical assistant, under Avenant 7 (2019), the règlement arbitral (May 2023) and the Convention
 * médicale 2024 (June 2024).
 *
 * @packageDocumentation
 */
import { runBatch, type Batch } from '../core/batch.js';
import { assertIsoDate, type IsoDate } from '../core/dates.js';
import type { Overrides } from '../core/parameters.js';
import type { AmParameterId, Regime } from './parameters.js';
import { resolveRegime } from './regime.js';
import type { ContractInput } from './schema.js';
export { INPUT_SCHEMAS } from './schema.js';
import { simulate as simulateOne, type Simulation } from './simulate.js';

export { checkEligibility, type Eligibility, type Reason, type Outcome } from './eligibility.js';
export { objective } from './objective-api.js';
export type { ObjectiveResult, ObjectiveKind, BandOrBelow } from './objective.js';
export { yearlyAid, yearFields, type YearlyAid, type Payment, type Modulation } from './aid.js';
export { simulate, type Simulation } from './simulate.js';
export {
  PARAMETERS,
  RULES,
  REGIMES,
  OPTIONS,
  BANDS,
  SECTORS,
  ZONES,
  PERCENTILES,
  type AmParameterId,
  type Regime,
  type Option,
  type Band,
  type Sector,
  type Zone,
  type Percentile,
} from './parameters.js';
export {
  KNOWN_SPECIALTIES,
  type Specialty,
  type Doctor,
  type CheckEligibilityInput,
  type ObjectiveInput,
  type YearlyAidInput,
  type ContractInput,
  type Thresholds,
  type AmOverrides,
} from './schema.js';

/**
 * The text governing a contract signed on `signedOn`: `'avenant-7'` (from 1 September 2019),
 * `'reglement-arbitral-2023'` (from 1 May 2023) or `'convention-2024'` (from 22 June 2024).
 * A date before the scheme existed raises `not-in-force`.
 *
 * @example
 * regimeOf('2024-06-21') // 'reglement-arbitral-2023'
 * regimeOf('2024-06-22') // 'convention-2024'
 */
export function regimeOf(signedOn: IsoDate, options: { overrides?: Overrides<AmParameterId> } = {}): Regime {
  assertIsoDate(signedOn, ['signedOn']);
  return resolveRegime(signedOn, options.overrides).value as Regime;
}

/**
 * `simulate` over many contracts (an array, a generator, a stream of parsed rows), one result per
 * contract in order. A contract the library refuses yields its error and the batch goes on;
 * `summary` counts valid and invalid rows.
 *
 * @example
 * for await (const row of assistantMedical.simulateMany(contracts)) {
 *   if (row.ok) console.log(row.index, row.result.totals.ceiling.toFixed(2));
 *   else console.error(row.index, row.error.message);
 * }
 */
export function simulateMany(contracts: Iterable<ContractInput> | AsyncIterable<ContractInput>): Batch<Simulation> {
  return runBatch(contracts, simulateOne);
}
