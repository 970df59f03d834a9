/**
 * Bad input: each raises the library's validation error naming the field, the value and what was expected.
 */
import { describe, expect, it } from 'vitest';
import { assistantMedical as am } from '../../src/index.js';
import { errorOf } from './helpers.js';

const ok = { signedOn: '2024-09-01', hiredOn: '2024-10-01', option: '1/2', band: 'P30-P50', year: 1 } as const;

describe('validation of yearlyAid', () => {
  it.each([
    ['signedOn', '2023-02-29', 'YYYY-MM-DD'],
    ['signedOn', '01/09/2024', 'YYYY-MM-DD'],
    ['hiredOn', 20241001, 'YYYY-MM-DD'],
    ['option', '2/3', 'one of "1/3", "1/2", "1"'],
    ['band', 'P20-P30', 'one of "P30-P50"'],
    ['year', 0, 'a contract year'],
    ['year', 1.5, 'a contract year'],
    ['startingPatients', -1, 'a whole number of patients from 0 to 100000'],
    ['startingPatients', 10.5, 'a whole number of patients from 0 to 100000'],
    ['startingPatients', Number.NaN, 'a whole number of patients from 0 to 100000'],
  ])('%s = %j is refused', (field, value, expected) => {
    const e = errorOf(() => am.yearlyAid({ ...ok, [field]: value } as never));
    expect(e.code).toBe('invalid-input');
    const i = e.issues.find((x) => x.path[0] === field)!;
    expect(i).toBeDefined();
    expect(Object.is(i.received, value)).toBe(true);
    expect(i.expected).toContain(expected);
    expect(e.message).toContain(field);
  });

  it('a negative or fractional number of patients reached is refused', () => {
    for (const reachedPatients of [-5, 12.25]) {
      const e = errorOf(() => am.yearlyAid({ ...ok, year: 3, startingPatients: 900, achievement: { reachedPatients } }));
      expect(e.issues[0]!.path).toEqual(['achievement', 'reachedPatients']);
    }
  });

  it('a misspelt field is refused rather than ignored', () => {
    const e = errorOf(() => am.yearlyAid({ ...ok, hireOn: '2024-10-01' } as never));
    expect(e.issues.map((i) => i.path.join('.'))).toContain('hireOn');
  });

  it('an unknown override id or a bad override value is refused', () => {
    expect(errorOf(() => am.yearlyAid({ ...ok, overrides: { 'am.nope': '1' } as never })).issues[0]!.path).toEqual(['overrides', 'am.nope']);
    expect(errorOf(() => am.yearlyAid({ ...ok, overrides: { 'am.aid.ceiling.etp-1-2.year-1': '-3' } })).issues[0]!.path).toEqual([
      'overrides',
      'am.aid.ceiling.etp-1-2.year-1',
    ]);
    expect(errorOf(() => am.yearlyAid({ ...ok, overrides: { 'am.modulation.rule': 'quadratic' } })).issues[0]!.expected).toContain('"linear"');
  });

  it('a band is needed, or a starting patientèle to derive it', () => {
    const { band: _band, ...noBand } = ok;
    expect(errorOf(() => am.yearlyAid(noBand)).issues[0]!.path).toEqual(['band']);
  });

  it('a second-assistant option before year 3 is refused', () => {
    const e = errorOf(() => am.yearlyAid({ ...ok, option: '1.5', year: 2 }));
    expect(e.issues[0]!.path).toEqual(['year']);
  });

  it('regimeOf refuses a date that does not exist', () => {
    expect(errorOf(() => am.regimeOf({ signedOn: '2024-13-01' })).issues[0]!.path).toEqual(['signedOn']);
    expect(errorOf(() => am.regimeOf('2024-13-01')).issues[0]!.path).toEqual(['signedOn']);
  });

  it('the error serialises to JSON with its issues', () => {
    const e = errorOf(() => am.yearlyAid({ ...ok, year: -1 }));
    expect(JSON.parse(JSON.stringify(e))).toMatchObject({ code: 'invalid-input', issues: [{ path: ['year'], received: -1 }] });
  });
});

describe('validation of checkEligibility', () => {
  it('an unknown sector, zone or a clinical share above 1 names the field', () => {
    const doctor = { specialty: 'medecine-generale', sector: '1', zone: 'none', patientele: { medecinTraitant: 1000 } };
    const bad = (patch: Record<string, unknown>) => errorOf(() => am.checkEligibility({ signedOn: '2024-09-01', option: '1/2', doctor: { ...doctor, ...patch } as never }));
    expect(bad({ sector: '3' }).issues[0]!.path).toEqual(['doctor', 'sector']);
    expect(bad({ zone: 'zrr' }).issues[0]!.path).toEqual(['doctor', 'zone']);
    expect(bad({ clinicalFeeShare: 1.2 }).issues[0]!.path).toEqual(['doctor', 'clinicalFeeShare']);
    expect(bad({ specialty: 'Médecine Générale' }).issues[0]!.path).toEqual(['doctor', 'specialty']);
    expect(bad({ patientele: { medecinTraitant: -1 } }).issues[0]!.path).toEqual(['doctor', 'patientele', 'medecinTraitant']);
  });
});
