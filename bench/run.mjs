#!/usr/bin/env node
/**
 * `npm run bench`: the assistant-médical aid of the same generated contract-years computed three ways —
 * this library, the same rules in Publicodes, and a plain-number baseline — checked to agree on every
 * amount, then timed; and the command-line tool on a generated CSV of contract-years (wall time, peak
 * memory). Not a test: machines are noisy; quote medians (see docs/performance.md).
 *
 * Options: --count N (contract-years, default 100000), --publicodes-count N (default: --count),
 * --csv-rows N (default 1000000, 0 to skip), --jobs N (CLI worker threads, default: the CLI's own).
 */
import { spawn } from 'node:child_process';
import { createWriteStream, existsSync, mkdirSync, statSync } from 'node:fs';
import { availableParallelism, cpus, totalmem } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import Engine from 'publicodes';
import * as lib from '../dist/index.js';
import { benchImports } from './import-times.mjs';
import { benchOtherSchemes } from './other-schemes.mjs';
import { CSV_HEADER, contractYears, csvRow } from './generate.mjs';
import { TABLES, rules } from './publicodes-rules.mjs';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const { assistantMedical } = lib;
const { values } = parseArgs({
  options: {
    count: { type: 'string', default: '100000' },
    'publicodes-count': { type: 'string' },
    'csv-rows': { type: 'string', default: '1000000' },
    jobs: { type: 'string' },
  },
});
const COUNT = Number(values.count);
const PUBLICODES_COUNT = Number(values['publicodes-count'] ?? values.count);
const CSV_ROWS = Number(values['csv-rows']);

// ---------------------------------------------------------------------------------------------------
// The data: the same contract-years for the three implementations

const data = [...contractYears(COUNT)];
const REVALUATION = '2024-06-22';

/** Year start = (year − 1)-th anniversary of the hiring (29 February → 28 February), as the library does. */
function anniversary(date, n) {
  const y = Number(date.slice(0, 4)) + n;
  const md = date.slice(5);
  const leap = (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
  return md === '02-29' && !leap ? `${y}-02-28` : `${y}-${md}`;
}

/** Inputs of each implementation, prepared before timing. */
const libraryInputs = data.map((c) => ({
  signedOn: c.signedOn,
  hiredOn: c.hiredOn,
  option: c.option,
  band: c.band,
  startingPatients: c.startingPatients,
  objective: { targetPatients: c.targetPatients },
  year: c.year,
  ...(c.year >= 3 ? { achievement: { reachedPatients: c.reachedPatients } } : {}),
}));
const plainInputs = data.map((c) => {
  const yearStart = anniversary(c.hiredOn, c.year - 1);
  const reference = yearStart > c.signedOn ? yearStart : c.signedOn;
  return { ...c, table: reference >= REVALUATION ? '2024' : 'avant-2024', reference };
});
const toFr = (iso) => `${iso.slice(8, 10)}/${iso.slice(5, 7)}/${iso.slice(0, 4)}`;
const situations = plainInputs.slice(0, PUBLICODES_COUNT).map((c) => ({
  'contrat . option': `'${c.option}'`,
  'contrat . année': c.year,
  'contrat . tranche': `'${c.band}'`,
  'contrat . date de référence': toFr(c.reference),
  'contrat . départ': c.startingPatients,
  'contrat . objectif': c.targetPatients,
  'contrat . atteint': c.reachedPatients,
}));

// ---------------------------------------------------------------------------------------------------
// The three implementations, each returning the amount as a string with two decimals

function library() {
  const out = new Array(libraryInputs.length);
  for (let i = 0; i < libraryInputs.length; i++) out[i] = assistantMedical.yearlyAid(libraryInputs[i]).amount.toFixed(2);
  return out;
}

/** Plain numbers: the tables as JavaScript numbers, floating-point share, Math.round at the cent. */
function plain() {
  const out = new Array(plainInputs.length);
  for (let i = 0; i < plainInputs.length; i++) {
    const c = plainInputs[i];
    const row = c.band === 'P95+' ? 'p95' : c.year === 1 ? 'an1' : c.year === 2 ? 'an2' : c.band === 'P90-P95' ? 'an3p90' : 'an3';
    const ceiling = TABLES[c.table][c.option][row];
    let share = 1;
    if (c.year >= 3) {
      if (c.targetPatients > c.startingPatients) share = Math.min(1, Math.max(0, (c.reachedPatients - c.startingPatients) / (c.targetPatients - c.startingPatients)));
      else share = c.reachedPatients >= c.targetPatients || c.targetPatients === 0 ? 1 : Math.min(1, c.reachedPatients / c.targetPatients);
    }
    out[i] = (Math.round(ceiling * share * 100) / 100).toFixed(2);
  }
  return out;
}

function publicodes() {
  const engine = new Engine(rules, { logger: { log() {}, warn() {}, error() {} } });
  const out = new Array(situations.length);
  for (let i = 0; i < situations.length; i++) {
    engine.setSituation(situations[i]);
    out[i] = Number(engine.evaluate('aide').nodeValue).toFixed(2);
  }
  return out;
}

function timed(fn) {
  const t = performance.now();
  const result = fn();
  return { result, seconds: (performance.now() - t) / 1000 };
}

function median(xs) {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

// ---------------------------------------------------------------------------------------------------

const cpu = cpus()[0]?.model ?? 'unknown CPU';
console.log(`exercice-coordonne benchmark — Node ${process.version}, ${cpu}, ${availableParallelism()} cores, ${(totalmem() / 2 ** 30).toFixed(0)} GiB`);
console.log(`${COUNT} generated assistant-médical contract-years (Publicodes: ${PUBLICODES_COUNT})\n`);

// Warm-up (JIT), then the timed runs: library and plain 5 times (median), Publicodes once (slow).
library();
plain();
const libRuns = [];
let libResult;
for (let k = 0; k < 5; k++) {
  const r = timed(library);
  libRuns.push(r.seconds);
  libResult = r.result;
}
const plainRuns = [];
let plainResult;
for (let k = 0; k < 5; k++) {
  const r = timed(plain);
  plainRuns.push(r.seconds);
  plainResult = r.result;
}
process.stdout.write(`Publicodes: evaluating ${PUBLICODES_COUNT} situations (about 1 ms each)…\n`);
const pc = timed(publicodes);

// Agreement on every amount. Each amount is also computed exactly with integers (BigInt): the cents of
// maximum × (reached − start) / (target − start), rounded half up. Where the floating-point versions
// differ from it, the exact value is a half-cent tie that binary floats cannot hold.
function exactCents(c) {
  const row = c.band === 'P95+' ? 'p95' : c.year === 1 ? 'an1' : c.year === 2 ? 'an2' : c.band === 'P90-P95' ? 'an3p90' : 'an3';
  const ceiling = BigInt(TABLES[c.table][c.option][row]) * 100n;
  let num = 1n;
  let den = 1n;
  if (c.year >= 3) {
    if (c.targetPatients > c.startingPatients) {
      num = BigInt(Math.min(Math.max(c.reachedPatients - c.startingPatients, 0), c.targetPatients - c.startingPatients));
      den = BigInt(c.targetPatients - c.startingPatients);
    } else if (!(c.reachedPatients >= c.targetPatients || c.targetPatients === 0)) {
      num = BigInt(c.reachedPatients);
      den = BigInt(c.targetPatients);
    }
  }
  const cents = (2n * ceiling * num + den) / (2n * den);
  const tie = (2n * ceiling * num) % (2n * den) === den;
  return { text: `${cents / 100n}.${String(cents % 100n).padStart(2, '0')}`, tie };
}

let libraryWrong = 0;
let floatTies = 0;
let otherDisagreements = 0;
for (let i = 0; i < COUNT; i++) {
  const exact = exactCents(plainInputs[i]);
  if (libResult[i] !== exact.text) {
    libraryWrong++;
    if (libraryWrong <= 5) console.log(`  library differs from the exact amount on contract-year ${i}: ${libResult[i]} vs ${exact.text}`);
  }
  for (const [name, value] of [['plain', plainResult[i]], ['publicodes', i < PUBLICODES_COUNT ? pc.result[i] : exact.text]]) {
    if (value === exact.text) continue;
    if (exact.tie) {
      floatTies++;
      if (floatTies <= 5) console.log(`  ${name} gives ${value} where the exact amount is ${exact.text} (a half-cent tie, rounded down by floating point) — ${JSON.stringify(data[i])}`);
    } else {
      otherDisagreements++;
      if (otherDisagreements <= 5) console.log(`  ${name} gives ${value} where the exact amount is ${exact.text} — ${JSON.stringify(data[i])}`);
    }
  }
}
if (libraryWrong === 0 && otherDisagreements === 0) {
  console.log(
    `The three agree on every amount (${COUNT} contract-years), except ${floatTies} float result(s) on half-cent ties where the library's exact amount is the right one.\n`,
  );
} else {
  console.log(`${libraryWrong} library amounts differ from the exact computation, ${otherDisagreements} other disagreements: the timings below compare different results.\n`);
  process.exitCode = 1;
}

const libRate = COUNT / median(libRuns);
const plainRate = COUNT / median(plainRuns);
const pcRate = PUBLICODES_COUNT / pc.seconds;
const rows = [
  ['exercice-coordonne (validated, exact, explained)', libRate, median(libRuns)],
  ['plain numbers (no validation, floats)', plainRate, median(plainRuns)],
  ['Publicodes 1.10', pcRate, pc.seconds],
];
console.log('implementation                                      contract-years/s    seconds');
for (const [name, rate, s] of rows) console.log(`${name.padEnd(50)}  ${rate.toFixed(0).padStart(16)}  ${s.toFixed(3).padStart(9)}`);
const vsPublicodes = libRate / pcRate;
const vsPlain = plainRate / libRate;
console.log(`\nlibrary / Publicodes: ${vsPublicodes.toFixed(1)}× faster   (target ≥ 50×: ${vsPublicodes >= 50 ? 'met' : 'not met'})`);
console.log(`plain / library:      ${vsPlain.toFixed(1)}× faster   (target: library within 5× of plain: ${vsPlain <= 5 ? 'met' : 'not met'})`);

// ---------------------------------------------------------------------------------------------------
// The ACI schemes on their examples

const other = benchOtherSchemes(ROOT, lib);
console.log('\nACI schemes on their bundled examples (median of 5 passes)                rows/s');
console.log(`  MSP year (aciMsp.yearlyRemuneration, ${other.mspCount} variants), figures only     ${other.mspFigures.toFixed(0).padStart(10)}`);
console.log(`  MSP year, explanation read too                                      ${other.mspExplained.toFixed(0).padStart(10)}`);
console.log(`  CPTS contract-year (aciCpts.simulate, ${other.cptsYears} years each), figures only     ${other.cptsFigures.toFixed(0).padStart(10)}`);
console.log(`  CPTS contract-year, explanation read too                             ${other.cptsExplained.toFixed(0).padStart(10)}`);

// ---------------------------------------------------------------------------------------------------
// Cold import of each entry point

console.log('\nCold import, fresh process, median of 7 (ms)');
for (const { specifier, ms } of benchImports(ROOT)) console.log(`  ${specifier.padEnd(40)} ${ms.toFixed(1).padStart(7)}`);

// ---------------------------------------------------------------------------------------------------
// The command-line tool on a large CSV

async function generateCsv(path, rows) {
  mkdirSync(dirname(path), { recursive: true });
  const out = createWriteStream(path);
  out.write(`${CSV_HEADER}\n`);
  let buffer = '';
  for (const c of contractYears(rows)) {
    buffer += csvRow(c);
    if (buffer.length > 1 << 16) {
      if (!out.write(buffer)) await new Promise((r) => out.once('drain', r));
      buffer = '';
    }
  }
  await new Promise((r) => out.end(buffer, r));
}

function runCli(file) {
  return new Promise((resolveRun, rejectRun) => {
    const args = ['--require', join(ROOT, 'bench', 'report-rss.cjs'), join(ROOT, 'dist', 'cli', 'bin.js'), 'am', file, '--format', 'csv', ...(values.jobs ? ['--jobs', values.jobs] : [])];
    const t = performance.now();
    const child = spawn(process.execPath, args, { stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (d) => (stderr += d));
    child.on('error', rejectRun);
    child.on('close', (code) => {
      const seconds = (performance.now() - t) / 1000;
      const rss = /maxRSS=(\d+)/.exec(stderr);
      resolveRun({ code, seconds, peakMiB: rss ? Number(rss[1]) / 1024 : NaN });
    });
  });
}

if (CSV_ROWS > 0) {
  const file = join(ROOT, 'bench', '.data', `am-${CSV_ROWS}.csv`);
  if (!existsSync(file)) {
    process.stdout.write(`\nGenerating ${file} (${CSV_ROWS} contract-years)…\n`);
    await generateCsv(file, CSV_ROWS);
  }
  const size = (statSync(file).size / 2 ** 20).toFixed(0);
  console.log(`\nCLI: exercice-coordonne am ${CSV_ROWS}-row CSV (${size} MiB) --format csv > /dev/null, 3 runs`);
  const runs = [];
  for (let k = 0; k < 3; k++) {
    const r = await runCli(file);
    runs.push(r);
    console.log(`  run ${k + 1}: ${r.seconds.toFixed(2)} s, peak ${r.peakMiB.toFixed(0)} MiB, exit ${r.code}`);
  }
  const wall = median(runs.map((r) => r.seconds));
  const peak = Math.max(...runs.map((r) => r.peakMiB));
  console.log(`  median ${wall.toFixed(2)} s (target < 10 s: ${wall < 10 ? 'met' : 'not met'}), peak ${peak.toFixed(0)} MiB (target < 300 MB: ${peak * 1.048576 < 300 ? 'met' : 'not met'})`);
}
