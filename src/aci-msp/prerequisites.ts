/**
 * Le socle prérequis: the indicators that must all be met for anything to be paid for the year
 * (« leur atteinte conditionne le déclenchement de la rémunération »: FémasIF; Cnam guide p. 6, 21, 24,
 * 26). An indicator's type may change with the year (the crisis indicator is optional in 2022 and a
 * prérequis from 2023).
 */
import { stage, step, type Stage } from '../core/explain.js';
import { label, type Label } from '../core/format.js';
import type { IndicatorPoints } from './indicators.js';
import type { IndicatorId } from './parameters.js';
import { SOURCES as S, guide } from './sources.js';

/** Whether the socle prérequis is met, and which indicators are missing. */
export interface Prerequisites {
  /** Every socle-prérequis indicator is met: the year's points are paid. */
  readonly met: boolean;
  /** The socle-prérequis indicators not met (then no remuneration for the year). */
  readonly missing: readonly { readonly id: IndicatorId; readonly label: Label }[];
}

/** The socle prérequis of the year, from each indicator's type and achievement. */
export function prerequisites(indicators: readonly IndicatorPoints[]): Stage<Prerequisites> {
  const required = indicators.filter((i) => i.type === 'socle-prerequis');
  const missing = required.filter((i) => !i.computation.achieved).map((i) => ({ id: i.id, label: i.definition.label }));
  const met = missing.length === 0;
  return stage({ met, missing }, () =>
    step({
      rule: 'msp.prerequisites',
      label: met
        ? label(
            (f) => `Indicateurs socle prérequis : tous atteints (${f.list(required.map((i) => i.definition.label.fr))})`,
            (f) => `Core prerequisite indicators: all met (${f.list(required.map((i) => i.definition.label.en))})`,
          )
        : label(
            (f) => `Socle prérequis non atteint, aucune rémunération pour l’exercice : ${f.list(missing.map((m) => m.label.fr))}`,
            (f) => `Core prerequisite not met, no remuneration for the year: ${f.list(missing.map((m) => m.label.en))}`,
          ),
      inputs: { prerequisites: required.map((i) => i.id), missing: missing.map((m) => m.id) },
      value: met,
      sources: [guide('6, 21, 24, 26'), S.femasifBoite],
    }),
  );
}
