/**
 * The collective contract (*aide collective à l’emploi d’assistants médicaux*, 2026): validated input →
 * the facts its rules need. The text that applies at the signature date (collective-regime.ts), the number of ETP funded (a positive
 * multiple of `am.collective.etp.step`, within the group's ceiling when the group is given), its term and
 * contract years (shared with the individual contract). Figures are read through one `ParameterReader`
 * at the signature date.
 */
import type { Decimal } from 'decimal.js';
import type { z } from 'zod';
import { invalid } from '../core/errors.js';
import type { IsoDate } from '../core/dates.js';
import { step, stage, type Explanation, type Stage } from '../core/explain.js';
import { FR, label } from '../core/format.js';
import { Dec } from '../core/money.js';
import type { ParameterReader } from '../core/parameters.js';
import { etpCeilingStage, type EtpCeiling } from './collective-etp-ceiling.js';
import { collectiveReader, collectiveRegimeStage } from './collective-regime.js';
import { collectiveEtpStep, type CollectiveRegime } from './parameters.js';
import type { groupSchema } from './schema.js';

/** A group as validated by its schema. */
export type ParsedGroup = z.output<typeof groupSchema>;

/**
 * The number of ETP funded: a positive multiple of `am.collective.etp.step` (0.5 ETP, an assumption);
 * otherwise the validation error names `etp`.
 */
export function etpStage(read: ParameterReader, etp: Decimal): Stage<Decimal> {
  const stepReading = read.decimal(collectiveEtpStep);
  const unit = stepReading.value;
  if (etp.isZero() || !etp.dividedBy(unit).isInteger()) {
    invalid(['etp'], etp.toFixed(), {
      en: `a positive number of ETP, a multiple of ${unit.toFixed()} (am.collective.etp.step), such as ${unit.times(3).toFixed()}`,
      fr: `un nombre d’ETP positif, multiple de ${FR.num(unit)} ETP (am.collective.etp.step), par exemple "${unit.times(3).toFixed()}"`,
    });
  }
  return stage(etp, () =>
    step({
      rule: 'am.collective.etp',
      label: label(
        (f) => `${f.num(etp)} ETP d’assistants médicaux financés (par pas de ${f.num(unit)} ETP)`,
        (f) => `${f.num(etp)} FTE of medical assistants funded (in steps of ${f.num(unit)} FTE)`,
      ),
      inputs: { etp: etp.toFixed() },
      value: etp.toFixed(),
      uses: [stepReading.resolved],
      callerInput: { fr: 'nombre d’ETP du contrat, donné par l’appelant', en: 'FTE count of the contract, given by the caller' },
    }),
  );
}

/** A collective contract with its text and its ETP decided: the facts every rule of the contract reads. */
export interface CollectiveContract {
  readonly signedOn: IsoDate;
  readonly regime: CollectiveRegime;
  readonly read: ParameterReader;
  /** The number of ETP funded. */
  readonly etp: Decimal;
  /** The group, when given. */
  readonly group: ParsedGroup | undefined;
  /** The group's ETP ceiling, when the group is given. */
  readonly ceiling: EtpCeiling | undefined;
  /** The steps of the text, the ETP (and their ceiling): built on first call, then kept. */
  readonly steps: () => Explanation;
}

/** What a collective contract is prepared from (parsed input). */
export interface CollectiveContractFields {
  readonly signedOn: IsoDate;
  readonly etp: Decimal;
  readonly group?: ParsedGroup | undefined;
  readonly overrides?: Record<string, unknown> | undefined;
}

/**
 * Prepares a collective contract: overrides checked, the text at the signature date, the ETP (a positive
 * multiple of the step), and, when the group is given, the ETP within its ceiling (the validation error
 * names `etp` otherwise).
 */
export function prepareCollectiveContract(fields: CollectiveContractFields): CollectiveContract {
  const read = collectiveReader(fields.signedOn, fields.overrides);
  const regime = collectiveRegimeStage(read);
  const etp = etpStage(read, new Dec(fields.etp));
  const group = fields.group;
  const ceiling = group ? etpCeilingStage(read, group) : undefined;
  if (ceiling && etp.value.greaterThan(ceiling.value.etp)) {
    invalid(['etp'], etp.value.toFixed(), {
      en: `at most ${ceiling.value.etp.toFixed()} ETP, the ceiling of this group (collective.maxEtp)`,
      fr: `au plus ${FR.num(ceiling.value.etp)} ETP, le plafond de ce groupe (collective.maxEtp)`,
    });
  }
  let built: Explanation | undefined;
  return {
    signedOn: read.on,
    regime: regime.value,
    read,
    etp: etp.value,
    group,
    ceiling: ceiling?.value,
    steps: () => (built ??= [...regime.steps, ...(ceiling?.steps ?? []), ...etp.steps].map((s) => s())),
  };
}
