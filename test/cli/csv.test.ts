import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { CsvReader, MAX_QUOTED, csvField, csvLine, csvRows, sniffSeparator, type CsvEvent, type CsvRecord } from '../../src/cli/csv.js';

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
        const text = rows.map((r) => csvLine(r)).join('');
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

/** Every event of a text read in the given chunks. */
function events(chunks: string[], options: { sep?: string; accept?: (cells: readonly string[]) => boolean } = {}): CsvEvent[] {
  const reader = new CsvReader(options.sep ?? ',');
  if (options.accept) reader.acceptMultiline = options.accept;
  const out: CsvEvent[] = [];
  for (const c of chunks) out.push(...reader.push(c));
  out.push(...reader.end());
  return out;
}

describe('CSV reader: lines, broken quotes', () => {
  it('each record knows the line where it starts, multi-line cells included; blank lines are records', () => {
    const e = events(['a,b\n1,"x\ny"\n\n2,z\r\n']);
    expect(e).toEqual([
      { cells: ['a', 'b'], line: 1 },
      { cells: ['1', 'x\ny'], line: 2 },
      { cells: [''], line: 4 },
      { cells: ['2', 'z'], line: 5 },
    ]);
  });

  it('a quote that never closes is reported at its line, and every following line is still read', () => {
    const rows = ['id,a,b', ...Array.from({ length: 50 }, (_, i) => (i === 9 ? `r${i},"oops,1` : `r${i},1,2`))];
    const text = `${rows.join('\n')}\n`;
    for (const size of [7, 64, 1 << 16]) {
      const chunks = text.match(new RegExp(`[\\s\\S]{1,${size}}`, 'g'))!;
      const e = events(chunks, { accept: (cells) => cells.length === 3 });
      const broken = e.filter((x) => 'brokenQuote' in x);
      expect(broken, `chunks of ${size}`).toEqual([{ brokenQuote: true, line: 11, column: 2, reason: 'end-of-file' }]);
      const records = e.filter((x): x is CsvRecord => !('brokenQuote' in x));
      expect(records.map((r) => r.line)).toEqual([1, ...Array.from({ length: 50 }, (_, i) => i + 2).filter((l) => l !== 11)]);
      expect(records.at(-1)!.cells).toEqual(['r49', '1', '2']);
    }
  });

  it('two stray quotes a few lines apart: the record they make does not fit the header, so it is broken and reading resumes', () => {
    const text = 'id,a,b\nr1,"x,1\nr2,1,2\nr3,1,2\nr4,y",2\nr5,1,2\n';
    const e = events([text], { accept: (cells) => cells.length === 3 && cells.every((c, i) => i === 0 || !c.includes('\n')) });
    expect(e.filter((x) => 'brokenQuote' in x)).toEqual([{ brokenQuote: true, line: 2, column: 0, reason: 'misfit' }]);
    expect(e.filter((x): x is CsvRecord => !('brokenQuote' in x)).map((r) => r.cells[0])).toEqual(['id', 'r2', 'r3', 'r4', 'r5']);
  });

  it('a quoted field longer than a spreadsheet cell is broken (reading resumes at the next line)', () => {
    const long = 'x'.repeat(MAX_QUOTED + 10);
    const e = events([`id,a\nr1,"${long}\nr2,1\n`, `r3,2\n`]);
    expect(e.filter((x) => 'brokenQuote' in x)).toEqual([{ brokenQuote: true, line: 2, column: 2, reason: 'too-long' }]);
    expect(e.filter((x): x is CsvRecord => !('brokenQuote' in x)).map((r) => r.line)).toEqual([1, 3, 4]);
  });

  it('a CRLF cut between two chunks is one line end', () => {
    expect(events(['a,b\r', '\n1,2\r', '\n']).map((x) => ('cells' in x ? x.line : 0))).toEqual([1, 2]);
  });

  it('the separator is sniffed from the header: ; , or tab, quotes ignored', () => {
    expect(sniffSeparator('id;date de signature;option')).toBe(';');
    expect(sniffSeparator('id,signedOn,option')).toBe(',');
    expect(sniffSeparator('"a;b",c,d')).toBe(',');
    expect(sniffSeparator('id\tsignedOn')).toBe('\t');
    expect(sniffSeparator('id')).toBe(',');
  });
});

describe('CSV writer', () => {
  it('French convention: ; decimal comma in number columns, CRLF, booleans VRAI/FAUX; English: , and dot', () => {
    const kinds = ['number', 'text', 'number', 'boolean', 'date'] as const;
    expect(csvLine([2, 'dr;a', '12000.50', true, '2024-06-22'], kinds, 'fr')).toBe('2;"dr;a";12000,50;VRAI;2024-06-22\r\n');
    expect(csvLine([2, 'dr;a', '12000.50', true, '2024-06-22'], kinds, 'en')).toBe('2,"dr;a",12000.50,true,2024-06-22\n');
  });

  it('a text a spreadsheet would run as a formula is written with an apostrophe; numbers stay numbers', () => {
    for (const id of ['=1+1', '+33 6', '-cmd', '@SUM(A1)', '=HYPERLINK("x")']) expect(csvField(id, 'text')).toMatch(/^"?'/);
    expect(csvField('dr-a', 'text')).toBe('dr-a');
    expect(csvField(-5, 'number')).toBe('-5');
    expect(csvField('-12.5', 'number', 'fr')).toBe('-12,5');
    // a number column holding text (an input repeated on an invalid row) is written as text
    expect(csvField('=2;3', 'number')).toBe(`"'=2;3"`);
  });
});

describe('CSV reader: a stray quote that would take whole rows in', () => {
  it('text after the closing quote of a cell over several lines: broken, reading resumes at the next line', () => {
    // the stray quote of r1 closes at the quote that opens r3's id: r2 would vanish into r1's id
    const e = events(['id,a,b\n"r1,1,2\nr2,1,2\n"r3",1,2\nr4,1,2\n'], { accept: (cells) => cells.length === 3 });
    expect(e.filter((x) => 'brokenQuote' in x)).toEqual([{ brokenQuote: true, line: 2, column: 0, reason: 'misfit' }]);
    expect(e.filter((x): x is CsvRecord => !('brokenQuote' in x)).map((r) => [r.line, r.cells[0]])).toEqual([
      [1, 'id'],
      [3, 'r2'],
      [4, 'r3'],
      [5, 'r4'],
    ]);
  });

  it('a single-line cell with text after its closing quote is read as spreadsheets read it', () => {
    expect(events(['"ab"c,d\n']).map((x) => ('cells' in x ? x.cells : x))).toEqual([['abc', 'd']]);
  });
});
