import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { isoDate, oneOf, parseInput, ratio, wholeCount, euroAmount } from '../../src/core/validation.js';
import { isExerciceCoordonneError, type ExerciceCoordonneError } from '../../src/core/errors.js';

const schema = z.strictObject({
  on: isoDate(),
  option: oneOf(['1/3', '1/2', '1']),
  patients: wholeCount('a whole number of patients ≥ 0'),
  share: ratio(),
  amount: euroAmount().optional(),
});

function errorOf(input: unknown): ExerciceCoordonneError {
  try {
    parseInput(schema, input);
  } catch (e) {
    if (isExerciceCoordonneError(e)) return e;
    throw e;
  }
  throw new Error('expected an error');
}

describe('validation', () => {
  it('parses a good input, turning ratios into exact decimals', () => {
    const out = parseInput(schema, { on: '2024-06-22', option: '1/2', patients: 775, share: 0.8 });
    expect(out.share.toFixed()).toBe('0.8');
  });

  it('every bad field is reported with its path, the value received and what was expected', () => {
    const e = errorOf({ on: '2023-02-29', option: '2', patients: -1.5, share: 1.2, amount: '10.001', extra: true });
    expect(e.code).toBe('invalid-input');
    const byField = Object.fromEntries(e.issues.map((i) => [i.path.join('.'), i]));
    expect(byField['on']!.received).toBe('2023-02-29');
    expect(byField['on']!.expected).toContain('YYYY-MM-DD');
    expect(byField['option']!.expected).toBe('one of "1/3", "1/2", "1"');
    expect(byField['patients']!.received).toBe(-1.5);
    expect(byField['patients']!.expected).toBe('a whole number of patients ≥ 0');
    expect(byField['share']!.received).toBe(1.2);
    expect(byField['amount']!.received).toBe('10.001');
    expect(byField['extra']!.expected).toContain('no field named "extra"');
  });

  it('a missing field is reported as received nothing', () => {
    const e = errorOf({ option: '1', patients: 1, share: 0 });
    expect(e.issues[0]!.path).toEqual(['on']);
    expect(e.message).toBe('on: received nothing, expected a real calendar date written YYYY-MM-DD (years 1900-2200)');
  });

  it('NaN and Infinity are refused, never propagated', () => {
    expect(errorOf({ on: '2024-01-01', option: '1', patients: Number.NaN, share: 0 }).issues[0]!.path).toEqual(['patients']);
    expect(errorOf({ on: '2024-01-01', option: '1', patients: 1, share: Number.POSITIVE_INFINITY }).issues[0]!.path).toEqual(['share']);
  });
});
