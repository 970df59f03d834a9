/**
 * A validated contract → the facts the rules need: the contract's length and end, a `ParameterReader`
 * with the caller's overrides, which text applies in each contract year (the ACI of 2019 or its
 * avenant 2), which missions that text provides, the population and envelopes in force after the
 * amendments, and the size class of the year.
 *
 * A contract year runs from an anniversary of the signature to the day before the next; its figures
 * are those of the text in force on its first day (`cpts.rule.reference-date`).
 */
import { invalid, type Expected } from '../core/errors.js';
import { stage, step, type Stage } from '../core/explain.js';
import { LAST_DATE, contractYear, isIsoDate, plusYears, type DateRange, type IsoDate } from '../core/dates.js';
import { FR, label, type Label } from '../core/format.js';
import { checkOverrides, ParameterReader, type Reading } from '../core/parameters.js';
import type { Decimal } from 'decimal.js';
import {
  advanceRatio,
  contractDuration,
  criseEffectiveDate,
  MAX_CONTRACT_YEARS,
  optionalMissions,
  PARAMETERS,
  prorataUnit,
  RULES,
  socleMissions,
  TEXTS,
  textInForce,
  type MissionId,
  type SizeClass,
  type TextVersion,
} from './parameters.js';
import type { Contract, EnvelopeSet, Indicator, IndicatorOutcome, Mission, YearResults } from './schema.js';
import { sizeOf } from './size.js';

type Path = readonly (string | number)[];

/** Where the signature date sits in every input: the date a figure not in force is blamed on. */
export const SIGNED_ON_PATH: Path = ['contract', 'signedOn'];
/** Where the caller's overrides sit in every input that holds a contract. */
export const OVERRIDES_PATH: Path = ['contract', 'overrides'];

/** The text's name as a person reads it. */
export const TEXT_NAMES: Readonly<Record<TextVersion, { readonly fr: string; readonly en: string }>> = {
  'aci-2019': { fr: 'ACI CPTS de 2019', en: 'ACI CPTS of 2019' },
  'avenant-2': { fr: 'avenant 2', en: 'avenant 2' },
};

/** The caller's source of a figure written in the contract (`contract.envelopes.acces`), for a step. */
export function callerOf(path: Path, from: 'contract' | 'parameters'): { callerInput?: Label } {
  return from === 'contract' ? { callerInput: { fr: `contrat signé (${path.join('.')})`, en: `signed contract (${path.join('.')})` } } : {};
}

/** The facts of a whole contract. */
export interface ContractFacts {
  readonly contract: Contract;
  /** The figures at the signature date, with the caller's overrides. */
  readonly reader: ParameterReader;
  /** The contract's length in years (`cpts.contract.duration`). */
  readonly duration: Reading<number>;
  /** The anniversary that ends the contract (first day after it). */
  readonly end: IsoDate;
  /** Every indicator of the contract by id, with its mission. */
  readonly indicators: ReadonlyMap<string, { readonly mission: Mission; readonly indicator: Indicator }>;
}

/** The missions in force on the reader's date, and the readings that decided them. */
export interface MissionsInForce {
  /** The socle list of the text in force (`cpts.missions.socle`). */
  readonly socle: Reading<readonly MissionId[]>;
  /** The optional list of the text in force (`cpts.missions.optional`). */
  readonly optional: Reading<readonly MissionId[]>;
  /**
   * The date the crisis mission takes effect (`cpts.crise.effective-date`), when the text in force lists
   * the mission; `null` otherwise.
   */
  readonly criseFrom: Reading<IsoDate> | null;
  /** The socle missions that have taken effect on the reader's date. */
  readonly socleNow: readonly MissionId[];
  /** Every mission (socle and optional) that has taken effect on the reader's date. */
  readonly all: readonly MissionId[];
}

/**
 * The missions (socle and optional) of the text whose figures `reader` reads, less the crisis mission
 * before the date it takes effect (`cpts.crise.effective-date`: later than the rest of avenant 2).
 */
export function missionsInForce(reader: ParameterReader): MissionsInForce {
  const socle = reader.list(socleMissions);
  const optional = reader.list(optionalMissions);
  const listed = [...socle.value, ...optional.value];
  const criseFrom = listed.includes('crise') && reader.inForce(criseEffectiveDate) ? reader.date(criseEffectiveDate) : null;
  const taken = (id: MissionId) => id !== 'crise' || criseFrom === null || reader.on >= criseFrom.value;
  return { socle, optional, criseFrom, socleNow: socle.value.filter(taken), all: listed.filter(taken) };
}

/**
 * Checks a parsed contract against the figures it needs (its overrides, the text at signature, its
 * length, the missions each text provides) and returns its facts. Errors name the field of the input.
 */
export function contractFacts(contract: Contract): ContractFacts {
  const overrides = checkOverrides(PARAMETERS, contract.overrides, OVERRIDES_PATH);
  const reader = new ParameterReader(contract.signedOn, overrides, SIGNED_ON_PATH);
  reader.choice(textInForce);
  // The library's calendar ends on LAST_DATE (core isIsoDate): the longest contract it accepts must end within it.
  if (!isIsoDate(plusYears(contract.signedOn, MAX_CONTRACT_YEARS))) {
    invalid(SIGNED_ON_PATH, contract.signedOn, {
      en: `a signature date at least ${MAX_CONTRACT_YEARS} years before the end of the library's calendar (${LAST_DATE})`,
      fr: `une date de signature au moins ${MAX_CONTRACT_YEARS} ans avant la fin du calendrier de la bibliothèque (${FR.date(LAST_DATE)})`,
    });
  }
  const duration = reader.whole(contractDuration);
  const years = duration.value;
  const end = plusYears(contract.signedOn, years);
  const indicators = new Map<string, { mission: Mission; indicator: Indicator }>();
  contract.missions.forEach((m, i) => {
    const where = ['contract', 'missions', i];
    if (m.start >= end) {
      invalid([...where, 'start'], m.start, {
        en: `a start date before the contract's end on ${end} (${years} years, cpts.contract.duration)`,
        fr: `une date de démarrage antérieure à la fin du contrat, le ${FR.date(end)} (${years} ans, cpts.contract.duration)`,
      });
    }
    const { all, criseFrom } = missionsInForce(reader.at(m.start, [...where, 'start']));
    if (!all.includes(m.mission)) {
      if (m.mission === 'crise' && criseFrom !== null) {
        invalid([...where, 'start'], m.start, {
          en: `a start date on or after ${criseFrom.value}, the date the crisis mission takes effect (${criseFrom.resolved.id})`,
          fr: `une date de démarrage égale ou postérieure au ${FR.date(criseFrom.value)}, date d’effet de la mission de réponse aux crises sanitaires graves (${criseFrom.resolved.id})`,
        });
      }
      invalid([...where, 'mission'], m.mission, {
        en: `a mission the text in force on its start date ${m.start} provides (${all.join(', ')})`,
        fr: `une mission que prévoit le texte en vigueur à sa date de démarrage, le ${FR.date(m.start)} (${all.join(', ')})`,
      });
    }
    m.indicators.forEach((ind, j) => {
      indicators.set(ind.id, { mission: m, indicator: ind });
      (ind.years ?? []).forEach((y, k) => {
        if (y > years) invalid([...where, 'indicators', j, 'years', k], y, contractYearFrom(1, years));
      });
    });
  });
  (contract.amendments ?? []).forEach((a, k) => {
    if (a.fromYear > years) invalid(['contract', 'amendments', k, 'fromYear'], a.fromYear, contractYearFrom(2, years));
  });
  return { contract, reader, duration, end, indicators };
}

/** A contract year from `first` to the contract's length, `years` (read from cpts.contract.duration). */
function contractYearFrom(first: number, years: number): Expected {
  return { en: `a contract year from ${first} to ${years} (cpts.contract.duration)`, fr: `une année de contrat de ${first} à ${years} (cpts.contract.duration)` };
}

/** Refuses a contract year beyond the contract's length. */
export function checkYear(facts: ContractFacts, year: number, path: Path): void {
  if (year > facts.duration.value) invalid(path, year, contractYearFrom(1, facts.duration.value));
}

function shown(r: IndicatorOutcome | undefined): boolean | string | null {
  if (r === undefined) return null;
  return typeof r === 'boolean' ? r : r.toFixed();
}

/**
 * A `__proto__` key in a record of the caller's input (results keyed by indicator id or by year), which the
 * schema drops silently, is reported as the key it is.
 */
export function refuseProtoKey(raw: unknown, path: Path, expected: Expected): void {
  if (typeof raw === 'object' && raw !== null && Object.prototype.hasOwnProperty.call(raw, '__proto__')) {
    invalid([...path, '__proto__'], (raw as Record<string, unknown>)['__proto__'], expected);
  }
}

/** The year's outcome of each indicator, by id (own keys only: an id such as `constructor` is an id like any other). */
export type Outcomes = ReadonlyMap<string, IndicatorOutcome>;

/**
 * Checks a year's results against the contract — every indicator known, of the right type and running
 * that year; a crisis only where the crisis mission runs — and returns the outcomes by indicator id.
 */
export function checkResults(facts: ContractFacts, n: number, period: DateRange, results: YearResults, path: Path): Outcomes {
  const entries = results.indicators === undefined ? [] : Object.entries(results.indicators);
  if (entries.length > 0) {
    const byId = facts.indicators;
    for (const [id, value] of entries) {
      const where = [...path, 'indicators', id];
      const found = byId.get(id);
      if (!found) {
        const known = [...byId.keys()];
        invalid(where, shown(value), {
          en: `an indicator the contract defines (${known.length > 0 ? known.join(', ') : 'the contract defines none'})`,
          fr: `un indicateur que le contrat définit (${known.length > 0 ? known.join(', ') : 'le contrat n’en définit aucun'})`,
        });
      }
      if (found.mission.start > period.to) {
        invalid(where, shown(value), {
          en: `a result for a mission running in contract year ${n} (mission "${found.mission.mission}" starts on ${found.mission.start}, after ${period.to})`,
          fr: `un résultat pour une mission en cours dans l’année de contrat ${n} (la mission "${found.mission.mission}" démarre le ${FR.date(found.mission.start)}, après le ${FR.date(period.to)})`,
        });
      }
      if (found.indicator.years && !found.indicator.years.includes(n)) {
        invalid(where, shown(value), {
          en: `a result for an indicator of contract year ${n} (indicator "${id}" applies in years ${found.indicator.years.join(', ')})`,
          fr: `un résultat pour un indicateur de l’année de contrat ${n} (l’indicateur "${id}" s’applique les années ${found.indicator.years.join(', ')})`,
        });
      }
      if (found.indicator.kind === 'all-or-nothing' && typeof value !== 'boolean') {
        invalid(where, shown(value), { en: `true or false: "${id}" is an all-or-nothing indicator`, fr: `true ou false : "${id}" est un indicateur tout ou rien` });
      }
      if (found.indicator.kind === 'steps' && typeof value === 'boolean') {
        invalid(where, value, { en: `a number ≥ 0: "${id}" is a step indicator`, fr: `un nombre ≥ 0 : "${id}" est un indicateur par paliers` });
      }
    }
  }
  if (results.crisisDeclared === true) {
    const crise = facts.contract.missions.find((m) => m.mission === 'crise');
    if (!crise || crise.start > period.to) {
      invalid([...path, 'crisisDeclared'], true, {
        en: `false: the crisis block is paid only to a contract whose crisis mission runs in contract year ${n}`,
        fr: `false : le montant de crise n’est versé qu’à un contrat dont la mission de réponse aux crises sanitaires graves est en cours dans l’année de contrat ${n}`,
      });
    }
  }
  return new Map(entries);
}

/** The envelope set in force for a year and where it was written in the input. */
export interface EnvelopeSource {
  readonly set: EnvelopeSet | undefined;
  readonly path: Path;
}

/** The population and envelope set in force in contract year `n` (the latest amendment that sets each). */
function termsOfYear(contract: Contract, n: number): { population: number; envelopes: EnvelopeSource } {
  let population = contract.population;
  let envelopes: EnvelopeSource = { set: contract.envelopes, path: ['contract', 'envelopes'] };
  const amendments = contract.amendments ?? [];
  for (let k = 0; k < amendments.length; k++) {
    const a = amendments[k]!;
    if (a.fromYear > n) break;
    if (a.population !== undefined) population = a.population;
    if (a.envelopes !== undefined) envelopes = { set: a.envelopes, path: ['contract', 'amendments', k, 'envelopes'] };
  }
  return { population, envelopes };
}

/** The facts of one contract year that the rules share. */
export interface YearFacts {
  readonly contract: ContractFacts;
  /** The contract year, from 1. */
  readonly n: number;
  readonly period: DateRange;
  /** The year's first day: the date its figures are read on. */
  readonly on: IsoDate;
  /** The anniversary that ends the year, when its balance is paid. */
  readonly anniversary: IsoDate;
  /** The figures at the year's first day, with the caller's overrides. */
  readonly reader: ParameterReader;
  /** The text in force on the year's first day. */
  readonly text: TextVersion;
  /** The missions that text provides. */
  readonly provided: readonly MissionId[];
  readonly size: SizeClass;
  /** The population covered in force for the year (after the amendments). */
  readonly population: number;
  /** The envelopes written in the contract in force for the year (after the amendments). */
  readonly envelopes: EnvelopeSource;
  readonly advanceRatio: Reading<Decimal>;
  readonly prorataUnit: Reading<'days' | 'months'>;
}

/** Which text applies on the reader's date, with the step that chose it. */
export function textOf(reader: ParameterReader): Stage<TextVersion> {
  const reading = reader.choice(textInForce);
  const text = reading.value;
  const on = reader.on;
  return stage(text, () =>
    step({
      rule: 'cpts.text',
      label: label(
        (f) => `Texte applicable le ${f.date(on)} : ${TEXT_NAMES[text].fr}`,
        (f) => `Text in force on ${f.date(on)}: ${TEXT_NAMES[text].en}`,
      ),
      inputs: { on },
      value: text,
      uses: [reading.resolved],
      rules: [RULES.referenceDate],
      alternatives: TEXTS.filter((t) => t !== text).map((t) => ({
        value: t,
        reason: label(
          (f) => `${TEXT_NAMES[t].fr} : pas en vigueur le ${f.date(on)}`,
          (f) => `${TEXT_NAMES[t].en}: not in force on ${f.date(on)}`,
        ),
      })),
    }),
  );
}

/** The facts of contract year `n`: its dates, its text, its size, its envelopes, with the steps that chose them. */
export function yearFacts(facts: ContractFacts, n: number): Stage<YearFacts> {
  const { contract } = facts;
  const period = contractYear(contract.signedOn, n);
  const on = period.from;
  const reader = facts.reader.at(on);
  const text = textOf(reader);
  const terms = termsOfYear(contract, n);
  const size = sizeOf(reader, terms.population, OVERRIDES_PATH);
  const duration = facts.duration;
  const year: YearFacts = {
    contract: facts,
    n,
    period,
    on,
    anniversary: plusYears(contract.signedOn, n),
    reader,
    text: text.value,
    provided: missionsInForce(reader).all,
    size: size.value.size,
    population: terms.population,
    envelopes: terms.envelopes,
    advanceRatio: reader.decimal(advanceRatio),
    prorataUnit: reader.choice(prorataUnit),
  };
  return stage(
    year,
    () =>
      step({
        rule: 'cpts.year',
        label: label(
          (f) => `Année ${n} du contrat : du ${f.date(period.from)} au ${f.date(period.to)}`,
          (f) => `Contract year ${n}: ${f.date(period.from)} to ${f.date(period.to)}`,
        ),
        inputs: { signedOn: contract.signedOn, contractYear: n },
        value: [period.from, period.to],
        uses: [duration.resolved],
      }),
    ...text.steps,
    ...size.steps,
  );
}
