/**
 * A worker thread of the command-line tool: processes the batches the main thread sends, in any order,
 * and sends back their output text with the batch's sequence number (the main thread writes in order).
 */
import { parentPort } from 'node:worker_threads';
import { isExerciceCoordonneError } from '../core/errors.js';
import { COMMANDS } from './commands.js';
import type { InputBatch } from './input.js';
import { processBatch, type ShowSettings } from './process.js';

export interface WorkRequest {
  readonly seq: number;
  readonly command: string;
  readonly batch: InputBatch;
  readonly start: number;
  readonly settings: ShowSettings;
}

parentPort?.on('message', (req: WorkRequest) => {
  try {
    const out = processBatch(COMMANDS[req.command]!, req.batch, req.start, req.settings);
    parentPort!.postMessage({ seq: req.seq, ...out });
  } catch (e) {
    const message = isExerciceCoordonneError(e) ? e.message : e instanceof Error ? (e.stack ?? e.message) : String(e);
    parentPort!.postMessage({ seq: req.seq, failure: message });
  }
});
