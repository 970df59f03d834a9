/**
 * Reading cells the way French Excel writes them: dates, numbers, booleans, the option's aliases.
 */
import { describe, expect, it } from 'vitest';
import { CellProblem, booleanOf, converterOf, headerKey, isoDateOf, numberText, percentToRatio, valueKey } from '../../src/cli/cells.js';
import { amCommand } from '../../src/cli/am.js';

const problemOf = (v: unknown) => (v instanceof CellProblem ? v.code : undefined);

describe('dates', () => {
  it('ISO and day-first dates (/, . or -) become ISO; a midnight time is dropped', () => {
    expect(isoDateOf('2021-03-01')).toBe('2021-03-01');
    expect(isoDateOf('01/03/2021')).toBe('2021-03-01');
    expect(isoDateOf('1/3/2021')).toBe('2021-03-01');
    expect(isoDateOf('01.03.2021')).toBe('2021-03-01');
    expect(isoDateOf('01-03-2021')).toBe('2021-03-01');
    expect(isoDateOf('2021/3/1')).toBe('2021-03-01');
    expect(isoDateOf('01/03/2021 00:00')).toBe('2021-03-01');
    expect(isoDateOf('01/03/2021 00:00:00')).toBe('2021-03-01');
    expect(isoDateOf('2021-03-01T00:00:00')).toBe('2021-03-01');
  });

  it('29 February only in a leap year', () => {
    expect(isoDateOf('29/02/2024')).toBe('2024-02-29');
    expect(problemOf(isoDateOf('29/02/2023'))).toBe('no-such-date');
    expect(problemOf(isoDateOf('2023-02-29'))).toBe('no-such-date');
  });

  it('a day that does not exist, a two-digit year, a time, or no date at all is a problem, never a guess', () => {
    expect(problemOf(isoDateOf('31/02/2024'))).toBe('no-such-date');
    expect(problemOf(isoDateOf('2024-13-01'))).toBe('no-such-date');
    expect(problemOf(isoDateOf('12/31/2024'))).toBe('no-such-date'); // month first (US): not read
    expect(problemOf(isoDateOf('03/04/05'))).toBe('ambiguous-date');
    expect(problemOf(isoDateOf('01/03/2021 14:30'))).toBe('time-in-date');
    expect(problemOf(isoDateOf('44621'))).toBe('not-a-date'); // an Excel serial number: not guessed
    expect(problemOf(isoDateOf('mars 2021'))).toBe('not-a-date');
    expect(problemOf(isoDateOf('01/03/021'))).toBe('not-a-date');
  });
});

describe('numbers', () => {
  it('decimal comma or dot; thousands grouped by a space, a no-break space or a narrow no-break space', () => {
    expect(numberText('1200')).toBe('1200');
    expect(numberText('0,85')).toBe('0.85');
    expect(numberText('0.85')).toBe('0.85');
    expect(numberText('-3')).toBe('-3');
    expect(numberText('1 200')).toBe('1200');
    expect(numberText('1\u00a0200')).toBe('1200');
    expect(numberText('1\u202f200,50')).toBe('1200.50');
    expect(numberText('12 345 678')).toBe('12345678');
  });

  it('anything else is not a number (and goes to the library as written)', () => {
    expect(numberText('1,2,3')).toBeUndefined();
    expect(numberText('12 34')).toBeUndefined();
    expect(numberText('12a')).toBeUndefined();
    expect(numberText('')).toBeUndefined();
    expect(numberText('1 200.5.3')).toBeUndefined();
  });

  it('a percentage becomes a share, exactly', () => {
    expect(percentToRatio('12.5')).toBe('0.125');
    expect(percentToRatio('100')).toBe('1');
    expect(percentToRatio('0.6')).toBe('0.006');
    expect(percentToRatio('11.2')).toBe('0.112');
    const ratio = converterOf('ratio');
    expect(ratio('11,20 %')).toBe('0.112');
    expect(ratio('0,112')).toBe('0.112');
  });

  it('a number column gives JSON numbers, a decimal column exact decimal strings', () => {
    expect(converterOf('number')('1 200')).toBe(1200);
    expect(converterOf('number')('douze')).toBe('douze');
    expect(converterOf('decimal')('12 500,50')).toBe('12500.50');
    expect(converterOf('override')('19 000,5')).toBe('19000.5');
    expect(converterOf('override')('2024-06-22')).toBe('2024-06-22');
  });
});

describe('booleans, codes, choices', () => {
  it('VRAI/FAUX, oui/non, true/false, 1/0 in any case', () => {
    expect(['VRAI', 'vrai', 'Oui', 'TRUE', '1'].map(booleanOf)).toEqual([true, true, true, true, true]);
    expect(['FAUX', 'non', 'False', '0'].map(booleanOf)).toEqual([false, false, false, false]);
    expect(booleanOf('peut-être')).toBeUndefined();
    // a CPTS result: 1 and 0 are numbers there
    expect(converterOf('result')('1')).toBe('1');
    expect(converterOf('result')('VRAI')).toBe(true);
    expect(converterOf('result')('69,7')).toBe('69.7');
  });

  it('a band in any case, with spaces or a typographic dash', () => {
    const code = converterOf('code');
    expect(code('P30-P50')).toBe('P30-P50');
    expect(code('p30-p50')).toBe('P30-P50');
    expect(code('P30 – P50')).toBe('P30-P50');
    expect(code('p95 +')).toBe('P95+');
  });

  it('the option: 0,5, mi-temps, 1/2 and what French Excel makes of a typed 1/2 (01-févr) all read 1/2', () => {
    const option = amCommand.fields.find((f) => f.path === 'option')!;
    const read = converterOf(option.kind, option.values);
    for (const v of ['1/2', '0,5', '0.5', '0,50', 'mi-temps', 'Mi-temps', 'MI TEMPS', '1/2 ETP', '50 %', '50%', '01-févr', '1-févr', '01-FÉVR.', '01-fevr']) expect(read(v), v).toBe('1/2');
    for (const v of ['1', '1,0', '1,00', 'temps plein', 'Temps plein', '1 ETP', '100 %']) expect(read(v), v).toBe('1');
    for (const v of ['1/3', '0,33', '0,333', 'un tiers', '01-mars']) expect(read(v), v).toBe('1/3');
    expect(read('1,5')).toBe('1.5');
    expect(read('1.50')).toBe('1.5');
    expect(read('2')).toBe('2');
    // not recognised without doubt: left to the library, which says what it expects
    expect(read('0,4')).toBe('0,4');
    expect(read('01-janv')).toBe('01-janv');
  });

  it('header and value keys ignore case, accents, separators and apostrophes', () => {
    expect(headerKey('Date d’embauche')).toBe("date d embauche");
    expect(headerKey("DATE D'EMBAUCHE")).toBe('date d embauche');
    expect(headerKey(' objective.targetPatients ')).toBe('objective targetpatients');
    expect(valueKey('Mi-Temps ETP')).toBe('mitemps');
    expect(valueKey('mi temps')).toBe(valueKey('mi-temps'));
    expect(valueKey('10 à 12 h')).toBe(valueKey('10h à 12h'));
    expect(valueKey('0,50')).toBe('0.5');
    expect(valueKey('1,00')).toBe('1');
    expect(valueKey('50 %')).toBe('50%');
  });
});
