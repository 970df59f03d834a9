/**
 * Starting patientèle → percentile band → objective of patientèle increase (Avenant 7 art. 9-5-2-2 and
 * its successors), and the special objectives (newly installed doctors, doctors aged 65+, the objective
 * written in the contract).
 */
import type { Decimal } from 'decimal.js';
import { ExerciceCoordonneError, issue } from '../core/errors.js';
import type { IsoDate } from '../core/dates.js';
import { step, type LazyStep, type Step } from '../core/explain.js';
import { Dec } from '../core/money.js';
import { hasValueAt, valueAt, type Overrides, type Resolved, type RuleReading } from '../core/parameters.js';
import {
  BANDS,
  RULES,
  gpPercentiles,
  newlyInstalledDeadlineYear,
  newlyInstalledTarget,
  objectiveRounding,
  objectives,
  secondAssistantObjective,
  seniorMinimumAge,
  seniorTolerance,
  type Band,
  type Option,
  type Percentile,
} from './parameters.js';

/** The percentile that opens each band. */
const BAND_FLOOR: Record<Band, Percentile> = {
  'P30-P50': 'p30',
  'P50-P70': 'p50',
  'P70-P90': 'p70',
  'P90-P95': 'p90',
  'P95+': 'p95',
};

/** Caller-supplied cut-offs. */
export type ThresholdsIn = Partial<Record<Percentile, number>>;

/** What the band and objective rules read. */
export interface ObjectiveContext {
  readonly signedOn: IsoDate;
  readonly option: Option;
  readonly specialty?: string | undefined;
  readonly startingPatients?: number | undefined;
  readonly band?: Band | undefined;
  readonly thresholds?: ThresholdsIn | undefined;
  readonly age?: number | undefined;
  readonly newlyInstalled?: boolean | undefined;
  readonly contractTarget?: number | undefined;
  readonly overrides?: Overrides | undefined;
}

const GP = 'medecine-generale';

/** A percentile cut-off in patients: the caller's, or the library's for GPs. */
export interface Threshold {
  readonly percentile: Percentile;
  readonly patients: number;
  readonly resolved?: Resolved;
  readonly fromCaller: boolean;
}

/**
 * The cut-off `p` for the contract's specialty. The caller's `thresholds[p]` wins; for GPs the library's
 * table is read at the signature date; otherwise a `missing-parameter` error says what to pass.
 */
export function threshold(ctx: ObjectiveContext, p: Percentile): Threshold {
  const fromCaller = ctx.thresholds?.[p];
  if (fromCaller !== undefined) return { percentile: p, patients: fromCaller, fromCaller: true };
  if (ctx.specialty === GP) {
    try {
      const resolved = valueAt(gpPercentiles[p], ctx.signedOn, { overrides: ctx.overrides, datePath: ['signedOn'] });
      return { percentile: p, patients: Number(resolved.value), resolved, fromCaller: false };
    } catch (e) {
      if (e instanceof ExerciceCoordonneError && e.code === 'missing-parameter') {
        throw new ExerciceCoordonneError('missing-parameter', [
          issue(
            ['thresholds', p],
            undefined,
            `the ${p.toUpperCase()} cut-off of general practice in patients, which no source known to the library gives for a contract signed on ${ctx.signedOn}: pass band, thresholds.${p} or overrides["${gpPercentiles[p].id}"]`,
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
      ctx.specialty
        ? `the ${p.toUpperCase()} cut-off in patients of the specialty "${ctx.specialty}" (the library knows only general practice): pass band or thresholds.${p}`
        : `band, or specialty and startingPatients (with thresholds.${p} for a specialty other than general practice)`,
    ),
  ]);
}

/** A band, or "below P30" for a starting patientèle under the minimum. */
export type BandOrBelow = Band | 'below-P30';

/** The band of the contract, given by the caller or derived from the starting patientèle. */
export interface BandChoice {
  readonly band: BandOrBelow;
  readonly step: LazyStep;
}

function bandLabel(b: BandOrBelow): string {
  return b === 'below-P30' ? '< P30' : b;
}

/**
 * The band: the caller's `band`, or the highest band whose opening cut-off is at most the starting
 * patientèle (lower bound included). Cut-offs are read only as far as needed.
 */
export function chooseBand(ctx: ObjectiveContext): BandChoice {
  const given = ctx.band;
  if (given !== undefined) {
    return {
      band: given,
      step: () => step({
        rule: 'am.band',
        label: { fr: `Tranche de patientèle de départ : ${given} (donnée)`, en: `Starting patientèle band: ${given} (given)` },
        inputs: { band: given },
        value: given,
        callerInput: 'band given by the caller',
      }),
    };
  }
  if (ctx.startingPatients === undefined) {
    throw new ExerciceCoordonneError('invalid-input', [
      issue(['band'], undefined, 'one of "P30-P50", "P50-P70", "P70-P90", "P90-P95", "P95+", or startingPatients with specialty to derive it'),
    ]);
  }
  const patients = ctx.startingPatients;
  const used: Threshold[] = [];
  let band: BandOrBelow = 'below-P30';
  for (const b of BANDS) {
    const t = threshold(ctx, BAND_FLOOR[b]);
    used.push(t);
    if (patients >= t.patients) band = b;
    else break;
  }
  const uses = used.flatMap((t) => (t.resolved ? [t.resolved] : []));
  const inputs: Record<string, number | string> = { startingPatients: patients };
  for (const t of used) inputs[t.percentile] = t.patients;
  const alternatives = BANDS.filter((b) => b !== band).map((b) => ({
    value: b,
    reason: { fr: `bornes ${b} non compatibles avec ${patients} patients`, en: `the ${b} bounds do not contain ${patients} patients` },
  }));
  return {
    band,
    step: () => step({
      rule: 'am.band',
      label: {
        fr: `Tranche de patientèle de départ : ${bandLabel(band)} (${patients} patients)`,
        en: `Starting patientèle band: ${bandLabel(band)} (${patients} patients)`,
      },
      inputs,
      value: band,
      uses,
      rules: [RULES.bandBoundaries],
      ...(used.some((t) => t.fromCaller) ? { callerInput: 'percentile cut-offs given by the caller' } : {}),
      alternatives,
    }),
  };
}

/** How the objective was set. */
export type ObjectiveKind = 'contract' | 'band' | 'newly-installed' | 'senior';

/** An objective of patientèle. */
export interface Objective {
  readonly kind: ObjectiveKind;
  /** Patientèle to reach (whole patients). */
  readonly targetPatients: number;
  /** Starting patientèle, when known. */
  readonly startingPatients?: number;
  /** Increase over the starting patientèle as a ratio (band objectives), e.g. 0.2 for +20 %. */
  readonly rate?: Decimal;
  /** Contract year by which a newly installed doctor must reach the target. */
  readonly deadlineYear?: number;
  readonly steps: readonly LazyStep[];
}

function roundPatients(x: Decimal, mode: string): number {
  const r = mode === 'up' ? x.ceil() : mode === 'down' ? x.floor() : x.toDecimalPlaces(0, Dec.ROUND_HALF_UP);
  return r.toNumber();
}

function needStart(ctx: ObjectiveContext, why: string): number {
  if (ctx.startingPatients === undefined) {
    throw new ExerciceCoordonneError('invalid-input', [issue(['startingPatients'], undefined, `the starting patientèle in patients (a whole number ≥ 0), needed ${why}`)]);
  }
  return ctx.startingPatients;
}

/**
 * The objective of the contract.
 *
 * In order of precedence: the objective written in the contract (`objective.targetPatients`); a newly
 * installed doctor's objective (reach P50 of the specialty by year 3); a doctor aged 65+ under the
 * Convention 2024 (keep the patientèle, 10 % decrease tolerated); otherwise the band's increase rate.
 */
export function computeObjective(ctx: ObjectiveContext, band: BandOrBelow): Objective {
  const opts = { overrides: ctx.overrides, datePath: ['signedOn'] as const };
  const contractTarget = ctx.contractTarget;
  if (contractTarget !== undefined) {
    return {
      kind: 'contract',
      targetPatients: contractTarget,
      ...(ctx.startingPatients !== undefined ? { startingPatients: ctx.startingPatients } : {}),
      steps: [
        () => step({
          rule: 'am.objective',
          label: {
            fr: `Objectif écrit au contrat : ${contractTarget} patients`,
            en: `Objective written in the contract: ${contractTarget} patients`,
          },
          inputs: { targetPatients: contractTarget },
          value: contractTarget,
          callerInput: 'objective written in the contract, given by the caller',
        }),
      ],
    };
  }

  if (ctx.newlyInstalled === true) {
    const pct = valueAt(newlyInstalledTarget, ctx.signedOn, opts);
    const deadline = valueAt(newlyInstalledDeadlineYear, ctx.signedOn, opts);
    const t = threshold(ctx, pct.value as Percentile);
    return {
      kind: 'newly-installed',
      targetPatients: t.patients,
      ...(ctx.startingPatients !== undefined ? { startingPatients: ctx.startingPatients } : {}),
      deadlineYear: Number(deadline.value),
      steps: [
        () => step({
          rule: 'am.objective',
          label: {
            fr: `Médecin nouvellement installé : atteindre ${String(pct.value).toUpperCase()} de sa spécialité, soit ${t.patients} patients, en ${deadline.value} ans`,
            en: `Newly installed doctor: reach ${String(pct.value).toUpperCase()} of the specialty, ${t.patients} patients, within ${deadline.value} years`,
          },
          inputs: { newlyInstalled: true, [String(pct.value)]: t.patients },
          value: t.patients,
          uses: [pct, deadline, ...(t.resolved ? [t.resolved] : [])],
          ...(t.fromCaller ? { callerInput: 'percentile cut-off given by the caller' } : {}),
        }),
      ],
    };
  }

  if (ctx.age !== undefined && hasValueAt(seniorMinimumAge, ctx.signedOn, ctx.overrides)) {
    const minAge = valueAt(seniorMinimumAge, ctx.signedOn, opts);
    if (ctx.age >= Number(minAge.value)) {
      const tolerance = valueAt(seniorTolerance, ctx.signedOn, opts);
      const rounding = valueAt(objectiveRounding, ctx.signedOn, opts);
      const start = needStart(ctx, 'for the objective of a doctor aged 65 or more');
      const target = roundPatients(new Dec(start).times(new Dec(1).minus(tolerance.value as string)), rounding.value as string);
      return {
        kind: 'senior',
        targetPatients: target,
        startingPatients: start,
        rate: new Dec(0).minus(tolerance.value as string),
        steps: [
          () => step({
            rule: 'am.objective',
            label: {
              fr: `Médecin de ${ctx.age} ans : maintenir sa patientèle de ${start} patients, baisse de ${new Dec(tolerance.value as string).times(100).toFixed()} % tolérée, soit au moins ${target} patients`,
              en: `Doctor aged ${ctx.age}: keep the patientèle of ${start} patients, ${new Dec(tolerance.value as string).times(100).toFixed()} % decrease tolerated, i.e. at least ${target} patients`,
            },
            inputs: { age: ctx.age, startingPatients: start },
            value: target,
            uses: [minAge, tolerance, rounding],
          }),
        ],
      };
    }
  }

  const start = needStart(ctx, 'to compute the objective from the band (or pass objective.targetPatients from the contract)');
  const rounding = valueAt(objectiveRounding, ctx.signedOn, opts);
  let rateParam: Resolved;
  const rules: RuleReading[] = [RULES.objectiveMeasure];
  if (ctx.option === '1.5' || ctx.option === '2') {
    rateParam = valueAt(secondAssistantObjective[ctx.option], ctx.signedOn, opts);
  } else {
    const row: Band = band === 'below-P30' ? 'P30-P50' : band;
    if (band === 'below-P30') rules.push(RULES.belowP30Objective);
    rateParam = valueAt(objectives[ctx.option][row], ctx.signedOn, opts);
  }
  const rate = new Dec(rateParam.value as string);
  const target = roundPatients(new Dec(start).times(rate.plus(1)), rounding.value as string);
  const pct = rate.times(100).toFixed();
  return {
    kind: 'band',
    targetPatients: target,
    startingPatients: start,
    rate,
    steps: [
      () => step({
        rule: 'am.objective',
        label: {
          fr: `Objectif : +${pct} % sur ${start} patients (option ${ctx.option}, tranche ${bandLabel(band)}), soit ${target} patients (+${target - start})`,
          en: `Objective: +${pct} % on ${start} patients (option ${ctx.option}, band ${bandLabel(band)}), i.e. ${target} patients (+${target - start})`,
        },
        inputs: { startingPatients: start, option: ctx.option, band, rate: rate.toFixed() },
        value: target,
        uses: [rateParam, rounding],
        rules,
      }),
    ],
  };
}

/** The objective of a contract, as `objective()` returns it. */
export interface ObjectiveResult {
  readonly regime: string;
  readonly band: BandOrBelow;
  readonly kind: ObjectiveKind;
  /** Patientèle to reach, in whole patients. */
  readonly targetPatients: number;
  readonly startingPatients?: number;
  /** Additional patients to take on (target − start), when the start is known; negative for a tolerated decrease. */
  readonly additionalPatients?: number;
  /** Increase rate over the starting patientèle (band objectives), e.g. 0.2. */
  readonly rate?: Decimal;
  /** Contract year by which the target must be reached (newly installed doctors). */
  readonly deadlineYear?: number;
  readonly explanation: readonly Step[];
}
