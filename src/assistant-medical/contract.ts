/**
 * What every computation on a contract starts with (validated input → the facts the rules need): the
 * text that applies at its signature date (`regimeOf`), the check that the option is open at that date,
 * the band of its starting patientèle, its term (duration, first year paid, the window of the hiring)
 * and the period of each contract year. Figures are read through one `ParameterReader` at the signature
 * date.
 */
import { invalid } from '../core/errors.js';
import { LAST_DATE, LAST_YEAR, contractYear, dayBefore, laterOf, plusMonths, plusYears, type DateRange, type IsoDate } from '../core/dates.js';
import { step, type Explanation, type LazyStep, type Stage, type Step } from '../core/explain.js';
import { FR, label, type Formatter, type Label } from '../core/format.js';
import { ParameterReader, checkOverrides, type Reading, type RuleReading } from '../core/parameters.js';
import { parseInput } from '../core/validation.js';
import { bandStage, type BandOrBelow, type PatienteleFacts, type ThresholdsIn } from './band.js';
import {
  OPTIONS,
  PARAMETERS,
  RULES,
  contractDurationYears,
  hiringMaxMonthsBeforeSignature,
  optionsOpen,
  regime as regimeParameter,
  secondAssistantFromYear,
  type Band,
  type Option,
  type Regime,
} from './parameters.js';
import { regimeOfSchema, type RegimeOfInput } from './schema.js';

/** Path of the signature date in every input, named by errors on figures read at that date. */
export const SIGNED_ON = ['signedOn'] as const;

/** The contract fields shared by `objective`, `yearlyAid` and `simulate`, once parsed. */
export interface ContractFields {
  readonly signedOn: IsoDate;
  readonly option: Option;
  readonly band?: Band | undefined;
  readonly startingPatients?: number | undefined;
  readonly specialty?: string | undefined;
  readonly thresholds?: ThresholdsIn | undefined;
  readonly doctor?: { readonly age?: number | undefined; readonly newlyInstalled?: boolean | undefined } | undefined;
  readonly objective?: { readonly targetPatients: number } | undefined;
  readonly overrides?: Record<string, unknown> | undefined;
}

/** A contract with its text, option and band decided: the facts every rule of a contract reads. */
export interface Contract {
  readonly signedOn: IsoDate;
  readonly option: Option;
  /** The text governing the contract. */
  readonly regime: Regime;
  /** The scheme's figures at the signature date, with the caller's overrides checked. */
  readonly read: ParameterReader;
  readonly band: BandOrBelow;
  /** What the band and objective rules read. */
  readonly patientele: PatienteleFacts;
  /** The steps of the text, the option and the band (built on first call, then kept). */
  readonly steps: () => Explanation;
}

/** An option as a person reads it: `1/2`, `1,5` in French, `1.5` in English. */
export function optionText(option: Option, f: Formatter): string {
  return f.lang === 'fr' ? option.replace('.', ',') : option;
}

const REGIME_NAME: Record<Regime, { readonly fr: string; readonly en: string }> = {
  'avenant-7': { fr: 'avenant n° 7 à la convention médicale de 2016', en: 'Avenant 7 to the 2016 medical convention' },
  'reglement-arbitral-2023': { fr: 'règlement arbitral de 2023', en: '2023 règlement arbitral (arbitration ruling)' },
  'convention-2024': { fr: 'convention médicale de 2024', en: '2024 medical convention' },
};

/** The text governing a contract by its signature date (its step is built when the explanation is read). */
class RegimeStage implements Stage<Regime> {
  readonly value: Regime;
  readonly #reading: Reading<Regime>;
  readonly #signedOn: IsoDate;

  constructor(reading: Reading<Regime>, signedOn: IsoDate) {
    this.value = reading.value;
    this.#reading = reading;
    this.#signedOn = signedOn;
  }

  get steps(): readonly LazyStep[] {
    return [() => regimeStep(this.#reading, this.#signedOn)];
  }
}

function regimeStep(r: Reading<Regime>, signedOn: IsoDate): Step {
  return step({
    rule: 'am.regime',
    label: label(
      (f) => `Texte applicable au contrat signé le ${f.date(signedOn)} : ${REGIME_NAME[r.value].fr}`,
      (f) => `Text governing a contract signed on ${f.date(signedOn)}: ${REGIME_NAME[r.value].en}`,
    ),
    inputs: { signedOn },
    value: r.value,
    uses: [r.resolved],
    alternatives: regimeParameter.periods
      .filter((p) => p.value !== r.value)
      .map((p) => ({
        value: p.value ?? null,
        reason: label(
          (f) => `s’applique aux contrats signés à partir du ${f.date(p.from)}${p.until ? ` et avant le ${f.date(p.until)}` : ''}`,
          (f) => `applies to contracts signed from ${f.date(p.from)}${p.until ? ` until ${f.date(p.until)} (excluded)` : ' on'}`,
        ),
      })),
  });
}

/** The text governing a contract by its signature date (raises `not-in-force` before the scheme existed). */
export function regimeStage(read: ParameterReader): Stage<Regime> {
  return new RegimeStage(read.choice(regimeParameter), read.on);
}

/** An option open at the signature date (its step is built when the explanation is read). */
class OptionStage implements Stage<Option> {
  readonly value: Option;
  readonly #open: Reading<readonly Option[]>;
  readonly #signedOn: IsoDate;

  constructor(option: Option, open: Reading<readonly Option[]>, signedOn: IsoDate) {
    this.value = option;
    this.#open = open;
    this.#signedOn = signedOn;
  }

  get steps(): readonly LazyStep[] {
    return [() => optionStep(this.value, this.#open, this.#signedOn)];
  }
}

function optionStep(option: Option, open: Reading<readonly Option[]>, signedOn: IsoDate): Step {
  return step({
    rule: 'am.option',
    label: label(
      (f) => `Option ${optionText(option, f)} ETP ouverte aux contrats signés le ${f.date(signedOn)}`,
      (f) => `Option ${optionText(option, f)} FTE open to contracts signed on ${f.date(signedOn)}`,
    ),
    inputs: { option, signedOn },
    value: option,
    uses: [open.resolved],
    alternatives: OPTIONS.filter((o) => o !== option).map((o) => ({
      value: o,
      reason: open.value.includes(o)
        ? { fr: 'non choisie par le médecin', en: 'not chosen by the doctor' }
        : { fr: 'fermée à cette date de signature', en: 'closed at this signature date' },
    })),
  });
}

/** The option, checked open to contracts signed at the reader's date (the validation error names `path` otherwise). */
function optionStage(read: ParameterReader, option: Option, path: readonly (string | number)[] = ['option']): Stage<Option> {
  const open = read.list(optionsOpen);
  if (!open.value.includes(option)) {
    const listed = open.value.map((o) => JSON.stringify(o)).join(', ');
    invalid(path, option, {
      en: `an option open to contracts signed on ${read.on}: ${listed}`,
      fr: `une option ouverte aux contrats signés le ${FR.date(read.on)} : ${listed}`,
    });
  }
  return new OptionStage(option, open, read.on);
}

/** A contract with its text, option and band decided: the facts every rule of a contract reads. */
class PreparedContract implements Contract {
  readonly signedOn: IsoDate;
  readonly option: Option;
  readonly regime: Regime;
  readonly read: ParameterReader;
  readonly band: BandOrBelow;
  readonly patientele: PatienteleFacts;
  readonly #stages: readonly [Stage<Regime>, Stage<Option>, Stage<BandOrBelow>];
  #steps: Explanation | undefined;

  constructor(read: ParameterReader, patientele: PatienteleFacts, regime: Stage<Regime>, option: Stage<Option>, band: Stage<BandOrBelow>) {
    this.signedOn = read.on;
    this.option = option.value;
    this.regime = regime.value;
    this.read = read;
    this.band = band.value;
    this.patientele = patientele;
    this.#stages = [regime, option, band];
  }

  steps(): Explanation {
    if (this.#steps === undefined) {
      const out: Step[] = [];
      for (const stage of this.#stages) for (const s of stage.steps) out.push(s());
      this.#steps = out;
    }
    return this.#steps;
  }
}

/** Prepares a contract: overrides checked, text, option open, band. */
export function prepareContract(fields: ContractFields): Contract {
  const overrides = checkOverrides(PARAMETERS, fields.overrides);
  const read = new ParameterReader(fields.signedOn, overrides, SIGNED_ON);
  const regime = regimeStage(read);
  const option = optionStage(read, fields.option);
  const doctor = fields.doctor;
  const patientele: PatienteleFacts = {
    read,
    option: fields.option,
    specialty: fields.specialty,
    startingPatients: fields.startingPatients,
    band: fields.band,
    thresholds: fields.thresholds,
    age: doctor?.age,
    newlyInstalled: doctor?.newlyInstalled,
    contractTarget: fields.objective?.targetPatients,
  };
  return new PreparedContract(read, patientele, regime, option, bandStage(patientele));
}

/**
 * Contracts whose later of signature and hiring comes before this date end well before core's `LAST_DATE`
 * (a contract lasts at most 10 years, `am.contract.duration-years`, and its advance comes within a year).
 */
const LAST_CHECKED_FROM = `${LAST_YEAR - 11}-01-01`;

/** The term of a contract: its duration, the first contract year it pays, and its hiring date. */
export interface Term {
  /** Hiring date of the assistant: contract years count from it. */
  readonly hiredOn: IsoDate;
  /** Duration of the contract in years. */
  readonly duration: Reading<number>;
  /** The first contract year the aid pays: 1, or the second assistant's first year. */
  readonly firstYear: number;
}

/** The calendar year of a valid ISO date, from its digits (no substring: this runs for every computation). */
function calendarYear(date: IsoDate): number {
  return (date.charCodeAt(0) - 48) * 1000 + (date.charCodeAt(1) - 48) * 100 + (date.charCodeAt(2) - 48) * 10 + (date.charCodeAt(3) - 48);
}

/** The term of a contract (its hiring step is built when the explanation is read). */
class TermStage implements Stage<Term> {
  readonly value: Term;
  readonly #read: ParameterReader;
  readonly #fromYear: Reading<number> | undefined;

  constructor(value: Term, read: ParameterReader, fromYear: Reading<number> | undefined) {
    this.value = value;
    this.#read = read;
    this.#fromYear = fromYear;
  }

  get steps(): readonly LazyStep[] {
    // The window is read here: overrides were checked with the contract, and the figure covers every date the regime does.
    return [() => hiringStep(this.value, this.#read.on, this.#read.whole(hiringMaxMonthsBeforeSignature), this.#fromYear)];
  }
}

function hiringStep(term: Term, signedOn: IsoDate, window: Reading<number>, fromYear: Reading<number> | undefined): Step {
  const { hiredOn, firstYear, duration } = term;
  const firstFrom = firstYear === 1 ? hiredOn : plusYears(hiredOn, firstYear - 1);
  const earliest = plusMonths(signedOn, -window.value);
  const latest = dayBefore(plusYears(signedOn, duration.value));
  return step({
    rule: 'am.contract.hiring',
    label: label(
      (f) =>
        `Embauche le ${f.date(hiredOn)}${firstYear === 1 ? '' : ` (année ${f.num(firstYear)} à partir du ${f.date(firstFrom)})`} : entre le ${f.date(earliest)} (${f.num(window.value)} mois avant la signature) et le ${f.date(latest)} (fin d’un contrat de ${f.num(duration.value)} ans)`,
      (f) =>
        `Hired on ${f.date(hiredOn)}${firstYear === 1 ? '' : ` (year ${f.num(firstYear)} from ${f.date(firstFrom)})`}: between ${f.date(earliest)} (${f.num(window.value)} months before the signature) and ${f.date(latest)} (end of a ${f.num(duration.value)}-year contract)`,
    ),
    inputs: { signedOn, hiredOn, firstYear },
    value: hiredOn,
    uses: [window.resolved, duration.resolved, ...(fromYear ? [fromYear.resolved] : [])],
  });
}

/**
 * The term of a contract hired on `hiredOn`: its duration, its first year paid (the second-assistant
 * options start in a later year) and the window the hiring must fall in. The first year paid may start
 * at most `am.contract.hiring.max-months-before-signature` months before the signature (an assumption:
 * earlier, contract years and payments would fall before the contract existed) and no later than the
 * last day of a contract of `am.contract.duration-years` years counted from the signature.
 */
export function termStage(contract: Contract, hiredOn: IsoDate): Stage<Term> {
  const read = contract.read;
  const duration = read.whole(contractDurationYears);
  const fromYear = contract.option === '1.5' || contract.option === '2' ? read.whole(secondAssistantFromYear) : undefined;
  const firstYear = fromYear?.value ?? 1;
  if (fromYear && firstYear > duration.value) {
    invalid(
      ['overrides', secondAssistantFromYear.id],
      String(fromYear.value),
      {
        en: `a first year of the second assistant within the contract, from 1 to ${duration.value} (the contract lasts ${duration.value} years)`,
        fr: `une première année du second assistant comprise dans le contrat, de 1 à ${duration.value} (le contrat dure ${years(duration.value)})`,
      },
    );
  }
  return hiringTermStage(read, hiredOn, duration, fromYear);
}

/**
 * The term of a contract signed at the reader's date and lasting `duration` years, hired on `hiredOn`
 * (its first paid year `fromYear`, 1 when absent), checked within the window of the hiring: shared by the
 * individual and the collective contracts (the law says nothing of it for either; the window is
 * `am.contract.hiring.max-months-before-signature`, an assumption).
 */
export function hiringTermStage(read: ParameterReader, hiredOn: IsoDate, duration: Reading<number>, fromYear?: Reading<number>): Stage<Term> {
  const firstYear = fromYear?.value ?? 1;
  const signedOn = read.on;
  const firstFrom = firstYear === 1 ? hiredOn : plusYears(hiredOn, firstYear - 1);
  // The window's ends are computed only when they can matter: a first year starting on or after the
  // signature is not too early, one starting in a calendar year before the signature's year + duration
  // is not too late.
  const tooEarly = firstFrom < signedOn && firstFrom < plusMonths(signedOn, -read.whole(hiringMaxMonthsBeforeSignature).value);
  const tooLate = calendarYear(firstFrom) >= calendarYear(signedOn) + duration.value && firstFrom >= plusYears(signedOn, duration.value);
  if (tooEarly || tooLate) {
    const window = read.whole(hiringMaxMonthsBeforeSignature).value;
    const what = firstYear === 1 ? 'a hiring date' : `a hiring date whose contract year ${firstYear} (the second assistant's first year) starts`;
    const quoi = firstYear === 1 ? 'une date d’embauche' : `une date d’embauche telle que l’année ${firstYear} du contrat (la première du second assistant) commence`;
    const from = plusMonths(signedOn, -window);
    const to = dayBefore(plusYears(signedOn, duration.value));
    invalid(['hiredOn'], hiredOn, {
      en: `${what} from ${from} (${window} months before the signature, am.contract.hiring.max-months-before-signature) to ${to} (the end of a ${duration.value}-year contract signed on ${signedOn})`,
      fr: `${quoi} entre le ${FR.date(from)} (${window} mois avant la signature, am.contract.hiring.max-months-before-signature) et le ${FR.date(to)} (fin d’un contrat de ${years(duration.value)} signé le ${FR.date(signedOn)})`,
    });
  }
  // Every date of a result (contract years, payments within a year of the later of signature and
  // hiring) stays within the library's dates; only a contract starting in the last years can pass them.
  const later = laterOf(hiredOn, signedOn);
  if (later >= LAST_CHECKED_FROM && (plusYears(hiredOn, duration.value) > LAST_DATE || plusYears(later, 1) > LAST_DATE)) {
    invalid([later === hiredOn ? 'hiredOn' : 'signedOn'], later, {
      en: `a date whose contract ends by ${LAST_DATE} (the last date the library computes)`,
      fr: `une date dont le contrat se termine au plus tard le ${FR.date(LAST_DATE)} (la dernière date que la bibliothèque calcule)`,
    });
  }
  return new TermStage({ hiredOn, duration, firstYear }, read, fromYear);
}

/**
 * Contract year `year`, checked within the term (errors name `[...prefix, 'year']`): from the
 * (year − 1)-th anniversary of the hiring to the day before the next (`am.rule.contract-years`).
 */
export function contractYearStage(term: Term, year: number, prefix: readonly (string | number)[], rule: RuleReading = RULES.contractYears): Stage<DateRange> {
  const duration = term.duration;
  if (year > duration.value) {
    invalid([...prefix, 'year'], year, {
      en: `a contract year from ${term.firstYear} to ${duration.value} (the contract lasts ${duration.value} years; a renewal is a new contract)`,
      fr: `une année de contrat de ${term.firstYear} à ${duration.value} (le contrat dure ${years(duration.value)} ; un renouvellement est un nouveau contrat)`,
    });
  }
  if (year < term.firstYear) {
    invalid([...prefix, 'year'], year, secondAssistantYears(term.firstYear));
  }
  return new ContractYearStage(contractYear(term.hiredOn, year), term, year, rule);
}

/** A number of years in French: `1 an`, `5 ans`. */
function years(n: number): string {
  return `${FR.num(n)} an${n >= 2 ? 's' : ''}`;
}

// What the year of an achievement must be (shared by `simulate` and `collective.simulate`).

/** A year listed once in the achievements. */
export function yearListedOnce(year: number): Label {
  return {
    en: `a year not listed twice (year ${year} already has an achievement)`,
    fr: `une année qui ne figure qu’une fois (l’année ${year} a déjà sa patientèle atteinte)`,
  };
}

/** A contract year from `first` to `last`. */
export function contractYearsFromTo(first: number, last: number): Label {
  return { en: `a contract year from ${first} to ${last}`, fr: `une année de contrat de ${first} à ${last}` };
}

/** A modulated year, from `first` (the first modulated year) to `last`. */
export function modulatedYears(first: number, last: number): Label {
  return {
    en: `a modulated year, from ${first} to ${last}: years before ${first} are paid at the maximum whatever the patientèle`,
    fr: `une année modulée, de ${first} à ${last} : les années avant l’année ${first} sont payées au maximum, quelle que soit la patientèle`,
  };
}

/** What a year of a second-assistant contract must be: from its first year. */
export function secondAssistantYears(firstYear: number): Label {
  return {
    en: `a contract year from ${firstYear}: the second assistant starts in year ${firstYear}`,
    fr: `une année de contrat d’au moins ${firstYear} : le second assistant n’est financé qu’à partir de l’année ${firstYear}`,
  };
}

/** A contract year (its step is built when the explanation is read). */
class ContractYearStage implements Stage<DateRange> {
  readonly value: DateRange;
  readonly #term: Term;
  readonly #year: number;
  readonly #rule: RuleReading;

  constructor(period: DateRange, term: Term, year: number, rule: RuleReading) {
    this.value = period;
    this.#term = term;
    this.#year = year;
    this.#rule = rule;
  }

  get steps(): readonly LazyStep[] {
    return [() => contractYearStep(this.#term, this.#year, this.value, this.#rule)];
  }
}

function contractYearStep(term: Term, year: number, period: DateRange, rule: RuleReading): Step {
  return step({
    rule: 'am.contract-year',
    label: label(
      (f) => `Année ${f.num(year)} du contrat : du ${f.date(period.from)} au ${f.date(period.to)}`,
      (f) => `Contract year ${f.num(year)}: ${f.date(period.from)} to ${f.date(period.to)}`,
    ),
    inputs: { hiredOn: term.hiredOn, year },
    value: `${period.from}/${period.to}`,
    uses: [term.duration.resolved],
    rules: [rule],
  });
}

/** What `regimeOf` takes: `{ signedOn, overrides? }`, or the signature date alone. */
export type RegimeOfArgument = RegimeOfInput | IsoDate;

/**
 * The text governing a contract signed on `signedOn`: `'avenant-7'` (from 1 September 2019),
 * `'reglement-arbitral-2023'` (from 1 May 2023) or `'convention-2024'` (from 22 June 2024). A date
 * before the scheme existed raises `not-in-force`.
 *
 * Takes one object `{ signedOn, overrides? }`; the date alone (`regimeOf('2024-06-22')`) is kept as a
 * shorthand, and the former second argument `{ overrides }` is still read.
 *
 * @example
 * regimeOf({ signedOn: '2024-06-21' }) // 'reglement-arbitral-2023'
 * regimeOf({ signedOn: '2024-06-22' }) // 'convention-2024'
 */
export function regimeOf(input: RegimeOfArgument, ...legacy: unknown[]): Regime {
  let candidate: unknown = input;
  if (typeof input === 'string') {
    // Former form regimeOf(signedOn, { overrides }): the options, if any, must be an object.
    const options = legacy[0];
    candidate = legacy.length === 0 || options === undefined ? { signedOn: input } : { signedOn: input, overrides: options === null || typeof options !== 'object' ? options : (options as { overrides?: unknown }).overrides };
  } else if (legacy.length > 0 && legacy[0] !== undefined) {
    invalid(['options'], legacy[0], { en: 'no second argument: pass { signedOn, overrides } as one object', fr: 'aucun second argument : passez { signedOn, overrides } en un seul objet' });
  }
  const parsed = parseInput(regimeOfSchema, candidate);
  return regimeStage(new ParameterReader(parsed.signedOn, checkOverrides(PARAMETERS, parsed.overrides), SIGNED_ON)).value;
}

