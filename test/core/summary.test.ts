import { describe, expect, it } from 'vitest';
import { Dec } from '../../src/core/money.js';
import { formatCell, totalsOf, type SummaryColumn } from '../../src/core/summary.js';

describe('formatCell', () => {
  it('given a column with names, shows a code by its name in the language; a code without one as it is', () => {
    const text: SummaryColumn = { key: 'text', label: { fr: 'Texte', en: 'Text' }, kind: 'text', names: { 'avenant-7': { fr: 'Avenant 7', en: 'Amendment 7' } } };
    expect(formatCell(text, 'avenant-7', 'fr')).toBe('Avenant 7');
    expect(formatCell(text, 'avenant-7', 'en')).toBe('Amendment 7');
    expect(formatCell(text, 'avenant-9', 'fr')).toBe('avenant-9');
    expect(formatCell(text, 'constructor', 'fr')).toBe('constructor');
    expect(formatCell('text', 'avenant-7', 'fr')).toBe('avenant-7');
  });

  it('writes a calendar year without grouping, a whole number grouped by thousands', () => {
    expect(formatCell('year', 2024, 'fr')).toBe('2024');
    expect(formatCell('year', 2024, 'en')).toBe('2024');
    expect(formatCell('integer', 2024, 'fr')).toBe('2\u202f024');
    expect(formatCell('integer', 2024, 'en')).toBe('2,024');
    expect(formatCell('year', null, 'fr')).toBe('');
  });

  it('never adds up a year column, even a numeric one', () => {
    const columns: SummaryColumn<'year' | 'amount'>[] = [
      { key: 'year', label: { fr: 'Exercice', en: 'Year' }, kind: 'year' },
      { key: 'amount', label: { fr: 'Montant', en: 'Amount' }, kind: 'euro', total: true },
    ];
    const totals = totalsOf(columns, [
      { year: 2023, amount: new Dec('10.50') },
      { year: 2024, amount: new Dec('1.25') },
    ]);
    expect(Object.keys(totals)).toEqual(['amount']);
    expect(totals.amount!.toFixed(2)).toBe('11.75');
  });
});
