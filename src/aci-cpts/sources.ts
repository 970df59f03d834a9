/**
 * The texts and pages the ACI CPTS figures come from. `primary` = an official publication: the Journal
 * officiel (Légifrance, or a copy of the JORF text such as juriblio's), ameli.fr and the Cnam, the ministry,
 * an ARS (its PAPS portal included), the HAS, the Senate; `secondary` = union, federation, press, URPS page,
 * professional site (a CPTS's own site), signed contract (not an official publication). The kind follows
 * who publishes the text, not where the copy we read is hosted.
 */
import type { Source } from '../core/parameters.js';

export const SOURCES = {
  aciArt9: {
    title: 'ACI CPTS du 20 juin 2019 (arrêté du 21 août 2019, JORF n°0196 du 24 août 2019) — copie juriblio du JORF',
    article: 'art. 8 (fin) et art. 9.1',
    url: 'https://juriblio.fr/arretes/arrete-du-21-aout-2019/173172467/annexe/307390210',
    kind: 'primary',
  },
  contratTypeArt6: {
    title: 'ACI CPTS 2019, annexe : contrat type tripartite — copie juriblio du JORF',
    article: 'contrat type, art. 6.1 et 6.2',
    url: 'https://juriblio.fr/arretes/arrete-du-21-aout-2019/173172467/annexe/307390221',
    kind: 'primary',
  },
  /** A parliamentary report: an official body, but not one of the publishers the status rule names (secondary). */
  senatR25032: {
    title: "Sénat, rapport d’information n° 32 (2025-2026) sur les CPTS — financement par l’ACI",
    url: 'https://www.senat.fr/rap/r25-032/r25-0325.html',
    kind: 'secondary',
  },
  centresDeSante: {
    title: 'USMCS (lescentresdesante.com) — CPTS, épisode 2 : organisation générale et financement',
    url: 'https://lescentresdesante.com/communaute-professionnelle-territoriale-de-sante-cpts-episode-2-organisation-generale-et-financement-des-cpts',
    kind: 'secondary',
  },
  legifranceAvenant2: {
    title: "Avis relatif à l’avenant 2 à l’ACI CPTS (approbation), JORF du 31 mars 2022",
    url: 'https://www.legifrance.gouv.fr/jorf/id/JORFTEXT000045443303',
    kind: 'primary',
  },
  ameliAvenant2: {
    title: "ameli.fr — ACI : signature d’un avenant favorisant l’exercice coordonné et la création de CPTS (20 décembre 2021)",
    url: 'https://www.ameli.fr/orthophoniste/actualites/aci-signature-d-un-avenant-favorisant-l-exercice-coordonne-et-la-creation-de-cpts',
    kind: 'primary',
  },
  concoursMedical2020: {
    title: 'Le Concours médical — Négociations interprofessionnelles ACI CPTS : la Cnam dévoile son jeu (septembre 2020)',
    url: 'http://www.leconcoursmedical.fr/initiatives/3252-negociations-interprofessionnelles-aci-cpts-la-cnam-devoile-son-jeu',
    kind: 'secondary',
  },
  quotidienBaBa: {
    title: 'Le Quotidien du médecin — CPTS : missions, financement, montants, le b.a.-ba',
    url: 'https://medecine-generale.lequotidiendumedecin.fr/actus-medicales/politique-de-sante/missions-financement-montants-le-ba-ba',
    kind: 'secondary',
  },
  papsHdf: {
    title: "ARS Hauts-de-France, portail PAPS — Le financement de la CPTS : l’accord conventionnel interprofessionnel (mis à jour le 30/11/2023)",
    url: 'https://www.hauts-de-france.paps.sante.fr/le-financement-de-la-cpts-laccord-conventionnel-interprofessionnel-aci?parent=11940&rubrique=11937',
    consulted: '2026-11-29',
    kind: 'primary',
  },
  cnamNote2019: {
    title: "Assurance Maladie — note de présentation de l’ACI CPTS (« arrêté du 21 août 2019 JO du 25 août 2019 »), copie 123dok",
    url: 'https://123dok.net/document/y4wrknx5-accord-conventionnel-interprofessionnel-faveur-d%C3%A9ploiement-communaut%C3%A9s-professionnelles-territoriales.html',
    consulted: '2026-11-29',
    kind: 'primary',
  },
  cptsDuVal: {
    title: 'CPTS du Val — Nouvelle mission socle : crise sanitaire (« Cette mission entrera en vigueur à compter du 3 septembre 2022 »)',
    url: 'https://www.cptsduval.fr/nouvelle-mission-socle-crise-sanitaire/',
    consulted: '2026-11-29',
    kind: 'secondary',
  },
  cptsAutourDuBois: {
    title: "CPTS autour du Bois — Plan de réponse à la gestion d’une crise sanitaire (mission « en vigueur » depuis le 3 septembre 2022)",
    url: 'https://cptsautourdubois.fr/portfolio/plan-de-reponse-a-la-gestion-dune-crise-sanitaire',
    kind: 'secondary',
  },
  espaceInfirmier: {
    title: 'Espace infirmier — Une mission crise sanitaire pour les CPTS (répartition par taille)',
    url: 'https://www.espaceinfirmier.fr/actualites/201211-mission-crise-sanitaire-pour-les-cpts.html',
    kind: 'secondary',
  },
  medaviz: {
    title: 'Medaviz — ACI : quelle rémunération pour les CPTS ?',
    url: 'https://medaviz.com/aci-quelle-remuneration-pour-les-cpts/amp',
    kind: 'secondary',
  },
  concoursPluriproAci: {
    title: "Concours pluripro — ACI : qu’est-ce qu’une CPTS gagne à le signer ?",
    url: 'https://www.concourspluripro.fr/droit-et-gestion/questions-juridiques/aci-quest-ce-quune-cpts-gagne-le-signer',
    kind: 'secondary',
  },
  concoursPluriproBudget: {
    title: "Concours pluripro — Quelles sont les clés pour établir le budget initial d’une CPTS ? (octobre 2023)",
    url: 'https://concourspluripro.fr/droit-et-gestion/questions-juridiques/quelles-sont-les-cles-pour-etablir-le-budget-initial-dune',
    kind: 'secondary',
  },
  informationDentaire: {
    title: "L’Information dentaire — Renforcement des communautés professionnelles (avenant 2)",
    url: 'https://www.information-dentaire.fr/actualites/renforcement-des-communautes-professionnelles/',
    kind: 'secondary',
  },
  pharmacienMesures: {
    title: 'Le Pharmacien de France — CPTS : des mesures incitatives (6 janvier 2022)',
    url: 'http://lepharmaciendefrance.fr/actualite-web/cpts-des-mesures-incitatives',
    kind: 'secondary',
  },
  quotidienCriseDraft: {
    title: 'Le Quotidien du médecin — Négociations ACI CPTS : les syndicats réclament une simplification de la mission de crise (octobre 2021, projet)',
    url: 'https://static3.lequotidiendumedecin.fr/sante-societe/politique-de-sante/negociations-conventionnelles-aci-cpts-les-syndicats-reclament-une-simplification-de-la-mission-de',
    kind: 'secondary',
  },
  whatsupdocCrise: {
    title: "What's up doc — La médecine de ville aura bientôt son plan blanc (projet d’avenant 2)",
    url: 'https://www.whatsupdoc-lemag.fr/article/la-medecine-de-ville-aura-bientot-son-plan-blanc',
    kind: 'secondary',
  },
  /**
   * The size-3 post-avenant-2 envelopes were read in two signed contracts (not an official publication,
   * no stable public address): the text they implement is cited, with a title that says so.
   */
  t3Contracts: {
    title:
      "Avenant 2 à l’ACI CPTS (JORF du 31 mars 2022), texte que mettent en œuvre les contrats de taille 3 des CPTS RoViRa et Drancy/Le Blanc-Mesnil/Le Bourget, annexes de 5e année, où ce montant a été lu (tableaux de l’avenant non lus)",
    url: 'https://www.legifrance.gouv.fr/jorf/id/JORFTEXT000045443303',
    kind: 'secondary',
  },
  apta: {
    title: 'APTA IDF 93 — Les financements de la CPTS (part variable évaluée en fin d’année)',
    url: 'https://www.apta-idf93.org/les-financements-de-la-cpts',
    kind: 'secondary',
  },
  sfmuFcpts: {
    title: 'SFMU / APM — CPTS : une consommation hétérogène des crédits par mission qui milite pour plus de souplesse (Fédération des CPTS, avril 2025)',
    url: 'https://www.sfmu.org/fr/actualites/actualites-de-l-urgences/cpts-une-consommation-heterogene-des-credits-par-mission-qui-milite-pour-plus-de-souplesse-federation-des-cpts-/new_id/70395',
    kind: 'secondary',
  },
} as const satisfies Record<string, Source>;
