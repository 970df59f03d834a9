/**
 * The report of an ACI CPTS: a whole contract (`simulate`) or one year (`yearlyFunding`): the parts of
 * each year (fonctionnement, each mission's fixed and variable parts) as a stacked chart and a table,
 * the advances and balances with their dates, and the explanation of each year.
 */
import type { Decimal } from 'decimal.js';
import { PLAIN_WORDS } from '../aci-cpts/plain-words.js';
import type { Simulation, YearlyFunding } from '../aci-cpts/simulate.js';
import { SUMMARY_COLUMNS, summaryRows, type SummaryKey } from '../aci-cpts/summary.js';
import { dateIn, euroIn, type Lang } from '../core/format.js';
import { formatCell, totalsOf, type SummaryColumn, type SummaryRow } from '../core/summary.js';
import { stackedBarChart, type Series } from './chart.js';
import { html, type Html } from './html.js';
import { explanationList, facts, paymentTimeline, statusBadge, statusLegend, stepKey, summaryTable, reliabilityOf } from './parts.js';
import { wordsOf } from './words.js';

const YEAR_KEYS: readonly SummaryKey[] = ['contractYear', 'from', 'to', 'text', 'size', 'fonctionnement', 'startUp', 'fixed', 'variable', 'crisisBlock', 'total'];

/** The parts drawn in the chart and listed in the parts table, in the order of the summary's columns. */
const PART_KEYS: readonly SummaryKey[] = SUMMARY_COLUMNS.filter((c) => c.key === 'fonctionnement' || c.key === 'startUp' || c.key.includes('.')).map((c) => c.key);

const MISSION_COLOURS: Readonly<Record<string, string>> = {
  acces: '#2e7d32',
  parcours: '#c77c02',
  prevention: '#6a1b9a',
  crise: '#b71c1c',
  qualite: '#00838f',
  accompagnement: '#5d4037',
};

function seriesOf(column: SummaryColumn<SummaryKey>, lang: Lang): Series {
  if (column.key === 'fonctionnement') return { id: 'fonctionnement', label: column.label[lang], color: '#4a6fa5' };
  if (column.key === 'startUp') return { id: 'startUp', label: column.label[lang], color: '#9aa9bd' };
  const [mission, part] = column.key.split('.') as [string, string];
  const color = MISSION_COLOURS[mission] ?? '#777777';
  return { id: column.key.replace('.', '-'), label: column.label[lang], color: part === 'crisisBlock' ? '#e57373' : color, hatched: part === 'variable' };
}

function textName(text: string): string {
  return PLAIN_WORDS.texts[text]?.short ?? text;
}

/** The parts that hold an amount in at least one year (a part never paid is left out of the chart and the table). */
function partsUsed(rows: readonly SummaryRow<SummaryKey>[]): SummaryColumn<SummaryKey>[] {
  return SUMMARY_COLUMNS.filter((c) => PART_KEYS.includes(c.key) && rows.some((r) => r[c.key] !== null && typeof r[c.key] === 'object' && !(r[c.key] as { isZero(): boolean }).isZero()));
}

function chart(rows: readonly SummaryRow<SummaryKey>[], parts: readonly SummaryColumn<SummaryKey>[], lang: Lang): Html {
  const w = wordsOf(lang);
  const totalColumn = SUMMARY_COLUMNS.find((c) => c.key === 'total')!;
  return stackedBarChart(
    w.cptsChart,
    parts.map((c) => seriesOf(c, lang)),
    rows.map((r) => ({
      key: String(r.contractYear),
      label: w.year(String(r.contractYear)),
      caption: formatCell(totalColumn.kind, r.total, lang),
      bars: parts.map((c) => ({ series: seriesOf(c, lang).id, value: (r[c.key] as Decimal | null) ?? null, text: formatCell(c, r[c.key], lang) })),
    })),
    lang,
  );
}

/** The parts, one row each, one column per year (and the contract's total of each part, from core `totalsOf`). */
function partsTable(rows: readonly SummaryRow<SummaryKey>[], parts: readonly SummaryColumn<SummaryKey>[], lang: Lang): Html {
  const w = wordsOf(lang);
  const totals = totalsOf(parts, rows);
  const several = rows.length > 1;
  return html`<div class="table-wrap"><table class="parts"><thead><tr><th scope="col">${lang === 'fr' ? 'Part' : 'Part'}</th>${rows.map(
    (r) => html`<th scope="col" class="num">${w.year(String(r.contractYear))}</th>`,
  )}${several ? html`<th scope="col" class="num">${w.total}</th>` : ''}</tr></thead><tbody>${parts.map(
    (c) =>
      html`<tr><th scope="row">${c.label[lang]}</th>${rows.map((r) => html`<td class="num">${formatCell(c, r[c.key], lang)}</td>`)}${
        several ? html`<td class="num" data-total="${c.key}">${formatCell(c, totals[c.key] ?? null, lang)}</td>` : ''
      }</tr>`,
  )}</tbody></table></div>`;
}

/** The report's body for a contract (`simulate`) or one year (`yearlyFunding`). */
export function cptsBody(result: Simulation | YearlyFunding, single: boolean, lang: Lang, title: string): Html {
  const w = wordsOf(lang);
  const years: readonly YearlyFunding[] = single ? [result as YearlyFunding] : (result as Simulation).years;
  const sim = single ? undefined : (result as Simulation);
  const rows = summaryRows(result);
  const parts = partsUsed(rows);
  const shown = new Set((sim?.explanation ?? []).map(stepKey));
  const first = years[0]!;
  const totals = sim ? sim.totals : (result as YearlyFunding);
  const summary = facts([
    sim?.name ? ['CPTS', sim.name] : null,
    sim ? [lang === 'fr' ? 'Contrat signé le' : 'Contract signed on', dateIn(lang, sim.signedOn)] : null,
    sim ? [lang === 'fr' ? 'Durée' : 'Length', `${sim.duration} ${lang === 'fr' ? 'ans' : 'years'}`] : [w.year(String(first.contractYear)), `${dateIn(lang, first.period.from)} – ${dateIn(lang, first.period.to)}`],
    [lang === 'fr' ? 'Taille' : 'Size', [...new Set(years.map((y) => y.size))].join(', ')],
    [w.regime, [...new Set(years.map((y) => textName(y.text)))].join(', ')],
    [w.fonctionnement, euroIn(lang, totals.fonctionnement)],
    [lang === 'fr' ? 'Parts fixes' : 'Fixed parts', euroIn(lang, totals.fixed)],
    [lang === 'fr' ? 'Parts variables' : 'Variable parts', euroIn(lang, totals.variable)],
    totals.crisisBlock.isZero() ? null : [w.crisisBlock, euroIn(lang, totals.crisisBlock)],
    totals.startUp.isZero() ? null : [w.startUp, euroIn(lang, totals.startUp)],
    [w.total, euroIn(lang, totals.total)],
  ]);
  return html`<header><h1>${title}</h1><p class="lead">${w.cptsTitle}</p></header>
<section id="en-bref"><h2>${w.summary}</h2>${summary}</section>
${statusLegend(lang)}
<section id="annees"><h2>${w.parts}</h2>${chart(rows, parts, lang)}${summaryTable(SUMMARY_COLUMNS, rows, YEAR_KEYS, lang, {
    totals: true,
    dropEmpty: true,
    className: 'years',
    extra: { label: w.reliability, cell: (_r, i) => statusBadge(reliabilityOf(years[i]!.explanation), lang) },
    display: { text: (cell) => textName(String(cell)) },
  })}<h3>${w.missionsOfYear}</h3>${partsTable(rows, parts, lang)}</section>
<section id="versements"><h2>${w.payments}</h2>${paymentTimeline(result.payments, lang)}</section>
<section id="explication"><h2>${w.explanation}</h2>${sim ? html`<h3>${w.contractSteps}</h3>${explanationList(sim.explanation, lang)}` : ''}${years.map(
    (y) =>
      html`<h3 id="annee-${y.contractYear}">${w.year(String(y.contractYear))} (${dateIn(lang, y.period.from)} – ${dateIn(lang, y.period.to)})</h3>${explanationList(y.explanation, lang, shown)}`,
  )}</section>`;
}

/** The default title of a CPTS report. */
export function cptsTitle(result: Simulation | YearlyFunding, single: boolean, lang: Lang): string {
  const w = wordsOf(lang);
  if (single) return `CPTS — ${w.year(String((result as YearlyFunding).contractYear))}`;
  return (result as Simulation).name ?? 'CPTS';
}
