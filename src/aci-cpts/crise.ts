/**
 * The crisis mission (*réponse aux crises sanitaires graves*), added to the socle missions by avenant 2:
 * the CPTS writes a crisis plan the contract year the mission starts (*rédaction du plan*), updates it
 * each later year (*mise à jour annuelle*, a share of the plan-writing amount: `cpts.crise.update-ratio`),
 * and receives a block (*enveloppe de crise*) in a year when the ARS recognises a *crise sanitaire grave*.
 * The mission has no indicators (`cpts.rule.crisis-mission`).
 */
import type { Decimal } from 'decimal.js';
import { stage, step, type Stage } from '../core/explain.js';
import { label, type Formatter, type Label } from '../core/format.js';
import { euro, roundToCent } from '../core/money.js';
import type { ParameterReader, Resolved } from '../core/parameters.js';
import { criseUpdateRatio, RULES, t3CriseCrisisBlock, t3CrisePlanWriting } from './parameters.js';
import { callerOf, type YearFacts } from './contract.js';
import type { MissionEnvelope } from './envelopes.js';
import type { Due } from './payments.js';

type Path = readonly (string | number)[];

/**
 * The crisis mission's envelopes for a year, read with `reader`: the contract's when written (the update
 * defaulting to `cpts.crise.update-ratio` × the plan-writing amount), else the size-3 defaults when in
 * force, else `undefined` (the caller must write them).
 */
export function crisisEnvelope(year: YearFacts, reader: ParameterReader, path: Path): MissionEnvelope | undefined {
  const written = year.envelopes.set?.crise;
  if (written) {
    const ratio = written.update === undefined ? reader.decimal(criseUpdateRatio) : null;
    const update = written.update ?? roundToCent(written.planWriting.times(ratio!.value));
    return {
      mission: 'crise',
      fixed: written.planWriting,
      variable: euro(0),
      crise: { planWriting: written.planWriting, update, crisisBlock: written.crisisBlock, updateRatio: ratio },
      from: 'contract',
      uses: { fixed: ratio ? [ratio.resolved] : [], variable: [], crisisBlock: [] },
      path,
    };
  }
  if (year.size !== 3 || !reader.hasValue(t3CrisePlanWriting) || !reader.hasValue(t3CriseCrisisBlock)) return undefined;
  const plan = reader.decimal(t3CrisePlanWriting);
  const block = reader.decimal(t3CriseCrisisBlock);
  const ratio = reader.decimal(criseUpdateRatio);
  return {
    mission: 'crise',
    fixed: plan.value,
    variable: euro(0),
    crise: { planWriting: plan.value, update: roundToCent(plan.value.times(ratio.value)), crisisBlock: block.value, updateRatio: ratio },
    from: 'parameters',
    uses: { fixed: [plan.resolved, ratio.resolved], variable: [], crisisBlock: [block.resolved] },
    path,
  };
}

/** The yearly fixed amount of a mission and, for the crisis mission, which amount was chosen and why. */
export interface YearlyFixed {
  readonly amount: Decimal;
  readonly uses: readonly Resolved[];
  /** For the crisis mission: what the amount pays for and the amount set aside (built with the explanation). */
  readonly choice?: () => { readonly what: Label; readonly alternatives: readonly { readonly value: string; readonly reason: Label }[] };
}

/**
 * The crisis mission's fixed amount for a contract year: the plan-writing amount the year the mission
 * starts, the plan update in later years.
 */
export function crisisYearlyFixed(env: MissionEnvelope, firstYear: boolean): YearlyFixed {
  const crise = env.crise!;
  const ratio = crise.updateRatio;
  const updateWords = (f: Formatter) =>
    ratio
      ? f.lang === 'fr'
        ? `${f.percent(ratio.value)} de ${f.euro(crise.planWriting)}`
        : `${f.percent(ratio.value)} of ${f.euro(crise.planWriting)}`
      : f.lang === 'fr'
        ? 'montant écrit au contrat'
        : 'amount written in the contract';
  if (firstYear) {
    return {
      amount: crise.planWriting,
      uses: env.uses.fixed,
      choice: () => ({
        what: { fr: 'rédaction du plan', en: 'writing the plan' },
        alternatives: [
          {
            value: crise.update.toFixed(2),
            reason: label(
              (f) => `mise à jour du plan (${updateWords(f)}) : due les années suivant celle du démarrage de la mission`,
              (f) => `updating the plan (${updateWords(f)}): due in the years after the one the mission starts`,
            ),
          },
        ],
      }),
    };
  }
  return {
    amount: crise.update,
    uses: env.uses.fixed,
    choice: () => ({
      what: label(
        (f) => `mise à jour du plan, ${updateWords(f)}`,
        (f) => `updating the plan, ${updateWords(f)}`,
      ),
      alternatives: [
        {
          value: crise.planWriting.toFixed(2),
          reason: { fr: "rédaction du plan : due l’année de contrat du démarrage de la mission seulement", en: 'writing the plan: due only in the contract year the mission starts' },
        },
      ],
    }),
  };
}

/** The crisis block of a year: paid with the year's balance when the ARS recognised a crisis, else 0. */
export function crisisBlock(year: YearFacts, env: MissionEnvelope, declared: boolean): Stage<{ readonly amount: Decimal; readonly due: Due }> {
  const amount = declared ? euro(env.crise!.crisisBlock) : euro(0);
  const { n, anniversary } = year;
  const due: Due = {
    subject: 'crise',
    part: 'crisis-block',
    label: { fr: 'Réponse aux crises sanitaires graves — crise sanitaire reconnue', en: 'Response to serious health crises — recognised health crisis' },
    amount,
    paid: 'with-balance',
  };
  return stage({ amount, due }, () =>
    step({
      rule: 'cpts.mission.crise.crisis-block',
      label: declared
        ? label(
            (f) => `Crise sanitaire grave reconnue par l’ARS pendant l’année ${n} : enveloppe de crise de ${f.euro(amount)}, versée avec le solde le ${f.date(anniversary)}`,
            (f) => `Serious health crisis recognised by the ARS during year ${n}: crisis block of ${f.euro(amount)}, paid with the balance on ${f.date(anniversary)}`,
          )
        : label(
            (f) => `Pas de crise sanitaire grave reconnue par l’ARS pendant l’année ${n} : enveloppe de crise ${f.euro(amount)}`,
            (f) => `No serious health crisis recognised by the ARS during year ${n}: crisis block ${f.euro(amount)}`,
          ),
      inputs: { crisisDeclared: declared },
      value: amount,
      uses: env.uses.crisisBlock,
      rules: [RULES.crisisMission, ...(declared ? [RULES.balanceDate] : [])],
      ...callerOf(env.path, env.from),
    }),
  );
}
