/**
 * The words of the reports that are not in a result: headings, legends, status names. French first,
 * English on request (`lang: 'en'`).
 */
import type { Lang } from '../core/format.js';
import type { Status } from '../core/parameters.js';
import type { PaymentKind } from '../core/result.js';

/** A status of a figure or a step, as a person reads it. */
export const STATUS_WORDS: Readonly<Record<Status | 'caller', { readonly fr: string; readonly en: string }>> = {
  verified: { fr: 'vérifié', en: 'verified' },
  unverified: { fr: 'non vérifié', en: 'unverified' },
  assumption: { fr: 'hypothèse', en: 'assumption' },
  unknown: { fr: 'inconnu', en: 'unknown' },
  caller: { fr: 'fourni par l’appelant', en: 'caller-supplied' },
};

/** What a payment is. */
export const PAYMENT_WORDS: Readonly<Record<PaymentKind, { readonly fr: string; readonly en: string }>> = {
  signature: { fr: 'À la signature', en: 'At signature' },
  advance: { fr: 'Avance', en: 'Advance' },
  balance: { fr: 'Solde', en: 'Balance' },
  annual: { fr: 'Versement de l’année', en: 'Year’s payment' },
};

const FR = {
  /** Before what follows a label: a space then a colon in French. */
  colon: '\u00a0: ',
  generator: 'Rapport établi par la bibliothèque exercice-coordonne : chaque montant vient des textes cités, étape par étape.',
  legendTitle: 'Fiabilité des chiffres',
  legend:
    'Chaque chiffre porte la fiabilité de sa source : « vérifié » (texte officiel ou publication de l’Assurance Maladie), « non vérifié » (source secondaire ou sources en conflit), « hypothèse » (lecture de la bibliothèque faute de texte), « inconnu » (aucune source ne donne la valeur : elle a été fournie avec le calcul, ou le contrôle qui en dépend n’est pas fait), « fourni par l’appelant » (valeur donnée avec le calcul). Les chiffres non vérifiés, les hypothèses et les inconnues sont signalés en couleur ; la colonne « Fiabilité » d’une année donne le statut le moins sûr de ses étapes.',
  summary: 'En bref',
  years: 'Année par année',
  payments: 'Calendrier des versements',
  explanation: 'Explication du calcul',
  contractSteps: 'Le contrat',
  year: (n: string) => `Année ${n}`,
  exercise: (n: string) => `Exercice ${n}`,
  sources: 'Sources',
  figures: 'Chiffres lus',
  rejected: 'Écarté',
  total: 'Total',
  reliability: 'Fiabilité',
  chart: 'Graphique',
  noPayment: 'Aucun versement connu : le montant de l’année dépend de l’atteinte de l’objectif, non fournie.',
  unknownAmount: 'non connu',
  // assistant médical
  amTitle: 'Aide à l’emploi d’un assistant médical',
  regime: 'Texte applicable',
  option: 'Option',
  band: 'Tranche de patientèle de départ',
  eligibility: 'Éligibilité',
  eligible: 'Éligible',
  notEligible: 'Non éligible',
  toCheck: 'à vérifier',
  met: 'rempli',
  notMet: 'non rempli',
  objective: 'Objectif de patientèle',
  noObjective: 'Aucune année modulée par un objectif dans ce résultat.',
  ceilingVsAmount: 'Aide maximale et aide due, par année',
  ceiling: 'Aide maximale',
  amount: 'Aide due',
  contractTotal: 'Total du contrat',
  // MSP
  mspTitle: 'ACI MSP — rémunération de la maison de santé',
  indicators: 'Points par indicateur',
  points: 'Points',
  fixedPoints: 'Points fixes',
  variablePoints: 'Points variables',
  totalPoints: 'Total des points',
  remuneration: 'Rémunération',
  mspChart: 'Rémunération par exercice',
  prerequisitesMissing: 'Socle prérequis non atteint : aucune rémunération pour l’exercice. Manque :',
  // CPTS
  cptsTitle: 'ACI CPTS — financement de la communauté professionnelle territoriale de santé',
  parts: 'Parts par année',
  cptsChart: 'Financement par année, part par part',
  missionsOfYear: 'Missions',
  fonctionnement: 'Fonctionnement',
  startUp: 'Versement de démarrage',
  crisisBlock: 'Enveloppe de crise',
  fixedPart: 'part fixe',
  variablePart: 'part variable',
  paymentLines: 'Détail',
};

type Words = typeof FR;

const EN: Words = {
  colon: ': ',
  generator: 'Report made by the exercice-coordonne library: every amount comes from the texts cited, step by step.',
  legendTitle: 'How sure each figure is',
  legend:
    'Each figure carries the status of its source: “verified” (official text or Assurance Maladie publication), “unverified” (secondary source or sources in conflict), “assumption” (the library’s reading where no text says), “unknown” (no source gives the value: it was given with the computation, or the check that needs it is not made), “caller-supplied” (a value given with the computation). Unverified figures, assumptions and unknowns are highlighted; a year’s “Status” column gives the least certain status of its steps.',
  summary: 'At a glance',
  years: 'Year by year',
  payments: 'Payment timeline',
  explanation: 'How it was computed',
  contractSteps: 'The contract',
  year: (n: string) => `Year ${n}`,
  exercise: (n: string) => `Year ${n}`,
  sources: 'Sources',
  figures: 'Figures read',
  rejected: 'Rejected',
  total: 'Total',
  reliability: 'Status',
  chart: 'Chart',
  noPayment: 'No payment known yet: the year’s amount depends on the achievement of the objective, not given.',
  unknownAmount: 'not known',
  amTitle: 'Aid for employing a medical assistant',
  regime: 'Text',
  option: 'Option',
  band: 'Starting patientèle band',
  eligibility: 'Eligibility',
  eligible: 'Eligible',
  notEligible: 'Not eligible',
  toCheck: 'to check',
  met: 'met',
  notMet: 'not met',
  objective: 'Patientèle objective',
  noObjective: 'No year modulated by an objective in this result.',
  ceilingVsAmount: 'Maximum aid and aid due, by year',
  ceiling: 'Maximum aid',
  amount: 'Aid due',
  contractTotal: 'Contract total',
  mspTitle: 'ACI MSP — remuneration of the maison de santé',
  indicators: 'Points by indicator',
  points: 'Points',
  fixedPoints: 'Fixed points',
  variablePoints: 'Variable points',
  totalPoints: 'Total points',
  remuneration: 'Remuneration',
  mspChart: 'Remuneration by year',
  prerequisitesMissing: 'Core prerequisite not met: no remuneration for the year. Missing:',
  cptsTitle: 'ACI CPTS — funding of the communauté professionnelle territoriale de santé',
  parts: 'Parts by year',
  cptsChart: 'Funding by year, part by part',
  missionsOfYear: 'Missions',
  fonctionnement: 'Fonctionnement (operating)',
  startUp: 'Start-up payment',
  crisisBlock: 'Crisis block',
  fixedPart: 'fixed part',
  variablePart: 'variable part',
  paymentLines: 'Detail',
};

/** The words of a language. */
export function wordsOf(lang: Lang): Words {
  return lang === 'en' ? EN : FR;
}

export type { Words };
