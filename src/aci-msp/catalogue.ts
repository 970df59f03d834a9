/**
 * The catalogue of indicators in force at a date: for each, its axis, its type, the figures it reads
 * (points, caps, thresholds) with their status, and the sources of those figures.
 */
import type { IsoDate } from '../core/dates.js';
import { weakest, type StepSource } from '../core/explain.js';
import { checkOverrides, periodAt, type Label, type ParameterValue, type Resolved, type Status } from '../core/parameters.js';
import { parseInput } from '../core/validation.js';
import { ParamReader } from './context.js';
import { AXIS_LABELS, TYPE_LABELS, definition, typeOf, type Axis, type ComponentRole } from './indicators.js';
import { PARAMETERS, type IndicatorId, type IndicatorType, type MspParameterId, type MspVersion } from './parameters.js';
import { catalogueInputSchema, type MspOverrides } from './schema.js';

/** A figure an indicator reads, as in force at the date. */
export interface CatalogueComponent {
  readonly parameter: MspParameterId;
  readonly label: Label;
  readonly role: ComponentRole;
  /** What variable points are multiplied by: P / 4 000, the associated professionals, or a count. */
  readonly scaling?: 'patientele' | 'professionals' | 'per-unit';
  /** The value (points as a decimal string, a ratio, a count…); undefined when unknown. */
  readonly value: ParameterValue | undefined;
  readonly status: Status | 'caller';
  readonly note?: string;
}

/** One indicator of the catalogue in force. */
export interface CatalogueEntry {
  readonly id: IndicatorId;
  readonly version: MspVersion;
  readonly axis: Axis;
  readonly axisLabel: Label;
  readonly type: IndicatorType;
  readonly typeLabel: Label;
  readonly label: Label;
  /** The rule in plain words. */
  readonly rule: Label;
  readonly components: readonly CatalogueComponent[];
  /** Sources of the figures (deduplicated). */
  readonly sources: readonly StepSource[];
  /** The least certain status of its figures. */
  readonly status: Status | 'caller';
}

/** Input of {@link indicators}. */
export interface CatalogueInput {
  /** A date of the remuneration year (the catalogue is keyed by year: use its 1 January). */
  readonly on: IsoDate;
  readonly overrides?: MspOverrides;
}

/**
 * The catalogue of the ACI MSP in force on a date (ACI 2017 for 2017–2021, Avenant 1 from 2022): every
 * indicator with its axis, type, fixed and variable points, caps and the sources of each figure.
 *
 * @throws ExerciceCoordonneError `not-in-force` before 2017, `invalid-input` for a bad date.
 */
export function indicators(input: CatalogueInput): CatalogueEntry[] {
  const parsed = parseInput(catalogueInputSchema, input);
  const overrides = checkOverrides(PARAMETERS, parsed.overrides);
  const rd = new ParamReader(parsed.on, overrides, ['on']);
  const version = rd.choice<MspVersion>('msp.version');
  const ids = rd.list('msp.catalogue') as readonly IndicatorId[];
  return ids.map((id) => {
    const def = definition(id);
    const typeUses: Resolved[] = [];
    const type = typeOf(def, rd, typeUses);
    const components: CatalogueComponent[] = [];
    const statuses: (Status | 'caller')[] = typeUses.map((u) => u.status);
    const sources: StepSource[] = [];
    const seen = new Set<string>();
    const addSources = (r: { sources: Resolved['sources'] }) => {
      for (const s of r.sources) {
        const key = `${s.title}|${s.url}|${s.article ?? ''}`;
        if (seen.has(key)) continue;
        seen.add(key);
        sources.push({ title: s.title, url: s.url, ...(s.article ? { article: s.article } : {}), kind: s.kind });
      }
    };
    typeUses.forEach(addSources);
    for (const comp of def.components) {
      if (!rd.inForce(comp.parameter)) continue;
      const param = PARAMETERS.get(comp.parameter)!;
      const period = periodAt(param, parsed.on)!;
      if (period.value === undefined && overrides[comp.parameter] === undefined) {
        components.push({ parameter: comp.parameter, label: param.label, role: comp.role, ...(comp.scaling ? { scaling: comp.scaling } : {}), value: undefined, status: 'unknown', ...(period.note ? { note: period.note } : {}) });
        statuses.push('unknown');
        continue;
      }
      const r = rd.get(comp.parameter);
      addSources(r);
      statuses.push(r.status);
      components.push({
        parameter: comp.parameter,
        label: param.label,
        role: comp.role,
        ...(comp.scaling ? { scaling: comp.scaling } : {}),
        value: r.value,
        status: r.status,
        ...(r.note ? { note: r.note } : {}),
      });
    }
    return {
      id,
      version,
      axis: def.axis,
      axisLabel: AXIS_LABELS[def.axis],
      type,
      typeLabel: TYPE_LABELS[type],
      label: def.label,
      rule: def.rule,
      components,
      sources,
      status: weakest(statuses),
    };
  });
}
