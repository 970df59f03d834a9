/**
 * A whole contract, year by year.
 */
import type { Decimal } from 'decimal.js';
import { invalid } from '../core/errors.js';
import { amountValue, step, withLazyExplanation, type Step } from '../core/explain.js';
import { euro, euroText, sum } from '../core/money.js';
import { valueAt } from '../core/parameters.js';
import { parseInput } from '../core/validation.js';
import { aidOfYear, type YearlyAid } from './aid.js';
import { prepareContract } from './contract.js';
import type { BandOrBelow } from './objective.js';
import { contractDurationYears, firstModulatedYear, secondAssistantFromYear, type Option, type Regime } from './parameters.js';
import { simulateSchema, type ContractInput } from './schema.js';

/** Every year of a contract. */
export interface Simulation {
  readonly regime: Regime;
  readonly option: Option;
  readonly band: BandOrBelow;
  /** One row per contract year, as `yearlyAid` returns it. */
  readonly rows: readonly YearlyAid[];
  readonly totals: {
    /** Sum of the yearly maxima. */
    readonly ceiling: Decimal;
    /** Sum of the amounts due, when every year's amount is known. */
    readonly amount?: Decimal;
    /** Sum of the amounts known so far (years whose achievement was given, and years 1–2). */
    readonly amountKnown: Decimal;
  };
  /** Contract-level steps (regime, option, band, totals); each row carries its own explanation. */
  readonly explanation: readonly Step[];
}

/**
 * Every year of an aide à l'emploi d'un assistant médical contract, with the same rows as
 * `yearlyAid`. Pass `achievements` (patientèle reached at the end of each modulated year) to get the
 * modulated amounts; years without achievement show their maximum only.
 */
export function simulate(contract: ContractInput): Simulation {
  const parsed = parseInput(simulateSchema, contract);
  const prepared = prepareContract(parsed);
  const opts = { overrides: prepared.overrides, datePath: ['signedOn'] as const };
  const duration = Number(valueAt(contractDurationYears, parsed.signedOn, opts).value);
  const firstModulated = Number(valueAt(firstModulatedYear, parsed.signedOn, opts).value);
  const firstYear =
    parsed.option === '1.5' || parsed.option === '2' ? Number(valueAt(secondAssistantFromYear, parsed.signedOn, opts).value) : 1;

  const byYear = new Map<number, { reachedPatients: number; targetPatients?: number | undefined; index: number }>();
  (parsed.achievements ?? []).forEach((a, index) => {
    const path = ['achievements', index, 'year'];
    if (byYear.has(a.year)) invalid(path, a.year, `a year not listed twice (year ${a.year} already has an achievement)`);
    if (a.year > duration) invalid(path, a.year, `a contract year from ${firstModulated} to ${duration}`);
    if (a.year < firstModulated) {
      invalid(path, a.year, `a modulated year, from ${firstModulated} to ${duration}: years before ${firstModulated} are paid at the maximum whatever the patientèle`);
    }
    byYear.set(a.year, { reachedPatients: a.reachedPatients, targetPatients: a.targetPatients, index });
  });

  const rows: YearlyAid[] = [];
  for (let year = firstYear; year <= duration; year++) {
    const a = byYear.get(year);
    rows.push(
      aidOfYear(prepared, {
        hiredOn: parsed.hiredOn,
        year,
        reachedPatients: a?.reachedPatients,
        targetPatients: a?.targetPatients,
        path: a ? ['achievements', a.index] : [],
      }),
    );
  }
  const ceiling = euro(sum(rows.map((r) => r.ceiling)));
  const known = rows.flatMap((r) => (r.amount ? [r.amount] : []));
  const amountKnown = euro(sum(known));
  const complete = known.length === rows.length;
  const totalStep = (): Step =>
    step({
      rule: 'am.contract.totals',
      label: complete
        ? { fr: `Total du contrat : ${euroText(amountKnown, 'fr')} (maximum ${euroText(ceiling, 'fr')})`, en: `Contract total: ${euroText(amountKnown, 'en')} (maximum ${euroText(ceiling, 'en')})` }
        : {
            fr: `Total connu : ${euroText(amountKnown, 'fr')} sur ${known.length} années (maximum du contrat ${euroText(ceiling, 'fr')})`,
            en: `Known total: ${euroText(amountKnown, 'en')} over ${known.length} years (contract maximum ${euroText(ceiling, 'en')})`,
          },
      inputs: { years: rows.length, yearsWithAmount: known.length },
      value: amountValue(amountKnown),
    });
  return withLazyExplanation(
    {
      regime: prepared.regime,
      option: parsed.option,
      band: prepared.band.band,
      rows,
      totals: { ceiling, amountKnown, ...(complete ? { amount: amountKnown } : {}) },
    },
    () => [...prepared.steps(), totalStep()],
  );
}
