/**
 * The French plain words of each scheme (`src/<scheme>/plain-words.ts`) come from the data: every
 * placeholder names a parameter of the scheme's table that holds a value where the paragraph is shown,
 * and no digit appears in the prose outside placeholders, so that no legal figure is ever written twice.
 */
import { describe, expect, it } from 'vitest';
import { PARAMETERS as AM, PLAIN_WORDS as AM_WORDS } from '../../src/assistant-medical/index.js';
import { PARAMETERS as MSP, PLAIN_WORDS as MSP_WORDS } from '../../src/aci-msp/index.js';
import { PARAMETERS as CPTS, PLAIN_WORDS as CPTS_WORDS } from '../../src/aci-cpts/index.js';
import { periodAt, type ParameterTable } from '../../src/core/parameters.js';
import { paragraphApplies, paragraphText, placeholdersOf, type PlainWords } from '../../src/core/plain-words.js';

const SCHEMES: readonly [string, PlainWords, ParameterTable][] = [
  ['assistant-medical', AM_WORDS, AM],
  ['aci-msp', MSP_WORDS, MSP],
  ['aci-cpts', CPTS_WORDS, CPTS],
];

/** Every piece of prose of a scheme's words: the summary, the titles, the paragraphs. */
function prose(words: PlainWords): { where: string; text: string }[] {
  return [
    { where: 'title', text: words.title },
    ...words.summary.map((text, i) => ({ where: `summary[${i}]`, text })),
    ...words.sections.flatMap((s) => [
      { where: `${s.id}.title`, text: s.title },
      ...s.paragraphs.map((p, i) => ({ where: `${s.id}.paragraphs[${i}]`, text: paragraphText(p) })),
    ]),
  ];
}

describe.each(SCHEMES)('the plain words of %s', (_scheme, words, table) => {
  const text = table.get(words.textParameter)!;
  const starts = new Map(text.periods.map((p) => [p.value as string, p.from]));

  it('name their text parameter, and every text of it', () => {
    expect(text, words.textParameter).toBeDefined();
    expect(Object.keys(words.texts).sort()).toEqual([...starts.keys()].sort());
  });

  it('write no digit outside placeholders (no legal figure in prose)', () => {
    const withDigits = prose(words)
      .map(({ where, text: t }) => ({ where, rest: t.replace(/\{[^}]*\}/g, '') }))
      .filter(({ rest }) => /\d/.test(rest))
      .map(({ where, rest }) => `${where}: ${rest.match(/.{0,20}\d.{0,20}/)![0]}`);
    expect(withDigits).toEqual([]);
  });

  it('have placeholders in every section but the summary, and well-formed ones only', () => {
    for (const { where, text: t } of prose(words)) {
      const braces = (t.match(/\{/g) ?? []).length;
      expect(placeholdersOf(t).length, `${where}: a brace that is not a placeholder`).toBe(braces);
    }
    expect(words.sections.every((s) => s.paragraphs.some((p) => placeholdersOf(paragraphText(p)).length > 0))).toBe(true);
  });

  it('name, in every placeholder, a parameter holding a value where the paragraph is shown', () => {
    const problems: string[] = [];
    const check = (where: string, t: string, shownUnder: readonly string[]) => {
      for (const ph of placeholdersOf(t)) {
        const param = table.get(ph.id);
        if (!param) {
          problems.push(`${where}: ${ph.raw} names no parameter`);
          continue;
        }
        if (ph.at !== undefined && !starts.has(ph.at)) problems.push(`${where}: ${ph.raw}: "${ph.at}" is not a text`);
        if (ph.value !== undefined) {
          const held = param.periods.some((p) => p.value === ph.value || (Array.isArray(p.value) && p.value.includes(ph.value!)));
          if (!held && !(param.choices ?? []).includes(ph.value)) problems.push(`${where}: ${ph.raw}: not a value of ${ph.id}`);
          continue;
        }
        for (const under of ph.at !== undefined ? [ph.at] : shownUnder) {
          if (!periodAt(param, starts.get(under)!)) problems.push(`${where}: ${ph.raw} has no period at the start of ${under}`);
        }
      }
    };
    words.summary.forEach((t, i) => check(`summary[${i}]`, t, [text.periods[text.periods.length - 1]!.value as string]));
    for (const s of words.sections) {
      s.paragraphs.forEach((p, i) => {
        const under = [...starts.keys()].filter((t) => paragraphApplies(p, t));
        if (under.length === 0) problems.push(`${s.id}.paragraphs[${i}]: shown under no text`);
        if (typeof p !== 'string') for (const t of p.texts) if (!starts.has(t)) problems.push(`${s.id}.paragraphs[${i}]: unknown text ${t}`);
        check(`${s.id}.paragraphs[${i}]`, paragraphText(p), under);
      });
    }
    expect(problems).toEqual([]);
  });

  it('list figures by id prefixes that match parameters, under unique section ids', () => {
    const ids = words.sections.map((s) => s.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const s of words.sections) for (const prefix of s.figures ?? []) expect([...table.keys()].some((id) => id.startsWith(prefix)), `${s.id}: ${prefix}`).toBe(true);
  });

  it('name values only of parameters of the scheme', () => {
    for (const key of Object.keys(words.values)) {
      const at = key.indexOf('=');
      if (at > 0) expect(table.has(key.slice(0, at)), key).toBe(true);
    }
  });
});

describe('placeholdersOf', () => {
  it('reads every form of the grammar', () => {
    expect(placeholdersOf('a {am.regime} b {am.aid.ceiling.etp-1.year-1@convention-2024} c {am.regime=convention-2024:from} d {x.y:until}')).toEqual([
      { raw: '{am.regime}', id: 'am.regime', part: 'value' },
      { raw: '{am.aid.ceiling.etp-1.year-1@convention-2024}', id: 'am.aid.ceiling.etp-1.year-1', at: 'convention-2024', part: 'value' },
      { raw: '{am.regime=convention-2024:from}', id: 'am.regime', value: 'convention-2024', part: 'from' },
      { raw: '{x.y:until}', id: 'x.y', part: 'until' },
    ]);
    expect(placeholdersOf('no {Placeholder} here, nor {}')).toEqual([]);
  });
});
