/**
 * The golden cases of every scheme, read from data files: `test/golden/<scheme>.yaml`, one case per entry,
 * each citing the source of its numbers. A case calls one public function of the scheme with one input
 * and states either the figures expected (a subset of the result's JSON: amounts as "1234.50") or the
 * error expected (its code and the path of the field it names).
 *
 * ```yaml
 * - name: Avenant 7, 1/2 ETP, P30-P50, year 4 read on the 2024 table
 *   source: ameli.fr, « Ce qui change dès juin 2024 » (https://…)
 *   call: yearlyAid
 *   input: { signedOn: 2021-09-15, hiredOn: 2021-10-04, option: 1/2, band: P30-P50, year: 4 }
 *   expect: { ceiling: "11000.00" }
 * - name: 1/3 ETP closed to contracts signed from 1 May 2023
 *   source: …
 *   call: yearlyAid
 *   input: { … }
 *   error: { code: invalid-input, path: option }
 * ```
 *
 * An expected key written `list[field=value]` picks, in the result's array `list`, the element whose
 * `field` is `value` (so a case can pin one indicator of a year without listing them all):
 *
 * ```yaml
 *   expect: { "byIndicator[id=si-standard]": { points: "3100", value: "21700.00" } }
 * ```
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import * as lib from '../src/index.js';
import { isExerciceCoordonneError } from '../src/core/errors.js';
import { formatPath } from '../src/core/errors.js';

const DIR = join(import.meta.dirname, 'golden');

/** The scheme namespace of each golden file. */
const SCHEMES: Record<string, Record<string, unknown>> = {
  'assistant-medical': lib.assistantMedical as unknown as Record<string, unknown>,
  'assistant-medical-collective': lib.assistantMedical.collective as unknown as Record<string, unknown>,
  'aci-msp': lib.aciMsp as unknown as Record<string, unknown>,
  'aci-cpts': lib.aciCpts as unknown as Record<string, unknown>,
};

interface GoldenCase {
  readonly name: string;
  readonly source: string;
  /** A public function of the scheme; `collective.yearlyAid` reaches into a nested namespace. */
  readonly call: string;
  readonly input: unknown;
  readonly expect?: unknown;
  readonly error?: { readonly code: string; readonly path?: string };
}

function functionOf(scheme: Record<string, unknown>, call: string): (input: unknown) => unknown {
  let target: unknown = scheme;
  for (const part of call.split('.')) target = (target as Record<string, unknown> | undefined)?.[part];
  if (typeof target !== 'function') throw new Error(`golden case: no function ${call}`);
  return target as (input: unknown) => unknown;
}

const SELECTOR = /^(.+)\[([^=\]]+)=([^\]]*)\]$/;

/**
 * The result's JSON with the elements that the expectation's `list[field=value]` keys pick added under
 * those keys (recursively), so that `toMatchObject` compares them; everything else is left as it is.
 */
function withSelections(actual: unknown, expected: unknown): unknown {
  if (typeof expected !== 'object' || expected === null || typeof actual !== 'object' || actual === null) return actual;
  if (Array.isArray(expected)) {
    return Array.isArray(actual) ? actual.map((a, i) => withSelections(a, expected[i])) : actual;
  }
  const out: Record<string, unknown> = { ...(actual as Record<string, unknown>) };
  for (const [key, value] of Object.entries(expected)) {
    const m = SELECTOR.exec(key);
    if (m) {
      const list = out[m[1]!];
      const found = Array.isArray(list) ? list.find((e) => typeof e === 'object' && e !== null && String((e as Record<string, unknown>)[m[2]!]) === m[3]) : undefined;
      out[key] = withSelections(found, value);
    } else if (key in out) {
      out[key] = withSelections(out[key], value);
    }
  }
  return out;
}

const files = readdirSync(DIR).filter((f) => f.endsWith('.yaml'));

describe('golden cases (test/golden/*.yaml)', () => {
  it('finds golden files for every scheme', () => {
    expect(files.map((f) => f.replace(/\.yaml$/, '')).filter((s) => s in SCHEMES).length).toBeGreaterThan(0);
  });

  for (const file of files) {
    const schemeName = file.replace(/\.yaml$/, '');
    const scheme = SCHEMES[schemeName];
    const cases = parse(readFileSync(join(DIR, file), 'utf8')) as GoldenCase[];
    describe(file, () => {
      it('every case names its source and a function of the scheme', () => {
        expect(scheme).toBeDefined();
        for (const c of cases) {
          expect(c.source, c.name).toMatch(/\S{6,}/);
          expect(() => functionOf(scheme!, c.call), c.name).not.toThrow();
          expect(c.expect === undefined, `${c.name}: expect or error, one of them`).toBe(c.error !== undefined);
        }
      });
      for (const c of cases) {
        it(`${c.name} — ${c.source}`, () => {
          const run = () => functionOf(scheme!, c.call)(c.input);
          if (c.error) {
            let caught: unknown;
            try {
              run();
            } catch (e) {
              caught = e;
            }
            expect(isExerciceCoordonneError(caught), `${c.name}: expected the library's error`).toBe(true);
            const e = caught as lib.ExerciceCoordonneError;
            expect(e.code).toBe(c.error.code);
            if (c.error.path !== undefined) expect(e.issues.map((i) => formatPath(i.path))).toContain(c.error.path);
            return;
          }
          const json = JSON.parse(JSON.stringify(run())) as unknown;
          expect(withSelections(json, c.expect)).toMatchObject(c.expect as object);
        });
      }
    });
  }
});
