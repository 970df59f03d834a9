/**
 * What a command of the command-line tool provides: how to read its input (its CSV fields, as data,
 * and the flat form a person fills, with its template), how to run the library on a record, and the
 * scheme's own summary of a result (its columns and rows), from which the table, the CSV and the totals
 * are made. The command holds no rule of its own and adds nothing up: every figure comes from the
 * library, every total from core `totalsOf`.
 */
import type { Lang } from '../core/explain.js';
import type { SummaryColumn, SummaryRow } from '../core/summary.js';
import type { CsvTyping } from './fields.js';

/** A text in both languages. */
export interface Text {
  readonly fr: string;
  readonly en: string;
}

export interface ShowOptions {
  readonly lang: Lang;
  readonly explain: boolean;
}

/** Which row of the input a result comes from: its line in the file (1-based) and its own `id`, if any. */
export interface RowRef {
  readonly line: number;
  readonly id?: unknown;
}

/**
 * The flat form of a command as a model file (`--template`): its columns in order and one example row,
 * which reads back into the bundled JSON input `json` (a test checks that both give the same amounts).
 */
export interface Template {
  /** The columns, in order: a field's path (`reached.3` for the field `reached.{n}`). */
  readonly columns: readonly string[];
  /** The example row: for each column, the value as the library takes it (as in the JSON input). */
  readonly example: Readonly<Record<string, unknown>>;
  /** The JSON input the example row is read into, relative to the package root. */
  readonly json: string;
}

export interface Command<R = unknown> extends CsvTyping {
  readonly name: string;
  /** One line for the general help. */
  readonly summary: Text;
  /** The help text of the command (what it computes, the input); the CSV columns are listed after it from {@link CsvTyping.fields}. */
  readonly help: Text;
  /** The bundled example input, relative to the package root. */
  readonly example: string;
  /** The flat form's model file. */
  readonly template: Template;
  /** Runs the library on one record (throws the library's error for a bad record). */
  run(record: unknown): R;
  /** The scheme's summary columns (`SUMMARY_COLUMNS`): the CSV has them all, in order. */
  readonly columns: readonly SummaryColumn[];
  /** The scheme's summary rows of a result (`summaryRows`). */
  rows(result: R): readonly SummaryRow[];
  /**
   * Rows whose empty amounts are not known yet (an assistant-médical year pending its objective): a total
   * over them counts the known part and says so, naming such rows with `label` (plural).
   */
  readonly pending?: { is(row: SummaryRow): boolean; readonly label: Text };
  /**
   * Lines of the person-facing table for one result, given its summary rows: a heading, the summary's
   * cells formatted by kind, and what only a person reads (the explanation, a detail table).
   */
  table(result: R, rows: readonly SummaryRow[], row: RowRef, options: ShowOptions): string[];
  /** The JSON form of a result for programs (its payments included; the explanation only on request). */
  json(result: R, options: ShowOptions): unknown;
  /**
   * The result a report is made of (`--format html`), and the report's options where the command has some
   * (the collective contract's eligibility of the group); a command without it has no report.
   */
  report?(result: R): unknown;
  /** Options of the report of a result (`title`, `eligibility`), when the command has them. */
  reportOptions?(result: R): Record<string, unknown>;
}

/** How a row is named in a table: its id and its line, or its line. */
export function rowLabel(row: RowRef, lang: Lang): string {
  const line = lang === 'fr' ? `ligne ${row.line}` : `line ${row.line}`;
  const id = typeof row.id === 'string' || typeof row.id === 'number' ? String(row.id) : undefined;
  return id !== undefined && id !== '' ? `${id} (${line})` : line;
}

/** Pads cells into aligned columns; a column is aligned right when `right` says so. */
export function columns(rows: readonly (readonly string[])[], right: readonly boolean[] = []): string[] {
  const widths: number[] = [];
  for (const row of rows) row.forEach((cell, i) => (widths[i] = Math.max(widths[i] ?? 0, [...cell].length)));
  return rows.map((row) =>
    row
      .map((cell, i) => {
        const pad = ' '.repeat((widths[i] ?? 0) - [...cell].length);
        return right[i] ? pad + cell : cell + pad;
      })
      .join('  ')
      .trimEnd(),
  );
}

/** JSON of a value with Decimals as strings (their toJSON) and no explanation unless asked. */
export function withoutExplanation(value: unknown): unknown {
  return JSON.parse(JSON.stringify(value, (key, v) => (key === 'explanation' ? undefined : v)));
}

/** The value at a dotted path of a record, if any. */
export function at(record: unknown, path: string): unknown {
  let cur: unknown = record;
  for (const key of path.split('.')) {
    if (typeof cur !== 'object' || cur === null || !Object.hasOwn(cur, key)) return undefined;
    cur = (cur as Record<string, unknown>)[key];
  }
  return cur;
}
