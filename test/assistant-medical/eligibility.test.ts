import { describe, expect, it } from 'vitest';
import { assistantMedical as am } from '../../src/index.js';
import { errorOf } from './helpers.js';

const gp = { specialty: 'medecine-generale', sector: '1', zone: 'none', patientele: { medecinTraitant: 1200 } } as const;

function failed(input: Parameters<typeof am.checkEligibility>[0]): string[] {
  return am.checkEligibility(input).failed.map((r) => r.criterion);
}

describe('eligibility under Avenant 7 (contracts signed 1 Sept 2019 – 30 April 2023)', () => {
  const a7 = { ...gp, groupPractice: true, coordinatedPractice: true } as const;

  it('a GP in sector 1, in a group, in coordinated practice, above P30, is eligible to 1/3 and 1/2 ETP', () => {
    for (const option of ['1/3', '1/2'] as const) {
      const r = am.checkEligibility({ signedOn: '2021-05-01', option, doctor: a7 });
      expect(r.eligible).toBe(true);
      expect(r.certain).toBe(true);
      expect(r.regime).toBe('avenant-7');
    }
  });

  it('1 ETP only in a ZIP', () => {
    expect(failed({ signedOn: '2021-05-01', option: '1', doctor: a7 })).toEqual(['am.eligibility.full-time-zone']);
    expect(failed({ signedOn: '2021-05-01', option: '1', doctor: { ...a7, zone: 'zip' } })).toEqual([]);
  });

  it('every failing criterion is reported, not just the first', () => {
    const r = am.checkEligibility({
      signedOn: '2021-05-01',
      option: '1',
      doctor: { ...a7, sector: '2', groupPractice: false, coordinatedPractice: false, patientele: { medecinTraitant: 500 } },
    });
    expect(r.failed.map((f) => f.criterion)).toEqual([
      'am.eligibility.sector',
      'am.eligibility.full-time-zone',
      'am.eligibility.group-practice',
      'am.eligibility.coordinated-practice',
      'am.eligibility.minimum-activity',
    ]);
    for (const f of r.failed) expect(f.sources.length).toBeGreaterThan(0);
  });

  it('a GP alone in a ZIP is exempt from group practice', () => {
    expect(failed({ signedOn: '2021-05-01', option: '1/2', doctor: { ...a7, groupPractice: false, zone: 'zip' } })).toEqual([]);
  });

  it('exemptions from the P30 minimum: newly installed, RQTH, GP with more than 20 % of patients under 16', () => {
    const low = { ...a7, patientele: { medecinTraitant: 300 } };
    expect(failed({ signedOn: '2021-05-01', option: '1/2', doctor: low })).toEqual(['am.eligibility.minimum-activity']);
    expect(failed({ signedOn: '2021-05-01', option: '1/2', doctor: { ...low, newlyInstalled: true } })).toEqual([]);
    expect(failed({ signedOn: '2021-05-01', option: '1/2', doctor: { ...low, disabilityRecognised: true } })).toEqual([]);
    expect(failed({ signedOn: '2021-05-01', option: '1/2', doctor: { ...low, shareOfPatientsUnder16: 0.21 } })).toEqual([]);
    expect(failed({ signedOn: '2021-05-01', option: '1/2', doctor: { ...low, shareOfPatientsUnder16: 0.2 } })).toEqual(['am.eligibility.minimum-activity']);
  });

  it('a specialty outside the whole-territory list is "to check" unless the département is known', () => {
    const derm = { ...a7, specialty: 'dermatologie', patientele: { fileActive: 3000 } };
    const r = am.checkEligibility({ signedOn: '2021-05-01', option: '1/2', doctor: derm, thresholds: { p30: 2000 } });
    expect(r.eligible).toBe(true);
    expect(r.certain).toBe(false);
    expect(r.reasons.find((x) => x.criterion === 'am.eligibility.specialty')!.outcome).toBe('to-check');
    expect(failed({ signedOn: '2021-05-01', option: '1/2', doctor: { ...derm, inLowDensityDepartement: false }, thresholds: { p30: 2000 } })).toEqual([
      'am.eligibility.specialty',
    ]);
  });

  it('a missing fact the regime needs is a validation error naming it', () => {
    const e = errorOf(() => am.checkEligibility({ signedOn: '2021-05-01', option: '1/2', doctor: gp }));
    expect(e.issues[0]!.path).toEqual(['doctor', 'groupPractice']);
  });
});

describe('eligibility under the règlement arbitral and the 2024 convention', () => {
  it('no group or coordinated practice needed from 1 May 2023; 1 ETP open everywhere', () => {
    const r = am.checkEligibility({ signedOn: '2023-05-01', option: '1', doctor: gp });
    expect(r.eligible).toBe(true);
    expect(r.reasons.map((x) => x.criterion)).not.toContain('am.eligibility.group-practice');
  });

  it('excluded specialties: radiologists, radiotherapists, stomatologists, anaesthetists, pathologists, nuclear medicine', () => {
    for (const specialty of ['radiologie', 'radiotherapie', 'stomatologie', 'anesthesiologie', 'anatomo-cyto-pathologie', 'medecine-nucleaire']) {
      const r = am.checkEligibility({
        signedOn: '2024-07-01',
        option: '1/2',
        doctor: { specialty, sector: '1', zone: 'none', patientele: { fileActive: 5000 } },
        thresholds: { p30: 1000 },
      });
      expect(r.failed.map((f) => f.criterion)).toEqual(['am.eligibility.specialty']);
    }
  });

  it('surgeons, ENT and gynaecologists: at least 80 % clinical fees (2024); surgeons only and strictly above 80 % under the règlement arbitral', () => {
    const doc = (specialty: string, clinicalFeeShare: number) => ({ specialty, sector: '1' as const, zone: 'none' as const, clinicalFeeShare, patientele: { fileActive: 5000 } });
    const t = { p30: 1000 };
    expect(failed({ signedOn: '2024-07-01', option: '1/2', doctor: doc('orl', 0.8), thresholds: t })).toEqual([]);
    expect(failed({ signedOn: '2024-07-01', option: '1/2', doctor: doc('gynecologie', 0.79), thresholds: t })).toEqual(['am.eligibility.clinical-fees']);
    expect(failed({ signedOn: '2024-07-01', option: '1/2', doctor: doc('chirurgie', 0.8), thresholds: t })).toEqual([]);
    expect(failed({ signedOn: '2024-01-01', option: '1/2', doctor: doc('chirurgie', 0.8), thresholds: t })).toEqual(['am.eligibility.clinical-fees']);
    expect(failed({ signedOn: '2024-01-01', option: '1/2', doctor: doc('orl', 0.5), thresholds: t })).toEqual([]);
    const e = errorOf(() => am.checkEligibility({ signedOn: '2024-07-01', option: '1/2', doctor: { specialty: 'chirurgie', sector: '1', zone: 'none' } }));
    expect(e.issues[0]!.path).toEqual(['doctor', 'clinicalFeeShare']);
  });

  it('the P30 cut-off of a specialty the library does not know is "to check", and decided when the caller passes it', () => {
    const doctor = { specialty: 'cardiologie', sector: '2-optam', zone: 'none', patientele: { fileActive: 2500 } } as const;
    const r = am.checkEligibility({ signedOn: '2024-07-01', option: '1/2', doctor });
    expect(r.eligible).toBe(true);
    expect(r.certain).toBe(false);
    expect(am.checkEligibility({ signedOn: '2024-07-01', option: '1/2', doctor, thresholds: { p30: 3000 } }).eligible).toBe(false);
  });

  it('second assistant (1.5 / 2 ETP, from 22 June 2024): GP in a ZIP, on a full-time contract from year 3, objectives reached (ameli)', () => {
    const doctor = { ...gp, zone: 'zip' as const, currentContract: { option: '1' as const, year: 3, objectivesReached: true } };
    expect(failed({ signedOn: '2025-01-01', option: '2', doctor })).toEqual([]);
    expect(failed({ signedOn: '2025-01-01', option: '1.5', doctor: { ...doctor, zone: 'zac' } })).toEqual(['am.eligibility.second-assistant.zone']);
    expect(failed({ signedOn: '2025-01-01', option: '2', doctor: { ...doctor, currentContract: { option: '1/2', year: 4, objectivesReached: true } } })).toEqual([
      'am.eligibility.second-assistant.current-contract',
    ]);
    expect(failed({ signedOn: '2024-06-21', option: '2', doctor })).toContain('am.eligibility.option');
  });
});

describe('the reasons name sectors, specialties and zones in words, not codes', () => {
  const labels = (input: Parameters<typeof am.checkEligibility>[0], lang: 'fr' | 'en' = 'fr') => am.checkEligibility(input).reasons.map((r) => r.label[lang]);

  it('a sector 2 doctor without OPTAM, full time outside a ZIP (Avenant 7)', () => {
    const fr = labels({ signedOn: '2021-05-01', option: '1', doctor: { ...gp, sector: '2', groupPractice: true, coordinatedPractice: true } });
    expect(fr).toContain('Secteur 2 sans OPTAM non éligible (éligibles : secteur 1 et secteur 2 avec OPTAM ou OPTAM-CO)');
    expect(fr).toContain('Option temps plein réservée aux zones ZIP');
    const en = labels({ signedOn: '2021-05-01', option: '1', doctor: { ...gp, sector: '2', groupPractice: true, coordinatedPractice: true } }, 'en');
    expect(en).toContain('Sector 2 without OPTAM not eligible (eligible: sector 1 and sector 2 with OPTAM or OPTAM-CO)');
  });

  it('a specialty by its name; a slug the library does not name stays quoted', () => {
    expect(labels({ signedOn: '2024-09-01', option: '1/2', doctor: gp })).toContain('Spécialité médecine générale non exclue');
    const other = labels({ signedOn: '2024-09-01', option: '1/2', doctor: { ...gp, specialty: 'rhumatologie', patientele: { medecinTraitant: 0, fileActive: 900 } }, thresholds: { p30: 800 } } as never);
    expect(other).toContain('Spécialité « rhumatologie » non exclue');
  });

  it('no code left in a French reason of the bundled cases', () => {
    const fr = labels({ signedOn: '2024-09-01', option: '1/2', doctor: { ...gp, sector: '2-optam' } });
    for (const text of fr) expect(text).not.toMatch(/medecine-generale|2-optam|« zip »|« 1 »/);
  });
});
