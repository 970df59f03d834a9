/**
 * Batches: one result per input, in order, over any iterable or async iterable. An input that the
 * library refuses yields its error and the batch goes on; no row is lost. Any other error (a bug)
 * stops the batch.
 */
import { isExerciceCoordonneError, type ExerciceCoordonneError } from './errors.js';

/** One row of a batch: its 0-based index and either its result or the library's error. */
export type BatchItem<R> =
  | { readonly index: number; readonly ok: true; readonly result: R }
  | { readonly index: number; readonly ok: false; readonly error: ExerciceCoordonneError };

/** Counts of a batch so far. */
export interface BatchSummary {
  total: number;
  valid: number;
  invalid: number;
}

/**
 * A batch: iterate it with `for await` (any input) or `for` (a synchronous input such as an array);
 * `summary` counts the rows seen so far. A batch can be iterated once.
 */
export interface Batch<R> extends AsyncIterable<BatchItem<R>>, Iterable<BatchItem<R>> {
  readonly summary: Readonly<BatchSummary>;
  /** Reads the whole batch into an array (for small inputs). */
  toArray(): Promise<BatchItem<R>[]>;
}

function isSyncIterable(x: unknown): x is Iterable<unknown> {
  return typeof x === 'object' && x !== null && typeof (x as Iterable<unknown>)[Symbol.iterator] === 'function';
}

/** Runs `fn` on every input, in order. */
export function runBatch<I, R>(inputs: Iterable<I> | AsyncIterable<I>, fn: (input: I) => R): Batch<R> {
  const summary: BatchSummary = { total: 0, valid: 0, invalid: 0 };
  let used = false;
  const claim = () => {
    if (used) throw new Error('a batch can be iterated only once');
    used = true;
  };
  const one = (input: I): BatchItem<R> => {
    const index = summary.total;
    summary.total++;
    try {
      const result = fn(input);
      summary.valid++;
      return { index, ok: true, result };
    } catch (e) {
      if (!isExerciceCoordonneError(e)) throw e;
      summary.invalid++;
      return { index, ok: false, error: e };
    }
  };
  const batch: Batch<R> = {
    summary,
    async *[Symbol.asyncIterator]() {
      claim();
      if (isSyncIterable(inputs)) {
        for (const input of inputs as Iterable<I>) yield one(input);
      } else {
        for await (const input of inputs as AsyncIterable<I>) yield one(input);
      }
    },
    *[Symbol.iterator]() {
      if (!isSyncIterable(inputs)) throw new TypeError('this batch reads an async iterable: use for await');
      claim();
      for (const input of inputs as Iterable<I>) yield one(input);
    },
    async toArray() {
      const out: BatchItem<R>[] = [];
      for await (const item of batch) out.push(item);
      return out;
    },
  };
  return batch;
}
