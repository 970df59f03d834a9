/**
 * docs/aci-msp.md stays true: its hand computation matches the bundled example, and it lists every figure
 * that is not verified and every reading of the texts. (Its ```ts blocks are run by test/docs.test.ts.)
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { PARAMETERS, RULES, yearlyRemuneration, INDICATOR_IDS, type IndicatorId } from '../../src/aci-msp/index.js';

const DOC = readFileSync(resolve(__dirname, '../../docs/aci-msp.md'), 'utf8');

function blocks(lang: string): string[] {
  const out: string[] = [];
  const re = new RegExp('```' + lang + '\\n([\\s\\S]*?)```', 'g');
  for (let m = re.exec(DOC); m; m = re.exec(DOC)) out.push(m[1]!);
  return out;
}

/** "13 710,28" → "13710.28" */
function frNumber(s: string): string {
  return s.replace(/[\s\u202f\u00a0*]/g, '').replace(',', '.');
}

describe('docs/aci-msp.md', () => {
  it('the json blocks are valid JSON, and the input shape shown is accepted', () => {
    for (const b of blocks('json')) expect(() => JSON.parse(b)).not.toThrow();
    const shape = JSON.parse(blocks('json')[0]!);
    expect(() => yearlyRemuneration(shape)).not.toThrow();
  });

  it('the hand computation of §6 matches the bundled example, line by line (examples/aci-msp/msp.json)', () => {
    const input = JSON.parse(readFileSync(resolve(__dirname, '../../examples/aci-msp/msp.json'), 'utf8'));
    const r = yearlyRemuneration(input);
    const section = DOC.slice(DOC.indexOf('## 6.'), DOC.indexOf('## 7.'));
    const rows = [...section.matchAll(/^\| `([a-z0-9-]+)` \| [^|]+ \| ([^|]+) \| ([^|]+) \|$/gm)];
    expect(rows.map((m) => m[1])).toEqual(r.byIndicator.map((i) => i.id));
    for (const [, id, pts, eur] of rows) {
      const i = r.byIndicator.find((x) => x.id === (id as IndicatorId))!;
      expect([id, frNumber(pts!)]).toEqual([id, i.points.toFixed()]);
      expect([id, frNumber(eur!)]).toEqual([id, i.value.toFixed(2)]);
    }
    const total = section.match(/^\| \*\*Total\*\* \| [^|]+ \| ([^|]+) \| ([^|]+) \|$/m)!;
    expect(frNumber(total[1]!)).toBe(r.points.total.toFixed());
    expect(frNumber(total[2]!)).toBe(r.amount.toFixed(2));
    for (const figure of [r.precarity.majoration, r.total, r.advance.amount, r.balance.amount]) {
      expect(section.replace(/[\u202f ](?=\d{3})/g, '')).toContain(`**${figure.toFixed(2).replace('.', ',')} €**`);
    }
  });

  it('lists every parameter that is not verified, and every reading of the texts', () => {
    const notVerified = [...PARAMETERS.values()].filter((p) => p.periods.some((q) => q.status !== 'verified')).map((p) => p.id);
    expect(notVerified.length).toBeGreaterThan(30);
    for (const id of notVerified) expect(DOC, id).toContain(`\`${id}\``);
    for (const rule of Object.values(RULES)) expect(DOC, rule.id).toContain(`\`${rule.id}\``);
  });

  it('shows every indicator id in the catalogue tables', () => {
    for (const id of INDICATOR_IDS) expect(DOC).toContain(`| \`${id}\``);
  });
});
