/**
 * The flat forms a person fills in a spreadsheet (issue 12): `<command> --template` prints a model file
 * whose example row reads back into the bundled JSON input it stands for (the same amounts), in both
 * conventions; the same forms saved by French Excel (BOM or Windows-1252, `;`, decimal commas, grouped
 * thousands, French values and other French names of the columns) give the same amounts as JSON.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { COMMANDS } from '../../src/cli/commands.js';
import { CsvReader, type CsvRecord } from '../../src/cli/csv.js';
import { converterOf, headerKey } from '../../src/cli/cells.js';
import { fieldOf, frenchName } from '../../src/cli/template.js';
import { ROOT, emptySkipped, excel1252, excelUtf8, file, jsonLines, run } from './fixtures.js';

/** The summary rows of a JSON Lines output, one list a valid line (invalid lines: their errors). */
function summaries(out: string): unknown[] {
  return jsonLines(out).map((l) => (l.ok ? l.summary : { errors: l.errors }));
}

/** The cells of a CSV text (BOM dropped). */
function cellsOf(text: string, separator: string): string[][] {
  const reader = new CsvReader(separator);
  return [...reader.push(text.replace(/^\ufeff/, '')), ...reader.end()].map((e) => (e as CsvRecord).cells);
}

describe('--template: a model file whose example row gives the amounts of the JSON input it stands for', () => {
  for (const [name, command] of Object.entries(COMMANDS)) {
    describe(name, () => {
      const reference = run([name, command.template.json, '--format', 'jsonl']);

      it(`the JSON input (${command.template.json}) is computed`, () => {
        expect(reference.code).toBe(0);
        expect(jsonLines(reference.out)).toHaveLength(1);
      });

      it('French (default): BOM, ;, CRLF, French headings (no dotted field name), read back with no unknown column and the same amounts', () => {
        const t = run([name, '--template']);
        expect(t.code).toBe(0);
        expect(t.out.startsWith('\ufeff')).toBe(true);
        expect(t.out.endsWith('\r\n')).toBe(true);
        const [heading, example, ...more] = cellsOf(t.out, ';');
        expect(more).toEqual([]);
        expect(heading).toHaveLength(command.template.columns.length);
        expect(example).toHaveLength(heading!.length);
        for (const h of heading!) expect(h, h).not.toMatch(/^[a-z]+\.[a-zA-Z]/);
        const r = run([name, file(`${name}-modele.csv`, t.out), '--format', 'jsonl']);
        expect(r.err).toBe('');
        expect(r.code).toBe(0);
        expect(summaries(r.out)).toEqual(summaries(reference.out));
      });

      it('English (--csv en): ",", the fields’ dotted names, the library’s values, the same amounts', () => {
        const t = run([name, '--template', '--csv', 'en']);
        expect(t.code).toBe(0);
        expect(t.out.startsWith('id,')).toBe(true);
        expect(t.out).not.toContain('\r');
        expect(cellsOf(t.out, ',')[0]).toEqual(cellsOf(run([name, '--template']).out, ';')[0]!.map((_, i) => command.template.columns[i]));
        const r = run([name, file(`${name}-template.csv`, t.out), '--format', 'jsonl']);
        expect(r.err).toBe('');
        expect(summaries(r.out)).toEqual(summaries(reference.out));
      });
    });
  }

  it('--template takes no input file (exit 2)', () => {
    const r = run(['am', 'examples/assistant-medical/contract.json', '--template']);
    expect(r.code).toBe(2);
    expect(r.err).toContain('--template ne prend pas de fichier d’entrée');
  });
});

/** The French model file of a command as cells, edited the way a person fills it: columns renamed, cells rewritten. */
function filled(name: string, edits: { rename?: Record<string, string>; cells?: Record<string, string> }): string[][] {
  const [heading, example] = cellsOf(run([name, '--template']).out, ';') as [string[], string[]];
  const row = heading.map((h, i) => edits.cells?.[h] ?? example[i]!);
  return [heading.map((h) => edits.rename?.[h] ?? h), row];
}

describe('ACI MSP flat form as French Excel saves it: the indicators as columns, French values', () => {
  const reference = summaries(run(['msp', 'examples/aci-msp/msp.json', '--format', 'jsonl']).out)[0];
  const edits = {
    rename: {
      'Amplitude horaire': 'AMPLITUDE D’OUVERTURE',
      'Patientèle de référence': 'patientele',
      'Fermeture pendant les vacances scolaires': 'Fermeture vacances scolaires',
      'Système d’information labellisé standard': 'SI standard',
    },
    cells: {
      'Patientèle de référence': '5\u00a0200',
      IPA: 'VRAI',
      'Taux C2S': '11,2 %',
      'Taux national C2S': '7,5 %',
      'Amplitude horaire': '10h à 12h',
      'Fermeture pendant les vacances scolaires': 'Moins de deux semaines',
      'Missions de santé publique': 'Couverture vaccinale ; Surpoids et obésité chez l’enfant',
      'Part des médecins participant au SAS': '60 %',
      'Fonction de coordination': 'VRAI',
      'Fermeture de plus d’une semaine hors vacances scolaires': 'FAUX',
    },
  };
  const [heading, row] = filled('msp', edits) as [string[], string[]];
  const blank = heading.map(() => '');

  it('"CSV UTF-8" (BOM) and plain "CSV (point-virgule)" in Windows-1252, an empty row between: the amounts of msp.json', () => {
    for (const [kind, bytes] of [
      ['utf8', excelUtf8([heading, blank, row])],
      ['1252', excel1252([heading, blank, row])],
    ] as const) {
      const r = run(['msp', file(`msp-plat-${kind}.csv`, bytes), '--format', 'jsonl']);
      expect(r.code, kind).toBe(0);
      expect(summaries(r.out), kind).toEqual([reference]);
      expect(emptySkipped(r.err), kind).toBe(1);
      expect(jsonLines(r.out)[0]!.line, kind).toBe(3);
    }
  });

  it('a value the form does not know is the row’s error, naming its column; the other rows computed', () => {
    const bad = heading.map((h, i) => (h === 'AMPLITUDE D’OUVERTURE' ? 'toute la journée' : row[i]!));
    const r = run(['msp', file('msp-plat-erreur.csv', excelUtf8([heading, row, bad, row])), '--format', 'jsonl']);
    expect(r.code).toBe(1);
    const lines = jsonLines(r.out);
    expect(lines.map((l) => l.ok)).toEqual([true, false, true]);
    expect(lines[1]!.errors[0]).toMatchObject({ column: 'AMPLITUDE D’OUVERTURE', field: 'achievements.horaires-ouverture-snp.amplitude', received: 'toute la journée' });
  });
});

describe('ACI CPTS flat form: the missions as columns, one row per contract year', () => {
  // The bundled contract and its results, year by year, in the library's JSON form…
  const example = JSON.parse(readFileSync(join(ROOT, 'examples', 'aci-cpts', 'contract.json'), 'utf8')) as {
    contract: { signedOn: string; population: number; missions: { mission: string; start: string }[] };
    resultsByYear: Record<string, { crisisDeclared?: boolean }>;
  };
  const years = [1, 2, 3, 4, 5];
  const jsonl = years.map((year) => JSON.stringify({ id: `annee-${year}`, contract: example.contract, year, results: example.resultsByYear[String(year)] })).join('\n');
  const reference = run(['cpts', file('cpts-annees.jsonl', jsonl), '--format', 'jsonl']);
  const fr = (iso: string) => `${iso.slice(8, 10)}/${iso.slice(5, 7)}/${iso.slice(0, 4)}`;

  it('each year’s indicators reached, as the sum of their payouts, give the amounts of the contract with all its indicators (UTF-8 and Windows-1252)', () => {
    expect(reference.code).toBe(0);
    const results = jsonLines(reference.out).map((l) => l.result as { missions: { mission: string; indicators: { payout: string }[] }[] });
    // … and the same contract in the flat form: each mission's start date, and each year the payouts of its reached indicators added up
    const names: Record<string, string> = { acces: 'Accès aux soins', parcours: 'Parcours', prevention: 'Prévention', crise: 'Crises sanitaires', qualite: 'Qualité', accompagnement: 'Accompagnement' };
    const missions = example.contract.missions;
    const heading = ['Identifiant', 'Date de signature', 'Population couverte', 'Année du contrat', ...missions.flatMap((m) => [`${names[m.mission]} : démarrage`, ...(m.mission === 'crise' ? [] : [`${names[m.mission]} : indicateurs atteints`])]), 'Crise sanitaire déclarée'];
    const rows = years.map((year, i) => [
      `annee-${year}`,
      fr(example.contract.signedOn),
      String(example.contract.population).replace(/\B(?=(\d{3})+(?!\d))/g, '\u202f'),
      String(year),
      ...missions.flatMap((m) => {
        const paid = results[i]!.missions.find((x) => x.mission === m.mission)?.indicators.reduce((s, ind) => s + Number(ind.payout), 0) ?? 0;
        return [fr(m.start), ...(m.mission === 'crise' ? [] : [paid > 0 ? String(paid).replace('.', ',') : ''])];
      }),
      example.resultsByYear[String(year)]?.crisisDeclared ? 'VRAI' : 'FAUX',
    ]);
    for (const [kind, bytes] of [
      ['utf8', excelUtf8([heading, ...rows])],
      ['1252', excel1252([heading, ...rows])],
    ] as const) {
      const r = run(['cpts', file(`cpts-plat-${kind}.csv`, bytes), '--format', 'jsonl']);
      expect(r.code, kind).toBe(0);
      expect(summaries(r.out), kind).toEqual(summaries(reference.out));
    }
  });

  it('an amount reached for a mission the row does not start is an error of that row, in the flat form’s terms', () => {
    const [heading, row] = filled('cpts', { cells: { 'Qualité : démarrage': '' } }) as [string[], string[]];
    const r = run(['cpts', file('cpts-plat-erreur.csv', excelUtf8([heading, row])), '--format', 'jsonl']);
    expect(r.code).toBe(1);
    expect(jsonLines(r.out)[0]!.errors[0]).toMatchObject({ field: 'results.reached.qualite', column: 'Qualité : indicateurs atteints' });
  });

  it('a whole contract (no contract year) with results is refused rather than computed without them', () => {
    const [heading, row] = filled('cpts', { cells: { 'Année du contrat': '' } }) as [string[], string[]];
    const r = run(['cpts', file('cpts-plat-sans-annee.csv', excelUtf8([heading, row])), '--format', 'jsonl']);
    expect(r.code).toBe(1);
    expect(jsonLines(r.out)[0]!.errors[0].field).toBe('results');
  });
});

describe('collective contract flat form: the doctors as numbered columns', () => {
  const reference = summaries(run(['am-collectif', 'examples/assistant-medical/collective.json', '--format', 'jsonl']).out)[0];

  it('Windows-1252, other French writings of the values: the amounts of collective.json', () => {
    const [heading, row] = filled('am-collectif', {
      rename: { 'ETP financés': 'Nombre d’ETP', 'Médecin 3 : secteur': 'MÉDECIN 3 : SECTEUR' },
      cells: { 'Médecin 1 : spécialité': 'Médecine Générale', 'Médecin 3 : secteur': 'secteur 2 OPTAM', 'Médecin 1 : maître de stage': 'VRAI', 'Médecin 4 : patientèle médecin traitant': '1\u00a0200' },
    }) as [string[], string[]];
    const r = run(['am-collectif', file('collectif-plat-1252.csv', excel1252([heading, row])), '--format', 'jsonl']);
    expect(r.code).toBe(0);
    expect(summaries(r.out)).toEqual([reference]);
  });

  it('an error of a doctor names the doctor’s column', () => {
    const [heading, row] = filled('am-collectif', { cells: { 'Médecin 2 : secteur': '3' } }) as [string[], string[]];
    const r = run(['am-collectif', file('collectif-plat-erreur.csv', excelUtf8([heading, row])), '--format', 'jsonl']);
    expect(r.code).toBe(1);
    expect(jsonLines(r.out)[0]!.errors[0]).toMatchObject({ field: 'doctors.2.sector', column: 'Médecin 2 : secteur', received: '3' });
  });
});

describe('the columns of each command', () => {
  it('no two fields share a name (path or French alias, as headers are matched): a heading names one field', () => {
    for (const [name, command] of Object.entries(COMMANDS)) {
      const seen = new Map<string, string>();
      for (const f of command.fields) {
        for (const n of [f.path, ...(f.aliases ?? [])]) {
          const key = headerKey(n);
          expect(seen.get(key) ?? f.path, `${name}: "${n}"`).toBe(f.path);
          seen.set(key, f.path);
        }
      }
    }
  });

  it('every French value of a choice is read as the library’s value (and the library’s own value too)', () => {
    for (const command of Object.values(COMMANDS)) {
      for (const f of command.fields.filter((x) => x.values)) {
        const read = converterOf(f.kind === 'list' ? 'choice' : f.kind, f.values);
        for (const [alias, value] of f.values!) {
          expect(read(alias), `${f.path}: ${alias}`).toBe(value);
          expect(read(alias.toUpperCase()), `${f.path}: ${alias}`).toBe(value);
          expect(read(value), `${f.path}: ${value}`).toBe(value);
        }
      }
    }
  });
});

describe('the bundled flat files', () => {
  it('the model files in examples/ are what --template prints', () => {
    const models: [string, string][] = [
      ['am', 'examples/assistant-medical/modele-am.csv'],
      ['am-collectif', 'examples/assistant-medical/modele-am-collectif.csv'],
      ['msp', 'examples/aci-msp/modele-msp.csv'],
      ['cpts', 'examples/aci-cpts/modele-cpts.csv'],
    ];
    for (const [name, path] of models) expect(readFileSync(join(ROOT, path), 'utf8'), path).toBe(run([name, '--template']).out);
  });

  it('examples/aci-msp/msp-plat.csv (French) gives the results of examples/aci-msp/msp.csv (dotted English columns)', () => {
    const french = run(['msp', 'examples/aci-msp/msp-plat.csv', '--format', 'jsonl']);
    expect(french.code).toBe(0);
    expect(french.out).toBe(run(['msp', 'examples/aci-msp/msp.csv', '--format', 'jsonl']).out);
  });

  it('examples/aci-cpts/cpts-plat.csv, one row per contract year, gives the years of examples/aci-cpts/contract.json', () => {
    const flat = jsonLines(run(['cpts', 'examples/aci-cpts/cpts-plat.csv', '--format', 'jsonl']).out).flatMap((l) => l.summary);
    const whole = jsonLines(run(['cpts', 'examples/aci-cpts/contract.json', '--format', 'jsonl']).out)[0]!.summary;
    expect(flat).toHaveLength(5);
    expect(flat).toEqual(whole);
  });
});

describe('README: the flat forms described column by column', () => {
  it('one table per command with every column: its French name, its English name, and the model file’s example', () => {
    const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
    for (const [name, command] of Object.entries(COMMANDS)) {
      const at = readme.indexOf(`#### \`${name}\``);
      expect(at, name).toBeGreaterThan(0);
      const table = readme.slice(at, readme.indexOf('\n\n', readme.indexOf('|---', at)));
      expect(table.split('\n').filter((l) => l.startsWith('| ') && !l.startsWith('| column')), name).toHaveLength(command.fields.length);
      for (const f of command.fields) expect(table, `${name}: ${f.path}`).toContain(`\`${f.path}\``);
      for (const path of command.template.columns) {
        const { spec, n } = fieldOf(command.fields, path);
        if (n !== undefined) continue; // the table names the numbered columns once (année N, Médecin N)
        expect(table, `${name}: ${path}`).toContain(`| ${frenchName(spec)} |`);
      }
    }
  });
});
