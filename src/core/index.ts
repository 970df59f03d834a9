/**
 * The shared core's public face: what a caller of any scheme may need (error type, money formatting,
 * explanation rendering, parameter types). Schemes import the modules directly.
 */
export { ExerciceCoordonneError, isExerciceCoordonneError, formatPath, type ErrorCode, type Issue } from './errors.js';
export { formatEuro, formatDecimalFr, type DecimalInput } from './money.js';
export { isIsoDate, contractYear, type IsoDate, type DateRange } from './dates.js';
export {
  valueAt,
  periodAt,
  lintTable,
  type Parameter,
  type Period,
  type Source,
  type Status,
  type Label,
  type Unit,
  type Overrides,
  type OverrideEntry,
  type Resolved,
  type ParameterTable,
  type ParameterValue,
} from './parameters.js';
export { explanationLines, type Step, type StepSource, type StepParameter, type StepValue, type Explanation, type Lang } from './explain.js';
export { runBatch, type Batch, type BatchItem, type BatchSummary } from './batch.js';
