/**
 * The *fonctionnement* (operating) amount of a CPTS (ACI 2019 art. 9.1; contrat type art. 6.1): paid in
 * full at signature "avant le démarrage des missions", then each year "à partir du démarrage des
 * missions": an advance at the anniversary that starts the year and the balance with the year's balance
 * (`cpts.rule.fonctionnement-payment`). Whether the signature payment is contract year 1's yearly amount
 * or a start-up payment on top of it is a reading (`cpts.payment.signature-is-year-1-fonctionnement`).
 */
import type { Decimal } from 'decimal.js';
import { step, type LazyStep, type Stage } from '../core/explain.js';
import { label } from '../core/format.js';
import { euro } from '../core/money.js';
import type { IsoDate } from '../core/dates.js';
import type { Resolved } from '../core/parameters.js';
import { fonctionnementBySize, RULES, signatureIsYear1Fonctionnement } from './parameters.js';
import { callerOf, type YearFacts } from './contract.js';
import { prorataOfStart, prorated, prorataWords, splitAdvance, type Due, type Prorata } from './payments.js';

type Path = readonly (string | number)[];

/** The yearly fonctionnement amount of a year and where it comes from. */
export interface FonctionnementEnvelope {
  readonly amount: Decimal;
  readonly from: 'contract' | 'parameters';
  readonly uses: readonly Resolved[];
  readonly path: Path;
}

/** The yearly fonctionnement amount: the contract's when written, else the size's parameter (`cpts.fonctionnement.t*`). */
export function fonctionnementEnvelope(year: YearFacts): FonctionnementEnvelope {
  const path = [...year.envelopes.path, 'fonctionnement'];
  const written = year.envelopes.set?.fonctionnement;
  if (written) return { amount: written, from: 'contract', uses: [], path };
  const r = year.reader.decimal(fonctionnementBySize[year.size]);
  return { amount: r.value, from: 'parameters', uses: [r.resolved], path };
}

/** The year's fonctionnement. */
export interface Fonctionnement {
  /** The fonctionnement due for the year. */
  readonly fonctionnement: Decimal;
  /** A one-off start-up payment at signature on top of year 1's fonctionnement (0 unless `cpts.payment.signature-is-year-1-fonctionnement` is false). */
  readonly startUp: Decimal;
  /** How they are paid. */
  readonly payments: readonly Due[];
}

const LABEL = { fr: 'Fonctionnement', en: 'Fonctionnement (operating)' };
const START_UP_LABEL = { fr: 'Fonctionnement — versement de démarrage', en: 'Fonctionnement — start-up payment' };

/**
 * The year's fonctionnement: year 1 is the amount paid in full at signature (or, with the other reading,
 * a start-up payment plus a yearly amount prorated from the first mission's start); later years pay an
 * advance at the year's start and the balance at its end.
 */
export function fonctionnementOfYear(year: YearFacts, env: FonctionnementEnvelope): Stage<Fonctionnement> {
  const { n, contract, advanceRatio, prorataUnit, anniversary } = year;
  const signedOn = contract.contract.signedOn;
  const yearly = euro(env.amount);
  const caller = callerOf(env.path, env.from);
  const signatureIsYear1 = n === 1 ? contract.reader.flag(signatureIsYear1Fonctionnement) : null;

  if (signatureIsYear1?.value === true) {
    const due: Due = { subject: 'fonctionnement', part: 'fonctionnement', label: LABEL, amount: yearly, paid: 'at-signature', date: signedOn };
    const explain: LazyStep = () =>
      step({
        rule: 'cpts.fonctionnement',
        label: label(
          (f) => `Fonctionnement de l’année 1 : ${f.euro(yearly)}, versé en totalité à la signature le ${f.date(signedOn)}`,
          (f) => `Year 1 fonctionnement: ${f.euro(yearly)}, paid in full at signature on ${f.date(signedOn)}`,
        ),
        inputs: { size: year.size },
        value: yearly,
        uses: [...env.uses, signatureIsYear1.resolved],
        rules: [RULES.fonctionnementPayment],
        ...caller,
        alternatives: [
          {
            value: yearly.times(2).toFixed(2),
            reason: {
              fr: "versement à la signature en plus d’un fonctionnement annuel de l’année 1 : lecture écartée par défaut (cpts.payment.signature-is-year-1-fonctionnement)",
              en: 'signature payment on top of a year-1 yearly fonctionnement: reading set aside by default (cpts.payment.signature-is-year-1-fonctionnement)',
            },
          },
        ],
      });
    return { value: { fonctionnement: yearly, startUp: euro(0), payments: [due] }, steps: [explain] };
  }

  const payments: Due[] = [];
  const steps: LazyStep[] = [];
  let startUp = euro(0);
  let fonctionnement = yearly;
  let prorata: Prorata | null = null;
  let advanceDate: IsoDate = year.on;
  if (signatureIsYear1) {
    // Year 1, the other reading: a start-up payment at signature, then a yearly amount from the first mission's start.
    startUp = yearly;
    payments.push({ subject: 'fonctionnement', part: 'start-up', label: START_UP_LABEL, amount: startUp, paid: 'at-signature', date: signedOn });
    steps.push(() =>
      step({
        rule: 'cpts.fonctionnement.start-up',
        label: label(
          (f) => `Versement de démarrage à la signature le ${f.date(signedOn)}, en plus du fonctionnement de l’année 1 : ${f.euro(startUp)}`,
          (f) => `Start-up payment at signature on ${f.date(signedOn)}, on top of year 1's fonctionnement: ${f.euro(startUp)}`,
        ),
        inputs: { size: year.size },
        value: startUp,
        uses: [...env.uses, signatureIsYear1.resolved],
        rules: [RULES.fonctionnementPayment],
        ...caller,
      }),
    );
    let firstStart: IsoDate | undefined;
    for (const m of contract.contract.missions) if (firstStart === undefined || m.start < firstStart) firstStart = m.start;
    if (firstStart === undefined || firstStart > year.period.to) fonctionnement = euro(0);
    else {
      advanceDate = firstStart;
      prorata = prorataOfStart(year, firstStart);
      fonctionnement = euro(prorated(yearly, prorata));
    }
  }
  payments.push({ subject: 'fonctionnement', part: 'fonctionnement', label: LABEL, amount: fonctionnement, paid: 'advance-and-balance', advanceDate });
  const due = fonctionnement;
  const shownProrata = prorata;
  steps.push(() => {
    const split = splitAdvance(due, advanceRatio.value);
    const words = shownProrata ? prorataWords(shownProrata) : null;
    return step({
      rule: 'cpts.fonctionnement',
      label: label(
        (f) =>
          `Fonctionnement de l’année ${n}${words ? ` (${f.text(words)})` : ''} : ${f.euro(due)}, avance de ${f.euro(split.advance)} (${f.percent(advanceRatio.value)}) le ${f.date(advanceDate)}, solde de ${f.euro(split.balance)} le ${f.date(anniversary)}`,
        (f) =>
          `Year ${n} fonctionnement${words ? ` (${f.text(words)})` : ''}: ${f.euro(due)}, advance ${f.euro(split.advance)} (${f.percent(advanceRatio.value)}) on ${f.date(advanceDate)}, balance ${f.euro(split.balance)} on ${f.date(anniversary)}`,
      ),
      inputs: { size: year.size, yearly: yearly.toFixed(2) },
      value: due,
      uses: [...env.uses, advanceRatio.resolved, ...(signatureIsYear1 ? [signatureIsYear1.resolved] : []), ...(shownProrata ? [prorataUnit.resolved] : [])],
      rules: [RULES.fonctionnementPayment],
      ...caller,
    });
  });
  return { value: { fonctionnement, startUp, payments }, steps };
}
