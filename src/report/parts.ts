/**
 * The pieces every report is made of: the document, a status badge, a summary table (cells formatted by
 * their column's kind, totals from core `totalsOf`), the payment timeline and the explanation steps.
 * Nothing here computes a legal figure or adds an amount: every number shown comes from a result.
 */
import { reliability, type Explanation, type Step, type StepSource } from '../core/explain.js';
import { dateIn, euroIn, type Lang } from '../core/format.js';
import type { Status } from '../core/parameters.js';
import type { Payment } from '../core/result.js';
import { formatCell, totalsOf, type ColumnKind, type SummaryColumn, type SummaryRow } from '../core/summary.js';
import { html, raw, type Html, type Part } from './html.js';
import { REPORT_CSS } from './style.js';
import { PAYMENT_WORDS, STATUS_WORDS, wordsOf } from './words.js';

/** The whole document: one self-contained HTML string (inline CSS, no script, no external resource). */
export function documentOf(title: string, lang: Lang, body: Html): string {
  const w = wordsOf(lang);
  return `<!doctype html>\n${html`<html lang="${lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="exercice-coordonne">
<title>${title}</title>
<style>${raw(REPORT_CSS)}</style>
</head>
<body>
<main>
${body}
<footer class="report-footer"><p>${w.generator}</p></footer>
</main>
</body>
</html>
`}`;
}

/** The status of a figure or a step, as a badge (`vérifié`, `non vérifié`, `hypothèse`…). */
export function statusBadge(status: Status | 'caller', lang: Lang): Html {
  return html`<span class="status status-${status}">${STATUS_WORDS[status][lang]}</span>`;
}

/** The legend of the statuses, shown once near the top of a report. */
export function statusLegend(lang: Lang): Html {
  const w = wordsOf(lang);
  return html`<aside class="legend-box"><strong>${w.legendTitle}.</strong> ${w.legend} ${(['verified', 'unverified', 'assumption', 'unknown', 'caller'] as const).map(
    (s) => html`${statusBadge(s, lang)} `,
  )}</aside>`;
}

/** A list of facts (`dt`/`dd`). */
export function facts(items: readonly (readonly [string, Part] | null | false)[]): Html {
  const shown = items.filter((i): i is readonly [string, Part] => Boolean(i));
  return html`<dl class="facts">${shown.map(([k, v]) => html`<dt>${k}</dt><dd>${v}</dd>`)}</dl>`;
}

const NUMERIC: ReadonlySet<ColumnKind> = new Set(['integer', 'year', 'decimal', 'euro', 'percent']);

/** One more column a table may carry after the summary's (a status badge per row, say). */
export interface ExtraColumn<R> {
  readonly label: string;
  readonly cell: (row: R, index: number) => Part;
}

/**
 * A table of summary rows: the columns `keys` (in that order) of `columns`, cells formatted by their
 * kind in `lang`, a footer with the totals of the columns marked `total` (from core `totalsOf`).
 */
export function summaryTable<K extends string>(
  columns: readonly SummaryColumn<K>[],
  rows: readonly SummaryRow<K>[],
  keys: readonly K[],
  lang: Lang,
  options: {
    readonly totals?: boolean;
    readonly extra?: ExtraColumn<SummaryRow<K>>;
    readonly className?: string;
    readonly caption?: string;
    /** Leaves out the columns whose cells are all empty or zero (a majoration no year has), so that the table fits an A4 page. */
    readonly dropEmpty?: boolean;
    /** How some cells are shown instead of by their kind (a text's name for its code). */
    readonly display?: Partial<Record<K, (cell: SummaryRow<K>[K]) => string>>;
  } = {},
): Html {
  const byKey = new Map(columns.map((c) => [c.key, c]));
  const shown = keys
    .map((k) => {
      const c = byKey.get(k);
      if (!c) throw new Error(`internal: no summary column ${k}`);
      return c;
    })
    .filter((c) => !options.dropEmpty || rows.some((r) => !isEmpty(r[c.key])));
  const numeric = (c: SummaryColumn<K>) => (NUMERIC.has(c.kind) ? ' class="num"' : '');
  const head = html`<tr>${shown.map((c) => html`<th scope="col"${raw(numeric(c))}>${c.label[lang]}</th>`)}${options.extra ? html`<th scope="col">${options.extra.label}</th>` : ''}</tr>`;
  const body = rows.map(
    (r, i) =>
      html`<tr>${shown.map((c) => html`<td${raw(numeric(c))} data-key="${c.key}">${options.display?.[c.key]?.(r[c.key]) ?? formatCell(c, r[c.key], lang)}</td>`)}${
        options.extra ? html`<td>${options.extra.cell(r, i)}</td>` : ''
      }</tr>`,
  );
  let foot: Html | string = '';
  if (options.totals && rows.length > 1 && shown.some((c) => c.total)) {
    const totals = totalsOf(shown, rows);
    foot = html`<tfoot><tr>${shown.map((c, i) =>
      c.total
        ? html`<td class="num" data-total="${c.key}">${formatCell(c, totals[c.key] ?? null, lang)}</td>`
        : i === 0
          ? html`<th scope="row">${wordsOf(lang).total}</th>`
          : html`<td></td>`,
    )}${options.extra ? html`<td></td>` : ''}</tr></tfoot>`;
  }
  return html`<div class="table-wrap"><table${raw(options.className ? ` class="${options.className}"` : '')}>${
    options.caption ? html`<caption>${options.caption}</caption>` : ''
  }<thead>${head}</thead><tbody>${body}</tbody>${foot}</table></div>`;
}

/** True for a cell with nothing to show: empty, or zero. */
function isEmpty(cell: unknown): boolean {
  if (cell === null || cell === undefined) return true;
  if (typeof cell === 'number') return cell === 0;
  return typeof cell === 'object' && typeof (cell as { isZero?: unknown }).isZero === 'function' && (cell as { isZero(): boolean }).isZero();
}

/** A payment's extra details (the lines of a CPTS payment), when it has some. */
type DetailedPayment = Payment & { readonly lines?: readonly { readonly label: { readonly fr: string; readonly en: string }; readonly amount: Payment['amount'] }[] };

/** The payments in date order, as a timeline: date, kind, amount, what for (and the lines of each, when given). */
export function paymentTimeline(payments: readonly DetailedPayment[], lang: Lang): Html {
  const w = wordsOf(lang);
  if (payments.length === 0) return html`<p class="muted">${w.noPayment}</p>`;
  return html`<ol class="timeline">${payments.map(
    (p) =>
      html`<li data-kind="${p.kind}"><span class="when">${dateIn(lang, p.date)}</span> — ${PAYMENT_WORDS[p.kind][lang]}${w.colon}<span class="amount">${euroIn(lang, p.amount)}</span><br><span>${p.label[lang]}</span>${
        p.lines && p.lines.length > 0 ? html`<ul>${p.lines.map((l) => html`<li>${l.label[lang]}${w.colon}${euroIn(lang, l.amount)}</li>`)}</ul>` : ''
      }</li>`,
  )}</ol>`;
}

function sourceItem(s: StepSource, lang: Lang): Html {
  const what = s.article ? `${s.title}, ${s.article}` : s.title;
  if (s.kind === 'caller') return html`<li>${what} ${statusBadge('caller', lang)}</li>`;
  if (s.kind === 'library') return html`<li>${what}</li>`;
  return html`<li>${s.url ? html`<a href="${s.url}">${what}</a>` : what}${s.kind === 'secondary' ? html` <span class="muted">(${lang === 'fr' ? 'source secondaire' : 'secondary source'})</span>` : ''}</li>`;
}

function valueText(v: unknown, lang: Lang): string {
  if (Array.isArray(v)) return v.join(', ');
  if (typeof v === 'boolean') return v ? (lang === 'fr' ? 'oui' : 'yes') : lang === 'fr' ? 'non' : 'no';
  return String(v);
}

/** One step: what it did (its label states its value), its status, the figures it read, the alternatives it rejected, its sources. */
export function stepItem(s: Step, lang: Lang): Html {
  const w = wordsOf(lang);
  const details: Html[] = [];
  if (s.parameters.length > 0) {
    details.push(
      html`<li>${w.figures}${w.colon}${s.parameters.map(
        (p, i) => html`${i > 0 ? ' ; ' : ''}<code>${p.id}</code> = ${valueText(p.value, lang)} ${p.status === 'verified' ? '' : statusBadge(p.status, lang)}`,
      )}</li>`,
    );
  }
  for (const a of s.alternatives ?? []) details.push(html`<li>${w.rejected}${w.colon}${valueText(a.value, lang)} — ${a.reason[lang]}</li>`);
  const sources = s.sources.length > 0 ? html`<li class="sources">${w.sources}${w.colon.trimEnd()}<ul>${s.sources.map((src) => sourceItem(src, lang))}</ul></li>` : '';
  return html`<li class="step step-${s.status}" data-rule="${s.rule}"><span class="step-label">${s.label[lang]}</span> ${statusBadge(s.status, lang)} <span class="step-rule">${s.rule}</span>${
    details.length > 0 || sources ? html`<ul class="step-details">${details}${sources}</ul>` : ''
  }</li>`;
}

/** The steps of an explanation, in order; `skip` leaves out steps already shown (same rule and label). */
export function explanationList(steps: Explanation, lang: Lang, skip: ReadonlySet<string> = new Set()): Html {
  const shown = steps.filter((s) => !skip.has(stepKey(s)));
  return html`<ol class="steps">${shown.map((s) => stepItem(s, lang))}</ol>`;
}

/** What identifies a step shown once: its rule and its French label. */
export function stepKey(s: Step): string {
  return `${s.rule}|${s.label.fr}`;
}

/**
 * How sure the figures of a year (or of an indicator) are: core `reliability`, the least certain status of
 * the steps that produced a value. A check not made (no value) keeps its own status in the explanation but
 * does not make the year's amounts « inconnu ».
 */
export function reliabilityOf(steps: Explanation): Status | 'caller' {
  return reliability(steps);
}
