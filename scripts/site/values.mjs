/**
 * Values of parameters as a French reader reads them (`11 000,00 €`, `25 %`, `01/09/2019`, lists in
 * words), and the placeholders of the plain-words data rendered as the value in force with a link to
 * the parameter's page.
 */
import { dateIn, decimalIn, euroIn, percentIn, periodAt, placeholdersOf } from '../../dist/index.js';
import { html, href } from './html.mjs';

export const STATUS_WORDS = {
  verified: 'vérifié',
  unverified: 'non vérifié',
  assumption: 'hypothèse',
  unknown: 'inconnu',
  caller: 'fourni par l’appelant',
};

export const UNIT_WORDS = {
  EUR: 'euros',
  ratio: 'proportion (affichée en pourcentage)',
  points: 'points',
  patients: 'patients',
  count: 'nombre',
  days: 'jours',
  months: 'mois',
  years: 'années',
  date: 'date',
  boolean: 'oui ou non',
  list: 'liste',
  choice: 'choix',
};

/** A status badge. */
export function badge(status) {
  return html`<span class="status status-${status}">${STATUS_WORDS[status] ?? status}</span>`;
}

/**
 * The French words of a choice or list item: the plain words' `values['<id>=<value>']` or `values[value]`,
 * a text's name, the name the code gives the item (`vocabulary`: a mission's, an indicator's), or the
 * value itself.
 */
export function wordOf(words, id, value, vocabulary) {
  return words?.values?.[`${id}=${value}`] ?? words?.values?.[value] ?? words?.texts?.[value]?.name ?? vocabulary?.get(value) ?? value;
}

function decimalsOf(s) {
  const dot = s.indexOf('.');
  return dot === -1 ? 0 : s.length - dot - 1;
}

/** A list joined the French way: `a, b et c`. */
export function frenchList(items) {
  return items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} et ${items[items.length - 1]}`;
}

/**
 * A value of parameter `param` in French: euros with cents, ratios as exact percentages, whole numbers
 * grouped, dates `dd/mm/yyyy`, booleans `oui`/`non`, choices and lists in words (when `words` names them).
 */
export function valueText(param, value, words, vocabulary) {
  if (value === undefined) return 'valeur inconnue';
  switch (param.unit) {
    case 'EUR':
      return euroIn('fr', value);
    case 'ratio':
      return percentIn('fr', value, Math.max(0, decimalsOf(value) - 2));
    case 'date':
      return dateIn('fr', value);
    case 'boolean':
      return value ? 'oui' : 'non';
    case 'list':
      return value.length === 0 ? 'aucun' : frenchList(value.map((v) => wordOf(words, param.id, v, vocabulary)));
    case 'choice':
      return wordOf(words, param.id, value, vocabulary);
    default:
      return decimalIn('fr', value);
  }
}

/** The value as stored (for the tables of periods): the decimal string, the list, the choice. */
export function storedText(value) {
  if (value === undefined) return '—';
  if (Array.isArray(value)) return value.join(', ');
  return String(value);
}

/** The page of a parameter, from the site's root. */
export function parameterPath(id) {
  return `parametres/${id}.html`;
}

/** The page of a reading of the texts (a rule), from the site's root. */
export function rulePath(id) {
  return `regles/${id}.html`;
}

/** The first day of the period of the text parameter whose value is `text` (an error when there is none). */
export function textStart(scheme, text) {
  const period = scheme.textParameter.periods.find((p) => p.value === text);
  if (!period) throw new Error(`plain words of ${scheme.id}: no text "${text}" in ${scheme.textParameter.id}`);
  return period.from;
}

/**
 * A paragraph with its placeholders rendered at date `on` (the start of the text it is shown under): each
 * figure is the value in force, linked to its parameter's page and marked when it is not verified. An
 * unknown id, text or value stops the build: the words must never name what the code does not have.
 */
export function renderParagraph(text, scheme, on, page) {
  const out = [];
  let last = 0;
  for (const ph of placeholdersOf(text)) {
    const at = text.indexOf(ph.raw, last);
    out.push(text.slice(last, at));
    last = at + ph.raw.length;
    out.push(renderPlaceholder(ph, scheme, on, page));
  }
  out.push(text.slice(last));
  return html`${out}`;
}

function renderPlaceholder(ph, scheme, on, page) {
  const param = scheme.parameters.get(ph.id);
  if (!param) throw new Error(`plain words of ${scheme.id}: ${ph.raw} names no parameter`);
  let period;
  if (ph.value !== undefined) {
    const holds = (p) => p.value === ph.value || (Array.isArray(p.value) && p.value.includes(ph.value));
    period = param.periods.find(holds);
    const known = period !== undefined || (param.choices ?? []).includes(ph.value);
    if (!known || (ph.part !== 'value' && !period)) throw new Error(`plain words of ${scheme.id}: ${ph.raw}: "${ph.value}" is not a value of ${ph.id}`);
  } else {
    const date = ph.at !== undefined ? textStart(scheme, ph.at) : on;
    period = periodAt(param, date);
    if (!period) throw new Error(`plain words of ${scheme.id}: ${ph.raw}: ${ph.id} has no period on ${date}`);
  }
  const shown =
    ph.part === 'from'
      ? dateIn('fr', period.from)
      : ph.part === 'until'
        ? period.until
          ? dateIn('fr', period.until)
          : 'aujourd’hui'
        : ph.value !== undefined
          ? wordOf(scheme.words, ph.id, ph.value, scheme.vocabulary)
          : valueText(param, period.value, scheme.words, scheme.vocabulary);
  const mark = ph.part === 'value' && ph.value === undefined && period.status !== 'verified' ? html` ${badge(period.status)}` : '';
  return html`<a class="figure" href="${href(page, parameterPath(ph.id))}" title="${ph.id}">${shown}</a>${mark}`;
}


