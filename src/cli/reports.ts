/**
 * `--format html --output-dir <folder>`: one report a contract, each in its own file, named after the
 * row's id (letters, digits, dots, dashes and underscores; accents dropped) or its line (`ligne-12.html`).
 * A name already used in this run gets the line added (`dr-a-ligne-7.html`); a file of that name in the
 * folder is replaced.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Lang } from '../core/explain.js';
import type { Report } from './process.js';

/** The file name of a report, without its extension. */
export function reportName(report: Report, lang: Lang): string {
  const line = `${lang === 'fr' ? 'ligne' : 'line'}-${report.line}`;
  const id = typeof report.id === 'string' || typeof report.id === 'number' ? String(report.id) : '';
  const safe = id
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[^A-Za-z0-9._-]+/g, '-')
    .replace(/^[-.]+|-+$/g, '')
    .slice(0, 100);
  return safe === '' ? line : safe;
}

/** Writes a report under `folder` (made if need be) and returns its path. */
export function writeReport(folder: string, report: Report, used: Set<string>, lang: Lang): string {
  mkdirSync(folder, { recursive: true });
  let name = reportName(report, lang);
  if (used.has(name.toLowerCase())) name = `${name}-${lang === 'fr' ? 'ligne' : 'line'}-${report.line}`;
  used.add(name.toLowerCase());
  const path = join(folder, `${name}.html`);
  writeFileSync(path, report.html);
  return path;
}
