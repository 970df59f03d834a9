/**
 * The yearly funding of a CPTS under the ACI CPTS: *fonctionnement*, each mission's fixed part
 * (*part fixe*) and variable part (*part variable*), the crisis block, and the payments with their
 * dates, for one contract year or for every year of the contract.
 *
 * A contract year runs from an anniversary of the signature to the day before the next; the figures of
 * a year are those of the text in force on its first day (a mission added by a later text, the crisis
 * mission in a year that straddles avenant 2, reads its figures on its own start date).
 */
import type { Decimal } from 'decimal.js';
import { invalid } from '../core/errors.js';
import { step, weakest, type Step } from '../core/explain.js';
import { Dec, euro, sum } from '../core/money.js';
import { checkOverrides, valueAt, type Label, type Overrides, type Resolved } from '../core/parameters.js';
import { parseInput } from '../core/validation.js';
import { contractYear, contractYearOf, plusYears, type DateRange, type IsoDate } from '../core/dates.js';
import {
  ADVANCE_RATIO,
  CONTRACT_YEARS,
  PARAMETERS,
  PRORATA_UNIT,
  SIGNATURE_IS_YEAR_1,
  TEXT,
  VARIABLE_FIRST_YEAR_PRORATA,
  RULES,
  type SizeClass,
} from './parameters.js';
import { en, fr, withAmount } from './format.js';
import {
  contractSchema,
  contractYearSchema,
  resultsByYearSchema,
  yearResultsSchema,
  type Contract,
  type ContractInput,
  type Indicator,
  type Mission,
  type MissionId,
  type ResultsByYearInput,
  type YearResults,
  type YearResultsInput,
} from './schema.js';
import { sizeOf } from './size.js';
import { checkAgainstMaximum, envelopeOf, fonctionnementOf, missionsInForce, MISSION_LABELS, type EnvelopeSource, type MissionEnvelope } from './missions.js';
import { cappedVariable, maximumPayout, payout, type IndicatorResult } from './indicators.js';
import { anniversaryEnding, prorataOf, prorated, splitAdvance, type Prorata } from './payment.js';

type Path = readonly (string | number)[];

// ---------------------------------------------------------------------------------------------------
// Result types
// ---------------------------------------------------------------------------------------------------

/** What one indicator paid in a year. */
export interface IndicatorPayout {
  readonly id: string;
  readonly label: string | null;
  readonly kind: 'all-or-nothing' | 'steps';
  /** The result given (a boolean, or a decimal as a string), or `null` when none was given. */
  readonly result: boolean | string | null;
  /** Index of the step reached (0 for an all-or-nothing indicator reached), or `null`. */
  readonly step: number | null;
  /** What the indicator pays for this result. */
  readonly payout: Decimal;
  /** The most it can pay. */
  readonly maximum: Decimal;
}

/** One mission's funding in a contract year. */
export interface MissionFunding {
  readonly mission: MissionId;
  readonly label: Label;
  /** The mission's start date (*date de démarrage*) written in the contract. */
  readonly start: IsoDate;
  /** True in the contract year in which the mission starts. */
  readonly firstYear: boolean;
  /** The prorata of the fixed part when the mission starts after the year's first day, else `null`. */
  readonly prorata: Prorata | null;
  /** The yearly envelopes used and where they come from. */
  readonly envelopes: { readonly fixed: Decimal; readonly variable: Decimal; readonly from: 'contract' | 'parameters' };
  /** The fixed part due for the year (prorated in a partial first year). */
  readonly fixed: Decimal;
  /** The most the variable part can pay this year. */
  readonly variableCap: Decimal;
  /** The variable part due: the indicators' payouts, capped at `variableCap`. */
  readonly variable: Decimal;
  /** Indicator by indicator. */
  readonly indicators: readonly IndicatorPayout[];
  /** Crisis mission only: the block paid because the ARS recognised a crisis (0 otherwise); `null` for other missions. */
  readonly crisisBlock: Decimal | null;
  /** fixed + variable + crisis block. */
  readonly total: Decimal;
}

/** What a payment line pays for. */
export type PaymentPart = 'fonctionnement' | 'start-up' | 'fixed' | 'variable' | 'crisis-block';

/** One line of a payment. */
export interface PaymentLine {
  readonly subject: 'fonctionnement' | MissionId;
  readonly part: PaymentPart;
  readonly label: Label;
  readonly amount: Decimal;
}

/**
 * One payment by the CPAM: at signature, an advance (75 % at the start of the year or of a mission),
 * or the balance (*solde*) of a contract year at the anniversary that ends it.
 */
export interface Payment {
  readonly date: IsoDate;
  readonly kind: 'signature' | 'advance' | 'balance';
  /** The contract year the payment settles. */
  readonly contractYear: number;
  readonly label: Label;
  readonly amount: Decimal;
  readonly lines: readonly PaymentLine[];
}

/** The funding of one contract year. */
export interface YearlyFunding {
  readonly contractYear: number;
  readonly period: DateRange;
  /** The text in force on the year's first day. */
  readonly text: 'aci-2019' | 'avenant-2';
  /** The size class (*taille*). */
  readonly size: SizeClass;
  /** The population covered used for the size. */
  readonly population: number;
  /** The *fonctionnement* due for the year. */
  readonly fonctionnement: Decimal;
  /** A one-off start-up payment at signature on top of year 1's fonctionnement (0 unless `cpts.payment.signature-is-year-1-fonctionnement` is false). */
  readonly startUp: Decimal;
  readonly missions: readonly MissionFunding[];
  /** The payments that settle this year, by date. */
  readonly payments: readonly Payment[];
  /** Everything due for the year: fonctionnement + start-up + every mission's total. */
  readonly total: Decimal;
  readonly explanation: readonly Step[];
}

/** Every year of a contract. */
export interface Simulation {
  readonly name: string | null;
  readonly signedOn: IsoDate;
  /** The contract's length in years. */
  readonly duration: number;
  readonly years: readonly YearlyFunding[];
  /** Every payment, by date. */
  readonly payments: readonly Payment[];
  /** What the CPAM pays on each date (payments of different years on the same date added up). */
  readonly schedule: readonly { readonly date: IsoDate; readonly amount: Decimal }[];
  readonly total: Decimal;
  readonly explanation: readonly Step[];
}

// ---------------------------------------------------------------------------------------------------
// Preparing a contract
// ---------------------------------------------------------------------------------------------------

/** A parsed, checked contract with its overrides and length. */
export interface PreparedContract {
  readonly contract: Contract;
  readonly overrides: Overrides;
  readonly duration: Resolved;
  readonly years: number;
}

/** Parses and checks a contract: its shape, its overrides, and the rules that need a legal figure. */
export function prepareContract(input: unknown): PreparedContract {
  const contract = parseInput(contractSchema, input, ['contract']);
  const overrides = checkOverrides(PARAMETERS, contract.overrides, ['contract', 'overrides']);
  valueAt(TEXT, contract.signedOn, { overrides, datePath: ['contract', 'signedOn'] });
  const duration = valueAt(CONTRACT_YEARS, contract.signedOn, { overrides, datePath: ['contract', 'signedOn'] });
  const years = new Dec(duration.value as string).floor().toNumber();
  contract.missions.forEach((m, i) => {
    const { all } = missionsInForce(m.start, overrides, ['contract', 'missions', i, 'start']);
    if (!all.includes(m.mission)) {
      invalid(['contract', 'missions', i, 'mission'], m.mission, `a mission the text in force on its start date ${m.start} provides (${all.join(', ')})`);
    }
    m.indicators.forEach((ind, j) => {
      (ind.years ?? []).forEach((y, k) => {
        if (y > years) invalid(['contract', 'missions', i, 'indicators', j, 'years', k], y, `a contract year from 1 to ${years} (cpts.contract.duration)`);
      });
    });
  });
  (contract.amendments ?? []).forEach((a, k) => {
    if (a.fromYear > years) invalid(['contract', 'amendments', k, 'fromYear'], a.fromYear, `a contract year from 2 to ${years} (cpts.contract.duration)`);
  });
  return { contract, overrides, duration, years };
}

function checkYear(prepared: PreparedContract, year: number, path: Path): void {
  if (year > prepared.years) invalid(path, year, `a contract year from 1 to ${prepared.years} (cpts.contract.duration)`);
}

/** The population and envelope set in force in contract year `n` (the latest amendment that sets each). */
function termsOfYear(contract: Contract, n: number): { population: number; populationPath: Path; envelopes: EnvelopeSource } {
  let population = contract.population;
  let populationPath: Path = ['contract', 'population'];
  let envelopes: EnvelopeSource = { set: contract.envelopes, path: ['contract', 'envelopes'] };
  (contract.amendments ?? []).forEach((a, k) => {
    if (a.fromYear > n) return;
    if (a.population !== undefined) {
      population = a.population;
      populationPath = ['contract', 'amendments', k, 'population'];
    }
    if (a.envelopes !== undefined) envelopes = { set: a.envelopes, path: ['contract', 'amendments', k, 'envelopes'] };
  });
  return { population, populationPath, envelopes };
}

// ---------------------------------------------------------------------------------------------------
// One year
// ---------------------------------------------------------------------------------------------------

interface Line {
  readonly date: IsoDate;
  readonly kind: Payment['kind'];
  readonly line: PaymentLine;
}

const KIND_ORDER: Record<Payment['kind'], number> = { signature: 0, advance: 1, balance: 2 };

function paymentLabel(kind: Payment['kind'], n: number): Label {
  switch (kind) {
    case 'signature':
      return { fr: 'Versement à la signature du contrat', en: 'Payment at the contract signature' };
    case 'advance':
      return { fr: `Avance de l'année ${n}`, en: `Advance for year ${n}` };
    default:
      return { fr: `Solde de l'année ${n}`, en: `Balance of year ${n}` };
  }
}

function groupPayments(lines: readonly Line[], n: number): Payment[] {
  const groups = new Map<string, Line[]>();
  for (const l of lines) {
    if (l.line.amount.isZero()) continue;
    const key = `${l.date}|${l.kind}`;
    const g = groups.get(key);
    if (g) g.push(l);
    else groups.set(key, [l]);
  }
  return [...groups.values()]
    .map((g) => {
      const first = g[0]!;
      return {
        date: first.date,
        kind: first.kind,
        contractYear: n,
        label: paymentLabel(first.kind, n),
        amount: euro(sum(g.map((l) => l.line.amount))),
        lines: g.map((l) => l.line),
      };
    })
    .sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : KIND_ORDER[a.kind] - KIND_ORDER[b.kind]));
}

function line(subject: PaymentLine['subject'], part: PaymentPart, label: Label, amount: Decimal): PaymentLine {
  return { subject, part, label, amount: euro(amount) };
}

const PART_LABELS: Record<PaymentPart, Label> = {
  fonctionnement: { fr: 'fonctionnement', en: 'fonctionnement (operating)' },
  'start-up': { fr: 'versement de démarrage', en: 'start-up payment' },
  fixed: { fr: 'part fixe', en: 'fixed part' },
  variable: { fr: 'part variable', en: 'variable part' },
  'crisis-block': { fr: 'crise sanitaire reconnue', en: 'recognised health crisis' },
};

function subjectLabel(subject: PaymentLine['subject'], part: PaymentPart): Label {
  if (subject === 'fonctionnement') return part === 'start-up' ? { fr: 'Fonctionnement — versement de démarrage', en: 'Fonctionnement — start-up payment' } : { fr: 'Fonctionnement', en: 'Fonctionnement (operating)' };
  const m = MISSION_LABELS[subject];
  return { fr: `${m.fr} — ${PART_LABELS[part].fr}`, en: `${m.en} — ${PART_LABELS[part].en}` };
}

function showResult(r: IndicatorResult | undefined): boolean | string | null {
  if (r === undefined) return null;
  return typeof r === 'boolean' ? r : r.toFixed();
}

/** Checks a year's results against the contract: every indicator known, of the right type, running this year. */
function checkResults(contract: Contract, n: number, year: DateRange, results: YearResults, path: Path): void {
  const byId = new Map<string, { mission: Mission; indicator: Indicator }>();
  for (const m of contract.missions) for (const ind of m.indicators) byId.set(ind.id, { mission: m, indicator: ind });
  for (const [id, value] of Object.entries(results.indicators ?? {})) {
    const where = [...path, 'indicators', id];
    const found = byId.get(id);
    if (!found) {
      const known = [...byId.keys()];
      invalid(where, showResult(value), `an indicator the contract defines (${known.length > 0 ? known.join(', ') : 'the contract defines none'})`);
    }
    if (found.mission.start > year.to) {
      invalid(where, showResult(value), `a result for a mission running in contract year ${n} (mission "${found.mission.mission}" starts on ${found.mission.start}, after ${year.to})`);
    }
    if (found.indicator.years && !found.indicator.years.includes(n)) {
      invalid(where, showResult(value), `a result for an indicator of contract year ${n} (indicator "${id}" applies in years ${found.indicator.years.join(', ')})`);
    }
    if (found.indicator.kind === 'all-or-nothing' && typeof value !== 'boolean') {
      invalid(where, showResult(value), `true or false: "${id}" is an all-or-nothing indicator`);
    }
    if (found.indicator.kind === 'steps' && typeof value === 'boolean') {
      invalid(where, value, `a number ≥ 0: "${id}" is a step indicator`);
    }
  }
  if (results.crisisDeclared === true) {
    const crise = contract.missions.find((m) => m.mission === 'crise');
    if (!crise || crise.start > year.to) {
      invalid([...path, 'crisisDeclared'], true, `false: the crisis block is paid only to a contract whose crisis mission runs in contract year ${n}`);
    }
  }
}

/** What a contract year is computed with: its dates, text, size, payment parameters and envelopes. */
interface YearContext {
  readonly prepared: PreparedContract;
  readonly n: number;
  readonly year: DateRange;
  /** The date the year's figures are read on: its first day. */
  readonly on: IsoDate;
  /** The anniversary that ends the year, when its balance is paid. */
  readonly anniversary: IsoDate;
  readonly text: 'aci-2019' | 'avenant-2';
  readonly size: SizeClass;
  readonly envelopesPath: Path;
  readonly advanceRatio: Resolved;
  readonly prorataUnit: Resolved;
  readonly signatureIsYear1: Resolved;
  readonly prorateVariable: Resolved;
  readonly fonctionnement: ReturnType<typeof fonctionnementOf>;
  readonly envelopes: ReadonlyMap<MissionId, MissionEnvelope>;
}

/** Payment lines and explanation steps produced by one part of the computation. */
interface Part {
  readonly lines: Line[];
  readonly steps: Step[];
}

const DATE_PATH: Path = ['contract', 'signedOn'];

function unitOf(ctx: YearContext): 'days' | 'months' {
  return ctx.prorataUnit.value === 'months' ? 'months' : 'days';
}

function prorataWords(p: Prorata): Label {
  return { fr: `prorata ${p.numerator}/${p.denominator} ${p.unit === 'days' ? 'jours' : 'mois'}`, en: `prorata ${p.numerator}/${p.denominator} ${p.unit}` };
}

function callerOf(path: Path, field: string, from: 'contract' | 'parameters'): { callerInput?: string } {
  return from === 'contract' ? { callerInput: `contrat signé (${[...path, field].join('.')})` } : {};
}

/**
 * The context of contract year `n`: which text, which size, the envelopes (checked against the size's
 * maximum when one is known), with the steps that chose them.
 */
function yearContext(prepared: PreparedContract, n: number): { ctx: YearContext; steps: Step[] } {
  const { contract, overrides } = prepared;
  const year = contractYear(contract.signedOn, n);
  const on = year.from;
  const steps: Step[] = [
    step({
      rule: 'cpts.year',
      label: { fr: `Année ${n} du contrat : du ${year.from} au ${year.to}`, en: `Contract year ${n}: ${year.from} to ${year.to}` },
      inputs: { signedOn: contract.signedOn, contractYear: n },
      value: [year.from, year.to],
      uses: [prepared.duration],
    }),
  ];
  const textR = valueAt(TEXT, on, { overrides, datePath: DATE_PATH });
  const text = textR.value === 'avenant-2' ? 'avenant-2' : 'aci-2019';
  steps.push(
    step({
      rule: 'cpts.text',
      label: { fr: `Texte applicable le ${on} : ${text}`, en: `Text in force on ${on}: ${text}` },
      inputs: { on },
      value: text,
      uses: [textR],
      rules: [RULES.referenceDate],
      alternatives: (['aci-2019', 'avenant-2'] as const)
        .filter((t) => t !== text)
        .map((t) => ({ value: t, reason: { fr: `pas en vigueur le ${on}`, en: `not in force on ${on}` } })),
    }),
  );

  const terms = termsOfYear(contract, n);
  const size = sizeOf(terms.population, on, overrides, { population: terms.populationPath, on: DATE_PATH });
  steps.push(...size.explanation);

  // A mission the text at the year's start does not provide yet (the crisis mission straddling avenant 2)
  // reads its figures on its own start date.
  const catalogue = missionsInForce(on, overrides, DATE_PATH);
  const envelopes = new Map<MissionId, MissionEnvelope>();
  for (const m of contract.missions) {
    const provided = catalogue.all.includes(m.mission);
    if (provided || m.start <= year.to) {
      envelopes.set(m.mission, envelopeOf(m.mission, size.size, provided ? on : m.start, text, terms.envelopes, overrides));
    }
  }
  const fonctionnement = fonctionnementOf(size.size, on, terms.envelopes, overrides);
  const checked = contract.missions.filter((m) => catalogue.all.includes(m.mission)).map((m) => envelopes.get(m.mission)!);
  steps.push(checkAgainstMaximum(size.size, on, text, fonctionnement.amount, checked, terms.envelopes.path, overrides));

  const ctx: YearContext = {
    prepared,
    n,
    year,
    on,
    anniversary: anniversaryEnding(year),
    text,
    size: size.size,
    envelopesPath: terms.envelopes.path,
    advanceRatio: valueAt(ADVANCE_RATIO, on, { overrides, datePath: DATE_PATH }),
    prorataUnit: valueAt(PRORATA_UNIT, on, { overrides, datePath: DATE_PATH }),
    signatureIsYear1: valueAt(SIGNATURE_IS_YEAR_1, contract.signedOn, { overrides, datePath: DATE_PATH }),
    prorateVariable: valueAt(VARIABLE_FIRST_YEAR_PRORATA, on, { overrides, datePath: DATE_PATH }),
    fonctionnement,
    envelopes,
  };
  return { ctx, steps };
}

/**
 * The year's *fonctionnement* (ACI art. 9.1; contrat type art. 6.1): year 1 is the amount paid in full at
 * signature (or, with the other reading, a start-up payment plus a yearly amount prorated from the first
 * mission's start); later years pay 75 % at the year's start and the balance at its end.
 */
function fonctionnementPart(ctx: YearContext): Part & { fonctionnement: Decimal; startUp: Decimal } {
  const { contract } = ctx.prepared;
  const { amount: yearly, uses, from } = ctx.fonctionnement;
  const caller = callerOf(ctx.envelopesPath, 'fonctionnement', from);
  const fonctLabel = subjectLabel('fonctionnement', 'fonctionnement');
  if (ctx.n === 1 && ctx.signatureIsYear1.value === true) {
    return {
      fonctionnement: yearly,
      startUp: new Dec(0),
      lines: [{ date: contract.signedOn, kind: 'signature', line: line('fonctionnement', 'fonctionnement', fonctLabel, yearly) }],
      steps: [
        step({
          rule: 'cpts.fonctionnement',
          label: {
            fr: `Fonctionnement de l'année 1 : ${fr(yearly)}, versé en totalité à la signature le ${contract.signedOn}`,
            en: `Year 1 fonctionnement: ${en(yearly)}, paid in full at signature on ${contract.signedOn}`,
          },
          inputs: { size: ctx.size },
          value: euro(yearly),
          uses: [...uses, ctx.signatureIsYear1],
          rules: [RULES.fonctionnementPayment],
          ...caller,
          alternatives: [
            {
              value: euro(yearly.times(2)).toFixed(2),
              reason: {
                fr: "versement à la signature en plus d'un fonctionnement annuel de l'année 1 : lecture écartée par défaut (cpts.payment.signature-is-year-1-fonctionnement)",
                en: 'signature payment on top of a year-1 yearly fonctionnement: reading set aside by default (cpts.payment.signature-is-year-1-fonctionnement)',
              },
            },
          ],
        }),
      ],
    };
  }
  const lines: Line[] = [];
  const steps: Step[] = [];
  let startUp = new Dec(0);
  let fonctionnement = yearly;
  let prorata: Prorata | null = null;
  let advanceDate = ctx.on;
  if (ctx.n === 1) {
    startUp = yearly;
    lines.push({ date: contract.signedOn, kind: 'signature', line: line('fonctionnement', 'start-up', subjectLabel('fonctionnement', 'start-up'), startUp) });
    steps.push(
      step({
        rule: 'cpts.fonctionnement.start-up',
        label: {
          fr: `Versement de démarrage à la signature le ${contract.signedOn}, en plus du fonctionnement de l'année 1 : ${fr(startUp)}`,
          en: `Start-up payment at signature on ${contract.signedOn}, on top of year 1's fonctionnement: ${en(startUp)}`,
        },
        inputs: { size: ctx.size },
        value: euro(startUp),
        uses: [...uses, ctx.signatureIsYear1],
        rules: [RULES.fonctionnementPayment],
        ...caller,
      }),
    );
    const firstStart = contract.missions.map((m) => m.start).sort()[0];
    if (firstStart === undefined || firstStart > ctx.year.to) fonctionnement = new Dec(0);
    else {
      advanceDate = firstStart;
      prorata = firstStart > ctx.on ? prorataOf(firstStart, ctx.year, unitOf(ctx)) : null;
      fonctionnement = prorated(yearly, prorata);
    }
  }
  const split = splitAdvance(fonctionnement, new Dec(ctx.advanceRatio.value as string));
  lines.push({ date: advanceDate, kind: 'advance', line: line('fonctionnement', 'fonctionnement', fonctLabel, split.advance) });
  lines.push({ date: ctx.anniversary, kind: 'balance', line: line('fonctionnement', 'fonctionnement', fonctLabel, split.balance) });
  const words = prorata ? prorataWords(prorata) : null;
  steps.push(
    step({
      rule: 'cpts.fonctionnement',
      label: {
        fr: `Fonctionnement de l'année ${ctx.n}${words ? ` (${words.fr})` : ''} : ${fr(fonctionnement)}, avance de ${fr(split.advance)} le ${advanceDate}, solde de ${fr(split.balance)} le ${ctx.anniversary}`,
        en: `Year ${ctx.n} fonctionnement${words ? ` (${words.en})` : ''}: ${en(fonctionnement)}, advance ${en(split.advance)} on ${advanceDate}, balance ${en(split.balance)} on ${ctx.anniversary}`,
      },
      inputs: { size: ctx.size, yearly: yearly.toFixed(2) },
      value: euro(fonctionnement),
      uses: [...uses, ctx.advanceRatio, ...(ctx.n === 1 ? [ctx.signatureIsYear1] : []), ...(prorata ? [ctx.prorataUnit] : [])],
      rules: [RULES.fonctionnementPayment],
      ...caller,
    }),
  );
  return { fonctionnement, startUp, lines, steps };
}

/**
 * Each indicator's payout for the year (contract-defined: all-or-nothing or steps); an indicator limited
 * to other contract years is left out.
 */
function indicatorsPart(ctx: YearContext, m: Mission, i: number, results: YearResults): { indicators: IndicatorPayout[]; steps: Step[] } {
  const label = MISSION_LABELS[m.mission];
  const indicators: IndicatorPayout[] = [];
  const steps: Step[] = [];
  m.indicators.forEach((ind, j) => {
    if (ind.years && !ind.years.includes(ctx.n)) return;
    const result = results.indicators?.[ind.id];
    const paid = payout(ind, result);
    const maximum = maximumPayout(ind);
    const shown = showResult(result);
    indicators.push({ id: ind.id, label: ind.label ?? null, kind: ind.kind, result: shown, step: paid.step, payout: euro(paid.amount), maximum: euro(maximum) });
    const reached = {
      fr: result === undefined ? 'aucun résultat fourni, compté non atteint' : `résultat ${String(shown)}, ${paid.step === null ? 'non atteint' : ind.kind === 'steps' ? `palier ${paid.step + 1} sur ${ind.steps.length} atteint` : 'atteint'}`,
      en: result === undefined ? 'no result given, counted as not reached' : `result ${String(shown)}, ${paid.step === null ? 'not reached' : ind.kind === 'steps' ? `step ${paid.step + 1} of ${ind.steps.length} reached` : 'reached'}`,
    };
    steps.push(
      step({
        rule: 'cpts.indicator',
        label: {
          fr: `${label.fr} — indicateur ${ind.id} : ${fr(paid.amount)} sur ${fr(maximum)} (${reached.fr})`,
          en: `${label.en} — indicator ${ind.id}: ${en(paid.amount)} of ${en(maximum)} (${reached.en})`,
        },
        inputs: { indicator: ind.id, description: ind.label ?? null, result: shown, maximum: maximum.toFixed(2) },
        value: euro(paid.amount),
        callerInput: `contrat signé (contract.missions[${i}].indicators[${j}]) et résultats de l'année ${ctx.n}`,
      }),
    );
  });
  return { indicators, steps };
}

/**
 * One mission's funding for the year: its fixed part (prorated in a partial first year; for the crisis
 * mission the plan-writing amount the first year, the update later), its variable part (indicators
 * capped at the variable envelope) or, for the crisis mission, the crisis block when the ARS recognised
 * a crisis; with the advance and balance lines.
 */
function missionPart(ctx: YearContext, m: Mission, i: number, results: YearResults): Part & { funding: MissionFunding } {
  const { contract } = ctx.prepared;
  const env = ctx.envelopes.get(m.mission)!;
  const label = MISSION_LABELS[m.mission];
  const caller = callerOf(ctx.envelopesPath, m.mission, env.from);
  const firstYear = contractYearOf(contract.signedOn, m.start) === ctx.n;
  const prorata = m.start > ctx.on ? prorataOf(m.start, ctx.year, unitOf(ctx)) : null;
  const lines: Line[] = [];
  const steps: Step[] = [];

  // Fixed part.
  const isCrisis = m.mission === 'crise';
  const yearlyFixed = isCrisis ? (firstYear ? env.planWriting! : env.update!) : env.fixed;
  const fixed = prorated(yearlyFixed, prorata);
  const advanceDate = prorata ? m.start : ctx.on;
  const split = splitAdvance(fixed, new Dec(ctx.advanceRatio.value as string));
  lines.push({ date: advanceDate, kind: 'advance', line: line(m.mission, 'fixed', subjectLabel(m.mission, 'fixed'), split.advance) });
  lines.push({ date: ctx.anniversary, kind: 'balance', line: line(m.mission, 'fixed', subjectLabel(m.mission, 'fixed'), split.balance) });
  const what = isCrisis ? (firstYear ? { fr: ' (rédaction du plan)', en: ' (writing the plan)' } : { fr: ' (mise à jour du plan)', en: ' (updating the plan)' }) : { fr: '', en: '' };
  const words = prorata ? prorataWords(prorata) : null;
  steps.push(
    step({
      rule: `cpts.mission.${m.mission}.fixed`,
      label: {
        fr: `${label.fr} — part fixe de l'année ${ctx.n}${what.fr} : ${fr(fixed)}${words ? ` (démarrage le ${m.start}, ${words.fr} de ${fr(yearlyFixed)})` : ''}, avance de ${fr(split.advance)} le ${advanceDate}, solde de ${fr(split.balance)} le ${ctx.anniversary}`,
        en: `${label.en} — year ${ctx.n} fixed part${what.en}: ${en(fixed)}${words ? ` (start ${m.start}, ${words.en} of ${en(yearlyFixed)})` : ''}, advance ${en(split.advance)} on ${advanceDate}, balance ${en(split.balance)} on ${ctx.anniversary}`,
      },
      inputs: { start: m.start, yearly: yearlyFixed.toFixed(2), prorata: prorata ? `${prorata.numerator}/${prorata.denominator}` : null },
      value: euro(fixed),
      uses: [...env.uses, ctx.advanceRatio, ...(prorata ? [ctx.prorataUnit] : [])],
      rules: [RULES.fixedPartPayment, ...(isCrisis ? [RULES.crisisMission] : [])],
      ...caller,
    }),
  );

  // Variable part, indicator by indicator, capped at the mission's envelope.
  const { indicators, steps: indicatorSteps } = indicatorsPart(ctx, m, i, results);
  steps.push(...indicatorSteps);
  const variableCap = ctx.prorateVariable.value === true && prorata ? prorated(env.variable, prorata) : new Dec(env.variable);
  const variable = cappedVariable(
    indicators.map((x) => x.payout),
    variableCap,
  );
  if (!isCrisis) {
    lines.push({ date: ctx.anniversary, kind: 'balance', line: line(m.mission, 'variable', subjectLabel(m.mission, 'variable'), variable.paid) });
    const cap = variable.capped ? { fr: `, plafonnés à l'enveloppe de ${fr(variableCap)}`, en: `, capped at the envelope of ${en(variableCap)}` } : { fr: `, enveloppe ${fr(variableCap)}`, en: `, envelope ${en(variableCap)}` };
    steps.push(
      step({
        rule: `cpts.mission.${m.mission}.variable`,
        label: {
          fr: `${label.fr} — part variable de l'année ${ctx.n} : ${fr(variable.paid)} (indicateurs ${fr(variable.sum)}${cap.fr}), versée avec le solde le ${ctx.anniversary}`,
          en: `${label.en} — year ${ctx.n} variable part: ${en(variable.paid)} (indicators ${en(variable.sum)}${cap.en}), paid with the balance on ${ctx.anniversary}`,
        },
        inputs: { indicatorsSum: variable.sum.toFixed(2), envelope: variableCap.toFixed(2) },
        value: euro(variable.paid),
        uses: [...env.uses, ...(prorata ? [ctx.prorateVariable] : [])],
        rules: [RULES.variablePart, RULES.balanceDate],
        ...caller,
      }),
    );
  }

  // Crisis block, when the ARS recognised a crisis during the year.
  let crisisBlock: Decimal | null = null;
  if (isCrisis) {
    const declared = results.crisisDeclared === true;
    crisisBlock = declared ? new Dec(env.crisisBlock!) : new Dec(0);
    lines.push({ date: ctx.anniversary, kind: 'balance', line: line(m.mission, 'crisis-block', subjectLabel(m.mission, 'crisis-block'), crisisBlock) });
    steps.push(
      step({
        rule: 'cpts.mission.crise.crisis-block',
        label: declared
          ? {
              fr: `Crise sanitaire grave reconnue par l'ARS pendant l'année ${ctx.n} : enveloppe de crise de ${fr(crisisBlock)}, versée avec le solde le ${ctx.anniversary}`,
              en: `Serious health crisis recognised by the ARS during year ${ctx.n}: crisis block of ${en(crisisBlock)}, paid with the balance on ${ctx.anniversary}`,
            }
          : {
              fr: `Pas de crise sanitaire grave reconnue par l'ARS pendant l'année ${ctx.n} : enveloppe de crise ${fr(crisisBlock)}`,
              en: `No serious health crisis recognised by the ARS during year ${ctx.n}: crisis block ${en(crisisBlock)}`,
            },
        inputs: { crisisDeclared: declared },
        value: euro(crisisBlock),
        uses: env.uses,
        rules: [RULES.crisisMission, ...(declared ? [RULES.balanceDate] : [])],
        ...caller,
      }),
    );
  }

  const funding: MissionFunding = {
    mission: m.mission,
    label,
    start: m.start,
    firstYear,
    prorata,
    envelopes: { fixed: euro(yearlyFixed), variable: euro(env.variable), from: env.from },
    fixed: euro(fixed),
    variableCap: euro(variableCap),
    variable: euro(variable.paid),
    indicators,
    crisisBlock: crisisBlock === null ? null : euro(crisisBlock),
    total: euro(sum([fixed, variable.paid, crisisBlock ?? new Dec(0)])),
  };
  return { funding, lines, steps };
}

/** Computes contract year `n` of a prepared contract with that year's (parsed) results. */
export function fundingOfYear(prepared: PreparedContract, n: number, results: YearResults, resultsPath: Path): YearlyFunding {
  const { contract } = prepared;
  const { ctx, steps: explanation } = yearContext(prepared, n);
  checkResults(contract, n, ctx.year, results, resultsPath);

  const fonct = fonctionnementPart(ctx);
  const lines: Line[] = [...fonct.lines];
  explanation.push(...fonct.steps);
  const missions: MissionFunding[] = [];
  contract.missions.forEach((m, i) => {
    if (m.start > ctx.year.to) return;
    const part = missionPart(ctx, m, i, results);
    missions.push(part.funding);
    lines.push(...part.lines);
    explanation.push(...part.steps);
  });

  const payments = groupPayments(lines, n);
  const total = sum([fonct.fonctionnement, fonct.startUp, ...missions.map((x) => x.total)]);
  const paid = sum(payments.map((p) => p.amount));
  if (!paid.equals(total)) throw new Error(`internal: payments ${paid.toFixed(2)} do not add up to the year's total ${total.toFixed(2)}`);
  explanation.push(
    step({
      rule: 'cpts.payments',
      label: {
        fr: `Versements de l'année ${n} : ${payments.map((p) => `${fr(p.amount)} le ${p.date}`).join(' ; ')}`,
        en: `Payments for year ${n}: ${payments.map((p) => `${en(p.amount)} on ${p.date}`).join('; ')}`,
      },
      inputs: { anniversary: ctx.anniversary },
      value: payments.map((p) => `${p.date}: ${p.amount.toFixed(2)}`),
      uses: [ctx.advanceRatio],
      rules: [RULES.fonctionnementPayment, RULES.fixedPartPayment, RULES.balanceDate],
    }),
    step({
      rule: 'cpts.total',
      label: withAmount({ fr: `Total dû pour l'année ${n}`, en: `Total due for year ${n}` }, total),
      inputs: { fonctionnement: fonct.fonctionnement.toFixed(2), startUp: fonct.startUp.toFixed(2), missions: sum(missions.map((x) => x.total)).toFixed(2) },
      value: euro(total),
    }),
  );

  return {
    contractYear: n,
    period: ctx.year,
    text: ctx.text,
    size: ctx.size,
    population: termsOfYear(contract, n).population,
    fonctionnement: euro(fonct.fonctionnement),
    startUp: euro(fonct.startUp),
    missions,
    payments,
    total: euro(total),
    explanation,
  };
}

// ---------------------------------------------------------------------------------------------------
// Public functions
// ---------------------------------------------------------------------------------------------------

/**
 * The funding of contract year `year` (1 = the year starting at signature) of a CPTS contract, with
 * that year's results: size class, *fonctionnement*, each mission's fixed part and variable part
 * (indicator by indicator, capped at the mission's variable envelope), the crisis block when the ARS
 * recognised a crisis, the payments with their dates, the total and the explanation.
 *
 * Implements ACI CPTS 2019 art. 8–9 and contrat type art. 6, as amended by avenant 2 (crisis mission).
 * Errors (`invalid-input`) name the field: `contract.…`, `year`, `results.…`.
 *
 * @param contract the contract, as in `examples/aci-cpts/contract.json` (`.contract`)
 * @param year the contract year, from 1 to the contract's length (5)
 * @param results the year's results; without them every indicator counts as not reached and no crisis
 */
export function yearlyFunding(contract: ContractInput, year: number, results?: YearResultsInput): YearlyFunding {
  const prepared = prepareContract(contract);
  const n = parseInput(contractYearSchema, year, ['year']);
  checkYear(prepared, n, ['year']);
  const parsed = parseInput(yearResultsSchema, results ?? {}, ['results']);
  return fundingOfYear(prepared, n, parsed, ['results']);
}

/**
 * Every year of a CPTS contract, from year 1 to the contract's length, with the results of each year
 * keyed by contract year (`{ "1": {…}, "2": {…} }`; a year without results counts every indicator as not
 * reached and no crisis). Returns each year's funding, every payment by date, what the CPAM pays on each
 * date, the contract's total and a short explanation (each year carries its own).
 *
 * @param contract the contract, as in `examples/aci-cpts/contract.json` (`.contract`)
 * @param resultsByYear the results, as in `examples/aci-cpts/contract.json` (`.resultsByYear`)
 */
export function simulate(contract: ContractInput, resultsByYear?: ResultsByYearInput): Simulation {
  const prepared = prepareContract(contract);
  const byYear = parseInput(resultsByYearSchema, resultsByYear ?? {}, ['resultsByYear']);
  for (const key of Object.keys(byYear)) checkYear(prepared, Number(key), ['resultsByYear', key]);
  const years: YearlyFunding[] = [];
  for (let n = 1; n <= prepared.years; n++) {
    years.push(fundingOfYear(prepared, n, byYear[String(n)] ?? {}, ['resultsByYear', String(n)]));
  }
  const payments = years
    .flatMap((y) => y.payments)
    .sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : a.contractYear - b.contractYear || KIND_ORDER[a.kind] - KIND_ORDER[b.kind]));
  const byDate = new Map<IsoDate, Decimal[]>();
  for (const p of payments) byDate.set(p.date, [...(byDate.get(p.date) ?? []), p.amount]);
  const schedule = [...byDate.entries()].map(([date, amounts]) => ({ date, amount: euro(sum(amounts)) }));
  const total = euro(sum(years.map((y) => y.total)));
  const end = plusYears(prepared.contract.signedOn, prepared.years);
  const explanation: Step[] = [
    step({
      rule: 'cpts.contract',
      label: {
        fr: `Contrat signé le ${prepared.contract.signedOn}, ${prepared.years} années, jusqu'au ${end} (exclu)`,
        en: `Contract signed on ${prepared.contract.signedOn}, ${prepared.years} years, until ${end} (excluded)`,
      },
      inputs: { signedOn: prepared.contract.signedOn },
      value: prepared.years,
      uses: [prepared.duration],
    }),
    ...years.map((y) =>
      step({
        rule: 'cpts.year.total',
        label: withAmount(
          {
            fr: `Année ${y.contractYear} (${y.period.from} – ${y.period.to}), taille ${y.size}, ${y.text}`,
            en: `Year ${y.contractYear} (${y.period.from} – ${y.period.to}), size ${y.size}, ${y.text}`,
          },
          y.total,
        ),
        inputs: { size: y.size, text: y.text },
        value: y.total,
        status: weakestOf(y.explanation),
      }),
    ),
    step({ rule: 'cpts.contract.total', label: withAmount({ fr: 'Total du contrat', en: 'Contract total' }, total), value: total }),
  ];
  return { name: prepared.contract.name ?? null, signedOn: prepared.contract.signedOn, duration: prepared.years, years, payments, schedule, total, explanation };
}

/** The least certain status among the steps that produced an amount (a check that was skipped produced none). */
function weakestOf(steps: readonly Step[]): Step['status'] {
  return weakest(steps.filter((s) => s.value !== null).map((s) => s.status));
}
