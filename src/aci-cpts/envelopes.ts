/**
 * The envelopes (*enveloppes*) that fund each mission in a contract year, and their check against the
 * size's published yearly maximum (*montant maximum*).
 *
 * The model contract asks to write "uniquement le montant financier de la taille de la communauté
 * professionnelle signataire du contrat" (ACI 2019, contrat type, end of art. 5). The library knows
 * per-mission envelopes only for size 3 after avenant 2 (read in two signed contracts); every other size
 * or text needs the envelopes of the signed contract, which are checked against the size's yearly
 * maximum when one is known.
 */
import type { Decimal } from 'decimal.js';
import { invalid } from '../core/errors.js';
import { stage, step, type Stage } from '../core/explain.js';
import { FR, label } from '../core/format.js';
import { Dec, sum } from '../core/money.js';
import type { ParameterReader, Reading, Resolved } from '../core/parameters.js';
import { maximumBySize, RULES, t3EnvelopesByMission, type MissionId } from './parameters.js';
import { TEXT_NAMES, type YearFacts } from './contract.js';
import { crisisEnvelope } from './crise.js';

type Path = readonly (string | number)[];

/** The parameters read for the fixed envelope, the variable envelope and the crisis block. */
export interface EnvelopeUses {
  readonly fixed: readonly Resolved[];
  readonly variable: readonly Resolved[];
  readonly crisisBlock: readonly Resolved[];
}

/** No parameter read: the contract writes the envelopes. */
export const WRITTEN: EnvelopeUses = { fixed: [], variable: [], crisisBlock: [] };

/** The envelopes that fund one mission in a contract year. */
export interface MissionEnvelope {
  readonly mission: MissionId;
  /** Yearly fixed envelope (*enveloppe fixe*; for the crisis mission: the plan-writing amount). */
  readonly fixed: Decimal;
  /** Maximum yearly variable part (*enveloppe variable*; 0 for the crisis mission). */
  readonly variable: Decimal;
  /** Crisis mission only: the plan-writing amount, its yearly update, and the block paid when the ARS recognises a crisis. */
  readonly crise?: { readonly planWriting: Decimal; readonly update: Decimal; readonly crisisBlock: Decimal; readonly updateRatio: Reading<Decimal> | null };
  /** Where the figures come from: the signed contract or the library's parameters. */
  readonly from: 'contract' | 'parameters';
  /** The parameters read for each envelope (none when the contract writes the figures). */
  readonly uses: EnvelopeUses;
  /** Where the contract writes them (`contract.envelopes.acces`), cited as the caller's source. */
  readonly path: Path;
}

/**
 * The envelopes of `mission` for contract year `year`, read with `reader` (the year's first day, or the
 * mission's start for a mission the text at the year's start does not provide yet): the contract's when
 * written, else the size-3 defaults when in force, else an error naming the field the caller must fill.
 */
export function envelopeOf(year: YearFacts, mission: MissionId, reader: ParameterReader): MissionEnvelope {
  const path = [...year.envelopes.path, mission];
  const missing = (): never =>
    invalid(path, undefined, {
      en: `the envelopes of mission "${mission}" written in the signed contract (${mission === 'crise' ? '{ planWriting, crisisBlock, update? }' : '{ fixed, variable }'} in euros): the library has per-mission defaults only for size 3 under avenant 2, and this contract year is size ${year.size} under ${year.text}`,
      fr: `les enveloppes de la mission "${mission}" écrites au contrat signé (${mission === 'crise' ? '{ planWriting, crisisBlock, update? }' : '{ fixed, variable }'} en euros) : la bibliothèque n’a de montants par défaut par mission que pour la taille 3 sous l’avenant 2, et cette année de contrat relève de la taille ${year.size} sous l’${TEXT_NAMES[year.text].fr}`,
    });
  if (mission === 'crise') return crisisEnvelope(year, reader, path) ?? missing();
  const written = year.envelopes.set?.[mission];
  if (written) return { mission, fixed: written.fixed, variable: written.variable, from: 'contract', uses: WRITTEN, path };
  const defaults = t3EnvelopesByMission[mission];
  if (year.size !== 3 || !reader.hasValue(defaults.fixed) || !reader.hasValue(defaults.variable)) return missing();
  const fixed = reader.decimal(defaults.fixed);
  const variable = reader.decimal(defaults.variable);
  return { mission, fixed: fixed.value, variable: variable.value, from: 'parameters', uses: { fixed: [fixed.resolved], variable: [variable.resolved], crisisBlock: [] }, path };
}

/**
 * Checks the year's envelopes against the size's yearly maximum (fonctionnement + every fixed and
 * variable envelope + the crisis plan-writing amount and crisis block), when the maximum is known.
 * Raises an `invalid-input` error naming the envelopes' field when above; the value is `true` when
 * checked, `null` when no maximum is known.
 */
export function maximumCheck(year: YearFacts, fonctionnement: Decimal, envelopes: readonly MissionEnvelope[]): Stage<true | null> {
  const total = sum([fonctionnement, ...envelopes.map((e) => sum([e.fixed, e.variable, e.crise?.crisisBlock ?? new Dec(0)]))]);
  const { size, text, reader } = year;
  const param = maximumBySize[size];
  const textName = TEXT_NAMES[text];
  if (!reader.hasValue(param)) {
    return stage(null, () =>
      step({
        rule: 'cpts.maximum',
        label: label(
          (f) => `Enveloppes non contrôlées (${f.euro(total)} au plus par an) : aucun montant maximum publié connu pour la taille ${size} sous l’${textName.fr}`,
          (f) => `Envelopes not checked (at most ${f.euro(total)} a year): no published maximum known for size ${size} under ${textName.en}`,
        ),
        inputs: { size, text, envelopesTotal: total.toFixed(2) },
        value: null,
        status: 'unknown',
        rules: [RULES.envelopeMaximum],
      }),
    );
  }
  const max = reader.decimal(param);
  if (total.greaterThan(max.value)) {
    invalid(year.envelopes.path, total.toFixed(2), {
      en: `envelopes whose yearly total (fonctionnement + every fixed and variable part + crisis plan and crisis block) is at most ${max.value.toFixed(2)} €, the maximum for size ${size} under ${text} (${param.id})`,
      fr: `des enveloppes dont le total annuel (fonctionnement + toutes les parts fixes et variables + rédaction du plan de crise et montant de crise) ne dépasse pas ${FR.euro(max.value)}, le maximum pour la taille ${size} sous l’${textName.fr} (${param.id})`,
    });
  }
  return stage(true, () =>
    step({
      rule: 'cpts.maximum',
      label: label(
        (f) => `Enveloppes du contrat dans la limite du maximum : ${f.euro(total)} au plus par an pour un maximum de ${f.euro(max.value)} (taille ${size}, ${textName.fr})`,
        (f) => `Contract envelopes within the maximum: at most ${f.euro(total)} a year for a maximum of ${f.euro(max.value)} (size ${size}, ${textName.en})`,
      ),
      inputs: { size, text, envelopesTotal: total.toFixed(2) },
      value: true,
      uses: [max.resolved],
      rules: [RULES.envelopeMaximum],
    }),
  );
}
