/**
 * The ceiling of ETP of a collective contract (*nombre maximal d’ETP d’assistants médicaux*): one ETP per
 * adhering doctor; for contracts signed from November 2026, +0.5 ETP per adhering doctor who is a maître
 * de stage (PAMSU) hosting a docteur junior, or +0.5 ETP per adhering doctor when the structure itself is
 * an approved ambulatory training site (the sheet writes "or": the two bonuses are not added). Also
 * `maxEtp()`, its public function.
 */
import type { Decimal } from 'decimal.js';
import type { z } from 'zod';
import { step, stage, type Stage } from '../core/explain.js';
import { label, type Formatter } from '../core/format.js';
import { Dec } from '../core/money.js';
import type { ParameterReader, Reading } from '../core/parameters.js';
import { parseInput } from '../core/validation.js';
import { collectiveReader, collectiveRegimeStage } from './collective-regime.js';
import { collectiveBonusFrom, collectiveEtpPerDoctor, collectivePamsuBonus, collectiveTrainingSiteBonus } from './parameters.js';
import { collectiveMaxEtpSchema, type CollectiveMaxEtpInput, type groupSchema } from './schema.js';

/** The ETP ceiling of a group and how it was made. */
export interface EtpCeiling {
  /** The most ETP the contract may fund, e.g. `5`. */
  readonly etp: Decimal;
  /** Adhering doctors. */
  readonly doctors: number;
  /** One ETP (`am.collective.etp.per-doctor`) per adhering doctor, e.g. `4`. */
  readonly base: Decimal;
  /** The docteurs-juniors bonus, e.g. `1` (0 before it applies). */
  readonly bonus: Decimal;
  /** Why the bonus is what it is. */
  readonly bonusKind: 'not-yet' | 'pamsu' | 'training-site';
  /** The doctors the bonus counts: PAMSU doctors, or every doctor of a training site. */
  readonly bonusDoctors: number;
}

/** Words for a count of doctors, singular and plural, in each language. */
interface Words {
  readonly fr: readonly [string, string];
  readonly en: readonly [string, string];
}
const ADHERING: Words = { fr: ['médecin adhérent', 'médecins adhérents'], en: ['adhering doctor', 'adhering doctors'] };
const PAMSU: Words = {
  fr: ['maître de stage accueillant un docteur junior', 'maîtres de stage accueillant un docteur junior'],
  en: ['maître de stage hosting a docteur junior', 'maîtres de stage hosting a docteur junior'],
};
const TRAINING_SITE: Words = {
  fr: ['médecin d’une structure agréée lieu de stage', 'médecins d’une structure agréée lieu de stage'],
  en: ['doctor of a structure approved as a training site', 'doctors of a structure approved as a training site'],
};

/** A count of doctors in prose: « 1 médecin adhérent », « 4 médecins adhérents ». */
function doctorsText(f: Formatter, n: number, words: Words): string {
  return `${f.num(n)} ${words[f.lang][n > 1 ? 1 : 0]}`;
}

/**
 * The ETP ceiling of `group` for a contract signed at the reader's date (its step is built when the
 * explanation is read).
 */
export function etpCeilingStage(read: ParameterReader, group: z.output<typeof groupSchema>): Stage<EtpCeiling> {
  const perDoctor = read.decimal(collectiveEtpPerDoctor);
  const from = read.date(collectiveBonusFrom);
  const doctors = group.doctors.length;
  const base = perDoctor.value.times(doctors);
  let bonusKind: EtpCeiling['bonusKind'] = 'not-yet';
  let bonusDoctors = 0;
  let rate: Reading<Decimal> | undefined;
  if (read.on >= from.value) {
    if (group.trainingSite === true) {
      bonusKind = 'training-site';
      bonusDoctors = doctors;
      rate = read.decimal(collectiveTrainingSiteBonus);
    } else {
      bonusKind = 'pamsu';
      bonusDoctors = group.doctors.filter((d) => d.pamsu === true).length;
      rate = read.decimal(collectivePamsuBonus);
    }
  }
  const bonus = rate ? rate.value.times(bonusDoctors) : new Dec(0);
  const value: EtpCeiling = { etp: base.plus(bonus), doctors, base, bonus, bonusKind, bonusDoctors };
  const signedOn = read.on;
  return stage(value, () =>
    step({
      rule: 'am.collective.etp-ceiling',
      label: label(
        (f) => {
          const head = `Plafond : ${doctorsText(f, doctors, ADHERING)} × ${f.num(perDoctor.value)} ETP`;
          const tail =
            bonusKind === 'not-yet'
              ? ` = ${f.num(value.etp)} ETP (majoration « docteurs juniors » pour les contrats signés à partir du ${f.date(from.value)})`
              : bonusKind === 'pamsu'
                ? ` + ${doctorsText(f, bonusDoctors, PAMSU)} × ${f.num(rate!.value)} ETP = ${f.num(value.etp)} ETP`
                : ` + ${doctorsText(f, bonusDoctors, TRAINING_SITE)} × ${f.num(rate!.value)} ETP = ${f.num(value.etp)} ETP`;
          return head + tail;
        },
        (f) => {
          const head = `Ceiling: ${doctorsText(f, doctors, ADHERING)} × ${f.num(perDoctor.value)} FTE`;
          const tail =
            bonusKind === 'not-yet'
              ? ` = ${f.num(value.etp)} FTE ("docteurs juniors" bonus for contracts signed from ${f.date(from.value)})`
              : bonusKind === 'pamsu'
                ? ` + ${doctorsText(f, bonusDoctors, PAMSU)} × ${f.num(rate!.value)} FTE = ${f.num(value.etp)} FTE`
                : ` + ${doctorsText(f, bonusDoctors, TRAINING_SITE)} × ${f.num(rate!.value)} FTE = ${f.num(value.etp)} FTE`;
          return head + tail;
        },
      ),
      inputs: { signedOn, doctors, bonusDoctors, trainingSite: group.trainingSite ?? false },
      value: value.etp.toFixed(),
      uses: [perDoctor.resolved, from.resolved, ...(rate ? [rate.resolved] : [])],
      callerInput: { fr: 'médecins adhérents du groupe, donnés par l’appelant', en: 'member doctors of the group, given by the caller' },
    }),
  );
}

/**
 * The most ETP of assistants a collective contract signed on `signedOn` may fund for `group`: one per
 * adhering doctor, plus the docteurs-juniors bonus for contracts signed from November 2026
 * (`am.collective.etp.bonus-from`). The explanation of the figure is in the steps of `yearlyAid` and
 * `simulate` when they are given the group (`am.collective.etp-ceiling`).
 *
 * @example
 * maxEtp({ signedOn: '2026-12-01', group: { legalForm: 'scm', doctors: [4 doctors, 2 of them pamsu] } }) // 5
 */
export function maxEtp(input: CollectiveMaxEtpInput): Decimal {
  const parsed = parseInput(collectiveMaxEtpSchema, input);
  const read = collectiveReader(parsed.signedOn, parsed.overrides);
  collectiveRegimeStage(read); // not in force before 25 February 2026
  return etpCeilingStage(read, parsed.group).value.etp;
}
