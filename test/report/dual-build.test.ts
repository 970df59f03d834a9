/**
 * The report subpath of the built package recognises a result made through another entry point of the
 * same build (CommonJS entries share their code), and an ACI MSP result made by either build (its brand).
 * Runs node on dist/ (built by `npm test`'s pretest).
 */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '..', '..');

function node(args: string[]) {
  return spawnSync(process.execPath, args, { cwd: ROOT, encoding: 'utf8' });
}

describe('exercice-coordonne/report, built', () => {
  it('CommonJS: reports results made through the package root and a scheme subpath', () => {
    const r = node([
      '-e',
      `const lib = require('./dist/index.cjs');
       const cpts = require('./dist/aci-cpts/index.cjs');
       const { contractReport, reportKind } = require('./dist/report/index.cjs');
       const { id, ...am } = require('./examples/assistant-medical/contract.json');
       const a = lib.assistantMedical.simulate(am);
       const c = cpts.simulate(require('./examples/aci-cpts/contract.json'));
       console.log(reportKind(a), reportKind(c), contractReport(a).startsWith('<!doctype html>'), cpts.summaryRows(lib.aciCpts.simulate(require('./examples/aci-cpts/contract.json'))).length);`,
    ]);
    expect(r.stderr).toBe('');
    expect(r.stdout.trim()).toBe('assistant-medical.contract aci-cpts.contract true 5');
  });

  it('ESM: reports the results of the package root', () => {
    const r = node([
      '--input-type=module',
      '-e',
      `import { aciCpts } from './dist/index.js';
       import { contractReport } from './dist/report/index.js';
       import { readFileSync } from 'node:fs';
       const s = aciCpts.simulate(JSON.parse(readFileSync('examples/aci-cpts/contract.json', 'utf8')));
       console.log(contractReport(s, { title: 'CPTS' }).includes('<title>CPTS</title>'));`,
    ]);
    expect(r.stderr).toBe('');
    expect(r.stdout.trim()).toBe('true');
  });

  it('an ACI MSP result of the ESM build is reported by the CommonJS build (brand)', () => {
    const r = node([
      '--input-type=module',
      '-e',
      `import { createRequire } from 'node:module';
       import { aciMsp } from './dist/index.js';
       import { readFileSync } from 'node:fs';
       const { reportKind } = createRequire(import.meta.url)('./dist/report/index.cjs');
       console.log(reportKind(aciMsp.yearlyRemuneration(JSON.parse(readFileSync('examples/aci-msp/msp.json', 'utf8')))));`,
    ]);
    expect(r.stderr).toBe('');
    expect(r.stdout.trim()).toBe('aci-msp.year');
  });
});
