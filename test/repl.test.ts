/**
 * The README's REPL blocks (```js repl), pasted into a real `node` REPL line by line: each line is
 * accepted, nothing throws, and every `// → text` line's text appears in what the REPL printed for the
 * statement above it. Runs against the built package (the repository resolves its own name).
 */
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '..');
const README = readFileSync(join(ROOT, 'README.md'), 'utf8');
const BLOCKS = [...README.matchAll(/```js repl\n([\s\S]*?)```/g)].map((m) => m[1]!);

interface Statement {
  readonly code: string;
  readonly expected: string[];
}

function statementsOf(block: string): Statement[] {
  const out: { code: string; expected: string[] }[] = [];
  for (const line of block.split('\n')) {
    if (line.trim() === '') continue;
    const expectation = /^\/\/ → (.*)$/.exec(line);
    if (expectation) out[out.length - 1]!.expected.push(expectation[1]!);
    else out.push({ code: line, expected: [] });
  }
  return out;
}

/** Feeds the statements to `node -i` one at a time, each after the previous prompt; returns each one's output. */
function runInRepl(statements: readonly Statement[]): Promise<string[]> {
  return new Promise((resolvePromise, reject) => {
    const child = spawn(process.execPath, ['-i'], {
      cwd: ROOT,
      env: { ...process.env, NODE_REPL_HISTORY: '', NO_COLOR: '1', NODE_DISABLE_COLORS: '1', TERM: 'dumb' },
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    const outputs: string[] = [];
    let buffer = '';
    let next = 0;
    const timer = setTimeout(() => {
      child.kill();
      reject(new Error(`REPL timed out; printed so far:\n${outputs.join('\n---\n')}\n${buffer}`));
    }, 20_000);
    const send = () => {
      if (next < statements.length) child.stdin.write(`${statements[next++]!.code}\n`);
      else child.stdin.end('.exit\n');
    };
    child.stdout.setEncoding('utf8');
    child.stdout.on('data', (chunk: string) => {
      buffer += chunk;
      // A prompt at the end of the output: the previous statement is done.
      if (/(^|\n)> $/.test(buffer)) {
        const printed = buffer.replace(/(^|\n)> $/, '');
        if (next > 0) outputs.push(printed);
        buffer = '';
        send();
      }
    });
    child.stderr.setEncoding('utf8');
    child.stderr.on('data', (chunk: string) => (buffer += chunk));
    child.on('close', () => {
      clearTimeout(timer);
      resolvePromise(outputs);
    });
  });
}

describe('README: the REPL blocks run as pasted', () => {
  it('finds REPL blocks', () => {
    expect(BLOCKS.length).toBeGreaterThanOrEqual(2);
  });

  BLOCKS.forEach((block, b) => {
    it(`block ${b + 1} prints what the README says`, async () => {
      const statements = statementsOf(block);
      const outputs = await runInRepl(statements);
      expect(outputs.length).toBe(statements.length);
      statements.forEach((s, i) => {
        const printed = outputs[i]!;
        expect(printed, s.code).not.toMatch(/Uncaught|Error:|SyntaxError/);
        for (const e of s.expected) expect(printed.replace(/[\u202f\u00a0]/g, ' '), s.code).toContain(e.replace(/[\u202f\u00a0]/g, ' '));
      });
    });
  });
});
