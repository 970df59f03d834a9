/**
 * The aide à l'emploi d'un assistant médical in French plain words, for the reference site and the
 * reports: paragraphs per concept whose figures are placeholders naming the parameters of
 * `parameters.ts` (see core `PlainWords`). No figure is written here: the site shows the value in force.
 */
import type { PlainWords } from '../core/plain-words.js';

export const PLAIN_WORDS: PlainWords = {
  title: 'Aide à l’emploi d’un assistant médical',
  textParameter: 'am.regime',
  texts: {
    'avenant-7': { name: 'Avenant n° 7 à la convention médicale de 2016', short: 'Avenant 7', datesApplyTo: 'contrats signés' },
    'reglement-arbitral-2023': { name: 'Règlement arbitral de 2023', short: 'Règlement arbitral', datesApplyTo: 'contrats signés' },
    'convention-2024': { name: 'Convention médicale de 2024', short: 'Convention 2024', datesApplyTo: 'contrats signés' },
  },
  summary: [],
  values: {},
  sections: [],
};
