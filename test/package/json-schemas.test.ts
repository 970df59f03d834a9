/**
 * The JSON Schemas the package ships, `exercice-coordonne/schemas/<scheme>/<function>.json`: one for every
 * public input, valid draft 2020-12, reachable through the `exports` map of the packed package, accepting
 * the bundled examples and refusing what the library refuses. Validation by ajv (draft 2020-12, strict).
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import Ajv2020 from 'ajv/dist/2020.js';
import { z } from 'zod';
import { beforeAll, describe, expect, it } from 'vitest';
import { inputJsonSchema, SCHEMES } from '../../scripts/json-schemas.mjs';
import { euroAmount, isoDate, nonNegativeDecimal, ratio, wholeCount } from '../../src/core/validation.js';
import { pack, ROOT, unpack } from './pack.js';

const APP = join(ROOT, '.tmp', 'json-schemas', 'app');
const PACKAGE = join(APP, 'node_modules', 'exercice-coordonne');
const DRAFT_2020_12 = 'https://json-schema.org/draft/2020-12/schema';

/** The public functions that take no input document of their own, and why. Any other function needs a schema. */
const NO_SCHEMA: Record<string, Record<string, string>> = {
  'assistant-medical': {
    simulateMany: 'takes many inputs of simulate',
    summaryRows: 'takes a result',
  },
  'aci-msp': {
    summaryRows: 'takes a result',
    indicatorRows: 'takes a result',
  },
  'aci-cpts': {
    simulateMany: 'takes many inputs of simulate',
    summaryRows: 'takes a result',
  },
};

/**
 * Functions of a scheme's nested namespace (`assistantMedical.collective.yearlyAid`) have their schema
 * under the namespace's name and theirs (`collectiveYearlyAid`); those taking no input document, as above.
 */
const NESTED: Record<string, Record<string, Record<string, string>>> = {
  'assistant-medical': { collective: { simulateMany: 'takes many inputs of collective.simulate', summaryRows: 'takes a result' } },
};

/** A calendar date `YYYY-MM-DD` (RFC 3339 full-date), for ajv's `format: "date"`. */
function isFullDate(s: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
  if (!m) return false;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return d.toISOString().slice(0, 10) === s;
}

const ajv = new Ajv2020({ strict: true, allErrors: true });
ajv.addFormat('date', isFullDate);

interface SchemeModule {
  readonly INPUT_SCHEMAS: Record<string, z.ZodType>;
  readonly [name: string]: unknown;
}
const modules = new Map<string, SchemeModule>();
const requireFromApp = createRequire(join(APP, 'index.js'));

/** The shipped schema, found as an application finds it: through the package's `exports` map. */
function shipped(scheme: string, name: string): Record<string, unknown> {
  return JSON.parse(readFileSync(requireFromApp.resolve(`exercice-coordonne/schemas/${scheme}/${name}.json`), 'utf8')) as Record<string, unknown>;
}

beforeAll(async () => {
  const tarball = pack(join(ROOT, '.tmp', 'json-schemas', 'pack'));
  unpack(tarball, PACKAGE);
  for (const scheme of SCHEMES) {
    modules.set(scheme, (await import(pathToFileURL(join(PACKAGE, 'dist', scheme, 'index.js')).href)) as SchemeModule);
  }
}, 60_000);

describe('the JSON Schemas of the public inputs', () => {
  it('cover every public function of every scheme, or the function takes no input document', () => {
    for (const scheme of SCHEMES) {
      const mod = modules.get(scheme)!;
      // Functions, not classes (result classes are exported for `instanceof` and their types).
      const functionsOf = (m: Record<string, unknown>) =>
        Object.keys(m).filter((k) => typeof m[k] === 'function' && !/^class\b/.test(Function.prototype.toString.call(m[k])));
      const nested = Object.entries(NESTED[scheme] ?? {}).flatMap(([ns, none]) =>
        functionsOf(mod[ns] as Record<string, unknown>)
          .filter((f) => !(f in none))
          .map((f) => `${ns}${f[0]!.toUpperCase()}${f.slice(1)}`),
      );
      const functions = [...functionsOf(mod), ...nested].sort();
      const withSchema = Object.keys(mod.INPUT_SCHEMAS).sort();
      expect(withSchema.length, scheme).toBeGreaterThan(0);
      expect([...withSchema, ...Object.keys(NO_SCHEMA[scheme]!)].sort(), scheme).toEqual(functions);
    }
  });

  it('are shipped, one file per input, and are valid draft 2020-12 JSON Schemas (ajv strict)', () => {
    let count = 0;
    for (const scheme of SCHEMES) {
      for (const name of Object.keys(modules.get(scheme)!.INPUT_SCHEMAS)) {
        const schema = shipped(scheme, name);
        expect(schema.$schema, `${scheme}/${name}`).toBe(DRAFT_2020_12);
        expect(schema.type, `${scheme}/${name}`).toBe('object');
        expect(ajv.validateSchema(schema), `${scheme}/${name}: ${ajv.errorsText()}`).toBe(true);
        expect(() => ajv.compile(schema), `${scheme}/${name}`).not.toThrow();
        count++;
      }
    }
    expect(count).toBe(19);
  });

  it('are what the generator makes of the zod schemas the code parses with', () => {
    for (const scheme of SCHEMES) {
      for (const [name, schema] of Object.entries(modules.get(scheme)!.INPUT_SCHEMAS)) {
        expect(shipped(scheme, name), `${scheme}/${name}`).toEqual(inputJsonSchema(schema));
      }
    }
  });
});

/** A JSON example file (or one line of a JSON Lines file) and the schema it is an input of. */
const EXAMPLES: readonly { file: string; line?: number; scheme: string; fn: string }[] = [
  { file: 'examples/assistant-medical/contract.json', scheme: 'assistant-medical', fn: 'simulate' },
  { file: 'examples/aci-msp/msp.json', scheme: 'aci-msp', fn: 'yearlyRemuneration' },
  { file: 'examples/aci-cpts/contract.json', scheme: 'aci-cpts', fn: 'simulate' },
  { file: 'examples/aci-cpts/contracts.jsonl', line: 0, scheme: 'aci-cpts', fn: 'simulate' },
];

function readExample(file: string, line?: number): Record<string, unknown> {
  const text = readFileSync(join(ROOT, file), 'utf8');
  const json = line === undefined ? text : text.split('\n').filter((l) => l.trim() !== '')[line]!;
  // `id` labels a record for the command line (shown in its table); it is not part of the input.
  const { id: _id, ...input } = JSON.parse(json) as Record<string, unknown>;
  return input;
}

describe('the bundled examples', () => {
  it.each(EXAMPLES)('$file validates against the JSON Schema of $scheme $fn, and the library accepts it', ({ file, line, scheme, fn }) => {
    const value = readExample(file, line);
    const validate = ajv.compile(shipped(scheme, fn));
    expect(validate(value), ajv.errorsText(validate.errors)).toBe(true);
    expect(modules.get(scheme)!.INPUT_SCHEMAS[fn]!.safeParse(value).success).toBe(true);
  });
});

describe('a schema refuses what the library refuses', () => {
  const aid = { signedOn: '2024-09-01', hiredOn: '2024-10-01', option: '1', band: 'P30-P50', year: 1 };
  const size = { population: 91000, on: '2024-01-01' };
  const { signedOn, ...aidWithoutSignedOn } = aid;
  const cases: readonly { name: string; scheme: string; fn: string; valid: object; invalid: object }[] = [
    { name: 'an unknown option', scheme: 'assistant-medical', fn: 'yearlyAid', valid: aid, invalid: { ...aid, option: '3/4' } },
    { name: 'a misspelt field', scheme: 'assistant-medical', fn: 'yearlyAid', valid: aid, invalid: { ...aidWithoutSignedOn, signedon: signedOn } },
    { name: 'a date that does not exist', scheme: 'assistant-medical', fn: 'yearlyAid', valid: aid, invalid: { ...aid, hiredOn: '2024-02-30' } },
    { name: 'a missing field', scheme: 'aci-cpts', fn: 'sizeClass', valid: size, invalid: { on: size.on } },
    { name: 'a count that is not whole', scheme: 'aci-cpts', fn: 'sizeClass', valid: size, invalid: { ...size, population: 91000.5 } },
  ];

  it.each(cases)('$name ($scheme $fn)', ({ scheme, fn, valid, invalid }) => {
    const validate = ajv.compile(shipped(scheme, fn));
    const schema = modules.get(scheme)!.INPUT_SCHEMAS[fn]!;
    expect([validate(valid), schema.safeParse(valid).success]).toEqual([true, true]);
    expect([validate(invalid), schema.safeParse(invalid).success]).toEqual([false, false]);
  });
});

describe('the generator', () => {
  it('carries .describe() and .meta() descriptions, on plain, optional, decimal and date fields', () => {
    const schema = z.strictObject({
      patients: wholeCount().describe('Patientèle médecin traitant, en patients'),
      amount: euroAmount().describe('Montant, en euros'),
      share: ratio().optional().describe('Part, de 0 à 1'),
      points: nonNegativeDecimal().meta({ description: 'Points' }).optional(),
      signedOn: isoDate().describe('Date de signature'),
      nested: z.strictObject({ on: isoDate() }).describe('Un objet'),
    });
    const json = inputJsonSchema(schema) as { properties: Record<string, { description?: string }>; required: string[] };
    expect(Object.fromEntries(Object.entries(json.properties).map(([k, v]) => [k, v.description]))).toEqual({
      patients: 'Patientèle médecin traitant, en patients',
      amount: 'Montant, en euros',
      share: 'Part, de 0 à 1',
      points: 'Points',
      signedOn: 'Date de signature',
      nested: 'Un objet',
    });
    expect(json.required.sort()).toEqual(['amount', 'nested', 'patients', 'signedOn']);
  });

  // JSON Schema cannot say "at most two decimals" of a binary number reliably (multipleOf 0.01 fails
  // 0.07 in float arithmetic), so a euro amount's number form is only bounded below: 12.345 passes the
  // schema and the library refuses it. Its string form, the one the library prefers, is exact.
  const samples = [0, 1, 0.5, 2, 0.001, 12.34, '0', '1', '1.0', '1.00', '1.01', '0.85', '00.5', '2', '12.34', '12.340', '12.345', '-1', -1, 'x', '', '1e3', '.5', true, null];
  const builders = { ratio: ratio(), nonNegativeDecimal: nonNegativeDecimal(), euroAmount: euroAmount(), isoDate: isoDate() };

  it.each(Object.entries(builders))('gives %s a JSON representation that accepts what the library accepts', (name, builder) => {
    const validate = ajv.compile(inputJsonSchema(builder));
    const values = name === 'isoDate' ? ['2024-02-29', '2023-02-29', '2024-13-01', '2024-1-01', '1999-12-31', 20240101, ...samples] : samples;
    for (const v of values) {
      const known = name === 'euroAmount' && v === 0.001; // the number form's gap (see above)
      expect(validate(v), `${name} ${JSON.stringify(v)}`).toBe(known ? true : builder.safeParse(v).success);
    }
  });

  it('stops on a custom type it cannot represent, naming where', () => {
    const schema = z.strictObject({ odd: z.custom<string>((v) => v === 'odd') });
    expect(() => inputJsonSchema(schema)).toThrow(/odd/);
  });
});
