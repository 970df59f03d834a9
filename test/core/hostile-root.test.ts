/**
 * The package root's core functions under hostile arguments (fixed seed): every function that
 * `import('exercice-coordonne')` gives outside the scheme objects returns a value (no NaN, no Infinity in
 * what it writes) or raises the library's error, naming the argument, in French and in English — never a
 * plain TypeError or an internal RangeError.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import Decimal from 'decimal.js';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as root from '../../src/package.js';
import { RESULT_KIND } from '../../src/core/result.js';
import { HOSTILE_RUNS, oddValue } from '../support/hostile.js';

const SCHEMES = new Set(['assistantMedical', 'aciMsp', 'aciCpts']);
type Fn = (...args: unknown[]) => unknown;
const FUNCTIONS = Object.entries(root).filter(([name, v]) => typeof v === 'function' && !SCHEMES.has(name)) as [string, Fn][];

const EXAMPLE = root.aciMsp.yearlyRemuneration(JSON.parse(readFileSync(join(import.meta.dirname, '../../examples/aci-msp/msp.json'), 'utf8')) as never);
const ISSUE = { path: ['a'], received: 1, expected: 'x', message: 'a: received 1, expected x', expectedFr: 'x fr', messageFr: 'a : reçu 1, attendu x fr' };

/** A valid call of each function: the property replaces one argument by a hostile value, or calls with hostile arguments only. */
const VALID: Record<string, readonly unknown[]> = {
  ExerciceCoordonneError: ['invalid-input', [ISSUE]],
  isExerciceCoordonneError: [new Error('x')],
  formatPath: [['doctor', 'patientele', 0]],
  formatEuro: [new Decimal('1234.5'), { symbol: false }],
  formatDecimalFr: ['1234.5678', 2],
  isEuroAmount: [EXAMPLE.total],
  isRatio: [new Decimal('0.5')],
  euroIn: ['en', '1234.5', { symbol: true }],
  decimalIn: ['fr', 1045, 1],
  percentIn: ['fr', '0.7805', 2],
  dateIn: ['fr', '2024-03-01'],
  isIsoDate: ['2024-02-29'],
  contractYear: ['2024-02-29', 2],
  periodAt: [root.aciMsp.PARAMETERS.get('msp.point-value'), '2024-01-01'],
  explanationLines: [EXAMPLE.explanation, 'en'],
  Result: [() => []],
  PaidResult: [() => [], () => []],
  resultKind: [EXAMPLE],
  isResult: [EXAMPLE, 'aci-msp.year'],
  totalsOf: [root.aciMsp.SUMMARY_COLUMNS, root.aciMsp.summaryRows(EXAMPLE)],
  formatCell: [root.aciMsp.SUMMARY_COLUMNS[0], 'MSP', 'fr'],
  runBatch: [[1, 2], (x: unknown) => x],
  placeholdersOf: ['Le point vaut {msp.point-value}.'],
  paragraphText: [{ texts: ['avenant-1'], text: 'Texte' }],
  paragraphApplies: ['Texte', 'avenant-1'],
};

const isClass = (f: Fn) => /^class\b/.test(Function.prototype.toString.call(f));

/** Calls a function of the root, or constructs a class (a subclass for the abstract results). */
function call(name: string, f: Fn, args: readonly unknown[]): unknown {
  if (!isClass(f)) return f(...args);
  if (name === 'Result' || name === 'PaidResult') {
    const Base = f as unknown as new (...a: unknown[]) => object;
    const Sub = class extends Base {
      get [RESULT_KIND](): string {
        return 'test.result';
      }
    };
    return new Sub(...args);
  }
  return new (f as unknown as new (...a: unknown[]) => unknown)(...args);
}

/** Odd values, and objects in disguise: null-prototype, Proxy, Decimal NaN and ±Infinity. */
const hostile: fc.Arbitrary<unknown> = fc.oneof(
  oddValue,
  fc.constantFrom<unknown>(
    Object.create(null),
    Object.assign(Object.create(null) as object, { fr: 'a', en: 'b', key: 'k', kind: 'euro', periods: [] }),
    new Proxy({}, {}),
    new Proxy([], {}),
    new Proxy({ text: 'x', texts: ['a'] }, {}),
    new Proxy(['a', 0], {}),
    new Decimal(NaN),
    new Decimal(Infinity),
    new Decimal(-Infinity),
    [null],
    [{}],
    [{ label: null }],
    [{ label: { fr: 'a', en: 'b' }, status: 'verified', sources: [null] }],
    [{ key: 'total', kind: 'euro', total: true }],
    [{ total: NaN }],
    { periods: [{ from: 'x' }] },
    { periods: null },
    { symbol: 'yes' },
    { texts: [1], text: 'x' },
    'fr',
    'en',
    'euro',
    'date',
    'boolean',
    'text',
  ),
);

/** The result of a call meets the contract: a value that writes no NaN or Infinity, or the library's error, bilingual, naming its argument. */
function expectValueOrLibraryError(name: string, run: () => unknown): 'value' | 'error' {
  let value: unknown;
  try {
    value = run();
  } catch (e) {
    expect(root.isExerciceCoordonneError(e), `${name} threw ${String(e)}`).toBe(true);
    const err = e as root.ExerciceCoordonneError;
    expect(err.code).toBe('invalid-input');
    for (const i of err.issues) {
      expect(i.path.length, err.message).toBeGreaterThan(0);
      expect(i.expectedFr, `no French for: ${i.message}`).not.toBe(i.expected);
    }
    expect(() => JSON.stringify(err)).not.toThrow();
    return 'error';
  }
  const texts = typeof value === 'string' ? [value] : Array.isArray(value) && value.every((v) => typeof v === 'string') ? (value as string[]) : [];
  for (const t of texts) expect(t, `${name} wrote ${t}`).not.toMatch(/NaN|Infinity|∞/);
  if (Decimal.isDecimal(value)) expect((value as Decimal).isFinite()).toBe(true);
  if (name === 'totalsOf') for (const d of Object.values(value as object)) expect((d as Decimal).isFinite()).toBe(true);
  return 'value';
}

describe('the package root’s core functions (fixed seed)', () => {
  it('every function of the root has a valid call in this suite (a new one must be added, guarded)', () => {
    expect(FUNCTIONS.map(([n]) => n).sort()).toEqual(Object.keys(VALID).sort());
  });

  it('internal tools are not exported by the root: valueAt, ParameterReader, lintTable', () => {
    for (const name of ['valueAt', 'ParameterReader', 'lintTable']) expect(name in root, name).toBe(false);
  });

  it('each valid call gives a value', () => {
    for (const [name, f] of FUNCTIONS) expect(expectValueOrLibraryError(name, () => call(name, f, VALID[name]!)), name).toBe('value');
  });

  it('a valid call with one argument replaced by a hostile value (undefined, null, NaN, ±Infinity, strings, objects, arrays, Proxy, null-prototype) gives a value or the library’s error, bilingual', () => {
    const seen = { value: 0, error: 0 };
    fc.assert(
      fc.property(fc.constantFrom(...FUNCTIONS), fc.nat(), hostile, ([name, f], pick, odd) => {
        const args = [...VALID[name]!];
        args[pick % Math.max(1, args.length)] = odd;
        seen[expectValueOrLibraryError(name, () => call(name, f, args))]++;
      }),
      { ...HOSTILE_RUNS, numRuns: 2000 },
    );
    expect(seen.error).toBeGreaterThan(500);
    expect(seen.value).toBeGreaterThan(100);
  });

  it('hostile arguments only (none to four) give a value or the library’s error, bilingual', () => {
    fc.assert(
      fc.property(fc.constantFrom(...FUNCTIONS), fc.array(hostile, { maxLength: 4 }), ([name, f], args) => {
        expectValueOrLibraryError(name, () => call(name, f, args));
      }),
      { ...HOSTILE_RUNS, numRuns: 2000 },
    );
  });

  it('the review’s cases: each now the library’s error, naming the argument', () => {
    const field = (run: () => unknown) => {
      try {
        run();
      } catch (e) {
        if (root.isExerciceCoordonneError(e)) return e.field;
        throw e;
      }
      throw new Error('expected an error');
    };
    expect(field(() => root.formatEuro(NaN))).toBe('amount');
    expect(field(() => root.formatEuro(Infinity))).toBe('amount');
    expect(field(() => root.explanationLines(undefined as never))).toBe('explanation');
    expect(field(() => root.totalsOf(null as never, []))).toBe('columns');
    expect(field(() => root.formatPath(null as never))).toBe('path');
    expect(field(() => root.paragraphText(null as never))).toBe('paragraph');
    expect(field(() => root.contractYear(undefined as never, 1))).toBe('start');
    expect(field(() => root.contractYear('2024-01-01', 0))).toBe('n');
    expect(field(() => root.periodAt(null as never, '2024-01-01'))).toBe('param');
    expect(field(() => root.totalsOf(root.aciMsp.SUMMARY_COLUMNS, [{ total: NaN }] as never))).toBe('rows[0].total');
  });

  it('UNIT_BOUNDS is frozen: a caller cannot widen every override of every caller', () => {
    expect(Object.isFrozen(root.UNIT_BOUNDS)).toBe(true);
    expect(Object.isFrozen(root.UNIT_BOUNDS.EUR)).toBe(true);
    expect(Object.isFrozen(root.UNIT_BOUNDS.EUR.what)).toBe(true);
  });
});
