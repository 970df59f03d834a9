/**
 * The command line in a French spreadsheet workflow (issue 12): files built the way French Excel saves
 * them (";", BOM or Windows-1252, CRLF, dd/mm/yyyy, decimal comma, grouped thousands, French headers,
 * empty rows) read, computed and written back with nothing lost and the same amounts as the JSON input.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CsvReader, type CsvRecord } from '../../src/cli/csv.js';
import { ROOT, emptySkipped, excel1252, excelUtf8, file, jsonLines, run } from './fixtures.js';

/** dd/mm/yyyy of an ISO date. */
const fr = (iso: string) => `${iso.slice(8, 10)}/${iso.slice(5, 7)}/${iso.slice(0, 4)}`;

/** The results of a JSON Lines run, by id. */
function resultsById(out: string): Map<string, unknown> {
  return new Map(jsonLines(out).map((l) => [l.id as string, l.ok ? l.result : l.errors]));
}

describe('assistant médical: French Excel in, the same amounts as JSON', () => {
  const contracts = [
    { id: 'dr-a', signedOn: '2021-03-01', hiredOn: '2021-04-01', option: '1/3', band: 'P30-P50', startingPatients: 700, reached: [840, 800, 900] },
    { id: 'dr-b', signedOn: '2024-09-01', hiredOn: '2024-10-01', option: '1/2', band: 'P50-P70', startingPatients: 1200, reached: [] },
    { id: 'dr-c', signedOn: '2020-01-15', hiredOn: '2020-02-01', option: '1', band: 'P95+', startingPatients: 3000, reached: [3000, 2950, 3010] },
    { id: 'dr-é', signedOn: '2022-02-28', hiredOn: '2022-03-15', option: '1/2', band: 'P70-P90', startingPatients: 1850, target: 2050, reached: [1900, 2010, 1990] },
    { id: 'Cabinet Œillet', signedOn: '2023-06-12', hiredOn: '2023-09-01', option: '1/2', band: 'P30-P50', startingPatients: 1045, target: 1200, reached: [1200, 1250, 1100] },
  ] as { id: string; signedOn: string; hiredOn: string; option: string; band: string; startingPatients: number; target?: number; reached: number[] }[];
  const json = contracts.map(({ reached, target, ...c }) => ({
    ...c,
    ...(target !== undefined ? { objective: { targetPatients: target } } : {}),
    ...(reached.length > 0 ? { achievements: reached.map((r, i) => ({ year: i + 3, reachedPatients: r })) } : {}),
  }));
  /** How a French user writes the option: every alias once. */
  const optionFr: Record<string, string[]> = { '1/3': ['1/3'], '1/2': ['mi-temps', '01-févr', '0,5'], '1': ['temps plein'] };
  const spaced = (n: number, sep: string) => String(n).replace(/\B(?=(\d{3})+(?!\d))/g, sep);
  const headerFr = ['Identifiant', 'Date de signature', 'Date d’embauche', 'Option', 'Tranche', 'Patientèle de départ', 'Objectif', 'Atteint 3', 'Atteint 4', 'Atteint 5'];
  const rowsFr = contracts.map((c, i) => [
    c.id,
    fr(c.signedOn),
    fr(c.hiredOn),
    optionFr[c.option]![i % optionFr[c.option]!.length]!,
    i % 2 === 0 ? c.band : c.band.toLowerCase(),
    spaced(c.startingPatients, i % 2 === 0 ? '\u00a0' : '\u202f'),
    c.target === undefined ? '' : spaced(c.target, ' '),
    ...[0, 1, 2].map((k) => (c.reached[k] === undefined ? '' : spaced(c.reached[k]!, ' '))),
  ]);
  const empty = headerFr.map(() => '');
  const table = [headerFr, rowsFr[0]!, empty, rowsFr[1]!, rowsFr[2]!, empty, rowsFr[3]!, rowsFr[4]!];
  const reference = resultsById(run(['am', file('am-reference.json', JSON.stringify(json)), '--format', 'jsonl']).out);

  it('the JSON input computes every contract (the reference)', () => {
    expect([...reference.keys()]).toEqual(contracts.map((c) => c.id));
    expect([...reference.values()].every((r) => !Array.isArray(r))).toBe(true);
  });

  it('"CSV UTF-8" (BOM, ;, CRLF), plain "CSV (point-virgule)" in Windows-1252, and an English CSV give the same results', () => {
    const english = [
      'id,signedOn,hiredOn,option,band,startingPatients,objective.targetPatients,reached.3,reached.4,reached.5',
      ...contracts.map((c) => [c.id, c.signedOn, c.hiredOn, c.option, c.band, c.startingPatients, c.target ?? '', ...[0, 1, 2].map((k) => c.reached[k] ?? '')].join(',')),
    ].join('\n');
    const inputs = {
      utf8: file('am-excel-utf8.csv', excelUtf8(table)),
      cp1252: file('am-excel-1252.csv', excel1252(table)),
      english: file('am-english.csv', english),
    };
    for (const [name, path] of Object.entries(inputs)) {
      const r = run(['am', path, '--format', 'jsonl']);
      expect(r.code, name).toBe(0);
      expect(resultsById(r.out), name).toEqual(reference);
      expect(emptySkipped(r.err), name).toBe(name === 'english' ? 0 : 2);
      const notices = r.err.split('\n').filter((l) => l.includes('Windows-1252'));
      expect(notices, name).toHaveLength(name === 'cp1252' ? 1 : 0);
    }
    // the rows keep their lines: the header is line 1, empty rows count
    expect(jsonLines(run(['am', inputs.cp1252, '--format', 'jsonl']).out).map((l) => l.line)).toEqual([2, 4, 5, 7, 8]);
  });

  it('written back for French Excel (BOM, ;, decimal comma, CRLF): every contract-year, the same amounts', () => {
    const r = run(['am', file('am-excel-utf8.csv', excelUtf8(table)), '--format', 'csv']);
    expect(r.code).toBe(0);
    expect(r.out.startsWith('\ufeffligne;id;Année;Début;Fin;Texte;Tranche;Plafond;Aide due;Objectif (patients);Patientèle atteinte;Atteinte;"1er versement, date";"1er versement, montant";"2e versement, date";"2e versement, montant";statut;erreurs;entrée\r\n')).toBe(true);
    expect(r.out.endsWith('\r\n')).toBe(true);
    expect(r.out.replace(/\r\n/g, '')).not.toContain('\n');
    const rows = r.out.slice(1).trim().split('\r\n').slice(1).map((l) => l.split(';'));
    const expected = [...reference].flatMap(([id, result]) => (result as { years: { year: number; ceiling: string; amount?: string }[] }).years.map((y) => [id, String(y.year), y.ceiling, y.amount ?? '']));
    const written = rows.map((c) => [c[1], c[2], c[7]!.replace(',', '.'), c[8]!.replace(',', '.')]);
    expect(written).toEqual(expected);
    // --csv en from the same French file: commas and dots, no BOM
    const en = run(['am', file('am-excel-utf8.csv', excelUtf8(table)), '--format', 'csv', '--csv', 'en']);
    expect(en.out.startsWith('line,id,year,from,to,regime,band,ceiling,amount,')).toBe(true);
    expect(en.out).toContain(',12000.00,');
  });

  it('the bundled French example (examples/assistant-medical/contrats.csv) gives the results of the English one', () => {
    const french = run(['am', 'examples/assistant-medical/contrats.csv', '--format', 'jsonl']);
    const english = run(['am', 'examples/assistant-medical/contracts.csv', '--format', 'jsonl']);
    expect(french.code).toBe(0);
    expect(resultsById(french.out).size).toBe(3);
    expect(french.out).toBe(english.out);
  });

  it('JSON in, --csv fr out: the French convention on request', () => {
    const r = run(['am', file('am-reference.json', JSON.stringify(json)), '--format', 'csv', '--csv', 'fr']);
    expect(r.out.startsWith('\ufeffligne;id;')).toBe(true);
    // dates dd/mm/yyyy, decimal commas, the payments of the year as columns
    expect(r.out).toContain('\r\n1;dr-a;1;01/04/2021;31/03/2022;avenant-7;P30-P50;12000,00;12000,00;;;;16/04/2021;8400,00;01/04/2022;3600,00;ok;;\r\n');
  });
});

describe('ACI MSP: French Excel in, the same amounts as the English CSV and as JSON', () => {
  const english = readFileSync(join(ROOT, 'examples', 'aci-msp', 'msp.csv'), 'utf8').trim().split('\n').map((l) => l.split(','));
  const header = english[0]!;
  const FRENCH_HEADERS: Record<string, string> = {
    id: 'Identifiant',
    year: 'Année',
    'contract.signedOn': 'Date de signature',
    'contract.projetDeSanteFiledOn': 'Date de dépôt du projet de santé',
    'contract.patientele': 'Patientèle',
    'contract.associatedProfessionals': 'Professionnels associés',
    'contract.ipa': 'IPA',
  };
  const frValue = (v: string) => (v === 'true' ? 'VRAI' : v === 'false' ? 'FAUX' : /^\d{4}-\d\d-\d\d$/.test(v) ? fr(v) : /^\d{4,}$/.test(v) ? v.replace(/\B(?=(\d{3})+(?!\d))/g, '\u00a0') : v);
  const table = [header.map((h) => FRENCH_HEADERS[h] ?? h), ...english.slice(1).map((r) => r.map(frValue))];

  /** The JSON of a row of the English CSV: dotted paths unfolded, true/false and numbers typed. */
  function record(row: string[]): Record<string, unknown> {
    const out: Record<string, unknown> = {};
    header.forEach((h, i) => {
      const v = row[i]!;
      const value = v === 'true' ? true : v === 'false' ? false : /^\d+$/.test(v) ? Number(v) : v;
      const parts = h.split('.');
      let cur = out;
      for (const p of parts.slice(0, -1)) cur = (cur[p] ??= {}) as Record<string, unknown>;
      cur[parts.at(-1)!] = value;
    });
    return out;
  }

  it('Windows-1252 with ;, VRAI/FAUX, dd/mm/yyyy and grouped thousands: the same results as the English CSV and the JSON', () => {
    const fromEnglish = run(['msp', 'examples/aci-msp/msp.csv', '--format', 'jsonl']);
    const fromJson = run(['msp', file('msp.jsonl', english.slice(1).map((r) => JSON.stringify(record(r))).join('\n')), '--format', 'jsonl']);
    const fromFrench = run(['msp', file('msp-excel-1252.csv', excel1252(table)), '--format', 'jsonl']);
    expect([fromEnglish.code, fromJson.code, fromFrench.code]).toEqual([0, 0, 0]);
    const reference = resultsById(fromJson.out);
    expect(reference.size).toBe(3);
    expect(resultsById(fromEnglish.out)).toEqual(reference);
    expect(resultsById(fromFrench.out)).toEqual(reference);
    const csv = run(['msp', file('msp-excel-1252.csv', excel1252(table)), '--format', 'csv']);
    const totals = csv.out.slice(1).trim().split('\r\n').slice(1).map((l) => l.split(';')[13]!.replace(',', '.'));
    expect(totals).toEqual([...reference.values()].map((r) => (r as { total: string }).total));
  });
});

describe('ACI CPTS: French Excel in, the same amounts as JSON Lines', () => {
  const contracts = [
    { id: 'cpts-a', contract: { signedOn: '2022-04-15', population: 91000, missions: [{ mission: 'acces', start: '2022-10-15' }, { mission: 'crise', start: '2022-10-15' }] }, resultsByYear: { '1': { crisisDeclared: true } } },
    { id: 'cpts-b', contract: { signedOn: '2024-01-10', population: 85500, missions: [{ mission: 'acces', start: '2024-01-10' }, { mission: 'crise', start: '2024-06-01' }], envelopes: { fonctionnement: '52500.50' } }, resultsByYear: { '2': { crisisDeclared: false } } },
  ];
  const header = ['Identifiant', 'Date de signature', 'Population', 'contract.missions.0.mission', 'contract.missions.0.start', 'contract.missions.1.mission', 'contract.missions.1.start', 'contract.envelopes.fonctionnement', 'resultsByYear.1.crisisDeclared', 'resultsByYear.2.crisisDeclared'];
  const rows = [
    ['cpts-a', '15/04/2022', '91 000', 'acces', '15/10/2022', 'crise', '15/10/2022', '', 'VRAI', ''],
    ['cpts-b', '10/01/2024', '85\u00a0500', 'acces', '10/01/2024', 'crise', '01/06/2024', '52\u202f500,50', '', 'FAUX'],
  ];

  it('the same funding, year by year', () => {
    const reference = resultsById(run(['cpts', file('cpts.jsonl', contracts.map((c) => JSON.stringify(c)).join('\n')), '--format', 'jsonl']).out);
    expect(reference.size).toBe(2);
    const r = run(['cpts', file('cpts-excel.csv', excelUtf8([header, ...rows])), '--format', 'jsonl']);
    expect(r.code).toBe(0);
    expect(resultsById(r.out)).toEqual(reference);
  });
});

describe('every output keeps the row: its id or its line, and for an invalid row its input and every error', () => {
  const path = file(
    'mixed.csv',
    excelUtf8([
      ['id', 'date de signature', 'date d’embauche', 'option', 'tranche', 'commentaire'],
      ['dr-a', '01/09/2024', '01/10/2024', 'mi-temps', 'P30-P50', ''],
      ['', '01/09/2024', '01/10/2024', 'temps plein', 'P50-P70', ''],
      ['dr-x', '31/02/2024', '01/10/2024', '3/4', 'P30-P50', 'à revoir'],
    ]),
  );

  it('table: "Contrat dr-a (ligne 2)", "Contrat ligne 3", "Ligne 4 — dr-x : invalide" with each error, the unknown column first', () => {
    const r = run(['am', path]);
    expect(r.code).toBe(1);
    expect(r.out).toContain('Contrat dr-a (ligne 2) — signé le 01/09/2024');
    expect(r.out).toContain('Contrat ligne 3 — signé le 01/09/2024');
    expect(r.out).toContain(
      [
        'Ligne 4 — dr-x : invalide',
        '  · colonne « commentaire » inconnue (les colonnes reconnues : exercice-coordonne am --help)',
        '  · colonne « date de signature » : « 31/02/2024 » n’est pas un jour du calendrier (jj/mm/aaaa, jour d’abord, ou aaaa-mm-jj)',
        '  · option : reçu "3/4", attendu ',
      ].join('\n'),
    );
    expect(r.out).toContain('  entrée : id : dr-x ; date de signature : 31/02/2024 ; date d’embauche : 01/10/2024 ; option : 3/4 ; tranche : P30-P50 ; commentaire : à revoir\n');
    expect(r.out).not.toContain('more)');
  });

  it('JSON Lines and JSON: line, id when there is one, input as written, errors with their column', () => {
    for (const format of ['jsonl', 'json']) {
      const r = run(['am', path, '--format', format]);
      const out = format === 'json' ? (JSON.parse(r.out) as Record<string, any>[]) : jsonLines(r.out);
      expect(out.map((l) => [l.line, l.id, l.ok])).toEqual([
        [2, 'dr-a', true],
        [3, undefined, true],
        [4, 'dr-x', false],
      ]);
      expect(out[2]!.input).toEqual({ id: 'dr-x', 'date de signature': '31/02/2024', 'date d’embauche': '01/10/2024', option: '3/4', tranche: 'P30-P50', commentaire: 'à revoir' });
      expect(out[2]!.errors.map((e: { column?: string }) => e.column)).toEqual(['commentaire', 'date de signature', 'option']);
    }
  });

  it('CSV: ligne and id columns on every row; an invalid row keeps its input as written and lists every error', () => {
    const r = run(['am', path, '--format', 'csv']);
    const reader = new CsvReader(';');
    const rows = [...reader.push(r.out.slice(1)), ...reader.end()].map((e) => (e as CsvRecord).cells);
    expect(rows[0]!.slice(0, 2)).toEqual(['ligne', 'id']);
    expect(rows[0]!.slice(-3)).toEqual(['statut', 'erreurs', 'entrée']);
    expect(rows.slice(1).map((c) => c.slice(0, 2))).toEqual([...Array(5).fill(['2', 'dr-a']), ...Array(5).fill(['3', '']), ['4', 'dr-x']]);
    expect(rows.every((c) => c.length === rows[0]!.length)).toBe(true);
    const invalid = rows.at(-1)!;
    expect(invalid.slice(2, -3).every((c) => c === '')).toBe(true);
    expect(invalid.at(-3)).toBe('invalide');
    expect(invalid.at(-2)).toMatch(/^colonne « commentaire » inconnue .* \| colonne « date de signature » .* \| option : reçu "3\/4", attendu /);
    expect(invalid.at(-1)).toBe('id : dr-x ; date de signature : 31/02/2024 ; date d’embauche : 01/10/2024 ; option : 3/4 ; tranche : P30-P50 ; commentaire : à revoir');
  });
});

describe('French by default', () => {
  it('help, messages and summary in French; English with --lang en; --version prints the package version', () => {
    const help = run(['am', '--help']);
    expect(help.out).toContain('Colonnes CSV');
    expect(help.out).toContain('date de signature');
    expect(help.out).toContain('"1/2" ← 1/2 ETP, 0,5, mi-temps, mi temps, demi-temps, ½, 50 %, 01-févr');
    expect(run(['am', '--help', '--lang', 'en']).out).toContain('CSV columns');
    expect(run(['--help']).out).toContain('Codes de sortie');
    expect(run(['nope']).err).toContain('commande inconnue "nope"');
    expect(run(['nope', '--lang', 'en']).err).toContain('unknown command "nope"');
    const version = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')).version as string;
    expect(run(['--version'])).toMatchObject({ code: 0, out: `${version}\n` });
    expect(run(['am', '--version']).out).toBe(`${version}\n`);
  });
});

describe('bad input: a clear message, the other rows computed', () => {
  it('a file that is not text (an .xlsx saved as .csv): exit 2, told to save it as CSV', () => {
    const r = run(['am', file('classeur.csv', Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00, 0x06, 0x00, 0x08, 0x00]))]);
    expect(r.code).toBe(2);
    expect(r.err).toContain('n’est pas un fichier texte (un classeur .xlsx ?)');
  });

  it('a header with no known column: exit 2, naming the columns read', () => {
    const r = run(['am', file('unknown-header.csv', 'Prénom;Ville\r\nJean;Lyon\r\n')]);
    expect(r.code).toBe(2);
    expect(r.err).toContain('aucune colonne connue dans l’en-tête (« Prénom », « Ville »)');
  });

  it('wrong cell counts and impossible or ambiguous dates: exit 1, each named by line and column, the rest computed', () => {
    const r = run([
      'am',
      file(
        'bad-rows.csv',
        excelUtf8([
          ['id', 'date de signature', 'date d’embauche', 'option', 'tranche'],
          ['a', '01/09/2024', '01/10/2024', '1/2', 'P30-P50'],
          ['b', '31/02/2024', '01/10/2024', '1/2', 'P30-P50'],
          ['c', '2024-13-01', '01/10/2024', '1/2', 'P30-P50'],
          ['d', '01/09/2024', '03/04/05', '1/2', 'P30-P50'],
          ['e', '01/09/2024', '01/10/2024'],
          ['f', '01/09/2024', '01/10/2024', '1/2', 'P30-P50', 'x'],
          ['g', '01/09/2024', '01/10/2024', '1/2', 'P30-P50'],
        ]),
      ),
      '--format',
      'jsonl',
    ]);
    expect(r.code).toBe(1);
    const out = jsonLines(r.out);
    expect(out.map((l) => [l.line, l.ok])).toEqual([
      [2, true],
      [3, false],
      [4, false],
      [5, false],
      [6, false],
      [7, false],
      [8, true],
    ]);
    expect(out.slice(1, 6).map((l) => [l.errors[0].column, l.errors[0].message])).toEqual([
      ['date de signature', 'colonne « date de signature » : « 31/02/2024 » n’est pas un jour du calendrier (jj/mm/aaaa, jour d’abord, ou aaaa-mm-jj)'],
      ['date de signature', 'colonne « date de signature » : « 2024-13-01 » n’est pas un jour du calendrier (jj/mm/aaaa, jour d’abord, ou aaaa-mm-jj)'],
      ['date d’embauche', 'colonne « date d’embauche » : « 03/04/05 » est ambiguë (année sur deux chiffres) ; écrivez la date jj/mm/aaaa'],
      [undefined, '3 cellule(s) pour 5 colonne(s) dans l’en-tête'],
      [undefined, '6 cellule(s) pour 5 colonne(s) dans l’en-tête'],
    ]);
    // the table names each by its line
    const table = run(['am', join(ROOT, '.tmp', 'cli', 'bad-rows.csv')]);
    expect(table.out).toContain('Ligne 6 — e : invalide\n  · 3 cellule(s) pour 5 colonne(s) dans l’en-tête');
  });
});
