import { describe, expect, it } from 'vitest';
import { Dec } from '../../src/core/money.js';
import { EN, FR, dateIn, decimalIn, euroIn, label, percentIn } from '../../src/core/format.js';

const NNBSP = '\u202f';
const NBSP = '\u00a0';

describe('French and English formats (one Intl path)', () => {
  it('euros: French by default, exactly from the decimal digits, rounded half-up to the cent', () => {
    expect(euroIn('fr', new Dec('8585.37'))).toBe(`8${NNBSP}585,37${NBSP}€`);
    expect(euroIn('fr', new Dec('4003.125'))).toBe(`4${NNBSP}003,13${NBSP}€`);
    expect(euroIn('fr', new Dec('12345678901234567.89'))).toBe(`12${NNBSP}345${NNBSP}678${NNBSP}901${NNBSP}234${NNBSP}567,89${NBSP}€`);
    expect(euroIn('en', new Dec('18000'))).toBe('€18,000.00');
    expect(euroIn('fr', new Dec('-0.004'))).toBe(`0,00${NBSP}€`);
    expect(euroIn('fr', '11000', { symbol: false })).toBe(`11${NNBSP}000,00`);
  });

  it('percentages: 78,05 % in French, 78.05% in English', () => {
    const rate = new Dec(160).dividedBy(205);
    expect(percentIn('fr', rate)).toBe(`78,05${NBSP}%`);
    expect(percentIn('en', rate)).toBe('78.05%');
    expect(percentIn('fr', new Dec('0.5'))).toBe(`50${NBSP}%`);
  });

  it('decimals: exact beyond twenty decimals, grouped thousands, decimal comma', () => {
    expect(decimalIn('fr', new Dec('2212.8'))).toBe(`2${NNBSP}212,8`);
    expect(decimalIn('en', new Dec('2212.8'))).toBe('2,212.8');
    expect(decimalIn('fr', new Dec('0.780487804878048780487804878'))).toBe('0,780487804878048780487804878');
    expect(decimalIn('fr', new Dec('0.780487804878'), 6)).toBe('0,780488');
    expect(decimalIn('fr', 1045)).toBe(`1${NNBSP}045`);
  });

  it('dates in prose: 01/03/2024 in French, ISO in English', () => {
    expect(dateIn('fr', '2024-03-01')).toBe('01/03/2024');
    expect(dateIn('en', '2024-03-01')).toBe('2024-03-01');
  });

  it('label() gives each language its own formatter, so a French label never carries an English number', () => {
    const l = label((f) => `Aide : ${f.euro('8585.37')} soit ${f.percent('0.5')}`, (f) => `Aid: ${f.euro('8585.37')} i.e. ${f.percent('0.5')}`);
    expect(l.fr).toBe(`Aide : 8${NNBSP}585,37${NBSP}€ soit 50${NBSP}%`);
    expect(l.en).toBe('Aid: €8,585.37 i.e. 50%');
    expect(FR.list(['a', 'b', 'c'])).toBe('a, b et c');
    expect(EN.list(['a'])).toBe('a');
  });
});

describe('wholeIn (no Intl, for messages built at load)', () => {
  it('groups thousands as the formatters do', async () => {
    const { wholeIn, decimalIn } = await import('../../src/core/format.js');
    for (const n of [0, 7, 999, 1000, 91000, 10000000, 1000000000]) {
      expect(wholeIn('fr', n)).toBe(decimalIn('fr', n));
      expect(wholeIn('en', n)).toBe(decimalIn('en', n));
    }
    expect(wholeIn('fr', '1000000000')).toBe('1\u202f000\u202f000\u202f000');
  });
});
