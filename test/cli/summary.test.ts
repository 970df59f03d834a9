/**
 * What the command line shows is each scheme's summary and nothing else (issue 10): the CSV columns are
 * the scheme's `SUMMARY_COLUMNS`, the payments among them (issue 12); JSON Lines carries the same rows;
 * the table ends with the file's totals, which are core `totalsOf` over every valid row, whatever the
 * number of threads; `--format html` writes each contract's report (`contractReport`).
 */
import { existsSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { aciCpts, aciMsp, assistantMedical as am } from '../../src/index.js';
import { formatCell, totalsOf, type SummaryRow } from '../../src/core/summary.js';
import { COMMANDS } from '../../src/cli/commands.js';
import { CsvReader, type CsvRecord } from '../../src/cli/csv.js';
import { parseErrors, textOf } from '../support/html.js';
import { ROOT, TMP, file, jsonLines, run } from './fixtures.js';

const read = (path: string) => JSON.parse(readFileSync(join(ROOT, path), 'utf8')) as Record<string, unknown>;
/** A bundled input without its `id` (the command line's own field), as the library takes it. */
const input = (path: string) => {
  const { id: _id, ...rest } = read(path);
  return rest;
};

/** The rows of a CSV output, as records keyed by heading. */
function csvRecords(out: string, separator: string): Record<string, string>[] {
  const reader = new CsvReader(separator);
  const [heading, ...rows] = [...reader.push(out.replace(/^\ufeff/, '')), ...reader.end()].map((e) => (e as CsvRecord).cells);
  return rows.map((cells) => Object.fromEntries(heading!.map((h, i) => [h, cells[i]!])));
}

describe('the CSV is the scheme’s summary: its columns, the payments among them', () => {
  it('every command: line, id, every summary column (French headings or keys), status, errors, input', () => {
    for (const [name, command] of Object.entries(COMMANDS)) {
      const en = run([name, '--example', '--format', 'csv']).out.split('\n')[0];
      expect(en, name).toBe(['line', 'id', ...command.columns.map((c) => c.key), 'status', 'errors', 'input'].join(','));
      const fr = csvRecords(run([name, '--example', '--format', 'csv', '--csv', 'fr']).out, ';');
      expect(Object.keys(fr[0]!), name).toEqual(['ligne', 'id', ...command.columns.map((c) => c.label.fr), 'statut', 'erreurs', 'entrée']);
    }
  });

  it('assistant médical: each contract-year’s payments (date and amount) are the library’s', () => {
    const sim = am.simulate(input('examples/assistant-medical/contract.json') as never);
    const rows = csvRecords(run(['am', '--example', '--format', 'csv']).out, ',');
    expect(rows).toHaveLength(5);
    sim.years.forEach((y, i) => {
      const [first, second] = y.payments;
      expect([rows[i]!.payment1Date, rows[i]!.payment1Amount, rows[i]!.payment2Date, rows[i]!.payment2Amount]).toEqual([
        first?.date ?? '',
        first?.amount.toFixed(2) ?? '',
        second?.date ?? '',
        second?.amount.toFixed(2) ?? '',
      ]);
    });
    // year 1: an advance and a balance
    expect(rows[0]!.payment2Date).not.toBe('');
  });

  it('ACI MSP: the advance and the balance with their due dates (French CSV: dd/mm/yyyy, decimal comma)', () => {
    const r = aciMsp.yearlyRemuneration(read('examples/aci-msp/msp.json') as never);
    const [row] = csvRecords(run(['msp', '--example', '--format', 'csv', '--csv', 'fr']).out, ';');
    const fr = (iso: string) => formatCell('date', iso, 'fr');
    expect([row!['Avance due le'], row!['Avance'], row!['Solde dû le'], row!['Solde (négatif : à récupérer)']]).toEqual([
      fr(r.advance.dueBy),
      r.advance.amount.toFixed(2).replace('.', ','),
      fr(r.balance.dueBy),
      r.balance.amount.toFixed(2).replace('.', ','),
    ]);
  });

  it('ACI CPTS: each year’s signature payment, advances and balance with their dates', () => {
    const sim = aciCpts.simulate(read('examples/aci-cpts/contract.json') as never);
    const rows = csvRecords(run(['cpts', '--example', '--format', 'csv']).out, ',');
    sim.years.forEach((y, i) => {
      const of = (kind: string) => y.payments.filter((p) => p.kind === kind);
      const sum = (kind: string) => (of(kind).length === 0 ? '' : of(kind).reduce((s, p) => s.plus(p.amount), of(kind)[0]!.amount.minus(of(kind)[0]!.amount)).toFixed(2));
      expect([rows[i]!.signatureDate, rows[i]!.signature, rows[i]!.advanceDate, rows[i]!.advances, rows[i]!.balanceDate, rows[i]!.balance]).toEqual([
        of('signature')[0]?.date ?? '',
        sum('signature'),
        of('advance')[0]?.date ?? '',
        sum('advance'),
        of('balance')[0]?.date ?? '',
        sum('balance'),
      ]);
    });
  });

  it('JSON Lines: the result with its payments, and the summary rows (payments as columns)', () => {
    const [line] = jsonLines(run(['am', '--example', '--format', 'jsonl']).out);
    expect(line!.result.years[0].payments[0]).toMatchObject({ kind: 'advance' });
    expect(line!.summary).toHaveLength(5);
    expect(Object.keys(line!.summary[0])).toEqual(am.SUMMARY_COLUMNS.map((c) => c.key));
    expect(line!.summary[0].payment1Amount).toBe(line!.result.years[0].payments[0].amount);
  });
});

describe('the table ends with the totals of the file: totalsOf over every valid row', () => {
  // 2 400 contracts (several batches), some invalid, some whose later years await their objective
  const contracts = Array.from({ length: 2400 }, (_, i) => ({
    id: `c${i}`,
    signedOn: `20${21 + (i % 4)}-0${1 + (i % 9)}-1${i % 10}`,
    hiredOn: `20${21 + (i % 4)}-0${1 + (i % 9)}-2${i % 9}`,
    option: i % 3 === 0 ? '1' : '1/2',
    band: ['P30-P50', 'P50-P70', 'P70-P90', 'P95+'][i % 4],
    startingPatients: 900 + (i % 700),
    ...(i % 5 === 0 ? {} : { achievements: [3, 4, 5].map((year) => ({ year, reachedPatients: 1000 + ((i * year) % 900) })) }),
    ...(i % 97 === 0 ? { option: '3/4' } : {}),
  }));
  const lines = ['id,signedOn,hiredOn,option,band,startingPatients,reached.3,reached.4,reached.5'];
  for (const c of contracts) lines.push([c.id, c.signedOn, c.hiredOn, c.option, c.band, c.startingPatients, ...[0, 1, 2].map((k) => c.achievements?.[k]?.reachedPatients ?? '')].join(','));
  const path = file('totals.csv', `${lines.join('\n')}\n`);
  const rows: SummaryRow[] = [];
  let pending = 0;
  let valid = 0;
  for (const c of contracts) {
    try {
      const { id: _id, ...contract } = c;
      const r = am.summaryRows(am.simulate(contract as never));
      rows.push(...r);
      valid++;
      pending += r.filter((x) => x.amount === null).length;
    } catch {
      // an invalid contract counts in no total
    }
  }
  const totals = totalsOf(am.SUMMARY_COLUMNS, rows);
  const expected = am.SUMMARY_COLUMNS.filter((c) => c.total).map((c) => `${c.label.fr}  ${formatCell(c.kind, totals[c.key]!, 'fr')}`);

  it('--jobs 1 and --jobs 2: the same totals, those of the library’s rows; the years not known yet are said', () => {
    expect(pending).toBeGreaterThan(0);
    expect(valid).toBeGreaterThan(500);
    expect(valid).toBeLessThan(contracts.length);
    for (const jobs of ['1', '2']) {
      const r = run(['am', path, '--jobs', jobs]);
      expect(r.code, jobs).toBe(1);
      const tail = r.out.slice(r.out.lastIndexOf('Total connu du fichier'));
      expect(tail.split('\n')[0], jobs).toBe(`Total connu du fichier (${valid} ligne(s) valide(s) ; ${pending} année(s) dont l’aide attend l’atteinte de l’objectif, non comptée(s)) :`);
      const shown = tail.split('\n').slice(1, 1 + expected.length).map((l) => l.trim().replace(/\s{2,}/g, '  '));
      expect(shown, jobs).toEqual(expected);
    }
  });

  it('a contract’s own total row in the table is totalsOf over its years', () => {
    const r = run(['am', '--example']);
    const sim = am.simulate(input('examples/assistant-medical/contract.json') as never);
    const t = totalsOf(am.SUMMARY_COLUMNS, am.summaryRows(sim));
    const totalRow = r.out.split('\n').find((l) => l.trim().startsWith('Total '))!;
    for (const key of ['ceiling', 'amount', 'payment1Amount', 'payment2Amount'] as const) expect(totalRow).toContain(formatCell('euro', t[key]!, 'fr'));
  });

  it('in English with --lang en; no total block when no row is valid', () => {
    expect(run(['cpts', '--example', '--lang', 'en']).out).toContain('Total of the file (1 valid row(s)):');
    const none = run(['am', file('none-valid.json', JSON.stringify([{ signedOn: 'x' }]))]);
    expect(none.code).toBe(1);
    expect(none.out).not.toContain('Total');
  });
});

describe('--format html: the report of each contract', () => {
  const examples: [string, string][] = [
    ['am', 'examples/assistant-medical/contract.json'],
    ['msp', 'examples/aci-msp/msp.json'],
    ['msp', 'examples/aci-msp/contract.json'],
    ['cpts', 'examples/aci-cpts/contract.json'],
    ['cpts', 'examples/aci-cpts/contrat-annee.json'],
  ];
  for (const [name, path] of examples) {
    it(`${name} ${path} --format html > rapport.html: one well-formed French document with the library’s figures`, () => {
      const r = run([name, path, '--format', 'html']);
      expect(r.code).toBe(0);
      expect(r.err).toBe('');
      expect(r.out.startsWith('<!doctype html>')).toBe(true);
      expect(r.out.trimEnd().endsWith('</html>')).toBe(true);
      expect(r.out).toContain('<html lang="fr">');
      expect(parseErrors(r.out)).toEqual([]);
      // the figures of the summary: the first total column's amount
      const summary = jsonLines(run([name, path, '--format', 'jsonl']).out)[0]!.summary as Record<string, string>[];
      const key = COMMANDS[name]!.columns.find((c) => c.kind === 'euro' && c.total)!.key;
      expect(r.out).toContain(formatCell('euro', summary[0]![key]!, 'fr').replace(/\u202f/g, '\u202f'));
    });
  }

  it('--lang en: the report in English', () => {
    const r = run(['am', '--example', '--format', 'html', '--lang', 'en']);
    expect(r.out).toContain('<html lang="en">');
    expect(textOf(r.out, 'data-total="amount"')).toBeDefined();
  });

  it('several contracts: refused (exit 2) with a message naming --output-dir, and nothing on stdout', () => {
    const r = run(['am', 'examples/assistant-medical/contrats.csv', '--format', 'html']);
    expect(r.code).toBe(2);
    expect(r.out).toBe('');
    expect(r.err).toContain('plusieurs contrats dans l’entrée (lignes 2 et 3…) : un rapport HTML par contrat avec --output-dir <dossier>');
  });

  it('--output-dir: one file per contract named after its id (or its line), invalid rows on stderr; written + invalid = rows', () => {
    const dir = join(TMP, 'rapports');
    rmSync(dir, { recursive: true, force: true });
    const csv = file('rapports.csv', 'id;signedOn;hiredOn;option;band\r\ndr-a;01/03/2021;01/04/2021;1/3;P30-P50\r\n;01/09/2024;01/10/2024;1/2;P50-P70\r\ndr-x;31/02/2024;01/10/2024;1/2;P50-P70\r\nDr É/1;01/09/2024;01/10/2024;1;P50-P70\r\ndr-a;01/09/2024;01/10/2024;1;P50-P70\r\n');
    const r = run(['am', csv, '--format', 'html', '--output-dir', dir]);
    expect(r.code).toBe(1);
    const files = readdirSync(dir).sort();
    expect(files).toEqual(['Dr-E-1.html', 'dr-a-ligne-6.html', 'dr-a.html', 'ligne-3.html']);
    expect(r.out.trim().split('\n')).toEqual(['dr-a.html', 'ligne-3.html', 'Dr-E-1.html', 'dr-a-ligne-6.html'].map((f) => join(dir, f)));
    expect(r.err).toContain('Ligne 4 — dr-x : invalide');
    expect(r.err).toContain('5 ligne(s) : 4 valide(s), 1 invalide(s)');
    for (const f of files) expect(parseErrors(readFileSync(join(dir, f), 'utf8')), f).toEqual([]);
  });

  it('--output-dir without --format html: exit 2', () => {
    expect(run(['am', '--example', '--output-dir', join(TMP, 'x')]).code).toBe(2);
    expect(existsSync(join(TMP, 'x'))).toBe(false);
  });

  it('the collective contract has its report too, with the eligibility of its group', () => {
    const r = run(['am-collectif', '--example', '--format', 'html']);
    expect(r.code).toBe(0);
    expect(parseErrors(r.out)).toEqual([]);
    expect(r.out).toContain('88\u202f846,15\u00a0€');
    expect(r.out).toMatch(/[ÉE]ligibilit[ée]/);
  });
});

describe('the command line adds nothing up (issue 10)', () => {
  it('no Decimal arithmetic, rounding or money helper in src/cli: figures come from the schemes, totals from totalsOf', () => {
    const dir = join(ROOT, 'src', 'cli');
    const found: string[] = [];
    for (const name of readdirSync(dir)) {
      readFileSync(join(dir, name), 'utf8')
        .split('\n')
        .forEach((line, i) => {
          if (line.includes('Date.now()')) return; // the progress count's elapsed seconds
          if (/\.(plus|minus|times|mul|dividedBy|div|toDecimalPlaces|toDP|round|toNearest)\(|\.toFixed\(\s*\d|roundToCent|allocate\(|\bsum\(|Math\.round/.test(line)) found.push(`${name}:${i + 1}: ${line.trim()}`);
        });
    }
    expect(found).toEqual([]);
  });
});

describe('tables and headings name the texts, the CSV keeps their codes', () => {
  it('« texte Avenant 7 » in the table, « avenant-7 » in the CSV; MSP « Avenant 1 »', () => {
    for (const { scheme, column, code, name } of [
      { scheme: am.SUMMARY_COLUMNS, column: 'regime', code: 'avenant-7', name: 'Avenant 7' },
      { scheme: aciMsp.SUMMARY_COLUMNS, column: 'version', code: 'avenant-1', name: 'Avenant 1' },
      { scheme: aciCpts.SUMMARY_COLUMNS, column: 'text', code: 'avenant-2', name: 'Avenant 2' },
    ] as const) {
      const c = (scheme as readonly { key: string }[]).find((x) => x.key === column) as Parameters<typeof formatCell>[0];
      expect(formatCell(c, code, 'fr')).toBe(name);
    }
    const table = run(['am', '--example']);
    expect(table.out).toContain('texte Avenant 7, tranche P30-P50');
    const csv = run(['am', '--example', '--format', 'csv']);
    expect(csv.out).toContain('avenant-7');
  });
});

describe('the total row does not push the table to the right', () => {
  it('« Total connu » is written over the empty cells at the start of its row: the years stay under « Année »', async () => {
    const { summaryTable } = await import('../../src/cli/table.js');
    const sim = am.simulate({ signedOn: '2024-09-01', hiredOn: '2024-10-01', option: '1', band: 'P30-P50' });
    const pending = (row: SummaryRow) => row['amount'] === null;
    const lines = summaryTable(am.SUMMARY_COLUMNS, am.summaryRows(sim), ['year', 'from', 'to', 'ceiling', 'amount'], 'fr', { total: true, pending });
    expect(lines[0]!.startsWith('Année  Début')).toBe(true);
    expect(lines[1]!.startsWith('    1  ')).toBe(true);
    expect(lines.at(-1)!.startsWith('Total connu ')).toBe(true);
  });
});
