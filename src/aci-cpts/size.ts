/**
 * Size class (*taille*) of a CPTS from the population it covers (ACI CPTS 2019, art. 8: the financing
 * depends on the population of the CPTS's territory as validated in its *projet de santé*).
 *
 * Four sizes, separated by three thresholds (40 000, 80 000, 175 000 inhabitants); whether a population
 * exactly at a threshold belongs to the smaller or the larger size is not published: one parameter per
 * threshold says it (`cpts.size.at-threshold.*`, assumptions).
 */
import { invalid } from '../core/errors.js';
import { step, type Step } from '../core/explain.js';
import { Dec } from '../core/money.js';
import { valueAt, type Overrides, type Resolved } from '../core/parameters.js';
import type { IsoDate } from '../core/dates.js';
import {
  AT_THRESHOLD_1_2,
  AT_THRESHOLD_2_3,
  AT_THRESHOLD_3_4,
  THRESHOLD_1_2,
  THRESHOLD_2_3,
  THRESHOLD_3_4,
  type SizeClass,
} from './parameters.js';

/** One threshold between two sizes, as used. */
export interface SizeThreshold {
  /** The two sizes it separates, e.g. `[1, 2]`. */
  readonly between: readonly [SizeClass, SizeClass];
  /** The population threshold (inhabitants). */
  readonly population: number;
  /** Which size a population exactly at the threshold belongs to. */
  readonly atThreshold: 'lower' | 'upper';
}

/** A size class, the thresholds used and the explanation. */
export interface SizeResult {
  /** The size class (*taille*) 1, 2, 3 or 4. */
  readonly size: SizeClass;
  /** The population covered. */
  readonly population: number;
  /** The three thresholds used, in increasing order. */
  readonly thresholds: readonly SizeThreshold[];
  readonly explanation: readonly Step[];
}

const PAIRS = [
  { between: [1, 2] as const, threshold: THRESHOLD_1_2, at: AT_THRESHOLD_1_2 },
  { between: [2, 3] as const, threshold: THRESHOLD_2_3, at: AT_THRESHOLD_2_3 },
  { between: [3, 4] as const, threshold: THRESHOLD_3_4, at: AT_THRESHOLD_3_4 },
];

/**
 * The size class of a population on a date (already validated). `paths` name the fields for errors:
 * the population field and the date field.
 */
export function sizeOf(
  population: number,
  on: IsoDate,
  overrides: Overrides | undefined,
  paths: { readonly population: readonly (string | number)[]; readonly on: readonly (string | number)[] },
): SizeResult {
  const resolved = PAIRS.map((p) => ({
    between: p.between,
    threshold: valueAt(p.threshold, on, { overrides, datePath: paths.on }),
    at: valueAt(p.at, on, { overrides, datePath: paths.on }) as Resolved<string>,
  }));
  resolved.forEach((r, k) => {
    const prev = resolved[k - 1];
    if (prev && !new Dec(r.threshold.value as string).greaterThan(prev.threshold.value as string)) {
      invalid(['overrides', r.threshold.id], r.threshold.value, `a threshold above ${prev.threshold.id} (${String(prev.threshold.value)}): size thresholds must increase`);
    }
  });
  const pop = new Dec(population);
  let size = 1;
  for (const r of resolved) {
    const t = new Dec(r.threshold.value as string);
    if (pop.greaterThan(t) || (pop.equals(t) && r.at.value === 'upper')) size++;
  }
  const thresholds: SizeThreshold[] = resolved.map((r) => ({
    between: r.between,
    population: new Dec(r.threshold.value as string).toNumber(),
    atThreshold: r.at.value === 'lower' ? 'lower' : 'upper',
  }));
  const bands = bandsOf(thresholds);
  const chosen = size as SizeClass;
  const explanation = [
    step({
      rule: 'cpts.size',
      label: {
        fr: `Taille ${chosen} pour ${population} habitants (${bands[chosen - 1]!.fr})`,
        en: `Size ${chosen} for ${population} inhabitants (${bands[chosen - 1]!.en})`,
      },
      inputs: { population, on },
      value: chosen,
      uses: resolved.flatMap((r) => [r.threshold, r.at]),
      alternatives: ([1, 2, 3, 4] as const)
        .filter((s) => s !== chosen)
        .map((s) => ({
          value: s,
          reason: {
            fr: `taille ${s} : ${bands[s - 1]!.fr}, ${population} habitants n'y sont pas`,
            en: `size ${s}: ${bands[s - 1]!.en}, ${population} inhabitants are outside`,
          },
        })),
    }),
  ];
  return { size: chosen, population, thresholds, explanation };
}

/** The population band of each size, in words, given the thresholds and their inclusivity. */
function bandsOf(thresholds: readonly SizeThreshold[]): { fr: string; en: string }[] {
  const out: { fr: string; en: string }[] = [];
  for (let s = 0; s < 4; s++) {
    const low = thresholds[s - 1];
    const high = thresholds[s];
    const fr: string[] = [];
    const en: string[] = [];
    if (low) {
      const incl = low.atThreshold === 'upper';
      fr.push(`${incl ? '≥' : '>'} ${low.population}`);
      en.push(`${incl ? '≥' : '>'} ${low.population}`);
    }
    if (high) {
      const incl = high.atThreshold === 'lower';
      fr.push(`${incl ? '≤' : '<'} ${high.population}`);
      en.push(`${incl ? '≤' : '<'} ${high.population}`);
    }
    out.push({ fr: `population ${fr.join(' et ')}`, en: `population ${en.join(' and ')}` });
  }
  return out;
}
