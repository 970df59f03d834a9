/**
 * CSV as spreadsheets write it (RFC 4180: comma, semicolon or tab separated, double-quoted fields, ""
 * for a quote, CRLF or LF), read as a stream of records that each know their line, and written field by
 * field in the English (`,` and dot) or French (`;`, decimal comma, BOM, CRLF) convention. No dependency.
 *
 * A quote that never closes must not swallow the rest of a file. A quoted field is taken as broken —
 * reported at the line where its record starts, and reading resumes at the next line, so every following
 * row is still read — when: the file ends inside it; it runs longer than a spreadsheet cell can be
 * ({@link MAX_QUOTED} characters); or it spans several lines and the record it ends does not fit the
 * header (`acceptMultiline`, set by the reader once the header is known).
 */
import { formatCell, type Cell, type ColumnKind } from '../core/summary.js';

/** A record read: its cells and the line of the file where it starts (1-based). */
export interface CsvRecord {
  readonly cells: string[];
  readonly line: number;
}

/** A quoted field that never closes properly, in the record starting at `line`; `column` is 1-based. */
export interface BrokenQuote {
  readonly brokenQuote: true;
  readonly line: number;
  readonly column: number;
  readonly reason: 'end-of-file' | 'too-long' | 'misfit' | 'line-too-long';
}

export type CsvEvent = CsvRecord | BrokenQuote;

/** Longest quoted field accepted, in characters as written: an Excel cell holds at most 32 767 characters. */
export const MAX_QUOTED = 65_536;
/** Longest record accepted (beyond: an error for its line, reading resumes at the next line). */
export const MAX_RECORD = 1 << 20;

const QUOTE = 34;
const LF = 10;
const CR = 13;

function lineBreaks(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === LF) n++;
    else if (c === CR && s.charCodeAt(i + 1) !== LF) n++;
  }
  return n;
}

/**
 * An incremental CSV reader: `push` chunks of text, `end` at the end; each returns the records (and
 * broken quotes) complete so far. A record cut by a chunk boundary is kept and read again whole.
 */
export class CsvReader {
  private rest = '';
  private line = 1;
  /** After a broken quote whose line has not ended yet: skip to the next line. */
  private skipping = false;
  /** Whether a record whose quoted fields hold line breaks is a real one (set once the header is known). */
  acceptMultiline: (cells: readonly string[]) => boolean = () => true;
  private readonly sep: number;

  constructor(separator = ',') {
    this.sep = separator.charCodeAt(0);
  }

  /**
   * Reads a chunk. With `untilHeader`, stops after the first record that is not blank (the header), so
   * that `acceptMultiline` can be set from it before the rows are read; the rest is read by the next call.
   */
  push(chunk: string, untilHeader = false): CsvEvent[] {
    const text = this.rest.length > 0 ? this.rest + chunk : chunk;
    this.rest = '';
    return this.parse(text, false, untilHeader);
  }

  end(untilHeader = false): CsvEvent[] {
    const text = this.rest;
    this.rest = '';
    return text.length > 0 || this.skipping ? this.parse(text, true, untilHeader) : [];
  }

  private parse(text: string, final: boolean, untilHeader: boolean): CsvEvent[] {
    const out: CsvEvent[] = [];
    const sep = this.sep;
    const n = text.length;
    let pos = 0;
    let line = this.line;
    if (this.skipping) {
      const next = lineEnd(text, 0, final);
      if (next === -1) {
        this.rest = '';
        if (final) this.skipping = false;
        return out;
      }
      this.skipping = false;
      pos = next;
      line++;
    }
    records: while (pos < n) {
      const start = pos;
      const startLine = line;
      const cells: string[] = [];
      let breaks = 0; // line breaks inside quoted fields
      let i = pos;
      let broken: BrokenQuote['reason'] | undefined;
      let brokenColumn = 0;
      for (;;) {
        let prefix = '';
        if (i < n && text.charCodeAt(i) === QUOTE) {
          const open = i;
          let j = i + 1;
          for (;;) {
            const q = text.indexOf('"', j);
            if (q === -1 || q - open > MAX_QUOTED) {
              if (q === -1 && !final && n - open <= MAX_QUOTED) break records; // wait for more text
              broken = q === -1 && n - open <= MAX_QUOTED ? 'end-of-file' : 'too-long';
              brokenColumn = cells.length + 1;
              break;
            }
            if (q + 1 === n && !final) break records; // "" or the closing quote: wait for more text
            prefix += text.slice(j, q);
            if (text.charCodeAt(q + 1) === QUOTE) {
              prefix += '"';
              j = q + 2;
              continue;
            }
            i = q + 1;
            break;
          }
          if (broken) break;
          const inside = lineBreaks(prefix);
          if (inside > 0 && i < n) {
            // A quoted cell over several lines must end with its quote: text after it means the quote
            // was a stray one that took the lines in between (spreadsheets never write `"…"x`).
            const c = text.charCodeAt(i);
            if (c !== sep && c !== LF && c !== CR) {
              broken = 'misfit';
              brokenColumn = 0;
              break;
            }
          }
          breaks += inside;
        }
        // an unquoted field, or what follows a closing quote (kept, as spreadsheets do)
        let k = i;
        while (k < n) {
          const c = text.charCodeAt(k);
          if (c === sep || c === LF || c === CR) break;
          k++;
        }
        if (k - start > MAX_RECORD) {
          broken = 'line-too-long';
          brokenColumn = cells.length + 1;
          break;
        }
        if (k === n && !final) break records;
        cells.push(prefix.length > 0 ? prefix + text.slice(i, k) : text.slice(i, k));
        if (k === n) {
          pos = n;
          break;
        }
        const c = text.charCodeAt(k);
        if (c === sep) {
          i = k + 1;
          continue;
        }
        if (c === CR && k + 1 === n && !final) break records; // CR of a CRLF cut by the chunk
        pos = c === CR && text.charCodeAt(k + 1) === LF ? k + 2 : k + 1;
        line += 1 + breaks;
        break;
      }
      if (!broken && breaks > 0 && !this.acceptMultiline(cells)) {
        broken = 'misfit';
        brokenColumn = 0;
      }
      if (!broken) {
        out.push({ cells, line: startLine });
        if (untilHeader && cells.some((c) => c.trim() !== '')) break;
        continue;
      }
      // A broken quote: report it at the record's first line and resume at the next line.
      out.push({ brokenQuote: true, line: startLine, column: brokenColumn, reason: broken });
      line = startLine;
      const next = lineEnd(text, start, final);
      if (next === -1) {
        this.skipping = !final;
        this.line = startLine;
        return out;
      }
      pos = next;
      line = startLine + 1;
    }
    if (pos < n) {
      // a record cut by the end of the chunk: read again whole with the next chunk
      this.rest = text.slice(pos);
    }
    this.line = line;
    return out;
  }
}

/** Position after the end of the line holding `from`, or −1 when that line has not ended yet. */
function lineEnd(text: string, from: number, final: boolean): number {
  for (let k = from; k < text.length; k++) {
    const c = text.charCodeAt(k);
    if (c === LF) return k + 1;
    if (c === CR) {
      if (k + 1 === text.length && !final) return -1;
      return text.charCodeAt(k + 1) === LF ? k + 2 : k + 1;
    }
  }
  return -1;
}

/** The records of a CSV text arriving in chunks (cells only; broken quotes left out): for tests and small uses. */
export async function* csvRows(chunks: AsyncIterable<string>, separator = ','): AsyncGenerator<string[]> {
  const reader = new CsvReader(separator);
  for await (const chunk of chunks) {
    for (const e of reader.push(chunk)) if (!('brokenQuote' in e)) yield e.cells;
  }
  for (const e of reader.end()) if (!('brokenQuote' in e)) yield e.cells;
}

/** The separator of a CSV text from its first line: the most frequent of `;`, `,` and tab (`,` on a tie). */
export function sniffSeparator(firstLine: string): ';' | ',' | '\t' {
  let semi = 0;
  let comma = 0;
  let tab = 0;
  let quoted = false;
  for (let i = 0; i < firstLine.length; i++) {
    const c = firstLine.charCodeAt(i);
    if (c === QUOTE) quoted = !quoted;
    else if (quoted) continue;
    else if (c === 59) semi++;
    else if (c === 44) comma++;
    else if (c === 9) tab++;
  }
  if (semi > comma && semi >= tab) return ';';
  if (tab > comma && tab > semi) return '\t';
  return ',';
}

// ---------------------------------------------------------------------------------------------------
// Writing

/** How a CSV is written: English (`,`, dot, LF) or French for Excel (`;`, decimal comma, BOM, CRLF). */
export type CsvConvention = 'en' | 'fr';

/** What a column holds, for writing: text is protected from spreadsheet formulas, numbers keep their form. */
export type CsvKind = 'text' | 'number' | 'date' | 'boolean';

const NEEDS_QUOTES = /[",;\t\r\n]/;

/** Quotes a text when it holds a separator (either: a reader may sniff either), a quote or a line break. */
function quoted(s: string): string {
  return NEEDS_QUOTES.test(s) ? `"${s.replaceAll('"', '""')}"` : s;
}

/**
 * A text a spreadsheet would run as a formula (`=`, `+`, `-`, `@`, tab, carriage return first) is written
 * with a leading apostrophe, which spreadsheets show as text.
 */
export function defused(s: string): string {
  const c = s.charCodeAt(0);
  return c === 61 || c === 43 || c === 45 || c === 64 || c === 9 || c === 13 ? `'${s}` : s;
}

/** `-12`, `0.5`, `12000.00`: a number a spreadsheet reads as such (ASCII digits, one dot). */
function isPlainNumber(s: string): boolean {
  let dot = false;
  let digits = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 48 && c <= 57) digits++;
    else if (c === 46 && !dot && digits > 0) dot = true;
    else if (c === 45 && i === 0) continue;
    else return false;
  }
  return digits > 0 && s.charCodeAt(s.length - 1) !== 46;
}

/** One CSV field of a column of the given kind, in the given convention. */
export function csvField(value: unknown, kind: CsvKind = 'text', convention: CsvConvention = 'en'): string {
  if (value === undefined || value === null || value === '') return '';
  switch (kind) {
    case 'number': {
      const s = String(value);
      if (typeof value !== 'number' && typeof value !== 'bigint' && !isPlainNumber(s)) return quoted(defused(s));
      return convention === 'fr' ? s.replace('.', ',') : s;
    }
    case 'boolean':
      if (typeof value === 'boolean') return convention === 'fr' ? (value ? 'VRAI' : 'FAUX') : String(value);
      return quoted(defused(String(value)));
    case 'date':
      return quoted(defused(String(value)));
    default:
      return quoted(defused(typeof value === 'string' ? value : String(value)));
  }
}

/** One CSV line (with its line end), every column text unless `kinds` says otherwise. */
export function csvLine(values: readonly unknown[], kinds: readonly CsvKind[] = [], convention: CsvConvention = 'en'): string {
  const sep = convention === 'fr' ? ';' : ',';
  let line = '';
  for (let i = 0; i < values.length; i++) {
    const field = csvField(values[i], kinds[i] ?? 'text', convention);
    line += i === 0 ? field : sep + field;
  }
  return line + (convention === 'fr' ? '\r\n' : '\n');
}

/**
 * The exact digits of a number cell (a Decimal's `toFixed()`, which neither rounds nor builds a new
 * Decimal; a number as it is), with at least `decimals` decimals: an amount in whole cents gets its two
 * (`12000` → `12000.00`), nothing is ever cut.
 */
function numberOf(cell: unknown, decimals: 0 | 2): string {
  const text = typeof cell === 'object' && cell !== null && typeof (cell as { toFixed?: unknown }).toFixed === 'function' ? (cell as { toFixed(): string }).toFixed() : String(cell);
  if (decimals === 0) return text;
  const dot = text.indexOf('.');
  if (dot === -1) return `${text}.00`;
  return text.length - dot === 2 ? `${text}0` : text;
}

/**
 * One CSV field of a summary cell, by its column's kind, in a convention: amounts, quantities and rates
 * as numbers a spreadsheet reads, exactly as the library gives them (`12000,00` / `12000.00`: no
 * thousands separator, no currency sign; a rate as its ratio, `0,75` for 75 %, to format as a percentage
 * in the spreadsheet), dates `01/04/2021` (French) or ISO, booleans `VRAI`/`FAUX` (French Excel's) or
 * `true`/`false`. Nothing is rounded here.
 */
export function summaryField(kind: ColumnKind, cell: Cell | undefined, convention: CsvConvention): string {
  if (cell === null || cell === undefined) return '';
  switch (kind) {
    case 'euro':
      return csvField(numberOf(cell, 2), 'number', convention);
    case 'decimal':
    case 'integer':
    case 'percent':
      return csvField(numberOf(cell, 0), 'number', convention);
    case 'date':
      return typeof cell === 'string' ? csvField(convention === 'fr' ? formatCell('date', cell, 'fr') : cell, 'date', convention) : csvField(String(cell), 'text', convention);
    case 'boolean':
      return csvField(cell, 'boolean', convention);
    default:
      return csvField(typeof cell === 'string' ? cell : String(cell), 'text', convention);
  }
}
