/**
 * Which text governs a contract (by its signature date), and which amount table a contract year uses.
 */
import { laterOf, type IsoDate } from '../core/dates.js';
import { step, type Step } from '../core/explain.js';
import { valueAt, type Overrides, type Resolved } from '../core/parameters.js';
import { RULES, regime as regimeParam, type Regime } from './parameters.js';

const REGIME_LABEL: Record<Regime, { fr: string; en: string }> = {
  'avenant-7': { fr: 'avenant n° 7 à la convention médicale de 2016', en: 'Avenant 7 to the 2016 medical convention' },
  'reglement-arbitral-2023': { fr: 'règlement arbitral de 2023', en: '2023 règlement arbitral (arbitration ruling)' },
  'convention-2024': { fr: 'convention médicale de 2024', en: '2024 medical convention' },
};

/** French and English names of a regime. */
export function regimeLabel(r: Regime): { fr: string; en: string } {
  return REGIME_LABEL[r];
}

/** The regime on a signature date, with the parameter read (raises `not-in-force` before 1 Sept 2019). */
export function resolveRegime(signedOn: IsoDate, overrides?: Overrides, datePath: readonly (string | number)[] = ['signedOn']): Resolved<string> {
  return valueAt(regimeParam, signedOn, { overrides, datePath });
}

/** The explanation step of the regime choice, listing the regimes not chosen and why. */
export function regimeStep(signedOn: IsoDate, resolved: Resolved<string>): Step {
  const chosen = resolved.value as Regime;
  const alternatives = regimeParam.periods
    .filter((p) => p.value !== chosen)
    .map((p) => ({
      value: p.value as string,
      reason: {
        fr: `s’applique aux contrats signés du ${p.from}${p.until ? ` au ${p.until} exclu` : ''}`,
        en: `applies to contracts signed from ${p.from}${p.until ? ` until ${p.until} (excluded)` : ' on'}`,
      },
    }));
  return step({
    rule: 'am.regime',
    label: {
      fr: `Texte applicable au contrat signé le ${signedOn} : ${REGIME_LABEL[chosen].fr}`,
      en: `Text governing a contract signed on ${signedOn}: ${REGIME_LABEL[chosen].en}`,
    },
    inputs: { signedOn },
    value: chosen,
    uses: [resolved],
    alternatives,
  });
}

/**
 * The date that chooses the amount table for a contract year: its first day, or the signature date
 * when the year began before the contract was signed (ameli: for older contracts « l'augmentation a
 * lieu à la date anniversaire du contrat »; new contracts get the new amounts from year 1).
 */
export function amountReferenceDate(signedOn: IsoDate, yearFrom: IsoDate): IsoDate {
  return laterOf(signedOn, yearFrom);
}

/** The step that dates the amount table of a contract year. */
export function amountDateStep(signedOn: IsoDate, yearFrom: IsoDate, year: number, reference: IsoDate): Step {
  const why =
    reference === yearFrom
      ? { fr: `l’année ${year} commence le ${yearFrom}`, en: `year ${year} starts on ${yearFrom}` }
      : { fr: `le contrat est signé le ${signedOn}, après le début de l’année ${year}`, en: `the contract was signed on ${signedOn}, after year ${year} began` };
  return step({
    rule: 'am.aid.amount-date',
    label: { fr: `Barème lu au ${reference} : ${why.fr}`, en: `Amount table read on ${reference}: ${why.en}` },
    inputs: { signedOn, yearStart: yearFrom },
    value: reference,
    rules: [RULES.amountReferenceDate],
  });
}
