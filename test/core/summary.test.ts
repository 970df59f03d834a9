import { describe, expect, it } from 'vitest';
import { Dec } from '../../src/core/money.js';
import { formatCell, totalsOf, type SummaryColumn } from '../../src/core/summary.js';

describe('formatCell', () => {
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
