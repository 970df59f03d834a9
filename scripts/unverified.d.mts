/** Markdown of docs/unverified.md, generated from the parameter tables of the built package. */
export function unverifiedMarkdown(): string;
