/**
 * Every legal figure of the ACI CPTS (*accord conventionnel interprofessionnel en faveur du
 * développement de l’exercice coordonné et du déploiement des communautés professionnelles
 * territoriales de santé*, signed 20 June 2019, approved by the *arrêté* of 21 August 2019, JORF n°0196
 * of 24 August 2019) and of its *avenant 2* (signed 20 December 2021, approval notice JORF of 31 March
 * 2022), as dated, sourced parameters.
 *
 * Two versions of the text, as periods:
 * - `aci-2019`: from 25 August 2019 (entry into force; the sources say 24 or 25 August, see the note of
 *   `cpts.text`) to 31 March 2022;
 * - `avenant-2`: from 1 April 2022 (the day after the approval notice was published; an assumption, see
 *   the note of `cpts.text`), except its crisis mission, which takes effect on its own date
 *   (`cpts.crise.effective-date`).
 *
 * Status rule of the house (one for every scheme): a figure is `verified` only when an official
 * publication states it (the Journal officiel or a copy of its text, Légifrance, ameli.fr and the Cnam,
 * the ministry, an ARS and its PAPS portal, the HAS, the Senate); a figure read only in the press, on a
 * union, federation, URPS or CPTS site, in a thesis or in a signed contract is `unverified`, and so is one
 * on which official sources conflict (the note says how); a figure the library reasons its way to is an
 * `assumption`, its reasoning in the note; a figure nobody publishes is `unknown` (the caller passes it). Code reads these figures only through core `ParameterReader`, typed by each parameter's unit and
 * choices; a number's `range` bounds what an override may say (what the law can mean).
 *
 * The sources cited are in `sources.ts`. Fact sheet: /work/shared/reference/aci-cpts.md.
 */
import type { Label } from '../core/format.js';
import { parameter, table, type Parameter, type RuleReading, type Source } from '../core/parameters.js';
import { SOURCES } from './sources.js';

/** Date the ACI 2019 entered into force (JORF of 24 August 2019 per juriblio, « JO du 25 août » per the Cnam's note: see `cpts.text`). */
/**
 * Sanity bound of every euro figure of the scheme (fonctionnement, maximum, envelopes, crisis blocks): up to
 * 10 000 000 € a year, more than 17× the largest figure of the texts (580 000 €). Not a legal figure: it keeps
 * an override from making a CPTS's year absurd (any figure alone reached 100 000 000 €); every figure at its
 * bound at once keeps a year below 1 000 000 000 € (test/aci-cpts/hostile.test.ts). See docs/architecture.md.
 */
const EURO_RANGE = { max: '10000000' } as const;
const ACI_2019 = '2019-08-25';
/** Date from which the library applies avenant 2 (approval notice in the JORF of 31 March 2022). */
const AVENANT_2 = '2022-04-01';

/**
 * The six missions of the ACI CPTS, by short id (the law's words):
 * - `acces`: *faciliter l’accès aux soins* (médecin traitant, *soins non programmés*), socle;
 * - `parcours`: *organisation de parcours pluriprofessionnels autour du patient*, socle;
 * - `prevention`: *développement des actions territoriales de prévention*, socle;
 * - `crise`: *réponse aux crises sanitaires graves*, socle since avenant 2;
 * - `qualite`: *développement de la qualité et de la pertinence des soins*, optional (*complémentaire*);
 * - `accompagnement`: *accompagnement des professionnels de santé sur le territoire*, optional.
 */
export const MISSION_IDS = ['acces', 'parcours', 'prevention', 'crise', 'qualite', 'accompagnement'] as const;

/** A mission of the ACI CPTS (see {@link MISSION_IDS}). */
export type MissionId = (typeof MISSION_IDS)[number];

/** The versions of the text: the ACI of 2019 and its avenant 2. */
export const TEXTS = ['aci-2019', 'avenant-2'] as const;

/** A version of the text (`aci-2019` or `avenant-2`). */
export type TextVersion = (typeof TEXTS)[number];

/**
 * The largest population a size threshold (and a CPTS) may have, in inhabitants: no French territory a CPTS
 * covers comes near it (the most populous département has under 3 million inhabitants), so a figure beyond it
 * is a typing error. Not a legal figure: a bound of the library.
 */
export const MAX_POPULATION = 10_000_000;

/**
 * The longest contract the library accepts, in years: the bound of `cpts.contract.duration` (the texts
 * give five years; ten leaves room for a renewal rule without letting an override make thousands of years).
 */
export const MAX_CONTRACT_YEARS = 10;


const T3_CONTRACT_NOTE: Label = {
  fr: 'Lu dans deux contrats de taille 3 signés (CPTS RoViRa, 5e année du 15/04/2026 au 14/04/2027, et CPTS Drancy/Le Blanc-Mesnil/Le Bourget, 5e année du 19/12/2025 au 19/12/2026), identiques sur ce point, copies publiées dans un dépôt public ; non lu dans les tableaux du JO de l’avenant 2, qui n’ont pas pu être lus.',
  en: "Read in two signed taille-3 contracts (CPTS RoViRa, 5th year 15/04/2026–14/04/2027, and CPTS Drancy/Le Blanc-Mesnil/Le Bourget, 5th year 19/12/2025–19/12/2026), identical in both, copies published in a public repository; not read in the JO tables of avenant 2, which could not be read.",
};
const T3_2019_NOTE: Label = {
  fr: 'Le tableau par mission de l’ACI 2019, art. 8 (et du contrat type) n’a pas pu être lu ; un tableau qui circule de mémoire ne tombe pas juste avec les maxima publiés et n’est pas utilisé. Donnez les enveloppes du contrat signé (contract.envelopes).',
  en: 'The per-mission table of ACI 2019 art. 8 (and of the contrat type) could not be read; a table circulating from memory does not add up to the published maxima and is not used. Pass the signed contract’s envelopes (contract.envelopes).',
};

// ---------------------------------------------------------------------------------------------------
// Versions of the text
// ---------------------------------------------------------------------------------------------------

/** Which text governs a date: `aci-2019` or `avenant-2`. */
export const textInForce = parameter({
  id: 'cpts.text',
  label: { fr: 'Texte applicable (ACI CPTS 2019 ou avenant 2)', en: 'Text in force (ACI CPTS 2019 or avenant 2)' },
  unit: 'choice',
  choices: TEXTS,
  periods: [
    {
      from: ACI_2019,
      until: AVENANT_2,
      value: 'aci-2019',
      status: 'unverified',
      sources: [SOURCES.aciArt9, SOURCES.cnamNote2019, SOURCES.centresDeSante],
      note: {
        fr: 'Les sources officielles divergent sur la date : la copie du JORF de juriblio (et Evin avocats) donnent l’arrêté du 21 août 2019 au JORF n°0196 du 24 août 2019, donc en vigueur le 25 août ; la note de l’Assurance Maladie présentant l’ACI dit « arrêté du 21 août 2019 JO du 25 août 2019 ». L’USMCS donne une entrée en vigueur le 25 août 2019, retenue ici ; seul un contrat signé le 25 août 2019 pourrait dépendre de ce conflit.',
        en: 'Official sources conflict on the date: the juriblio copy of the JORF (and Evin avocats) give the arrêté of 21 August 2019 in the JORF n°0196 of 24 August 2019, so in force on 25 August; the Assurance Maladie’s note presenting the ACI says « arrêté du 21 août 2019 JO du 25 août 2019 ». USMCS gives entry into force on 25 August 2019, used here; only a contract signed on 25 August 2019 could depend on the conflict.',
      },
    },
    {
      from: AVENANT_2,
      value: 'avenant-2',
      status: 'assumption',
      sources: [SOURCES.legifranceAvenant2, SOURCES.ameliAvenant2],
      note: {
        fr: 'L’avenant 2 a été signé le 20 décembre 2021 et son avis d’approbation publié au JORF du 31 mars 2022 ; la bibliothèque l’applique à partir du lendemain, le 1er avril 2022 (aucune source ne donne la date d’effet de ses montants). Sa mission de crise prend effet plus tard, à sa propre date (cpts.crise.effective-date). Une année de contrat suit le texte en vigueur à son premier jour. Aucun avenant 3 ni renouvellement de l’ACI après son terme de cinq ans n’a été trouvé.',
        en: 'Avenant 2 was signed on 20 December 2021 and its approval notice published in the JORF of 31 March 2022; the library applies it from the next day, 1 April 2022 (no source states the date of effect of its amounts). Its crisis mission takes effect later, on its own date (cpts.crise.effective-date). A contract year uses the text in force on its first day. No avenant 3 or renewal of the ACI after its five-year term was found.',
      },
    },
  ],
});

// ---------------------------------------------------------------------------------------------------
// Contract
// ---------------------------------------------------------------------------------------------------

/** Length of a CPTS contract (*contrat tripartite* CPTS–CPAM–ARS), in years. */
export const contractDuration = parameter({
  id: 'cpts.contract.duration',
  label: { fr: 'Durée du contrat tripartite', en: 'Length of the tripartite contract' },
  unit: 'years',
  range: { min: '1', max: String(MAX_CONTRACT_YEARS) },
  periods: [
    {
      from: ACI_2019,
      value: '5',
      status: 'unverified',
      sources: [SOURCES.concoursPluriproAci],
      note: {
        fr: 'Cinq ans selon la presse ; l’article du contrat type sur sa durée n’a pas été lu.',
        en: 'Five years per the press; the contrat type article on its length was not read.',
      },
    },
  ],
});

// ---------------------------------------------------------------------------------------------------
// Size classes (tailles)
// ---------------------------------------------------------------------------------------------------

const SIZE_SOURCES = [SOURCES.papsHdf, SOURCES.espaceInfirmier, SOURCES.quotidienBaBa];
const SIZE_NOTE: Label = {
  fr: 'La page PAPS de l’ARS Hauts-de-France (mise à jour le 30/11/2023) donne les tailles ainsi : « < 40 000 habitants », « Entre 40 et 80 000 », « Entre 80 et 175 000 », « > 175 000 habitants » ; la presse concorde. L’ACI 2019, art. 8, lui-même n’a pas été lu. Le projet d’avril 2019 retenait 40 000 / 70 000 / 250 000 (abandonné depuis).',
  en: 'The ARS Hauts-de-France PAPS page (updated 30/11/2023) gives the sizes as « < 40 000 habitants », « Entre 40 et 80 000 », « Entre 80 et 175 000 », « > 175 000 habitants »; the press agrees. ACI 2019 art. 8 itself was not read. The April 2019 draft used 40 000 / 70 000 / 250 000 (superseded).',
};

function threshold<const Id extends string>(id: Id, between: { fr: string; en: string }, value: string) {
  return parameter({
    id,
    label: { fr: `Seuil de population entre les tailles ${between.fr}`, en: `Population threshold between sizes ${between.en}` },
    unit: 'count',
    range: { min: '1', max: String(MAX_POPULATION) },
    periods: [{ from: ACI_2019, value, status: 'verified', sources: SIZE_SOURCES, note: SIZE_NOTE }],
  });
}

/** Population threshold between size 1 and size 2 (habitants). */
export const sizeThreshold12 = threshold('cpts.size.threshold.1-2', { fr: '1 et 2', en: '1 and 2' }, '40000');
/** Population threshold between size 2 and size 3 (habitants). */
export const sizeThreshold23 = threshold('cpts.size.threshold.2-3', { fr: '2 et 3', en: '2 and 3' }, '80000');
/** Population threshold between size 3 and size 4 (habitants). */
export const sizeThreshold34 = threshold('cpts.size.threshold.3-4', { fr: '3 et 4', en: '3 and 4' }, '175000');

/** How the sources support the reading of a population exactly at a threshold. */
type BoundaryEvidence = { readonly status: 'unverified' | 'assumption'; readonly note: Label };

function atThreshold<const Id extends string>(id: Id, between: { fr: string; en: string }, value: 'lower' | 'upper', evidence: BoundaryEvidence) {
  return parameter({
    id,
    label: {
      fr: `Taille d’une population égale au seuil entre les tailles ${between.fr} (lower = la plus petite, upper = la plus grande)`,
      en: `Size of a population exactly at the threshold between sizes ${between.en} (lower = smaller size, upper = larger size)`,
    },
    unit: 'choice',
    choices: ['lower', 'upper'],
    periods: [
      {
        from: ACI_2019,
        value,
        status: evidence.status,
        sources: SIZE_SOURCES,
        note: evidence.note,
      },
    ],
  });
}

const BOUNDARY_UNVERIFIED: Label = {
  fr: 'Lu dans un seul tableau de synthèse régional (pas dans l’ACI 2019, art. 8, qui n’a pas été lu), dont les autres lignes, « Entre 40 et 80 000 » et « Entre 80 et 175 000 », laissent leurs propres bornes ouvertes : les signes d’une synthèse ne disent pas où tombe la limite ; la lecture reste donc non vérifiée.',
  en: 'Read in one regional summary table (not in ACI 2019 art. 8, which was not read), whose other rows, « Entre 40 et 80 000 » and « Entre 80 et 175 000 », leave their own ends open: the signs of a summary are not a statement of where the boundary falls, so the reading stays unverified.',
};

/** Whether exactly 40 000 inhabitants is size 1 (`lower`) or size 2 (`upper`). */
export const atSizeThreshold12 = atThreshold('cpts.size.at-threshold.1-2', { fr: '1 et 2', en: '1 and 2' }, 'upper', {
  status: 'unverified',
  note: {
    fr: `La taille 1 est « < 40 000 habitants » (page PAPS de l’ARS Hauts-de-France, mise à jour le 30/11/2023 ; la presse écrit « moins de 40 000 ») ; 40 000 est donc en taille 2. ${BOUNDARY_UNVERIFIED.fr}`,
    en: `Size 1 is « < 40 000 habitants » (ARS Hauts-de-France PAPS page, updated 30/11/2023; the press writes « moins de 40 000 »), so 40 000 is size 2. ${BOUNDARY_UNVERIFIED.en}`,
  },
});
/** Whether exactly 80 000 inhabitants is size 2 (`lower`) or size 3 (`upper`). */
export const atSizeThreshold23 = atThreshold('cpts.size.at-threshold.2-3', { fr: '2 et 3', en: '2 and 3' }, 'upper', {
  status: 'assumption',
  note: {
    fr: 'Aucune source lue ne dit à quelle taille appartiennent exactement 80 000 habitants (« Entre 40 et 80 000 », « Entre 80 et 175 000 »). Lecture retenue : chaque tranche inclut sa borne inférieure, comme la taille 2 qui commence à 40 000 (cpts.size.at-threshold.1-2) ; 80 000 est donc en taille 3.',
    en: 'No source read says which size exactly 80 000 inhabitants belongs to (« Entre 40 et 80 000 », « Entre 80 et 175 000 »). Reading used: each band includes its lower bound, like size 2 starting at 40 000 (cpts.size.at-threshold.1-2), so 80 000 is size 3.',
  },
});
/** Whether exactly 175 000 inhabitants is size 3 (`lower`) or size 4 (`upper`). */
export const atSizeThreshold34 = atThreshold('cpts.size.at-threshold.3-4', { fr: '3 et 4', en: '3 and 4' }, 'lower', {
  status: 'unverified',
  note: {
    fr: `La taille 4 est « > 175 000 habitants » (page PAPS de l’ARS Hauts-de-France, mise à jour le 30/11/2023 ; la presse écrit « plus de 175 000 ») ; 175 000 est donc en taille 3. ${BOUNDARY_UNVERIFIED.fr}`,
    en: `Size 4 is « > 175 000 habitants » (ARS Hauts-de-France PAPS page, updated 30/11/2023; the press writes « plus de 175 000 »), so 175 000 is size 3. ${BOUNDARY_UNVERIFIED.en}`,
  },
});

// ---------------------------------------------------------------------------------------------------
// Fonctionnement
// ---------------------------------------------------------------------------------------------------

const FONCTIONNEMENT_NOTE: Label = {
  fr: 'Montant par taille lu dans la presse seulement (Le Concours médical, septembre 2020 : les chiffres de départ de la négociation de l’avenant 2, 50 000 / 60 000 / 75 000 / 90 000 € pour les tailles 1 à 4) ; le rapport du Sénat ne donne que la fourchette « entre 50 000 et 90 000 euros », sans dire quelle taille reçoit quel montant. L’ACI 2019, art. 8, lui-même n’a pas été lu. Le « booster » de l’avenant 2 (+50 % puis +75 % dans les projets de 2020) n’est pas modélisé : ses montants définitifs et son caractère récurrent ou non sont inconnus.',
  en: 'Per-size amount read in the press only (Le Concours médical, September 2020: the starting figures of the avenant-2 negotiation, 50 000 / 60 000 / 75 000 / 90 000 € for sizes 1 to 4); the Senate report gives only the range « entre 50 000 et 90 000 euros », not which size gets which amount. ACI 2019 art. 8 itself was not read. The avenant-2 "booster" (+50 % then +75 % in the 2020 drafts) is not modelled: final amounts and whether it recurs are unknown.',
};

/** Yearly *fonctionnement* (operating) envelope, size 1. */
export const fonctionnementT1 = parameter({
  id: 'cpts.fonctionnement.t1',
  label: { fr: 'Enveloppe annuelle de fonctionnement, taille 1', en: 'Yearly operating (fonctionnement) envelope, size 1' },
  unit: 'EUR',
  range: EURO_RANGE,
  periods: [{ from: ACI_2019, value: '50000', status: 'unverified', sources: [SOURCES.concoursMedical2020, SOURCES.senatR25032], note: FONCTIONNEMENT_NOTE }],
});
/** Yearly *fonctionnement* envelope, size 2. */
export const fonctionnementT2 = parameter({
  id: 'cpts.fonctionnement.t2',
  label: { fr: 'Enveloppe annuelle de fonctionnement, taille 2', en: 'Yearly operating (fonctionnement) envelope, size 2' },
  unit: 'EUR',
  range: EURO_RANGE,
  periods: [{ from: ACI_2019, value: '60000', status: 'unverified', sources: [SOURCES.concoursMedical2020, SOURCES.senatR25032], note: FONCTIONNEMENT_NOTE }],
});
/** Yearly *fonctionnement* envelope, size 3. */
export const fonctionnementT3 = parameter({
  id: 'cpts.fonctionnement.t3',
  label: { fr: 'Enveloppe annuelle de fonctionnement, taille 3', en: 'Yearly operating (fonctionnement) envelope, size 3' },
  unit: 'EUR',
  range: EURO_RANGE,
  periods: [{ from: ACI_2019, value: '75000', status: 'unverified', sources: [SOURCES.concoursMedical2020, SOURCES.senatR25032], note: FONCTIONNEMENT_NOTE }],
});
/** Yearly *fonctionnement* envelope, size 4. */
export const fonctionnementT4 = parameter({
  id: 'cpts.fonctionnement.t4',
  label: { fr: 'Enveloppe annuelle de fonctionnement, taille 4', en: 'Yearly operating (fonctionnement) envelope, size 4' },
  unit: 'EUR',
  range: EURO_RANGE,
  periods: [{ from: ACI_2019, value: '90000', status: 'unverified', sources: [SOURCES.concoursMedical2020, SOURCES.senatR25032], note: FONCTIONNEMENT_NOTE }],
});

// ---------------------------------------------------------------------------------------------------
// Yearly maxima (fonctionnement + every mission, fixed and variable, SNP funding included)
// ---------------------------------------------------------------------------------------------------

const MAX_2019_NOTE: Label = {
  fr: 'Montant annuel maximal, toutes missions (optionnelles comprises) et fonctionnement, « montants maximum (qui incluent le financement spécifique lié à l’organisation des soins non programmés) », lu dans la presse ; l’ACI 2019, art. 8, lui-même n’a pas été lu.',
  en: 'Maximum yearly amount, all missions (optional ones included) and fonctionnement, "montants maximum (qui incluent le financement spécifique lié à l’organisation des soins non programmés)", read in the press; ACI 2019 art. 8 itself was not read.',
};
const MAX_AV2_UNKNOWN_NOTE: Label = {
  fr: 'L’avenant 2 a augmenté le financement (mission de crise, revalorisation de l’accès aux soins) ; les contrats de taille 3 signés atteignent 397 500 € sans crise et 465 000 € avec une crise, au-dessus du maximum 2019 de 370 000 € ; le chiffre de 2019 ne tient donc plus. Le maximum de cette taille après l’avenant 2 n’a pas été trouvé ; sans lui, la bibliothèque ne contrôle pas les enveloppes (donnez-le dans overrides pour qu’elles soient contrôlées).',
  en: 'Avenant 2 raised the funding (crisis mission, access revaluation); the signed taille-3 contracts reach 397 500 € without crisis and 465 000 € with one, above the 2019 maximum of 370 000 €, so the 2019 figure no longer holds. The post-avenant-2 maximum of this size was not found; without it the library does not check the envelopes (pass it as an override to have them checked).',
};

function maximum<const Id extends string>(id: Id, size: string, value2019: string, av2: { value?: string; note: Label; sources: Source[] }) {
  return parameter({
    id,
    label: {
      fr: `Montant annuel maximum (fonctionnement et toutes missions), taille ${size}`,
      en: `Maximum yearly amount (fonctionnement and every mission), size ${size}`,
    },
    unit: 'EUR',
    range: EURO_RANGE,
    periods: [
      { from: ACI_2019, until: AVENANT_2, value: value2019, status: 'unverified', sources: [SOURCES.quotidienBaBa], note: MAX_2019_NOTE },
      av2.value === undefined
        ? { from: AVENANT_2, status: 'unknown', sources: [], note: av2.note }
        : { from: AVENANT_2, value: av2.value, status: 'unverified', sources: av2.sources, note: av2.note },
    ],
  });
}

/** Yearly maximum, size 1 (ACI 2019: 220 000 €; after avenant 2: unknown). */
export const maximumT1 = maximum('cpts.maximum.t1', '1', '220000', { note: MAX_AV2_UNKNOWN_NOTE, sources: [] });
/** Yearly maximum, size 2 (ACI 2019: 287 000 €; after avenant 2: unknown). */
export const maximumT2 = maximum('cpts.maximum.t2', '2', '287000', { note: MAX_AV2_UNKNOWN_NOTE, sources: [] });
/** Yearly maximum, size 3 (ACI 2019: 370 000 €; after avenant 2: unknown). */
export const maximumT3 = maximum('cpts.maximum.t3', '3', '370000', { note: MAX_AV2_UNKNOWN_NOTE, sources: [] });
/** Yearly maximum, size 4 (ACI 2019: 450 000 €; after avenant 2: 580 000 €). */
export const maximumT4 = maximum('cpts.maximum.t4', '4', '450000', {
  value: '580000',
  sources: [SOURCES.informationDentaire, SOURCES.pharmacienMesures, SOURCES.concoursPluriproBudget],
  note: {
    fr: '« Il peut à présent atteindre 580 000 euros, contre 450 000 euros précédemment » pour les CPTS de plus de 175 000 habitants ayant déployé toutes les missions ; lu dans la presse après la signature, pas dans l’avenant lui-même. La bibliothèque le compare au fonctionnement + toutes les enveloppes fixes et variables + le montant de rédaction du plan de crise + l’enveloppe de crise.',
    en: '"Il peut à présent atteindre 580 000 euros, contre 450 000 euros précédemment" for CPTS of more than 175 000 inhabitants with every mission deployed; read in the press after signature, not in the avenant itself. The library compares it with fonctionnement + every fixed and variable envelope + the crisis plan-writing amount + the crisis block.',
  },
});

// ---------------------------------------------------------------------------------------------------
// Missions and their calendar
// ---------------------------------------------------------------------------------------------------

/** The *missions socles* (compulsory missions) of the text in force. */
export const socleMissions = parameter({
  id: 'cpts.missions.socle',
  label: { fr: 'Missions socles', en: 'Compulsory (socle) missions' },
  unit: 'list',
  choices: MISSION_IDS,
  periods: [
    {
      from: ACI_2019,
      until: AVENANT_2,
      value: ['acces', 'parcours', 'prevention'],
      status: 'unverified',
      sources: [SOURCES.quotidienBaBa, SOURCES.papsHdf],
      note: {
        fr: 'Accès aux soins, parcours pluriprofessionnels, prévention : selon la presse ; la page PAPS de l’ARS (2023) liste les quatre missions socles actuelles, ameli dit que l’avenant 2 a ajouté celle de crise ; la liste de 2019 est donc déduite de deux pages officielles plutôt que lue dans une seule (ACI 2019, art. 3 à 6, non lus).',
        en: 'Accès aux soins, parcours pluriprofessionnels, prévention: per the press; the ARS PAPS page (2023) lists today’s four socle missions, ameli says avenant 2 added the crisis one, so the 2019 list is inferred from two official pages rather than read in one (ACI 2019 art. 3–6 not read).',
      },
    },
    {
      from: AVENANT_2,
      value: ['acces', 'parcours', 'prevention', 'crise'],
      status: 'verified',
      sources: [SOURCES.ameliAvenant2, SOURCES.legifranceAvenant2],
      note: {
        fr: '« La CPTS doit ainsi répondre désormais à 4 missions socles obligatoires » (ameli) ; la mission de crise (« réponse aux crises sanitaires graves ») est la nouvelle.',
        en: '"La CPTS doit ainsi répondre désormais à 4 missions socles obligatoires" (ameli); the crisis mission ("réponse aux crises sanitaires graves") is the new one.',
      },
    },
  ],
});

/** The *missions complémentaires* (optional missions). */
export const optionalMissions = parameter({
  id: 'cpts.missions.optional',
  label: { fr: 'Missions complémentaires (optionnelles)', en: 'Optional (complémentaires) missions' },
  unit: 'list',
  choices: MISSION_IDS,
  periods: [
    {
      from: ACI_2019,
      value: ['qualite', 'accompagnement'],
      status: 'unverified',
      sources: [SOURCES.papsHdf, SOURCES.quotidienBaBa],
      note: {
        fr: 'Qualité et pertinence des soins : optionnelle (« Complémentaire (optionnel) ») sur la page PAPS de l’ARS ; accompagnement des professionnels de santé : selon la presse (la partie de la page de l’ARS qui la liste n’a pas pu être lue).',
        en: 'Qualité et pertinence des soins: optional (« Complémentaire (optionnel) ») on the ARS PAPS page; accompagnement des professionnels de santé: per the press (the part of the ARS page that lists it could not be read).',
      },
    },
  ],
});

const DEADLINE_NOTE: Label = {
  fr: 'Mois après la signature du contrat : « Délai pour le démarrage de la mission après la signature du contrat » et « Délai maximum pour le déploiement » dans le tableau PAPS de l’ARS Hauts-de-France (mis à jour le 30/11/2023) ; Medaviz concorde. Le projet d’avril 2019 (6/12 mois) a été abandonné.',
  en: 'Months after the contract signature: « Délai pour le démarrage de la mission après la signature du contrat » and « Délai maximum pour le déploiement » in the ARS Hauts-de-France PAPS table (updated 30/11/2023); Medaviz agrees. The April 2019 draft (6/12 months) was superseded.',
};

function deadline<const Id extends string>(id: Id, what: { fr: string; en: string }, value: string, from: string, note = DEADLINE_NOTE) {
  return parameter({
    id,
    label: what,
    unit: 'months',
    // A deadline falls within the longest contract the library accepts.
    range: { min: '1', max: String(MAX_CONTRACT_YEARS * 12) },
    periods: [{ from, value, status: 'verified', sources: [SOURCES.papsHdf, SOURCES.medaviz], note }],
  });
}

const CRISIS_DEADLINE_NOTE: Label = {
  fr: `${DEADLINE_NOTE.fr} Pour un contrat signé avant la prise d’effet de la mission de crise, les mois courent à partir de cette date (cpts.crise.effective-date ; lecture cpts.rule.crisis-deadlines).`,
  en: `${DEADLINE_NOTE.en} For a contract signed before the crisis mission took effect the months run from that date (cpts.crise.effective-date; reading cpts.rule.crisis-deadlines).`,
};

/**
 * The date the crisis mission (*réponse aux crises sanitaires graves*) takes effect: the mission cannot
 * start before it, and the deadlines of a contract signed before it count from it.
 */
export const criseEffectiveDate = parameter({
  id: 'cpts.crise.effective-date',
  label: {
    fr: 'Mission de réponse aux crises sanitaires graves : date d’entrée en vigueur',
    en: 'Mission of response to serious health crises: date it takes effect',
  },
  unit: 'date',
  periods: [
    {
      from: AVENANT_2,
      value: '2022-09-03',
      status: 'unverified',
      sources: [SOURCES.cptsDuVal, SOURCES.cptsAutourDuBois],
      note: {
        fr: '« Cette mission entrera en vigueur à compter du 3 septembre 2022 » (CPTS du Val ; la CPTS autour du Bois dit de même) : deux sites de CPTS, pas une publication officielle ; l’avenant 2 lui-même (JORF du 31 mars 2022) n’a pas pu être lu. Le reste de l’avenant 2 s’applique à partir du 1er avril 2022 (cpts.text). Une mission de crise démarrant plus tôt est refusée ; dans une année de contrat commencée avant cette date, la mission lit ses enveloppes à sa propre date de démarrage et sa part fixe est proratisée à partir de celle-ci, comme toute mission qu’ajoute un texte ultérieur.',
        en: '« Cette mission entrera en vigueur à compter du 3 septembre 2022 » (CPTS du Val; CPTS autour du Bois says the same): two CPTS sites, not an official publication; avenant 2 itself (JORF of 31 March 2022) could not be read. The rest of avenant 2 applies from 1 April 2022 (cpts.text). A crisis mission starting earlier is refused; in a contract year that began before this date the mission reads its envelopes on its own start date and its fixed part is prorated from it, like any mission a later text adds.',
      },
    },
  ],
});

/** *Accès aux soins*: months after signature to start the mission. */
export const deadlineAccesStart = deadline('cpts.deadline.acces.start', { fr: 'Accès aux soins : démarrage (mois après signature)', en: 'Access to care: start (months after signature)' }, '6', ACI_2019);
/** *Accès aux soins*: months after signature to have the mission fully deployed. */
export const deadlineAccesDeployed = deadline('cpts.deadline.acces.deployed', { fr: 'Accès aux soins : déploiement (mois après signature)', en: 'Access to care: full deployment (months after signature)' }, '18', ACI_2019);
/** *Parcours pluriprofessionnels*: months after signature to start. */
export const deadlineParcoursStart = deadline('cpts.deadline.parcours.start', { fr: 'Parcours pluriprofessionnels : démarrage (mois après signature)', en: 'Care pathways: start (months after signature)' }, '12', ACI_2019);
/** *Parcours pluriprofessionnels*: months after signature to be deployed. */
export const deadlineParcoursDeployed = deadline('cpts.deadline.parcours.deployed', { fr: 'Parcours pluriprofessionnels : déploiement (mois après signature)', en: 'Care pathways: full deployment (months after signature)' }, '24', ACI_2019);
/** *Prévention*: months after signature to start. */
export const deadlinePreventionStart = deadline('cpts.deadline.prevention.start', { fr: 'Prévention : démarrage (mois après signature)', en: 'Prevention: start (months after signature)' }, '12', ACI_2019);
/** *Prévention*: months after signature to be deployed. */
export const deadlinePreventionDeployed = deadline('cpts.deadline.prevention.deployed', { fr: 'Prévention : déploiement (mois après signature)', en: 'Prevention: full deployment (months after signature)' }, '24', ACI_2019);
/** *Réponse aux crises sanitaires graves* (avenant 2): months to start. */
export const deadlineCriseStart = deadline('cpts.deadline.crise.start', { fr: 'Crises sanitaires graves : démarrage (mois après signature)', en: 'Health crises: start (months after signature)' }, '6', AVENANT_2, CRISIS_DEADLINE_NOTE);
/** *Réponse aux crises sanitaires graves* (avenant 2): months to be deployed. */
export const deadlineCriseDeployed = deadline('cpts.deadline.crise.deployed', { fr: 'Crises sanitaires graves : déploiement (mois après signature)', en: 'Health crises: full deployment (months after signature)' }, '18', AVENANT_2, CRISIS_DEADLINE_NOTE);

// ---------------------------------------------------------------------------------------------------
// Size-3 envelopes (the only size whose per-mission figures are known, and only after avenant 2)
// ---------------------------------------------------------------------------------------------------

function t3Envelope<const Id extends string>(id: Id, what: { fr: string; en: string }, value: string) {
  return parameter({
    id,
    label: what,
    unit: 'EUR',
    range: EURO_RANGE,
    periods: [
      { from: ACI_2019, until: AVENANT_2, status: 'unknown', sources: [], note: T3_2019_NOTE },
      { from: AVENANT_2, value, status: 'unverified', sources: [SOURCES.t3Contracts], note: T3_CONTRACT_NOTE },
    ],
  });
}

/** Size 3, *accès aux soins*, yearly fixed envelope (*part fixe*, SNP/SAS funding very probably included). */
export const t3AccesFixed = t3Envelope('cpts.envelope.t3.acces.fixed', { fr: 'Taille 3 — accès aux soins, part fixe annuelle', en: 'Size 3 — access to care, yearly fixed part' }, '90000');
/** Size 3, *accès aux soins*, yearly variable envelope (*part variable* maximum). */
export const t3AccesVariable = t3Envelope('cpts.envelope.t3.acces.variable', { fr: 'Taille 3 — accès aux soins, part variable maximale', en: 'Size 3 — access to care, maximum variable part' }, '35000');
/** Size 3, *parcours pluriprofessionnels*, yearly fixed envelope. */
export const t3ParcoursFixed = t3Envelope('cpts.envelope.t3.parcours.fixed', { fr: 'Taille 3 — parcours pluriprofessionnels, part fixe annuelle', en: 'Size 3 — care pathways, yearly fixed part' }, '45000');
/** Size 3, *parcours pluriprofessionnels*, yearly variable envelope. */
export const t3ParcoursVariable = t3Envelope('cpts.envelope.t3.parcours.variable', { fr: 'Taille 3 — parcours pluriprofessionnels, part variable maximale', en: 'Size 3 — care pathways, maximum variable part' }, '45000');
/** Size 3, *prévention*, yearly fixed envelope. */
export const t3PreventionFixed = t3Envelope('cpts.envelope.t3.prevention.fixed', { fr: 'Taille 3 — prévention, part fixe annuelle', en: 'Size 3 — prevention, yearly fixed part' }, '17500');
/** Size 3, *prévention*, yearly variable envelope. */
export const t3PreventionVariable = t3Envelope('cpts.envelope.t3.prevention.variable', { fr: 'Taille 3 — prévention, part variable maximale', en: 'Size 3 — prevention, maximum variable part' }, '17500');
/** Size 3, *qualité et pertinence des soins* (optional), yearly fixed envelope. */
export const t3QualiteFixed = t3Envelope('cpts.envelope.t3.qualite.fixed', { fr: 'Taille 3 — qualité et pertinence, part fixe annuelle', en: 'Size 3 — quality and relevance, yearly fixed part' }, '15000');
/** Size 3, *qualité et pertinence des soins* (optional), yearly variable envelope. */
export const t3QualiteVariable = t3Envelope('cpts.envelope.t3.qualite.variable', { fr: 'Taille 3 — qualité et pertinence, part variable maximale', en: 'Size 3 — quality and relevance, maximum variable part' }, '15000');
/** Size 3, *accompagnement des professionnels de santé* (optional), yearly fixed envelope. */
export const t3AccompagnementFixed = t3Envelope('cpts.envelope.t3.accompagnement.fixed', { fr: 'Taille 3 — accompagnement des professionnels, part fixe annuelle', en: 'Size 3 — support to professionals, yearly fixed part' }, '10000');
/** Size 3, *accompagnement des professionnels de santé* (optional), yearly variable envelope. */
export const t3AccompagnementVariable = t3Envelope('cpts.envelope.t3.accompagnement.variable', { fr: 'Taille 3 — accompagnement des professionnels, part variable maximale', en: 'Size 3 — support to professionals, maximum variable part' }, '10000');

/** Size 3, crisis mission: amount for writing the crisis plan, the mission's first year. */
export const t3CrisePlanWriting = parameter({
  id: 'cpts.envelope.t3.crise.plan-writing',
  label: { fr: 'Taille 3 — crises sanitaires, rédaction du plan (1re année de la mission)', en: 'Size 3 — health crises, writing the plan (first year of the mission)' },
  unit: 'EUR',
  range: EURO_RANGE,
  periods: [
    {
      from: AVENANT_2,
      value: '45000',
      status: 'assumption',
      sources: [SOURCES.t3Contracts, SOURCES.quotidienCriseDraft],
      note: {
        fr: 'Déduction de la bibliothèque, lue nulle part : les contrats de taille 3 signés versent 22 500 € par an pour la mise à jour du plan, et les mises à jour sont payées 50 % du montant de la première année (cpts.crise.update-ratio, d’après les projets) ; la première année vaut donc 45 000 € ; cohérent avec la fourchette du projet d’octobre 2021 « de 25 000 euros pour les plus petites CPTS à 50 000 euros pour les plus grandes ».',
        en: 'The library’s inference, read nowhere: the signed taille-3 contracts pay 22 500 € a year for updating the plan, and updates are paid 50 % of the first-year amount (cpts.crise.update-ratio, from the drafts), so the first year is 45 000 €; consistent with the October 2021 draft range "de 25 000 euros pour les plus petites CPTS à 50 000 euros pour les plus grandes".',
      },
    },
  ],
});
/** Size 3, crisis mission: block paid when the ARS recognises a *crise sanitaire grave*. */
export const t3CriseCrisisBlock = parameter({
  id: 'cpts.envelope.t3.crise.crisis-block',
  label: { fr: 'Taille 3 — crises sanitaires, enveloppe en cas de crise reconnue par l’ARS', en: 'Size 3 — health crises, block paid when the ARS recognises a crisis' },
  unit: 'EUR',
  range: EURO_RANGE,
  periods: [{ from: AVENANT_2, value: '67500', status: 'unverified', sources: [SOURCES.t3Contracts, SOURCES.whatsupdocCrise], note: T3_CONTRACT_NOTE }],
});

// ---------------------------------------------------------------------------------------------------
// Payment rules
// ---------------------------------------------------------------------------------------------------

/** Share of each year's amount paid as an advance (*avance de 75 %*). */
export const advanceRatio = parameter({
  id: 'cpts.payment.advance-ratio',
  label: { fr: "Part versée en avance (début d’année ou démarrage d’une mission)", en: 'Share paid in advance (start of the year or of a mission)' },
  unit: 'ratio',
  periods: [
    {
      from: ACI_2019,
      value: '0.75',
      status: 'verified',
      sources: [SOURCES.aciArt9, SOURCES.contratTypeArt6, SOURCES.senatR25032],
      note: {
        fr: '« une avance d’un montant de 75 % de la somme totale due est versée au début de chaque année » (art. 9.1) ; « une avance d’un montant de 75 % de l’enveloppe allouée aux moyens déployés pour la mission dite « enveloppe fixe » » (contrat type, art. 6.2).',
        en: '"une avance d’un montant de 75 % de la somme totale due est versée au début de chaque année" (art. 9.1); "une avance d’un montant de 75 % de l’enveloppe allouée aux moyens déployés pour la mission dite « enveloppe fixe »" (contrat type art. 6.2).',
      },
    },
  ],
});

/** Crisis mission: yearly plan update paid as a share of the plan-writing amount. */
export const criseUpdateRatio = parameter({
  id: 'cpts.crise.update-ratio',
  label: { fr: 'Crises sanitaires : mise à jour annuelle du plan, en part du montant de rédaction', en: 'Health crises: yearly plan update, as a share of the plan-writing amount' },
  unit: 'ratio',
  periods: [
    {
      from: AVENANT_2,
      value: '0.5',
      status: 'unverified',
      sources: [SOURCES.whatsupdocCrise, SOURCES.quotidienCriseDraft, SOURCES.t3Contracts],
      note: {
        fr: 'La règle des 50 % pour les mises à jour des années suivantes est rapportée d’après les projets de l’avenant 2 et concorde avec les contrats de taille 3 (22 500 € = 50 % de 45 000 €) ; elle n’a pas été lue dans le texte signé.',
        en: 'The 50 % rule for the following years’ updates is reported from the avenant-2 drafts and fits the taille-3 contracts (22 500 € = 50 % of 45 000 €); it was not read in the signed text.',
      },
    },
  ],
});

/** Whether the *fonctionnement* paid in full at signature is contract year 1's yearly amount. */
export const signatureIsYear1Fonctionnement = parameter({
  id: 'cpts.payment.signature-is-year-1-fonctionnement',
  label: {
    fr: "Le fonctionnement versé à la signature tient lieu de fonctionnement de l’année 1",
    en: 'The fonctionnement paid at signature is contract year 1’s yearly fonctionnement',
  },
  unit: 'boolean',
  periods: [
    {
      from: ACI_2019,
      value: true as boolean,
      status: 'assumption',
      sources: [SOURCES.aciArt9, SOURCES.contratTypeArt6],
      note: {
        fr: 'L’art. 9.1 distingue le montant versé « avant le démarrage des missions », en totalité à la signature, du montant annuel versé « à partir du démarrage des missions » à chaque date anniversaire (avance de 75 %, solde avec le solde de l’année précédente). Le versement de signature est-il le montant annuel de la 1re année (true : année 1 = le versement de signature, le 1er anniversaire verse l’avance de la 2e année) ou un versement de démarrage en plus d’un montant de 1re année (false : la 1re année a aussi un montant annuel, proratisé à partir du démarrage de la première mission comme une part fixe) ? Ce n’est pas tranché ; l’art. 7.2 n’a pas été lu.',
        en: 'Art. 9.1 separates the amount paid "avant le démarrage des missions", in full at signature, from the yearly amount paid "à partir du démarrage des missions" at each anniversary (75 % advance, balance with the previous year’s balance). Whether the signature payment is year 1’s yearly amount (true: year 1 = the signature payment, anniversary 1 pays the year-2 advance) or a start-up payment on top of a year-1 amount (false: year 1 also has a yearly amount, prorated from the first mission’s start like a fixed part) is not settled; art. 7.2 was not read.',
      },
    },
  ],
});

/** Unit of the prorata of a mission's first fixed payment (*proratisé en fonction de la durée*). */
export const prorataUnit = parameter({
  id: 'cpts.payment.prorata-unit',
  label: {
    fr: "Unité du prorata de la première année d’une mission (jours ou mois entamés)",
    en: 'Unit of the prorata of a mission’s first year (days, or started months)',
  },
  unit: 'choice',
  choices: ['days', 'months'] as const,
  periods: [
    {
      from: ACI_2019,
      value: 'days' as string,
      status: 'assumption',
      sources: [SOURCES.contratTypeArt6, SOURCES.senatR25032],
      note: {
        fr: 'Deux lectures, une règle : le contrat type dit que le premier versement « est proratisé en fonction de la durée comprise entre la date de démarrage de chaque mission et la date [anniversaire] » sans unité ni règle d’arrondi. days (par défaut) : jours du démarrage à la date anniversaire rapportés aux jours de l’année de contrat (365 ou 366) ; months : mois du démarrage à la date anniversaire, un mois commencé comptant en entier, rapportés à 12. Le seul exemple chiffré trouvé utilise des mois (un contrat de taille 3 signé le 1er janvier 2024, accès aux soins à partir du 1er juillet 2024 : 75 % × 90 000 € × 6/12 = 33 750 €, là où les jours donnent 75 % × 90 000 € × 184/366 = 33 934,43 €), mais il n’est pas officiel : c’est l’illustration dérivée de la fiche de la bibliothèque, qui marque elle-même le décompte en mois comme non confirmé. La valeur par défaut reste days parce que le texte mesure une « durée » entre deux dates, ce que les jours mesurent sans autre règle, alors que les mois demandent une règle pour un mois commencé qu’aucune source ne donne. Les montants sont arrondis au centime le plus proche, moitié vers le haut (hypothèse).',
        en: 'Two readings, one rule: the contrat type says the first payment "est proratisé en fonction de la durée comprise entre la date de démarrage de chaque mission et la date [anniversaire]" without a unit or a rounding rule. days (default): days from the start to the anniversary over the days of the contract year (365 or 366); months: months from the start to the anniversary, a started month counting in full, over 12. The only worked example found uses months (a size-3 contract signed 1 January 2024, access to care from 1 July 2024: 75 % × 90 000 € × 6/12 = 33 750 €, where days give 75 % × 90 000 € × 184/366 = 33 934.43 €), but it is not an official one: it is the derived illustration of the library’s fact sheet, which itself marks the month count as unconfirmed. The default stays days because the text measures a "durée" between two dates, which days measure without a further rule, whereas months need a rule for a started month that no source gives. Amounts are rounded half-up to the cent (assumption).',
      },
    },
  ],
});

/** Whether a mission's variable envelope is prorated in the mission's first, partial year. */
export const prorateVariableFirstYear = parameter({
  id: 'cpts.variable.prorate-first-year',
  label: {
    fr: "La part variable maximale est proratisée la première année (partielle) d’une mission",
    en: 'The maximum variable part is prorated in a mission’s first (partial) year',
  },
  unit: 'boolean',
  periods: [
    {
      from: ACI_2019,
      value: false as boolean,
      status: 'assumption',
      sources: [SOURCES.senatR25032],
      note: {
        fr: 'Aucune source ne dit si la part variable est proratisée lors d’une première année partielle. Par défaut false : les objectifs de cette année sont écrits dans le contrat et leurs montants sont versés tels qu’écrits, jusqu’à l’enveloppe variable entière.',
        en: 'No source says whether the variable part is prorated in a partial first year. Default false: the objectives of that year are written in the contract and their amounts are paid as written, up to the full variable envelope.',
      },
    },
  ],
});

// ---------------------------------------------------------------------------------------------------
// Readings of the texts that are rules rather than figures (cited by explanation steps, listed in docs)
// ---------------------------------------------------------------------------------------------------

/** Readings of the ACI CPTS that are rules rather than figures. */
export const RULES = {
  referenceDate: {
    id: 'cpts.rule.reference-date',
    label: {
      fr: "Les montants d’une année de contrat sont ceux du texte en vigueur à son premier jour (la mission de crise, ajoutée par l’avenant 2, lit les siens à sa date de démarrage)",
      en: 'A contract year’s amounts are those of the text in force on its first day (the crisis mission, added by avenant 2, reads its own on its start date)',
    },
    status: 'assumption',
    sources: [SOURCES.legifranceAvenant2],
    note: {
      fr: 'Aucun texte lu ne dit quand les montants de l’avenant 2 s’appliquent à un contrat signé avant lui ; la bibliothèque les applique à partir de la première année de contrat qui commence le 1er avril 2022 ou après. La mission de crise, qui prend effet à sa propre date (cpts.crise.effective-date), lit ses enveloppes à sa date de démarrage.',
      en: 'No text read says when avenant 2’s amounts reach a contract signed before it; the library applies them from the first contract year that starts on or after 1 April 2022. The crisis mission, which takes effect on its own date (cpts.crise.effective-date), reads its envelopes on its start date.',
    },
  },
  crisisDeadlines: {
    id: 'cpts.rule.crisis-deadlines',
    label: {
      fr: 'Délais de la mission de crise d’un contrat signé avant son entrée en vigueur (cpts.crise.effective-date) : comptés depuis cette date, non depuis la signature',
      en: 'Deadlines of the crisis mission of a contract signed before it took effect (cpts.crise.effective-date): counted from that date, not from the signature',
    },
    status: 'assumption',
    sources: [SOURCES.papsHdf, SOURCES.cptsDuVal],
    note: {
      fr: 'Les délais sont des mois « après la signature du contrat » (page PAPS de l’ARS) ; pour un contrat signé avant que la mission n’existe, compter à partir de la signature est impossible et aucun texte lu ne dit autre chose. La bibliothèque les compte à partir de la date de prise d’effet de la mission.',
      en: 'The deadlines are months « après la signature du contrat » (ARS PAPS page); for a contract signed before the mission existed, counting from the signature is impossible and no text read says otherwise. The library counts them from the date the mission takes effect.',
    },
  },
  fonctionnementPayment: {
    id: 'cpts.rule.fonctionnement-payment',
    label: {
      fr: 'Fonctionnement : versé en totalité à la signature avant le démarrage des missions, puis chaque année une avance (cpts.payment.advance-ratio) à la date anniversaire et le solde avec le solde de l’année',
      en: 'Fonctionnement: paid in full at signature before the missions start, then each year an advance (cpts.payment.advance-ratio) at the anniversary and the balance with the year’s balance',
    },
    status: 'verified',
    sources: [SOURCES.aciArt9, SOURCES.contratTypeArt6],
    note: {
      fr: '« versement du montant dans son intégralité » à la signature ; « une avance d’un montant de 75 % de la somme totale due est versée au début de chaque année (en référence à la date anniversaire du contrat) » ; « le solde de ce volet est versé au moment du versement du solde total de la rémunération due au titre de l’année précédente ».',
      en: '"versement du montant dans son intégralité" at signature; "une avance d’un montant de 75 % de la somme totale due est versée au début de chaque année (en référence à la date anniversaire du contrat)"; "le solde de ce volet est versé au moment du versement du solde total de la rémunération due au titre de l’année précédente".',
    },
  },
  fixedPartPayment: {
    id: 'cpts.rule.fixed-part-payment',
    label: {
      fr: 'Part fixe d’une mission : une avance (cpts.payment.advance-ratio) à son démarrage, proratisée jusqu’à la date anniversaire, solde à la date anniversaire ; puis chaque année l’avance à la date anniversaire et le solde à la suivante',
      en: 'A mission’s fixed part: an advance (cpts.payment.advance-ratio) at its start, prorated to the anniversary, balance at the anniversary; then each year the advance at the anniversary and the balance at the next',
    },
    status: 'verified',
    sources: [SOURCES.contratTypeArt6, SOURCES.senatR25032],
    note: {
      fr: '« à la date de démarrage de chaque nouvelle mission, 75 % du volet fixe est versé, proratisé en fonction de la date anniversaire du contrat. Puis à chaque date anniversaire du contrat, le solde de la part fixe de l’année n-1 est versé ainsi que les 75 % de l’enveloppe pour l’année n » (Sénat). L’unité du prorata est un paramètre (cpts.payment.prorata-unit).',
      en: '"à la date de démarrage de chaque nouvelle mission, 75 % du volet fixe est versé, proratisé en fonction de la date anniversaire du contrat. Puis à chaque date anniversaire du contrat, le solde de la part fixe de l’année n-1 est versé ainsi que les 75 % de l’enveloppe pour l’année n" (Senate). The unit of the prorata is a parameter (cpts.payment.prorata-unit).',
    },
  },
  variablePart: {
    id: 'cpts.rule.variable-part',
    label: {
      fr: 'Part variable d’une mission : somme des montants des indicateurs du contrat (tout ou rien ou par paliers), plafonnée à l’enveloppe variable de la mission, sans fongibilité entre missions',
      en: 'A mission’s variable part: the sum of the contract’s indicator amounts (all-or-nothing or by steps), capped at the mission’s variable envelope, with no fungibility between missions',
    },
    status: 'unverified',
    sources: [SOURCES.senatR25032, SOURCES.apta, SOURCES.sfmuFcpts, SOURCES.t3Contracts],
    note: {
      fr: 'L’ACI dit que la part variable dépend de l’atteinte des objectifs négociés par mission dans chaque contrat ; aucune formule nationale n’a été trouvée. Les contrats signés répartissent chaque enveloppe variable en un montant par indicateur (leurs maxima s’additionnent pour faire l’enveloppe), en tout ou rien ou par paliers négociés localement. La Fédération des CPTS demande la fongibilité entre missions (avril 2025) : il n’y en a donc pas aujourd’hui. Un indicateur sans résultat compte comme non atteint (hypothèse).',
      en: 'The ACI says the variable part depends on reaching the objectives negotiated per mission in each contract; no national formula was found. Signed contracts split each variable envelope into an amount per indicator (their maxima add up to the envelope), all-or-nothing or by locally negotiated steps. The Fédération des CPTS asks for fungibility between missions (April 2025), so there is none today. An indicator without a result counts as not reached (assumption).',
    },
  },
  balanceDate: {
    id: 'cpts.rule.balance-date',
    label: {
      fr: 'Le solde d’une année (part variable et enveloppe de crise comprises) est daté de la date anniversaire qui la termine',
      en: 'A year’s balance (variable part and crisis block included) is dated on the anniversary that ends the year',
    },
    status: 'assumption',
    sources: [SOURCES.contratTypeArt6, SOURCES.apta],
    note: {
      fr: 'Les textes versent le solde à la date anniversaire, après la revue annuelle des indicateurs ; la date réelle de versement dépend de la revue de la CPAM et n’est fixée par aucun texte lu. La date de versement propre de l’enveloppe de crise n’est pas connue non plus : la bibliothèque la verse avec le solde de l’année de la crise.',
      en: 'The texts pay the balance at the anniversary, after the annual review of the indicators; the actual payment date depends on the CPAM’s review and is not fixed by any text read. The crisis block’s own payment date is not known either: the library pays it with the balance of the year of the crisis.',
    },
  },
  crisisMission: {
    id: 'cpts.rule.crisis-mission',
    label: {
      fr: 'Mission de crise : montant de rédaction du plan l’année de contrat de son démarrage (proratisé comme toute part fixe), mise à jour les années suivantes, enveloppe de crise l’année où l’ARS reconnaît une crise sanitaire grave',
      en: 'Crisis mission: plan-writing amount in the contract year it starts (prorated like any fixed part), plan update in later years, crisis block in a year when the ARS recognises a serious health crisis',
    },
    status: 'unverified',
    sources: [SOURCES.ameliAvenant2, SOURCES.quotidienCriseDraft, SOURCES.t3Contracts],
    note: {
      fr: '« rédiger un plan de réponses aux crises sanitaires pour la première année de mise en œuvre (et) une mise à jour annuelle du plan les années suivantes » (projet d’octobre 2021) ; enveloppe versée lors de « la survenue d’une crise sanitaire grave, pour les CPTS ayant rédigé un plan ». Il n’est pas dit si le montant de la première année est proratisé quand la mission démarre en cours d’année.',
      en: '"rédiger un plan de réponses aux crises sanitaires pour la première année de mise en œuvre (et) une mise à jour annuelle du plan les années suivantes" (October 2021 draft); block paid on "la survenue d’une crise sanitaire grave, pour les CPTS ayant rédigé un plan". Whether the first year’s amount is prorated when the mission starts mid-year is not stated.',
    },
  },
  envelopeMaximum: {
    id: 'cpts.rule.envelope-maximum',
    label: {
      fr: 'Contrôle des enveloppes : fonctionnement + parts fixes et variables de toutes les missions du contrat + rédaction du plan de crise + enveloppe de crise ≤ maximum de la taille',
      en: 'Envelope check: fonctionnement + fixed and variable parts of every mission of the contract + crisis plan writing + crisis block ≤ the size’s maximum',
    },
    status: 'assumption',
    sources: [SOURCES.quotidienBaBa, SOURCES.concoursPluriproBudget],
    note: {
      fr: 'Les maxima publiés sont des « montants maximum » pour une CPTS déployant toutes les missions avec une atteinte complète, financement des SNP compris ; après l’avenant 2, les 580 000 € de la taille 4 correspondent à 450 000 € + 50 000 € (plan) + 75 000 € (enveloppe de crise) + 5 000 €. Aucun texte lu n’écrit quels postes la CPAM additionne.',
      en: 'The published maxima are "montants maximum" for a CPTS deploying every mission with full achievement, SNP funding included; after avenant 2 the 580 000 € of size 4 matches 450 000 € + 50 000 € (plan) + 75 000 € (crisis block) + 5 000 €. Which items the CPAM adds up is not written in any text read.',
    },
  },
} as const satisfies Record<string, RuleReading>;

// ---------------------------------------------------------------------------------------------------
// Table
// ---------------------------------------------------------------------------------------------------

const ALL = [
  textInForce,
  contractDuration,
  sizeThreshold12,
  sizeThreshold23,
  sizeThreshold34,
  atSizeThreshold12,
  atSizeThreshold23,
  atSizeThreshold34,
  fonctionnementT1,
  fonctionnementT2,
  fonctionnementT3,
  fonctionnementT4,
  maximumT1,
  maximumT2,
  maximumT3,
  maximumT4,
  socleMissions,
  optionalMissions,
  deadlineAccesStart,
  deadlineAccesDeployed,
  deadlineParcoursStart,
  deadlineParcoursDeployed,
  deadlinePreventionStart,
  deadlinePreventionDeployed,
  deadlineCriseStart,
  deadlineCriseDeployed,
  criseEffectiveDate,
  t3AccesFixed,
  t3AccesVariable,
  t3ParcoursFixed,
  t3ParcoursVariable,
  t3PreventionFixed,
  t3PreventionVariable,
  t3QualiteFixed,
  t3QualiteVariable,
  t3AccompagnementFixed,
  t3AccompagnementVariable,
  t3CrisePlanWriting,
  t3CriseCrisisBlock,
  advanceRatio,
  criseUpdateRatio,
  signatureIsYear1Fonctionnement,
  prorataUnit,
  prorateVariableFirstYear,
] as const;

/** The id of every ACI CPTS parameter (for typed overrides). */
export type CptsParameterId = (typeof ALL)[number]['id'];

/** Every ACI CPTS parameter, by id. */
export const PARAMETERS = table(ALL as readonly Parameter[]);

/** The four size classes (*tailles*) of the ACI CPTS. */
export type SizeClass = 1 | 2 | 3 | 4;

/** *Fonctionnement* envelope parameter of each size. */
export const fonctionnementBySize = { 1: fonctionnementT1, 2: fonctionnementT2, 3: fonctionnementT3, 4: fonctionnementT4 } as const;
/** Yearly maximum parameter of each size. */
export const maximumBySize = { 1: maximumT1, 2: maximumT2, 3: maximumT3, 4: maximumT4 } as const;

/** The three size thresholds, in increasing order, with the reading of a population exactly at each. */
export const sizeThresholds = [
  { between: [1, 2], threshold: sizeThreshold12, atThreshold: atSizeThreshold12 },
  { between: [2, 3], threshold: sizeThreshold23, atThreshold: atSizeThreshold23 },
  { between: [3, 4], threshold: sizeThreshold34, atThreshold: atSizeThreshold34 },
] as const;

/** The start (*démarrage*) and full-deployment (*déploiement*) deadlines of each socle mission. */
export const deadlinesByMission = {
  acces: { start: deadlineAccesStart, deployed: deadlineAccesDeployed },
  parcours: { start: deadlineParcoursStart, deployed: deadlineParcoursDeployed },
  prevention: { start: deadlinePreventionStart, deployed: deadlinePreventionDeployed },
  crise: { start: deadlineCriseStart, deployed: deadlineCriseDeployed },
} as const;

/** The size-3 fixed and variable envelopes of each mission but the crisis mission (avenant 2). */
export const t3EnvelopesByMission = {
  acces: { fixed: t3AccesFixed, variable: t3AccesVariable },
  parcours: { fixed: t3ParcoursFixed, variable: t3ParcoursVariable },
  prevention: { fixed: t3PreventionFixed, variable: t3PreventionVariable },
  qualite: { fixed: t3QualiteFixed, variable: t3QualiteVariable },
  accompagnement: { fixed: t3AccompagnementFixed, variable: t3AccompagnementVariable },
} as const;
