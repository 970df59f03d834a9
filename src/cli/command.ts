/**
 * What a command of the command-line tool provides: how to read its input (its CSV fields, as data),
 * how to run the library on a record, and how to show the result to a person (table) or a program
 * (JSON Lines, CSV). The command holds no rule of its own: every figure comes from the library.
 */
import type { Lang } from '../core/explain.js';
import type { CsvKind } from './csv.js';
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

/** A column of the CSV a command writes. */
export interface CsvColumn {
  /** Heading in the English convention (a stable identifier for programs). */
  readonly en: string;
  /** Heading in the French convention (for a person in a spreadsheet). */
  readonly fr: string;
  readonly kind: CsvKind;
}

export interface Command<R = unknown> extends CsvTyping {
  readonly name: string;
  /** One line for the general help. */
  readonly summary: Text;
  /** The help text of the command (what it computes, the input); the CSV columns are listed after it from {@link CsvTyping.fields}. */
  readonly help: Text;
  /** The bundled example input, relative to the package root. */
  readonly example: string;
  /** Runs the library on one record (throws the library's error for a bad record). */
  run(record: unknown): R;
  /** Lines of the person-facing table for one result. */
  table(result: R, row: RowRef, options: ShowOptions): string[];
  /** The JSON form of a result for programs (explanation only on request). */
  json(result: R, options: ShowOptions): unknown;
  /** CSV columns of a result, between the row's `line` and `id` and its `status` and `errors`. */
  readonly csvColumns: readonly CsvColumn[];
  /** CSV rows of one result (one or more), one cell per {@link csvColumns}. */
  csvRows(result: R): unknown[][];
  /** For an invalid row: the cells of {@link csvColumns} that repeat an input (the others empty). */
  csvInputs(record: unknown): unknown[];
}

/** How a row is named in a table: its id and its line, or its line. */
export function rowLabel(row: RowRef, lang: Lang): string {
  const line = lang === 'fr' ? `ligne ${row.line}` : `line ${row.line}`;
  const id = typeof row.id === 'string' || typeof row.id === 'number' ? String(row.id) : undefined;
  return id !== undefined && id !== '' ? `${id} (${line})` : line;
}

/** Pads cells into aligned columns; numbers (last columns) aligned right when `right` says so. */
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
