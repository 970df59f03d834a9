/**
 * The rules of a scheme in French plain words, as data, for the reference site and the reports: a few
 * paragraphs per legal concept whose figures are never written in the prose but named by placeholders,
 * so that the words show the value the code reads and can never disagree with it.
 *
 * A placeholder names a parameter of the scheme's table:
 *
 * - `{am.contract.duration-years}`: the value in force at the date the paragraph is read for (the start
 *   of the text it is shown under);
 * - `{am.aid.ceiling.etp-1.year-1@convention-2024}`: the value in force at the start of another text (a
 *   value of the scheme's text parameter, e.g. `am.regime`);
 * - `{am.regime=convention-2024}`: a value of the parameter, named in words (the text's name, or the words
 *   of `values`);
 * - `:from` / `:until` after any of these: the first day of the period, or the first day it no longer holds.
 *
 * A test checks that every placeholder names a parameter and that no digit appears in the prose outside
 * placeholders: a legal figure is always read from the tables.
 */

import type { Label } from './format.js';

/** A paragraph, for every text of the scheme or only for some of them (values of the text parameter). */
export type PlainParagraph = string | { readonly texts: readonly string[]; readonly text: string };

/** One legal concept (the contract, eligibility, the amounts…) in plain words. */
export interface PlainSection {
  /** A stable slug, used as an anchor. */
  readonly id: string;
  /** Its heading, in French. */
  readonly title: string;
  readonly paragraphs: readonly PlainParagraph[];
  /** Id prefixes of the parameters whose values in force the site lists under the section, as a table. */
  readonly figures?: readonly string[];
}

/** A text of the scheme (a value of its text parameter). */
export interface PlainText {
  /** Its full name, e.g. `Avenant n° 7 à la convention médicale de 2016` (a name, not a figure). */
  readonly name: string;
  /** A short name for tables and headings, e.g. `Avenant 7`. */
  readonly short: string;
  /** What the text's date applies to, in French (e.g. `contrats signés`, `exercices`, `années de contrat commençant`). */
  readonly datesApplyTo: string;
}

/**
 * The short names of a scheme's texts by their code, for a summary's text column
 * (`{ 'avenant-7': { fr: 'Avenant 7', en: 'Avenant 7' } }`: a text's name is the same in both languages).
 */
export function textNames(words: Pick<PlainWords, 'texts'>): Readonly<Record<string, Label>> {
  return Object.fromEntries(Object.entries(words.texts).map(([code, t]) => [code, { fr: t.short, en: t.short }]));
}

/** A scheme's rules in French plain words. */
export interface PlainWords {
  /** The scheme's name, in French. */
  readonly title: string;
  /** The parameter whose periods are the texts of the scheme (`am.regime`, `msp.version`, `cpts.text`). */
  readonly textParameter: string;
  /** The texts, by value of the text parameter. */
  readonly texts: Readonly<Record<string, PlainText>>;
  /** What the scheme is, in a few paragraphs. */
  readonly summary: readonly string[];
  /**
   * French words for values of choice and list parameters (`linear`: `linéaire`, or `<id>=<value>` for one
   * parameter's), where a placeholder shows one. Items the code names already (a CPTS mission, an MSP
   * indicator) need none: the site uses the code's names.
   */
  readonly values: Readonly<Record<string, string>>;
  /**
   * Parameters of unit `ratio` that are quantities, not shares, with the word written after the number:
   * `{ 'am.collective.etp.per-doctor': 'ETP' }` shows `1 ETP`, not `100 %`.
   */
  readonly quantities?: Readonly<Record<string, string>>;
  /**
   * For the words of a part of a scheme that has its own text parameter (the assistant-médical collective
   * contract, `am.collective.regime`): the id prefixes of the parameters and readings of the texts it covers
   * (`am.collective.`). The site gives the part its own page and reads those parameters with these words.
   */
  readonly scope?: readonly string[];
  readonly sections: readonly PlainSection[];
}

/** One placeholder of a paragraph. */
export interface Placeholder {
  /** The placeholder as written, braces included. */
  readonly raw: string;
  /** The parameter it names. */
  readonly id: string;
  /** The text at whose start the value is read, when not the paragraph's own. */
  readonly at?: string;
  /** A value of the parameter, named in words. */
  readonly value?: string;
  /** The value (default), or the first day of its period, or the day the period ends. */
  readonly part: 'value' | 'from' | 'until';
}

/** The placeholders' grammar: `{id}`, `{id@text}`, `{id=value}`, each optionally followed by `:from` or `:until`. */
export const PLACEHOLDER = /\{([a-z0-9][a-z0-9.-]*[a-z0-9])(?:@([a-z0-9-]+))?(?:=([a-z0-9./+-]+))?(?::(from|until))?\}/g;

/** The placeholders of a text, in order. */
export function placeholdersOf(text: string): Placeholder[] {
  return [...text.matchAll(PLACEHOLDER)].map((m) => ({
    raw: m[0],
    id: m[1]!,
    ...(m[2] ? { at: m[2] } : {}),
    ...(m[3] ? { value: m[3] } : {}),
    part: (m[4] as 'from' | 'until' | undefined) ?? 'value',
  }));
}

/** The text of a paragraph. */
export function paragraphText(p: PlainParagraph): string {
  return typeof p === 'string' ? p : p.text;
}

/** True when a paragraph is shown under `text` (a value of the text parameter). */
export function paragraphApplies(p: PlainParagraph, text: string): boolean {
  return typeof p === 'string' || p.texts.includes(text);
}
