/**
 * The aid of one contract year: its maximum (plafond) from the published tables, its modulation from
 * year 3 by the achievement of the objective, and its payments.
 */
import type { Decimal } from 'decimal.js';
import { invalid, isExerciceCoordonneError } from '../core/errors.js';
import { contractYear, dayAfter, laterOf, plusDays, type DateRange, type IsoDate } from '../core/dates.js';
import { amountValue, decimalValue, step, type Step } from '../core/explain.js';
import { Dec, allocate, euro, euroComputed, euroText, roundToCent, type CentRounding } from '../core/money.js';
import { valueAt, type Label, type Overrides, type Parameter, type Resolved } from '../core/parameters.js';
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
import { amountDateStep, amountReferenceDate } from './regime.js';
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
  readonly startingPatients?: number | undefined;
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

function ceilingParamOf(prepared: PreparedContract, year: number): Parameter<string> {
  const option = prepared.fields.option;
  if (option === '1.5' || option === '2') return ceilings[option]['year-3-plus'];
  return ceilings[option][amountRow(year, prepared.band.band)];
}

/** The first day of the year (`start-of-year`) or the anniversary that closes it (`end-of-year`). */
function timingDate(timing: string, period: DateRange): IsoDate {
  return timing === 'start-of-year' ? period.from : dayAfter(period.to);
}

/** Legal amounts as result amounts, parsed once per period read (Decimals are immutable). */
const AMOUNTS = new WeakMap<Resolved, Decimal>();
function amountOf(resolved: Resolved): Decimal {
  let amount = AMOUNTS.get(resolved);
  if (!amount) {
    amount = euro(resolved.value as string);
    AMOUNTS.set(resolved, amount);
  }
  return amount;
}

const ANNUAL_LABELS: Label[] = [];
function annualLabel(year: number): Label {
  return (ANNUAL_LABELS[year] ??= { fr: `Aide de l’année ${year}`, en: `Aid of year ${year}` });
}

interface PaymentFacts {
  readonly payments: Payment[];
  readonly uses: readonly Resolved[];
}

function paymentsOf(prepared: PreparedContract, year: number, period: DateRange, hiredOn: IsoDate, amount: Decimal): PaymentFacts {
  const on = prepared.fields.signedOn;
  const opts = { overrides: prepared.overrides, datePath: SIGNED_ON };
  if (year === 1) {
    const rate = valueAt(year1AdvanceRate, on, opts);
    const delay = valueAt(year1AdvanceDelayDays, on, opts);
    const balanceTiming = valueAt(year1BalanceTiming, on, opts);
    const advanceShare = new Dec(rate.value as string);
    const [advance, balance] = allocate(amount, [advanceShare, new Dec(1).minus(advanceShare)]) as [Decimal, Decimal];
    const percent = advanceShare.times(100).toFixed();
    const payments: Payment[] = [
      {
        date: plusDays(laterOf(hiredOn, on), Number(delay.value)),
        amount: euro(advance),
        kind: 'advance',
        label: { fr: `Avance de ${percent} % de l’aide de 1re année`, en: `Advance of ${percent} % of the year-1 aid` },
      },
    ];
    if (!balance.isZero()) {
      payments.push({
        date: timingDate(balanceTiming.value as string, period),
        amount: euro(balance),
        kind: 'balance',
        label: { fr: 'Solde de l’aide de 1re année', en: 'Balance of the year-1 aid' },
      });
    }
    return { payments, uses: [rate, delay, balanceTiming] };
  }
  const timing = valueAt(year === 2 ? year2Timing : laterYearsTiming, on, opts);
  return {
    payments: [
      {
        date: timingDate(timing.value as string, period),
        amount, // already a result amount (whole cents)
        kind: 'annual',
        label: annualLabel(year),
      },
    ],
    uses: [timing],
  };
}

function paymentStep(year: number, amount: Decimal, facts: PaymentFacts): Step {
  const { payments } = facts;
  return step({
    rule: 'am.payments',
    label: {
      fr: `Versements : ${payments.map((p) => `${euroText(p.amount, 'fr')} le ${p.date}`).join(' ; ')}`,
      en: `Payments: ${payments.map((p) => `${euroText(p.amount, 'en')} on ${p.date}`).join('; ')}`,
    },
    inputs: { year, amount: amountValue(amount) },
    value: payments.map((p) => `${p.date}: ${amountValue(p.amount)}`),
    uses: facts.uses,
    rules: [RULES.contractYears],
  });
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

/** A share of the maximum as an exact fraction `numerator / denominator`, from 0 to 1. */
export interface Share {
  readonly numerator: Decimal;
  readonly denominator: Decimal;
}

const ALL: Share = { numerator: new Dec(1), denominator: new Dec(1) };
const NOTHING: Share = { numerator: new Dec(0), denominator: new Dec(1) };

/**
 * The share of the maximum paid for a modulated year, as an exact fraction from 0 to 1, so that the
 * amount is computed as maximum × numerator / denominator (one division, last: a half-cent tie is
 * then computed exactly and rounded as the rule says).
 */
export function achievementShare(rule: string, objective: Objective, reached: number): Share {
  const target = objective.targetPatients;
  if (rule === 'all-or-nothing') return reached >= target ? ALL : NOTHING;
  const start = objective.startingPatients;
  if (start !== undefined && target > start) {
    if (reached <= start) return NOTHING;
    if (reached >= target) return ALL;
    return { numerator: new Dec(reached - start), denominator: new Dec(target - start) };
  }
  if (reached >= target || target === 0) return ALL;
  return { numerator: new Dec(reached), denominator: new Dec(target) };
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

/** What the computation of a year found: the result's figures and what its explanation needs. */
interface YearFacts {
  readonly prepared: PreparedContract;
  readonly spec: YearSpec;
  readonly duration: Resolved;
  readonly period: DateRange;
  readonly reference: IsoDate;
  readonly ceilingParam: Parameter;
  readonly ceilingResolved: Resolved;
  readonly ceiling: Decimal;
  readonly firstModulated: Resolved;
  readonly amount?: Decimal | undefined;
  readonly objective?: Objective | undefined;
  /** Why the objective of a year without achievement could not be set. */
  readonly objectiveGap?: string | undefined;
  readonly rule?: Resolved | undefined;
  readonly rounding?: Resolved | undefined;
  readonly share?: Share | undefined;
}

const SIGNED_ON = ['signedOn'] as const;
const HIRED_ON = ['hiredOn'] as const;

/** The aid of one year of a prepared contract. */
export function aidOfYear(prepared: PreparedContract, spec: YearSpec): YearlyAid {
  const { fields, overrides } = prepared;
  const on = fields.signedOn;
  const opts = { overrides, datePath: SIGNED_ON };
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
  const period = contractYear(spec.hiredOn, spec.year);
  const reference = amountReferenceDate(on, period.from);
  const ceilingParam = ceilingParamOf(prepared, spec.year);
  const ceilingResolved = valueAt(ceilingParam, reference, { overrides, datePath: HIRED_ON });
  const ceiling = amountOf(ceilingResolved);
  const firstModulated = valueAt(firstModulatedYear, on, opts);
  // Plain literals below, not spreads of a shared object: this is the hot path of every batch.
  if (spec.year < Number(firstModulated.value)) {
    return yearResult({ prepared, spec, duration, period, reference, ceilingParam, ceilingResolved, ceiling, firstModulated, amount: ceiling }, false);
  }

  const objectiveContext = spec.targetPatients !== undefined ? { ...prepared.context, contractTarget: spec.targetPatients } : prepared.context;
  if (spec.reachedPatients === undefined) {
    // Without an achievement the amount is not known; the objective is shown when the library can set it.
    let objective: Objective | undefined;
    let objectiveGap: string | undefined;
    try {
      objective = objectiveForYear(objectiveContext, prepared.band.band, spec.year, path);
    } catch (e) {
      if (!(isExerciceCoordonneError(e) && (e.code === 'missing-parameter' || e.code === 'invalid-input'))) throw e;
      objectiveGap = e.issues[0]?.expected ?? e.message;
    }
    return yearResult({ prepared, spec, duration, period, reference, ceilingParam, ceilingResolved, ceiling, firstModulated, objective, objectiveGap }, true);
  }

  const objective = objectiveForYear(objectiveContext, prepared.band.band, spec.year, path);
  const rule = valueAt(modulationRule, on, opts);
  const rounding = valueAt(modulationRounding, on, opts);
  const share = achievementShare(rule.value as string, objective, spec.reachedPatients);
  const amount = euroComputed(roundToCent(ceiling.times(share.numerator).dividedBy(share.denominator), rounding.value as CentRounding));
  return yearResult(
    { prepared, spec, duration, period, reference, ceilingParam, ceilingResolved, ceiling, firstModulated, objective, rule, rounding, share, amount },
    true,
  );
}

/** How a modulated year was computed; the achievement rate (a division) is computed when first read. */
class ModulationResult implements Modulation {
  readonly rule: 'linear' | 'all-or-nothing';
  readonly objectiveKind: ObjectiveKind;
  readonly startingPatients: number | undefined;
  readonly targetPatients: number;
  readonly reachedPatients: number;
  readonly #share: Share;
  #rate: Decimal | undefined;

  constructor(rule: 'linear' | 'all-or-nothing', objective: Objective, reachedPatients: number, share: Share) {
    this.rule = rule;
    this.objectiveKind = objective.kind;
    this.startingPatients = objective.startingPatients;
    this.targetPatients = objective.targetPatients;
    this.reachedPatients = reachedPatients;
    this.#share = share;
  }

  /** Share of the maximum paid, from 0 to 1. */
  get achievementRate(): Decimal {
    return (this.#rate ??= this.#share.numerator.dividedBy(this.#share.denominator));
  }

  toJSON(): Record<string, unknown> {
    return {
      rule: this.rule,
      objectiveKind: this.objectiveKind,
      startingPatients: this.startingPatients,
      targetPatients: this.targetPatients,
      reachedPatients: this.reachedPatients,
      achievementRate: this.achievementRate,
    };
  }
}

/**
 * The result of a year. Its payments and its explanation are getters computed when first read (then
 * kept): a batch that reads only the amounts does not pay for them. `JSON.stringify` includes them.
 */
class YearResult implements YearlyAid {
  readonly regime: Regime;
  readonly year: number;
  readonly period: DateRange;
  readonly band: BandOrBelow;
  readonly ceiling: Decimal;
  readonly modulated: boolean;
  readonly amount: Decimal | undefined;
  readonly objective: YearlyAid['objective'];
  readonly modulation: Modulation | undefined;
  readonly #facts: YearFacts;
  #payments: PaymentFacts | undefined;
  #explanation: readonly Step[] | undefined;

  constructor(f: YearFacts, modulated: boolean) {
    const { prepared, spec, objective } = f;
    this.regime = prepared.regime;
    this.year = spec.year;
    this.period = f.period;
    this.band = prepared.band.band;
    this.ceiling = f.ceiling;
    this.modulated = modulated;
    this.amount = f.amount;
    this.objective = objective ? objectiveOf(objective) : undefined;
    this.modulation =
      objective && f.share && f.rule && spec.reachedPatients !== undefined
        ? new ModulationResult(f.rule.value as 'linear' | 'all-or-nothing', objective, spec.reachedPatients, f.share)
        : undefined;
    this.#facts = f;
  }

  #paymentFacts(): PaymentFacts | undefined {
    const f = this.#facts;
    if (f.amount === undefined) return undefined;
    return (this.#payments ??= paymentsOf(f.prepared, f.spec.year, f.period, f.spec.hiredOn, f.amount));
  }

  /** Payments of the year's aid; absent when the amount is not known. */
  get payments(): readonly Payment[] | undefined {
    return this.#paymentFacts()?.payments;
  }

  /** The steps that produced the result, with their sources. */
  get explanation(): readonly Step[] {
    return (this.#explanation ??= explainYear(this.#facts, this.#paymentFacts()));
  }

  /** The JSON form: every field, the payments and the explanation (amounts as "1234.50"). */
  toJSON(): Record<string, unknown> {
    return { ...yearFields(this), explanation: this.explanation };
  }
}

/** The fields of a year's result without its explanation (for compact JSON). */
export function yearFields(r: YearlyAid): Omit<YearlyAid, 'explanation'> {
  return {
    regime: r.regime,
    year: r.year,
    period: r.period,
    band: r.band,
    ceiling: r.ceiling,
    modulated: r.modulated,
    amount: r.amount,
    objective: r.objective,
    modulation: r.modulation,
    payments: r.payments,
  };
}

function yearResult(f: YearFacts, modulated: boolean): YearlyAid {
  return new YearResult(f, modulated);
}

/** The explanation of a year, built from what its computation found (only when read). */
function explainYear(f: YearFacts, payments: PaymentFacts | undefined): Step[] {
  const { prepared, spec, period, ceiling, firstModulated } = f;
  const steps: Step[] = [...prepared.steps()];
  steps.push(
    step({
      rule: 'am.contract-year',
      label: { fr: `Année ${spec.year} du contrat : du ${period.from} au ${period.to}`, en: `Contract year ${spec.year}: ${period.from} to ${period.to}` },
      inputs: { hiredOn: spec.hiredOn, year: spec.year },
      value: `${period.from}/${period.to}`,
      uses: [f.duration],
      rules: [RULES.contractYears],
    }),
    amountDateStep(prepared.fields.signedOn, period.from, spec.year, f.reference),
    step({
      rule: 'am.aid.ceiling',
      label: {
        fr: `Aide maximale : ${euroText(ceiling, 'fr')} (${f.ceilingParam.label.fr})`,
        en: `Maximum aid: ${euroText(ceiling, 'en')} (${f.ceilingParam.label.en})`,
      },
      inputs: { option: prepared.fields.option, year: spec.year, band: prepared.band.band, referenceDate: f.reference },
      value: amountValue(ceiling),
      uses: [f.ceilingResolved],
    }),
  );
  if (spec.year < Number(firstModulated.value)) {
    const amount = f.amount!;
    steps.push(
      step({
        rule: 'am.aid.amount',
        label: {
          fr: `Aide de l’année ${spec.year} : ${euroText(amount, 'fr')}, non modulée (modulation à partir de l’année ${firstModulated.value})`,
          en: `Aid of year ${spec.year}: ${euroText(amount, 'en')}, not modulated (modulation from year ${firstModulated.value})`,
        },
        inputs: { year: spec.year, ceiling: amountValue(ceiling) },
        value: amountValue(amount),
        uses: [firstModulated],
      }),
      paymentStep(spec.year, amount, payments!),
    );
    return steps;
  }
  if (f.objectiveGap !== undefined) {
    steps.push(
      step({
        rule: 'am.objective',
        label: { fr: `Objectif non calculé : ${f.objectiveGap}`, en: `Objective not computed: ${f.objectiveGap}` },
        inputs: {},
        value: null,
        status: 'unknown',
      }),
    );
  }
  if (f.objective) steps.push(...f.objective.steps.map((s) => s()));
  if (f.amount === undefined || f.share === undefined || !f.objective) {
    steps.push(
      step({
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
    return steps;
  }
  const { objective, amount } = f;
  const rate = f.share.numerator.dividedBy(f.share.denominator);
  const percent = rate.times(100).toDecimalPlaces(2).toFixed();
  const start = objective.startingPatients;
  steps.push(
    step({
      rule: 'am.modulation',
      label: {
        fr: `Atteinte de l’objectif : ${spec.reachedPatients} patients pour un objectif de ${objective.targetPatients}${start !== undefined ? ` (départ ${start})` : ''}, soit ${percent} % de l’aide maximale`,
        en: `Achievement: ${spec.reachedPatients} patients against an objective of ${objective.targetPatients}${start !== undefined ? ` (start ${start})` : ''}, i.e. ${percent} % of the maximum aid`,
      },
      inputs: { reachedPatients: spec.reachedPatients ?? null, targetPatients: objective.targetPatients, startingPatients: start ?? null },
      value: decimalValue(rate),
      uses: [firstModulated, f.rule!],
      callerInput: 'patientèle reached, given by the caller',
    }),
    step({
      rule: 'am.aid.amount',
      label: {
        fr: `Aide de l’année ${spec.year} : ${euroText(ceiling, 'fr')} × ${rateText(rate)} = ${euroText(amount, 'fr')}`,
        en: `Aid of year ${spec.year}: ${euroText(ceiling, 'en')} × ${rateText(rate)} = ${euroText(amount, 'en')}`,
      },
      inputs: { ceiling: amountValue(ceiling), achievementRate: decimalValue(rate) },
      value: amountValue(amount),
      uses: [f.rounding!],
    }),
    paymentStep(spec.year, amount, payments!),
  );
  return steps;
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
