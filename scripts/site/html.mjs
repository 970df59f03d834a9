/**
 * HTML written safely for the site: the `html` tag escapes every interpolated value unless it is already
 * `Html` (made by this tag or by `raw`), so no label, note or source can inject markup. The same rule as
 * the reports' (src/report/html.ts), kept here in plain JavaScript so that the generator runs on the built
 * package without a compiler.
 */

export class Html {
  /** @param {string} text */
  constructor(text) {
    this.text = text;
  }
  toString() {
    return this.text;
  }
}

const ESCAPES = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Text escaped for HTML content and attribute values. @param {string} text */
export function escapeHtml(text) {
  return text.replace(/[&<>"']/g, (c) => ESCAPES[c]);
}

function render(part) {
  if (part === null || part === undefined || part === false) return '';
  if (part instanceof Html) return part.text;
  if (Array.isArray(part)) return part.map(render).join('');
  return escapeHtml(String(part));
}

/** The `html` template tag: interpolated values are escaped unless they are `Html`. */
export function html(strings, ...parts) {
  let out = strings[0];
  for (let i = 0; i < parts.length; i++) out += render(parts[i]) + strings[i + 1];
  return new Html(out);
}

/** Markup written by the generator itself (never text from the data). @param {string} markup */
export function raw(markup) {
  return new Html(markup);
}

/** Lower-case, accents removed: what the filter box compares. @param {string} text */
export function fold(text) {
  return text.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase();
}

/** The relative URL from page `from` to page `to` (both paths from the site's root, e.g. `parametres/am.regime.html`). */
export function href(from, to) {
  const depth = from.split('/').length - 1;
  return `${'../'.repeat(depth)}${to}`;
}
