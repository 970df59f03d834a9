/**
 * Size class (*taille*) of a CPTS from the population it covers (ACI CPTS 2019, art. 8: the financing
 * depends on the population of the CPTS's territory as validated in its *projet de santé*).
 *
 * Four sizes, separated by three thresholds (`cpts.size.threshold.*`); whether a population exactly at a
 * threshold belongs to the smaller or the larger size is not published: one parameter per threshold
 * says it (`cpts.size.at-threshold.*`, assumptions).
 */
import { invalid } from '../core/errors.js';
import { stage, step, type Stage } from '../core/explain.js';
import { FR, label, type Label } from '../core/format.js';
import { checkOverrides, ParameterReader, type Reading } from '../core/parameters.js';
import { Result, RESULT_KIND } from '../core/result.js';
import { parseInput } from '../core/validation.js';
import type { IsoDate } from '../core/dates.js';
import { PARAMETERS, sizeThresholds, type SizeClass } from './parameters.js';
import { sizeClassSchema, type SizeClassInput } from './schema.js';

type Path = readonly (string | number)[];

/** One threshold between two sizes, as used. */
export interface SizeThreshold {
  /** The two sizes it separates, e.g. `[1, 2]`. */
  readonly between: readonly [SizeClass, SizeClass];
  /** The population threshold (*seuil*), in inhabitants, e.g. 40000. */
  readonly population: number;
  /** Which size a population exactly at the threshold belongs to: `lower` (the smaller) or `upper` (the larger). */
  readonly atThreshold: 'lower' | 'upper';
}

/** The size of a CPTS and what it was read from. */
export interface SizeFacts {
  /** The size class (*taille*): 1, 2, 3 or 4. */
  readonly size: SizeClass;
  /** The population covered (*population couverte*), in inhabitants. */
  readonly population: number;
  /** The three thresholds used, in increasing order. */
  readonly thresholds: readonly SizeThreshold[];
}

const SIZES = [1, 2, 3, 4] as const;

/** The population band of each size, in words, given the thresholds and their inclusivity. */
function bandOf(size: SizeClass, thresholds: readonly SizeThreshold[]): Label {
  const low = thresholds[size - 2];
  const high = thresholds[size - 1];
  const words = (and: string, num: (n: number) => string) => {
    const parts: string[] = [];
    if (low) parts.push(`${low.atThreshold === 'upper' ? '≥' : '>'} ${num(low.population)}`);
    if (high) parts.push(`${high.atThreshold === 'lower' ? '≤' : '<'} ${num(high.population)}`);
    return parts.join(and);
  };
  return label(
    (f) => `population ${words(' et ', (n) => f.num(n))}`,
    (f) => `population ${words(' and ', (n) => f.num(n))}`,
  );
}

/**
 * The thresholds must increase. When they do not, the error blames a threshold the caller overrode
 * (the library's own thresholds increase): the later one of the pair when both were overridden.
 */
function checkIncreasing(readings: readonly Reading<number>[], overridesPath: Path): void {
  for (let k = 1; k < readings.length; k++) {
    const prev = readings[k - 1]!;
    const cur = readings[k]!;
    if (cur.value > prev.value) continue;
    const blamed = cur.resolved.status === 'caller' || prev.resolved.status !== 'caller' ? cur : prev;
    const other = blamed === cur ? prev : cur;
    invalid([...overridesPath, blamed.resolved.id], blamed.resolved.value, {
      en: `a threshold ${blamed === cur ? 'above' : 'below'} ${other.resolved.id} (${other.value}): size thresholds must increase`,
      fr: `un seuil ${blamed === cur ? 'supérieur' : 'inférieur'} à ${other.resolved.id} (${FR.num(other.value)}) : les seuils de taille doivent croître`,
    });
  }
}

/**
 * The size class of a population (already validated) with the figures read by `reader` (at the date the
 * size is read). `overridesPath` is where the caller's overrides sit in the input, named in errors.
 */
export function sizeOf(reader: ParameterReader, population: number, overridesPath: Path): Stage<SizeFacts> {
  const thresholdReadings = sizeThresholds.map((t) => reader.whole(t.threshold));
  const atReadings = sizeThresholds.map((t) => reader.choice(t.atThreshold));
  checkIncreasing(thresholdReadings, overridesPath);
  let size = 1;
  const thresholds: SizeThreshold[] = sizeThresholds.map((t, k) => {
    const threshold = thresholdReadings[k]!.value;
    const at = atReadings[k]!.value;
    if (population > threshold || (population === threshold && at === 'upper')) size++;
    return { between: t.between, population: threshold, atThreshold: at };
  });
  const chosen = size as SizeClass;
  const on = reader.on;
  return stage({ size: chosen, population, thresholds }, () => {
    const bands = SIZES.map((s) => bandOf(s, thresholds));
    return step({
      rule: 'cpts.size',
      label: label(
        (f) => `Taille ${chosen} pour ${f.num(population)} habitants (${f.text(bands[chosen - 1]!)})`,
        (f) => `Size ${chosen} for ${f.num(population)} inhabitants (${f.text(bands[chosen - 1]!)})`,
      ),
      inputs: { population, on },
      value: chosen,
      uses: [...thresholdReadings, ...atReadings].map((r) => r.resolved),
      alternatives: SIZES.filter((s) => s !== chosen).map((s) => ({
        value: s,
        reason: label(
          (f) => `taille ${s} : ${f.text(bands[s - 1]!)}, ${f.num(population)} habitants n’y sont pas`,
          (f) => `size ${s}: ${f.text(bands[s - 1]!)}, ${f.num(population)} inhabitants are outside`,
        ),
      })),
    });
  });
}

/**
 * The size class of a CPTS, the thresholds used and the explanation. Own fields: `size`, `population`,
 * `thresholds`; `explanation` is built on first read.
 */
export class SizeResult extends Result implements SizeFacts {
  /** @internal What the result is (on the prototype: neither a field nor in JSON; read it with core `resultKind`). */
  get [RESULT_KIND](): 'aci-cpts.size' {
    return 'aci-cpts.size';
  }

  /** The size class (*taille*): 1, 2, 3 or 4. */
  readonly size: SizeClass;
  /** The population covered (*population couverte*), in inhabitants, e.g. 91000. */
  readonly population: number;
  /** The three thresholds used (*seuils*), in increasing order. */
  readonly thresholds: readonly SizeThreshold[];

  constructor(facts: Stage<SizeFacts>) {
    super(() => facts.steps.map((s) => s()));
    this.size = facts.value.size;
    this.population = facts.value.population;
    this.thresholds = facts.value.thresholds;
  }
}

/**
 * The size class (*taille*) of a CPTS covering `population` inhabitants on date `on`, with the
 * thresholds used (ACI CPTS 2019, art. 8: four sizes separated by the thresholds `cpts.size.threshold.*`;
 * whether a population exactly at a threshold belongs to the smaller or larger size is a parameter,
 * `cpts.size.at-threshold.*`). Errors name the field: `population`, `on`, `overrides.<id>`.
 */
export function sizeClass(input: SizeClassInput): SizeResult {
  const parsed = parseInput(sizeClassSchema, input);
  const overrides = checkOverrides(PARAMETERS, parsed.overrides, ['overrides']);
  const reader = new ParameterReader(parsed.on as IsoDate, overrides, ['on']);
  return new SizeResult(sizeOf(reader, parsed.population, ['overrides']));
}
