/**
 * The starting patientèle band (*tranche de patientèle de départ*): where the doctor's patientèle at
 * signature stands in the national distribution of the specialty, between percentile cut-offs
 * (P30, P50, P70, P90, P95). The band chooses the objective (Avenant 7 art. 9-5-2-2 and successors) and,
 * from P90, the majorated amounts.
 */
import { ExerciceCoordonneError, issue } from '../core/errors.js';
import { step, stage, type LazyStep, type Stage, type Step } from '../core/explain.js';
import { FR, label } from '../core/format.js';
import type { ParameterReader, Reading, Resolved } from '../core/parameters.js';
import { BANDS, RULES, gpPercentiles, p30Comparison, p95Comparison, type Band, type Option, type Percentile } from './parameters.js';

/** The percentile that opens each band. */
const BAND_FLOOR: Record<Band, Percentile> = {
  'P30-P50': 'p30',
  'P50-P70': 'p50',
  'P70-P90': 'p70',
  'P90-P95': 'p90',
  'P95+': 'p95',
};

/** Percentile cut-offs in patients given by the caller. */
export type ThresholdsIn = Partial<Record<Percentile, number>>;

/**
 * What the band and objective rules read about a contract: the figures at its signature date and the
 * doctor's patientèle.
 */
export interface PatienteleFacts {
  /** The scheme's figures at the signature date, with the caller's overrides. */
  readonly read: ParameterReader;
  readonly option: Option;
  readonly specialty?: string | undefined;
  readonly startingPatients?: number | undefined;
  readonly band?: Band | undefined;
  readonly thresholds?: ThresholdsIn | undefined;
  readonly age?: number | undefined;
  readonly newlyInstalled?: boolean | undefined;
  /** The objective written in the contract, in patients. */
  readonly contractTarget?: number | undefined;
}

const GP = 'medecine-generale';

/** A percentile cut-off in patients: the caller's, or the library's for general practice. */
export interface CutOff {
  readonly percentile: Percentile;
  readonly patients: number;
  /** The parameter read (absent when the caller gave the cut-off). */
  readonly resolved?: Resolved | undefined;
  readonly fromCaller: boolean;
}

/**
 * The cut-off `p` of the contract's specialty. The caller's `thresholds[p]` wins; for general practice
 * the library's table is read at the signature date; otherwise a `missing-parameter` error says what to
 * pass.
 */
export function cutOff(facts: PatienteleFacts, p: Percentile): CutOff {
  const fromCaller = facts.thresholds?.[p];
  if (fromCaller !== undefined) return { percentile: p, patients: fromCaller, resolved: undefined, fromCaller: true };
  if (facts.specialty === GP) {
    try {
      const r = facts.read.whole(gpPercentiles[p]);
      return { percentile: p, patients: r.value, resolved: r.resolved, fromCaller: false };
    } catch (e) {
      if (e instanceof ExerciceCoordonneError && e.code === 'missing-parameter') {
        throw new ExerciceCoordonneError('missing-parameter', [
          issue(
            ['thresholds', p],
            undefined,
            {
              en: `the ${p.toUpperCase()} cut-off of general practice in patients, which no source known to the library gives for a contract signed on ${facts.read.on}: pass band, thresholds.${p} or overrides["${gpPercentiles[p].id}"]`,
              fr: `le seuil ${p.toUpperCase()} de la médecine générale, en patients, qu’aucune source connue de la bibliothèque ne donne pour un contrat signé le ${FR.date(facts.read.on)} : donnez band, thresholds.${p} ou overrides["${gpPercentiles[p].id}"]`,
            },
          ),
        ]);
      }
      throw e;
    }
  }
  throw new ExerciceCoordonneError('missing-parameter', [
    issue(
      ['thresholds', p],
      undefined,
      facts.specialty
        ? {
            en: `the ${p.toUpperCase()} cut-off in patients of the specialty "${facts.specialty}" (the library knows only general practice): pass band or thresholds.${p}`,
            fr: `le seuil ${p.toUpperCase()}, en patients, de la spécialité « ${facts.specialty} » (la bibliothèque ne connaît que la médecine générale) : donnez band ou thresholds.${p}`,
          }
        : {
            en: `band, or specialty and startingPatients (with thresholds.${p} for a specialty other than general practice)`,
            fr: `la tranche (band), ou la spécialité (specialty) et la patientèle de départ (startingPatients), avec thresholds.${p} pour une spécialité autre que la médecine générale`,
          },
    ),
  ]);
}

/** A band, or "below P30" for a starting patientèle under the minimum. */
export type BandOrBelow = Band | 'below-P30';

function bandText(b: BandOrBelow): string {
  return b === 'below-P30' ? '< P30' : b;
}

/** A band given by the caller (its step is built when the explanation is read). */
class GivenBand implements Stage<BandOrBelow> {
  readonly value: Band;

  constructor(band: Band) {
    this.value = band;
  }

  get steps(): readonly LazyStep[] {
    const given = this.value;
    return [
      () =>
        step({
          rule: 'am.band',
          label: label(() => `Tranche de patientèle de départ : ${given} (donnée)`, () => `Starting patientèle band: ${given} (given)`),
          inputs: { band: given },
          value: given,
          callerInput: { fr: 'tranche de patientèle donnée par l’appelant', en: 'patientèle band given by the caller' },
        }),
    ];
  }
}

type Comparison = Reading<'at-least' | 'more-than'>;

function derivedBandStep(chosen: BandOrBelow, patients: number, used: readonly CutOff[], comparisons: readonly Comparison[]): Step {
  const uses = [...comparisons.map((c) => c.resolved), ...used.flatMap((t) => (t.resolved ? [t.resolved] : []))];
  const inputs: Record<string, number | string> = { startingPatients: patients };
  for (const t of used) inputs[t.percentile] = t.patients;
  return step({
    rule: 'am.band',
    label: label(
      (f) => `Tranche de patientèle de départ : ${bandText(chosen)} (${f.num(patients)} patients)`,
      (f) => `Starting patientèle band: ${bandText(chosen)} (${f.num(patients)} patients)`,
    ),
    inputs,
    value: chosen,
    uses,
    rules: [RULES.bandBoundaries],
    ...(used.some((t) => t.fromCaller) ? { callerInput: { fr: 'seuils de percentile donnés par l’appelant', en: 'percentile thresholds given by the caller' } } : {}),
    alternatives: BANDS.filter((b) => b !== chosen).map((b) => ({
      value: b,
      reason: label(
        (f) => `bornes ${b} non compatibles avec ${f.num(patients)} patients`,
        (f) => `the ${b} bounds do not contain ${f.num(patients)} patients`,
      ),
    })),
  });
}

/**
 * Whether the band opened by `percentile` compares strictly: P30 as the minimum of activity
 * (`am.eligibility.p30.comparison`), P95 as the text of the signature date (`am.band.p95.comparison`);
 * the other floors include their cut-off (`am.rule.band-boundaries`).
 */
function floorComparison(read: ParameterReader, percentile: Percentile): Comparison | undefined {
  if (percentile === 'p30') return read.choice(p30Comparison);
  if (percentile === 'p95') return read.choice(p95Comparison);
  return undefined;
}

/**
 * The band of the contract: the caller's `band`, or the highest band whose opening cut-off the starting
 * patientèle reaches (the cut-off itself included for P50, P70 and P90, `am.rule.band-boundaries`; for P30
 * and P95 as the text of the signature date says). Cut-offs are read only as far as needed.
 */
export function bandStage(facts: PatienteleFacts): Stage<BandOrBelow> {
  const given = facts.band;
  if (given !== undefined) return new GivenBand(given);
  const patients = facts.startingPatients;
  if (patients === undefined) {
    throw new ExerciceCoordonneError('invalid-input', [
      issue(['band'], undefined, {
        en: `one of ${BANDS.map((b) => JSON.stringify(b)).join(', ')}, or startingPatients with specialty to derive it`,
        fr: `la tranche de patientèle de départ, l’une des valeurs ${BANDS.map((b) => JSON.stringify(b)).join(', ')}, ou la patientèle de départ (startingPatients) et la spécialité (specialty) pour la déduire`,
      }),
    ]);
  }
  const used: CutOff[] = [];
  const comparisons: Comparison[] = [];
  let band: BandOrBelow = 'below-P30';
  for (const b of BANDS) {
    const t = cutOff(facts, BAND_FLOOR[b]);
    used.push(t);
    const comparison = floorComparison(facts.read, BAND_FLOOR[b]);
    if (comparison) comparisons.push(comparison);
    if (comparison?.value === 'more-than' ? patients > t.patients : patients >= t.patients) band = b;
    else break;
  }
  const chosen = band;
  return stage(chosen, () => derivedBandStep(chosen, patients, used, comparisons));
}
