import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { ContractInput, SimulateInput, YearResultsInput } from '../../src/aci-cpts/index.js';

export { errorOf } from '../support/errors.js';

/** The bundled example (examples/aci-cpts/contract.json, the input of `simulate`), read fresh each time. */
export function example(): SimulateInput & { contract: ContractInput } {
  const path = fileURLToPath(new URL('../../examples/aci-cpts/contract.json', import.meta.url));
  return JSON.parse(readFileSync(path, 'utf8')) as SimulateInput & { contract: ContractInput };
}

/** Results reaching every indicator of a contract at its best step. */
export function everythingReached(contract: ContractInput): YearResultsInput {
  const indicators: Record<string, boolean | string> = {};
  for (const m of contract.missions) {
    for (const ind of m.indicators ?? []) {
      if (ind.kind === 'all-or-nothing') indicators[ind.id] = true;
      else {
        const last = ind.steps?.[ind.steps.length - 1];
        indicators[ind.id] = String(last?.threshold ?? 0);
      }
    }
  }
  return { indicators, crisisDeclared: false };
}

