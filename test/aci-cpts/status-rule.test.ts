/**
 * The one status rule (test/support/status-rule.ts) on the ACI CPTS table, with the copies of official
 * publications it cites; then the statuses the audit of 2026-11 set.
 */
import { describe, expect, it } from 'vitest';
import { describeStatusRule, evidenceOf } from '../support/status-rule.js';
import { PARAMETERS, RULES } from '../../src/aci-cpts/parameters.js';

/** Copies of an official publication hosted elsewhere: the kind follows the publisher, not the host. */
const OFFICIAL_COPIES: readonly RegExp[] = [
  /^https:\/\/juriblio\.fr\/arretes\/arrete-du-21-aout-2019\//, // the JORF text of the arrêté of 21 August 2019 and its annexes
  /^https:\/\/123dok\.net\/document\/y4wrknx5-/, // the Assurance Maladie's note presenting the ACI CPTS
];

/**
 * Sources that cite an official address but were read elsewhere: the size-3 envelopes read in two signed
 * contracts, which cite the text they implement (no public address for the contracts themselves).
 */
const READ_ELSEWHERE: readonly RegExp[] = [/texte que mettent en œuvre les contrats de taille 3/];

const SCHEME = { parameters: PARAMETERS, rules: RULES, officialCopies: OFFICIAL_COPIES, readElsewhere: READ_ELSEWHERE };
const evidence = evidenceOf(SCHEME);

describeStatusRule('ACI CPTS', SCHEME);

describe('the ACI CPTS statuses the audit of 2026-11 set', () => {
  it('an ARS page is primary: the PAPS page of the ARS Hauts-de-France is cited as such', () => {
    const paps = evidence.flatMap((e) => e.sources).filter((s) => s.url.includes('paps.sante.fr'));
    expect(paps.length).toBeGreaterThan(0);
    expect(paps.every((s) => s.kind === 'primary')).toBe(true);
  });
});
