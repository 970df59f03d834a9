/**
 * Reading input records from a file or stdin: JSON (an object or an array, read whole), JSON Lines
 * (one object per line, streamed) or CSV (a header row naming the input fields with dotted paths,
 * streamed). A line that cannot be parsed becomes an invalid row; the others go on.
 */
import { createReadStream } from 'node:fs';
import { extname } from 'node:path';
import { csvRows } from './csv.js';

export type InputFormat = 'json' | 'jsonl' | 'csv';

/** A parsed input record, or the reason a line could not be parsed. */
export type RawRecord = { readonly record: unknown; readonly line?: number } | { readonly parseError: string; readonly line?: number };

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

async function* lines(chunks: AsyncIterable<string>): AsyncGenerator<string> {
  let rest = '';
  for await (const chunk of chunks) {
    const text = rest + chunk;
    let start = 0;
    let nl = text.indexOf('\n', start);
    while (nl !== -1) {
      yield text.slice(start, nl).replace(/\r$/, '');
      start = nl + 1;
      nl = text.indexOf('\n', start);
    }
    rest = text.slice(start);
  }
  if (rest.length > 0) yield rest.replace(/\r$/, '');
}

/** Sets `value` at a dotted `path` of `target`; `overrides.<id>` keeps the id (which has dots) whole. */
export function setPath(target: Record<string, unknown>, path: string, value: unknown): void {
  const parts = path.startsWith('overrides.') ? ['overrides', path.slice('overrides.'.length)] : path.split('.');
  let cur = target;
  for (let i = 0; i < parts.length - 1; i++) {
    const key = parts[i]!;
    const next = cur[key];
    if (typeof next !== 'object' || next === null) cur[key] = {};
    cur = cur[key] as Record<string, unknown>;
  }
  cur[parts[parts.length - 1]!] = value;
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

/** A CSV cell as the command's schema expects it: absent when empty, number or boolean when typed so. */
export function typedCell(path: string, raw: string, typing: CsvTyping): unknown {
  const cell = raw.trim();
  if (cell === '') return undefined;
  if (typing.isNumeric(path) && NUMBER.test(cell)) return Number(cell);
  if (typing.isBoolean(path)) {
    const lower = cell.toLowerCase();
    if (lower === 'true' || lower === 'vrai' || lower === '1' || lower === 'oui') return true;
    if (lower === 'false' || lower === 'faux' || lower === '0' || lower === 'non') return false;
  }
  return cell;
}

async function* fromCsv(chunks: AsyncIterable<string>, typing: CsvTyping): AsyncGenerator<RawRecord> {
  let header: string[] | undefined;
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
  for await (const row of csvRows(replay(), separator ?? ',')) {
    line++;
    if (!header) {
      header = row.map((h) => h.trim());
      continue;
    }
    if (row.length === 1 && row[0]!.trim() === '') continue;
    if (row.length !== header.length) {
      yield { parseError: `line ${line}: ${row.length} cells for ${header.length} columns`, line };
      continue;
    }
    const record: Record<string, unknown> = {};
    header.forEach((name, i) => {
      const value = typedCell(name, row[i]!, typing);
      if (value !== undefined) setPath(record, name, value);
    });
    yield { record: listsFromIndexes(record), line };
  }
}

async function* fromJsonLines(chunks: AsyncIterable<string>): AsyncGenerator<RawRecord> {
  let line = 0;
  for await (const text of lines(chunks)) {
    line++;
    if (text.trim() === '') continue;
    try {
      yield { record: JSON.parse(text), line };
    } catch (e) {
      yield { parseError: `line ${line}: not valid JSON (${(e as Error).message})`, line };
    }
  }
}

async function* fromJson(chunks: AsyncIterable<string>): AsyncGenerator<RawRecord> {
  let text = '';
  for await (const chunk of chunks) text += chunk;
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (e) {
    throw new UsageError(`the input is not valid JSON (${(e as Error).message}); for one object per line use --input jsonl`);
  }
  if (Array.isArray(value)) for (const record of value) yield { record };
  else yield { record: value };
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

/** The records of an input in the given format (or guessed for stdin). */
export async function* readRecords(path: string, format: InputFormat | undefined, typing: CsvTyping): AsyncGenerator<RawRecord> {
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
