/**
 * The collective contract's named input interfaces (what an editor shows, with TSDoc) agree with its zod
 * schemas (what is validated and exported as JSON Schema): the same fields, each side assignable to the
 * other; every field of every schema, nested ones included, is described.
 */
import { describe, expect, expectTypeOf, it } from 'vitest';
import { z } from 'zod';
import { assistantMedical as am } from '../../../src/index.js';
import {
  INPUT_SCHEMAS,
  collectiveEligibilitySchema,
  collectiveMaxEtpSchema,
  collectiveObjectiveSchema,
  collectiveSimulateSchema,
  collectiveYearlyAidSchema,
  groupSchema,
  type AlreadyGained,
  type CollectiveContractInput,
  type CollectiveDoctor,
  type CollectiveEligibilityInput,
  type CollectiveGroup,
  type CollectiveMaxEtpInput,
  type CollectiveObjectiveInput,
  type CollectiveYearAchievement,
  type CollectiveYearlyAidInput,
  type GroupPatientele,
} from '../../../src/assistant-medical/schema.js';

type In<S extends z.ZodType> = z.input<S>;
/** The fields other than the overrides (typed by parameter id in the interfaces, any key in the schemas). */
type Fields<T> = Omit<T, 'overrides'>;

describe('collective input interfaces agree with their schemas', () => {
  it('the group and its doctors: the same fields, each assignable to the other (a readonly list in the interface)', () => {
    type Group = In<typeof groupSchema>;
    expectTypeOf<keyof CollectiveGroup>().toEqualTypeOf<keyof Group>();
    expectTypeOf<Group>().toExtend<CollectiveGroup>();
    type Doctor = Group['doctors'][number];
    expectTypeOf<keyof CollectiveDoctor>().toEqualTypeOf<keyof Doctor>();
    expectTypeOf<CollectiveDoctor>().toExtend<Doctor>();
    expectTypeOf<Doctor>().toExtend<CollectiveDoctor>();
  });

  it('checkEligibility and maxEtp', () => {
    expectTypeOf<keyof CollectiveEligibilityInput>().toEqualTypeOf<keyof In<typeof collectiveEligibilitySchema>>();
    expectTypeOf<In<typeof collectiveEligibilitySchema>>().toExtend<Fields<CollectiveEligibilityInput>>();
    expectTypeOf<keyof CollectiveMaxEtpInput>().toEqualTypeOf<keyof In<typeof collectiveMaxEtpSchema>>();
    expectTypeOf<In<typeof collectiveMaxEtpSchema>>().toExtend<Fields<CollectiveMaxEtpInput>>();
  });

  it('objective, yearlyAid and simulate: the same fields; the patientèles and achievements the same', () => {
    type O = In<typeof collectiveObjectiveSchema>;
    expectTypeOf<keyof CollectiveObjectiveInput>().toEqualTypeOf<keyof O>();
    expectTypeOf<Omit<O, 'group' | 'overrides'>>().toExtend<Omit<CollectiveObjectiveInput, 'group' | 'overrides'>>();
    expectTypeOf<Omit<CollectiveObjectiveInput, 'group' | 'overrides'>>().toExtend<Omit<O, 'group' | 'overrides'>>();
    expectTypeOf<GroupPatientele>().toEqualTypeOf<{ readonly medecinTraitant: number; readonly fileActive: number }>();
    expectTypeOf<keyof AlreadyGained>().toEqualTypeOf<keyof NonNullable<O['alreadyGained']>>();

    type Y = In<typeof collectiveYearlyAidSchema>;
    expectTypeOf<keyof CollectiveYearlyAidInput>().toEqualTypeOf<keyof Y>();
    expectTypeOf<Omit<Y, 'group' | 'overrides'>>().toExtend<Omit<CollectiveYearlyAidInput, 'group' | 'overrides'>>();
    expectTypeOf<Omit<CollectiveYearlyAidInput, 'group' | 'overrides'>>().toExtend<Omit<Y, 'group' | 'overrides'>>();

    type S = In<typeof collectiveSimulateSchema>;
    expectTypeOf<keyof CollectiveContractInput>().toEqualTypeOf<keyof S>();
    type Item = NonNullable<S['achievements']>[number];
    expectTypeOf<keyof CollectiveYearAchievement>().toEqualTypeOf<keyof Item>();
    expectTypeOf<CollectiveYearAchievement>().toExtend<Item>();
    expectTypeOf<Item>().toExtend<CollectiveYearAchievement>();
  });

  it('the overrides are keyed by parameter id, collective ones included', () => {
    expectTypeOf<'am.collective.modulation.rule'>().toExtend<keyof NonNullable<CollectiveYearlyAidInput['overrides']>>();
    expectTypeOf<'am.payment.schedule'>().toExtend<keyof NonNullable<CollectiveYearlyAidInput['overrides']>>();
    expectTypeOf<'am.collective.nope'>().not.toExtend<keyof NonNullable<CollectiveYearlyAidInput['overrides']>>();
  });

  it('each public function takes its interface', () => {
    expectTypeOf(am.collective.checkEligibility).parameter(0).toEqualTypeOf<CollectiveEligibilityInput>();
    expectTypeOf(am.collective.maxEtp).parameter(0).toEqualTypeOf<CollectiveMaxEtpInput>();
    expectTypeOf(am.collective.objective).parameter(0).toEqualTypeOf<CollectiveObjectiveInput>();
    expectTypeOf(am.collective.yearlyAid).parameter(0).toEqualTypeOf<CollectiveYearlyAidInput>();
    expectTypeOf(am.collective.simulate).parameter(0).toEqualTypeOf<CollectiveContractInput>();
  });
});

/** Every property of a JSON Schema, nested objects and array items included, as `path: description`. */
function descriptions(json: Record<string, unknown>, path = ''): [string, string | undefined][] {
  const out: [string, string | undefined][] = [];
  const props = (json['properties'] ?? {}) as Record<string, Record<string, unknown>>;
  for (const [k, v] of Object.entries(props)) {
    out.push([`${path}${k}`, v['description'] as string | undefined]);
    out.push(...descriptions(v, `${path}${k}.`));
    const items = v['items'] as Record<string, unknown> | undefined;
    if (items) out.push(...descriptions(items, `${path}${k}[].`));
  }
  return out;
}

describe('INPUT_SCHEMAS of the collective contract', () => {
  it('are the schemas the functions parse with, under collective… names', () => {
    expect(INPUT_SCHEMAS.collectiveCheckEligibility).toBe(collectiveEligibilitySchema);
    expect(INPUT_SCHEMAS.collectiveMaxEtp).toBe(collectiveMaxEtpSchema);
    expect(INPUT_SCHEMAS.collectiveObjective).toBe(collectiveObjectiveSchema);
    expect(INPUT_SCHEMAS.collectiveYearlyAid).toBe(collectiveYearlyAidSchema);
    expect(INPUT_SCHEMAS.collectiveSimulate).toBe(collectiveSimulateSchema);
  });

  it('describe every field, nested ones included (the French term, an example)', () => {
    for (const name of ['collectiveCheckEligibility', 'collectiveMaxEtp', 'collectiveObjective', 'collectiveYearlyAid', 'collectiveSimulate'] as const) {
      const json = z.toJSONSchema(INPUT_SCHEMAS[name], { unrepresentable: 'any', io: 'input' }) as Record<string, unknown>;
      const fields = descriptions(json);
      expect(fields.length).toBeGreaterThan(3);
      for (const [field, description] of fields) expect(description, `${name}.${field}`).toMatch(/\S{3,}/);
    }
  });
});
