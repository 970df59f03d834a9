import { describe, expect, it } from 'vitest';
import { reliability, step, weakest } from '../../src/core/explain.js';

const made = (status: 'verified' | 'unverified' | 'assumption' | 'unknown' | 'caller', value: string | null) =>
  step({ rule: `test.${status}`, label: { fr: status, en: status }, value, status });

describe('how sure the figures of some steps are (reliability)', () => {
  it('is the least certain status of the steps that gave a value', () => {
    expect(reliability([made('verified', '1.00'), made('unverified', '2.00'), made('caller', '3')])).toBe('unverified');
    expect(reliability([made('assumption', '1.00'), made('unverified', '2.00')])).toBe('assumption');
    expect(reliability([])).toBe('verified');
  });

  it('a step without a value (a check not made, an amount not computed) does not lower it, though it keeps its own status', () => {
    const notChecked = made('unknown', null);
    expect(notChecked.status).toBe('unknown');
    expect(reliability([made('assumption', '397500.00'), notChecked])).toBe('assumption');
    expect(weakest([made('assumption', '397500.00'), notChecked].map((s) => s.status))).toBe('unknown');
    // A step whose value is unknown but given (a figure the caller passed) still counts.
    expect(reliability([made('verified', '1.00'), made('unknown', '5')])).toBe('unknown');
  });
});
