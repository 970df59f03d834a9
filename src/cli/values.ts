/**
 * How a person writes the values of a doctor's columns, shared by the assistant-médical commands (`am` and
 * `am-collectif`): a sector, a specialty, a zone. Each pair is `[as written, the library's value]`, matched
 * ignoring case, accents, spaces and dashes (`valueKey`); the first writing of a value is the one the model
 * file (`--template`) uses. Anything else goes to the library as written, and the library says what it expects.
 */
import { assistantMedical } from '../index.js';

/** Secteur conventionnel: `1`, `2-optam` (secteur 2 avec OPTAM ou OPTAM-CO), `2`. */
export const SECTOR_VALUES: readonly (readonly [string, string])[] = [
  ['1', '1'],
  ['secteur 1', '1'],
  ['2 OPTAM', '2-optam'],
  ['secteur 2 OPTAM', '2-optam'],
  ['OPTAM', '2-optam'],
  ['OPTAM-CO', '2-optam'],
  ['2', '2'],
  ['secteur 2', '2'],
];

/** A specialty's slug matches however it is written (`Médecine générale` is `medecine-generale`: same key). */
export const SPECIALTY_VALUES: readonly (readonly [string, string])[] = [['médecine générale', 'medecine-generale'], ...assistantMedical.KNOWN_SPECIALTIES.map((s) => [s, s] as const)];

/** Zonage médecins: `zip` (zone d’intervention prioritaire), `zac` (zone d’action complémentaire), `none`. */
export const ZONE_VALUES: readonly (readonly [string, string])[] = [
  ['ZIP', 'zip'],
  ['zone d’intervention prioritaire', 'zip'],
  ['ZAC', 'zac'],
  ['zone d’action complémentaire', 'zac'],
  ['hors zonage', 'none'],
  ['hors zone', 'none'],
  ['aucune', 'none'],
];
