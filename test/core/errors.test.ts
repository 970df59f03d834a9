import { describe, expect, it } from 'vitest';
import { ExerciceCoordonneError, expectation, invalid, isExerciceCoordonneError, issue } from '../../src/core/errors.js';

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

describe('errors speak French and English', () => {
  it('an issue made from a French/English pair has both messages; messageIn picks one', () => {
    const e = caught(() => invalid(['doctor', 'age'], -3, { en: 'an age from 18 to 120', fr: 'un âge de 18 à 120 ans' }));
    expect(e.issues[0]!.message).toBe('doctor.age: received -3, expected an age from 18 to 120');
    expect(e.issues[0]!.messageFr).toBe('doctor.age : reçu -3, attendu un âge de 18 à 120 ans');
    expect(e.messageIn('fr')).toBe('doctor.age : reçu -3, attendu un âge de 18 à 120 ans');
    expect(e.messageIn('en')).toBe(e.message);
    expect(issue(['x'], undefined, { en: 'a date', fr: 'une date' }).messageFr).toBe('x : reçu rien, attendu une date');
  });

  it('an English text registered with expectation() gets its French text (zod messages are strings)', () => {
    const en = expectation({ en: 'a whole number of bananas', fr: 'un nombre entier de bananes' });
    expect(issue(['n'], 1.5, en).expectedFr).toBe('un nombre entier de bananes');
  });
});
