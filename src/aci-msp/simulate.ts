/**
 * The year function and its drivers: `yearlyRemuneration` (one MSP, one calendar year), `compare` (two
 * achievement scenarios of the same year), `simulate` (a whole contract, year by year) and
 * `simulateMany` (many contracts).
 *
 * A year runs the stages in the order of the texts (ACI 2017 and Avenant 1; ameli « Rémunération des
 * maisons de santé pluriprofessionnelles »; Cnam guide), each giving its value and its step:
 * 1. the version and catalogue in force for the year (contract.ts); 2. each indicator's points
 * (indicators.ts); 3. the socle prérequis (prerequisites.ts); 4. total points × point value, prorata of
 * a first partial year (remuneration.ts); 5. precarity majoration (precarity.ts); 6. new-structure
 * minimum (new-structure.ts); 7. the year's total; 8. advance and balance (payments.ts).
 */
import type { Decimal } from 'decimal.js';
import { runBatch, type Batch } from '../core/batch.js';
import type { IsoDate } from '../core/dates.js';
import { invalid } from '../core/errors.js';
import { step, type LazyStep } from '../core/explain.js';
import { label, type Label } from '../core/format.js';
import { allocate, euro, roundToCent, signedEuro, sum } from '../core/money.js';
import { isResult, PaidResult, Result, RESULT_KIND } from '../core/result.js';
import { parseInput } from '../core/validation.js';
import { firstYearFraction, prepareContract, structureOf, yearFacts, type ContractFacts, type Structure } from './contract.js';
import { IndicatorResult, indicatorPoints } from './indicators.js';
import { newStructure, type NewStructure } from './new-structure.js';
import type { IndicatorId, MspVersion } from './parameters.js';
import { advance, balance, yearPayments, type Advance, type Balance, type MspPayment } from './payments.js';
import { precarityMajoration, type Precarity } from './precarity.js';
import { prerequisites, type Prerequisites } from './prerequisites.js';
import { firstYearProrata, pointsValue, yearPoints, yearTotal, type Points, type Prorata } from './remuneration.js';
import {
  compareSchema,
  simulateSchema,
  yearlyRemunerationSchema,
  type CompareInput,
  type MspAchievements,
  type SimulateInput,
  type YearlyRemunerationInput,
} from './schema.js';

type Path = readonly (string | number)[];

// ---------------------------------------------------------------------------------------------------
// One year

/** The figures of a year's remuneration (what a spread of the result copies). */
export interface MspYearFigures {
  readonly scheme: 'aci-msp';
  /** Nom de la MSP, when the contract gives one. */
  readonly structure?: string;
  /** Exercice: the calendar year, e.g. `2024`. */
  readonly year: number;
  /** The version of the accord governing the year: `aci-2017` (2017–2021) or `avenant-1` (2022 on). */
  readonly version: MspVersion;
  /** Socle prérequis: all met, or those missing (then no remuneration for the year). */
  readonly prerequisites: Prerequisites;
  /** What each indicator of the catalogue gives, in the catalogue's order. */
  readonly byIndicator: readonly IndicatorResult[];
  /** Points paid (zero when a prérequis is missing). */
  readonly points: Points;
  /** Valeur du point, in euros, e.g. `7.00`. */
  readonly pointValue: Decimal;
  /** Value of the points in euros, after the prorata of a first partial year. */
  readonly amount: Decimal;
  /** Prorata of a first partial year (the contract signed during the year), or null. */
  readonly prorata: Prorata | null;
  /** Majoration selon le taux de précarité (C2S and AME patients). */
  readonly precarity: Precarity;
  /** New-structure disposition (projet de santé filed less than a year before signature). */
  readonly newStructure: NewStructure;
  /** Rémunération de l’exercice: amount + majoration + new-structure complement, in euros. */
  readonly total: Decimal;
  /** Avance paid during the year. */
  readonly advance: Advance;
  /** Solde: total − advance (negative: the excess advance to recover), due the next year. */
  readonly balance: Balance;
}

/**
 * The remuneration of an MSP for a calendar year. Its own fields are the figures ({@link MspYearFigures});
 * `payments` (the advance and the balance, in date order) and `explanation` are built on first read.
 * `JSON.stringify` gives the figures, then `payments`, then `explanation`; a spread copies the figures only.
 */
export interface MspYearResult extends MspYearFigures {}
// The class carries the behaviour; its fields are those of the interface it merges with.
export class MspYearResult extends PaidResult<MspPayment> {
  /** Recognises the result of a year from either build of the package (ESM or CommonJS), unlike `instanceof` (core `isResult` on its kind). */
  static is(value: unknown): value is MspYearResult {
    return isResult(value, 'aci-msp.year');
  }

  /** @internal What the result is (on the prototype: neither a field nor in JSON; read it with core `resultKind`). */
  get [RESULT_KIND](): 'aci-msp.year' {
    return 'aci-msp.year';
  }

  /** @internal */
  constructor(figures: MspYearFigures, steps: readonly LazyStep[]) {
    super(
      () => steps.map((s) => s()),
      () => yearPayments(figures.year, figures.advance, figures.balance),
    );
    Object.assign(this, figures);
  }
}

interface YearInput {
  readonly year: number;
  readonly structure: Structure;
  readonly achievements: MspAchievements;
  readonly achievementsPath: Path;
  readonly yearPath: Path;
}

/** The stages of one year, in the order of the texts. */
function remunerationOfYear(contract: ContractFacts, input: YearInput): MspYearResult {
  const facts = yearFacts(contract, input);
  const indicators = indicatorPoints(facts.value);
  const prereq = prerequisites(indicators);
  const paid = prereq.value.met;
  const points = yearPoints(indicators, paid);
  const value = pointsValue(facts.value, points.value.total);
  const fraction = firstYearFraction(facts.value);
  const prorata = firstYearProrata(facts.value, fraction, value.value.fullYearAmount);
  const amount = prorata.value.amount;
  const precarity = precarityMajoration(facts.value, amount);
  const majoration = precarity.value.majoration;
  const ns = newStructure(facts.value, fraction, paid, amount.plus(majoration));
  const total = yearTotal(amount, majoration, ns.value.topUp);
  const adv = advance(facts.value, indicators, fraction, ns.value.inDisposition, value.value.pointValue);
  const bal = balance(facts.value, total.value, adv.value.amount);

  // Each indicator's value for a full year, and its share of the amount paid (parts add up to the amount).
  const weights = indicators.map((i) => i.points);
  const shares = paid && amount.greaterThan(0) && sum(weights).greaterThan(0) ? allocate(amount, weights) : undefined;
  const byIndicator = indicators.map((i, k) => new IndicatorResult(i, euro(roundToCent(i.points.times(value.value.pointValue))), euro(shares ? shares[k]! : 0)));
  const { isNew, yearOfDisposition, minimum, topUp } = ns.value;
  return new MspYearResult(
    {
      scheme: 'aci-msp',
      ...(contract.name !== undefined ? { structure: contract.name } : {}),
      year: input.year,
      version: facts.value.version,
      prerequisites: prereq.value,
      byIndicator,
      points: points.value,
      pointValue: value.value.pointValue,
      amount: euro(amount),
      prorata: prorata.value.prorata,
      precarity: precarity.value,
      newStructure: { isNew, yearOfDisposition, minimum, topUp },
      total: total.value,
      advance: adv.value,
      balance: bal.value,
    },
    [
      ...facts.steps,
      ...indicators.map((i) => i.step),
      ...prereq.steps,
      ...points.steps,
      ...value.steps,
      ...prorata.steps,
      ...precarity.steps,
      ...ns.steps,
      ...total.steps,
      ...adv.steps,
      ...bal.steps,
    ],
  );
}

/**
 * The yearly remuneration of a maison de santé pluriprofessionnelle under the ACI (2017, Avenant 1):
 * every indicator's points, their value, the precarity majoration, the new-structure minimum, the advance
 * and the balance — `{ contract, year, achievements, overrides?, options? }`, the JSON shape of
 * `examples/aci-msp/msp.json`.
 *
 * @throws ExerciceCoordonneError `invalid-input` (a field, its value and what was expected),
 *   `not-in-force` (a year before 2017) or `missing-parameter` (e.g. a national C2S/AME rate needed by
 *   the precarity majoration and not given as an override).
 */
export function yearlyRemuneration(input: YearlyRemunerationInput): MspYearResult {
  const parsed = parseInput(yearlyRemunerationSchema, input);
  const contract = prepareContract(parsed.contract, parsed.overrides, parsed.options);
  return remunerationOfYear(contract, {
    year: parsed.year,
    structure: structureOf(parsed.contract),
    achievements: parsed.achievements,
    achievementsPath: ['achievements'],
    yearPath: ['year'],
  });
}

// ---------------------------------------------------------------------------------------------------
// Comparing two scenarios

/** What scenario B gains over scenario A, for one indicator (signed). */
export interface IndicatorDifference {
  /** Indicator id. */
  readonly id: IndicatorId;
  /** The indicator's name, in French and English. */
  readonly label: Label;
  /** Points of B − points of A. */
  readonly points: Decimal;
  /** Value of B's points − value of A's points, in euros (signed). */
  readonly value: Decimal;
}

/** What scenario B gains over scenario A (signed: negative when B earns less). */
export interface MspDifference {
  /** Points of B − points of A (fixed, variable, total). */
  readonly points: Points;
  /** Difference of the value of the points (signed euros). */
  readonly amount: Decimal;
  /** Difference of the year's remuneration (signed euros): what B gains over A. */
  readonly total: Decimal;
  /** Difference of the advance (signed euros). */
  readonly advance: Decimal;
  /** Indicators whose points differ. */
  readonly byIndicator: readonly IndicatorDifference[];
}

/** The figures of a comparison (what a spread copies). */
export interface MspComparisonFigures {
  /** Scenario A, computed as `yearlyRemuneration` does. */
  readonly a: MspYearResult;
  /** Scenario B. */
  readonly b: MspYearResult;
  /** What B gains over A (signed). */
  readonly difference: MspDifference;
}

/** Two achievement scenarios of the same MSP and year, and what B gains over A. */
export interface MspComparison extends MspComparisonFigures {}
export class MspComparison extends Result {
  /** @internal What the result is (on the prototype: neither a field nor in JSON; read it with core `resultKind`). */
  get [RESULT_KIND](): 'aci-msp.comparison' {
    return 'aci-msp.comparison';
  }

  /** @internal */
  constructor(a: MspYearResult, b: MspYearResult) {
    const byIndicator = b.byIndicator
      .map((ib, k): IndicatorDifference => {
        const ia = a.byIndicator[k]!;
        return { id: ib.id, label: ib.label, points: ib.points.minus(ia.points), value: signedEuro(ib.value.minus(ia.value)) };
      })
      .filter((d) => !d.points.isZero());
    const total = signedEuro(b.total.minus(a.total));
    super(() => [
      step({
        rule: 'msp.compare',
        label: label(
          (f) => `Scénario B par rapport au scénario A : ${f.euro(a.total)} → ${f.euro(b.total)} (${total.isNegative() ? '' : '+'}${f.euro(total)})`,
          (f) => `Scenario B against scenario A: ${f.euro(a.total)} → ${f.euro(b.total)} (${total.isNegative() ? '' : '+'}${f.euro(total)})`,
        ),
        inputs: { totalA: a.total.toFixed(2), totalB: b.total.toFixed(2), pointsA: a.points.total, pointsB: b.points.total, changed: byIndicator.map((d) => d.id) },
        value: total.toFixed(2),
      }),
    ]);
    const figures: MspComparisonFigures = {
      a,
      b,
      difference: {
        points: {
          fixed: b.points.fixed.minus(a.points.fixed),
          variable: b.points.variable.minus(a.points.variable),
          total: b.points.total.minus(a.points.total),
        },
        amount: signedEuro(b.amount.minus(a.amount)),
        total,
        advance: signedEuro(b.advance.amount.minus(a.advance.amount)),
        byIndicator,
      },
    };
    Object.assign(this, figures);
  }
}

/**
 * The planning question: what does scenario `b` gain over scenario `a` (adding an indicator, reaching a
 * level, more protocols…)? Both are computed as {@link yearlyRemuneration} does; an error in a scenario
 * names its field as `a.<indicator>…` or `b.<indicator>…`.
 */
export function compare(input: CompareInput): MspComparison {
  const parsed = parseInput(compareSchema, input);
  const contract = prepareContract(parsed.contract, parsed.overrides, parsed.options);
  const structure = structureOf(parsed.contract);
  const scenario = (achievements: MspAchievements, path: 'a' | 'b') =>
    remunerationOfYear(contract, { year: parsed.year, structure, achievements, achievementsPath: [path], yearPath: ['year'] });
  return new MspComparison(scenario(parsed.a, 'a'), scenario(parsed.b, 'b'));
}

// ---------------------------------------------------------------------------------------------------
// A whole contract

/** The totals of a contract, over its years (each the sum of the years' figures). */
export interface SimulationTotals {
  /** Points paid over the years. */
  readonly points: Decimal;
  /** Value of the points (after the prorata of a first partial year), in euros. */
  readonly amount: Decimal;
  /** Precarity majorations, in euros. */
  readonly majoration: Decimal;
  /** New-structure complements, in euros. */
  readonly topUp: Decimal;
  /** Rémunération over the years, in euros (= amount + majoration + topUp). */
  readonly total: Decimal;
  /** Advances, in euros. */
  readonly advance: Decimal;
  /** Balances (signed), in euros (advance + balance = total). */
  readonly balance: Decimal;
}

/** The figures of a simulation (what a spread copies). */
export interface SimulationFigures {
  readonly scheme: 'aci-msp';
  /** Nom de la MSP, when the contract gives one (absent from JSON otherwise). */
  readonly structure?: string;
  /** Date de signature du contrat tripartite. */
  readonly signedOn: IsoDate;
  /** The years, in calendar order, each as `yearlyRemuneration` gives it. */
  readonly years: readonly MspYearResult[];
  /** The sums of the years' figures. */
  readonly totals: SimulationTotals;
}

/**
 * A whole MSP contract, year by year: each year as `yearlyRemuneration` gives it, the totals, every
 * payment of the contract in date order, and the contract's own explanation (each year carries its own).
 */
export interface Simulation extends SimulationFigures {}
export class Simulation extends PaidResult<MspPayment> {
  /** Recognises a simulation from either build of the package (ESM or CommonJS), unlike `instanceof` (core `isResult` on its kind). */
  static is(value: unknown): value is Simulation {
    return isResult(value, 'aci-msp.contract');
  }

  /** @internal What the result is (on the prototype: neither a field nor in JSON; read it with core `resultKind`). */
  get [RESULT_KIND](): 'aci-msp.contract' {
    return 'aci-msp.contract';
  }

  /** @internal */
  constructor(contract: ContractFacts, years: readonly MspYearResult[]) {
    const totals: SimulationTotals = {
      points: sum(years.map((y) => y.points.total)),
      amount: euro(sum(years.map((y) => y.amount))),
      majoration: euro(sum(years.map((y) => y.precarity.majoration))),
      topUp: euro(sum(years.map((y) => y.newStructure.topUp))),
      total: euro(sum(years.map((y) => y.total))),
      advance: euro(sum(years.map((y) => y.advance.amount))),
      balance: signedEuro(sum(years.map((y) => y.balance.amount))),
    };
    super(
      () => [
        step({
          rule: 'msp.simulation.total',
          label: label(
            (f) =>
              `Contrat signé le ${f.date(contract.signedOn)}, exercices ${f.list(years.map((y) => String(y.year)))} : rémunération totale ${f.euro(totals.total)} (avances ${f.euro(totals.advance)}, soldes ${f.euro(totals.balance)})`,
            (f) =>
              `Contract signed on ${f.date(contract.signedOn)}, years ${f.list(years.map((y) => String(y.year)))}: total remuneration ${f.euro(totals.total)} (advances ${f.euro(totals.advance)}, balances ${f.euro(totals.balance)})`,
          ),
          inputs: { years: years.map((y) => String(y.year)), totals: years.map((y) => y.total.toFixed(2)) },
          value: totals.total.toFixed(2),
        }),
      ],
      () => years.flatMap((y) => y.payments).sort((p, q) => (p.date < q.date ? -1 : p.date > q.date ? 1 : 0)),
    );
    const figures: SimulationFigures = {
      scheme: 'aci-msp',
      ...(contract.name !== undefined ? { structure: contract.name } : {}),
      signedOn: contract.signedOn,
      years,
      totals,
    };
    Object.assign(this, figures);
  }
}

/**
 * A whole MSP contract, year by year: `{ contract, years: [{ year, achievements, patientele?, … }],
 * overrides?, options? }`. Each year is computed as {@link yearlyRemuneration} does, with the contract's
 * structure changed by the year's own figures (patientele, associatedProfessionals, ipa, precarity) when
 * given; years are distinct and come out in calendar order.
 */
export function simulate(input: SimulateInput): Simulation {
  const parsed = parseInput(simulateSchema, input);
  const contract = prepareContract(parsed.contract, parsed.overrides, parsed.options);
  const seen = new Map<number, number>();
  parsed.years.forEach((y, i) => {
    const first = seen.get(y.year);
    if (first !== undefined) {
      invalid(['years', i, 'year'], y.year, {
        en: `a year not listed already (years.${first}.year is ${y.year})`,
        fr: `une année qui ne figure pas déjà dans la liste (years.${first}.year vaut déjà ${y.year})`,
      });
    }
    seen.set(y.year, i);
  });
  const order = parsed.years.map((y, i) => ({ y, i })).sort((p, q) => p.y.year - q.y.year);
  const years = order.map(({ y, i }) =>
    remunerationOfYear(contract, {
      year: y.year,
      structure: structureOf({
        patientele: y.patientele ?? parsed.contract.patientele,
        associatedProfessionals: y.associatedProfessionals ?? parsed.contract.associatedProfessionals,
        ipa: y.ipa ?? parsed.contract.ipa,
        precarity: y.precarity ?? parsed.contract.precarity,
      }),
      achievements: y.achievements,
      achievementsPath: ['years', i, 'achievements'],
      yearPath: ['years', i, 'year'],
    }),
  );
  return new Simulation(contract, years);
}

/**
 * `simulate` over many contracts (an array, a generator, a stream of parsed records), one result per
 * input, in order. An input the library refuses yields its error and the batch goes on; `summary` counts
 * valid and invalid inputs.
 */
export function simulateMany(inputs: Iterable<SimulateInput> | AsyncIterable<SimulateInput>): Batch<Simulation> {
  return runBatch(inputs, (input) => simulate(input));
}
