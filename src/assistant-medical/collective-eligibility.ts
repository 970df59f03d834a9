/**
 * Eligibility of a group to the collective contract (*conditions d’éligibilité à l’aide collective*):
 * the legal form of the signing company, each adhering doctor (a general practitioner, not a MEP, in
 * secteur 1 or 2 with OPTAM, no individual contract left running, no collective contract ended less than
 * 2 years before), and the group's average médecin-traitant patientèle. Every criterion is checked and
 * reported with its sources; one the library cannot decide is "to check", never silently passed.
 */
import type { Decimal } from 'decimal.js';
import { plusYears, type IsoDate } from '../core/dates.js';
import { step, type Explanation, type Step } from '../core/explain.js';
import { label, type Formatter, type Label } from '../core/format.js';
import { Dec } from '../core/money.js';
import type { ParameterReader, Resolved, RuleReading } from '../core/parameters.js';
import { Result, RESULT_KIND } from '../core/result.js';
import { parseInput } from '../core/validation.js';
import type { ParsedGroup } from './collective-contract.js';
import { collectiveReader, collectiveRegimeStage } from './collective-regime.js';
import {
  RULES,
  collectiveAverageComparison,
  collectiveAverageMinimum,
  collectiveLegalForms,
  collectiveMepExcluded,
  collectiveSectors,
  collectiveSpecialties,
  collectiveWaitingYears,
  type CollectiveRegime,
} from './parameters.js';
import { quoted, sectorNames, specialtyNames } from './vocabulary.js';
import { collectiveEligibilitySchema, type CollectiveEligibilityInput } from './schema.js';
import type { Outcome, Reason } from './eligibility.js';

/**
 * One criterion of the collective contract and its outcome, with its sources: the individual contract's
 * {@link Reason} (criterion id, e.g. `am.collective.eligibility.average-patientele`, outcome, label, status,
 * sources) and the doctors it is about.
 */
export interface CollectiveCriterion extends Reason {
  /** The adhering doctors (their index in `group.doctors`, from 0) that do not meet it, when it is about doctors. */
  readonly doctors?: readonly number[];
}

/** Result of `collective.checkEligibility`. */
export interface CollectiveEligibility {
  /** No criterion is `not-met`. */
  readonly eligible: boolean;
  /** No criterion is `to-check` (the library could decide every criterion). */
  readonly certain: boolean;
  /** The text governing a collective contract signed on the date given. */
  readonly regime: CollectiveRegime;
  /** Every criterion checked, in order. */
  readonly criteria: readonly CollectiveCriterion[];
  /** The criteria not met (a subset of `criteria`). */
  readonly failed: readonly CollectiveCriterion[];
  /** The adhering doctors' average médecin-traitant patientèle, rounded to the hundredth (the comparison is exact), e.g. `1033.33`. */
  readonly averageMedecinTraitant: Decimal;
  /** The steps of the check: the text, then one per criterion, with their sources. */
  readonly explanation: Explanation;
}

class CollectiveEligibilityResult extends Result implements CollectiveEligibility {
  /** @internal What the result is (on the prototype: neither a field nor in JSON; read it with core `resultKind`). */
  get [RESULT_KIND](): 'assistant-medical.collective.eligibility' {
    return 'assistant-medical.collective.eligibility';
  }

  readonly eligible: boolean;
  readonly certain: boolean;
  readonly regime: CollectiveRegime;
  readonly criteria: readonly CollectiveCriterion[];
  readonly failed: readonly CollectiveCriterion[];
  readonly averageMedecinTraitant: Decimal;

  constructor(regime: CollectiveRegime, criteria: readonly CollectiveCriterion[], average: Decimal, steps: Explanation) {
    super(() => steps);
    const failed = criteria.filter((c) => c.outcome === 'not-met');
    this.eligible = failed.length === 0;
    this.certain = !criteria.some((c) => c.outcome === 'to-check');
    this.regime = regime;
    this.criteria = criteria;
    this.failed = failed;
    this.averageMedecinTraitant = average;
  }
}

interface Checker {
  readonly read: ParameterReader;
  readonly criteria: CollectiveCriterion[];
  readonly steps: Step[];
}

function record(
  c: Checker,
  criterion: string,
  outcome: Outcome,
  text: Label,
  uses: readonly Resolved[],
  extra: { rules?: readonly RuleReading[]; inputs?: Record<string, string | number | boolean | null>; doctors?: readonly number[] } = {},
): void {
  const s = step({
    rule: criterion,
    label: text,
    inputs: extra.inputs ?? {},
    value: outcome,
    uses,
    ...(extra.rules ? { rules: extra.rules } : {}),
    callerInput: { fr: 'groupe et médecins adhérents, donnés par l’appelant', en: 'group and member doctors, given by the caller' },
  });
  c.steps.push(s);
  c.criteria.push({ criterion, outcome, label: text, status: s.status, sources: s.sources, ...(extra.doctors && extra.doctors.length > 0 ? { doctors: extra.doctors } : {}) });
}

/** Doctors by their number (from 1, as a person counts them): « médecins n° 2 et 3 ». */
function whichDoctors(f: Formatter, indices: readonly number[]): string {
  const numbers = f.list(indices.map((i) => f.num(i + 1)));
  return f.lang === 'fr' ? `${indices.length > 1 ? 'médecins' : 'médecin'} n° ${numbers}` : `${indices.length > 1 ? 'doctors' : 'doctor'} no. ${numbers}`;
}

/** The indices of the doctors for whom `bad` holds. */
function indicesOf(group: ParsedGroup, bad: (d: ParsedGroup['doctors'][number]) => boolean): number[] {
  const out: number[] = [];
  group.doctors.forEach((d, i) => {
    if (bad(d)) out.push(i);
  });
  return out;
}

function checkLegalForm(c: Checker, group: ParsedGroup): void {
  const forms = c.read.list(collectiveLegalForms);
  const form = group.legalForm;
  const outcome: Outcome = forms.value.includes(form) ? 'met' : form === 'other' ? 'to-check' : 'not-met';
  record(
    c,
    'am.collective.eligibility.legal-form',
    outcome,
    outcome === 'met'
      ? label(() => `Société signataire : ${form.toUpperCase()}`, () => `Signing company: ${form.toUpperCase()}`)
      : outcome === 'to-check'
        ? label(
            (f) => `Forme de société non nommée par les sources (peuvent signer : ${quoted(f, forms.value.map((x) => x.toUpperCase()))}) : à voir avec la caisse`,
            (f) => `Legal form not named by the sources (may sign: ${quoted(f, forms.value.map((x) => x.toUpperCase()))}): to check with the caisse`,
          )
        : label(
            (f) => `Une ${form.toUpperCase()} ne peut pas signer (peuvent signer : ${quoted(f, forms.value.map((x) => x.toUpperCase()))})`,
            (f) => `A ${form.toUpperCase()} cannot sign (may sign: ${quoted(f, forms.value.map((x) => x.toUpperCase()))})`,
          ),
    [forms.resolved],
    { inputs: { legalForm: form } },
  );
}

function checkDoctors(c: Checker, group: ParsedGroup): void {
  const specialties = c.read.list(collectiveSpecialties);
  const notGp = indicesOf(group, (d) => !specialties.value.includes(d.specialty));
  record(
    c,
    'am.collective.eligibility.specialty',
    notGp.length === 0 ? 'met' : 'not-met',
    notGp.length === 0
      ? label((f) => `Médecins adhérents en ${specialtyNames(f, specialties.value)}`, (f) => `Adhering doctors in ${specialtyNames(f, specialties.value)}`)
      : label(
          (f) => `Réservé aux spécialités ${specialtyNames(f, specialties.value)} : ${whichDoctors(f, notGp)}`,
          (f) => `Limited to the specialties ${specialtyNames(f, specialties.value)}: ${whichDoctors(f, notGp)}`,
        ),
    [specialties.resolved],
    { doctors: notGp },
  );

  const mepExcluded = c.read.flag(collectiveMepExcluded);
  const meps = mepExcluded.value ? indicesOf(group, (d) => d.mep === true) : [];
  record(
    c,
    'am.collective.eligibility.mep',
    meps.length === 0 ? 'met' : 'not-met',
    meps.length === 0
      ? { fr: 'Aucun médecin à exercice particulier (MEP)', en: 'No doctor of a particular practice (MEP)' }
      : label((f) => `Médecins à exercice particulier (MEP) exclus : ${whichDoctors(f, meps)}`, (f) => `Doctors of a particular practice (MEP) excluded: ${whichDoctors(f, meps)}`),
    [mepExcluded.resolved],
    { doctors: meps },
  );

  const sectors = c.read.list(collectiveSectors);
  const badSector = indicesOf(group, (d) => !sectors.value.includes(d.sector));
  record(
    c,
    'am.collective.eligibility.sector',
    badSector.length === 0 ? 'met' : 'not-met',
    badSector.length === 0
      ? label((f) => `Secteurs éligibles (${sectorNames(f, sectors.value)})`, (f) => `Eligible sectors (${sectorNames(f, sectors.value)})`)
      : label(
          (f) => `Secteurs éligibles : ${sectorNames(f, sectors.value)} ; non éligibles : ${whichDoctors(f, badSector)}`,
          (f) => `Eligible sectors: ${sectorNames(f, sectors.value)}; not eligible: ${whichDoctors(f, badSector)}`,
        ),
    [sectors.resolved],
    { doctors: badSector },
  );
}

/** The average patientèle, exact comparison: sum ≥ minimum × doctors (or >). */
function checkAverage(c: Checker, group: ParsedGroup): Decimal {
  const minimum = c.read.whole(collectiveAverageMinimum);
  const comparison = c.read.choice(collectiveAverageComparison);
  const n = group.doctors.length;
  const sum = group.doctors.reduce((t, d) => t + d.patientele.medecinTraitant, 0);
  const floor = minimum.value * n;
  const ok = comparison.value === 'more-than' ? sum > floor : sum >= floor;
  const average = new Dec(sum).dividedBy(n).toDecimalPlaces(2, Dec.ROUND_HALF_UP);
  const sign = comparison.value === 'more-than' ? '>' : '≥';
  record(
    c,
    'am.collective.eligibility.average-patientele',
    ok ? 'met' : 'not-met',
    label(
      (f) =>
        `Patientèle médecin traitant moyenne du groupe : ${f.num(average)} patients (${f.num(sum)} pour ${f.num(n)} ${n > 1 ? 'médecins' : 'médecin'} ; exigé : ${sign} ${f.num(minimum.value)})`,
      (f) => `Average médecin-traitant patientèle of the group: ${f.num(average)} patients (${f.num(sum)} for ${f.num(n)} ${n > 1 ? 'doctors' : 'doctor'}; required: ${sign} ${f.num(minimum.value)})`,
    ),
    [minimum.resolved, comparison.resolved],
    { inputs: { doctors: n, medecinTraitant: sum, average: average.toFixed() }, rules: [RULES.collectiveAverage] },
  );
  return average;
}

function checkFormerContracts(c: Checker, group: ParsedGroup): void {
  const running = indicesOf(group, (d) => d.individualContractRunning === true);
  record(
    c,
    'am.collective.eligibility.individual-contracts',
    running.length === 0 ? 'met' : 'not-met',
    running.length === 0
      ? { fr: 'Aucun contrat individuel en cours (pas de cumul)', en: 'No individual contract running (no cumulation)' }
      : label(
          (f) => `Contrat individuel à clore avant la signature (pas de cumul) : ${whichDoctors(f, running)}`,
          (f) => `Individual contract to close before signing (no cumulation): ${whichDoctors(f, running)}`,
        ),
    [],
    { rules: [RULES.collectiveIndividualContracts], doctors: running },
  );

  const years = c.read.whole(collectiveWaitingYears);
  const signedOn = c.read.on;
  const waiting: { index: number; until: IsoDate }[] = [];
  group.doctors.forEach((d, index) => {
    const ended = d.previousCollectiveContractEndedOn;
    if (ended !== undefined && signedOn < plusYears(ended, years.value)) waiting.push({ index, until: plusYears(ended, years.value) });
  });
  const indices = waiting.map((w) => w.index);
  record(
    c,
    'am.collective.eligibility.waiting-period',
    waiting.length === 0 ? 'met' : 'not-met',
    waiting.length === 0
      ? label((f) => `Pas de délai de carence en cours (${f.num(years.value)} ans après la fin d’un contrat collectif)`, (f) => `No waiting period running (${f.num(years.value)} years after the end of a collective contract)`)
      : label(
          (f) =>
            `Délai de carence de ${f.num(years.value)} ans après la fin d’un contrat collectif, sauf dérogation du directeur de la caisse : ${waiting.map((w) => `médecin n° ${f.num(w.index + 1)} jusqu’au ${f.date(w.until)}`).join(', ')}`,
          (f) =>
            `Waiting period of ${f.num(years.value)} years after the end of a collective contract, save an exception by the director of the caisse: ${waiting.map((w) => `doctor no. ${f.num(w.index + 1)} until ${f.date(w.until)}`).join(', ')}`,
        ),
    [years.resolved],
    { doctors: indices },
  );
}

/**
 * Checks every criterion of the collective contract for `group` at `signedOn`: the legal form (SCP, SCM,
 * SISA; a SEL cannot sign), each adhering doctor (general practice, not MEP, secteur 1 or 2 with OPTAM),
 * the group's average médecin-traitant patientèle (at least 775, « égale ou supérieure »), no individual
 * contract left running, and the 2-year waiting period after a former collective contract. A contract
 * signed before 25 February 2026 raises `not-in-force`.
 *
 * Ineligibility is a result with reasons, not an error.
 */
export function checkEligibility(input: CollectiveEligibilityInput): CollectiveEligibility {
  const parsed = parseInput(collectiveEligibilitySchema, input);
  const read = collectiveReader(parsed.signedOn, parsed.overrides);
  const regime = collectiveRegimeStage(read);
  const c: Checker = { read, criteria: [], steps: regime.steps.map((s) => s()) };
  checkLegalForm(c, parsed.group);
  checkDoctors(c, parsed.group);
  const average = checkAverage(c, parsed.group);
  checkFormerContracts(c, parsed.group);
  return new CollectiveEligibilityResult(regime.value, c.criteria, average, c.steps);
}
