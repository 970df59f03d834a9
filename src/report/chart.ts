/**
 * Inline SVG charts, drawn from amounts a result gives: grouped bars (the maximum and the amount of each
 * year) and stacked bars (the parts of each year). The chart only scales bars: every amount written on
 * or under it is a result's own figure, formatted. Each bar carries a `<title>` (its exact amount) and
 * `data-` attributes, so a reader, a screen reader and a test can all read it.
 */
import type { Decimal } from 'decimal.js';
import { decimalIn, type Lang } from '../core/format.js';
import { html, type Html } from './html.js';

/** One series of a chart (a kind of bar or of segment). */
export interface Series {
  readonly id: string;
  readonly label: string;
  /** A CSS colour. */
  readonly color: string;
  /** Hatched (variable parts), to tell it from the solid part of the same colour without colour. */
  readonly hatched?: boolean;
}

/** One value of one series in one group. */
export interface Bar {
  readonly series: string;
  /** The amount, or `null` when it is not known (no bar drawn). */
  readonly value: Decimal | null;
  /** The amount as a person reads it (`11 000,00 €`), for the bar's title. */
  readonly text: string;
}

/** A group of bars: one year. */
export interface BarGroup {
  /** What the group is (`1`, `2024`): shown under it and in `data-group`. */
  readonly key: string;
  readonly label: string;
  readonly bars: readonly Bar[];
  /** Written above the group (the year's total, formatted), for stacked charts. */
  readonly caption?: string;
}

const WIDTH = 640;
const HEIGHT = 300;
const LEFT = 64;
const RIGHT = 8;
const TOP = 22;
const BOTTOM = 36;

/** A round step for the axis (1, 2 or 5 × a power of ten) giving about four intervals up to `max`. */
function niceStep(max: number): number {
  if (max <= 0) return 1;
  const rough = max / 4;
  const power = 10 ** Math.floor(Math.log10(rough));
  const n = rough / power;
  return (n <= 1 ? 1 : n <= 2 ? 2 : n <= 5 ? 5 : 10) * power;
}

function axis(top: number): { step: number; ticks: number[]; max: number } {
  const step = niceStep(top);
  const max = Math.max(step, Math.ceil(top / step) * step);
  const ticks: number[] = [];
  for (let t = 0; t <= max + step / 2; t += step) ticks.push(t);
  return { step, ticks, max };
}

function gridLines(ticks: readonly number[], y: (v: number) => number, lang: Lang): Html {
  return html`<g class="axis">${ticks.map(
    (t) =>
      html`<line x1="${LEFT}" x2="${WIDTH - RIGHT}" y1="${y(t).toFixed(1)}" y2="${y(t).toFixed(1)}" stroke="#d0d0d0" stroke-width="1"/><text x="${LEFT - 6}" y="${(y(t) + 4).toFixed(1)}" text-anchor="end" font-size="11" fill="#5a5a5a">${decimalIn(lang, t, 0)} €</text>`,
  )}</g>`;
}

function patterns(chart: string, series: readonly Series[]): Html {
  const hatched = series.filter((s) => s.hatched);
  if (hatched.length === 0) return html``;
  return html`<defs>${hatched.map(
    (s) =>
      html`<pattern id="${chart}-hatch-${s.id}" width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)"><rect width="6" height="6" fill="#ffffff"/><rect width="3" height="6" fill="${s.color}"/></pattern>`,
  )}</defs>`;
}

function fill(chart: string, s: Series | undefined): string {
  if (!s) return '#999999';
  return s.hatched ? `url(#${chart}-hatch-${s.id})` : s.color;
}

/** The CSS background of a legend swatch (hatched like its bars). */
function swatch(s: Series): string {
  return s.hatched ? `background: repeating-linear-gradient(45deg, ${s.color} 0 3px, #ffffff 3px 6px)` : `background: ${s.color}`;
}

function legend(series: readonly Series[]): Html {
  return html`<ul class="chart-legend">${series.map(
    (s) =>
      html`<li><span class="swatch" style="${swatch(s)}"></span>${s.label}</li>`,
  )}</ul>`;
}

function frame(title: string, body: Html, series: readonly Series[], kind: string, groups: number): Html {
  return html`<figure class="chart" data-chart="${kind}" data-groups="${groups}"><svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${WIDTH} ${HEIGHT}" role="img" aria-label="${title}"><title>${title}</title>${patterns(kind, series)}${body}</svg><figcaption>${title}</figcaption>${legend(series)}</figure>`;
}

function colonOf(lang: Lang): string {
  return lang === 'fr' ? '\u00a0: ' : ': ';
}

function value(d: Decimal | null): number {
  return d === null ? 0 : Math.max(0, d.toNumber());
}

/** Side-by-side bars per group (e.g. the maximum and the amount of each year). */
export function groupedBarChart(title: string, series: readonly Series[], groups: readonly BarGroup[], lang: Lang): Html {
  const top = Math.max(0, ...groups.flatMap((g) => g.bars.map((b) => value(b.value))));
  const { ticks, max } = axis(top);
  const plotH = HEIGHT - TOP - BOTTOM;
  const y = (v: number) => TOP + plotH - (v / max) * plotH;
  const slot = (WIDTH - LEFT - RIGHT) / Math.max(1, groups.length);
  const barW = Math.min(48, (slot * 0.8) / Math.max(1, series.length));
  const bySeries = new Map(series.map((s) => [s.id, s]));
  const body = groups.map((g, gi) => {
    const x0 = LEFT + gi * slot + (slot - barW * series.length) / 2;
    return html`<g class="bar-group" data-group="${g.key}">${series.map((s, si) => {
      const b = g.bars.find((x) => x.series === s.id);
      const x = x0 + si * barW;
      if (!b || b.value === null) {
        return html`<text x="${(x + barW / 2).toFixed(1)}" y="${(y(0) - 4).toFixed(1)}" text-anchor="middle" font-size="12" fill="#5a5a5a">?<title>${s.label}${colonOf(lang)}${b?.text ?? ''}</title></text>`;
      }
      const h = Math.max(0, y(0) - y(value(b.value)));
      return html`<rect class="bar" data-series="${s.id}" data-value="${b.value.toFixed(2)}" x="${x.toFixed(1)}" y="${(y(0) - h).toFixed(1)}" width="${(barW - 2).toFixed(1)}" height="${h.toFixed(1)}" fill="${fill('grouped', bySeries.get(s.id))}"><title>${g.label} — ${s.label}${colonOf(lang)}${b.text}</title></rect>`;
    })}<text x="${(LEFT + gi * slot + slot / 2).toFixed(1)}" y="${HEIGHT - BOTTOM + 18}" text-anchor="middle" font-size="12" fill="#1b1b1b">${g.label}</text></g>`;
  });
  return frame(title, html`${gridLines(ticks, y, lang)}${body}`, series, 'grouped', groups.length);
}

/** One stacked bar per group (e.g. the parts of each year), with the group's caption (its total) above. */
export function stackedBarChart(title: string, series: readonly Series[], groups: readonly BarGroup[], lang: Lang): Html {
  const heights = groups.map((g) => g.bars.reduce((h, b) => h + value(b.value), 0)); // geometry only
  const { ticks, max } = axis(Math.max(0, ...heights));
  const plotH = HEIGHT - TOP - BOTTOM;
  const scale = (v: number) => (v / max) * plotH;
  const y = (v: number) => TOP + plotH - scale(v);
  const slot = (WIDTH - LEFT - RIGHT) / Math.max(1, groups.length);
  const barW = Math.min(72, slot * 0.6);
  const bySeries = new Map(series.map((s) => [s.id, s]));
  const body = groups.map((g, gi) => {
    const x = LEFT + gi * slot + (slot - barW) / 2;
    let base = 0;
    const segments = g.bars
      .filter((b) => value(b.value) > 0)
      .map((b) => {
        const h = scale(value(b.value));
        const top = y(0) - scale(base) - h;
        base += value(b.value);
        const s = bySeries.get(b.series);
        return html`<rect class="segment" data-series="${b.series}" data-value="${b.value!.toFixed(2)}" x="${x.toFixed(1)}" y="${top.toFixed(1)}" width="${barW.toFixed(1)}" height="${h.toFixed(1)}" fill="${fill('stacked', s)}" stroke="#ffffff" stroke-width="0.5"><title>${g.label} — ${s?.label ?? b.series}${colonOf(lang)}${b.text}</title></rect>`;
      });
    return html`<g class="bar-group" data-group="${g.key}">${segments}${
      g.caption ? html`<text x="${(x + barW / 2).toFixed(1)}" y="${(y(base) - 5).toFixed(1)}" text-anchor="middle" font-size="11" fill="#1b1b1b">${g.caption}</text>` : ''
    }<text x="${(x + barW / 2).toFixed(1)}" y="${HEIGHT - BOTTOM + 18}" text-anchor="middle" font-size="12" fill="#1b1b1b">${g.label}</text></g>`;
  });
  return frame(title, html`${gridLines(ticks, y, lang)}${body}`, series, 'stacked', groups.length);
}

