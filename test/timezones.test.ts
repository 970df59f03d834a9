/**
 * No result depends on the machine's time zone: the same computations run under far-apart zones (and
 * zones with daylight-saving changes at midnight) give byte-identical JSON.
 */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '..');
const SCRIPT = `
import { assistantMedical as am } from 'exercice-coordonne';
const out = [];
for (const hiredOn of ['2020-02-29', '2021-03-28', '2021-10-31', '2023-12-31', '2024-06-22', '2024-03-31']) {
  out.push(am.simulate({ signedOn: '2019-09-01' < hiredOn && hiredOn < '2023-05-01' ? hiredOn : '2020-01-01', hiredOn, option: '1/2', band: 'P30-P50', startingPatients: 1000,
    achievements: [{ year: 3, reachedPatients: 1100 }, { year: 4, reachedPatients: 1250 }, { year: 5, reachedPatients: 1000 }] }));
}
out.push(am.checkEligibility({ signedOn: '2024-06-22', option: '1', doctor: { specialty: 'medecine-generale', sector: '1', zone: 'none', patientele: { medecinTraitant: 900 } } }));
console.log(JSON.stringify(out));
`;

const ZONES = ['UTC', 'Pacific/Kiritimati', 'Pacific/Pago_Pago', 'America/Santiago', 'Asia/Kathmandu', 'Europe/Paris', 'America/Havana'];

describe('time zones', () => {
  it(`results are identical under ${ZONES.join(', ')}`, () => {
    const outputs = ZONES.map((TZ) => {
      const r = spawnSync(process.execPath, ['--input-type=module', '-e', SCRIPT], { cwd: ROOT, encoding: 'utf8', env: { ...process.env, TZ } });
      expect(r.stderr).toBe('');
      return r.stdout;
    });
    expect(outputs[0]!.length).toBeGreaterThan(1000);
    for (const o of outputs) expect(o).toBe(outputs[0]);
  });
});
