/**
 * Reading input records from a file or stdin: JSON (an object or an array, read whole), JSON Lines
 * (one object per line, streamed) or CSV (a header row naming the input fields with dotted paths,
 * streamed). A line that cannot be parsed becomes an invalid row; the others go on.
 */
import { createReadStream } from 'node:fs';
import { extname } from 'node:path';
import { csvRowBatches } from './csv.js';

export type InputFormat = 'json' | 'jsonl' | 'csv';

/** A parsed input record, or the reason a line could not be parsed. */
export type RawRecord = { readonly record: unknown; readonly line?: number } | { readonly parseError: string; readonly line?: number };

/**
 * A batch of input as read, before records are built: plain data that can be sent to a worker thread
 * (CSV cells with the column specs, JSON Lines texts, or records of a JSON file).
 */
export type InputBatch =
  | { readonly kind: 'csv'; readonly columns: readonly Column[]; readonly withLists: boolean; readonly items: readonly CsvItem[] }
  | { readonly kind: 'jsonl'; readonly items: readonly { readonly text: string; readonly line: number }[] }
  | { readonly kind: 'records'; readonly records: readonly unknown[] };

type CsvItem = { readonly row: readonly string[]; readonly line: number } | { readonly parseError: string; readonly line: number };

/** How a command reads CSV cells: which dotted paths hold numbers or booleans. */
export interface CsvTyping {
  isNumeric(path: string): boolean;
  isBoolean(path: string): boolean;
}

/** Raised for a problem with the input as a whole (unreadable file, JSON that does not parse). */
export class UsageError extends Error {}

/** The format named by a file extension, or `undefined`. */
export function formatOfPath(path: string): InputFormat | undefined {
  const ext = extname(path).toLowerCase();
  if (ext === '.json') return 'json';
  if (ext === '.jsonl' || ext === '.ndjson') return 'jsonl';
  if (ext === '.csv') return 'csv';
  return undefined;
}

/** The chunks of a file (or of stdin for `-`), as UTF-8 text. */
export async function* textChunks(path: string, stdin: NodeJS.ReadableStream = process.stdin): AsyncGenerator<string> {
  const stream = path === '-' ? stdin : createReadStream(path, { encoding: 'utf8', highWaterMark: 1 << 16 });
  if (path === '-') (stream as NodeJS.ReadStream).setEncoding?.('utf8');
  let first = true;
  try {
    for await (const chunk of stream) {
      let text = typeof chunk === 'string' ? chunk : (chunk as Buffer).toString('utf8');
      if (first && text.charCodeAt(0) === 0xfeff) text = text.slice(1); // byte-order mark
      first = false;
      yield text;
    }
  } catch (e) {
    const err = e as NodeJS.ErrnoException;
    throw new UsageError(err.code === 'ENOENT' ? `cannot read ${path}: no such file` : `cannot read ${path}: ${err.message}`);
  }
}

async function* lineBatches(chunks: AsyncIterable<string>): AsyncGenerator<string[]> {
  let rest = '';
  for await (const chunk of chunks) {
    const text = rest + chunk;
    const batch: string[] = [];
    let start = 0;
    let nl = text.indexOf('\n', start);
    while (nl !== -1) {
      batch.push(text.charCodeAt(nl - 1) === 13 ? text.slice(start, nl - 1) : text.slice(start, nl));
      start = nl + 1;
      nl = text.indexOf('\n', start);
    }
    rest = text.slice(start);
    if (batch.length > 0) yield batch;
  }
  if (rest.length > 0) yield [rest.replace(/\r$/, '')];
}

/** Objects whose keys are exactly 0…n−1 (from CSV columns such as `missions.0.id`) become arrays. */
export function listsFromIndexes(value: unknown): unknown {
  if (typeof value !== 'object' || value === null) return value;
  if (Array.isArray(value)) return value.map(listsFromIndexes);
  const obj = value as Record<string, unknown>;
  const keys = Object.keys(obj);
  const converted: Record<string, unknown> = {};
  for (const k of keys) converted[k] = listsFromIndexes(obj[k]);
  if (keys.length > 0 && keys.every((k, i) => k === String(i))) return keys.map((k) => converted[k]);
  return converted;
}

const NUMBER = /^-?\d+(?:\.\d+)?$/;

/** How each CSV column is read, decided once from the header. */
export interface Column {
  readonly name: string;
  readonly parts: readonly string[];
  readonly numeric: boolean;
  readonly boolean: boolean;
}

function columnsOf(header: readonly string[], typing: CsvTyping): Column[] {
  return header.map((raw) => {
    const name = raw.trim();
    const parts = name.startsWith('overrides.') ? ['overrides', name.slice('overrides.'.length)] : name.split('.');
    return { name, parts, numeric: typing.isNumeric(name), boolean: typing.isBoolean(name) };
  });
}

function cellValue(column: Column, raw: string): unknown {
  const cell = raw.trim();
  if (cell === '') return undefined;
  if (column.numeric && NUMBER.test(cell)) return Number(cell);
  if (column.boolean) {
    const lower = cell.toLowerCase();
    if (lower === 'true' || lower === 'vrai' || lower === '1' || lower === 'oui') return true;
    if (lower === 'false' || lower === 'faux' || lower === '0' || lower === 'non') return false;
  }
  return cell;
}

function recordOf(columns: readonly Column[], row: readonly string[], withLists: boolean): unknown {
  const record: Record<string, unknown> = {};
  for (let i = 0; i < columns.length; i++) {
    const column = columns[i]!;
    const value = cellValue(column, row[i]!);
    if (value === undefined) continue;
    const parts = column.parts;
    if (parts.length === 1) {
      record[parts[0]!] = value;
      continue;
    }
    let cur = record;
    for (let k = 0; k < parts.length - 1; k++) {
      const key = parts[k]!;
      const next = cur[key];
      if (typeof next !== 'object' || next === null) cur[key] = {};
      cur = cur[key] as Record<string, unknown>;
    }
    cur[parts[parts.length - 1]!] = value;
  }
  return withLists ? listsFromIndexes(record) : record;
}

async function* fromCsv(chunks: AsyncIterable<string>, typing: CsvTyping): AsyncGenerator<InputBatch> {
  let columns: Column[] | undefined;
  let withLists = false;
  let line = 0;
  let separator: string | undefined;
  // sniff the separator from the first line: ';' when it has more semicolons than commas
  const buffered: string[] = [];
  const iterator = chunks[Symbol.asyncIterator]();
  for (;;) {
    const next = await iterator.next();
    if (next.done) break;
    buffered.push(next.value);
    const text = buffered.join('');
    const nl = text.indexOf('\n');
    if (nl !== -1 || text.length > 1 << 16) {
      const first = nl === -1 ? text : text.slice(0, nl);
      separator = (first.match(/;/g)?.length ?? 0) > (first.match(/,/g)?.length ?? 0) ? ';' : ',';
      break;
    }
  }
  async function* replay(): AsyncGenerator<string> {
    yield* buffered;
    for (;;) {
      const next = await iterator.next();
      if (next.done) return;
      yield next.value;
    }
  }
  for await (const rows of csvRowBatches(replay(), separator ?? ',')) {
    const items: CsvItem[] = [];
    for (const row of rows) {
      line++;
      if (!columns) {
        columns = columnsOf(row, typing);
        withLists = columns.some((c) => c.parts.some((p) => /^\d+$/.test(p)));
        continue;
      }
      if (row.length === 1 && row[0]!.trim() === '') continue;
      if (row.length !== columns.length) {
        items.push({ parseError: `line ${line}: ${row.length} cells for ${columns.length} columns`, line });
        continue;
      }
      items.push({ row, line });
    }
    if (items.length > 0 && columns) yield { kind: 'csv', columns, withLists, items };
  }
}

async function* fromJsonLines(chunks: AsyncIterable<string>): AsyncGenerator<InputBatch> {
  let line = 0;
  for await (const texts of lineBatches(chunks)) {
    const items: { text: string; line: number }[] = [];
    for (const text of texts) {
      line++;
      if (text.trim() !== '') items.push({ text, line });
    }
    if (items.length > 0) yield { kind: 'jsonl', items };
  }
}

async function* fromJson(chunks: AsyncIterable<string>): AsyncGenerator<InputBatch> {
  let text = '';
  for await (const chunk of chunks) text += chunk;
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (e) {
    throw new UsageError(`the input is not valid JSON (${(e as Error).message}); for one object per line use --input jsonl`);
  }
  const records = Array.isArray(value) ? value : [value];
  for (let i = 0; i < records.length; i += 200) yield { kind: 'records', records: records.slice(i, i + 200) };
}

/** The records of a batch (the work of a worker thread, or of the main thread with --jobs 1). */
export function recordsOf(batch: InputBatch): RawRecord[] {
  switch (batch.kind) {
    case 'csv':
      return batch.items.map((item) => ('row' in item ? { record: recordOf(batch.columns, item.row, batch.withLists), line: item.line } : item));
    case 'jsonl':
      return batch.items.map(({ text, line }) => {
        try {
          return { record: JSON.parse(text) as unknown, line };
        } catch (e) {
          return { parseError: `line ${line}: not valid JSON (${(e as Error).message})`, line };
        }
      });
    default:
      return batch.records.map((record) => ({ record }));
  }
}

/** Number of rows in a batch. */
export function sizeOf(batch: InputBatch): number {
  return batch.kind === 'records' ? batch.records.length : batch.items.length;
}

/** Guesses the format of stdin from its first characters. */
async function* sniff(chunks: AsyncIterable<string>, onFormat: (f: InputFormat) => void): AsyncGenerator<string> {
  let decided = false;
  let head = '';
  for await (const chunk of chunks) {
    if (!decided) {
      head += chunk;
      const trimmed = head.trimStart();
      if (trimmed.length === 0) continue;
      const firstLine = trimmed.split('\n', 1)[0]!;
      if (trimmed.startsWith('[')) onFormat('json');
      else if (trimmed.startsWith('{')) onFormat(firstLine.trim().endsWith('}') && trimmed.includes('\n') ? 'jsonl' : 'json');
      else onFormat('csv');
      decided = true;
      yield head;
      continue;
    }
    yield chunk;
  }
  if (!decided && head.length > 0) {
    onFormat('csv');
    yield head;
  }
}

/** The input in the given format (or guessed for stdin), in batches (about one per 64 KiB read). */
export async function* readBatches(path: string, format: InputFormat | undefined, typing: CsvTyping): AsyncGenerator<InputBatch> {
  const chunks = textChunks(path);
  if (format) {
    if (format === 'csv') yield* fromCsv(chunks, typing);
    else if (format === 'jsonl') yield* fromJsonLines(chunks);
    else yield* fromJson(chunks);
    return;
  }
  // Format unknown: decide from the first characters, then replay them.
  let guessed: InputFormat = 'csv';
  const peeked = sniff(chunks, (f) => (guessed = f));
  const first = await peeked.next();
  if (first.done) return;
  async function* all(): AsyncGenerator<string> {
    yield first.value as string;
    yield* peeked;
  }
  const f = guessed as InputFormat;
  if (f === 'csv') yield* fromCsv(all(), typing);
  else if (f === 'jsonl') yield* fromJsonLines(all());
  else yield* fromJson(all());
}
