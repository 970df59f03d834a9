/**
 * The named input interfaces (with their TSDoc) agree with the zod schemas they document: each is
 * assignable to the schema's input type and back (checked by `tsc`, which compiles the tests), so a field
 * added, removed, renamed or retyped on one side only fails the type check. Overrides are typed more
 * precisely by the interfaces (parameter ids) than by the schemas (any key, checked at run time), so they
 * are compared in one direction only.
 */
import { describe, expect, expectTypeOf, it } from 'vitest';
import type { Decimal } from 'decimal.js';
import type { z } from 'zod';
import {
  INPUT_SCHEMAS,
  type AmendmentInput,
  type ContractInput,
  type CrisisEnvelopeInput,
  type EnvelopeSetInput,
  type IndicatorInput,
  type MissionEnvelopeInput,
  type MissionInput,
  type PayoutStepInput,
  type ResultsByYearInput,
  type SimulateInput,
  type SizeClassInput,
  type YearlyFundingInput,
  type YearResultsInput,
} from '../../src/aci-cpts/index.js';
import type {
  amendmentSchema,
  contractSchema,
  crisisEnvelopeSchema,
  envelopeSetSchema,
  missionEnvelopeSchema,
  missionSchema,
  resultsByYearSchema,
  simulateSchema,
  sizeClassSchema,
  yearlyFundingSchema,
  yearResultsSchema,
} from '../../src/aci-cpts/schema.js';

/** `T` with every array and object read-only (the interfaces accept frozen data). */
type DeepReadonly<T> = T extends Decimal ? T : T extends readonly (infer U)[] ? readonly DeepReadonly<U>[] : T extends object ? { readonly [K in keyof T]: DeepReadonly<T[K]> } : T;
/** `T` without its `overrides` fields, at any depth. */
type NoOverrides<T> = T extends Decimal
  ? T
  : T extends readonly (infer U)[]
    ? readonly NoOverrides<U>[]
    : T extends object
      ? { readonly [K in keyof T as K extends 'overrides' ? never : K]: NoOverrides<T[K]> }
      : T;
/** The schema's input as a caller writes it. */
type In<S extends z.ZodType> = DeepReadonly<z.input<S>>;

describe('the input interfaces agree with the zod schemas', () => {
  it('each interface is assignable to its schema’s input, and the schema’s input (overrides aside) to the interface', () => {
    expectTypeOf<ContractInput>().toExtend<In<typeof contractSchema>>();
    expectTypeOf<NoOverrides<In<typeof contractSchema>>>().toExtend<NoOverrides<ContractInput>>();
    expectTypeOf<MissionInput>().toExtend<In<typeof missionSchema>>();
    expectTypeOf<In<typeof missionSchema>>().toExtend<MissionInput>();
    expectTypeOf<IndicatorInput>().toExtend<In<typeof missionSchema>['indicators'] extends infer A ? (A extends readonly (infer I)[] ? I : never) : never>();
    expectTypeOf<In<typeof missionSchema>['indicators'] extends infer A ? (A extends readonly (infer I)[] ? I : never) : never>().toExtend<IndicatorInput>();
    expectTypeOf<PayoutStepInput>().toExtend<NonNullable<IndicatorInput['steps']>[number]>();
    expectTypeOf<MissionEnvelopeInput>().toExtend<In<typeof missionEnvelopeSchema>>();
    expectTypeOf<In<typeof missionEnvelopeSchema>>().toExtend<MissionEnvelopeInput>();
    expectTypeOf<CrisisEnvelopeInput>().toExtend<In<typeof crisisEnvelopeSchema>>();
    expectTypeOf<In<typeof crisisEnvelopeSchema>>().toExtend<CrisisEnvelopeInput>();
    expectTypeOf<EnvelopeSetInput>().toExtend<In<typeof envelopeSetSchema>>();
    expectTypeOf<In<typeof envelopeSetSchema>>().toExtend<EnvelopeSetInput>();
    expectTypeOf<AmendmentInput>().toExtend<In<typeof amendmentSchema>>();
    expectTypeOf<In<typeof amendmentSchema>>().toExtend<AmendmentInput>();
    expectTypeOf<YearResultsInput>().toExtend<In<typeof yearResultsSchema>>();
    expectTypeOf<In<typeof yearResultsSchema>>().toExtend<YearResultsInput>();
    expectTypeOf<ResultsByYearInput>().toExtend<In<typeof resultsByYearSchema>>();
    expectTypeOf<In<typeof resultsByYearSchema>>().toExtend<ResultsByYearInput>();
    expectTypeOf<SizeClassInput>().toExtend<In<typeof sizeClassSchema>>();
    expectTypeOf<NoOverrides<In<typeof sizeClassSchema>>>().toExtend<NoOverrides<SizeClassInput>>();
    expectTypeOf<YearlyFundingInput>().toExtend<In<typeof yearlyFundingSchema>>();
    expectTypeOf<NoOverrides<In<typeof yearlyFundingSchema>>>().toExtend<NoOverrides<YearlyFundingInput>>();
    expectTypeOf<SimulateInput>().toExtend<In<typeof simulateSchema>>();
    expectTypeOf<NoOverrides<In<typeof simulateSchema>>>().toExtend<NoOverrides<SimulateInput>>();
    // The same fields on both sides (an optional field missing on one side passes assignability).
    type Item<A> = A extends readonly (infer I)[] ? I : never;
    expectTypeOf<keyof ContractInput>().toEqualTypeOf<keyof In<typeof contractSchema>>();
    expectTypeOf<keyof MissionInput>().toEqualTypeOf<keyof In<typeof missionSchema>>();
    expectTypeOf<keyof IndicatorInput>().toEqualTypeOf<keyof Item<In<typeof missionSchema>['indicators']>>();
    expectTypeOf<keyof PayoutStepInput>().toEqualTypeOf<keyof Item<Item<In<typeof missionSchema>['indicators']>['steps']>>();
    expectTypeOf<keyof MissionEnvelopeInput>().toEqualTypeOf<keyof In<typeof missionEnvelopeSchema>>();
    expectTypeOf<keyof CrisisEnvelopeInput>().toEqualTypeOf<keyof In<typeof crisisEnvelopeSchema>>();
    expectTypeOf<keyof EnvelopeSetInput>().toEqualTypeOf<keyof In<typeof envelopeSetSchema>>();
    expectTypeOf<keyof AmendmentInput>().toEqualTypeOf<keyof In<typeof amendmentSchema>>();
    expectTypeOf<keyof YearResultsInput>().toEqualTypeOf<keyof In<typeof yearResultsSchema>>();
    expectTypeOf<keyof SizeClassInput>().toEqualTypeOf<keyof In<typeof sizeClassSchema>>();
    expectTypeOf<keyof YearlyFundingInput>().toEqualTypeOf<keyof In<typeof yearlyFundingSchema>>();
    expectTypeOf<keyof SimulateInput>().toEqualTypeOf<keyof In<typeof simulateSchema>>();
    // A field the schema does not know is not an input field.
    expectTypeOf<{ readonly populaton: number }>().not.toExtend<Partial<ContractInput>>();
  });

  it('INPUT_SCHEMAS names the schema of each public function’s input', () => {
    expect(Object.keys(INPUT_SCHEMAS).sort()).toEqual(['missionDeadlines', 'simulate', 'sizeClass', 'yearlyFunding']);
    expectTypeOf<In<(typeof INPUT_SCHEMAS)['yearlyFunding']>>().toEqualTypeOf<In<typeof yearlyFundingSchema>>();
    // Every field of the schemas has a description (it becomes the JSON Schema's).
    const shape = INPUT_SCHEMAS.yearlyFunding.shape;
    expect(shape.year.description).toContain('année du contrat');
    expect(INPUT_SCHEMAS.sizeClass.shape.population.description).toContain('Population couverte');
  });
});
