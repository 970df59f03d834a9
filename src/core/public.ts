/**
 * The core functions of the package root, checked at the boundary.
 *
 * What `import { … } from 'exercice-coordonne'` gives outside the schemes is a caller's API like the schemes'
 * functions: a bad argument raises the library's error ({@link ExerciceCoordonneError}, `invalid-input`,
 * naming the argument, the value received and what was expected, in French and English), never a NaN
 * (`"NaN €"`), a plain TypeError or an internal RangeError. Each function here checks its arguments, then
 * calls the module's own function, which the schemes call directly with values they have already checked:
 * the hot paths pay nothing for these checks.
 */
import { Decimal } from 'decimal.js';
import { invalid, formatPath as formatPathOf, type Expected } from './errors.js';
import { ISO_DATE_EXPECTATION, LAST_DATE, contractYear as contractYearOf, isIsoDate, type DateRange, type IsoDate } from './dates.js';
import { dateIn as dateInOf, decimalIn as decimalInOf, euroIn as euroInOf, percentIn as percentInOf, type Formattable, type Lang } from './format.js';
import { formatDecimalFr as formatDecimalFrOf, formatEuro as formatEuroOf, isEuroAmount as isEuroAmountOf, isRatio as isRatioOf, toDecimal } from './money.js';
import { periodAt as periodAtOf, type Parameter, type ParameterValue, type Period } from './parameters.js';
import { explanationLines as explanationLinesOf, type Explanation } from './explain.js';
import { formatCell as formatCellOf, totalsOf as totalsOfInternal, type Cell, type ColumnKind, type SummaryColumn, type SummaryRow } from './summary.js';
import { runBatch as runBatchOf, type Batch } from './batch.js';
import { paragraphApplies as paragraphAppliesOf, paragraphText as paragraphTextOf, placeholdersOf as placeholdersOfOf, type PlainParagraph, type Placeholder } from './plain-words.js';

type Path = readonly (string | number)[];

/** Reads a property without letting a hostile object (a throwing getter, a revoked Proxy) escape as a TypeError. */
function read(value: object, key: PropertyKey, path: Path, expected: Expected): unknown {
  try {
    return (value as Record<PropertyKey, unknown>)[key];
  } catch {
    return invalid(path, value, expected);
  }
}

function isObject(value: unknown): value is object {
  return typeof value === 'object' && value !== null;
}

const LANG: Expected = { en: 'a language, "fr" or "en"', fr: 'une langue, "fr" ou "en"' };

function checkLang(value: unknown, path: Path): Lang {
  if (value !== 'fr' && value !== 'en') return invalid(path, value, LANG);
  return value;
}

const NUMBER: Expected = {
  en: 'a finite number: a Decimal, a number or a decimal string such as "1234.56"',
  fr: 'un nombre fini : un Decimal, un nombre ou une chaîne décimale telle que "1234.56"',
};

/** A number to format: a finite Decimal, a finite number, or a decimal string (at most 60 characters). */
function checkNumber(value: unknown, path: Path): Formattable {
  if (typeof value === 'string' && value.length > 60) return invalid(path, value, NUMBER);
  if (typeof value !== 'number' && typeof value !== 'string' && !Decimal.isDecimal(value)) return invalid(path, value, NUMBER);
  try {
    toDecimal(value, path);
  } catch {
    return invalid(path, value, NUMBER);
  }
  return value as Formattable;
}

function checkDigits(value: unknown, path: Path): number | undefined {
  if (value === undefined) return undefined;
  if (typeof value !== 'number' || !Number.isInteger(value) || value < 0 || value > 20) {
    return invalid(path, value, { en: 'a whole number of decimals from 0 to 20, or nothing', fr: 'un nombre entier de décimales de 0 à 20, ou rien' });
  }
  return value;
}

function checkSymbolOptions(value: unknown, path: Path): { symbol?: boolean } {
  const expected: Expected = { en: 'nothing, or { symbol: true | false }', fr: 'rien, ou { symbol: true | false }' };
  if (value === undefined) return {};
  if (!isObject(value) || Array.isArray(value)) return invalid(path, value, expected);
  const symbol = read(value, 'symbol', path, expected);
  if (symbol !== undefined && typeof symbol !== 'boolean') return invalid([...path, 'symbol'], symbol, expected);
  return symbol === undefined ? {} : { symbol };
}

function checkDate(value: unknown, path: Path): IsoDate {
  if (!isIsoDate(value)) return invalid(path, value, ISO_DATE_EXPECTATION);
  return value;
}

function checkString(value: unknown, path: Path, expected: Expected = { en: 'a text (a string)', fr: 'un texte (une chaîne)' }): string {
  if (typeof value !== 'string') return invalid(path, value, expected);
  return value;
}

// ---------------------------------------------------------------------------------------------------
// Errors and formatting

/** Formats an issue's path as `doctor.patientele.medecinTraitant` or `rows[3].year` (`(input)` for an empty path). */
export function formatPath(path: readonly (string | number)[]): string {
  const expected: Expected = { en: 'a path: an array of field names and indexes', fr: 'un chemin : un tableau de noms de champs et d’indices' };
  if (!Array.isArray(path)) return invalid(['path'], path, expected);
  for (let i = 0; i < path.length; i++) {
    const part: unknown = path[i];
    if (typeof part !== 'string' && !(typeof part === 'number' && Number.isInteger(part) && part >= 0)) return invalid(['path', i], part, expected);
  }
  return formatPathOf(path);
}

/**
 * Formats an amount the French way: `11 000,00 €` (fed the exact decimal: no conversion to a JavaScript
 * number), rounded half-up to the cent; `{ symbol: false }` leaves out the `€`.
 */
export function formatEuro(amount: Decimal | string | number, options: { symbol?: boolean } = {}): string {
  return formatEuroOf(checkNumber(amount, ['amount']) as Decimal, checkSymbolOptions(options, ['options']));
}

/** Formats a decimal quantity (points, patients) the French way, exactly or rounded half-up to `decimals`. */
export function formatDecimalFr(value: Decimal | string | number, decimals?: number): string {
  return formatDecimalFrOf(checkNumber(value, ['value']) as Decimal, checkDigits(decimals, ['decimals']));
}

/** An amount in euros, rounded half-up to the cent: `11 000,00 €` (fr), `€11,000.00` (en). */
export function euroIn(lang: Lang, amount: Formattable, options: { symbol?: boolean } = {}): string {
  return euroInOf(checkLang(lang, ['lang']), checkNumber(amount, ['amount']), checkSymbolOptions(options, ['options']));
}

/** A decimal quantity, exactly (or rounded half-up to `digits` decimals): `1 045`, `2 212,8`. */
export function decimalIn(lang: Lang, value: Formattable, digits?: number): string {
  return decimalInOf(checkLang(lang, ['lang']), checkNumber(value, ['value']), checkDigits(digits, ['digits']));
}

/** A ratio as a percentage, rounded half-up to `digits` decimals (2 by default): `78,05 %`. */
export function percentIn(lang: Lang, ratio: Formattable, digits = 2): string {
  return percentInOf(checkLang(lang, ['lang']), checkNumber(ratio, ['ratio']), checkDigits(digits, ['digits']));
}

/** A date in prose: `01/03/2024` in French, ISO `2024-03-01` in English. */
export function dateIn(lang: Lang, date: IsoDate): string {
  return dateInOf(checkLang(lang, ['lang']), checkDate(date, ['date']));
}

/** True for an amount of a result in euros (whole cents, JSON `"1234.50"`); false for anything else. */
export function isEuroAmount(value: unknown): boolean {
  try {
    return isEuroAmountOf(value);
  } catch {
    return false; // a revoked Proxy, a throwing getter: not ours
  }
}

/** True for a ratio of a result (a Decimal shown as a percentage); false for anything else. */
export function isRatio(value: unknown): boolean {
  try {
    return isRatioOf(value);
  } catch {
    return false;
  }
}

// ---------------------------------------------------------------------------------------------------
// Dates and parameters

/**
 * Contract year `n` (1 to 100) of a contract whose years count from `start`: from the (n−1)-th anniversary
 * of `start` to the day before the n-th (29 February: 28 February in a common year).
 */
export function contractYear(start: IsoDate, n: number): DateRange {
  checkDate(start, ['start']);
  const expected: Expected = {
    en: `a contract year: a whole number from 1 to 100 whose year ends by ${LAST_DATE}`,
    fr: `une année de contrat : un nombre entier de 1 à 100 dont l’année finit au plus tard le ${dateInOf('fr', LAST_DATE)}`,
  };
  if (typeof n !== 'number' || !Number.isInteger(n) || n < 1 || n > 100) return invalid(['n'], n, expected);
  const range = contractYearOf(start, n);
  if (!isIsoDate(range.to)) return invalid(['n'], n, expected);
  return range;
}

const PARAMETER: Expected = {
  en: 'a parameter of a scheme (such as aciMsp.PARAMETERS.get("msp.point-value")): an object whose periods have ISO dates',
  fr: 'un paramètre d’un dispositif (tel que aciMsp.PARAMETERS.get("msp.point-value")) : un objet dont les périodes ont des dates ISO',
};

/** The period of a parameter in force on `on` (an ISO date), or `undefined` when none is. */
export function periodAt<T extends ParameterValue>(param: Parameter<T>, on: IsoDate): Period<T> | undefined {
  if (!isObject(param)) return invalid(['param'], param, PARAMETER);
  const periods = read(param, 'periods', ['param'], PARAMETER);
  if (!Array.isArray(periods)) return invalid(['param', 'periods'], periods, PARAMETER);
  for (let i = 0; i < periods.length; i++) {
    const p: unknown = periods[i];
    if (!isObject(p)) return invalid(['param', 'periods', i], p, PARAMETER);
    const from = read(p, 'from', ['param', 'periods', i], PARAMETER);
    const until = read(p, 'until', ['param', 'periods', i], PARAMETER);
    if (!isIsoDate(from)) return invalid(['param', 'periods', i, 'from'], from, PARAMETER);
    if (until !== undefined && !isIsoDate(until)) return invalid(['param', 'periods', i, 'until'], until, PARAMETER);
  }
  return periodAtOf({ periods } as unknown as Parameter<T>, checkDate(on, ['on']));
}

// ---------------------------------------------------------------------------------------------------
// Explanations and summaries

const LABEL: Expected = { en: 'a label: { fr, en } texts', fr: 'un libellé : des textes { fr, en }' };

function checkLabelText(value: unknown, lang: Lang, path: Path): void {
  if (!isObject(value)) return invalid(path, value, LABEL);
  const text = read(value, lang, path, LABEL);
  if (typeof text !== 'string') return invalid([...path, lang], text, LABEL);
}

const STEP: Expected = {
  en: 'an explanation step, as in a result’s explanation: { rule, label: { fr, en }, status, sources: [...] }',
  fr: 'une étape d’explication, comme dans l’explication d’un résultat : { rule, label: { fr, en }, status, sources: [...] }',
};

/**
 * Renders an explanation (a result's `explanation`) as text lines, one per step, in French (default) or
 * English: its label, its status when not verified, and its first source.
 */
export function explanationLines(explanation: Explanation, lang: Lang = 'fr'): string[] {
  checkLang(lang, ['lang']);
  const expected: Expected = { en: 'an explanation: the array of steps of a result', fr: 'une explication : le tableau des étapes d’un résultat' };
  if (!Array.isArray(explanation)) return invalid(['explanation'], explanation, expected);
  const steps = [...(explanation as readonly unknown[])];
  steps.forEach((s, i) => {
    const at: Path = ['explanation', i];
    if (!isObject(s)) return invalid(at, s, STEP);
    checkLabelText(read(s, 'label', at, STEP), lang, [...at, 'label']);
    const status = read(s, 'status', at, STEP);
    if (typeof status !== 'string') return invalid([...at, 'status'], status, STEP);
    const sources = read(s, 'sources', at, STEP);
    if (!Array.isArray(sources)) return invalid([...at, 'sources'], sources, STEP);
    const first: unknown = sources[0];
    if (first === undefined && sources.length === 0) return;
    if (!isObject(first)) return invalid([...at, 'sources', 0], first, STEP);
    for (const key of ['title', 'article', 'url'] as const) {
      const v = read(first, key, [...at, 'sources', 0], STEP);
      if (key === 'title' ? typeof v !== 'string' : v !== undefined && typeof v !== 'string') return invalid([...at, 'sources', 0, key], v, STEP);
    }
    const label = read(first, 'label', [...at, 'sources', 0], STEP);
    if (label !== undefined) checkLabelText(label, lang, [...at, 'sources', 0, 'label']);
  });
  return explanationLinesOf(steps as unknown as Explanation, lang);
}

const KINDS: ReadonlySet<string> = new Set<ColumnKind>(['text', 'date', 'integer', 'year', 'decimal', 'euro', 'percent', 'boolean']);

const COLUMN: Expected = {
  en: 'a summary column, as in a scheme’s SUMMARY_COLUMNS: { key, label, kind, total? }, kind one of text, date, integer, year, decimal, euro, percent, boolean',
  fr: 'une colonne de synthèse, comme dans SUMMARY_COLUMNS d’un dispositif : { key, label, kind, total? }, kind parmi text, date, integer, year, decimal, euro, percent, boolean',
};

function checkColumn(value: unknown, path: Path): { key: string; kind: ColumnKind; total: boolean } {
  if (!isObject(value) || Array.isArray(value)) return invalid(path, value, COLUMN);
  const key = read(value, 'key', path, COLUMN);
  const kind = read(value, 'kind', path, COLUMN);
  const total = read(value, 'total', path, COLUMN);
  const names = read(value, 'names', path, COLUMN);
  if (typeof key !== 'string') return invalid([...path, 'key'], key, COLUMN);
  if (typeof kind !== 'string' || !KINDS.has(kind)) return invalid([...path, 'kind'], kind, COLUMN);
  if (total !== undefined && typeof total !== 'boolean') return invalid([...path, 'total'], total, COLUMN);
  if (names !== undefined && (!isObject(names) || Array.isArray(names))) return invalid([...path, 'names'], names, COLUMN);
  return { key, kind: kind as ColumnKind, total: total === true };
}

const TOTAL_CELL: Expected = {
  en: 'an amount to add up: a finite Decimal, a finite number, or nothing (null)',
  fr: 'un montant à additionner : un Decimal fini, un nombre fini, ou rien (null)',
};

/** Checks a cell of a column marked `total`: what the totals add up. */
function checkTotalCell(cell: unknown, path: Path): void {
  if (cell === null || cell === undefined) return;
  if (typeof cell === 'number' ? !Number.isFinite(cell) : !Decimal.isDecimal(cell)) return invalid(path, cell, TOTAL_CELL);
  if (Decimal.isDecimal(cell) && !(cell as Decimal).isFinite()) return invalid(path, String(cell), TOTAL_CELL);
}

function isIterable(value: unknown): boolean {
  if (!isObject(value)) return false;
  try {
    return typeof (value as Iterable<unknown>)[Symbol.iterator] === 'function';
  } catch {
    return false;
  }
}

/**
 * The totals of the columns marked `total` over any rows (a contract, a whole file): a Decimal per column,
 * exact. Each cell of such a column must be a Decimal, a number or nothing.
 */
export function totalsOf<K extends string>(columns: readonly SummaryColumn<K>[], rows: Iterable<SummaryRow<K>>): Partial<Record<K, Decimal>> {
  if (!Array.isArray(columns)) return invalid(['columns'], columns, COLUMN);
  const checked = (columns as readonly unknown[]).map((c, i) => checkColumn(c, ['columns', i]));
  if (!isIterable(rows) || typeof rows === 'string') {
    return invalid(['rows'], rows, { en: 'rows: an array (or any iterable) of summary rows', fr: 'des lignes : un tableau (ou tout itérable) de lignes de synthèse' });
  }
  const summed = checked.filter((c) => c.total);
  const ROW: Expected = { en: 'a summary row: an object keyed by column', fr: 'une ligne de synthèse : un objet dont les clés sont les colonnes' };
  function* each(): Generator<SummaryRow<K>> {
    let i = 0;
    for (const row of rows as Iterable<unknown>) {
      if (!isObject(row) || Array.isArray(row)) return invalid(['rows', i], row, ROW);
      for (const c of summed) checkTotalCell(read(row, c.key, ['rows', i], ROW), ['rows', i, c.key]);
      yield row as SummaryRow<K>;
      i++;
    }
  }
  return totalsOfInternal(checked as unknown as readonly SummaryColumn<K>[], each());
}

const CELL: Expected = {
  en: 'a summary cell: a text, a number, true or false, a Decimal or nothing (null), fitting its column’s kind',
  fr: 'une cellule de synthèse : un texte, un nombre, true ou false, un Decimal ou rien (null), selon le type de sa colonne',
};

/**
 * A cell as a person reads it in a language (`11 000,00 €`, `78,05 %`, `01/03/2024`, `2024`, `oui`), by
 * its column's kind (a kind, or a column: a code is then shown by its name).
 */
export function formatCell(column: ColumnKind | SummaryColumn, cell: Cell, lang: Lang): string {
  checkLang(lang, ['lang']);
  let kind: ColumnKind;
  let names: unknown;
  if (typeof column === 'string') {
    if (!KINDS.has(column)) return invalid(['column'], column, COLUMN);
    kind = column;
  } else {
    kind = checkColumn(column, ['column']).kind;
    names = read(column, 'names', ['column'], COLUMN);
  }
  if (cell === null || cell === undefined) return '';
  if (isObject(names) && typeof cell === 'string' && Object.prototype.hasOwnProperty.call(names, cell)) {
    checkLabelText(read(names, cell, ['column', 'names'], COLUMN), lang, ['column', 'names', cell]);
    return formatCellOf(column, cell, lang);
  }
  switch (kind) {
    case 'euro':
    case 'percent':
      checkNumber(cell, ['cell']);
      break;
    case 'decimal':
    case 'integer':
      if (typeof cell !== 'boolean') checkNumber(cell, ['cell']);
      break;
    case 'date':
      checkDate(cell, ['cell']);
      break;
    case 'year':
      if (!(typeof cell === 'number' && Number.isInteger(cell)) && typeof cell !== 'string') return invalid(['cell'], cell, CELL);
      break;
    case 'boolean':
      if (typeof cell !== 'boolean') return invalid(['cell'], cell, CELL);
      break;
    default:
      if (typeof cell === 'number' ? !Number.isFinite(cell) : typeof cell === 'object' ? !(Decimal.isDecimal(cell) && (cell as Decimal).isFinite()) : typeof cell !== 'string' && typeof cell !== 'boolean') {
        return invalid(['cell'], cell, CELL);
      }
  }
  return formatCellOf(column, cell, lang);
}

// ---------------------------------------------------------------------------------------------------
// Batches and plain words

/** Runs `fn` on every input (an iterable or an async iterable), in order: see each scheme's `simulateMany`. */
export function runBatch<I, R>(inputs: Iterable<I> | AsyncIterable<I>, fn: (input: I) => R): Batch<R> {
  let iterable = false;
  if (isObject(inputs)) {
    try {
      iterable = typeof (inputs as Iterable<I>)[Symbol.iterator] === 'function' || typeof (inputs as AsyncIterable<I>)[Symbol.asyncIterator] === 'function';
    } catch {
      iterable = false;
    }
  }
  if (!iterable) return invalid(['inputs'], inputs, { en: 'inputs: an array, an iterable or an async iterable', fr: 'des entrées : un tableau, un itérable ou un itérable asynchrone' });
  if (typeof fn !== 'function') return invalid(['fn'], fn, { en: 'a function of one input', fr: 'une fonction d’une entrée' });
  return runBatchOf(inputs, fn);
}

/** The placeholders of a plain-words text (`{am.regime}`, `{id@text}`, `{id=value}`, each with `:from` or `:until`), in order. */
export function placeholdersOf(text: string): Placeholder[] {
  return placeholdersOfOf(checkString(text, ['text']));
}

const PARAGRAPH: Expected = {
  en: 'a plain-words paragraph: a text, or { texts: [...], text }',
  fr: 'un paragraphe en mots simples : un texte, ou { texts: [...], text }',
};

function checkParagraph(p: unknown): PlainParagraph {
  if (typeof p === 'string') return p;
  if (!isObject(p) || Array.isArray(p)) return invalid(['paragraph'], p, PARAGRAPH);
  const text = read(p, 'text', ['paragraph'], PARAGRAPH);
  const texts = read(p, 'texts', ['paragraph'], PARAGRAPH);
  if (typeof text !== 'string') return invalid(['paragraph', 'text'], text, PARAGRAPH);
  if (!Array.isArray(texts) || !texts.every((t) => typeof t === 'string')) return invalid(['paragraph', 'texts'], texts, PARAGRAPH);
  return { text, texts: [...(texts as string[])] };
}

/** The text of a plain-words paragraph. */
export function paragraphText(p: PlainParagraph): string {
  return paragraphTextOf(checkParagraph(p));
}

/** True when a plain-words paragraph is shown under `text` (a value of the scheme's text parameter). */
export function paragraphApplies(p: PlainParagraph, text: string): boolean {
  return paragraphAppliesOf(checkParagraph(p), checkString(text, ['text']));
}
