/**
 * The missions of the ACI CPTS (*missions socles* and *complémentaires*), their names, and the
 * deployment calendar of the socle missions (*calendrier de déploiement*): the months after signature by
 * which each must start (*démarrage*) and be fully deployed (*déploiement*), `cpts.deadline.*`.
 */
import { invalid } from '../core/errors.js';
import { stage, step, type LazyStep, type Stage } from '../core/explain.js';
import { label, type Label } from '../core/format.js';
import { contractYear, dayBefore, laterOf, plusMonths, type IsoDate } from '../core/dates.js';
import type { Reading } from '../core/parameters.js';
import { Result, RESULT_KIND } from '../core/result.js';
import { parseInput } from '../core/validation.js';
import { deadlinesByMission, RULES, socleMissions, type MissionId } from './parameters.js';
import { contractFacts, missionsInForce, OVERRIDES_PATH, SIGNED_ON_PATH, type ContractFacts } from './contract.js';
import { contractSchema, type MissionDeadlinesInput } from './schema.js';

/** French and English names of each mission. */
export const MISSION_LABELS: Readonly<Record<MissionId, Label>> = {
  acces: { fr: 'Accès aux soins', en: 'Access to care' },
  parcours: { fr: 'Parcours pluriprofessionnels autour du patient', en: 'Multi-professional care pathways' },
  prevention: { fr: 'Actions coordonnées de prévention', en: 'Coordinated prevention' },
  crise: { fr: 'Réponse aux crises sanitaires graves', en: 'Response to serious health crises' },
  qualite: { fr: 'Qualité et pertinence des soins', en: 'Quality and relevance of care' },
  accompagnement: { fr: 'Accompagnement des professionnels de santé', en: 'Support to health professionals' },
};

/** The deadlines of one socle mission of a contract. */
export interface MissionDeadline {
  readonly mission: MissionId;
  /** The mission's name, in French and English. */
  readonly label: Label;
  /**
   * Date from which the months are counted: the signature, or, for a mission that took effect after it, the
   * date it took effect (the crisis mission: `cpts.crise.effective-date`).
   */
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

/** Where the months of a mission that took effect after the signature are counted from, and why. */
interface LaterStart {
  /** The date the text that added the mission applies (the start of the period of the socle list that lists it). */
  readonly textFrom: IsoDate;
  /** For the crisis mission: its own date of effect. */
  readonly criseFrom: Reading<IsoDate> | null;
}

/** The deadlines of `mission`, counted from `countedFrom`, with the start date the contract writes. */
function deadlineOf(facts: ContractFacts, mission: keyof typeof deadlinesByMission, countedFrom: IsoDate, startedOn: IsoDate | null, later: LaterStart | null): Stage<MissionDeadline> {
  const signedOn = facts.contract.signedOn;
  const reader = facts.reader.at(countedFrom, SIGNED_ON_PATH);
  const startMonths = reader.whole(deadlinesByMission[mission].start);
  const deployedMonths = reader.whole(deadlinesByMission[mission].deployed);
  if (deployedMonths.value < startMonths.value) {
    // The table's deadlines are in order: an override broke it; blame the overridden one.
    const blamed = deployedMonths.resolved.status === 'caller' ? deployedMonths : startMonths;
    const other = blamed === deployedMonths ? startMonths : deployedMonths;
    invalid([...OVERRIDES_PATH, blamed.resolved.id], blamed.resolved.value, {
      en: `a number of months ${blamed === deployedMonths ? 'at least' : 'at most'} ${other.value} (${other.resolved.id}): a mission is deployed after it starts`,
      fr: `un nombre de mois ${blamed === deployedMonths ? 'au moins égal à' : 'au plus égal à'} ${other.value} (${other.resolved.id}) : une mission est déployée après son démarrage`,
    });
  }
  const startBy = plusMonths(countedFrom, startMonths.value);
  const deployedBy = plusMonths(countedFrom, deployedMonths.value);
  const startsInTime = startedOn === null ? null : startedOn <= startBy;
  const name = MISSION_LABELS[mission];
  const deadline: MissionDeadline = { mission, label: name, countedFrom, startBy, deployedBy, startedOn, startsInTime };
  const explain: LazyStep = () =>
    step({
      rule: `cpts.deadline.${mission}`,
      label: label(
        (f) =>
          `${name.fr} : démarrage au plus tard le ${f.date(startBy)} (${f.num(startMonths.value)} mois après le ${f.date(countedFrom)}), déploiement au plus tard le ${f.date(deployedBy)} (${f.num(deployedMonths.value)} mois)${startedOn ? ` ; démarrage prévu au contrat le ${f.date(startedOn)}${startsInTime ? '' : ', en retard'}` : ''}`,
        (f) =>
          `${name.en}: start by ${f.date(startBy)} (${f.num(startMonths.value)} months after ${f.date(countedFrom)}), full deployment by ${f.date(deployedBy)} (${f.num(deployedMonths.value)} months)${startedOn ? `; contract start ${f.date(startedOn)}${startsInTime ? '' : ', late'}` : ''}`,
      ),
      inputs: { countedFrom, startedOn },
      value: [startBy, deployedBy],
      uses: [reader.list(socleMissions).resolved, startMonths.resolved, deployedMonths.resolved, ...(later?.criseFrom ? [later.criseFrom.resolved] : [])],
      ...(later !== null && countedFrom !== signedOn
        ? {
            ...(later.criseFrom ? { rules: [RULES.crisisDeadlines] } : { status: 'assumption' as const }),
            alternatives: [
              {
                value: [plusMonths(signedOn, startMonths.value), plusMonths(signedOn, deployedMonths.value)],
                reason: {
                  fr: "comptés depuis la signature : impossible pour une mission qui n’existait pas encore ; le texte lu ne dit pas d’où partent les délais",
                  en: 'counted from the signature: impossible for a mission that did not exist yet; the text read does not say from when they run',
                },
              },
              ...(later.criseFrom && later.textFrom !== countedFrom && later.textFrom > signedOn
                ? [
                    {
                      value: [plusMonths(later.textFrom, startMonths.value), plusMonths(later.textFrom, deployedMonths.value)],
                      reason: label(
                        (f) => `comptés depuis le ${f.date(later.textFrom)}, date d’application du reste de l’avenant 2 : la mission de crise n’entre en vigueur que le ${f.date(later.criseFrom!.value)}`,
                        (f) => `counted from ${f.date(later.textFrom)}, the date the rest of avenant 2 applies: the crisis mission takes effect only on ${f.date(later.criseFrom!.value)}`,
                      ),
                    },
                  ]
                : []),
            ],
          }
        : {}),
    });
  return stage(deadline, explain);
}

/**
 * The deadlines of every socle mission of a contract: those of the text at signature and those that took
 * effect during the contract (the crisis mission, counted from the date it took effect,
 * `cpts.crise.effective-date`: reading `cpts.rule.crisis-deadlines`).
 */
export function deadlinesOf(facts: ContractFacts): Stage<readonly MissionDeadline[]> {
  const { signedOn } = facts.contract;
  const started = new Map<MissionId, IsoDate>(facts.contract.missions.map((m) => [m.mission, m.start]));
  const deadlines: MissionDeadline[] = [];
  const steps: LazyStep[] = [];
  const seen = new Set<MissionId>();
  // The dates the missions in force may change on: the signature, each anniversary, and the date the crisis
  // mission takes effect when it falls within the contract (read wherever the text in force lists it).
  const dates = new Set<IsoDate>();
  for (let n = 1; n <= facts.duration.value; n++) dates.add(contractYear(signedOn, n).from);
  for (const on of [...dates, dayBefore(facts.end)]) {
    const criseFrom = missionsInForce(facts.reader.at(on, SIGNED_ON_PATH)).criseFrom?.value;
    if (criseFrom !== undefined && criseFrom > signedOn && criseFrom < facts.end) dates.add(criseFrom);
  }
  for (const on of [...dates].sort()) {
    const inForce = missionsInForce(facts.reader.at(on, SIGNED_ON_PATH));
    for (const id of inForce.socleNow) {
      if (seen.has(id) || !(id in deadlinesByMission)) continue;
      seen.add(id);
      // A mission that takes effect after the signature (added by a later text, or the crisis mission on its
      // own date): its months count from the date it takes effect, not from the signature.
      const textFrom = inForce.socle.resolved.period?.from ?? on;
      const criseFrom = id === 'crise' ? inForce.criseFrom : null;
      const later: LaterStart | null = on === signedOn ? null : { textFrom, criseFrom };
      const countedFrom = later === null ? signedOn : laterOf(signedOn, criseFrom ? laterOf(textFrom, criseFrom.value) : textFrom);
      const one = deadlineOf(facts, id as keyof typeof deadlinesByMission, countedFrom, started.get(id) ?? null, later);
      deadlines.push(one.value);
      steps.push(...one.steps);
    }
  }
  return { value: deadlines, steps };
}

/**
 * The deadlines of a contract's socle missions. Own fields: `signedOn`, `missions`; `explanation` is
 * built on first read.
 */
export class MissionDeadlines extends Result {
  /** @internal What the result is (on the prototype: neither a field nor in JSON; read it with core `resultKind`). */
  get [RESULT_KIND](): 'aci-cpts.mission-deadlines' {
    return 'aci-cpts.mission-deadlines';
  }

  /** The contract's signature date. */
  readonly signedOn: IsoDate;
  /** Each socle mission's deadlines, in the order the texts list them. */
  readonly missions: readonly MissionDeadline[];

  constructor(signedOn: IsoDate, deadlines: Stage<readonly MissionDeadline[]>) {
    super(() => deadlines.steps.map((s) => s()));
    this.signedOn = signedOn;
    this.missions = deadlines.value;
  }
}

/**
 * The start (*démarrage*) and full-deployment (*déploiement*) deadlines of each socle mission of a
 * contract, in months after signature (`cpts.deadline.<mission>.start` and `.deployed`; for the crisis
 * mission of a contract signed before it took effect, counted from that date, `cpts.crise.effective-date`),
 * with the start date the contract writes and whether it is in time. Errors name the field: `contract.…`.
 */
export function missionDeadlines(input: MissionDeadlinesInput): MissionDeadlines {
  const contract = parseInput(contractSchema, input, ['contract']);
  const facts = contractFacts(contract);
  return new MissionDeadlines(contract.signedOn, deadlinesOf(facts));
}
