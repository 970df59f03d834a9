/**
 * `exercice-coordonne cpts`: the ACI CPTS funding of each contract, year by year, or of one contract
 * year when the record has a `year` field.
 *
 * Besides the contract as the library takes it (JSON, JSON Lines, dotted CSV columns), a CSV may use the
 * flat form a person fills in a spreadsheet, one row per contract year: the contract's facts, each
 * mission as columns (its start date, the envelopes the contract writes, and the year's indicators
 * reached as the sum of their amounts in the contract) and whether a crisis was declared. The flat form
 * is only a way of writing the input: it is turned into the library's input as it is, each mission's
 * amount reached becoming one all-or-nothing indicator of that amount, reached; the library caps it at
 * the mission's variable envelope and says so in the explanation.
 */
import { explanationLines } from '../core/explain.js';
import { formatCell } from '../core/summary.js';
import { ExerciceCoordonneError, invalid, isExerciceCoordonneError, issue } from '../core/errors.js';
import { aciCpts } from '../index.js';
import type { MissionId, Simulation, YearlyFunding } from '../aci-cpts/index.js';
import type { CellKind } from './cells.js';
import { rowLabel, withoutExplanation, type Command } from './command.js';
import type { FieldSpec } from './fields.js';
import { summaryTable } from './table.js';

type Result = { kind: 'contract'; value: Simulation; id: unknown } | { kind: 'year'; value: YearlyFunding; id: unknown; name: unknown };

/** The summary columns of the amounts table and of the payments table (the CSV has them all). */
const AMOUNT_KEYS = ['contractYear', 'from', 'to', 'size', 'fonctionnement', 'fixed', 'variable', 'crisisBlock', 'total'];
const PAYMENT_KEYS = ['contractYear', 'signatureDate', 'signature', 'advanceDate', 'advances', 'balanceDate', 'balance'];

const WRAPPER_KEYS = new Set(['contract', 'resultsByYear', 'year', 'results', 'id']);

type Parts = { contract: unknown; resultsByYear?: unknown; year?: unknown; results?: unknown; id?: unknown };

/**
 * The parts of a record: `{ contract, resultsByYear }` or `{ contract, year, results }`, or a flat contract
 * (its fields at the top, as a CSV without `contract.` gives). A top-level field that is none of these is
 * an error: it would otherwise be dropped without a word.
 */
function partsOf(input: unknown): Parts {
  if (typeof input !== 'object' || input === null || Array.isArray(input)) return { contract: input };
  const r = input as Record<string, unknown>;
  if (!Object.hasOwn(r, 'contract')) {
    const { id, year, results, resultsByYear, ...contract } = r;
    return { contract, id, year, results, resultsByYear };
  }
  const unknown = Object.keys(r).filter((k) => !WRAPPER_KEYS.has(k));
  if (unknown.length > 0) {
    throw new ExerciceCoordonneError(
      'invalid-input',
      unknown.map((k) =>
        issue([k], r[k], {
          en: `no field named "${k}" beside "contract"; expected contract, resultsByYear, year, results, id (or contract.${k})`,
          fr: `aucun champ nommé « ${k} » à côté de « contract » ; les champs possibles sont contract, resultsByYear, year, results et id (ou contract.${k})`,
        }),
      ),
    );
  }
  return r as Parts;
}

// ---------------------------------------------------------------------------------------------------
// The flat form: missions as columns

/** Short French names of the missions, for the flat form's headings (the full names, `MISSION_LABELS`, are aliases). */
const MISSION_NAMES: Readonly<Record<MissionId, string>> = {
  acces: 'accès aux soins',
  parcours: 'parcours',
  prevention: 'prévention',
  crise: 'crises sanitaires',
  qualite: 'qualité',
  accompagnement: 'accompagnement',
};

/** The id of the one indicator a mission's amount reached becomes, and its label. */
const reachedId = (mission: string) => `${mission}.indicateurs-atteints`;
const REACHED_LABEL = 'Indicateurs atteints dans l’année : somme de leurs montants au contrat (forme à plat)';

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** The flat form of a record in the library's input, and how to name back the paths of the library's errors. */
interface FromFlat {
  readonly parts: Parts;
  /** A library error's path in the flat form's terms (`contract.missions[0].start` → `contract.missions.acces.start`). */
  readonly path: (path: readonly (string | number)[]) => readonly (string | number)[];
}

/**
 * A record of the flat form in the library's input: `contract.missions` keyed by mission (`{ acces: { start } }`)
 * becomes the list of missions, and `results.reached.<mission>` (the year's indicators reached, as the sum
 * of their amounts in the contract) one all-or-nothing indicator of that amount, reached. Other records
 * are left as they are.
 */
function fromFlat(parts: Parts): FromFlat {
  const contract = parts.contract;
  const missions = isObject(contract) ? contract['missions'] : undefined;
  const results = isObject(parts.results) ? parts.results : undefined;
  const reached = results?.['reached'];
  if (!isObject(missions) && reached === undefined) return { parts, path: (p) => p };
  const byMission = isObject(missions) ? missions : {};
  const amounts = isObject(reached) ? reached : {};
  if (reached !== undefined && !isObject(reached)) {
    invalid(['results', 'reached'], reached, { en: 'the amounts of the indicators reached, by mission', fr: 'les montants des indicateurs atteints, mission par mission' });
  }
  for (const m of Object.keys(byMission)) {
    if (!(aciCpts.MISSION_IDS as readonly string[]).includes(m)) {
      invalid(['contract', 'missions', m], byMission[m], { en: `a mission of the contract: ${aciCpts.MISSION_IDS.join(', ')}`, fr: `une mission du contrat : ${aciCpts.MISSION_IDS.join(', ')}` });
    }
  }
  for (const m of Object.keys(amounts)) {
    if (!Object.hasOwn(byMission, m)) {
      const name = MISSION_NAMES[m as MissionId] ?? m;
      invalid(['results', 'reached', m], amounts[m], {
        en: `a mission the contract lists: give its start date (column ${name} : démarrage)`,
        fr: `une mission inscrite au contrat : donnez sa date de démarrage (colonne « ${name} : démarrage »)`,
      });
    }
  }
  const order = Object.keys(byMission);
  const list = order.map((m) => {
    const fields = isObject(byMission[m]) ? byMission[m] : {};
    const amount = amounts[m];
    return { mission: m, ...fields, ...(amount !== undefined ? { indicators: [{ id: reachedId(m), label: REACHED_LABEL, kind: 'all-or-nothing', amount }] } : {}) };
  });
  const { reached: _reached, ...otherResults } = results ?? {};
  const indicators = { ...(isObject(otherResults['indicators']) ? otherResults['indicators'] : {}), ...Object.fromEntries(Object.keys(amounts).map((m) => [reachedId(m), true])) };
  const newResults = results === undefined ? undefined : { ...otherResults, ...(Object.keys(indicators).length > 0 ? { indicators } : {}) };
  return {
    parts: { ...parts, contract: { ...(contract as Record<string, unknown>), missions: list }, ...(newResults !== undefined ? { results: newResults } : {}) },
    path: (p) => {
      if (p[0] === 'contract' && p[1] === 'missions' && typeof p[2] === 'number' && order[p[2]] !== undefined) {
        const m = order[p[2]]!;
        // the one indicator of a mission is its amount reached
        if (p[3] === 'indicators') return ['results', 'reached', m, ...p.slice(6)];
        return ['contract', 'missions', m, ...p.slice(3)];
      }
      if (p[0] === 'results' && p[1] === 'indicators' && typeof p[2] === 'string' && p[2].endsWith('.indicateurs-atteints')) return ['results', 'reached', p[2].slice(0, -'.indicateurs-atteints'.length)];
      return p;
    },
  };
}

/** The flat form's columns of each mission: its start date, its envelopes in the contract and the year's amount reached. */
function missionFields(m: MissionId): FieldSpec[] {
  const name = MISSION_NAMES[m];
  const full = aciCpts.MISSION_LABELS[m].fr;
  const names = (what: string) => [`${name} : ${what}`, `${full} : ${what}`, `${m} : ${what}`];
  const start: FieldSpec = {
    path: `contract.missions.${m}.start`,
    kind: 'date',
    aliases: names('démarrage'),
    help: { fr: `date de démarrage de la mission au contrat (vide : mission non prévue)`, en: `the mission's start date in the contract (empty: not in the contract)` },
  };
  if (m === 'crise') {
    return [
      start,
      { path: 'contract.envelopes.crise.planWriting', kind: 'decimal', aliases: names('rédaction du plan'), help: { fr: 'montant de la rédaction du plan au contrat, en euros', en: 'amount for writing the plan in the contract, in euros' } },
      { path: 'contract.envelopes.crise.update', kind: 'decimal', aliases: names('mise à jour du plan'), help: { fr: 'montant annuel de mise à jour du plan, en euros', en: 'yearly amount for updating the plan, in euros' } },
      { path: 'contract.envelopes.crise.crisisBlock', kind: 'decimal', aliases: names('enveloppe de crise'), help: { fr: 'montant versé l’année d’une crise reconnue, en euros', en: 'amount paid in a year of recognised crisis, in euros' } },
      { path: 'results.crisisDeclared', kind: 'boolean', aliases: ['crise sanitaire déclarée', 'crise déclarée'], help: { fr: 'l’ARS a reconnu une crise sanitaire grave dans l’année — oui/non', en: 'the ARS recognised a serious health crisis in the year — yes/no' } },
    ];
  }
  return [
    start,
    { path: `contract.envelopes.${m}.fixed`, kind: 'decimal', aliases: names('part fixe'), help: { fr: 'part fixe annuelle écrite au contrat, en euros', en: 'yearly fixed part written in the contract, in euros' } },
    { path: `contract.envelopes.${m}.variable`, kind: 'decimal', aliases: names('part variable'), help: { fr: 'part variable annuelle maximale écrite au contrat, en euros', en: 'most the variable part pays in a year, in euros' } },
    {
      path: `results.reached.${m}`,
      kind: 'decimal',
      aliases: names('indicateurs atteints'),
      help: { fr: 'indicateurs atteints dans l’année : la somme de leurs montants au contrat, en euros', en: 'indicators reached in the year: the sum of their amounts in the contract, in euros' },
    },
  ];
}

/** What a CPTS column holds, by the last part of its dotted path (the nested form's columns). */
const KIND_BY_FIELD = new Map<string, CellKind>([
  ['signedOn', 'date'],
  ['start', 'date'],
  ['population', 'number'],
  ['year', 'number'],
  ['fromYear', 'number'],
  ['threshold', 'decimal'],
  ['amount', 'decimal'],
  ['fixed', 'decimal'],
  ['variable', 'decimal'],
  ['planWriting', 'decimal'],
  ['update', 'decimal'],
  ['crisisBlock', 'decimal'],
  ['fonctionnement', 'decimal'],
  ['crisisDeclared', 'boolean'],
]);
const TOP = new Set(['contract', 'resultsByYear', 'results', 'signedOn', 'population', 'name', 'missions', 'envelopes', 'amendments']);

const FIELDS: readonly FieldSpec[] = [
  { path: 'id', kind: 'text', aliases: ['identifiant', 'référence'], help: { fr: 'votre identifiant, repris dans chaque sortie', en: 'your own identifier, kept in every output' } },
  { path: 'contract.name', kind: 'text', aliases: ['nom de la CPTS', 'nom', 'CPTS'], help: { fr: 'nom de la CPTS', en: 'name of the CPTS' } },
  { path: 'contract.signedOn', kind: 'date', aliases: ['date de signature', 'signature'], help: { fr: 'date de signature du contrat (requis)', en: 'date the contract was signed (required)' } },
  { path: 'contract.population', kind: 'number', aliases: ['population couverte', 'population'], help: { fr: 'population du territoire (requis)', en: 'population of the territory (required)' } },
  { path: 'year', kind: 'number', aliases: ['année du contrat', 'année'], help: { fr: 'une année du contrat (1 = l’année qui commence à la signature) ; vide : le contrat entier', en: 'one contract year (1 starts at signature); empty: the whole contract' } },
  {
    path: 'contract.envelopes.fonctionnement',
    kind: 'decimal',
    aliases: ['fonctionnement (montant du contrat)', 'fonctionnement'],
    help: { fr: 'montant annuel de fonctionnement écrit au contrat, en euros (vide : celui de la taille)', en: 'yearly fonctionnement written in the contract, in euros (empty: the size’s)' },
  },
  ...aciCpts.MISSION_IDS.flatMap(missionFields),
];

export const cptsCommand: Command<Result> = {
  name: 'cpts',
  summary: {
    fr: 'ACI CPTS : le financement de chaque année du contrat, mission par mission',
    en: 'ACI CPTS: the funding of each contract year, mission by mission',
  },
  example: 'examples/aci-cpts/contract.json',
  help: {
    fr: `Usage : exercice-coordonne cpts [fichier|-] [options]

Calcule le financement ACI CPTS de chaque contrat, année par année : taille, fonctionnement, parts fixe
et variable de chaque mission (indicateur par indicateur), bloc crise, versements et leurs dates. Une
ligne qui a une « année » (year) calcule cette année seulement.

Entrée : { "contract": {...}, "resultsByYear": {...} } (voir examples/aci-cpts/contract.json et
docs/aci-cpts.md), ou { "contract": {...}, "year": 3, "results": {...} } pour une année, en JSON ou
JSON Lines (examples/aci-cpts/contracts.jsonl). En CSV, une ligne par année de contrat, une colonne par
mission et par champ (« Accès aux soins : démarrage », « Accès aux soins : indicateurs atteints »…) : voir
exercice-coordonne cpts --template, examples/aci-cpts/cpts-plat.csv et les colonnes ci-dessous ; les
indicateurs un par un ne s’écrivent qu’en JSON.
`,
    en: `Usage: exercice-coordonne cpts [file|-] [options]

Computes the ACI CPTS funding of each contract, every year of it: size class, fonctionnement, each
mission's fixed and variable parts (indicator by indicator), the crisis block, the payments and their
dates. A record with a "year" field computes that year only.

Input: { "contract": {...}, "resultsByYear": {...} } (see examples/aci-cpts/contract.json and
docs/aci-cpts.md), or { "contract": {...}, "year": 3, "results": {...} } for one year, in JSON or JSON
Lines (examples/aci-cpts/contracts.jsonl). In CSV, one row per contract year, one column per mission and
field (contract.missions.acces.start, results.reached.acces, …): see exercice-coordonne cpts --template
--csv en, examples/aci-cpts/cpts-plat.csv and the columns below; indicators one by one are JSON only.
`,
  },
  fields: FIELDS,
  words: [...KIND_BY_FIELD.keys(), ...TOP, 'indicators', 'steps', 'kind', 'direction', 'label', 'years', 'mission', 'id', 'reached', ...aciCpts.MISSION_IDS],
  kindOf(path) {
    const parts = path.split('.');
    if (!TOP.has(parts[0]!)) return undefined;
    const lastPart = parts[parts.length - 1]!;
    if (/^(results|resultsByYear\.\d+)\.indicators\.[^.]+$/.test(path)) return 'result';
    if (/^\d+$/.test(lastPart) && parts[parts.length - 2] === 'years') return 'number';
    return KIND_BY_FIELD.get(lastPart) ?? 'text';
  },
  template: {
    columns: FIELDS.map((f) => f.path),
    example: {
      id: 'cpts-du-val-annee-3',
      'contract.name': 'CPTS du Val (exemple)',
      'contract.signedOn': '2022-04-15',
      'contract.population': 91000,
      year: 3,
      'contract.missions.acces.start': '2022-10-15',
      'results.reached.acces': '26000',
      'contract.missions.parcours.start': '2023-04-15',
      'results.reached.parcours': '14000',
      'contract.missions.prevention.start': '2023-04-15',
      'results.reached.prevention': '9500',
      'contract.missions.crise.start': '2022-10-15',
      'results.crisisDeclared': false,
      'contract.missions.qualite.start': '2023-04-15',
      'results.reached.qualite': '10000',
      'contract.missions.accompagnement.start': '2024-04-15',
      'results.reached.accompagnement': '3500',
    },
    json: 'examples/aci-cpts/contrat-annee.json',
  },
  run(input) {
    const flat = fromFlat(partsOf(input));
    const r = flat.parts;
    try {
      if (r.year !== undefined) {
        const one = { contract: r.contract, year: r.year, ...(r.results !== undefined ? { results: r.results } : {}) };
        return { kind: 'year', value: aciCpts.yearlyFunding(one as never), id: r.id, name: (r.contract as { name?: unknown })?.name };
      }
      if (r.results !== undefined) {
        invalid(['results'], r.results, {
          en: 'a contract year (column année du contrat) for the year’s results; without it the whole contract is computed, with resultsByYear',
          fr: 'une année de contrat (colonne « année du contrat ») pour les résultats de l’année ; sans elle, c’est le contrat entier qui est calculé, avec resultsByYear',
        });
      }
      return { kind: 'contract', value: aciCpts.simulate({ contract: r.contract, ...(r.resultsByYear !== undefined ? { resultsByYear: r.resultsByYear } : {}) } as never), id: r.id };
    } catch (e) {
      if (!isExerciceCoordonneError(e)) throw e;
      throw new ExerciceCoordonneError(e.code, e.issues.map((i) => issue(flat.path(i.path), i.received, { en: i.expected, fr: i.expectedFr })));
    }
  },
  columns: aciCpts.SUMMARY_COLUMNS,
  rows: (result) => aciCpts.summaryRows(result.value),
  table(result, rows, row, options) {
    const { lang } = options;
    const name = rowLabel({ line: row.line, id: row.id ?? (result.kind === 'contract' ? result.value.name : result.name) }, lang);
    const lines: string[] = [];
    const years = result.kind === 'contract' ? result.value.years : [result.value];
    const signed = result.kind === 'contract' ? formatCell('date', result.value.signedOn, lang) : '';
    lines.push(
      lang === 'fr'
        ? `CPTS ${name} — ${result.kind === 'contract' ? `contrat signé le ${signed}` : `année ${result.value.contractYear} du contrat`}`
        : `CPTS ${name} — ${result.kind === 'contract' ? `contract signed on ${signed}` : `contract year ${result.value.contractYear}`}`,
    );
    lines.push(...summaryTable(aciCpts.SUMMARY_COLUMNS, rows, AMOUNT_KEYS, lang, { total: true }).map((l) => `  ${l}`));
    lines.push('', lang === 'fr' ? '  Versements :' : '  Payments:');
    lines.push(...summaryTable(aciCpts.SUMMARY_COLUMNS, rows, PAYMENT_KEYS, lang, { total: true }).map((l) => `    ${l}`));
    if (options.explain) {
      for (const y of years) {
        lines.push('', lang === 'fr' ? `  Année ${y.contractYear} :` : `  Year ${y.contractYear}:`);
        lines.push(...explanationLines(y.explanation, lang).map((l) => `    · ${l}`));
      }
    }
    return lines;
  },
  json(result, options) {
    return options.explain ? JSON.parse(JSON.stringify(result.value)) : withoutExplanation(result.value);
  },
  report: (result) => result.value,
};
