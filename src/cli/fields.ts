/**
 * From a CSV header to the input fields: which dotted path each column fills and what it holds. Each
 * command says its fields as data ({@link CsvTyping}); a header is matched ignoring case, accents,
 * spaces, dots, dashes and underscores, against the field's path or one of its French aliases
 * (`Date de signature` → `signedOn`). Decided once per file.
 *
 * A column no command field matches is unknown: it never reaches a record, and a row that fills it is
 * reported. A column whose path has a part `__proto__`, `constructor` or `prototype` is unknown whatever
 * the command says: records are built so that no header can reach an object's prototype.
 */
import { type CellKind, headerKey } from './cells.js';

/** One input field a CSV column can fill. */
export interface FieldSpec {
  /** Dotted path of the field; `{n}` stands for a whole number (`reached.{n}`). */
  readonly path: string;
  readonly kind: CellKind;
  /** Other names of the column (French), matched like the path: case, accents and separators ignored. */
  readonly aliases?: readonly string[];
  /** For a `choice`: the library's value of each alias, as a person writes it (`mi-temps` → `1/2`), matched by `valueKey`. */
  readonly values?: readonly (readonly [string, string])[];
  /** Shown in the help. */
  readonly help?: { readonly fr: string; readonly en: string };
}

/** How a command reads CSV columns. */
export interface CsvTyping {
  /** The fields a column can name, with their aliases. */
  readonly fields: readonly FieldSpec[];
  /** The kind of a dotted path the list does not name (a family such as `achievements.<id>.<field>`), or `undefined`: unknown. */
  kindOf?(path: string): CellKind | undefined;
  /** Words whose case is restored in dotted paths (`saturdaymorningopen` → `saturdayMorningOpen`). */
  readonly words?: readonly string[];
}

/** Whether a column fills a field. */
export type ColumnStatus = 'known' | 'unknown' | 'reserved' | 'unnamed';

/** A column of the file as read: plain data (sent to worker threads). */
export interface Column {
  /** 1-based position in the header. */
  readonly position: number;
  /** The header as written (trimmed). */
  readonly header: string;
  readonly status: ColumnStatus;
  /** The dotted path it fills ('' unless known). */
  readonly path: string;
  readonly parts: readonly string[];
  readonly kind: CellKind;
  readonly values?: readonly (readonly [string, string])[];
}

const RESERVED = new Set(['__proto__', 'constructor', 'prototype']);

/** True for a path part that could reach a prototype. */
export function isReservedPart(part: string): boolean {
  return RESERVED.has(part.toLowerCase());
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Reads headers for one command (built once per file). */
export class HeaderResolver {
  private readonly exact = new Map<string, FieldSpec>();
  private readonly patterns: { re: RegExp; spec: FieldSpec }[] = [];
  private readonly words = new Map<string, string>();

  constructor(private readonly typing: CsvTyping) {
    for (const spec of typing.fields) {
      for (const name of [spec.path, ...(spec.aliases ?? [])]) {
        const key = headerKey(name);
        if (name.includes('{n}')) this.patterns.push({ re: new RegExp(`^${escapeRegExp(key).replace('\\{n\\}', '(\\d+)')}$`), spec });
        else this.exact.set(key, spec);
      }
    }
    for (const w of typing.words ?? []) this.words.set(w.toLowerCase(), w);
  }

  /** The column at 1-based `position` with header `raw`. */
  column(raw: string, position: number): Column {
    const header = raw.trim();
    const base = { position, header, path: '', parts: [] as string[], kind: 'text' as CellKind };
    if (header === '') return { ...base, status: 'unnamed' };
    const parts = header.split('.');
    if (parts.some(isReservedPart)) return { ...base, status: 'reserved' };
    const key = headerKey(header);
    const spec = this.exact.get(key);
    if (spec) return this.known(base, spec.path, spec);
    for (const { re, spec } of this.patterns) {
      const m = re.exec(key);
      if (m) return this.known(base, spec.path.replace('{n}', String(Number(m[1]))), spec);
    }
    if (parts[0]!.toLowerCase() === 'overrides' && parts.length > 1) {
      // a parameter id keeps its dots: overrides.am.modulation.rule → { overrides: { 'am.modulation.rule': … } }
      const id = header.slice(header.indexOf('.') + 1).trim();
      return { ...base, status: 'known', path: `overrides.${id}`, parts: ['overrides', id], kind: 'override' };
    }
    if (parts.some((p) => p.trim() === '')) return { ...base, status: 'unknown' };
    const canonical = parts.map((p) => this.words.get(p.trim().toLowerCase()) ?? p.trim());
    const path = canonical.join('.');
    const kind = this.typing.kindOf?.(path);
    if (kind === undefined) return { ...base, status: 'unknown' };
    return { ...base, status: 'known', path, parts: canonical, kind };
  }

  private known(base: Omit<Column, 'status'>, path: string, spec: FieldSpec): Column {
    // a parameter id keeps its dots: overrides.msp.precarite.national-rate-c2s → { overrides: { 'msp.precarite.national-rate-c2s': … } }
    const parts = path.startsWith('overrides.') ? ['overrides', path.slice('overrides.'.length)] : path.split('.');
    return { ...base, status: 'known', path, parts, kind: spec.kind, ...(spec.values ? { values: spec.values } : {}) };
  }
}

/** The columns of a header. */
export function columnsOf(header: readonly string[], typing: CsvTyping): Column[] {
  const resolver = new HeaderResolver(typing);
  return header.map((h, i) => resolver.column(h, i + 1));
}

/** Two known columns that fill the same field (or one inside the other: `doctor` and `doctor.age`). */
export function conflictsOf(columns: readonly Column[]): [Column, Column][] {
  const known = columns.filter((c) => c.status === 'known');
  const out: [Column, Column][] = [];
  for (let i = 0; i < known.length; i++) {
    for (let j = i + 1; j < known.length; j++) {
      const a = known[i]!;
      const b = known[j]!;
      const nested = a.kind !== 'override' && b.kind !== 'override' && (b.path.startsWith(`${a.path}.`) || a.path.startsWith(`${b.path}.`));
      if (a.path === b.path || nested) out.push([a, b]);
    }
  }
  return out;
}
