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

describe('the errors in French, as a person reads them', () => {
  const fr = (input: unknown) => errorOf(() => am.yearlyAid(input as never)).issues[0]!.messageFr;

  it('a missing date of signature', () => {
    const { signedOn: _s, ...noSigned } = ok;
    expect(fr(noSigned)).toBe('signedOn : reçu rien, attendu une date réelle écrite AAAA-MM-JJ (années 1900 à 2200)');
  });

  it('a date written the French way', () => {
    expect(fr({ ...ok, signedOn: '01/09/2024' })).toBe('signedOn : reçu "01/09/2024", attendu une date réelle écrite AAAA-MM-JJ (années 1900 à 2200)');
  });

  it('an option or a tranche that does not exist', () => {
    expect(fr({ ...ok, option: '2/3' })).toBe(
      'option : reçu "2/3", attendu l’une des options "1/3", "1/2", "1" (ETP d’assistant financés), ou "1.5", "2" (second assistant, convention de 2024)',
    );
    expect(fr({ ...ok, band: 'P20-P30' })).toBe('band : reçu "P20-P30", attendu l’une des tranches "P30-P50", "P50-P70", "P70-P90", "P90-P95", "P95+"');
  });

  it('a second assistant before year 3', () => {
    expect(fr({ ...ok, option: '1.5', year: 2 })).toBe(
      'year : reçu 2, attendu une année de contrat d’au moins 3 : le second assistant n’est financé qu’à partir de l’année 3',
    );
  });

  it('a misspelt field and an unknown parameter', () => {
    expect(fr({ ...ok, hireOn: '2024-10-01' })).toBe('hireOn : reçu "2024-10-01", attendu aucun champ nommé « hireOn » ici : vérifiez son orthographe');
    expect(fr({ ...ok, overrides: { 'am.nope': '1' } })).toMatch(/^overrides\.am\.nope : reçu "1", attendu un identifiant de paramètre de ce dispositif/);
  });

  it('the error itself speaks French on demand, English by default', () => {
    const e = errorOf(() => am.yearlyAid({ ...ok, band: 'P20-P30' } as never));
    expect(e.messageIn('fr')).toContain('attendu l’une des tranches');
    expect(e.message).toContain('expected');
  });
});
