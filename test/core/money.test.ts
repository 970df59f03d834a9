import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { Dec, allocate, euro, formatEuro, formatDecimalFr, roundToCent, sum, toDecimal } from '../../src/core/money.js';
import { isExerciceCoordonneError } from '../../src/core/errors.js';

describe('money', () => {
  it('formats euros exactly as Intl fr-FR does', () => {
    const intl = new Intl.NumberFormat('fr-FR', { style: 'currency', currency: 'EUR' });
    for (const cents of [0, 1, 99, 100, 123456, 1100000, 3800000, 123456789012]) {
      const d = new Dec(cents).dividedBy(100);
      expect(formatEuro(d)).toBe(intl.format(cents / 100));
    }
  });

  it('formats large amounts without going through a float', () => {
    expect(formatEuro(new Dec('12345678901234567.89'))).toBe('12\u202f345\u202f678\u202f901\u202f234\u202f567,89\u00a0€');
    expect(formatDecimalFr(new Dec('2212.8'))).toBe('2\u202f212,8');
  });

  it('serialises a result amount as a string with two decimals', () => {
    expect(JSON.stringify({ a: euro('11000') })).toBe('{"a":"11000.00"}');
    expect(JSON.stringify({ a: euro('8767.5') })).toBe('{"a":"8767.50"}');
  });

  it('refuses a result amount with sub-cent digits or a negative sign', () => {
    expect(() => euro('0.001')).toThrow(/whole number of cents/);
    expect(() => euro('-1')).toThrow(/negative/);
  });

  it('rounds half up at the cent by default and down on request', () => {
    expect(roundToCent(new Dec('1.005')).toFixed(2)).toBe('1.01');
    expect(roundToCent(new Dec('1.009'), 'down').toFixed(2)).toBe('1.00');
  });

  it('reads decimal strings and finite numbers, and names the field otherwise', () => {
    expect(toDecimal('0.1').plus(toDecimal(0.2)).toFixed()).toBe('0.3');
    try {
      toDecimal('1e3', ['amount']);
      expect.unreachable();
    } catch (e) {
      expect(isExerciceCoordonneError(e)).toBe(true);
      expect((e as Error).message).toContain('amount');
    }
  });

  it('allocate: parts are whole cents and always add up to the total', () => {
    fc.assert(
      fc.property(
        fc.bigInt({ min: 0n, max: 10_000_000_00n }),
        fc.array(fc.integer({ min: 0, max: 1000 }), { minLength: 1, maxLength: 12 }).filter((w) => w.some((x) => x > 0)),
        (cents, weights) => {
          const total = new Dec(cents.toString()).dividedBy(100);
          const parts = allocate(total, weights.map((w) => new Dec(w)));
          expect(sum(parts).equals(total)).toBe(true);
          for (const p of parts) expect(p.times(100).isInteger()).toBe(true);
          for (const p of parts) expect(p.isNegative()).toBe(false);
        },
      ),
    );
  });

  it('allocate: 100 € in three equal parts is 33.34 + 33.33 + 33.33', () => {
    expect(allocate(new Dec(100), [new Dec(1), new Dec(1), new Dec(1)]).map((p) => p.toFixed(2))).toEqual(['33.34', '33.33', '33.33']);
  });
});
