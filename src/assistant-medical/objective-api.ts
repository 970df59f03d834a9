/**
 * `objective()`: the patientèle objective of a contract, from its option and starting band.
 */
import { withLazyExplanation } from '../core/explain.js';
import { parseInput } from '../core/validation.js';
import { prepareContract } from './contract.js';
import { computeObjective, type ObjectiveResult } from './objective.js';
import { objectiveSchema, type ObjectiveInput } from './schema.js';

/**
 * The objective of patientèle increase of a contract (Avenant 7 art. 9-5-2-2 and successors): the
 * target in patients, the increase rate of the band, or the special objective of a newly installed
 * doctor or of a doctor aged 65+ (Convention 2024). Figures no source gives raise `missing-parameter`,
 * naming the override to pass; the objective written in the contract (`objective.targetPatients`)
 * always wins.
 *
 * @example
 * objective({ signedOn: '2021-03-01', option: '1/3', band: 'P50-P70', startingPatients: 1000 })
 * // targetPatients 1150 (+15 %)
 */
export function objective(input: ObjectiveInput): ObjectiveResult {
  const parsed = parseInput(objectiveSchema, input);
  const prepared = prepareContract(parsed);
  const o = computeObjective(prepared.context, prepared.band.band);
  return withLazyExplanation({
    regime: prepared.regime,
    band: prepared.band.band,
    kind: o.kind,
    targetPatients: o.targetPatients,
    ...(o.startingPatients !== undefined ? { startingPatients: o.startingPatients, additionalPatients: o.targetPatients - o.startingPatients } : {}),
    ...(o.rate !== undefined ? { rate: o.rate } : {}),
    ...(o.deadlineYear !== undefined ? { deadlineYear: o.deadlineYear } : {}),
  }, () => [...prepared.steps(), ...o.steps.map((s) => s())]);
}
