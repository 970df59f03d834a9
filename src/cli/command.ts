/**
 * What a command of the command-line tool provides: how to read its input, how to run the library on a
 * record, and how to show the result to a person (table) or a program (JSON Lines, CSV). The command
 * holds no rule of its own: every figure comes from the library.
 */
import type { Lang } from '../core/explain.js';
import type { CsvTyping } from './input.js';

export interface ShowOptions {
  readonly lang: Lang;
  readonly explain: boolean;
}

export interface Command<R = unknown> extends CsvTyping {
  readonly name: string;
  /** One line for the general help. */
  readonly summary: string;
  /** The full help text of the command (input fields, example). */
  readonly help: string;
  /** The bundled example input, relative to the package root. */
  readonly example: string;
  /** Runs the library on one record (throws the library's error for a bad record). */
  run(record: unknown): R;
  /** Lines of the person-facing table for one result. */
  table(result: R, index: number, options: ShowOptions): string[];
  /** The JSON form of a result for programs (explanation only on request). */
  json(result: R, options: ShowOptions): unknown;
  /** CSV columns for programs. */
  readonly csvHeader: readonly string[];
  /** CSV rows of one result (one or more lines). */
  csvRows(result: R, index: number): unknown[][];
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
  return JSON.parse(
    JSON.stringify(value, (key, v) => (key === 'explanation' ? undefined : v)),
  );
}
