/**
 * The report of an aide à l’emploi d’un assistant médical: a whole contract (`simulate`) or one year
 * (`yearlyAid`), with the eligibility check when the caller gives it.
 */
import type { Decimal } from 'decimal.js';
import type { Eligibility } from '../assistant-medical/eligibility.js';
import { PLAIN_WORDS } from '../assistant-medical/plain-words.js';
import type { Simulation, YearlyAid } from '../assistant-medical/simulate.js';
import { SUMMARY_COLUMNS, summaryRows, type SummaryKey } from '../assistant-medical/summary.js';
import type { Explanation, Step } from '../core/explain.js';
import type { Status } from '../core/parameters.js';
import { dateIn, euroIn, type Lang } from '../core/format.js';
import { groupedBarChart, type Series } from './chart.js';
import { html, type Html } from './html.js';
import { explanationList, facts, paymentTimeline, statusBadge, statusLegend, stepItem, stepKey, summaryTable, reliabilityOf } from './parts.js';
import { wordsOf } from './words.js';

const YEAR_KEYS: readonly SummaryKey[] = ['year', 'from', 'to', 'ceiling', 'amount', 'targetPatients', 'reachedPatients', 'achievementRate'];

function regimeName(regime: string): string {
  return PLAIN_WORDS.texts[regime]?.name ?? regime;
}

function optionText(option: string, lang: Lang): string {
  return `${lang === 'fr' ? option.replace('.', ',') : option} ${lang === 'fr' ? 'ETP' : 'FTE'}`;
}

/** One criterion of an eligibility check, as both contracts give it. */
export interface CriterionItem {
  readonly criterion: string;
  readonly outcome: 'met' | 'not-met' | 'to-check';
  readonly label: { readonly fr: string; readonly en: string };
  readonly status: Status | 'caller';
}

/** The eligibility check: eligible or not, certain or to check, each criterion with its outcome and status. */
export function eligibilitySection(e: { readonly eligible: boolean; readonly certain: boolean }, textName: string, criteria: readonly CriterionItem[], lang: Lang, more: Html | string = ''): Html {
  const w = wordsOf(lang);
  const outcome = { met: w.met, 'not-met': w.notMet, 'to-check': w.toCheck } as const;
  return html`<section id="eligibilite"><h2>${w.eligibility}</h2><p><strong class="${e.eligible ? 'outcome-met' : 'outcome-not-met'}">${e.eligible ? w.eligible : w.notEligible}</strong>${
    e.certain ? '' : html` — <span class="outcome-to-check">${w.toCheck}</span>`
  } (${textName})</p>${more}<ul>${criteria.map(
    (r) => html`<li data-criterion="${r.criterion}"><span class="outcome-${r.outcome}">${outcome[r.outcome]}</span> — ${r.label[lang]} ${statusBadge(r.status, lang)}</li>`,
  )}</ul></section>`;
}

/** What the chart of an aid needs of a year: its number, its maximum and its amount (when known). */
export interface AidYear {
  readonly year: number;
  readonly ceiling: Decimal;
  readonly amount: Decimal | undefined;
}

/** The maximum and the amount of each year, side by side. */
export function aidChart(years: readonly AidYear[], lang: Lang): Html {
  const w = wordsOf(lang);
  const series: Series[] = [
    { id: 'ceiling', label: w.ceiling, color: '#9db7dc' },
    { id: 'amount', label: w.amount, color: '#1d4f91' },
  ];
  return groupedBarChart(
    w.ceilingVsAmount,
    series,
    years.map((y) => ({
      key: String(y.year),
      label: w.year(String(y.year)),
      bars: [
        { series: 'ceiling', value: y.ceiling, text: euroIn(lang, y.ceiling) },
        { series: 'amount', value: y.amount ?? null, text: y.amount === undefined ? w.unknownAmount : euroIn(lang, y.amount) },
      ],
    })),
    lang,
  );
}

/** The objective steps (`rule`) of the years, each once with the years it applies to. */
export function objectiveSteps(years: readonly { readonly year: number; readonly explanation: Explanation }[], rule: string, lang: Lang): Html {
  const w = wordsOf(lang);
  // One item per distinct objective step, with the years it applies to (a contract's objective is usually the same every year).
  const byKey = new Map<string, { years: number[]; step: Step }>();
  for (const y of years) {
    for (const s of y.explanation) {
      if (s.rule !== rule) continue;
      const entry = byKey.get(stepKey(s));
      if (entry) entry.years.push(y.year);
      else byKey.set(stepKey(s), { years: [y.year], step: s });
    }
  }
  const items = [...byKey.values()];
  return items.length === 0
    ? html`<p class="muted">${w.noObjective}</p>`
    : html`<ul class="objectives">${items.map(
        ({ years: ys, step }) => html`<li><strong>${ys.map((n) => w.year(String(n))).join(', ')}</strong><ol class="steps">${stepItem(step, lang)}</ol></li>`,
      )}</ul>`;
}

function objectiveSection(years: readonly YearlyAid[], lang: Lang): Html {
  return html`<section id="objectif"><h2>${wordsOf(lang).objective}</h2>${objectiveSteps(years, 'am.objective', lang)}</section>`;
}

/** The report's body for a contract (`simulate`) or one year (`yearlyAid`). */
export function assistantMedicalBody(result: Simulation | YearlyAid, single: boolean, lang: Lang, title: string, eligibility?: Eligibility): Html {
  const w = wordsOf(lang);
  const years: readonly YearlyAid[] = single ? [result as YearlyAid] : (result as Simulation).years;
  const sim = single ? undefined : (result as Simulation);
  const rows = summaryRows(result);
  const first = years[0]!;
  const last = years[years.length - 1]!;
  const contractSteps = sim ? sim.explanation : [];
  const summary = facts([
    [w.regime, `${regimeName(result.regime)} (${result.regime})`],
    sim ? [w.option, optionText(sim.option, lang)] : null,
    [w.band, result.band],
    [lang === 'fr' ? 'Période' : 'Period', `${dateIn(lang, first.period.from)} – ${dateIn(lang, last.period.to)}`],
    sim ? [`${w.ceiling} (${w.contractTotal.toLowerCase()})`, euroIn(lang, sim.totals.ceiling)] : [w.ceiling, euroIn(lang, first.ceiling)],
    sim
      ? [w.contractTotal, sim.totals.amount !== undefined ? euroIn(lang, sim.totals.amount) : `${euroIn(lang, sim.totals.amountKnown)} (${lang === 'fr' ? 'années connues' : 'known years'})`]
      : [w.amount, first.amount !== undefined ? euroIn(lang, first.amount) : w.unknownAmount],
    eligibility ? [w.eligibility, eligibility.eligible ? w.eligible : w.notEligible] : null,
  ]);
  return html`<header><h1>${title}</h1><p class="lead">${w.amTitle} — ${regimeName(result.regime)}</p></header>
<section id="en-bref"><h2>${w.summary}</h2>${summary}</section>
${statusLegend(lang)}
${eligibility ? eligibilitySection(eligibility, regimeName(eligibility.regime), eligibility.reasons, lang) : ''}
<section id="annees"><h2>${w.years}</h2>${aidChart(years, lang)}${summaryTable(SUMMARY_COLUMNS, rows, YEAR_KEYS, lang, {
    totals: true,
    className: 'years',
    extra: { label: w.reliability, cell: (_r, i) => statusBadge(reliabilityOf(years[i]!.explanation), lang) },
  })}</section>
${objectiveSection(years, lang)}
<section id="versements"><h2>${w.payments}</h2>${paymentTimeline(result.payments, lang)}</section>
${explanationSection(contractSteps, years, lang)}`;
}

/**
 * The explanation of a contract (individual or collective): its own steps, then each year's, a step already
 * shown with the contract's not repeated.
 */
export function explanationSection(
  contractSteps: Explanation,
  years: readonly { readonly year: number; readonly period: { readonly from: string; readonly to: string }; readonly explanation: Explanation }[],
  lang: Lang,
): Html {
  const w = wordsOf(lang);
  const shown = new Set(contractSteps.map(stepKey));
  return html`<section id="explication"><h2>${w.explanation}</h2>${contractSteps.length > 0 ? html`<h3>${w.contractSteps}</h3>${explanationList(contractSteps, lang)}` : ''}${years.map(
    (y) =>
      html`<h3 id="annee-${y.year}">${w.year(String(y.year))} (${dateIn(lang, y.period.from)} – ${dateIn(lang, y.period.to)})</h3>${explanationList(y.explanation, lang, shown)}`,
  )}</section>`;
}

/** The default title of an assistant-médical report. */
export function assistantMedicalTitle(result: Simulation | YearlyAid, single: boolean, lang: Lang): string {
  const w = wordsOf(lang);
  if (single) return `${w.amTitle} — ${w.year(String((result as YearlyAid).year))}`;
  const sim = result as Simulation;
  return `${w.amTitle} — option ${optionText(sim.option, lang)}, ${lang === 'fr' ? 'tranche' : 'band'} ${sim.band}`;
}
