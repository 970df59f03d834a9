/**
 * The names a person reads for the codes of the inputs: a specialty slug (`medecine-generale`) is written
 * « médecine générale », a sector code (`2-optam`) « secteur 2 avec OPTAM ou OPTAM-CO ». Eligibility labels
 * (individual and collective) and the reference site's vocabulary use them; a code the library does not
 * name (a specialty slug is open) is shown quoted as it was given.
 */
import type { Formatter, Lang } from '../core/format.js';

type Names = Readonly<Record<string, Readonly<Record<Lang, string>>>>;

/** Spécialités: the slugs the parameters and the examples use. */
export const SPECIALTY_NAMES: Names = {
  'medecine-generale': { fr: 'médecine générale', en: 'general practice' },
  pediatrie: { fr: 'pédiatrie', en: 'paediatrics' },
  cardiologie: { fr: 'cardiologie', en: 'cardiology' },
  gynecologie: { fr: 'gynécologie', en: 'gynaecology' },
  'gastro-enterologie': { fr: 'gastro-entérologie', en: 'gastroenterology' },
  ophtalmologie: { fr: 'ophtalmologie', en: 'ophthalmology' },
  psychiatrie: { fr: 'psychiatrie', en: 'psychiatry' },
  radiologie: { fr: 'radiologie', en: 'radiology' },
  radiotherapie: { fr: 'radiothérapie', en: 'radiotherapy' },
  stomatologie: { fr: 'stomatologie', en: 'stomatology' },
  anesthesiologie: { fr: 'anesthésiologie', en: 'anaesthesiology' },
  'anatomo-cyto-pathologie': { fr: 'anatomo-cyto-pathologie', en: 'anatomical and cytological pathology' },
  'medecine-nucleaire': { fr: 'médecine nucléaire', en: 'nuclear medicine' },
  chirurgie: { fr: 'chirurgie', en: 'surgery' },
  orl: { fr: 'ORL', en: 'ENT' },
};

/** Secteurs conventionnels. */
export const SECTOR_NAMES: Names = {
  '1': { fr: 'secteur 1', en: 'sector 1' },
  '2-optam': { fr: 'secteur 2 avec OPTAM ou OPTAM-CO', en: 'sector 2 with OPTAM or OPTAM-CO' },
  '2': { fr: 'secteur 2 sans OPTAM', en: 'sector 2 without OPTAM' },
};

/** The text with its first letter in capital: « Secteur 1 ». */
export function capital(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** Items of a list in prose: « a », « b » et « c ». */
export function quoted(f: Formatter, items: readonly string[]): string {
  return f.list(items.map((x) => (f.lang === 'fr' ? `« ${x} »` : `"${x}"`)));
}

function named(names: Names, f: Formatter, code: string): string {
  const name = Object.prototype.hasOwnProperty.call(names, code) ? names[code] : undefined;
  return name ? name[f.lang] : f.lang === 'fr' ? `« ${code} »` : `"${code}"`;
}

/** A specialty by its name: « médecine générale »; an unknown slug quoted. */
export function specialtyName(f: Formatter, slug: string): string {
  return named(SPECIALTY_NAMES, f, slug);
}

/** Specialties in prose: « cardiologie, pédiatrie et ORL ». */
export function specialtyNames(f: Formatter, slugs: readonly string[]): string {
  return f.list(slugs.map((s) => specialtyName(f, s)));
}

/** A sector by its name: « secteur 2 avec OPTAM ou OPTAM-CO ». */
export function sectorName(f: Formatter, code: string): string {
  return named(SECTOR_NAMES, f, code);
}

/** Sectors in prose: « secteur 1 et secteur 2 avec OPTAM ou OPTAM-CO ». */
export function sectorNames(f: Formatter, codes: readonly string[]): string {
  return f.list(codes.map((c) => sectorName(f, c)));
}

/** Zones du zonage médecins, by their acronyms. */
export const ZONE_NAMES: Names = {
  zip: { fr: 'ZIP', en: 'ZIP' },
  zac: { fr: 'ZAC', en: 'ZAC' },
  none: { fr: 'hors zonage', en: 'outside the zoning' },
};

/** Zones in prose: « ZIP et ZAC ». */
export function zoneNames(f: Formatter, codes: readonly string[]): string {
  return f.list(codes.map((c) => named(ZONE_NAMES, f, c)));
}
