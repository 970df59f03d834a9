/** The parameters and readings the corpus does not read, with the reason (scripts/site/not-read.mjs), for the tests. */
export const NOT_READ_BY_CORPUS: Readonly<Record<string, { readonly kind: 'unknown' | 'not-cited'; readonly reason: string }>>;
