/**
 * Le catalogue des indicateurs in force at a date: for each indicator, its axis, its type, its rule in
 * plain words (with the figures in force) and the figures it reads (points, caps, thresholds) with their
 * status and sources.
 */
import { weakest, type StepSource } from '../core/explain.js';
import type { Label } from '../core/format.js';
import { ParameterReader, checkOverrides, type ParameterValue, type Resolved, type Status } from '../core/parameters.js';
import { parseInput } from '../core/validation.js';
import { AXIS_LABELS, TYPE_LABELS, definition, typeOf, type Axis, type ComponentRole } from './indicators.js';
import { PARAMETERS, catalogue as catalogueParameter, version as versionParameter, type IndicatorId, type IndicatorType, type MspParameterId, type MspVersion } from './parameters.js';
import { indicatorsSchema, type IndicatorsInput } from './schema.js';

/** A figure an indicator reads, as in force at the date. */
export interface CatalogueComponent {
  /** Parameter id, e.g. `"msp.coordination.fixed"` (override it by this id). */
  readonly parameter: MspParameterId;
  /** What the figure is, in French and English. */
  readonly label: Label;
  /** How it enters the indicator: fixed or variable points, a minoration, a cap, a threshold, a condition. */
  readonly role: ComponentRole;
  /** What variable points are multiplied by: P / reference patientèle, the associated professionals, or a count. */
  readonly scaling?: 'patientele' | 'professionals' | 'per-unit';
  /** The value (points as a decimal string, a ratio, a count…); undefined when unknown. */
  readonly value: ParameterValue | undefined;
  /** How sure the figure is: `verified`, `unverified`, `assumption`, `unknown`, or `caller` (overridden). */
  readonly status: Status | 'caller';
  /** What a reader should know about the figure (conflicts, reasoning, what is unknown), in French and English. */
  readonly note?: Label;
}

/** One indicator of the catalogue in force. */
export interface CatalogueEntry {
  /** Indicator id, e.g. `"fonction-coordination"` (the key of its achievement). */
  readonly id: IndicatorId;
  /** The version of the accord in force at the date: `aci-2017` or `avenant-1`. */
  readonly version: MspVersion;
  /** Axe of the accord: accès aux soins, travail en équipe et coordination, système d’information. */
  readonly axis: Axis;
  /** The axis, in French and English. */
  readonly axisLabel: Label;
  /** Socle prérequis, socle or optionnel, at the date. */
  readonly type: IndicatorType;
  /** The type, in French and English. */
  readonly typeLabel: Label;
  /** The indicator's name, in French and English. */
  readonly label: Label;
  /** The rule in plain words, with the figures in force. */
  readonly rule: Label;
  /** Every figure the indicator reads, in force at the date. */
  readonly components: readonly CatalogueComponent[];
  /** Sources of the figures (deduplicated). */
  readonly sources: readonly StepSource[];
  /** The least certain status of its figures. */
  readonly status: Status | 'caller';
}

/**
 * The catalogue of the ACI MSP in force on a date (ACI 2017 for 2017–2021, Avenant 1 from 2022): every
 * indicator with its axis, type, rule, fixed and variable points, caps and the sources of each figure.
 *
 * @throws ExerciceCoordonneError `not-in-force` before 2017, `invalid-input` for a bad date or override.
 */
export function indicators(input: IndicatorsInput): CatalogueEntry[] {
  const parsed = parseInput(indicatorsSchema, input);
  const read = new ParameterReader(parsed.on, checkOverrides(PARAMETERS, parsed.overrides), ['on']);
  const version = read.choice(versionParameter).value;
  return read.list(catalogueParameter).value.map((id) => {
    const def = definition(id);
    const type = typeOf(def, read);
    const components: CatalogueComponent[] = [];
    const statuses: (Status | 'caller')[] = [];
    const sources: StepSource[] = [];
    const seen = new Set<string>();
    const cite = (r: Resolved) => {
      statuses.push(r.status);
      for (const s of r.sources) {
        const key = `${s.title}|${s.url}|${s.article ?? ''}`;
        if (seen.has(key)) continue;
        seen.add(key);
        sources.push({ title: s.title, url: s.url, ...(s.article ? { article: s.article } : {}), kind: s.kind });
      }
    };
    if (type.resolved) cite(type.resolved);
    for (const comp of def.components) {
      if (!read.inForce(comp.parameter)) continue;
      const base = { parameter: comp.parameter.id as MspParameterId, label: comp.parameter.label, role: comp.role, ...(comp.scaling ? { scaling: comp.scaling } : {}) };
      if (!read.hasValue(comp.parameter)) {
        const note = comp.parameter.periods.find((p) => p.from <= parsed.on && (p.until === undefined || parsed.on < p.until))?.note;
        components.push({ ...base, value: undefined, status: 'unknown', ...(note ? { note } : {}) });
        statuses.push('unknown');
        continue;
      }
      const r = read.resolve(comp.parameter);
      cite(r);
      components.push({ ...base, value: r.value, status: r.status, ...(r.note ? { note: r.note } : {}) });
    }
    return {
      id,
      version,
      axis: def.axis,
      axisLabel: AXIS_LABELS[def.axis],
      type: type.value,
      typeLabel: TYPE_LABELS[type.value],
      label: def.label,
      rule: def.rule(read),
      components,
      sources,
      status: weakest(statuses),
    };
  });
}
