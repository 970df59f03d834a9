/**
 * The ACI MSP in French plain words, for the reference site and the reports: paragraphs per concept
 * whose figures are placeholders naming the parameters of `parameters.ts` (see core `PlainWords`). No
 * figure is written here: the site shows the value in force, text by text, with its status and sources.
 */
import type { PlainWords } from '../core/plain-words.js';

export const PLAIN_WORDS: PlainWords = {
  title: 'ACI des maisons de santé pluriprofessionnelles (MSP)',
  textParameter: 'msp.version',
  texts: {
    'aci-2017': { name: 'Accord conventionnel interprofessionnel du 20 avril 2017', short: 'ACI 2017', datesApplyTo: 'exercices' },
    'avenant-1': { name: 'Avenant n° 1 à l’accord conventionnel interprofessionnel (JO du 3 août 2022)', short: 'Avenant 1', datesApplyTo: 'exercices' },
  },
  summary: [
    'Une maison de santé pluriprofessionnelle (MSP) qui a signé le contrat tripartite avec la caisse et l’agence régionale de santé reçoit chaque année une rémunération : des points pour chaque indicateur atteint, convertis en euros, majorés selon la précarité de sa patientèle.',
    'Une avance est versée pendant l’exercice, le solde l’année suivante. Le texte applicable est choisi par l’exercice, c’est-à-dire l’année civile rémunérée.',
  ],
  values: {
    'socle-prerequis': 'socle prérequis',
    socle: 'socle',
    optionnel: 'optionnel',
    days: 'jours',
    months: 'mois',
    'truncate-2-decimals-percent': 'tronqué au centième de point de pourcentage (comme le guide de la Cnam)',
    exact: 'exact',
  },
  sections: [
    {
      id: 'textes',
      title: 'Le texte applicable',
      paragraphs: [
        'Le texte applicable est celui de l’exercice rémunéré : ce texte, {msp.version}, vaut à partir de l’exercice qui commence le {msp.version:from}. Catalogue des indicateurs en vigueur : {msp.catalogue}.',
        'Les indicateurs sont de trois types : socle prérequis (si l’un manque, rien n’est payé pour l’exercice), socle (engagement obligatoire, payé selon l’atteinte) et optionnel.',
      ],
    },
    {
      id: 'points',
      title: 'Les points et leur valeur',
      figures: ['msp.point-value', 'msp.reference-patientele'],
      paragraphs: [
        'Chaque indicateur rapporte des points fixes et des points variables. Le point vaut {msp.point-value}. Les points variables suivent la patientèle de la structure, rapportée à une patientèle de référence de {msp.reference-patientele} patients, en plus comme en moins.',
        'Le montant en euros est arrondi une fois, au centime. La première année d’une structure qui signe en cours d’année est payée au prorata, compté en {msp.prorata.basis}.',
      ],
    },
    {
      id: 'acces',
      title: 'Accès aux soins',
      figures: ['msp.horaires.', 'msp.crises-sanitaires.'],
      paragraphs: [
        'Horaires d’ouverture et soins non programmés : {msp.horaires.fixed} points fixes, diminués selon l’amplitude d’ouverture quotidienne ({msp.horaires.minoration.amplitude-10-12h} ou {msp.horaires.minoration.amplitude-8-10h} points), la fermeture le samedi matin ({msp.horaires.minoration.samedi-ferme} points) et une fermeture de deux à trois semaines pendant les vacances scolaires ({msp.horaires.minoration.vacances-2-3-semaines} points).',
        {
          texts: ['avenant-1'],
          text: 'Réponse aux crises sanitaires graves : {msp.crises-sanitaires.plan.fixed} points fixes pour le plan de préparation et {msp.crises-sanitaires.variable} points variables pour les actions menées pendant une crise. Pour le premier exercice de ce texte, l’indicateur est {msp.crises-sanitaires.type} et ses points variables ne sont pas payables ; à partir du {msp.crises-sanitaires.type=socle-prerequis:from}, il devient {msp.crises-sanitaires.type=socle-prerequis}.',
        },
        'Missions de santé publique : {msp.missions.per-mission} points variables par mission, au plus {msp.missions.max} missions rémunérées, sur des thèmes distincts. Médecins sous contrat de solidarité territoriale : {msp.cstm.fixed} points.',
        'Diversité des services de soins : {msp.diversite.niveau-1} puis {msp.diversite.niveau-2} points selon le niveau ; consultations de second recours : {msp.second-recours.niveau-1} puis {msp.second-recours.niveau-2} points.',
        {
          texts: ['avenant-1'],
          text: 'Infirmier en pratique avancée dans la structure : {msp.missions.ipa-bonus} points de plus quand au moins {msp.missions.ipa-min-missions} missions sont rémunérées. Implication des usagers : {msp.usagers.niveau-1} points fixes puis {msp.usagers.niveau-2} points variables. Soins non programmés et service d’accès aux soins : {msp.sas.partial} points quand au moins {msp.sas.partial-share} des médecins y participent, {msp.sas.full} points à {msp.sas.full-share}.',
        },
      ],
    },
    {
      id: 'travail-en-equipe',
      title: 'Travail en équipe et coordination',
      figures: ['msp.coordination.', 'msp.protocoles.', 'msp.concertation.'],
      paragraphs: [
        'Fonction de coordination : {msp.coordination.fixed} points fixes et {msp.coordination.variable} points variables jusqu’à une patientèle de {msp.coordination.threshold} patients, puis {msp.coordination.variable-beyond} points variables au-delà.',
        'Protocoles pluriprofessionnels : {msp.protocoles.per-protocol} points par protocole, au plus {msp.protocoles.max} protocoles rémunérés.',
        { texts: ['avenant-1'], text: 'Avec un infirmier en pratique avancée : {msp.protocoles.ipa-per-protocol} points de plus par protocole, et {msp.concertation.ipa-variable} points variables de plus pour la concertation.' },
        'Concertation pluriprofessionnelle : {msp.concertation.variable} points variables pour au moins {msp.concertation.min-meetings} réunions dans l’année et une part de dossiers étudiés de {msp.concertation.target-rate} des patients concernés (en affection de longue durée ou âgés) ; une part moindre réduit les points d’autant. Cette part est {msp.concertation.rate-rounding}.',
        'Formation des professionnels : {msp.formation.first-two} points pour les {msp.formation.min-trainees} premiers stagiaires. Coordination externe : {msp.coordination-externe.variable} points variables.',
        { texts: ['avenant-1'], text: 'Troisième et quatrième stagiaires : {msp.formation.third} et {msp.formation.fourth} points. Démarche qualité : {msp.qualite.niveau-1}, puis {msp.qualite.niveau-2} et {msp.qualite.niveau-3} points selon le niveau. Protocoles nationaux de coopération : {msp.protocoles-nationaux-cooperation.per-protocol} points par protocole, au plus {msp.protocoles-nationaux-cooperation.max}. Parcours insuffisance cardiaque : {msp.parcours-insuffisance-cardiaque.variable} points variables ; parcours surpoids ou obésité de l’enfant : {msp.parcours-obesite-enfant.fixed} points fixes.' },
        { texts: ['aci-2017'], text: 'Satisfaction des patients (outils d’évaluation) : {msp.satisfaction.fixed} points fixes.' },
      ],
    },
    {
      id: 'systeme-information',
      title: 'Système d’information',
      figures: ['msp.si-'],
      paragraphs: [
        'Niveau standard : {msp.si-standard.fixed} points fixes et {msp.si-standard.per-professional} points par professionnel associé jusqu’à {msp.si-standard.threshold} professionnels, puis {msp.si-standard.per-professional-beyond} points par professionnel au-delà. Niveau avancé : {msp.si-avance.fixed} points. Un logiciel acquis en cours d’année est payé au prorata.',
      ],
    },
    {
      id: 'precarite',
      title: 'Majoration selon la précarité de la patientèle',
      figures: ['msp.precarite.'],
      paragraphs: [
        'La rémunération est majorée de l’écart entre la part de patients de la structure couverts par la complémentaire santé solidaire ou l’aide médicale de l’État (AME) et les taux nationaux de référence ({msp.precarite.national-rate-c2s} et {msp.precarite.national-rate-ame}), dans la limite de {msp.precarite.cap}. Les taux nationaux ne sont publiés dans aucune source lue : ils sont à fournir avec le calcul.',
      ],
    },
    {
      id: 'nouvelle-structure',
      title: 'Nouvelle structure',
      figures: ['msp.nouvelle-structure.'],
      paragraphs: [
        'Une structure dont le projet de santé a été déposé moins de {msp.nouvelle-structure.projet-age-max} an avant la signature est une nouvelle structure : pendant {msp.nouvelle-structure.years} exercices civils, année de signature comprise, elle reçoit au moins {msp.nouvelle-structure.minimum} pour une année entière, dont une avance d’au moins {msp.nouvelle-structure.avance}. Ce minimum suppose les prérequis atteints : {msp.nouvelle-structure.minimum-requires-prerequisites}.',
      ],
    },
    {
      id: 'versements',
      title: 'Avance et solde',
      figures: ['msp.avance.', 'msp.solde.'],
      paragraphs: [
        'Une avance de {msp.avance.rate} de la rémunération que vaudraient les indicateurs socles et prérequis pleinement atteints est due au plus tard le jour {msp.avance.due-day} du mois {msp.avance.due-month} de l’exercice ; pour une structure qui vient d’adhérer, {msp.avance.new-adherent-delay-months} mois après la signature.',
        'Le solde, rémunération de l’exercice moins l’avance, est dû au plus tard le jour {msp.solde.due-day} du mois {msp.solde.due-month} de l’année suivante. Un solde négatif est l’avance en trop, que la caisse récupère.',
      ],
    },
  ],
};
