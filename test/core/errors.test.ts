import { describe, expect, it } from 'vitest';
import { ExerciceCoordonneError, invalid, isExerciceCoordonneError, issue } from '../../src/core/errors.js';

function caught(f: () => unknown): ExerciceCoordonneError {
  try {
    f();
  } catch (e) {
    if (isExerciceCoordonneError(e)) return e;
    throw e;
  }
  throw new Error('expected an error');
}

describe('errors keep a safe rendering of what they received (issue 9)', () => {
  it('JSON.stringify(error) never throws: BigInt, cycles, very deep or wide objects', () => {
    const cycle: Record<string, unknown> = { a: 1 };
    cycle['self'] = cycle;
    let deep: Record<string, unknown> = {};
    const root = deep;
    for (let i = 0; i < 10_000; i++) deep = deep['next'] = {};
    const wide = Object.fromEntries(Array.from({ length: 1000 }, (_, i) => [`k${i}`, i]));
    for (const received of [10n, cycle, root, wide, Symbol('s'), () => 1, new Array(10_000).fill(7)]) {
      const e = caught(() => invalid(['field'], received, 'something else'));
      expect(() => JSON.stringify(e)).not.toThrow();
      expect(JSON.stringify(e).length).toBeLessThan(5_000);
      expect(e.message.startsWith('field: received ')).toBe(true);
    }
    expect(issue(['x'], 10n, 'a number').received).toBe('10n');
    expect((issue(['x'], cycle, 'a number').received as Record<string, unknown>)['self']).toBe('[circular]');
  });

  it('plain values are kept as they are', () => {
    expect(issue(['x'], -3, 'a whole number ≥ 0').received).toBe(-3);
    expect(issue(['x'], { a: [1, 'b'] }, 'x').received).toEqual({ a: [1, 'b'] });
    expect(Number.isNaN(issue(['x'], Number.NaN, 'x').received)).toBe(true);
  });

  it('is recognised by its brand', () => {
    expect(isExerciceCoordonneError(new ExerciceCoordonneError('invalid-input', []))).toBe(true);
    expect(isExerciceCoordonneError(new Error('x'))).toBe(false);
  });
});
