/**
 * The report of an ACI MSP: one remuneration year (`yearlyRemuneration`) or a whole contract
 * (`simulate`): points per indicator, the total in euros, the advance and the balance with their dates.
 */
import { PLAIN_WORDS } from '../aci-msp/plain-words.js';
import type { MspYearResult, Simulation } from '../aci-msp/simulate.js';
import { INDICATOR_COLUMNS, SUMMARY_COLUMNS, indicatorRows, summaryRows, type IndicatorKey, type SummaryKey } from '../aci-msp/summary.js';
import { euroIn, type Lang } from '../core/format.js';
import { formatCell, type SummaryRow } from '../core/summary.js';
import { groupedBarChart } from './chart.js';
import { html, type Html } from './html.js';
import { explanationList, facts, paymentTimeline, statusBadge, statusLegend, summaryTable, weakestOf } from './parts.js';
import { wordsOf } from './words.js';

const YEAR_KEYS: readonly SummaryKey[] = ['year', 'version', 'points', 'amount', 'majoration', 'topUp', 'total', 'advanceDate', 'advance', 'balanceDate', 'balance'];
const INDICATOR_KEYS: readonly IndicatorKey[] = ['label', 'type', 'achieved', 'fixed', 'variable', 'points', 'amount'];

const TYPE_WORDS: Readonly<Record<string, { fr: string; en: string }>> = {
  'socle-prerequis': { fr: 'socle prérequis', en: 'core prerequisite' },
  socle: { fr: 'socle', en: 'core' },
  optionnel: { fr: 'optionnel', en: 'optional' },
};

function versionName(version: string): string {
  return PLAIN_WORDS.texts[version]?.name ?? version;
}

function indicatorTable(r: MspYearResult, lang: Lang): Html {
  const w = wordsOf(lang);
  const rows = indicatorRows(r, lang).map((row): SummaryRow<IndicatorKey> => ({ ...row, type: TYPE_WORDS[String(row.type)]?.[lang] ?? row.type }));
  return summaryTable(INDICATOR_COLUMNS, rows, INDICATOR_KEYS, lang, {
    totals: true,
    className: 'indicators',
    extra: { label: w.reliability, cell: (_row, i) => statusBadge(weakestOf(r.byIndicator[i]!.explanation), lang) },
  });
}

function yearFacts(r: MspYearResult, lang: Lang): Html {
  const w = wordsOf(lang);
  return facts([
    r.structure ? ['MSP', r.structure] : null,
    [w.regime, `${versionName(r.version)} (${r.version})`],
    [w.fixedPoints, formatCell('decimal', r.points.fixed, lang)],
    [w.variablePoints, formatCell('decimal', r.points.variable, lang)],
    [w.totalPoints, formatCell('decimal', r.points.total, lang)],
    [lang === 'fr' ? 'Valeur du point' : 'Point value', euroIn(lang, r.pointValue)],
    [lang === 'fr' ? 'Valeur des points' : 'Value of the points', euroIn(lang, r.amount)],
    r.precarity.majoration.isZero() ? null : [lang === 'fr' ? 'Majoration précarité' : 'Precarity majoration', euroIn(lang, r.precarity.majoration)],
    r.newStructure.topUp.isZero() ? null : [lang === 'fr' ? 'Complément nouvelle structure' : 'New-structure top-up', euroIn(lang, r.newStructure.topUp)],
    [w.remuneration, euroIn(lang, r.total)],
    [`${lang === 'fr' ? 'Avance due le' : 'Advance due by'} ${formatCell('date', r.advance.dueBy, lang)}`, euroIn(lang, r.advance.amount)],
    [`${lang === 'fr' ? 'Solde dû le' : 'Balance due by'} ${formatCell('date', r.balance.dueBy, lang)}`, euroIn(lang, r.balance.amount)],
  ]);
}

function missing(r: MspYearResult, lang: Lang): Html | string {
  if (r.prerequisites.met) return '';
  const w = wordsOf(lang);
  return html`<p class="outcome-not-met">${w.prerequisitesMissing} ${r.prerequisites.missing.map((m, i) => html`${i > 0 ? ', ' : ''}${m.label[lang]}`)}</p>`;
}

function chart(years: readonly MspYearResult[], lang: Lang): Html {
  const w = wordsOf(lang);
  return groupedBarChart(
    w.mspChart,
    [{ id: 'total', label: w.remuneration, color: '#1d4f91' }],
    years.map((y) => ({ key: String(y.year), label: String(y.year), bars: [{ series: 'total', value: y.total, text: euroIn(lang, y.total) }] })),
    lang,
  );
}

/** The report's body for a year (`yearlyRemuneration`) or a contract (`simulate`). */
export function mspBody(result: MspYearResult | Simulation, single: boolean, lang: Lang, title: string): Html {
  const w = wordsOf(lang);
  const years: readonly MspYearResult[] = single ? [result as MspYearResult] : (result as Simulation).years;
  const sim = single ? undefined : (result as Simulation);
  const rows = summaryRows(result);
  const head = html`<header><h1>${title}</h1><p class="lead">${w.mspTitle}</p></header>`;
  const summary = sim
    ? facts([
        sim.structure ? ['MSP', sim.structure] : null,
        [lang === 'fr' ? 'Contrat signé le' : 'Contract signed on', formatCell('date', sim.signedOn, lang)],
        [w.totalPoints, formatCell('decimal', sim.totals.points, lang)],
        [w.remuneration, euroIn(lang, sim.totals.total)],
        [lang === 'fr' ? 'Avances' : 'Advances', euroIn(lang, sim.totals.advance)],
        [lang === 'fr' ? 'Soldes' : 'Balances', euroIn(lang, sim.totals.balance)],
      ])
    : yearFacts(result as MspYearResult, lang);
  const perYear = years.map(
    (y) => html`<section class="exercise" id="exercice-${y.year}"><h2>${w.exercise(String(y.year))} — ${w.indicators}</h2>${sim ? yearFacts(y, lang) : ''}${missing(y, lang)}${indicatorTable(y, lang)}<h3>${w.explanation}</h3>${explanationList(y.explanation, lang)}</section>`,
  );
  return html`${head}
<section id="en-bref"><h2>${w.summary}</h2>${summary}</section>
${statusLegend(lang)}
<section id="annees"><h2>${w.years}</h2>${chart(years, lang)}${single ? '' : summaryTable(SUMMARY_COLUMNS, rows, YEAR_KEYS, lang, {
    totals: true,
    dropEmpty: true,
    className: 'years',
    extra: { label: w.reliability, cell: (_r, i) => statusBadge(weakestOf(years[i]!.explanation), lang) },
    display: { year: (cell) => String(cell), version: (cell) => PLAIN_WORDS.texts[String(cell)]?.short ?? String(cell) },
  })}</section>
<section id="versements"><h2>${w.payments}</h2>${paymentTimeline(result.payments, lang)}</section>
${sim ? html`<section id="contrat"><h2>${w.contractSteps}</h2>${explanationList(sim.explanation, lang)}</section>` : ''}
${perYear}`;
}

/** The default title of an MSP report. */
export function mspTitle(result: MspYearResult | Simulation, single: boolean, lang: Lang): string {
  const w = wordsOf(lang);
  const name = result.structure ?? 'MSP';
  if (single) return `${name} — ${w.exercise(String((result as MspYearResult).year))}`;
  const years = (result as Simulation).years;
  return `${name} — ${years.length > 0 ? `${w.exercise(String(years[0]!.year))}${years.length > 1 ? ` – ${years[years.length - 1]!.year}` : ''}` : ''}`;
}
