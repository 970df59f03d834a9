#!/usr/bin/env node
/**
 * Writes the JSON Schema of every public input, `dist/schemas/<scheme>/<function>.json`, from the zod
 * schemas each scheme lists in its `INPUT_SCHEMAS` (see `src/<scheme>/schema.ts`). Run by `npm run build`
 * after tsup: it reads the built package (dist/), so that the schemas are exactly those the code parses
 * with. Published as `exercice-coordonne/schemas/<scheme>/<function>.json`.
 *
 * zod's `z.toJSONSchema` does the work (draft 2020-12, the input side of each schema, `.describe()` and
 * `.meta()` carried over). Two kinds of field need help, and are recognised by what they accept (public
 * `safeParse`, no zod internals):
 * - the decimal fields (`ratio`, `nonNegativeDecimal`, `euroAmount` of src/core/validation.ts) are zod
 *   custom types, which JSON Schema cannot express: each becomes "a number, or a decimal string" with
 *   its bounds (a ratio at most 1, a euro amount at most 2 decimals in its string form);
 * - an ISO date (`isoDate`) is a string refined by a function: it gets `format: "date"` and its pattern.
 * Any other custom type stops the build with its path, rather than becoming an empty schema.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { z } from 'zod';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');

/** The schemes (folder names under src/ and dist/), each with an `INPUT_SCHEMAS` export. */
export const SCHEMES = ['assistant-medical', 'aci-msp', 'aci-cpts'];

/** A decimal string as the library reads it: digits, optionally a point and more digits. */
const DECIMAL = '\\d+(?:\\.\\d+)?';
/** A decimal string from 0 to 1. */
const RATIO = '(?:0+(?:\\.\\d+)?|0*1(?:\\.0+)?)';
/** A decimal string with at most two significant decimals (trailing zeros allowed, as the library reads it). */
const EURO = '\\d+(?:\\.\\d{1,2}0*)?';

const accepts = (schema, value) => z.safeParse(schema, value).success;

/** The JSON Schema of one of the library's decimal custom types, or undefined if `schema` is not one. */
function decimalJsonSchema(schema) {
  const decimal = accepts(schema, 0) && accepts(schema, '0') && accepts(schema, 1) && accepts(schema, '0.5');
  const refusesOthers = !accepts(schema, -1) && !accepts(schema, '-1') && !accepts(schema, 'x') && !accepts(schema, true) && !accepts(schema, null);
  if (!decimal || !refusesOthers) return undefined;
  if (!accepts(schema, 2)) {
    return { anyOf: [{ type: 'number', minimum: 0, maximum: 1 }, { type: 'string', pattern: `^${RATIO}$` }] };
  }
  if (!accepts(schema, 0.001)) {
    return { anyOf: [{ type: 'number', minimum: 0 }, { type: 'string', pattern: `^${EURO}$` }] };
  }
  return { anyOf: [{ type: 'number', minimum: 0 }, { type: 'string', pattern: `^${DECIMAL}$` }] };
}

/** Whether a string schema accepts exactly the calendar dates `YYYY-MM-DD` (probed at its edges). */
function isIsoDateSchema(schema) {
  return (
    accepts(schema, '2024-02-29') &&
    accepts(schema, '1999-12-31') &&
    !accepts(schema, '2023-02-29') &&
    !accepts(schema, '2024-13-01') &&
    !accepts(schema, '2024-1-1') &&
    !accepts(schema, '20240101')
  );
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
      const json = decimalJsonSchema(zodSchema);
      if (json === undefined) throw new Error(`${message}: at ${path.join('.') || '(root)'}; give it a JSON representation in scripts/json-schemas.mjs`);
      return json;
    },
    override: ({ zodSchema, jsonSchema }) => {
      if (zodSchema._zod.def.type === 'string' && isIsoDateSchema(zodSchema)) {
        jsonSchema.format = 'date';
        jsonSchema.pattern = '^\\d{4}-\\d{2}-\\d{2}$';
      }
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
