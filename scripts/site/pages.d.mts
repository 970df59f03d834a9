/** Page functions of the reference site (scripts/site/pages.mjs), for the tests. */
import type { SiteContext, SiteScheme } from './build.mjs';

export function schemePage(ctx: SiteContext, scheme: SiteScheme): string;
export function schemaFields(schema: Record<string, unknown>): { path: string; type: string; required: boolean; description: string }[];
