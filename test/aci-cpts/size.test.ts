import { describe, expect, it } from 'vitest';
import { sizeClass } from '../../src/aci-cpts/index.js';
import { errorOf } from './helpers.js';

// Thresholds: ARS Hauts-de-France portal and press (fact sheet §2): < 40 000 / 40 000–80 000 / 80 000–175 000 / > 175 000.
describe('size class (taille) from the population covered', () => {
  it('the day before, on and after each threshold (default readings: 40 000 → 2, 80 000 → 3, 175 000 → 3)', () => {
    const size = (population: number) => sizeClass({ population, on: '2024-01-01' }).size;
    expect([0, 39999, 40000, 40001].map(size)).toEqual([1, 1, 2, 2]);
    expect([79999, 80000, 80001].map(size)).toEqual([2, 3, 3]);
    expect([174999, 175000, 175001, 2000000].map(size)).toEqual([3, 3, 4, 4]);
  });

  it('returns the thresholds used and which size a population at a threshold belongs to', () => {
    const r = sizeClass({ population: 91000, on: '2024-01-01' });
    expect(r.thresholds).toEqual([
      { between: [1, 2], population: 40000, atThreshold: 'upper' },
      { between: [2, 3], population: 80000, atThreshold: 'upper' },
      { between: [3, 4], population: 175000, atThreshold: 'lower' },
    ]);
    expect(r.explanation[0]!.label.en).toContain('Size 3');
    expect(r.explanation[0]!.alternatives?.map((a) => a.value)).toEqual([1, 2, 4]);
    expect(r.explanation[0]!.status).toBe('assumption');
  });

  it('boundary inclusivity is a parameter: overriding it moves exactly the boundary population', () => {
    const at = (population: number, choice: 'lower' | 'upper') =>
      sizeClass({ population, on: '2024-01-01', overrides: { 'cpts.size.at-threshold.1-2': choice, 'cpts.size.at-threshold.3-4': choice } }).size;
    expect([at(40000, 'lower'), at(40000, 'upper')]).toEqual([1, 2]);
    expect([at(175000, 'lower'), at(175000, 'upper')]).toEqual([3, 4]);
    expect([at(39999, 'upper'), at(40001, 'lower')]).toEqual([1, 2]);
  });

  it('a negative or fractional population, a bad date, a date before the ACI are errors naming the field', () => {
    expect(errorOf(() => sizeClass({ population: -1, on: '2024-01-01' })).issues[0]).toMatchObject({ path: ['population'], received: -1, expected: 'a whole number of inhabitants from 0 to 10,000,000' });
    expect(errorOf(() => sizeClass({ population: 1.5, on: '2024-01-01' })).issues[0]!.path).toEqual(['population']);
    expect(errorOf(() => sizeClass({ population: Number.NaN, on: '2024-01-01' })).issues[0]!.path).toEqual(['population']);
    expect(errorOf(() => sizeClass({ population: 1000, on: '2024-02-30' })).issues[0]!.path).toEqual(['on']);
    const e = errorOf(() => sizeClass({ population: 1000, on: '2019-08-24' }));
    expect(e.code).toBe('not-in-force');
    expect(e.issues[0]!.path).toEqual(['on']);
  });

  it('thresholds overridden out of order are refused (the size must stay monotone in population)', () => {
    const e = errorOf(() => sizeClass({ population: 1000, on: '2024-01-01', overrides: { 'cpts.size.threshold.2-3': '30000' } }));
    expect(e.issues[0]!.path).toEqual(['overrides', 'cpts.size.threshold.2-3']);
    expect(errorOf(() => sizeClass({ population: 1000, on: '2024-01-01', overrides: { 'cpts.size.treshold.1-2': '1' } as never })).issues[0]!.path).toEqual([
      'overrides',
      'cpts.size.treshold.1-2',
    ]);
  });
});
