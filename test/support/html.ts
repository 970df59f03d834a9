/**
 * Checks on generated HTML shared by the report and site tests: parse errors (parse5, the HTML standard's
 * parser), resources loaded from outside the document, the text of an element found by an attribute.
 */
import { parse } from 'parse5';

/** The parse errors of a document, as `code at line:col` (none for well-formed HTML). */
export function parseErrors(html: string): string[] {
  const errors: string[] = [];
  parse(html, { onParseError: (e) => errors.push(`${e.code} at ${e.startLine}:${e.startCol}`) });
  return errors;
}

/** Every place a document would load something from elsewhere: src attributes, stylesheets, CSS url()/@import, scripts with src. */
export function externalResources(html: string): string[] {
  const found: string[] = [];
  for (const m of html.matchAll(/<(img|script|iframe|video|audio|source|embed|object|input)\b[^>]*\bsrc\s*=\s*["']?([^"'\s>]+)/gi)) found.push(`${m[1]} src=${m[2]}`);
  for (const m of html.matchAll(/<link\b[^>]*>/gi)) found.push(m[0]);
  for (const m of html.matchAll(/url\(\s*['"]?(?!#)([^'")]+)/gi)) found.push(`url(${m[1]})`);
  for (const m of html.matchAll(/@import\b[^;]*/gi)) found.push(m[0]);
  for (const m of html.matchAll(/\b(?:xlink:)?href\s*=\s*["']?(https?:[^"'\s>]+)["']?[^>]*>/gi)) {
    // A link a person follows is fine; a <use>, <image> or <link> that loads it is not.
    const tag = html.lastIndexOf('<', m.index);
    if (!/^<a\b/i.test(html.slice(tag, tag + 3))) found.push(`href=${m[1]}`);
  }
  return found;
}

/** Decodes the few entities the generators write. */
export function decode(text: string): string {
  return text
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&');
}

/** The text inside the first element carrying `attribute` (e.g. `data-total="amount"`), tags removed. */
export function textOf(html: string, attribute: string): string | undefined {
  const at = html.indexOf(attribute);
  if (at === -1) return undefined;
  const start = html.indexOf('>', at) + 1;
  const end = html.indexOf('</', start);
  return decode(html.slice(start, end).replace(/<[^>]*>/g, ''));
}

/** How many times a string occurs. */
export function count(html: string, needle: string): number {
  return html.split(needle).length - 1;
}
