/**
 * `exercice-coordonne <command> --template`: the flat form of a command as an empty model file with one
 * example row, in a CSV convention — French (`;`, French column names and values, dates `dd/mm/yyyy`,
 * decimal comma, BOM, CRLF: what French Excel opens and saves) or English (`,`, the fields' dotted names,
 * the library's values). Both read back into the same record: the column names and values written here
 * are the ones the reader recognises ({@link FieldSpec} aliases and values).
 */
import type { Command } from './command.js';
import { csvLine, type CsvConvention, type CsvKind } from './csv.js';
import type { FieldSpec } from './fields.js';

/** The field a template column fills (`reached.3` is filled by `reached.{n}`), and the whole number `{n}` stands for. */
export function fieldOf(fields: readonly FieldSpec[], path: string): { spec: FieldSpec; n?: string } {
  const exact = fields.find((f) => f.path === path);
  if (exact) return { spec: exact };
  for (const spec of fields) {
    if (!spec.path.includes('{n}')) continue;
    const [before, after] = spec.path.split('{n}') as [string, string];
    if (path.startsWith(before) && path.endsWith(after)) {
      const n = path.slice(before.length, path.length - after.length);
      if (/^\d+$/.test(n)) return { spec, n };
    }
  }
  throw new Error(`no field for the template column "${path}"`);
}

/** A column's French name: the field's first French name (its first alias), with a capital letter. */
export function frenchName(spec: FieldSpec, n?: string): string {
  const name = (spec.aliases?.[0] ?? spec.path).replace('{n}', n ?? '');
  return name.charAt(0).toUpperCase() + name.slice(1);
}

/** A column's heading in a convention: its French name, or the field's dotted path. */
export function headingOf(spec: FieldSpec, n: string | undefined, convention: CsvConvention): string {
  return convention === 'fr' ? frenchName(spec, n) : spec.path.replace('{n}', n ?? '');
}

const fr = (iso: string) => `${iso.slice(8, 10)}/${iso.slice(5, 7)}/${iso.slice(0, 4)}`;

/** How a person writes the library's value `value` of a choice: the first French writing the reader maps to it. */
function choiceText(spec: FieldSpec, value: string, convention: CsvConvention): string {
  if (convention === 'en') return value;
  return spec.values?.find(([, target]) => target === value)?.[0] ?? value;
}

/** A cell of the example row: the library's value written in the convention, and how the CSV writer takes it (a number gets its decimal comma there). */
export function cellOf(spec: FieldSpec, value: unknown, convention: CsvConvention): { text: string; kind: CsvKind } {
  const text = (t: string) => ({ text: t, kind: 'text' as const });
  if (value === undefined || value === null) return text('');
  switch (spec.kind) {
    case 'date':
      return text(convention === 'fr' ? fr(String(value)) : String(value));
    case 'boolean':
      return text(convention === 'fr' ? (value === true ? 'oui' : 'non') : String(value));
    case 'number':
    case 'decimal':
    case 'ratio':
    case 'override':
      return { text: String(value), kind: 'number' };
    case 'result':
      if (typeof value === 'boolean') return text(convention === 'fr' ? (value ? 'oui' : 'non') : String(value));
      return { text: String(value), kind: 'number' };
    case 'choice':
      return text(choiceText(spec, String(value), convention));
    case 'list':
      return text((value as readonly unknown[]).map((v) => choiceText(spec, String(v), convention)).join(convention === 'fr' ? ', ' : '; '));
    default:
      return text(String(value));
  }
}

/** The model file of a command: its heading line and its example row (French: with a BOM, CRLF). */
export function templateText(command: Command<unknown>, convention: CsvConvention): string {
  const columns = command.template.columns.map((path) => ({ path, ...fieldOf(command.fields, path) }));
  const heading = columns.map((c) => headingOf(c.spec, c.n, convention));
  const example = columns.map((c) => cellOf(c.spec, command.template.example[c.path], convention));
  return (
    (convention === 'fr' ? '\ufeff' : '') +
    csvLine(heading, [], convention) +
    csvLine(
      example.map((c) => c.text),
      example.map((c) => c.kind),
      convention,
    )
  );
}
