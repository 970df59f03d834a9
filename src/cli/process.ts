/**
 * Turning a batch of input into output text: build each record, run the library on it, show the result
 * or the error. The same function runs in the main thread (--jobs 1) and in worker threads.
 */
import { isExerciceCoordonneError } from '../core/errors.js';
import type { Lang } from '../core/explain.js';
import type { Command } from './command.js';
import { csvLine } from './csv.js';
import { recordsOf, type InputBatch } from './input.js';

export type OutputFormat = 'table' | 'jsonl' | 'csv' | 'json';

export interface ShowSettings {
  readonly format: OutputFormat;
  readonly lang: Lang;
  readonly explain: boolean;
}

/** What a batch gave: its output text and its counts. */
export interface BatchOutput {
  readonly text: string;
  readonly valid: number;
  readonly invalid: number;
}

/** Processes one batch whose first row has index `start` (0-based, over the whole input). */
export function processBatch(command: Command<unknown>, batch: InputBatch, start: number, settings: ShowSettings): BatchOutput {
  const parts: string[] = [];
  let valid = 0;
  let invalid = 0;
  let index = start;
  for (const raw of recordsOf(batch)) {
    const i = index++;
    let text: string;
    if ('parseError' in raw) {
      invalid++;
      text = showError(settings, command, i, raw.parseError, undefined, raw.line);
    } else {
      try {
        const result = command.run(raw.record);
        valid++;
        text = showResult(settings, command, result, i);
      } catch (e) {
        if (!isExerciceCoordonneError(e)) throw e;
        invalid++;
        text = showError(settings, command, i, e.message, e.toJSON(), raw.line);
      }
    }
    parts.push(settings.format === 'json' && i > 0 ? `,${text}` : text);
  }
  return { text: parts.join(''), valid, invalid };
}

function showResult(settings: ShowSettings, command: Command<unknown>, result: unknown, index: number): string {
  switch (settings.format) {
    case 'table':
      return `${index > 0 ? '\n' : ''}${command.table(result, index, settings).join('\n')}\n`;
    case 'csv':
      return command.csvRows(result, index).map(csvLine).join('');
    case 'json':
      return JSON.stringify({ index, ok: true, result: command.json(result, settings) });
    default:
      return `${JSON.stringify({ index, ok: true, result: command.json(result, settings) })}\n`;
  }
}

function showError(settings: ShowSettings, command: Command<unknown>, index: number, message: string, error: unknown, line?: number): string {
  const fr = settings.lang === 'fr';
  const where = line !== undefined ? (fr ? ` (ligne ${line})` : ` (line ${line})`) : '';
  switch (settings.format) {
    case 'table':
      return `${index > 0 ? '\n' : ''}${fr ? `Ligne ${index + 1}${where} invalide` : `Row ${index + 1}${where} invalid`} : ${message}\n`;
    case 'csv': {
      const cells: unknown[] = command.csvHeader.map(() => '');
      cells[0] = index;
      cells[command.csvHeader.indexOf('status')] = 'invalid';
      cells[command.csvHeader.indexOf('error')] = message;
      return csvLine(cells);
    }
    case 'json':
      return JSON.stringify({ index, ok: false, error: error ?? { message } });
    default:
      return `${JSON.stringify({ index, ok: false, ...(line !== undefined ? { line } : {}), error: error ?? { message } })}\n`;
  }
}
