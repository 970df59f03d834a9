/**
 * The library's one error type.
 *
 * Every bad input, every date no legal text covers and every figure the library does not know raises a
 * {@link ExerciceCoordonneError}. It names the field (as a path), the value received and what was
 * expected, so that a caller can show it to a person or map it back to a form field.
 *
 * Recognise it with {@link isExerciceCoordonneError}, not `instanceof`: the package ships an ESM and a
 * CJS build, and an application that loads both would have two classes.
 *
 * Ineligibility is never an error: it is a result with reasons.
 */

const BRAND = Symbol.for('exercice-coordonne.error');

/** What went wrong, in one word a program can switch on. */
export type ErrorCode =
  /** An input does not have the expected shape or value. */
  | 'invalid-input'
  /** A date falls outside every period of a legal parameter (no text in force). */
  | 'not-in-force'
  /** The library knows no confirmed value for a legal figure: the caller must supply it as an override. */
  | 'missing-parameter';

/** One problem: where, what was received, what was expected. */
export interface Issue {
  /** Path of the field in the input, e.g. `['doctor', 'patientele', 'medecinTraitant']`. */
  readonly path: readonly (string | number)[];
  /** The value received (as given; `undefined` when the field was missing). */
  readonly received: unknown;
  /** What was expected, in plain English, e.g. `a whole number of patients ≥ 0`. */
  readonly expected: string;
  /** One-line message combining the three. */
  readonly message: string;
}

/** Formats a path as `doctor.patientele.medecinTraitant` or `rows[3].year`. */
export function formatPath(path: readonly (string | number)[]): string {
  if (path.length === 0) return '(input)';
  let out = '';
  for (const part of path) {
    if (typeof part === 'number') out += `[${part}]`;
    else out += out === '' ? part : `.${part}`;
  }
  return out;
}

function show(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (typeof value === 'string') return JSON.stringify(value);
  if (typeof value === 'number' || typeof value === 'boolean' || value === null) return String(value);
  if (typeof value === 'bigint') return `${value}n`;
  try {
    const json = JSON.stringify(value);
    if (json === undefined) return String(value);
    return json.length > 80 ? `${json.slice(0, 77)}...` : json;
  } catch {
    return Object.prototype.toString.call(value);
  }
}

/** Builds an {@link Issue} with its message. */
export function issue(path: readonly (string | number)[], received: unknown, expected: string): Issue {
  return {
    path: [...path],
    received,
    expected,
    message: `${formatPath(path)}: received ${show(received)}, expected ${expected}`,
  };
}

/** The library's error: a code and the list of issues, each with path, received value and expectation. */
export class ExerciceCoordonneError extends Error {
  readonly code: ErrorCode;
  readonly issues: readonly Issue[];
  /** Brand checked by {@link isExerciceCoordonneError}. */
  readonly [BRAND] = true as const;

  constructor(code: ErrorCode, issues: readonly Issue[]) {
    const first = issues[0];
    const more = issues.length > 1 ? ` (and ${issues.length - 1} more)` : '';
    super(first ? `${first.message}${more}` : code);
    this.name = 'ExerciceCoordonneError';
    this.code = code;
    this.issues = issues;
  }

  /** The first issue's path, formatted (`doctor.age`). */
  get field(): string {
    return formatPath(this.issues[0]?.path ?? []);
  }

  toJSON(): { name: string; code: ErrorCode; message: string; issues: Issue[] } {
    return {
      name: this.name,
      code: this.code,
      message: this.message,
      issues: this.issues.map((i) => ({ ...i, path: [...i.path] })),
    };
  }
}

/** True for an error raised by this library, whichever build (ESM or CJS) raised it. */
export function isExerciceCoordonneError(value: unknown): value is ExerciceCoordonneError {
  return typeof value === 'object' && value !== null && (value as Record<symbol, unknown>)[BRAND] === true;
}

/** Raises an `invalid-input` error for one field. */
export function invalid(path: readonly (string | number)[], received: unknown, expected: string): never {
  throw new ExerciceCoordonneError('invalid-input', [issue(path, received, expected)]);
}
