/**
 * The public inputs of the ACI CPTS scheme, as zod schemas built with the core field builders.
 *
 * A contract (*contrat tripartite* CPTS–CPAM–ARS, contrat type of the ACI 2019) holds: its signature
 * date, the population covered, the missions with their start dates and the indicators (*indicateurs*)
 * with their payout steps written in the contract, optionally the envelopes written in the signed
 * contract (required for every size but 3), later amendments (*avenants au contrat*: a new population
 * or new envelopes from a contract year) and parameter overrides. Each year's results say which
 * indicators were reached and whether the ARS recognised a *crise sanitaire grave*.
 *
 * Every leaf's error message is the expectation shown to the caller. Cross-field rules that need no
 * legal figure (a mission starting before the signature, a step function that does not increase, two
 * indicators with the same id) are checked here; those that need one (a mission the text does not
 * provide yet, a year beyond the contract's length, an envelope above the size maximum) are checked by
 * the computing functions.
 */
import { z } from 'zod';
import type { Decimal } from 'decimal.js';
import { bool, euroAmount, isoDate, nonNegativeDecimal, oneOf, wholeBetween, wholeCount } from '../core/validation.js';
import type { Overrides } from '../core/parameters.js';
import type { CptsParameterId } from './parameters.js';

/** The six missions of the ACI CPTS, by short id. */
export const MISSION_IDS = ['acces', 'parcours', 'prevention', 'crise', 'qualite', 'accompagnement'] as const;

/**
 * A mission of the ACI CPTS:
 * - `acces`: *faciliter l'accès aux soins* (médecin traitant, *soins non programmés*), socle;
 * - `parcours`: *organisation de parcours pluriprofessionnels autour du patient*, socle;
 * - `prevention`: *développement des actions territoriales de prévention*, socle;
 * - `crise`: *réponse aux crises sanitaires graves*, socle since avenant 2;
 * - `qualite`: *développement de la qualité et de la pertinence des soins*, optional (*complémentaire*);
 * - `accompagnement`: *accompagnement des professionnels de santé sur le territoire*, optional.
 */
export type MissionId = (typeof MISSION_IDS)[number];

const MISSION_EXPECTATION = `one of ${MISSION_IDS.map((m) => JSON.stringify(m)).join(', ')}`;
const INDICATOR_ID = /^[A-Za-z0-9][A-Za-z0-9._-]*$/;
const INDICATOR_ID_EXPECTATION = 'an indicator id made of letters, digits, ".", "_" or "-", such as "acces.ald-sans-mt"';
const MAX_YEAR = 99;

const step = z.strictObject({
  threshold: nonNegativeDecimal('the result that reaches this step, a number ≥ 0 such as 69.7'),
  amount: euroAmount('the amount paid when this step is reached, in euros ≥ 0 with at most 2 decimals, such as "2500"'),
});

const indicatorShape = z.strictObject({
  id: z.string({ error: INDICATOR_ID_EXPECTATION }).regex(INDICATOR_ID, { error: INDICATOR_ID_EXPECTATION }),
  label: z.string({ error: 'a text describing the indicator' }).optional(),
  kind: oneOf(['all-or-nothing', 'steps'], 'the kind of indicator: "all-or-nothing" (a result true or false) or "steps" (a numeric result and payout steps)'),
  amount: euroAmount('the amount paid when the indicator is reached, in euros ≥ 0 with at most 2 decimals').optional(),
  direction: oneOf(['at-least', 'at-most'], '"at-least" (a higher result is better) or "at-most" (a lower result is better)').optional(),
  steps: z.array(step, { error: 'a list of payout steps { threshold, amount }' }).optional(),
  years: z.array(wholeBetween(1, MAX_YEAR, 'a contract year ≥ 1'), { error: 'a list of contract years, such as [4, 5]' }).min(1, { error: 'at least one contract year' }).optional(),
});

/** One payout step of a step indicator, parsed. */
export interface PayoutStep {
  readonly threshold: Decimal;
  readonly amount: Decimal;
}

/** An indicator of the contract, parsed: all-or-nothing or a step function. */
export type Indicator =
  | { readonly id: string; readonly label?: string | undefined; readonly kind: 'all-or-nothing'; readonly amount: Decimal; readonly years?: readonly number[] | undefined }
  | {
      readonly id: string;
      readonly label?: string | undefined;
      readonly kind: 'steps';
      readonly direction: 'at-least' | 'at-most';
      readonly steps: readonly PayoutStep[];
      readonly years?: readonly number[] | undefined;
    };

/**
 * An indicator (*indicateur*) written in the contract for a mission, with its payout: `all-or-nothing`
 * (an amount paid when the objective is reached) or `steps` (a step function: the amount of the
 * hardest step the result reaches; `at-least` when a higher result is better, `at-most` when lower is
 * better). Steps are listed from the easiest to the hardest, each paying strictly more.
 */
export const indicatorSchema = indicatorShape
  .superRefine((ind, ctx) => {
    if (ind.kind === 'all-or-nothing') {
      if (ind.amount === undefined) ctx.addIssue({ code: 'custom', path: ['amount'], input: undefined, message: 'the amount paid when the indicator is reached (all-or-nothing indicator)' });
      if (ind.steps !== undefined) ctx.addIssue({ code: 'custom', path: ['steps'], input: ind.steps, message: 'no steps for an all-or-nothing indicator (use kind "steps")' });
      if (ind.direction !== undefined) ctx.addIssue({ code: 'custom', path: ['direction'], input: ind.direction, message: 'no direction for an all-or-nothing indicator' });
      return;
    }
    if (ind.amount !== undefined) ctx.addIssue({ code: 'custom', path: ['amount'], input: ind.amount.toFixed(), message: 'no amount for a step indicator: each step has its own amount' });
    if (ind.steps === undefined || ind.steps.length === 0) {
      ctx.addIssue({ code: 'custom', path: ['steps'], input: ind.steps, message: 'at least one payout step { threshold, amount } for a step indicator' });
      return;
    }
    const direction = ind.direction ?? 'at-least';
    for (let k = 1; k < ind.steps.length; k++) {
      const prev = ind.steps[k - 1]!;
      const cur = ind.steps[k]!;
      const harder = direction === 'at-least' ? cur.threshold.greaterThan(prev.threshold) : cur.threshold.lessThan(prev.threshold);
      if (!harder) {
        ctx.addIssue({
          code: 'custom',
          path: ['steps', k, 'threshold'],
          input: cur.threshold.toFixed(),
          message: `a threshold ${direction === 'at-least' ? 'above' : 'below'} the previous step's ${prev.threshold.toFixed()} (steps go from the easiest to the hardest, direction "${direction}")`,
        });
      }
      if (!cur.amount.greaterThan(prev.amount)) {
        ctx.addIssue({
          code: 'custom',
          path: ['steps', k, 'amount'],
          input: cur.amount.toFixed(),
          message: `an amount above the previous step's ${prev.amount.toFixed(2)} € (a step function must increase)`,
        });
      }
    }
  })
  .transform((ind): Indicator => {
    const base = { id: ind.id, ...(ind.label !== undefined ? { label: ind.label } : {}), ...(ind.years !== undefined ? { years: ind.years } : {}) };
    return ind.kind === 'all-or-nothing'
      ? { ...base, kind: 'all-or-nothing', amount: ind.amount! }
      : { ...base, kind: 'steps', direction: ind.direction ?? 'at-least', steps: ind.steps! };
  });

/** A mission of the contract: which one, its start date (*date de démarrage*) and its indicators. */
export const missionSchema = z.strictObject({
  mission: oneOf(MISSION_IDS, MISSION_EXPECTATION),
  start: isoDate(),
  indicators: z.array(indicatorSchema, { error: 'a list of indicators' }).default([]),
});

/** The fixed and variable envelopes of a mission, as written in the signed contract. */
export const missionEnvelopeSchema = z.strictObject({
  fixed: euroAmount('the yearly fixed part (part fixe) of the mission, in euros ≥ 0 with at most 2 decimals'),
  variable: euroAmount('the maximum yearly variable part (part variable) of the mission, in euros ≥ 0 with at most 2 decimals'),
});

/** The envelopes of the crisis mission (*réponse aux crises sanitaires graves*), as written in the contract. */
export const crisisEnvelopeSchema = z.strictObject({
  planWriting: euroAmount('the amount for writing the crisis plan in the mission’s first year, in euros ≥ 0'),
  update: euroAmount('the yearly amount for updating the plan in later years, in euros ≥ 0 (default: cpts.crisis.update-ratio × planWriting)').optional(),
  crisisBlock: euroAmount('the amount paid in a year when the ARS recognises a crise sanitaire grave, in euros ≥ 0'),
});

/** The envelopes written in the signed contract; a mission left out falls back to the library's defaults (size 3 under avenant 2 only). */
export const envelopeSetSchema = z.strictObject({
  fonctionnement: euroAmount('the yearly fonctionnement amount written in the contract, in euros ≥ 0').optional(),
  acces: missionEnvelopeSchema.optional(),
  parcours: missionEnvelopeSchema.optional(),
  prevention: missionEnvelopeSchema.optional(),
  qualite: missionEnvelopeSchema.optional(),
  accompagnement: missionEnvelopeSchema.optional(),
  crise: crisisEnvelopeSchema.optional(),
});

/** An amendment to the contract (*avenant au contrat*) taking effect from a contract year. */
export const amendmentSchema = z.strictObject({
  fromYear: wholeBetween(2, MAX_YEAR, 'the contract year (2 or later) from which the amendment applies'),
  population: wholeCount('a whole number of inhabitants ≥ 0').optional(),
  envelopes: envelopeSetSchema.optional(),
});

/** A CPTS contract. */
export const contractSchema = z
  .strictObject({
    name: z.string({ error: 'a name for the CPTS' }).optional(),
    signedOn: isoDate(),
    population: wholeCount('a whole number of inhabitants ≥ 0'),
    missions: z.array(missionSchema, { error: 'a list of missions { mission, start, indicators }' }),
    envelopes: envelopeSetSchema.optional(),
    amendments: z.array(amendmentSchema, { error: 'a list of amendments { fromYear, population?, envelopes? }' }).optional(),
    overrides: z.record(z.string(), z.unknown(), { error: 'an object keyed by parameter id' }).optional(),
  })
  .superRefine((c, ctx) => {
    const seenMissions = new Map<string, number>();
    const seenIndicators = new Map<string, string>();
    c.missions.forEach((m, i) => {
      if (m.start < c.signedOn) {
        ctx.addIssue({ code: 'custom', path: ['missions', i, 'start'], input: m.start, message: `a start date on or after the contract signature (${c.signedOn})` });
      }
      const before = seenMissions.get(m.mission);
      if (before !== undefined) {
        ctx.addIssue({ code: 'custom', path: ['missions', i, 'mission'], input: m.mission, message: `a mission not already listed (missions[${before}] is "${m.mission}")` });
      } else seenMissions.set(m.mission, i);
      if (m.mission === 'crise' && m.indicators.length > 0) {
        ctx.addIssue({
          code: 'custom',
          path: ['missions', i, 'indicators'],
          input: m.indicators.map((ind) => ind.id),
          message: 'no indicators for the crisis mission: it has a fixed part (plan, yearly update) and a block paid when the ARS recognises a crisis',
        });
      }
      m.indicators.forEach((ind, j) => {
        const where = `missions[${i}].indicators[${j}]`;
        const first = seenIndicators.get(ind.id);
        if (first !== undefined) {
          ctx.addIssue({ code: 'custom', path: ['missions', i, 'indicators', j, 'id'], input: ind.id, message: `an indicator id used once in the contract (${first} already uses "${ind.id}")` });
        } else seenIndicators.set(ind.id, where);
      });
    });
    let lastYear = 1;
    (c.amendments ?? []).forEach((a, k) => {
      if (a.fromYear <= lastYear) {
        ctx.addIssue({ code: 'custom', path: ['amendments', k, 'fromYear'], input: a.fromYear, message: `a contract year after ${lastYear} (amendments in increasing order of fromYear, from year 2)` });
      }
      lastYear = Math.max(lastYear, a.fromYear);
    });
  });

/** A contract year: 1 for the year starting at signature. */
export const contractYearSchema = wholeBetween(1, MAX_YEAR, 'a contract year: a whole number ≥ 1 (1 is the year starting at signature)');

const RESULT_EXPECTATION = 'true or false for an all-or-nothing indicator, or a number ≥ 0 for a step indicator';

/** The results of a contract year. */
export const yearResultsSchema = z.strictObject(
  {
    indicators: z
      .record(z.string(), z.union([bool(), nonNegativeDecimal()], { error: RESULT_EXPECTATION }), { error: 'an object keyed by indicator id' })
      .optional(),
    crisisDeclared: bool('true when the ARS recognised a crise sanitaire grave during the year, false otherwise').optional(),
  },
  { error: 'the year’s results { indicators, crisisDeclared }' },
);

/** Results keyed by contract year (`"1"`, `"2"`, …). */
export const resultsByYearSchema = z
  .record(z.string(), yearResultsSchema, { error: 'an object keyed by contract year ("1", "2", …), each value the year’s results' })
  .superRefine((r, ctx) => {
    for (const key of Object.keys(r)) {
      if (!/^[1-9]\d?$/.test(key)) ctx.addIssue({ code: 'custom', path: [key], input: key, message: 'a contract year (1, 2, …) as the key' });
    }
  });

/** What `sizeClass` takes. */
export const sizeInputSchema = z.strictObject({
  population: wholeCount('a whole number of inhabitants ≥ 0'),
  on: isoDate(),
  overrides: z.record(z.string(), z.unknown(), { error: 'an object keyed by parameter id' }).optional(),
});

/** `T` with every array and object read-only, so that `as const` data and frozen objects are accepted. */
export type DeepReadonly<T> = T extends Decimal
  ? T
  : T extends readonly (infer U)[]
    ? readonly DeepReadonly<U>[]
    : T extends object
      ? { readonly [K in keyof T]: DeepReadonly<T[K]> }
      : T;

type WithOverrides<T> = Omit<T, 'overrides'> & { readonly overrides?: Overrides<CptsParameterId> | undefined };

/** A contract as the caller writes it (the input of `yearlyFunding`, `simulate`, `missionDeadlines`). */
export type ContractInput = WithOverrides<DeepReadonly<z.input<typeof contractSchema>>>;
/** A contract, parsed. */
export type Contract = z.output<typeof contractSchema>;
/** A mission of a contract, parsed. */
export type Mission = z.output<typeof missionSchema>;
/** An indicator as the caller writes it. */
export type IndicatorInput = DeepReadonly<z.input<typeof indicatorShape>>;
/** The envelopes of a contract as the caller writes them. */
export type EnvelopeSetInput = DeepReadonly<z.input<typeof envelopeSetSchema>>;
/** The envelopes of a contract, parsed. */
export type EnvelopeSet = z.output<typeof envelopeSetSchema>;
/** One year's results as the caller writes them. */
export type YearResultsInput = DeepReadonly<z.input<typeof yearResultsSchema>>;
/** One year's results, parsed. */
export type YearResults = z.output<typeof yearResultsSchema>;
/** Results keyed by contract year, as the caller writes them. */
export type ResultsByYearInput = Readonly<Record<string | number, YearResultsInput>>;
/** What `sizeClass` takes. */
export type SizeInput = WithOverrides<z.input<typeof sizeInputSchema>>;

/**
 * The zod schema of each public function's input, by function name (the package's JSON Schemas,
 * `exercice-coordonne/schemas/aci-cpts/<name>.json`, are generated from it). A function of several
 * arguments takes them as one object keyed by argument name, as the command line reads them.
 */
export const INPUT_SCHEMAS = {
  sizeClass: sizeInputSchema,
  missionDeadlines: contractSchema,
  yearlyFunding: z.strictObject({ contract: contractSchema, year: contractYearSchema, results: yearResultsSchema.optional() }),
  simulate: z.strictObject({ contract: contractSchema, resultsByYear: resultsByYearSchema.optional() }),
} as const;
