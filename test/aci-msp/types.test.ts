/**
 * The typed API (issue 8, the ACI MSP's part): each exported input interface agrees with the zod schema
 * that validates it (checked by the compiler through `expectTypeOf`), every schema field carries a
 * description, and the description is the TSDoc text of the interface field.
 */
import { describe, expect, expectTypeOf, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Decimal } from 'decimal.js';
import { z } from 'zod';
import {
  INPUT_SCHEMAS,
  type CompareInput,
  type IndicatorsInput,
  type MspOverrides,
  type SimulateInput,
  type YearlyRemunerationInput,
} from '../../src/aci-msp/index.js';
import * as aciMsp from '../../src/aci-msp/index.js';

/** The type without `readonly` (zod's input types have mutable fields and arrays). */
type Writable<T> = T extends Decimal
  ? T
  : T extends readonly (infer U)[]
    ? Writable<U>[]
    : T extends object
      ? { -readonly [K in keyof T]: Writable<T[K]> }
      : T;

type Input<K extends keyof typeof INPUT_SCHEMAS> = z.input<(typeof INPUT_SCHEMAS)[K]>;

describe('input interfaces agree with their schemas', () => {
  it('each interface and the z.input of its schema are assignable both ways (overrides: the typed ids fit the schema’s record)', () => {
    expectTypeOf<Writable<Omit<YearlyRemunerationInput, 'overrides'>>>().toExtend<Omit<Input<'yearlyRemuneration'>, 'overrides'>>();
    expectTypeOf<Omit<Input<'yearlyRemuneration'>, 'overrides'>>().toExtend<Writable<Omit<YearlyRemunerationInput, 'overrides'>>>();
    expectTypeOf<Writable<Omit<CompareInput, 'overrides'>>>().toExtend<Omit<Input<'compare'>, 'overrides'>>();
    expectTypeOf<Omit<Input<'compare'>, 'overrides'>>().toExtend<Writable<Omit<CompareInput, 'overrides'>>>();
    expectTypeOf<Writable<Omit<SimulateInput, 'overrides'>>>().toExtend<Omit<Input<'simulate'>, 'overrides'>>();
    expectTypeOf<Omit<Input<'simulate'>, 'overrides'>>().toExtend<Writable<Omit<SimulateInput, 'overrides'>>>();
    expectTypeOf<Writable<Omit<IndicatorsInput, 'overrides'>>>().toExtend<Omit<Input<'indicators'>, 'overrides'>>();
    expectTypeOf<Omit<Input<'indicators'>, 'overrides'>>().toExtend<Writable<Omit<IndicatorsInput, 'overrides'>>>();
    expectTypeOf<MspOverrides>().toExtend<NonNullable<Input<'yearlyRemuneration'>['overrides']>>();
    expectTypeOf<Input<'simulateMany'>>().toEqualTypeOf<Input<'simulate'>>();
    // The public functions take the named interfaces.
    expectTypeOf(aciMsp.yearlyRemuneration).parameter(0).toEqualTypeOf<YearlyRemunerationInput>();
    expectTypeOf(aciMsp.compare).parameter(0).toEqualTypeOf<CompareInput>();
    expectTypeOf(aciMsp.simulate).parameter(0).toEqualTypeOf<SimulateInput>();
    expectTypeOf(aciMsp.indicators).parameter(0).toEqualTypeOf<IndicatorsInput>();
  });

  it('a misspelt field or a wrong type does not compile', () => {
    const base: YearlyRemunerationInput = { contract: { signedOn: '2019-03-15', projetDeSanteFiledOn: '2018-06-01', patientele: 4000, associatedProfessionals: 10 }, year: 2024, achievements: {} };
    // @ts-expect-error a misspelt indicator id
    const misspelt: YearlyRemunerationInput = { ...base, achievements: { 'fonction-coordinaton': { met: true } } };
    // @ts-expect-error a patientèle as a string
    const text: YearlyRemunerationInput = { ...base, contract: { ...base.contract, patientele: '4000' } };
    // @ts-expect-error an override id the scheme does not have
    const override: YearlyRemunerationInput = { ...base, overrides: { 'msp.point-valeur': '8' } };
    expect([misspelt, text, override]).toHaveLength(3);
  });

  it('INPUT_SCHEMAS names the schema of every public function taking an input', () => {
    expect(Object.keys(INPUT_SCHEMAS).sort()).toEqual(['compare', 'indicators', 'simulate', 'simulateMany', 'yearlyRemuneration']);
    for (const name of Object.keys(INPUT_SCHEMAS)) expect(typeof (aciMsp as Record<string, unknown>)[name], name).toBe('function');
  });
});

describe('descriptions', () => {
  const SOURCE = readFileSync(resolve(__dirname, '../../src/aci-msp/schema.ts'), 'utf8');
  /** Text without TSDoc stars, backticks, quotes or repeated spaces. */
  const plain = (s: string) => s.replace(/^\s*\*\s?/gm, ' ').replace(/[`'"’\\]/g, '').replace(/\s+/g, ' ').trim();
  const tsdoc = plain([...SOURCE.matchAll(/\/\*\*([\s\S]*?)\*\//g)].map((m) => m[1]).join(' '));

  /** Every object field of a schema, with its path, unwrapping optionals and arrays. */
  function fields(schema: z.ZodType, path: string[] = []): { path: string; schema: z.ZodType }[] {
    const def = (schema as unknown as { _zod: { def: { type: string; innerType?: z.ZodType; element?: z.ZodType; shape?: Record<string, z.ZodType> } } })._zod.def;
    if (def.type === 'optional' && def.innerType) return fields(def.innerType, path);
    if (def.type === 'array' && def.element) return fields(def.element, path);
    if (def.type === 'object' && def.shape) return Object.entries(def.shape).flatMap(([k, v]) => [{ path: [...path, k].join('.'), schema: v }, ...fields(v, [...path, k])]);
    return [];
  }

  it('every field of every input schema is described, and its description is the TSDoc of the interface field', () => {
    const problems: string[] = [];
    for (const [name, schema] of Object.entries(INPUT_SCHEMAS)) {
      for (const f of fields(schema)) {
        const description = f.schema.description;
        if (!description) problems.push(`${name}: ${f.path}: no description`);
        else if (!tsdoc.includes(plain(description).replace(/\.$/, ''))) problems.push(`${name}: ${f.path}: "${description}" is not the TSDoc of the interface`);
      }
    }
    expect(problems).toEqual([]);
  });

  it('the JSON Schema of an input carries the descriptions (generated with zod)', () => {
    const json = z.toJSONSchema(INPUT_SCHEMAS.yearlyRemuneration, { io: 'input', unrepresentable: 'any' }) as { properties: Record<string, { description?: string; properties?: Record<string, { description?: string }> }> };
    expect(json.properties['year']!.description).toContain('Exercice');
    expect(json.properties['contract']!.properties!['patientele']!.description).toContain('Patientèle de référence');
  });
});
