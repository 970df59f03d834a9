export { errorOf } from '../support/errors.js';

export const AMELI_2024 = 'https://www.ameli.fr/medecin/actualites/aide-l-emploi-d-un-assistant-medical-ce-qui-change-des-juin-2024';
export const ORDRE_74 = 'https://ecatalogue-access.com/ordre-national-des-medecins/74/d/29-Ordre-national-des-medecins-n74.html';
export const AVENANT_7_ART_9522 = 'https://123dok.net/article/annexe-extrait-l-approbation-l-avenant.4yr6lmoy';
