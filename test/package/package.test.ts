/**
 * The package as published: `npm pack` output passes publint and @arethetypeswrong/cli, imports from
 * ESM and CommonJS, and a scheme's subpath pulls no other scheme's code.
 */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { build } from 'esbuild';
import { beforeAll, describe, expect, it } from 'vitest';
import { pack, ROOT } from './pack.js';

const BIN = join(ROOT, 'node_modules', '.bin');
let tarball = '';

beforeAll(() => {
  tarball = pack(join(ROOT, '.tmp', 'pack'));
}, 60_000);

function node(args: string[]) {
  return spawnSync(process.execPath, args, { cwd: ROOT, encoding: 'utf8' });
}

describe('the published package', () => {
  it('passes publint (strict)', () => {
    const r = spawnSync(join(BIN, 'publint'), ['run', tarball, '--strict'], { cwd: ROOT, encoding: 'utf8' });
    expect(r.stdout + r.stderr).toContain('All good');
    expect(r.status).toBe(0);
  });

  it('passes @arethetypeswrong/cli for every entry point and resolution mode', () => {
    const r = spawnSync(join(BIN, 'attw'), [tarball, '--format', 'json'], { cwd: ROOT, encoding: 'utf8' });
    const report = JSON.parse(r.stdout) as { analysis: { problems: unknown[] } };
    expect(report.analysis.problems).toEqual([]);
    expect(r.status).toBe(0);
  }, 60_000);

  it('imports from ESM', () => {
    const r = node([
      '--input-type=module',
      '-e',
      "import { assistantMedical } from 'exercice-coordonne'; import { yearlyAid } from 'exercice-coordonne/assistant-medical'; console.log(assistantMedical.regimeOf('2024-06-22'), yearlyAid({ signedOn: '2024-09-01', hiredOn: '2024-10-01', option: '1', band: 'P30-P50', year: 1 }).ceiling.toFixed(2));",
    ]);
    expect(r.stderr).toBe('');
    expect(r.stdout.trim()).toBe('convention-2024 38000.00');
  });

  it('requires from CommonJS, and the error brand works across the two builds', () => {
    const r = node([
      '-e',
      `const { assistantMedical, isExerciceCoordonneError } = require('exercice-coordonne');
       const am = require('exercice-coordonne/assistant-medical');
       console.log(assistantMedical.regimeOf('2019-09-01'), am.regimeOf('2023-05-01'));
       import('exercice-coordonne').then((esm) => {
         try { esm.assistantMedical.regimeOf('2018-01-01'); } catch (e) { console.log(isExerciceCoordonneError(e)); }
       });`,
    ]);
    expect(r.stderr).toBe('');
    expect(r.stdout.trim().split('\n')).toEqual(['avenant-7 reglement-arbitral-2023', 'true']);
  });

  it('does not change the global decimal.js configuration of the host application', () => {
    const r = node([
      '--input-type=module',
      '-e',
      "import Decimal from 'decimal.js'; const before = JSON.stringify([Decimal.precision, Decimal.rounding]); const { assistantMedical } = await import('exercice-coordonne'); assistantMedical.simulate({ signedOn: '2021-03-01', hiredOn: '2021-04-01', option: '1/3', band: 'P30-P50' }); console.log(before === JSON.stringify([Decimal.precision, Decimal.rounding]));",
    ]);
    expect(r.stdout.trim()).toBe('true');
  });

  async function bundle(contents: string): Promise<string> {
    const result = await build({
      stdin: { contents, resolveDir: ROOT },
      bundle: true,
      write: false,
      format: 'esm',
      platform: 'node',
      treeShaking: true,
      external: ['decimal.js', 'zod', 'date-fns'],
      logLevel: 'silent',
    });
    return result.outputFiles[0]!.text;
  }

  it('a scheme subpath bundles without the other schemes’ code (tree-shaking)', async () => {
    const am = await bundle("import { yearlyAid } from 'exercice-coordonne/assistant-medical'; console.log(yearlyAid);");
    expect(am).toContain('am.aid.ceiling');
    expect(am).not.toMatch(/['"`]msp\./);
    expect(am).not.toMatch(/['"`]cpts\./);
    const cpts = await bundle("import { simulate } from 'exercice-coordonne/aci-cpts'; console.log(simulate);");
    expect(cpts).toMatch(/['"`]cpts\./);
    expect(cpts).not.toContain('am.aid.ceiling');
    expect(cpts).not.toMatch(/['"`]msp\./);
    const msp = await bundle("import { yearlyRemuneration } from 'exercice-coordonne/aci-msp'; console.log(yearlyRemuneration);");
    expect(msp).toMatch(/['"`]msp\./);
    expect(msp).not.toContain('am.aid.ceiling');
    expect(msp).not.toMatch(/['"`]cpts\./);
  });
});
