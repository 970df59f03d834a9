/**
 * The help texts of the command-line tool, in French (default) and English. The CSV columns of each
 * command, their French aliases and the values a choice accepts are listed from the command's data, so
 * that the help says exactly what is read.
 */
import type { Lang } from '../core/explain.js';
import type { CellKind } from './cells.js';
import type { Command } from './command.js';

const KIND: Record<CellKind, { fr: string; en: string }> = {
  text: { fr: 'texte', en: 'text' },
  code: { fr: 'code (casse et espaces ignorées)', en: 'code (case and spaces ignored)' },
  number: { fr: 'nombre', en: 'number' },
  decimal: { fr: 'nombre décimal', en: 'decimal number' },
  ratio: { fr: 'part de 0 à 1, ou pourcentage (12,5 %)', en: 'share from 0 to 1, or percentage (12.5 %)' },
  boolean: { fr: 'VRAI/FAUX, oui/non, 1/0', en: 'true/false, yes/no, 1/0' },
  date: { fr: 'date jj/mm/aaaa ou aaaa-mm-jj', en: 'date dd/mm/yyyy or yyyy-mm-dd' },
  choice: { fr: 'valeur', en: 'value' },
  list: { fr: 'liste de valeurs séparées par des virgules', en: 'list of values separated by commas or semicolons' },
  override: { fr: 'valeur d’un paramètre', en: 'parameter value' },
  result: { fr: 'VRAI/FAUX ou nombre', en: 'true/false or number' },
};

/** The general help. */
export function generalHelp(commands: readonly Command<unknown>[], lang: Lang): string {
  const list = commands.map((c) => `  ${c.name.padEnd(6)} ${c.summary[lang]}`).join('\n');
  if (lang === 'en') {
    return `Usage: exercice-coordonne <command> [file|-] [options]

Computes what the Assurance Maladie pays for coordinated care.

Commands:
${list}

Input: a file (.csv or .txt, .json, .jsonl) or - for stdin (format guessed, or set with --input).
  CSV as spreadsheets save it: ; or , separated (detected), UTF-8 with or without BOM, or Windows-1252;
  dates dd/mm/yyyy or yyyy-mm-dd; decimal comma or dot; thousands grouped by a space; headers matched
  ignoring case and accents, in English or French (see each command's help). Empty rows are skipped and
  counted apart.

Options:
  --format table|jsonl|csv|json|html
                                  output: a table for a person (default), JSON Lines, CSV or JSON for a program,
                                  or the HTML report of a contract (one contract: on stdout)
  --output-dir FOLDER             with --format html: one report per contract in FOLDER (named after its id)
  --template                      print the command's model CSV file (its columns and one example row) to fill
                                  in a spreadsheet; French by default, --csv en for the English form
  --csv fr|en                     CSV written: fr = ; decimal comma, BOM, CRLF, French headings (French Excel);
                                  en = , and dot; default: the convention of the CSV read (en for JSON)
  --input json|jsonl|csv          input format when the file extension or stdin does not tell
  --explain                       show the explanation of every figure (table), or include it (JSON)
  --lang fr|en                    language of messages, help and table (default fr)
  --jobs N                        worker threads (default: one per core for files over 4 MB, else 1)
  --example                       run the command on its bundled example
  --version                       the version
  --help                          help of a command: exercice-coordonne am --help --lang en

Output: every row keeps its "id" (when it has one) and its line in the input ("line"; the CSV header is
line 1). An invalid row is reported with its input and every error (unknown columns first); the others
are computed. The table, the CSV and JSON Lines hold the scheme's summary of each result (payments as
columns); the table ends with the totals of the file.

Exit codes: 0 every row valid; 1 some rows invalid (reported, the others computed); 2 nothing can be read
(usage error, empty or unreadable file, header with no known column); 3 an internal error (please report it).
`;
  }
  return `Usage : exercice-coordonne <commande> [fichier|-] [options]

Calcule ce que verse l’Assurance Maladie pour l’exercice coordonné.

Commandes :
${list}

Entrée : un fichier (.csv ou .txt, .json, .jsonl) ou - pour l’entrée standard (format deviné, ou --input).
  Le CSV tel qu’un tableur l’enregistre : séparateur ; ou , (détecté), UTF-8 avec ou sans BOM, ou
  Windows-1252 ; dates jj/mm/aaaa ou aaaa-mm-jj ; virgule ou point décimal ; milliers séparés par une
  espace ; en-têtes reconnus sans tenir compte de la casse ni des accents, en français ou en anglais (voir
  l’aide de chaque commande). Les lignes vides sont ignorées et comptées à part.

Options :
  --format table|jsonl|csv|json|html
                                  sortie : un tableau pour une personne (défaut), JSON Lines, CSV ou JSON pour un
                                  programme, ou le rapport HTML d’un contrat (un seul contrat : sur la sortie standard)
  --output-dir DOSSIER            avec --format html : un rapport par contrat dans DOSSIER (nommé d’après son id)
  --template                      écrit le fichier modèle de la commande (ses colonnes et une ligne d’exemple) à
                                  remplir dans un tableur ; en français par défaut, --csv en pour la forme anglaise
  --csv fr|en                     CSV écrit : fr = ; virgule décimale, BOM, CRLF, en-têtes en français (Excel français) ;
                                  en = , et point ; par défaut, la convention du CSV lu (en pour du JSON)
  --input json|jsonl|csv          format de l’entrée quand l’extension du fichier ou stdin ne le dit pas
  --explain                       l’explication de chaque montant (tableau), ou incluse (JSON)
  --lang fr|en                    langue des messages, de l’aide et du tableau (défaut fr)
  --jobs N                        fils de calcul (défaut : un par cœur pour un fichier de plus de 4 Mo, sinon 1)
  --example                       lance la commande sur son exemple fourni
  --version                       la version
  --help                          l’aide d’une commande : exercice-coordonne am --help

Sortie : chaque ligne garde son « id » (s’il y en a un) et son numéro de ligne dans l’entrée (« ligne »
en CSV français, « line » ailleurs ; l’en-tête d’un CSV est la ligne 1). Une ligne invalide est rapportée
avec son entrée et toutes ses erreurs (colonnes inconnues d’abord) ; les autres lignes sont calculées.
Le tableau, le CSV et JSON Lines donnent le résumé de chaque résultat (versements en colonnes) ; le tableau
finit par les totaux du fichier.

Codes de sortie : 0 toutes les lignes valides ; 1 des lignes invalides (rapportées, les autres calculées) ;
2 rien ne peut être lu (usage, fichier vide ou illisible, en-tête sans colonne connue) ; 3 erreur interne
(à signaler).
`;
}

/** The values a choice column accepts, grouped by the library's value: `1/2 : 0,5, mi-temps, 01-févr`. */
function choiceValues(values: readonly (readonly [string, string])[]): string[] {
  const byTarget = new Map<string, string[]>();
  for (const [alias, target] of values) {
    const list = byTarget.get(target) ?? [];
    if (alias !== target) list.push(alias);
    byTarget.set(target, list);
  }
  return [...byTarget].map(([target, aliases]) => `"${target}"${aliases.length > 0 ? ` ← ${aliases.join(', ')}` : ''}`);
}

/** The help of a command: its text, then its CSV columns with their French names. */
export function commandHelp(command: Command<unknown>, lang: Lang): string {
  const fr = lang === 'fr';
  const lines = [
    command.help[lang].trimEnd(),
    '',
    fr
      ? 'Colonnes CSV (en-tête : le nom du champ ou un de ses noms français ; casse, accents, espaces, points et tirets ignorés) :'
      : 'CSV columns (header: the field name or one of its French names; case, accents, spaces, dots and dashes ignored):',
  ];
  for (const f of command.fields) {
    const names = [f.path, ...(f.aliases ?? [])].join(' | ');
    lines.push(`  ${names}`);
    lines.push(`      ${f.help?.[lang] ?? ''}${f.help ? ' — ' : ''}${KIND[f.kind][lang]}`);
    if (f.values) for (const v of choiceValues(f.values)) lines.push(`        ${v}`);
  }
  lines.push(
    fr
      ? '  overrides.<paramètre>   la valeur d’un paramètre légal (voir docs/unverified.md), ex. overrides.am.modulation.rule'
      : '  overrides.<parameter>   the value of a legal parameter (see docs/unverified.md), e.g. overrides.am.modulation.rule',
    '',
    fr
      ? 'Une colonne inconnue est signalée sur chaque ligne qui la remplit (la ligne est invalide) ; deux colonnes pour un même champ : le fichier est refusé.'
      : 'An unknown column is reported on every row that fills it (the row is invalid); two columns for one field: the file is refused.',
    fr
      ? 'Codes de sortie : 0 toutes les lignes valides, 1 des lignes invalides, 2 rien ne peut être lu (voir exercice-coordonne --help).'
      : 'Exit codes: 0 every row valid, 1 some rows invalid, 2 nothing can be read (see exercice-coordonne --help --lang en).',
    '',
  );
  return lines.join('\n');
}
