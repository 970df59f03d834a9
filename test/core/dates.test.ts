import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  contractYear,
  contractYearOf,
  daysBetween,
  isIsoDate,
  plusDays,
  plusYears,
} from '../../src/core/dates.js';

const isoDates = fc
  .date({ min: new Date(Date.UTC(2015, 0, 1)), max: new Date(Date.UTC(2040, 11, 31)), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10));

describe('dates', () => {
  it('accepts only real calendar dates', () => {
    expect(isIsoDate('2024-02-29')).toBe(true);
    expect(isIsoDate('2023-02-29')).toBe(false);
    expect(isIsoDate('2023-13-01')).toBe(false);
    expect(isIsoDate('2023-1-01')).toBe(false);
    expect(isIsoDate('2023-01-01T00:00')).toBe(false);
    expect(isIsoDate(20230101)).toBe(false);
  });

  it('contract year n runs from the (n-1)th anniversary to the day before the nth', () => {
    expect(contractYear('2019-10-15', 1)).toEqual({ from: '2019-10-15', to: '2020-10-14' });
    expect(contractYear('2019-10-15', 3)).toEqual({ from: '2021-10-15', to: '2022-10-14' });
  });

  it('an anniversary of 29 February falls on 28 February in common years, 29 in leap years', () => {
    expect(plusYears('2020-02-29', 1)).toBe('2021-02-28');
    expect(plusYears('2020-02-29', 4)).toBe('2024-02-29');
    expect(contractYear('2020-02-29', 2)).toEqual({ from: '2021-02-28', to: '2022-02-27' });
    expect(contractYear('2020-02-29', 5)).toEqual({ from: '2024-02-29', to: '2025-02-27' });
  });

  it('counts calendar days across daylight-saving changes', () => {
    expect(daysBetween('2024-03-30', '2024-04-01')).toBe(2);
    expect(daysBetween('2024-10-26', '2024-10-28')).toBe(2);
    expect(daysBetween('2024-01-01', '2025-01-01')).toBe(366);
    expect(plusDays('2024-02-28', 2)).toBe('2024-03-01');
  });

  it('contractYearOf finds the year whose range holds the date', () => {
    fc.assert(
      fc.property(isoDates, fc.integer({ min: 0, max: 4000 }), (start, offset) => {
        const date = plusDays(start, offset);
        const n = contractYearOf(start, date);
        const r = contractYear(start, n);
        expect(r.from <= date && date <= r.to).toBe(true);
      }),
    );
    expect(contractYearOf('2020-01-01', '2019-12-31')).toBe(0);
  });

});

describe('plusYears agrees with date-fns addYears', () => {
  it('for any date and any number of years', async () => {
    const { addYears } = await import('date-fns');
    fc.assert(
      fc.property(isoDates, fc.integer({ min: -50, max: 50 }), (d, n) => {
        const [y, m, day] = d.split('-').map(Number) as [number, number, number];
        const viaDateFns = addYears(new Date(y, m - 1, day, 12), n);
        const expected = `${viaDateFns.getFullYear()}-${String(viaDateFns.getMonth() + 1).padStart(2, '0')}-${String(viaDateFns.getDate()).padStart(2, '0')}`;
        expect(plusYears(d, n)).toBe(expected);
      }),
      { numRuns: 2000 },
    );
  });
});

describe('dayBefore and dayAfter agree with plusDays', () => {
  it('for any date', async () => {
    const { dayAfter, dayBefore } = await import('../../src/core/dates.js');
    fc.assert(
      fc.property(isoDates, (d) => {
        expect(dayBefore(d)).toBe(plusDays(d, -1));
        expect(dayAfter(d)).toBe(plusDays(d, 1));
      }),
      { numRuns: 2000 },
    );
  });
});
