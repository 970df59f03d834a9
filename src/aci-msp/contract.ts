/**
 * The contract and its years: from a validated input to the facts the rules need — which version of
 * the accord governs the year and its catalogue of indicators, the part of the year the contract
 * covers, the structure as it stands that year, and a `ParameterReader` at the year's first day.
 *
 * The ACI pays by calendar year (exercice): the figures in force are read on 1 January of the year
 * (parameters are keyed by remuneration year), and the contract takes effect on its signature date.
 */
import type { Decimal } from 'decimal.js';
import { daysBetween, daysInRange, yearOf, type IsoDate } from '../core/dates.js';
import { invalid } from '../core/errors.js';
import { stage, step, type Stage } from '../core/explain.js';
import { FR, label } from '../core/format.js';
import { Dec, allocate } from '../core/money.js';
import { ParameterReader, checkOverrides, type Overrides, type Reading } from '../core/parameters.js';
import { PARAMETERS, VERSIONS, catalogue as catalogueParameter, prorataBasis, version as versionParameter, type IndicatorId, type MspVersion } from './parameters.js';
import type { MspAchievements, ParsedContract, ParsedOptions } from './schema.js';

type Path = readonly (string | number)[];

/** The facts of the contract that do not change from one year to the next. */
export interface ContractFacts {
  /** Nom de la MSP, when given. */
  readonly name: string | undefined;
  /** Date de signature du contrat tripartite: the contract takes effect that day. */
  readonly signedOn: IsoDate;
  /** Date de dépôt du projet de santé auprès de l’ARS. */
  readonly projetDeSanteFiledOn: IsoDate;
  /** Calendar year of the signature. */
  readonly signYear: number;
  /** The caller's overrides, checked against the table. */
  readonly overrides: Overrides;
  /** What to do with a count above a cap. */
  readonly aboveCap: 'reject' | 'ignore-excess';
}

/** The structure as it stands in a remuneration year. */
export interface Structure {
  /** Patientèle de référence P. */
  readonly patientele: Decimal;
  /** Professionnels de santé associés. */
  readonly professionals: number;
  /** An IPA works in the structure. */
  readonly ipa: boolean;
  /** Shares of the patientèle covered by the C2S and the AME, when given. */
  readonly precarity: { readonly c2sRate: Decimal; readonly ameRate: Decimal } | undefined;
}

/** The facts of one remuneration year that the rules share. */
export interface YearFacts {
  readonly contract: ContractFacts;
  /** The calendar year (exercice). */
  readonly year: number;
  /** Reads the figures in force on 1 January of the year, with the caller's overrides. */
  readonly read: ParameterReader;
  /** The version of the accord governing the year. */
  readonly version: MspVersion;
  /** The indicators of the catalogue in force. */
  readonly catalogue: readonly IndicatorId[];
  /** First and last day of the year. */
  readonly yearStart: IsoDate;
  readonly yearEnd: IsoDate;
  /** First day of the year covered by the contract (its signature date in the year of signature). */
  readonly coverageFrom: IsoDate;
  readonly structure: Structure;
  /** What the MSP achieved in the year, by indicator id. */
  readonly achievements: MspAchievements;
  /** Where the achievements are in the input (for errors): `['achievements']`, `['a']`, `['years', 2, 'achievements']`. */
  readonly achievementsPath: Path;
  /** Where the year is in the input (for errors). */
  readonly yearPath: Path;
  /** What to do with a count above a cap (the advance counts the cap). */
  readonly aboveCap: 'reject' | 'ignore-excess';
}

/**
 * The contract's facts: the dates checked against each other and the caller's overrides checked
 * against the table (unknown ids, values outside their unit, range or choices).
 */
export function prepareContract(contract: ParsedContract, overrides: unknown, options: ParsedOptions | undefined): ContractFacts {
  const checked = checkOverrides(PARAMETERS, overrides);
  if (contract.projetDeSanteFiledOn > contract.signedOn) {
    invalid(['contract', 'projetDeSanteFiledOn'], contract.projetDeSanteFiledOn, {
      en: `a date on or before the contract's signature (${contract.signedOn})`,
      fr: `une date antérieure ou égale à la date de signature du contrat (${FR.date(contract.signedOn)})`,
    });
  }
  return {
    name: contract.name,
    signedOn: contract.signedOn,
    projetDeSanteFiledOn: contract.projetDeSanteFiledOn,
    signYear: yearOf(contract.signedOn),
    overrides: checked,
    // A count above a cap is legal and unpaid beyond it (Cnam guide p. 25, 38): the cap is paid unless the caller asks to reject it.
    aboveCap: options?.aboveCap ?? 'ignore-excess',
  };
}

/** The structure of a year from the parsed fields (patients as an exact Decimal). */
export function structureOf(fields: Pick<ParsedContract, 'patientele' | 'associatedProfessionals' | 'ipa' | 'precarity'>): Structure {
  return {
    patientele: new Dec(fields.patientele),
    professionals: fields.associatedProfessionals,
    ipa: fields.ipa ?? false,
    precarity: fields.precarity,
  };
}

/**
 * The facts of one remuneration year, with the step that chose the version of the accord: the version
 * and catalogue in force on 1 January of the year. The year must be on or after the signature year, and
 * every achievement must name an indicator of the catalogue in force.
 */
export function yearFacts(
  contract: ContractFacts,
  input: { readonly year: number; readonly structure: Structure; readonly achievements: MspAchievements; readonly achievementsPath: Path; readonly yearPath: Path },
): Stage<YearFacts> {
  const { year, achievements, achievementsPath, yearPath } = input;
  const yearStart = `${year}-01-01`;
  const yearEnd = `${year}-12-31`;
  const read = new ParameterReader(yearStart, contract.overrides, yearPath);
  const version = read.choice(versionParameter);
  const catalogue = read.list(catalogueParameter);
  for (const id of Object.keys(achievements) as IndicatorId[]) {
    if (achievements[id] !== undefined && !catalogue.value.includes(id)) {
      invalid([...achievementsPath, id], achievements[id], {
        en: `an indicator of the ${version.value} catalogue in force for ${year}: ${catalogue.value.join(', ')}`,
        fr: `un indicateur du catalogue ${version.value} en vigueur pour l’exercice ${year} : ${catalogue.value.join(', ')}`,
      });
    }
  }
  if (year < contract.signYear) {
    invalid(yearPath, year, {
      en: `a year from the contract's signature year (${contract.signYear}) on`,
      fr: `une année égale ou postérieure à l’année de signature du contrat (${contract.signYear})`,
    });
  }
  const facts: YearFacts = {
    contract,
    year,
    read,
    version: version.value,
    catalogue: catalogue.value,
    yearStart,
    yearEnd,
    coverageFrom: contract.signedOn > yearStart ? contract.signedOn : yearStart,
    structure: input.structure,
    achievements,
    achievementsPath,
    yearPath,
    aboveCap: contract.aboveCap,
  };
  return stage(facts, () =>
    step({
      rule: 'msp.version',
      label: label(
        (f) => `Texte applicable à l’exercice ${year} : ${version.value} (${f.num(catalogue.value.length)} indicateurs)`,
        (f) => `Text governing year ${year}: ${version.value} (${f.num(catalogue.value.length)} indicators)`,
      ),
      inputs: { year, indicators: [...catalogue.value] },
      value: version.value,
      uses: [version.resolved, catalogue.resolved],
      alternatives: VERSIONS.filter((v) => v !== version.value).map((v) => ({
        value: v,
        reason: label(
          () => `ne régit pas l’exercice ${year}`,
          () => `does not govern year ${year}`,
        ),
      })),
    }),
  );
}

// ---------------------------------------------------------------------------------------------------
// Prorata temporis: the part of a year a date leaves

/** How the prorata temporis counts time (`msp.prorata.basis`): calendar days or calendar months. */
export type ProrataBasis = 'days' | 'months';

/**
 * Units of time from `from` to 31 December of its year, both included: days, or calendar months from
 * the date's month (included when the date is the 1st, otherwise from the next month).
 */
export function unitsToYearEnd(from: IsoDate, basis: ProrataBasis): number {
  const year = from.slice(0, 4);
  if (basis === 'days') return daysBetween(from, `${year}-12-31`) + 1;
  const month = Number(from.slice(5, 7));
  const day = Number(from.slice(8, 10));
  return 12 - month + (day === 1 ? 1 : 0);
}

/** Units of time in a whole calendar year. */
export function unitsInYear(year: number, basis: ProrataBasis): number {
  return basis === 'days' ? daysInRange({ from: `${year}-01-01`, to: `${year}-12-31` }) : 12;
}

/** The part of a first year the contract covers: `numerator` units out of `denominator`. */
export interface Fraction {
  readonly basis: Reading<ProrataBasis>;
  readonly numerator: number;
  readonly denominator: number;
}

/**
 * The part of the year the contract covers when it was signed during the year (from the signature to
 * 31 December, in the units of `msp.prorata.basis`), or null for a whole year.
 */
export function firstYearFraction(facts: YearFacts): Fraction | null {
  if (facts.coverageFrom <= facts.yearStart) return null;
  const basis = facts.read.choice(prorataBasis);
  return { basis, numerator: unitsToYearEnd(facts.coverageFrom, basis.value), denominator: unitsInYear(facts.year, basis.value) };
}

/** `amount × numerator / denominator` in whole cents (an allocation: the two parts add up to the amount). */
export function prorate(amount: Decimal, fraction: Fraction | null): Decimal {
  if (fraction === null || fraction.numerator >= fraction.denominator || amount.isZero()) return amount;
  return allocate(amount, [new Dec(fraction.numerator), new Dec(fraction.denominator - fraction.numerator)])[0]!;
}
