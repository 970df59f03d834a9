/**
 * Every legal figure of the ACI CPTS (*accord conventionnel interprofessionnel en faveur du
 * développement de l'exercice coordonné et du déploiement des communautés professionnelles
 * territoriales de santé*, signed 20 June 2019, approved by the *arrêté* of 21 August 2019, JORF n°0196
 * of 24 August 2019) and of its *avenant 2* (signed 20 December 2021, approval notice JORF of 31 March
 * 2022), as dated, sourced parameters.
 *
 * Two versions of the text, as periods:
 * - `aci-2019`: from 25 August 2019 (entry into force) to 31 March 2022;
 * - `avenant-2`: from 1 April 2022 (the day after the approval notice was published; an assumption, see
 *   the note of `cpts.text`).
 *
 * Status rule of the house: only a figure read in a primary source (JORF or its juriblio mirror,
 * Légifrance, ameli.fr, senat.fr) is `verified`; a figure read in the press, on an ARS/URPS page or in a
 * signed contract (not an official publication) is `unverified`; an inference is `unverified` or
 * `assumption` with its reasoning in the note; a figure nobody publishes is `unknown` (the caller passes
 * it). Code reads these figures only through `valueAt`.
 *
 * Fact sheet: /work/shared/reference/aci-cpts.md ; research pass: /work/notes/aci-cpts-findings.md.
 */
import { parameter, table, type Parameter, type RuleReading, type Source } from '../core/parameters.js';

/** Date the ACI 2019 entered into force (JORF of 24 August 2019; in force the next day). */
export const ACI_2019_FROM = '2019-08-25';
/** Date from which the library applies avenant 2 (approval notice in the JORF of 31 March 2022). */
export const AVENANT_2_FROM = '2022-04-01';

// ---------------------------------------------------------------------------------------------------
// Sources
// ---------------------------------------------------------------------------------------------------

const ACI_ART_9: Source = {
  title: 'ACI CPTS du 20 juin 2019 (arrêté du 21 août 2019, JORF n°0196 du 24 août 2019) — copie juriblio du JORF',
  article: 'art. 8 (fin) et art. 9.1',
  url: 'https://juriblio.fr/arretes/arrete-du-21-aout-2019/173172467/annexe/307390210',
  kind: 'primary',
};
const CONTRAT_TYPE_ART_6: Source = {
  title: 'ACI CPTS 2019, annexe : contrat type tripartite — copie juriblio du JORF',
  article: 'contrat type, art. 6.1 et 6.2',
  url: 'https://juriblio.fr/arretes/arrete-du-21-aout-2019/173172467/annexe/307390221',
  kind: 'primary',
};
const SENAT_R25_032: Source = {
  title: "Sénat, rapport d'information n° 32 (2025-2026) sur les CPTS — financement par l'ACI",
  url: 'https://www.senat.fr/rap/r25-032/r25-0325.html',
  kind: 'primary',
};
const CENTRES_DE_SANTE: Source = {
  title: 'USMCS (lescentresdesante.com) — CPTS, épisode 2 : organisation générale et financement',
  url: 'https://lescentresdesante.com/communaute-professionnelle-territoriale-de-sante-cpts-episode-2-organisation-generale-et-financement-des-cpts',
  kind: 'secondary',
};
const LEGIFRANCE_AVENANT_2: Source = {
  title: "Avis relatif à l'avenant 2 à l'ACI CPTS (approbation), JORF du 31 mars 2022",
  url: 'https://www.legifrance.gouv.fr/jorf/id/JORFTEXT000045443303',
  kind: 'primary',
};
const AMELI_AVENANT_2: Source = {
  title: "ameli.fr — ACI : signature d'un avenant favorisant l'exercice coordonné et la création de CPTS (20 décembre 2021)",
  url: 'https://www.ameli.fr/orthophoniste/actualites/aci-signature-d-un-avenant-favorisant-l-exercice-coordonne-et-la-creation-de-cpts',
  kind: 'primary',
};
const CONCOURS_MEDICAL_2020: Source = {
  title: 'Le Concours médical — Négociations interprofessionnelles ACI CPTS : la Cnam dévoile son jeu (septembre 2020)',
  url: 'http://www.leconcoursmedical.fr/initiatives/3252-negociations-interprofessionnelles-aci-cpts-la-cnam-devoile-son-jeu',
  kind: 'secondary',
};
const QUOTIDIEN_BA_BA: Source = {
  title: 'Le Quotidien du médecin — CPTS : missions, financement, montants, le b.a.-ba',
  url: 'https://medecine-generale.lequotidiendumedecin.fr/actus-medicales/politique-de-sante/missions-financement-montants-le-ba-ba',
  kind: 'secondary',
};
const PAPS_HDF: Source = {
  title: "PAPS Hauts-de-France (ARS) — Le financement de la CPTS : l'accord conventionnel interprofessionnel",
  url: 'https://www.hauts-de-france.paps.sante.fr/le-financement-de-la-cpts-laccord-conventionnel-interprofessionnel-aci?parent=11940&rubrique=11937',
  kind: 'secondary',
};
const ESPACE_INFIRMIER: Source = {
  title: 'Espace infirmier — Une mission crise sanitaire pour les CPTS (répartition par taille)',
  url: 'https://www.espaceinfirmier.fr/actualites/201211-mission-crise-sanitaire-pour-les-cpts.html',
  kind: 'secondary',
};
const MEDAVIZ: Source = {
  title: 'Medaviz — ACI : quelle rémunération pour les CPTS ?',
  url: 'https://medaviz.com/aci-quelle-remuneration-pour-les-cpts/amp',
  kind: 'secondary',
};
const CONCOURS_PLURIPRO_ACI: Source = {
  title: "Concours pluripro — ACI : qu'est-ce qu'une CPTS gagne à le signer ?",
  url: 'https://www.concourspluripro.fr/droit-et-gestion/questions-juridiques/aci-quest-ce-quune-cpts-gagne-le-signer',
  kind: 'secondary',
};
const CONCOURS_PLURIPRO_BUDGET: Source = {
  title: "Concours pluripro — Quelles sont les clés pour établir le budget initial d'une CPTS ? (octobre 2023)",
  url: 'https://concourspluripro.fr/droit-et-gestion/questions-juridiques/quelles-sont-les-cles-pour-etablir-le-budget-initial-dune',
  kind: 'secondary',
};
const INFORMATION_DENTAIRE: Source = {
  title: "L'Information dentaire — Renforcement des communautés professionnelles (avenant 2)",
  url: 'https://www.information-dentaire.fr/actualites/renforcement-des-communautes-professionnelles/',
  kind: 'secondary',
};
const PHARMACIEN_MESURES: Source = {
  title: 'Le Pharmacien de France — CPTS : des mesures incitatives (6 janvier 2022)',
  url: 'http://lepharmaciendefrance.fr/actualite-web/cpts-des-mesures-incitatives',
  kind: 'secondary',
};
const QUOTIDIEN_CRISE_DRAFT: Source = {
  title: 'Le Quotidien du médecin — Négociations ACI CPTS : les syndicats réclament une simplification de la mission de crise (octobre 2021, projet)',
  url: 'https://static3.lequotidiendumedecin.fr/sante-societe/politique-de-sante/negociations-conventionnelles-aci-cpts-les-syndicats-reclament-une-simplification-de-la-mission-de',
  kind: 'secondary',
};
const WHATSUPDOC_CRISE: Source = {
  title: "What's up doc — La médecine de ville aura bientôt son plan blanc (projet d'avenant 2)",
  url: 'https://www.whatsupdoc-lemag.fr/article/la-medecine-de-ville-aura-bientot-son-plan-blanc',
  kind: 'secondary',
};
/**
 * The size-3 post-avenant-2 envelopes were read in two signed contracts (not an official publication,
 * no stable public address): the text they implement is cited, with a title that says so.
 */
const T3_CONTRACTS: Source = {
  title:
    "Avenant 2 à l'ACI CPTS (JORF du 31 mars 2022), texte que mettent en œuvre les contrats de taille 3 des CPTS RoViRa et Drancy/Le Blanc-Mesnil/Le Bourget, annexes de 5e année, où ce montant a été lu (tableaux de l'avenant non lus)",
  url: 'https://www.legifrance.gouv.fr/jorf/id/JORFTEXT000045443303',
  kind: 'secondary',
};

const T3_CONTRACT_NOTE =
  "Read in two signed taille-3 contracts (CPTS RoViRa, 5th year 15/04/2026–14/04/2027, and CPTS Drancy/Le Blanc-Mesnil/Le Bourget, 5th year 19/12/2025–19/12/2026), identical in both, copies published in a public repository; not read in the JO tables of avenant 2, which could not be read.";
const T3_2019_NOTE =
  'The per-mission table of ACI 2019 art. 8 (and of the contrat type) could not be read; a table circulating from memory does not add up to the published maxima and is not used. Pass the signed contract’s envelopes (contract.envelopes).';

// ---------------------------------------------------------------------------------------------------
// Versions of the text
// ---------------------------------------------------------------------------------------------------

/** Which text governs a date: `aci-2019` or `avenant-2`. */
export const TEXT = parameter({
  id: 'cpts.text',
  label: { fr: 'Texte applicable (ACI CPTS 2019 ou avenant 2)', en: 'Text in force (ACI CPTS 2019 or avenant 2)' },
  unit: 'choice',
  choices: ['aci-2019', 'avenant-2'],
  periods: [
    {
      from: ACI_2019_FROM,
      until: AVENANT_2_FROM,
      value: 'aci-2019',
      status: 'verified',
      sources: [ACI_ART_9, CENTRES_DE_SANTE],
      note: 'JORF of 24 August 2019 (juriblio, Evin avocats); a CNAM note says JO of 25 August; USMCS gives entry into force on 25 August 2019, used here.',
    },
    {
      from: AVENANT_2_FROM,
      value: 'avenant-2',
      status: 'assumption',
      sources: [LEGIFRANCE_AVENANT_2, AMELI_AVENANT_2],
      note: 'Avenant 2 was signed on 20 December 2021 and its approval notice published in the JORF of 31 March 2022; the library applies it from the next day, 1 April 2022 (no source states the date of effect; one CPTS site says the crisis mission is "in force" from 3 September 2022). A contract year uses the text in force on its first day. No avenant 3 or renewal of the ACI after its five-year term was found.',
    },
  ],
});

// ---------------------------------------------------------------------------------------------------
// Contract
// ---------------------------------------------------------------------------------------------------

/** Length of a CPTS contract (*contrat tripartite* CPTS–CPAM–ARS), in years. */
export const CONTRACT_YEARS = parameter({
  id: 'cpts.contract.duration',
  label: { fr: 'Durée du contrat tripartite', en: 'Length of the tripartite contract' },
  unit: 'years',
  periods: [
    {
      from: ACI_2019_FROM,
      value: '5',
      status: 'unverified',
      sources: [CONCOURS_PLURIPRO_ACI],
      note: 'Five years per the press; the contrat type article on its length was not read.',
    },
  ],
});

// ---------------------------------------------------------------------------------------------------
// Size classes (tailles)
// ---------------------------------------------------------------------------------------------------

const SIZE_SOURCES = [PAPS_HDF, ESPACE_INFIRMIER, QUOTIDIEN_BA_BA];
const SIZE_NOTE = 'Thresholds of the signed ACI (< 40 000 / 40 000–80 000 / 80 000–175 000 / > 175 000 inhabitants) per ARS and press pages; ACI 2019 art. 8 itself was not read. The April 2019 draft used 40 000 / 70 000 / 250 000 (superseded).';

function threshold<const Id extends string>(id: Id, between: string, value: string) {
  return parameter({
    id,
    label: { fr: `Seuil de population entre les tailles ${between}`, en: `Population threshold between sizes ${between}` },
    unit: 'count',
    periods: [{ from: ACI_2019_FROM, value, status: 'unverified', sources: SIZE_SOURCES, note: SIZE_NOTE }],
  });
}

/** Population threshold between size 1 and size 2 (habitants). */
export const THRESHOLD_1_2 = threshold('cpts.size.threshold.1-2', '1 et 2', '40000');
/** Population threshold between size 2 and size 3 (habitants). */
export const THRESHOLD_2_3 = threshold('cpts.size.threshold.2-3', '2 et 3', '80000');
/** Population threshold between size 3 and size 4 (habitants). */
export const THRESHOLD_3_4 = threshold('cpts.size.threshold.3-4', '3 et 4', '175000');

function atThreshold<const Id extends string>(id: Id, between: string, value: 'lower' | 'upper', reading: string) {
  return parameter({
    id,
    label: {
      fr: `Taille d'une population égale au seuil entre les tailles ${between} (lower = la plus petite, upper = la plus grande)`,
      en: `Size of a population exactly at the threshold between sizes ${between} (lower = smaller size, upper = larger size)`,
    },
    unit: 'choice',
    choices: ['lower', 'upper'],
    periods: [
      {
        from: ACI_2019_FROM,
        value,
        status: 'assumption',
        sources: SIZE_SOURCES,
        note: `Boundary inclusivity is not stated by any source read (they say "moins de 40 000", "de 40 000 à 80 000", "de 80 000 à 175 000", "plus de 175 000"). ${reading}`,
      },
    ],
  });
}

/** Whether exactly 40 000 inhabitants is size 1 (`lower`) or size 2 (`upper`). */
export const AT_THRESHOLD_1_2 = atThreshold('cpts.size.at-threshold.1-2', '1 et 2', 'upper', 'Reading used: size 1 is "moins de 40 000", so 40 000 is size 2.');
/** Whether exactly 80 000 inhabitants is size 2 (`lower`) or size 3 (`upper`). */
export const AT_THRESHOLD_2_3 = atThreshold('cpts.size.at-threshold.2-3', '2 et 3', 'upper', 'Reading used: each band "de X à Y" includes its lower bound, like size 2 starting at 40 000, so 80 000 is size 3.');
/** Whether exactly 175 000 inhabitants is size 3 (`lower`) or size 4 (`upper`). */
export const AT_THRESHOLD_3_4 = atThreshold('cpts.size.at-threshold.3-4', '3 et 4', 'lower', 'Reading used: size 4 is "plus de 175 000", so 175 000 is size 3.');

// ---------------------------------------------------------------------------------------------------
// Fonctionnement
// ---------------------------------------------------------------------------------------------------

const FONCTIONNEMENT_NOTE_2_3 =
  'Per-size amount read in the press (the starting figures of the 2020 negotiation), consistent with the Senate range 50 000–90 000 €; ACI 2019 art. 8 itself was not read.';

/** Yearly *fonctionnement* (operating) envelope, size 1. */
export const FONCTIONNEMENT_T1 = parameter({
  id: 'cpts.fonctionnement.t1',
  label: { fr: 'Enveloppe annuelle de fonctionnement, taille 1', en: 'Yearly operating (fonctionnement) envelope, size 1' },
  unit: 'EUR',
  periods: [
    {
      from: ACI_2019_FROM,
      value: '50000',
      status: 'verified',
      sources: [SENAT_R25_032, CONCOURS_MEDICAL_2020],
      note: 'The Senate report gives the range "de 50 000 à 90 000 euros" by size: its lower end is size 1.',
    },
  ],
});
/** Yearly *fonctionnement* envelope, size 2. */
export const FONCTIONNEMENT_T2 = parameter({
  id: 'cpts.fonctionnement.t2',
  label: { fr: 'Enveloppe annuelle de fonctionnement, taille 2', en: 'Yearly operating (fonctionnement) envelope, size 2' },
  unit: 'EUR',
  periods: [{ from: ACI_2019_FROM, value: '60000', status: 'unverified', sources: [CONCOURS_MEDICAL_2020, SENAT_R25_032], note: FONCTIONNEMENT_NOTE_2_3 }],
});
/** Yearly *fonctionnement* envelope, size 3. */
export const FONCTIONNEMENT_T3 = parameter({
  id: 'cpts.fonctionnement.t3',
  label: { fr: 'Enveloppe annuelle de fonctionnement, taille 3', en: 'Yearly operating (fonctionnement) envelope, size 3' },
  unit: 'EUR',
  periods: [{ from: ACI_2019_FROM, value: '75000', status: 'unverified', sources: [CONCOURS_MEDICAL_2020, SENAT_R25_032], note: FONCTIONNEMENT_NOTE_2_3 }],
});
/** Yearly *fonctionnement* envelope, size 4. */
export const FONCTIONNEMENT_T4 = parameter({
  id: 'cpts.fonctionnement.t4',
  label: { fr: 'Enveloppe annuelle de fonctionnement, taille 4', en: 'Yearly operating (fonctionnement) envelope, size 4' },
  unit: 'EUR',
  periods: [
    {
      from: ACI_2019_FROM,
      value: '90000',
      status: 'verified',
      sources: [SENAT_R25_032, CONCOURS_MEDICAL_2020],
      note: 'The Senate report gives the range "de 50 000 à 90 000 euros" by size: its upper end is size 4. The avenant-2 "booster" (+50 % then +75 % in the 2020 drafts) is not modelled: final amounts and whether it recurs are unknown.',
    },
  ],
});

// ---------------------------------------------------------------------------------------------------
// Yearly maxima (fonctionnement + every mission, fixed and variable, SNP funding included)
// ---------------------------------------------------------------------------------------------------

const MAX_2019_NOTE =
  'Maximum yearly amount, all missions (optional ones included) and fonctionnement, "montants maximum (qui incluent le financement spécifique lié à l’organisation des soins non programmés)", read in the press; ACI 2019 art. 8 itself was not read.';
const MAX_AV2_UNKNOWN_NOTE =
  'Avenant 2 raised the funding (crisis mission, access revaluation); the signed taille-3 contracts reach 397 500 € without crisis and 465 000 € with one, above the 2019 maximum of 370 000 €, so the 2019 figure no longer holds. The post-avenant-2 maximum of this size was not found; without it the library does not check the envelopes (pass it as an override to have them checked).';

function maximum<const Id extends string>(id: Id, size: string, value2019: string, av2: { value?: string; note: string; sources: Source[] }) {
  return parameter({
    id,
    label: {
      fr: `Montant annuel maximum (fonctionnement et toutes missions), taille ${size}`,
      en: `Maximum yearly amount (fonctionnement and every mission), size ${size}`,
    },
    unit: 'EUR',
    periods: [
      { from: ACI_2019_FROM, until: AVENANT_2_FROM, value: value2019, status: 'unverified', sources: [QUOTIDIEN_BA_BA], note: MAX_2019_NOTE },
      av2.value === undefined
        ? { from: AVENANT_2_FROM, status: 'unknown', sources: [], note: av2.note }
        : { from: AVENANT_2_FROM, value: av2.value, status: 'unverified', sources: av2.sources, note: av2.note },
    ],
  });
}

/** Yearly maximum, size 1 (ACI 2019: 220 000 €; after avenant 2: unknown). */
export const MAXIMUM_T1 = maximum('cpts.maximum.t1', '1', '220000', { note: MAX_AV2_UNKNOWN_NOTE, sources: [] });
/** Yearly maximum, size 2 (ACI 2019: 287 000 €; after avenant 2: unknown). */
export const MAXIMUM_T2 = maximum('cpts.maximum.t2', '2', '287000', { note: MAX_AV2_UNKNOWN_NOTE, sources: [] });
/** Yearly maximum, size 3 (ACI 2019: 370 000 €; after avenant 2: unknown). */
export const MAXIMUM_T3 = maximum('cpts.maximum.t3', '3', '370000', { note: MAX_AV2_UNKNOWN_NOTE, sources: [] });
/** Yearly maximum, size 4 (ACI 2019: 450 000 €; after avenant 2: 580 000 €). */
export const MAXIMUM_T4 = maximum('cpts.maximum.t4', '4', '450000', {
  value: '580000',
  sources: [INFORMATION_DENTAIRE, PHARMACIEN_MESURES, CONCOURS_PLURIPRO_BUDGET],
  note: '"Il peut à présent atteindre 580 000 euros, contre 450 000 euros précédemment" for CPTS of more than 175 000 inhabitants with every mission deployed; read in the press after signature, not in the avenant itself. The library compares it with fonctionnement + every fixed and variable envelope + the crisis plan-writing amount + the crisis block.',
});

// ---------------------------------------------------------------------------------------------------
// Missions and their calendar
// ---------------------------------------------------------------------------------------------------

/** The *missions socles* (compulsory missions) of the text in force. */
export const SOCLE_MISSIONS = parameter({
  id: 'cpts.missions.socle',
  label: { fr: 'Missions socles', en: 'Compulsory (socle) missions' },
  unit: 'list',
  periods: [
    {
      from: ACI_2019_FROM,
      until: AVENANT_2_FROM,
      value: ['acces', 'parcours', 'prevention'],
      status: 'unverified',
      sources: [QUOTIDIEN_BA_BA, PAPS_HDF],
      note: 'Accès aux soins, parcours pluriprofessionnels, prévention: per the press and ARS pages (ACI 2019 art. 3–6 not read).',
    },
    {
      from: AVENANT_2_FROM,
      value: ['acces', 'parcours', 'prevention', 'crise'],
      status: 'verified',
      sources: [AMELI_AVENANT_2, LEGIFRANCE_AVENANT_2],
      note: '"La CPTS doit ainsi répondre désormais à 4 missions socles obligatoires" (ameli); the crisis mission ("réponse aux crises sanitaires graves") is the new one.',
    },
  ],
});

/** The *missions complémentaires* (optional missions). */
export const OPTIONAL_MISSIONS = parameter({
  id: 'cpts.missions.optional',
  label: { fr: 'Missions complémentaires (optionnelles)', en: 'Optional (complémentaires) missions' },
  unit: 'list',
  periods: [
    {
      from: ACI_2019_FROM,
      value: ['qualite', 'accompagnement'],
      status: 'unverified',
      sources: [PAPS_HDF, QUOTIDIEN_BA_BA],
      note: 'Qualité et pertinence des soins; accompagnement des professionnels de santé: per ARS and press pages.',
    },
  ],
});

const DEADLINE_NOTE = 'Months after the contract signature, per two concordant secondary sources (ARS portal table, Medaviz); the ACI calendar article was not read. The April 2019 draft (6/12 months) was superseded.';

function deadline<const Id extends string>(id: Id, what: { fr: string; en: string }, value: string, from: string, note = DEADLINE_NOTE) {
  return parameter({
    id,
    label: what,
    unit: 'months',
    periods: [{ from, value, status: 'unverified', sources: [PAPS_HDF, MEDAVIZ], note }],
  });
}

const CRISIS_DEADLINE_NOTE =
  'Months after the contract signature (ARS portal table). For a contract signed before avenant 2 the text read does not say from when they run: the library counts them from the date avenant 2 applies (assumption).';

/** *Accès aux soins*: months after signature to start the mission. */
export const DEADLINE_ACCES_START = deadline('cpts.deadline.acces.start', { fr: 'Accès aux soins : démarrage (mois après signature)', en: 'Access to care: start (months after signature)' }, '6', ACI_2019_FROM);
/** *Accès aux soins*: months after signature to have the mission fully deployed. */
export const DEADLINE_ACCES_DEPLOYED = deadline('cpts.deadline.acces.deployed', { fr: 'Accès aux soins : déploiement (mois après signature)', en: 'Access to care: full deployment (months after signature)' }, '18', ACI_2019_FROM);
/** *Parcours pluriprofessionnels*: months after signature to start. */
export const DEADLINE_PARCOURS_START = deadline('cpts.deadline.parcours.start', { fr: 'Parcours pluriprofessionnels : démarrage (mois après signature)', en: 'Care pathways: start (months after signature)' }, '12', ACI_2019_FROM);
/** *Parcours pluriprofessionnels*: months after signature to be deployed. */
export const DEADLINE_PARCOURS_DEPLOYED = deadline('cpts.deadline.parcours.deployed', { fr: 'Parcours pluriprofessionnels : déploiement (mois après signature)', en: 'Care pathways: full deployment (months after signature)' }, '24', ACI_2019_FROM);
/** *Prévention*: months after signature to start. */
export const DEADLINE_PREVENTION_START = deadline('cpts.deadline.prevention.start', { fr: 'Prévention : démarrage (mois après signature)', en: 'Prevention: start (months after signature)' }, '12', ACI_2019_FROM);
/** *Prévention*: months after signature to be deployed. */
export const DEADLINE_PREVENTION_DEPLOYED = deadline('cpts.deadline.prevention.deployed', { fr: 'Prévention : déploiement (mois après signature)', en: 'Prevention: full deployment (months after signature)' }, '24', ACI_2019_FROM);
/** *Réponse aux crises sanitaires graves* (avenant 2): months to start. */
export const DEADLINE_CRISE_START = deadline('cpts.deadline.crise.start', { fr: 'Crises sanitaires graves : démarrage (mois après signature)', en: 'Health crises: start (months after signature)' }, '6', AVENANT_2_FROM, CRISIS_DEADLINE_NOTE);
/** *Réponse aux crises sanitaires graves* (avenant 2): months to be deployed. */
export const DEADLINE_CRISE_DEPLOYED = deadline('cpts.deadline.crise.deployed', { fr: 'Crises sanitaires graves : déploiement (mois après signature)', en: 'Health crises: full deployment (months after signature)' }, '18', AVENANT_2_FROM, CRISIS_DEADLINE_NOTE);

// ---------------------------------------------------------------------------------------------------
// Size-3 envelopes (the only size whose per-mission figures are known, and only after avenant 2)
// ---------------------------------------------------------------------------------------------------

function t3Envelope<const Id extends string>(id: Id, what: { fr: string; en: string }, value: string) {
  return parameter({
    id,
    label: what,
    unit: 'EUR',
    periods: [
      { from: ACI_2019_FROM, until: AVENANT_2_FROM, status: 'unknown', sources: [], note: T3_2019_NOTE },
      { from: AVENANT_2_FROM, value, status: 'unverified', sources: [T3_CONTRACTS], note: T3_CONTRACT_NOTE },
    ],
  });
}

/** Size 3, *accès aux soins*, yearly fixed envelope (*part fixe*, SNP/SAS funding very probably included). */
export const T3_ACCES_FIXED = t3Envelope('cpts.envelope.t3.acces.fixed', { fr: 'Taille 3 — accès aux soins, part fixe annuelle', en: 'Size 3 — access to care, yearly fixed part' }, '90000');
/** Size 3, *accès aux soins*, yearly variable envelope (*part variable* maximum). */
export const T3_ACCES_VARIABLE = t3Envelope('cpts.envelope.t3.acces.variable', { fr: 'Taille 3 — accès aux soins, part variable maximale', en: 'Size 3 — access to care, maximum variable part' }, '35000');
/** Size 3, *parcours pluriprofessionnels*, yearly fixed envelope. */
export const T3_PARCOURS_FIXED = t3Envelope('cpts.envelope.t3.parcours.fixed', { fr: 'Taille 3 — parcours pluriprofessionnels, part fixe annuelle', en: 'Size 3 — care pathways, yearly fixed part' }, '45000');
/** Size 3, *parcours pluriprofessionnels*, yearly variable envelope. */
export const T3_PARCOURS_VARIABLE = t3Envelope('cpts.envelope.t3.parcours.variable', { fr: 'Taille 3 — parcours pluriprofessionnels, part variable maximale', en: 'Size 3 — care pathways, maximum variable part' }, '45000');
/** Size 3, *prévention*, yearly fixed envelope. */
export const T3_PREVENTION_FIXED = t3Envelope('cpts.envelope.t3.prevention.fixed', { fr: 'Taille 3 — prévention, part fixe annuelle', en: 'Size 3 — prevention, yearly fixed part' }, '17500');
/** Size 3, *prévention*, yearly variable envelope. */
export const T3_PREVENTION_VARIABLE = t3Envelope('cpts.envelope.t3.prevention.variable', { fr: 'Taille 3 — prévention, part variable maximale', en: 'Size 3 — prevention, maximum variable part' }, '17500');
/** Size 3, *qualité et pertinence des soins* (optional), yearly fixed envelope. */
export const T3_QUALITE_FIXED = t3Envelope('cpts.envelope.t3.qualite.fixed', { fr: 'Taille 3 — qualité et pertinence, part fixe annuelle', en: 'Size 3 — quality and relevance, yearly fixed part' }, '15000');
/** Size 3, *qualité et pertinence des soins* (optional), yearly variable envelope. */
export const T3_QUALITE_VARIABLE = t3Envelope('cpts.envelope.t3.qualite.variable', { fr: 'Taille 3 — qualité et pertinence, part variable maximale', en: 'Size 3 — quality and relevance, maximum variable part' }, '15000');
/** Size 3, *accompagnement des professionnels de santé* (optional), yearly fixed envelope. */
export const T3_ACCOMPAGNEMENT_FIXED = t3Envelope('cpts.envelope.t3.accompagnement.fixed', { fr: 'Taille 3 — accompagnement des professionnels, part fixe annuelle', en: 'Size 3 — support to professionals, yearly fixed part' }, '10000');
/** Size 3, *accompagnement des professionnels de santé* (optional), yearly variable envelope. */
export const T3_ACCOMPAGNEMENT_VARIABLE = t3Envelope('cpts.envelope.t3.accompagnement.variable', { fr: 'Taille 3 — accompagnement des professionnels, part variable maximale', en: 'Size 3 — support to professionals, maximum variable part' }, '10000');

/** Size 3, crisis mission: amount for writing the crisis plan, the mission's first year. */
export const T3_CRISE_PLAN = parameter({
  id: 'cpts.envelope.t3.crise.plan-writing',
  label: { fr: 'Taille 3 — crises sanitaires, rédaction du plan (1re année de la mission)', en: 'Size 3 — health crises, writing the plan (first year of the mission)' },
  unit: 'EUR',
  periods: [
    {
      from: AVENANT_2_FROM,
      value: '45000',
      status: 'unverified',
      sources: [T3_CONTRACTS, QUOTIDIEN_CRISE_DRAFT],
      note: 'Inferred, not read: the signed taille-3 contracts pay 22 500 € a year for updating the plan, and updates are paid 50 % of the first-year amount (cpts.crisis.update-ratio), so the first year is 45 000 €; consistent with the October 2021 draft range "de 25 000 euros pour les plus petites CPTS à 50 000 euros pour les plus grandes".',
    },
  ],
});
/** Size 3, crisis mission: block paid when the ARS recognises a *crise sanitaire grave*. */
export const T3_CRISE_BLOCK = parameter({
  id: 'cpts.envelope.t3.crise.crisis-block',
  label: { fr: 'Taille 3 — crises sanitaires, enveloppe en cas de crise reconnue par l’ARS', en: 'Size 3 — health crises, block paid when the ARS recognises a crisis' },
  unit: 'EUR',
  periods: [{ from: AVENANT_2_FROM, value: '67500', status: 'unverified', sources: [T3_CONTRACTS, WHATSUPDOC_CRISE], note: T3_CONTRACT_NOTE }],
});

// ---------------------------------------------------------------------------------------------------
// Payment rules
// ---------------------------------------------------------------------------------------------------

/** Share of each year's amount paid as an advance (*avance de 75 %*). */
export const ADVANCE_RATIO = parameter({
  id: 'cpts.payment.advance-ratio',
  label: { fr: "Part versée en avance (début d'année ou démarrage d'une mission)", en: 'Share paid in advance (start of the year or of a mission)' },
  unit: 'ratio',
  periods: [
    {
      from: ACI_2019_FROM,
      value: '0.75',
      status: 'verified',
      sources: [ACI_ART_9, CONTRAT_TYPE_ART_6, SENAT_R25_032],
      note: '"une avance d’un montant de 75 % de la somme totale due est versée au début de chaque année" (art. 9.1); "une avance d’un montant de 75 % de l’enveloppe allouée aux moyens déployés pour la mission dite « enveloppe fixe »" (contrat type art. 6.2).',
    },
  ],
});

/** Crisis mission: yearly plan update paid as a share of the plan-writing amount. */
export const CRISIS_UPDATE_RATIO = parameter({
  id: 'cpts.crisis.update-ratio',
  label: { fr: 'Crises sanitaires : mise à jour annuelle du plan, en part du montant de rédaction', en: 'Health crises: yearly plan update, as a share of the plan-writing amount' },
  unit: 'ratio',
  periods: [
    {
      from: AVENANT_2_FROM,
      value: '0.5',
      status: 'unverified',
      sources: [WHATSUPDOC_CRISE, QUOTIDIEN_CRISE_DRAFT, T3_CONTRACTS],
      note: 'The 50 % rule for the following years’ updates is reported from the avenant-2 drafts and fits the taille-3 contracts (22 500 € = 50 % of 45 000 €); it was not read in the signed text.',
    },
  ],
});

/** Whether the *fonctionnement* paid in full at signature is contract year 1's yearly amount. */
export const SIGNATURE_IS_YEAR_1 = parameter({
  id: 'cpts.payment.signature-is-year-1-fonctionnement',
  label: {
    fr: "Le fonctionnement versé à la signature tient lieu de fonctionnement de l'année 1",
    en: 'The fonctionnement paid at signature is contract year 1’s yearly fonctionnement',
  },
  unit: 'boolean',
  periods: [
    {
      from: ACI_2019_FROM,
      value: true as boolean,
      status: 'assumption',
      sources: [ACI_ART_9, CONTRAT_TYPE_ART_6],
      note: 'Art. 9.1 separates the amount paid "avant le démarrage des missions", in full at signature, from the yearly amount paid "à partir du démarrage des missions" at each anniversary (75 % advance, balance with the previous year’s balance). Whether the signature payment is year 1’s yearly amount (true: year 1 = the signature payment, anniversary 1 pays the year-2 advance) or a start-up payment on top of a year-1 amount (false: year 1 also has a yearly amount, prorated from the first mission’s start like a fixed part) is not settled; art. 7.2 was not read.',
    },
  ],
});

/** Unit of the prorata of a mission's first fixed payment (*proratisé en fonction de la durée*). */
export const PRORATA_UNIT = parameter({
  id: 'cpts.payment.prorata-unit',
  label: {
    fr: "Unité du prorata de la première année d'une mission (jours ou mois entamés)",
    en: 'Unit of the prorata of a mission’s first year (days, or started months)',
  },
  unit: 'choice',
  choices: ['days', 'months'],
  periods: [
    {
      from: ACI_2019_FROM,
      value: 'days' as string,
      status: 'assumption',
      sources: [CONTRAT_TYPE_ART_6, SENAT_R25_032],
      note: 'The contrat type says the first payment "est proratisé en fonction de la durée comprise entre la date de démarrage de chaque mission et la date [anniversaire]" without a unit or a rounding rule. days: days from the start to the anniversary over the days of the contract year (365 or 366); months: months from the start to the anniversary, a started month counting in full, over 12. Amounts are rounded half-up to the cent (assumption).',
    },
  ],
});

/** Whether a mission's variable envelope is prorated in the mission's first, partial year. */
export const VARIABLE_FIRST_YEAR_PRORATA = parameter({
  id: 'cpts.variable.prorate-first-year',
  label: {
    fr: "La part variable maximale est proratisée la première année (partielle) d'une mission",
    en: 'The maximum variable part is prorated in a mission’s first (partial) year',
  },
  unit: 'boolean',
  periods: [
    {
      from: ACI_2019_FROM,
      value: false as boolean,
      status: 'assumption',
      sources: [SENAT_R25_032],
      note: 'No source says whether the variable part is prorated in a partial first year. Default false: the objectives of that year are written in the contract and their amounts are paid as written, up to the full variable envelope.',
    },
  ],
});

// ---------------------------------------------------------------------------------------------------
// Readings of the texts that are rules rather than figures (cited by explanation steps, listed in docs)
// ---------------------------------------------------------------------------------------------------

const APTA: Source = {
  title: 'APTA IDF 93 — Les financements de la CPTS (part variable évaluée en fin d’année)',
  url: 'https://www.apta-idf93.org/les-financements-de-la-cpts',
  kind: 'secondary',
};
const SFMU_FCPTS: Source = {
  title: 'SFMU / APM — CPTS : une consommation hétérogène des crédits par mission qui milite pour plus de souplesse (Fédération des CPTS, avril 2025)',
  url: 'https://www.sfmu.org/fr/actualites/actualites-de-l-urgences/cpts-une-consommation-heterogene-des-credits-par-mission-qui-milite-pour-plus-de-souplesse-federation-des-cpts-/new_id/70395',
  kind: 'secondary',
};

/** Readings of the ACI CPTS that are rules rather than figures. */
export const RULES = {
  referenceDate: {
    id: 'cpts.rule.reference-date',
    label: {
      fr: "Les montants d'une année de contrat sont ceux du texte en vigueur à son premier jour (la mission de crise, ajoutée par l'avenant 2, lit les siens à sa date de démarrage)",
      en: 'A contract year’s amounts are those of the text in force on its first day (the crisis mission, added by avenant 2, reads its own on its start date)',
    },
    status: 'assumption',
    sources: [LEGIFRANCE_AVENANT_2],
    note: 'No text read says when avenant 2’s amounts reach a contract signed before it; the library applies them from the first contract year that starts on or after 1 April 2022.',
  },
  fonctionnementPayment: {
    id: 'cpts.rule.fonctionnement-payment',
    label: {
      fr: 'Fonctionnement : versé en totalité à la signature avant le démarrage des missions, puis chaque année une avance de 75 % à la date anniversaire et le solde avec le solde de l’année',
      en: 'Fonctionnement: paid in full at signature before the missions start, then each year a 75 % advance at the anniversary and the balance with the year’s balance',
    },
    status: 'verified',
    sources: [ACI_ART_9, CONTRAT_TYPE_ART_6],
    note: '"versement du montant dans son intégralité" at signature; "une avance d’un montant de 75 % de la somme totale due est versée au début de chaque année (en référence à la date anniversaire du contrat)"; "le solde de ce volet est versé au moment du versement du solde total de la rémunération due au titre de l’année précédente".',
  },
  fixedPartPayment: {
    id: 'cpts.rule.fixed-part-payment',
    label: {
      fr: 'Part fixe d’une mission : avance de 75 % à son démarrage, proratisée jusqu’à la date anniversaire, solde à la date anniversaire ; puis chaque année 75 % à la date anniversaire et le solde à la suivante',
      en: 'A mission’s fixed part: 75 % advance at its start, prorated to the anniversary, balance at the anniversary; then each year 75 % at the anniversary and the balance at the next',
    },
    status: 'verified',
    sources: [CONTRAT_TYPE_ART_6, SENAT_R25_032],
    note: '"à la date de démarrage de chaque nouvelle mission, 75 % du volet fixe est versé, proratisé en fonction de la date anniversaire du contrat. Puis à chaque date anniversaire du contrat, le solde de la part fixe de l’année n-1 est versé ainsi que les 75 % de l’enveloppe pour l’année n" (Senate). The unit of the prorata is a parameter (cpts.payment.prorata-unit).',
  },
  variablePart: {
    id: 'cpts.rule.variable-part',
    label: {
      fr: 'Part variable d’une mission : somme des montants des indicateurs du contrat (tout ou rien ou par paliers), plafonnée à l’enveloppe variable de la mission, sans fongibilité entre missions',
      en: 'A mission’s variable part: the sum of the contract’s indicator amounts (all-or-nothing or by steps), capped at the mission’s variable envelope, with no fungibility between missions',
    },
    status: 'unverified',
    sources: [SENAT_R25_032, APTA, SFMU_FCPTS, T3_CONTRACTS],
    note: 'The ACI says the variable part depends on reaching the objectives negotiated per mission in each contract; no national formula was found. Signed contracts split each variable envelope into an amount per indicator (their maxima add up to the envelope), all-or-nothing or by locally negotiated steps. The Fédération des CPTS asks for fungibility between missions (April 2025), so there is none today. An indicator without a result counts as not reached (assumption).',
  },
  balanceDate: {
    id: 'cpts.rule.balance-date',
    label: {
      fr: 'Le solde d’une année (part variable et enveloppe de crise comprises) est daté de la date anniversaire qui la termine',
      en: 'A year’s balance (variable part and crisis block included) is dated on the anniversary that ends the year',
    },
    status: 'assumption',
    sources: [CONTRAT_TYPE_ART_6, APTA],
    note: 'The texts pay the balance at the anniversary, after the annual review of the indicators; the actual payment date depends on the CPAM’s review and is not fixed by any text read. The crisis block’s own payment date is not known either: the library pays it with the balance of the year of the crisis.',
  },
  crisisMission: {
    id: 'cpts.rule.crisis-mission',
    label: {
      fr: 'Mission de crise : montant de rédaction du plan l’année de contrat de son démarrage (proratisé comme toute part fixe), mise à jour les années suivantes, enveloppe de crise l’année où l’ARS reconnaît une crise sanitaire grave',
      en: 'Crisis mission: plan-writing amount in the contract year it starts (prorated like any fixed part), plan update in later years, crisis block in a year when the ARS recognises a serious health crisis',
    },
    status: 'unverified',
    sources: [AMELI_AVENANT_2, QUOTIDIEN_CRISE_DRAFT, T3_CONTRACTS],
    note: '"rédiger un plan de réponses aux crises sanitaires pour la première année de mise en œuvre (et) une mise à jour annuelle du plan les années suivantes" (October 2021 draft); block paid on "la survenue d’une crise sanitaire grave, pour les CPTS ayant rédigé un plan". Whether the first year’s amount is prorated when the mission starts mid-year is not stated.',
  },
  envelopeMaximum: {
    id: 'cpts.rule.envelope-maximum',
    label: {
      fr: 'Contrôle des enveloppes : fonctionnement + parts fixes et variables de toutes les missions du contrat + rédaction du plan de crise + enveloppe de crise ≤ maximum de la taille',
      en: 'Envelope check: fonctionnement + fixed and variable parts of every mission of the contract + crisis plan writing + crisis block ≤ the size’s maximum',
    },
    status: 'assumption',
    sources: [QUOTIDIEN_BA_BA, CONCOURS_PLURIPRO_BUDGET],
    note: 'The published maxima are "montants maximum" for a CPTS deploying every mission with full achievement, SNP funding included; after avenant 2 the 580 000 € of size 4 matches 450 000 € + 50 000 € (plan) + 75 000 € (crisis block) + 5 000 €. Which items the CPAM adds up is not written in any text read.',
  },
} as const satisfies Record<string, RuleReading>;

// ---------------------------------------------------------------------------------------------------
// Table
// ---------------------------------------------------------------------------------------------------

const ALL = [
  TEXT,
  CONTRACT_YEARS,
  THRESHOLD_1_2,
  THRESHOLD_2_3,
  THRESHOLD_3_4,
  AT_THRESHOLD_1_2,
  AT_THRESHOLD_2_3,
  AT_THRESHOLD_3_4,
  FONCTIONNEMENT_T1,
  FONCTIONNEMENT_T2,
  FONCTIONNEMENT_T3,
  FONCTIONNEMENT_T4,
  MAXIMUM_T1,
  MAXIMUM_T2,
  MAXIMUM_T3,
  MAXIMUM_T4,
  SOCLE_MISSIONS,
  OPTIONAL_MISSIONS,
  DEADLINE_ACCES_START,
  DEADLINE_ACCES_DEPLOYED,
  DEADLINE_PARCOURS_START,
  DEADLINE_PARCOURS_DEPLOYED,
  DEADLINE_PREVENTION_START,
  DEADLINE_PREVENTION_DEPLOYED,
  DEADLINE_CRISE_START,
  DEADLINE_CRISE_DEPLOYED,
  T3_ACCES_FIXED,
  T3_ACCES_VARIABLE,
  T3_PARCOURS_FIXED,
  T3_PARCOURS_VARIABLE,
  T3_PREVENTION_FIXED,
  T3_PREVENTION_VARIABLE,
  T3_QUALITE_FIXED,
  T3_QUALITE_VARIABLE,
  T3_ACCOMPAGNEMENT_FIXED,
  T3_ACCOMPAGNEMENT_VARIABLE,
  T3_CRISE_PLAN,
  T3_CRISE_BLOCK,
  ADVANCE_RATIO,
  CRISIS_UPDATE_RATIO,
  SIGNATURE_IS_YEAR_1,
  PRORATA_UNIT,
  VARIABLE_FIRST_YEAR_PRORATA,
] as const;

/** The id of every ACI CPTS parameter (for typed overrides). */
export type CptsParameterId = (typeof ALL)[number]['id'];

/** Every ACI CPTS parameter, by id. */
export const PARAMETERS = table(ALL as readonly Parameter[]);

/** The four size classes (*tailles*) of the ACI CPTS. */
export type SizeClass = 1 | 2 | 3 | 4;

/** *Fonctionnement* envelope parameter of each size. */
export const FONCTIONNEMENT_BY_SIZE = { 1: FONCTIONNEMENT_T1, 2: FONCTIONNEMENT_T2, 3: FONCTIONNEMENT_T3, 4: FONCTIONNEMENT_T4 } as const;
/** Yearly maximum parameter of each size. */
export const MAXIMUM_BY_SIZE = { 1: MAXIMUM_T1, 2: MAXIMUM_T2, 3: MAXIMUM_T3, 4: MAXIMUM_T4 } as const;
