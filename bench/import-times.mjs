/**
 * Cold import of the package (a script, not a test): each entry point loaded in a fresh Node process,
 * the time of the `import()` call alone, median of several processes; zod alone for comparison (the
 * package's own floor: it validates with zod).
 */
import { spawnSync } from 'node:child_process';

function median(xs) {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

/** Milliseconds to import `specifier` in a fresh process, median of `runs`. */
function coldImport(root, specifier, runs) {
  const code = `const t = performance.now(); await import(${JSON.stringify(specifier)}); console.log(performance.now() - t);`;
  const times = [];
  for (let k = 0; k < runs; k++) {
    const r = spawnSync(process.execPath, ['--input-type=module', '-e', code], { cwd: root, encoding: 'utf8' });
    if (r.status !== 0) throw new Error(`import ${specifier} failed: ${r.stderr}`);
    times.push(Number(r.stdout.trim()));
  }
  return median(times);
}

export const ENTRY_POINTS = ['zod', 'decimal.js', 'exercice-coordonne', 'exercice-coordonne/assistant-medical', 'exercice-coordonne/aci-msp', 'exercice-coordonne/aci-cpts'];

export function benchImports(root, runs = 7) {
  return ENTRY_POINTS.map((specifier) => ({ specifier, ms: coldImport(root, specifier, runs) }));
}
