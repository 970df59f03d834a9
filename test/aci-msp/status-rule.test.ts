/**
 * The one status rule (test/support/status-rule.ts) on the ACI MSP table, with the copies of official
 * publications it cites; then the statuses the audit of 2026-11 set.
 */
import { describe, expect, it } from 'vitest';
import { describeStatusRule, evidenceOf } from '../support/status-rule.js';
import { PARAMETERS, RULES } from '../../src/aci-msp/parameters.js';
import { GUIDE_URL } from '../../src/aci-msp/sources.js';

/** Copies of an official publication hosted elsewhere: the kind follows the publisher, not the host. */
const OFFICIAL_COPIES: readonly RegExp[] = [
  new RegExp(`^${GUIDE_URL.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`), // the Cnam's guide to the Avenant 1 indicators, copy on GitHub
  /^https:\/\/juriblio\.fr\/docs\/avis-divers\/180349997\//, // the JO avis of 3 August 2022 (Avenant 1)
];

const SCHEME = { parameters: PARAMETERS, rules: RULES, officialCopies: OFFICIAL_COPIES };
const evidence = evidenceOf(SCHEME);

describeStatusRule('ACI MSP', SCHEME);

describe('the ACI MSP statuses the audit of 2026-11 set', () => {
  it('an ARS page and the Cnam guide are primary; the calculette, a thesis and the federations are not', () => {
    const all = evidence.flatMap((e) => e.sources);
    const kinds = (part: string) => [...new Set(all.filter((s) => s.url.includes(part)).map((s) => s.kind))];
    expect(kinds('paps.sante.fr')).toEqual(['primary']);
    expect(kinds('guide-indicateurs-aci')).toEqual(['primary']);
    expect(kinds('calculette-aci')).toEqual(['secondary']);
    expect(kinds('123dok.net')).toEqual(['secondary']);
    expect(kinds('femasif.fr')).toEqual(['secondary']);
  });

  it('the crisis indicator as a socle prérequis from 2023, and its variable points payable, rest on the guide: verified', () => {
    const period = (id: string, on: string) => PARAMETERS.get(id)!.periods.find((p) => p.from <= on && (p.until === undefined || on < p.until))!;
    expect(period('msp.crises-sanitaires.type', '2023-01-01')).toMatchObject({ value: 'socle-prerequis', status: 'verified' });
    expect(period('msp.crises-sanitaires.variable-payable', '2023-01-01')).toMatchObject({ value: true, status: 'verified' });
    expect(period('msp.crises-sanitaires.type', '2022-12-31')).toMatchObject({ value: 'optionnel', status: 'verified' });
  });

  it('the new-structure dispositions from the 2022 exercise are an assumption period of their own, carried over from 2017', () => {
    for (const id of ['msp.nouvelle-structure.projet-age-max', 'msp.nouvelle-structure.years', 'msp.nouvelle-structure.minimum', 'msp.nouvelle-structure.avance', 'msp.nouvelle-structure.minimum-requires-prerequisites']) {
      const periods = PARAMETERS.get(id)!.periods;
      expect(periods.map((p) => [p.from, p.until]), id).toEqual([
        ['2017-01-01', '2022-01-01'],
        ['2022-01-01', undefined],
      ]);
      expect(periods[1]!.value, id).toEqual(periods[0]!.value);
      expect(periods[1]!.status, id).toBe('assumption');
      expect(periods[1]!.note?.en, id).toMatch(/carries the 2017 rule over/);
    }
  });

  it('the 2017 satisfaction note says the fit to 73 500 € needs CSTM left out, which « l’ensemble des engagements » does not support', () => {
    const note = PARAMETERS.get('msp.satisfaction.fixed')!.periods[0]!.note!.en;
    expect(note).toMatch(/CSTM/);
    expect(note).toMatch(/l’ensemble des engagements/);
  });
});
