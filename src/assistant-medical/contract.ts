/**
 * What every computation on a contract starts with: the regime of its signature date, the check that
 * the option is open at that date, and the band of its starting patientèle.
 */
import { invalid } from '../core/errors.js';
import type { IsoDate } from '../core/dates.js';
import { step, type LazyStep, type Step } from '../core/explain.js';
import { checkOverrides, valueAt, type Overrides } from '../core/parameters.js';
import { chooseBand, type BandChoice, type ObjectiveContext, type ThresholdsIn } from './objective.js';
import { OPTIONS, PARAMETERS, optionsOpen, type Band, type Option, type Regime } from './parameters.js';
import { regimeStep, resolveRegime } from './regime.js';

/** The contract fields shared by `objective`, `yearlyAid` and `simulate`, once parsed. */
export interface ContractFields {
  readonly signedOn: IsoDate;
  readonly option: Option;
  readonly band?: Band | undefined;
  readonly startingPatients?: number | undefined;
  readonly specialty?: string | undefined;
  readonly thresholds?: ThresholdsIn | undefined;
  readonly doctor?: { readonly age?: number | undefined; readonly newlyInstalled?: boolean | undefined } | undefined;
  readonly objective?: { readonly targetPatients: number } | undefined;
  readonly overrides?: Record<string, unknown> | undefined;
}

/** A contract with its regime and band decided. */
export interface PreparedContract {
  readonly fields: ContractFields;
  readonly regime: Regime;
  readonly overrides: Overrides;
  readonly context: ObjectiveContext;
  readonly band: BandChoice;
  /** Steps: regime, option open, band (built on first call, then kept). */
  readonly steps: () => readonly Step[];
}

/** Raises the validation error when `option` is not open to contracts signed on `signedOn`. */
export function optionOpenStep(signedOn: IsoDate, option: Option, overrides: Overrides, path: readonly (string | number)[] = ['option']): LazyStep {
  const open = valueAt(optionsOpen, signedOn, { overrides, datePath: ['signedOn'] });
  const list = open.value as readonly string[];
  if (!list.includes(option)) {
    invalid(path, option, `an option open to contracts signed on ${signedOn}: ${list.map((o) => JSON.stringify(o)).join(', ')}`);
  }
  return () => step({
    rule: 'am.option',
    label: { fr: `Option ${option} ETP ouverte aux contrats signés le ${signedOn}`, en: `Option ${option} FTE open to contracts signed on ${signedOn}` },
    inputs: { option, signedOn },
    value: option,
    uses: [open],
    alternatives: OPTIONS.filter((o) => o !== option).map((o) => ({
      value: o,
      reason: list.includes(o)
        ? { fr: 'non choisie par le médecin', en: 'not chosen by the doctor' }
        : { fr: 'fermée à cette date de signature', en: 'closed at this signature date' },
    })),
  });
}

/** Prepares a contract: overrides checked, regime, option open, band. */
export function prepareContract(fields: ContractFields): PreparedContract {
  const overrides = checkOverrides(PARAMETERS, fields.overrides);
  const regime = resolveRegime(fields.signedOn, overrides);
  const optionStep = optionOpenStep(fields.signedOn, fields.option, overrides);
  const context: ObjectiveContext = {
    signedOn: fields.signedOn,
    option: fields.option,
    specialty: fields.specialty,
    startingPatients: fields.startingPatients,
    band: fields.band,
    thresholds: fields.thresholds,
    age: fields.doctor?.age,
    newlyInstalled: fields.doctor?.newlyInstalled,
    contractTarget: fields.objective?.targetPatients,
    overrides,
  };
  const band = chooseBand(context);
  let built: readonly Step[] | undefined;
  const steps = () => (built ??= [regimeStep(fields.signedOn, regime), optionStep(), band.step()]);
  return { fields, regime: regime.value as Regime, overrides, context, band, steps };
}
