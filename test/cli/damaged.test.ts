/**
 * Hostile and damaged files on the command line (issue 9, "The command line loses or corrupts data"):
 * nothing lost, nothing polluted. Every test counts rows: rows written + rows reported invalid + empty
 * rows skipped = data rows in the file.
 */
import { describe, expect, it } from 'vitest';
import { emptySkipped, file, jsonLines, run } from './fixtures.js';

const HEADER = 'id,signedOn,hiredOn,option,band,year';
const good = (i: number) => `c${i},2024-09-01,2024-10-01,1/2,P30-P50,1`;

describe('a CSV header never reaches a prototype', () => {
  it('__proto__.band, constructor.x, a.prototype: reported on the rows that fill them; a later row with no band is not computed with an earlier one', () => {
    const path = file(
      'proto.csv',
      [
        'id,signedOn,hiredOn,option,band,year,__proto__.band,constructor.x,a.prototype',
        'r1,2021-03-01,2021-04-01,1,,3,P95+,,',
        'r2,2021-03-01,2021-04-01,1,,3,,,',
        'r3,2021-03-01,2021-04-01,1,P30-P50,3,,1,',
        'r4,2021-03-01,2021-04-01,1,P30-P50,3,,,y',
        'r5,2021-03-01,2021-04-01,1,P30-P50,3,,,',
      ].join('\n'),
    );
    for (const jobs of ['1', '2']) {
      const r = run(['am', path, '--format', 'jsonl', '--jobs', jobs]);
      expect(r.code).toBe(1);
      expect(r.err).toContain('« __proto__.band »');
      const rows = jsonLines(r.out);
      expect(rows.map((x) => [x.id, x.ok])).toEqual([
        ['r1', false],
        ['r2', false],
        ['r3', false],
        ['r4', false],
        ['r5', true],
      ]);
      expect(rows[0]!.errors[0]).toMatchObject({ column: '__proto__.band', received: 'P95+' });
      // r2 has no band: an error, never the P95+ of r1 (19 000 € instead of 11 000 €)
      expect(rows[1]!.errors.map((e: { field?: string }) => e.field)).toEqual(['band']);
      expect(rows[2]!.errors[0].column).toBe('constructor.x');
      expect(rows[3]!.errors[0].column).toBe('a.prototype');
      expect(rows[4]!.result.band).toBe('P30-P50');
      expect(rows[4]!.result.ceiling).toBe('21000.00');
    }
  });
});

describe('an unterminated quote loses no row', () => {
  it('a stray quote at row 1 000 of a 20 000-row file: that row reported with its line, the 19 000 after it computed (--jobs 1 and 2)', () => {
    const rows = Array.from({ length: 20_000 }, (_, i) => (i === 999 ? `c${i},"2024-09-01,2024-10-01,1/2,P30-P50,1` : good(i)));
    const path = file('stray-quote.csv', `${HEADER}\n${rows.join('\n')}\n`);
    for (const jobs of ['1', '2']) {
      const r = run(['am', path, '--format', 'jsonl', '--jobs', jobs]);
      expect(r.code).toBe(1);
      const out = jsonLines(r.out);
      expect(out).toHaveLength(20_000);
      expect(out.map((x) => x.line)).toEqual(Array.from({ length: 20_000 }, (_, i) => i + 2));
      const invalid = out.filter((x) => !x.ok);
      expect(invalid).toHaveLength(1);
      expect(invalid[0]!.line).toBe(1001);
      expect(invalid[0]!.errors[0].message).toMatch(/guillemet ouvert \(colonne 2\).*la lecture reprend à la ligne suivante/);
      expect(r.err).toContain('20000 ligne(s) : 19999 valide(s), 1 invalide(s)');
    }
  }, 60_000);

  it('two stray quotes that would make one row of the right width out of three: the rows between them are still read', () => {
    const path = file('two-quotes.csv', [HEADER, `"c1,2024-09-01,2024-10-01,1/2,P30-P50,1`, good(2), `c3",2024-09-01,2024-10-01,1/2,P30-P50,1`, good(4)].join('\n'));
    const r = run(['am', path, '--format', 'jsonl']);
    expect(r.code).toBe(1);
    expect(jsonLines(r.out).map((x) => [x.line, x.ok])).toEqual([
      [2, false],
      [3, true],
      [4, true],
      [5, true],
    ]);
  });

  it('an unterminated quote in the header: the file is refused (exit 2) with its line', () => {
    const r = run(['am', file('quote-header.csv', 'id,"signedOn,hiredOn\nx,2024-09-01,2024-10-01\n')]);
    expect(r.code).toBe(2);
    expect(r.err).toContain('ligne 1 (en-tête) : guillemet ouvert (colonne 2) et jamais refermé');
    expect(r.out).toBe('');
  });
});

describe('a row that makes the library throw', () => {
  it('an override of 19000.005: that row reported with its message, the others computed, exit 1, no stack trace (--jobs 1 and 2)', () => {
    const path = file(
      'override.csv',
      [`${HEADER},overrides.am.aid.ceiling.etp-1-2.year-1`, `${good(1)},`, `${good(2)},19000.005`, `${good(3)},`].join('\n'),
    );
    for (const jobs of ['1', '2']) {
      const r = run(['am', path, '--format', 'jsonl', '--jobs', jobs]);
      expect(r.code).toBe(1);
      expect(r.err).not.toMatch(/\n\s+at /);
      const rows = jsonLines(r.out);
      expect(rows.map((x) => [x.line, x.ok])).toEqual([
        [2, true],
        [3, false],
        [4, true],
      ]);
      expect(rows[1]!.errors[0].message).toMatch(/19000\.005/);
      expect(rows[1]!.input['overrides.am.aid.ceiling.etp-1-2.year-1']).toBe('19000.005');
    }
  });
});

describe('columns, empty files, formulas', () => {
  it('a column named twice (or under two names) refuses the file, naming both', () => {
    const twice = run(['am', file('twice.csv', 'id,band,signedOn,band\nx,P30-P50,2024-09-01,P95+\n')]);
    expect(twice.code).toBe(2);
    expect(twice.err).toContain('les colonnes « band » (colonne 2) et « band » (colonne 4) remplissent le même champ « band »');
    const aliases = run(['am', file('aliases.csv', 'id;tranche;Band\nx;P30-P50;P95+\n'), '--lang', 'en']);
    expect(aliases.code).toBe(2);
    expect(aliases.err).toContain('columns "tranche" (column 2) and "Band" (column 3) fill the same field "band"');
  });

  it('an empty, BOM-only, blank, header-only or only-empty-rows file: a clear message and exit 2', () => {
    const cases: [string, string | Buffer, RegExp][] = [
      ['empty.csv', '', /empty\.csv est vide/],
      ['bom-only.csv', Buffer.from([0xef, 0xbb, 0xbf]), /bom-only\.csv est vide/],
      ['blank.csv', '\r\n\r\n  \n', /blank\.csv est vide/],
      ['header-only.csv', 'id;date de signature;option\r\n', /n’a que sa ligne d’en-tête/],
      ['only-empty-rows.csv', 'id;date de signature;option\r\n;;\r\n;;\r\n', /aucune ligne à calculer \(2 ligne\(s\) vide\(s\) ignorée\(s\)\)/],
      ['empty.jsonl', '\n\n', /aucune ligne à calculer|est vide/],
      ['empty-array.json', '[]', /aucune ligne à calculer/],
    ];
    for (const [name, content, message] of cases) {
      const r = run(['am', file(name, content), '--format', 'csv']);
      expect(r.code, name).toBe(2);
      expect(r.err, name).toMatch(message);
      expect(r.out, name).toBe('');
    }
  });

  it('an id starting with =, +, - or @ is written to CSV as text (a leading apostrophe); numbers stay numbers', () => {
    const ids = ['=1+1', '+33612345678', '-cmd', '@SUM(A1)'];
    const path = file('formulas.csv', `${HEADER}\n${ids.map((id) => `"${id}",2024-09-01,2024-10-01,1/2,P30-P50,1`).join('\n')}\n"=HYPERLINK(""x"")",2024-02-30,2024-10-01,1/2,P30-P50,1\n`);
    for (const convention of ['en', 'fr']) {
      const r = run(['am', path, '--format', 'csv', '--csv', convention]);
      expect(r.code).toBe(1);
      const sep = convention === 'fr' ? ';' : ',';
      const rows = r.out.replace(/^\ufeff/, '').trim().split(/\r?\n/).slice(1);
      expect(rows.map((l) => l.split(sep)[1])).toEqual([...ids.map((id) => `'${id}`), `"'=HYPERLINK(""x"")"`]);
      // the amounts are plain numbers
      expect(rows[0]!.split(sep).slice(7, 9)).toEqual(convention === 'fr' ? ['19000,00', '19000,00'] : ['19000.00', '19000.00']);
    }
  });
});

describe('every row accounted for', () => {
  // A damaged French file: every kind of trouble at once. 30 data rows.
  const header = ['identifiant', 'date de signature', 'date d’embauche', 'option', 'tranche', 'année', '__proto__.band', 'commentaire', 'overrides.am.aid.ceiling.etp-1-2.year-1'];
  const ok = (id: string) => [id, '01/09/2024', '01/10/2024', 'mi-temps', 'P30-P50', '1', '', '', ''];
  const rows: string[][] = [
    ok('a1'),
    ['', '', '', '', '', '', '', '', ''], // empty row
    ['b1', '31/02/2024', '01/10/2024', '1/2', 'P30-P50', '1', '', '', ''], // no such day
    ['b2', '2024-13-01', '01/10/2024', '1/2', 'P30-P50', '1', '', '', ''], // no such month
    ['b3', '03/04/05', '01/10/2024', '1/2', 'P30-P50', '1', '', '', ''], // ambiguous
    ok('a2'),
    ['b4', '01/09/2024', '01/10/2024', '1/2', 'P30-P50', '1', 'P95+', '', ''], // reserved column
    ['b5', '01/09/2024', '01/10/2024', '1/2', 'P30-P50', '1', '', 'à revoir', ''], // unknown column
    ['b6', '01/09/2024', '01/10/2024', '1/2', 'P30-P50', '1', '', '', '19000.005'], // the library throws
    ['b7', '01/09/2024', '01/10/2024', '1/2'], // fewer cells
    [...ok('b8'), 'extra'], // more cells
    ['', '', '', '', '', '', '', '', ''],
    ok('a3'),
    ['b9', '01/09/2024', '01/10/2024', '3/4', 'P30-P50', '1', '', '', ''], // an option that does not exist
    ok('a4'),
  ];
  const lines = rows.map((r) => r.join(';'));
  lines.splice(5, 0, ''); // a blank line
  lines.splice(9, 0, 'b10;"01/09/2024;01/10/2024;1/2;P30-P50;1;;;'); // a stray quote
  while (lines.length < 30) lines.push(ok(`a${lines.length}`).join(';'));
  const text = `${header.join(';')}\r\n${lines.join('\r\n')}\r\n`;
  const path = file('damaged.csv', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text, 'utf8')]));
  const INVALID = 10; // b1 to b10
  const dataLines = lines.map((_, i) => i + 2);
  const blankLines = lines.flatMap((l, i) => (l.replaceAll(';', '').trim() === '' ? [i + 2] : []));

  it('JSON Lines and JSON: written + invalid + empty skipped = data rows, every non-empty line once (--jobs 1 and 2)', () => {
    for (const format of ['jsonl', 'json']) {
      for (const jobs of ['1', '2']) {
        const r = run(['am', path, '--format', format, '--jobs', jobs]);
        expect(r.code).toBe(1);
        const out = format === 'json' ? (JSON.parse(r.out) as Record<string, any>[]) : jsonLines(r.out);
        const written = out.filter((x) => x.ok).length;
        const invalid = out.filter((x) => !x.ok).length;
        expect(written + invalid + emptySkipped(r.err)).toBe(dataLines.length);
        expect(emptySkipped(r.err)).toBe(blankLines.length);
        expect(out.map((x) => x.line)).toEqual(dataLines.filter((l) => !blankLines.includes(l)));
        expect(invalid).toBe(INVALID);
      }
    }
  });

  it('table and CSV: the same count, each row named by its line', () => {
    const table = run(['am', path]);
    expect(table.code).toBe(1);
    const named = [...table.out.matchAll(/^(?:Contrat .*\(ligne (\d+)\)|Ligne (\d+)(?: — .*)? : invalide)/gm)].map((m) => Number(m[1] ?? m[2]));
    expect(named).toEqual(dataLines.filter((l) => !blankLines.includes(l)));
    const rowsRead = dataLines.length - blankLines.length;
    expect(table.out).toContain(`${rowsRead} ligne(s) : ${rowsRead - INVALID} valide(s), ${INVALID} invalide(s), ${blankLines.length} vide(s) ignorée(s)`);
    const csv = run(['am', path, '--format', 'csv']);
    const csvLines = new Set(csv.out.replace(/^\ufeff/, '').trim().split('\r\n').slice(1).map((l) => Number(l.split(';')[0])));
    expect([...csvLines]).toEqual(dataLines.filter((l) => !blankLines.includes(l)));
  });

  it('each damaged row says what is wrong, naming the column', () => {
    const out = jsonLines(run(['am', path, '--format', 'jsonl']).out);
    // a row with too few or too many cells has no record (hence no id): found by its input
    const byId = new Map(out.map((x) => [x.id ?? x.input?.identifiant, x]));
    const first = (id: string) => byId.get(id)!.errors[0].message as string;
    expect(first('b1')).toBe('colonne « date de signature » : « 31/02/2024 » n’est pas un jour du calendrier (jj/mm/aaaa, jour d’abord, ou aaaa-mm-jj)');
    expect(first('b2')).toContain('« 2024-13-01 » n’est pas un jour du calendrier');
    expect(first('b3')).toContain('« 03/04/05 » est ambiguë');
    expect(first('b4')).toContain('colonne « __proto__.band » refusée');
    expect(first('b5')).toContain('colonne « commentaire » inconnue');
    expect(first('b6')).toMatch(/19000\.005/);
    expect(first('b7')).toBe('4 cellule(s) pour 9 colonne(s) dans l’en-tête');
    expect(byId.get('b7')!.input).toEqual({ identifiant: 'b7', 'date de signature': '01/09/2024', 'date d’embauche': '01/10/2024', option: '1/2' });
    expect(first('b8')).toBe('10 cellule(s) pour 9 colonne(s) dans l’en-tête');
    expect(byId.get('b8')!.input['(10)']).toBe('extra');
    expect(first('b9')).toMatch(/^option : reçu "3\/4", attendu /);
    const stray = out.find((x) => x.line === 11)!;
    expect(stray.errors[0].message).toBe('guillemet ouvert (colonne 2) et jamais refermé ; la lecture reprend à la ligne suivante');
  });
});
