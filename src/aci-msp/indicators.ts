/**
 * The indicators of the ACI MSP: what each one pays, from what the structure achieved in the year.
 *
 * One definition per indicator id: its axis, its type, the figures it reads (listed for the catalogue),
 * its rule in plain words (with the figures in force) and its computation. Fixed points are paid in
 * full when the indicator is met; variable points are « proratisés à la patientèle »: points × P / the
 * reference patientèle (`msp.reference-patientele`, linear both ways), P being the patientèle de
 * référence; the information system counts associated professionals instead (Cnam guide, Avenant 1).
 *
 * The parameters of an indicator are named `msp.<short name>.*` (`msp.horaires.*` for
 * `horaires-ouverture-snp`, `msp.protocoles-nationaux-cooperation.*` for `protocoles-nationaux-cooperation`…), the step that explains
 * it `msp.indicator.<indicator id>`.
 */
import type { Decimal } from 'decimal.js';
import { invalid } from '../core/errors.js';
import { step, type LazyStep, type StepValue } from '../core/explain.js';
import { FR, label, type Formatter, type Label } from '../core/format.js';
import { Dec, max as maxOf, min as minOf, sum } from '../core/money.js';
import type { NumericUnit, Parameter, ParameterReader, Reading, Resolved, RuleReading } from '../core/parameters.js';
import { Result, once, RESULT_KIND } from '../core/result.js';
import { unitsToYearEnd, type YearFacts } from './contract.js';
import * as P from './parameters.js';
import { RULES, type IndicatorId, type IndicatorType } from './parameters.js';
import type { MspAchievements } from './schema.js';

/** The three axes of the accord. */
export type Axis = 'acces-aux-soins' | 'travail-en-equipe-coordination' | 'systeme-information';

/** The axes, as the accord names them. */
export const AXIS_LABELS: Record<Axis, Label> = {
  'acces-aux-soins': { fr: 'Accès aux soins', en: 'Access to care' },
  'travail-en-equipe-coordination': { fr: 'Travail en équipe et coordination', en: 'Teamwork and coordination' },
  'systeme-information': { fr: 'Système d’information', en: 'Information system' },
};

/** The types of indicator, as the accord names them. */
export const TYPE_LABELS: Record<IndicatorType, Label> = {
  'socle-prerequis': { fr: 'socle prérequis', en: 'core prerequisite' },
  socle: { fr: 'socle', en: 'core' },
  optionnel: { fr: 'optionnel', en: 'optional' },
};

/** Fixed points are paid when met; variable points scale with the patientèle or the professionals. */
export type PartKind = 'fixed' | 'variable';

/** One part of an indicator's points (the base, a level, an IPA bonus…). */
export interface Part {
  /** Stable key within the indicator: `base`, `level-2`, `ipa`, `plan`… */
  readonly key: string;
  /** The part's name, in French and English. */
  readonly label: Label;
  /** Points fixes or points variables. */
  readonly kind: PartKind;
  /** Points of the part (exact). */
  readonly points: Decimal;
}

/** How a parameter enters an indicator (for the catalogue). */
export type ComponentRole = 'fixed' | 'variable' | 'minoration' | 'cap' | 'threshold' | 'condition';

/** A figure an indicator reads, and its role. */
export interface ComponentDef {
  readonly parameter: Parameter;
  readonly role: ComponentRole;
  /** What the points are multiplied by: P / reference patientèle, a count of professionals or of units. */
  readonly scaling?: 'patientele' | 'professionals' | 'per-unit';
}

/** What a rule may read: the year's facts, its reader, and where its achievement sits in the input. */
export interface IndicatorContext {
  readonly facts: YearFacts;
  readonly read: ParameterReader;
  /** Path of this indicator's achievement in the input (for errors). */
  readonly path: readonly (string | number)[];
}

/** What an indicator's rule produced: its points and what explains them. */
export interface Computation {
  /** The indicator is met (for a prérequis: its condition holds). */
  readonly achieved: boolean;
  readonly parts: readonly Part[];
  /** The parameters read, cited by the step. */
  readonly uses: readonly Resolved[];
  /** The readings of the texts the computation relied on. */
  readonly rules: readonly RuleReading[];
  readonly inputs: Readonly<Record<string, StepValue | Decimal | undefined>>;
  /** How the points were obtained, in words and figures (built only when the explanation is read). */
  readonly detail: () => Label;
}

/** One indicator of the accord. */
export interface IndicatorDefinition<K extends IndicatorId = IndicatorId> {
  readonly id: K;
  readonly axis: Axis;
  /** The type, or the parameter holding it when it changes with the year. */
  readonly type: IndicatorType | Parameter<string, string, 'choice', IndicatorType>;
  readonly label: Label;
  /** The rule in plain words, with the figures in force where the reader reads. */
  readonly rule: (read: ParameterReader) => Label;
  readonly components: readonly ComponentDef[];
  readonly compute: (ctx: IndicatorContext, achievement: MspAchievements[K]) => Computation;
  /** What “100 %” of the indicator is, for the advance (socle and prérequis indicators only). */
  readonly full?: (ctx: IndicatorContext) => NonNullable<MspAchievements[K]>;
}

// ---------------------------------------------------------------------------------------------------
// What one indicator gives in a year

/** The figures of what one indicator gives in a year (what a spread copies). */
export interface IndicatorFigures {
  /** Indicator id, e.g. `"fonction-coordination"`. */
  readonly id: IndicatorId;
  /** The indicator's name, in French and English. */
  readonly label: Label;
  /** Axe of the accord. */
  readonly axis: Axis;
  /** Socle prérequis, socle or optionnel, in the year. */
  readonly type: IndicatorType;
  /** The indicator is met (a socle prérequis not achieved stops the whole remuneration). */
  readonly achieved: boolean;
  /** Points fixes earned (exact). */
  readonly fixed: Decimal;
  /** Points variables earned (exact; prorated information-system points are rounded to the hundredth). */
  readonly variable: Decimal;
  /** fixed + variable. Shown even when a prérequis fails (then nothing is paid: see `amount`). */
  readonly points: Decimal;
  /** The parts of the points (base, levels, IPA bonus…). */
  readonly parts: readonly Part[];
  /** What these points are worth for a full year: points × point value, rounded to the cent (euros). */
  readonly value: Decimal;
  /** This indicator's share of the paid `amount` (allocated by points, in whole cents; 0 if not paid). */
  readonly amount: Decimal;
}

/**
 * What one indicator gives in a year: its points (fixed and variable, by part), what they are worth and
 * its share of the amount paid. The explanation (its one step) is built on first read.
 */
export interface IndicatorResult extends IndicatorFigures {}
export class IndicatorResult extends Result {
  /** @internal What the result is (on the prototype: neither a field nor in JSON; read it with core `resultKind`). */
  get [RESULT_KIND](): 'aci-msp.indicator' {
    return 'aci-msp.indicator';
  }

  /** @internal */
  constructor(points: IndicatorPoints, value: Decimal, amount: Decimal) {
    super(() => [points.step()]);
    const figures: IndicatorFigures = {
      id: points.id,
      label: points.definition.label,
      axis: points.definition.axis,
      type: points.type,
      achieved: points.computation.achieved,
      fixed: points.fixed,
      variable: points.variable,
      points: points.points,
      parts: points.computation.parts,
      value,
      amount,
    };
    Object.assign(this, figures);
  }
}

/** An indicator's points in the year, before they are valued in euros (internal). */
export interface IndicatorPoints {
  readonly id: IndicatorId;
  readonly definition: IndicatorDefinition;
  readonly type: IndicatorType;
  readonly computation: Computation;
  readonly fixed: Decimal;
  readonly variable: Decimal;
  readonly points: Decimal;
  /** The indicator's step (built once, shared by the year's explanation and the indicator's). */
  readonly step: LazyStep;
}

// ---------------------------------------------------------------------------------------------------
// Helpers of the rules

const ZERO = new Dec(0);

function part(key: string, partLabel: Label, kind: PartKind, points: Decimal): Part {
  return { key, label: partLabel, kind, points };
}

/** Records the parameters a rule reads, to cite them in its step. */
function citing(uses: Resolved[]) {
  return <V>(reading: Reading<V>): V => {
    if (!uses.includes(reading.resolved)) uses.push(reading.resolved);
    return reading.value;
  };
}

/** A figure for a rule's text: the value in force, or `…` when no source gives it. */
function figure(read: ParameterReader, param: Parameter<string, string, NumericUnit>, f: Formatter): string {
  return read.hasValue(param) ? f.num(read.decimal(param).value) : '…';
}

/** A ratio for a rule's text, as a percentage. */
function percentFigure(read: ParameterReader, param: Parameter<string, string, 'ratio'>, f: Formatter): string {
  return read.hasValue(param) ? f.percent(read.decimal(param).value) : '…';
}

/** How the concertation pays below its minimum of meetings, in a rule's text. */
function belowMinimumWords(read: ParameterReader, f: Formatter): string {
  if (!read.hasValue(P.concertationBelowMinMeetings) || read.choice(P.concertationBelowMinMeetings).value !== 'prorate-by-meetings') {
    return f.lang === 'fr' ? ' ; rien en dessous du minimum de réunions' : '; nothing below the minimum of meetings';
  }
  return f.lang === 'fr'
    ? ' ; en dessous du minimum, × réunions tenues / réunions requises'
    : '; below the minimum, × meetings held / meetings required';
}

/** `× P / 4 000` in a rule's text. */
function perReference(read: ParameterReader, f: Formatter): string {
  return `× P / ${figure(read, P.referencePatientele, f)}`;
}

const text = (fr: string, en: string) => (): Label => ({ fr, en });

function notEntered(partLabel: Label, kind: PartKind = 'fixed', detail: () => Label = text('non atteint (non saisi)', 'not achieved (not entered)'), inputs: Computation['inputs'] = {}, uses: readonly Resolved[] = [], rules: readonly RuleReading[] = []): Computation {
  return { achieved: false, parts: [part('base', partLabel, kind, ZERO)], detail, uses, rules, inputs };
}

/** `points × P / reference`, with its text `350 × 5 200 / 4 000`. */
function patienteleShare(ctx: IndicatorContext, points: Decimal, cite: ReturnType<typeof citing>): { value: Decimal; show: (f: Formatter) => string } {
  const ref = cite(ctx.read.decimal(P.referencePatientele));
  const p = ctx.facts.structure.patientele;
  return { value: points.times(p).dividedBy(ref), show: (f) => `${f.num(points)} × ${f.num(p)} / ${f.num(ref)}` };
}

/**
 * A count above its cap: legal and unpaid beyond the cap (Cnam guide p. 15, 25, 38), so the cap is paid
 * (options.aboveCap "ignore-excess", the default); with "reject", a validation error naming the count.
 */
function capped(ctx: IndicatorContext, field: string, count: number, received: unknown, cap: Reading<number>, what: Label): number {
  if (count <= cap.value) return count;
  if (ctx.facts.aboveCap === 'reject') {
    invalid([...ctx.path, field], received, {
      en: `at most ${cap.value} ${what.en} (${cap.resolved.id}, the cap of the catalogue in force for ${ctx.facts.year}), as options.aboveCap is "reject"; by default ("ignore-excess") the cap is paid, as the Cnam guide does`,
      fr: `au plus ${FR.num(cap.value)} ${what.fr} (${cap.resolved.id}, le plafond du catalogue en vigueur pour l’exercice ${ctx.facts.year}), car options.aboveCap vaut "reject" ; par défaut ("ignore-excess"), le plafond est rémunéré, comme le fait le guide de la Cnam`,
    });
  }
  return cap.value;
}

/**
 * What the explanation says of a count above its cap: `9 protocoles déclarés, 8 rémunérés (plafond
 * msp.protocoles.max ; au-delà, non rémunérés)`, or nothing when the count is within the cap.
 */
function beyondCap(count: number, paid: number, cap: Reading<number>, what: Label & { readonly feminine?: boolean }): (f: Formatter) => string {
  if (count <= paid) return () => '';
  const e = what.feminine ? 'es' : 's';
  return (f) =>
    f.lang === 'fr'
      ? ` — ${f.num(count)} ${what.fr} déclaré${e}, ${f.num(paid)} rémunéré${e} (plafond ${cap.resolved.id} ; au-delà, non rémunéré${e})`
      : ` — ${f.num(count)} ${what.en} declared, ${f.num(paid)} paid (cap ${cap.resolved.id}; beyond it, unpaid)`;
}

/** The suffix of an English ordinal: 1st, 2nd, 3rd, 4th, 11th, 21st. */
function englishOrdinal(n: number): string {
  const tens = n % 100;
  if (tens >= 11 && tens <= 13) return 'th';
  return ['th', 'st', 'nd', 'rd'][n % 10] ?? 'th';
}

function joined(parts: readonly Part[], f: Formatter): string {
  return parts.map((p) => f.num(p.points)).join(' + ');
}

/** Prorata temporis of the information system from its first acquisition in the year. */
function siProrata(
  ctx: IndicatorContext,
  since: string | undefined,
  parts: Part[],
  cite: ReturnType<typeof citing>,
  rules: RuleReading[],
): { parts: Part[]; show?: (f: Formatter) => string } {
  if (since === undefined) return { parts };
  if (since > ctx.facts.yearEnd) {
    invalid([...ctx.path, 'since'], since, {
      en: `a date on or before ${ctx.facts.yearEnd} (software acquired after the year earns nothing in it: set "met" to false)`,
      fr: `une date au plus tard le ${FR.date(ctx.facts.yearEnd)} (un logiciel acquis après l’année ne rapporte rien pour cette année : mettez "met" à false)`,
    });
  }
  if (since <= ctx.facts.coverageFrom) return { parts };
  const basis = cite(ctx.read.choice(P.prorataBasis));
  const num = unitsToYearEnd(since, basis);
  const den = unitsToYearEnd(ctx.facts.coverageFrom, basis);
  // Signed late in the year's last month, counted in months: no whole month to share, no prorata.
  if (den === 0) return { parts };
  rules.push(RULES.siProrata);
  const prorated = parts.map((p) => ({ ...p, points: p.points.times(num).dividedBy(den).toDecimalPlaces(2, Dec.ROUND_HALF_UP) }));
  return {
    parts: prorated,
    show: (f) =>
      f.lang === 'fr'
        ? ` × ${f.num(num)}/${f.num(den)} (${basis === 'days' ? 'jours' : 'mois'} depuis le ${f.date(since)})`
        : ` × ${f.num(num)}/${f.num(den)} (${basis} since ${f.date(since)})`,
  };
}

// ---------------------------------------------------------------------------------------------------
// Axe 1 — accès aux soins

const hours: IndicatorDefinition<'horaires-ouverture-snp'> = {
  id: 'horaires-ouverture-snp',
  axis: 'acces-aux-soins',
  type: 'socle-prerequis',
  label: { fr: 'Horaires d’ouverture et soins non programmés', en: 'Opening hours and unscheduled care' },
  rule: (read) =>
    label(
      (f) =>
        `Ouverture en semaine de 8 h à 20 h, le samedi matin et pendant les vacances scolaires, avec des soins non programmés chaque jour ouvré : ${figure(read, P.hoursFixed, f)} points fixes, moins des minorations additives (amplitude réduite, samedi matin fermé, fermeture pendant les vacances scolaires) ; aucun point sans soins non programmés, avec une amplitude trop courte sans dérogation de l’ARS, ou en cas de fermeture prolongée.`,
      (f) =>
        `Open 8:00–20:00 on weekdays, Saturday morning and during school holidays, with unscheduled care every working day: ${figure(read, P.hoursFixed, f)} fixed points, less reductions that add up (shorter opening, closed Saturday morning, closure during school holidays); no points without unscheduled care, with too short an opening and no ARS derogation, or when closed for long.`,
    ),
  components: [
    { parameter: P.hoursFixed, role: 'fixed' },
    { parameter: P.hoursMinoration10to12, role: 'minoration' },
    { parameter: P.hoursMinoration8to10, role: 'minoration' },
    { parameter: P.hoursMinorationSaturday, role: 'minoration' },
    { parameter: P.hoursMinorationHolidays, role: 'minoration' },
  ],
  compute(ctx, a) {
    const name = hours.label;
    if (!a) return notEntered(name);
    const uses: Resolved[] = [];
    const cite = citing(uses);
    // The reading of the tree (reductions add up, reduced hours still met) is cited when a reduction applies.
    const rules: RuleReading[] = ctx.facts.version === 'aci-2017' ? [RULES.hoursTree2017] : [];
    const inputs = { ...a, arsDerogation: a.arsDerogation ?? false };
    const base = cite(ctx.read.decimal(P.hoursFixed));
    const zero = (fr: string, en: string): Computation => notEntered(name, 'fixed', text(`0 — ${fr}`, `0 — ${en}`), inputs, uses, rules);
    if (!a.snp) return zero('pas d’organisation des soins non programmés', 'no organisation of unscheduled care');
    if (a.schoolHolidayClosure === 'over-3-weeks') return zero('fermeture de plus de 3 semaines pendant les vacances scolaires', 'closed over 3 weeks during school holidays');
    if (a.closedOverOneWeekOutsideSchoolHolidays) return zero('fermeture de plus d’une semaine hors vacances scolaires', 'closed over a week outside school holidays');
    const reductions: Parameter<string, string, 'points'>[] = [];
    if (!(a.arsDerogation ?? false)) {
      if (a.amplitude === 'under-8h') return zero('amplitude inférieure à 8 h sans dérogation de l’ARS', 'opening under 8 h without an ARS derogation');
      if (a.amplitude === '10h-to-12h') reductions.push(P.hoursMinoration10to12);
      if (a.amplitude === '8h-to-10h') reductions.push(P.hoursMinoration8to10);
    }
    if (!a.saturdayMorningOpen) reductions.push(P.hoursMinorationSaturday);
    if (a.schoolHolidayClosure === '2-to-3-weeks') reductions.push(P.hoursMinorationHolidays);
    const minus = reductions.map((param) => ({ param, points: cite(ctx.read.decimal(param)) }));
    const points = maxOf(sum([base, ...minus.map((m) => m.points.negated())]), ZERO);
    if (minus.length > 0) rules.push(RULES.hoursDecisionTree);
    return {
      achieved: points.greaterThan(0),
      parts: [part('base', name, 'fixed', points)],
      detail: () =>
        label(
          (f) => [f.num(base), ...minus.map((m) => `− ${f.num(m.points)} (${m.param.label.fr.toLowerCase()})`)].join(' '),
          (f) => [f.num(base), ...minus.map((m) => `− ${f.num(m.points)} (${m.param.label.en.toLowerCase()})`)].join(' '),
        ),
      uses,
      rules,
      inputs,
    };
  },
  full: () => ({ snp: true, amplitude: '12h-or-more', saturdayMorningOpen: true, schoolHolidayClosure: 'under-2-weeks', closedOverOneWeekOutsideSchoolHolidays: false }),
};

const crisis: IndicatorDefinition<'crises-sanitaires'> = {
  id: 'crises-sanitaires',
  axis: 'acces-aux-soins',
  type: P.crisisType,
  label: { fr: 'Réponse aux crises sanitaires graves', en: 'Response to serious health crises' },
  rule: (read) =>
    label(
      (f) =>
        `Plan de préparation rédigé et tenu à jour : ${figure(read, P.crisisPlanFixed, f)} points fixes, quelle que soit la situation sanitaire. Actions menées pendant une crise sanitaire grave déclarée : ${figure(read, P.crisisVariable, f)} points variables ${perReference(read, f)}${read.hasValue(P.crisisVariablePayable) && !read.flag(P.crisisVariablePayable).value ? ', non payables pour cet exercice' : ''}.`,
      (f) =>
        `A preparation plan written and kept up to date: ${figure(read, P.crisisPlanFixed, f)} fixed points, whatever the health situation. Actions during a declared serious health crisis: ${figure(read, P.crisisVariable, f)} variable points ${perReference(read, f)}${read.hasValue(P.crisisVariablePayable) && !read.flag(P.crisisVariablePayable).value ? ', not payable for this year' : ''}.`,
    ),
  components: [
    { parameter: P.crisisPlanFixed, role: 'fixed' },
    { parameter: P.crisisVariable, role: 'variable', scaling: 'patientele' },
    { parameter: P.crisisVariablePayable, role: 'condition' },
  ],
  compute(ctx, a) {
    if (!a) return notEntered(crisis.label);
    if (!a.plan) return notEntered(crisis.label, 'fixed', text('non atteint (pas de plan de préparation)', 'not achieved (no preparation plan)'), { ...a });
    const uses: Resolved[] = [];
    const cite = citing(uses);
    const fixed = cite(ctx.read.decimal(P.crisisPlanFixed));
    let variable = ZERO;
    let actions: ((f: Formatter) => string) | undefined;
    let notPayable = false;
    if (a.crisisActions) {
      if (cite(ctx.read.flag(P.crisisVariablePayable))) {
        const share = patienteleShare(ctx, cite(ctx.read.decimal(P.crisisVariable)), cite);
        variable = share.value;
        actions = share.show;
      } else {
        notPayable = true;
      }
    }
    return {
      achieved: true,
      parts: [part('plan', { fr: 'Plan de préparation', en: 'Preparation plan' }, 'fixed', fixed), part('crisis-actions', { fr: 'Actions pendant une crise', en: 'Actions during a crisis' }, 'variable', variable)],
      detail: () =>
        label(
          (f) => `${f.num(fixed)} (plan)${actions ? ` + ${actions(f)} (actions de crise)` : ''}${notPayable ? ' ; actions de crise non payables pour cet exercice' : ''}`,
          (f) => `${f.num(fixed)} (plan)${actions ? ` + ${actions(f)} (crisis actions)` : ''}${notPayable ? '; crisis actions not payable for this year' : ''}`,
        ),
      uses,
      rules: [],
      inputs: { plan: a.plan, crisisActions: a.crisisActions ?? false },
    };
  },
  full: () => ({ plan: true, crisisActions: false }),
};

function levelled<K extends 'diversite-services' | 'second-recours'>(
  id: K,
  name: Label,
  rule: (read: ParameterReader) => Label,
  levels: readonly Parameter<string, string, 'points'>[],
): IndicatorDefinition<K> {
  return {
    id,
    axis: 'acces-aux-soins',
    type: 'optionnel',
    label: name,
    rule,
    components: levels.map((p) => ({ parameter: p, role: 'fixed' as const })),
    compute(ctx, a) {
      if (!a) return notEntered(name);
      if (a.level === 0) return notEntered(name, 'fixed', text('niveau 0', 'level 0'), { level: 0 });
      const uses: Resolved[] = [];
      const cite = citing(uses);
      const parts = levels.slice(0, a.level).map((p, i) => part(`level-${i + 1}`, { fr: `Niveau ${i + 1}`, en: `Level ${i + 1}` }, 'fixed', cite(ctx.read.decimal(p))));
      return { achieved: true, parts, detail: () => label((f) => joined(parts, f), (f) => joined(parts, f)), uses, rules: [], inputs: { level: a.level } };
    },
  };
}

const diversity = levelled(
  'diversite-services',
  { fr: 'Diversité des services de soins (professionnels associés)', en: 'Diversity of care services (associated professionals)' },
  (read) =>
    label(
      (f) =>
        `Niveau 1 : une profession médicale ou une spécialité autre que la médecine générale, ou un pharmacien, ou trois professions paramédicales différentes (${figure(read, P.diversityLevel1, f)} points fixes). Niveau 2 : l’un des trois premiers et trois professions paramédicales (${figure(read, P.diversityLevel2, f)} points fixes de plus).`,
      (f) =>
        `Level 1: a medical profession or specialty other than general practice, or a pharmacist, or three different paramedical professions (${figure(read, P.diversityLevel1, f)} fixed points). Level 2: one of the first three and three paramedical professions (${figure(read, P.diversityLevel2, f)} more fixed points).`,
    ),
  [P.diversityLevel1, P.diversityLevel2],
);

const secondRecours = levelled(
  'second-recours',
  { fr: 'Consultations de second recours par des professionnels vacataires', en: 'Second-line consultations by visiting professionals' },
  (read) =>
    label(
      (f) =>
        `Vacations de professionnels extérieurs (spécialistes, sages-femmes, chirurgiens-dentistes, pharmaciens). ${P.secondRecoursLevel1.label.fr} : ${figure(read, P.secondRecoursLevel1, f)} points fixes ; ${P.secondRecoursLevel2.label.fr} : ${figure(read, P.secondRecoursLevel2, f)} points fixes de plus.`,
      (f) =>
        `Sessions by outside professionals (specialists, midwives, dentists, pharmacists). ${P.secondRecoursLevel1.label.en}: ${figure(read, P.secondRecoursLevel1, f)} fixed points; ${P.secondRecoursLevel2.label.en}: ${figure(read, P.secondRecoursLevel2, f)} more fixed points.`,
    ),
  [P.secondRecoursLevel1, P.secondRecoursLevel2],
);

function metFixed<K extends 'medecins-cstm' | 'satisfaction-patients' | 'parcours-obesite-enfant'>(
  id: K,
  axis: Axis,
  name: Label,
  rule: (read: ParameterReader) => Label,
  param: Parameter<string, string, 'points'>,
): IndicatorDefinition<K> & { compute: (ctx: IndicatorContext, a: { met: boolean } | undefined) => Computation } {
  return {
    id,
    axis,
    type: 'optionnel',
    label: name,
    rule,
    components: [{ parameter: param, role: 'fixed' }],
    compute(ctx, a) {
      if (!a) return notEntered(name);
      if (!a.met) return notEntered(name, 'fixed', text('non atteint', 'not achieved'), { met: false });
      const uses: Resolved[] = [];
      const v = citing(uses)(ctx.read.decimal(param));
      return { achieved: v.greaterThan(0), parts: [part('base', name, 'fixed', v)], detail: () => label((f) => f.num(v), (f) => f.num(v)), uses, rules: [], inputs: { met: true } };
    },
  };
}

function metVariable<K extends 'coordination-externe' | 'parcours-insuffisance-cardiaque'>(
  id: K,
  name: Label,
  rule: (read: ParameterReader) => Label,
  param: Parameter<string, string, 'points'>,
): IndicatorDefinition<K> {
  return {
    id,
    axis: 'travail-en-equipe-coordination',
    type: 'optionnel',
    label: name,
    rule,
    components: [{ parameter: param, role: 'variable', scaling: 'patientele' }],
    compute(ctx, a) {
      if (!a) return notEntered(name, 'variable');
      if (!a.met) return notEntered(name, 'variable', text('non atteint', 'not achieved'), { met: false });
      const uses: Resolved[] = [];
      const cite = citing(uses);
      const share = patienteleShare(ctx, cite(ctx.read.decimal(param)), cite);
      return {
        achieved: true,
        parts: [part('base', name, 'variable', share.value)],
        detail: () => label((f) => `${share.show(f)} = ${f.num(share.value)}`, (f) => `${share.show(f)} = ${f.num(share.value)}`),
        uses,
        rules: [],
        inputs: { met: true },
      };
    },
  };
}

const cstm = metFixed(
  'medecins-cstm',
  'acces-aux-soins',
  { fr: 'Accueil de médecins sous contrat de solidarité territoriale (CSTM)', en: 'Hosting doctors under a territorial solidarity contract (CSTM)' },
  (read) =>
    label(
      (f) => `Au moins un médecin signataire d’un contrat de solidarité territoriale assure des vacations dans la structure : ${figure(read, P.cstmFixed, f)} points fixes.`,
      (f) => `At least one doctor holding a territorial solidarity contract works sessions in the structure: ${figure(read, P.cstmFixed, f)} fixed points.`,
    ),
  P.cstmFixed,
);

const missions: IndicatorDefinition<'missions-sante-publique'> = {
  id: 'missions-sante-publique',
  axis: 'acces-aux-soins',
  type: 'optionnel',
  label: { fr: 'Missions de santé publique', en: 'Public-health missions' },
  rule: (read) =>
    label(
      (f) =>
        `${figure(read, P.missionPoints, f)} points variables par mission ${perReference(read, f)}, au plus ${figure(read, P.missionMax, f)} missions rémunérées, sur des thèmes distincts (annexe 2 de l’ACI, ou une mission issue du PRS).${read.inForce(P.missionIpaBonus) ? ` Majoration de ${figure(read, P.missionIpaBonus, f)} points fixes si un IPA exerce dans la structure et qu’au moins ${figure(read, P.missionIpaMinMissions, f)} missions sont rémunérées.` : ''}`,
      (f) =>
        `${figure(read, P.missionPoints, f)} variable points per mission ${perReference(read, f)}, at most ${figure(read, P.missionMax, f)} missions paid, on distinct themes (annexe 2 of the ACI, or one mission from the PRS).${read.inForce(P.missionIpaBonus) ? ` A bonus of ${figure(read, P.missionIpaBonus, f)} fixed points when an IPA works in the structure and at least ${figure(read, P.missionIpaMinMissions, f)} missions are paid.` : ''}`,
    ),
  components: [
    { parameter: P.missionPoints, role: 'variable', scaling: 'patientele' },
    { parameter: P.missionMax, role: 'cap' },
    { parameter: P.missionIpaBonus, role: 'fixed' },
    { parameter: P.missionIpaMinMissions, role: 'threshold' },
  ],
  compute(ctx, a) {
    const name = missions.label;
    if (!a) return notEntered(name, 'variable');
    if (a.missions.length === 0) return notEntered(name, 'variable', text('aucune mission', 'no mission'), { missions: [] });
    const seen = new Set<string>();
    a.missions.forEach((theme, i) => {
      if (seen.has(theme)) {
        invalid([...ctx.path, 'missions', i], theme, {
          en: 'a theme not listed already: two paid missions may not share a theme, nor both derive from the PRS (Cnam guide p. 15–16)',
          fr: 'un thème qui ne figure pas déjà dans la liste : deux missions rémunérées ne peuvent avoir le même thème, ni découler toutes deux du PRS (guide de la Cnam, p. 15-16)',
        });
      }
      seen.add(theme);
    });
    const uses: Resolved[] = [];
    const cite = citing(uses);
    const rules: RuleReading[] = [RULES.missionsDistinct];
    const cap = ctx.read.whole(P.missionMax);
    cite(cap);
    const paid = capped(ctx, 'missions', a.missions.length, a.missions, cap, { en: 'public-health missions', fr: 'missions de santé publique' });
    const per = cite(ctx.read.decimal(P.missionPoints));
    const ref = cite(ctx.read.decimal(P.referencePatientele));
    const p = ctx.facts.structure.patientele;
    const variable = per.times(paid).times(p).dividedBy(ref);
    const parts = [part('missions', { fr: 'Missions', en: 'Missions' }, 'variable', variable)];
    let ipa: { bonus?: Decimal; min: number } | undefined;
    if (ctx.facts.structure.ipa && ctx.read.inForce(P.missionIpaBonus)) {
      const min = cite(ctx.read.whole(P.missionIpaMinMissions));
      ipa = { min };
      if (paid >= min) {
        const bonus = cite(ctx.read.decimal(P.missionIpaBonus));
        ipa.bonus = bonus;
        parts.push(part('ipa', { fr: 'Majoration IPA', en: 'IPA bonus' }, 'fixed', bonus));
      }
    }
    const excess = beyondCap(a.missions.length, paid, cap, { fr: 'missions', en: 'missions', feminine: true });
    return {
      achieved: true,
      parts,
      detail: () =>
        label(
          (f) =>
            `${f.num(per)} × ${f.num(paid)} × ${f.num(p)} / ${f.num(ref)} = ${f.num(variable)}${ipa ? (ipa.bonus ? ` + ${f.num(ipa.bonus)} (IPA)` : ` ; pas de majoration IPA (moins de ${f.num(ipa.min)} missions)`) : ''}${excess(f)}`,
          (f) =>
            `${f.num(per)} × ${f.num(paid)} × ${f.num(p)} / ${f.num(ref)} = ${f.num(variable)}${ipa ? (ipa.bonus ? ` + ${f.num(ipa.bonus)} (IPA)` : `; no IPA bonus (fewer than ${f.num(ipa.min)} missions)`) : ''}${excess(f)}`,
        ),
      uses,
      rules,
      inputs: { missions: [...a.missions], paidMissions: paid, ipa: ctx.facts.structure.ipa },
    };
  },
};

const satisfaction = metFixed(
  'satisfaction-patients',
  'acces-aux-soins',
  { fr: 'Satisfaction des patients (outils d’évaluation)', en: 'Patient satisfaction (assessment tools)' },
  (read) =>
    label(
      (f) => `Outils d’évaluation de la satisfaction et des besoins des patients : ${figure(read, P.satisfactionFixed, f)} points fixes.`,
      (f) => `Tools to assess patient satisfaction and needs: ${figure(read, P.satisfactionFixed, f)} fixed points.`,
    ),
  P.satisfactionFixed,
);

const users: IndicatorDefinition<'implication-usagers'> = {
  id: 'implication-usagers',
  axis: 'acces-aux-soins',
  type: 'optionnel',
  label: { fr: 'Implication des usagers', en: 'Users’ involvement' },
  rule: (read) =>
    label(
      (f) =>
        `Niveau 1 (consulter, informer, sensibiliser les usagers) : ${figure(read, P.usersLevel1, f)} points fixes. Niveau 2 (co-construction avec les usagers, suppose le niveau 1) : ${figure(read, P.usersLevel2, f)} points variables ${perReference(read, f)}.`,
      (f) =>
        `Level 1 (consult, inform, raise awareness among users): ${figure(read, P.usersLevel1, f)} fixed points. Level 2 (co-construction with users, needs level 1): ${figure(read, P.usersLevel2, f)} variable points ${perReference(read, f)}.`,
    ),
  components: [
    { parameter: P.usersLevel1, role: 'fixed' },
    { parameter: P.usersLevel2, role: 'variable', scaling: 'patientele' },
  ],
  compute(ctx, a) {
    if (!a) return notEntered(users.label);
    if (a.level === 0) return notEntered(users.label, 'fixed', text('niveau 0', 'level 0'), { level: 0 });
    const uses: Resolved[] = [];
    const cite = citing(uses);
    const l1 = cite(ctx.read.decimal(P.usersLevel1));
    const parts = [part('level-1', { fr: 'Niveau 1', en: 'Level 1' }, 'fixed', l1)];
    const l2 = a.level >= 2 ? patienteleShare(ctx, cite(ctx.read.decimal(P.usersLevel2)), cite) : undefined;
    if (l2) parts.push(part('level-2', { fr: 'Niveau 2', en: 'Level 2' }, 'variable', l2.value));
    const show = (f: Formatter) => `${f.num(l1)}${l2 ? ` + ${l2.show(f)}` : ''}`;
    return { achieved: true, parts, detail: () => label(show, show), uses, rules: [], inputs: { level: a.level } };
  },
};

const sas: IndicatorDefinition<'soins-non-programmes-sas'> = {
  id: 'soins-non-programmes-sas',
  axis: 'acces-aux-soins',
  type: 'optionnel',
  label: { fr: 'Soins non programmés en lien avec le SAS', en: 'Unscheduled care with the SAS' },
  rule: (read) =>
    label(
      (f) =>
        `Au moins ${percentFigure(read, P.sasHalfShare, f)} des médecins de la structure participent au service d’accès aux soins : ${figure(read, P.sasHalf, f)} points fixes ; au moins ${percentFigure(read, P.sasFullShare, f)}, ou la structure répond à toutes les demandes du régulateur : ${figure(read, P.sasFull, f)} points fixes. Non cumulables.`,
      (f) =>
        `At least ${percentFigure(read, P.sasHalfShare, f)} of the structure’s doctors take part in the SAS: ${figure(read, P.sasHalf, f)} fixed points; at least ${percentFigure(read, P.sasFullShare, f)}, or the structure answers every request of the regulator: ${figure(read, P.sasFull, f)} fixed points. Not cumulative.`,
    ),
  components: [
    { parameter: P.sasHalf, role: 'fixed' },
    { parameter: P.sasFull, role: 'fixed' },
    { parameter: P.sasHalfShare, role: 'threshold' },
    { parameter: P.sasFullShare, role: 'threshold' },
  ],
  compute(ctx, a) {
    const name = sas.label;
    if (!a) return notEntered(name);
    const uses: Resolved[] = [];
    const cite = citing(uses);
    const all = a.allRegulatorRequests ?? false;
    const inputs = { doctorsShare: a.doctorsShare, allRegulatorRequests: all };
    const fullShare = cite(ctx.read.decimal(P.sasFullShare));
    const level = (points: Decimal, fr: string, en: string): Computation => ({
      achieved: points.greaterThan(0),
      parts: [part('base', name, 'fixed', points)],
      detail: () => label((f) => `${f.num(points)} (${fr})`, (f) => `${f.num(points)} (${en})`),
      uses,
      rules: [],
      inputs,
    });
    if (all || a.doctorsShare.greaterThanOrEqualTo(fullShare)) return level(cite(ctx.read.decimal(P.sasFull)), 'palier complet', 'full level');
    const halfShare = cite(ctx.read.decimal(P.sasHalfShare));
    if (a.doctorsShare.greaterThanOrEqualTo(halfShare)) return level(cite(ctx.read.decimal(P.sasHalf)), 'palier partiel', 'partial level');
    return {
      ...level(ZERO, '', ''),
      detail: () =>
        label(
          (f) => `0 — moins de ${f.percent(halfShare)} des médecins participent`,
          (f) => `0 — fewer than ${f.percent(halfShare)} of the doctors take part`,
        ),
    };
  },
};

// ---------------------------------------------------------------------------------------------------
// Axe 2 — travail en équipe et coordination

const coordination: IndicatorDefinition<'fonction-coordination'> = {
  id: 'fonction-coordination',
  axis: 'travail-en-equipe-coordination',
  type: 'socle-prerequis',
  label: { fr: 'Fonction de coordination', en: 'Coordination function' },
  rule: (read) =>
    label(
      (f) =>
        `Temps de coordination identifié et dédié : ${figure(read, P.coordinationFixed, f)} points fixes + ${figure(read, P.coordinationVariable, f)} points variables × min(P, ${figure(read, P.coordinationThreshold, f)}) / ${figure(read, P.referencePatientele, f)} + ${figure(read, P.coordinationVariableBeyond, f)} points variables × max(P − ${figure(read, P.coordinationThreshold, f)}, 0) / ${figure(read, P.referencePatientele, f)}.`,
      (f) =>
        `Identified, dedicated coordination time: ${figure(read, P.coordinationFixed, f)} fixed points + ${figure(read, P.coordinationVariable, f)} variable points × min(P, ${figure(read, P.coordinationThreshold, f)}) / ${figure(read, P.referencePatientele, f)} + ${figure(read, P.coordinationVariableBeyond, f)} variable points × max(P − ${figure(read, P.coordinationThreshold, f)}, 0) / ${figure(read, P.referencePatientele, f)}.`,
    ),
  components: [
    { parameter: P.coordinationFixed, role: 'fixed' },
    { parameter: P.coordinationVariable, role: 'variable', scaling: 'patientele' },
    { parameter: P.coordinationVariableBeyond, role: 'variable', scaling: 'patientele' },
    { parameter: P.coordinationThreshold, role: 'threshold' },
  ],
  compute(ctx, a) {
    const name = coordination.label;
    if (!a) return notEntered(name);
    if (!a.met) return notEntered(name, 'fixed', text('non atteint', 'not achieved'), { met: false });
    const uses: Resolved[] = [];
    const cite = citing(uses);
    const fixed = cite(ctx.read.decimal(P.coordinationFixed));
    const v1 = cite(ctx.read.decimal(P.coordinationVariable));
    const v2 = cite(ctx.read.decimal(P.coordinationVariableBeyond));
    const threshold = cite(ctx.read.decimal(P.coordinationThreshold));
    const ref = cite(ctx.read.decimal(P.referencePatientele));
    const p = ctx.facts.structure.patientele;
    const upTo = minOf(p, threshold);
    const beyond = maxOf(p.minus(threshold), ZERO);
    const variable = v1.times(upTo).dividedBy(ref).plus(v2.times(beyond).dividedBy(ref));
    const show = (f: Formatter) =>
      `${f.num(fixed)} + ${f.num(v1)} × ${f.num(upTo)} / ${f.num(ref)}${beyond.greaterThan(0) ? ` + ${f.num(v2)} × ${f.num(beyond)} / ${f.num(ref)}` : ''} = ${f.num(fixed.plus(variable))}`;
    return {
      achieved: true,
      parts: [part('fixed', { fr: 'Part fixe', en: 'Fixed part' }, 'fixed', fixed), part('variable', { fr: 'Part variable', en: 'Variable part' }, 'variable', variable)],
      detail: () => label(show, show),
      uses,
      rules: [],
      inputs: { met: true, patientele: p },
    };
  },
  full: () => ({ met: true }),
};

const protocols: IndicatorDefinition<'protocoles-pluriprofessionnels'> = {
  id: 'protocoles-pluriprofessionnels',
  axis: 'travail-en-equipe-coordination',
  type: 'socle',
  label: { fr: 'Protocoles pluriprofessionnels', en: 'Multi-professional protocols' },
  rule: (read) =>
    label(
      (f) =>
        `${figure(read, P.protocolPoints, f)} points fixes par protocole, au plus ${figure(read, P.protocolMax, f)} protocoles ; un protocole suffit pour être rémunéré.${read.inForce(P.protocolIpaPoints) ? ` Majoration de ${figure(read, P.protocolIpaPoints, f)} points par protocole si un IPA exerce dans la structure, même plafond.` : ''}`,
      (f) =>
        `${figure(read, P.protocolPoints, f)} fixed points per protocol, at most ${figure(read, P.protocolMax, f)} protocols; one protocol is enough to be paid.${read.inForce(P.protocolIpaPoints) ? ` A bonus of ${figure(read, P.protocolIpaPoints, f)} points per protocol when an IPA works in the structure, same cap.` : ''}`,
    ),
  components: [
    { parameter: P.protocolPoints, role: 'fixed', scaling: 'per-unit' },
    { parameter: P.protocolMax, role: 'cap' },
    { parameter: P.protocolIpaPoints, role: 'fixed', scaling: 'per-unit' },
  ],
  compute(ctx, a) {
    const name = protocols.label;
    if (!a) return notEntered(name);
    if (a.count === 0) return notEntered(name, 'fixed', text('aucun protocole', 'no protocol'), { count: 0 });
    const uses: Resolved[] = [];
    const cite = citing(uses);
    const cap = ctx.read.whole(P.protocolMax);
    cite(cap);
    const n = capped(ctx, 'count', a.count, a.count, cap, { en: 'protocols', fr: 'protocoles' });
    const per = cite(ctx.read.decimal(P.protocolPoints));
    const parts = [part('protocols', { fr: 'Protocoles', en: 'Protocols' }, 'fixed', per.times(n))];
    const ipa = ctx.facts.structure.ipa && ctx.read.inForce(P.protocolIpaPoints) ? cite(ctx.read.decimal(P.protocolIpaPoints)) : undefined;
    if (ipa) parts.push(part('ipa', { fr: 'Majoration IPA', en: 'IPA bonus' }, 'fixed', ipa.times(n)));
    const excess = beyondCap(a.count, n, cap, { fr: 'protocoles', en: 'protocols' });
    const show = (f: Formatter) => `${f.num(per)} × ${f.num(n)}${ipa ? ` + ${f.num(ipa)} × ${f.num(n)} (IPA)` : ''}${excess(f)}`;
    return { achieved: true, parts, detail: () => label(show, show), uses, rules: [], inputs: { count: a.count, paidProtocols: n, ipa: ctx.facts.structure.ipa } };
  },
  full: (ctx) => ({ count: ctx.read.whole(P.protocolMax).value }),
};

const concertation: IndicatorDefinition<'concertation-pluriprofessionnelle'> = {
  id: 'concertation-pluriprofessionnelle',
  axis: 'travail-en-equipe-coordination',
  type: 'socle',
  label: { fr: 'Concertation pluriprofessionnelle', en: 'Multi-professional case reviews' },
  rule: (read) =>
    label(
      (f) =>
        `Au moins ${figure(read, P.concertationMinMeetings, f)} réunions par an (proratisées à la date d’effet) et des dossiers étudiés. Taux = dossiers / patients médecin traitant en ALD ou de 75 ans et plus ; ${figure(read, P.concertationVariable, f)} points variables ${perReference(read, f)} × min(taux / ${percentFigure(read, P.concertationTargetRate, f)}, 1)${belowMinimumWords(read, f)}.${read.inForce(P.concertationIpaVariable) ? ` Majoration IPA de ${figure(read, P.concertationIpaVariable, f)} points variables, même prorata.` : ''}`,
      (f) =>
        `At least ${figure(read, P.concertationMinMeetings, f)} meetings a year (prorated to the effective date) and files reviewed. Rate = files / médecin-traitant patients in ALD or aged 75+; ${figure(read, P.concertationVariable, f)} variable points ${perReference(read, f)} × min(rate / ${percentFigure(read, P.concertationTargetRate, f)}, 1)${belowMinimumWords(read, f)}.${read.inForce(P.concertationIpaVariable) ? ` An IPA bonus of ${figure(read, P.concertationIpaVariable, f)} variable points, same proration.` : ''}`,
    ),
  components: [
    { parameter: P.concertationVariable, role: 'variable', scaling: 'patientele' },
    { parameter: P.concertationTargetRate, role: 'threshold' },
    { parameter: P.concertationMinMeetings, role: 'threshold' },
    { parameter: P.concertationBelowMinMeetings, role: 'condition' },
    { parameter: P.concertationIpaVariable, role: 'variable', scaling: 'patientele' },
    { parameter: P.concertationChildrenInBase, role: 'condition' },
    { parameter: P.concertationRateRounding, role: 'condition' },
  ],
  compute(ctx, a) {
    const name = concertation.label;
    if (!a) return notEntered(name, 'variable');
    const uses: Resolved[] = [];
    const cite = citing(uses);
    const rules: RuleReading[] = [];
    const e = a.eligiblePatients;
    const children = cite(ctx.read.flag(P.concertationChildrenInBase)) ? (e.childrenAld0To16 ?? 0) : 0;
    const base = e.aldUnder75 + e.over75WithoutAld + e.over75WithAld + children;
    const inputs: Record<string, StepValue | Decimal> = { meetings: a.meetings, casesReviewed: a.casesReviewed, eligiblePatients: base };
    const zero = (detail: () => Label): Computation => notEntered(name, 'variable', detail, inputs, uses, rules);
    const minMeetings = cite(ctx.read.decimal(P.concertationMinMeetings));
    let required = minMeetings;
    if (ctx.facts.coverageFrom > ctx.facts.yearStart) {
      const basis = cite(ctx.read.choice(P.prorataBasis));
      const num = unitsToYearEnd(ctx.facts.coverageFrom, basis);
      const den = unitsToYearEnd(ctx.facts.yearStart, basis);
      required = minMeetings.times(num).dividedBy(den).toDecimalPlaces(0, Dec.ROUND_HALF_UP);
      inputs['requiredMeetings'] = required;
      rules.push(RULES.concertationMeetings);
    }
    // Below the minimum: the points prorated to the meetings held (meetings / required), or nothing
    // (msp.concertation.below-min-meetings).
    let meetingsShare: Decimal | undefined;
    if (required.greaterThan(a.meetings)) {
      if (!rules.includes(RULES.concertationMeetings)) rules.push(RULES.concertationMeetings);
      const below = cite(ctx.read.choice(P.concertationBelowMinMeetings));
      if (below === 'not-met' || a.meetings === 0) {
        return zero(() => label((f) => `0 — moins de ${f.num(required)} réunions`, (f) => `0 — fewer than ${f.num(required)} meetings`));
      }
      meetingsShare = new Dec(a.meetings).dividedBy(required);
      inputs['requiredMeetings'] = required;
    }
    if (a.casesReviewed === 0) return zero(text('0 — aucun dossier étudié', '0 — no file reviewed'));
    if (base === 0) {
      invalid([...ctx.path, 'eligiblePatients'], e, {
        en: 'at least one médecin-traitant patient in ALD or aged 75+ when files were reviewed (the rate’s denominator)',
        fr: 'au moins un patient médecin traitant en ALD ou âgé de 75 ans et plus dès lors que des dossiers ont été étudiés (le dénominateur du taux)',
      });
    }
    const exact = new Dec(a.casesReviewed).times(100).dividedBy(base);
    const rounding = ctx.read.choice(P.concertationRateRounding);
    const ratePct = rounding.value === 'exact' ? exact : exact.toDecimalPlaces(2, Dec.ROUND_DOWN);
    const target = cite(ctx.read.decimal(P.concertationTargetRate));
    const factor = minOf(ratePct.dividedBy(target.times(100)), new Dec(1));
    // The rounding reading is cited when it changed the points, or when the caller chose it.
    if (rounding.resolved.status === 'caller' || (!ratePct.equals(exact) && factor.lessThan(1))) cite(rounding);
    inputs['ratePercent'] = ratePct;
    inputs['factor'] = factor;
    const ref = cite(ctx.read.decimal(P.referencePatientele));
    const v = cite(ctx.read.decimal(P.concertationVariable));
    const p = ctx.facts.structure.patientele;
    // Points below the minimum of meetings are rounded to the hundredth, as the guide prints points.
    const share = (points: Decimal) => (meetingsShare ? points.times(meetingsShare).toDecimalPlaces(2, Dec.ROUND_HALF_UP) : points);
    const parts = [part('base', { fr: 'Concertation', en: 'Case reviews' }, 'variable', share(v.times(p).dividedBy(ref).times(factor)))];
    const ipa = ctx.facts.structure.ipa && ctx.read.inForce(P.concertationIpaVariable) ? cite(ctx.read.decimal(P.concertationIpaVariable)) : undefined;
    if (ipa) parts.push(part('ipa', { fr: 'Majoration IPA', en: 'IPA bonus' }, 'variable', share(ipa.times(p).dividedBy(ref).times(factor))));
    const total = sum(parts.map((x) => x.points));
    const meetingsWords = (f: Formatter) => (meetingsShare ? ` × ${f.num(a.meetings)}/${f.num(required)}` : '');
    const formula = (f: Formatter) =>
      `${f.num(v)} × ${f.num(p)} / ${f.num(ref)} × ${f.num(factor)}${meetingsWords(f)}${ipa ? ` + ${f.num(ipa)} × ${f.num(p)} / ${f.num(ref)} × ${f.num(factor)}${meetingsWords(f)} (IPA)` : ''} = ${f.num(total)}`;
    const meetingsNote = (f: Formatter) =>
      meetingsShare
        ? f.lang === 'fr'
          ? ` (${f.num(a.meetings)} réunions sur ${f.num(required)} requises : points proratisés au nombre de réunions)`
          : ` (${f.num(a.meetings)} meetings of the ${f.num(required)} required: points prorated to the meetings held)`
        : '';
    return {
      achieved: true,
      parts,
      detail: () => label((f) => `taux ${f.num(ratePct)} % → ${formula(f)}${meetingsNote(f)}`, (f) => `rate ${f.num(ratePct)}% → ${formula(f)}${meetingsNote(f)}`),
      uses,
      rules,
      inputs,
    };
  },
  full: (ctx) => ({ meetings: ctx.read.whole(P.concertationMinMeetings).value, casesReviewed: 1, eligiblePatients: { aldUnder75: 1, over75WithoutAld: 0, over75WithAld: 0 } }),
};

const training: IndicatorDefinition<'formation-stagiaires'> = {
  id: 'formation-stagiaires',
  axis: 'travail-en-equipe-coordination',
  type: 'optionnel',
  label: { fr: 'Formation des professionnels de santé (stagiaires)', en: 'Training of health professionals (trainees)' },
  rule: (read) =>
    label(
      (f) =>
        `Au moins ${figure(read, P.trainingMinTrainees, f)} stagiaires différents dans l’année : ${figure(read, P.trainingFirstTwo, f)} points fixes${read.inForce(P.trainingThird) ? ` ; ${figure(read, P.trainingThird, f)} points fixes pour le stagiaire suivant et ${figure(read, P.trainingFourth, f)} pour le suivant encore (au-delà, rien de plus)` : ''}.`,
      (f) =>
        `At least ${figure(read, P.trainingMinTrainees, f)} different trainees in the year: ${figure(read, P.trainingFirstTwo, f)} fixed points${read.inForce(P.trainingThird) ? `; ${figure(read, P.trainingThird, f)} fixed points for the next trainee and ${figure(read, P.trainingFourth, f)} for the one after (nothing more beyond)` : ''}.`,
    ),
  components: [
    { parameter: P.trainingFirstTwo, role: 'fixed' },
    { parameter: P.trainingMinTrainees, role: 'threshold' },
    { parameter: P.trainingThird, role: 'fixed' },
    { parameter: P.trainingFourth, role: 'fixed' },
  ],
  compute(ctx, a) {
    const name = training.label;
    if (!a) return notEntered(name);
    const uses: Resolved[] = [];
    const cite = citing(uses);
    const min = cite(ctx.read.whole(P.trainingMinTrainees));
    if (a.trainees < min) {
      return notEntered(name, 'fixed', () => label((f) => `moins de ${f.num(min)} stagiaires`, (f) => `fewer than ${f.num(min)} trainees`), { trainees: a.trainees }, uses);
    }
    const parts = [part('first', label((f) => `${f.num(min)} stagiaires`, (f) => `${f.num(min)} trainees`), 'fixed', cite(ctx.read.decimal(P.trainingFirstTwo)))];
    const further: [Parameter<string, string, 'points'>, string][] = [
      [P.trainingThird, 'third'],
      [P.trainingFourth, 'fourth'],
    ];
    further.forEach(([param, key], i) => {
      const rank = min + i + 1;
      if (a.trainees >= rank && ctx.read.inForce(param)) {
        parts.push(part(key, label((f) => `${f.num(rank)}e stagiaire`, (f) => `${f.num(rank)}${englishOrdinal(rank)} trainee`), 'fixed', cite(ctx.read.decimal(param))));
      }
    });
    return { achieved: true, parts, detail: () => label((f) => joined(parts, f), (f) => joined(parts, f)), uses, rules: [], inputs: { trainees: a.trainees } };
  },
};

const externalCoordination = metVariable(
  'coordination-externe',
  { fr: 'Coordination externe', en: 'External coordination' },
  (read) =>
    label(
      (f) =>
        `Procédure de transmission des données de santé aux professionnels, établissements et services extérieurs (notamment le VMS) : ${figure(read, P.externalCoordinationVariable, f)} points variables ${perReference(read, f)}.`,
      (f) =>
        `A procedure passing health data to outside professionals, hospitals and services (notably the VMS): ${figure(read, P.externalCoordinationVariable, f)} variable points ${perReference(read, f)}.`,
    ),
  P.externalCoordinationVariable,
);

const quality: IndicatorDefinition<'demarche-qualite'> = {
  id: 'demarche-qualite',
  axis: 'travail-en-equipe-coordination',
  type: 'optionnel',
  label: { fr: 'Démarche qualité', en: 'Quality approach' },
  rule: (read) =>
    label(
      (f) =>
        `Niveau 1 (référent qualité, diagnostic de maturité) : ${figure(read, P.qualityLevel1, f)} points fixes ; niveau 2 (plan d’action) : ${figure(read, P.qualityLevel2, f)} points variables et niveau 3 (résultats, revue) : ${figure(read, P.qualityLevel3, f)} points variables, ${perReference(read, f)}. Chaque niveau suppose les précédents.`,
      (f) =>
        `Level 1 (quality referent, maturity diagnosis): ${figure(read, P.qualityLevel1, f)} fixed points; level 2 (action plan): ${figure(read, P.qualityLevel2, f)} variable points and level 3 (results, review): ${figure(read, P.qualityLevel3, f)} variable points, ${perReference(read, f)}. Each level needs the lower ones.`,
    ),
  components: [
    { parameter: P.qualityLevel1, role: 'fixed' },
    { parameter: P.qualityLevel2, role: 'variable', scaling: 'patientele' },
    { parameter: P.qualityLevel3, role: 'variable', scaling: 'patientele' },
  ],
  compute(ctx, a) {
    const name = quality.label;
    if (!a) return notEntered(name);
    if (a.level === 0) return notEntered(name, 'fixed', text('niveau 0', 'level 0'), { level: 0 });
    const uses: Resolved[] = [];
    const cite = citing(uses);
    const l1 = cite(ctx.read.decimal(P.qualityLevel1));
    const parts = [part('level-1', { fr: 'Niveau 1', en: 'Level 1' }, 'fixed', l1)];
    const shows: ((f: Formatter) => string)[] = [];
    const levels: [Parameter<string, string, 'points'>, number][] = [
      [P.qualityLevel2, 2],
      [P.qualityLevel3, 3],
    ];
    for (const [param, lvl] of levels) {
      if (a.level < lvl) break;
      const share = patienteleShare(ctx, cite(ctx.read.decimal(param)), cite);
      parts.push(part(`level-${lvl}`, { fr: `Niveau ${lvl}`, en: `Level ${lvl}` }, 'variable', share.value));
      shows.push(share.show);
    }
    const show = (f: Formatter) => [f.num(l1), ...shows.map((s) => s(f))].join(' + ');
    return { achieved: true, parts, detail: () => label(show, show), uses, rules: [], inputs: { level: a.level } };
  },
};

const pnc: IndicatorDefinition<'protocoles-nationaux-cooperation'> = {
  id: 'protocoles-nationaux-cooperation',
  axis: 'travail-en-equipe-coordination',
  type: 'optionnel',
  label: { fr: 'Protocoles nationaux de coopération (soins non programmés)', en: 'National cooperation protocols (unscheduled care)' },
  rule: (read) =>
    label(
      (f) =>
        `${figure(read, P.pncPoints, f)} points fixes par protocole national de coopération mis en œuvre (arrêtés du 6 mars 2020), au plus ${figure(read, P.pncMax, f)} protocoles ; chaque profession délégataire doit exercer dans la structure.`,
      (f) =>
        `${figure(read, P.pncPoints, f)} fixed points per national cooperation protocol in use (arrêtés of 6 March 2020), at most ${figure(read, P.pncMax, f)} protocols; each delegated profession must practise in the structure.`,
    ),
  components: [
    { parameter: P.pncPoints, role: 'fixed', scaling: 'per-unit' },
    { parameter: P.pncMax, role: 'cap' },
  ],
  compute(ctx, a) {
    const name = pnc.label;
    if (!a) return notEntered(name);
    if (a.count === 0) return notEntered(name, 'fixed', text('aucun protocole', 'no protocol'), { count: 0 });
    const uses: Resolved[] = [];
    const cite = citing(uses);
    const cap = ctx.read.whole(P.pncMax);
    cite(cap);
    const n = capped(ctx, 'count', a.count, a.count, cap, { en: 'national cooperation protocols', fr: 'protocoles nationaux de coopération' });
    const per = cite(ctx.read.decimal(P.pncPoints));
    const points = per.times(n);
    const excess = beyondCap(a.count, n, cap, { fr: 'protocoles', en: 'protocols' });
    const show = (f: Formatter) => `${f.num(per)} × ${f.num(n)}${excess(f)}`;
    return { achieved: points.greaterThan(0), parts: [part('base', name, 'fixed', points)], detail: () => label(show, show), uses, rules: [], inputs: { count: a.count, paidProtocols: n } };
  },
};

const heartFailure = metVariable(
  'parcours-insuffisance-cardiaque',
  { fr: 'Parcours insuffisance cardiaque', en: 'Heart-failure pathway' },
  (read) =>
    label(
      (f) => `Parcours coordonné des patients insuffisants cardiaques : ${figure(read, P.heartFailureVariable, f)} points variables ${perReference(read, f)}.`,
      (f) => `Coordinated pathway of heart-failure patients: ${figure(read, P.heartFailureVariable, f)} variable points ${perReference(read, f)}.`,
    ),
  P.heartFailureVariable,
);

const childObesityBase = metFixed(
  'parcours-obesite-enfant',
  'travail-en-equipe-coordination',
  { fr: 'Parcours surpoids ou obésité de l’enfant', en: 'Child overweight/obesity pathway' },
  (read) =>
    label(
      (f) =>
        `Coordination du parcours « surpoids ou obésité de l’enfant » : ${figure(read, P.childObesityFixed, f)} points fixes. Avec moins de ${figure(read, P.childObesityFreeFrom, f)} missions de santé publique, la mission doit porter sur ce thème ; à partir de ${figure(read, P.childObesityFreeFrom, f)} missions, pas de condition.`,
      (f) =>
        `Coordinating the child overweight/obesity pathway: ${figure(read, P.childObesityFixed, f)} fixed points. With fewer than ${figure(read, P.childObesityFreeFrom, f)} public-health missions, the mission must be on that theme; from ${figure(read, P.childObesityFreeFrom, f)} missions, no condition.`,
    ),
  P.childObesityFixed,
);

const childObesity: IndicatorDefinition<'parcours-obesite-enfant'> = {
  ...childObesityBase,
  components: [...childObesityBase.components, { parameter: P.childObesityFreeFrom, role: 'condition' }],
  compute(ctx, a) {
    const c = childObesityBase.compute(ctx, a);
    if (!c.achieved) return c;
    const uses = [...c.uses];
    const themes = ctx.facts.achievements['missions-sante-publique']?.missions ?? [];
    const freeFrom = citing(uses)(ctx.read.whole(P.childObesityFreeFrom));
    const inputs = { met: true, missions: [...themes] };
    const name = childObesityBase.label;
    if (themes.length >= freeFrom) {
      return { ...c, uses, inputs, detail: () => label((f) => `${c.detail().fr} (${f.num(themes.length)} missions)`, (f) => `${c.detail().en} (${f.num(themes.length)} missions)`) };
    }
    if (themes.length === 0) {
      return notEntered(name, 'fixed', text('0 — aucune mission de santé publique', '0 — no public-health mission'), inputs, uses, [RULES.childObesityNoMission]);
    }
    if (themes.includes('surpoids-obesite-enfant')) {
      return { ...c, uses, inputs, detail: () => ({ fr: `${c.detail().fr} (mission sur l’obésité de l’enfant)`, en: `${c.detail().en} (mission on child obesity)` }) };
    }
    return notEntered(name, 'fixed', text('0 — la mission ne porte pas sur le surpoids ou l’obésité de l’enfant', '0 — the mission is not on child overweight/obesity'), inputs, uses);
  },
};

// ---------------------------------------------------------------------------------------------------
// Axe 3 — système d’information

const siStandard: IndicatorDefinition<'si-standard'> = {
  id: 'si-standard',
  axis: 'systeme-information',
  type: 'socle-prerequis',
  label: { fr: 'Système d’information labellisé, niveau standard', en: 'Labelled information system, standard level' },
  rule: (read) =>
    label(
      (f) =>
        `Logiciel labellisé « standard » par l’ANS, dossiers partagés : ${figure(read, P.siStandardFixed, f)} points fixes + ${figure(read, P.siStandardPerProfessional, f)} points par professionnel associé jusqu’au ${figure(read, P.siStandardThreshold, f)}e + ${figure(read, P.siStandardPerProfessionalBeyond, f)} points par professionnel au-delà ; prorata temporis depuis la première acquisition.`,
      (f) =>
        `Software with the ANS “standard” label, shared records: ${figure(read, P.siStandardFixed, f)} fixed points + ${figure(read, P.siStandardPerProfessional, f)} points per associated professional up to the ${figure(read, P.siStandardThreshold, f)}th + ${figure(read, P.siStandardPerProfessionalBeyond, f)} points per professional beyond; prorata temporis from the first acquisition.`,
    ),
  components: [
    { parameter: P.siStandardFixed, role: 'fixed' },
    { parameter: P.siStandardPerProfessional, role: 'variable', scaling: 'professionals' },
    { parameter: P.siStandardPerProfessionalBeyond, role: 'variable', scaling: 'professionals' },
    { parameter: P.siStandardThreshold, role: 'threshold' },
  ],
  compute(ctx, a) {
    const name = siStandard.label;
    if (!a) return notEntered(name);
    if (!a.met) return notEntered(name, 'fixed', text('non atteint', 'not achieved'), { met: false });
    const uses: Resolved[] = [];
    const cite = citing(uses);
    const rules: RuleReading[] = [];
    const fixed = cite(ctx.read.decimal(P.siStandardFixed));
    const per = cite(ctx.read.decimal(P.siStandardPerProfessional));
    const beyond = cite(ctx.read.decimal(P.siStandardPerProfessionalBeyond));
    const threshold = cite(ctx.read.whole(P.siStandardThreshold));
    const n = ctx.facts.structure.professionals;
    const upTo = Math.min(n, threshold);
    const over = Math.max(n - threshold, 0);
    const variable = per.times(upTo).plus(beyond.times(over));
    const pr = siProrata(
      ctx,
      a.since,
      [part('fixed', { fr: 'Part fixe', en: 'Fixed part' }, 'fixed', fixed), part('variable', { fr: 'Part par professionnel associé', en: 'Per associated professional' }, 'variable', variable)],
      cite,
      rules,
    );
    const total = sum(pr.parts.map((p) => p.points));
    const show = (f: Formatter) => {
      const base = `${f.num(fixed)} + ${f.num(per)} × ${f.num(upTo)}${over > 0 ? ` + ${f.num(beyond)} × ${f.num(over)}` : ''}`;
      return `${pr.show ? `(${base})${pr.show(f)}` : base} = ${f.num(total)}`;
    };
    return { achieved: true, parts: pr.parts, detail: () => label(show, show), uses, rules, inputs: { met: true, since: a.since, associatedProfessionals: n } };
  },
  full: () => ({ met: true }),
};

const siAdvanced: IndicatorDefinition<'si-avance'> = {
  id: 'si-avance',
  axis: 'systeme-information',
  type: 'optionnel',
  label: { fr: 'Système d’information labellisé, niveau avancé', en: 'Labelled information system, advanced level' },
  rule: (read) =>
    label(
      (f) => `Logiciel labellisé « avancé » par l’ANS : ${figure(read, P.siAdvancedFixed, f)} points fixes, cumulables avec le niveau standard ; prorata temporis depuis l’acquisition.`,
      (f) => `Software with the ANS “advanced” label: ${figure(read, P.siAdvancedFixed, f)} fixed points, on top of the standard level; prorata temporis from the acquisition.`,
    ),
  components: [{ parameter: P.siAdvancedFixed, role: 'fixed' }],
  compute(ctx, a) {
    const name = siAdvanced.label;
    if (!a) return notEntered(name);
    if (!a.met) return notEntered(name, 'fixed', text('non atteint', 'not achieved'), { met: false });
    const uses: Resolved[] = [];
    const cite = citing(uses);
    const rules: RuleReading[] = [];
    const fixed = cite(ctx.read.decimal(P.siAdvancedFixed));
    const pr = siProrata(ctx, a.since, [part('fixed', name, 'fixed', fixed)], cite, rules);
    const total = sum(pr.parts.map((p) => p.points));
    const show = (f: Formatter) => (pr.show ? `${f.num(fixed)}${pr.show(f)} = ${f.num(total)}` : f.num(fixed));
    return { achieved: true, parts: pr.parts, detail: () => label(show, show), uses, rules, inputs: { met: true, since: a.since } };
  },
};

// ---------------------------------------------------------------------------------------------------

/** Every indicator definition, by id. */
export const DEFINITIONS: { readonly [K in IndicatorId]: IndicatorDefinition<K> } = {
  'horaires-ouverture-snp': hours,
  'crises-sanitaires': crisis,
  'diversite-services': diversity,
  'second-recours': secondRecours,
  'medecins-cstm': cstm,
  'missions-sante-publique': missions,
  'satisfaction-patients': satisfaction,
  'implication-usagers': users,
  'soins-non-programmes-sas': sas,
  'fonction-coordination': coordination,
  'protocoles-pluriprofessionnels': protocols,
  'concertation-pluriprofessionnelle': concertation,
  'formation-stagiaires': training,
  'coordination-externe': externalCoordination,
  'demarche-qualite': quality,
  'protocoles-nationaux-cooperation': pnc,
  'parcours-insuffisance-cardiaque': heartFailure,
  'parcours-obesite-enfant': childObesity,
  'si-standard': siStandard,
  'si-avance': siAdvanced,
};

/** The definition of an indicator, typed loosely for generic use. */
export function definition(id: IndicatorId): IndicatorDefinition & { compute: (ctx: IndicatorContext, a: unknown) => Computation; full?: (ctx: IndicatorContext) => unknown } {
  return DEFINITIONS[id] as never;
}

/** The type of an indicator where the reader reads, with the parameter that gave it (if any). */
export function typeOf(def: IndicatorDefinition, read: ParameterReader): Reading<IndicatorType> | { readonly value: IndicatorType; readonly resolved?: undefined } {
  return typeof def.type === 'string' ? { value: def.type } : read.choice(def.type);
}

/**
 * Each indicator's points in the year: its rule run on what the MSP achieved, with its step (built
 * on first read, once).
 */
export function indicatorPoints(facts: YearFacts): IndicatorPoints[] {
  return facts.catalogue.map((id) => {
    const def = definition(id);
    const type = typeOf(def, facts.read);
    const computation = def.compute({ facts, read: facts.read, path: [...facts.achievementsPath, id] }, facts.achievements[id]);
    let fixed = ZERO;
    let variable = ZERO;
    for (const p of computation.parts) {
      if (p.kind === 'fixed') fixed = fixed.plus(p.points);
      else variable = variable.plus(p.points);
    }
    const points = fixed.plus(variable);
    return {
      id,
      definition: def,
      type: type.value,
      computation,
      fixed,
      variable,
      points,
      step: once(() => {
        const detail = computation.detail();
        return step({
          rule: `msp.indicator.${id}`,
          label: {
            fr: `${def.label.fr} (${TYPE_LABELS[type.value].fr}) — ${detail.fr}`,
            en: `${def.label.en} (${TYPE_LABELS[type.value].en}) — ${detail.en}`,
          },
          inputs: { ...computation.inputs, fixedPoints: fixed, variablePoints: variable },
          value: points,
          uses: type.resolved ? [type.resolved, ...computation.uses] : computation.uses,
          rules: computation.rules,
        });
      }),
    };
  });
}

/**
 * The points of the socle prérequis and socle indicators at “100 %”, for a full year (what the advance
 * is computed on, `msp.rule.avance-base`): each such indicator's rule run on its full achievement, with
 * the year's patientèle and professionals, counts at their cap.
 */
export function socleAtFull(facts: YearFacts, indicators: readonly IndicatorPoints[]): { readonly points: Decimal; readonly ids: readonly IndicatorId[]; readonly uses: readonly Resolved[] } {
  const full: YearFacts = { ...facts, coverageFrom: facts.yearStart, aboveCap: 'ignore-excess', achievements: {} };
  const uses: Resolved[] = [];
  const ids: IndicatorId[] = [];
  let points = ZERO;
  for (const i of indicators) {
    if ((i.type !== 'socle-prerequis' && i.type !== 'socle') || !i.definition.full) continue;
    const def = definition(i.id);
    const ctx: IndicatorContext = { facts: full, read: facts.read, path: [...facts.achievementsPath, i.id] };
    const c = def.compute(ctx, def.full!(ctx));
    for (const u of c.uses) if (!uses.includes(u)) uses.push(u);
    points = points.plus(sum(c.parts.map((p) => p.points)));
    ids.push(i.id);
  }
  return { points, ids, uses };
}
