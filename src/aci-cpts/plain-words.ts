/**
 * The ACI CPTS in French plain words, for the reference site and the reports: paragraphs per concept
 * whose figures are placeholders naming the parameters of `parameters.ts` (see core `PlainWords`). No
 * figure is written here: the site shows the value in force, text by text, with its status and sources.
 */
import type { PlainWords } from '../core/plain-words.js';

export const PLAIN_WORDS: PlainWords = {
  title: 'ACI des communautés professionnelles territoriales de santé (CPTS)',
  textParameter: 'cpts.text',
  texts: {
    'aci-2019': { name: 'Accord conventionnel interprofessionnel CPTS du 20 juin 2019', short: 'ACI 2019', datesApplyTo: 'années de contrat commençant' },
    'avenant-2': { name: 'Avenant n° 2 à l’accord conventionnel interprofessionnel CPTS', short: 'Avenant 2', datesApplyTo: 'années de contrat commençant' },
  },
  summary: [
    'Une communauté professionnelle territoriale de santé (CPTS) qui signe le contrat tripartite avec la caisse et l’agence régionale de santé reçoit chaque année une enveloppe de fonctionnement et, pour chaque mission qu’elle mène, une part fixe (les moyens déployés) et une part variable (l’atteinte des objectifs écrits au contrat).',
    'Les montants dépendent de la taille de la CPTS, c’est-à-dire de la population couverte. Une année de contrat suit le texte en vigueur à son premier jour.',
  ],
  values: {
    upper: 'la plus grande des deux',
    lower: 'la plus petite des deux',
    days: 'jours',
    months: 'mois entamés',
  },
  sections: [
    {
      id: 'textes',
      title: 'Le texte applicable et le contrat',
      paragraphs: [
        'Une année de contrat suit le texte en vigueur à son premier jour : ce texte, {cpts.text}, vaut pour les années qui commencent à partir du {cpts.text:from}.',
        'Le contrat tripartite (CPTS, caisse, agence régionale de santé) dure {cpts.contract.duration} ans. Ses années vont d’une date anniversaire de la signature à la veille de la suivante.',
        { texts: ['avenant-2'], text: 'La mission de crise n’existe que depuis ce texte : démarrée dans une année commencée sous le texte précédent, elle lit ses montants à sa propre date de démarrage.' },
      ],
    },
    {
      id: 'taille',
      title: 'La taille de la CPTS',
      figures: ['cpts.size.'],
      paragraphs: [
        'La taille dépend de la population couverte : taille un sous {cpts.size.threshold.1-2} habitants, taille deux jusqu’à {cpts.size.threshold.2-3}, taille trois jusqu’à {cpts.size.threshold.3-4}, taille quatre au-delà.',
        'Aucune source ne dit dans quelle taille tombe une population égale à un seuil. La bibliothèque la classe dans {cpts.size.at-threshold.1-2} au premier seuil, dans {cpts.size.at-threshold.2-3} au deuxième et dans {cpts.size.at-threshold.3-4} au troisième.',
      ],
    },
    {
      id: 'fonctionnement',
      title: 'Le fonctionnement',
      figures: ['cpts.fonctionnement.'],
      paragraphs: [
        'Chaque année, une enveloppe de fonctionnement : {cpts.fonctionnement.t1} en taille un, {cpts.fonctionnement.t2} en taille deux, {cpts.fonctionnement.t3} en taille trois et {cpts.fonctionnement.t4} en taille quatre.',
        'Avant le démarrage des missions, le fonctionnement est versé en totalité à la signature, une fois le dossier vérifié par la caisse. Ce versement tient lieu du fonctionnement de la première année : {cpts.payment.signature-is-year-1-fonctionnement} (lecture de la bibliothèque).',
      ],
    },
    {
      id: 'missions',
      title: 'Les missions et leurs délais',
      figures: ['cpts.deadline.'],
      paragraphs: [
        'Missions socles : {cpts.missions.socle}. Missions complémentaires, au choix de la CPTS : {cpts.missions.optional}. Chaque mission reçoit une part fixe pour les moyens déployés et une part variable pour l’atteinte des objectifs écrits au contrat, sans report d’une mission sur l’autre.',
        'Délais comptés en mois après la signature, démarrage puis déploiement : accès aux soins {cpts.deadline.acces.start} et {cpts.deadline.acces.deployed} ; parcours {cpts.deadline.parcours.start} et {cpts.deadline.parcours.deployed} ; prévention {cpts.deadline.prevention.start} et {cpts.deadline.prevention.deployed}.',
        { texts: ['avenant-2'], text: 'Réponse aux crises sanitaires graves : {cpts.deadline.crise.start} et {cpts.deadline.crise.deployed} mois.' },
      ],
    },
    {
      id: 'enveloppes',
      title: 'Les enveloppes et leur maximum',
      figures: ['cpts.maximum.', 'cpts.envelope.'],
      paragraphs: [
        'Le contrat écrit les enveloppes de la taille de la CPTS. Fonctionnement et toutes les missions réunis ne peuvent dépasser un maximum annuel : {cpts.maximum.t1} en taille un, {cpts.maximum.t2} en taille deux, {cpts.maximum.t3} en taille trois, {cpts.maximum.t4} en taille quatre. Un maximum inconnu n’est pas contrôlé.',
        { texts: ['aci-2019'], text: 'Le tableau des enveloppes par mission de ce texte n’a pas été lu : les enveloppes sont celles du contrat signé, à fournir avec le calcul.' },
        {
          texts: ['avenant-2'],
          text: 'En taille trois, les enveloppes lues dans deux contrats signés : accès aux soins {cpts.envelope.t3.acces.fixed} en part fixe et {cpts.envelope.t3.acces.variable} en part variable ; parcours {cpts.envelope.t3.parcours.fixed} et {cpts.envelope.t3.parcours.variable} ; prévention {cpts.envelope.t3.prevention.fixed} et {cpts.envelope.t3.prevention.variable} ; qualité {cpts.envelope.t3.qualite.fixed} et {cpts.envelope.t3.qualite.variable} ; accompagnement {cpts.envelope.t3.accompagnement.fixed} et {cpts.envelope.t3.accompagnement.variable}.',
        },
        {
          texts: ['avenant-2'],
          text: 'Mission de crise, en taille trois : {cpts.envelope.t3.crise.plan-writing} l’année de son démarrage pour écrire le plan, puis chaque année une mise à jour valant {cpts.crise.update-ratio} de ce montant ; l’année où l’agence régionale de santé reconnaît une crise sanitaire grave, une enveloppe de crise de {cpts.envelope.t3.crise.crisis-block}.',
        },
      ],
    },
    {
      id: 'versements',
      title: 'Avances et soldes',
      paragraphs: [
        'À chaque date anniversaire, une avance de {cpts.payment.advance-ratio} du fonctionnement et des parts fixes des missions en cours ; le solde de l’année (le reste, les parts variables et l’enveloppe de crise) à la date anniversaire qui la termine.',
        'Au démarrage d’une mission, une avance de {cpts.payment.advance-ratio} de sa part fixe, au prorata de la durée jusqu’à la date anniversaire, comptée en {cpts.payment.prorata-unit}. La part variable maximale de cette première année est proratisée : {cpts.variable.prorate-first-year}.',
      ],
    },
  ],
};
