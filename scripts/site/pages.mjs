/**
 * The pages of the reference site, each a small function from the data to an HTML string: the layout,
 * the home page, a page per scheme and per part of a scheme with words of its own (the assistant-médical
 * collective contract: its rules in plain words, text by text), a page per parameter and per
 * reading of the texts, the figures that are not verified, the JSON Schemas of the inputs, the worked
 * examples. Every text a person reads comes from the built package: labels, notes, sources, the
 * plain-words data, the results.
 */
import { dateIn, formatCell, paragraphApplies, paragraphText, periodAt, totalsOf } from '../../dist/index.js';
import { fold, href, html, raw } from './html.mjs';
import { FILTER_SCRIPT } from './style.mjs';
import { STATUS_WORDS, UNIT_WORDS, badge, ownerOf, parameterPath, parametersOf, readingsOf, renderParagraph, rulePath, storedText, textStart, valueText } from './values.mjs';

export const SITE_TITLE = 'exercice-coordonne — les règles et les chiffres';

const NAV = [
  ['index.html', 'Accueil'],
  ['assistant-medical.html', 'Assistant médical'],
  ['aci-msp.html', 'ACI MSP'],
  ['aci-cpts.html', 'ACI CPTS'],
  ['parametres.html', 'Tous les paramètres'],
  ['non-verifies.html', 'Chiffres non vérifiés'],
  ['schemas.html', 'Données d’entrée'],
  ['exemples.html', 'Exemples'],
];

/** A whole page: `path` is its place from the site's root (links are made relative to it). */
export function layout(path, title, body, { version, script } = {}) {
  return `<!doctype html>\n${html`<html lang="fr">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title} — exercice-coordonne</title>
<link rel="stylesheet" href="${href(path, 'style.css')}">
</head>
<body>
<header class="site"><a class="brand" href="${href(path, 'index.html')}">${SITE_TITLE}</a>
<nav class="site" aria-label="Navigation"><ul>${NAV.map(([to, name]) => html`<li><a href="${href(path, to)}"${to === path ? raw(' aria-current="page"') : ''}>${name}</a></li>`)}</ul></nav></header>
<main>
${body}
</main>
<footer class="site"><p>Généré depuis le paquet construit exercice-coordonne ${version ?? ''} : les textes, les chiffres et leurs sources viennent des tables de paramètres et des calculs de la bibliothèque, jamais d’une copie.</p></footer>
${script ? html`<script>${raw(script)}</script>` : ''}
</body>
</html>
`}`;
}

function sourceLinks(sources) {
  if (!sources || sources.length === 0) return html`<span class="muted">aucune source (hypothèse de la bibliothèque)</span>`;
  return html`<ul>${sources.map(
    (s) =>
      html`<li><a href="${s.url}">${s.title}</a>${s.article ? html`, ${s.article}` : ''}${s.kind === 'secondary' ? html` <span class="muted">(source secondaire)</span>` : ''}${
        s.consulted ? html` <span class="muted">(consultée le ${dateIn('fr', s.consulted)})</span>` : ''
      }</li>`,
  )}</ul>`;
}

/** A note of the tables, in French (each note has its French and English text). */
function noteOf(note) {
  return note ? html`${note.fr}` : html`<span class="muted">—</span>`;
}

// ---------------------------------------------------------------------------------------------------
// Home

export function homePage(ctx) {
  const path = 'index.html';
  const body = html`<h1>Les règles et les chiffres de l’exercice coordonné</h1>
<p class="lead">Ce que l’Assurance Maladie verse pour l’aide à l’emploi d’un assistant médical, l’ACI des maisons de santé (MSP) et l’ACI des CPTS : les règles en mots simples, texte par texte, et chaque chiffre avec ses sources, sa période et sa fiabilité.</p>
<div class="box"><p>Chaque chiffre porte un statut : ${badge('verified')} lu dans un texte officiel ou une publication de l’Assurance Maladie ; ${badge('unverified')} lu seulement dans une source secondaire, ou sources en conflit ; ${badge('assumption')} lecture de la bibliothèque faute de texte ; ${badge('unknown')} aucune valeur connue, à fournir avec le calcul.</p></div>
<h2>Les dispositifs</h2>
<ul>${ctx.schemes.map(
    (s) =>
      html`<li><a href="${href(path, `${s.id}.html`)}">${s.words.title}</a> — ${parametersOf(s).length} paramètres, ${readingsOf(s).length} lectures des textes${
        s.parts.length > 0
          ? html`<ul>${s.parts.map((part) => html`<li><a href="${href(path, `${part.id}.html`)}">${part.words.title}</a> — ${parametersOf(part).length} paramètres, ${readingsOf(part).length} lectures des textes</li>`)}</ul>`
          : ''
      }</li>`,
  )}</ul>
<h2>Pour aller plus loin</h2>
<ul>
<li><a href="${href(path, 'parametres.html')}">Tous les paramètres</a>, avec une recherche par identifiant ou par mot.</li>
<li><a href="${href(path, 'non-verifies.html')}">Les chiffres non vérifiés</a>, par dispositif et par statut.</li>
<li><a href="${href(path, 'schemas.html')}">Les données d’entrée</a> de chaque calcul (schémas JSON).</li>
<li><a href="${href(path, 'exemples.html')}">Les exemples</a> calculés, avec leur rapport.</li>
</ul>
<p class="note">Les pages des paramètres indiquent quelles étapes de calcul les lisent : ${ctx.corpus.computations} calculs (les exemples et les cas de référence des tests) ont été exécutés pour le savoir.</p>`;
  return layout(path, 'Accueil', body, ctx);
}

// ---------------------------------------------------------------------------------------------------
// A scheme's page: its rules in plain words, text by text

function textsTable(scheme, path) {
  const tp = scheme.textParameter;
  return html`<div class="table-wrap"><table><thead><tr><th>Texte</th><th>${scheme.words.texts[tp.periods[0].value]?.datesApplyTo ?? 'à partir du'}</th><th>Statut</th><th>Sources</th></tr></thead><tbody>${tp.periods.map(
    (p) =>
      html`<tr><td><a href="#texte-${p.value}">${scheme.words.texts[p.value]?.name ?? p.value}</a> <code>${p.value}</code></td><td>du ${dateIn('fr', p.from)}${p.until ? html` au ${dateIn('fr', dayBefore(p.until))}` : ' à aujourd’hui'}</td><td>${badge(p.status)}</td><td>${sourceLinks(p.sources)}</td></tr>`,
  )}</tbody></table></div><p class="note">Source de ces dates : le paramètre <a href="${href(path, parameterPath(tp.id))}"><code>${tp.id}</code></a>.</p>`;
}

function dayBefore(iso) {
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() - 1);
  return d.toISOString().slice(0, 10);
}

/** Units whose values are numbers (aligned right); lists, choices, dates and booleans are words. */
const NUMERIC_UNITS = new Set(['EUR', 'ratio', 'points', 'patients', 'count', 'days', 'months', 'years']);

/** The parameters whose id starts with one of `prefixes`, in force on `on`, as a table. */
function figuresTable(scheme, prefixes, on, path) {
  const params = [...scheme.parameters.values()].filter((p) => prefixes.some((x) => p.id.startsWith(x)));
  const rows = params.map((p) => ({ p, period: periodAt(p, on) })).filter((r) => r.period);
  if (rows.length === 0) return '';
  return html`<div class="table-wrap"><table class="figures"><thead><tr><th>Paramètre</th><th class="num">Valeur au ${dateIn('fr', on)}</th><th>Statut</th></tr></thead><tbody>${rows.map(
    ({ p, period }) =>
      html`<tr><td><a href="${href(path, parameterPath(p.id))}">${p.label.fr}</a></td><td${NUMERIC_UNITS.has(p.unit) ? raw(' class="num"') : ''}>${valueText(p, period.value, scheme.words, scheme.vocabulary)}</td><td>${badge(period.status)}</td></tr>`,
  )}</tbody></table></div>`;
}

/** Every date at which a figure of the scheme changes, with the figures that change. */
function datesSection(scheme, path) {
  const byDate = new Map();
  for (const p of parametersOf(scheme)) {
    for (const period of p.periods) {
      if (!byDate.has(period.from)) byDate.set(period.from, []);
      byDate.get(period.from).push({ p, period });
    }
  }
  const dates = [...byDate.keys()].sort();
  return html`<section id="dates"><h2>Les changements, date par date</h2><p>Chaque date où un chiffre de ce dispositif prend une nouvelle valeur, avec la valeur qu’il prend.</p>${dates.map(
    (d) =>
      html`<h3 id="date-${d}">${dateIn('fr', d)}</h3><ul>${byDate.get(d).map(
        ({ p, period }) => html`<li><a href="${href(path, parameterPath(p.id))}">${p.label.fr}</a> : ${valueText(p, period.value, scheme.words, scheme.vocabulary)} ${badge(period.status)}</li>`,
      )}</ul>`,
  )}</section>`;
}

/** A part's links to the JSON Schemas of its inputs (on its scheme's page of schemas), or the scheme's page of schemas. */
function schemasLinks(scheme, path) {
  if (!scheme.parent) return html`<a href="${href(path, `schemas/${scheme.id}.html`)}">Les données d’entrée de ce dispositif</a>`;
  return html`Les données d’entrée de ce contrat : ${scheme.schemas.map(
    (x, i) => html`${i > 0 ? ', ' : ''}<a href="${href(path, `schemas/${scheme.parent.id}.html#${x.name}`)}"><code>${x.name}</code></a>`,
  )}`;
}

export function schemePage(ctx, scheme) {
  const path = `${scheme.id}.html`;
  const words = scheme.words;
  const texts = scheme.textParameter.periods;
  const latest = texts[texts.length - 1].from;
  const parts = scheme.parts ?? [];
  const body = html`${scheme.parent ? html`<p class="muted"><a href="${href(path, `${scheme.parent.id}.html`)}">${scheme.parent.words.title}</a></p>` : ''}<h1>${words.title}</h1>
${words.summary.map((p) => html`<p>${renderParagraph(p, scheme, latest, path)}</p>`)}
${parts.length > 0 ? html`<p class="box">Sur sa propre page : ${parts.map((part, i) => html`${i > 0 ? ', ' : ''}<a href="${href(path, `${part.id}.html`)}">${part.words.title}</a>`)} (ses règles, ses chiffres, son exemple).</p>` : ''}
<p class="note">Ci-dessous, les règles en mots simples pour chaque texte : chaque chiffre est la valeur en vigueur au premier jour du texte, lue dans les tables de la bibliothèque ; un lien mène à sa page (périodes, sources, statut). Les chiffres non vérifiés sont marqués.</p>
<h2>Les textes</h2>
${textsTable(scheme, path)}
${texts.map((t) => {
    const on = textStart(scheme, t.value);
    const name = words.texts[t.value]?.name ?? t.value;
    return html`<section class="text" id="texte-${t.value}"><h2>${name}</h2><p class="lead">${words.texts[t.value]?.datesApplyTo ?? ''} à partir du ${dateIn('fr', t.from)}${
      t.until ? html`, jusqu’au ${dateIn('fr', dayBefore(t.until))}` : ''
    } ${badge(t.status)}</p>${words.sections.map((sec) => {
      const paragraphs = sec.paragraphs.filter((p) => paragraphApplies(p, t.value));
      if (paragraphs.length === 0) return '';
      return html`<h3 id="${t.value}-${sec.id}">${sec.title}</h3>${paragraphs.map((p) => html`<p>${renderParagraph(paragraphText(p), scheme, on, path)}</p>`)}${
        sec.figures ? figuresTable(scheme, sec.figures, on, path) : ''
      }`;
    })}</section>`;
  })}
<section id="lectures"><h2>Les lectures des textes</h2><p>Des règles que les textes lus ne disent pas en chiffres, lues par la bibliothèque et citées par les étapes de calcul.</p><ul>${readingsOf(scheme).map(
    (r) => html`<li><a href="${href(path, rulePath(r.id))}">${r.label.fr}</a> ${badge(r.status)}</li>`,
  )}</ul></section>
${datesSection(scheme, path)}
<section id="parametres"><h2>Les paramètres de ce dispositif</h2>${parameterTable(ctx, path, [scheme])}</section>
<p>${schemasLinks(scheme, path)} · <a href="${href(path, 'exemples.html')}">Les exemples</a></p>`;
  return layout(path, words.title, body, ctx);
}

// ---------------------------------------------------------------------------------------------------
// Parameters: the list (with the filter box) and one page each

function lastPeriod(p) {
  return p.periods[p.periods.length - 1];
}

/** The parameters of some schemes, one row each, with what the filter box searches (`data-search`). */
function parameterTable(ctx, path, schemes) {
  return html`<div class="table-wrap"><table class="parameters"><thead><tr><th>Paramètre</th><th>Libellé</th><th class="num">Dernière valeur</th><th>Statut</th></tr></thead><tbody>${schemes.flatMap((s) =>
    parametersOf(s).map((p) => {
      const last = lastPeriod(p);
      const search = fold([p.id, p.label.fr, p.label.en, UNIT_WORDS[p.unit] ?? p.unit, s.words.title, ...p.periods.map((x) => STATUS_WORDS[x.status])].join(' '));
      return html`<tr data-search="${search}" data-id="${p.id}"><td><a href="${href(path, parameterPath(p.id))}"><code>${p.id}</code></a></td><td>${p.label.fr}</td><td class="num">${valueText(p, last.value, s.words, s.vocabulary)}</td><td>${badge(last.status)}</td></tr>`;
    }),
  )}</tbody></table></div>`;
}

export function parametersPage(ctx) {
  const path = 'parametres.html';
  const count = ctx.schemes.reduce((n, s) => n + s.parameters.size, 0);
  const body = html`<h1>Tous les paramètres</h1>
<p class="lead">Les ${count} chiffres légaux des trois dispositifs, chacun avec sa page : périodes, valeurs, sources, statut et règles qui le lisent.</p>
<div class="filter" id="filtre-zone" hidden><label for="filtre">Chercher un paramètre (identifiant ou mot, avec ou sans accents)</label><br><input type="search" id="filtre" autocomplete="off" placeholder="par exemple : plafond, am.aid.ceiling, précarité"><output id="filtre-compte" for="filtre" aria-live="polite"></output></div>
${ctx.schemes.map(
    (s) =>
      html`<h2 id="${s.id}">${s.words.title}</h2>${parameterTable(ctx, path, [s])}${s.parts.map((part) => html`<h3 id="${part.id}">${part.words.title}</h3>${parameterTable(ctx, path, [part])}`)}`,
  )}`;
  return layout(path, 'Tous les paramètres', body, { ...ctx, script: FILTER_SCRIPT });
}

function readersSection(ctx, id, path, kind) {
  const readers = (kind === 'parameter' ? ctx.corpus.byParameter : ctx.corpus.byReading).get(id);
  if (!readers || readers.size === 0) {
    const excused = ctx.corpus.notRead?.[id];
    if (excused) {
      const what = kind === 'parameter' ? 'ce paramètre' : 'cette lecture';
      const lead = excused.kind === 'not-cited' ? `Aucune étape des explications du corpus ne cite ${what}` : `Aucun calcul du corpus ne ${kind === 'parameter' ? 'lit ce paramètre' : 'cite cette lecture'}`;
      return html`<p class="box" data-not-read="${excused.kind}">${lead}. La raison : ${excused.reason}</p>`;
    }
    return html`<p class="box">Aucun calcul du corpus ne ${kind === 'parameter' ? 'lit ce paramètre' : 'cite cette lecture'} : ni les exemples, ni les ${ctx.corpus.computations} cas de référence des tests exécutés pour cette page. Cela ne veut pas dire que la bibliothèque ne ${kind === 'parameter' ? 'le lit' : 'la cite'} jamais, seulement qu’aucun cas ne le montre.</p>`;
  }
  return html`<div class="table-wrap"><table class="readers"><thead><tr><th>Règle (étape de calcul)</th><th>Exemple de ce qu’elle dit</th><th class="num">Étapes</th><th>Lectures des textes citées</th><th>Vue dans</th></tr></thead><tbody>${[...readers.entries()].map(
    ([rule, r]) =>
      html`<tr data-rule="${rule}"><td><code>${rule}</code></td><td>${r.label}</td><td class="num">${r.count}</td><td>${[...r.readings].map(
        (x, i) => html`${i > 0 ? ', ' : ''}<a href="${href(path, rulePath(x))}"><code>${x}</code></a>`,
      )}</td><td><ul>${[...r.origins].map((o) => html`<li>${o}</li>`)}</ul></td></tr>`,
  )}</tbody></table></div>`;
}

export function parameterPage(ctx, scheme, p) {
  const path = parameterPath(p.id);
  const body = html`<p class="muted"><a href="${href(path, `${scheme.id}.html`)}">${scheme.words.title}</a></p>
<h1>${p.label.fr}</h1>
<dl class="facts"><dt>Identifiant</dt><dd><code>${p.id}</code></dd><dt>Libellé (anglais)</dt><dd lang="en">${p.label.en}</dd><dt>Unité</dt><dd>${scheme.words.quantities?.[p.id] ? `nombre (${scheme.words.quantities[p.id]})` : (UNIT_WORDS[p.unit] ?? p.unit)}</dd>${
    p.choices ? html`<dt>Valeurs possibles</dt><dd>${p.choices.map((c, i) => html`${i > 0 ? ', ' : ''}<code>${c}</code>`)}</dd>` : ''
  }${p.range ? html`<dt>Bornes</dt><dd>${p.range.min ?? '0'} à ${p.range.max ?? '…'}</dd>` : ''}</dl>
<h2>Périodes</h2>
<p class="note">Chaque période vaut du premier jour indiqué jusqu’à la veille du jour de fin ; sans fin, elle vaut toujours. Les notes sont celles des tables de la bibliothèque.</p>
<div class="table-wrap"><table class="periods"><thead><tr><th>Du</th><th>Jusqu’au (exclu)</th><th class="num">Valeur</th><th>Statut</th><th>Sources</th><th>Note</th></tr></thead><tbody>${p.periods.map(
    (x) =>
      html`<tr><td>${dateIn('fr', x.from)}</td><td>${x.until ? dateIn('fr', x.until) : '—'}</td><td class="num">${valueText(p, x.value, scheme.words, scheme.vocabulary)}${
        p.unit === 'list' || p.unit === 'choice' ? html`<br><code>${storedText(x.value)}</code>` : ''
      }</td><td>${badge(x.status)}</td><td>${sourceLinks(x.sources)}</td><td>${noteOf(x.note)}</td></tr>`,
  )}</tbody></table></div>
<h2>Les règles qui le lisent</h2>
<p class="note">Tiré des explications des calculs du corpus (exemples et cas de référence) : chaque étape de calcul nomme sa règle et les paramètres qu’elle a lus.</p>
${readersSection(ctx, p.id, path, 'parameter')}
<h2>Le remplacer dans un calcul</h2>
<p>Tout paramètre peut être remplacé par une valeur fournie avec le calcul, citée alors comme source de l’appelant : <code>${`overrides: { '${p.id}': … }`}</code>.</p>`;
  return layout(path, p.label.fr, body, ctx);
}

export function rulePage(ctx, scheme, r) {
  const path = rulePath(r.id);
  const body = html`<p class="muted"><a href="${href(path, `${scheme.id}.html`)}">${scheme.words.title}</a></p>
<h1>${r.label.fr}</h1>
<dl class="facts"><dt>Identifiant</dt><dd><code>${r.id}</code></dd><dt>Statut</dt><dd>${badge(r.status)}</dd><dt>Note</dt><dd>${noteOf(r.note)}</dd></dl>
<h2>Sources</h2>${sourceLinks(r.sources)}
<h2>Les règles qui la citent</h2>${readersSection(ctx, r.id, path, 'reading')}`;
  return layout(path, r.label.fr, body, ctx);
}

// ---------------------------------------------------------------------------------------------------
// Figures that are not verified

export function unverifiedPage(ctx) {
  const path = 'non-verifies.html';
  const statuses = ['unverified', 'assumption', 'unknown'];
  const body = html`<h1>Les chiffres non vérifiés</h1>
<p class="lead">Tout chiffre qui n’est pas lu dans un texte officiel ou une publication de l’Assurance Maladie, par dispositif et par statut. Chacun peut être remplacé dans un calcul par son identifiant. Le même contenu que <code>docs/unverified.md</code>, tiré des mêmes tables.</p>
${ctx.schemes.map((s) => {
    const periods = [...s.parameters.values()].flatMap((p) => p.periods.filter((x) => x.status !== 'verified').map((x) => ({ p, x })));
    const rules = s.rules.filter((r) => r.status !== 'verified');
    return html`<section id="${s.id}"><h2>${s.words.title}</h2>${statuses.map((st) => {
      const list = periods.filter(({ x }) => x.status === st);
      if (list.length === 0) return '';
      return html`<h3>${badge(st)} ${list.length} période${list.length > 1 ? 's' : ''}</h3><div class="table-wrap"><table class="unverified" data-status="${st}"><thead><tr><th>Paramètre</th><th>Période</th><th class="num">Valeur</th><th>Pourquoi (note)</th><th>Sources</th></tr></thead><tbody>${list.map(
        ({ p, x }) =>
          html`<tr data-id="${p.id}"><td><a href="${href(path, parameterPath(p.id))}"><code>${p.id}</code></a><br>${p.label.fr}</td><td>${dateIn('fr', x.from)} → ${x.until ? dateIn('fr', x.until) : '…'}</td><td class="num">${valueText(p, x.value, ownerOf(s, p.id).words, ownerOf(s, p.id).vocabulary)}</td><td>${noteOf(x.note)}</td><td>${sourceLinks(x.sources)}</td></tr>`,
      )}</tbody></table></div>`;
    })}${
      rules.length > 0
        ? html`<h3>Lectures des textes non vérifiées</h3><ul>${rules.map((r) => html`<li><a href="${href(path, rulePath(r.id))}"><code>${r.id}</code></a> — ${r.label.fr} ${badge(r.status)}</li>`)}</ul>`
        : ''
    }</section>`;
  })}`;
  return layout(path, 'Chiffres non vérifiés', body, ctx);
}

// ---------------------------------------------------------------------------------------------------
// JSON Schemas of the inputs, shown as fields

function typeOf(schema) {
  if (!schema || typeof schema !== 'object') return '';
  if (schema.enum) return `une valeur parmi ${schema.enum.map((v) => JSON.stringify(v)).join(', ')}`;
  if (schema.const !== undefined) return `exactement ${JSON.stringify(schema.const)}`;
  const alternatives = schema.anyOf ?? schema.oneOf;
  if (alternatives) return alternatives.map(typeOf).filter(Boolean).join(' ou ');
  const names = { string: 'texte', integer: 'nombre entier', number: 'nombre', boolean: 'oui/non (true/false)', object: 'objet', array: 'liste', null: 'rien (null)' };
  const types = Array.isArray(schema.type) ? schema.type : schema.type ? [schema.type] : [];
  let text = types.map((t) => names[t] ?? t).join(' ou ');
  if (schema.format === 'date') text += ' (date AAAA-MM-JJ)';
  const bounds = [];
  if (schema.minimum !== undefined) bounds.push(`≥ ${schema.minimum}`);
  if (schema.exclusiveMinimum !== undefined) bounds.push(`> ${schema.exclusiveMinimum}`);
  if (schema.maximum !== undefined) bounds.push(`≤ ${schema.maximum}`);
  if (schema.minItems !== undefined) bounds.push(`au moins ${schema.minItems} élément(s)`);
  if (schema.maxItems !== undefined) bounds.push(`au plus ${schema.maxItems} éléments`);
  if (bounds.length > 0) text += ` (${bounds.join(', ')})`;
  if (types.includes('array') && schema.items) text += ` de ${typeOf(schema.items) || 'valeurs'}`;
  return text;
}

/** The fields of a schema, depth first: path, type, required, description. */
export function schemaFields(schema, path = '', required = true, out = []) {
  if (!schema || typeof schema !== 'object') return out;
  if (path) out.push({ path, type: typeOf(schema), required, description: schema.description ?? '' });
  for (const [k, v] of Object.entries(schema.properties ?? {})) schemaFields(v, path ? `${path}.${k}` : k, (schema.required ?? []).includes(k), out);
  if (schema.items && typeof schema.items === 'object') schemaFields(schema.items, `${path}[]`, true, out);
  if (schema.additionalProperties && typeof schema.additionalProperties === 'object') schemaFields(schema.additionalProperties, `${path}.<clé>`, false, out);
  for (const alt of schema.anyOf ?? schema.oneOf ?? []) {
    if (!alt || !alt.properties) continue;
    for (const [k, v] of Object.entries(alt.properties)) schemaFields(v, path ? `${path}.${k}` : k, (alt.required ?? []).includes(k), out);
  }
  return out;
}

export function schemasIndexPage(ctx) {
  const path = 'schemas.html';
  const body = html`<h1>Les données d’entrée</h1>
<p class="lead">Chaque calcul prend un seul objet JSON ; son schéma JSON (draft 2020-12) est publié avec le paquet, <code>exercice-coordonne/schemas/&lt;dispositif&gt;/&lt;fonction&gt;.json</code>. Les descriptions des champs sont celles du code.</p>
<ul>${ctx.schemes.map((s) => html`<li><a href="${href(path, `schemas/${s.id}.html`)}">${s.words.title}</a> : ${s.schemas.map((x, i) => html`${i > 0 ? ', ' : ''}<code>${x.name}</code>`)}</li>`)}</ul>`;
  return layout(path, 'Données d’entrée', body, ctx);
}

/** Which part of the scheme a schema belongs to (the collective contract's), with a link to its page. */
function partNote(scheme, schema, path) {
  const part = (scheme.parts ?? []).find((p) => p.schemas.includes(schema));
  return part ? html`<p class="note">Entrée de <a href="${href(path, `${part.id}.html`)}">${part.words.title}</a> (<code>${part.namespaceName}</code>).</p>` : '';
}

export function schemaPage(ctx, scheme) {
  const path = `schemas/${scheme.id}.html`;
  const body = html`<p class="muted"><a href="${href(path, `${scheme.id}.html`)}">${scheme.words.title}</a></p>
<h1>Données d’entrée — ${scheme.words.title}</h1>
${scheme.schemas.map(
    (x) =>
      html`<section id="${x.name}"><h2><code>${x.name}</code></h2>${partNote(scheme, x, path)}<p class="note">Fichier publié : <code>exercice-coordonne/schemas/${scheme.id}/${x.name}.json</code></p><div class="table-wrap"><table class="fields"><thead><tr><th>Champ</th><th>Type</th><th>Obligatoire</th><th>Description</th></tr></thead><tbody>${schemaFields(x.schema).map(
        (f) => html`<tr><td><code>${f.path}</code></td><td>${f.type}</td><td>${f.required ? 'oui' : 'non'}</td><td lang="en">${f.description}</td></tr>`,
      )}</tbody></table></div></section>`,
  )}`;
  return layout(path, `Données d’entrée — ${scheme.words.title}`, body, ctx);
}

// ---------------------------------------------------------------------------------------------------
// Worked examples

function stepsList(ctx, steps, path) {
  return html`<ol class="steps">${steps.map(
    (s) =>
      html`<li data-rule="${s.rule}"><strong>${s.label.fr}</strong> ${badge(s.status)}${
        s.parameters.length > 0
          ? html`<br><span class="note">Chiffres lus : ${s.parameters.map(
              (p, i) => html`${i > 0 ? ' ; ' : ''}<a href="${href(path, parameterPath(p.id))}"><code>${p.id}</code></a>${p.status !== 'verified' ? html` ${badge(p.status)}` : ''}`,
            )}</span>`
          : ''
      }${(s.rules ?? []).length > 0 ? html`<br><span class="note">Lectures des textes : ${s.rules.map((r, i) => html`${i > 0 ? ', ' : ''}<a href="${href(path, rulePath(r))}"><code>${r}</code></a>`)}</span>` : ''}${
        s.sources.length > 0 ? html`<br><span class="note">Sources : ${s.sources.map((src, i) => html`${i > 0 ? ' ; ' : ''}${src.url ? html`<a href="${src.url}">${src.title}</a>` : src.title}${src.article ? `, ${src.article}` : ''}`)}</span>` : ''
      }</li>`,
  )}</ol>`;
}

/**
 * A cell as a person reads it: by its column's kind (core `formatCell`: a calendar year `2024`, not `2 024`),
 * except a text's code, shown by the text's short name.
 */
function cellText(column, cell, words) {
  if (column.kind === 'text' && typeof cell === 'string' && words.texts[cell]) return words.texts[cell].short;
  return formatCell(column.kind, cell, 'fr');
}

/** A summary table: the scheme's columns, cells formatted by kind, totals from core `totalsOf`. */
function summaryTable(columns, rows, words) {
  const numeric = (c) => ['integer', 'year', 'decimal', 'euro', 'percent'].includes(c.kind);
  const totals = totalsOf(columns, rows);
  const summed = columns.some((c) => c.total) && rows.length > 1;
  return html`<div class="table-wrap"><table class="summary"><thead><tr>${columns.map((c) => html`<th${numeric(c) ? raw(' class="num"') : ''}>${c.label.fr}</th>`)}</tr></thead><tbody>${rows.map(
    (r) => html`<tr>${columns.map((c) => html`<td${numeric(c) ? raw(' class="num"') : ''}>${cellText(c, r[c.key], words)}</td>`)}</tr>`,
  )}</tbody>${
    summed ? html`<tfoot><tr>${columns.map((c, i) => html`<td${numeric(c) ? raw(' class="num"') : ''}>${c.total ? formatCell(c.kind, totals[c.key] ?? null, 'fr') : i === 0 ? 'Total' : ''}</td>`)}</tr></tfoot>` : ''
  }</table></div>`;
}

export function examplesIndexPage(ctx) {
  const path = 'exemples.html';
  const body = html`<h1>Les exemples</h1>
<p class="lead">Les exemples livrés avec la bibliothèque (<code>examples/</code>), calculés par le paquet construit : l’entrée, le résultat année par année, l’explication de chaque chiffre, et le rapport autonome à imprimer ou envoyer.</p>
<ul>${ctx.examples.map(
    (e) => html`<li><a href="${href(path, e.page)}">${e.title}</a> (${e.schemeTitle}, <code>${e.file}</code>) — <a href="${href(path, e.report)}">rapport</a></li>`,
  )}</ul>`;
  return layout(path, 'Exemples', body, ctx);
}

export function examplePage(ctx, e) {
  const path = e.page;
  const columns = e.scheme.namespace.SUMMARY_COLUMNS.filter((c) => e.rows.some((r) => r[c.key] !== null && r[c.key] !== undefined));
  const body = html`<p class="muted"><a href="${href(path, `${e.scheme.id}.html`)}">${e.schemeTitle}</a> · <a href="${href(path, 'exemples.html')}">Exemples</a></p>
<h1>${e.title}</h1>
<p>Fichier <code>${e.file}</code>, calculé par <code>${e.scheme.namespaceName}.${e.call}</code>. <a href="${href(path, e.report)}">Le rapport complet de ce résultat</a> (un fichier autonome, à imprimer ou à envoyer).</p>
<h2>Résultat, année par année</h2>
${summaryTable(columns, e.rows, e.scheme.words)}
<h2>Versements</h2>
<ul>${e.result.payments.map((p) => html`<li>${dateIn('fr', p.date)} — ${formatCell('euro', p.amount, 'fr')} — ${p.label.fr}</li>`)}</ul>
<h2>Explication</h2>
${e.explanations.map((x) => html`<h3>${x.title}</h3>${stepsList(ctx, x.steps, path)}`)}
<h2>L’entrée</h2>
<pre><code>${JSON.stringify(e.input, null, 2)}</code></pre>`;
  return layout(path, e.title, body, ctx);
}
