/**
 * A worker thread of the command-line tool: processes the batches the main thread sends, in any order,
 * and sends back their output text with the batch's sequence number (the main thread writes in order).
 * A row that fails is reported by {@link processBatch} itself; a failure here would be a bug of the
 * tool, sent back as such (the main thread stops with a message, never silently).
 */
import { parentPort } from 'node:worker_threads';
import { COMMANDS } from './commands.js';
import { processBatch, type ShowSettings, type WorkBatch } from './process.js';

export interface WorkRequest {
  readonly seq: number;
  readonly command: string;
  readonly batch: WorkBatch;
  readonly settings: ShowSettings;
}

parentPort?.on('message', (req: WorkRequest) => {
  try {
    const out = processBatch(COMMANDS[req.command]!, req.batch, req.settings);
    parentPort!.postMessage({ seq: req.seq, ...out });
  } catch (e) {
    const message = e instanceof Error ? (e.stack ?? e.message) : String(e);
    parentPort!.postMessage({ seq: req.seq, failure: message });
  }
});
