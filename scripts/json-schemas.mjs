#!/usr/bin/env node
/**
 * Writes the JSON Schema of every public input, `dist/schemas/<scheme>/<function>.json`, from the zod
 * schemas each scheme lists in its `INPUT_SCHEMAS` (see `src/<scheme>/schema.ts`). Run by `npm run build`
 * after tsup: it reads the built package (dist/), so that the schemas are exactly those the code parses
 * with. Published as `exercice-coordonne/schemas/<scheme>/<function>.json`.
 *
 * zod's `z.toJSONSchema` does the work (draft 2020-12, the input side of each schema, `.describe()` and
 * `.meta()` carried over). The library's own types that JSON Schema cannot infer carry their JSON Schema
 * (src/core/validation.ts, `represented()`): the decimal fields (`ratio`, `nonNegativeDecimal`,
 * `euroAmount`: "a number, or a decimal string" with their bounds), the ISO date (`format: "date"` and
 * its pattern) and the `overrides` object. Any other custom type stops the build with its path, rather
 * than becoming an empty schema.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { z } from 'zod';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');

/** The schemes (folder names under src/ and dist/), each with an `INPUT_SCHEMAS` export. */
export const SCHEMES = ['assistant-medical', 'aci-msp', 'aci-cpts'];

/** The key under which the library's own zod types keep their JSON Schema (src/core/validation.ts). */
const JSON_SCHEMA_KEY = Symbol.for('exercice-coordonne.json-schema');

/** The JSON Schema a library type carries, or undefined. */
function carried(schema) {
  return schema._zod.def[JSON_SCHEMA_KEY];
}

/**
 * The JSON Schema (draft 2020-12) of the values `schema` accepts as input, with the descriptions given
 * by `.describe()` / `.meta()`.
 */
export function inputJsonSchema(schema) {
  return z.toJSONSchema(schema, {
    target: 'draft-2020-12',
    io: 'input',
    unrepresentable: ({ zodSchema, path, message }) => {
      const json = carried(zodSchema);
      if (json === undefined) throw new Error(`${message}: at ${path.join('.') || '(root)'}; give it a JSON representation (src/core/validation.ts, represented())`);
      return structuredClone(json);
    },
    override: ({ zodSchema, jsonSchema }) => {
      const json = carried(zodSchema);
      if (json !== undefined && zodSchema._zod.def.type !== 'custom') Object.assign(jsonSchema, structuredClone(json));
    },
  });
}

/** Writes `<outDir>/<scheme>/<function>.json` for every entry of every scheme's `INPUT_SCHEMAS`; returns the files written. */
export async function writeJsonSchemas(outDir = join(ROOT, 'dist', 'schemas')) {
  const written = [];
  for (const scheme of SCHEMES) {
    const { INPUT_SCHEMAS } = await import(pathToFileURL(join(ROOT, 'dist', scheme, 'index.js')).href);
    if (INPUT_SCHEMAS === undefined) throw new Error(`dist/${scheme}/index.js exports no INPUT_SCHEMAS`);
    mkdirSync(join(outDir, scheme), { recursive: true });
    for (const [name, schema] of Object.entries(INPUT_SCHEMAS)) {
      const file = join(outDir, scheme, `${name}.json`);
      writeFileSync(file, `${JSON.stringify(inputJsonSchema(schema), null, 2)}\n`);
      written.push(file);
    }
  }
  return written;
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  await writeJsonSchemas();
}
