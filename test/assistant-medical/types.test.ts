/**
 * The named input interfaces (what an editor shows, with TSDoc) agree with the zod schemas (what is
 * validated and exported as JSON Schema): the same fields, each side assignable to the other. Checked
 * by the compiler (`tsc` over test/) and by vitest's `expectTypeOf`.
 */
import { describe, expect, expectTypeOf, it } from 'vitest';
import { z } from 'zod';
import { assistantMedical as am } from '../../src/index.js';
import {
  INPUT_SCHEMAS,
  checkEligibilitySchema,
  doctorSchema,
  objectiveSchema,
  regimeOfSchema,
  simulateSchema,
  thresholdsSchema,
  yearlyAidSchema,
  type Achievement,
  type CheckEligibilityInput,
  type ContractInput,
  type Doctor,
  type ObjectiveInput,
  type RegimeOfInput,
  type Thresholds,
  type YearAchievement,
  type YearlyAidInput,
} from '../../src/assistant-medical/schema.js';

/** The fields other than the overrides (typed by parameter id in the interfaces, any key in the schemas). */
type Fields<T> = Omit<T, 'overrides'>;
type In<S extends z.ZodType> = z.input<S>;

describe('input interfaces agree with their schemas', () => {
  it('regimeOf, objective, yearlyAid: the same fields, each assignable to the other', () => {
    expectTypeOf<keyof RegimeOfInput>().toEqualTypeOf<keyof In<typeof regimeOfSchema>>();
    expectTypeOf<Fields<RegimeOfInput>>().toExtend<Fields<In<typeof regimeOfSchema>>>();
    expectTypeOf<Fields<In<typeof regimeOfSchema>>>().toExtend<Fields<RegimeOfInput>>();

    expectTypeOf<keyof ObjectiveInput>().toEqualTypeOf<keyof In<typeof objectiveSchema>>();
    expectTypeOf<Fields<ObjectiveInput>>().toExtend<Fields<In<typeof objectiveSchema>>>();
    expectTypeOf<Fields<In<typeof objectiveSchema>>>().toExtend<Fields<ObjectiveInput>>();

    expectTypeOf<keyof YearlyAidInput>().toEqualTypeOf<keyof In<typeof yearlyAidSchema>>();
    expectTypeOf<Fields<YearlyAidInput>>().toExtend<Fields<In<typeof yearlyAidSchema>>>();
    expectTypeOf<Fields<In<typeof yearlyAidSchema>>>().toExtend<Fields<YearlyAidInput>>();
    expectTypeOf<keyof Achievement>().toEqualTypeOf<keyof NonNullable<In<typeof yearlyAidSchema>['achievement']>>();
  });

  it('simulate: the same fields; an achievement has the same fields; the interface also takes a readonly list', () => {
    type Schema = In<typeof simulateSchema>;
    expectTypeOf<keyof ContractInput>().toEqualTypeOf<keyof Schema>();
    expectTypeOf<Omit<ContractInput, 'overrides' | 'achievements'>>().toExtend<Omit<Schema, 'overrides' | 'achievements'>>();
    expectTypeOf<Omit<Schema, 'overrides' | 'achievements'>>().toExtend<Omit<ContractInput, 'overrides' | 'achievements'>>();
    type Item = NonNullable<Schema['achievements']>[number];
    expectTypeOf<keyof YearAchievement>().toEqualTypeOf<keyof Item>();
    expectTypeOf<YearAchievement>().toExtend<Item>();
    expectTypeOf<Item>().toExtend<YearAchievement>();
    expectTypeOf<NonNullable<Schema['achievements']>>().toExtend<NonNullable<ContractInput['achievements']>>();
  });

  it('checkEligibility, the doctor and the cut-offs: the same fields, each assignable to the other', () => {
    expectTypeOf<keyof CheckEligibilityInput>().toEqualTypeOf<keyof In<typeof checkEligibilitySchema>>();
    expectTypeOf<Fields<CheckEligibilityInput>>().toExtend<Fields<In<typeof checkEligibilitySchema>>>();
    expectTypeOf<Fields<In<typeof checkEligibilitySchema>>>().toExtend<Fields<CheckEligibilityInput>>();
    expectTypeOf<keyof Doctor>().toEqualTypeOf<keyof In<typeof doctorSchema>>();
    expectTypeOf<Doctor>().toExtend<In<typeof doctorSchema>>();
    expectTypeOf<In<typeof doctorSchema>>().toExtend<Doctor>();
    expectTypeOf<keyof Thresholds>().toEqualTypeOf<keyof In<typeof thresholdsSchema>>();
    expectTypeOf<Thresholds>().toExtend<In<typeof thresholdsSchema>>();
    expectTypeOf<In<typeof thresholdsSchema>>().toExtend<Thresholds>();
  });

  it('the overrides of an interface are keyed by parameter id and accepted by the schema', () => {
    expectTypeOf<NonNullable<YearlyAidInput['overrides']>>().toExtend<NonNullable<In<typeof yearlyAidSchema>['overrides']>>();
    expectTypeOf<'am.modulation.rule'>().toExtend<keyof NonNullable<YearlyAidInput['overrides']>>();
    expectTypeOf<'am.nope'>().not.toExtend<keyof NonNullable<YearlyAidInput['overrides']>>();
  });

  it('each public function takes its interface', () => {
    expectTypeOf(am.yearlyAid).parameter(0).toEqualTypeOf<YearlyAidInput>();
    expectTypeOf(am.simulate).parameter(0).toEqualTypeOf<ContractInput>();
    expectTypeOf(am.objective).parameter(0).toEqualTypeOf<ObjectiveInput>();
    expectTypeOf(am.checkEligibility).parameter(0).toEqualTypeOf<CheckEligibilityInput>();
  });
});

describe('INPUT_SCHEMAS', () => {
  it('names the schema of each public function taking an input object, every field described (for JSON Schema)', () => {
    expect(Object.keys(am.INPUT_SCHEMAS).sort()).toEqual([
      'checkEligibility',
      'collectiveCheckEligibility',
      'collectiveMaxEtp',
      'collectiveObjective',
      'collectiveSimulate',
      'collectiveYearlyAid',
      'objective',
      'regimeOf',
      'simulate',
      'yearlyAid',
    ]);
    expect(INPUT_SCHEMAS.yearlyAid).toBe(yearlyAidSchema);
    for (const [name, schema] of Object.entries(INPUT_SCHEMAS)) {
      const json = z.toJSONSchema(schema, { unrepresentable: 'any', io: 'input' }) as { properties: Record<string, { description?: string }> };
      for (const [field, property] of Object.entries(json.properties)) {
        expect(property.description, `${name}.${field}`).toMatch(/\S{3,}/);
      }
    }
  });
});
