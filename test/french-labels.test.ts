/**
 * French first (issue 8): every French label of every explanation step that the golden cases and the
 * bundled examples produce is written the French way — decimal comma, no ISO date in prose (dd/mm/yyyy),
 * no English word — and every English label the English way.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import * as lib from '../src/index.js';

const ROOT = join(import.meta.dirname, '..');
const SCHEMES: Record<string, Record<string, unknown>> = {
  'assistant-medical': lib.assistantMedical as unknown as Record<string, unknown>,
  'aci-msp': lib.aciMsp as unknown as Record<string, unknown>,
  'aci-cpts': lib.aciCpts as unknown as Record<string, unknown>,
};

interface Labelled {
  readonly rule: string;
  readonly label: { readonly fr: string; readonly en: string };
}

/** Every explanation step found anywhere in a result (years of a simulation included). */
function stepsOf(value: unknown, out: Labelled[] = [], seen = new Set<unknown>()): Labelled[] {
  if (typeof value !== 'object' || value === null || seen.has(value)) return out;
  seen.add(value);
  if (Array.isArray(value)) {
    for (const v of value) stepsOf(v, out, seen);
    return out;
  }
  const record = value as Record<string, unknown>;
  if (typeof record['rule'] === 'string' && typeof record['label'] === 'object') out.push(record as unknown as Labelled);
  for (const v of Object.values(record)) stepsOf(v, out, seen);
  return out;
}

function call(scheme: Record<string, unknown>, name: string, input: unknown): unknown {
  let f: unknown = scheme;
  for (const part of name.split('.')) f = (f as Record<string, unknown>)[part];
  return (f as (i: unknown) => unknown)(input);
}

function corpus(): Labelled[] {
  const steps: Labelled[] = [];
  for (const file of readdirSync(join(ROOT, 'test', 'golden')).filter((f) => f.endsWith('.yaml'))) {
    const scheme = SCHEMES[file.replace(/\.yaml$/, '')];
    if (!scheme) continue;
    for (const c of parse(readFileSync(join(ROOT, 'test', 'golden', file), 'utf8')) as { call: string; input: unknown; error?: unknown }[]) {
      if (c.error) continue;
      stepsOf(JSON.parse(JSON.stringify(call(scheme, c.call, c.input))), steps);
    }
  }
  return steps;
}

const STEPS = corpus();
/** Words that are English and never French (whole words, case-insensitive). */
const ENGLISH = /\b(the|and|of|year|years|payment|payments|amount|maximum aid|not|from|with|without|contract|objective|reached|advance|balance|given|known)\b/i;
const ISO_DATE = /\b\d{4}-\d{2}-\d{2}\b/;
/** A number with a decimal point (`78.05`), not a list of items or a version such as `9-5-2-2`. */
const DOT_DECIMAL = /\d\.\d/;

describe('French labels are written the French way', () => {
  it('reads a corpus of explanation steps from every scheme', () => {
    expect(STEPS.length).toBeGreaterThan(1000);
  });

  it('no decimal point in a French number', () => {
    const bad = STEPS.filter((s) => DOT_DECIMAL.test(s.label.fr.replace(/https?:\/\/\S+/g, '').replace(/\b(?:art\.|article|annexe)\s*[\d.-]+/gi, '')));
    expect(bad.map((s) => `${s.rule}: ${s.label.fr}`).slice(0, 10)).toEqual([]);
  });

  it('no ISO date in French prose (dd/mm/yyyy)', () => {
    const bad = STEPS.filter((s) => ISO_DATE.test(s.label.fr));
    expect(bad.map((s) => `${s.rule}: ${s.label.fr}`).slice(0, 10)).toEqual([]);
  });

  it('no English word in a French label', () => {
    const bad = STEPS.filter((s) => ENGLISH.test(s.label.fr.replace(/https?:\/\/\S+/g, '').replace(/«[^»]*»|"[^"]*"/g, '')));
    expect(bad.map((s) => `${s.rule}: ${s.label.fr}`).slice(0, 10)).toEqual([]);
  });

  it('French apostrophes (’), never a straight one, in a French label', () => {
    const bad = STEPS.filter((s) => /\p{L}'\p{L}/u.test(s.label.fr.replace(/https?:\/\/\S+/g, '')));
    expect(bad.map((s) => `${s.rule}: ${s.label.fr}`).slice(0, 10)).toEqual([]);
  });

  it('no decimal comma in an English number', () => {
    const bad = STEPS.filter((s) => /\d,\d{2}\s?€|\d,\d+\s?%/.test(s.label.en));
    expect(bad.map((s) => `${s.rule}: ${s.label.en}`).slice(0, 10)).toEqual([]);
  });
});

// ---------------------------------------------------------------------------------------------------
// The explanation as a person reads it in French (explanationLines), overrides included

const CORPUS_SCHEMES: Record<string, Record<string, unknown>> = {
  ...SCHEMES,
  'assistant-medical-collective': lib.assistantMedical.collective as unknown as Record<string, unknown>,
};

/**
 * The first number of the tables a result's explanation cites (its id and value), to pass back as an
 * override: a number read at one date means the same at every date of the case (a text's name may not).
 */
function firstFigure(steps: readonly lib.Step[]): { id: string; value: unknown } | undefined {
  for (const s of steps) for (const p of s.parameters) if (p.status !== 'caller' && typeof p.value === 'string' && /^\d+(?:\.\d+)?$/.test(p.value)) return { id: p.id, value: p.value };
  return undefined;
}

/** The input with one more override, where the function takes them (the input's `overrides`, or its contract's). */
function runWithOverride(scheme: Record<string, unknown>, name: string, input: Record<string, unknown>, id: string, value: unknown): unknown {
  const top = { ...input, overrides: { ...((input['overrides'] as object | undefined) ?? {}), [id]: value } };
  try {
    return call(scheme, name, top);
  } catch (e) {
    if (!lib.isExerciceCoordonneError(e) || typeof input['contract'] !== 'object') throw e;
    const contract = input['contract'] as Record<string, unknown>;
    return call(scheme, name, { ...input, contract: { ...contract, overrides: { ...((contract['overrides'] as object | undefined) ?? {}), [id]: value } } });
  }
}

/** French explanation lines of the golden corpus, each case run again with one figure it reads passed as an override. */
function frenchLinesWithOverrides(): { lines: string[]; overridden: number } {
  const lines: string[] = [];
  let overridden = 0;
  for (const file of readdirSync(join(ROOT, 'test', 'golden')).filter((f) => f.endsWith('.yaml'))) {
    const scheme = CORPUS_SCHEMES[file.replace(/\.yaml$/, '')];
    if (!scheme) continue;
    for (const c of parse(readFileSync(join(ROOT, 'test', 'golden', file), 'utf8')) as { call: string; input: Record<string, unknown>; error?: unknown }[]) {
      if (c.error) continue;
      const steps = stepsOf(JSON.parse(JSON.stringify(call(scheme, c.call, c.input)))) as unknown as lib.Step[];
      const figure = firstFigure(steps);
      if (!figure) continue;
      const again = stepsOf(JSON.parse(JSON.stringify(runWithOverride(scheme, c.call, c.input, figure.id, figure.value)))) as unknown as lib.Step[];
      if (again.some((s) => s.sources.some((src) => src.kind === 'caller' && src.title.includes(figure.id)))) overridden++;
      lines.push(...lib.explanationLines(again, 'fr'));
    }
  }
  return { lines, overridden };
}

describe('French explanation lines, with a caller’s override', () => {
  const { lines, overridden } = frenchLinesWithOverrides();

  it('the golden corpus, run again with an override, cites the caller’s override in many steps', () => {
    expect(overridden).toBeGreaterThan(100);
    expect(lines.some((l) => l.includes('valeur donnée par l’appelant pour '))).toBe(true);
  });

  it('no English word in a French explanation line (the caller’s source included)', () => {
    // Identifiers are code, not words: a parameter id (`cpts.contract.duration`), a field's path (`contract.missions[0]`).
    const words = (l: string) => l.replace(/<https?:\/\/\S+>/g, '').replace(/«[^»]*»|"[^"]*"/g, '').replace(/\b[a-z0-9-]+(?:\.[a-z0-9-]+|\[\d+\])+/gi, '');
    const bad = lines.filter((l) => ENGLISH.test(words(l)));
    expect(bad.slice(0, 10)).toEqual([]);
  });
});
