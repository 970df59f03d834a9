/**
 * The `am` command checks the doctor's eligibility when the row describes the doctor (issue 13: the report
 * shows "the regime and eligibility, the objective, …"), as `am-collectif` checks its group: the `doctor.*`
 * fields of `checkEligibility` (in CSV also « Médecin : secteur »…) are peeled off before `simulate` /
 * `yearlyAid`, the check's verdict and its criteria not met or to check are lines of the table, the result is
 * `eligibility` in JSON, the HTML report has its eligibility section; a bad doctor field is an error of its
 * row; a row without such a field is computed exactly as before.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { assistantMedical as am } from '../../src/index.js';
import { parseErrors } from '../support/html.js';
import { ROOT, excel1252, excelUtf8, file, jsonLines, run } from './fixtures.js';

const EXAMPLE = 'examples/assistant-medical/contract-with-doctor.json';
const example = JSON.parse(readFileSync(join(ROOT, EXAMPLE), 'utf8')) as Record<string, any>;
/** What the library says of the example's doctor. */
const expected = am.checkEligibility({ signedOn: example.signedOn, option: example.option, doctor: { specialty: example.specialty, ...example.doctor } });

/** The eligibility lines of a table: from « Éligibilité » (or « Eligibility ») to the years' heading. */
function eligibilityLines(out: string): string[] {
  const lines = out.split('\n');
  const at = lines.findIndex((l) => /^ {2}(Éligibilité :|Eligibility:)/.test(l));
  if (at < 0) return [];
  const end = lines.findIndex((l, i) => i > at && !/^ {4}[✗?] /.test(l));
  return lines.slice(at, end);
}

describe('am --example: the bundled contract and its doctor', () => {
  it('the bundled example is contract.json and its doctor: the same amounts, and the doctor is eligible', () => {
    const { doctor: _doctor, ...contract } = example;
    expect(contract).toEqual(JSON.parse(readFileSync(join(ROOT, 'examples/assistant-medical/contract.json'), 'utf8')));
    expect(expected.eligible && expected.certain).toBe(true);
    const withDoctor = jsonLines(run(['am', '--example', '--format', 'jsonl']).out)[0]!;
    const without = jsonLines(run(['am', 'examples/assistant-medical/contract.json', '--format', 'jsonl']).out)[0]!;
    expect(withDoctor.summary).toEqual(without.summary);
  });

  it('the table: « Éligibilité : oui » under the contract’s heading (English: « Eligibility: yes »)', () => {
    const r = run(['am', '--example']);
    expect(r.code).toBe(0);
    const lines = r.out.split('\n');
    expect(lines[0]).toMatch(/^Contrat dr-martin \(ligne 1\)/);
    expect(lines[1]).toBe('  Éligibilité : oui');
    expect(eligibilityLines(r.out)).toEqual(['  Éligibilité : oui']);
    expect(run(['am', '--example', '--lang', 'en']).out.split('\n')[1]).toBe('  Eligibility: yes');
  });

  it('--format html: the report has the eligibility section, one data-criterion item per criterion of checkEligibility', () => {
    const r = run(['am', '--example', '--format', 'html']);
    expect(r.code).toBe(0);
    expect(parseErrors(r.out)).toEqual([]);
    expect(r.out).toContain('<section id="eligibilite">');
    const criteria = [...r.out.matchAll(/<li data-criterion="([^"]+)">/g)].map((m) => m[1]);
    expect(criteria).toEqual(expected.reasons.map((x) => x.criterion));
    expect(criteria.length).toBeGreaterThan(3);
  });

  it('JSON: the result’s figures, then eligibility (its explanation only with --explain); the CSV has no more columns', () => {
    const [line] = jsonLines(run(['am', '--example', '--format', 'jsonl']).out);
    expect(Object.keys(line!.result)).toEqual(['regime', 'option', 'band', 'years', 'totals', 'eligibility']);
    expect(line!.result.eligibility).toMatchObject({ eligible: true, certain: true, regime: 'avenant-7' });
    expect(line!.result.eligibility.reasons.map((x: { criterion: string }) => x.criterion)).toEqual(expected.reasons.map((x) => x.criterion));
    expect(line!.result.eligibility.explanation).toBeUndefined();
    const [explained] = jsonLines(run(['am', '--example', '--format', 'jsonl', '--explain']).out);
    expect(explained!.result.eligibility.explanation.length).toBe(expected.explanation.length);
    const csv = run(['am', '--example', '--format', 'csv']).out.split('\n')[0]!;
    expect(csv).toBe(['line', 'id', ...am.SUMMARY_COLUMNS.map((c) => c.key), 'status', 'errors', 'input'].join(','));
  });
});

describe('a doctor not eligible, or whose eligibility the library cannot decide', () => {
  const contracts = [
    // sector 2 without OPTAM: not eligible
    { id: 'dr-s2', signedOn: '2021-09-15', hiredOn: '2021-10-04', option: '1/2', band: 'P30-P50', specialty: 'medecine-generale', doctor: { sector: '2', zone: 'none', groupPractice: true, coordinatedPractice: true, patientele: { medecinTraitant: 820 } } },
    // a cardiologist: the P30 of the specialty is unknown to the library, to check
    { id: 'dr-cardio', signedOn: '2024-09-01', hiredOn: '2024-10-01', option: '1', band: 'P50-P70', doctor: { specialty: 'cardiologie', sector: '2-optam', zone: 'zip', patientele: { fileActive: 3000 } } },
    // both, for one year of the contract
    { id: 'dr-both', signedOn: '2024-09-01', hiredOn: '2024-10-01', option: '1', band: 'P50-P70', year: 2, doctor: { specialty: 'cardiologie', sector: '2', zone: 'zip', patientele: { fileActive: 3000 } } },
  ];
  const check = (c: (typeof contracts)[number]) => am.checkEligibility({ signedOn: c.signedOn, option: c.option as never, doctor: { ...(c.specialty ? { specialty: c.specialty } : {}), ...c.doctor } as never });
  const path = file('eligibilite.json', JSON.stringify(contracts));

  it('« Éligibilité : non » with each criterion not met (✗), « à vérifier » with each one to check (?), as the library says them', () => {
    const r = run(['am', path]);
    expect(r.code).toBe(0);
    const blocks = r.out.split(/\n(?=Contrat )/);
    expect(blocks).toHaveLength(3);
    const [s2, cardio, both] = contracts.map(check);
    expect(s2!.eligible).toBe(false);
    expect(cardio!.eligible && !cardio!.certain).toBe(true);
    expect(!both!.eligible && !both!.certain).toBe(true);
    const lines = (e: am.Eligibility, verdict: string) => [`  Éligibilité : ${verdict}`, ...e.reasons.filter((x) => x.outcome !== 'met').map((x) => `    ${x.outcome === 'not-met' ? '✗' : '?'} ${x.label.fr}`)];
    expect(eligibilityLines(blocks[0]!)).toEqual(lines(s2!, 'non'));
    expect(eligibilityLines(blocks[1]!)).toEqual(lines(cardio!, 'à vérifier'));
    expect(eligibilityLines(blocks[2]!)).toEqual(lines(both!, 'non'));
    expect(eligibilityLines(run(['am', path, '--lang', 'en']).out.split(/\n(?=Contract )/)[1]!)[0]).toBe('  Eligibility: to check');
  });

  it('the HTML report of a doctor not eligible says so, each criterion with its outcome', () => {
    const one = file('eligibilite-non.json', JSON.stringify(contracts[0]));
    const r = run(['am', one, '--format', 'html']);
    expect(r.code).toBe(0);
    expect(r.out).toContain('<section id="eligibilite">');
    expect(r.out).toContain('<li data-criterion="am.eligibility.sector"><span class="outcome-not-met">');
  });
});

describe('a bad doctor field is an error of its row, naming the column as written', () => {
  const heading = ['Identifiant', 'Date de signature', 'Date d’embauche', 'Option', 'Tranche', 'Spécialité', 'Médecin : secteur', 'Médecin : zonage', 'Médecin : patientèle MT', 'Exercice regroupé', 'Médecin : exercice coordonné'];
  const good = ['dr-a', '15/09/2021', '04/10/2021', '1/2', 'P30-P50', 'médecine générale', '1', 'hors zonage', '820', 'oui', 'oui'];

  it('a sector the library does not know: the row is invalid (column, field, value received), the others computed', () => {
    const bad = good.map((c, i) => (i === 0 ? 'dr-b' : i === 6 ? '3' : c));
    const path = file('medecin-secteur-erreur.csv', excelUtf8([heading, good, bad, good.map((c, i) => (i === 0 ? 'dr-c' : c))]));
    const r = run(['am', path, '--format', 'jsonl']);
    expect(r.code).toBe(1);
    const lines = jsonLines(r.out);
    expect(lines.map((l) => l.ok)).toEqual([true, false, true]);
    expect(lines[1]!.errors).toEqual([expect.objectContaining({ column: 'Médecin : secteur', field: 'doctor.sector', received: '3' })]);
    const table = run(['am', path]);
    expect(table.out).toContain('Ligne 3 — dr-b : invalide\n  · doctor.sector : reçu "3", attendu l’un des secteurs');
  });

  it('the errors of the contract and of the doctor together (a date is reported once)', () => {
    const bad = good.map((c, i) => (i === 1 ? '31/02/2021' : i === 7 ? 'partout' : c));
    const r = run(['am', file('medecin-deux-erreurs.csv', excelUtf8([heading, bad])), '--format', 'jsonl']);
    expect(r.code).toBe(1);
    expect(jsonLines(r.out)[0]!.errors.map((e: { field: string }) => e.field)).toEqual(['signedOn', 'doctor.zone']);
  });

  it('a field the check needs and the row leaves empty is named (the minimum activity of a GP: the médecin-traitant patientèle)', () => {
    const r = run(['am', file('medecin-manque.csv', excelUtf8([heading, good.map((c, i) => (i === 8 ? '' : c))])), '--format', 'jsonl']);
    expect(r.code).toBe(1);
    expect(jsonLines(r.out)[0]!.errors[0]).toMatchObject({ column: 'Médecin : patientèle MT', field: 'doctor.patientele.medecinTraitant' });
  });

  it('two specialties for one doctor: an error naming doctor.specialty', () => {
    const r = run(['am', file('medecin-specialites.json', JSON.stringify({ ...example, doctor: { ...example.doctor, specialty: 'cardiologie' } })), '--format', 'jsonl']);
    expect(r.code).toBe(1);
    expect(jsonLines(r.out)[0]!.errors).toEqual([expect.objectContaining({ field: 'doctor.specialty', received: 'cardiologie' })]);
  });
});

describe('French headers as a person writes them', () => {
  it('« MÉDECIN : SECTEUR », « Zonage », « Exercice en groupe », « secteur 1 », « ZIP »…, saved in Windows-1252: the eligibility of the JSON input', () => {
    const heading = ['Référence', 'Signé le', 'Embauche', 'Quotité', 'Tranche de patientèle', 'Spécialité', 'Patientèle de départ', 'MÉDECIN : SECTEUR', 'Zonage', 'Médecin : patientèle médecin traitant', 'Exercice en groupe', 'exercice coordonne', 'Atteint 3', 'Atteint 4', 'Atteint 5'];
    const row = ['dr-martin', '15/09/2021', '04/10/2021', 'mi-temps', 'P30-P50', 'Médecine générale', '820', 'Secteur 1', 'hors zonage', '820', 'VRAI', 'oui', '1\u00a0025', '980', '1\u00a0060'];
    const r = run(['am', file('medecin-1252.csv', excel1252([heading, row])), '--format', 'jsonl']);
    expect(r.err).toContain('Windows-1252');
    expect(r.code).toBe(0);
    const [csv] = jsonLines(r.out);
    const [json] = jsonLines(run(['am', EXAMPLE, '--format', 'jsonl']).out);
    expect(csv!.summary).toEqual(json!.summary);
    expect(csv!.result.eligibility).toEqual(json!.result.eligibility);
  });

  it('the « Médecin : … » names and the others are listed in am --help, with no legal figure written', () => {
    const help = run(['am', '--help']).out;
    for (const name of ['doctor.sector | médecin : secteur', 'doctor.zone | médecin : zonage', 'doctor.patientele.medecinTraitant | médecin : patientèle médecin traitant', 'doctor.groupPractice | médecin : exercice regroupé']) {
      expect(help).toContain(name);
    }
    const en = run(['am', '--help', '--lang', 'en']).out;
    expect(en).toContain('Eligibility: yes');
    // the doctor's lines say no percentage nor threshold of the law (their meaning, before the kind of cell)
    const doctorLines = [...help.split('\n'), ...en.split('\n')].filter((l, i, all) => /^ {6}/.test(l) && /^ {2}doctor\./.test(all[i - 1] ?? '')).map((l) => l.split(' — ')[0]!);
    expect(doctorLines.length).toBeGreaterThan(20);
    for (const l of doctorLines) expect(l.replace(/avenant 7/gi, ''), l).not.toMatch(/\d/);
  });
});

describe('a row without the doctor’s eligibility fields is computed as before', () => {
  it('doctor.age and doctor.newlyInstalled alone set the objective and check nothing: no eligibility line, no eligibility in JSON', () => {
    const { doctor: _doctor, id: _id, ...contract } = example;
    const input = { ...contract, doctor: { age: 66 } };
    const path = file('medecin-age.json', JSON.stringify(input));
    const table = run(['am', path]);
    expect(table.code).toBe(0);
    expect(eligibilityLines(table.out)).toEqual([]);
    const [line] = jsonLines(run(['am', path, '--format', 'jsonl']).out);
    expect(line!.result.eligibility).toBeUndefined();
    expect(line!.summary).toEqual(JSON.parse(JSON.stringify(am.summaryRows(am.simulate(input as never)))));
    expect(run(['am', path, '--format', 'html']).out).not.toContain('data-criterion=');
  });
});
