/**
 * What the command-line tool says to a person, in French (default) and English. The library's own
 * error messages (a field, the value received, what was expected) are shown as the library writes them.
 */
import type { Lang } from '../core/explain.js';
import type { CellProblemCode } from './cells.js';
import type { BrokenQuote } from './csv.js';

const q = (lang: Lang, s: string) => (lang === 'fr' ? `« ${s} »` : `"${s}"`);

/** The message of a cell that could not be read. */
export function cellProblemMessage(lang: Lang, code: CellProblemCode, column: string, value: string): string {
  const col = q(lang, column);
  const v = q(lang, value);
  if (lang === 'fr') {
    switch (code) {
      case 'no-such-date':
        return `colonne ${col} : ${v} n’est pas un jour du calendrier (jj/mm/aaaa, jour d’abord, ou aaaa-mm-jj)`;
      case 'ambiguous-date':
        return `colonne ${col} : ${v} est ambiguë (année sur deux chiffres) ; écrivez la date jj/mm/aaaa`;
      case 'time-in-date':
        return `colonne ${col} : ${v} porte une heure ; une date seule est attendue (jj/mm/aaaa)`;
      default:
        return `colonne ${col} : ${v} n’est pas une date (jj/mm/aaaa ou aaaa-mm-jj)`;
    }
  }
  switch (code) {
    case 'no-such-date':
      return `column ${col}: ${v} is not a day of the calendar (dd/mm/yyyy, day first, or yyyy-mm-dd)`;
    case 'ambiguous-date':
      return `column ${col}: ${v} is ambiguous (two-digit year); write the date dd/mm/yyyy`;
    case 'time-in-date':
      return `column ${col}: ${v} holds a time; a date alone is expected (dd/mm/yyyy)`;
    default:
      return `column ${col}: ${v} is not a date (dd/mm/yyyy or yyyy-mm-dd)`;
  }
}

/** A value in a column the command does not know (or may not use). */
export function unknownColumnMessage(lang: Lang, column: string, reserved: boolean, command: string): string {
  if (reserved) {
    return lang === 'fr'
      ? `colonne ${q(lang, column)} refusée : « __proto__ », « constructor » et « prototype » ne peuvent pas nommer un champ`
      : `column ${q(lang, column)} refused: "__proto__", "constructor" and "prototype" cannot name a field`;
  }
  return lang === 'fr'
    ? `colonne ${q(lang, column)} inconnue (les colonnes reconnues : exercice-coordonne ${command} --help)`
    : `unknown column ${q(lang, column)} (the columns read: exercice-coordonne ${command} --help --lang en)`;
}

export function unnamedColumnMessage(lang: Lang, position: number, value: string): string {
  return lang === 'fr'
    ? `valeur ${q(lang, value)} dans la colonne ${position}, qui n’a pas d’en-tête`
    : `value ${q(lang, value)} in column ${position}, which has no header`;
}

export function cellCountMessage(lang: Lang, cells: number, columns: number): string {
  return lang === 'fr' ? `${cells} cellule(s) pour ${columns} colonne(s) dans l’en-tête` : `${cells} cell(s) for ${columns} column(s) in the header`;
}

export function brokenQuoteMessage(lang: Lang, b: BrokenQuote): string {
  const fr = lang === 'fr';
  const col = b.column > 0 ? (fr ? ` (colonne ${b.column})` : ` (column ${b.column})`) : '';
  const resume = fr ? ' ; la lecture reprend à la ligne suivante' : '; reading resumes at the next line';
  switch (b.reason) {
    case 'misfit':
      return fr
        ? `une cellule entre guillemets s’étend sur plusieurs lignes et la ligne ne correspond plus à l’en-tête (guillemet mal placé ?)${resume}`
        : `a quoted cell runs over several lines and the row no longer fits the header (a stray quote?)${resume}`;
    case 'too-long':
      return fr ? `guillemet ouvert${col} et non refermé (plus long qu’une cellule de tableur)${resume}` : `quote opened${col} and not closed (longer than a spreadsheet cell)${resume}`;
    case 'line-too-long':
      return fr ? `ligne de plus d’un million de caractères${resume}` : `line of more than a million characters${resume}`;
    default:
      return fr ? `guillemet ouvert${col} et jamais refermé${resume}` : `quote opened${col} and never closed${resume}`;
  }
}

export function jsonLineMessage(lang: Lang, detail: string): string {
  return lang === 'fr' ? `JSON invalide (${detail})` : `not valid JSON (${detail})`;
}

export function failedRowMessage(lang: Lang, detail: string): string {
  return lang === 'fr' ? `le calcul de cette ligne a échoué : ${detail}` : `computing this row failed: ${detail}`;
}

export function cptsUnknownFieldMessage(lang: Lang, field: string): string {
  return lang === 'fr'
    ? `champ ${q(lang, field)} inconnu à ce niveau (attendu : contract, resultsByYear, year, results, id)`
    : `unknown field ${q(lang, field)} at this level (expected: contract, resultsByYear, year, results, id)`;
}

/** Problems with the input as a whole (exit 2: nothing can be read). */
export const fileMessages = {
  empty: (lang: Lang, path: string) => (lang === 'fr' ? `${path} est vide` : `${path} is empty`),
  headerOnly: (lang: Lang, path: string) =>
    lang === 'fr' ? `${path} n’a que sa ligne d’en-tête : aucune ligne à calculer` : `${path} has only its header row: no row to compute`,
  noRows: (lang: Lang, empty: number) => {
    if (lang === 'fr') return `aucune ligne à calculer${empty > 0 ? ` (${empty} ligne(s) vide(s) ignorée(s))` : ''}`;
    return `no row to compute${empty > 0 ? ` (${empty} empty row(s) skipped)` : ''}`;
  },
  noKnownColumn: (lang: Lang, headers: readonly string[], command: string) =>
    lang === 'fr'
      ? `aucune colonne connue dans l’en-tête (${headers.map((h) => q(lang, h)).join(', ')}) ; les colonnes reconnues : exercice-coordonne ${command} --help`
      : `no known column in the header (${headers.map((h) => q(lang, h)).join(', ')}); the columns read: exercice-coordonne ${command} --help --lang en`,
  conflict: (lang: Lang, a: { header: string; position: number; path: string }, b: { header: string; position: number; path: string }) =>
    lang === 'fr'
      ? `les colonnes ${q(lang, a.header)} (colonne ${a.position}) et ${q(lang, b.header)} (colonne ${b.position}) remplissent le même champ ${q(lang, a.path === b.path ? a.path : `${a.path} / ${b.path}`)} : gardez-en une`
      : `columns ${q(lang, a.header)} (column ${a.position}) and ${q(lang, b.header)} (column ${b.position}) fill the same field ${q(lang, a.path === b.path ? a.path : `${a.path} / ${b.path}`)}: keep one`,
  brokenHeader: (lang: Lang, detail: string) => (lang === 'fr' ? `ligne 1 (en-tête) : ${detail}` : `line 1 (header): ${detail}`),
  notText: (lang: Lang, path: string, zip: boolean) =>
    lang === 'fr'
      ? `${path} n’est pas un fichier texte${zip ? ' (un classeur .xlsx ?)' : ''} : enregistrez-le au format CSV (Fichier > Enregistrer sous > CSV)`
      : `${path} is not a text file${zip ? ' (an .xlsx workbook?)' : ''}: save it as CSV (File > Save as > CSV)`,
  notJson: (lang: Lang, detail: string) =>
    lang === 'fr'
      ? `l’entrée n’est pas du JSON valide (${detail}) ; pour un objet par ligne, utilisez --input jsonl`
      : `the input is not valid JSON (${detail}); for one object per line use --input jsonl`,
  noSuchFile: (lang: Lang, path: string) => (lang === 'fr' ? `impossible de lire ${path} : fichier introuvable` : `cannot read ${path}: no such file`),
  cannotRead: (lang: Lang, path: string, detail: string) => (lang === 'fr' ? `impossible de lire ${path} : ${detail}` : `cannot read ${path}: ${detail}`),
};

/** Said once on stderr. */
export const notices = {
  windows1252: (lang: Lang, path: string) =>
    lang === 'fr'
      ? `${path} n’est pas en UTF-8 : lu comme Windows-1252 (l’encodage des CSV d’Excel)`
      : `${path} is not UTF-8: read as Windows-1252 (the encoding of Excel's CSV files)`,
  replaced: (lang: Lang, path: string) =>
    lang === 'fr'
      ? `${path} mêle des octets qui ne sont pas de l’UTF-8 à du texte UTF-8 : ils ont été remplacés par « � »`
      : `${path} mixes bytes that are not UTF-8 with UTF-8 text: they were replaced by "�"`,
  unknownColumns: (lang: Lang, headers: readonly string[]) =>
    lang === 'fr'
      ? `colonne(s) inconnue(s), signalée(s) sur chaque ligne qui les remplit : ${headers.map((h) => q(lang, h)).join(', ')}`
      : `unknown column(s), reported on every row that fills them: ${headers.map((h) => q(lang, h)).join(', ')}`,
};

/** The count at the end. */
export function summaryMessage(lang: Lang, counts: { valid: number; invalid: number; empty: number }): string {
  const rows = counts.valid + counts.invalid;
  if (lang === 'fr') {
    const empty = counts.empty > 0 ? `, ${counts.empty} vide(s) ignorée(s)` : '';
    return `${rows} ligne(s) : ${counts.valid} valide(s), ${counts.invalid} invalide(s)${empty}`;
  }
  const empty = counts.empty > 0 ? `, ${counts.empty} empty skipped` : '';
  return `${rows} row(s): ${counts.valid} valid, ${counts.invalid} invalid${empty}`;
}
