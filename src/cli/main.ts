/**
 * The `exercice-coordonne` command: reads contracts (JSON, JSON Lines or CSV, from a file or stdin),
 * runs the library on each, and writes a table for a person or JSON Lines / CSV for a program.
 *
 * Exit codes: 0 every row valid, 1 some rows invalid (each reported, none lost), 2 usage error.
 */
import { parseArgs } from 'node:util';
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { isExerciceCoordonneError } from '../core/errors.js';
import type { Lang } from '../core/explain.js';
import { amCommand } from './am.js';
import { cptsCommand } from './cpts.js';
import { mspCommand } from './msp.js';
import type { Command } from './command.js';
import { csvLine } from './csv.js';
import { UsageError, formatOfPath, readRecords, type InputFormat } from './input.js';

const COMMANDS: Record<string, Command<unknown>> = {
  am: amCommand as Command<unknown>,
  msp: mspCommand as Command<unknown>,
  cpts: cptsCommand as Command<unknown>,
};

/** Registers a command (used by the scheme commands). */
export function register(command: Command<unknown>): void {
  COMMANDS[command.name] = command;
}

type OutputFormat = 'table' | 'jsonl' | 'csv' | 'json';

const GENERAL_HELP = () => `Usage: exercice-coordonne <command> [file|-] [options]

Commands:
${Object.values(COMMANDS)
  .map((c) => `  ${c.name.padEnd(6)} ${c.summary}`)
  .join('\n')}

Input: a file (.json, .jsonl, .csv) or - for stdin (format guessed, or set with --input).
Options:
  --format table|jsonl|csv|json   output: table for a person (default), JSON Lines or CSV for a program
  --input json|jsonl|csv          input format when the file extension or stdin does not tell
  --explain                       show the explanation of every figure (table), or include it (JSON)
  --lang fr|en                    language of the table and explanations (default fr)
  --example                       run the command on its bundled example
  --help                          help of a command: exercice-coordonne am --help

Exit codes: 0 all rows valid, 1 some rows invalid (reported, the others computed), 2 usage error.
`;

/** Where the package's files are (for --example), from this file's location in dist/cli/ or src/cli/. */
function packageRoot(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (let i = 0; i < 4; i++) {
    if (existsSync(join(dir, 'package.json'))) return dir;
    dir = dirname(dir);
  }
  return process.cwd();
}

interface Streams {
  readonly out: NodeJS.WritableStream;
  readonly err: NodeJS.WritableStream & { isTTY?: boolean };
}

async function write(stream: NodeJS.WritableStream, text: string): Promise<void> {
  if (!stream.write(text)) await new Promise<void>((resolveDrain) => stream.once('drain', () => resolveDrain()));
}

/** Runs the command line `argv` (without `node` and the script); returns the exit code. */
export async function main(argv: readonly string[], streams: Streams = { out: process.stdout, err: process.stderr }): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
      allowPositionals: true,
      options: {
        format: { type: 'string' },
        input: { type: 'string' },
        explain: { type: 'boolean', default: false },
        lang: { type: 'string', default: 'fr' },
        example: { type: 'boolean', default: false },
        help: { type: 'boolean', short: 'h', default: false },
      },
    });
  } catch (e) {
    await write(streams.err, `exercice-coordonne: ${(e as Error).message}\n\n${GENERAL_HELP()}`);
    return 2;
  }
  const { values, positionals } = parsed;
  const [name, file, ...extra] = positionals;
  if (!name || name === 'help') {
    await write(values.help || name === 'help' ? streams.out : streams.err, GENERAL_HELP());
    return values.help || name === 'help' ? 0 : 2;
  }
  const command = COMMANDS[name];
  if (!command) {
    await write(streams.err, `exercice-coordonne: unknown command "${name}"\n\n${GENERAL_HELP()}`);
    return 2;
  }
  if (values.help) {
    await write(streams.out, command.help);
    return 0;
  }
  const usage = async (message: string) => {
    await write(streams.err, `exercice-coordonne ${command.name}: ${message}\n(see exercice-coordonne ${command.name} --help)\n`);
    return 2;
  };
  if (extra.length > 0) return usage(`one input file only, got ${positionals.slice(1).join(' ')}`);
  const lang = values.lang as string;
  if (lang !== 'fr' && lang !== 'en') return usage(`--lang must be fr or en, got "${lang}"`);
  const format = (values.format ?? 'table') as string;
  if (!['table', 'jsonl', 'csv', 'json'].includes(format)) return usage(`--format must be table, jsonl, csv or json, got "${format}"`);
  const inputFormat = values.input as string | undefined;
  if (inputFormat !== undefined && !['json', 'jsonl', 'csv'].includes(inputFormat)) return usage(`--input must be json, jsonl or csv, got "${inputFormat}"`);
  let path = file;
  if (values.example) {
    if (path) return usage('--example takes no input file');
    path = join(packageRoot(), command.example);
  }
  if (!path) return usage('an input file is needed (or - for stdin, or --example)');
  const fmt = (inputFormat as InputFormat | undefined) ?? (path === '-' ? undefined : formatOfPath(path));
  if (path !== '-' && !fmt) return usage(`cannot tell the format of ${path}: use a .json, .jsonl or .csv file, or --input`);
  if (path !== '-' && !existsSync(resolve(path))) return usage(`cannot read ${path}: no such file`);

  const options = { lang: lang as Lang, explain: values.explain ?? false };
  const out = format as OutputFormat;
  const progress = streams.err.isTTY === true && out !== 'table';
  let valid = 0;
  let invalid = 0;
  let index = 0;
  const startedAt = Date.now();
  try {
    if (out === 'csv') await write(streams.out, csvLine(command.csvHeader));
    if (out === 'json') await write(streams.out, '[');
    for await (const raw of readRecords(path, fmt, command)) {
      const i = index++;
      let text: string;
      if ('parseError' in raw) {
        invalid++;
        text = showError(out, command, i, raw.parseError, undefined, options.lang);
      } else {
        try {
          const result = command.run(raw.record);
          valid++;
          text = showResult(out, command, result, i, options);
        } catch (e) {
          if (!isExerciceCoordonneError(e)) throw e;
          invalid++;
          text = showError(out, command, i, e.message, e.toJSON(), options.lang, raw.line);
        }
      }
      if (out === 'json' && i > 0) text = `,${text}`;
      await write(streams.out, text);
      if (progress && index % 10000 === 0) await write(streams.err, `\r${index} rows…`);
    }
    if (out === 'json') await write(streams.out, ']\n');
  } catch (e) {
    if (e instanceof UsageError) return usage(e.message);
    throw e;
  }
  if (progress) await write(streams.err, `\r${index} rows in ${((Date.now() - startedAt) / 1000).toFixed(1)} s\n`);
  const summary =
    options.lang === 'fr'
      ? `${index} ligne(s) : ${valid} valide(s), ${invalid} invalide(s)`
      : `${index} row(s): ${valid} valid, ${invalid} invalid`;
  if (out === 'table') await write(streams.out, `\n${summary}\n`);
  else if (invalid > 0) await write(streams.err, `${summary}\n`);
  return invalid > 0 ? 1 : 0;
}

function showResult(out: OutputFormat, command: Command<unknown>, result: unknown, index: number, options: { lang: Lang; explain: boolean }): string {
  switch (out) {
    case 'table':
      return `${index > 0 ? '\n' : ''}${command.table(result, index, options).join('\n')}\n`;
    case 'csv':
      return command.csvRows(result, index).map(csvLine).join('');
    case 'json':
      return JSON.stringify({ index, ok: true, result: command.json(result, options) });
    default:
      return `${JSON.stringify({ index, ok: true, result: command.json(result, options) })}\n`;
  }
}

function showError(out: OutputFormat, command: Command<unknown>, index: number, message: string, error: unknown, lang: Lang, line?: number): string {
  const where = line !== undefined ? (lang === 'fr' ? ` (ligne ${line})` : ` (line ${line})`) : '';
  switch (out) {
    case 'table':
      return `${index > 0 ? '\n' : ''}${lang === 'fr' ? `Ligne ${index + 1}${where} invalide` : `Row ${index + 1}${where} invalid`} : ${message}\n`;
    case 'csv': {
      const cells: unknown[] = command.csvHeader.map(() => '');
      cells[0] = index;
      cells[command.csvHeader.indexOf('status')] = 'invalid';
      cells[command.csvHeader.indexOf('error')] = message;
      return csvLine(cells);
    }
    case 'json':
      return JSON.stringify({ index, ok: false, error: error ?? { message } });
    default:
      return `${JSON.stringify({ index, ok: false, ...(line !== undefined ? { line } : {}), error: error ?? { message } })}\n`;
  }
}
