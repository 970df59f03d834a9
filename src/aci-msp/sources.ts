/**
 * The texts and pages the ACI MSP figures come from.
 *
 * `primary` = an official text or an official publication (ameli.fr, the Cnam's own guide, an ARS
 * portal); `secondary` = a federation, a URPS, the press, a law firm, a thesis or the "calculette"
 * spreadsheet (made for MSPs, not published as law).
 *
 * The Cnam guide to the Avenant 1 indicators is the Assurance Maladie's own document, but the only copy
 * we could read is hosted in a public GitHub repository (see {@link GUIDE_URL}); the JO texts of the ACI
 * 2017 (arrêté of 24 July 2017) and of Avenant 1 (avis of 3 August 2022) could not be read.
 */
import type { Source } from '../core/parameters.js';

/** Cnam/DDGOS/DPROF, "Guide des indicateurs ACI … Avenant 1", October 2022 (printed page numbers). */
export const GUIDE_URL =
  'https://github.com/aspart-am/ACI-Python_Streamlit/blob/4c9e0c5c16706e7b66b442718f5eb73925acf076/guide-indicateurs-aci-remuneration-structures-pluripro-1.pdf';

/** "Calculette pour l’estimation de la dotation NMR / ACI — mise à jour mai 2022" (xlsx). */
export const CALC_URL =
  'https://github.com/aspart-am/ACI-Python_Streamlit/blob/4c9e0c5c16706e7b66b442718f5eb73925acf076/calculette-aci-v6.xlsx';

const CONSULTED = '2026-11-23';

const s = (title: string, url: string, kind: Source['kind'], article?: string): Source => ({
  title,
  url,
  kind,
  consulted: CONSULTED,
  ...(article ? { article } : {}),
});

/** The Cnam guide, at a printed page (or range). */
export function guide(pages: string): Source {
  return s(
    'Cnam — Guide des indicateurs ACI pour la rémunération des structures pluri-professionnelles, Avenant 1 (octobre 2022)',
    GUIDE_URL,
    'primary',
    `p. ${pages}`,
  );
}

/** The calculette, at a cell or row range. */
export function calc(cells: string): Source {
  return s('Calculette ACI / NMR (mise à jour mai 2022), tableur non officiel', CALC_URL, 'secondary', cells);
}

export const SOURCES = {
  /** ameli, "Rémunération des maisons de santé pluriprofessionnelles" (9 Oct 2020). */
  ameliRemuneration: s(
    'ameli.fr — Rémunération des maisons de santé pluriprofessionnelles',
    'https://www.ameli.fr/exercice-coordonne/exercice-professionnel/remunerations-forfaitaires-organisations-exercice-coordonne/remuneration-des-maisons-de-sante-pluriprofessionnelles',
    'primary',
  ),
  /** ameli, 19 May 2017: « … sera applicable pour l’année 2017 ». */
  ameli2017: s(
    'ameli.fr — Structures de santé pluri-professionnelles (19 mai 2017)',
    'https://www.ameli.fr/medecin/exercice-liberal/vie-cabinet/structures-sante-pluri-professionnelles/structures-sante-pluri-professionnelles',
    'primary',
  ),
  /** ameli, 20 April 2017: signature of the ACI. */
  ameliAccord2017: s(
    'ameli.fr — Un accord pour renforcer la coordination des soins et l’exercice regroupé (20 avril 2017)',
    'https://www.ameli.fr/laboratoire-danalyses-medicales/actualites/un-accord-pour-renforcer-la-coordination-des-soins-et-lexercice-regroupe',
    'primary',
  ),
  /** ARS Hauts-de-France (PAPS portal), ACI page. */
  arsHautsDeFrance: s(
    'ARS Hauts-de-France (portail PAPS) — Accord conventionnel interprofessionnel (ACI)',
    'http://www.hauts-de-france.paps.sante.fr/Accord-conventionnel-interprofessionnel-ACI.42204.0.html',
    'primary',
  ),
  /** Juriblio copy of the JO avis of 3 Aug 2022 (Avenant 1, annexe II; preamble only readable). */
  juriblioAvenant1: s(
    'Avis relatif à l’avenant 1 à l’ACI structures de santé pluriprofessionnelles (JO 3 août 2022), annexe II — copie juriblio',
    'https://juriblio.fr/docs/avis-divers/180349997/annexe/314567732',
    'primary',
  ),
  femasif: s(
    'FémasIF — L’ACI, accord conventionnel interprofessionnel',
    'https://femasif.fr/laci-accord-conventionnel-interprofessionnel',
    'secondary',
  ),
  femasifBoite: s(
    'FémasIF — Bénéficier de rémunération dans le cadre de l’ACI',
    'https://femasif.fr/article-boiteaoutil/beneficier-de-remuneration-dans-le-cadre-de-laci',
    'secondary',
  ),
  femasifProtocoles: s(
    'FémasIF — Protocoles pluriprofessionnels en maison de santé',
    'https://femasif.fr/protocoles-pluriprofessionnels-maison-de-sante',
    'secondary',
  ),
  acoorde: s('Acoorde — Exemples de protocoles pour l’ACI', 'https://acoorde.fr/documents/exemples-de-protocoles-pour-aci', 'secondary'),
  fmpsRcp: s('FMPS Normandie — Organiser des RCP', 'https://fmps-normandie.org/organiser-des-rcp', 'secondary'),
  fmpsAci: s('FMPS Normandie — Bénéficier de l’ACI', 'https://fmps-normandie.org/beneficier-de-laci', 'secondary'),
  houdart: s(
    'Houdart & Associés — Quelle est la valorisation financière de l’activité de coordination…',
    'https://www.houdart.org/quelle-est-la-valorisation-financiere-de-lactivite-de-coordination-effectuee-par-des-professionnels-de-sante-liberaux/',
    'secondary',
  ),
  quotidien2017: s(
    'Le Quotidien du médecin — Jusqu’à 73 500 euros par an pour les maisons et centres de santé',
    'https://static2.lequotidiendumedecin.fr/actus-medicales/politique-de-sante/jusqua-73-500-euros-par-pour-les-maisons-et-centres-de-sante',
    'secondary',
  ),
  quotidien2022: s(
    'Le Quotidien du médecin — L’avenant 1 à l’ACI MSP est finalement signé (13 avril 2022)',
    'https://static1.lequotidiendumedecin.fr/sante-societe/politique-de-sante/lavenant-1-laci-msp-est-finalement-signe',
    'secondary',
  ),
  essort: s('Essort — Nouvel avenant à l’ACI MSP', 'https://essort.fr/nouvel-avenant-a-laci-msp/', 'secondary'),
  fecop: s('FECOP — Signature de l’avenant 1 à l’ACI MSP', 'https://www.fecop.fr/actualites/signature-de-lavenant-1-laci-msp', 'secondary'),
  apmsl: s('APMSL — L’ACI', 'https://www.apmsl.fr/page/aci/', 'secondary'),
  avecsante: s('AVECsanté — Encyclopédie : ACI', 'https://avecsantena.fr/encyclopedia/aci', 'secondary'),
  fehap: s(
    'FEHAP — Arrêté du 24 juillet 2017 portant approbation de l’ACI relatif aux structures de santé pluriprofessionnelles',
    'http://www.fehap.fr/jcms/activites-services/etablissements-services/etablissements-de-sante/organisation-des-soins-et-planification/organisation-des-activites-de-soins/soins-de-premiers-recours/arrete-du-24-juillet-2017-portant-approbation-de-l-accord-conventionnel-interprofessionnel-aci-relatif-aux-structures-de-sante-pluriprofessionnelles-fehap_246057',
    'secondary',
  ),
  urpsmlCentre: s(
    'URPS ML Centre — Coordination des soins : l’ACI remplace le règlement arbitral',
    'http://urpsml-centre.org/index.php/nos-actualites/324-coordination-des-soins-l-aci-remplace-le-reglement-arbitral',
    'secondary',
  ),
  thesis: s(
    'Thèse de médecine (123dok) — Fonctionnement du calcul des rémunérations',
    'https://123dok.net/article/c-fonctionnement-du-calcul-des-r%C3%A9mun%C3%A9rations.myjjojpy',
    'secondary',
  ),
  cmvMediforce: s(
    'CMV Médiforce — MSP : quelle rémunération pour les professionnels de santé',
    'https://cmvmediforce.fr/publications/par-themes/gestion-developpement-activite/msp-quelle-remuneration-pour-les-professionnels-de-sante',
    'secondary',
  ),
  egora2017: s(
    'Egora — Généralistes : 66 000 euros de rémunération, les chiffres clés',
    'https://www.egora.fr/actus-pro/vie-conventionnelle/2637-generalistes-66000-euros-de-remuneration-les-chiffres-cles-des',
    'secondary',
  ),
} as const satisfies Record<string, Source>;
