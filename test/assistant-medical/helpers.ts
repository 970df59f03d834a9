import fc from 'fast-check';
import { expect, it } from 'vitest';
import { isExerciceCoordonneError, type Issue } from '../../src/core/errors.js';
import { HOSTILE_RUNS, disguises, expectResultOrLibraryError, leafPaths, oddValue, withField } from '../support/hostile.js';

export { errorOf } from '../support/errors.js';

/**
 * Issues whose French expectation may be the English one, each with its reason. None: every message of
 * the scheme and of core has its French text (a bare list of codes would still say « l’une des valeurs »).
 */
export const SAME_IN_FRENCH: readonly { readonly path: RegExp; readonly why: string }[] = [];

/**
 * What is not prose in a French expectation, left out before looking for English words: quoted values
 * ("1/2", "2024-09-01"), quoted names (« zip »), code ({ signedOn, … }, [{ year: 3 }]), parameter ids and
 * field paths (am.contract.duration-years, thresholds.p70). The note of a parameter that core quotes is
 * prose like the rest: its French text, checked as such.
 */
function prose(text: string): string {
  return text
    .replace(/"[^"]*"/g, '')
    .replace(/« [^»]* »/g, '')
    .replace(/\{[^}]*\}|\[[^\]]*\]/g, '')
    .replace(/[\w-]+(?:\.[\w-]+)+/g, '');
}

/** English words that French prose never has: one left in a French text means a part was not translated. */
const ENGLISH = /\b(the|and|or|of|with|from|to|such|at most|at least|whole|number|expected|received|years?|must|which|cannot|before|after|between|only|already|listed|pass|give)\b/i;

/** The French of one issue: not the English text, and no English word in its prose. */
export function expectFrench(i: Issue): void {
  const exception = SAME_IN_FRENCH.find((x) => x.path.test(i.path.join('.')));
  if (exception) return;
  expect(i.expectedFr, `${i.message} — no French text`).not.toBe(i.expected);
  expect(i.messageFr, i.message).not.toBe(i.message);
  expect(prose(i.expectedFr), `English left in « ${i.expectedFr} »`).not.toMatch(ENGLISH);
}

/**
 * Counts and checks the library errors raised through {@link FrenchCheck.run}: every issue of each has its
 * French text ({@link expectFrench}).
 */
export class FrenchCheck {
  /** Issues checked so far. */
  issues = 0;

  /** Runs `fn`; a library error it raises is checked, then raised again. */
  run<R>(fn: () => R): R {
    try {
      return fn();
    } catch (e) {
      this.error(e);
      throw e;
    }
  }

  /** Checks a library error (anything else is left to the caller). */
  error(e: unknown): void {
    if (!isExerciceCoordonneError(e)) return;
    for (const i of e.issues) {
      expectFrench(i);
      this.issues++;
    }
  }
}

/** Every path of a record, its objects and arrays included (not only its leaves), the record itself first. */
export function allPaths(input: unknown, prefix: (string | number)[] = []): (string | number)[][] {
  if (typeof input !== 'object' || input === null) return [prefix];
  const entries = Array.isArray(input) ? input.map((v, i) => [i, v] as const) : Object.entries(input);
  return [prefix, ...entries.flatMap(([k, v]) => allPaths(v, [...prefix, k]))];
}

/** Wrong values put in place of a field or an object, or the field removed (`undefined`). */
export const WRONG_VALUES: readonly unknown[] = [undefined, null, 'x', -1, 1.5, 1e9, true, {}, [], '2024-13-01'];

/** A public function under the hostile properties: how to generate its valid inputs, run it and check a result. */
export interface HostileFunction {
  readonly name: string;
  readonly arb: fc.Arbitrary<unknown>;
  readonly run: (input: unknown) => unknown;
  readonly check: (result: never, input: never) => void;
}

/**
 * The two fixed-seed properties of every public function of a contract (individual or collective): valid
 * inputs give a result within legal bounds, the same through frozen, null-prototype and Proxy copies; one
 * field replaced by an odd value gives such a result or the library's error, never a crash — and every issue
 * of every error has its French text.
 */
export function hostileProperties(functions: readonly HostileFunction[]): void {
  for (const f of functions) {
    const check = f.check as (r: unknown, input: unknown) => void;
    const arb = f.arb as fc.Arbitrary<Record<string, unknown>>;
    it(`${f.name}: valid inputs give a result within legal bounds, the same through frozen, null-prototype and Proxy copies (every error also in French)`, () => {
      const french = new FrenchCheck();
      fc.assert(
        fc.property(arb, (input) => {
          const result = expectResultOrLibraryError(() => french.run(() => f.run(input)), (r) => check(r, input));
          const json = JSON.stringify(result ?? null);
          for (const copy of disguises(input)) {
            let again: unknown = null;
            try {
              again = f.run(copy);
            } catch (e) {
              expect(isExerciceCoordonneError(e)).toBe(true);
              french.error(e);
              expect(result).toBeUndefined();
              continue;
            }
            expect(JSON.stringify(again)).toBe(json);
          }
        }),
        { seed: HOSTILE_RUNS.seed, numRuns: 150 },
      );
    });

    it(`${f.name}: one field replaced by an odd value gives a result within legal bounds or the library’s error, never a crash; every issue of every error has its French text`, () => {
      const french = new FrenchCheck();
      fc.assert(
        fc.property(
          arb.chain((input) => fc.tuple(fc.constant(input), fc.constantFrom(...leafPaths(input)), oddValue)),
          ([input, path, value]) => {
            const mutated = withField(input, path, value);
            expectResultOrLibraryError(() => french.run(() => f.run(mutated)), (r) => check(r, mutated));
          },
        ),
        HOSTILE_RUNS,
      );
      expect(french.issues).toBeGreaterThan(0);
    });
  }
}
