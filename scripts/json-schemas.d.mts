import type { z } from 'zod';

/** The schemes (folder names under src/ and dist/), each with an `INPUT_SCHEMAS` export. */
export const SCHEMES: readonly string[];
/** The JSON Schema (draft 2020-12) of the values `schema` accepts as input, with its descriptions. */
export function inputJsonSchema(schema: z.ZodType): Record<string, unknown>;
/** Writes `<outDir>/<scheme>/<function>.json` for every entry of every scheme's `INPUT_SCHEMAS`; returns the files written. */
export function writeJsonSchemas(outDir?: string): Promise<string[]>;
