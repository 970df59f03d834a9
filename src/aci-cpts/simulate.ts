/**
 * The yearly funding of a CPTS under the ACI CPTS — *fonctionnement*, each mission's fixed part
 * (*part fixe*) and variable part (*part variable*), the crisis block, and the payments with their
 * dates — for one contract year (`yearlyFunding`), for every year of a contract (`simulate`) and for many
 * contracts (`simulateMany`).
 *
 * Each year is composed of the stages of the concept files (contract facts, size, envelopes,
 * fonctionnement, fixed part, indicators, crisis mission); each stage gives its value with its
 * explanation steps, built only when the explanation is read.
 */
import type { Decimal } from 'decimal.js';
import { runBatch, type Batch } from '../core/batch.js';
import { contractYearOf, type DateRange, type IsoDate } from '../core/dates.js';
import { reliability, step, type LazyStep, type Step } from '../core/explain.js';
import { label, type Label } from '../core/format.js';
import { euro, sum } from '../core/money.js';
import { isResult, once, PaidResult, RESULT_KIND } from '../core/result.js';
import { parseInput } from '../core/validation.js';
import type { MissionId, SizeClass, TextVersion } from './parameters.js';
import { checkResults, checkYear, contractFacts, refuseProtoKey, TEXT_NAMES, yearFacts, type ContractFacts, type Outcomes, type YearFacts } from './contract.js';
import { crisisBlock, crisisYearlyFixed } from './crise.js';
import { envelopeOf, maximumCheck, type MissionEnvelope } from './envelopes.js';
import { fixedPart } from './fixed-part.js';
import { fonctionnementEnvelope, fonctionnementOfYear } from './fonctionnement.js';
import { variablePart, type IndicatorResult } from './indicators.js';
import { MISSION_LABELS } from './missions.js';
import { byDate, paymentsOf, scheduleStep, type Due, type Payment, type Prorata } from './payments.js';
import { simulateSchema, yearlyFundingSchema, type Mission, type SimulateInput, type YearlyFundingInput, type YearResults } from './schema.js';

type Path = readonly (string | number)[];

const INDICATOR_KEY: Label = { en: 'an indicator id of the contract as the key', fr: 'un identifiant d’indicateur du contrat comme clé' };

/** One mission's funding in a contract year. */
export interface MissionFunding {
  readonly mission: MissionId;
  /** The mission's name, in French and English. */
  readonly label: Label;
  /** The mission's start date (*date de démarrage*) written in the contract. */
  readonly start: IsoDate;
  /** True in the contract year in which the mission starts. */
  readonly firstYear: boolean;
  /** The prorata of the fixed part when the mission starts after the year's first day, else `null`. */
  readonly prorata: Prorata | null;
  /** The yearly envelopes used (in euros) and where they come from: the signed contract or the library's parameters. */
  readonly envelopes: { readonly fixed: Decimal; readonly variable: Decimal; readonly from: 'contract' | 'parameters' };
  /** The fixed part (*part fixe*) due for the year (prorated in a partial first year), in euros. */
  readonly fixed: Decimal;
  /** The most the variable part can pay this year, in euros. */
  readonly variableCap: Decimal;
  /** The variable part (*part variable*) due: the indicators' payouts, capped at `variableCap`, in euros. */
  readonly variable: Decimal;
  /** Indicator by indicator. */
  readonly indicators: readonly IndicatorResult[];
  /** Crisis mission only: the block paid because the ARS recognised a crisis (0 otherwise); `null` for other missions. */
  readonly crisisBlock: Decimal | null;
  /** fixed + variable + crisis block, in euros. */
  readonly total: Decimal;
}

/** The amounts of a year (or, summed, of a contract), part by part, in euros. */
export interface FundingTotals {
  /** *Fonctionnement*. */
  readonly fonctionnement: Decimal;
  /** The start-up payment at signature (0 unless `cpts.payment.signature-is-year-1-fonctionnement` is false). */
  readonly startUp: Decimal;
  /** Every mission's fixed part (*parts fixes*). */
  readonly fixed: Decimal;
  /** Every mission's variable part (*parts variables*). */
  readonly variable: Decimal;
  /** The crisis block (*enveloppe de crise*), when the ARS recognised a crisis. */
  readonly crisisBlock: Decimal;
  /** Everything due: the sum of the above. */
  readonly total: Decimal;
}

/**
 * The funding of one contract year. Own fields (copied by a spread): the year, its period, text, size,
 * population, the amounts part by part and mission by mission, and the total; `payments` and
 * `explanation` are built on first read (JSON gives everything).
 */
export class YearlyFunding extends PaidResult<Payment> implements FundingTotals {
  /** @internal What the result is (on the prototype: neither a field nor in JSON; read it with core `resultKind`). */
  /** Recognises the funding of a year (`yearlyFunding`, or a year of `simulate`) from either build of the package (ESM or CommonJS), unlike `instanceof` (core `isResult` on its kind). */
  static is(value: unknown): value is YearlyFunding {
    return isResult(value, 'aci-cpts.year');
  }

  get [RESULT_KIND](): 'aci-cpts.year' {
    return 'aci-cpts.year';
  }

  /** The contract year (*année du contrat*), from 1, e.g. 5. */
  readonly contractYear: number;
  /** The year's first and last days (ISO dates), e.g. `{ from: '2026-04-15', to: '2027-04-14' }`. */
  readonly period: DateRange;
  /** The text in force on the year's first day: `aci-2019` or `avenant-2`. */
  readonly text: TextVersion;
  /** The size class (*taille*), 1 to 4. */
  readonly size: SizeClass;
  /** The population covered (*population couverte*) used for the size, in inhabitants, e.g. 91000. */
  readonly population: number;
  /** *Fonctionnement* due for the year, in euros, e.g. 75 000,00 €. */
  readonly fonctionnement: Decimal;
  /** Start-up payment at signature (*versement de démarrage*), in euros: 0 unless `cpts.payment.signature-is-year-1-fonctionnement` is false. */
  readonly startUp: Decimal;
  /** Every running mission's fixed part (*parts fixes*), in euros, e.g. 200 000,00 €. */
  readonly fixed: Decimal;
  /** Every running mission's variable part (*parts variables*), in euros, e.g. 122 500,00 €. */
  readonly variable: Decimal;
  /** The crisis block (*enveloppe de crise*) when the ARS recognised a crisis during the year, in euros, else 0. */
  readonly crisisBlock: Decimal;
  /** Each running mission's funding, in the contract's order. */
  readonly missions: readonly MissionFunding[];
  /** Everything due for the year: fonctionnement + start-up + every mission's total, in euros, e.g. 397 500,00 €. */
  readonly total: Decimal;

  constructor(year: YearFacts, totals: FundingTotals, missions: readonly MissionFunding[], explain: () => Step[], payments: () => readonly Payment[]) {
    super(explain, payments);
    this.contractYear = year.n;
    this.period = year.period;
    this.text = year.text;
    this.size = year.size;
    this.population = year.population;
    this.fonctionnement = totals.fonctionnement;
    this.startUp = totals.startUp;
    this.fixed = totals.fixed;
    this.variable = totals.variable;
    this.crisisBlock = totals.crisisBlock;
    this.missions = missions;
    this.total = totals.total;
  }
}

/** One mission's funding for the year, with how it is paid and its steps. */
function missionFunding(year: YearFacts, m: Mission, index: number, env: MissionEnvelope, outcomes: Outcomes, crisisDeclared: boolean): { funding: MissionFunding; payments: Due[]; steps: LazyStep[] } {
  const firstYear = contractYearOf(year.contract.contract.signedOn, m.start) === year.n;
  const isCrisis = m.mission === 'crise';
  const yearlyFixed = isCrisis ? crisisYearlyFixed(env, firstYear) : { amount: env.fixed, uses: env.uses.fixed };
  const fixed = fixedPart(year, m, env, yearlyFixed);
  const variable = variablePart(year, m, index, env, fixed.value.prorata, outcomes);
  const steps = [...fixed.steps, ...variable.steps];
  const payments: Due[] = [fixed.value.payment];
  let block: Decimal | null = null;
  if (isCrisis) {
    const c = crisisBlock(year, env, crisisDeclared);
    block = c.value.amount;
    payments.push(c.value.due);
    steps.push(...c.steps);
  } else payments.push(variable.value.payment);
  const funding: MissionFunding = {
    mission: m.mission,
    label: MISSION_LABELS[m.mission],
    start: m.start,
    firstYear,
    prorata: fixed.value.prorata,
    envelopes: { fixed: euro(yearlyFixed.amount), variable: euro(env.variable), from: env.from },
    fixed: fixed.value.due,
    variableCap: variable.value.cap,
    variable: variable.value.paid,
    indicators: variable.value.indicators,
    crisisBlock: block,
    total: euro(sum([fixed.value.due, variable.value.paid, ...(block ? [block] : [])])),
  };
  return { funding, payments, steps };
}

/** Computes contract year `n` of a contract with that year's (parsed) results. */
function fundingOfYear(facts: ContractFacts, n: number, results: YearResults, resultsPath: Path): YearlyFunding {
  const { contract } = facts;
  const year = yearFacts(facts, n);
  const y = year.value;
  const outcomes = checkResults(facts, n, y.period, results, resultsPath);

  // The envelopes of every mission the text of the year provides (checked against the size's maximum),
  // and of a mission a later text adds that starts during the year (read on its own start date).
  const envelopes = new Map<MissionId, MissionEnvelope>();
  const checked: MissionEnvelope[] = [];
  for (const m of contract.missions) {
    const provided = y.provided.includes(m.mission);
    if (!provided && m.start > y.period.to) continue;
    const env = envelopeOf(y, m.mission, provided ? y.reader : y.reader.at(m.start));
    envelopes.set(m.mission, env);
    if (provided) checked.push(env);
  }
  const fonctionnementEnv = fonctionnementEnvelope(y);
  const maximum = maximumCheck(y, fonctionnementEnv.amount, checked);
  const fonctionnement = fonctionnementOfYear(y, fonctionnementEnv);

  const steps: LazyStep[] = [...year.steps, ...maximum.steps, ...fonctionnement.steps];
  const dues: Due[] = [...fonctionnement.value.payments];
  const missions: MissionFunding[] = [];
  contract.missions.forEach((m, i) => {
    if (m.start > y.period.to) return;
    const one = missionFunding(y, m, i, envelopes.get(m.mission)!, outcomes, results.crisisDeclared === true);
    missions.push(one.funding);
    dues.push(...one.payments);
    steps.push(...one.steps);
  });

  const fixed = euro(sum(missions.map((m) => m.fixed)));
  const variable = euro(sum(missions.map((m) => m.variable)));
  const block = euro(sum(missions.map((m) => m.crisisBlock ?? euro(0))));
  const { fonctionnement: fonct, startUp } = fonctionnement.value;
  const total = euro(sum([fonct, startUp, fixed, variable, block]));
  const totals: FundingTotals = { fonctionnement: fonct, startUp, fixed, variable, crisisBlock: block, total };

  const payments = once(() => paymentsOf(dues, y));
  steps.push(scheduleStep(payments, y), () =>
    step({
      rule: 'cpts.total',
      label: label(
        (f) => `Total dû pour l’année ${n} : ${f.euro(total)}`,
        (f) => `Total due for year ${n}: ${f.euro(total)}`,
      ),
      inputs: { fonctionnement: fonct.toFixed(2), startUp: startUp.toFixed(2), missions: euro(sum(missions.map((m) => m.total))).toFixed(2) },
      value: total,
    }),
  );
  return new YearlyFunding(y, totals, missions, () => steps.map((s) => s()), payments);
}

/**
 * The funding of one contract year (`year`: 1 = the year starting at signature) of a CPTS contract, with
 * that year's results: size class, *fonctionnement*, each mission's fixed part and variable part
 * (indicator by indicator, capped at the mission's variable envelope), the crisis block when the ARS
 * recognised a crisis, the payments with their dates, the total and the explanation.
 *
 * Implements ACI CPTS 2019 art. 8–9 and contrat type art. 6, as amended by avenant 2 (crisis mission).
 * Errors (`invalid-input`) name the field: `contract.…`, `year`, `results.…`.
 */
export function yearlyFunding(input: YearlyFundingInput): YearlyFunding {
  const parsed = parseInput(yearlyFundingSchema, input);
  refuseProtoKey(input.results?.indicators, ['results', 'indicators'], INDICATOR_KEY);
  const facts = contractFacts(parsed.contract);
  checkYear(facts, parsed.year, ['year']);
  return fundingOfYear(facts, parsed.year, parsed.results ?? {}, ['results']);
}

/**
 * A whole CPTS contract, year by year. Own fields (copied by a spread): `name`, `signedOn`, `duration`,
 * `years` (each a {@link YearlyFunding}) and `totals`; `payments` (every payment of the contract, in date
 * order) and `explanation` (the contract's steps; each year carries its own) are built on first read.
 */
export class Simulation extends PaidResult<Payment> {
  /** @internal What the result is (on the prototype: neither a field nor in JSON; read it with core `resultKind`). */
  /** Recognises a simulation (`simulate`) from either build of the package (ESM or CommonJS), unlike `instanceof` (core `isResult` on its kind). */
  static is(value: unknown): value is Simulation {
    return isResult(value, 'aci-cpts.contract');
  }

  get [RESULT_KIND](): 'aci-cpts.contract' {
    return 'aci-cpts.contract';
  }

  /** The CPTS's name, or `null`. */
  readonly name: string | null;
  /** The contract's signature date. */
  readonly signedOn: IsoDate;
  /** The contract's length in years. */
  readonly duration: number;
  /** Every contract year. */
  readonly years: readonly YearlyFunding[];
  /** The amounts of the whole contract, part by part. */
  readonly totals: FundingTotals;

  constructor(facts: ContractFacts, years: readonly YearlyFunding[]) {
    const totals = totalsOf(years);
    super(
      () => contractSteps(facts, years, totals),
      () => years.flatMap((y) => y.payments).sort(byDate),
    );
    this.name = facts.contract.name ?? null;
    this.signedOn = facts.contract.signedOn;
    this.duration = facts.duration.value;
    this.years = years;
    this.totals = totals;
  }
}

const PARTS = ['fonctionnement', 'startUp', 'fixed', 'variable', 'crisisBlock', 'total'] as const;

function totalsOf(years: readonly FundingTotals[]): FundingTotals {
  const out = {} as Record<(typeof PARTS)[number], Decimal>;
  for (const part of PARTS) out[part] = euro(sum(years.map((y) => y[part])));
  return out;
}

function contractSteps(facts: ContractFacts, years: readonly YearlyFunding[], totals: FundingTotals): Step[] {
  const { signedOn } = facts.contract;
  const n = facts.duration.value;
  const end = facts.end;
  return [
    step({
      rule: 'cpts.contract',
      label: label(
        (f) => `Contrat signé le ${f.date(signedOn)}, ${f.num(n)} années, jusqu’au ${f.date(end)} (exclu)`,
        (f) => `Contract signed on ${f.date(signedOn)}, ${f.num(n)} years, until ${f.date(end)} (excluded)`,
      ),
      inputs: { signedOn },
      value: n,
      uses: [facts.duration.resolved],
    }),
    ...years.map((y) =>
      step({
        rule: 'cpts.year.total',
        label: label(
          (f) => `Année ${y.contractYear} (${f.date(y.period.from)} – ${f.date(y.period.to)}), taille ${y.size}, ${TEXT_NAMES[y.text].fr} : ${f.euro(y.total)}`,
          (f) => `Year ${y.contractYear} (${f.date(y.period.from)} – ${f.date(y.period.to)}), size ${y.size}, ${TEXT_NAMES[y.text].en}: ${f.euro(y.total)}`,
        ),
        inputs: { size: y.size, text: y.text },
        value: y.total,
        status: reliability(y.explanation),
      }),
    ),
    step({
      rule: 'cpts.contract.total',
      label: label(
        (f) => `Total du contrat : ${f.euro(totals.total)}`,
        (f) => `Contract total: ${f.euro(totals.total)}`,
      ),
      value: totals.total,
    }),
  ];
}

/**
 * Every year of a CPTS contract, from year 1 to the contract's length, with the results of each year
 * keyed by contract year (`{ "1": {…}, "2": {…} }`; a year without results counts every indicator as not
 * reached and no crisis). Returns each year's funding, the contract's totals, every payment in date order
 * and a short explanation (each year carries its own). Errors name the field: `contract.…`,
 * `resultsByYear.<year>.…`.
 */
export function simulate(input: SimulateInput): Simulation {
  const parsed = parseInput(simulateSchema, input);
  const byYear = parsed.resultsByYear ?? {};
  refuseProtoKey(input.resultsByYear, ['resultsByYear'], { en: 'a contract year (1, 2, …) as the key', fr: 'une année de contrat (1, 2, …) comme clé' });
  for (const key of Object.keys(byYear)) refuseProtoKey(input.resultsByYear?.[key]?.indicators, ['resultsByYear', key, 'indicators'], INDICATOR_KEY);
  const facts = contractFacts(parsed.contract);
  for (const key of Object.keys(byYear)) checkYear(facts, Number(key), ['resultsByYear', key]);
  const years: YearlyFunding[] = [];
  for (let n = 1; n <= facts.duration.value; n++) {
    const key = String(n);
    years.push(fundingOfYear(facts, n, Object.prototype.hasOwnProperty.call(byYear, key) ? byYear[key]! : {}, ['resultsByYear', key]));
  }
  return new Simulation(facts, years);
}

/**
 * `simulate` over many CPTS contracts (an array, a generator, a stream of parsed rows), one result per
 * contract in order. A contract the library refuses yields its error and the batch goes on; `summary`
 * counts valid and invalid rows.
 */
export function simulateMany(inputs: Iterable<SimulateInput> | AsyncIterable<SimulateInput>): Batch<Simulation> {
  return runBatch(inputs, simulate);
}
