/**
 * The one status rule (test/support/status-rule.ts) on the assistant-médical table (issue 11); then the
 * statuses the audit of 2026-11 set, pinned period by period.
 */
import { describe, expect, it } from 'vitest';
import type { Parameter, Period, RuleReading } from '../../src/core/parameters.js';
import { describeStatusRule } from '../support/status-rule.js';
import { PARAMETERS, RULES } from '../../src/assistant-medical/parameters.js';
import { SOURCES } from '../../src/assistant-medical/sources.js';

const periods: { id: string; period: Period }[] = [...PARAMETERS.values()].flatMap((p: Parameter) => p.periods.map((period) => ({ id: p.id, period })));
const rules: RuleReading[] = Object.values(RULES);

describeStatusRule('assistant médical', { parameters: PARAMETERS, rules: RULES, sources: Object.values(SOURCES) });

describe('the collective contract (2026) rests on a secondary page', () => {
  it('none of its figures or readings is verified', () => {
    const collective = periods.filter((p) => p.id.startsWith('am.collective.'));
    expect(collective.length).toBeGreaterThan(20);
    expect(collective.filter((p) => p.period.status === 'verified').map((p) => p.id)).toEqual([]);
    expect(collective.filter((p) => p.period.status === 'unverified' && !p.period.sources.includes(SOURCES.mesdocsCollectif)).map((p) => p.id)).toEqual([]);
    expect(rules.filter((r) => r.id.startsWith('am.collective.') && r.status === 'verified').map((r) => r.id)).toEqual([]);
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
