import { existsSync } from 'node:fs';
import { defineConfig } from 'tsup';

/** Library entry points: the package root, one subpath per scheme (only those that exist) and the reports. */
const schemes = ['assistant-medical', 'aci-msp', 'aci-cpts'].filter((s) => existsSync(`src/${s}/index.ts`));
/** Declarations: the package root's types come from src/index.ts (each scheme a namespace of values and types). */
const typeEntries: Record<string, string> = { index: 'src/index.ts' };
for (const s of schemes) typeEntries[`${s}/index`] = `src/${s}/index.ts`;
if (existsSync('src/report/index.ts')) typeEntries['report/index'] = 'src/report/index.ts';
/** JavaScript: the same, but the root from src/package.ts (each scheme a plain object: the REPL shows functions). */
const libraryEntries: Record<string, string> = { ...typeEntries, index: 'src/package.ts' };

/**
 * Both builds are silent: `npm install` runs `prepare` -> `build`, and an install should print nothing of
 * ours (no build log; tsup's rollup tree-shaking pass would otherwise warn about external imports it
 * drops, such as date-fns functions a CommonJS entry no longer uses). Errors are still printed.
 */
export default defineConfig([
  {
    entry: libraryEntries,
    format: ['esm', 'cjs'],
    dts: { entry: typeEntries },
    sourcemap: true,
    clean: true,
    treeshake: true,
    keepNames: true,
    // Shared chunks in CommonJS too (ESM splits by default): every entry point of one build then holds the
    // same classes, so a result made through `exercice-coordonne` is recognised by `exercice-coordonne/report`
    // and by a scheme subpath's `summaryRows` (without it each .cjs entry carried its own copy of the code).
    splitting: true,
    target: 'node20',
    outDir: 'dist',
    silent: true,
  },
  {
    entry: { 'cli/bin': 'src/cli/bin.ts', 'cli/worker': 'src/cli/worker.ts' },
    format: ['esm'],
    dts: false,
    sourcemap: true,
    clean: false,
    target: 'node20',
    outDir: 'dist',
    banner: { js: '#!/usr/bin/env node' },
    silent: true,
  },
]);
