/**
 * The text of a collective contract by its signature date (`collective-2026`, from 25 February 2026: a
 * contract signed earlier is not in force), and the reader of its figures at that date.
 */
import type { IsoDate } from '../core/dates.js';
import { step, stage, type Stage, type Step } from '../core/explain.js';
import { label } from '../core/format.js';
import { ParameterReader, checkOverrides, type Reading } from '../core/parameters.js';
import { SIGNED_ON } from './contract.js';
import { PARAMETERS, collectiveRegime, type CollectiveRegime } from './parameters.js';

/** The reader of a collective contract's figures at its signature date, the caller's overrides checked. */
export function collectiveReader(signedOn: IsoDate, overrides: unknown): ParameterReader {
  return new ParameterReader(signedOn, checkOverrides(PARAMETERS, overrides), SIGNED_ON);
}

const TEXT_NAME = { fr: 'aide collective à l’emploi d’assistants médicaux', en: 'collective aid for the employment of medical assistants' } as const;

function regimeStep(r: Reading<CollectiveRegime>, signedOn: IsoDate): Step {
  const from = r.resolved.period?.from;
  return step({
    rule: 'am.collective.regime',
    label: label(
      (f) => `Contrat collectif signé le ${f.date(signedOn)} : ${TEXT_NAME.fr}${from ? ` (contrats signés à partir du ${f.date(from)})` : ''}`,
      (f) => `Collective contract signed on ${f.date(signedOn)}: ${TEXT_NAME.en}${from ? ` (contracts signed from ${f.date(from)})` : ''}`,
    ),
    inputs: { signedOn },
    value: r.value,
    uses: [r.resolved],
  });
}

/** The text of a collective contract by its signature date (raises `not-in-force` before 25 February 2026). */
export function collectiveRegimeStage(read: ParameterReader): Stage<CollectiveRegime> {
  const r = read.choice(collectiveRegime);
  return stage(r.value, () => regimeStep(r, read.on));
}

