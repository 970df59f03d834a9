/**
 * The rows of a person-facing table of a result: a French and an English label and an amount. Pure; the
 * command-line tool (or any front end) formats them.
 */
import type { Decimal } from 'decimal.js';
import type { Label } from '../core/parameters.js';
import type { Simulation, YearlyFunding } from './funding.js';

/** One row of a summary table. */
export interface SummaryRow {
  /** A stable key, e.g. `fonctionnement`, `acces.fixed`, `year-3`, `total`. */
  readonly key: string;
  readonly label: Label;
  readonly amount: Decimal;
  /** `line` for a detail, `total` for the last row. */
  readonly kind: 'line' | 'total';
}

function isSimulation(result: YearlyFunding | Simulation): result is Simulation {
  return 'years' in result;
}

/**
 * The rows of a summary table: for one year, fonctionnement then each mission's fixed part, variable
 * part and crisis block, then the total; for a whole contract, one row per year then the total.
 */
export function summaryRows(result: YearlyFunding | Simulation): SummaryRow[] {
  if (isSimulation(result)) {
    return [
      ...result.years.map((y): SummaryRow => ({
        key: `year-${y.contractYear}`,
        label: {
          fr: `Année ${y.contractYear} (${y.period.from} – ${y.period.to}), taille ${y.size}`,
          en: `Year ${y.contractYear} (${y.period.from} – ${y.period.to}), size ${y.size}`,
        },
        amount: y.total,
        kind: 'line',
      })),
      { key: 'total', label: { fr: 'Total du contrat', en: 'Contract total' }, amount: result.total, kind: 'total' },
    ];
  }
  const rows: SummaryRow[] = [{ key: 'fonctionnement', label: { fr: 'Fonctionnement', en: 'Fonctionnement (operating)' }, amount: result.fonctionnement, kind: 'line' }];
  if (!result.startUp.isZero()) {
    rows.push({ key: 'start-up', label: { fr: 'Versement de démarrage (signature)', en: 'Start-up payment (signature)' }, amount: result.startUp, kind: 'line' });
  }
  for (const m of result.missions) {
    rows.push({ key: `${m.mission}.fixed`, label: { fr: `${m.label.fr} — part fixe`, en: `${m.label.en} — fixed part` }, amount: m.fixed, kind: 'line' });
    if (m.crisisBlock === null) {
      rows.push({ key: `${m.mission}.variable`, label: { fr: `${m.label.fr} — part variable`, en: `${m.label.en} — variable part` }, amount: m.variable, kind: 'line' });
    } else {
      rows.push({ key: `${m.mission}.crisis-block`, label: { fr: `${m.label.fr} — crise reconnue par l'ARS`, en: `${m.label.en} — crisis recognised by the ARS` }, amount: m.crisisBlock, kind: 'line' });
    }
  }
  rows.push({ key: 'total', label: { fr: `Total de l'année ${result.contractYear}`, en: `Total for year ${result.contractYear}` }, amount: result.total, kind: 'total' });
  return rows;
}
