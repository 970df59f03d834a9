/**
 * The ACI MSP indicators: what each one pays, from what the structure achieved in the year.
 *
 * One definition per indicator id: its axis, its type, the parameters it reads (listed by the catalogue)
 * and its rule. Fixed points are paid in full when the indicator is met; variable points are
 * « proratisés à la patientèle »: points × P / 4 000 (linear both ways), P being the patientèle de
 * référence; the information system counts associated professionals instead (Cnam guide, Avenant 1).
 */
import type { Decimal } from 'decimal.js';
import { invalid } from '../core/errors.js';
import type { Label, Resolved, RuleReading } from '../core/parameters.js';
import { step, type Step, type StepValue } from '../core/explain.js';
import { Dec, max as maxOf, min as minOf, sum } from '../core/money.js';
import { ParamReader, text, unitsToYearEnd, type ProrataBasis, type YearFacts } from './context.js';
import { RULES, type IndicatorId, type IndicatorType, type MspParameterId } from './parameters.js';
import type { MspAchievements } from './schema.js';

/** The three axes of the accord. */
export type Axis = 'acces-aux-soins' | 'travail-en-equipe-coordination' | 'systeme-information';

export const AXIS_LABELS: Record<Axis, Label> = {
  'acces-aux-soins': { fr: 'Accès aux soins', en: 'Access to care' },
  'travail-en-equipe-coordination': { fr: 'Travail en équipe et coordination', en: 'Teamwork and coordination' },
  'systeme-information': { fr: 'Système d’information', en: 'Information system' },
};

export const TYPE_LABELS: Record<IndicatorType, Label> = {
  'socle-prerequis': { fr: 'socle prérequis', en: 'core prerequisite' },
  socle: { fr: 'socle', en: 'core' },
  optionnel: { fr: 'optionnel', en: 'optional' },
};

/** Fixed points are paid when met; variable points scale with the patientèle or the professionals. */
export type PartKind = 'fixed' | 'variable';

/** One part of an indicator's points (the base, a level, an IPA bonus…). */
export interface Part {
  readonly key: string;
  readonly label: Label;
  readonly kind: PartKind;
  readonly points: Decimal;
}

/** What an indicator's rule produced. */
export interface Computation {
  /** The indicator is met (for a prérequis: its condition holds). */
  readonly achieved: boolean;
  readonly parts: readonly Part[];
  /** How the points were obtained, in words and figures. */
  readonly detail: Label;
  readonly uses: readonly Resolved[];
  readonly rules: readonly RuleReading[];
  readonly inputs: Readonly<Record<string, StepValue | Decimal | undefined>>;
}

/** What a rule may read. */
export interface IndicatorContext {
  readonly rd: ParamReader;
  readonly facts: YearFacts;
  readonly achievements: MspAchievements;
  /** Path of this indicator's achievement in the input (for errors). */
  readonly path: readonly (string | number)[];
}

/** How a parameter enters an indicator (for the catalogue). */
export type ComponentRole = 'fixed' | 'variable' | 'minoration' | 'cap' | 'threshold' | 'condition';

/** A parameter an indicator reads, and its role. */
export interface ComponentDef {
  readonly parameter: MspParameterId;
  readonly role: ComponentRole;
  /** What the points are multiplied by: P / 4 000, a count of professionals or of units, or nothing. */
  readonly scaling?: 'patientele' | 'professionals' | 'per-unit';
}

/** One indicator of the accord. */
export interface IndicatorDefinition<K extends IndicatorId = IndicatorId> {
  readonly id: K;
  readonly axis: Axis;
  /** The type, or the parameter holding it when it changes with the year. */
  readonly type: IndicatorType | { readonly parameter: MspParameterId };
  readonly label: Label;
  /** The rule in plain words. */
  readonly rule: Label;
  readonly components: readonly ComponentDef[];
  readonly compute: (ctx: IndicatorContext, achievement: MspAchievements[K]) => Computation;
  /** What “100 %” of the indicator is, for the advance (socle and prérequis indicators only). */
  readonly full?: (ctx: IndicatorContext) => NonNullable<MspAchievements[K]>;
}

// ---------------------------------------------------------------------------------------------------
// Helpers

const ZERO = () => new Dec(0);

function part(key: string, label: Label, kind: PartKind, points: Decimal): Part {
  return { key, label, kind, points };
}

/** points × P / reference patientèle. */
function perPatientele(ctx: IndicatorContext, points: Decimal, uses: Resolved[]): Decimal {
  const ref = ctx.rd.dec('msp.reference-patientele', uses);
  return points.times(ctx.facts.patientele).dividedBy(ref);
}

function notEntered(label: Label, kind: PartKind = 'fixed'): Computation {
  return {
    achieved: false,
    parts: [part('base', label, kind, ZERO())],
    detail: { fr: 'non atteint (non saisi)', en: 'not achieved (not entered)' },
    uses: [],
    rules: [],
    inputs: {},
  };
}

function patienteleLabel(ctx: IndicatorContext, points: Decimal, ref: Decimal): Label {
  return text(points, ' × ', ctx.facts.patientele, ' / ', ref);
}

/** A count above its cap: an error, or the cap (options.aboveCap). */
function capped(ctx: IndicatorContext, field: string, count: number, received: unknown, cap: number, capId: MspParameterId, what: string): number {
  if (count <= cap) return count;
  if (ctx.facts.aboveCap === 'reject') {
    invalid(
      [...ctx.path, field],
      received,
      `at most ${cap} ${what} (${capId}, the cap of the catalogue in force for ${ctx.facts.year}); set options.aboveCap to "ignore-excess" to pay the cap, as the Cnam guide does`,
    );
  }
  return cap;
}

function simple(label: Label, kind: PartKind, points: Decimal, detail: Label, uses: Resolved[], extra: Partial<Computation> = {}): Computation {
  return { achieved: points.greaterThan(0), parts: [part('base', label, kind, points)], detail, uses, rules: [], inputs: {}, ...extra };
}

/** Prorata temporis of the information system from its first acquisition (in the year). */
function siProrata(ctx: IndicatorContext, since: string | undefined, parts: Part[], uses: Resolved[], rules: RuleReading[]): { parts: Part[]; detail?: Label } {
  if (since === undefined) return { parts };
  if (since > ctx.facts.yearEnd) {
    invalid([...ctx.path, 'since'], since, `a date on or before ${ctx.facts.yearEnd} (software acquired after the year earns nothing in it: set "met" to false)`);
  }
  if (since <= ctx.facts.coverageFrom) return { parts };
  const basis = ctx.rd.choice<ProrataBasis>('msp.prorata.basis', uses);
  const num = unitsToYearEnd(since, basis);
  const den = unitsToYearEnd(ctx.facts.coverageFrom, basis);
  if (den === 0) return { parts };
  rules.push(RULES.siProrata);
  const prorated = parts.map((p) => ({ ...p, points: p.points.times(num).dividedBy(den).toDecimalPlaces(2, Dec.ROUND_HALF_UP) }));
  return {
    parts: prorated,
    detail: text(' × ', num, '/', den, { fr: ` (${basis === 'days' ? 'jours' : 'mois'} depuis le ${since})`, en: ` (${basis} since ${since})` }),
  };
}

// ---------------------------------------------------------------------------------------------------
// Axe 1 — accès aux soins

const hours: IndicatorDefinition<'horaires-ouverture-snp'> = {
  id: 'horaires-ouverture-snp',
  axis: 'acces-aux-soins',
  type: 'socle-prerequis',
  label: { fr: 'Horaires d’ouverture et soins non programmés', en: 'Opening hours and unscheduled care' },
  rule: {
    fr: 'Ouverture 8 h–20 h en semaine, le samedi matin et pendant les vacances scolaires, avec des soins non programmés chaque jour ouvré. Minorations additives (amplitude, samedi, fermeture de 2 à 3 semaines) ; 0 sans soins non programmés, sous 8 h d’amplitude sans dérogation ARS, ou en cas de fermeture de plus de 3 semaines (plus d’une semaine hors vacances).',
    en: 'Open 8:00–20:00 on weekdays, Saturday morning and during school holidays, with unscheduled care every working day. Reductions add up (amplitude, Saturday, 2–3 weeks’ closure); 0 without unscheduled care, under 8 h without an ARS derogation, or when closed over 3 weeks (over a week outside holidays).',
  },
  components: [
    { parameter: 'msp.horaires.fixed', role: 'fixed' },
    { parameter: 'msp.horaires.minoration.amplitude-10-12h', role: 'minoration' },
    { parameter: 'msp.horaires.minoration.amplitude-8-10h', role: 'minoration' },
    { parameter: 'msp.horaires.minoration.samedi-ferme', role: 'minoration' },
    { parameter: 'msp.horaires.minoration.vacances-2-3-semaines', role: 'minoration' },
  ],
  compute(ctx, a) {
    const label = this.label;
    if (!a) return notEntered(label);
    const uses: Resolved[] = [];
    // The reading of the tree (reductions add up, reduced hours still met) is cited when a reduction applies.
    const rules: RuleReading[] = ctx.facts.version === 'aci-2017' ? [RULES.hoursTree2017] : [];
    const inputs = { ...a, arsDerogation: a.arsDerogation ?? false };
    const base = ctx.rd.dec('msp.horaires.fixed', uses);
    const zero = (why: Label): Computation => ({ achieved: false, parts: [part('base', label, 'fixed', ZERO())], detail: text('0 — ', why), uses, rules, inputs });
    if (!a.snp) return zero({ fr: 'pas d’organisation des soins non programmés', en: 'no organisation of unscheduled care' });
    if (a.schoolHolidayClosure === 'over-3-weeks') return zero({ fr: 'fermeture de plus de 3 semaines pendant les vacances scolaires', en: 'closed over 3 weeks during school holidays' });
    if (a.closedOverOneWeekOutsideSchoolHolidays) return zero({ fr: 'fermeture de plus d’une semaine hors vacances scolaires', en: 'closed over a week outside school holidays' });
    const minus: { id: MspParameterId; why: Label }[] = [];
    if (!(a.arsDerogation ?? false)) {
      if (a.amplitude === 'under-8h') return zero({ fr: 'amplitude inférieure à 8 h sans dérogation ARS', en: 'opening under 8 h without an ARS derogation' });
      if (a.amplitude === '10h-to-12h') minus.push({ id: 'msp.horaires.minoration.amplitude-10-12h', why: { fr: 'amplitude 10–12 h', en: '10–12 h opening' } });
      if (a.amplitude === '8h-to-10h') minus.push({ id: 'msp.horaires.minoration.amplitude-8-10h', why: { fr: 'amplitude 8–10 h', en: '8–10 h opening' } });
    }
    if (!a.saturdayMorningOpen) minus.push({ id: 'msp.horaires.minoration.samedi-ferme', why: { fr: 'samedi matin fermé', en: 'closed Saturday morning' } });
    if (a.schoolHolidayClosure === '2-to-3-weeks') minus.push({ id: 'msp.horaires.minoration.vacances-2-3-semaines', why: { fr: 'fermeture 2–3 semaines', en: '2–3 weeks’ closure' } });
    let points = base;
    let detail = text(base);
    for (const m of minus) {
      const v = ctx.rd.dec(m.id, uses);
      points = points.minus(v);
      detail = text(detail, ' − ', v, ' (', m.why, ')');
    }
    points = maxOf(points, ZERO());
    if (minus.length > 0) rules.push(RULES.hoursDecisionTree);
    return { achieved: points.greaterThan(0), parts: [part('base', label, 'fixed', points)], detail, uses, rules, inputs };
  },
  full: () => ({ snp: true, amplitude: '12h-or-more', saturdayMorningOpen: true, schoolHolidayClosure: 'under-2-weeks', closedOverOneWeekOutsideSchoolHolidays: false }),
};

const crisis: IndicatorDefinition<'crises-sanitaires'> = {
  id: 'crises-sanitaires',
  axis: 'acces-aux-soins',
  type: { parameter: 'msp.crises-sanitaires.type' },
  label: { fr: 'Réponse aux crises sanitaires graves', en: 'Response to serious health crises' },
  rule: {
    fr: 'Plan de préparation rédigé et tenu à jour : points fixes, quelle que soit la situation sanitaire. Actions menées pendant une crise sanitaire grave déclarée : points variables × P / 4 000 (non payables pour 2022).',
    en: 'A preparation plan written and kept up to date: fixed points, whatever the health situation. Actions during a declared serious health crisis: variable points × P / 4,000 (not payable for 2022).',
  },
  components: [
    { parameter: 'msp.crises-sanitaires.plan.fixed', role: 'fixed' },
    { parameter: 'msp.crises-sanitaires.variable', role: 'variable', scaling: 'patientele' },
    { parameter: 'msp.crises-sanitaires.variable-payable', role: 'condition' },
  ],
  compute(ctx, a) {
    if (!a || !a.plan) {
      const c = notEntered(this.label);
      return a ? { ...c, detail: { fr: 'non atteint (pas de plan de préparation)', en: 'not achieved (no preparation plan)' }, inputs: { ...a } } : c;
    }
    const uses: Resolved[] = [];
    const fixed = ctx.rd.dec('msp.crises-sanitaires.plan.fixed', uses);
    let variable = ZERO();
    let detail = text(fixed, { fr: ' (plan)', en: ' (plan)' });
    if (a.crisisActions) {
      const payable = ctx.rd.flag('msp.crises-sanitaires.variable-payable', uses);
      if (payable) {
        const v = ctx.rd.dec('msp.crises-sanitaires.variable', uses);
        variable = perPatientele(ctx, v, uses);
        detail = text(detail, ' + ', patienteleLabel(ctx, v, ctx.rd.dec('msp.reference-patientele')), { fr: ' (actions de crise)', en: ' (crisis actions)' });
      } else {
        detail = text(detail, { fr: ' ; actions de crise non payables pour cet exercice', en: '; crisis actions not payable for this year' });
      }
    }
    return {
      achieved: true,
      parts: [part('plan', { fr: 'Plan de préparation', en: 'Preparation plan' }, 'fixed', fixed), part('crisis-actions', { fr: 'Actions pendant une crise', en: 'Actions during a crisis' }, 'variable', variable)],
      detail,
      uses,
      rules: [],
      inputs: { plan: a.plan, crisisActions: a.crisisActions ?? false },
    };
  },
  full: () => ({ plan: true, crisisActions: false }),
};

function levelled<K extends 'diversite-services' | 'second-recours'>(
  id: K,
  label: Label,
  rule: Label,
  levels: readonly MspParameterId[],
): IndicatorDefinition<K> {
  return {
    id,
    axis: 'acces-aux-soins',
    type: 'optionnel',
    label,
    rule,
    components: levels.map((p) => ({ parameter: p, role: 'fixed' as const })),
    compute(ctx, a) {
      if (!a || a.level === 0) return a ? { ...notEntered(label), detail: { fr: 'niveau 0', en: 'level 0' }, inputs: { level: 0 } } : notEntered(label);
      const uses: Resolved[] = [];
      const parts = levels.slice(0, a.level).map((p, i) => part(`level-${i + 1}`, text({ fr: 'Niveau ', en: 'Level ' }, i + 1), 'fixed', ctx.rd.dec(p, uses)));
      return { achieved: true, parts, detail: text(...parts.flatMap((p, i) => (i === 0 ? [p.points] : [' + ', p.points]))), uses, rules: [], inputs: { level: a.level } };
    },
  };
}

const diversity = levelled(
  'diversite-services',
  { fr: 'Diversité des services de soins (professionnels associés)', en: 'Diversity of care services (associated professionals)' },
  {
    fr: 'Niveau 1 : une profession médicale ou spécialité autre que la médecine générale, ou un pharmacien, ou 3 professions paramédicales différentes. Niveau 2 : l’un des trois premiers et 3 professions paramédicales. Points fixes cumulables.',
    en: 'Level 1: a medical profession or specialty other than general practice, or a pharmacist, or 3 different paramedical professions. Level 2: one of the first three and 3 paramedical professions. Fixed points, cumulative.',
  },
  ['msp.diversite.niveau-1', 'msp.diversite.niveau-2'],
);

const secondRecours = levelled(
  'second-recours',
  { fr: 'Consultations de second recours par des professionnels vacataires', en: 'Second-line consultations by visiting professionals' },
  {
    fr: 'Vacations de professionnels extérieurs (spécialistes, sages-femmes, chirurgiens-dentistes, pharmaciens). Niveau 1 : au moins 2 jours par mois ; niveau 2 : au moins 2,5 jours par semaine. Points fixes cumulables.',
    en: 'Sessions by outside professionals (specialists, midwives, dentists, pharmacists). Level 1: at least 2 days a month; level 2: at least 2.5 days a week. Fixed points, cumulative.',
  },
  ['msp.second-recours.niveau-1', 'msp.second-recours.niveau-2'],
);

function metFixed<K extends 'medecins-cstm' | 'satisfaction-patients' | 'parcours-obesite-enfant'>(
  id: K,
  axis: Axis,
  label: Label,
  rule: Label,
  param: MspParameterId,
): Omit<IndicatorDefinition<K>, 'compute'> & { compute: (ctx: IndicatorContext, a: { met: boolean } | undefined) => Computation } {
  return {
    id,
    axis,
    type: 'optionnel',
    label,
    rule,
    components: [{ parameter: param, role: 'fixed' }],
    compute(ctx, a) {
      if (!a || !a.met) return a ? { ...notEntered(label), detail: { fr: 'non atteint', en: 'not achieved' }, inputs: { met: false } } : notEntered(label);
      const uses: Resolved[] = [];
      const v = ctx.rd.dec(param, uses);
      return simple(label, 'fixed', v, text(v), uses, { inputs: { met: true } });
    },
  };
}

function metVariable<K extends 'coordination-externe' | 'parcours-insuffisance-cardiaque'>(id: K, label: Label, rule: Label, param: MspParameterId): IndicatorDefinition<K> {
  return {
    id,
    axis: 'travail-en-equipe-coordination',
    type: 'optionnel',
    label,
    rule,
    components: [{ parameter: param, role: 'variable', scaling: 'patientele' }],
    compute(ctx, a) {
      if (!a || !a.met) return a ? { ...notEntered(label, 'variable'), detail: { fr: 'non atteint', en: 'not achieved' }, inputs: { met: false } } : notEntered(label, 'variable');
      const uses: Resolved[] = [];
      const v = ctx.rd.dec(param, uses);
      const points = perPatientele(ctx, v, uses);
      return simple(label, 'variable', points, text(patienteleLabel(ctx, v, ctx.rd.dec('msp.reference-patientele')), ' = ', points), uses, { achieved: true, inputs: { met: true } });
    },
  };
}

const cstm = metFixed(
  'medecins-cstm',
  'acces-aux-soins',
  { fr: 'Accueil de médecins sous contrat de solidarité territoriale (CSTM)', en: 'Hosting doctors under a territorial solidarity contract (CSTM)' },
  { fr: 'Au moins un médecin signataire d’un CSTM assure des vacations dans la structure : points fixes.', en: 'At least one doctor holding a CSTM works sessions in the structure: fixed points.' },
  'msp.cstm.fixed',
);

const missions: IndicatorDefinition<'missions-sante-publique'> = {
  id: 'missions-sante-publique',
  axis: 'acces-aux-soins',
  type: 'optionnel',
  label: { fr: 'Missions de santé publique', en: 'Public-health missions' },
  rule: {
    fr: 'Points variables par mission × P / 4 000, au plus 2 missions rémunérées, sur des thèmes distincts (annexe 2 de l’ACI, ou une mission issue du PRS). Avenant 1 : majoration fixe si un IPA exerce dans la structure et qu’au moins 2 missions sont rémunérées.',
    en: 'Variable points per mission × P / 4,000, at most 2 missions paid, on distinct themes (annexe 2 of the ACI, or one mission from the PRS). Avenant 1: a fixed bonus when an IPA works in the structure and at least 2 missions are paid.',
  },
  components: [
    { parameter: 'msp.missions.per-mission', role: 'variable', scaling: 'patientele' },
    { parameter: 'msp.missions.max', role: 'cap' },
    { parameter: 'msp.missions.ipa-bonus', role: 'fixed' },
    { parameter: 'msp.missions.ipa-min-missions', role: 'threshold' },
  ],
  compute(ctx, a) {
    if (!a || a.missions.length === 0) return a ? { ...notEntered(this.label, 'variable'), detail: { fr: 'aucune mission', en: 'no mission' }, inputs: { missions: [] } } : notEntered(this.label, 'variable');
    const seen = new Set<string>();
    a.missions.forEach((theme, i) => {
      if (seen.has(theme)) {
        invalid(
          [...ctx.path, 'missions', i],
          theme,
          'a theme not listed already: two paid missions may not share a theme, nor both derive from the PRS (Cnam guide p. 15–16)',
        );
      }
      seen.add(theme);
    });
    const uses: Resolved[] = [];
    const rules: RuleReading[] = [RULES.missionsDistinct];
    const cap = ctx.rd.int('msp.missions.max', uses);
    const paid = capped(ctx, 'missions', a.missions.length, a.missions, cap, 'msp.missions.max', 'public-health missions');
    const per = ctx.rd.dec('msp.missions.per-mission', uses);
    const ref = ctx.rd.dec('msp.reference-patientele', uses);
    const variable = per.times(paid).times(ctx.facts.patientele).dividedBy(ref);
    let detail = text(per, ' × ', paid, ' × ', ctx.facts.patientele, ' / ', ref, ' = ', variable);
    const parts = [part('missions', { fr: 'Missions', en: 'Missions' }, 'variable', variable)];
    if (ctx.facts.ipa && ctx.rd.inForce('msp.missions.ipa-bonus')) {
      const min = ctx.rd.int('msp.missions.ipa-min-missions', uses);
      if (paid >= min) {
        const bonus = ctx.rd.dec('msp.missions.ipa-bonus', uses);
        parts.push(part('ipa', { fr: 'Majoration IPA', en: 'IPA bonus' }, 'fixed', bonus));
        detail = text(detail, ' + ', bonus, ' (IPA)');
      } else {
        detail = text(detail, { fr: ` ; pas de majoration IPA (moins de ${min} missions)`, en: `; no IPA bonus (fewer than ${min} missions)` });
      }
    }
    return { achieved: true, parts, detail, uses, rules, inputs: { missions: [...a.missions], paidMissions: paid, ipa: ctx.facts.ipa } };
  },
};

const satisfaction = metFixed(
  'satisfaction-patients',
  'acces-aux-soins',
  { fr: 'Satisfaction des patients (outils d’évaluation)', en: 'Patient satisfaction (assessment tools)' },
  { fr: 'Outils d’évaluation de la satisfaction et des besoins des patients (ACI 2017) : points fixes.', en: 'Tools to assess patient satisfaction and needs (ACI 2017): fixed points.' },
  'msp.satisfaction.fixed',
);

const users: IndicatorDefinition<'implication-usagers'> = {
  id: 'implication-usagers',
  axis: 'acces-aux-soins',
  type: 'optionnel',
  label: { fr: 'Implication des usagers', en: 'Users’ involvement' },
  rule: {
    fr: 'Niveau 1 (consulter, informer, sensibiliser les usagers) : points fixes. Niveau 2 (co-construction avec les usagers, suppose le niveau 1) : points variables × P / 4 000.',
    en: 'Level 1 (consult, inform, raise awareness among users): fixed points. Level 2 (co-construction with users, needs level 1): variable points × P / 4,000.',
  },
  components: [
    { parameter: 'msp.usagers.niveau-1', role: 'fixed' },
    { parameter: 'msp.usagers.niveau-2', role: 'variable', scaling: 'patientele' },
  ],
  compute(ctx, a) {
    if (!a || a.level === 0) return a ? { ...notEntered(this.label), detail: { fr: 'niveau 0', en: 'level 0' }, inputs: { level: 0 } } : notEntered(this.label);
    const uses: Resolved[] = [];
    const l1 = ctx.rd.dec('msp.usagers.niveau-1', uses);
    const parts = [part('level-1', { fr: 'Niveau 1', en: 'Level 1' }, 'fixed', l1)];
    let detail = text(l1);
    if (a.level >= 2) {
      const l2 = ctx.rd.dec('msp.usagers.niveau-2', uses);
      const v = perPatientele(ctx, l2, uses);
      parts.push(part('level-2', { fr: 'Niveau 2', en: 'Level 2' }, 'variable', v));
      detail = text(detail, ' + ', patienteleLabel(ctx, l2, ctx.rd.dec('msp.reference-patientele')));
    }
    return { achieved: true, parts, detail, uses, rules: [], inputs: { level: a.level } };
  },
};

const sas: IndicatorDefinition<'soins-non-programmes-sas'> = {
  id: 'soins-non-programmes-sas',
  axis: 'acces-aux-soins',
  type: 'optionnel',
  label: { fr: 'Soins non programmés en lien avec le SAS', en: 'Unscheduled care with the SAS' },
  rule: {
    fr: 'Au moins la moitié des médecins de la structure participent au service d’accès aux soins : palier partiel ; tous, ou la structure répond à toutes les demandes du régulateur : palier complet. Points fixes, non cumulables.',
    en: 'At least half the structure’s doctors take part in the SAS: partial level; all of them, or the structure answers every request of the regulator: full level. Fixed points, not cumulative.',
  },
  components: [
    { parameter: 'msp.sas.partial', role: 'fixed' },
    { parameter: 'msp.sas.full', role: 'fixed' },
    { parameter: 'msp.sas.partial-share', role: 'threshold' },
    { parameter: 'msp.sas.full-share', role: 'threshold' },
  ],
  compute(ctx, a) {
    if (!a) return notEntered(this.label);
    const uses: Resolved[] = [];
    const all = a.allRegulatorRequests ?? false;
    const inputs = { doctorsShare: a.doctorsShare, allRegulatorRequests: all };
    const fullShare = ctx.rd.dec('msp.sas.full-share', uses);
    if (all || a.doctorsShare.greaterThanOrEqualTo(fullShare)) {
      const v = ctx.rd.dec('msp.sas.full', uses);
      return simple(this.label, 'fixed', v, text(v, { fr: ' (palier complet)', en: ' (full level)' }), uses, { inputs });
    }
    const halfShare = ctx.rd.dec('msp.sas.partial-share', uses);
    if (a.doctorsShare.greaterThanOrEqualTo(halfShare)) {
      const v = ctx.rd.dec('msp.sas.partial', uses);
      return simple(this.label, 'fixed', v, text(v, { fr: ' (palier partiel)', en: ' (partial level)' }), uses, { inputs });
    }
    return simple(this.label, 'fixed', ZERO(), text('0 — ', { fr: 'moins de la moitié des médecins participent', en: 'fewer than half the doctors take part' }), uses, { inputs });
  },
};

// ---------------------------------------------------------------------------------------------------
// Axe 2 — travail en équipe et coordination

const coordination: IndicatorDefinition<'fonction-coordination'> = {
  id: 'fonction-coordination',
  axis: 'travail-en-equipe-coordination',
  type: 'socle-prerequis',
  label: { fr: 'Fonction de coordination', en: 'Coordination function' },
  rule: {
    fr: 'Temps de coordination identifié et dédié : points fixes + points variables × min(P, seuil) / 4 000 + points variables au-delà × max(P − seuil, 0) / 4 000.',
    en: 'Identified, dedicated coordination time: fixed points + variable points × min(P, threshold) / 4,000 + beyond-threshold points × max(P − threshold, 0) / 4,000.',
  },
  components: [
    { parameter: 'msp.coordination.fixed', role: 'fixed' },
    { parameter: 'msp.coordination.variable', role: 'variable', scaling: 'patientele' },
    { parameter: 'msp.coordination.variable-beyond', role: 'variable', scaling: 'patientele' },
    { parameter: 'msp.coordination.threshold', role: 'threshold' },
  ],
  compute(ctx, a) {
    if (!a || !a.met) return a ? { ...notEntered(this.label), detail: { fr: 'non atteint', en: 'not achieved' }, inputs: { met: false } } : notEntered(this.label);
    const uses: Resolved[] = [];
    const fixed = ctx.rd.dec('msp.coordination.fixed', uses);
    const v1 = ctx.rd.dec('msp.coordination.variable', uses);
    const v2 = ctx.rd.dec('msp.coordination.variable-beyond', uses);
    const threshold = ctx.rd.dec('msp.coordination.threshold', uses);
    const ref = ctx.rd.dec('msp.reference-patientele', uses);
    const p = ctx.facts.patientele;
    const upTo = minOf(p, threshold);
    const beyond = maxOf(p.minus(threshold), ZERO());
    const variable = v1.times(upTo).dividedBy(ref).plus(v2.times(beyond).dividedBy(ref));
    let detail = text(fixed, ' + ', v1, ' × ', upTo, ' / ', ref);
    if (beyond.greaterThan(0)) detail = text(detail, ' + ', v2, ' × ', beyond, ' / ', ref);
    detail = text(detail, ' = ', fixed.plus(variable));
    return {
      achieved: true,
      parts: [part('fixed', { fr: 'Part fixe', en: 'Fixed part' }, 'fixed', fixed), part('variable', { fr: 'Part variable', en: 'Variable part' }, 'variable', variable)],
      detail,
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
  rule: {
    fr: 'Points fixes par protocole, dans la limite du plafond ; un protocole suffit pour être rémunéré. Avenant 1 : majoration par protocole si un IPA exerce dans la structure, même plafond.',
    en: 'Fixed points per protocol, up to the cap; one protocol is enough to be paid. Avenant 1: a bonus per protocol when an IPA works in the structure, same cap.',
  },
  components: [
    { parameter: 'msp.protocoles.per-protocol', role: 'fixed', scaling: 'per-unit' },
    { parameter: 'msp.protocoles.max', role: 'cap' },
    { parameter: 'msp.protocoles.ipa-per-protocol', role: 'fixed', scaling: 'per-unit' },
  ],
  compute(ctx, a) {
    if (!a || a.count === 0) return a ? { ...notEntered(this.label), detail: { fr: 'aucun protocole', en: 'no protocol' }, inputs: { count: 0 } } : notEntered(this.label);
    const uses: Resolved[] = [];
    const cap = ctx.rd.int('msp.protocoles.max', uses);
    const n = capped(ctx, 'count', a.count, a.count, cap, 'msp.protocoles.max', 'protocols');
    const per = ctx.rd.dec('msp.protocoles.per-protocol', uses);
    const parts = [part('protocols', { fr: 'Protocoles', en: 'Protocols' }, 'fixed', per.times(n))];
    let detail = text(per, ' × ', n);
    if (ctx.facts.ipa && ctx.rd.inForce('msp.protocoles.ipa-per-protocol')) {
      const ipa = ctx.rd.dec('msp.protocoles.ipa-per-protocol', uses);
      parts.push(part('ipa', { fr: 'Majoration IPA', en: 'IPA bonus' }, 'fixed', ipa.times(n)));
      detail = text(detail, ' + ', ipa, ' × ', n, ' (IPA)');
    }
    return { achieved: true, parts, detail, uses, rules: [], inputs: { count: a.count, paidProtocols: n, ipa: ctx.facts.ipa } };
  },
  full: (ctx) => ({ count: ctx.rd.int('msp.protocoles.max') }),
};

const concertation: IndicatorDefinition<'concertation-pluriprofessionnelle'> = {
  id: 'concertation-pluriprofessionnelle',
  axis: 'travail-en-equipe-coordination',
  type: 'socle',
  label: { fr: 'Concertation pluriprofessionnelle', en: 'Multi-professional case reviews' },
  rule: {
    fr: 'Au moins 6 réunions par an (proratisées à la date d’effet) et des dossiers étudiés. Taux = dossiers / patients médecin traitant en ALD ou de 75 ans et plus ; points variables × P / 4 000 × min(taux / 5 %, 1). Avenant 1 : majoration IPA variable, même prorata.',
    en: 'At least 6 meetings a year (prorated to the effective date) and files reviewed. Rate = files / médecin-traitant patients in ALD or aged 75+; variable points × P / 4,000 × min(rate / 5 %, 1). Avenant 1: a variable IPA bonus, same proration.',
  },
  components: [
    { parameter: 'msp.concertation.variable', role: 'variable', scaling: 'patientele' },
    { parameter: 'msp.concertation.target-rate', role: 'threshold' },
    { parameter: 'msp.concertation.min-meetings', role: 'threshold' },
    { parameter: 'msp.concertation.ipa-variable', role: 'variable', scaling: 'patientele' },
    { parameter: 'msp.concertation.children-in-base', role: 'condition' },
    { parameter: 'msp.concertation.rate-rounding', role: 'condition' },
  ],
  compute(ctx, a) {
    if (!a) return notEntered(this.label, 'variable');
    const uses: Resolved[] = [];
    const rules: RuleReading[] = [];
    const e = a.eligiblePatients;
    const children = ctx.rd.flag('msp.concertation.children-in-base', uses) ? (e.childrenAld0To16 ?? 0) : 0;
    const base = e.aldUnder75 + e.over75WithoutAld + e.over75WithAld + children;
    const inputs: Record<string, StepValue | Decimal> = { meetings: a.meetings, casesReviewed: a.casesReviewed, eligiblePatients: base };
    const zero = (why: Label): Computation => ({ achieved: false, parts: [part('base', this.label, 'variable', ZERO())], detail: text('0 — ', why), uses, rules, inputs });
    const minMeetings = ctx.rd.dec('msp.concertation.min-meetings', uses);
    let required = minMeetings;
    if (ctx.facts.coverageFrom > ctx.facts.yearStart) {
      const basis = ctx.rd.choice<ProrataBasis>('msp.prorata.basis', uses);
      const num = unitsToYearEnd(ctx.facts.coverageFrom, basis);
      const den = unitsToYearEnd(ctx.facts.yearStart, basis);
      required = minMeetings.times(num).dividedBy(den).toDecimalPlaces(0, Dec.ROUND_HALF_UP);
      inputs.requiredMeetings = required;
      rules.push(RULES.concertationMeetings);
    }
    if (required.greaterThan(a.meetings)) {
      if (!rules.includes(RULES.concertationMeetings)) rules.push(RULES.concertationMeetings);
      return zero(text({ fr: 'moins de ', en: 'fewer than ' }, required, { fr: ' réunions', en: ' meetings' }));
    }
    if (a.casesReviewed === 0) return zero({ fr: 'aucun dossier étudié', en: 'no file reviewed' });
    if (base === 0) {
      invalid([...ctx.path, 'eligiblePatients'], e, 'at least one médecin-traitant patient in ALD or aged 75+ when files were reviewed (the rate’s denominator)');
    }
    const exact = new Dec(a.casesReviewed).times(100).dividedBy(base);
    const roundingRule = ctx.rd.get('msp.concertation.rate-rounding');
    const ratePct = roundingRule.value === 'exact' ? exact : exact.toDecimalPlaces(2, Dec.ROUND_DOWN);
    const targetPct = ctx.rd.dec('msp.concertation.target-rate', uses).times(100);
    const factor = minOf(ratePct.dividedBy(targetPct), new Dec(1));
    // The rounding reading is cited when it changed the points, or when the caller chose it.
    if (roundingRule.status === 'caller' || (!ratePct.equals(exact) && factor.lessThan(1))) uses.push(roundingRule);
    inputs.ratePercent = ratePct;
    inputs.factor = factor;
    const ref = ctx.rd.dec('msp.reference-patientele', uses);
    const v = ctx.rd.dec('msp.concertation.variable', uses);
    const base1 = v.times(ctx.facts.patientele).dividedBy(ref).times(factor);
    const parts = [part('base', { fr: 'Concertation', en: 'Case reviews' }, 'variable', base1)];
    let detail = text(
      { fr: 'taux ', en: 'rate ' },
      ratePct,
      ' % → ',
      v,
      ' × ',
      ctx.facts.patientele,
      ' / ',
      ref,
      ' × ',
      factor,
    );
    if (ctx.facts.ipa && ctx.rd.inForce('msp.concertation.ipa-variable')) {
      const ipa = ctx.rd.dec('msp.concertation.ipa-variable', uses);
      const bonus = ipa.times(ctx.facts.patientele).dividedBy(ref).times(factor);
      parts.push(part('ipa', { fr: 'Majoration IPA', en: 'IPA bonus' }, 'variable', bonus));
      detail = text(detail, ' + ', ipa, ' × ', ctx.facts.patientele, ' / ', ref, ' × ', factor, ' (IPA)');
    }
    detail = text(detail, ' = ', sum(parts.map((p) => p.points)));
    return { achieved: true, parts, detail, uses, rules, inputs };
  },
  full: (ctx) => ({ meetings: ctx.rd.int('msp.concertation.min-meetings'), casesReviewed: 1, eligiblePatients: { aldUnder75: 1, over75WithoutAld: 0, over75WithAld: 0 } }),
};

const training: IndicatorDefinition<'formation-stagiaires'> = {
  id: 'formation-stagiaires',
  axis: 'travail-en-equipe-coordination',
  type: 'optionnel',
  label: { fr: 'Formation des professionnels de santé (stagiaires)', en: 'Training of health professionals (trainees)' },
  rule: {
    fr: 'Au moins 2 stagiaires différents dans l’année : points fixes ; Avenant 1 : points fixes supplémentaires pour le 3e et le 4e stagiaire (5 et plus = 4).',
    en: 'At least 2 different trainees in the year: fixed points; Avenant 1: further fixed points for the 3rd and 4th trainee (5 or more = 4).',
  },
  components: [
    { parameter: 'msp.formation.first-two', role: 'fixed' },
    { parameter: 'msp.formation.min-trainees', role: 'threshold' },
    { parameter: 'msp.formation.third', role: 'fixed' },
    { parameter: 'msp.formation.fourth', role: 'fixed' },
  ],
  compute(ctx, a) {
    if (!a) return notEntered(this.label);
    const uses: Resolved[] = [];
    const min = ctx.rd.int('msp.formation.min-trainees', uses);
    if (a.trainees < min) {
      return { ...notEntered(this.label), detail: text({ fr: 'moins de ', en: 'fewer than ' }, min, { fr: ' stagiaires', en: ' trainees' }), uses, inputs: { trainees: a.trainees } };
    }
    const parts = [part('first', text(min, { fr: ' stagiaires', en: ' trainees' }), 'fixed', ctx.rd.dec('msp.formation.first-two', uses))];
    const extra: [MspParameterId, Label][] = [
      ['msp.formation.third', { fr: '3e stagiaire', en: '3rd trainee' }],
      ['msp.formation.fourth', { fr: '4e stagiaire', en: '4th trainee' }],
    ];
    extra.forEach(([id, label], i) => {
      if (a.trainees >= min + i + 1 && ctx.rd.inForce(id)) parts.push(part(id.slice('msp.formation.'.length), label, 'fixed', ctx.rd.dec(id, uses)));
    });
    return { achieved: true, parts, detail: text(...parts.flatMap((p, i) => (i === 0 ? [p.points] : [' + ', p.points]))), uses, rules: [], inputs: { trainees: a.trainees } };
  },
};

const externalCoordination = metVariable(
  'coordination-externe',
  { fr: 'Coordination externe', en: 'External coordination' },
  {
    fr: 'Procédure de transmission des données de santé aux professionnels, établissements et services extérieurs (notamment le VMS) : points variables × P / 4 000.',
    en: 'A procedure passing health data to outside professionals, hospitals and services (notably the VMS): variable points × P / 4,000.',
  },
  'msp.coordination-externe.variable',
);

const quality: IndicatorDefinition<'demarche-qualite'> = {
  id: 'demarche-qualite',
  axis: 'travail-en-equipe-coordination',
  type: 'optionnel',
  label: { fr: 'Démarche qualité', en: 'Quality approach' },
  rule: {
    fr: 'Niveau 1 (référent qualité, diagnostic de maturité) : points fixes ; niveau 2 (plan d’action) et niveau 3 (résultats, revue) : points variables × P / 4 000. Chaque niveau suppose les précédents.',
    en: 'Level 1 (quality referent, maturity diagnosis): fixed points; level 2 (action plan) and level 3 (results, review): variable points × P / 4,000. Each level needs the lower ones.',
  },
  components: [
    { parameter: 'msp.qualite.niveau-1', role: 'fixed' },
    { parameter: 'msp.qualite.niveau-2', role: 'variable', scaling: 'patientele' },
    { parameter: 'msp.qualite.niveau-3', role: 'variable', scaling: 'patientele' },
  ],
  compute(ctx, a) {
    if (!a || a.level === 0) return a ? { ...notEntered(this.label), detail: { fr: 'niveau 0', en: 'level 0' }, inputs: { level: 0 } } : notEntered(this.label);
    const uses: Resolved[] = [];
    const l1 = ctx.rd.dec('msp.qualite.niveau-1', uses);
    const parts = [part('level-1', { fr: 'Niveau 1', en: 'Level 1' }, 'fixed', l1)];
    let detail = text(l1);
    const levels: [MspParameterId, number][] = [
      ['msp.qualite.niveau-2', 2],
      ['msp.qualite.niveau-3', 3],
    ];
    for (const [id, lvl] of levels) {
      if (a.level < lvl) break;
      const v = ctx.rd.dec(id, uses);
      parts.push(part(`level-${lvl}`, text({ fr: 'Niveau ', en: 'Level ' }, lvl), 'variable', perPatientele(ctx, v, uses)));
      detail = text(detail, ' + ', patienteleLabel(ctx, v, ctx.rd.dec('msp.reference-patientele')));
    }
    return { achieved: true, parts, detail, uses, rules: [], inputs: { level: a.level } };
  },
};

const pnc: IndicatorDefinition<'protocoles-nationaux-cooperation'> = {
  id: 'protocoles-nationaux-cooperation',
  axis: 'travail-en-equipe-coordination',
  type: 'optionnel',
  label: { fr: 'Protocoles nationaux de coopération (soins non programmés)', en: 'National cooperation protocols (unscheduled care)' },
  rule: {
    fr: 'Points fixes par protocole national de coopération mis en œuvre (arrêtés du 6 mars 2020), dans la limite du plafond ; chaque profession délégataire doit exercer dans la structure.',
    en: 'Fixed points per national cooperation protocol in use (arrêtés of 6 March 2020), up to the cap; each delegated profession must practise in the structure.',
  },
  components: [
    { parameter: 'msp.pnc.per-protocol', role: 'fixed', scaling: 'per-unit' },
    { parameter: 'msp.pnc.max', role: 'cap' },
  ],
  compute(ctx, a) {
    if (!a || a.count === 0) return a ? { ...notEntered(this.label), detail: { fr: 'aucun protocole', en: 'no protocol' }, inputs: { count: 0 } } : notEntered(this.label);
    const uses: Resolved[] = [];
    const cap = ctx.rd.int('msp.pnc.max', uses);
    const n = capped(ctx, 'count', a.count, a.count, cap, 'msp.pnc.max', 'national cooperation protocols');
    const per = ctx.rd.dec('msp.pnc.per-protocol', uses);
    return simple(this.label, 'fixed', per.times(n), text(per, ' × ', n), uses, { inputs: { count: a.count, paidProtocols: n } });
  },
};

const heartFailure = metVariable(
  'parcours-insuffisance-cardiaque',
  { fr: 'Parcours insuffisance cardiaque', en: 'Heart-failure pathway' },
  { fr: 'Parcours coordonné des patients insuffisants cardiaques : points variables × P / 4 000.', en: 'Coordinated pathway of heart-failure patients: variable points × P / 4,000.' },
  'msp.parcours-insuffisance-cardiaque.variable',
);

const childObesityBase = metFixed(
  'parcours-obesite-enfant',
  'travail-en-equipe-coordination',
  { fr: 'Parcours surpoids ou obésité de l’enfant', en: 'Child overweight/obesity pathway' },
  {
    fr: 'Coordination du parcours « surpoids ou obésité de l’enfant » (3–12 ans) : points fixes. Avec une seule mission de santé publique, elle doit porter sur ce thème ; avec 2 missions ou plus, pas de condition.',
    en: 'Coordinating the child overweight/obesity pathway (ages 3–12): fixed points. With a single public-health mission, it must be on that theme; with 2 or more, no condition.',
  },
  'msp.parcours-obesite-enfant.fixed',
);

const childObesity: IndicatorDefinition<'parcours-obesite-enfant'> = {
  ...childObesityBase,
  components: [...childObesityBase.components, { parameter: 'msp.parcours-obesite-enfant.missions-free-from', role: 'condition' }],
  compute(ctx, a) {
    const c = childObesityBase.compute(ctx, a);
    if (!c.achieved) return c;
    const uses = [...c.uses];
    const themes = ctx.achievements['missions-sante-publique']?.missions ?? [];
    const freeFrom = ctx.rd.int('msp.parcours-obesite-enfant.missions-free-from', uses);
    const inputs = { met: true, missions: [...themes] };
    if (themes.length >= freeFrom) return { ...c, uses, inputs, detail: text(c.detail, { fr: ` (${themes.length} missions)`, en: ` (${themes.length} missions)` }) };
    if (themes.length === 0) {
      return { ...notEntered(this.label), detail: { fr: '0 — aucune mission de santé publique', en: '0 — no public-health mission' }, uses, rules: [RULES.childObesityNoMission], inputs };
    }
    if (themes.includes('surpoids-obesite-enfant')) return { ...c, uses, inputs, detail: text(c.detail, { fr: ' (mission unique sur l’obésité de l’enfant)', en: ' (single mission on child obesity)' }) };
    return {
      ...notEntered(this.label),
      detail: { fr: '0 — la mission unique ne porte pas sur le surpoids ou l’obésité de l’enfant', en: '0 — the single mission is not on child overweight/obesity' },
      uses,
      inputs,
    };
  },
};

// ---------------------------------------------------------------------------------------------------
// Axe 3 — système d'information

const siStandard: IndicatorDefinition<'si-standard'> = {
  id: 'si-standard',
  axis: 'systeme-information',
  type: 'socle-prerequis',
  label: { fr: 'Système d’information labellisé, niveau standard', en: 'Labelled information system, standard level' },
  rule: {
    fr: 'Logiciel labellisé « standard » par l’ANS, dossiers partagés : points fixes + points par professionnel associé jusqu’au seuil + points réduits au-delà ; prorata temporis depuis la première acquisition.',
    en: 'Software with the ANS “standard” label, shared records: fixed points + points per associated professional up to the threshold + fewer points beyond; prorata temporis from the first acquisition.',
  },
  components: [
    { parameter: 'msp.si-standard.fixed', role: 'fixed' },
    { parameter: 'msp.si-standard.per-professional', role: 'variable', scaling: 'professionals' },
    { parameter: 'msp.si-standard.per-professional-beyond', role: 'variable', scaling: 'professionals' },
    { parameter: 'msp.si-standard.threshold', role: 'threshold' },
  ],
  compute(ctx, a) {
    if (!a || !a.met) return a ? { ...notEntered(this.label), detail: { fr: 'non atteint', en: 'not achieved' }, inputs: { met: false } } : notEntered(this.label);
    const uses: Resolved[] = [];
    const rules: RuleReading[] = [];
    const fixed = ctx.rd.dec('msp.si-standard.fixed', uses);
    const per = ctx.rd.dec('msp.si-standard.per-professional', uses);
    const beyond = ctx.rd.dec('msp.si-standard.per-professional-beyond', uses);
    const threshold = ctx.rd.int('msp.si-standard.threshold', uses);
    const n = ctx.facts.professionals;
    const upTo = Math.min(n, threshold);
    const over = Math.max(n - threshold, 0);
    const variable = per.times(upTo).plus(beyond.times(over));
    let detail = text(fixed, ' + ', per, ' × ', upTo);
    if (over > 0) detail = text(detail, ' + ', beyond, ' × ', over);
    const pr = siProrata(ctx, a.since, [part('fixed', { fr: 'Part fixe', en: 'Fixed part' }, 'fixed', fixed), part('variable', { fr: 'Part par professionnel associé', en: 'Per associated professional' }, 'variable', variable)], uses, rules);
    if (pr.detail) detail = text('(', detail, ')', pr.detail);
    detail = text(detail, ' = ', sum(pr.parts.map((p) => p.points)));
    return { achieved: true, parts: pr.parts, detail, uses, rules, inputs: { met: true, since: a.since, associatedProfessionals: n } };
  },
  full: () => ({ met: true }),
};

const siAdvanced: IndicatorDefinition<'si-avance'> = {
  id: 'si-avance',
  axis: 'systeme-information',
  type: 'optionnel',
  label: { fr: 'Système d’information labellisé, niveau avancé', en: 'Labelled information system, advanced level' },
  rule: {
    fr: 'Logiciel labellisé « avancé » par l’ANS : points fixes, cumulables avec le niveau standard ; prorata temporis depuis l’acquisition.',
    en: 'Software with the ANS “advanced” label: fixed points, on top of the standard level; prorata temporis from the acquisition.',
  },
  components: [{ parameter: 'msp.si-avance.fixed', role: 'fixed' }],
  compute(ctx, a) {
    if (!a || !a.met) return a ? { ...notEntered(this.label), detail: { fr: 'non atteint', en: 'not achieved' }, inputs: { met: false } } : notEntered(this.label);
    const uses: Resolved[] = [];
    const rules: RuleReading[] = [];
    const fixed = ctx.rd.dec('msp.si-avance.fixed', uses);
    const pr = siProrata(ctx, a.since, [part('fixed', this.label, 'fixed', fixed)], uses, rules);
    const detail = pr.detail ? text(fixed, pr.detail, ' = ', sum(pr.parts.map((p) => p.points))) : text(fixed);
    return { achieved: true, parts: pr.parts, detail, uses, rules, inputs: { met: true, since: a.since } };
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
export function definition(id: IndicatorId): IndicatorDefinition<IndicatorId> & {
  compute: (ctx: IndicatorContext, a: unknown) => Computation;
  full?: (ctx: IndicatorContext) => unknown;
} {
  return DEFINITIONS[id] as never;
}

/** The type of an indicator on the date the reader reads. */
export function typeOf(def: IndicatorDefinition, rd: ParamReader, uses?: Resolved[]): IndicatorType {
  return typeof def.type === 'string' ? def.type : rd.choice<IndicatorType>(def.type.parameter, uses);
}

/** Runs an indicator's rule and builds its explanation step. */
export function runIndicator(
  def: IndicatorDefinition,
  ctx: IndicatorContext,
  achievement: unknown,
  type: IndicatorType,
  typeUses: readonly Resolved[] = [],
): { computation: Computation; step: Step } {
  const computation = definition(def.id).compute(ctx, achievement);
  const fixed = sum(computation.parts.filter((p) => p.kind === 'fixed').map((p) => p.points));
  const variable = sum(computation.parts.filter((p) => p.kind === 'variable').map((p) => p.points));
  const s = step({
    rule: `msp.indicator.${def.id}`,
    label: text(def.label, ' (', TYPE_LABELS[type], ') — ', computation.detail),
    inputs: { ...computation.inputs, fixedPoints: fixed, variablePoints: variable },
    value: fixed.plus(variable),
    uses: [...typeUses, ...computation.uses],
    rules: computation.rules,
  });
  return { computation, step: s };
}
