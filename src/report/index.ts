/**
 * Contract reports: one self-contained HTML document (inline CSS and SVG, no script, no external
 * resource), in French by default, for one result of any scheme — what a CPAM agent, a coordinator or a
 * doctor can read, print on A4 or open on a phone without knowing the library.
 *
 * ```ts
 * import { assistantMedical } from 'exercice-coordonne';
 * import { contractReport } from 'exercice-coordonne/report';
 * const html = contractReport(assistantMedical.simulate(contract), { title: 'Dr Martin' });
 * ```
 *
 * The report adds nothing up itself: its tables are the scheme's `summaryRows` formatted by core
 * `formatCell`, its totals come from core `totalsOf` or from the result, its payments and explanation are
 * the result's own.
 *
 * @packageDocumentation
 */
import type { Decimal } from 'decimal.js';
import type { CollectiveEligibility } from '../assistant-medical/collective-eligibility.js';
import type { CollectiveSimulation, CollectiveYearlyAid } from '../assistant-medical/collective-simulate.js';
import type { Eligibility } from '../assistant-medical/eligibility.js';
import type { Simulation as AmSimulation, YearlyAid } from '../assistant-medical/simulate.js';
import type { MspYearResult, Simulation as MspSimulation } from '../aci-msp/simulate.js';
import type { Simulation as CptsSimulation, YearlyFunding } from '../aci-cpts/simulate.js';
import { invalid } from '../core/errors.js';
import type { Explanation } from '../core/explain.js';
import type { Label, Lang } from '../core/format.js';
import type { Status } from '../core/parameters.js';
import { resultKind, type Payment } from '../core/result.js';
import { assistantMedicalBody, assistantMedicalTitle } from './assistant-medical.js';
import { collectiveBody, collectiveTitle } from './assistant-medical-collective.js';
import { mspBody, mspTitle } from './aci-msp.js';
import { cptsBody, cptsTitle } from './aci-cpts.js';
import { documentOf } from './parts.js';

/**
 * A result a report is made of: one of `assistantMedical.simulate` / `yearlyAid`, `assistantMedical.collective.simulate` /
 * `yearlyAid`, `aciMsp.simulate` /
 * `yearlyRemuneration`, `aciCpts.simulate` / `yearlyFunding` (recognised at run time, see {@link reportKind}).
 * Typed by what every such result has, so that the reports' declarations do not carry the schemes'.
 */
export interface ReportableResult {
  readonly payments: readonly Payment[];
  readonly explanation: Explanation;
}

/** The eligibility check of an assistant-médical contract, as `assistantMedical.checkEligibility` returns it. */
export interface ReportEligibility {
  readonly eligible: boolean;
  readonly certain: boolean;
  readonly regime: string;
  readonly reasons: readonly {
    readonly criterion: string;
    readonly outcome: 'met' | 'not-met' | 'to-check';
    readonly label: Label;
    readonly status: Status | 'caller';
  }[];
}

/** The eligibility check of a group to the collective contract, as `assistantMedical.collective.checkEligibility` returns it. */
export interface ReportCollectiveEligibility {
  readonly eligible: boolean;
  readonly certain: boolean;
  readonly regime: string;
  readonly criteria: readonly {
    readonly criterion: string;
    readonly outcome: 'met' | 'not-met' | 'to-check';
    readonly label: Label;
    readonly status: Status | 'caller';
  }[];
  /** The adhering doctors' average médecin-traitant patientèle, shown when given. */
  readonly averageMedecinTraitant?: Decimal;
}

/** What a result is, for a report: its scheme and whether it is one year or a whole contract. */
export type ReportKind =
  | 'assistant-medical.year'
  | 'assistant-medical.contract'
  | 'assistant-medical.collective.year'
  | 'assistant-medical.collective.contract'
  | 'aci-msp.year'
  | 'aci-msp.contract'
  | 'aci-cpts.year'
  | 'aci-cpts.contract';

/** Options of a report. */
export interface ReportOptions {
  /** The report's title (its `<title>` and heading), e.g. the contract's name; a title made from the result by default. */
  readonly title?: string;
  /** The language of the report: `fr` (default) or `en`. */
  readonly lang?: Lang;
  /**
   * Assistant médical only: the result of `checkEligibility` for the contract, or, for a collective contract,
   * of `collective.checkEligibility` for the group, shown in the report.
   */
  readonly eligibility?: ReportEligibility | ReportCollectiveEligibility;
}

/** The kinds of result a report is made of (core `resultKind`). */
const REPORTABLE: ReadonlySet<string> = new Set<ReportKind>([
  'assistant-medical.year',
  'assistant-medical.contract',
  'assistant-medical.collective.year',
  'assistant-medical.collective.contract',
  'aci-msp.year',
  'aci-msp.contract',
  'aci-cpts.year',
  'aci-cpts.contract',
]);

/**
 * What a result is, or `undefined` for anything else (a copy of a result, a result no report is made of):
 * the result's kind (core `resultKind`), which holds for a result made by either build of the package
 * (ESM or CommonJS) and any of its entry points.
 */
export function reportKind(result: unknown): ReportKind | undefined {
  const kind = resultKind(result);
  return kind !== undefined && REPORTABLE.has(kind) ? (kind as ReportKind) : undefined;
}

const EXPECTED: Label = {
  en: 'a result of assistantMedical.simulate or yearlyAid, assistantMedical.collective.simulate or yearlyAid, aciMsp.simulate or yearlyRemuneration, aciCpts.simulate or yearlyFunding',
  fr: 'un résultat de assistantMedical.simulate ou yearlyAid, de assistantMedical.collective.simulate ou yearlyAid, de aciMsp.simulate ou yearlyRemuneration, ou de aciCpts.simulate ou yearlyFunding',
};

/**
 * The report of one result, as one self-contained HTML document in French (`lang: 'en'` for English):
 *
 * - assistant médical (`simulate`, `yearlyAid`): the text and, when given, the eligibility, the objective,
 *   the years (period, maximum, amount, achievement) with a chart of the maximum and the amount per year,
 *   the payment timeline and the explanation of each year with its sources;
 * - assistant médical, collective contract (`collective.simulate`, `collective.yearlyAid`): the same, with
 *   the group's eligibility when given, the ETP funded and their ceiling, and the two parts of the collective
 *   objective (médecin traitant, file active);
 * - ACI MSP (`yearlyRemuneration`, `simulate`): the points per indicator (fixed, variable), the total in
 *   euros, the advance and the balance with their dates;
 * - ACI CPTS (`simulate`, `yearlyFunding`): the parts of each year (fonctionnement, each mission's fixed
 *   and variable parts) as a stacked chart, the advances and balances with their dates.
 *
 * Unverified figures and assumptions are marked wherever they show. Anything that is not such a result,
 * or an option that is not valid, raises the library's `invalid-input` error.
 *
 * @example
 * writeFileSync('rapport.html', contractReport(aciCpts.simulate(input), { title: 'CPTS du Val' }));
 */
export function contractReport(result: ReportableResult, options: ReportOptions = {}): string {
  if (typeof options !== 'object' || options === null) invalid(['options'], options, { en: 'an object { title?, lang?, eligibility? }', fr: 'un objet { title?, lang?, eligibility? }' });
  const lang = options.lang ?? 'fr';
  if (lang !== 'fr' && lang !== 'en') invalid(['options', 'lang'], lang, { en: '"fr" or "en"', fr: '"fr" (français) ou "en" (anglais)' });
  if (options.title !== undefined && typeof options.title !== 'string') invalid(['options', 'title'], options.title, { en: 'a string', fr: 'un texte (une chaîne de caractères)' });
  const kind = reportKind(result);
  if (kind === undefined) return invalid(['result'], result, EXPECTED);
  if (options.eligibility !== undefined) {
    if (!kind.startsWith('assistant-medical.')) invalid(['options', 'eligibility'], options.eligibility, {
        en: 'no eligibility: it belongs to an assistant-médical report',
        fr: 'aucune éligibilité : elle n’a sa place que dans le rapport d’un contrat d’assistant médical',
      });
    const e = options.eligibility as Partial<ReportEligibility & ReportCollectiveEligibility> | null;
    const collective = kind.startsWith('assistant-medical.collective.');
    if (typeof e !== 'object' || e === null || typeof e.eligible !== 'boolean' || !Array.isArray(collective ? e.criteria : e.reasons)) {
      invalid(
        ['options', 'eligibility'],
        options.eligibility,
        collective
          ? { en: 'a result of assistantMedical.collective.checkEligibility', fr: 'un résultat de assistantMedical.collective.checkEligibility' }
          : { en: 'a result of assistantMedical.checkEligibility', fr: 'un résultat de assistantMedical.checkEligibility' },
      );
    }
  }
  const single = kind.endsWith('.year');
  switch (kind) {
    case 'assistant-medical.year':
    case 'assistant-medical.contract': {
      const r = result as unknown as AmSimulation | YearlyAid;
      const title = options.title ?? assistantMedicalTitle(r, single, lang);
      return documentOf(title, lang, assistantMedicalBody(r, single, lang, title, options.eligibility as Eligibility | undefined));
    }
    case 'assistant-medical.collective.year':
    case 'assistant-medical.collective.contract': {
      const r = result as unknown as CollectiveSimulation | CollectiveYearlyAid;
      const title = options.title ?? collectiveTitle(r, single, lang);
      return documentOf(title, lang, collectiveBody(r, single, lang, title, options.eligibility as CollectiveEligibility | undefined));
    }
    case 'aci-msp.year':
    case 'aci-msp.contract': {
      const r = result as unknown as MspYearResult | MspSimulation;
      const title = options.title ?? mspTitle(r, single, lang);
      return documentOf(title, lang, mspBody(r, single, lang, title));
    }
    default: {
      const r = result as unknown as CptsSimulation | YearlyFunding;
      const title = options.title ?? cptsTitle(r, single, lang);
      return documentOf(title, lang, cptsBody(r, single, lang, title));
    }
  }
}
