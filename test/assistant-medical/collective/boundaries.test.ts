/**
 * The collective contract's rules change at dates: the day before, the day of and the day after each
 * (its entry into force, the docteurs-juniors bonus), and the boundaries of its figures.
 */
import { describe, expect, it } from 'vitest';
import { assistantMedical as am } from '../../../src/index.js';
import { errorOf } from '../helpers.js';

const g = am.collective;
const gp = (medecinTraitant: number, extra: Record<string, unknown> = {}) => ({ specialty: 'medecine-generale', sector: '1', patientele: { medecinTraitant }, ...extra }) as const;
const group = { legalForm: 'scm', doctors: [gp(900, { pamsu: true }), gp(800, { pamsu: true }), gp(700), gp(1200)] } as const;

describe('entry into force on 25 February 2026', () => {
  it('the day before is not in force, naming signedOn, for every function; the day of and after are', () => {
    const before = '2026-02-24';
    for (const f of [
      () => g.checkEligibility({ signedOn: before, group }),
      () => g.maxEtp({ signedOn: before, group }),
      () => g.objective({ signedOn: before, etp: 1, startingPatientele: { medecinTraitant: 900, fileActive: 1200 } }),
      () => g.yearlyAid({ signedOn: before, hiredOn: '2026-03-01', etp: 1, year: 1 }),
      () => g.simulate({ signedOn: before, hiredOn: '2026-03-01', etp: 1 }),
    ]) {
      const e = errorOf(f);
      expect(e.code).toBe('not-in-force');
      expect(e.issues[0]!.path).toEqual(['signedOn']);
    }
    for (const on of ['2026-02-25', '2026-02-26']) expect(g.checkEligibility({ signedOn: on, group }).regime).toBe('collective-2026');
  });
});

describe('the docteurs-juniors bonus from November 2026 (the day is an assumption)', () => {
  it('signed on 31 October, 1 and 2 November 2026: 4, 5, 5 ETP', () => {
    expect(['2026-10-31', '2026-11-01', '2026-11-02'].map((signedOn) => g.maxEtp({ signedOn, group }).toFixed())).toEqual(['4', '5', '5']);
  });

  it('the day is one override away (am.collective.etp.bonus-from), and the rates too', () => {
    expect(g.maxEtp({ signedOn: '2026-11-01', group, overrides: { 'am.collective.etp.bonus-from': '2026-11-30' } }).toFixed()).toBe('4');
    expect(g.maxEtp({ signedOn: '2026-12-01', group, overrides: { 'am.collective.etp.pamsu-bonus': '1' } }).toFixed()).toBe('6');
  });

  it('a training site: + 0.5 per adhering doctor instead of per PAMSU doctor, never both', () => {
    expect(g.maxEtp({ signedOn: '2026-12-01', group: { ...group, trainingSite: true } }).toFixed()).toBe('6');
    expect(g.maxEtp({ signedOn: '2026-10-31', group: { ...group, trainingSite: true } }).toFixed()).toBe('4');
  });
});

describe('the average patientèle at the boundary, and the other reading', () => {
  const two = (a: number, b: number) => ({ legalForm: 'scp', doctors: [gp(a), gp(b)] }) as const;
  it('775 exactly meets the minimum (« égale ou supérieure »); with "more-than" it does not', () => {
    expect(g.checkEligibility({ signedOn: '2026-03-02', group: two(775, 775) }).eligible).toBe(true);
    expect(g.checkEligibility({ signedOn: '2026-03-02', group: two(775, 775), overrides: { 'am.collective.eligibility.average-comparison': 'more-than' } }).eligible).toBe(false);
    expect(g.checkEligibility({ signedOn: '2026-03-02', group: two(775, 776), overrides: { 'am.collective.eligibility.average-comparison': 'more-than' } }).eligible).toBe(true);
  });

  it('the comparison is exact on an average with no finite decimal form (three doctors)', () => {
    const three = { legalForm: 'scp', doctors: [gp(775), gp(775), gp(774)] } as const; // 774,666…
    const r = g.checkEligibility({ signedOn: '2026-03-02', group: three });
    expect(r.eligible).toBe(false);
    expect(r.averageMedecinTraitant.toFixed()).toBe('774.67');
  });

  it('another legal form is « to check », not a refusal: eligible but not certain', () => {
    const r = g.checkEligibility({ signedOn: '2026-03-02', group: { ...two(900, 900), legalForm: 'other' } });
    expect([r.eligible, r.certain]).toEqual([true, false]);
    expect(r.criteria.find((c) => c.outcome === 'to-check')!.criterion).toBe('am.collective.eligibility.legal-form');
  });
});

describe('the waiting period of 2 years after a collective contract', () => {
  const ended = (on: string) => ({ legalForm: 'scm', doctors: [gp(900), gp(900, { previousCollectiveContractEndedOn: on })] }) as const;
  it('the day before, of and after the second anniversary of the end', () => {
    const at = (signedOn: string) => g.checkEligibility({ signedOn, group: ended('2024-06-30') }).eligible;
    expect([at('2026-06-29'), at('2026-06-30'), at('2026-07-01')]).toEqual([false, true, true]);
    const failed = g.checkEligibility({ signedOn: '2026-06-29', group: ended('2024-06-30') }).failed[0]!;
    expect(failed).toMatchObject({ criterion: 'am.collective.eligibility.waiting-period', doctors: [1] });
    expect(failed.label.fr).toBe('Délai de carence de 2 ans après la fin d’un contrat collectif, sauf dérogation du directeur de la caisse : médecin n° 2 jusqu’au 30/06/2026');
  });
});

describe('modulation from year 3', () => {
  const contract = { signedOn: '2026-03-02', hiredOn: '2026-04-01', etp: 1, startingPatientele: { medecinTraitant: 1000, fileActive: 1500 } } as const;
  it('years 1 and 2 are paid at their maximum whatever the patientèle; year 3 is modulated (first year overridable)', () => {
    const at = (year: number, overrides?: Record<string, string>) =>
      g.yearlyAid({ ...contract, year, achievement: { medecinTraitant: 1000, fileActive: 1500 }, ...(overrides ? { overrides } : {}) });
    expect([at(1).amount?.toFixed(2), at(2).amount?.toFixed(2), at(3).amount?.toFixed(2)]).toEqual(['38000.00', '28000.00', '0.00']);
    expect(at(3, { 'am.collective.modulation.first-year': '4' }).amount?.toFixed(2)).toBe('22000.00');
  });

  it('an objective whose increase is wholly absorbed by patients already gained is reached by keeping the patientèle', () => {
    const r = g.yearlyAid({ ...contract, year: 3, alreadyGained: { medecinTraitant: 300, fileActive: 200 }, achievement: { medecinTraitant: 1000, fileActive: 1500 } });
    expect(r.objective).toMatchObject({ medecinTraitant: { increase: 0, target: 1000 }, fileActive: { increase: 0, target: 1500 } });
    expect(r.amount?.toFixed(2)).toBe('22000.00');
  });

  it('the newly installed doctor’s objective is reported by objective(), its limits read from the parameters', () => {
    const o = g.objective({
      signedOn: '2026-03-02',
      etp: 1,
      startingPatientele: { medecinTraitant: 1100, fileActive: 1600 },
      group: { legalForm: 'scm', doctors: [gp(900), gp(200, { newlyInstalled: true })] },
    });
    expect(o.newlyInstalled).toEqual([{ doctor: 1, medecinTraitant: { starting: 200, target: 1045 }, fileActive: { starting: undefined, target: 1514 }, dueBy: '2029-03-01' }]);
    expect(o.explanation.at(-1)!.label.fr).toBe(
      'Médecin n° 2, installé depuis moins de 12 mois : atteindre au 01/03/2029 1\u202f045 patients médecin traitant et 1\u202f514 en file active (P50 national ; départ 200 patients médecin traitant)',
    );
  });
});

describe('the eligibility reasons in words, not codes', () => {
  it('sectors and specialty by their names', () => {
    const fr = g.checkEligibility({ signedOn: '2026-03-02', group }).criteria.map((r) => r.label.fr);
    expect(fr).toContain('Médecins adhérents en médecine générale');
    expect(fr).toContain('Secteurs éligibles (secteur 1 et secteur 2 avec OPTAM ou OPTAM-CO)');
    for (const text of fr) expect(text).not.toMatch(/medecine-generale|2-optam/);
  });
});
