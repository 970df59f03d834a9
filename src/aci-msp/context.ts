/**
 * Reading the ACI MSP parameters at a date, and the facts of a remuneration year shared by the rules.
 */
import type { Decimal } from 'decimal.js';
import { daysBetween, daysInRange, type IsoDate } from '../core/dates.js';
import { invalid } from '../core/errors.js';
import type { Label } from '../core/parameters.js';
import { periodAt, valueAt, type Overrides, type Resolved } from '../core/parameters.js';
import { Dec, formatDecimalFr } from '../core/money.js';
import { PARAMETERS, type MspParameterId, type MspVersion } from './parameters.js';

/** Reads parameters at one date, with the caller's overrides; remembers what it read. */
export class ParamReader {
  private readonly cache = new Map<string, Resolved>();

  constructor(
    readonly on: IsoDate,
    readonly overrides: Overrides,
    readonly datePath: readonly (string | number)[],
  ) {}

  private param(id: MspParameterId) {
    const p = PARAMETERS.get(id);
    if (!p) throw new Error(`internal: unknown parameter ${id}`);
    return p;
  }

  /** True when the parameter has a period at this date (the figure exists in the text in force). */
  inForce(id: MspParameterId): boolean {
    return periodAt(this.param(id), this.on) !== undefined;
  }

  /** The resolved value (override, or the period in force); records it in `uses` when given. */
  get(id: MspParameterId, uses?: Resolved[]): Resolved {
    let r = this.cache.get(id);
    if (!r) {
      r = valueAt(this.param(id), this.on, { overrides: this.overrides, datePath: this.datePath });
      this.cache.set(id, r);
    }
    if (uses && !uses.includes(r)) uses.push(r);
    return r;
  }

  /** A numeric parameter as a Decimal. */
  dec(id: MspParameterId, uses?: Resolved[]): Decimal {
    return new Dec(this.get(id, uses).value as string);
  }

  /** A count parameter as a JavaScript integer (counts of protocols, months…, never money). */
  int(id: MspParameterId, uses?: Resolved[]): number {
    const d = this.dec(id, uses);
    if (!d.isInteger()) invalid(['overrides', id], this.get(id).value, `a whole number for parameter ${id}`);
    return d.toNumber();
  }

  /** A choice parameter. */
  choice<T extends string>(id: MspParameterId, uses?: Resolved[]): T {
    return this.get(id, uses).value as T;
  }

  /** A boolean parameter. */
  flag(id: MspParameterId, uses?: Resolved[]): boolean {
    return this.get(id, uses).value as boolean;
  }

  /** A list parameter. */
  list(id: MspParameterId, uses?: Resolved[]): readonly string[] {
    return this.get(id, uses).value as readonly string[];
  }
}

/** How the prorata temporis counts time. */
export type ProrataBasis = 'days' | 'months';

/** Units of time from `from` to 31 December of its year, both included. */
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

/** The facts of a remuneration year that the indicator rules share. */
export interface YearFacts {
  readonly year: number;
  readonly version: MspVersion;
  /** First day of the year. */
  readonly yearStart: IsoDate;
  /** Last day of the year. */
  readonly yearEnd: IsoDate;
  /** First day of the year covered by the contract (its signature date in a first year). */
  readonly coverageFrom: IsoDate;
  /** Patientèle de référence. */
  readonly patientele: Decimal;
  /** Associated professionals. */
  readonly professionals: number;
  readonly ipa: boolean;
  readonly aboveCap: 'reject' | 'ignore-excess';
}

/** A bilingual text built from pieces; decimals are written the French way in French. */
export function text(...pieces: readonly (string | number | Decimal | Label)[]): Label {
  let fr = '';
  let en = '';
  for (const p of pieces) {
    if (typeof p === 'string') {
      fr += p;
      en += p;
    } else if (typeof p === 'number') {
      fr += formatDecimalFr(new Dec(p));
      en += String(p);
    } else if ('fr' in p && 'en' in p) {
      fr += p.fr;
      en += p.en;
    } else {
      fr += formatDecimalFr(p);
      en += p.toFixed();
    }
  }
  return { fr, en };
}
