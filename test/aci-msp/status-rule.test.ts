/**
 * One status rule for every scheme (docs/architecture.md, "Evidence and status"), enforced on the ACI MSP
 * table where a machine can: `verified` only when an official publication states the value (so at least one
 * primary source); `unverified` when only unions, press, theses or professional sites give it, or when
 * official sources conflict (so a note, and a secondary source or a conflict the note names); `assumption`
 * for the library's own reasoning (a note); and a source is `primary` exactly when an official body publishes
 * it (the Journal officiel and its copies, Légifrance, ameli and the Cnam, the ministry, an ARS and its PAPS
 * portal, the HAS, the Senate).
 */
import { describe, expect, it } from 'vitest';
import type { Period, RuleReading, Source } from '../../src/core/parameters.js';
import { PARAMETERS, RULES } from '../../src/aci-msp/parameters.js';
import { GUIDE_URL } from '../../src/aci-msp/sources.js';

/** Hosts of official publishers. */
const OFFICIAL_HOST = /(^|\.)(legifrance\.gouv\.fr|ameli\.fr|senat\.fr|sante\.gouv\.fr|solidarites-sante\.gouv\.fr|has-sante\.fr|ars\.sante\.fr|paps\.sante\.fr)$/;

/** Copies of an official publication hosted elsewhere: the kind follows the publisher, not the host. */
const OFFICIAL_COPIES: readonly RegExp[] = [
  new RegExp(`^${GUIDE_URL.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`), // the Cnam's guide to the Avenant 1 indicators, copy on GitHub
  /^https:\/\/juriblio\.fr\/docs\/avis-divers\/180349997\//, // the JO avis of 3 August 2022 (Avenant 1)
];

/** Sources that cite an official address but were read elsewhere: none for the ACI MSP. */
const READ_ELSEWHERE: readonly RegExp[] = [];

const hostOf = (url: string) => new URL(url).hostname.replace(/^www\./, '');
const isOfficial = (s: Source) => OFFICIAL_HOST.test(hostOf(s.url)) || OFFICIAL_COPIES.some((r) => r.test(s.url));

/** Every period of every parameter, and every rule reading, as one list of evidence to check. */
const evidence: { readonly where: string; readonly status: Period['status']; readonly sources: readonly Source[]; readonly note?: string; readonly hasValue: boolean }[] = [
  ...[...PARAMETERS.values()].flatMap((p) =>
    p.periods.map((period) => ({ where: `${p.id} [${period.from}, ${period.until ?? '…'})`, status: period.status, sources: period.sources, ...(period.note ? { note: period.note.en } : {}), hasValue: period.value !== undefined })),
  ),
  ...Object.values(RULES).map((r: RuleReading) => ({ where: r.id, status: r.status, sources: r.sources, ...(r.note ? { note: r.note.en } : {}), hasValue: true })),
];

describe('one status rule (ACI MSP)', () => {
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
