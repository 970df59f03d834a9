/**
 * The declarations as an application meets them: the packed package is installed into throw-away
 * TypeScript projects (one per module resolution an application may use) and `tsc` checks them with
 * `skipLibCheck: false`. In each, a well-typed use of the three schemes compiles with no error, and each
 * mistake a caller could make fails with its own error code at its own line, and nothing else: were
 * `Decimal` `any` (decimal.js imported by default under nodenext ESM), the mistakes would compile and
 * the declarations themselves would report TS2709.
 */
import { spawn } from 'node:child_process';
import { mkdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { pack, ROOT, unpack } from './pack.js';

const TMP = join(ROOT, '.tmp', 'consumers');
const TSC = join(ROOT, 'node_modules', 'typescript', 'bin', 'tsc');
/** The package's dependencies, and Node's types, linked from the repo as npm would install them beside it. */
const DEPENDENCIES = ['decimal.js', 'zod', 'date-fns', '@types/node'];

interface Setup {
  readonly name: string;
  /** `type` of the consumer's package.json. */
  readonly type: 'module' | 'commonjs';
  readonly compilerOptions: Record<string, unknown>;
  /** The flavour of the package's declarations the setup must load, and only it. */
  readonly declarations: '.d.ts' | '.d.cts';
}

/**
 * What every consumer asks of the compiler: strict, and the declarations checked (`skipLibCheck: false`),
 * TypeScript's own lib files aside (`skipDefaultLibCheck`, a third of the time). A Node application's
 * globals come from @types/node (zod's declarations name `URL`); the `tsc --init` setup has none and the
 * default lib (DOM included) instead, as `tsc --init` writes it.
 */
const COMMON = { strict: true, skipLibCheck: false, skipDefaultLibCheck: true, noEmit: true, target: 'ES2022', lib: ['ES2022'], types: ['node'] };

const SETUPS: readonly Setup[] = [
  {
    // What `tsc --init` (TypeScript 5.9) writes, with the declarations checked.
    name: 'nodenext, ESM ("type": "module")',
    type: 'module',
    declarations: '.d.ts',
    compilerOptions: {
      module: 'nodenext',
      moduleResolution: 'nodenext',
      target: 'esnext',
      lib: undefined,
      types: [],
      verbatimModuleSyntax: true,
      isolatedModules: true,
      noUncheckedIndexedAccess: true,
      exactOptionalPropertyTypes: true,
    },
  },
  {
    name: 'nodenext, CommonJS ("type": "commonjs")',
    type: 'commonjs',
    declarations: '.d.cts',
    compilerOptions: { module: 'nodenext', moduleResolution: 'nodenext' },
  },
  {
    name: 'bundler (module preserve)',
    type: 'module',
    declarations: '.d.ts',
    compilerOptions: { module: 'preserve', moduleResolution: 'bundler', verbatimModuleSyntax: true },
  },
  {
    name: 'node10 (module commonjs, esModuleInterop)',
    type: 'commonjs',
    declarations: '.d.cts',
    compilerOptions: { module: 'commonjs', moduleResolution: 'node', esModuleInterop: true },
  },
];

const IMPORTS = `import { aciCpts, aciMsp, assistantMedical, formatEuro, isExerciceCoordonneError, type ErrorCode } from 'exercice-coordonne';
import { yearlyAid, type YearlyAidInput } from 'exercice-coordonne/assistant-medical';
import { yearlyRemuneration, type MspYearInput } from 'exercice-coordonne/aci-msp';
import { sizeClass, type ContractInput as CptsContract } from 'exercice-coordonne/aci-cpts';
import type { Decimal } from 'decimal.js';
`;

/** Inputs shared by both files. */
const INPUTS = `const input: YearlyAidInput = { signedOn: '2021-09-15', hiredOn: '2021-10-04', option: '1/2', band: 'P30-P50', startingPatients: 820, year: 4, achievement: { reachedPatients: 980 } };
const msp: MspYearInput = {
  contract: { signedOn: '2019-03-15', projetDeSanteFiledOn: '2018-06-01', patientele: 5200, associatedProfessionals: 14, precarity: { c2sRate: '0.112', ameRate: 0.006 } },
  year: 2024,
  achievements: { 'fonction-coordination': { met: true }, 'protocoles-pluriprofessionnels': { count: 8 } },
};
const cpts: CptsContract = { signedOn: '2022-04-15', population: 91000, missions: [{ mission: 'acces', start: '2022-10-15' }] };
`;

/** A well-typed use: root and subpath imports, Decimal amounts read as such, the library's error caught. */
const GOOD = `${IMPORTS}
${INPUTS}
const aid = yearlyAid(input);
export const ceiling: Decimal = aid.ceiling;
export const ceilingText: string = aid.ceiling.toFixed(2);
export const amountText: string | undefined = aid.amount?.toFixed(2);
export const euros: string = formatEuro(aid.ceiling.plus(1));
export const simulated: string = assistantMedical.simulate({ signedOn: '2021-03-01', hiredOn: '2021-04-01', option: '1/3', band: 'P30-P50' }).totals.ceiling.toFixed(2);
export const mspAmount: Decimal = yearlyRemuneration(msp).amount;
export const mspFromRoot: number = aciMsp.yearlyRemuneration(msp).points.total.toNumber();
export const indicatorCount: number = aciMsp.indicators({ on: '2024-01-01' }).length;
export const size: number = sizeClass({ population: 91000, on: '2024-01-01' }).size;
export const funding: string = aciCpts.yearlyFunding({ contract: cpts, year: 1 }).total.toFixed(2);
export const contractTotal: Decimal = aciCpts.simulate({ contract: cpts }).totals.total;

export function optionRefused(): ErrorCode | undefined {
  try {
    assistantMedical.yearlyAid({ signedOn: '2023-05-01', hiredOn: '2023-06-01', option: '1/3', band: 'P30-P50', year: 1 });
    return undefined;
  } catch (e) {
    if (!isExerciceCoordonneError(e)) throw e;
    const paths: string[] = e.issues.map((issue) => issue.path.join('.'));
    return paths.includes('option') ? e.code : undefined;
  }
}
`;

interface Mistake {
  readonly name: string;
  readonly code: number;
  /** A piece of the message that says it failed for the right reason. */
  readonly says: string;
  /** One line of code. */
  readonly line: string;
}

const MISTAKES: readonly Mistake[] = [
  {
    name: 'a Decimal amount assigned to a string',
    code: 2322,
    says: "Type 'Decimal' is not assignable to type 'string'",
    line: 'export const ceilingAsText: string = yearlyAid(input).ceiling;',
  },
  {
    name: 'a misspelt Decimal method',
    code: 2551,
    says: "Property 'toFixedd' does not exist on type 'Decimal'. Did you mean 'toFixed'?",
    line: 'export const misspelt = yearlyAid(input).ceiling.toFixedd(2);',
  },
  {
    name: 'an unknown option',
    code: 2322,
    says: `Type '"3/4"' is not assignable to type`,
    line: "export const unknownOption = yearlyAid({ signedOn: '2024-09-01', hiredOn: '2024-10-01', option: '3/4', band: 'P30-P50', year: 1 });",
  },
  {
    name: 'a misspelt field',
    code: 2561,
    says: "'signedon' does not exist in type",
    line: "export const misspeltField = yearlyAid({ signedon: '2024-09-01', hiredOn: '2024-10-01', option: '1', band: 'P30-P50', year: 1 });",
  },
  {
    name: 'an ACI MSP amount (Decimal) assigned to a string',
    code: 2322,
    says: "Type 'Decimal' is not assignable to type 'string'",
    line: 'export const mspAsText: string = aciMsp.yearlyRemuneration(msp).amount;',
  },
  {
    name: 'an ACI CPTS amount (Decimal) assigned to a string',
    code: 2322,
    says: "Type 'Decimal' is not assignable to type 'string'",
    line: 'export const fundingAsText: string = aciCpts.yearlyFunding({ contract: cpts, year: 1 }).total;',
  },
  {
    name: 'a misspelt field of an ACI CPTS input',
    code: 2561,
    says: "'populaton' does not exist in type",
    line: "export const misspeltSize = sizeClass({ populaton: 91000, on: '2024-01-01' });",
  },
];

const BAD_HEAD = `${IMPORTS}\n${INPUTS}\n`;
const BAD = `${BAD_HEAD}${MISTAKES.map((m) => m.line).join('\n')}\n`;
/** The line (1-based) of mistake `k` in bad.ts. */
const lineOf = (k: number) => BAD_HEAD.split('\n').length + k;

interface Diagnostic {
  readonly file: string;
  readonly line: number;
  readonly code: number;
  readonly message: string;
}

/** `tsc`'s diagnostics, one per `file(line,col): error TSnnnn: message` line of its output. */
function diagnosticsOf(output: string): Diagnostic[] {
  const out: Diagnostic[] = [];
  for (const m of output.matchAll(/^(.+?)\((\d+),\d+\): error TS(\d+): (.*)$/gm)) {
    out.push({ file: m[1]!, line: Number(m[2]), code: Number(m[3]), message: m[4]! });
  }
  return out;
}

function run(command: string, args: string[], cwd: string): Promise<{ status: number | null; output: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (d: Buffer) => (output += d.toString()));
    child.stderr.on('data', (d: Buffer) => (output += d.toString()));
    child.on('error', reject);
    child.on('close', (status) => resolve({ status, output }));
  });
}

/** A consumer project of `setup`, with the unpacked package in its node_modules. */
function makeConsumer(tarball: string, setup: Setup, index: number): string {
  const dir = join(TMP, `consumer-${index}`);
  const modules = join(dir, 'node_modules');
  unpack(tarball, join(modules, 'exercice-coordonne'));
  mkdirSync(join(modules, '@types'));
  for (const dep of DEPENDENCIES) symlinkSync(join(ROOT, 'node_modules', dep), join(modules, dep), 'dir');
  writeFileSync(join(dir, 'package.json'), JSON.stringify({ name: `consumer-${index}`, private: true, type: setup.type }));
  writeFileSync(join(dir, 'tsconfig.json'), JSON.stringify({ compilerOptions: { ...COMMON, ...setup.compilerOptions }, files: ['good.ts', 'bad.ts'] }, null, 2));
  writeFileSync(join(dir, 'good.ts'), GOOD);
  writeFileSync(join(dir, 'bad.ts'), BAD);
  return dir;
}

/** The package's declaration files `tsc --listFiles` printed, relative to the package. */
function packageFilesOf(output: string): string[] {
  return [...output.matchAll(/^.*\/node_modules\/exercice-coordonne\/(.+)$/gm)].map((m) => m[1]!).sort();
}

const results = new Map<string, { status: number | null; output: string; diagnostics: Diagnostic[]; packageFiles: string[] }>();

beforeAll(async () => {
  rmSync(TMP, { recursive: true, force: true });
  const tarball = pack(join(TMP, 'pack'));
  const runs = SETUPS.map(async (setup, index) => {
    const dir = makeConsumer(tarball, setup, index);
    const r = await run(process.execPath, [TSC, '-p', dir, '--pretty', 'false', '--listFiles'], dir);
    results.set(setup.name, { ...r, diagnostics: diagnosticsOf(r.output), packageFiles: packageFilesOf(r.output) });
  });
  await Promise.all(runs);
}, 60_000);

describe.each(SETUPS)('a TypeScript consumer of the packed package, $name', (setup) => {
  const result = () => results.get(setup.name)!;

  it(`resolves the root and every subpath to the ${setup.declarations} declarations only`, () => {
    const files = result().packageFiles;
    for (const entry of ['index', 'assistant-medical/index', 'aci-msp/index', 'aci-cpts/index']) expect(files).toContain(`dist/${entry}${setup.declarations}`);
    expect(files.filter((f) => !f.endsWith(setup.declarations))).toEqual([]);
  });

  it('compiles the well-typed use with zero errors, declarations included (skipLibCheck false)', () => {
    const elsewhere = result().diagnostics.filter((d) => d.file !== 'bad.ts');
    expect(elsewhere).toEqual([]);
    expect(result().output).toContain('bad.ts'); // tsc did run and report
  });

  it.each(MISTAKES.map((m, k) => ({ ...m, at: lineOf(k) })))('refuses $name (TS$code at bad.ts:$at)', ({ code, says, at }) => {
    const here = result().diagnostics.filter((d) => d.file === 'bad.ts' && d.line === at);
    expect(here.map((d) => d.code)).toEqual([code]);
    expect(here[0]!.message).toContain(says);
  });

  it('reports nothing but those mistakes', () => {
    const found = result().diagnostics.map((d) => `${d.file}:${d.line} TS${d.code}`);
    expect(found).toEqual(MISTAKES.map((m, k) => `bad.ts:${lineOf(k)} TS${m.code}`));
    expect(result().status).not.toBe(0);
  });
});
