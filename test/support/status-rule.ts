/**
 * One status rule for every scheme (docs/architecture.md, "Evidence and status"), enforced where a machine
 * can, on the parameter tables and the readings of the texts of each scheme:
 *
 * - a source is `primary` exactly when an official body publishes it — the Journal officiel and Légifrance,
 *   ameli and the Cnam, the ministry, an ARS (and its PAPS portal), the HAS — by its host, or as a listed copy
 *   of such a publication hosted elsewhere;
 * - `verified`: at least one primary source;
 * - `unverified`: sourced, with a note; when no secondary source is cited, the note says why the official
 *   ones do not settle the value (« CONFLICT », « not read », « does not state »);
 * - `assumption`: a note giving the reasoning; `unknown`: no value, and a note saying what is missing.
 */
import { describe, expect, it } from 'vitest';
import type { Parameter, RuleReading, Source, Status } from '../../src/core/parameters.js';

/** Hosts of official publishers. */
export const OFFICIAL_HOST = /(^|\.)(legifrance\.gouv\.fr|journal-officiel\.gouv\.fr|ameli\.fr|sante\.gouv\.fr|solidarites-sante\.gouv\.fr|has-sante\.fr|sante\.fr)$/;

/** What an `unverified` value citing only official sources must say: why they do not settle it. */
const WHY_OFFICIAL_NOT_ENOUGH = /CONFLICT|not read|does not state/i;

export interface SchemeEvidence {
  readonly parameters: ReadonlyMap<string, Parameter>;
  readonly rules: Readonly<Record<string, RuleReading>>;
  /** Sources declared but perhaps not cited by a period (the scheme's `SOURCES`). */
  readonly sources?: readonly Source[];
  /** Copies of an official publication hosted elsewhere (the kind follows the publisher), each with a comment where listed. */
  readonly officialCopies?: readonly RegExp[];
  /** Titles of sources that cite an official address but were read elsewhere (secondary). */
  readonly readElsewhere?: readonly RegExp[];
}

interface Evidence {
  readonly where: string;
  readonly status: Status;
  readonly sources: readonly Source[];
  readonly note?: string;
  readonly hasValue: boolean;
}

/** Every period of every parameter, and every reading of the texts, as one list of evidence. */
export function evidenceOf(scheme: SchemeEvidence): Evidence[] {
  return [
    ...[...scheme.parameters.values()].flatMap((p) =>
      p.periods.map((period) => ({ where: `${p.id} [${period.from}, ${period.until ?? '…'})`, status: period.status, sources: period.sources, ...(period.note ? { note: period.note.en } : {}), hasValue: period.value !== undefined })),
    ),
    ...Object.values(scheme.rules).map((r) => ({ where: r.id, status: r.status, sources: r.sources, ...(r.note ? { note: r.note.en } : {}), hasValue: true })),
  ];
}

/** Declares the tests of the one status rule for a scheme. */
export function describeStatusRule(name: string, scheme: SchemeEvidence): void {
  const evidence = evidenceOf(scheme);
  const isOfficial = (s: Source) =>
    !(scheme.readElsewhere ?? []).some((r) => r.test(s.title)) &&
    (OFFICIAL_HOST.test(new URL(s.url).hostname.replace(/^www\./, '')) || (scheme.officialCopies ?? []).some((r) => r.test(s.url)));

  describe(`one status rule (${name})`, () => {
    it('a source is primary exactly when an official body publishes it', () => {
      const all = new Set([...(scheme.sources ?? []), ...evidence.flatMap((e) => e.sources)]);
      expect([...all].filter((s) => (s.kind === 'primary') !== isOfficial(s)).map((s) => `${s.kind}: ${s.url} (${s.title})`)).toEqual([]);
    });

    it('verified ⇒ at least one primary source; parameters and readings alike', () => {
      expect(evidence.filter((e) => e.status === 'verified' && !e.sources.some((s) => s.kind === 'primary')).map((e) => e.where)).toEqual([]);
    });

    it('unverified ⇒ sourced, with a note; citing only official sources, the note says why they do not settle it', () => {
      const wrong = evidence.filter(
        (e) => e.status === 'unverified' && (e.sources.length === 0 || !e.note || (!e.sources.some((s) => s.kind === 'secondary') && !WHY_OFFICIAL_NOT_ENOUGH.test(e.note))),
      );
      expect(wrong.map((e) => e.where)).toEqual([]);
    });

    it('assumption ⇒ a note giving the reasoning; unknown ⇒ no value and a note saying what is missing', () => {
      expect(evidence.filter((e) => e.status === 'assumption' && !e.note).map((e) => e.where)).toEqual([]);
      expect(evidence.filter((e) => e.status === 'unknown' && (e.hasValue || !e.note)).map((e) => e.where)).toEqual([]);
    });
  });
}
