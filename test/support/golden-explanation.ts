/**
 * A golden explanation: the JSON of one representative result's explanation, kept in a file beside the
 * test and reviewed, so that any change to an explanation (the public API) is a visible diff. Run the
 * suite with `UPDATE_GOLDEN=1` to rewrite the files after a deliberate change, then review the diff.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { expect } from 'vitest';

export function expectGoldenExplanation(file: string, explanation: unknown): void {
  const actual = `${JSON.stringify(explanation, null, 2)}\n`;
  if (process.env['UPDATE_GOLDEN'] === '1' || !existsSync(file)) {
    writeFileSync(file, actual);
    if (process.env['UPDATE_GOLDEN'] !== '1') throw new Error(`golden explanation written to ${file}: review it and run the test again`);
  }
  expect(JSON.parse(actual)).toEqual(JSON.parse(readFileSync(file, 'utf8')));
}
