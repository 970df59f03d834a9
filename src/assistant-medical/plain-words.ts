/**
 * The aide à l’emploi d’un assistant médical in French plain words, for the reference site and the
 * reports: paragraphs per concept whose figures are placeholders naming the parameters of
 * `parameters.ts` (see core `PlainWords`). No figure is written here: the site shows the value in force,
 * text by text, with its status and a link to its sources.
 */
import type { PlainWords } from '../core/plain-words.js';
import { SPECIALTY_NAMES } from './vocabulary.js';

/** The French names of a vocabulary, keyed by code. */
function inFrench(names: Readonly<Record<string, { readonly fr: string }>>): Record<string, string> {
  return Object.fromEntries(Object.entries(names).map(([code, name]) => [code, name.fr]));
}

const ALL_BUT_AVENANT_7 = ['reglement-arbitral-2023', 'convention-2024'];

export const PLAIN_WORDS: PlainWords = {
  title: 'Aide à l’emploi d’un assistant médical',
  textParameter: 'am.regime',
  texts: {
    'avenant-7': { name: 'Avenant n° 7 à la convention médicale de 2016', short: 'Avenant 7', datesApplyTo: 'contrats signés' },
    'reglement-arbitral-2023': { name: 'Règlement arbitral de 2023', short: 'Règlement arbitral', datesApplyTo: 'contrats signés' },
    'convention-2024': { name: 'Convention médicale de 2024', short: 'Convention 2024', datesApplyTo: 'contrats signés' },
  },
  summary: [
    'Un médecin libéral qui emploie un assistant médical reçoit chaque année de l’Assurance Maladie une aide à l’emploi. L’aide est la plus forte la première année, baisse la deuxième, puis dépend de l’atteinte d’un objectif de hausse de la patientèle.',
    'Trois textes se sont succédé ; la date de signature du contrat choisit celui qui s’applique (éligibilité, options, objectifs). Les montants suivent une autre date : celle du premier jour de chaque année de contrat.',
  ],
  values: {
    '1/3': 'un tiers de temps plein',
    '1/2': 'un mi-temps',
    '1': 'un temps plein',
    '1.5': 'un temps plein et demi (second assistant)',
    '2': 'deux temps pleins (second assistant)',
    'am.eligibility.sectors=1': 'secteur 1',
    'am.eligibility.sectors=2-optam': 'secteur 2 avec OPTAM ou OPTAM-CO',
    'am.eligibility.sectors=2': 'secteur 2 sans OPTAM',
    zip: 'zone d’intervention prioritaire (ZIP)',
    zac: 'zone d’action complémentaire (ZAC)',
    none: 'hors zonage',
    ...inFrench(SPECIALTY_NAMES),
    'am.eligibility.clinical-fees.comparison=more-than': 'strictement supérieure à',
    'am.eligibility.clinical-fees.comparison=at-least': 'au moins égale à',
    'am.eligibility.p30.comparison=more-than': 'strictement plus de',
    'am.eligibility.p30.comparison=at-least': 'au moins',
    p50: 'la médiane (P50)',
    up: 'au patient supérieur',
    linear: 'linéaire',
    'all-or-nothing': 'tout ou rien',
    'half-up': 'au centime le plus proche (le demi-centime vers le haut)',
    'start-of-year': 'au premier jour de l’année de contrat',
    'end-of-year': 'à la date anniversaire qui clôt l’année',
  },
  sections: [
    {
      id: 'textes',
      title: 'Le texte applicable',
      paragraphs: [
        'Le texte qui s’applique à un contrat est choisi par sa date de signature : ce texte, {am.regime}, vaut pour les contrats signés à partir du {am.regime:from}. Il fixe l’éligibilité, les options ouvertes et les objectifs.',
        {
          texts: ['avenant-7', 'reglement-arbitral-2023'],
          text: 'Les montants suivent une autre date : une année de contrat prend le barème en vigueur à son premier jour, ou à la signature si elle est postérieure. Un contrat signé sous ce texte passe donc aux montants de la {am.regime=convention-2024} à la première date anniversaire qui suit le {am.regime=convention-2024:from}.',
        },
      ],
    },
    {
      id: 'contrat',
      title: 'Le contrat et ses années',
      paragraphs: [
        'Le contrat dure {am.contract.duration-years} ans. Ses années courent à partir de l’embauche de l’assistant : chaque année va d’une date anniversaire de l’embauche à la veille de la suivante. Un anniversaire qui tombe un vingt-neuf février tombe le vingt-huit février d’une année non bissextile.',
        'L’assistant peut avoir été embauché avant la signature. Aucun texte lu ne dit jusqu’à quand : la bibliothèque accepte une première année qui commence au plus {am.contract.hiring.max-months-before-signature} mois avant la signature, et une embauche au plus tard à la fin d’un contrat compté depuis la signature.',
      ],
    },
    {
      id: 'options',
      title: 'Les options',
      paragraphs: [
        'L’option est la part d’un poste d’assistant à temps plein (ETP) que l’aide finance. Options ouvertes aux contrats signés sous ce texte : {am.option.open-to-new-contracts}.',
        { texts: ['avenant-7'], text: 'L’option à temps plein n’est ouverte qu’en {am.eligibility.full-time.zones}.' },
        { texts: ALL_BUT_AVENANT_7, text: 'L’option à temps plein est ouverte partout : {am.eligibility.full-time.zones}.' },
        {
          texts: ['convention-2024'],
          text: 'Un second assistant est possible en {am.eligibility.second-assistant.specialties}, en {am.eligibility.second-assistant.zones}, pour un médecin déjà sous contrat à temps plein, à partir de l’année {am.eligibility.second-assistant.from-year} du contrat, objectifs atteints. Ses montants ne sont pas publiés ({am.aid.ceiling.etp-1-5.year-3-plus} et {am.aid.ceiling.etp-2.year-3-plus}) : ils sont à fournir avec le calcul.',
        },
      ],
    },
    {
      id: 'eligibilite',
      title: 'Qui peut signer',
      paragraphs: [
        'Secteurs d’exercice éligibles : {am.eligibility.sectors}.',
        {
          texts: ['avenant-7'],
          text: 'Spécialités éligibles sur tout le territoire (liste non exhaustive) : {am.eligibility.avenant-7.whole-territory-specialties}. Les autres spécialités ne l’étaient que dans les départements les moins dotés en médecins de leur spécialité, soit {am.eligibility.avenant-7.low-density-departement-share} des départements.',
        },
        {
          texts: ['avenant-7'],
          text: 'Exercice regroupé exigé : {am.eligibility.group-practice.required}, dans un cabinet d’au moins {am.eligibility.group-practice.minimum-doctors} médecins, sauf en {am.eligibility.group-practice.exempt-zones}. Exercice coordonné exigé : {am.eligibility.coordinated-practice.required} (maison ou centre de santé, équipe de soins primaires, CPTS…), ou l’engagement d’y entrer dans les {am.eligibility.coordinated-practice.commitment-years} ans.',
        },
        { texts: ALL_BUT_AVENANT_7, text: 'Spécialités exclues du dispositif : {am.eligibility.excluded-specialties}.' },
        {
          texts: ALL_BUT_AVENANT_7,
          text: 'En {am.eligibility.clinical-fees.specialties}, la part des honoraires cliniques sur les douze mois qui précèdent la signature doit être {am.eligibility.clinical-fees.comparison} {am.eligibility.clinical-fees.minimum-share}.',
        },
        {
          texts: ALL_BUT_AVENANT_7,
          text: 'Exercice regroupé exigé : {am.eligibility.group-practice.required}. Exercice coordonné exigé : {am.eligibility.coordinated-practice.required}.',
        },
      ],
    },
    {
      id: 'activite',
      title: 'Activité minimale et tranche de patientèle',
      paragraphs: [
        'Le médecin doit avoir une activité minimale : un médecin généraliste doit être le médecin traitant de {am.eligibility.p30.comparison} {am.percentile.medecine-generale.p30} patients, seuil du trentième percentile de la patientèle nationale. Pour une autre spécialité, le seuil de sa file active est à fournir.',
        'La tranche de patientèle de départ situe la patientèle du médecin à la signature dans la distribution nationale de sa spécialité ; la borne basse d’une tranche en fait partie. Seuils de la médecine générale : médiane {am.percentile.medecine-generale.p50}, soixante-dixième percentile {am.percentile.medecine-generale.p70}, quatre-vingt-dixième {am.percentile.medecine-generale.p90}, quatre-vingt-quinzième {am.percentile.medecine-generale.p95}. Un seuil inconnu est à fournir avec le calcul, ou la tranche à donner directement.',
        {
          texts: ['avenant-7'],
          text: 'Sont dispensés du seuil minimal : le médecin nouvellement installé ; le médecin reconnu travailleur handicapé ({am.eligibility.disability-exemption}) ; le médecin généraliste dont plus de {am.eligibility.avenant-7.children-share-exemption} des patients ont moins de {am.eligibility.avenant-7.children-age-limit} ans.',
        },
        {
          texts: ALL_BUT_AVENANT_7,
          text: 'Le médecin nouvellement installé est dispensé du seuil minimal. Pour un médecin en situation de handicap, les textes parlent d’adaptations du contrat et non d’une dispense (dispense : {am.eligibility.disability-exemption}) : c’est un point à vérifier avec la caisse.',
        },
      ],
    },
    {
      id: 'montants',
      title: 'Montants de l’aide',
      figures: ['am.aid.ceiling.'],
      paragraphs: [
        'L’aide maximale d’une année dépend de l’option, du rang de l’année dans le contrat et de la tranche de départ. Pour un mi-temps : {am.aid.ceiling.etp-1-2.year-1} la première année, {am.aid.ceiling.etp-1-2.year-2} la deuxième, puis {am.aid.ceiling.etp-1-2.year-3-plus} chaque année suivante ; pour un temps plein : {am.aid.ceiling.etp-1.year-1}, {am.aid.ceiling.etp-1.year-2}, puis {am.aid.ceiling.etp-1.year-3-plus}.',
        'Une patientèle de départ au-dessus du quatre-vingt-quinzième percentile reçoit chaque année le montant de la première année (pour un mi-temps, {am.aid.ceiling.etp-1-2.p95-plus}) ; entre le quatre-vingt-dixième et le quatre-vingt-quinzième, un montant majoré à partir de la troisième année ({am.aid.ceiling.etp-1-2.year-3-plus.p90-p95} pour un mi-temps). Le tableau ci-dessous donne tous les montants en vigueur au premier jour de ce texte.',
        {
          texts: ['avenant-7', 'reglement-arbitral-2023'],
          text: 'Ces montants valent pour les années de contrat qui commencent avant le {am.regime=convention-2024:from}. Une année qui commence ce jour-là ou après prend ceux de la {am.regime=convention-2024} : pour un mi-temps, {am.aid.ceiling.etp-1-2.year-3-plus@convention-2024} à partir de la troisième année.',
        },
      ],
    },
    {
      id: 'objectifs',
      title: 'Objectifs de patientèle',
      figures: ['am.objective.'],
      paragraphs: [
        'À partir de l’année {am.modulation.first-year} du contrat, l’aide dépend de l’atteinte d’un objectif : une hausse de la patientèle de départ fixée selon l’option et la tranche. Par exemple, pour un mi-temps partant de la tranche la plus basse : {am.objective.etp-1-2.p30-p50}.',
        { texts: ALL_BUT_AVENANT_7, text: 'Les tables d’objectifs de ce texte n’ont pas été trouvées dans une source lue : l’objectif écrit au contrat est à fournir avec le calcul.' },
        'L’objectif écrit au contrat l’emporte toujours. Un médecin nouvellement installé doit atteindre {am.objective.newly-installed.target-percentile} de sa spécialité en année {am.objective.newly-installed.deadline-year} du contrat. Un objectif qui ne tombe pas juste est arrondi {am.objective.target-rounding}.',
        {
          texts: ['convention-2024'],
          text: 'Un médecin âgé d’au moins {am.objective.senior.minimum-age} ans à la signature n’a qu’à maintenir sa patientèle, une baisse de {am.objective.senior.tolerated-decrease} étant tolérée.',
        },
      ],
    },
    {
      id: 'modulation',
      title: 'Modulation selon l’atteinte de l’objectif',
      paragraphs: [
        'Les années qui précèdent l’année {am.modulation.first-year} sont payées au maximum. Ensuite l’aide est « modulée en fonction de l’atteinte des engagements », mais aucun texte lu ne donne la formule. La bibliothèque applique la règle {am.modulation.rule} : le maximum multiplié par la part de la hausse atteinte, jamais plus que le maximum ni moins que zéro. L’autre lecture, {am.modulation.rule=all-or-nothing}, ne paie le maximum que si l’objectif est atteint.',
        'L’aide modulée est arrondie {am.modulation.cent-rounding}.',
      ],
    },
    {
      id: 'versements',
      title: 'Versements',
      paragraphs: [
        'Première année : {am.payment.year-1.advance-rate} de l’aide dans les {am.payment.year-1.advance-delay-days} jours qui suivent l’embauche, ou la signature si elle est postérieure ; le solde {am.payment.year-1.balance-timing}. Deuxième année : {am.payment.year-2.timing}. Années suivantes : {am.payment.year-3-plus.timing}, une fois l’atteinte de l’objectif connue.',
        'Rien n’est versé avant la signature du contrat : un versement dû plus tôt est fait à la signature. Les versements d’une année sont partagés en centimes entiers qui font toujours le montant de l’année.',
      ],
    },
  ],
};

/**
 * The collective contract (aide collective à l’emploi d’assistants médicaux, 2026) in French plain words:
 * its own text parameter (`am.collective.regime`) and its own page on the site. Every figure rests on one
 * professional page citing an ameli page the library did not read: unverified, or an assumption where the
 * page is silent — the site marks each one.
 */
export const COLLECTIVE_PLAIN_WORDS: PlainWords = {
  title: 'Aide collective à l’emploi d’assistants médicaux',
  textParameter: 'am.collective.regime',
  scope: ['am.collective.'],
  texts: {
    'collective-2026': { name: 'Contrat collectif d’aide à l’emploi d’assistants médicaux (2026)', short: 'Contrat collectif', datesApplyTo: 'contrats signés' },
  },
  summary: [
    'Des médecins généralistes associés dans une même société signent ensemble un seul contrat : la société emploie les assistants médicaux, reçoit l’aide et porte un objectif collectif de hausse de la patientèle du groupe.',
    'Toutes les règles ci-dessous viennent d’une page professionnelle qui cite une page de l’Assurance Maladie que la bibliothèque n’a pas lue : chaque chiffre est non vérifié, ou une hypothèse de la bibliothèque là où la page se tait.',
  ],
  quantities: {
    'am.collective.etp.per-doctor': 'ETP',
    'am.collective.etp.pamsu-bonus': 'ETP',
    'am.collective.etp.training-site-bonus': 'ETP',
    'am.collective.etp.step': 'ETP',
  },
  values: {
    scp: 'société civile professionnelle (SCP)',
    scm: 'société civile de moyens (SCM)',
    sisa: 'société interprofessionnelle de soins ambulatoires (SISA)',
    sel: 'société d’exercice libéral (SEL)',
    other: 'autre forme',
    'medecine-generale': 'médecine générale',
    'am.collective.eligibility.sectors=1': 'secteur 1',
    'am.collective.eligibility.sectors=2-optam': 'secteur 2 avec OPTAM',
    'am.collective.eligibility.sectors=2': 'secteur 2 sans OPTAM',
    'am.collective.eligibility.average-comparison=at-least': 'au moins',
    'am.collective.eligibility.average-comparison=more-than': 'strictement plus de',
    'lower-of-two': 'le plus faible des deux taux',
    'average-of-two': 'la moyenne des deux taux',
    'both-required': 'tout ou rien (toute l’aide si les deux parties sont atteintes, rien sinon)',
    'start-of-year': 'au premier jour de l’année de contrat',
    'end-of-year': 'à la date anniversaire qui clôt l’année',
    'half-up': 'au centime le plus proche (le demi-centime vers le haut)',
  },
  sections: [
    {
      id: 'contrat',
      title: 'Le texte et le contrat',
      paragraphs: [
        'Le contrat collectif est ouvert aux contrats signés à partir du {am.collective.regime:from} ; un contrat signé plus tôt n’est pas en vigueur. Il dure {am.collective.contract.duration-years} ans et se renouvelle. Des médecins peuvent rejoindre le groupe ou le quitter à chaque date anniversaire, sans changer le nombre d’assistants choisi à la signature.',
        'Les années du contrat courent à partir de l’embauche des assistants (lecture de la bibliothèque : la page ne le dit pas), dans la même fenêtre autour de la signature que le contrat individuel.',
      ],
    },
    {
      id: 'eligibilite',
      title: 'Qui peut signer',
      paragraphs: [
        'La société signataire est l’une de celles-ci : {am.collective.eligibility.legal-forms}. Une société d’exercice libéral ne peut pas signer ; une autre forme n’est pas nommée par la page et reste à vérifier avec la caisse.',
        'Chaque médecin adhérent exerce en {am.collective.eligibility.specialties}, en {am.collective.eligibility.sectors}. Les médecins à exercice particulier sont exclus : {am.collective.eligibility.mep-excluded}.',
        'La patientèle médecin traitant moyenne des médecins adhérents doit être de {am.collective.eligibility.average-comparison} {am.collective.eligibility.average-medecin-traitant} patients, le trentième percentile national des médecins généralistes : un médecin en dessous peut être porté par les autres. La moyenne est celle des médecins qui adhèrent au contrat (lecture de la bibliothèque : la page parle du groupe).',
        'Un contrat individuel en cours doit être clos avant la signature : les deux aides ne se cumulent pas. Après la fin d’un contrat collectif, chaque médecin attend {am.collective.eligibility.waiting-period-years} ans avant tout nouveau contrat, individuel ou collectif, sauf exception accordée par le directeur de la caisse.',
      ],
    },
    {
      id: 'etp',
      title: 'Le nombre d’assistants financés',
      figures: ['am.collective.etp.'],
      paragraphs: [
        'Le contrat finance un nombre d’assistants à temps plein (ETP) choisi à la signature : au plus {am.collective.etp.per-doctor} par médecin adhérent, par pas de {am.collective.etp.step} (pas retenu par la bibliothèque : aucune source ne le donne).',
        'Pour les contrats signés à partir du {am.collective.etp.bonus-from}, chaque médecin adhérent maître de stage qui accueille un docteur junior ouvre {am.collective.etp.pamsu-bonus} de plus ; ou, quand la structure est un lieu de formation agréé, chaque médecin adhérent ouvre {am.collective.etp.training-site-bonus} de plus. La page écrit « ou » : les deux ne s’ajoutent pas.',
      ],
    },
    {
      id: 'montants',
      title: 'Montants de l’aide',
      figures: ['am.collective.aid.'],
      paragraphs: [
        'L’aide maximale d’une année est l’aide par ETP de l’année multipliée par le nombre d’ETP : par ETP, {am.collective.aid.per-etp.year-1} la première année, {am.collective.aid.per-etp.year-2} la deuxième, puis {am.collective.aid.per-etp.year-3-plus} chaque année suivante. Pour un nombre d’ETP qui n’est pas entier, l’aide est calculée au prorata (lecture de la bibliothèque).',
        'Chaque année prend le barème en vigueur à son premier jour (lecture de la bibliothèque : la page ne dit pas si un changement de barème s’appliquerait à la date anniversaire).',
      ],
    },
    {
      id: 'objectif',
      title: 'L’objectif collectif',
      figures: ['am.collective.objective.'],
      paragraphs: [
        'Par ETP financé, le groupe doit gagner {am.collective.objective.medecin-traitant-per-etp} patients médecin traitant et {am.collective.objective.file-active-per-etp} patients dans sa file active, dans les {am.collective.objective.deadline-years} ans (comptés par la bibliothèque à partir de la signature). La hausse se compte depuis la patientèle de départ du groupe, la somme de celles de ses médecins. Les patients déjà gagnés sous un contrat individuel sont déduits de la hausse, jamais en dessous de zéro.',
        'Un médecin installé depuis moins de {am.collective.newly-installed.max-months} mois doit atteindre, après {am.collective.objective.newly-installed.deadline-years} ans d’adhésion, {am.collective.objective.newly-installed.medecin-traitant} patients médecin traitant et {am.collective.objective.newly-installed.file-active} en file active. La page ne dit pas comment cet objectif entre dans l’aide du groupe : la bibliothèque ne module l’aide que sur l’objectif du groupe.',
      ],
    },
    {
      id: 'modulation',
      title: 'Modulation selon l’atteinte de l’objectif',
      paragraphs: [
        'Les années qui précèdent l’année {am.collective.modulation.first-year} du contrat sont payées au maximum. Ensuite, quand l’objectif n’est pas entièrement atteint, l’aide est « proratisée ». La page ne donne ni la formule ni la façon de combiner les deux parties de l’objectif : chaque partie a un taux d’atteinte qui va de zéro, à la patientèle de départ, à un, à l’objectif ; la bibliothèque retient {am.collective.modulation.rule}. Les autres lectures possibles : {am.collective.modulation.rule=average-of-two}, ou {am.collective.modulation.rule=both-required}.',
        'Quand la patientèle du groupe passe sous son niveau de départ, la caisse peut, faute de solution, mettre fin au contrat ; la bibliothèque le signale mais ne met pas fin au contrat. L’aide modulée est arrondie {am.modulation.cent-rounding}.',
      ],
    },
    {
      id: 'versements',
      title: 'Versements',
      paragraphs: [
        'L’aide est versée à la société signataire, qui la répartit comme elle l’entend. La page ne donne pas de calendrier : la bibliothèque applique celui du contrat individuel, lui-même incertain. La première année, {am.payment.year-1.advance-rate} de l’aide dans les {am.payment.year-1.advance-delay-days} jours qui suivent l’embauche, ou la signature si elle est postérieure, et le solde {am.payment.year-1.balance-timing} ; la deuxième année, {am.payment.year-2.timing} ; les années suivantes, {am.payment.year-3-plus.timing}, une fois l’atteinte de l’objectif connue.',
      ],
    },
  ],
};
