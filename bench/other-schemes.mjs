/**
 * The two ACI schemes timed on their bundled examples (a script, not a test): an MSP year
 * (`aciMsp.yearlyRemuneration`) over variants of examples/aci-msp/msp.json, and CPTS contract-years
 * (`aciCpts.simulate` of examples/aci-cpts/contract.json, 5 years each). Two figures each: the figures only
 * (what a batch that keeps the amounts pays) and with the explanation read too (what `--explain` or a
 * report pays).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

function median(xs) {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

/** Runs `pass` (which returns how many rows it computed) 5 times after a warm-up; rows per second of the median. */
function rate(pass) {
  pass();
  const runs = [];
  let rows = 0;
  for (let k = 0; k < 5; k++) {
    const t = performance.now();
    rows = pass();
    runs.push((performance.now() - t) / 1000);
  }
  return rows / median(runs);
}

export function benchOtherSchemes(root, lib, { mspCount = 20_000, cptsCount = 2_000 } = {}) {
  const { aciMsp, aciCpts } = lib;
  const msp = JSON.parse(readFileSync(join(root, 'examples', 'aci-msp', 'msp.json'), 'utf8'));
  // Variants: the same MSP over its years and patientèles (every input different, all valid).
  const mspInputs = Array.from({ length: mspCount }, (_, i) => ({
    ...msp,
    year: 2024 + (i % 2),
    contract: { ...msp.contract, patientele: 2000 + ((i * 37) % 9000) },
  }));
  const cpts = JSON.parse(readFileSync(join(root, 'examples', 'aci-cpts', 'contract.json'), 'utf8'));
  const years = aciCpts.simulate(cpts).years.length;

  const mspFigures = rate(() => {
    let n = 0;
    for (const input of mspInputs) if (aciMsp.yearlyRemuneration(input).amount) n++;
    return n;
  });
  const mspExplained = rate(() => {
    let n = 0;
    for (let i = 0; i < mspInputs.length / 10; i++) if (aciMsp.yearlyRemuneration(mspInputs[i]).explanation.length > 0) n++;
    return n;
  });
  const cptsFigures = rate(() => {
    let n = 0;
    for (let i = 0; i < cptsCount; i++) n += aciCpts.simulate(cpts).years.length;
    return n;
  });
  const cptsExplained = rate(() => {
    let n = 0;
    for (let i = 0; i < cptsCount / 10; i++) {
      const s = aciCpts.simulate(cpts);
      for (const y of s.years) if (y.explanation.length > 0) n++;
    }
    return n;
  });
  return { mspFigures, mspExplained, cptsFigures, cptsExplained, cptsYears: years, mspCount, cptsCount };
}
