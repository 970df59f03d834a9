/** The site's stylesheet (one file, `style.css`) and the filter box's inline script. */

export const SITE_CSS = `
:root { --ink: #1b1b1b; --muted: #5a5a5a; --line: #d0d0d0; --bg-soft: #f4f6f8; --accent: #1d4f91;
  --verified: #1e6b34; --unverified: #8a4b00; --unverified-bg: #fff1db; --assumption: #7a1f5c; --assumption-bg: #f9e6f2;
  --unknown: #8f1d1d; --unknown-bg: #fde4e4; --caller: #2c4f7c; --caller-bg: #e5eefa; }
* { box-sizing: border-box; }
html { -webkit-text-size-adjust: 100%; }
body { margin: 0; font-family: system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif; color: var(--ink); line-height: 1.55; }
header.site { background: var(--accent); color: #fff; padding: 0.6rem 1rem; }
header.site a { color: #fff; }
header.site .brand { font-weight: 700; text-decoration: none; font-size: 1.05rem; }
nav.site ul { list-style: none; display: flex; flex-wrap: wrap; gap: 0.2rem 1rem; margin: 0.4rem 0 0; padding: 0; font-size: 0.92rem; }
main { max-width: 62rem; margin: 0 auto; padding: 1rem; }
h1 { font-size: 1.6rem; line-height: 1.25; color: var(--accent); margin: 0.5rem 0; }
h2 { font-size: 1.25rem; margin: 2rem 0 0.5rem; border-bottom: 2px solid var(--accent); padding-bottom: 0.2rem; }
h3 { font-size: 1.05rem; margin: 1.4rem 0 0.4rem; }
a { color: var(--accent); overflow-wrap: anywhere; }
a.figure { font-weight: 600; }
code { font-family: ui-monospace, "SFMono-Regular", Menlo, Consolas, monospace; font-size: 0.85em; overflow-wrap: anywhere; }
.lead { color: var(--muted); }
.muted { color: var(--muted); }
.table-wrap { overflow-x: auto; margin: 0.5rem 0 1rem; }
table { border-collapse: collapse; width: 100%; font-size: 0.92rem; }
th, td { border: 1px solid var(--line); padding: 0.3rem 0.5rem; vertical-align: top; text-align: left; }
thead th { background: var(--bg-soft); }
td.num, th.num { text-align: right; white-space: nowrap; font-variant-numeric: tabular-nums; }
tfoot td, tfoot th { font-weight: 700; background: var(--bg-soft); }
.status { display: inline-block; font-size: 0.75rem; font-weight: 600; border-radius: 0.6rem; padding: 0 0.45rem; white-space: nowrap; border: 1px solid currentColor; }
.status-verified { color: var(--verified); }
.status-unverified { color: var(--unverified); background: var(--unverified-bg); }
.status-assumption { color: var(--assumption); background: var(--assumption-bg); }
.status-unknown { color: var(--unknown); background: var(--unknown-bg); }
.status-caller { color: var(--caller); background: var(--caller-bg); }
section.text { border-left: 4px solid var(--accent); padding-left: 0.9rem; margin: 1.5rem 0; }
.note { font-size: 0.9rem; color: var(--muted); }
.box { background: var(--bg-soft); border-left: 4px solid var(--accent); padding: 0.5rem 0.75rem; margin: 1rem 0; }
.filter { margin: 1rem 0; }
.filter input { font-size: 1rem; padding: 0.45rem 0.6rem; width: 100%; max-width: 32rem; border: 1px solid #888; border-radius: 0.3rem; }
.filter output { display: block; font-size: 0.9rem; color: var(--muted); margin-top: 0.3rem; }
dl.facts { display: grid; grid-template-columns: max-content 1fr; gap: 0.25rem 1rem; }
dl.facts dt { font-weight: 600; }
dl.facts dd { margin: 0; }
pre { background: var(--bg-soft); padding: 0.6rem; overflow-x: auto; font-size: 0.82rem; }
footer.site { max-width: 62rem; margin: 2rem auto 1rem; padding: 0.5rem 1rem; font-size: 0.8rem; color: var(--muted); border-top: 1px solid var(--line); }
@media (max-width: 40rem) {
  main { padding: 0.6rem; }
  h1 { font-size: 1.3rem; }
  dl.facts { grid-template-columns: 1fr; }
  table { font-size: 0.82rem; }
}
@media print {
  header.site, nav.site, .filter { display: none; }
  main { max-width: none; }
}
`;

/**
 * The filter box: hides the rows of the parameters' table that do not match every word typed, compared
 * without accents or case with each row's `data-search` (its id, French label, unit, statuses). Without
 * script the whole table stays visible.
 */
export const FILTER_SCRIPT = `
(function () {
  var input = document.getElementById('filtre');
  var output = document.getElementById('filtre-compte');
  var rows = Array.prototype.slice.call(document.querySelectorAll('tr[data-search]'));
  function fold(s) { return s.normalize('NFD').replace(/[\\u0300-\\u036f]/g, '').toLowerCase(); }
  function apply() {
    var words = fold(input.value).split(/\\s+/).filter(Boolean);
    var shown = 0;
    rows.forEach(function (row) {
      var text = row.getAttribute('data-search');
      var match = words.every(function (w) { return text.indexOf(w) !== -1; });
      row.hidden = !match;
      if (match) shown++;
    });
    output.textContent = shown + (shown > 1 ? ' paramètres affichés' : ' paramètre affiché') + ' sur ' + rows.length;
  }
  input.addEventListener('input', apply);
  document.getElementById('filtre-zone').hidden = false;
  apply();
})();
`;
