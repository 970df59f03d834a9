/**
 * Turning a batch of rows into output text: build each record, run the library on it, show the result
 * or every error of the row. The same function runs in the main thread (--jobs 1) and in worker threads.
 *
 * Nothing a row holds can stop the others: whatever the library (or the formatting of its result) throws
 * for a row, that row is reported as invalid with the message, and the next row is computed.
 */
import { formatPath, isExerciceCoordonneError } from '../core/errors.js';
import type { Lang } from '../core/explain.js';
import { CellProblem, converterOf, type Converter } from './cells.js';
import type { Command, RowRef } from './command.js';
import { csvField, csvLine, summaryField, type CsvConvention } from './csv.js';
import { totalsOf, type ColumnKind, type SummaryRow } from '../core/summary.js';
import { contractReport, type ReportableResult } from '../report/index.js';
import type { Column } from './fields.js';
import type { Item } from './input.js';
import { cellProblemMessage, failedRowMessage, jsonLineMessage, unknownColumnMessage, unnamedColumnMessage } from './messages.js';

export type OutputFormat = 'table' | 'jsonl' | 'csv' | 'json' | 'html';

export interface ShowSettings {
  readonly format: OutputFormat;
  readonly lang: Lang;
  readonly explain: boolean;
  /** The convention of CSV output. */
  readonly csv: CsvConvention;
}

/** A batch to process: its rows, the CSV columns (for CSV input) and whether rows came before it. */
export interface WorkBatch {
  readonly items: readonly Item[];
  readonly columns?: readonly Column[];
  /** Rows (not empty) before this batch in the input: the first row of all is not preceded by a separator. */
  readonly start: number;
}

/** The totals of the valid rows of a batch: each summed column as a decimal string, the rows summed, the rows not known yet. */
export interface BatchTotals {
  readonly sums: Readonly<Record<string, string>>;
  readonly rows: number;
  readonly pending: number;
}

/** The HTML report of one valid row (`--format html`). */
export interface Report {
  readonly line: number;
  readonly id?: unknown;
  readonly html: string;
}

/** What a batch gave: its output text (for HTML: the invalid rows, for stderr), its counts, (table view) its totals and (HTML) its reports. */
export interface BatchOutput {
  readonly text: string;
  readonly reports?: readonly Report[];
  readonly valid: number;
  readonly invalid: number;
  readonly totals?: BatchTotals;
}

/** One error of a row: the column as written (CSV), the field, the value received, the message. */
export interface RowError {
  readonly column?: string;
  readonly field?: string;
  readonly received?: unknown;
  readonly message: string;
}

// ---------------------------------------------------------------------------------------------------
// Records from CSV cells

/** A record built from a CSV row, and the problems of its cells (unknown columns first). */
export interface Built {
  readonly record: Record<string, unknown>;
  readonly problems: readonly RowError[];
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

/** Builds records from the cells of rows read under `columns` (the converters chosen once). */
export class RecordBuilder {
  private readonly converters: Converter[];
  private readonly withLists: boolean;

  constructor(
    private readonly columns: readonly Column[],
    private readonly lang: Lang,
    private readonly command: string,
  ) {
    this.converters = columns.map((c) => converterOf(c.kind, c.values));
    this.withLists = columns.some((c) => c.parts.some((p) => /^\d+$/.test(p)));
  }

  build(cells: readonly string[]): Built {
    const record: Record<string, unknown> = {};
    let unknown: RowError[] | undefined;
    let others: RowError[] | undefined;
    const columns = this.columns;
    for (let i = 0; i < columns.length; i++) {
      const raw = cells[i]!;
      const cell = raw.length > 0 && (raw.charCodeAt(0) <= 32 || raw.charCodeAt(raw.length - 1) <= 32 || raw.charCodeAt(0) === 160 || raw.charCodeAt(raw.length - 1) === 160) ? raw.trim() : raw;
      if (cell === '') continue;
      const column = columns[i]!;
      if (column.status !== 'known') {
        const message =
          column.status === 'unnamed'
            ? unnamedColumnMessage(this.lang, column.position, cell)
            : unknownColumnMessage(this.lang, column.header, column.status === 'reserved', this.command);
        (unknown ??= []).push({ ...(column.header ? { column: column.header } : {}), received: cell, message });
        continue;
      }
      const value = this.converters[i]!(cell);
      if (value instanceof CellProblem) {
        (others ??= []).push({ column: column.header, field: column.path, received: cell, message: cellProblemMessage(this.lang, value.code, column.header, cell) });
        continue;
      }
      const parts = column.parts;
      if (parts.length === 1) {
        record[parts[0]!] = value;
        continue;
      }
      let cur = record;
      for (let k = 0; k < parts.length - 1; k++) {
        const key = parts[k]!;
        const next = Object.hasOwn(cur, key) ? cur[key] : undefined;
        if (typeof next !== 'object' || next === null) cur[key] = {};
        cur = cur[key] as Record<string, unknown>;
      }
      cur[parts[parts.length - 1]!] = value;
    }
    const problems = unknown || others ? [...(unknown ?? []), ...(others ?? [])] : NONE;
    return { record: this.withLists ? (listsFromIndexes(record) as Record<string, unknown>) : record, problems };
  }

  /** The `id` cell of a row that could not be made a record (wrong number of cells), if there is one. */
  idOf(cells: readonly string[]): string | undefined {
    const i = this.columns.findIndex((c) => c.status === 'known' && c.path === 'id');
    const id = i >= 0 ? cells[i]?.trim() : undefined;
    return id === '' ? undefined : id;
  }

  /** The non-empty cells of a row by header (the input of an invalid row, as written; defined properties, so that a header `__proto__` is a key like any other). */
  inputOf(cells: readonly string[]): Record<string, string> {
    const input: Record<string, string> = {};
    cells.forEach((raw, i) => {
      const cell = raw.trim();
      // a cell beyond the header (a row too long) is kept under its position
      const key = this.columns[i]?.header || `(${i + 1})`;
      if (cell !== '') Object.defineProperty(input, key, { value: cell, enumerable: true, writable: true, configurable: true });
    });
    return input;
  }
}

const NONE: readonly RowError[] = [];

// ---------------------------------------------------------------------------------------------------
// Errors of the library, of anything else

function errorsOf(e: unknown, lang: Lang, columnOfPath: ReadonlyMap<string, string>, reported: ReadonlySet<string>): RowError[] {
  if (isExerciceCoordonneError(e)) {
    const out: RowError[] = [];
    for (const issue of e.issues) {
      const field = formatPath(issue.path);
      if (reported.has(field)) continue; // the cell was not read: already reported
      const column = columnOfPath.get(field);
      out.push({ ...(column !== undefined ? { column } : {}), field, received: issue.received, message: lang === 'fr' ? issue.messageFr : issue.message });
    }
    if (out.length === 0 && e.issues.length === 0) out.push({ message: e.messageIn(lang) });
    return out;
  }
  return [{ message: failedRowMessage(lang, describe(e, lang)) }];
}

/** A thrown value in one line, whatever it is (an object without prototype cannot even be turned into a string); the library's error in `lang`. */
function describe(e: unknown, lang: Lang): string {
  try {
    if (isExerciceCoordonneError(e)) return `${e.name}: ${e.messageIn(lang)}`;
    return e instanceof Error ? `${e.name}: ${e.message}` : String(e);
  } catch {
    return Object.prototype.toString.call(e);
  }
}

/** A value for JSON output that cannot make JSON.stringify throw (BigInt, cycles). */
function safe(value: unknown): unknown {
  try {
    JSON.stringify(value);
    return value;
  } catch {
    return String(value);
  }
}

function idOf(record: unknown): unknown {
  return typeof record === 'object' && record !== null && !Array.isArray(record) && Object.hasOwn(record, 'id') ? (record as { id: unknown }).id : undefined;
}

// ---------------------------------------------------------------------------------------------------
// Output

const STATUS = { fr: { ok: 'ok', invalid: 'invalide' }, en: { ok: 'ok', invalid: 'invalid' } };

/**
 * The CSV header line of a command's output in a convention: the row's line and id, every column of the
 * scheme's summary (French headings, or the keys in English), the status, the errors and, for an invalid
 * row, its input as written.
 */
export function csvHeaderLine(command: Command<unknown>, convention: CsvConvention): string {
  const fr = convention === 'fr';
  const names = [fr ? 'ligne' : 'line', 'id', ...command.columns.map((c) => (fr ? c.label.fr : c.key)), fr ? 'statut' : 'status', fr ? 'erreurs' : 'errors', fr ? 'entrée' : 'input'];
  return (fr ? '\ufeff' : '') + csvLine(names, [], convention);
}

class Output {
  private readonly sep: string;
  private readonly end: string;
  private readonly kinds: readonly ColumnKind[];
  private readonly keys: readonly string[];
  constructor(
    private readonly command: Command<unknown>,
    private readonly settings: ShowSettings,
  ) {
    this.sep = settings.csv === 'fr' ? ';' : ',';
    this.end = `${this.sep}${STATUS[settings.csv].ok}${this.sep}${this.sep}${settings.csv === 'fr' ? '\r\n' : '\n'}`;
    this.kinds = command.columns.map((c) => c.kind);
    this.keys = command.columns.map((c) => c.key);
  }

  result(result: unknown, rows: readonly SummaryRow[], row: RowRef, first: boolean): string {
    const { settings, command } = this;
    switch (settings.format) {
      case 'table':
        return `${first ? '' : '\n'}${command.table(result, rows, row, settings).join('\n')}\n`;
      case 'csv': {
        const { sep, kinds, keys } = this;
        const convention = settings.csv;
        const head = `${row.line}${sep}${csvField(row.id, 'text', convention)}`;
        let text = '';
        for (const cells of rows) {
          let line = head;
          for (let i = 0; i < keys.length; i++) line += sep + summaryField(kinds[i]!, cells[keys[i]!], convention);
          text += line + this.end;
        }
        return text;
      }
      default: {
        const json = JSON.stringify({ line: row.line, ...(row.id !== undefined ? { id: row.id } : {}), ok: true, result: command.json(result, settings), summary: rows });
        return settings.format === 'json' ? (first ? json : `,${json}`) : `${json}\n`;
      }
    }
  }

  invalid(row: RowRef, input: unknown, errors: readonly RowError[], first: boolean): string {
    const { settings, command } = this;
    const fr = settings.lang === 'fr';
    switch (settings.format) {
      case 'table':
      case 'html': {
        const head = fr ? `Ligne ${row.line}${labelId(row)} : invalide` : `Line ${row.line}${labelId(row)}: invalid`;
        const shown = inputText(input, settings.lang);
        const lines = [head, ...errors.map((e) => `  · ${e.message}`), ...(shown ? [`  ${fr ? 'entrée :' : 'input:'} ${shown}`] : [])];
        return `${first ? '' : '\n'}${lines.join('\n')}\n`;
      }
      case 'csv': {
        const empty = command.columns.map(() => '');
        return csvLine([row.line, row.id, ...empty, STATUS[settings.csv].invalid, errors.map((e) => e.message).join(' | '), inputText(input, settings.lang)], ['number'], settings.csv);
      }
      default: {
        const json = JSON.stringify({ line: row.line, ...(row.id !== undefined ? { id: safe(row.id) } : {}), ok: false, input: safe(input), errors: errors.map((e) => ({ ...e, ...('received' in e ? { received: safe(e.received) } : {}) })) });
        return settings.format === 'json' ? (first ? json : `,${json}`) : `${json}\n`;
      }
    }
  }
}

/** An invalid row's input on one line: CSV cells as `header : valeur` pairs (`header: value` in English), a record as JSON, a text as is. */
function inputText(input: unknown, lang: 'fr' | 'en'): string {
  if (input === undefined || input === null) return '';
  if (typeof input === 'string') return input;
  if (typeof input === 'object' && !Array.isArray(input) && Object.values(input).every((v) => typeof v === 'string')) {
    return Object.entries(input as Record<string, string>)
      .map(([k, v]) => (lang === 'fr' ? `${k} : ${v}` : `${k}: ${v}`))
      .join(' ; ');
  }
  const json = JSON.stringify(safe(input));
  return json ?? String(input);
}

function labelId(row: RowRef): string {
  const id = typeof row.id === 'string' || typeof row.id === 'number' ? String(row.id) : '';
  return id !== '' ? ` — ${id}` : '';
}

/** A row as read: where it comes from, its record (unless it could not be read) and the problems found so far. */
interface Read {
  readonly row: RowRef;
  readonly readable: boolean;
  readonly record?: unknown;
  readonly problems: readonly RowError[];
}

function read(item: Item, builder: RecordBuilder | undefined, lang: Lang): Read {
  if ('problem' in item) {
    const id = item.cells && builder ? builder.idOf(item.cells) : undefined;
    return { row: { line: item.line, ...(id !== undefined ? { id } : {}) }, readable: false, problems: [{ message: item.problem }] };
  }
  if ('cells' in item) {
    const built = builder!.build(item.cells);
    return { row: { line: item.line, id: idOf(built.record) }, readable: true, record: built.record, problems: built.problems };
  }
  if ('text' in item) {
    let record: unknown;
    try {
      record = JSON.parse(item.text) as unknown;
    } catch (e) {
      return { row: { line: item.line }, readable: false, problems: [{ message: jsonLineMessage(lang, (e as Error).message) }] };
    }
    return { row: { line: item.line, id: idOf(record) }, readable: true, record, problems: NONE };
  }
  return { row: { line: item.line, id: idOf(item.record) }, readable: true, record: item.record, problems: NONE };
}

/** The input of an invalid row, as written: CSV cells by header, a JSON Lines text or a JSON record. */
function inputOf(item: Item, builder: RecordBuilder | undefined): unknown {
  if ('cells' in item) return item.cells && builder ? builder.inputOf(item.cells) : item.cells;
  if ('text' in item) {
    try {
      return JSON.parse(item.text) as unknown;
    } catch {
      return item.text;
    }
  }
  return 'record' in item ? item.record : undefined;
}

/** Processes one batch. */
export function processBatch(command: Command<unknown>, batch: WorkBatch, settings: ShowSettings): BatchOutput {
  const { lang } = settings;
  const output = new Output(command, settings);
  const builder = batch.columns ? new RecordBuilder(batch.columns, lang, command.name) : undefined;
  const columnOfPath = new Map<string, string>();
  for (const c of batch.columns ?? []) if (c.status === 'known') columnOfPath.set(c.path, c.header);
  // the table view ends with the file's totals: the summary rows of the valid results are kept for them
  const kept: SummaryRow[] | undefined = settings.format === 'table' ? [] : undefined;
  // the HTML view: one report a valid row; the invalid rows are reported as in the table view (on stderr)
  const reports: Report[] | undefined = settings.format === 'html' ? [] : undefined;
  let text = '';
  let valid = 0;
  let invalid = 0;
  let first = batch.start === 0;
  for (const item of batch.items) {
    let piece: string;
    let ok = false;
    let rows: readonly SummaryRow[] | undefined;
    try {
      const r = read(item, builder, lang);
      let errors = r.problems;
      if (r.readable) {
        try {
          const result = command.run(r.record);
          if (errors.length === 0) {
            if (reports) {
              reports.push({ line: r.row.line, ...(r.row.id !== undefined ? { id: r.row.id } : {}), html: reportOf(command, result, lang) });
              piece = '';
            } else {
              rows = command.rows(result);
              piece = output.result(result, rows, r.row, first);
            }
            ok = true;
          }
        } catch (e) {
          const reported = new Set(errors.flatMap((p) => (p.field !== undefined ? [p.field] : [])));
          errors = [...errors, ...errorsOf(e, lang, columnOfPath, reported)];
        }
      }
      if (!ok) piece = output.invalid(r.row, inputOf(item, builder), errors, first);
    } catch (e) {
      // showing this row failed: it is still reported, with the reason
      ok = false;
      piece = output.invalid({ line: item.line }, undefined, [{ message: failedRowMessage(lang, describe(e, lang)) }], first);
    }
    if (ok) {
      valid++;
      if (kept) for (const row of rows!) kept.push(row);
    } else invalid++;
    text += piece!;
    first = false;
  }
  return { text, valid, invalid, ...(kept ? { totals: totalsText(command, kept) } : {}), ...(reports ? { reports } : {}) };
}

/** The report of a result: one self-contained HTML document (`contractReport`), in the chosen language. */
function reportOf(command: Command<unknown>, result: unknown, lang: Lang): string {
  if (!command.report) throw new Error(`no report for ${command.name}`);
  return contractReport(command.report(result) as ReportableResult, { ...(command.reportOptions?.(result) ?? {}), lang });
}

/** The totals of a batch's rows (`totalsOf`), as decimal strings (plain data for the main thread), and how many rows are not known yet. */
function totalsText(command: Command<unknown>, rows: readonly SummaryRow[]): BatchTotals {
  const sums: Record<string, string> = {};
  for (const [key, value] of Object.entries(totalsOf(command.columns, rows))) sums[key] = (value as { toFixed(): string }).toFixed();
  return { sums, rows: rows.length, pending: command.pending ? rows.filter((r) => command.pending!.is(r)).length : 0 };
}
