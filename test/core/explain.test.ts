import { describe, expect, it } from 'vitest';
import { explanationLines, reliability, step, weakest } from '../../src/core/explain.js';

const made = (status: 'verified' | 'unverified' | 'assumption' | 'unknown' | 'caller', value: string | null) =>
  step({ rule: `test.${status}`, label: { fr: status, en: status }, value, status });

describe('how sure the figures of some steps are (reliability)', () => {
  it('is the least certain status of the steps that gave a value', () => {
    expect(reliability([made('verified', '1.00'), made('unverified', '2.00'), made('caller', '3')])).toBe('unverified');
    expect(reliability([made('assumption', '1.00'), made('unverified', '2.00')])).toBe('assumption');
    expect(reliability([])).toBe('verified');
  });

  it('a step without a value (a check not made, an amount not computed) does not lower it, though it keeps its own status', () => {
    const notChecked = made('unknown', null);
    expect(notChecked.status).toBe('unknown');
    expect(reliability([made('assumption', '397500.00'), notChecked])).toBe('assumption');
    expect(weakest([made('assumption', '397500.00'), notChecked].map((s) => s.status))).toBe('unknown');
    // A step whose value is unknown but given (a figure the caller passed) still counts.
    expect(reliability([made('verified', '1.00'), made('unknown', '5')])).toBe('unknown');
  });
});

describe('sources the library names itself are read in the line’s language', () => {
  const override = { id: 'test.figure', label: { fr: 'Chiffre', en: 'Figure' }, unit: 'EUR' as const, value: '5', status: 'caller' as const, sources: [] };

  it('a caller’s override without a title of its own: « valeur donnée par l’appelant pour <id> » in French, “caller override of <id>” in English', () => {
    const s = step({ rule: 'test.rule', label: { fr: 'Règle', en: 'Rule' }, value: '5', uses: [override] });
    expect(s.sources).toEqual([{ title: 'caller override of test.figure', label: { fr: 'valeur donnée par l’appelant pour test.figure', en: 'caller override of test.figure' }, kind: 'caller' }]);
    expect(explanationLines([s], 'fr')).toEqual(['Règle [fourni par l’appelant] — valeur donnée par l’appelant pour test.figure']);
    expect(explanationLines([s], 'en')).toEqual(['Rule [caller-supplied] — caller override of test.figure']);
  });

  it('a caller’s own source title is shown as the caller wrote it, in both languages', () => {
    const s = step({ rule: 'test.rule', label: { fr: 'Règle', en: 'Rule' }, value: '5', uses: [{ ...override, callerSource: { title: 'Avenant local', url: 'https://example.org' } }] });
    expect(explanationLines([s], 'en')[0]).toBe('Rule [caller-supplied] — Avenant local <https://example.org>');
    expect(explanationLines([s], 'fr')[0]).toBe('Règle [fourni par l’appelant] — Avenant local <https://example.org>');
  });

  it('an input given by the caller is named in both languages', () => {
    const s = step({ rule: 'test.rule', label: { fr: 'Règle', en: 'Rule' }, value: '5', callerInput: { fr: 'objectif donné par l’appelant', en: 'objective given by the caller' } });
    expect(explanationLines([s], 'fr')[0]).toContain('— objectif donné par l’appelant');
    expect(explanationLines([s], 'en')[0]).toContain('— objective given by the caller');
  });
});
