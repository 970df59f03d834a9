/**
 * The aid of one contract year: its maximum (plafond) from the published tables, its modulation from
 * year 3 by the achievement of the objective, and its payments.
 */
import type Decimal from 'decimal.js';
import { invalid, isExerciceCoordonneError } from '../core/errors.js';
import { contractYear, laterOf, plusDays, type DateRange, type IsoDate } from '../core/dates.js';
import { amountValue, decimalValue, step, withLazyExplanation, type LazyStep, type Step } from '../core/explain.js';
import { Dec, allocate, clampRatio, euro, euroText, roundToCent, type CentRounding } from '../core/money.js';
import { valueAt, type Label, type Overrides, type Resolved } from '../core/parameters.js';
import { parseInput } from '../core/validation.js';
import { prepareContract, type PreparedContract } from './contract.js';
import { computeObjective, type BandOrBelow, type Objective, type ObjectiveContext, type ObjectiveKind } from './objective.js';
import {
  AMOUNT_ROW_BY_YEAR,
  RULES,
  ceilings,
  contractDurationYears,
  firstModulatedYear,
  laterYearsTiming,
  modulationRounding,
  modulationRule,
  secondAssistantFromYear,
  year1AdvanceDelayDays,
  year1AdvanceRate,
  year1BalanceTiming,
  year2Timing,
  type AmountRow,
  type Regime,
} from './parameters.js';
import { amountDateStep } from './regime.js';
import { yearlyAidSchema, type YearlyAidInput } from './schema.js';

/** A payment of the aid. */
export interface Payment {
  /** Date the payment is due (the latest date when the text says "within"). */
  readonly date: IsoDate;
  readonly amount: Decimal;
  readonly kind: 'advance' | 'balance' | 'annual';
  readonly label: Label;
}

/** How the aid of a modulated year was computed. */
export interface Modulation {
  readonly rule: 'linear' | 'all-or-nothing';
  readonly objectiveKind: ObjectiveKind;
  readonly startingPatients?: number;
  readonly targetPatients: number;
  readonly reachedPatients: number;
  /** Share of the maximum paid, from 0 to 1. */
  readonly achievementRate: Decimal;
}

/** The aid of one contract year. */
export interface YearlyAid {
  readonly regime: Regime;
  readonly year: number;
  /** The contract year: from an anniversary of the hiring to the day before the next. */
  readonly period: DateRange;
  readonly band: BandOrBelow;
  /** Maximum aid of the year (plafond), in euros. */
  readonly ceiling: Decimal;
  /** Whether the year is modulated by the achievement of the objective (from year 3). */
  readonly modulated: boolean;
  /** Aid due for the year; absent for a modulated year whose achievement was not given. */
  readonly amount?: Decimal;
  readonly objective?: { readonly kind: ObjectiveKind; readonly targetPatients: number; readonly startingPatients?: number; readonly rate?: Decimal };
  readonly modulation?: Modulation;
  /** Payments of the year's aid; absent when the amount is not known. */
  readonly payments?: readonly Payment[];
  readonly explanation: readonly Step[];
}

/** The amount-table row of a contract year. */
export function amountRow(year: number, band: BandOrBelow): AmountRow {
  if (band === 'P95+') return 'p95-plus';
  const named = AMOUNT_ROW_BY_YEAR[year];
  if (named) return named;
  return band === 'P90-P95' ? 'year-3-plus.p90-p95' : 'year-3-plus';
}

function ceilingParam(prepared: PreparedContract, year: number) {
  const option = prepared.fields.option;
  if (option === '1.5' || option === '2') return ceilings[option]['year-3-plus'];
  return ceilings[option][amountRow(year, prepared.band.band)];
}

function timingDate(timing: string, period: DateRange, next: DateRange): IsoDate {
  return timing === 'start-of-year' ? period.from : next.from;
}

function paymentsOf(prepared: PreparedContract, year: number, period: DateRange, hiredOn: IsoDate, amount: Decimal): { payments: Payment[]; step: LazyStep } {
  const on = prepared.fields.signedOn;
  const opts = { overrides: prepared.overrides, datePath: ['signedOn'] as const };
  const next = contractYear(hiredOn, year + 1);
  const uses: Resolved[] = [];
  let payments: Payment[];
  if (year === 1) {
    const rate = valueAt(year1AdvanceRate, on, opts);
    const delay = valueAt(year1AdvanceDelayDays, on, opts);
    const balanceTiming = valueAt(year1BalanceTiming, on, opts);
    uses.push(rate, delay, balanceTiming);
    const advanceShare = new Dec(rate.value as string);
    const [advance, balance] = allocate(amount, [advanceShare, new Dec(1).minus(advanceShare)]) as [Decimal, Decimal];
    payments = [
      {
        date: plusDays(laterOf(hiredOn, on), Number(delay.value)),
        amount: euro(advance),
        kind: 'advance',
        label: { fr: `Avance de ${advanceShare.times(100).toFixed()} % de l’aide de 1re année`, en: `Advance of ${advanceShare.times(100).toFixed()} % of the year-1 aid` },
      },
    ];
    if (!balance.isZero()) {
      payments.push({
        date: timingDate(balanceTiming.value as string, period, next),
        amount: euro(balance),
        kind: 'balance',
        label: { fr: 'Solde de l’aide de 1re année', en: 'Balance of the year-1 aid' },
      });
    }
  } else {
    const timing = valueAt(year === 2 ? year2Timing : laterYearsTiming, on, opts);
    uses.push(timing);
    payments = [
      {
        date: timingDate(timing.value as string, period, next),
        amount: euro(amount),
        kind: 'annual',
        label: { fr: `Aide de l’année ${year}`, en: `Aid of year ${year}` },
      },
    ];
  }
  return {
    payments,
    step: () => step({
      rule: 'am.payments',
      label: {
        fr: `Versements : ${payments.map((p) => `${euroText(p.amount, 'fr')} le ${p.date}`).join(' ; ')}`,
        en: `Payments: ${payments.map((p) => `${euroText(p.amount, 'en')} on ${p.date}`).join('; ')}`,
      },
      inputs: { year, amount: amountValue(amount) },
      value: payments.map((p) => `${p.date}: ${amountValue(p.amount)}`),
      uses,
      rules: [RULES.contractYears],
    }),
  };
}

/** The objective that applies to a contract year (a newly installed doctor's P50 target holds until its deadline). */
function objectiveForYear(context: ObjectiveContext, band: BandOrBelow, year: number, path: readonly (string | number)[]): Objective {
  const objective = computeObjective(context, band);
  if (objective.kind === 'newly-installed' && objective.deadlineYear !== undefined && year > objective.deadlineYear) {
    invalid(
      [...path, 'objective', 'targetPatients'],
      undefined,
      `the objective of year ${year} written in the contract: after year ${objective.deadlineYear} a newly installed doctor has a new objective set from the patientèle reached, which the library cannot compute`,
    );
  }
  return objective;
}

function objectiveOf(o: Objective): NonNullable<YearlyAid['objective']> {
  return {
    kind: o.kind,
    targetPatients: o.targetPatients,
    ...(o.startingPatients !== undefined ? { startingPatients: o.startingPatients } : {}),
    ...(o.rate !== undefined ? { rate: o.rate } : {}),
  };
}

/** A rate for a label: exact when short, else rounded to 6 decimals with "≈". */
function rateText(rate: Decimal): string {
  const short = rate.toDecimalPlaces(6);
  return short.equals(rate) ? rate.toFixed() : `≈ ${short.toFixed()}`;
}

/** The share of the maximum paid for a modulated year (0 to 1). */
export function achievementRate(rule: string, objective: Objective, reached: number): Decimal {
  const target = new Dec(objective.targetPatients);
  const got = new Dec(reached);
  if (rule === 'all-or-nothing') return got.greaterThanOrEqualTo(target) ? new Dec(1) : new Dec(0);
  const start = objective.startingPatients;
  if (start !== undefined && target.greaterThan(start)) {
    return clampRatio(got.minus(start).dividedBy(target.minus(start)));
  }
  if (got.greaterThanOrEqualTo(target)) return new Dec(1);
  return target.isZero() ? new Dec(1) : clampRatio(got.dividedBy(target));
}

/** Parameters of one year of a prepared contract. */
export interface YearSpec {
  readonly hiredOn: IsoDate;
  readonly year: number;
  readonly reachedPatients?: number | undefined;
  /** The objective of this year when the contract sets one (overrides the contract-level one). */
  readonly targetPatients?: number | undefined;
  /** Path prefix of the year fields in the caller's input (for errors). */
  readonly path?: readonly (string | number)[];
}

/** The aid of one year of a prepared contract. */
export function aidOfYear(prepared: PreparedContract, spec: YearSpec): YearlyAid {
  const { fields, overrides } = prepared;
  const on = fields.signedOn;
  const opts = { overrides, datePath: ['signedOn'] as const };
  const path = spec.path ?? [];
  const duration = valueAt(contractDurationYears, on, opts);
  if (spec.year > Number(duration.value)) {
    invalid([...path, 'year'], spec.year, `a contract year from 1 to ${duration.value} (the contract lasts ${duration.value} years; a renewal is a new contract)`);
  }
  if (fields.option === '1.5' || fields.option === '2') {
    const from = valueAt(secondAssistantFromYear, on, opts);
    if (spec.year < Number(from.value)) {
      invalid([...path, 'year'], spec.year, `a contract year from ${from.value}: the ${fields.option} FTE option (second assistant) starts in year ${from.value}`);
    }
  }
  const steps: LazyStep[] = [...prepared.steps];
  const period = contractYear(spec.hiredOn, spec.year);
  steps.push(
    () => step({
      rule: 'am.contract-year',
      label: { fr: `Année ${spec.year} du contrat : du ${period.from} au ${period.to}`, en: `Contract year ${spec.year}: ${period.from} to ${period.to}` },
      inputs: { hiredOn: spec.hiredOn, year: spec.year },
      value: `${period.from}/${period.to}`,
      uses: [duration],
      rules: [RULES.contractYears],
    }),
  );
  const dated = amountDateStep(on, period.from, spec.year);
  steps.push(dated.step);
  const param = ceilingParam(prepared, spec.year);
  const ceilingResolved = valueAt(param, dated.reference, { overrides, datePath: ['hiredOn'] });
  const ceiling = euro(ceilingResolved.value as string);
  steps.push(
    () => step({
      rule: 'am.aid.ceiling',
      label: {
        fr: `Aide maximale : ${euroText(ceiling, 'fr')} (${param.label.fr})`,
        en: `Maximum aid: ${euroText(ceiling, 'en')} (${param.label.en})`,
      },
      inputs: { option: fields.option, year: spec.year, band: prepared.band.band, referenceDate: dated.reference },
      value: amountValue(ceiling),
      uses: [ceilingResolved],
    }),
  );

  const firstModulated = valueAt(firstModulatedYear, on, opts);
  const modulated = spec.year >= Number(firstModulated.value);
  const base = { regime: prepared.regime, year: spec.year, period, band: prepared.band.band, ceiling, modulated };

  if (!modulated) {
    const amount = euro(ceiling);
    steps.push(
      () => step({
        rule: 'am.aid.amount',
        label: {
          fr: `Aide de l’année ${spec.year} : ${euroText(amount, 'fr')}, non modulée (modulation à partir de l’année ${firstModulated.value})`,
          en: `Aid of year ${spec.year}: ${euroText(amount, 'en')}, not modulated (modulation from year ${firstModulated.value})`,
        },
        inputs: { year: spec.year, ceiling: amountValue(ceiling) },
        value: amountValue(amount),
        uses: [firstModulated],
      }),
    );
    const pay = paymentsOf(prepared, spec.year, period, spec.hiredOn, amount);
    steps.push(pay.step);
    return withLazyExplanation({ ...base, amount, payments: pay.payments }, steps);
  }

  const objectiveContext = spec.targetPatients !== undefined ? { ...prepared.context, contractTarget: spec.targetPatients } : prepared.context;
  if (spec.reachedPatients === undefined) {
    // Without an achievement the amount is not known; the objective is shown when the library can set it.
    let shown: Objective | undefined;
    try {
      shown = objectiveForYear(objectiveContext, prepared.band.band, spec.year, path);
    } catch (e) {
      if (!(isExerciceCoordonneError(e) && (e.code === 'missing-parameter' || e.code === 'invalid-input'))) throw e;
      steps.push(
        () => step({
          rule: 'am.objective',
          label: {
            fr: `Objectif non calculé : ${e.issues[0]?.expected ?? e.message}`,
            en: `Objective not computed: ${e.issues[0]?.expected ?? e.message}`,
          },
          inputs: {},
          value: null,
          status: 'unknown',
        }),
      );
    }
    if (shown) steps.push(...shown.steps);
    steps.push(
      () => step({
        rule: 'am.aid.amount',
        label: {
          fr: `Aide de l’année ${spec.year} : au plus ${euroText(ceiling, 'fr')}, selon l’atteinte de l’objectif (non fournie)`,
          en: `Aid of year ${spec.year}: at most ${euroText(ceiling, 'en')}, depending on the achievement of the objective (not given)`,
        },
        inputs: { year: spec.year, ceiling: amountValue(ceiling) },
        value: null,
        uses: [firstModulated],
      }),
    );
    return withLazyExplanation({ ...base, ...(shown ? { objective: objectiveOf(shown) } : {}) }, steps);
  }

  const objective = objectiveForYear(objectiveContext, prepared.band.band, spec.year, path);
  steps.push(...objective.steps);
  const objectiveOut = objectiveOf(objective);

  const rule = valueAt(modulationRule, on, opts);
  const rounding = valueAt(modulationRounding, on, opts);
  const rate = achievementRate(rule.value as string, objective, spec.reachedPatients);
  const amount = euro(roundToCent(ceiling.times(rate), rounding.value as CentRounding));
  steps.push(
    () => step({
      rule: 'am.modulation',
      label: {
        fr: `Atteinte de l’objectif : ${spec.reachedPatients} patients pour un objectif de ${objective.targetPatients}${objective.startingPatients !== undefined ? ` (départ ${objective.startingPatients})` : ''}, soit ${rate.times(100).toDecimalPlaces(2).toFixed()} % de l’aide maximale`,
        en: `Achievement: ${spec.reachedPatients} patients against an objective of ${objective.targetPatients}${objective.startingPatients !== undefined ? ` (start ${objective.startingPatients})` : ''}, i.e. ${rate.times(100).toDecimalPlaces(2).toFixed()} % of the maximum aid`,
      },
      inputs: {
        reachedPatients: spec.reachedPatients,
        targetPatients: objective.targetPatients,
        startingPatients: objective.startingPatients ?? null,
      },
      value: decimalValue(rate),
      uses: [firstModulated, rule],
      callerInput: 'patientèle reached, given by the caller',
    }),
  );
  steps.push(
    () => step({
      rule: 'am.aid.amount',
      label: {
        fr: `Aide de l’année ${spec.year} : ${euroText(ceiling, 'fr')} × ${rateText(rate)} = ${euroText(amount, 'fr')}`,
        en: `Aid of year ${spec.year}: ${euroText(ceiling, 'en')} × ${rateText(rate)} = ${euroText(amount, 'en')}`,
      },
      inputs: { ceiling: amountValue(ceiling), achievementRate: decimalValue(rate) },
      value: amountValue(amount),
      uses: [rounding],
    }),
  );
  const pay = paymentsOf(prepared, spec.year, period, spec.hiredOn, amount);
  steps.push(pay.step);
  return withLazyExplanation({
    ...base,
    amount,
    objective: objectiveOut,
    modulation: {
      rule: rule.value as 'linear' | 'all-or-nothing',
      objectiveKind: objective.kind,
      ...(objective.startingPatients !== undefined ? { startingPatients: objective.startingPatients } : {}),
      targetPatients: objective.targetPatients,
      reachedPatients: spec.reachedPatients,
      achievementRate: rate,
    },
    payments: pay.payments,
  }, steps);
}

/**
 * The aid of one contract year (aide à l'emploi d'un assistant médical).
 *
 * Years 1 and 2 are paid at the maximum of the table; from year 3 the aid is modulated by the
 * achievement of the objective (pass `achievement.reachedPatients`), never above the maximum nor
 * below zero. Contract years count from `hiredOn`; the amount table is the one in force on the first
 * day of the year (2024 amounts from the first anniversary on or after 22 June 2024).
 *
 * @example
 * yearlyAid({ signedOn: '2024-09-01', hiredOn: '2024-10-01', option: '1/2', band: 'P50-P70', year: 1 })
 * // amount 19000.00, paid 13300.00 on 2024-10-16 and 5700.00 on 2025-10-01
 */
export function yearlyAid(input: YearlyAidInput): YearlyAid {
  const parsed = parseInput(yearlyAidSchema, input);
  const prepared = prepareContract(parsed);
  return aidOfYear(prepared, {
    hiredOn: parsed.hiredOn,
    year: parsed.year,
    reachedPatients: parsed.achievement?.reachedPatients,
  });
}

export type { Overrides };
