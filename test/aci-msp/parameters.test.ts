/** The ACI MSP parameter table: well formed, sourced, and honest about what rests on inference. */
import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { lintTable } from '../../src/core/parameters.js';
import { PARAMETERS, RULES, INDICATOR_IDS, INDICATORS_2017, INDICATORS_AVENANT_1 } from '../../src/aci-msp/index.js';

describe('parameters', () => {
  it('lintTable finds no problem (sorted, no overlap, sourced, notes on every non-verified value)', () => {
    expect(lintTable(PARAMETERS)).toEqual([]);
  });

  it('every id is prefixed msp., every rule msp.rule.', () => {
    for (const id of PARAMETERS.keys()) expect(id).toMatch(/^msp\./);
    for (const r of Object.values(RULES)) expect(r.id).toMatch(/^msp\.rule\./);
  });

  it('no ACI 2017 point figure is verified: each rests on secondary sources or inference, with a note', () => {
    for (const p of PARAMETERS.values()) {
      if (p.unit !== 'points') continue;
      for (const period of p.periods.filter((q) => q.from < '2022-01-01')) {
        expect([p.id, period.status]).not.toEqual([p.id, 'verified']);
        expect(period.note, p.id).toBeTruthy();
      }
    }
  });

  it('figures read only in secondary sources are never verified', () => {
    for (const p of PARAMETERS.values()) {
      for (const period of p.periods) {
        if (period.status === 'verified') expect(period.sources.some((s) => s.kind === 'primary'), p.id).toBe(true);
      }
    }
  });

  it('the versions change on 1 January 2022 and the catalogues hold what the sheet lists', () => {
    const version = PARAMETERS.get('msp.version')!;
    expect(version.periods.map((p) => [p.from, p.until, p.value])).toEqual([
      ['2017-01-01', '2022-01-01', 'aci-2017'],
      ['2022-01-01', undefined, 'avenant-1'],
    ]);
    expect(INDICATORS_2017).toHaveLength(13);
    expect(INDICATORS_AVENANT_1).toHaveLength(19);
  });

  it('every parameter is read by the code (no dead figure), and no legal number sits in the code', () => {
    const dir = resolve(__dirname, '../../src/aci-msp');
    const table = readFileSync(resolve(dir, 'parameters.ts'), 'utf8');
    const code = readdirSync(dir)
      .filter((f) => f.endsWith('.ts') && f !== 'parameters.ts' && f !== 'sources.ts')
      .map((f) => readFileSync(resolve(dir, f), 'utf8'))
      .join('\n');
    // Each parameter is declared as an exported constant and read by the rules through that constant.
    const declared = [...table.matchAll(/export const (\w+) = parameter\b/g)].map((m) => m[1]!);
    expect(declared).toHaveLength(PARAMETERS.size);
    for (const name of declared) expect(code, name).toMatch(new RegExp(`\\b${name}\\b`));
    // Figures of 3+ digits (points, euros, patients) appear only inside labels and texts, never as literals in
    // expressions. Allowed: 100, the percent scale of the concertation rate; 200, the length limit of a name;
    // and the input bounds of schema.ts (INPUT_BOUNDS: validation limits no real MSP reaches, not legal figures).
    const stripped = code
      .replace(/export const INPUT_BOUNDS = \{[\s\S]*?\} as const;/, '')
      // comments and strings in one left-to-right pass: an apostrophe in a comment opens no string, a // in a string no comment
      .replace(/\/\*[\s\S]*?\*\/|\/\/.*$|(['"`])(?:\\.|(?!\1)[^\\])*\1/gm, (m) => (m.startsWith('/') ? '' : '""'));
    const literals = (stripped.match(/(?<![\w.])\d[\d_]{2,}(?![\w])/g) ?? []).filter((n) => n !== '100' && n !== '200');
    expect(literals).toEqual([]);
  });

  it('sanity bounds of the multipliers (not legal figures): the point value up to 10× the texts’, the reference patientèle from a tenth to 100×, each indicator’s points up to 10× its figure', () => {
    const get = (id: string) => PARAMETERS.get(id)!;
    const largest = (id: string) => Math.max(...get(id).periods.flatMap((p) => (typeof p.value === 'string' ? [Number(p.value)] : [])));
    expect(get('msp.point-value').range).toEqual({ max: String(10 * largest('msp.point-value')) });
    expect(get('msp.reference-patientele').range).toEqual({ min: String(largest('msp.reference-patientele') / 10), max: String(100 * largest('msp.reference-patientele')) });
    const points = [...PARAMETERS.values()].filter((p) => p.unit === 'points');
    expect(points.length).toBeGreaterThan(30);
    for (const p of points) expect(p.range, p.id).toEqual({ max: String(10 * largest(p.id)) });
    for (const p of PARAMETERS.values()) if (p.unit === 'EUR') expect(p.range?.max, p.id).toBeDefined();
  });

  it('typed figures: each number has its unit, days and months of a due date their range, the catalogue its choices, a divisor is at least 1', () => {
    const get = (id: string) => PARAMETERS.get(id)!;
    expect(get('msp.reference-patientele').range).toEqual({ min: '400', max: '400000' });
    expect(get('msp.avance.due-day').range).toEqual({ min: '1', max: '31' });
    expect(get('msp.solde.due-month').range).toEqual({ min: '1', max: '12' });
    expect(get('msp.nouvelle-structure.years')).toMatchObject({ unit: 'years', range: { min: '1', max: '10' } });
    expect(get('msp.catalogue').choices).toEqual([...INDICATOR_IDS]);
    expect(get('msp.prorata.basis').choices).toEqual(['days', 'months']);
    expect(get('msp.concertation.target-rate').range?.min).not.toBe('0');
  });
});
