/**
 * The maximum aid of a contract year (*plafond*): the row of the published amount table for the option,
 * the contract year and the starting band (year 1, year 2, year 3 onward, year 3 onward between P90 and
 * P95, any year from P95), read in the table of the year's amount reference date.
 */
import type { Decimal } from 'decimal.js';
import type { IsoDate } from '../core/dates.js';
import { amountValue, step, type LazyStep, type Stage } from '../core/explain.js';
import { label } from '../core/format.js';
import type { Parameter, ParameterReader, Reading } from '../core/parameters.js';
import type { BandOrBelow } from './band.js';
import { AMOUNT_ROW_BY_YEAR, ceilings, type AmountRow, type Option } from './parameters.js';

/** The amount-table row of a contract year. */
function amountRow(year: number, band: BandOrBelow): AmountRow {
  if (band === 'P95+') return 'p95-plus';
  const named = AMOUNT_ROW_BY_YEAR[year];
  if (named) return named;
  return band === 'P90-P95' ? 'year-3-plus.p90-p95' : 'year-3-plus';
}

function ceilingParameter(option: Option, year: number, band: BandOrBelow): Parameter<string, string, 'EUR'> {
  if (option === '1.5' || option === '2') return ceilings[option]['year-3-plus'];
  return ceilings[option][amountRow(year, band)];
}

/** The maximum aid of a year: the amount (a result amount, `value`) and the parameter it was read from. */
export type Ceiling = Reading<Decimal>;

const HIRED_ON = ['hiredOn'] as const;

/** The maximum aid of a year (its step is built when the explanation is read). */
class CeilingStage implements Stage<Ceiling> {
  readonly value: Ceiling;
  readonly #param: Parameter<string, string, 'EUR'>;
  readonly #option: Option;
  readonly #band: BandOrBelow;
  readonly #year: number;
  readonly #reference: IsoDate;

  constructor(value: Ceiling, param: Parameter<string, string, 'EUR'>, option: Option, band: BandOrBelow, year: number, reference: IsoDate) {
    this.value = value;
    this.#param = param;
    this.#option = option;
    this.#band = band;
    this.#year = year;
    this.#reference = reference;
  }

  get steps(): readonly LazyStep[] {
    const r = this.value;
    const param = this.#param;
    return [
      () =>
        step({
          rule: 'am.aid.ceiling',
          label: label(
            (f) => `Aide maximale : ${f.euro(r.value)} (${param.label.fr})`,
            (f) => `Maximum aid: ${f.euro(r.value)} (${param.label.en})`,
          ),
          inputs: { option: this.#option, year: this.#year, band: this.#band, referenceDate: this.#reference },
          value: amountValue(r.value),
          uses: [r.resolved],
        }),
    ];
  }
}

/**
 * The maximum aid of contract year `year`, read at `reference` (the amount reference date); a date no
 * table covers names `hiredOn`, since the contract years count from it.
 */
export function ceilingStage(read: ParameterReader, option: Option, band: BandOrBelow, year: number, reference: IsoDate): Stage<Ceiling> {
  const param = ceilingParameter(option, year, band);
  return new CeilingStage(read.at(reference, HIRED_ON).euro(param), param, option, band, year, reference);
}
