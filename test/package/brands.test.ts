/**
 * One brand for every result, dual-package safe: a result made by the ESM build of the package is
 * recognised by the CommonJS build — its scheme's `summaryRows`, `contractReport` and `reportKind`, core
 * `resultKind` — and the other way round, for every scheme and every kind of result; `instanceof` would
 * not (each build has its own classes). Runs node on the package as a consumer imports it (by its name,
 * `dist/` built by `npm test`'s pretest).
 */
import { spawnSync } from 'node:child_process';
import { beforeAll, describe, expect, it } from 'vitest';
import { ROOT } from './pack.js';

/**
 * Makes every kind of result with one build (`maker`) and reads them with the other (`reader`): for each,
 * the kind the reader sees, its summary's row count and its report's kind (payment results), and whether
 * the two builds' classes differ (so `instanceof` would fail).
 */
const SCRIPT = `
import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
const require = createRequire(import.meta.url);
const esm = { lib: await import('exercice-coordonne'), report: await import('exercice-coordonne/report') };
const cjs = { lib: require('exercice-coordonne'), report: require('exercice-coordonne/report') };
const [maker, reader] = process.argv[1] === 'esm-to-cjs' ? [esm, cjs] : [cjs, esm];
const example = (file) => { const { id: _id, ...input } = JSON.parse(readFileSync(file, 'utf8')); return input; };

function results({ lib }) {
  const am = lib.assistantMedical, msp = lib.aciMsp, cpts = lib.aciCpts;
  const amContract = am.simulate(example('examples/assistant-medical/contract.json'));
  const collective = am.collective.simulate(example('examples/assistant-medical/collective.json'));
  const mspContract = msp.simulate(example('examples/aci-msp/contract.json'));
  const cptsContract = cpts.simulate(example('examples/aci-cpts/contract.json'));
  const group = example('examples/assistant-medical/collective.json').group;
  const mspYear = example('examples/aci-msp/msp.json');
  return [
    ['assistantMedical', amContract, true],
    ['assistantMedical', am.yearlyAid({ signedOn: '2024-09-01', hiredOn: '2024-10-01', option: '1/2', band: 'P50-P70', year: 1 }), true],
    ['assistantMedical.collective', collective, true],
    ['assistantMedical.collective', am.collective.yearlyAid({ signedOn: '2026-03-02', hiredOn: '2026-04-01', etp: 2, year: 1 }), true],
    ['aciMsp', mspContract, true],
    ['aciMsp', msp.yearlyRemuneration(mspYear), true],
    ['aciCpts', cptsContract, true],
    ['aciCpts', cptsContract.years[1], true],
    ['assistantMedical', am.checkEligibility({ signedOn: '2024-09-01', option: '1/2', doctor: { specialty: 'medecine-generale', sector: '1', zone: 'zip', groupPractice: true, coordinatedPractice: true, patientele: { medecinTraitant: 900 } } }), false],
    ['assistantMedical', am.objective({ signedOn: '2021-09-15', option: '1/2', band: 'P30-P50', startingPatients: 820 }), false],
    ['assistantMedical.collective', am.collective.checkEligibility({ signedOn: '2026-12-01', group }), false],
    ['assistantMedical.collective', am.collective.objective({ signedOn: '2026-12-01', etp: 5, startingPatientele: { medecinTraitant: 3600, fileActive: 5200 } }), false],
    ['aciMsp', msp.compare({ contract: mspYear.contract, year: mspYear.year, a: mspYear.achievements, b: mspYear.achievements, overrides: mspYear.overrides }), false],
    ['aciMsp', mspContract.years[0].byIndicator[0], false],
    ['aciCpts', cpts.sizeClass({ population: 91000, on: '2024-01-01' }), false],
  ];
}

const namespace = (lib, path) => path.split('.').reduce((o, k) => o[k], lib);
const made = results(maker);
const theirs = new Map(results(reader).map(([, r]) => [reader.lib.resultKind(r), r]));
const out = made.map(([ns, r, paid]) => {
  const kind = reader.lib.resultKind(r);
  const row = { kind, makerKind: maker.lib.resultKind(r), sameClass: Object.getPrototypeOf(theirs.get(kind) ?? {}) === Object.getPrototypeOf(r) };
  if (paid) {
    row.rows = namespace(reader.lib, ns).summaryRows(r).length;
    row.reportKind = reader.report.reportKind(r);
    try {
      const html = reader.report.contractReport(r);
      row.report = html.startsWith('<!doctype html>') && html.includes('class="bar-group"');
    } catch (e) {
      row.report = String(e.message ?? e);
    }
  }
  return row;
});
console.log(JSON.stringify(out));
`;

function run(direction: 'esm-to-cjs' | 'cjs-to-esm') {
  const r = spawnSync(process.execPath, ['--input-type=module', '-e', SCRIPT, direction], { cwd: ROOT, encoding: 'utf8' });
  expect(r.stderr).toBe('');
  return JSON.parse(r.stdout) as { kind: string; makerKind: string; sameClass: boolean; rows?: number; reportKind?: string; report?: boolean | string }[];
}

const EXPECTED: readonly { kind: string; rows?: number; reportKind?: string }[] = [
  { kind: 'assistant-medical.contract', rows: 5, reportKind: 'assistant-medical.contract' },
  { kind: 'assistant-medical.year', rows: 1, reportKind: 'assistant-medical.year' },
  { kind: 'assistant-medical.collective.contract', rows: 5, reportKind: 'assistant-medical.collective.contract' },
  { kind: 'assistant-medical.collective.year', rows: 1, reportKind: 'assistant-medical.collective.year' },
  { kind: 'aci-msp.contract', rows: 3, reportKind: 'aci-msp.contract' },
  { kind: 'aci-msp.year', rows: 1, reportKind: 'aci-msp.year' },
  { kind: 'aci-cpts.contract', rows: 5, reportKind: 'aci-cpts.contract' },
  { kind: 'aci-cpts.year', rows: 1, reportKind: 'aci-cpts.year' },
  { kind: 'assistant-medical.eligibility' },
  { kind: 'assistant-medical.objective' },
  { kind: 'assistant-medical.collective.eligibility' },
  { kind: 'assistant-medical.collective.objective' },
  { kind: 'aci-msp.comparison' },
  { kind: 'aci-msp.indicator' },
  { kind: 'aci-cpts.size' },
];

describe.each(['esm-to-cjs', 'cjs-to-esm'] as const)('results across the two builds (%s)', (direction) => {
  let seen: ReturnType<typeof run> = [];
  beforeAll(() => {
    seen = run(direction);
  }, 30_000);

  it('every kind of result of every scheme is recognised by the other build, whose classes are not the same', () => {
    expect(seen.map((s) => s.kind)).toEqual(EXPECTED.map((e) => e.kind));
    for (const s of seen) {
      expect(s.makerKind, s.kind).toBe(s.kind);
      expect(s.sameClass, `${s.kind}: the two builds share a class (instanceof would work: the test proves nothing)`).toBe(false);
    }
  });

  it("the other build's summaryRows give the rows of every payment result", () => {
    for (const [i, e] of EXPECTED.entries()) if (e.rows !== undefined) expect(seen[i]!.rows, e.kind).toBe(e.rows);
  });

  it("the other build's contractReport and reportKind recognise every payment result", () => {
    for (const [i, e] of EXPECTED.entries()) {
      if (e.rows === undefined) continue;
      expect(seen[i]!.report, e.kind).toBe(true);
      if (e.reportKind) expect(seen[i]!.reportKind, e.kind).toBe(e.reportKind);
    }
  });
});
