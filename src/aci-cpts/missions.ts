/**
 * The missions of the ACI CPTS: which exist under which text, their deployment deadlines
 * (*calendrier de déploiement*), and the envelopes (*enveloppes*) that fund them in a contract year.
 *
 * Envelopes: the model contract asks to write "uniquement le montant financier de la taille de la
 * communauté professionnelle signataire du contrat" (ACI 2019, contrat type, end of art. 5). The library
 * knows per-mission envelopes only for size 3 after avenant 2 (read in two signed contracts); every
 * other size or text needs the envelopes of the signed contract, which are checked against the size's
 * published yearly maximum when one is known.
 */
import { invalid } from '../core/errors.js';
import { step, type Step } from '../core/explain.js';
import { Dec, roundToCent, sum } from '../core/money.js';
import { hasValueAt, valueAt, type Label, type Overrides, type Parameter, type Resolved } from '../core/parameters.js';
import { laterOf, plusMonths, type IsoDate } from '../core/dates.js';
import type { Decimal } from 'decimal.js';
import {
  CRISIS_UPDATE_RATIO,
  DEADLINE_ACCES_DEPLOYED,
  DEADLINE_ACCES_START,
  DEADLINE_CRISE_DEPLOYED,
  DEADLINE_CRISE_START,
  DEADLINE_PARCOURS_DEPLOYED,
  DEADLINE_PARCOURS_START,
  DEADLINE_PREVENTION_DEPLOYED,
  DEADLINE_PREVENTION_START,
  FONCTIONNEMENT_BY_SIZE,
  MAXIMUM_BY_SIZE,
  OPTIONAL_MISSIONS,
  SOCLE_MISSIONS,
  T3_ACCES_FIXED,
  T3_ACCES_VARIABLE,
  T3_ACCOMPAGNEMENT_FIXED,
  T3_ACCOMPAGNEMENT_VARIABLE,
  T3_CRISE_BLOCK,
  T3_CRISE_PLAN,
  T3_PARCOURS_FIXED,
  T3_PARCOURS_VARIABLE,
  T3_PREVENTION_FIXED,
  T3_PREVENTION_VARIABLE,
  T3_QUALITE_FIXED,
  T3_QUALITE_VARIABLE,
  RULES,
  type SizeClass,
} from './parameters.js';
import { en, fr } from './format.js';
import type { EnvelopeSet, MissionId } from './schema.js';

type Path = readonly (string | number)[];

/** French and English names of each mission. */
export const MISSION_LABELS: Readonly<Record<MissionId, Label>> = {
  acces: { fr: 'Accès aux soins', en: 'Access to care' },
  parcours: { fr: 'Parcours pluriprofessionnels autour du patient', en: 'Multi-professional care pathways' },
  prevention: { fr: 'Actions coordonnées de prévention', en: 'Coordinated prevention' },
  crise: { fr: 'Réponse aux crises sanitaires graves', en: 'Response to serious health crises' },
  qualite: { fr: 'Qualité et pertinence des soins', en: 'Quality and relevance of care' },
  accompagnement: { fr: 'Accompagnement des professionnels de santé', en: 'Support to health professionals' },
};

/** The missions (socle and optional) the text in force on `on` provides. */
export function missionsInForce(on: IsoDate, overrides: Overrides | undefined, datePath: Path): { socle: Resolved; optional: Resolved; all: readonly string[] } {
  const socle = valueAt(SOCLE_MISSIONS, on, { overrides, datePath });
  const optional = valueAt(OPTIONAL_MISSIONS, on, { overrides, datePath });
  return { socle, optional, all: [...(socle.value as readonly string[]), ...(optional.value as readonly string[])] };
}

/** The first date from which the socle list of the table includes `mission` (for a mission added by an avenant). */
export function firstDateInSocle(mission: MissionId): IsoDate | undefined {
  return SOCLE_MISSIONS.periods.find((p) => (p.value ?? []).includes(mission))?.from;
}

const DEADLINES: Partial<Record<MissionId, { start: Parameter; deployed: Parameter }>> = {
  acces: { start: DEADLINE_ACCES_START, deployed: DEADLINE_ACCES_DEPLOYED },
  parcours: { start: DEADLINE_PARCOURS_START, deployed: DEADLINE_PARCOURS_DEPLOYED },
  prevention: { start: DEADLINE_PREVENTION_START, deployed: DEADLINE_PREVENTION_DEPLOYED },
  crise: { start: DEADLINE_CRISE_START, deployed: DEADLINE_CRISE_DEPLOYED },
};

/** The deadlines of one socle mission of a contract. */
export interface MissionDeadline {
  readonly mission: MissionId;
  readonly label: Label;
  /** Date from which the months are counted: the signature, or the date avenant 2 applies for a mission it added. */
  readonly countedFrom: IsoDate;
  /** Latest start date (*démarrage*). */
  readonly startBy: IsoDate;
  /** Latest date of full deployment (*déploiement*). */
  readonly deployedBy: IsoDate;
  /** The start date written in the contract, or `null` when the contract does not list the mission. */
  readonly startedOn: IsoDate | null;
  /** Whether the contract's start date is on or before `startBy` (`null` when not listed). */
  readonly startsInTime: boolean | null;
}

/**
 * The deadlines of every socle mission of a contract signed on `signedOn`: those of the text at
 * signature and those a later text added before `lastYearStart` (the crisis mission, counted from the
 * date avenant 2 applies: an assumption).
 */
export function deadlinesOf(
  signedOn: IsoDate,
  yearStarts: readonly IsoDate[],
  started: ReadonlyMap<MissionId, IsoDate>,
  overrides: Overrides | undefined,
): { missions: MissionDeadline[]; explanation: Step[] } {
  const missions: MissionDeadline[] = [];
  const explanation: Step[] = [];
  const seen = new Set<string>();
  for (const on of yearStarts) {
    const socle = valueAt(SOCLE_MISSIONS, on, { overrides, datePath: ['contract', 'signedOn'] });
    for (const id of socle.value as readonly MissionId[]) {
      const d = DEADLINES[id];
      if (seen.has(id) || !d) continue;
      seen.add(id);
      const added = firstDateInSocle(id);
      const countedFrom = on === signedOn || added === undefined ? signedOn : laterOf(signedOn, added);
      const startMonths = valueAt(d.start, countedFrom, { overrides, datePath: ['contract', 'signedOn'] });
      const deployedMonths = valueAt(d.deployed, countedFrom, { overrides, datePath: ['contract', 'signedOn'] });
      const startBy = plusMonths(countedFrom, new Dec(startMonths.value as string).toNumber());
      const deployedBy = plusMonths(countedFrom, new Dec(deployedMonths.value as string).toNumber());
      const startedOn = started.get(id) ?? null;
      const startsInTime = startedOn === null ? null : startedOn <= startBy;
      missions.push({ mission: id, label: MISSION_LABELS[id], countedFrom, startBy, deployedBy, startedOn, startsInTime });
      explanation.push(
        step({
          rule: `cpts.deadline.${id}`,
          label: {
            fr: `${MISSION_LABELS[id].fr} : démarrage au plus tard le ${startBy}, déploiement au plus tard le ${deployedBy}${startedOn ? ` (démarrage prévu au contrat : ${startedOn}${startsInTime ? '' : ', en retard'})` : ''}`,
            en: `${MISSION_LABELS[id].en}: start by ${startBy}, full deployment by ${deployedBy}${startedOn ? ` (contract start: ${startedOn}${startsInTime ? '' : ', late'})` : ''}`,
          },
          inputs: { countedFrom, startedOn },
          value: [startBy, deployedBy],
          uses: [socle, startMonths, deployedMonths],
          ...(countedFrom !== signedOn
            ? {
                status: 'assumption' as const,
                alternatives: [
                  {
                    value: [plusMonths(signedOn, new Dec(startMonths.value as string).toNumber()), plusMonths(signedOn, new Dec(deployedMonths.value as string).toNumber())],
                    reason: {
                      fr: "comptés depuis la signature : impossible pour une mission que le texte signé ne prévoyait pas ; le texte lu ne dit pas d'où partent les délais",
                      en: 'counted from the signature: impossible for a mission the text signed did not provide; the text read does not say from when they run',
                    },
                  },
                ],
              }
            : {}),
        }),
      );
    }
  }
  return { missions, explanation };
}

/** The envelopes that fund one mission in a contract year. */
export interface MissionEnvelope {
  readonly mission: MissionId;
  /** Yearly fixed part (for the crisis mission: plan writing in its first year, plan update later). */
  readonly fixed: Decimal;
  /** Maximum yearly variable part (0 for the crisis mission). */
  readonly variable: Decimal;
  /** Crisis mission only: the amount for writing the plan (first year). */
  readonly planWriting?: Decimal;
  /** Crisis mission only: the yearly plan update (later years). */
  readonly update?: Decimal;
  /** Crisis mission only: the block paid when the ARS recognises a crisis. */
  readonly crisisBlock?: Decimal;
  /** Where the figures come from: the signed contract or the library's parameters. */
  readonly from: 'contract' | 'parameters';
  readonly uses: readonly Resolved[];
}

const T3_DEFAULTS: Partial<Record<MissionId, { fixed: Parameter; variable: Parameter }>> = {
  acces: { fixed: T3_ACCES_FIXED, variable: T3_ACCES_VARIABLE },
  parcours: { fixed: T3_PARCOURS_FIXED, variable: T3_PARCOURS_VARIABLE },
  prevention: { fixed: T3_PREVENTION_FIXED, variable: T3_PREVENTION_VARIABLE },
  qualite: { fixed: T3_QUALITE_FIXED, variable: T3_QUALITE_VARIABLE },
  accompagnement: { fixed: T3_ACCOMPAGNEMENT_FIXED, variable: T3_ACCOMPAGNEMENT_VARIABLE },
};

/** The envelope set in force for a year and where it was written in the input. */
export interface EnvelopeSource {
  readonly set: EnvelopeSet | undefined;
  readonly path: Path;
}

/**
 * The envelopes of `mission` for a contract year whose figures are read on `on`, for a CPTS of `size`:
 * the contract's when written, else the size-3 defaults when in force, else an error naming the field
 * the caller must fill.
 */
export function envelopeOf(
  mission: MissionId,
  size: SizeClass,
  on: IsoDate,
  text: string,
  source: EnvelopeSource,
  overrides: Overrides | undefined,
): MissionEnvelope {
  const path = [...source.path, mission];
  const missing = (): never =>
    invalid(
      path,
      undefined,
      `the envelopes of mission "${mission}" written in the signed contract (${mission === 'crise' ? '{ planWriting, crisisBlock, update? }' : '{ fixed, variable }'} in euros): the library has per-mission defaults only for size 3 under avenant 2, and this contract year is size ${size} under ${text}`,
    );
  if (mission === 'crise') {
    const ratio = valueAt(CRISIS_UPDATE_RATIO, on, { overrides, datePath: ['contract', 'signedOn'] });
    const written = source.set?.crise;
    if (written) {
      const update = written.update ?? roundToCent(written.planWriting.times(ratio.value as string));
      return {
        mission,
        fixed: written.planWriting,
        variable: new Dec(0),
        planWriting: written.planWriting,
        update,
        crisisBlock: written.crisisBlock,
        from: 'contract',
        uses: written.update === undefined ? [ratio] : [],
      };
    }
    if (size !== 3 || !hasValueAt(T3_CRISE_PLAN, on, overrides) || !hasValueAt(T3_CRISE_BLOCK, on, overrides)) return missing();
    const plan = valueAt(T3_CRISE_PLAN, on, { overrides });
    const block = valueAt(T3_CRISE_BLOCK, on, { overrides });
    const planWriting = new Dec(plan.value as string);
    return {
      mission,
      fixed: planWriting,
      variable: new Dec(0),
      planWriting,
      update: roundToCent(planWriting.times(ratio.value as string)),
      crisisBlock: new Dec(block.value as string),
      from: 'parameters',
      uses: [plan, ratio, block],
    };
  }
  const written = source.set?.[mission];
  if (written) return { mission, fixed: written.fixed, variable: written.variable, from: 'contract', uses: [] };
  const defaults = T3_DEFAULTS[mission];
  if (size !== 3 || !defaults || !hasValueAt(defaults.fixed, on, overrides) || !hasValueAt(defaults.variable, on, overrides)) return missing();
  const fixed = valueAt(defaults.fixed, on, { overrides });
  const variable = valueAt(defaults.variable, on, { overrides });
  return { mission, fixed: new Dec(fixed.value as string), variable: new Dec(variable.value as string), from: 'parameters', uses: [fixed, variable] };
}

/** The yearly *fonctionnement* amount: the contract's when written, else the size's parameter. */
export function fonctionnementOf(size: SizeClass, on: IsoDate, source: EnvelopeSource, overrides: Overrides | undefined): { amount: Decimal; uses: Resolved[]; from: 'contract' | 'parameters' } {
  const written = source.set?.fonctionnement;
  if (written) return { amount: written, uses: [], from: 'contract' };
  const r = valueAt(FONCTIONNEMENT_BY_SIZE[size], on, { overrides, datePath: ['contract', 'signedOn'] });
  return { amount: new Dec(r.value as string), uses: [r], from: 'parameters' };
}

/**
 * Checks an envelope set against the size's yearly maximum (fonctionnement + every fixed and variable
 * envelope + the crisis plan-writing amount and crisis block), when the maximum is known. Raises an
 * `invalid-input` error naming the envelopes' field when above; returns the explanation step.
 */
export function checkAgainstMaximum(
  size: SizeClass,
  on: IsoDate,
  text: string,
  fonctionnement: Decimal,
  envelopes: readonly MissionEnvelope[],
  path: Path,
  overrides: Overrides | undefined,
): Step {
  const parts = envelopes.map((e) => sum([e.fixed, e.variable, e.crisisBlock ?? new Dec(0)]));
  const total = sum([fonctionnement, ...parts]);
  const param = MAXIMUM_BY_SIZE[size];
  if (!hasValueAt(param, on, overrides)) {
    return step({
      rule: 'cpts.envelopes.maximum',
      label: {
        fr: `Enveloppes non contrôlées (${fr(total)} au plus par an) : aucun montant maximum publié connu pour la taille ${size} sous ${text}`,
        en: `Envelopes not checked (at most ${en(total)} a year): no published maximum known for size ${size} under ${text}`,
      },
      inputs: { size, text, envelopesTotal: total.toFixed(2) },
      value: null,
      status: 'unknown',
      sources: param.periods.flatMap((p) => p.sources),
    });
  }
  const max = valueAt(param, on, { overrides });
  const maximum = new Dec(max.value as string);
  if (total.greaterThan(maximum)) {
    invalid(
      path,
      total.toFixed(2),
      `envelopes whose yearly total (fonctionnement + every fixed and variable part + crisis plan and crisis block) is at most ${maximum.toFixed(2)} €, the maximum for size ${size} under ${text} (${param.id})`,
    );
  }
  return step({
    rule: 'cpts.envelopes.maximum',
    label: {
      fr: `Enveloppes du contrat dans la limite du maximum : ${fr(total)} au plus par an pour un maximum de ${fr(maximum)} (taille ${size}, ${text})`,
      en: `Contract envelopes within the maximum: at most ${en(total)} a year for a maximum of ${en(maximum)} (size ${size}, ${text})`,
    },
    inputs: { size, text, envelopesTotal: total.toFixed(2) },
    value: true,
    uses: [max],
    rules: [RULES.envelopeMaximum],
  });
}
