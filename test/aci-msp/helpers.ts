/** Shared fixtures of the ACI MSP tests. */
import {
  yearlyRemuneration,
  type IndicatorId,
  type IndicatorResult,
  type MspAchievementsInput,
  type MspContractInput,
  type MspOptionsInput,
  type MspOverrides,
  type MspYearResult,
} from '../../src/aci-msp/index.js';

/** A contract signed long ago (not a new structure, no first partial year). */
export function contract(patientele: number, associatedProfessionals = 13, more: Partial<MspContractInput> = {}): MspContractInput {
  return { signedOn: '2017-01-01', projetDeSanteFiledOn: '2016-01-01', patientele, associatedProfessionals, ...more };
}

/** `yearlyRemuneration({ contract, year, achievements, overrides?, options? })`. */
export function remuneration(
  c: MspContractInput,
  year: number,
  achievements: MspAchievementsInput,
  extra: { overrides?: MspOverrides; options?: MspOptionsInput } = {},
): MspYearResult {
  return yearlyRemuneration({ contract: c, year, achievements, ...extra });
}

/** The Avenant 1 socle prérequis, met in full (hours, crisis plan, coordination, SI standard). */
export const PREREQUISITES: MspAchievementsInput = {
  'horaires-ouverture-snp': { snp: true, amplitude: '12h-or-more', saturdayMorningOpen: true, schoolHolidayClosure: 'under-2-weeks', closedOverOneWeekOutsideSchoolHolidays: false },
  'crises-sanitaires': { plan: true },
  'fonction-coordination': { met: true },
  'si-standard': { met: true },
};

/** The 2017 socle prérequis (no crisis indicator). */
export const PREREQUISITES_2017: MspAchievementsInput = {
  'horaires-ouverture-snp': PREREQUISITES['horaires-ouverture-snp']!,
  'fonction-coordination': { met: true },
  'si-standard': { met: true },
};

/** Every Avenant 1 indicator met (the “structure type” of the reference sheet, §8.4). */
export const ALL_AVENANT_1: MspAchievementsInput = {
  ...PREREQUISITES,
  'diversite-services': { level: 2 },
  'second-recours': { level: 2 },
  'missions-sante-publique': { missions: ['couverture-vaccinale', 'prevention-suicide'] },
  'implication-usagers': { level: 2 },
  'soins-non-programmes-sas': { doctorsShare: 1 },
  'protocoles-pluriprofessionnels': { count: 8 },
  'concertation-pluriprofessionnelle': { meetings: 6, casesReviewed: 50, eligiblePatients: { aldUnder75: 300, over75WithoutAld: 200, over75WithAld: 150 } },
  'formation-stagiaires': { trainees: 4 },
  'coordination-externe': { met: true },
  'demarche-qualite': { level: 3 },
  'protocoles-nationaux-cooperation': { count: 6 },
  'parcours-insuffisance-cardiaque': { met: true },
  'parcours-obesite-enfant': { met: true },
  'si-avance': { met: true },
};

export function indicator(result: MspYearResult, id: IndicatorId): IndicatorResult {
  const r = result.byIndicator.find((i) => i.id === id);
  if (!r) throw new Error(`no indicator ${id} in ${result.version}`);
  return r;
}

export { errorOf } from '../support/errors.js';

/** National C2S and AME rates for the tests (caller-supplied: the library knows no value). */
export const NATIONAL_RATES = { 'msp.precarite.national-rate-c2s': '0.075', 'msp.precarite.national-rate-ame': '0.004' } as const;

/** 2017 hours reductions for the tests (caller-supplied: unknown for 2017). */
export const HOURS_2017 = {
  'msp.horaires.minoration.amplitude-10-12h': '60',
  'msp.horaires.minoration.amplitude-8-10h': '150',
  'msp.horaires.minoration.samedi-ferme': '120',
  'msp.horaires.minoration.vacances-2-3-semaines': '20',
} as const;
