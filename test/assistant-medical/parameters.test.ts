import { describe, expect, it } from 'vitest';
import { lintTable } from '../../src/core/parameters.js';
import { PARAMETERS, RULES, type AmParameterId, type CollectiveParameterId } from '../../src/assistant-medical/parameters.js';

/** The collective contract's ids, typed (a misspelt id fails to compile). */
const COLLECTIVE_IDS: CollectiveParameterId[] = [
  'am.collective.regime', 'am.collective.contract.duration-years', 'am.collective.eligibility.legal-forms', 'am.collective.eligibility.specialties',
  'am.collective.eligibility.mep-excluded', 'am.collective.eligibility.sectors', 'am.collective.eligibility.average-medecin-traitant',
  'am.collective.eligibility.average-comparison', 'am.collective.eligibility.waiting-period-years', 'am.collective.etp.per-doctor',
  'am.collective.etp.bonus-from', 'am.collective.etp.pamsu-bonus', 'am.collective.etp.training-site-bonus', 'am.collective.etp.step',
  'am.collective.aid.per-etp.year-1', 'am.collective.aid.per-etp.year-2', 'am.collective.aid.per-etp.year-3-plus',
  'am.collective.objective.medecin-traitant-per-etp', 'am.collective.objective.file-active-per-etp', 'am.collective.objective.deadline-years',
  'am.collective.objective.newly-installed.medecin-traitant', 'am.collective.objective.newly-installed.file-active',
  'am.collective.objective.newly-installed.deadline-years', 'am.collective.newly-installed.max-months', 'am.collective.modulation.first-year',
  'am.collective.modulation.rule',
];

describe('the assistant-médical parameter table', () => {
  it('is sorted, without overlap, every value sourced, every doubt explained', () => {
    expect(lintTable(PARAMETERS)).toEqual([]);
  });

  it('every id is in the AmParameterId type (so overrides autocomplete)', () => {
    const options = ['etp-1-3', 'etp-1-2', 'etp-1'];
    const rows = ['year-1', 'year-2', 'year-3-plus', 'year-3-plus.p90-p95', 'p95-plus'];
    const bands = ['p30-p50', 'p50-p70', 'p70-p90', 'p90-p95', 'p95-plus'];
    const typed: AmParameterId[] = [
      'am.regime', 'am.contract.duration-years', 'am.contract.hiring.max-months-before-signature', 'am.option.open-to-new-contracts', 'am.eligibility.sectors',
      'am.eligibility.excluded-specialties', 'am.eligibility.avenant-7.whole-territory-specialties',
      'am.eligibility.clinical-fees.specialties', 'am.eligibility.clinical-fees.minimum-share', 'am.eligibility.clinical-fees.comparison',
      'am.eligibility.full-time.zones', 'am.eligibility.group-practice.required', 'am.eligibility.group-practice.exempt-zones',
      'am.eligibility.coordinated-practice.required', 'am.eligibility.avenant-7.children-share-exemption', 'am.eligibility.disability-exemption',
      'am.eligibility.group-practice.minimum-doctors', 'am.eligibility.coordinated-practice.commitment-years', 'am.eligibility.avenant-7.children-age-limit',
      'am.eligibility.avenant-7.low-density-departement-share',
      'am.eligibility.p30.comparison', 'am.aid.ceiling.etp-1-5.year-3-plus', 'am.aid.ceiling.etp-2.year-3-plus', 'am.objective.etp-1-5',
      'am.objective.etp-2', 'am.objective.senior.minimum-age', 'am.objective.senior.tolerated-decrease',
      'am.objective.newly-installed.target-percentile', 'am.objective.newly-installed.deadline-year', 'am.objective.target-rounding',
      'am.modulation.first-year', 'am.modulation.rule', 'am.modulation.cent-rounding', 'am.payment.year-1.advance-rate',
      'am.payment.year-1.advance-delay-days', 'am.payment.year-1.balance-timing', 'am.payment.year-2.timing', 'am.payment.year-3-plus.timing',
      'am.payment.schedule', 'am.payment.year-1.whole-delay-months', 'am.payment.year-3-plus.instalment-share',
      'am.payment.year-3-plus.first-instalment-months', 'am.band.p95.comparison',
      'am.eligibility.second-assistant.from-year', 'am.eligibility.second-assistant.specialties', 'am.eligibility.second-assistant.zones',
      ...(['p30', 'p50', 'p70', 'p90', 'p95'] as const).map((p) => `am.percentile.medecine-generale.${p}` as const),
      ...options.flatMap((o) => rows.map((r) => `am.aid.ceiling.${o}.${r}` as AmParameterId)),
      ...options.flatMap((o) => bands.map((b) => `am.objective.${o}.${b}` as AmParameterId)),
      ...COLLECTIVE_IDS,
    ];
    expect([...PARAMETERS.keys()].sort()).toEqual([...new Set(typed)].sort());
  });

  it('no legal figure is both unknown and used as a default: unknown periods carry no value', () => {
    for (const p of PARAMETERS.values()) for (const period of p.periods) if (period.status === 'unknown') expect(period.value).toBeUndefined();
  });

  it('every rule reading has sources or is an assumption with a note', () => {
    for (const r of Object.values(RULES)) {
      expect(r.sources.length > 0 || r.status === 'assumption').toBe(true);
      expect(r.note?.fr.length ?? 0).toBeGreaterThan(0);
      expect(r.note?.en.length ?? 0).toBeGreaterThan(0);
    }
  });
});

describe('docs/assistant-medical.md and docs/aide-collective.md', () => {
  it('name every parameter that is not verified (the collective contract’s in docs/aide-collective.md)', async () => {
    const { readFileSync } = await import('node:fs');
    const individual = readFileSync(new URL('../../docs/assistant-medical.md', import.meta.url), 'utf8');
    const collective = readFileSync(new URL('../../docs/aide-collective.md', import.meta.url), 'utf8');
    const missing: string[] = [];
    for (const p of PARAMETERS.values()) {
      if (p.periods.every((x) => x.status === 'verified')) continue;
      const doc = p.id.startsWith('am.collective.') ? collective : individual;
      const family = p.id.replace(/\.(p30-p50|p50-p70|p70-p90|p90-p95|p95-plus)$/, '.*');
      if (!doc.includes(`\`${p.id}\``) && !doc.includes(`\`${family}\``)) missing.push(p.id);
    }
    expect(missing).toEqual([]);
  });
});
