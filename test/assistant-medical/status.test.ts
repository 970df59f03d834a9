/**
 * One status rule for every figure and every reading of the texts (issue 11), enforced where a machine can:
 *
 * - `verified` only when an official publication states the value: the Journal officiel and Légifrance,
 *   ameli and the Cnam, the ministry, an ARS, the HAS (a source of kind `primary`);
 * - `unverified`: unions, press, theses, professional sites — or official sources in conflict, or an
 *   official source that does not settle the value (its note says which: "CONFLICT", "not read",
 *   "does not state");
 * - `assumption`: the library's own reasoning, with a note;
 * - a source's kind follows its host: official hosts are `primary`, every other host `secondary`.
 *
 * Then the statuses the audit of 2026-11 set, pinned period by period.
 */
import { describe, expect, it } from 'vitest';
import type { Parameter, Period, RuleReading, Source } from '../../src/core/parameters.js';
import { PARAMETERS, RULES } from '../../src/assistant-medical/parameters.js';
import { SOURCES } from '../../src/assistant-medical/sources.js';

/** Hosts of official publications: Légifrance and the Journal officiel, ameli, the ministry, the ARS (*.sante.fr), the HAS. */
function isOfficialHost(url: string): boolean {
  const host = new URL(url).hostname.replace(/^www\./, '');
  return (
    host === 'ameli.fr' ||
    host.endsWith('.ameli.fr') ||
    host === 'legifrance.gouv.fr' ||
    host === 'journal-officiel.gouv.fr' ||
    host === 'sante.gouv.fr' ||
    host.endsWith('.sante.fr') ||
    host === 'has-sante.fr'
  );
}

/** What an `unverified` value citing an official source must say: why that source does not settle it. */
const WHY_OFFICIAL_NOT_ENOUGH = /CONFLICT|not read|does not state/;

const periods: { id: string; period: Period }[] = [...PARAMETERS.values()].flatMap((p: Parameter) => p.periods.map((period) => ({ id: p.id, period })));
const rules: RuleReading[] = Object.values(RULES);
const allSources: Source[] = [...Object.values(SOURCES), ...periods.flatMap((p) => p.period.sources), ...rules.flatMap((r) => r.sources)];

describe('one status rule (issue 11)', () => {
  it('a source is primary exactly when it is an official publication (by its host)', () => {
    const wrong = [...new Set(allSources)].filter((s) => (s.kind === 'primary') !== isOfficialHost(s.url)).map((s) => `${s.kind}: ${s.url}`);
    expect(wrong).toEqual([]);
  });

  it('verified: an official source states it (every verified period and rule cites a primary source)', () => {
    const bare = [
      ...periods.filter((p) => p.period.status === 'verified' && !p.period.sources.some((s) => s.kind === 'primary')).map((p) => `${p.id} ${p.period.from}`),
      ...rules.filter((r) => r.status === 'verified' && !r.sources.some((s) => s.kind === 'primary')).map((r) => r.id),
    ];
    expect(bare).toEqual([]);
  });

  it('unverified: sourced, and when an official source is cited, the note says why it does not settle the value', () => {
    const unsourced = [
      ...periods.filter((p) => p.period.status === 'unverified' && p.period.sources.length === 0).map((p) => `${p.id} ${p.period.from}`),
      ...rules.filter((r) => r.status === 'unverified' && r.sources.length === 0).map((r) => r.id),
    ];
    expect(unsourced).toEqual([]);
    const unexplained = [
      ...periods
        .filter((p) => p.period.status === 'unverified' && p.period.sources.some((s) => s.kind === 'primary') && !WHY_OFFICIAL_NOT_ENOUGH.test(p.period.note?.en ?? ''))
        .map((p) => `${p.id} ${p.period.from}`),
      ...rules.filter((r) => r.status === 'unverified' && r.sources.some((s) => s.kind === 'primary') && !WHY_OFFICIAL_NOT_ENOUGH.test(r.note?.en ?? '')).map((r) => r.id),
    ];
    expect(unexplained).toEqual([]);
  });

  it('the collective contract (2026) rests on a secondary page: none of its figures or readings is verified', () => {
    const collective = periods.filter((p) => p.id.startsWith('am.collective.'));
    expect(collective.length).toBeGreaterThan(20);
    expect(collective.filter((p) => p.period.status === 'verified').map((p) => p.id)).toEqual([]);
    expect(collective.filter((p) => p.period.status === 'unverified' && !p.period.sources.includes(SOURCES.mesdocsCollectif)).map((p) => p.id)).toEqual([]);
    expect(rules.filter((r) => r.id.startsWith('am.collective.') && r.status === 'verified').map((r) => r.id)).toEqual([]);
  });

  it('assumption and unknown: a note says the reasoning or what is missing', () => {
    const silent = [
      ...periods.filter((p) => (p.period.status === 'assumption' || p.period.status === 'unknown') && !p.period.note).map((p) => `${p.id} ${p.period.from}`),
      ...rules.filter((r) => r.status === 'assumption' && !r.note).map((r) => r.id),
    ];
    expect(silent).toEqual([]);
  });
});

/** The status of a parameter's periods, as `from: status(value)`. */
function statuses(id: string): string[] {
  return PARAMETERS.get(id)!.periods.map((p) => `${p.from}: ${p.status}(${String(p.value)})`);
}

describe('the statuses set by the audit of 2026-11 (see CHANGELOG, Legislation (assistant médical))', () => {
  it('P30 minimum: "plus de 640" under Avenant 7; at least 775 under the règlement arbitral and the 2024 convention, sources in conflict', () => {
    expect(statuses('am.eligibility.p30.comparison')).toEqual(['2019-09-01: unverified(more-than)', '2023-05-01: unverified(at-least)', '2024-06-22: unverified(at-least)']);
    const ra = PARAMETERS.get('am.eligibility.p30.comparison')!.periods[1]!;
    expect(ra.note?.en).toContain('CONFLICT');
    expect(ra.note?.en).toContain('+ de 775');
    expect(ra.note?.fr).toContain('CONFLIT');
    expect(ra.note?.fr).toContain('+ de 775');
    expect(ra.sources.map((s) => s.url)).toContain('https://martinique.paps.sante.fr/une-aide-lembauche-dun-assistant-medical-0');
  });

  it('the P30 of Avenant 7 (640) is stated by an ARS page: verified', () => {
    expect(statuses('am.percentile.medecine-generale.p30')).toEqual(['2019-09-01: verified(640)', '2023-05-01: verified(775)']);
  });

  it('P95: strict under Avenant 7 (in conflict with ameli), "≥ P95" under the règlement arbitral (as ameli describes it) and the 2024 convention', () => {
    expect(statuses('am.band.p95.comparison')).toEqual(['2019-09-01: unverified(more-than)', '2023-05-01: unverified(at-least)', '2024-06-22: verified(at-least)']);
  });

  it('the payment schedule is one rule with two readings, the default the better supported', () => {
    expect(statuses('am.payment.schedule')).toEqual(['2019-09-01: unverified(advance-then-balance)']);
    expect(PARAMETERS.get('am.payment.schedule')!.choices).toEqual(['advance-then-balance', 'whole-then-instalments']);
    expect(statuses('am.payment.year-1.whole-delay-months')).toEqual(['2019-09-01: unverified(1)']);
    expect(statuses('am.payment.year-3-plus.instalment-share')).toEqual(['2019-09-01: unverified(0.5)']);
    expect(statuses('am.payment.year-3-plus.first-instalment-months')).toEqual(['2019-09-01: assumption(6)']);
  });

  it('the second-assistant conditions rest on a professional site (the ameli page cited was not read): unverified', () => {
    for (const id of ['am.eligibility.second-assistant.from-year', 'am.eligibility.second-assistant.specialties', 'am.eligibility.second-assistant.zones']) {
      expect(PARAMETERS.get(id)!.periods.map((p) => p.status)).toEqual(['unverified']);
    }
  });
});
