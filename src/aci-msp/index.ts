/**
 * ACI MSP: the yearly remuneration of a maison de santé pluriprofessionnelle under the accord
 * conventionnel interprofessionnel relatif aux structures de santé pluriprofessionnelles (ACI of
 * 20 April 2017, arrêté of 24 July 2017) and its Avenant 1 (JO 3 August 2022, from the 2022 exercise).
 *
 * ```ts
 * import { aciMsp } from 'exercice-coordonne';
 * aciMsp.indicators({ on: '2024-01-01' });
 * aciMsp.yearlyRemuneration({ contract, year: 2024, achievements });
 * aciMsp.compare(contract, 2024, achievementsNow, achievementsPlanned);
 * ```
 *
 * See docs/aci-msp.md for the rules, the catalogue with sources, and every unverified figure.
 */
import { runBatch, type Batch } from '../core/batch.js';
import { yearlyRemuneration as remunerationOf, type MspYearResult as YearResult } from './remuneration.js';
import type { MspYearInput as YearInput } from './schema.js';
export { INPUT_SCHEMAS } from './schema.js';
export { yearlyRemuneration, compare, type MspYearResult, type IndicatorResult, type MspComparison, type MspExtra } from './remuneration.js';
export { indicators, type CatalogueEntry, type CatalogueComponent, type CatalogueInput } from './catalogue.js';
export { summaryRows, type SummaryRow } from './summary.js';
export { type Axis, type ComponentRole, type PartKind } from './indicators.js';
export {
  PARAMETERS,
  RULES,
  VERSIONS,
  INDICATOR_IDS,
  INDICATORS_2017,
  INDICATORS_AVENANT_1,
  MISSION_THEMES,
  type MspParameterId,
  type MspVersion,
  type IndicatorId,
  type IndicatorType,
  type MissionTheme,
} from './parameters.js';
export {
  type MspYearInput,
  type MspContractInput,
  type MspAchievementsInput,
  type MspOptionsInput,
  type MspOverrides,
} from './schema.js';


/**
 * `yearlyRemuneration` over many MSP-years (an array, a generator, a stream of parsed rows), each in the
 * `{ contract, year, achievements, overrides? }` form, one result per input in order. An input the
 * library refuses yields its error and the batch goes on; `summary` counts valid and invalid rows.
 */
export function simulateMany(inputs: Iterable<YearInput> | AsyncIterable<YearInput>): Batch<YearResult> {
  return runBatch(inputs, (input) => remunerationOf(input));
}
