/**
 * The reports' stylesheet, inlined in each report: readable on a phone (one column, tables that scroll
 * sideways), printable on A4 (`@page`, no colours lost, sections kept together where they fit).
 */
export const REPORT_CSS = `
:root { --ink: #1b1b1b; --muted: #5a5a5a; --line: #d0d0d0; --bg-soft: #f4f6f8; --accent: #1d4f91;
  --verified: #1e6b34; --unverified: #8a4b00; --unverified-bg: #fff1db; --assumption: #7a1f5c; --assumption-bg: #f9e6f2;
  --unknown: #8f1d1d; --unknown-bg: #fde4e4; --caller: #2c4f7c; --caller-bg: #e5eefa; }
* { box-sizing: border-box; }
html { -webkit-text-size-adjust: 100%; }
body { margin: 0; font-family: system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif; color: var(--ink); line-height: 1.5; background: #fff; }
main { max-width: 60rem; margin: 0 auto; padding: 1rem; }
h1 { font-size: 1.6rem; line-height: 1.25; margin: 0.5rem 0 0.25rem; color: var(--accent); }
h2 { font-size: 1.25rem; margin: 2rem 0 0.5rem; border-bottom: 2px solid var(--accent); padding-bottom: 0.2rem; }
h3 { font-size: 1.05rem; margin: 1.5rem 0 0.5rem; }
p { margin: 0.5rem 0; }
a { color: var(--accent); overflow-wrap: anywhere; }
.lead { color: var(--muted); margin-top: 0; }
dl.facts { display: grid; grid-template-columns: max-content 1fr; gap: 0.25rem 1rem; margin: 1rem 0; }
dl.facts dt { font-weight: 600; }
dl.facts dd { margin: 0; }
.table-wrap { overflow-x: auto; margin: 0.5rem 0 1rem; }
table { border-collapse: collapse; width: 100%; font-size: 0.92rem; }
th, td { border: 1px solid var(--line); padding: 0.3rem 0.5rem; vertical-align: top; text-align: left; }
thead th { background: var(--bg-soft); }
thead th.num { white-space: normal; }
td.num, th.num { text-align: right; white-space: nowrap; font-variant-numeric: tabular-nums; }
tfoot td, tfoot th { font-weight: 700; background: var(--bg-soft); }
.status { display: inline-block; font-size: 0.75rem; font-weight: 600; border-radius: 0.6rem; padding: 0 0.45rem; white-space: nowrap; border: 1px solid currentColor; }
.status-verified { color: var(--verified); }
.status-unverified { color: var(--unverified); background: var(--unverified-bg); }
.status-assumption { color: var(--assumption); background: var(--assumption-bg); }
.status-unknown { color: var(--unknown); background: var(--unknown-bg); }
.status-caller { color: var(--caller); background: var(--caller-bg); }
.outcome-not-met { color: var(--unknown); font-weight: 700; }
.outcome-to-check { color: var(--unverified); font-weight: 700; }
.outcome-met { color: var(--verified); font-weight: 700; }
.legend-box { background: var(--bg-soft); border-left: 4px solid var(--accent); padding: 0.5rem 0.75rem; margin: 1rem 0; font-size: 0.9rem; }
ol.timeline { list-style: none; padding: 0; margin: 0.5rem 0; border-left: 3px solid var(--accent); }
ol.timeline > li { position: relative; padding: 0.25rem 0 0.5rem 1rem; }
ol.timeline > li::before { content: ""; position: absolute; left: -0.45rem; top: 0.6rem; width: 0.6rem; height: 0.6rem; border-radius: 50%; background: var(--accent); }
.timeline .when { font-weight: 700; font-variant-numeric: tabular-nums; }
.timeline .amount { font-weight: 700; white-space: nowrap; }
.timeline ul { margin: 0.25rem 0 0; padding-left: 1.2rem; font-size: 0.88rem; color: var(--muted); }
ol.steps { padding-left: 1.4rem; }
ol.steps > li { margin: 0 0 0.75rem; padding: 0.25rem 0.5rem; border-left: 3px solid transparent; }
ol.steps > li.step-unverified { border-left-color: var(--unverified); background: var(--unverified-bg); }
ol.steps > li.step-assumption { border-left-color: var(--assumption); background: var(--assumption-bg); }
ol.steps > li.step-unknown { border-left-color: var(--unknown); background: var(--unknown-bg); }
ol.steps > li.step-caller { border-left-color: var(--caller); background: var(--caller-bg); }
.step-label { font-weight: 600; }
.step-rule, code { font-family: ui-monospace, "SFMono-Regular", Menlo, Consolas, monospace; font-size: 0.8rem; color: var(--muted); overflow-wrap: anywhere; }
.step-details { font-size: 0.85rem; margin: 0.2rem 0 0; padding-left: 1.1rem; }
.step-details li { margin: 0.1rem 0; }
figure.chart { margin: 1rem 0; }
figure.chart svg { width: 100%; height: auto; max-height: 26rem; display: block; }
figure.chart figcaption { font-size: 0.9rem; color: var(--muted); }
ul.chart-legend { list-style: none; padding: 0; display: flex; flex-wrap: wrap; gap: 0.25rem 1rem; font-size: 0.85rem; }
ul.chart-legend .swatch { display: inline-block; width: 0.9rem; height: 0.9rem; vertical-align: -0.1rem; margin-right: 0.3rem; border: 1px solid #666; }
.muted { color: var(--muted); }
footer.report-footer { margin-top: 2rem; font-size: 0.8rem; color: var(--muted); border-top: 1px solid var(--line); padding-top: 0.5rem; }
@media (max-width: 40rem) {
  main { padding: 0.6rem; }
  h1 { font-size: 1.3rem; }
  dl.facts { grid-template-columns: 1fr; }
  dl.facts dd { margin-bottom: 0.4rem; }
  table { font-size: 0.82rem; }
}
@page { size: A4; margin: 15mm 12mm; }
@media print {
  body { font-size: 10pt; }
  main { max-width: none; padding: 0; }
  * { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
  h2 { break-after: avoid; }
  h3 { break-after: avoid; }
  table, figure.chart, ol.steps > li, ol.timeline > li { break-inside: avoid; }
  .table-wrap { overflow: visible; }
  table { font-size: 7pt; }
  th, td { padding: 0.1rem 0.25rem; }
  td .status { font-size: 6pt; padding: 0 0.2rem; }
  ol.steps { font-size: 9pt; }
  a { color: inherit; text-decoration: none; }
  .sources a[href]::after { content: " — " attr(href); font-size: 0.8em; color: var(--muted); }
}
`;
