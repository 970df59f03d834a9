import { describe, expect, it } from 'vitest';
import { checkOverrides, lintTable, parameter, table, valueAt } from '../../src/core/parameters.js';
import { isExerciceCoordonneError, type ExerciceCoordonneError } from '../../src/core/errors.js';

const src = { title: 'Texte', url: 'https://example.org/texte', kind: 'primary' as const };
const amount = parameter({
  id: 'test.amount',
  label: { fr: 'Montant', en: 'Amount' },
  unit: 'EUR',
  periods: [
    { from: '2019-09-01', until: '2024-06-22', value: '18000', status: 'verified', sources: [src] },
    { from: '2024-06-22', value: '19000', status: 'verified', sources: [src] },
  ],
});
const unknown = parameter({
  id: 'test.unknown',
  label: { fr: 'Inconnu', en: 'Unknown' },
  unit: 'EUR',
  periods: [{ from: '2024-06-22', status: 'unknown', sources: [], note: 'not published' }],
});

function catchError(f: () => unknown): ExerciceCoordonneError {
  try {
    f();
  } catch (e) {
    if (isExerciceCoordonneError(e)) return e;
    throw e;
  }
  throw new Error('expected an error');
}

describe('parameters', () => {
  it('reads the value of the period in force, periods being half-open', () => {
    expect(valueAt(amount, '2024-06-21').value).toBe('18000');
    expect(valueAt(amount, '2024-06-22').value).toBe('19000');
    expect(valueAt(amount, '2019-09-01').period).toEqual({ from: '2019-09-01', until: '2024-06-22' });
  });

  it('a date no period covers is a not-in-force error naming the date field, never an extrapolation', () => {
    const e = catchError(() => valueAt(amount, '2019-08-31', { datePath: ['signedOn'] }));
    expect(e.code).toBe('not-in-force');
    expect(e.issues[0]!.path).toEqual(['signedOn']);
    expect(e.issues[0]!.received).toBe('2019-08-31');
    expect(e.message).toContain('test.amount');
  });

  it('an unknown value is a missing-parameter error that names the override to pass', () => {
    const e = catchError(() => valueAt(unknown, '2025-01-01'));
    expect(e.code).toBe('missing-parameter');
    expect(e.message).toContain('overrides["test.unknown"]');
    expect(valueAt(unknown, '2025-01-01', { overrides: { 'test.unknown': '1200' } }).value).toBe('1200');
  });

  it('an override wins and is marked as the caller’s', () => {
    const r = valueAt(amount, '2025-01-01', { overrides: { 'test.amount': { value: 20000, source: { title: 'my contract' } } } });
    expect(r.value).toBe('20000');
    expect(r.status).toBe('caller');
    expect(r.callerSource).toEqual({ title: 'my contract' });
  });

  it('overrides are validated: unknown ids and values of the wrong unit name the field', () => {
    const tbl = table([amount, unknown]);
    expect(catchError(() => checkOverrides(tbl, { 'test.amont': '1' })).issues[0]!.path).toEqual(['overrides', 'test.amont']);
    const e = catchError(() => checkOverrides(tbl, { 'test.amount': '-5' }));
    expect(e.issues[0]!.path).toEqual(['overrides', 'test.amount']);
    expect(e.issues[0]!.expected).toContain('≥ 0');
    expect(checkOverrides(tbl, { 'test.amount': '5' })).toEqual({ 'test.amount': '5' });
  });

  it('lintTable finds overlapping periods, missing sources and unsourced unknowns', () => {
    const bad = parameter({
      id: 'test.bad',
      label: { fr: 'x', en: 'x' },
      unit: 'EUR',
      periods: [
        { from: '2020-01-01', until: '2022-01-01', value: '1', status: 'verified', sources: [] },
        { from: '2021-01-01', value: '2', status: 'unverified', sources: [src] },
      ],
    });
    const problems = lintTable(table([bad]));
    expect(problems.some((p) => p.includes('overlaps'))).toBe(true);
    expect(problems.some((p) => p.includes('no source'))).toBe(true);
    expect(problems.some((p) => p.includes('needs a note'))).toBe(true);
    expect(lintTable(table([amount, unknown]))).toEqual([]);
  });
});
