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

import type { Label, Lang } from './format.js';

const BRAND = Symbol.for('exercice-coordonne.error');

/** What went wrong, in one word a program can switch on. */
export type ErrorCode =
  /** An input does not have the expected shape or value. */
  | 'invalid-input'
  /** A date falls outside every period of a legal parameter (no text in force). */
  | 'not-in-force'
  /** The library knows no confirmed value for a legal figure: the caller must supply it as an override. */
  | 'missing-parameter';

/** One problem: where, what was received, what was expected — in English and in French. */
export interface Issue {
  /** Path of the field in the input, e.g. `['doctor', 'patientele', 'medecinTraitant']`. */
  readonly path: readonly (string | number)[];
  /** The value received (a safe copy; `undefined` when the field was missing). */
  readonly received: unknown;
  /** What was expected, in plain English, e.g. `a whole number of patients ≥ 0`. */
  readonly expected: string;
  /** One-line message combining the three, in English. */
  readonly message: string;
  /** What was expected, in French, e.g. `un nombre entier de patients ≥ 0`. */
  readonly expectedFr: string;
  /** One-line message combining the three, in French. */
  readonly messageFr: string;
}

/**
 * What was expected: a French and English pair, or an English text alone (its French is then the
 * translation registered for it by {@link expectation}, or the English text itself).
 */
export type Expected = string | Label;

/** French texts of English expectations, registered where the pair is made (zod messages are English strings). */
const FRENCH = new Map<string, string>();

/**
 * Registers a French and English expectation and returns its English text, for APIs that take a string
 * (zod messages): an issue made from that English text is then given its French text too.
 */
export function expectation(label: Label): string {
  FRENCH.set(label.en, label.fr);
  return label.en;
}

/** The French and English texts of an expectation. */
export function expectedIn(expected: Expected): Label {
  if (typeof expected !== 'string') {
    FRENCH.set(expected.en, expected.fr);
    return expected;
  }
  return { en: expected, fr: FRENCH.get(expected) ?? expected };
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

/**
 * A copy of a received value that is always safe to keep, show and serialise: primitives as they are
 * (a BigInt as the string `"123n"`), objects copied a few levels deep and a few entries wide, cycles and
 * what lies deeper replaced by a short marker. An error never holds the caller's object itself, so
 * `JSON.stringify(error)` cannot throw, whatever the input was (a cycle, a BigInt, a Proxy, a huge tree).
 */
export function safeReceived(value: unknown, depth = 0, seen: WeakSet<object> = new WeakSet()): unknown {
  switch (typeof value) {
    case 'undefined':
    case 'boolean':
    case 'number':
      return value;
    case 'string':
      return value.length > 200 ? `${value.slice(0, 197)}...` : value;
    case 'bigint':
      return `${value}n`;
    case 'symbol':
      return value.toString();
    case 'function':
      return '[function]';
    default:
      break;
  }
  if (value === null) return null;
  const obj = value as object;
  try {
    if (typeof (obj as { toFixed?: unknown }).toFixed === 'function' && 'd' in obj && 'e' in obj) return String(obj); // a Decimal
    if (seen.has(obj)) return '[circular]';
    if (depth >= 4) return Array.isArray(obj) ? '[array]' : '[object]';
    seen.add(obj);
    if (Array.isArray(obj)) {
      const items = obj.slice(0, 20).map((v) => safeReceived(v, depth + 1, seen));
      if (obj.length > 20) items.push(`... ${obj.length - 20} more`);
      return items;
    }
    const out: Record<string, unknown> = {};
    const keys = Object.keys(obj);
    for (const key of keys.slice(0, 20)) {
      Object.defineProperty(out, key, { value: safeReceived((obj as Record<string, unknown>)[key], depth + 1, seen), enumerable: true, writable: true, configurable: true });
    }
    if (keys.length > 20) out['...'] = `${keys.length - 20} more`;
    return out;
  } catch {
    return Object.prototype.toString.call(obj);
  }
}

function show(value: unknown, lang: Lang = 'en'): string {
  if (value === undefined) return lang === 'fr' ? 'rien' : 'nothing';
  if (typeof value === 'string') return JSON.stringify(value);
  if (typeof value === 'number' || typeof value === 'boolean' || value === null) return String(value);
  try {
    const json = JSON.stringify(value);
    if (json === undefined) return String(value);
    return json.length > 80 ? `${json.slice(0, 77)}...` : json;
  } catch {
    return Object.prototype.toString.call(value);
  }
}

/**
 * Builds an {@link Issue} with its messages in English and French; the received value is kept as a safe
 * copy ({@link safeReceived}).
 */
export function issue(path: readonly (string | number)[], received: unknown, expected: Expected): Issue {
  const safe = safeReceived(received);
  const text = expectedIn(expected);
  const where = formatPath(path);
  return {
    path: path.map((p) => (typeof p === 'number' || typeof p === 'string' ? p : String(p))),
    received: safe,
    expected: text.en,
    message: `${where}: received ${show(safe)}, expected ${text.en}`,
    expectedFr: text.fr,
    messageFr: `${where} : reçu ${show(safe, 'fr')}, attendu ${text.fr}`,
  };
}

const CODES: ReadonlySet<string> = new Set<ErrorCode>(['invalid-input', 'not-in-force', 'missing-parameter']);

/** True for an issue as {@link issue} makes it (the texts an error shows are strings, the path an array). */
function isIssue(value: unknown): value is Issue {
  if (typeof value !== 'object' || value === null) return false;
  try {
    const i = value as Record<string, unknown>;
    return Array.isArray(i['path']) && typeof i['message'] === 'string' && typeof i['expected'] === 'string' && typeof i['messageFr'] === 'string' && typeof i['expectedFr'] === 'string';
  } catch {
    return false;
  }
}

/** The library's error: a code and the list of issues, each with path, received value and expectation. */
export class ExerciceCoordonneError extends Error {
  readonly code: ErrorCode;
  readonly issues: readonly Issue[];
  /** Brand checked by {@link isExerciceCoordonneError}. */
  readonly [BRAND] = true as const;

  constructor(code: ErrorCode, issues: readonly Issue[]) {
    if (!CODES.has(code as string) || !Array.isArray(issues) || issues.length === 0 || !issues.every(isIssue)) {
      // Made by a caller with odd arguments: the library's own error about them, never a TypeError.
      const bad = !CODES.has(code as string) ? issue(['code'], code, { en: 'an error code: invalid-input, not-in-force or missing-parameter', fr: 'un code d’erreur : invalid-input, not-in-force ou missing-parameter' })
        : issue(['issues'], issues, { en: 'a non-empty array of issues, each { path, received, expected, message, expectedFr, messageFr }', fr: 'un tableau non vide de problèmes, chacun { path, received, expected, message, expectedFr, messageFr }' });
      code = 'invalid-input';
      issues = [bad];
    }
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

  /** The message in a language: the first issue's, and how many more (`message` is the English one). */
  messageIn(lang: Lang): string {
    if (lang === 'en') return this.message;
    const first = this.issues[0];
    const more = this.issues.length > 1 ? ` (et ${this.issues.length - 1} autre${this.issues.length > 2 ? 's' : ''})` : '';
    return first ? `${first.messageFr}${more}` : this.code;
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
  if (typeof value !== 'object' || value === null) return false;
  try {
    return (value as Record<symbol, unknown>)[BRAND] === true;
  } catch {
    return false; // a revoked Proxy, a throwing getter: not ours
  }
}

/** Raises an `invalid-input` error for one field. */
export function invalid(path: readonly (string | number)[], received: unknown, expected: Expected): never {
  throw new ExerciceCoordonneError('invalid-input', [issue(path, received, expected)]);
}
