/** The reference site's generator (scripts/site/build.mjs), for the tests. */
export const ROOT: string;

export interface SiteScheme {
  readonly id: string;
  readonly namespaceName: string;
  readonly namespace: Record<string, unknown>;
  readonly parameters: ReadonlyMap<string, { readonly id: string; readonly label: { fr: string; en: string }; readonly unit: string; readonly periods: readonly { readonly from: string; readonly until?: string; readonly value?: unknown; readonly status: string; readonly note?: string }[] }>;
  readonly rules: readonly { readonly id: string; readonly status: string }[];
  readonly words: unknown;
  readonly textParameter: unknown;
  readonly schemas: readonly { readonly name: string; readonly schema: Record<string, unknown> }[];
  /** The parts of the scheme with plain words of their own (the assistant-médical collective contract), each with its page. */
  readonly parts: readonly SiteScheme[];
  /** For a part: its scheme. */
  readonly parent?: SiteScheme;
}

export interface SiteReaders {
  readonly count: number;
  readonly label: string;
  readonly origins: ReadonlySet<string>;
  readonly readings: ReadonlySet<string>;
}

export interface SiteContext {
  readonly version: string;
  readonly schemes: readonly SiteScheme[];
  readonly corpus: {
    readonly byParameter: ReadonlyMap<string, ReadonlyMap<string, SiteReaders>>;
    readonly byReading: ReadonlyMap<string, ReadonlyMap<string, SiteReaders>>;
    readonly computations: number;
    readonly failures: number;
    /** The ids the corpus does not read, each with the reason its page gives (scripts/site/not-read.mjs). */
    readonly notRead: Readonly<Record<string, { readonly kind: 'unknown' | 'not-cited'; readonly reason: string }>>;
  };
  readonly examples: readonly { readonly file: string; readonly page: string; readonly report: string; readonly result: unknown; readonly scheme: SiteScheme }[];
}

/** The data the pages are made of, read from the built package. */
export function siteContext(): SiteContext;
/** Builds the site into `outDir` (emptied first); returns the paths written, from the site's root. */
export function buildSite(outDir?: string, ctx?: SiteContext): string[];
