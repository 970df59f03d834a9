import { isExerciceCoordonneError, type ExerciceCoordonneError } from '../../src/core/errors.js';

/** Runs `f`, expecting the library's error; returns it (fails the test with a clear message otherwise). */
export function errorOf(f: () => unknown): ExerciceCoordonneError {
  try {
    f();
  } catch (e) {
    if (isExerciceCoordonneError(e)) return e;
    throw e;
  }
  throw new Error('expected the library error, got a result');
}
