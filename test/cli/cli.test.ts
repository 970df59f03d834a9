/**
 * The command-line tool end to end: spawned as a process on small files, each input format, each output
 * format, each exit code.
 */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BIN, TMP, file, run } from './fixtures.js';

const good = { signedOn: '2021-03-01', hiredOn: '2021-04-01', option: '1/3', band: 'P30-P50', startingPatients: 700 };
const bad = { signedOn: '2021-02-30', hiredOn: '2021-04-01', option: '1/3', band: 'P30-P50' };

describe('exercice-coordonne am', () => {
  it('the bundled example (npm start) prints the aid year by year in fr-FR euros, exit 0', () => {
    const r = run(['am', '--example']);
    expect(r.code).toBe(0);
    expect(r.out).toContain('18\u202f000,00\u00a0€');
    expect(r.out).toContain('8\u202f585,37\u00a0€');
    expect(r.out).toContain('1 ligne(s) : 1 valide(s), 0 invalide(s)');
  });

  it('--explain adds the explanation with sources; --lang en translates', () => {
    const r = run(['am', '--example', '--explain', '--lang', 'en']);
    expect(r.code).toBe(0);
    expect(r.out).toContain('Maximum aid: €18,000.00');
    expect(r.out).toContain('https://www.ameli.fr/');
  });

  it('JSON array in, JSON Lines out; an invalid row is reported and the others computed: exit 1', () => {
    const path = file('mixed.json', JSON.stringify([good, bad, good]));
    const r = run(['am', path, '--format', 'jsonl']);
    expect(r.code).toBe(1);
    const lines = r.out.trim().split('\n').map((l) => JSON.parse(l));
    expect(lines.map((l) => [l.line, l.ok])).toEqual([
      [1, true],
      [2, false],
      [3, true],
    ]);
    expect(lines[0].result.years[0].ceiling).toBe('12000.00');
    expect(lines[0].result.explanation).toBeUndefined();
    expect(lines[1].errors[0].field).toBe('signedOn');
    expect(lines[1].input).toEqual(bad);
    expect(r.err).toContain('3 ligne(s) : 2 valide(s), 1 invalide(s)');
  });

  it('JSON Lines in (a broken line is an invalid row), CSV out', () => {
    const path = file('rows.jsonl', `${JSON.stringify({ ...good, year: 1 })}\n{not json\n${JSON.stringify({ ...good, year: 3, achievement: { reachedPatients: 770 } })}\n`);
    const r = run(['am', path, '--format', 'csv']);
    expect(r.code).toBe(1);
    const rows = r.out.trim().split('\n');
    // the scheme's summary columns, the payments of the year among them, then status, errors and the input of an invalid row
    expect(rows[0]).toBe('line,id,year,from,to,regime,band,ceiling,amount,targetPatients,reachedPatients,achievementRate,payment1Date,payment1Amount,payment2Date,payment2Amount,status,errors,input');
    expect(rows[1]).toBe('1,,1,2021-04-01,2022-03-31,avenant-7,P30-P50,12000.00,12000.00,,,,2021-04-16,8400.00,2022-04-01,3600.00,ok,,');
    expect(rows[2]).toMatch(/^2,,(,){14}invalid,"?JSON invalide.*,\{not json$/);
    expect(rows[3]).toBe('3,,3,2023-04-01,2024-03-31,avenant-7,P30-P50,7000.00,3500.00,840,770,0.5,2024-04-01,3500.00,,,ok,,');
  });

  it('CSV in with dotted columns and per-year achievements (the documented example file)', () => {
    const r = run(['am', 'examples/assistant-medical/contracts.csv', '--format', 'csv']);
    expect(r.code).toBe(0);
    const dra = r.out.split('\n').filter((l) => l.startsWith('2,dr-a,'));
    expect(dra.map((l) => l.split(',')[8])).toEqual(['12000.00', '9000.00', '7000.00', '5000.00', '7350.00']);
  });

  it('reads stdin with the format guessed', () => {
    const r = run(['am', '-', '--format', 'jsonl'], JSON.stringify(good));
    expect(r.code).toBe(0);
    expect(JSON.parse(r.out).result.years).toHaveLength(5);
    const csv = run(['am', '-', '--format', 'jsonl'], 'signedOn,hiredOn,option,band\n2024-09-01,2024-10-01,1/2,P30-P50\n');
    expect(csv.code).toBe(0);
    expect(JSON.parse(csv.out).result.years[0].ceiling).toBe('19000.00');
  });

  it('usage errors exit 2: unknown command, missing file, bad option value, unreadable JSON', () => {
    expect(run(['nope']).code).toBe(2);
    expect(run(['am', join(TMP, 'missing.json')]).code).toBe(2);
    expect(run(['am', '--example', '--format', 'xml']).code).toBe(2);
    expect(run(['am', file('broken.json', '{"signedOn": ')]).code).toBe(2);
    expect(run(['am']).code).toBe(2);
    expect(run(['am', 'x.xml']).err).toContain('format de x.xml inconnu');
    expect(run(['am', 'x.xml', '--lang', 'en']).err).toContain('cannot tell the format');
  });

  it('--help for the tool and for each command, exit 0', () => {
    const general = run(['--help']);
    expect(general.code).toBe(0);
    expect(general.out).toContain('Codes de sortie');
    expect(run(['--help', '--lang', 'en']).out).toContain('Exit codes');
    const am = run(['am', '--help']);
    expect(am.code).toBe(0);
    expect(am.out).toContain('achievement.reachedPatients');
  });
});

describe('exercice-coordonne cpts', () => {
  it('the bundled example prints the funding year by year and the payment schedule, exit 0', () => {
    const r = run(['cpts', '--example']);
    expect(r.code).toBe(0);
    expect(r.out).toContain('397\u202f500,00\u00a0€');
    expect(r.out).toContain('Versements');
  });

  it('JSON Lines out, one line per contract; CSV out, one row per contract year', () => {
    const jsonl = run(['cpts', '--example', '--format', 'jsonl']);
    expect(jsonl.code).toBe(0);
    const line = JSON.parse(jsonl.out);
    expect(line.result.years.at(-1).total).toBe('397500.00');
    const csv = run(['cpts', '--example', '--format', 'csv']);
    const rows = csv.out.trim().split('\n');
    expect(rows).toHaveLength(6);
    expect(rows[5]!.split(',').slice(2, 3)).toEqual(['5']);
    expect(rows[5]!.split(',')[11]).toBe('397500.00');
  });

  it('a contract with an error is reported with its field, exit 1', () => {
    const path = file('cpts.jsonl', `${JSON.stringify({ contract: { signedOn: '2023-01-01', population: -5, missions: [] } })}\n`);
    const r = run(['cpts', path, '--format', 'jsonl']);
    expect(r.code).toBe(1);
    const errors = JSON.parse(r.out).errors as { field: string }[];
    expect(errors.map((e) => e.field)).toContain('contract.population');
  });

  it('the library’s error in French by default, in English with --lang en; the flat form’s own errors too', () => {
    const path = file('cpts-fr.jsonl', `${JSON.stringify({ id: 'val', contract: { signedOn: '2023-02-30', population: 91000, missions: [] } })}\n`);
    const fr = run(['cpts', path]);
    expect(fr.code).toBe(1);
    expect(fr.out).toContain('Ligne 1 — val : invalide\n  · contract.signedOn : reçu "2023-02-30", attendu une date réelle écrite AAAA-MM-JJ (années 1900 à 2200)\n');
    const en = run(['cpts', path, '--lang', 'en']);
    expect(en.code).toBe(1);
    expect(en.out).toContain('Line 1 — val: invalid\n  · contract.signedOn: received "2023-02-30", expected a real calendar date written YYYY-MM-DD (years 1900-2200)\n');
    // re-pathed in the flat form's terms, both languages kept
    const flat = file('cpts-flat.jsonl', `${JSON.stringify({ contract: { signedOn: '2023-01-10', population: 91000, missions: { acces: { start: '2022-01-01' } } } })}\n`);
    expect(run(['cpts', flat]).out).toContain('  · contract.missions.acces.start : reçu "2022-01-01", attendu une date de démarrage égale ou postérieure à la date de signature du contrat (10/01/2023)\n');
    expect(run(['cpts', flat, '--lang', 'en']).out).toContain('  · contract.missions.acces.start: received "2022-01-01", expected a start date on or after the contract signature (2023-01-10)\n');
  });
});

describe('exercice-coordonne msp', () => {
  it('the bundled example prints every indicator, the total, the advance and the balance, exit 0', () => {
    const r = run(['msp', '--example']);
    expect(r.code).toBe(0);
    expect(r.out).toContain('13\u202f710,28');
    expect(r.out).toContain('99\u202f714,87\u00a0€');
  });

  it('CSV in with dotted columns, CSV out; a prérequis not met gives zero, a bad value exit 1', () => {
    const header = 'id,contract.signedOn,contract.projetDeSanteFiledOn,contract.patientele,contract.associatedProfessionals,year,achievements.fonction-coordination.met,achievements.si-standard.met,achievements.horaires-ouverture-snp.snp,achievements.horaires-ouverture-snp.amplitude,achievements.horaires-ouverture-snp.saturdayMorningOpen,achievements.horaires-ouverture-snp.schoolHolidayClosure,achievements.horaires-ouverture-snp.closedOverOneWeekOutsideSchoolHolidays,achievements.crises-sanitaires.plan';
    const rows = [
      'a,2019-03-15,2018-06-01,4000,13,2024,true,true,true,12h-or-more,true,under-2-weeks,false,true',
      'b,2019-03-15,2018-06-01,4000,13,2024,false,true,true,12h-or-more,true,under-2-weeks,false,true',
      'c,2019-03-15,2018-06-01,-4,13,2024,true,true,true,12h-or-more,true,under-2-weeks,false,true',
    ];
    const path = file('msp.csv', `${header}\n${rows.join('\n')}\n`);
    const r = run(['msp', path, '--format', 'csv']);
    expect(r.code).toBe(1);
    const out = r.out.trim().split('\n').map((l) => l.split(','));
    const at = (key: string) => out[0]!.indexOf(key);
    expect(out[1]![at('prerequisitesMet')]).toBe('true');
    expect(out[2]![at('prerequisitesMet')]).toBe('false');
    expect(out[2]![at('amount')]).toBe('0.00');
    expect(out[3]![at('status')]).toBe('invalid');
    // the advance and the balance with their due dates
    expect(out[1]!.slice(at('advanceDate'), at('balance') + 1)).toEqual(['2024-04-30', out[1]![at('advance')], '2025-04-30', out[1]![at('balance')]]);
  });
});

describe('large inputs on worker threads', () => {
  it('--jobs 2 gives byte-identical output to --jobs 1, in input order, invalid rows included (CSV and JSON Lines)', () => {
    const lines = ['signedOn,hiredOn,option,band,startingPatients,objective.targetPatients,year,achievement.reachedPatients'];
    const jsonl: string[] = [];
    for (let i = 0; i < 6000; i++) {
      const bad = i % 997 === 0;
      const year = 1 + (i % 5);
      const row = {
        signedOn: bad ? '2021-02-30' : `202${1 + (i % 3)}-0${1 + (i % 9)}-1${i % 10}`,
        hiredOn: `202${1 + (i % 3)}-1${i % 3}-0${1 + (i % 9)}`,
        option: '1/2',
        band: 'P50-P70',
        startingPatients: 900 + (i % 300),
        target: 1100 + (i % 300),
        year,
        reached: 950 + (i % 400),
      };
      lines.push(`${row.signedOn},${row.hiredOn},${row.option},${row.band},${row.startingPatients},${row.target},${year},${year >= 3 ? row.reached : ''}`);
      jsonl.push(JSON.stringify({ signedOn: row.signedOn, hiredOn: row.hiredOn, option: row.option, band: row.band, startingPatients: row.startingPatients, objective: { targetPatients: row.target }, year }));
    }
    const csv = file('many.csv', `${lines.join('\n')}\n`);
    const one = run(['am', csv, '--format', 'csv', '--jobs', '1']);
    const two = run(['am', csv, '--format', 'csv', '--jobs', '2']);
    expect(one.code).toBe(1);
    expect(two.code).toBe(1);
    expect(two.out).toBe(one.out);
    const out = one.out.trim().split('\n');
    expect(out).toHaveLength(6001);
    expect(out.slice(1).map((l) => Number(l.split(',')[0]))).toEqual(Array.from({ length: 6000 }, (_, i) => i + 2));
    const jl = file('many.jsonl', `${jsonl.join('\n')}\n`);
    const a = run(['am', jl, '--format', 'jsonl', '--jobs', '1']);
    const b = run(['am', jl, '--format', 'jsonl', '--jobs', '2']);
    expect(b.out).toBe(a.out);
    expect(a.out.trim().split('\n')).toHaveLength(6000);
  }, 60_000);

  it('--jobs must be a whole number from 1 to 64 (exit 2)', () => {
    expect(run(['am', '--example', '--jobs', '0']).code).toBe(2);
    expect(run(['am', '--example', '--jobs', 'two']).code).toBe(2);
  });
});

describe('other outputs', () => {
  it('--format json writes one JSON array of items, valid and invalid', () => {
    const path = file('two.json', JSON.stringify([good, bad]));
    const r = run(['am', path, '--format', 'json']);
    expect(r.code).toBe(1);
    const items = JSON.parse(r.out) as { line: number; ok: boolean }[];
    expect(items.map((i) => [i.line, i.ok])).toEqual([
      [1, true],
      [2, false],
    ]);
  });

  it('shows a progress count on stderr when it is a terminal (run under script(1) when available)', () => {
    const script = spawnSync('script', ['--version'], { encoding: 'utf8' });
    if (script.status !== 0) return; // no script(1) on this machine: nothing to check
    const lines = ['signedOn,hiredOn,option,band,year'];
    for (let i = 0; i < 25_000; i++) lines.push('2024-09-01,2024-10-01,1/2,P30-P50,1');
    const csv = file('progress.csv', `${lines.join('\n')}\n`);
    const r = spawnSync('script', ['-qc', `${process.execPath} ${BIN} am ${csv} --format csv > /dev/null`, '/dev/null'], { encoding: 'utf8', timeout: 60_000 });
    expect(r.stdout).toMatch(/\d+ lignes…/);
    expect(r.stdout).toMatch(/25000 lignes en [\d.]+ s/);
  }, 60_000);
});
