/**
 * The ACI CPTS in French plain words, for the reference site and the reports: paragraphs per concept
 * whose figures are placeholders naming the parameters of `parameters.ts` (see core `PlainWords`). No
 * figure is written here: the site shows the value in force.
 */
import type { PlainWords } from '../core/plain-words.js';

export const PLAIN_WORDS: PlainWords = {
  title: 'ACI des communautés professionnelles territoriales de santé (CPTS)',
  textParameter: 'cpts.text',
  texts: {
    'aci-2019': { name: 'Accord conventionnel interprofessionnel CPTS du 20 juin 2019', short: 'ACI 2019', datesApplyTo: 'années de contrat commençant' },
    'avenant-2': { name: 'Avenant n° 2 à l’accord conventionnel interprofessionnel CPTS', short: 'Avenant 2', datesApplyTo: 'années de contrat commençant' },
  },
  summary: [],
  values: {},
  sections: [],
};
