/**
 * Which rules read each parameter, from data: every computation of a corpus — the golden cases of each
 * scheme (`test/golden/<scheme>.yaml`, each input run through its function) and the bundled examples
 * (`examples/`) — is run on the built package, and every step of every explanation it produces is read:
 * a step names its rule, lists the parameters it read and the readings of the texts (`RULES`) it relied
 * on. The site shows, for each parameter, the rules whose steps read it (and how often); for each reading
 * of the texts, the rules whose steps cite it; and says so when no computation of the corpus reads it.
 */
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';

/** A computation of the corpus: which function, on which input, named how. */
function goldenCases(root, scheme) {
  const file = join(root, 'test', 'golden', `${scheme}.yaml`);
  if (!existsSync(file)) return [];
  const cases = parse(readFileSync(file, 'utf8')) ?? [];
  return cases.filter((c) => c.error === undefined).map((c) => ({ origin: `cas de référence : ${c.name}`, call: c.call, input: c.input }));
}

/** The example files of a scheme that are inputs of one function (the command line's `id` left out). */
export const EXAMPLES = [
  { scheme: 'assistant-medical', file: 'examples/assistant-medical/contract.json', call: 'simulate', title: 'Contrat d’un médecin généraliste, mi-temps, signé en 2021' },
  { scheme: 'aci-msp', file: 'examples/aci-msp/msp.json', call: 'yearlyRemuneration', title: 'Une MSP, exercice 2024, tous les indicateurs' },
  { scheme: 'aci-msp', file: 'examples/aci-msp/contract.json', call: 'simulate', title: 'Une nouvelle MSP, trois exercices' },
  { scheme: 'aci-cpts', file: 'examples/aci-cpts/contract.json', call: 'simulate', title: 'Une CPTS de taille trois, contrat de cinq ans' },
];

/** The input of an example file (its `id`, a label for the command line, left out). */
export function exampleInput(root, file) {
  const { id: _id, ...input } = JSON.parse(readFileSync(join(root, file), 'utf8'));
  return input;
}

function functionOf(namespace, call) {
  let target = namespace;
  for (const part of call.split('.')) target = target?.[part];
  return typeof target === 'function' ? target : undefined;
}

/** Every explanation step a result holds: its own, its years', its indicators', its scenarios'. */
export function stepsOf(value, out = [], seen = new Set(), depth = 0) {
  if (typeof value !== 'object' || value === null || seen.has(value) || depth > 6) return out;
  seen.add(value);
  if (Array.isArray(value)) {
    for (const v of value) stepsOf(v, out, seen, depth + 1);
    return out;
  }
  let explanation;
  try {
    explanation = value.explanation;
  } catch {
    explanation = undefined;
  }
  if (Array.isArray(explanation)) for (const s of explanation) if (s && typeof s.rule === 'string') out.push(s);
  for (const v of Object.values(value)) stepsOf(v, out, seen, depth + 1);
  return out;
}

/**
 * Runs the corpus of every scheme; returns, by parameter id and by reading id, the rules that read it:
 * `Map<id, Map<rule, { count, label, origins: Set<string>, readings: Set<string> }>>`, and the number of
 * computations run.
 */
export function readersOf(root, schemes) {
  const byParameter = new Map();
  const byReading = new Map();
  let computations = 0;
  let failures = 0;
  const note = (map, id, s, origin) => {
    let rules = map.get(id);
    if (!rules) map.set(id, (rules = new Map()));
    let r = rules.get(s.rule);
    if (!r) rules.set(s.rule, (r = { count: 0, label: s.label.fr, origins: new Set(), readings: new Set(s.rules ?? []) }));
    r.count++;
    if (r.origins.size < 3) r.origins.add(origin);
    for (const x of s.rules ?? []) r.readings.add(x);
  };
  for (const scheme of schemes) {
    const cases = [
      ...EXAMPLES.filter((e) => e.scheme === scheme.id).map((e) => ({ origin: `exemple : ${e.file}`, call: e.call, input: exampleInput(root, e.file) })),
      ...goldenCases(root, scheme.id),
    ];
    for (const c of cases) {
      const f = functionOf(scheme.namespace, c.call);
      if (!f) continue;
      let result;
      try {
        result = f(c.input);
      } catch {
        failures++;
        continue;
      }
      computations++;
      for (const s of stepsOf(result)) {
        for (const p of s.parameters ?? []) note(byParameter, p.id, s, c.origin);
        for (const r of s.rules ?? []) note(byReading, r, s, c.origin);
      }
    }
  }
  return { byParameter, byReading, computations, failures };
}
