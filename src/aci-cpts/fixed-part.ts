/**
 * The fixed part (*part fixe*) of a mission: the yearly fixed envelope, for the means the CPTS deploys
 * for the mission (contrat type art. 6.2). The year the mission starts after the year's first day it is
 * prorated from the start to the anniversary; an advance (`cpts.payment.advance-ratio`) is paid at the
 * start of the year or of the mission, the balance at the anniversary (`cpts.rule.fixed-part-payment`).
 * For the crisis mission the yearly amount is the plan-writing amount or the plan update (`crise.ts`).
 */
import type { Decimal } from 'decimal.js';
import { stage, step, type Stage } from '../core/explain.js';
import { label } from '../core/format.js';
import { euro } from '../core/money.js';
import { RULES } from './parameters.js';
import { callerOf, missionsInForce, type YearFacts } from './contract.js';
import type { YearlyFixed } from './crise.js';
import type { MissionEnvelope } from './envelopes.js';
import { MISSION_LABELS } from './missions.js';
import { prorataOfStart, prorated, prorataWords, splitAdvance, type Due, type Prorata } from './payments.js';
import type { Mission } from './schema.js';

/** A mission's fixed part for a contract year. */
export interface FixedPart {
  /** The yearly amount before any prorata. */
  readonly yearly: Decimal;
  /** The fixed part due for the year (prorated in a partial first year), whole cents. */
  readonly due: Decimal;
  /** The prorata when the mission starts after the year's first day, else `null`. */
  readonly prorata: Prorata | null;
  /** How it is paid. */
  readonly payment: Due;
}

/** The fixed part of mission `m` for the year, from its yearly amount (the envelope's, or the crisis plan's). */
export function fixedPart(year: YearFacts, m: Mission, env: MissionEnvelope, yearlyFixed: YearlyFixed): Stage<FixedPart> {
  const prorata = prorataOfStart(year, m.start);
  const yearly = yearlyFixed.amount;
  const due = euro(prorated(yearly, prorata));
  const advanceDate = prorata ? m.start : year.on;
  const mission = MISSION_LABELS[m.mission];
  const payment: Due = {
    subject: m.mission,
    part: 'fixed',
    label: { fr: `${mission.fr} — part fixe`, en: `${mission.en} — fixed part` },
    amount: due,
    paid: 'advance-and-balance',
    advanceDate,
  };
  const { n, anniversary, advanceRatio, prorataUnit } = year;
  return stage({ yearly, due, prorata, payment }, () => {
    const choice = yearlyFixed.choice?.();
    const what = choice?.what;
    const split = splitAdvance(due, advanceRatio.value);
    const words = prorata ? prorataWords(prorata) : null;
    // The list of the text that provides the mission (socle or complémentaire): the premise of its parts.
    const lists = missionsInForce(year.reader);
    const list = lists.optional.value.includes(m.mission) ? lists.optional : lists.socle.value.includes(m.mission) ? lists.socle : null;
    return step({
      rule: `cpts.mission.${m.mission}.fixed`,
      label: label(
        (f) =>
          `${mission.fr} — part fixe de l’année ${n}${what ? ` (${f.text(what)})` : ''} : ${f.euro(due)}${words ? ` (démarrage le ${f.date(m.start)}, ${f.text(words)} de ${f.euro(yearly)})` : ''}, avance de ${f.euro(split.advance)} (${f.percent(advanceRatio.value)}) le ${f.date(advanceDate)}, solde de ${f.euro(split.balance)} le ${f.date(anniversary)}`,
        (f) =>
          `${mission.en} — year ${n} fixed part${what ? ` (${f.text(what)})` : ''}: ${f.euro(due)}${words ? ` (start ${f.date(m.start)}, ${f.text(words)} of ${f.euro(yearly)})` : ''}, advance ${f.euro(split.advance)} (${f.percent(advanceRatio.value)}) on ${f.date(advanceDate)}, balance ${f.euro(split.balance)} on ${f.date(anniversary)}`,
      ),
      inputs: { start: m.start, yearly: yearly.toFixed(2), prorata: prorata ? `${prorata.numerator}/${prorata.denominator}` : null },
      value: due,
      uses: [...(list ? [list.resolved] : []), ...yearlyFixed.uses, advanceRatio.resolved, ...(prorata ? [prorataUnit.resolved] : [])],
      rules: [RULES.fixedPartPayment, ...(m.mission === 'crise' ? [RULES.crisisMission] : [])],
      ...(choice ? { alternatives: choice.alternatives } : {}),
      ...callerOf(env.path, env.from),
    });
  });
}
