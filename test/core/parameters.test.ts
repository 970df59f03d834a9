import { describe, expect, it } from 'vitest';
import { ParameterReader, checkOverrides, lintTable, parameter, table, valueAt } from '../../src/core/parameters.js';
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
  periods: [{ from: '2024-06-22', status: 'unknown', sources: [], note: { fr: 'non publié', en: 'not published' } }],
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
    expect(e.issues[0]!.expected).toContain('from 0 to');
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

describe('overrides are bounded by unit, parameter range and choices (issue 9)', () => {
  const days = parameter({ id: 'test.days', label: { fr: 'Délai', en: 'Delay' }, unit: 'days', range: { max: '365' }, periods: [{ from: '2019-01-01', value: '15', status: 'verified', sources: [src] }] });
  const ratio = parameter({ id: 'test.ratio', label: { fr: 'Taux', en: 'Rate' }, unit: 'ratio', periods: [{ from: '2019-01-01', value: '0.7', status: 'verified', sources: [src] }] });
  const list = parameter({ id: 'test.list', label: { fr: 'Liste', en: 'List' }, unit: 'list', choices: ['a', 'b', 'c'], periods: [{ from: '2019-01-01', value: ['a', 'b'], status: 'verified', sources: [src] }] });
  const choice = parameter({ id: 'test.choice', label: { fr: 'Choix', en: 'Choice' }, unit: 'choice', choices: ['x', 'y'], periods: [{ from: '2019-01-01', value: 'x', status: 'verified', sources: [src] }] });
  const tbl = table([amount, days, ratio, list, choice]);
  const refused = (overrides: Record<string, unknown>) => catchError(() => checkOverrides(tbl, overrides)).issues[0]!;

  it('euros: at most two decimals and a sane maximum', () => {
    expect(refused({ 'test.amount': '1000.005' }).path).toEqual(['overrides', 'test.amount']);
    expect(refused({ 'test.amount': '1'.repeat(45) }).expected).toContain('at most 2 decimals');
    expect(refused({ 'test.amount': '100000000.01' }).expected).toContain('from 0 to 100000000');
    expect(refused({ 'test.amount': { value: '1e5' } }).path).toEqual(['overrides', 'test.amount', 'value']);
    expect(checkOverrides(tbl, { 'test.amount': '19000.50' })['test.amount']).toBe('19000.50');
  });

  it('whole units: no decimals, and the parameter’s own range', () => {
    expect(refused({ 'test.days': '1.5' }).expected).toContain('whole number of days');
    expect(refused({ 'test.days': '99999999999' }).expected).toContain('from 0 to 365');
    expect(refused({ 'test.days': '366' }).expected).toContain('from 0 to 365');
    expect(checkOverrides(tbl, { 'test.days': 365 })['test.days']).toBe(365);
  });

  it('ratios stay from 0 to 1 with a bounded number of decimals', () => {
    expect(refused({ 'test.ratio': '1.01' }).expected).toContain('from 0 to 1');
    expect(refused({ 'test.ratio': `0.${'3'.repeat(40)}` }).expected).toContain('ratio');
  });

  it('a ratio’s expectation says its range once, in French and in English', () => {
    const i = refused({ 'test.ratio': '1.5' });
    expect(i.expected).toBe('a ratio from 0 to 1 with at most 12 decimals, as a decimal string such as "1", for parameter test.ratio');
    expect(i.expectedFr).toBe('une proportion de 0 à 1 avec au plus 12 décimales, écrit comme une chaîne décimale telle que "1", pour le paramètre test.ratio');
    for (const text of [i.expected, i.expectedFr]) expect(text.match(/\b(?:from|de) 0 (?:to|à) 1\b/g)).toHaveLength(1);
  });

  it('lists: known and distinct items', () => {
    expect(refused({ 'test.list': ['a', 'a'] }).path).toEqual(['overrides', 'test.list', 1]);
    expect(refused({ 'test.list': ['a', 'z'] }).expected).toContain('"a", "b", "c"');
    expect(checkOverrides(tbl, { 'test.list': ['c'] })['test.list']).toEqual(['c']);
  });

  it('__proto__ and constructor keys are reported as unknown ids, and nothing inherited is read', () => {
    const proto = refused(JSON.parse('{"__proto__": "x"}') as Record<string, unknown>);
    expect(proto.path).toEqual(['overrides', '__proto__']);
    expect(refused({ constructor: 'x' }).path).toEqual(['overrides', 'constructor']);
    const inherited = Object.create({ 'test.amount': '1' }) as Record<string, unknown>;
    expect(valueAt(amount, '2024-06-22', { overrides: checkOverrides(tbl, inherited) }).value).toBe('19000');
  });
});

describe('ParameterReader: one typed way to read a figure', () => {
  const count = parameter({ id: 'test.count', label: { fr: 'Nombre', en: 'Count' }, unit: 'count', periods: [{ from: '2019-01-01', value: '6', status: 'verified', sources: [src] }] });
  const choice = parameter({ id: 'test.choice', label: { fr: 'Choix', en: 'Choice' }, unit: 'choice', choices: ['x', 'y'], periods: [{ from: '2019-01-01', value: 'y', status: 'verified', sources: [src] }] });
  const flag = parameter({ id: 'test.flag', label: { fr: 'Oui', en: 'Yes' }, unit: 'boolean', periods: [{ from: '2019-01-01', value: true, status: 'verified', sources: [src] }] });

  it('reads decimals, whole numbers, choices and flags typed, with the resolved parameter to cite', () => {
    const read = new ParameterReader('2024-06-22', undefined, ['signedOn']);
    const a = read.decimal(amount);
    expect(a.value.toFixed(2)).toBe('19000.00');
    expect(a.resolved.id).toBe('test.amount');
    expect(read.decimal(amount)).toBe(a);
    const n: number = read.whole(count).value;
    expect(n).toBe(6);
    const c: 'x' | 'y' = read.choice(choice).value;
    expect(c).toBe('y');
    expect(read.flag(flag).value).toBe(true);
  });

  it('an override is read in its place and cited as the caller’s', () => {
    const read = new ParameterReader('2024-06-22', checkOverrides(table([amount]), { 'test.amount': '20000' }), ['signedOn']);
    expect(read.decimal(amount).value.toFixed()).toBe('20000');
    expect(read.decimal(amount).resolved.status).toBe('caller');
  });

  it('a date no period covers names the date field', () => {
    const e = catchError(() => new ParameterReader('2019-08-31', undefined, ['hiredOn']).decimal(amount));
    expect(e.code).toBe('not-in-force');
    expect(e.issues[0]!.path).toEqual(['hiredOn']);
    expect(new ParameterReader('2024-06-22').at('2019-08-31').inForce(amount)).toBe(false);
  });
});

describe('ParameterReader: one parameter read two ways', () => {
  it('decimal and whole readings of the same figure stay apart (a cached whole number is never returned as a Decimal)', () => {
    const meetings = parameter({ id: 'x.meetings', label: { fr: 'Réunions', en: 'Meetings' }, unit: 'count', periods: [{ from: '2020-01-01', value: '6', status: 'assumption', sources: [], note: { fr: 'essai', en: 'test' } }] });
    const read = new ParameterReader('2024-01-01');
    expect(read.whole(meetings).value).toBe(6);
    expect(read.decimal(meetings).value.times(2).toFixed()).toBe('12');
    expect(read.whole(meetings).value).toBe(6);
  });
});
