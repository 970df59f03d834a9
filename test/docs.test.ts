/**
 * Every ```ts block of README.md and docs/*.md type-checks (strict) against the sources and runs, as a
 * user would paste it, against the built package (imports of 'exercice-coordonne' resolve to this
 * package by self-reference). A block checks what it shows with node:assert; a block that throws fails
 * the test.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '..');
const OUT = join(ROOT, '.tmp', 'docs-blocks');
const FILES = ['README.md', ...readdirSync(join(ROOT, 'docs')).filter((f) => f.endsWith('.md')).map((f) => `docs/${f}`)];

function blocks(file: string): { line: number; code: string }[] {
  const text = readFileSync(join(ROOT, file), 'utf8');
  const out: { line: number; code: string }[] = [];
  const re = /^```ts\s*\n([\s\S]*?)^```\s*$/gm;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    out.push({ line: text.slice(0, m.index).split('\n').length, code: m[1]! });
  }
  return out;
}

mkdirSync(OUT, { recursive: true });

describe('code blocks of the documentation run', () => {
  const all = FILES.flatMap((file) => blocks(file).map((b) => ({ file, ...b })));
  it('there are code blocks to run', () => {
    expect(all.length).toBeGreaterThan(3);
  });

  it('every block type-checks in strict mode against the sources', () => {
    const dir = join(ROOT, '.tmp', 'docs-types');
    mkdirSync(dir, { recursive: true });
    const files = all.map(({ file, line, code }) => {
      const path = join(dir, `${file.replace(/[/.]/g, '_')}_${line}.ts`);
      writeFileSync(path, `${code}\nexport {};\n`);
      return path;
    });
    const program = ts.createProgram(files, {
      strict: true,
      noUncheckedIndexedAccess: true,
      target: ts.ScriptTarget.ES2022,
      module: ts.ModuleKind.ESNext,
      moduleResolution: ts.ModuleResolutionKind.Bundler,
      types: ['node'],
      skipLibCheck: true,
      noEmit: true,
      baseUrl: ROOT,
      paths: { 'exercice-coordonne': ['src/index.ts'], 'exercice-coordonne/*': ['src/*/index.ts'] },
    });
    const problems = ts
      .getPreEmitDiagnostics(program)
      .filter((d) => d.file && files.includes(d.file.fileName))
      .map((d) => `${d.file!.fileName.split('/').pop()}: ${ts.flattenDiagnosticMessageText(d.messageText, '\n')}`);
    expect(problems).toEqual([]);
  }, 120_000);
  for (const { file, line, code } of all) {
    it(`${file}:${line}`, () => {
      const js = ts.transpileModule(code, { compilerOptions: { module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2022 } }).outputText;
      const path = join(OUT, `${file.replace(/[/.]/g, '_')}_${line}.mjs`);
      writeFileSync(path, js);
      try {
        execFileSync(process.execPath, [path], { cwd: ROOT, stdio: 'pipe', timeout: 20_000 });
      } catch (e) {
        const err = e as { stderr?: Buffer; stdout?: Buffer };
        throw new Error(`${file}:${line} failed:\n${err.stderr?.toString() ?? ''}${err.stdout?.toString() ?? ''}`);
      }
    });
  }
});

describe('docs/unverified.md', () => {
  it('is current with the parameter tables (run npm run docs:unverified)', async () => {
    const { unverifiedMarkdown } = (await import('../scripts/unverified.mjs')) as { unverifiedMarkdown: () => string };
    expect(readFileSync(join(ROOT, 'docs', 'unverified.md'), 'utf8')).toBe(unverifiedMarkdown());
  });
});
