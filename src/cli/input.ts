/**
 * Reading the input from a file or stdin: JSON (an object or an array, read whole), JSON Lines (one
 * object per line, streamed) or CSV (a header row naming the input fields, streamed), in any encoding a
 * spreadsheet saves ({@link decodeChunks}). Opening reads up to the header, so that a file that cannot be
 * read at all (empty, not text, a header with no known column or two columns for one field) is refused
 * before any output. Then every row of the file is accounted for: a row that cannot be read becomes an
 * item with its problem, an empty row (`;;;;`) is counted apart.
 */
import { createReadStream } from 'node:fs';
import { extname } from 'node:path';
import type { Lang } from '../core/explain.js';
import { CsvReader, sniffSeparator, type CsvEvent } from './csv.js';
import { NotTextError, decodeChunks, type DecodeNotice } from './decode.js';
import { columnsOf, conflictsOf, type Column, type CsvTyping } from './fields.js';
import { brokenQuoteMessage, cellCountMessage, fileMessages, notices } from './messages.js';

export type InputFormat = 'json' | 'jsonl' | 'csv';

/**
 * One row of the input as read (plain data, sent to worker threads). `line` is 1-based: the line of the
 * file where a CSV row (the header is line 1) or a JSON Lines line starts, or the position of an element
 * in a JSON array.
 */
export type Item =
  /** a CSV row: its cells, as many as the header's columns */
  | { readonly line: number; readonly cells: readonly string[] }
  /** a JSON Lines line */
  | { readonly line: number; readonly text: string }
  /** an element of a JSON document */
  | { readonly line: number; readonly record: unknown }
  /** a row that cannot be read: the message says why (in the chosen language) */
  | { readonly line: number; readonly problem: string; readonly cells?: readonly string[] };

/** A batch of rows, and how many empty rows were skipped among them. */
export interface InputBatch {
  readonly items: readonly Item[];
  readonly empty: number;
}

/** An input opened: its format and, for CSV, its separator and columns; then its rows in batches. */
export interface Input {
  readonly format: InputFormat;
  readonly separator?: string;
  readonly columns?: readonly Column[];
  readonly batches: AsyncIterable<InputBatch>;
}

/** A problem with the input as a whole: nothing can be read (exit 2). */
export class UsageError extends Error {}

/** The format named by a file extension, or `undefined`. */
export function formatOfPath(path: string): InputFormat | undefined {
  const ext = extname(path).toLowerCase();
  if (ext === '.json') return 'json';
  if (ext === '.jsonl' || ext === '.ndjson') return 'jsonl';
  if (ext === '.csv' || ext === '.txt' || ext === '.tsv') return 'csv';
  return undefined;
}

interface OpenOptions {
  readonly lang: Lang;
  /** Said once on stderr (already in the chosen language). */
  readonly notice: (message: string) => void;
  readonly stdin?: NodeJS.ReadableStream;
}

/** The text chunks of a file (or of stdin for `-`), decoded. */
async function* textChunks(file: string, options: OpenOptions): AsyncGenerator<string> {
  const stream = file === '-' ? (options.stdin ?? process.stdin) : createReadStream(file, { highWaterMark: 1 << 16 });
  const path = file === '-' ? (options.lang === 'fr' ? 'l’entrée standard' : 'stdin') : file;
  const onNotice = (n: DecodeNotice) => options.notice(n.kind === 'windows-1252' ? notices.windows1252(options.lang, path) : notices.replaced(options.lang, path));
  try {
    yield* decodeChunks(stream as AsyncIterable<Uint8Array | string>, onNotice);
  } catch (e) {
    if (e instanceof NotTextError) throw new UsageError(fileMessages.notText(options.lang, path, e.hint === 'zip'));
    const err = e as NodeJS.ErrnoException;
    if (err.code === 'ENOENT') throw new UsageError(fileMessages.noSuchFile(options.lang, path));
    if (err.code !== undefined) throw new UsageError(fileMessages.cannotRead(options.lang, path, err.message));
    throw e;
  }
}

/** Pulls chunks from an iterator until `enough(text so far)` or the end; returns the text read. */
async function readUntil(iterator: AsyncIterator<string>, enough: (text: string) => boolean): Promise<{ text: string; done: boolean }> {
  let text = '';
  for (;;) {
    const next = await iterator.next();
    if (next.done) return { text, done: true };
    text += next.value;
    if (enough(text)) return { text, done: false };
  }
}

const isBlank = (cells: readonly string[]) => cells.every((c) => c.trim() === '');
const hasBreak = (s: string) => s.includes('\n') || s.includes('\r');

async function openCsv(path: string, iterator: AsyncIterator<string>, head: string, headDone: boolean, typing: CsvTyping, command: string, options: OpenOptions): Promise<Input> {
  const { lang } = options;
  // the separator, from the first line that is not blank
  const lineEnded = (t: string) => /\S[^\r\n]*[\r\n]/.test(t);
  let text = head;
  let done = headDone;
  if (!done && !lineEnded(text)) {
    const more = await readUntil(iterator, (t) => lineEnded(text + t) || t.length > 1 << 20);
    text += more.text;
    done = more.done;
  }
  const line = text.split(/\r\n|\n|\r/).find((l) => l.trim() !== '');
  if (line === undefined) throw new UsageError(fileMessages.empty(lang, path));
  const separator = sniffSeparator(line);
  const reader = new CsvReader(separator);

  // the header: the first record that is not blank (read alone: the rows after it are read once the
  // reader knows the columns)
  let header: string[] | undefined;
  const take = (events: CsvEvent[]) => {
    for (const e of events) {
      if ('brokenQuote' in e) throw new UsageError(fileMessages.brokenHeader(lang, brokenQuoteMessage(lang, e)));
      if (!isBlank(e.cells)) header = e.cells;
    }
  };
  take(reader.push(text, true));
  while (!header && !done) {
    const next = await iterator.next();
    if (next.done) done = true;
    else take(reader.push(next.value, true));
  }
  if (!header) take(reader.end(true));
  if (!header) throw new UsageError(fileMessages.empty(lang, path));

  const columns = columnsOf(header, typing);
  if (!columns.some((c) => c.status === 'known')) {
    throw new UsageError(fileMessages.noKnownColumn(lang, columns.map((c) => c.header).filter((h) => h !== ''), command));
  }
  const conflict = conflictsOf(columns)[0];
  if (conflict) throw new UsageError(fileMessages.conflict(lang, conflict[0], conflict[1]));
  const unknown = columns.filter((c) => c.status === 'unknown' || c.status === 'reserved').map((c) => c.header);
  if (unknown.length > 0) options.notice(notices.unknownColumns(lang, unknown));

  // A quoted cell may hold line breaks only where text is expected, its row must fit the header, and
  // none of its lines may look like a row of the file (a stray quote that took whole rows in).
  const breakable = columns.map((c) => c.status !== 'known' || c.kind === 'text');
  const rowLike = (line: string) => columns.length > 1 && line.split(separator).length >= columns.length;
  reader.acceptMultiline = (cells) =>
    cells.length === columns.length && cells.every((c, i) => !hasBreak(c) || (breakable[i] && !c.split(/\r\n|\n|\r/).some(rowLike)));

  const width = columns.length;
  function batchOf(events: readonly CsvEvent[]): InputBatch {
    const items: Item[] = [];
    let empty = 0;
    for (const e of events) {
      if ('brokenQuote' in e) {
        items.push({ line: e.line, problem: brokenQuoteMessage(lang, e) });
        continue;
      }
      const cells = e.cells;
      if (cells.length === width) {
        // blank rows are rare: look at the first cell before the whole row
        const c0 = cells[0]!.charCodeAt(0);
        if ((cells[0]!.length === 0 || c0 <= 32 || c0 === 160) && isBlank(cells)) empty++;
        else items.push(e); // a record is an item as it is: { cells, line }
        continue;
      }
      if (isBlank(cells)) empty++;
      else items.push({ line: e.line, problem: cellCountMessage(lang, cells.length, width), cells });
    }
    return { items, empty };
  }

  async function* batches(): AsyncGenerator<InputBatch> {
    if (done) {
      const rest = reader.end();
      if (rest.length > 0) yield batchOf(rest);
      return;
    }
    const first = reader.push('');
    if (first.length > 0) yield batchOf(first);
    for (;;) {
      const next = await iterator.next();
      if (next.done) break;
      const events = reader.push(next.value);
      if (events.length > 0) yield batchOf(events);
    }
    const last = reader.end();
    if (last.length > 0) yield batchOf(last);
  }
  return { format: 'csv', separator, columns, batches: batches() };
}

function openJsonLines(iterator: AsyncIterator<string>, head: string): Input {
  async function* batches(): AsyncGenerator<InputBatch> {
    let rest = head;
    let line = 0;
    let ended = false;
    while (!ended) {
      const next = await iterator.next();
      if (next.done) ended = true;
      else rest += next.value;
      const items: Item[] = [];
      let empty = 0;
      let start = 0;
      for (;;) {
        let nl = rest.indexOf('\n', start);
        if (nl === -1) {
          if (!ended || start >= rest.length) break;
          nl = rest.length;
        }
        line++;
        const text = rest.slice(start, nl > start && rest.charCodeAt(nl - 1) === 13 ? nl - 1 : nl);
        start = nl + 1;
        if (text.trim() === '') empty++;
        else items.push({ line, text });
      }
      rest = rest.slice(start);
      if (items.length > 0 || empty > 0) yield { items, empty };
    }
  }
  return { format: 'jsonl', batches: batches() };
}

async function openJson(iterator: AsyncIterator<string>, head: string, path: string, lang: Lang): Promise<Input> {
  let text = head;
  for (;;) {
    const next = await iterator.next();
    if (next.done) break;
    text += next.value;
  }
  if (text.trim() === '') throw new UsageError(fileMessages.empty(lang, path));
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (e) {
    throw new UsageError(fileMessages.notJson(lang, (e as Error).message));
  }
  // A JSON document's rows are numbered by their position in the array, from 1 (its "line").
  const records = Array.isArray(value) ? value : [value];
  async function* batches(): AsyncGenerator<InputBatch> {
    for (let i = 0; i < records.length; i += 200) {
      yield { items: records.slice(i, i + 200).map((record, k) => ({ line: i + k + 1, record })), empty: 0 };
    }
  }
  return { format: 'json', batches: batches() };
}

/** Guesses the format of stdin from its first characters. */
function guessFormat(text: string): InputFormat {
  const trimmed = text.trimStart();
  if (trimmed.startsWith('[')) return 'json';
  if (trimmed.startsWith('{')) {
    const firstLine = trimmed.split('\n', 1)[0]!;
    return firstLine.trim().endsWith('}') && trimmed.includes('\n') ? 'jsonl' : 'json';
  }
  return 'csv';
}

/**
 * Opens the input in the given format (or guessed, for stdin): reads up to the CSV header and checks it.
 * Throws {@link UsageError} when nothing can be read.
 */
export async function openInput(file: string, format: InputFormat | undefined, typing: CsvTyping, command: string, options: OpenOptions): Promise<Input> {
  const iterator = textChunks(file, options)[Symbol.asyncIterator]();
  const path = file === '-' ? (options.lang === 'fr' ? 'l’entrée standard' : 'stdin') : file;
  const first = await readUntil(iterator, (t) => t.trim().length > 0);
  const f = format ?? guessFormat(first.text);
  if (f === 'csv') return openCsv(path, iterator, first.text, first.done, typing, command, options);
  if (f === 'jsonl') {
    if (first.done && first.text.trim() === '') throw new UsageError(fileMessages.empty(options.lang, path));
    return openJsonLines(iterator, first.text);
  }
  return openJson(iterator, first.text, path, options.lang);
}
