/**
 * One status rule for every scheme (docs/architecture.md, "Evidence and status"), enforced on the ACI CPTS
 * table where a machine can: `verified` only when an official publication states the value (so at least one
 * primary source); `unverified` when only unions, press, theses or professional sites give it, or when
 * official sources conflict (so a note, and a secondary source or a conflict the note names); `assumption`
 * for the library's own reasoning (a note); and a source is `primary` exactly when an official body publishes
 * it (the Journal officiel and its copies, Légifrance, ameli and the Cnam, the ministry, an ARS and its PAPS
 * portal, the HAS, the Senate).
 */
import { describe, expect, it } from 'vitest';
import type { Period, RuleReading, Source } from '../../src/core/parameters.js';
import { PARAMETERS, RULES } from '../../src/aci-cpts/parameters.js';

/** Hosts of official publishers. */
const OFFICIAL_HOST = /(^|\.)(legifrance\.gouv\.fr|ameli\.fr|senat\.fr|sante\.gouv\.fr|solidarites-sante\.gouv\.fr|has-sante\.fr|ars\.sante\.fr|paps\.sante\.fr)$/;

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

const hostOf = (url: string) => new URL(url).hostname.replace(/^www\./, '');
const isOfficial = (s: Source) => OFFICIAL_HOST.test(hostOf(s.url)) || OFFICIAL_COPIES.some((r) => r.test(s.url));

/** Every period of every parameter, and every rule reading, as one list of evidence to check. */
const evidence: { readonly where: string; readonly status: Period['status']; readonly sources: readonly Source[]; readonly note?: string; readonly hasValue: boolean }[] = [
  ...[...PARAMETERS.values()].flatMap((p) =>
    p.periods.map((period) => ({ where: `${p.id} [${period.from}, ${period.until ?? '…'})`, status: period.status, sources: period.sources, ...(period.note ? { note: period.note.en } : {}), hasValue: period.value !== undefined })),
  ),
  ...Object.values(RULES).map((r: RuleReading) => ({ where: r.id, status: r.status, sources: r.sources, ...(r.note ? { note: r.note.en } : {}), hasValue: true })),
];

describe('one status rule (ACI CPTS)', () => {
  it('a source is primary exactly when an official body publishes it', () => {
    const wrong: string[] = [];
    for (const e of evidence) {
      for (const s of e.sources) {
        const official = isOfficial(s) && !READ_ELSEWHERE.some((r) => r.test(s.title));
        if ((s.kind === 'primary') !== official) wrong.push(`${e.where}: ${s.kind} ${s.url}`);
      }
    }
    expect([...new Set(wrong)]).toEqual([]);
  });

  it('verified ⇒ at least one official (primary) source; parameters and rule readings alike', () => {
    expect(evidence.filter((e) => e.status === 'verified' && !e.sources.some((s) => s.kind === 'primary')).map((e) => e.where)).toEqual([]);
  });

  it('unverified ⇒ a note, and either a non-official source or official sources in conflict (named in the note)', () => {
    const wrong = evidence.filter(
      (e) => e.status === 'unverified' && (!e.note || !(e.sources.some((s) => s.kind === 'secondary') || /conflict/i.test(e.note))),
    );
    expect(wrong.map((e) => e.where)).toEqual([]);
  });

  it('assumption ⇒ a note giving the reasoning; unknown ⇒ no value and a note saying what is missing', () => {
    expect(evidence.filter((e) => e.status === 'assumption' && !e.note).map((e) => e.where)).toEqual([]);
    expect(evidence.filter((e) => e.status === 'unknown' && (e.hasValue || !e.note)).map((e) => e.where)).toEqual([]);
  });

  it('an ARS page is primary: the PAPS page of the ARS Hauts-de-France is cited as such', () => {
    const paps = evidence.flatMap((e) => e.sources).filter((s) => s.url.includes('paps.sante.fr'));
    expect(paps.length).toBeGreaterThan(0);
    expect(paps.every((s) => s.kind === 'primary')).toBe(true);
  });
});
