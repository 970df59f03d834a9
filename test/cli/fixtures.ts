/**
 * Helpers of the command-line tests: run the built tool as a process, write fixture files the way a
 * spreadsheet saves them (separator, BOM, line ends, Windows-1252 bytes).
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export const ROOT = join(import.meta.dirname, '..', '..');
export const BIN = join(ROOT, 'dist', 'cli', 'bin.js');
export const TMP = join(ROOT, '.tmp', 'cli');
mkdirSync(TMP, { recursive: true });

/** Runs `exercice-coordonne args` (stdin optional): exit code, stdout and stderr as text. */
export function run(args: string[], stdin?: string | Buffer) {
  const r = spawnSync(process.execPath, [BIN, ...args], { cwd: ROOT, input: stdin, encoding: 'utf8', timeout: 60_000, maxBuffer: 256 * 1024 * 1024 });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

/** Writes a fixture file under .tmp/cli and returns its path. */
export function file(name: string, content: string | Buffer): string {
  const path = join(TMP, name);
  writeFileSync(path, content);
  return path;
}

/**
 * Windows-1252 bytes of a text (the few characters above U+00FF that French uses, then Latin-1). The
 * narrow no-break space of recent French number formats has no byte there: a no-break space stands in.
 */
export function windows1252(text: string): Buffer {
  const high: Record<string, number> = { '\u202f': 0xa0, '€': 0x80, '’': 0x92, '‘': 0x91, '“': 0x93, '”': 0x94, 'œ': 0x9c, 'Œ': 0x8c, '…': 0x85 };
  return Buffer.from([...text].map((c) => high[c] ?? (c.charCodeAt(0) <= 0xff ? c.charCodeAt(0) : 0x3f)));
}

/** A CSV as French Excel saves it ("CSV UTF-8"): `;`, CRLF, a BOM. */
export function excelUtf8(rows: readonly (readonly string[])[]): Buffer {
  return Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(rows.map((r) => r.map(excelCell).join(';')).join('\r\n') + '\r\n', 'utf8')]);
}

/** A CSV as French Excel saves it as plain "CSV (séparateur: point-virgule)": `;`, CRLF, Windows-1252. */
export function excel1252(rows: readonly (readonly string[])[]): Buffer {
  return windows1252(rows.map((r) => r.map(excelCell).join(';')).join('\r\n') + '\r\n');
}

function excelCell(cell: string): string {
  return /[;"\r\n]/.test(cell) ? `"${cell.replaceAll('"', '""')}"` : cell;
}

/** The lines of a JSON Lines output, parsed. */
export function jsonLines(out: string): Record<string, any>[] {
  return out
    .split('\n')
    .filter((l) => l.trim() !== '')
    .map((l) => JSON.parse(l) as Record<string, any>);
}

/** The empty rows a run reports having skipped (from its summary on stderr), 0 when none. */
export function emptySkipped(err: string): number {
  const m = /(\d+) (?:vide\(s\) ignorée\(s\)|empty skipped)/.exec(err);
  return m ? Number(m[1]) : 0;
}
