/**
 * Which amount table a contract year reads (`am.rule.amount-reference-date`): the table in force on the
 * first day of the year, or on the signature date when the year began before the contract was signed.
 * ameli: for contracts signed before the 2024 convention « l’augmentation a lieu à la date anniversaire
 * du contrat »; new contracts get the new amounts from year 1.
 */
import { laterOf, type DateRange, type IsoDate } from '../core/dates.js';
import { step, type LazyStep, type Stage, type Step } from '../core/explain.js';
import { label } from '../core/format.js';
import type { RuleReading } from '../core/parameters.js';
import { RULES } from './parameters.js';

/** The date whose amount table a contract year reads: its first day, or the signature date if later. */
export function amountReferenceDate(signedOn: IsoDate, yearFrom: IsoDate): IsoDate {
  return laterOf(signedOn, yearFrom);
}

/** The amount reference date of a year (its step is built when the explanation is read). */
class AmountReferenceDateStage implements Stage<IsoDate> {
  readonly value: IsoDate;
  readonly #signedOn: IsoDate;
  readonly #year: number;
  readonly #period: DateRange;
  readonly #rule: RuleReading;
  readonly #id: string;

  constructor(reference: IsoDate, signedOn: IsoDate, year: number, period: DateRange, rule: RuleReading, id: string) {
    this.value = reference;
    this.#signedOn = signedOn;
    this.#year = year;
    this.#period = period;
    this.#rule = rule;
    this.#id = id;
  }

  get steps(): readonly LazyStep[] {
    return [() => amountReferenceDateStep(this.value, this.#signedOn, this.#year, this.#period.from, this.#rule, this.#id)];
  }
}

/** The step that dates the amount table of a year: it cites the rule (`am.rule.amount-reference-date`). */
function amountReferenceDateStep(reference: IsoDate, signedOn: IsoDate, year: number, yearFrom: IsoDate, rule: RuleReading, id: string): Step {
  const why =
    reference === yearFrom
      ? label((f) => `l’année ${f.num(year)} commence le ${f.date(yearFrom)}`, (f) => `year ${f.num(year)} starts on ${f.date(yearFrom)}`)
      : label(
          (f) => `le contrat est signé le ${f.date(signedOn)}, après le début de l’année ${f.num(year)}`,
          (f) => `the contract was signed on ${f.date(signedOn)}, after year ${f.num(year)} began`,
        );
  return step({
    rule: id,
    label: label((f) => `Barème lu au ${f.date(reference)} : ${why.fr}`, (f) => `Amount table read on ${f.date(reference)}: ${why.en}`),
    inputs: { signedOn, yearStart: yearFrom },
    value: reference,
    rules: [rule],
  });
}

/**
 * The amount reference date of contract year `year`, with the step (`id`) that cites the rule: the
 * individual contract's by default; the collective contract passes its own reading.
 */
export function amountReferenceDateStage(
  signedOn: IsoDate,
  year: number,
  period: DateRange,
  rule: RuleReading = RULES.amountReferenceDate,
  id = 'am.aid.amount-reference-date',
): Stage<IsoDate> {
  return new AmountReferenceDateStage(amountReferenceDate(signedOn, period.from), signedOn, year, period, rule, id);
}
