/**
 * CSV (RFC 4180: comma or semicolon separated, double-quoted fields, "" for a quote, CRLF or LF) read as
 * a stream of records and written field by field. No dependency.
 */

/** Streams the rows of a CSV text arriving in chunks. */
export async function* csvRows(chunks: AsyncIterable<string>, separator = ','): AsyncGenerator<string[]> {
  for await (const batch of csvRowBatches(chunks, separator)) yield* batch;
}

/** Streams the rows of a CSV text arriving in chunks, a batch of rows per chunk (fewer async steps). */
export async function* csvRowBatches(chunks: AsyncIterable<string>, separator = ','): AsyncGenerator<string[][]> {
  let field = '';
  let row: string[] = [];
  let inQuotes = false;
  let quotePending = false; // a quote seen inside quotes: either "" or the end of the field
  let fieldStarted = false;
  for await (const chunk of chunks) {
    const batch: string[][] = [];
    let start = 0;
    for (let i = 0; i < chunk.length; i++) {
      const ch = chunk.charCodeAt(i);
      if (inQuotes) {
        if (quotePending) {
          quotePending = false;
          if (ch === 34) {
            field += '"';
            start = i + 1;
            continue;
          }
          inQuotes = false;
          // fall through to unquoted handling of this character
        } else {
          if (ch === 34) {
            field += chunk.slice(start, i);
            quotePending = true;
            start = i + 1;
          }
          continue;
        }
      }
      if (ch === 34 && !fieldStarted && field === '') {
        inQuotes = true;
        fieldStarted = true;
        start = i + 1;
        continue;
      }
      if (ch === separator.charCodeAt(0)) {
        field += chunk.slice(start, i);
        row.push(field);
        field = '';
        fieldStarted = false;
        start = i + 1;
        continue;
      }
      if (ch === 10 || ch === 13) {
        field += chunk.slice(start, i);
        if (ch === 13 && chunk.charCodeAt(i + 1) === 10) i++;
        if (row.length > 0 || field !== '' || fieldStarted) {
          row.push(field);
          batch.push(row);
        }
        row = [];
        field = '';
        fieldStarted = false;
        start = i + 1;
        continue;
      }
      fieldStarted = true;
    }
    field += chunk.slice(start);
    if (batch.length > 0) yield batch;
  }
  if (row.length > 0 || field !== '' || fieldStarted) {
    row.push(field);
    yield [row];
  }
}

const NEEDS_QUOTES = /[",;\r\n]/;

/** One CSV field, quoted when needed. */
export function csvField(value: unknown): string {
  if (value === undefined || value === null) return '';
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  const s = typeof value === 'string' ? value : String(value);
  return NEEDS_QUOTES.test(s) ? `"${s.replaceAll('"', '""')}"` : s;
}

/** One CSV line (with its newline). */
export function csvLine(values: readonly unknown[]): string {
  let line = '';
  for (let i = 0; i < values.length; i++) line += i === 0 ? csvField(values[i]) : `,${csvField(values[i])}`;
  return `${line}\n`;
}
