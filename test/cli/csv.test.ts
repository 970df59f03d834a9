import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { csvLine, csvRows } from '../../src/cli/csv.js';

async function parse(chunks: string[], sep = ','): Promise<string[][]> {
  async function* gen() {
    yield* chunks;
  }
  const out: string[][] = [];
  for await (const row of csvRows(gen(), sep)) out.push(row);
  return out;
}

describe('CSV', () => {
  it('reads quoted fields, doubled quotes, separators and newlines inside quotes, CRLF', async () => {
    expect(await parse(['a,b,c\r\n1,"x, ""y""",3\n"multi\nline",,z\n'])).toEqual([
      ['a', 'b', 'c'],
      ['1', 'x, "y"', '3'],
      ['multi\nline', '', 'z'],
    ]);
  });

  it('reads semicolon-separated files', async () => {
    expect(await parse(['a;b\n1;2\n'], ';')).toEqual([
      ['a', 'b'],
      ['1', '2'],
    ]);
  });

  it('a row split across chunks at any position reads the same (streaming)', async () => {
    const cell = fc.string({ unit: fc.constantFrom('a', 'b', ',', '"', '\n', ' ', 'é'), maxLength: 6 });
    await fc.assert(
      fc.asyncProperty(fc.array(fc.array(cell, { minLength: 1, maxLength: 4 }), { minLength: 1, maxLength: 5 }), fc.array(fc.nat(), { maxLength: 6 }), async (rows, cuts) => {
        // a lone empty cell is an empty line (skipped): write it quoted
        const text = rows.map((r) => (r.length === 1 && r[0] === '' ? '""\n' : csvLine(r))).join('');
        const points = [...new Set(cuts.map((c) => c % (text.length + 1)))].sort((a, b) => a - b);
        const chunks: string[] = [];
        let last = 0;
        for (const p of points) {
          chunks.push(text.slice(last, p));
          last = p;
        }
        chunks.push(text.slice(last));
        expect(await parse(chunks)).toEqual(rows);
      }),
      { numRuns: 300 },
    );
  });
});
