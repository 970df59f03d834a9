/** The ACI MSP parameter table: well formed, sourced, and honest about what rests on inference. */
import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { lintTable } from '../../src/core/parameters.js';
import { PARAMETERS, RULES, INDICATORS_2017, INDICATORS_AVENANT_1 } from '../../src/aci-msp/index.js';

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
    const code = readdirSync(dir)
      .filter((f) => f.endsWith('.ts') && f !== 'parameters.ts' && f !== 'sources.ts')
      .map((f) => readFileSync(resolve(dir, f), 'utf8'))
      .join('\n');
    for (const id of PARAMETERS.keys()) expect(code, id).toContain(`'${id}'`);
    // Figures of 3+ digits (points, euros, patients) appear only inside labels and texts, never as literals in
    // expressions. Allowed: 100, the percent scale of the concertation rate; 200, the length limit of a name.
    const stripped = code.replace(/(['"`])(?:\\.|(?!\1)[^\\])*\1/g, '""').replace(/\/\*[\s\S]*?\*\/|\/\/.*$/gm, '');
    const literals = (stripped.match(/(?<![\w.])\d{3,}(?![\w])/g) ?? []).filter((n) => n !== '100' && n !== '200');
    expect(literals).toEqual([]);
  });
});
