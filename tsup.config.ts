import { existsSync } from 'node:fs';
import { defineConfig } from 'tsup';

/** Library entry points: the package root and one subpath per scheme (only those that exist). */
const schemes = ['assistant-medical', 'aci-msp', 'aci-cpts'].filter((s) => existsSync(`src/${s}/index.ts`));
const libraryEntries: Record<string, string> = { index: 'src/index.ts' };
for (const s of schemes) libraryEntries[`${s}/index`] = `src/${s}/index.ts`;

export default defineConfig([
  {
    entry: libraryEntries,
    format: ['esm', 'cjs'],
    dts: true,
    sourcemap: true,
    clean: true,
    treeshake: true,
    target: 'node20',
    outDir: 'dist',
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
  },
]);
