/**
 * Explanations: the flat list of steps that produced a result.
 *
 * Each step names the rule (a stable id), says in French and English what it did, lists its inputs and
 * its value (amounts as strings with two decimals), and cites its sources. A step that chose between
 * possibilities (regime, band, eligibility) also lists the alternatives it rejected and why. Parameters
 * read by the step are listed with their status, so an unverified figure is never hidden.
 *
 * The explanation is part of the public API (semver): steps are plain JSON-serialisable objects.
 */
import type { Decimal } from 'decimal.js';
import type { IsoDate } from './dates.js';
import type { Label, Lang } from './format.js';
import type { ParameterValue, Resolved, RuleReading, Source, Status } from './parameters.js';

/** A value shown in a step: amounts and decimals as strings. */
export type StepValue = string | number | boolean | null | readonly string[];

/** A parameter read by a step. */
export interface StepParameter {
  readonly id: string;
  readonly value: ParameterValue;
  readonly status: Status | 'caller';
  /** The period it was read from. */
  readonly period?: { readonly from: IsoDate; readonly until?: IsoDate };
  /** The note of that period (in French and English). */
  readonly note?: Label;
}

/** A source cited by a step: a text with its URL, or the caller (for an override or an input). */
export interface StepSource {
  /**
   * The text's title. For a source the library names itself (see `label`), one of its two texts, as it
   * always was: English for a caller's override, French for an input given by the caller.
   */
  readonly title: string;
  /**
   * The title in French and in English, when the library wrote it (a caller's override given without a
   * source title of its own, an input given by the caller); {@link explanationLines} shows the text of
   * its language.
   */
  readonly label?: Label;
  readonly url?: string;
  readonly article?: string;
  readonly kind: 'primary' | 'secondary' | 'caller' | 'library';
}

/** One step of an explanation. */
export interface Step {
  /** Stable id of the rule, e.g. `am.aid.ceiling`. */
  readonly rule: string;
  readonly label: Label;
  readonly inputs: Readonly<Record<string, StepValue>>;
  readonly value: StepValue;
  /** The least certain status of what the step relied on. */
  readonly status: Status | 'caller';
  readonly sources: readonly StepSource[];
  readonly parameters: readonly StepParameter[];
  /** Ids of the readings of the texts the step relies on (see the scheme's `RULES`). */
  readonly rules?: readonly string[];
  /** For steps that choose: what was rejected, and why. */
  readonly alternatives?: readonly { readonly value: StepValue; readonly reason: Label }[];
}

/** An explanation: steps in the order they were taken. */
export type Explanation = readonly Step[];

const STATUS_RANK: Record<Status | 'caller', number> = { verified: 0, caller: 1, unverified: 2, assumption: 3, unknown: 4 };

/** The least certain of several statuses. */
export function weakest(statuses: Iterable<Status | 'caller'>): Status | 'caller' {
  let out: Status | 'caller' = 'verified';
  for (const s of statuses) if (STATUS_RANK[s] > STATUS_RANK[out]) out = s;
  return out;
}

/**
 * How sure the figures some steps produced are: the least certain status of the steps that gave a value
 * (`verified` when none did). A step without a value — a check not made because the figure it needs is
 * unknown, an objective or an amount not computed for want of an input — produced no figure: it keeps its
 * own status in the explanation, where a person reads why, but does not lower the reliability of the
 * figures the other steps produced.
 */
export function reliability(steps: Iterable<Step>): Status | 'caller' {
  const statuses: (Status | 'caller')[] = [];
  for (const s of steps) if (s.value !== null) statuses.push(s.status);
  return weakest(statuses);
}

/** The source of a caller's override given without a title: named by the library, in French and English. */
function callerOverride(id: string): StepSource {
  const label: Label = { fr: `valeur donnée par l’appelant pour ${id}`, en: `caller override of ${id}` };
  return { title: label.en, label, kind: 'caller' };
}

function sourceOf(s: Source): StepSource {
  return { title: s.title, url: s.url, ...(s.article ? { article: s.article } : {}), kind: s.kind };
}

/** Renders a Decimal amount as a step value (two decimals for euros). */
export function amountValue(d: Decimal): string {
  return d.toFixed(2);
}

/** Renders a Decimal quantity (points, ratios) as a step value, exactly. */
export function decimalValue(d: Decimal): string {
  return d.toFixed();
}

/** What a step is built from. */
export interface StepSpec {
  readonly rule: string;
  readonly label: Label;
  readonly inputs?: Readonly<Record<string, StepValue | Decimal | undefined>>;
  readonly value: StepValue | Decimal;
  /** Parameters read by the step: their sources and statuses are cited. */
  readonly uses?: readonly Resolved[];
  /** Readings of the texts the step relies on: their sources and statuses are cited. */
  readonly rules?: readonly RuleReading[];
  /** Other sources (a rule with no number of its own). */
  readonly sources?: readonly Source[];
  /** Status of the rule itself when it is not a parameter (e.g. an assumption about a formula). */
  readonly status?: Status | 'caller';
  readonly alternatives?: readonly { readonly value: StepValue; readonly reason: Label }[];
  /** When an input came from the caller rather than a text (a contract's own objective, say): what it is, in French and English. */
  readonly callerInput?: Label;
}

function isDecimal(v: unknown): v is Decimal {
  return typeof v === 'object' && v !== null && typeof (v as Decimal).toFixed === 'function' && 'd' in v;
}

function normalise(v: StepValue | Decimal | undefined): StepValue {
  if (v === undefined) return null;
  if (isDecimal(v)) return v.toFixed();
  return v;
}

/** Builds a step: cites the sources of every parameter used, and their weakest status. */
export function step(spec: StepSpec): Step {
  const uses = spec.uses ?? [];
  const sources: StepSource[] = [];
  const seen = new Set<string>();
  const add = (s: StepSource) => {
    const key = `${s.kind}|${s.title}|${s.url ?? ''}|${s.article ?? ''}`;
    if (!seen.has(key)) {
      seen.add(key);
      sources.push(s);
    }
  };
  for (const r of uses) {
    for (const s of r.sources) add(sourceOf(s));
    if (r.status === 'caller') {
      if (r.callerSource) add({ title: r.callerSource.title, ...(r.callerSource.url ? { url: r.callerSource.url } : {}), kind: 'caller' });
      else add(callerOverride(r.id));
    }
  }
  for (const r of spec.rules ?? []) for (const s of r.sources) add(sourceOf(s));
  for (const s of spec.sources ?? []) add(sourceOf(s));
  if (spec.callerInput) add({ title: spec.callerInput.fr, label: spec.callerInput, kind: 'caller' });
  const inputs: Record<string, StepValue> = {};
  for (const [k, v] of Object.entries(spec.inputs ?? {})) inputs[k] = normalise(v);
  const statuses: (Status | 'caller')[] = uses.map((u) => u.status);
  for (const r of spec.rules ?? []) statuses.push(r.status);
  if (spec.status) statuses.push(spec.status);
  if (spec.callerInput) statuses.push('caller');
  return {
    rule: spec.rule,
    label: spec.label,
    inputs,
    value: normalise(spec.value),
    status: weakest(statuses),
    sources,
    ...(spec.rules && spec.rules.length > 0 ? { rules: spec.rules.map((r) => r.id) } : {}),
    parameters: uses.map((u) => ({
      id: u.id,
      value: u.value,
      status: u.status,
      ...(u.period ? { period: u.period } : {}),
      ...(u.note ? { note: u.note } : {}),
    })),
    ...(spec.alternatives && spec.alternatives.length > 0 ? { alternatives: spec.alternatives } : {}),
  };
}

export type { Lang } from './format.js';

/**
 * Renders an explanation as text lines, one per step: its label (a full sentence that states the
 * value), its status when not verified, and its first source. Meant for terminals and logs; programs should read the steps themselves.
 */
export function explanationLines(explanation: Explanation, lang: Lang = 'fr'): string[] {
  const unsure: Record<string, Label> = {
    unverified: { fr: 'non vérifié', en: 'unverified' },
    assumption: { fr: 'hypothèse', en: 'assumption' },
    unknown: { fr: 'inconnu', en: 'unknown' },
    caller: { fr: "fourni par l’appelant", en: 'caller-supplied' },
  };
  return explanation.map((s) => {
    const mark = s.status !== 'verified' ? ` [${unsure[s.status]?.[lang] ?? s.status}]` : '';
    const src = s.sources[0];
    const cite = src ? ` — ${src.label?.[lang] ?? src.title}${src.article ? `, ${src.article}` : ''}${src.url ? ` <${src.url}>` : ''}` : '';
    return `${s.label[lang]}${mark}${cite}`;
  });
}

/** A step not built yet: explanations are built only when read. */
export type LazyStep = () => Step;

/**
 * What a rule stage gives: its value and the steps that explain it, built only when the explanation is
 * read. Each legal concept is a function returning a `Stage`, so the value and its explanation are
 * produced together and cannot drift apart.
 */
export interface Stage<T> {
  readonly value: T;
  readonly steps: readonly LazyStep[];
}

/** A stage with its value and its steps. */
export function stage<T>(value: T, ...steps: LazyStep[]): Stage<T> {
  return { value, steps };
}
