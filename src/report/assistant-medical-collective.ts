/**
 * The report of a collective contract (aide collective à l’emploi d’assistants médicaux, 2026): a whole
 * contract (`collective.simulate`) or one year (`collective.yearlyAid`), laid out as the individual
 * contract's — the group's eligibility when the caller gives it, the ETP funded and their ceiling, the two
 * parts of the collective objective (médecin traitant, file active), the years with their chart, the
 * payments to the signing company, the explanation with its sources and statuses.
 */
import type { CollectiveEligibility } from '../assistant-medical/collective-eligibility.js';
import type { CollectiveSimulation, CollectiveYearlyAid } from '../assistant-medical/collective-simulate.js';
import { SUMMARY_COLUMNS, summaryRows, type CollectiveSummaryKey } from '../assistant-medical/collective-summary.js';
import { COLLECTIVE_PLAIN_WORDS } from '../assistant-medical/plain-words.js';
import type { Explanation } from '../core/explain.js';
import { dateIn, decimalIn, euroIn, type Lang } from '../core/format.js';
import { aidChart, eligibilitySection, explanationSection, objectiveSteps } from './assistant-medical.js';
import { html, type Html } from './html.js';
import { facts, paymentTimeline, reliabilityOf, statusBadge, statusLegend, summaryTable } from './parts.js';
import { wordsOf } from './words.js';

/** The year table's columns: the targets, the same every year, are in the objective's own table (an A4 page keeps its width). */
const YEAR_KEYS: readonly CollectiveSummaryKey[] = ['year', 'from', 'to', 'ceiling', 'amount', 'reachedMedecinTraitant', 'reachedFileActive', 'achievementRate'];

function regimeName(regime: string): string {
  return COLLECTIVE_PLAIN_WORDS.texts[regime]?.name ?? regime;
}

function etpText(etp: { toFixed(): string }, lang: Lang): string {
  return `${decimalIn(lang, etp.toFixed())} ${wordsOf(lang).etpUnit}`;
}

/** The group's ETP ceiling, as the contract's step says it (`am.collective.etp-ceiling`), or why it is not known. */
function etpCeiling(explanation: Explanation, lang: Lang): Html {
  const w = wordsOf(lang);
  const s = explanation.find((x) => x.rule === 'am.collective.etp-ceiling');
  if (!s || typeof s.value !== 'string') return html`<span class="muted">${w.etpCeilingUnknown}</span>`;
  return html`${etpText({ toFixed: () => s.value as string }, lang)} — ${s.label[lang]} ${statusBadge(s.status, lang)}`;
}

/** The two parts of the objective (starting, already gained, increase, target), its due date, the objective steps, any fall below the start. */
function objectiveSection(years: readonly CollectiveYearlyAid[], lang: Lang): Html {
  const w = wordsOf(lang);
  const o = years.find((y) => y.objective !== undefined)?.objective;
  const num = (n: number) => decimalIn(lang, n);
  const table = o
    ? html`<div class="table-wrap"><table class="objective"><thead><tr><th scope="col">${w.objectivePart}</th><th scope="col" class="num">${w.starting}</th><th scope="col" class="num">${w.alreadyGained}</th><th scope="col" class="num">${w.increase}</th><th scope="col" class="num">${w.target}</th></tr></thead><tbody>${(
        [
          ['medecinTraitant', w.medecinTraitant, o.medecinTraitant],
          ['fileActive', w.fileActive, o.fileActive],
        ] as const
      ).map(
        ([key, name, part]) =>
          html`<tr data-part="${key}"><th scope="row">${name}</th><td class="num">${num(part.starting)}</td><td class="num">${num(part.alreadyGained)}</td><td class="num">+${num(part.increase)}</td><td class="num" data-target="${key}">${num(part.target)}</td></tr>`,
      )}</tbody></table></div><p>${w.dueBy(dateIn(lang, o.dueBy))}</p>`
    : '';
  const below = years.filter((y) => y.modulation?.belowStartingPatientele);
  return html`<section id="objectif"><h2>${w.collectiveObjective}</h2>${table}${below.map(
    (y) => html`<p class="outcome-to-check">${w.year(String(y.year))}${w.colon}${w.belowStarting}</p>`,
  )}${objectiveSteps(years, 'am.collective.objective', lang)}</section>`;
}

/** The report's body for a collective contract (`collective.simulate`) or one of its years (`collective.yearlyAid`). */
export function collectiveBody(result: CollectiveSimulation | CollectiveYearlyAid, single: boolean, lang: Lang, title: string, eligibility?: CollectiveEligibility): Html {
  const w = wordsOf(lang);
  const years: readonly CollectiveYearlyAid[] = single ? [result as CollectiveYearlyAid] : (result as CollectiveSimulation).years;
  const sim = single ? undefined : (result as CollectiveSimulation);
  const rows = summaryRows(result);
  const first = years[0]!;
  const last = years[years.length - 1]!;
  const contractSteps = sim ? sim.explanation : [];
  const summary = facts([
    [w.regime, `${regimeName(result.regime)} (${result.regime})`],
    [w.etp, etpText(result.etp, lang)],
    [w.etpCeiling, etpCeiling(result.explanation, lang)],
    [lang === 'fr' ? 'Période' : 'Period', `${dateIn(lang, first.period.from)} – ${dateIn(lang, last.period.to)}`],
    sim ? [`${w.ceiling} (${w.contractTotal.toLowerCase()})`, euroIn(lang, sim.totals.ceiling)] : [w.ceiling, euroIn(lang, first.ceiling)],
    sim
      ? [w.contractTotal, sim.totals.amount !== undefined ? euroIn(lang, sim.totals.amount) : `${euroIn(lang, sim.totals.amountKnown)} (${lang === 'fr' ? 'années connues' : 'known years'})`]
      : [w.amount, first.amount !== undefined ? euroIn(lang, first.amount) : w.unknownAmount],
    eligibility ? [w.eligibility, eligibility.eligible ? w.eligible : w.notEligible] : null,
  ]);
  const average = eligibility?.averageMedecinTraitant;
  return html`<header><h1>${title}</h1><p class="lead">${w.amCollectiveTitle}</p></header>
<section id="en-bref"><h2>${w.summary}</h2>${summary}</section>
${statusLegend(lang)}
${
  eligibility
    ? eligibilitySection(
        eligibility,
        regimeName(eligibility.regime),
        eligibility.criteria,
        lang,
        average !== undefined ? html`<p>${w.averageMedecinTraitant}${w.colon}<strong>${decimalIn(lang, average)}</strong></p>` : '',
      )
    : ''
}
<section id="annees"><h2>${w.years}</h2>${aidChart(years, lang)}${summaryTable(SUMMARY_COLUMNS, rows, YEAR_KEYS, lang, {
    totals: true,
    dropEmpty: true,
    className: 'years',
    extra: { label: w.reliability, cell: (_r, i) => statusBadge(reliabilityOf(years[i]!.explanation), lang) },
  })}</section>
${objectiveSection(years, lang)}
<section id="versements"><h2>${w.payments}</h2>${paymentTimeline(result.payments, lang)}</section>
${explanationSection(contractSteps, years, lang)}`;
}

/** The default title of a collective contract's report. */
export function collectiveTitle(result: CollectiveSimulation | CollectiveYearlyAid, single: boolean, lang: Lang): string {
  const w = wordsOf(lang);
  if (single) return `${w.amCollectiveTitle} — ${w.year(String((result as CollectiveYearlyAid).year))}`;
  return `${w.amCollectiveTitle} — ${etpText(result.etp, lang)}`;
}
