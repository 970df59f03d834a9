import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { runBatch } from '../../src/core/batch.js';
import { invalid } from '../../src/core/errors.js';
import { assistantMedical as am } from '../../src/index.js';

const half = (n: number) => (n % 2 === 0 ? n / 2 : invalid(['n'], n, 'an even number'));

describe('batches', () => {
  it('one result per input, in order; invalid rows yield their error; nothing is lost (sync and async inputs)', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(fc.integer({ min: 0, max: 100 }), { maxLength: 50 }), fc.boolean(), async (inputs, asAsync) => {
        async function* gen() {
          yield* inputs;
        }
        const batch = runBatch(asAsync ? gen() : inputs, half);
        const items = await batch.toArray();
        expect(items.map((i) => i.index)).toEqual(inputs.map((_, k) => k));
        items.forEach((item, k) => {
          if (inputs[k]! % 2 === 0) expect(item).toEqual({ index: k, ok: true, result: inputs[k]! / 2 });
          else expect(item.ok).toBe(false);
        });
        expect(batch.summary).toEqual({ total: inputs.length, valid: inputs.filter((x) => x % 2 === 0).length, invalid: inputs.filter((x) => x % 2 === 1).length });
      }),
    );
  });

  it('a synchronous input can be read with a plain for loop; an async one cannot', async () => {
    const seen: number[] = [];
    for (const item of runBatch([2, 4], half)) if (item.ok) seen.push(item.result);
    expect(seen).toEqual([1, 2]);
    async function* gen() {
      yield 2;
    }
    expect(() => [...runBatch(gen(), half)]).toThrow(/for await/);
  });

  it('a bug (an error that is not the library’s) stops the batch instead of being counted as a bad row', async () => {
    const batch = runBatch([1], () => {
      throw new TypeError('bug');
    });
    await expect(batch.toArray()).rejects.toThrow('bug');
  });

  it('assistantMedical.simulateMany keeps order and reports invalid contracts', async () => {
    const good = { signedOn: '2021-03-01', hiredOn: '2021-04-01', option: '1/3', band: 'P30-P50' } as const;
    const batch = am.simulateMany([good, { ...good, option: '3/4' as never }, good]);
    const items = await batch.toArray();
    expect(items.map((i) => i.ok)).toEqual([true, false, true]);
    const bad = items[1]!;
    if (!bad.ok) expect(bad.error.issues[0]!.path).toEqual(['option']);
    expect(batch.summary).toEqual({ total: 3, valid: 2, invalid: 1 });
  });
});

describe('simulateMany of the ACI schemes', () => {
  it('aciMsp.simulateMany and aciCpts.simulateMany keep order and report invalid rows', async () => {
    const { aciMsp, aciCpts } = await import('../../src/index.js');
    const { readFileSync } = await import('node:fs');
    const msp = JSON.parse(readFileSync(new URL('../../examples/aci-msp/contract.json', import.meta.url), 'utf8'));
    const mspBatch = aciMsp.simulateMany([msp, { ...msp, years: [{ ...msp.years[0], year: 1800 }] }, msp]);
    const mspItems = await mspBatch.toArray();
    expect(mspItems.map((i) => i.ok)).toEqual([true, false, true]);
    expect(mspBatch.summary).toEqual({ total: 3, valid: 2, invalid: 1 });
    const cpts = JSON.parse(readFileSync(new URL('../../examples/aci-cpts/contract.json', import.meta.url), 'utf8'));
    async function* rows() {
      yield cpts;
      yield { contract: { ...cpts.contract, population: -1 } };
    }
    const cptsItems = await aciCpts.simulateMany(rows()).toArray();
    expect(cptsItems.map((i) => [i.index, i.ok])).toEqual([
      [0, true],
      [1, false],
    ]);
  });
});
