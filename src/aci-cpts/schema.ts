/**
 * The public inputs of the ACI CPTS scheme: zod schemas built with the core field builders, the named
 * input interfaces a caller writes (with the same descriptions), and `INPUT_SCHEMAS`, the schema of each
 * public function's input (the package's JSON Schemas are generated from it).
 *
 * A contract (*contrat tripartite* CPTS–CPAM–ARS, contrat type of the ACI 2019) holds: its signature
 * date, the population covered, the missions with their start dates and the indicators (*indicateurs*)
 * with their payout steps written in the contract, optionally the envelopes written in the signed
 * contract (required for every size but 3), later amendments (*avenants au contrat*: a new population
 * or new envelopes from a contract year) and parameter overrides. Each year's results say which
 * indicators were reached and whether the ARS recognised a *crise sanitaire grave*.
 *
 * Every leaf's error message is the expectation shown to the caller, and every number has a bound that no
 * real case reaches (a population of at most {@link MAX_POPULATION} inhabitants, an amount of at most
 * {@link MAX_EURO} €), so that a typing error is an error and not an absurd result. Cross-field rules that
 * need no legal figure (a mission starting before the signature, a step function that does not increase,
 * two indicators with the same id) are checked here; those that need one (a mission the text does not
 * provide yet, a year beyond the contract's length, an envelope above the size maximum) are checked by
 * `contract.ts` and the rules.
 */
import { z } from 'zod';
import type { Decimal } from 'decimal.js';
import { expectation } from '../core/errors.js';
import { FR, wholeIn, type Label } from '../core/format.js';
import { bool, euroAmount, isoDate, nonNegativeDecimal, oneOf, overridesField, wholeBetween, wholeCount } from '../core/validation.js';
import type { Overrides } from '../core/parameters.js';
import { MAX_CONTRACT_YEARS, MAX_POPULATION, MISSION_IDS, type CptsParameterId, type MissionId } from './parameters.js';

export { MISSION_IDS, type MissionId } from './parameters.js';

/**
 * The largest amount in euros an input may hold (an envelope, an indicator's amount): ten million euros,
 * far above any CPTS envelope (the largest published yearly maximum, for a whole size-4 CPTS, is under
 * one million). Not a legal figure: a bound of the library.
 */
export const MAX_EURO = '10000000';

/** The largest result an indicator may report (a count of patients, a rate in percent, a number of actions). */
const MAX_RESULT = '1000000000';

const MISSION_EXPECTATION: Label = {
  en: `one of ${MISSION_IDS.map((m) => JSON.stringify(m)).join(', ')}`,
  fr: `l’une des missions ${MISSION_IDS.map((m) => JSON.stringify(m)).join(', ')}`,
};
const INDICATOR_ID = /^[A-Za-z0-9][A-Za-z0-9._-]{0,99}$/;
const INDICATOR_ID_EXPECTATION = expectation({
  en: 'an indicator id of at most 100 letters, digits, ".", "_" or "-", such as "acces.ald-sans-mt"',
  fr: 'un identifiant d’indicateur de 100 caractères au plus (lettres, chiffres, « . », « _ » ou « - »), par exemple "acces.ald-sans-mt"',
});
const TEXT_MAX = 1000;
const EURO_EXPECTATION: Label = {
  en: `in euros from 0 to ${wholeIn('en', MAX_EURO)} with at most 2 decimals, such as "12500.50"`,
  fr: `en euros de 0 à ${wholeIn('fr', MAX_EURO)} avec au plus 2 décimales, par exemple "12500.50"`,
};
const POPULATION_EXPECTATION: Label = {
  en: `a whole number of inhabitants from 0 to ${wholeIn('en', MAX_POPULATION)}`,
  fr: `un nombre entier d’habitants de 0 à ${wholeIn('fr', MAX_POPULATION)}`,
};
const YEAR_LIST_MAX = MAX_CONTRACT_YEARS;

/** A free text of at most `TEXT_MAX` characters. */
function text(what: Label) {
  const expected = expectation({ en: `${what.en}, at most ${TEXT_MAX} characters`, fr: `${what.fr}, de ${wholeIn('fr', TEXT_MAX)} caractères au plus` });
  return z.string({ error: expected }).max(TEXT_MAX, { error: expected });
}

/** An amount in euros: `what`, then the bounds and format of {@link EURO_EXPECTATION}. */
function euroWhat(what: Label): Label {
  return { en: `${what.en}, ${EURO_EXPECTATION.en}`, fr: `${what.fr}, ${EURO_EXPECTATION.fr}` };
}

/** The zod `error` of an object: its French and English expectation, registered. */
const objectError = (en: string, fr: string) => ({ error: expectation({ en, fr }) });

// ---------------------------------------------------------------------------------------------------
// Indicators
// ---------------------------------------------------------------------------------------------------

const D = {
  threshold: '*Palier* (step threshold): the result that reaches this step, a number ≥ 0 in the indicator’s own unit (patients, percent, actions), e.g. 69.7.',
  stepAmount: 'Amount paid when this step is reached, in euros (whole cents), e.g. "2500".',
  indicatorId: 'Id of the indicator (*indicateur*) in the contract, unique in the contract, e.g. "acces.ald-sans-mt".',
  indicatorLabel: 'What the indicator measures, as the contract words it, e.g. "Patients en ALD sans médecin traitant".',
  kind: '"all-or-nothing" (*tout ou rien*: a result true or false) or "steps" (*paliers*: a numeric result and payout steps).',
  indicatorAmount: 'All-or-nothing indicator: amount paid when it is reached, in euros (whole cents), e.g. "5000".',
  direction: 'Step indicator: "at-least" when a higher result is better (a screening rate), "at-most" when a lower one is (patients without médecin traitant). Default "at-least".',
  steps: 'Step indicator: its payout steps (*paliers*) from the easiest to the hardest, each paying strictly more, e.g. [{ "threshold": 69.7, "amount": "1000" }].',
  years: 'Contract years in which the indicator applies (default: every year), e.g. [4, 5].',
  mission: 'The mission (*mission*): "acces", "parcours", "prevention", "crise" (avenant 2), "qualite" or "accompagnement".',
  start: '*Date de démarrage* of the mission written in the contract (ISO date, on or after the signature, before the contract’s end; for the crisis mission, on or after the date it takes effect, cpts.crise.effective-date), e.g. "2022-10-15".',
  indicators: 'The mission’s indicators (*indicateurs*) with their payouts, as the contract writes them (none for the crisis mission).',
  fixed: '*Part fixe*: the mission’s yearly fixed envelope written in the contract, in euros, e.g. "90000".',
  variable: '*Part variable*: the most the mission’s variable part pays in a year, in euros, e.g. "35000".',
  planWriting: 'Crisis mission: amount for writing the crisis plan (*rédaction du plan*) in the mission’s first year, in euros, e.g. "45000".',
  update: 'Crisis mission: yearly amount for updating the plan (*mise à jour*) in later years, in euros (default: cpts.crise.update-ratio × planWriting), e.g. "22500".',
  crisisBlock: 'Crisis mission: amount paid in a year when the ARS recognises a *crise sanitaire grave*, in euros, e.g. "67500".',
  fonctionnement: '*Fonctionnement*: the yearly operating amount written in the contract, in euros (default: the size’s figure), e.g. "75000".',
  envelopes: 'The envelopes (*enveloppes*) written in the signed contract; a mission left out takes the library’s defaults (size 3 under avenant 2 only).',
  fromYear: 'Contract year (2 or later) from which the amendment (*avenant au contrat*) applies, e.g. 4.',
  amendmentPopulation: 'The population covered from that year, in inhabitants, e.g. 76000.',
  amendmentEnvelopes: 'The envelopes from that year (an empty object: the library’s defaults).',
  name: 'Name of the CPTS, shown in tables, e.g. "CPTS du Val".',
  signedOn: 'Date of signature of the contract (*date de signature*, ISO date, a date the ACI CPTS is in force: see cpts.text), e.g. "2022-04-15".',
  population: '*Population couverte*: inhabitants of the CPTS’s territory as validated in its projet de santé, e.g. 91000.',
  missions: 'The missions the contract lists, each once, with their start dates and indicators.',
  amendments: 'Amendments to the contract (*avenants au contrat*) in increasing order of fromYear.',
  overrides: 'Parameter overrides keyed by parameter id, each a value or { value, source }, e.g. { "cpts.payment.prorata-unit": "months" }.',
  contract: 'The CPTS contract (*contrat tripartite* CPTS–CPAM–ARS), as in examples/aci-cpts/contract.json.',
  year: 'Contract year (*année du contrat*): 1 is the year starting at signature, up to the contract’s length, e.g. 5.',
  indicatorResults: 'The year’s result of each indicator, keyed by indicator id: true or false (all-or-nothing), or a number ≥ 0 (steps); an indicator left out counts as not reached.',
  crisisDeclared: 'True when the ARS recognised a *crise sanitaire grave* during the year (the crisis block is then paid), false otherwise.',
  results: 'The year’s results; without them every indicator counts as not reached and no crisis.',
  resultsByYear: 'The results of each contract year, keyed by year ("1", "2", …); a year left out counts every indicator as not reached and no crisis.',
  on: 'Date at which the size is read (ISO date, a date the ACI CPTS is in force: see cpts.text), e.g. "2024-01-01".',
  sizePopulation: '*Population couverte* in inhabitants, e.g. 91000.',
} as const;

const payoutStepSchema = z
  .strictObject(
    {
      threshold: nonNegativeDecimal(
        {
          en: `the result that reaches this step, a number from 0 to ${wholeIn('en', MAX_RESULT)} such as 69.7`,
          fr: `le résultat qui atteint ce palier, un nombre de 0 à ${wholeIn('fr', MAX_RESULT)}, par exemple 69.7`,
        },
        MAX_RESULT,
      ).describe(D.threshold),
      amount: euroAmount(euroWhat({ en: 'the amount paid when this step is reached', fr: 'le montant versé quand ce palier est atteint' }), MAX_EURO).describe(D.stepAmount),
    },
    objectError('a payout step { threshold, amount }', 'un palier { threshold, amount }'),
  )
  .describe('A payout step (*palier*) of a step indicator.');

const indicatorShape = z.strictObject(
  {
    id: z.string({ error: INDICATOR_ID_EXPECTATION }).regex(INDICATOR_ID, { error: INDICATOR_ID_EXPECTATION }).describe(D.indicatorId),
    label: text({ en: 'a text describing the indicator', fr: 'un texte décrivant l’indicateur' }).optional().describe(D.indicatorLabel),
    kind: oneOf(['all-or-nothing', 'steps'], {
      en: 'the kind of indicator: "all-or-nothing" (a result true or false) or "steps" (a numeric result and payout steps)',
      fr: 'le type d’indicateur : "all-or-nothing" (tout ou rien : un résultat true ou false) ou "steps" (par paliers : un résultat chiffré et des paliers de versement)',
    }).describe(D.kind),
    amount: euroAmount(euroWhat({ en: 'the amount paid when the indicator is reached', fr: 'le montant versé quand l’indicateur est atteint' }), MAX_EURO)
      .optional()
      .describe(D.indicatorAmount),
    direction: oneOf(['at-least', 'at-most'], {
      en: '"at-least" (a higher result is better) or "at-most" (a lower result is better)',
      fr: '"at-least" (plus le résultat est élevé, mieux c’est) ou "at-most" (plus il est bas, mieux c’est)',
    })
      .optional()
      .describe(D.direction),
    steps: z
      .array(payoutStepSchema, objectError('a list of payout steps { threshold, amount }', 'une liste de paliers { threshold, amount }'))
      .max(20, objectError('at most 20 payout steps', '20 paliers au plus'))
      .optional()
      .describe(D.steps),
    years: z
      .array(
        wholeBetween(1, MAX_CONTRACT_YEARS, { en: `a contract year from 1 to ${MAX_CONTRACT_YEARS}`, fr: `une année de contrat de 1 à ${MAX_CONTRACT_YEARS}` }),
        objectError('a list of contract years, such as [4, 5]', 'une liste d’années de contrat, par exemple [4, 5]'),
      )
      .min(1, objectError('at least one contract year', 'au moins une année de contrat'))
      .max(YEAR_LIST_MAX, objectError(`at most ${YEAR_LIST_MAX} contract years`, `${YEAR_LIST_MAX} années de contrat au plus`))
      .optional()
      .describe(D.years),
  },
  objectError(
    'an indicator such as { "id": "acces.ald-sans-mt", "kind": "all-or-nothing", "amount": "5000" }',
    'un indicateur tel que { "id": "acces.ald-sans-mt", "kind": "all-or-nothing", "amount": "5000" }',
  ),
);

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
      if (ind.amount === undefined) {
        ctx.addIssue({
          code: 'custom',
          path: ['amount'],
          input: undefined,
          message: expectation({
            en: 'the amount paid when the indicator is reached (all-or-nothing indicator)',
            fr: 'le montant versé quand l’indicateur est atteint (indicateur tout ou rien)',
          }),
        });
      }
      if (ind.steps !== undefined) {
        ctx.addIssue({
          code: 'custom',
          path: ['steps'],
          input: ind.steps,
          message: expectation({ en: 'no steps for an all-or-nothing indicator (use kind "steps")', fr: 'aucun palier pour un indicateur tout ou rien (pour des paliers, kind "steps")' }),
        });
      }
      if (ind.direction !== undefined) {
        ctx.addIssue({
          code: 'custom',
          path: ['direction'],
          input: ind.direction,
          message: expectation({ en: 'no direction for an all-or-nothing indicator', fr: 'aucune direction pour un indicateur tout ou rien' }),
        });
      }
      return;
    }
    if (ind.amount !== undefined) {
      ctx.addIssue({
        code: 'custom',
        path: ['amount'],
        input: ind.amount.toFixed(),
        message: expectation({
          en: 'no amount for a step indicator: each step has its own amount',
          fr: 'aucun montant pour un indicateur par paliers : chaque palier a son propre montant',
        }),
      });
    }
    if (ind.steps === undefined || ind.steps.length === 0) {
      ctx.addIssue({
        code: 'custom',
        path: ['steps'],
        input: ind.steps,
        message: expectation({
          en: 'at least one payout step { threshold, amount } for a step indicator',
          fr: 'au moins un palier { threshold, amount } pour un indicateur par paliers',
        }),
      });
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
          message: expectation({
            en: `a threshold ${direction === 'at-least' ? 'above' : 'below'} the previous step's ${prev.threshold.toFixed()} (steps go from the easiest to the hardest, direction "${direction}")`,
            fr: `un seuil ${direction === 'at-least' ? 'supérieur' : 'inférieur'} à celui du palier précédent, ${FR.num(prev.threshold)} (les paliers vont du plus facile au plus difficile, direction "${direction}")`,
          }),
        });
      }
      if (!cur.amount.greaterThan(prev.amount)) {
        ctx.addIssue({
          code: 'custom',
          path: ['steps', k, 'amount'],
          input: cur.amount.toFixed(),
          message: expectation({
            en: `an amount above the previous step's ${prev.amount.toFixed(2)} € (a step function must increase)`,
            fr: `un montant supérieur à celui du palier précédent, ${FR.euro(prev.amount)} (chaque palier paie plus que le précédent)`,
          }),
        });
      }
    }
  })
  .transform(
    (ind): Indicator =>
      ind.kind === 'all-or-nothing'
        ? { id: ind.id, label: ind.label, kind: 'all-or-nothing', amount: ind.amount!, years: ind.years }
        : { id: ind.id, label: ind.label, kind: 'steps', direction: ind.direction ?? 'at-least', steps: ind.steps!, years: ind.years },
  )
  .describe('An indicator (*indicateur*) of the contract with its payout: all-or-nothing or by steps.');

// ---------------------------------------------------------------------------------------------------
// Missions, envelopes, amendments, contract
// ---------------------------------------------------------------------------------------------------

/** A mission of the contract: which one, its start date (*date de démarrage*) and its indicators. */
export const missionSchema = z
  .strictObject(
    {
      mission: oneOf(MISSION_IDS, MISSION_EXPECTATION).describe(D.mission),
      start: isoDate().describe(D.start),
      indicators: z
        .array(indicatorSchema, objectError('a list of indicators', 'une liste d’indicateurs'))
        .max(200, objectError('at most 200 indicators for a mission', '200 indicateurs au plus pour une mission'))
        .default([])
        .describe(D.indicators),
    },
    objectError('a mission { mission, start, indicators? }', 'une mission { mission, start, indicators? }'),
  )
  .describe('A mission of the contract with its start date and indicators.');

const euro = (what: Label, description: string) => euroAmount(euroWhat(what), MAX_EURO).describe(description);

/** The fixed and variable envelopes of a mission, as written in the signed contract. */
export const missionEnvelopeSchema = z
  .strictObject(
    {
      fixed: euro({ en: 'the yearly fixed part (part fixe) of the mission', fr: 'la part fixe annuelle de la mission' }, D.fixed),
      variable: euro({ en: 'the maximum yearly variable part (part variable) of the mission', fr: 'la part variable annuelle maximale de la mission' }, D.variable),
    },
    objectError('the envelopes of a mission { fixed, variable }', 'les enveloppes d’une mission { fixed, variable }'),
  )
  .describe('The fixed and variable envelopes of a mission written in the contract.');

/** The envelopes of the crisis mission (*réponse aux crises sanitaires graves*), as written in the contract. */
export const crisisEnvelopeSchema = z
  .strictObject(
    {
      planWriting: euro(
        { en: 'the amount for writing the crisis plan in the mission’s first year', fr: 'le montant de la rédaction du plan de crise, la première année de la mission' },
        D.planWriting,
      ),
      update: euro(
        {
          en: 'the yearly amount for updating the plan in later years (default: cpts.crise.update-ratio × planWriting)',
          fr: 'le montant annuel de la mise à jour du plan les années suivantes (par défaut : cpts.crise.update-ratio × planWriting)',
        },
        D.update,
      ).optional(),
      crisisBlock: euro(
        { en: 'the amount paid in a year when the ARS recognises a crise sanitaire grave', fr: 'le montant versé une année où l’ARS reconnaît une crise sanitaire grave' },
        D.crisisBlock,
      ),
    },
    objectError('the envelopes of the crisis mission { planWriting, crisisBlock, update? }', 'les enveloppes de la mission de crise { planWriting, crisisBlock, update? }'),
  )
  .describe('The envelopes of the crisis mission written in the contract.');

/** The envelopes written in the signed contract; a mission left out falls back to the library's defaults (size 3 under avenant 2 only). */
export const envelopeSetSchema = z
  .strictObject(
    {
      fonctionnement: euro({ en: 'the yearly fonctionnement amount written in the contract', fr: 'le montant annuel de fonctionnement écrit au contrat' }, D.fonctionnement).optional(),
      acces: missionEnvelopeSchema.optional(),
      parcours: missionEnvelopeSchema.optional(),
      prevention: missionEnvelopeSchema.optional(),
      qualite: missionEnvelopeSchema.optional(),
      accompagnement: missionEnvelopeSchema.optional(),
      crise: crisisEnvelopeSchema.optional(),
    },
    objectError('the envelopes written in the contract, by mission: { fonctionnement?, acces?, … }', 'les enveloppes écrites au contrat, par mission : { fonctionnement?, acces?, … }'),
  )
  .describe(D.envelopes);

/** An amendment to the contract (*avenant au contrat*) taking effect from a contract year. */
export const amendmentSchema = z
  .strictObject(
    {
      fromYear: wholeBetween(2, MAX_CONTRACT_YEARS, {
        en: `the contract year (2 to ${MAX_CONTRACT_YEARS}) from which the amendment applies`,
        fr: `l’année de contrat (de 2 à ${MAX_CONTRACT_YEARS}) à partir de laquelle l’avenant s’applique`,
      }).describe(D.fromYear),
      population: wholeCount(POPULATION_EXPECTATION, MAX_POPULATION).optional().describe(D.amendmentPopulation),
      envelopes: envelopeSetSchema.optional().describe(D.amendmentEnvelopes),
    },
    objectError('an amendment { fromYear, population?, envelopes? }', 'un avenant { fromYear, population?, envelopes? }'),
  )
  .describe('An amendment to the contract (*avenant au contrat*) from a contract year.');

/** A CPTS contract. */
export const contractSchema = z
  .strictObject(
    {
      name: text({ en: 'a name for the CPTS', fr: 'un nom pour la CPTS' }).optional().describe(D.name),
      signedOn: isoDate().describe(D.signedOn),
      population: wholeCount(POPULATION_EXPECTATION, MAX_POPULATION).describe(D.population),
      missions: z
        .array(missionSchema, objectError('a list of missions { mission, start, indicators }', 'une liste de missions { mission, start, indicators }'))
        .max(MISSION_IDS.length, objectError(`at most ${MISSION_IDS.length} missions, each once`, `${MISSION_IDS.length} missions au plus, chacune une seule fois`))
        .describe(D.missions),
      envelopes: envelopeSetSchema.optional(),
      amendments: z
        .array(amendmentSchema, objectError('a list of amendments { fromYear, population?, envelopes? }', 'une liste d’avenants { fromYear, population?, envelopes? }'))
        .max(MAX_CONTRACT_YEARS, objectError(`at most ${MAX_CONTRACT_YEARS} amendments`, `${MAX_CONTRACT_YEARS} avenants au plus`))
        .optional()
        .describe(D.amendments),
      overrides: overridesField().describe(D.overrides),
    },
    objectError(
      'a CPTS contract { signedOn, population, missions, envelopes?, amendments?, overrides? }',
      'un contrat de CPTS { signedOn, population, missions, envelopes?, amendments?, overrides? }',
    ),
  )
  .superRefine((c, ctx) => {
    const seenMissions = new Map<string, number>();
    const seenIndicators = new Map<string, string>();
    c.missions.forEach((m, i) => {
      if (m.start < c.signedOn) {
        ctx.addIssue({
          code: 'custom',
          path: ['missions', i, 'start'],
          input: m.start,
          message: expectation({
            en: `a start date on or after the contract signature (${c.signedOn})`,
            fr: `une date de démarrage égale ou postérieure à la date de signature du contrat (${FR.date(c.signedOn)})`,
          }),
        });
      }
      const before = seenMissions.get(m.mission);
      if (before !== undefined) {
        ctx.addIssue({
          code: 'custom',
          path: ['missions', i, 'mission'],
          input: m.mission,
          message: expectation({
            en: `a mission not already listed (missions[${before}] is "${m.mission}")`,
            fr: `une mission qui ne figure pas déjà dans la liste (missions[${before}] est déjà "${m.mission}")`,
          }),
        });
      } else seenMissions.set(m.mission, i);
      if (m.mission === 'crise' && m.indicators.length > 0) {
        ctx.addIssue({
          code: 'custom',
          path: ['missions', i, 'indicators'],
          input: m.indicators.map((ind) => ind.id),
          message: expectation({
            en: 'no indicators for the crisis mission: it has a fixed part (plan, yearly update) and a block paid when the ARS recognises a crisis',
            fr: 'aucun indicateur pour la mission de réponse aux crises sanitaires graves : elle a une part fixe (plan, mise à jour annuelle) et un montant versé quand l’ARS reconnaît une crise',
          }),
        });
      }
      m.indicators.forEach((ind, j) => {
        const where = `missions[${i}].indicators[${j}]`;
        const first = seenIndicators.get(ind.id);
        if (first !== undefined) {
          ctx.addIssue({
            code: 'custom',
            path: ['missions', i, 'indicators', j, 'id'],
            input: ind.id,
            message: expectation({
              en: `an indicator id used once in the contract (${first} already uses "${ind.id}")`,
              fr: `un identifiant d’indicateur employé une seule fois dans le contrat (${first} emploie déjà "${ind.id}")`,
            }),
          });
        } else seenIndicators.set(ind.id, where);
      });
    });
    let lastYear = 1;
    (c.amendments ?? []).forEach((a, k) => {
      if (a.fromYear <= lastYear) {
        ctx.addIssue({
          code: 'custom',
          path: ['amendments', k, 'fromYear'],
          input: a.fromYear,
          message: expectation({
            en: `a contract year after ${lastYear} (amendments in increasing order of fromYear, from year 2)`,
            fr: `une année de contrat postérieure à ${lastYear} (les avenants dans l’ordre croissant de fromYear, à partir de l’année 2)`,
          }),
        });
      }
      lastYear = Math.max(lastYear, a.fromYear);
    });
  })
  .describe(D.contract);

// ---------------------------------------------------------------------------------------------------
// Results
// ---------------------------------------------------------------------------------------------------

/** A contract year: 1 for the year starting at signature. */
export const contractYearSchema = wholeBetween(1, MAX_CONTRACT_YEARS, {
  en: `a contract year: a whole number from 1 to ${MAX_CONTRACT_YEARS} (1 is the year starting at signature)`,
  fr: `une année de contrat : un nombre entier de 1 à ${MAX_CONTRACT_YEARS} (1 est l’année qui commence à la signature)`,
}).describe(D.year);

const RESULT_EXPECTATION = expectation({
  en: `true or false for an all-or-nothing indicator, or a number from 0 to ${wholeIn('en', MAX_RESULT)} for a step indicator`,
  fr: `true ou false pour un indicateur tout ou rien, ou un nombre de 0 à ${wholeIn('fr', MAX_RESULT)} pour un indicateur par paliers`,
});

/** The results of a contract year. */
export const yearResultsSchema = z
  .strictObject(
    {
      indicators: z
        .record(
          z.string(),
          z.union([bool(), nonNegativeDecimal(RESULT_EXPECTATION, MAX_RESULT)], { error: RESULT_EXPECTATION }),
          objectError('an object keyed by indicator id', 'un objet dont les clés sont des identifiants d’indicateurs'),
        )
        .optional()
        .describe(D.indicatorResults),
      crisisDeclared: bool({
        en: 'true when the ARS recognised a crise sanitaire grave during the year, false otherwise',
        fr: 'true si l’ARS a reconnu une crise sanitaire grave dans l’année, false sinon',
      })
        .optional()
        .describe(D.crisisDeclared),
    },
    objectError('the year’s results { indicators, crisisDeclared }', 'les résultats de l’année { indicators, crisisDeclared }'),
  )
  .describe('The results of a contract year.');

/** Results keyed by contract year (`"1"`, `"2"`, …). */
export const resultsByYearSchema = z
  .record(
    z.string(),
    yearResultsSchema,
    objectError('an object keyed by contract year ("1", "2", …), each value the year’s results', 'un objet dont les clés sont les années de contrat ("1", "2", …), chaque valeur les résultats de l’année'),
  )
  .superRefine((r, ctx) => {
    for (const key of Object.keys(r)) {
      if (!/^[1-9]\d?$/.test(key)) {
        ctx.addIssue({
          code: 'custom',
          path: [key],
          input: key,
          message: expectation({ en: `a contract year (1 to ${MAX_CONTRACT_YEARS}) as the key`, fr: `une année de contrat (de 1 à ${MAX_CONTRACT_YEARS}) comme clé` }),
        });
      }
    }
  })
  .describe(D.resultsByYear);

// ---------------------------------------------------------------------------------------------------
// Inputs of the public functions
// ---------------------------------------------------------------------------------------------------

/** What `sizeClass` takes. */
export const sizeClassSchema = z
  .strictObject(
    {
      population: wholeCount(POPULATION_EXPECTATION, MAX_POPULATION).describe(D.sizePopulation),
      on: isoDate().describe(D.on),
      overrides: overridesField().describe(D.overrides),
    },
    objectError('an object such as { "population": 91000, "on": "2024-01-01" }', 'un objet tel que { "population": 91000, "on": "2024-01-01" }'),
  )
  .describe('The population covered by a CPTS and the date its size is read.');

/** What `yearlyFunding` takes. */
export const yearlyFundingSchema = z
  .strictObject(
    {
      contract: contractSchema,
      year: contractYearSchema,
      results: yearResultsSchema.optional().describe(D.results),
    },
    objectError('an object { contract, year, results? }', 'un objet { contract, year, results? }'),
  )
  .describe('A CPTS contract, a contract year and that year’s results.');

/** What `simulate` takes (and each item of `simulateMany`). */
export const simulateSchema = z
  .strictObject(
    {
      contract: contractSchema,
      resultsByYear: resultsByYearSchema.optional(),
    },
    objectError('an object { contract, resultsByYear? }', 'un objet { contract, resultsByYear? }'),
  )
  .describe('A CPTS contract and the results of its years.');

/**
 * The zod schema of each public function's input, by function name (the package's JSON Schemas,
 * `exercice-coordonne/schemas/aci-cpts/<name>.json`, are generated from it).
 */
export const INPUT_SCHEMAS = {
  sizeClass: sizeClassSchema,
  missionDeadlines: contractSchema,
  yearlyFunding: yearlyFundingSchema,
  simulate: simulateSchema,
} as const;

// ---------------------------------------------------------------------------------------------------
// Input interfaces (kept in agreement with the schemas by test/aci-cpts/types.test.ts)
// ---------------------------------------------------------------------------------------------------

/** An amount in euros as the caller writes it: a decimal string (preferred, `"12500.50"`), a number or a Decimal. */
export type EuroInput = string | number | Decimal;

/** A decimal quantity as the caller writes it: a number, a decimal string or a Decimal. */
export type DecimalInput = string | number | Decimal;

/** Parameter overrides keyed by parameter id (see `PARAMETERS` and docs/aci-cpts.md). */
export type CptsOverrides = Overrides<CptsParameterId>;

/** A payout step (*palier*) of a step indicator. */
export interface PayoutStepInput {
  /** *Palier* (step threshold): the result that reaches this step, a number ≥ 0 in the indicator’s own unit (patients, percent, actions), e.g. 69.7. */
  readonly threshold: DecimalInput;
  /** Amount paid when this step is reached, in euros (whole cents), e.g. "2500". */
  readonly amount: EuroInput;
}

/** An indicator (*indicateur*) of the contract with its payout: all-or-nothing or by steps. */
export interface IndicatorInput {
  /** Id of the indicator (*indicateur*) in the contract, unique in the contract, e.g. "acces.ald-sans-mt". */
  readonly id: string;
  /** What the indicator measures, as the contract words it, e.g. "Patients en ALD sans médecin traitant". */
  readonly label?: string | undefined;
  /** "all-or-nothing" (*tout ou rien*: a result true or false) or "steps" (*paliers*: a numeric result and payout steps). */
  readonly kind: 'all-or-nothing' | 'steps';
  /** All-or-nothing indicator: amount paid when it is reached, in euros (whole cents), e.g. "5000". */
  readonly amount?: EuroInput | undefined;
  /** Step indicator: "at-least" when a higher result is better (a screening rate), "at-most" when a lower one is (patients without médecin traitant). Default "at-least". */
  readonly direction?: 'at-least' | 'at-most' | undefined;
  /** Step indicator: its payout steps (*paliers*) from the easiest to the hardest, each paying strictly more, e.g. [{ "threshold": 69.7, "amount": "1000" }]. */
  readonly steps?: readonly PayoutStepInput[] | undefined;
  /** Contract years in which the indicator applies (default: every year), e.g. [4, 5]. */
  readonly years?: readonly number[] | undefined;
}

/** A mission of the contract with its start date and indicators. */
export interface MissionInput {
  /** The mission (*mission*): "acces", "parcours", "prevention", "crise" (avenant 2), "qualite" or "accompagnement". */
  readonly mission: MissionId;
  /** *Date de démarrage* of the mission written in the contract (ISO date, on or after the signature, before the contract’s end; for the crisis mission, on or after the date it takes effect, cpts.crise.effective-date), e.g. "2022-10-15". */
  readonly start: string;
  /** The mission’s indicators (*indicateurs*) with their payouts, as the contract writes them (none for the crisis mission). */
  readonly indicators?: readonly IndicatorInput[] | undefined;
}

/** The fixed and variable envelopes of a mission written in the contract. */
export interface MissionEnvelopeInput {
  /** *Part fixe*: the mission’s yearly fixed envelope written in the contract, in euros, e.g. "90000". */
  readonly fixed: EuroInput;
  /** *Part variable*: the most the mission’s variable part pays in a year, in euros, e.g. "35000". */
  readonly variable: EuroInput;
}

/** The envelopes of the crisis mission written in the contract. */
export interface CrisisEnvelopeInput {
  /** Crisis mission: amount for writing the crisis plan (*rédaction du plan*) in the mission’s first year, in euros, e.g. "45000". */
  readonly planWriting: EuroInput;
  /** Crisis mission: yearly amount for updating the plan (*mise à jour*) in later years, in euros (default: cpts.crise.update-ratio × planWriting), e.g. "22500". */
  readonly update?: EuroInput | undefined;
  /** Crisis mission: amount paid in a year when the ARS recognises a *crise sanitaire grave*, in euros, e.g. "67500". */
  readonly crisisBlock: EuroInput;
}

/** The envelopes (*enveloppes*) written in the signed contract; a mission left out takes the library’s defaults (size 3 under avenant 2 only). */
export interface EnvelopeSetInput {
  /** *Fonctionnement*: the yearly operating amount written in the contract, in euros (default: the size’s figure), e.g. "75000". */
  readonly fonctionnement?: EuroInput | undefined;
  /** *Accès aux soins*. */
  readonly acces?: MissionEnvelopeInput | undefined;
  /** *Parcours pluriprofessionnels*. */
  readonly parcours?: MissionEnvelopeInput | undefined;
  /** *Prévention*. */
  readonly prevention?: MissionEnvelopeInput | undefined;
  /** *Qualité et pertinence des soins*. */
  readonly qualite?: MissionEnvelopeInput | undefined;
  /** *Accompagnement des professionnels de santé*. */
  readonly accompagnement?: MissionEnvelopeInput | undefined;
  /** *Réponse aux crises sanitaires graves*. */
  readonly crise?: CrisisEnvelopeInput | undefined;
}

/** An amendment to the contract (*avenant au contrat*) from a contract year. */
export interface AmendmentInput {
  /** Contract year (2 or later) from which the amendment (*avenant au contrat*) applies, e.g. 4. */
  readonly fromYear: number;
  /** The population covered from that year, in inhabitants, e.g. 76000. */
  readonly population?: number | undefined;
  /** The envelopes from that year (an empty object: the library’s defaults). */
  readonly envelopes?: EnvelopeSetInput | undefined;
}

/** The CPTS contract (*contrat tripartite* CPTS–CPAM–ARS), as in examples/aci-cpts/contract.json. */
export interface ContractInput {
  /** Name of the CPTS, shown in tables, e.g. "CPTS du Val". */
  readonly name?: string | undefined;
  /** Date of signature of the contract (*date de signature*, ISO date, a date the ACI CPTS is in force: see cpts.text), e.g. "2022-04-15". */
  readonly signedOn: string;
  /** *Population couverte*: inhabitants of the CPTS’s territory as validated in its projet de santé, e.g. 91000. */
  readonly population: number;
  /** The missions the contract lists, each once, with their start dates and indicators. */
  readonly missions: readonly MissionInput[];
  /** The envelopes (*enveloppes*) written in the signed contract; a mission left out takes the library’s defaults (size 3 under avenant 2 only). */
  readonly envelopes?: EnvelopeSetInput | undefined;
  /** Amendments to the contract (*avenants au contrat*) in increasing order of fromYear. */
  readonly amendments?: readonly AmendmentInput[] | undefined;
  /** Parameter overrides keyed by parameter id, each a value or { value, source }, e.g. { "cpts.payment.prorata-unit": "months" }. */
  readonly overrides?: CptsOverrides | undefined;
}

/** The results of a contract year. */
export interface YearResultsInput {
  /** The year’s result of each indicator, keyed by indicator id: true or false (all-or-nothing), or a number ≥ 0 (steps); an indicator left out counts as not reached. */
  readonly indicators?: Readonly<Record<string, IndicatorOutcomeInput>> | undefined;
  /** True when the ARS recognised a *crise sanitaire grave* during the year (the crisis block is then paid), false otherwise. */
  readonly crisisDeclared?: boolean | undefined;
}

/** The year's result of one indicator as the caller writes it: reached or not, or a measured value. */
export type IndicatorOutcomeInput = boolean | DecimalInput;

/** The results of each contract year, keyed by year ("1", "2", …); a year left out counts every indicator as not reached and no crisis. */
export type ResultsByYearInput = Readonly<Record<string | number, YearResultsInput>>;

/** What `sizeClass` takes: the population covered by a CPTS and the date its size is read. */
export interface SizeClassInput {
  /** *Population couverte* in inhabitants, e.g. 91000. */
  readonly population: number;
  /** Date at which the size is read (ISO date, a date the ACI CPTS is in force: see cpts.text), e.g. "2024-01-01". */
  readonly on: string;
  /** Parameter overrides keyed by parameter id, each a value or { value, source }, e.g. { "cpts.size.at-threshold.1-2": "lower" }. */
  readonly overrides?: CptsOverrides | undefined;
}

/** What `missionDeadlines` takes: the contract. */
export type MissionDeadlinesInput = ContractInput;

/** What `yearlyFunding` takes: a contract, a contract year and that year's results. */
export interface YearlyFundingInput {
  /** The CPTS contract (*contrat tripartite* CPTS–CPAM–ARS), as in examples/aci-cpts/contract.json. */
  readonly contract: ContractInput;
  /** Contract year (*année du contrat*): 1 is the year starting at signature, up to the contract’s length, e.g. 5. */
  readonly year: number;
  /** The year’s results; without them every indicator counts as not reached and no crisis. */
  readonly results?: YearResultsInput | undefined;
}

/** What `simulate` takes (and each item of `simulateMany`): a contract and the results of its years. */
export interface SimulateInput {
  /** The CPTS contract (*contrat tripartite* CPTS–CPAM–ARS), as in examples/aci-cpts/contract.json. */
  readonly contract: ContractInput;
  /** The results of each contract year, keyed by year ("1", "2", …); a year left out counts every indicator as not reached and no crisis. */
  readonly resultsByYear?: ResultsByYearInput | undefined;
}

// ---------------------------------------------------------------------------------------------------
// Parsed forms (internal to the scheme's rules)
// ---------------------------------------------------------------------------------------------------

/** A contract, parsed. */
export type Contract = z.output<typeof contractSchema>;
/** A mission of a contract, parsed. */
export type Mission = z.output<typeof missionSchema>;
/** The envelopes of a contract, parsed. */
export type EnvelopeSet = z.output<typeof envelopeSetSchema>;
/** One year's results, parsed. */
export type YearResults = z.output<typeof yearResultsSchema>;
/** The year's result of one indicator, parsed: reached or not (all-or-nothing), or a measured value (steps). */
export type IndicatorOutcome = boolean | Decimal;
