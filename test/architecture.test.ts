/**
 * The arrows run one way: cli -> report -> schemes -> core. A scheme never imports another scheme, core
 * never imports a scheme, the reports import only schemes and core, only the CLI imports the reports
 * (the package root does not), and nothing but the CLI imports the CLI.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const SRC = join(import.meta.dirname, '..', 'src');
const SCHEMES = ['assistant-medical', 'aci-msp', 'aci-cpts'];

function files(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((d) => (d.isDirectory() ? files(join(dir, d.name)) : d.name.endsWith('.ts') ? [join(dir, d.name)] : []));
}

/** The top-level folder of src/ a file is in (`core`, a scheme, `cli`), or `root` for src/index.ts. */
function areaOf(file: string): string {
  const rel = relative(SRC, file).split(/[\\/]/);
  return rel.length === 1 ? 'root' : rel[0]!;
}

/** Every relative import of a file, as the area it points to. */
function importsOf(file: string): { spec: string; area: string }[] {
  const text = readFileSync(file, 'utf8');
  const out: { spec: string; area: string }[] = [];
  for (const m of text.matchAll(/(?:import|export)[^'"`;]*?from\s*['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)/g)) {
    const spec = m[1] ?? m[2]!;
    if (!spec.startsWith('.')) continue;
    out.push({ spec, area: areaOf(resolve(dirname(file), spec)) });
  }
  return out;
}

const edges = files(SRC).flatMap((file) => importsOf(file).map((i) => ({ from: relative(SRC, file), fromArea: areaOf(file), ...i })));

describe('architecture: cli -> report -> schemes -> core', () => {
  it('finds the imports it checks', () => {
    expect(edges.length).toBeGreaterThan(50);
    expect(edges.some((e) => e.fromArea === 'assistant-medical' && e.area === 'core')).toBe(true);
  });

  it('core imports no scheme and not the CLI', () => {
    expect(edges.filter((e) => e.fromArea === 'core' && e.area !== 'core')).toEqual([]);
  });

  it('a scheme imports only itself and core', () => {
    expect(edges.filter((e) => SCHEMES.includes(e.fromArea) && e.area !== e.fromArea && e.area !== 'core')).toEqual([]);
  });

  it('nothing but the CLI imports the CLI', () => {
    expect(edges.filter((e) => e.area === 'cli' && e.fromArea !== 'cli')).toEqual([]);
  });

  it('the reports import only the schemes, core and themselves', () => {
    expect(edges.some((e) => e.fromArea === 'report' && SCHEMES.includes(e.area))).toBe(true);
    expect(edges.filter((e) => e.fromArea === 'report' && !SCHEMES.includes(e.area) && e.area !== 'core' && e.area !== 'report')).toEqual([]);
  });

  it('only the CLI imports the reports (not core, a scheme or the package root)', () => {
    expect(edges.filter((e) => e.area === 'report' && e.fromArea !== 'report' && e.fromArea !== 'cli')).toEqual([]);
  });
});

describe('one vocabulary: a concept has one word in rule ids and parameter ids', () => {
  /** The concept word of an id: the segment after the scheme (and after `collective`, `rule`, `indicator`). */
  const wordOf = (id: string) => id.split('.').filter((s, i) => i > 0 && s !== 'collective' && s !== 'rule' && s !== 'indicator')[0];
  const ids = new Set<string>();
  for (const file of files(SRC)) {
    const text = readFileSync(file, 'utf8');
    for (const m of text.matchAll(/\b(?:rule|id):\s*['`]((?:am|msp|cpts)\.[a-z0-9.-]+?)(?:\.\$\{[^}]*\}[^'`]*)?['`]/g)) ids.add(m[1]!);
  }
  const words = [...new Set([...ids].map(wordOf).filter((w): w is string => !!w))];
  /**
   * Two words for one concept: an acronym beside the words it abbreviates (`pnc`, `protocoles-nationaux-cooperation`)
   * or a French/English pair (`precarity`, `precarite`). A plural beside its singular is the same word (a list of
   * missions, `cpts.missions.socle`, and one mission, `cpts.mission.acces.fixed`).
   */
  const TRANSLATIONS: readonly (readonly [string, string])[] = [['precarity', 'precarite'], ['new-structure', 'nouvelle-structure'], ['crisis', 'crise'], ['size', 'taille'], ['payment', 'versement'], ['advance', 'avance'], ['balance', 'solde']];
  const acronymOf = (w: string) => (w.includes('-') ? w.split('-').map((p) => p[0]).join('') : undefined);
  const same = (a: string, b: string) => a !== b && (acronymOf(b) === a || TRANSLATIONS.some(([x, y]) => (x === a && y === b) || (x === b && y === a)));

  it('reads the rule and parameter ids of the sources', () => {
    expect(ids.size).toBeGreaterThan(200);
    expect(words).toEqual(expect.arrayContaining(['payment', 'option', 'protocoles-nationaux-cooperation', 'precarite']));
  });

  it('no two words for one concept (msp.pnc beside protocoles-nationaux-cooperation, precarity beside precarite)', () => {
    const pairs = words.flatMap((a) => words.filter((b) => same(a, b)).map((b) => `${a} / ${b}`));
    expect(pairs).toEqual([]);
  });
});
