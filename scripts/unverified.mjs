#!/usr/bin/env node
/**
 * Writes docs/unverified.md from the parameter tables: every legal figure whose status is not
 * `verified` (unverified, assumption, unknown) and every reading of the texts that is not verified.
 * Run `npm run docs:unverified` after changing a parameters.ts; a test fails when the file is stale.
 *
 * Reads the built package (dist/), so run `npm run build` first.
 */
import * as lib from '../dist/index.js';

const SCHEMES = [
  ['assistantMedical', 'Aide à l’emploi d’un assistant médical', 'docs/assistant-medical.md'],
  ['aciMsp', 'ACI MSP', 'docs/aci-msp.md'],
  ['aciCpts', 'ACI CPTS', 'docs/aci-cpts.md'],
];

const cell = (s) => String(s ?? '').replaceAll('|', '\\|').replaceAll('\n', ' ');
const value = (v) => (v === undefined ? '— (caller must supply)' : Array.isArray(v) ? v.join(', ') : String(v));
const sources = (list) => (list.length === 0 ? '—' : list.map((s) => `[${cell(s.title)}](${s.url})`).join('<br>'));

export function unverifiedMarkdown() {
  const out = [
    '# Unverified figures and readings',
    '',
    'Generated from the parameter tables by `npm run docs:unverified`; do not edit by hand (a test checks it is current).',
    '',
    'Every legal figure of the library has a status: **verified** (read in an official text or an ameli / Cnam / ARS publication),',
    '**unverified** (secondary source only, or sources in conflict), **assumption** (a working hypothesis of the library where no',
    'source gives the rule) or **unknown** (no value: the caller must pass it as an override, or the library raises',
    '`missing-parameter`). This page lists everything that is not verified. Any figure can be overridden by its id:',
    '',
    '```text',
    "overrides: { 'am.modulation.rule': 'all-or-nothing' }",
    '```',
    '',
  ];
  for (const [ns, title, page] of SCHEMES) {
    const scheme = lib[ns];
    if (!scheme) continue;
    out.push(`## ${title}`, '', `Rules in plain words: [${page.replace('docs/', '')}](${page.replace('docs/', '')}).`, '');
    out.push('| parameter | period | value | status | why | sources |', '|---|---|---|---|---|---|');
    let n = 0;
    for (const p of scheme.PARAMETERS.values()) {
      for (const period of p.periods) {
        if (period.status === 'verified') continue;
        n++;
        out.push(
          `| \`${p.id}\`<br>${cell(p.label.en)} | ${period.from} → ${period.until ?? '…'} | ${cell(value(period.value))} | ${period.status} | ${cell(period.note?.en)} | ${sources(period.sources)} |`,
        );
      }
    }
    if (n === 0) out.push('| — | | | | | |');
    out.push('');
    const rules = Object.values(scheme.RULES ?? {}).filter((r) => r.status !== 'verified');
    if (rules.length > 0) {
      out.push('Readings of the texts (rules rather than figures):', '', '| rule | status | why | sources |', '|---|---|---|---|');
      for (const r of rules) out.push(`| \`${r.id}\`<br>${cell(r.label.en)} | ${r.status} | ${cell(r.note?.en)} | ${sources(r.sources)} |`);
      out.push('');
    }
  }
  return out.join('\n');
}

if (import.meta.url === `file://${process.argv[1]}`) process.stdout.write(unverifiedMarkdown());
