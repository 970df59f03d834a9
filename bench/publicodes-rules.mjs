/**
 * The assistant-médical aid ceiling and modulation rules written in Publicodes, for the benchmark only.
 * Amounts copied from src/assistant-medical/parameters.ts (ameli 2024 "AVANT" / "APRÈS" tables).
 */
const TABLES = {
  'avant-2024': {
    '1/3': { an1: 12000, an2: 9000, an3: 7000, an3p90: 8350, p95: 12000 },
    '1/2': { an1: 18000, an2: 13500, an3: 10500, an3p90: 12500, p95: 18000 },
    1: { an1: 36000, an2: 27000, an3: 21000, an3p90: 25000, p95: 36000 },
  },
  2024: {
    '1/3': { an1: null, an2: 9450, an3: 7350, an3p90: 8767, p95: 12600 },
    '1/2': { an1: 19000, an2: 14000, an3: 11000, an3p90: 13000, p95: 19000 },
    1: { an1: 38000, an2: 28000, an3: 22000, an3p90: 26000, p95: 38000 },
  },
};

export { TABLES };

function plafond() {
  const variations = [];
  for (const [bareme, options] of Object.entries(TABLES)) {
    for (const [option, rows] of Object.entries(options)) {
      for (const [ligne, montant] of Object.entries(rows)) {
        if (montant === null) continue;
        variations.push({
          si: { 'toutes ces conditions': [`contrat . barème = '${bareme}'`, `contrat . option = '${option}'`, `ligne = '${ligne}'`] },
          alors: `${montant} €/an`,
        });
      }
    }
  }
  variations.push({ sinon: '0 €/an' });
  return { variations };
}

export const rules = {
  contrat: null,
  'contrat . option': { valeur: "'1/2'" },
  'contrat . année': { valeur: 1 },
  'contrat . tranche': { valeur: "'P30-P50'" },
  'contrat . date de référence': { valeur: '01/01/2024' },
  'contrat . barème': {
    variations: [{ si: 'contrat . date de référence >= 22/06/2024', alors: "'2024'" }, { sinon: "'avant-2024'" }],
  },
  'contrat . départ': { valeur: 0 },
  'contrat . objectif': { valeur: 0 },
  'contrat . atteint': { valeur: 0 },
  ligne: {
    variations: [
      { si: "contrat . tranche = 'P95+'", alors: "'p95'" },
      { si: 'contrat . année = 1', alors: "'an1'" },
      { si: 'contrat . année = 2', alors: "'an2'" },
      { si: "contrat . tranche = 'P90-P95'", alors: "'an3p90'" },
      { sinon: "'an3'" },
    ],
  },
  plafond: plafond(),
  taux: {
    variations: [
      { si: 'contrat . année < 3', alors: 1 },
      {
        si: 'contrat . objectif > contrat . départ',
        alors: { valeur: '(contrat . atteint - contrat . départ) / (contrat . objectif - contrat . départ)', plancher: 0, plafond: 1 },
      },
      { si: 'contrat . atteint >= contrat . objectif', alors: 1 },
      { si: 'contrat . objectif = 0', alors: 1 },
      { sinon: { valeur: 'contrat . atteint / contrat . objectif', plancher: 0, plafond: 1 } },
    ],
  },
  aide: { valeur: 'plafond * taux', arrondi: '2 décimales', unité: '€/an' },
};
