/**
 * The ACI MSP in French plain words, for the reference site and the reports: paragraphs per concept
 * whose figures are placeholders naming the parameters of `parameters.ts` (see core `PlainWords`). No
 * figure is written here: the site shows the value in force.
 */
import type { PlainWords } from '../core/plain-words.js';

export const PLAIN_WORDS: PlainWords = {
  title: 'ACI des maisons de santé pluriprofessionnelles (MSP)',
  textParameter: 'msp.version',
  texts: {
    'aci-2017': { name: 'Accord conventionnel interprofessionnel du 20 avril 2017', short: 'ACI 2017', datesApplyTo: 'exercices' },
    'avenant-1': { name: 'Avenant n° 1 à l’accord conventionnel interprofessionnel (JO du 3 août 2022)', short: 'Avenant 1', datesApplyTo: 'exercices' },
  },
  summary: [],
  values: {},
  sections: [],
};
