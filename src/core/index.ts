/**
 * The shared core's public face: what a caller of any scheme may need (error type, the result model,
 * French formatting, explanation rendering, parameter types). Schemes import the modules directly.
 */
export { ExerciceCoordonneError, isExerciceCoordonneError, formatPath, type ErrorCode, type Issue } from './errors.js';
export { formatEuro, formatDecimalFr, isEuroAmount, isRatio, type DecimalInput } from './money.js';
export { euroIn, decimalIn, percentIn, dateIn, type Formattable, type Formatter, type Label, type Lang } from './format.js';
export { isIsoDate, contractYear, type IsoDate, type DateRange } from './dates.js';
export {
  valueAt,
  periodAt,
  lintTable,
  ParameterReader,
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
export { explanationLines, type Step, type StepSource, type StepParameter, type StepValue, type Explanation } from './explain.js';
export { Result, PaidResult, type Payment, type PaymentKind } from './result.js';
export { totalsOf, formatCell, type SummaryColumn, type SummaryRow, type ColumnKind, type Cell } from './summary.js';
export { runBatch, type Batch, type BatchItem, type BatchSummary } from './batch.js';
export {
  placeholdersOf,
  paragraphText,
  paragraphApplies,
  type PlainWords,
  type PlainSection,
  type PlainParagraph,
  type PlainText,
  type Placeholder,
} from './plain-words.js';
