/**
 * The modulation of the collective aid from year 3 (*aide proratisée*): when the collective objective is
 * not fully reached, the year's aid is prorated. No source gives the formula nor how its two parts
 * (médecin traitant, file active) combine: each part's ratio is linear in the increase reached (as the
 * individual contract's `linear` reading), and `am.collective.modulation.rule` says how they combine —
 * the lower of the two (default), their average, or both required. All are assumptions, overridable.
 */
import type { Decimal } from 'decimal.js';
import { amountValue, decimalValue, step, type LazyStep, type Stage } from '../core/explain.js';
import { label, type Formatter, type Label } from '../core/format.js';
import { euroComputed, ratioValue, roundToCent } from '../core/money.js';
import type { ParameterReader, Reading } from '../core/parameters.js';
import type { CollectiveObjectiveValue, ObjectivePart, Patientele } from './collective-objective.js';
import { ALL, NOTHING, linearShare, type Share } from './modulation.js';
import { RULES, collectiveModulationRule, modulationRounding, type CollectiveModulationRule } from './parameters.js';

/** How one part of the objective was reached in a modulated year. */
export interface PartAchievement {
  /** The group's patientèle at signature, in patients. */
  readonly starting: number;
  /** The patientèle to reach. */
  readonly target: number;
  /** The patientèle reached at the end of the year (given by the caller). */
  readonly reached: number;
  /** The share of the part reached, a ratio from 0 to 1 (shown `76,92 %`). */
  readonly rate: Decimal;
}

/** How the aid of a modulated year of a collective contract was computed. */
export interface CollectiveModulation {
  /** How the two parts combine (`am.collective.modulation.rule`): `lower-of-two`, `average-of-two` or `both-required`. */
  readonly rule: CollectiveModulationRule;
  readonly medecinTraitant: PartAchievement;
  readonly fileActive: PartAchievement;
  /** Share of the maximum paid, a ratio from 0 to 1 (shown `76,92 %`). */
  readonly achievementRate: Decimal;
  /** True when the group's patientèle (either part) fell below its starting level: the caisse may then terminate the contract. */
  readonly belowStartingPatientele: boolean;
}

/** The aid of a modulated year of a collective contract. */
export interface CollectiveModulatedAmount {
  readonly modulation: CollectiveModulation;
  /** The aid due, in euros (whole cents). */
  readonly amount: Decimal;
}

function rateOf(s: Share): Decimal {
  return ratioValue(s.numerator.dividedBy(s.denominator));
}

/** The combined share of the two parts, as an exact fraction. */
function combine(rule: CollectiveModulationRule, mt: Share, fa: Share, reached: Patientele, o: CollectiveObjectiveValue): Share {
  switch (rule) {
    case 'both-required':
      return reached.medecinTraitant >= o.medecinTraitant.target && reached.fileActive >= o.fileActive.target ? ALL : NOTHING;
    case 'average-of-two':
      return {
        numerator: mt.numerator.times(fa.denominator).plus(fa.numerator.times(mt.denominator)),
        denominator: mt.denominator.times(fa.denominator).times(2),
      };
    default:
      // the lower of the two: a/b ≤ c/d ⇔ a·d ≤ c·b (denominators are positive)
      return mt.numerator.times(fa.denominator).lessThanOrEqualTo(fa.numerator.times(mt.denominator)) ? mt : fa;
  }
}

const RULE_TEXT: Record<CollectiveModulationRule, Label> = {
  'lower-of-two': { fr: 'le plus faible des deux taux', en: 'the lower of the two rates' },
  'average-of-two': { fr: 'la moyenne des deux taux', en: 'the average of the two rates' },
  'both-required': { fr: 'les deux objectifs atteints, sinon rien', en: 'both objectives reached, else nothing' },
};

/** A rate in a label: exact when short, else rounded to 6 decimals with "≈". */
function rateText(rate: Decimal, f: Formatter): string {
  return rate.decimalPlaces() <= 6 ? f.num(rate) : `≈ ${f.num(rate, 6)}`;
}

function partText(f: Formatter, p: PartAchievement, what: { fr: string; en: string }): string {
  return f.lang === 'fr'
    ? `${f.num(p.reached)} ${what.fr} pour un objectif de ${f.num(p.target)} (départ ${f.num(p.starting)} : ${f.percent(p.rate)})`
    : `${f.num(p.reached)} ${what.en} against an objective of ${f.num(p.target)} (start ${f.num(p.starting)}: ${f.percent(p.rate)})`;
}

const MT = { fr: 'patients médecin traitant', en: 'médecin-traitant patients' };
const FA = { fr: 'en file active', en: 'in the file active' };

function achievementOf(part: ObjectivePart, reached: number, share: Share): PartAchievement {
  return { starting: part.starting, target: part.target, reached, rate: rateOf(share) };
}

/**
 * The aid of modulated year `year` of a collective contract whose maximum is `ceiling`: the maximum ×
 * the share of the objective reached (`am.collective.modulation.rule`), rounded to the cent
 * (`am.modulation.cent-rounding`), never above the maximum nor below zero.
 */
export function collectiveModulationStage(
  read: ParameterReader,
  year: number,
  ceiling: Decimal,
  objective: CollectiveObjectiveValue,
  reached: Patientele,
  firstModulated: Reading<number>,
): Stage<CollectiveModulatedAmount> {
  const rule = read.choice(collectiveModulationRule);
  const rounding = read.choice(modulationRounding);
  const m = objective.medecinTraitant;
  const a = objective.fileActive;
  const mtShare = linearShare(m.starting, m.target, reached.medecinTraitant);
  const faShare = linearShare(a.starting, a.target, reached.fileActive);
  const share = combine(rule.value, mtShare, faShare, reached, objective);
  const amount = euroComputed(roundToCent(ceiling.times(share.numerator).dividedBy(share.denominator), rounding.value));
  const modulation: CollectiveModulation = {
    rule: rule.value,
    medecinTraitant: achievementOf(m, reached.medecinTraitant, mtShare),
    fileActive: achievementOf(a, reached.fileActive, faShare),
    achievementRate: rateOf(share),
    belowStartingPatientele: reached.medecinTraitant < m.starting || reached.fileActive < a.starting,
  };
  const steps: LazyStep[] = [
    () =>
      step({
        rule: 'am.collective.modulation',
        label: label(
          (f) =>
            `Atteinte de l’objectif : ${partText(f, modulation.medecinTraitant, MT)} ; ${partText(f, modulation.fileActive, FA)} ; retenu (${RULE_TEXT[rule.value].fr}) : ${f.percent(modulation.achievementRate)} de l’aide maximale`,
          (f) =>
            `Achievement: ${partText(f, modulation.medecinTraitant, MT)}; ${partText(f, modulation.fileActive, FA)}; applied (${RULE_TEXT[rule.value].en}): ${f.percent(modulation.achievementRate)} of the maximum aid`,
        ),
        inputs: {
          reachedMedecinTraitant: reached.medecinTraitant,
          reachedFileActive: reached.fileActive,
          targetMedecinTraitant: m.target,
          targetFileActive: a.target,
        },
        value: decimalValue(modulation.achievementRate),
        uses: [firstModulated.resolved, rule.resolved],
        callerInput: { fr: 'patientèle du groupe atteinte, donnée par l’appelant', en: 'patientèle reached by the group, given by the caller' },
      }),
    () =>
      step({
        rule: 'am.collective.aid.amount',
        label: label(
          (f) => `Aide de l’année ${f.num(year)} : ${f.euro(ceiling)} × ${rateText(modulation.achievementRate, f)} = ${f.euro(amount)}`,
          (f) => `Aid of year ${f.num(year)}: ${f.euro(ceiling)} × ${rateText(modulation.achievementRate, f)} = ${f.euro(amount)}`,
        ),
        inputs: { ceiling: amountValue(ceiling), achievementRate: decimalValue(modulation.achievementRate) },
        value: amountValue(amount),
        uses: [rounding.resolved],
      }),
  ];
  if (modulation.belowStartingPatientele) {
    steps.push(() =>
      step({
        rule: 'am.collective.patientele-decrease',
        label: {
          fr: 'Patientèle du groupe sous son niveau de départ : faute de solution, la caisse peut résilier le contrat (un passage sous le P30 ne suffit pas à lui seul)',
          en: 'The group’s patientèle is below its starting level: failing a solution, the caisse may terminate the contract (falling under P30 is not by itself a ground)',
        },
        inputs: {
          startingMedecinTraitant: m.starting,
          reachedMedecinTraitant: reached.medecinTraitant,
          startingFileActive: a.starting,
          reachedFileActive: reached.fileActive,
        },
        value: true,
        rules: [RULES.collectiveDecrease],
      }),
    );
  }
  return { value: { modulation, amount }, steps };
}
