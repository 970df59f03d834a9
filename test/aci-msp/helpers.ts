/** Shared fixtures of the ACI MSP tests. */
import type { IndicatorId, IndicatorResult, MspAchievementsInput, MspContractInput, MspYearResult } from '../../src/aci-msp/index.js';

/** The Cnam guide to the Avenant 1 indicators (October 2022), printed page numbers. */
export const GUIDE =
  'https://github.com/aspart-am/ACI-Python_Streamlit/blob/4c9e0c5c16706e7b66b442718f5eb73925acf076/guide-indicateurs-aci-remuneration-structures-pluripro-1.pdf';
/** The Assurance Maladie's 2017 "structure type" example (73 500 €). */
export const QUOTIDIEN_2017 = 'https://static2.lequotidiendumedecin.fr/actus-medicales/politique-de-sante/jusqua-73-500-euros-par-pour-les-maisons-et-centres-de-sante';

/** A contract signed long ago (not a new structure, no first partial year). */
export function contract(patientele: number, associatedProfessionals = 13, more: Partial<MspContractInput> = {}): MspContractInput {
  return { signedOn: '2017-01-01', projetDeSanteFiledOn: '2016-01-01', patientele, associatedProfessionals, ...more };
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
  'horaires-ouverture-snp': PREREQUISITES['horaires-ouverture-snp'],
  'fonction-coordination': { met: true },
  'si-standard': { met: true },
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
