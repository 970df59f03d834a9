/**
 * Les nouvelles structures: a structure whose projet de santé was filed with the ARS less than
 * `msp.nouvelle-structure.projet-age-max` years before the contract's signature is new; during the
 * calendar year of signature and the following ones (`msp.nouvelle-structure.years`), it is guaranteed a
 * minimum remuneration per full year (`msp.nouvelle-structure.minimum`), prorated for a partial first
 * year, and a minimum advance (ameli; CMV Médiforce).
 */
import type { Decimal } from 'decimal.js';
import { plusYears } from '../core/dates.js';
import { stage, step, type Stage } from '../core/explain.js';
import { label } from '../core/format.js';
import { Dec, euro, max as maxOf } from '../core/money.js';
import type { Resolved, RuleReading } from '../core/parameters.js';
import { prorate, type Fraction, type YearFacts } from './contract.js';
import { RULES, newStructureMinimum, newStructureNeedsPrerequisites, newStructureProjetAge, newStructureYears } from './parameters.js';

/** The new-structure disposition in the year. */
export interface NewStructure {
  /** The projet de santé was filed less than the set time before signature. */
  readonly isNew: boolean;
  /** 1, 2… during the disposition, null otherwise. */
  readonly yearOfDisposition: number | null;
  /** Rémunération minimale guaranteed for the year, in euros (0 outside the disposition). */
  readonly minimum: Decimal;
  /** Complément: what is added to reach the minimum, in euros. */
  readonly topUp: Decimal;
}

const plural = (n: number, word: string) => `${word}${n > 1 ? 's' : ''}`;

/**
 * The new-structure complement of the year: the minimum (prorated for a partial first year) less the
 * remuneration before it (points + majoration), when the structure is new and in the disposition, and
 * its socle prérequis met (`msp.nouvelle-structure.minimum-requires-prerequisites`).
 */
export function newStructure(facts: YearFacts, fraction: Fraction | null, prerequisitesMet: boolean, beforeMinimum: Decimal): Stage<NewStructure & { readonly inDisposition: boolean }> {
  const { contract, year } = facts;
  const maxAge = facts.read.whole(newStructureProjetAge);
  const years = facts.read.whole(newStructureYears);
  const isNew = contract.projetDeSanteFiledOn > plusYears(contract.signedOn, -maxAge.value);
  const inDisposition = isNew && year < contract.signYear + years.value;
  const rank = year - contract.signYear + 1;
  const uses: Resolved[] = [maxAge.resolved, years.resolved];
  if (!inDisposition) {
    return stage({ isNew, yearOfDisposition: null, minimum: euro(0), topUp: euro(0), inDisposition }, () =>
      step({
        rule: 'msp.nouvelle-structure',
        label: isNew
          ? label(
              (f) => `Nouvelle structure : dispositif terminé (au-delà des ${f.num(years.value)} premières années civiles)`,
              (f) => `New structure: disposition over (past the first ${f.num(years.value)} calendar years)`,
            )
          : label(
              (f) => `Pas une nouvelle structure : projet de santé déposé au moins ${f.num(maxAge.value)} ${plural(maxAge.value, 'an')} avant la signature`,
              (f) => `Not a new structure: projet de santé filed at least ${f.num(maxAge.value)} ${plural(maxAge.value, 'year')} before signature`,
            ),
        inputs: { projetDeSanteFiledOn: contract.projetDeSanteFiledOn, signedOn: contract.signedOn },
        value: '0.00',
        uses,
      }),
    );
  }
  const minimumFull = facts.read.decimal(newStructureMinimum);
  const needsPrerequisites = facts.read.flag(newStructureNeedsPrerequisites);
  uses.push(minimumFull.resolved, needsPrerequisites.resolved);
  const minimum = euro(prorate(minimumFull.value, fraction));
  const eligible = prerequisitesMet || !needsPrerequisites.value;
  const topUp = euro(eligible ? maxOf(minimum.minus(beforeMinimum), new Dec(0)) : 0);
  const rules: RuleReading[] = fraction ? [RULES.newStructureMinimumProrata] : [];
  return stage({ isNew, yearOfDisposition: rank, minimum, topUp, inDisposition }, () =>
    step({
      rule: 'msp.nouvelle-structure',
      label: eligible
        ? label(
            (f) => `Nouvelle structure (année ${f.num(rank)} du dispositif) : minimum ${f.euro(minimum)}, complément ${f.euro(topUp)}`,
            (f) => `New structure (year ${f.num(rank)} of the disposition): minimum ${f.euro(minimum)}, top-up ${f.euro(topUp)}`,
          )
        : label(
            (f) => `Nouvelle structure (année ${f.num(rank)} du dispositif) : minimum ${f.euro(minimum)} non dû (socle prérequis non atteint)`,
            (f) => `New structure (year ${f.num(rank)} of the disposition): minimum ${f.euro(minimum)} not due (core prerequisite not met)`,
          ),
      inputs: { projetDeSanteFiledOn: contract.projetDeSanteFiledOn, signedOn: contract.signedOn, remunerationBeforeMinimum: beforeMinimum.toFixed(2) },
      value: topUp.toFixed(2),
      uses,
      rules,
    }),
  );
}
