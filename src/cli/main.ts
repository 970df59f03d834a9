/**
 * The `exercice-coordonne` command: reads contracts (JSON, JSON Lines or CSV as spreadsheets save it,
 * from a file or stdin), runs the library on each, and writes a table for a person or JSON Lines / CSV /
 * JSON for a program. French by default (`--lang en`).
 *
 * Streaming: JSON Lines and CSV are read and written in chunks, so memory stays flat whatever the size
 * of the input; large inputs are spread over worker threads (--jobs), output kept in input order.
 *
 * Every row of the input is accounted for: computed, reported invalid, or counted as empty.
 * Exit codes: 0 every row valid, 1 some rows invalid (each reported, none lost), 2 nothing can be read.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { Worker } from 'node:worker_threads';
import type { Lang } from '../core/explain.js';
import type { Command } from './command.js';
import { COMMANDS } from './commands.js';
import type { CsvConvention } from './csv.js';
import { commandHelp, generalHelp } from './help.js';
import { UsageError, formatOfPath, openInput, type InputBatch, type InputFormat } from './input.js';
import { fileMessages, summaryMessage } from './messages.js';
import { csvHeaderLine, processBatch, type BatchOutput, type BatchTotals, type OutputFormat, type Report, type ShowSettings, type WorkBatch } from './process.js';
import { writeReport } from './reports.js';
import { fileTotals } from './totals.js';
import { templateText } from './template.js';
import type { WorkRequest } from './worker.js';

/** Where the package's files are (for --example), from this file's location in dist/cli/ or src/cli/. */
function packageRoot(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (let i = 0; i < 4; i++) {
    if (existsSync(join(dir, 'package.json'))) return dir;
    dir = dirname(dir);
  }
  return process.cwd();
}


/** The package's version (package.json). */
function version(): string {
  try {
    return (JSON.parse(readFileSync(join(packageRoot(), 'package.json'), 'utf8')) as { version: string }).version;
  } catch {
    return 'unknown';
  }
}

interface Streams {
  readonly out: NodeJS.WritableStream;
  readonly err: NodeJS.WritableStream & { isTTY?: boolean };
  readonly in?: NodeJS.ReadableStream;
}

async function write(stream: NodeJS.WritableStream, text: string): Promise<void> {
  if (text.length === 0) return;
  if (!stream.write(text)) await new Promise<void>((resolveDrain) => stream.once('drain', () => resolveDrain()));
}

/** Files above this size are spread over worker threads by default. */
const PARALLEL_FROM_BYTES = 4 * 1024 * 1024;

type Done = BatchOutput & { readonly empty: number };

/** Runs the batches on worker threads, `jobs` of them, and yields their outputs in input order. */
async function* onWorkers(batches: AsyncIterable<WorkBatch & { empty: number }>, command: Command<unknown>, settings: ShowSettings, jobs: number): AsyncGenerator<Done> {
  const workerUrl = new URL('./worker.js', import.meta.url);
  // A 32 MB young generation keeps the garbage collector cheap for these short-lived rows (measured:
  // the 1 M-row benchmark is about 25 % faster than with the default) while memory stays bounded.
  const workers = Array.from({ length: jobs }, () => new Worker(workerUrl, { resourceLimits: { maxYoungGenerationSizeMb: 32, maxOldGenerationSizeMb: 256 } }));
  const pending = new Map<number, { resolve: (o: BatchOutput) => void; reject: (e: Error) => void }>();
  for (const w of workers) {
    w.on('message', (msg: BatchOutput & { seq: number; failure?: string }) => {
      const p = pending.get(msg.seq);
      if (!p) return;
      pending.delete(msg.seq);
      if (msg.failure !== undefined) p.reject(new Error(msg.failure));
      else p.resolve(msg);
    });
    w.on('error', (e) => {
      for (const p of pending.values()) p.reject(e);
      pending.clear();
    });
  }
  const inFlight: { promise: Promise<BatchOutput>; empty: number }[] = [];
  let seq = 0;
  try {
    for await (const { empty, ...batch } of batches) {
      const request: WorkRequest = { seq, command: command.name, batch, settings };
      const promise = new Promise<BatchOutput>((resolveOut, rejectOut) => pending.set(request.seq, { resolve: resolveOut, reject: rejectOut }));
      // keep a rejected promise from being reported before it is awaited
      promise.catch(() => {});
      workers[seq % jobs]!.postMessage(request);
      inFlight.push({ promise, empty });
      seq++;
      // Keep at most two batches per worker in flight: memory stays flat.
      while (inFlight.length >= 2 * jobs) {
        const first = inFlight.shift()!;
        yield { ...(await first.promise), empty: first.empty };
      }
    }
    while (inFlight.length > 0) {
      const first = inFlight.shift()!;
      yield { ...(await first.promise), empty: first.empty };
    }
  } finally {
    await Promise.all(workers.map((w) => w.terminate()));
  }
}

async function* inProcess(batches: AsyncIterable<WorkBatch & { empty: number }>, command: Command<unknown>, settings: ShowSettings): AsyncGenerator<Done> {
  for await (const { empty, ...batch } of batches) yield { ...processBatch(command, batch, settings), empty };
}

/** The input's batches as work: the CSV columns attached, and the count of rows before each batch. */
async function* work(batches: AsyncIterable<InputBatch>, columns: WorkBatch['columns']): AsyncGenerator<WorkBatch & { empty: number }> {
  let start = 0;
  for await (const batch of batches) {
    yield { items: batch.items, ...(columns ? { columns } : {}), start, empty: batch.empty };
    start += batch.items.length;
  }
}

/** `--lang` as written on the command line, before options are parsed (for the messages of a bad command line). */
function langOf(argv: readonly string[]): Lang {
  const i = argv.indexOf('--lang');
  const value = i >= 0 ? argv[i + 1] : argv.find((a) => a.startsWith('--lang='))?.slice('--lang='.length);
  return value === 'en' ? 'en' : 'fr';
}

/** Runs the command line `argv` (without `node` and the script); returns the exit code. */
export async function main(argv: readonly string[], streams: Streams = { out: process.stdout, err: process.stderr }): Promise<number> {
  const commands = Object.values(COMMANDS);
  let lang = langOf(argv);
  const fr = () => lang === 'fr';
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
      allowPositionals: true,
      options: {
        format: { type: 'string' },
        'output-dir': { type: 'string' },
        input: { type: 'string' },
        csv: { type: 'string' },
        explain: { type: 'boolean', default: false },
        lang: { type: 'string', default: 'fr' },
        jobs: { type: 'string' },
        example: { type: 'boolean', default: false },
        template: { type: 'boolean', default: false },
        help: { type: 'boolean', short: 'h', default: false },
        version: { type: 'boolean', short: 'v', default: false },
      },
    });
  } catch (e) {
    await write(streams.err, `exercice-coordonne: ${(e as Error).message}\n\n${generalHelp(commands, lang)}`);
    return 2;
  }
  const { values, positionals } = parsed;
  if (values.lang !== 'fr' && values.lang !== 'en') {
    await write(streams.err, `exercice-coordonne: ${fr() ? '--lang vaut fr ou en, pas' : '--lang must be fr or en, got'} "${values.lang}"\n`);
    return 2;
  }
  lang = values.lang;
  if (values.version) {
    await write(streams.out, `${version()}\n`);
    return 0;
  }
  const [name, file, ...extra] = positionals;
  if (!name || name === 'help') {
    const asked = values.help || name === 'help';
    await write(asked ? streams.out : streams.err, generalHelp(commands, lang));
    return asked ? 0 : 2;
  }
  const command = COMMANDS[name];
  if (!command) {
    await write(streams.err, `exercice-coordonne: ${fr() ? 'commande inconnue' : 'unknown command'} "${name}"\n\n${generalHelp(commands, lang)}`);
    return 2;
  }
  if (values.help) {
    await write(streams.out, commandHelp(command, lang));
    return 0;
  }
  const usage = async (message: string, hint = true) => {
    const see = fr() ? `(voir exercice-coordonne ${command.name} --help)` : `(see exercice-coordonne ${command.name} --help --lang en)`;
    await write(streams.err, `exercice-coordonne ${command.name}: ${message}\n${hint ? `${see}\n` : ''}`);
    return 2;
  };
  if (extra.length > 0) return usage(fr() ? `un seul fichier d’entrée, reçu ${positionals.slice(1).join(' ')}` : `one input file only, got ${positionals.slice(1).join(' ')}`);
  const format = (values.format ?? 'table') as string;
  if (!['table', 'jsonl', 'csv', 'json', 'html'].includes(format)) return usage(fr() ? `--format vaut table, jsonl, csv, json ou html, pas "${format}"` : `--format must be table, jsonl, csv, json or html, got "${format}"`);
  const outputDir = values['output-dir'] as string | undefined;
  if (outputDir !== undefined && format !== 'html') return usage(fr() ? '--output-dir va avec --format html (un rapport par contrat)' : '--output-dir goes with --format html (one report per contract)');
  if (format === 'html' && !command.report) {
    return usage(fr() ? `pas de rapport HTML pour ${command.name} : les rapports ne connaissent pas encore ce contrat (--format table, csv ou jsonl)` : `no HTML report for ${command.name}: the reports do not know this contract yet (--format table, csv or jsonl)`);
  }
  const inputFormat = values.input as string | undefined;
  if (inputFormat !== undefined && !['json', 'jsonl', 'csv'].includes(inputFormat)) {
    return usage(fr() ? `--input vaut json, jsonl ou csv, pas "${inputFormat}"` : `--input must be json, jsonl or csv, got "${inputFormat}"`);
  }
  const csvOption = values.csv as string | undefined;
  if (csvOption !== undefined && csvOption !== 'fr' && csvOption !== 'en') return usage(fr() ? `--csv vaut fr ou en, pas "${csvOption}"` : `--csv must be fr or en, got "${csvOption}"`);
  let jobs: number | undefined;
  if (values.jobs !== undefined) {
    jobs = Number(values.jobs);
    if (!Number.isInteger(jobs) || jobs < 1 || jobs > 64) {
      return usage(fr() ? `--jobs est un nombre entier de 1 à 64, pas "${values.jobs}"` : `--jobs must be a whole number from 1 to 64, got "${values.jobs}"`);
    }
  }
  if (values.template) {
    if (file) return usage(fr() ? '--template ne prend pas de fichier d’entrée : il écrit un fichier modèle sur la sortie standard' : '--template takes no input file: it writes a model file on stdout');
    await write(streams.out, templateText(command, (csvOption as CsvConvention | undefined) ?? 'fr'));
    return 0;
  }
  let path = file;
  if (values.example) {
    if (path) return usage(fr() ? '--example ne prend pas de fichier d’entrée' : '--example takes no input file');
    path = join(packageRoot(), command.example);
  }
  if (!path) return usage(fr() ? 'il faut un fichier d’entrée (ou - pour l’entrée standard, ou --example)' : 'an input file is needed (or - for stdin, or --example)');
  const fmt = (inputFormat as InputFormat | undefined) ?? (path === '-' ? undefined : formatOfPath(path));
  if (path !== '-' && !fmt) {
    return usage(fr() ? `format de ${path} inconnu : donnez un fichier .csv, .json ou .jsonl, ou --input` : `cannot tell the format of ${path}: use a .json, .jsonl or .csv file, or --input`);
  }
  if (path !== '-' && !existsSync(resolve(path))) return usage(fileMessages.noSuchFile(lang, path));
  jobs ??= path !== '-' && statSync(path).size >= PARALLEL_FROM_BYTES ? Math.min(availableParallelism(), 8) : 1;

  const notice = (message: string) => {
    streams.err.write(`exercice-coordonne ${command.name}: ${message}\n`);
  };
  let valid = 0;
  let invalid = 0;
  let empty = 0;
  let settings: ShowSettings | undefined;
  const totals: BatchTotals[] = [];
  const html = format === 'html';
  /** HTML to stdout: the one report, kept until the input is known to hold a single contract. */
  let single: Report | undefined;
  const names = new Set<string>();
  let started = false;
  const startedAt = Date.now();
  try {
    const input = await openInput(path, fmt, command, command.name, { lang, notice, ...(streams.in ? { stdin: streams.in } : {}) });
    const convention: CsvConvention = (csvOption as CsvConvention | undefined) ?? (input.separator === ';' ? 'fr' : 'en');
    settings = { format: format as OutputFormat, lang, explain: values.explain ?? false, csv: convention };
    const progress = streams.err.isTTY === true && settings.format !== 'table';
    let lastProgress = 0;
    const batches = work(input.batches, input.columns);
    const outputs = jobs > 1 ? onWorkers(batches, command, settings, jobs) : inProcess(batches, command, settings);
    for await (const out of outputs) {
      if (out.totals) totals.push(out.totals);
      valid += out.valid;
      invalid += out.invalid;
      empty += out.empty;
      if (html) {
        // the invalid rows on stderr; each report to its file, or the one report to stdout
        await write(streams.err, out.text);
        for (const report of out.reports ?? []) {
          if (outputDir !== undefined) await write(streams.out, `${writeReport(outputDir, report, names, lang)}\n`);
          else if (single === undefined) single = report;
          else throw new UsageError(fr() ? `plusieurs contrats dans l’entrée (lignes ${single.line} et ${report.line}…) : un rapport HTML par contrat avec --output-dir <dossier>, ex. --output-dir rapports` : `several contracts in the input (lines ${single.line} and ${report.line}…): one HTML report per contract with --output-dir <folder>, e.g. --output-dir reports`);
        }
        continue;
      }
      if (out.text.length > 0 && !started) {
        started = true;
        if (settings.format === 'csv') await write(streams.out, csvHeaderLine(command, convention));
        if (settings.format === 'json') await write(streams.out, '[');
      }
      await write(streams.out, out.text);
      const rows = valid + invalid;
      if (progress && rows - lastProgress >= 10_000) {
        lastProgress = rows;
        await write(streams.err, `\r${rows} ${fr() ? 'lignes' : 'rows'}…`);
      }
    }
    if (progress) await write(streams.err, `\r${valid + invalid} ${fr() ? 'lignes en' : 'rows in'} ${((Date.now() - startedAt) / 1000).toFixed(1)} s\n`);
    if (valid + invalid === 0) return usage(input.format === 'csv' && empty === 0 ? fileMessages.headerOnly(lang, path === '-' ? (fr() ? 'l’entrée standard' : 'stdin') : path) : fileMessages.noRows(lang, empty), false);
  } catch (e) {
    if (e instanceof UsageError) return usage(e.message, false);
    throw e;
  }
  if (settings.format === 'json') await write(streams.out, ']\n');
  if (single !== undefined) await write(streams.out, single.html);
  const summary = summaryMessage(lang, { valid, invalid, empty });
  if (settings.format === 'table') await write(streams.out, `${valid > 0 ? `\n${fileTotals(command, totals, valid, lang).join('\n')}\n` : ''}\n${summary}\n`);
  else if (invalid > 0 || empty > 0 || outputDir !== undefined) await write(streams.err, `${summary}\n`);
  return invalid > 0 ? 1 : 0;
}
