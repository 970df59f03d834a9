/**
 * The shared core's public face: what a caller of any scheme may need (error type, the result model,
 * French formatting, explanation rendering, parameter types). Every function here checks its arguments
 * (`public.ts`: a bad argument raises the library's error); schemes import the modules directly and call
 * the unchecked functions with values they have already checked.
 *
 * Internal, not exported here: `valueAt`, `ParameterReader` (how a scheme reads its figures; a caller passes
 * `overrides` to a scheme's function) and `lintTable` (the tables' own test).
 */
export { ExerciceCoordonneError, isExerciceCoordonneError, type ErrorCode, type Issue } from './errors.js';
export { type DecimalInput } from './money.js';
export { type Formattable, type Formatter, type Label, type Lang } from './format.js';
export { isIsoDate, type IsoDate, type DateRange } from './dates.js';
export {
  formatPath,
  formatEuro,
  formatDecimalFr,
  isEuroAmount,
  isRatio,
  euroIn,
  decimalIn,
  percentIn,
  dateIn,
  contractYear,
  periodAt,
  explanationLines,
  totalsOf,
  formatCell,
  runBatch,
  placeholdersOf,
  paragraphText,
  paragraphApplies,
} from './public.js';
export {
  UNIT_BOUNDS,
  type Parameter,
  type Period,
  type Source,
  type Status,
  type Unit,
  type NumericUnit,
  type WholeUnit,
  type Range,
  type Overrides,
  type OverrideEntry,
  type Resolved,
  type Reading,
  type RuleReading,
  type ParameterTable,
  type ParameterValue,
} from './parameters.js';
export { type Step, type StepSource, type StepParameter, type StepValue, type Explanation } from './explain.js';
export { Result, PaidResult, resultKind, isResult, type Payment, type PaymentKind } from './result.js';
export { type SummaryColumn, type SummaryRow, type ColumnKind, type Cell } from './summary.js';
export { type Batch, type BatchItem, type BatchSummary } from './batch.js';
export {
  type PlainWords,
  type PlainSection,
  type PlainParagraph,
  type PlainText,
  type Placeholder,
} from './plain-words.js';
