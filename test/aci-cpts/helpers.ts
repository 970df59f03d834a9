import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { ContractInput, ResultsByYearInput, YearResultsInput } from '../../src/aci-cpts/index.js';

export { errorOf } from '../support/errors.js';

/** The bundled example (examples/aci-cpts/contract.json), read fresh each time. */
export function example(): { contract: ContractInput; resultsByYear: ResultsByYearInput } {
  const path = fileURLToPath(new URL('../../examples/aci-cpts/contract.json', import.meta.url));
  return JSON.parse(readFileSync(path, 'utf8')) as { contract: ContractInput; resultsByYear: ResultsByYearInput };
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

// Sources cited by golden tests.
/** Fact sheet §8.2: the RoViRa contract annex, year 5 (taille 3, post avenant 2). */
export const ROVIRA = 'RoViRa contract annex, year 5 (15/04/2026–14/04/2027), fact sheet §8.2';
/** ACI 2019 maxima per size. */
export const QUOTIDIEN_BA_BA = 'https://medecine-generale.lequotidiendumedecin.fr/actus-medicales/politique-de-sante/missions-financement-montants-le-ba-ba';
/** Avenant 2 maximum of size 4. */
export const CONCOURS_PLURIPRO_BUDGET = 'https://concourspluripro.fr/droit-et-gestion/questions-juridiques/quelles-sont-les-cles-pour-etablir-le-budget-initial-dune';
/** Model contract art. 6.2 (first payment of a mission, prorated). */
export const CONTRAT_TYPE_6 = 'https://juriblio.fr/arretes/arrete-du-21-aout-2019/173172467/annexe/307390221';
/** Senate report (fixed part schedule). */
export const SENAT = 'https://www.senat.fr/rap/r25-032/r25-0325.html';
