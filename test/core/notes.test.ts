/**
 * French first for the notes (design.md: what a person reads is French, English available): every note of
 * every parameter period and of every rule reading, in the three schemes, has its French text, which is not
 * the English one and has no English word left in its prose, and is written the French way (a space before
 * « : ; ? ! »). Prose is what remains once the quotations (« … », "…", “…”), the ids and field paths
 * (am.payment.schedule, objective.targetPatients), the choice values (advance-then-balance, not-met) and the
 * code names (hiredOn) are left out: those are kept as the texts and the code write them.
 */
import { describe, expect, it } from 'vitest';
import type { Label } from '../../src/core/format.js';
import type { ParameterTable, RuleReading } from '../../src/core/parameters.js';
import { PARAMETERS as AM, RULES as AM_RULES } from '../../src/assistant-medical/parameters.js';
import { PARAMETERS as MSP, RULES as MSP_RULES } from '../../src/aci-msp/parameters.js';
import { PARAMETERS as CPTS, RULES as CPTS_RULES } from '../../src/aci-cpts/parameters.js';

const SCHEMES: readonly [string, ParameterTable, Readonly<Record<string, RuleReading>>][] = [
  ['assistant-medical', AM, AM_RULES],
  ['aci-msp', MSP, MSP_RULES],
  ['aci-cpts', CPTS, CPTS_RULES],
];

/** Every note of a scheme, with where it is. */
function notesOf(table: ParameterTable, rules: Readonly<Record<string, RuleReading>>): { where: string; note: Label }[] {
  return [
    ...[...table.values()].flatMap((p) => p.periods.flatMap((period) => (period.note ? [{ where: `${p.id} [${period.from}, ${period.until ?? '…'})`, note: period.note }] : []))),
    ...Object.values(rules).flatMap((r) => (r.note ? [{ where: r.id, note: r.note }] : [])),
  ];
}

/** The prose of a French note: quotations, ids, field paths, choice values and code names left out. */
function prose(text: string): string {
  let t = text;
  // « … » may hold another « … »: take the innermost first.
  for (let before = ''; before !== t; ) {
    before = t;
    t = t.replace(/«[^«»]*»/g, ' ');
  }
  return t
    .replace(/"[^"]*"|“[^”]*”|`[^`]*`/g, ' ')
    .replace(/[\p{L}\d_-]+(?:[.][\p{L}\d_*-]+)+/gu, ' ')
    .replace(/[\p{L}\d]+(?:-[\p{L}\d]+)+/gu, ' ')
    .replace(/\b[a-z]+[A-Z][A-Za-z]*\b/g, ' ');
}

/** Common English words that French prose never has (a whole word, any case). */
const ENGLISH = new Set(
  (
    'the and of with from which not is are was were per only to for by in this that these those when where but into its their it than then ' +
    'has have been be does did should would could without within between after before read says gives library year years contract contracts ' +
    'amount amounts payment rule reading whether also each every both either same other none any all'
  ).split(' '),
);

function englishWordsIn(text: string): string[] {
  return prose(text)
    .split(/[^\p{L}]+/u)
    .filter((w) => ENGLISH.has(w.toLowerCase()));
}

describe.each(SCHEMES)('the notes of %s', (_scheme, table, rules) => {
  const notes = notesOf(table, rules);

  it('exist: the scheme has notes to check', () => {
    expect(notes.length).toBeGreaterThan(20);
  });

  it('every note has a French text and an English text, and the French is not the English', () => {
    const wrong = notes.filter(({ note }) => note.fr.trim() === '' || note.en.trim() === '' || note.fr === note.en).map((n) => n.where);
    expect(wrong).toEqual([]);
  });

  it('no French note has an English word left in its prose', () => {
    const wrong = notes.flatMap(({ where, note }) => {
      const words = englishWordsIn(note.fr);
      return words.length > 0 ? [`${where}: ${words.join(', ')} in « ${note.fr} »`] : [];
    });
    expect(wrong).toEqual([]);
  });

  it('every French note puts a space before « : ; ? ! » in its prose', () => {
    const wrong = notes.filter(({ note }) => /[^\s\u00a0\u202f][:;?!]/.test(prose(note.fr))).map(({ where, note }) => `${where}: « ${note.fr} »`);
    expect(wrong).toEqual([]);
  });
});

describe('the prose of a note', () => {
  it('leaves out quotations, ids, choice values and code names, and keeps the words around them', () => {
    const text = 'Lecture "advance-then-balance" de am.payment.schedule : « dans les quinze jours « suivant » le recrutement » ; not-met, hiredOn, the';
    expect(englishWordsIn(text)).toEqual(['the']);
    expect(englishWordsIn('La bibliothèque lit la ZIP ; the rule is read.')).toEqual(['the', 'rule', 'is', 'read']);
  });
});
