#!/usr/bin/env node
/**
 * `npm run docs:site`: the reference site, a folder of plain HTML pages and one stylesheet (no server,
 * no runtime fetch, no external resource), generated from the built package (dist/, built first) into
 * `site/` (not committed): a page per scheme (its rules in French plain words, text by text) and per part of a
 * scheme with words of its own (the assistant-médical collective contract), a page per
 * parameter and per reading of the texts, the figures that are not verified, the JSON Schemas of the
 * inputs, the worked examples with their results and their reports, and the list of every parameter with
 * a filter box that works offline.
 *
 * `node scripts/site/build.mjs [outDir]`
 */
import { mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import * as lib from '../../dist/index.js';
import { contractReport } from '../../dist/report/index.js';
import { EXAMPLES, exampleInput, readersOf, stepsOf } from './corpus.mjs';
import { NOT_READ_BY_CORPUS } from './not-read.mjs';
import {
  examplePage,
  examplesIndexPage,
  homePage,
  parameterPage,
  parametersPage,
  rulePage,
  schemaPage,
  schemasIndexPage,
  schemePage,
  unverifiedPage,
} from './pages.mjs';
import { SITE_CSS } from './style.mjs';
import { ownerOf, parameterPath, rulePath } from './values.mjs';

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');

/** The schemes: folder name, namespace of the package. */
const SCHEMES = [
  ['assistant-medical', 'assistantMedical'],
  ['aci-msp', 'aciMsp'],
  ['aci-cpts', 'aciCpts'],
];

/**
 * Every parameter table of a scheme: its own `PARAMETERS`, and that of any namespace it exports (a
 * nested contract such as `collective`), so that a table added later gets its pages too.
 */
function tablesOf(namespace) {
  const all = new Map();
  const add = (table) => {
    if (!(table instanceof Map)) return;
    for (const [id, p] of table) if (!all.has(id)) all.set(id, p);
  };
  add(namespace.PARAMETERS);
  for (const value of Object.values(namespace)) if (value && typeof value === 'object' && !(value instanceof Map) && value.PARAMETERS) add(value.PARAMETERS);
  return all;
}

function rulesOf(namespace) {
  const list = Object.values(namespace.RULES ?? {});
  for (const value of Object.values(namespace)) if (value && typeof value === 'object' && !(value instanceof Map) && value.RULES) list.push(...Object.values(value.RULES));
  return [...new Map(list.map((r) => [r.id, r])).values()];
}

/** A name as it reads inside a sentence: `Accès aux soins` → `accès aux soins` (an acronym is left as it is). */
function inSentence(name) {
  return /^\p{Lu}\p{Ll}/u.test(name) ? name[0].toLowerCase() + name.slice(1) : name;
}

/**
 * The names the code gives the items of the scheme's lists, for the plain words: the missions of a CPTS
 * (`MISSION_LABELS`), the indicators of an MSP catalogue at the start of each text (`indicators({ on })`).
 */
function vocabularyOf(namespace, textParameter) {
  const names = new Map();
  for (const [id, name] of Object.entries(namespace.MISSION_LABELS ?? {})) names.set(id, inSentence(name.fr));
  if (typeof namespace.indicators === 'function') {
    for (const period of textParameter.periods) for (const entry of namespace.indicators({ on: period.from })) if (!names.has(entry.id)) names.set(entry.id, inSentence(entry.label.fr));
  }
  return names;
}

/**
 * The parts of a scheme that have plain words of their own (a nested namespace whose `PLAIN_WORDS` has a
 * `scope`: the assistant-médical collective contract): each gets its own page, `<scheme>-<key>.html`, shows the
 * parameters and readings of its scope, and lends its words to their pages.
 */
function partsOf(scheme) {
  const parts = [];
  for (const [key, value] of Object.entries(scheme.namespace)) {
    if (!value || typeof value !== 'object' || value instanceof Map || !value.PLAIN_WORDS?.scope) continue;
    const words = value.PLAIN_WORDS;
    const textParameter = scheme.parameters.get(words.textParameter);
    if (!textParameter) throw new Error(`${scheme.id}.${key}: the text parameter ${words.textParameter} is not in the tables`);
    parts.push({
      id: `${scheme.id}-${key}`,
      parent: scheme,
      namespaceName: `${scheme.namespaceName}.${key}`,
      namespace: value,
      parameters: scheme.parameters,
      rules: scheme.rules,
      words,
      textParameter,
      vocabulary: vocabularyOf(value, textParameter),
      schemas: scheme.schemas.filter((x) => x.name.startsWith(key)),
      parts: [],
    });
  }
  return parts;
}

function schemasOf(id) {
  const dir = join(ROOT, 'dist', 'schemas', id);
  return readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => ({ name: f.replace(/\.json$/, ''), schema: JSON.parse(readFileSync(join(dir, f), 'utf8')) }));
}

/** The data the pages are made of, all read from the built package. */
export function siteContext() {
  const version = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')).version;
  const schemes = SCHEMES.map(([id, namespaceName]) => {
    const namespace = lib[namespaceName];
    const parameters = tablesOf(namespace);
    const words = namespace.PLAIN_WORDS;
    const textParameter = parameters.get(words.textParameter);
    if (!textParameter) throw new Error(`${id}: the text parameter ${words.textParameter} is not in the tables`);
    const scheme = { id, namespaceName, namespace, parameters, rules: rulesOf(namespace), words, textParameter, vocabulary: vocabularyOf(namespace, textParameter), schemas: schemasOf(id) };
    return Object.assign(scheme, { parts: partsOf(scheme) });
  });
  const parts = schemes.flatMap((s) => s.parts);
  // What the corpus reads, and why the few ids it does not read are not (the page says the reason).
  const corpus = { ...readersOf(ROOT, [...schemes, ...parts]), notRead: NOT_READ_BY_CORPUS };
  const examples = EXAMPLES.map((e) => {
    const scheme = [...schemes, ...parts].find((s) => s.id === e.scheme);
    const input = exampleInput(ROOT, e.file);
    const result = scheme.namespace[e.call](input);
    const name = e.file.replace(/^examples\//, '').replace(/\//g, '-').replace(/\.json$/, '');
    const years = Array.isArray(result.years) ? result.years : [result];
    // The contract's steps once, then each year's own (a year repeats the contract's steps: shown once).
    const contractSteps = result.years ? result.explanation : [];
    const shown = new Set(contractSteps.map((s) => `${s.rule}|${s.label.fr}`));
    const explanations = [
      ...(result.years ? [{ title: 'Le contrat', steps: contractSteps }] : []),
      ...years.map((y, i) => ({
        title: `${scheme.id === 'aci-msp' ? 'Exercice' : 'Année'} ${y.year ?? y.contractYear ?? i + 1}`,
        steps: y.explanation.filter((s) => !shown.has(`${s.rule}|${s.label.fr}`)),
      })),
    ];
    return {
      ...e,
      scheme,
      schemeTitle: scheme.words.title,
      input,
      result,
      rows: scheme.namespace.summaryRows(result),
      explanations,
      page: `exemples/${name}.html`,
      report: `rapports/${name}.html`,
      reportHtml: contractReport(result, { title: e.title }),
      steps: stepsOf(result).length,
    };
  });
  return { version, schemes, corpus, examples };
}

/** Builds the site into `outDir` (emptied first); returns the paths written, from the site's root. */
export function buildSite(outDir = join(ROOT, 'site'), ctx = siteContext()) {
  rmSync(outDir, { recursive: true, force: true });
  const written = [];
  const write = (path, text) => {
    const file = join(outDir, path);
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, text);
    written.push(path);
  };
  write('style.css', SITE_CSS);
  write('index.html', homePage(ctx));
  write('parametres.html', parametersPage(ctx));
  write('non-verifies.html', unverifiedPage(ctx));
  write('schemas.html', schemasIndexPage(ctx));
  write('exemples.html', examplesIndexPage(ctx));
  for (const s of ctx.schemes) {
    write(`${s.id}.html`, schemePage(ctx, s));
    for (const part of s.parts) write(`${part.id}.html`, schemePage(ctx, part));
    write(`schemas/${s.id}.html`, schemaPage(ctx, s));
    // A parameter or a reading of a part (the collective contract) is shown with the part's words, under its page.
    for (const p of s.parameters.values()) write(parameterPath(p.id), parameterPage(ctx, ownerOf(s, p.id), p));
    for (const r of s.rules) write(rulePath(r.id), rulePage(ctx, ownerOf(s, r.id), r));
  }
  for (const e of ctx.examples) {
    write(e.page, examplePage(ctx, e));
    write(e.report, e.reportHtml);
  }
  return written;
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const out = process.argv[2] ?? join(ROOT, 'site');
  const started = Date.now();
  const ctx = siteContext();
  const files = buildSite(out, ctx);
  const params = ctx.schemes.reduce((n, s) => n + s.parameters.size, 0);
  const read = ctx.schemes.reduce((n, s) => n + [...s.parameters.keys()].filter((id) => ctx.corpus.byParameter.has(id)).length, 0);
  const excused = ctx.schemes.reduce((n, s) => n + [...s.parameters.keys()].filter((id) => !ctx.corpus.byParameter.has(id) && id in ctx.corpus.notRead).length, 0);
  console.log(
    `Site écrit dans ${out} : ${files.length} fichiers, ${params} paramètres (${read} lus par au moins une étape des ${ctx.corpus.computations} calculs du corpus, ${excused} non lus pour une raison dite sur leur page), en ${Date.now() - started} ms. Ouvrir ${join(out, 'index.html')}.`,
  );
}
