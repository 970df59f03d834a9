/**
 * The package root is built from src/package.ts (each scheme a plain frozen object, so the REPL shows
 * functions as functions) while its types come from src/index.ts (each scheme a namespace). Both must
 * export the same members with the same values.
 */
import { inspect } from 'node:util';
import { describe, expect, it } from 'vitest';
import * as typed from '../../src/index.js';
import * as shipped from '../../src/package.js';

const SCHEMES = ['assistantMedical', 'aciMsp', 'aciCpts'] as const;

describe('the package root: plain objects in JavaScript, namespaces in the types', () => {
  it('exports the same names', () => {
    expect(Object.keys(shipped).sort()).toEqual(Object.keys(typed).sort());
  });

  it.each(SCHEMES)('%s: the same members, the same values, frozen, functions shown as functions', (name) => {
    const namespace = typed[name] as unknown as Record<string, unknown>;
    const plain = shipped[name] as unknown as Record<string, unknown>;
    expect(Object.keys(plain).sort()).toEqual(Object.keys(namespace).sort());
    for (const key of Object.keys(namespace)) {
      const value = namespace[key];
      if (typeof value === 'object' && value !== null && Object.getPrototypeOf(value) === null) continue; // a nested namespace: compared by shape below
      expect(plain[key], `${name}.${key}`).toBe(value);
    }
    expect(Object.isFrozen(plain)).toBe(true);
    expect(inspect(plain)).not.toContain('[Getter]');
    expect(inspect(plain)).toMatch(/\[Function: \w+\]/);
  });
});
