/**
 * The collective contract's explanation is part of the API: one golden explanation (reviewed), labels
 * that take their figures from the parameters (French numbers and dates), and what a spread, JSON, the
 * summary rows and the command line give.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { assistantMedical as am, totalsOf } from '../../../src/index.js';
import { plusDays } from '../../../src/core/dates.js';
import { INPUT_SCHEMAS } from '../../../src/assistant-medical/schema.js';
import { expectGoldenExplanation } from '../../support/golden-explanation.js';

const g = am.collective;
const ROOT = join(import.meta.dirname, '..', '..', '..');
const gp = (medecinTraitant: number, fileActive: number, pamsu = false) => ({ specialty: 'medecine-generale', sector: '1', patientele: { medecinTraitant, fileActive }, pamsu }) as const;

/**
 * A representative collective year: a group whose ceiling carries the docteurs-juniors bonus, a fractional
 * number of ETP, patients already gained under individual contracts, the starting patientèle summed from
 * the doctors, a modulated year where the médecin-traitant part is the lower of the two.
 */
const RICH = {
  signedOn: '2026-12-01',
  hiredOn: '2027-01-04',
  etp: 2.5,
  group: { legalForm: 'sisa', doctors: [gp(1100, 1600, true), gp(900, 1400), gp(800, 1200)] },
  alreadyGained: { medecinTraitant: 150 },
  year: 3,
  achievement: { medecinTraitant: 3200, fileActive: 4400 },
} as const;

describe('the golden explanation', () => {
  it('of a modulated year of a collective contract (test/assistant-medical/collective/explanation.golden.json)', () => {
    const r = g.yearlyAid(RICH);
    // objective: 2 800 + (260 × 2,5 − 150 = 500) = 3 300 MT; 4 200 + 275 = 4 475 file active;
    // reached 400 of 500 (80 %) and 200 of 275 (72,73 %): the lower, 55 000 € × 200/275 = 40 000 €
    expect(r.ceiling.toFixed(2)).toBe('55000.00');
    expect(r.amount?.toFixed(2)).toBe('40000.00');
    expectGoldenExplanation(join(import.meta.dirname, 'explanation.golden.json'), r.explanation);
  });

  it('the steps in order, each stage once', () => {
    expect(g.yearlyAid(RICH).explanation.map((s) => s.rule)).toEqual([
      'am.collective.regime',
      'am.collective.etp-ceiling',
      'am.collective.etp',
      'am.collective.starting-patientele',
      'am.contract.hiring',
      'am.contract-year',
      'am.collective.aid.amount-reference-date',
      'am.collective.aid.ceiling',
      'am.collective.objective',
      'am.collective.modulation',
      'am.collective.aid.amount',
      'am.payment',
    ]);
  });

  it('the collective steps cite the collective readings, not the individual contract’s', () => {
    const steps = g.yearlyAid(RICH).explanation;
    const rules = (rule: string) => steps.find((s) => s.rule === rule)!.rules ?? [];
    expect(rules('am.contract-year')).toEqual(['am.collective.rule.contract-years']);
    expect(rules('am.collective.aid.amount-reference-date')).toEqual(['am.collective.rule.amount-reference-date']);
    expect(rules('am.collective.aid.ceiling')).toEqual(['am.collective.rule.fractional-etp']);
    expect(rules('am.collective.objective')).toEqual(['am.collective.rule.objective-due-date', 'am.collective.rule.already-gained']);
    expect(rules('am.payment')).toEqual(['am.collective.rule.contract-years', 'am.collective.rule.payments']);
    for (const s of steps) expect(s.status).not.toBe('verified');
  });
});

describe('labels take their figures from the parameters, in French', () => {
  it('an override shows in the labels: the ETP step, the aid per ETP, the bonus day', () => {
    const r = g.yearlyAid({ ...RICH, year: 1, overrides: { 'am.collective.aid.per-etp.year-1': '40000', 'am.collective.etp.bonus-from': '2027-01-01' } });
    const label = (rule: string) => r.explanation.find((s) => s.rule === rule)!.label.fr;
    expect(label('am.collective.aid.ceiling')).toBe('Aide maximale : 40\u202f000,00\u00a0€ par ETP × 2,5 ETP = 100\u202f000,00\u00a0€ (Contrat collectif : aide par ETP d’assistant, 1re année)');
    expect(label('am.collective.etp-ceiling')).toBe('Plafond : 3 médecins adhérents × 1 ETP = 3 ETP (majoration « docteurs juniors » pour les contrats signés à partir du 01/01/2027)');
    expect(label('am.collective.etp')).toBe('2,5 ETP d’assistants médicaux financés (par pas de 0,5 ETP)');
  });

  it('French labels write French numbers and dates: no ISO date, no decimal point, no English euro', () => {
    const day = fc.integer({ min: 0, max: 1200 }).map((n) => plusDays('2026-02-25', n));
    fc.assert(
      fc.property(day, fc.integer({ min: -200, max: 300 }), fc.integer({ min: 1, max: 8 }), fc.integer({ min: 1, max: 5 }), (signedOn, delay, halves, year) => {
        const steps = g.yearlyAid({
          signedOn,
          hiredOn: plusDays(signedOn, delay),
          etp: halves / 2,
          year,
          startingPatientele: { medecinTraitant: 3000, fileActive: 4000 },
          alreadyGained: { fileActive: 20 },
          achievement: { medecinTraitant: 3077, fileActive: 3990 },
        }).explanation;
        for (const s of steps) {
          expect(s.label.fr).not.toMatch(/\d{4}-\d\d-\d\d|\d\.\d|€\d/);
          expect(s.label.en).not.toMatch(/\d\/\d\d\/\d{4}|\d,\d\d\u00a0€/);
        }
      }),
      { numRuns: 100, seed: 20261129 },
    );
  });
});

describe('what a spread, JSON and the summary give', () => {
  it('a spread copies the figures of a year only; JSON adds its payments and explanation, amounts and ETP as strings', () => {
    const r = g.yearlyAid(RICH);
    expect(Object.keys({ ...r })).toEqual(['regime', 'year', 'period', 'etp', 'ceiling', 'modulated', 'amount', 'objective', 'modulation']);
    const json = JSON.parse(JSON.stringify(r)) as Record<string, unknown>;
    expect(Object.keys(json)).toEqual(['regime', 'year', 'period', 'etp', 'ceiling', 'modulated', 'amount', 'objective', 'modulation', 'payments', 'explanation']);
    expect(json).toMatchObject({ etp: '2.5', ceiling: '55000.00', amount: '40000.00', modulation: { rule: 'lower-of-two', belowStartingPatientele: false } });
  });

  it('a modulated year without the starting patientèle: its maximum, no amount, no payment, the missing field named', () => {
    const r = g.yearlyAid({ signedOn: '2026-03-02', hiredOn: '2026-04-01', etp: 1, year: 3, achievement: { medecinTraitant: 1000, fileActive: 1000 } });
    expect(r.amount).toBeUndefined();
    expect(r.objective).toBeUndefined();
    expect(r.payments).toEqual([]);
    expect(r.explanation.find((s) => s.rule === 'am.collective.objective')).toMatchObject({ status: 'unknown', inputs: { missing: 'startingPatientele' } });
  });

  it('a simulation: its own explanation, every payment in date order, summary rows whose totals equal its totals', () => {
    const { id: _id, ...contract } = JSON.parse(readFileSync(join(ROOT, 'examples/assistant-medical/collective.json'), 'utf8')) as Record<string, unknown>;
    expect(INPUT_SCHEMAS.collectiveSimulate.safeParse(contract).success).toBe(true);
    const s = g.simulate(contract as never);
    expect(Object.keys({ ...s })).toEqual(['regime', 'etp', 'years', 'totals']);
    expect(s.explanation.map((x) => x.rule)).toEqual([
      'am.collective.regime',
      'am.collective.etp-ceiling',
      'am.collective.etp',
      'am.collective.starting-patientele',
      'am.contract.hiring',
      'am.collective.contract.totals',
    ]);
    expect([...s.payments].sort((a, b) => (a.date < b.date ? -1 : 1)).map((p) => p.date)).toEqual(s.payments.map((p) => p.date));
    const rows = g.summaryRows(s);
    for (const r of rows) expect(Object.keys(r)).toEqual(g.SUMMARY_COLUMNS.map((c) => c.key));
    const totals = totalsOf(g.SUMMARY_COLUMNS, rows);
    expect(totals.amount?.toFixed(2)).toBe(s.totals.amount?.toFixed(2));
    expect(totals.payment1Amount!.plus(totals.payment2Amount!).toFixed(2)).toBe('608846.15');
    expect(rows[2]).toMatchObject({ targetMedecinTraitant: 4900, reachedMedecinTraitant: 4650, targetFileActive: 5750, reachedFileActive: 5750 });
  });
});

describe('the command line: exercice-coordonne am-collectif', () => {
  const BIN = join(ROOT, 'dist', 'cli', 'bin.js');
  const run = (args: string[]) => spawnSync(process.execPath, [BIN, ...args], { cwd: ROOT, encoding: 'utf8', timeout: 30_000 });

  it('the bundled example: eligibility, the aid year by year and the total in fr-FR euros, exit 0', () => {
    const r = run(['am-collectif', '--example']);
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('Éligibilité du groupe : oui');
    expect(r.stdout).toContain('88\u202f846,15\u00a0€');
    expect(r.stdout).toContain('608\u202f846,15\u00a0€');
  });

  it('CSV for a program: one line per year with the summary columns; French help', () => {
    const csv = run(['am-collectif', '--example', '--format', 'csv']).stdout.trim().split('\n');
    expect(csv[0]).toBe(`line,id,${g.SUMMARY_COLUMNS.map((c) => c.key).join(',')},status,errors,input`);
    expect(csv).toHaveLength(6);
    expect(csv[3]).toContain(',88846.15,');
    expect(run(['am-collectif', '--help']).stdout).toContain('Calcule l’aide collective');
  });

  it('an invalid record is reported naming its field, exit 1', () => {
    const r = spawnSync(process.execPath, [BIN, 'am-collectif', '-', '--input', 'json', '--format', 'jsonl'], {
      cwd: ROOT,
      encoding: 'utf8',
      input: JSON.stringify([{ signedOn: '2026-03-02', hiredOn: '2026-04-01', etp: 0.3 }]),
    });
    expect(r.status).toBe(1);
    expect(JSON.parse(r.stdout.trim()).errors[0].field).toBe('etp');
  });
});
