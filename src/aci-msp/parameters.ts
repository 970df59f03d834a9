/**
 * Every legal figure of the ACI MSP (accord conventionnel interprofessionnel relatif aux structures de
 * santé pluriprofessionnelles), by remuneration year, with its sources.
 *
 * Periods are keyed by the **first day of the remuneration year** (a calendar year):
 * - ACI 2017 (arrêté of 24 July 2017, JO 5 Aug 2017), remuneration years 2017 to 2021: `[2017-01-01, 2022-01-01)`;
 * - Avenant 1 (signed 2022, JO 3 Aug 2022, retroactive to the whole 2022 exercise): `[2022-01-01, …)`.
 *
 * The Avenant 1 figures are read in the Cnam's own guide to the indicators (October 2022). The JO text of
 * the ACI 2017 could not be read: its figures are either read in secondary sources (`unverified`) or
 * carried back from Avenant 1 because no source lists a change (`assumption`, the reasoning in the note).
 *
 * Status rule of the house (one for every scheme): `verified` only when an official publication states the
 * value (the Journal officiel or a copy of its text, Légifrance, ameli.fr and the Cnam — its guide included —,
 * the ministry, an ARS and its PAPS portal, the HAS); `unverified` when only unions, federations, the press,
 * a thesis, a law firm or the calculette give it, or when official sources conflict (the note says how);
 * `assumption` for the library's own reasoning (the note gives it); `unknown` when nobody gives a value.
 * No avenant 2 was in force as of the last source (January 2026); the table stays open for one.
 *
 * Nothing here is computed: each figure is typed from its source. See docs/aci-msp.md.
 */
import type { Label } from '../core/format.js';
import { parameter, table, type Period, type Range, type RuleReading, type Source } from '../core/parameters.js';
import { SOURCES as S, calc, guide } from './sources.js';

// ---------------------------------------------------------------------------------------------------
// Dates at which the texts change (data, used only to build the periods below)

/** ACI 2017: applicable to remuneration year 2017 (ameli, 19 May 2017). */
const ACI_2017_FROM = '2017-01-01';
/** Avenant 1: applies to the whole 2022 exercise (retroactive; JO 3 Aug 2022). */
const AVENANT_1_FROM = '2022-01-01';
/** Crisis indicator: optional for 2022 only, "à titre dérogatoire" (Cnam guide p. 6). */
const CRISIS_SOCLE_FROM = '2023-01-01';
/** Concertation: widened denominator (children 0–16 in ALD) for 2017 and 2018 only (Cnam guide p. 26). */
const CONCERTATION_CHILDREN_UNTIL = '2019-01-01';

const ASSUMED_2017: Label = {
  fr: 'Valeur ACI 2017 déduite, non lue : aucune source lisible ne donne le chiffre de 2017. La valeur de l’avenant 1 est reprise pour 2017 parce qu’aucune source ne signale de changement par l’avenant, et elle concorde avec l’exemple de « structure type » 2017 de l’Assurance Maladie (13 PS, 4 000 patients, 73 500 € = 10 500 points). D’autres répartitions atteignent aussi 10 500 points ; cela ne prouve donc pas la valeur. L’arrêté du 24 juillet 2017 (JO du 5 août 2017) et ses annexes trancheraient ; donnez la valeur dans overrides si vous les avez.',
  en: 'ACI 2017 value inferred, not read: no readable source gives the 2017 figure. The Avenant 1 value is carried back because no source lists a change by the avenant, and it fits the Assurance Maladie’s 2017 “structure type” example (13 PS, 4 000 patients, 73 500 € = 10 500 points). Other breakdowns also reach 10 500 points, so this does not prove the value. The arrêté of 24 July 2017 (JO 5 Aug 2017) and its annexes would settle it; override if you have them.',
};

/** A period covering the ACI 2017 years only. */
function y2017<T extends string>(value: T, status: Period['status'], sources: readonly Source[], note?: Label): Period<T> {
  return { from: ACI_2017_FROM, until: AVENANT_1_FROM, value, status, sources, ...(note ? { note } : {}) };
}

/** An ACI 2017 value inferred from the Avenant 1 one (see {@link ASSUMED_2017}). */
function assumed2017<T extends string>(value: T, extraNote?: Label): Period<T> {
  return y2017(
    value,
    'assumption',
    [S.quotidien2017],
    extraNote ? { fr: `${ASSUMED_2017.fr} ${extraNote.fr}`, en: `${ASSUMED_2017.en} ${extraNote.en}` } : ASSUMED_2017,
  );
}

/** A period from Avenant 1 on, read in the Cnam guide. */
function avenant1<T extends string>(value: T, pages: string, note?: Label, extra: readonly Source[] = []): Period<T> {
  return { from: AVENANT_1_FROM, value, status: 'verified', sources: [guide(pages), ...extra], ...(note ? { note } : {}) };
}

// ---------------------------------------------------------------------------------------------------
// Versions and catalogue

/** The versions of the accord, named after their texts. */
export const VERSIONS = ['aci-2017', 'avenant-1'] as const;
/** A version of the accord: `aci-2017` (years 2017–2021) or `avenant-1` (2022 on). */
export type MspVersion = (typeof VERSIONS)[number];

/** Indicator ids of the ACI 2017 catalogue (remuneration years 2017–2021), in the order of the axes. */
export const INDICATORS_2017 = [
  'horaires-ouverture-snp',
  'diversite-services',
  'second-recours',
  'medecins-cstm',
  'missions-sante-publique',
  'satisfaction-patients',
  'fonction-coordination',
  'protocoles-pluriprofessionnels',
  'concertation-pluriprofessionnelle',
  'formation-stagiaires',
  'coordination-externe',
  'si-standard',
  'si-avance',
] as const;

/** Indicator ids of the Avenant 1 catalogue (remuneration years 2022 on), in the order of the axes. */
export const INDICATORS_AVENANT_1 = [
  'horaires-ouverture-snp',
  'crises-sanitaires',
  'diversite-services',
  'second-recours',
  'medecins-cstm',
  'missions-sante-publique',
  'implication-usagers',
  'soins-non-programmes-sas',
  'fonction-coordination',
  'protocoles-pluriprofessionnels',
  'concertation-pluriprofessionnelle',
  'formation-stagiaires',
  'coordination-externe',
  'demarche-qualite',
  'protocoles-nationaux-cooperation',
  'parcours-insuffisance-cardiaque',
  'parcours-obesite-enfant',
  'si-standard',
  'si-avance',
] as const;

/** Every indicator id any version has. */
export const INDICATOR_IDS = [
  'horaires-ouverture-snp',
  'crises-sanitaires',
  'diversite-services',
  'second-recours',
  'medecins-cstm',
  'missions-sante-publique',
  'satisfaction-patients',
  'implication-usagers',
  'soins-non-programmes-sas',
  'fonction-coordination',
  'protocoles-pluriprofessionnels',
  'concertation-pluriprofessionnelle',
  'formation-stagiaires',
  'coordination-externe',
  'demarche-qualite',
  'protocoles-nationaux-cooperation',
  'parcours-insuffisance-cardiaque',
  'parcours-obesite-enfant',
  'si-standard',
  'si-avance',
] as const;
/** An indicator id (the catalogue in force at a date holds a subset: see `indicators({ on })`). */
export type IndicatorId = (typeof INDICATOR_IDS)[number];

/** Themes of the public-health missions (annexe 2 of the ACI), plus a mission derived from the PRS. */
export const MISSION_THEMES = [
  'couverture-vaccinale',
  'tuberculose',
  'surpoids-obesite-enfant',
  'souffrance-psychique-addictions-12-25-ans',
  'prevention-suicide',
  'prevention-personnes-agees',
  'perinatalite-femmes-precaires',
  'education-therapeutique',
  'projet-regional-de-sante',
] as const;
/** A public-health mission theme. */
export type MissionTheme = (typeof MISSION_THEMES)[number];

/** How an indicator is typed in the accord. */
export const INDICATOR_TYPES = ['socle-prerequis', 'socle', 'optionnel'] as const;
/** `socle-prerequis`: must be met or nothing is paid; `socle`: compulsory, partial achievement paid; `optionnel`. */
export type IndicatorType = (typeof INDICATOR_TYPES)[number];

export const version = parameter({
  id: 'msp.version',
  label: { fr: 'Version de l’ACI applicable à l’exercice', en: 'ACI version governing the remuneration year' },
  unit: 'choice',
  choices: VERSIONS,
  periods: [
    y2017('aci-2017', 'verified', [S.ameli2017, S.ameliAccord2017], { fr: 'ameli (19 mai 2017) : l’accord « sera applicable pour l’année 2017 » ; arrêté du 24 juillet 2017, JO du 5 août 2017.', en: 'ameli (19 May 2017): the accord « sera applicable pour l’année 2017 »; arrêté of 24 July 2017, JO 5 Aug 2017.' }),
    {
      from: AVENANT_1_FROM,
      value: 'avenant-1',
      status: 'verified',
      sources: [guide('2, 6'), S.juriblioAvenant1, S.essort, S.apmsl],
      note: {
        fr: 'L’avenant 1 (JO du 3 août 2022) s’applique rétroactivement à tout l’exercice 2022 ; le guide de la Cnam l’applique à « l’exercice 2022 ». Il s’applique à une MSP qui a signé l’avenant à son propre contrat tripartite ; le sort d’une MSP qui ne l’a pas signé n’est pas modélisé. Date de signature en conflit (4 mars ou 11 avril 2022) ; non utilisée.',
        en: 'Avenant 1 (JO 3 Aug 2022) applies retroactively to the whole 2022 exercise; the Cnam guide applies it to « l’exercice 2022 ». It applies to an MSP that signed the avenant to its own tripartite contract; the fate of one that did not is not modelled. Signature date in conflict (4 March or 11 April 2022); not used.',
      },
    },
  ],
});

export const catalogue = parameter<'msp.catalogue', readonly IndicatorId[], 'list', IndicatorId>({
  id: 'msp.catalogue',
  label: { fr: 'Indicateurs du catalogue en vigueur', en: 'Indicators of the catalogue in force' },
  unit: 'list',
  choices: INDICATOR_IDS,
  periods: [
    {
      from: ACI_2017_FROM,
      until: AVENANT_1_FROM,
      value: INDICATORS_2017,
      status: 'unverified',
      sources: [S.fehap, S.urpsmlCentre, S.femasif, S.houdart],
      note: {
        fr: 'La liste de l’ACI 2017 est lue dans des sources secondaires (FEHAP, URPS ML Centre, FémasIF) et par différence avec les nouveautés de l’avenant 1 (crise, usagers, SAS, qualité, PNC, parcours) : les annexes du JO n’ont pas pu être lues. L’existence de « Satisfaction des patients » en 2017 est confirmée (FEHAP) ; elle est supposée remplacée par « implication des usagers » en 2022.',
        en: 'The ACI 2017 list is read in secondary sources (FEHAP, URPS ML Centre, FémasIF) and by difference with the Avenant 1 novelties (crisis, users, SAS, quality, PNC, pathways): the JO annexes could not be read. « Satisfaction des patients » is confirmed to exist in 2017 (FEHAP) and assumed replaced by « implication des usagers » in 2022.',
      },
    },
    { from: AVENANT_1_FROM, value: INDICATORS_AVENANT_1, status: 'verified', sources: [guide('2, 20, 23, 31, 43')] },
  ],
});

export const crisisType = parameter({
  id: 'msp.crises-sanitaires.type',
  label: { fr: 'Type de l’indicateur « réponse aux crises sanitaires graves »', en: 'Type of the “response to serious health crises” indicator' },
  unit: 'choice',
  choices: INDICATOR_TYPES,
  periods: [
    {
      from: AVENANT_1_FROM,
      until: CRISIS_SOCLE_FROM,
      value: 'optionnel',
      status: 'verified',
      sources: [guide('2, 6–7')],
      note: {
        fr: '« À titre dérogatoire », pour l’exercice 2022, l’indicateur est optionnel au lieu de socle prérequis.',
        en: '« À titre dérogatoire » for the 2022 exercise the indicator is optional rather than socle prérequis.',
      },
    },
    {
      from: CRISIS_SOCLE_FROM,
      value: 'socle-prerequis',
      status: 'verified',
      sources: [guide('2, 6–7'), S.fecop],
      note: {
        fr: 'Le guide lui-même le donne : son tableau récapitulatif (p. 2) classe l’indicateur en socle prérequis, et la p. 7 le rend optionnel pour le seul exercice 2022, « à titre dérogatoire ». Le texte du JO n’a pas été lu.',
        en: 'The guide itself gives it: its summary table (p. 2) lists the indicator as socle prérequis, and p. 7 makes it optional for the 2022 exercise only, « à titre dérogatoire ». The JO text was not read.',
      },
    },
  ],
});

// ---------------------------------------------------------------------------------------------------
// Sanity bounds of overrides
//
// The point value, the reference patientèle and the points of each indicator multiply one another (and the
// patientèle): each bound alone allowed a caller to reach 7 × 10¹⁹ € a year. These ranges are sanity bounds,
// not legal figures: wide enough for any plausible future text (10× the point value, a tenth to 100× the
// reference patientèle, 10× each indicator's points), narrow enough that every figure at its
// bound at once keeps a year below 1 000 000 000 € (test/aci-msp/hostile.test.ts). See docs/architecture.md.

/** Points of one indicator: up to 10× its figure in the texts (the largest of its periods). */
function tenfold(max: string): Range {
  return { max };
}
/** Euro figures of the new-structure disposition: up to 1 000 000 € (50× the minimum of 20 000 €). */
const MSP_EURO_RANGE = { max: '1000000' } as const;

// ---------------------------------------------------------------------------------------------------
// Core mechanics

export const pointValue = parameter({
  id: 'msp.point-value',
  label: { fr: 'Valeur du point', en: 'Value of one point' },
  unit: 'EUR',
  // A sanity bound, not a legal figure: 10× the 7 € of the texts (see « Sanity bounds » above).
  range: { max: '70' },
  periods: [
    y2017('7', 'verified', [S.arsHautsDeFrance, S.femasif]),
    avenant1('7', '15, 17, 22, 24, 30', undefined, [S.quotidien2022]),
  ],
});

export const referencePatientele = parameter({
  id: 'msp.reference-patientele',
  label: { fr: 'Patientèle de référence des points variables', en: 'Reference patientèle of the variable points' },
  unit: 'patients',
  // A divisor: variable points are points × P / this figure. A sanity bound, not a legal figure: a tenth to
  // 100× the 4 000 of the texts (see « Sanity bounds » above).
  range: { min: '400', max: '400000' },
  periods: [
    y2017('4000', 'unverified', [S.thesis, S.quotidien2017], { fr: 'Lu dans une thèse de médecine (« patientèle de la structure/4000 ») et dans l’exemple de 2017 (4 000 patients) ; le texte du JO n’a pas été lu.', en: 'Read in a medical thesis (« patientèle de la structure/4000 ») and in the 2017 example (4 000 patients); the JO text was not read.' }),
    avenant1('4000', '15–17, 35, 37', { fr: 'Linéaire en dessous comme au-dessus de 4 000 : « proratisés à la patientèle » avec 4 000 pour base.', en: 'Linear both below and above 4 000: « proratisés à la patientèle » with 4 000 as the base.' }),
  ],
});

// ---------------------------------------------------------------------------------------------------
// Axe 1 — accès aux soins

export const hoursFixed = parameter({
  id: 'msp.horaires.fixed',
  label: { fr: 'Horaires d’ouverture et soins non programmés : points fixes', en: 'Opening hours and unscheduled care: fixed points' },
  unit: 'points',
  range: tenfold('8000'),
  periods: [assumed2017('800'), avenant1('800', '2–5')],
});

const UNKNOWN_2017_MINORATION: Period<string> = {
  from: ACI_2017_FROM,
  until: AVENANT_1_FROM,
  status: 'unknown',
  sources: [],
  note: {
    fr: 'Les minorations apparaissent pour la première fois dans la calculette de 2022 et le guide d’octobre 2022 ; les chiffres de l’ACI 2017 n’ont pas été trouvés. Donnez la valeur dans overrides si vous avez le texte de 2017.',
    en: 'The minorations are first seen in the 2022 calculette and the October 2022 guide; the ACI 2017 figures were not found. Pass the override if you have the 2017 text.',
  },
};

export const hoursMinoration10to12 = parameter({
  id: 'msp.horaires.minoration.amplitude-10-12h',
  label: { fr: 'Minoration : amplitude de 10 h à moins de 12 h', en: 'Reduction: daily opening of 10 h to under 12 h' },
  unit: 'points',
  range: tenfold('600'),
  periods: [UNKNOWN_2017_MINORATION, avenant1('60', '5', undefined, [calc('rows 12–16')])],
});

export const hoursMinoration8to10 = parameter({
  id: 'msp.horaires.minoration.amplitude-8-10h',
  label: { fr: 'Minoration : amplitude de 8 h à moins de 10 h', en: 'Reduction: daily opening of 8 h to under 10 h' },
  unit: 'points',
  range: tenfold('1500'),
  periods: [UNKNOWN_2017_MINORATION, avenant1('150', '5', undefined, [calc('rows 12–16')])],
});

export const hoursMinorationSaturday = parameter({
  id: 'msp.horaires.minoration.samedi-ferme',
  label: { fr: 'Minoration : fermeture le samedi matin', en: 'Reduction: closed on Saturday morning' },
  unit: 'points',
  range: tenfold('1200'),
  periods: [UNKNOWN_2017_MINORATION, avenant1('120', '5', undefined, [calc('rows 12–16')])],
});

export const hoursMinorationHolidays = parameter({
  id: 'msp.horaires.minoration.vacances-2-3-semaines',
  label: { fr: 'Minoration : fermeture de 2 à 3 semaines pendant les vacances scolaires', en: 'Reduction: closed 2 to 3 weeks during school holidays' },
  unit: 'points',
  range: tenfold('200'),
  periods: [UNKNOWN_2017_MINORATION, avenant1('20', '5', undefined, [calc('rows 12–16')])],
});

export const crisisPlanFixed = parameter({
  id: 'msp.crises-sanitaires.plan.fixed',
  label: { fr: 'Crises sanitaires graves : plan de préparation (points fixes)', en: 'Serious health crises: preparation plan (fixed points)' },
  unit: 'points',
  range: tenfold('1000'),
  periods: [avenant1('100', '6–7', { fr: 'Versé quelle que soit la situation sanitaire.', en: 'Paid whatever the health situation.' })],
});

export const crisisVariable = parameter({
  id: 'msp.crises-sanitaires.variable',
  label: { fr: 'Crises sanitaires graves : actions pendant une crise (points variables)', en: 'Serious health crises: actions during a crisis (variable points)' },
  unit: 'points',
  range: tenfold('3500'),
  periods: [avenant1('350', '6–7', { fr: 'Seulement quand les autorités sanitaires déclarent une crise sanitaire grave et que la structure met en œuvre son plan.', en: 'Only when the health authorities declare a serious health crisis and the structure acts on its plan.' })],
});

export const crisisVariablePayable = parameter({
  id: 'msp.crises-sanitaires.variable-payable',
  label: { fr: 'Crises sanitaires graves : points variables payables pour l’exercice', en: 'Serious health crises: variable points payable for the year' },
  unit: 'boolean',
  periods: [
    { from: AVENANT_1_FROM, until: CRISIS_SOCLE_FROM, value: false, status: 'verified', sources: [guide('6–7')], note: { fr: 'Non dû pour 2022 : le Covid ne compte plus comme une crise soudaine.', en: 'Not payable for 2022: Covid no longer counted as a sudden crisis.' } },
    {
      from: CRISIS_SOCLE_FROM,
      value: true,
      status: 'verified',
      sources: [guide('2, 6–7')],
      note: {
        fr: 'À partir de 2023, la règle du guide s’applique sans la dérogation de 2022 : les points variables sont versés quand les autorités déclarent une crise sanitaire grave et que la structure met en œuvre son plan.',
        en: 'From 2023 the guide’s rule applies without the 2022 derogation: the variable points are paid when the authorities declare a serious health crisis and the structure acts on its plan.',
      },
    },
  ],
});

export const diversityLevel1 = parameter({
  id: 'msp.diversite.niveau-1',
  label: { fr: 'Diversité des services de soins, niveau 1', en: 'Diversity of care services, level 1' },
  unit: 'points',
  range: tenfold('3000'),
  periods: [assumed2017('300', { fr: 'Il est confirmé que l’ACI 2017 a renforcé cet indicateur et y a ajouté les pharmaciens d’officine (URPS ML Centre).', en: 'The ACI 2017 is confirmed to have strengthened this indicator and added community pharmacists (URPS ML Centre).' }), avenant1('300', '8–10')],
});

export const diversityLevel2 = parameter({
  id: 'msp.diversite.niveau-2',
  label: { fr: 'Diversité des services de soins, niveau 2', en: 'Diversity of care services, level 2' },
  unit: 'points',
  range: tenfold('3000'),
  periods: [assumed2017('300'), avenant1('300', '8–10', { fr: 'Se cumule avec le niveau 1 (600 en tout).', en: 'Cumulates with level 1 (600 in all).' })],
});

export const secondRecoursLevel1 = parameter({
  id: 'msp.second-recours.niveau-1',
  label: { fr: 'Consultations de second recours, niveau 1 (2 jours par mois)', en: 'Second-line consultations, level 1 (2 days a month)' },
  unit: 'points',
  range: tenfold('3000'),
  periods: [assumed2017('300'), avenant1('300', '11–12')],
});

export const secondRecoursLevel2 = parameter({
  id: 'msp.second-recours.niveau-2',
  label: { fr: 'Consultations de second recours, niveau 2 (2,5 jours par semaine)', en: 'Second-line consultations, level 2 (2.5 days a week)' },
  unit: 'points',
  range: tenfold('3000'),
  periods: [assumed2017('300'), avenant1('300', '11–12', { fr: 'Se cumule avec le niveau 1 (600 en tout).', en: 'Cumulates with level 1 (600 in all).' })],
});

export const cstmFixed = parameter({
  id: 'msp.cstm.fixed',
  label: { fr: 'Accueil de médecins sous contrat de solidarité territoriale (CSTM)', en: 'Hosting doctors under a territorial solidarity contract (CSTM)' },
  unit: 'points',
  range: tenfold('2000'),
  periods: [assumed2017('200'), avenant1('200', '13–14')],
});

export const missionPoints = parameter({
  id: 'msp.missions.per-mission',
  label: { fr: 'Missions de santé publique : points variables par mission', en: 'Public-health missions: variable points per mission' },
  unit: 'points',
  range: tenfold('3500'),
  periods: [
    y2017('350', 'unverified', [S.acoorde], { fr: 'Lu dans un document de fédération (Acoorde), pas dans le texte du JO.', en: 'Read in a federation document (Acoorde), not in the JO text.' }),
    avenant1('350', '15–16'),
  ],
});

export const missionMax = parameter({
  id: 'msp.missions.max',
  label: { fr: 'Missions de santé publique : nombre maximal de missions rémunérées', en: 'Public-health missions: most missions paid' },
  unit: 'count',
  range: { min: '0', max: '9' },
  periods: [
    y2017('2', 'unverified', [S.acoorde], { fr: 'Lu dans un document de fédération (Acoorde), pas dans le texte du JO.', en: 'Read in a federation document (Acoorde), not in the JO text.' }),
    avenant1('2', '8, 15–16', { fr: 'Une 3e ou une 4e mission ne rapporte rien.', en: 'A 3rd or 4th mission earns nothing.' }),
  ],
});

export const missionIpaBonus = parameter({
  id: 'msp.missions.ipa-bonus',
  label: { fr: 'Missions de santé publique : majoration IPA (points fixes)', en: 'Public-health missions: IPA bonus (fixed points)' },
  unit: 'points',
  range: tenfold('2000'),
  periods: [avenant1('200', '15–16', undefined, [S.quotidien2022])],
});

export const missionIpaMinMissions = parameter({
  id: 'msp.missions.ipa-min-missions',
  label: { fr: 'Missions de santé publique : missions rémunérées requises pour la majoration IPA', en: 'Public-health missions: paid missions needed for the IPA bonus' },
  unit: 'count',
  range: { min: '0', max: '9' },
  periods: [avenant1('2', '15–16')],
});

export const satisfactionFixed = parameter({
  id: 'msp.satisfaction.fixed',
  label: { fr: 'Satisfaction des patients (outils d’évaluation), points fixes', en: 'Patient satisfaction (assessment tools), fixed points' },
  unit: 'points',
  range: tenfold('1000'),
  periods: [
    y2017(
      '100',
      'assumption',
      [S.fehap, S.quotidien2017],
      {
        fr: 'L’existence de l’indicateur en 2017 est confirmée (FEHAP : « autre indicateur nouvellement créé ») mais ses points n’ont pas été trouvés. 100 est la valeur qui fait tomber juste l’exemple de « structure type » 2017 (73 500 € = 10 500 points) avec les autres valeurs déduites, mais seulement en laissant de côté l’indicateur CSTM (200 points), ce que la formulation de l’exemple dans la presse ne soutient pas : elle parle d’une structure remplissant « l’ensemble des engagements ». D’autres combinaisons atteignent aussi 10 500 points (CSTM compté, satisfaction et SI avancé laissés de côté) ; la concordance ne prouve donc rien. Donnez la valeur dans overrides si vous avez le texte de 2017.',
        en: 'The indicator is confirmed to exist in 2017 (FEHAP: « autre indicateur nouvellement créé ») but its points were not found. 100 is the value that makes the 2017 “structure type” example (73 500 € = 10 500 points) add up with the other inferred values, but only with the CSTM indicator (200 points) left out, which the press wording of the example does not support: it speaks of a structure meeting « l’ensemble des engagements ». Other combinations also reach 10 500 points (CSTM counted, satisfaction and advanced SI left out), so the fit proves nothing. Override if you have the 2017 text.',
      },
    ),
  ],
});

export const usersLevel1 = parameter({
  id: 'msp.usagers.niveau-1',
  label: { fr: 'Implication des usagers, niveau 1 (points fixes)', en: 'Users’ involvement, level 1 (fixed points)' },
  unit: 'points',
  range: tenfold('2000'),
  periods: [avenant1('200', '17')],
});

export const usersLevel2 = parameter({
  id: 'msp.usagers.niveau-2',
  label: { fr: 'Implication des usagers, niveau 2 (points variables)', en: 'Users’ involvement, level 2 (variable points)' },
  unit: 'points',
  range: tenfold('3000'),
  periods: [avenant1('300', '17', { fr: 'Ne compte que si le niveau 1 est atteint.', en: 'Counts only when level 1 is met.' })],
});

export const sasHalf = parameter({
  id: 'msp.sas.partial',
  label: { fr: 'Soins non programmés / SAS : palier partiel (part minimale de médecins participants)', en: 'Unscheduled care / SAS: partial level (least share of doctors taking part)' },
  unit: 'points',
  range: tenfold('1000'),
  periods: [avenant1('100', '18–19', undefined, [S.fecop])],
});

export const sasFull = parameter({
  id: 'msp.sas.full',
  label: { fr: 'Soins non programmés / SAS : palier complet (part de médecins participants, ou toutes les demandes du régulateur)', en: 'Unscheduled care / SAS: full level (share of doctors taking part, or all requests of the regulator)' },
  unit: 'points',
  range: tenfold('2000'),
  periods: [avenant1('200', '18–19', { fr: 'Non cumulable avec le niveau partiel.', en: 'Not cumulative with the partial level.' }, [S.fecop])],
});

export const sasHalfShare = parameter({
  id: 'msp.sas.partial-share',
  label: { fr: 'Soins non programmés / SAS : part des médecins participants (niveau partiel)', en: 'Unscheduled care / SAS: share of doctors taking part (partial level)' },
  unit: 'ratio',
  periods: [avenant1('0.5', '18–19')],
});

export const sasFullShare = parameter({
  id: 'msp.sas.full-share',
  label: { fr: 'Soins non programmés / SAS : part des médecins participants (niveau complet)', en: 'Unscheduled care / SAS: share of doctors taking part (full level)' },
  unit: 'ratio',
  periods: [avenant1('1', '18–19')],
});

// ---------------------------------------------------------------------------------------------------
// Axe 2 — travail en équipe et coordination

const COORDINATION_2017_NOTE: Label = {
  fr: 'Lu sur la page d’un cabinet d’avocats (Houdart), pas dans le texte du JO.',
  en: 'Read in a law firm’s page (Houdart), not in the JO text.',
};

export const coordinationFixed = parameter({
  id: 'msp.coordination.fixed',
  label: { fr: 'Fonction de coordination : points fixes', en: 'Coordination function: fixed points' },
  unit: 'points',
  range: tenfold('10000'),
  periods: [y2017('700', 'unverified', [S.houdart], COORDINATION_2017_NOTE), avenant1('1000', '20–22', undefined, [S.essort])],
});

export const coordinationVariable = parameter({
  id: 'msp.coordination.variable',
  label: { fr: 'Fonction de coordination : points variables jusqu’au seuil de patientèle', en: 'Coordination function: variable points up to the patientèle threshold' },
  unit: 'points',
  range: tenfold('17000'),
  periods: [y2017('1350', 'unverified', [S.houdart], COORDINATION_2017_NOTE), avenant1('1700', '20–22', undefined, [S.essort])],
});

export const coordinationVariableBeyond = parameter({
  id: 'msp.coordination.variable-beyond',
  label: { fr: 'Fonction de coordination : points variables au-delà du seuil de patientèle', en: 'Coordination function: variable points beyond the patientèle threshold' },
  unit: 'points',
  range: tenfold('11000'),
  periods: [y2017('1000', 'unverified', [S.houdart], COORDINATION_2017_NOTE), avenant1('1100', '20–22')],
});

export const coordinationThreshold = parameter({
  id: 'msp.coordination.threshold',
  label: { fr: 'Fonction de coordination : seuil de patientèle', en: 'Coordination function: patientèle threshold' },
  unit: 'patients',
  periods: [y2017('8000', 'unverified', [S.houdart], COORDINATION_2017_NOTE), avenant1('8000', '20–22', { fr: 'Aucun plafond de patientèle trouvé.', en: 'No cap on the patientèle found.' })],
});

const PROTOCOLS_2017_NOTE: Label = {
  fr: 'Lu sur des pages de fédérations (FémasIF, Acoorde), pas dans le texte du JO. Une page de la FMPS mentionne un plafond passant « 5 → 8 », probablement le changement du règlement arbitral de 2015 à l’ACI 2017.',
  en: 'Read in federation pages (FémasIF, Acoorde), not in the JO text. An FMPS page mentions a cap going “5 → 8”, probably the 2015 règlement arbitral → ACI 2017 change.',
};

export const protocolPoints = parameter({
  id: 'msp.protocoles.per-protocol',
  label: { fr: 'Protocoles pluriprofessionnels : points fixes par protocole', en: 'Multi-professional protocols: fixed points per protocol' },
  unit: 'points',
  range: tenfold('1000'),
  periods: [y2017('100', 'unverified', [S.femasifProtocoles, S.acoorde], PROTOCOLS_2017_NOTE), avenant1('100', '23–25')],
});

export const protocolMax = parameter({
  id: 'msp.protocoles.max',
  label: { fr: 'Protocoles pluriprofessionnels : nombre maximal rémunéré', en: 'Multi-professional protocols: most protocols paid' },
  unit: 'count',
  range: { min: '0', max: '100' },
  periods: [y2017('8', 'unverified', [S.femasifProtocoles, S.acoorde], PROTOCOLS_2017_NOTE), avenant1('8', '23–25', { fr: '9 protocoles rapportent autant que 8.', en: '9 protocols earn the same as 8.' })],
});

export const protocolIpaPoints = parameter({
  id: 'msp.protocoles.ipa-per-protocol',
  label: { fr: 'Protocoles pluriprofessionnels : majoration IPA par protocole', en: 'Multi-professional protocols: IPA bonus per protocol' },
  unit: 'points',
  range: tenfold('400'),
  periods: [avenant1('40', '23–24', { fr: 'Plafonné au même nombre de protocoles que la base.', en: 'Capped at the same number of protocols as the base.' }, [S.quotidien2022])],
});

const CONCERTATION_2017_NOTE: Label = {
  fr: 'Lu sur une page de fédération (FMPS Normandie), pas dans le texte du JO ; le guide de la Cnam confirme que l’indicateur existait en 2017 (p. 26).',
  en: 'Read in a federation page (FMPS Normandie), not in the JO text; the Cnam guide confirms the indicator existed in 2017 (p. 26).',
};

export const concertationVariable = parameter({
  id: 'msp.concertation.variable',
  label: { fr: 'Concertation pluriprofessionnelle : points variables', en: 'Multi-professional case reviews: variable points' },
  unit: 'points',
  range: tenfold('10000'),
  periods: [y2017('1000', 'unverified', [S.fmpsRcp], CONCERTATION_2017_NOTE), avenant1('1000', '23, 26–30')],
});

export const concertationTargetRate = parameter({
  id: 'msp.concertation.target-rate',
  label: { fr: 'Concertation : taux cible de dossiers étudiés (patients en ALD ou de 75 ans et plus)', en: 'Case reviews: target share of reviewed files (patients in ALD or aged 75+)' },
  unit: 'ratio',
  range: { min: '0.0001', max: '1' },
  periods: [y2017('0.05', 'unverified', [S.fmpsRcp], CONCERTATION_2017_NOTE), avenant1('0.05', '26–30')],
});

export const concertationMinMeetings = parameter({
  id: 'msp.concertation.min-meetings',
  label: { fr: 'Concertation : nombre minimal de réunions par an', en: 'Case reviews: fewest meetings a year' },
  unit: 'count',
  range: { min: '0', max: '366' },
  periods: [y2017('6', 'unverified', [S.fmpsRcp], CONCERTATION_2017_NOTE), avenant1('6', '26–27', { fr: 'Proratisé à la date d’effet du contrat.', en: 'Prorated to the contract’s effective date.' })],
});

/** Below the minimum of meetings: the points prorated to the meetings held, or nothing. */
export const CONCERTATION_BELOW_MINIMUM = ['prorate-by-meetings', 'not-met'] as const;

const CONCERTATION_BELOW_MINIMUM_NOTE: Label = {
  fr: 'Le guide dit qu’en dessous du minimum de réunions l’indicateur est « proratisable … en fonction du nombre de réunions » (p. 27) mais ne donne aucune formule. prorate-by-meetings (par défaut) : les points (base et majoration IPA) × réunions tenues / réunions exigées, le nombre exigé étant msp.concertation.min-meetings (lui-même proratisé à la date d’effet du contrat), arrondis au centième de point le plus proche (moitié vers le haut), comme le guide imprime les points ; la formule est celle de la bibliothèque. not-met : rien en dessous du minimum (la lecture de la bibliothèque avant l’audit de 2026-11).',
  en: 'The guide says that below the minimum of meetings the indicator is « proratisable … en fonction du nombre de réunions » (p. 27) but gives no formula. prorate-by-meetings (default): the points (base and IPA bonus) × meetings held / meetings required, the required number being msp.concertation.min-meetings (itself prorated to the contract’s effective date), rounded half-up to the hundredth of a point as the guide prints points; the formula is the library’s. not-met: nothing below the minimum (the library’s reading before the 2026-11 audit).',
};

export const concertationBelowMinMeetings = parameter({
  id: 'msp.concertation.below-min-meetings',
  label: {
    fr: 'Concertation : moins de réunions que le minimum (points proratisés au nombre de réunions, ou indicateur non atteint)',
    en: 'Case reviews: fewer meetings than the minimum (points prorated to the meetings held, or not met)',
  },
  unit: 'choice',
  choices: CONCERTATION_BELOW_MINIMUM,
  periods: [
    y2017(
      'prorate-by-meetings',
      'assumption',
      [guide('27')],
      {
        fr: `${CONCERTATION_BELOW_MINIMUM_NOTE.fr} Pour 2017–2021, la lecture du guide de l’avenant 1 est reprise : aucune source sur le texte de 2017 ne dit autre chose.`,
        en: `${CONCERTATION_BELOW_MINIMUM_NOTE.en} For 2017–2021 the Avenant 1 guide’s reading is carried back: no source on the 2017 text says otherwise.`,
      },
    ),
    { from: AVENANT_1_FROM, value: 'prorate-by-meetings', status: 'assumption', sources: [guide('27')], note: CONCERTATION_BELOW_MINIMUM_NOTE },
  ],
});

export const concertationIpaVariable = parameter({
  id: 'msp.concertation.ipa-variable',
  label: { fr: 'Concertation : majoration IPA (points variables)', en: 'Case reviews: IPA bonus (variable points)' },
  unit: 'points',
  range: tenfold('2000'),
  periods: [
    avenant1(
      '200',
      '26, 30',
      {
        fr: 'Proratisé comme l’indicateur de base (guide p. 26 et exemple chiffré p. 30, calculette F30, Quotidien du 13 avril 2022), bien que le tableau récapitulatif du guide (p. 23) imprime « Fixe 200 ».',
        en: 'Prorated like the base indicator (guide p. 26 and worked example p. 30, calculette F30, Quotidien 13 Apr 2022), although the guide’s summary table (p. 23) prints « Fixe 200 ».',
      },
      [S.quotidien2022, calc('F30')],
    ),
  ],
});

export const concertationChildrenInBase = parameter({
  id: 'msp.concertation.children-in-base',
  label: { fr: 'Concertation : enfants de 0 à 16 ans en ALD comptés dans la base', en: 'Case reviews: children aged 0–16 in ALD counted in the base' },
  unit: 'boolean',
  periods: [
    { from: ACI_2017_FROM, until: CONCERTATION_CHILDREN_UNTIL, value: true, status: 'verified', sources: [guide('26')], note: { fr: 'Dérogation pour 2017 et 2018 : enfants de 0 à 16 ans en ALD ayant eu au moins 2 consultations de médecin généraliste dans la structure dans l’année.', en: 'Derogation for 2017 and 2018: children 0–16 in ALD with at least 2 GP visits in the structure in the year.' } },
    { from: CONCERTATION_CHILDREN_UNTIL, value: false, status: 'verified', sources: [guide('26')] },
  ],
});

export const concertationRateRounding = parameter({
  id: 'msp.concertation.rate-rounding',
  label: { fr: 'Concertation : arrondi du taux de dossiers étudiés', en: 'Case reviews: rounding of the reviewed-files rate' },
  unit: 'choice',
  choices: ['truncate-2-decimals-percent', 'exact'],
  periods: [
    {
      from: ACI_2017_FROM,
      value: 'truncate-2-decimals-percent',
      status: 'assumption',
      sources: [guide('29–30')],
      note: {
        fr: 'Lecture par la bibliothèque des exemples chiffrés du guide comme règle générale : le guide écrit 30/650 = 4,615… % sous la forme 4,61 % et applique 4,61/5 = 0,922 (1 844 points là où le calcul exact donne 1 846,15 ; 2 212,80 avec un IPA là où il donne 2 215,38). Aucun texte lu n’énonce de règle d’arrondi ; donnez "exact" dans overrides pour utiliser le taux exact.',
        en: 'The library’s reading of the guide’s worked examples as a general rule: the guide writes 30/650 = 4.615…% as 4.61 % and applies 4.61/5 = 0.922 (1 844 points where exact arithmetic gives 1 846.15; 2 212.80 with an IPA where it gives 2 215.38). No text read states a rounding rule; override with "exact" to use the exact rate.',
      },
    },
  ],
});

export const trainingFirstTwo = parameter({
  id: 'msp.formation.first-two',
  label: { fr: 'Formation des professionnels de santé : premier palier de stagiaires (points fixes)', en: 'Training of health professionals: first level of trainees (fixed points)' },
  unit: 'points',
  range: tenfold('4500'),
  periods: [assumed2017('450', { fr: 'Essort : l’avenant 1 a « ajouté » des points pour un 3e et un 4e stagiaire ; le niveau à 2 stagiaires existait donc avant.', en: 'Essort: Avenant 1 « added » points for a 3rd and 4th trainee, so the 2-trainee level existed before.' }), avenant1('450', '31–33', undefined, [S.essort])],
});

export const trainingMinTrainees = parameter({
  id: 'msp.formation.min-trainees',
  label: { fr: 'Formation : nombre de stagiaires du premier palier', en: 'Training: trainees needed for the first level' },
  unit: 'count',
  range: { min: '1', max: '100' },
  periods: [assumed2017('2'), avenant1('2', '31–33')],
});

export const trainingThird = parameter({
  id: 'msp.formation.third',
  label: { fr: 'Formation : 3e stagiaire (points fixes)', en: 'Training: 3rd trainee (fixed points)' },
  unit: 'points',
  range: tenfold('2250'),
  periods: [avenant1('225', '31–33', undefined, [S.essort])],
});

export const trainingFourth = parameter({
  id: 'msp.formation.fourth',
  label: { fr: 'Formation : 4e stagiaire (points fixes)', en: 'Training: 4th trainee (fixed points)' },
  unit: 'points',
  range: tenfold('2250'),
  periods: [avenant1('225', '31–33', { fr: '5 stagiaires ou plus rapportent autant que 4.', en: '5 or more trainees earn the same as 4.' }, [S.essort])],
});

export const externalCoordinationVariable = parameter({
  id: 'msp.coordination-externe.variable',
  label: { fr: 'Coordination externe : points variables', en: 'External coordination: variable points' },
  unit: 'points',
  range: tenfold('2000'),
  periods: [assumed2017('200'), avenant1('200', '31, 34–35')],
});

export const qualityLevel1 = parameter({
  id: 'msp.qualite.niveau-1',
  label: { fr: 'Démarche qualité, niveau 1 (points fixes)', en: 'Quality approach, level 1 (fixed points)' },
  unit: 'points',
  range: tenfold('1000'),
  periods: [avenant1('100', '31, 36–37')],
});

export const qualityLevel2 = parameter({
  id: 'msp.qualite.niveau-2',
  label: { fr: 'Démarche qualité, niveau 2 (points variables)', en: 'Quality approach, level 2 (variable points)' },
  unit: 'points',
  range: tenfold('2000'),
  periods: [avenant1('200', '36', { fr: 'Variable selon le guide et la calculette ; une synthèse de presse (Concours pluripro) la dit fixe — le guide est suivi.', en: 'Variable per the guide and the calculette; a press summary (Concours pluripro) calls it fixed — the guide is followed.' })],
});

export const qualityLevel3 = parameter({
  id: 'msp.qualite.niveau-3',
  label: { fr: 'Démarche qualité, niveau 3 (points variables)', en: 'Quality approach, level 3 (variable points)' },
  unit: 'points',
  range: tenfold('3000'),
  periods: [avenant1('300', '36', { fr: 'Variable selon le guide et la calculette ; une synthèse de presse (Concours pluripro) la dit fixe — le guide est suivi.', en: 'Variable per the guide and the calculette; a press summary (Concours pluripro) calls it fixed — the guide is followed.' })],
});

export const pncPoints = parameter({
  id: 'msp.protocoles-nationaux-cooperation.per-protocol',
  label: { fr: 'Protocoles nationaux de coopération (soins non programmés) : points par protocole', en: 'National cooperation protocols (unscheduled care): points per protocol' },
  unit: 'points',
  range: tenfold('1000'),
  periods: [avenant1('100', '31, 38–39')],
});

export const pncMax = parameter({
  id: 'msp.protocoles-nationaux-cooperation.max',
  label: { fr: 'Protocoles nationaux de coopération : nombre maximal rémunéré', en: 'National cooperation protocols: most protocols paid' },
  unit: 'count',
  range: { min: '0', max: '100' },
  periods: [avenant1('6', '38–39', { fr: 'Les 6 protocoles des arrêtés du 6 mars 2020.', en: 'The 6 protocols of the arrêtés of 6 March 2020.' })],
});

export const heartFailureVariable = parameter({
  id: 'msp.parcours-insuffisance-cardiaque.variable',
  label: { fr: 'Parcours insuffisance cardiaque : points variables', en: 'Heart-failure pathway: variable points' },
  unit: 'points',
  range: tenfold('1000'),
  periods: [avenant1('100', '31, 40–41')],
});

export const childObesityFixed = parameter({
  id: 'msp.parcours-obesite-enfant.fixed',
  label: { fr: 'Parcours surpoids ou obésité de l’enfant : points fixes', en: 'Child overweight/obesity pathway: fixed points' },
  unit: 'points',
  range: tenfold('1000'),
  periods: [avenant1('100', '31, 42')],
});

export const childObesityFreeFrom = parameter({
  id: 'msp.parcours-obesite-enfant.missions-free-from',
  label: { fr: 'Parcours obésité de l’enfant : nombre de missions à partir duquel le thème est libre', en: 'Child obesity pathway: missions from which their themes do not matter' },
  unit: 'count',
  range: { min: '0', max: '9' },
  periods: [avenant1('2', '42', { fr: 'Avec exactement une mission de santé publique, celle-ci doit porter sur le surpoids et l’obésité de l’enfant.', en: 'With exactly one public-health mission, it must be on child overweight/obesity.' })],
});

// ---------------------------------------------------------------------------------------------------
// Axe 3 — système d’information

const SI_2017_NOTE: Label = {
  fr: 'La base par PS associé est nouvelle en 2017 (FEHAP : « liée au nombre de professionnels de santé associés »).',
  en: 'The per-associated-PS basis is new in 2017 (FEHAP: « liée au nombre de professionnels de santé associés »).',
};

export const siStandardFixed = parameter({
  id: 'msp.si-standard.fixed',
  label: { fr: 'Système d’information niveau standard : points fixes', en: 'Information system, standard level: fixed points' },
  unit: 'points',
  range: tenfold('5000'),
  periods: [assumed2017('500', SI_2017_NOTE), avenant1('500', '43–46')],
});

export const siStandardPerProfessional = parameter({
  id: 'msp.si-standard.per-professional',
  label: { fr: 'Système d’information standard : points par professionnel associé jusqu’au seuil', en: 'Information system, standard: points per associated professional up to the threshold' },
  unit: 'points',
  range: tenfold('2000'),
  periods: [assumed2017('200', SI_2017_NOTE), avenant1('200', '43–46', { fr: 'Compté sur les PS associés, pas sur les PS équipés du logiciel (la lecture de la calculette, non suivie).', en: 'Counted on associated PS, not on PS equipped with the software (the calculette’s reading, not followed).' })],
});

export const siStandardPerProfessionalBeyond = parameter({
  id: 'msp.si-standard.per-professional-beyond',
  label: { fr: 'Système d’information standard : points par professionnel associé au-delà du seuil', en: 'Information system, standard: points per associated professional beyond the threshold' },
  unit: 'points',
  range: tenfold('1500'),
  periods: [assumed2017('150', SI_2017_NOTE), avenant1('150', '43–46')],
});

export const siStandardThreshold = parameter({
  id: 'msp.si-standard.threshold',
  label: { fr: 'Système d’information standard : seuil de professionnels associés', en: 'Information system, standard: threshold of associated professionals' },
  unit: 'count',
  range: { min: '0', max: '1000' },
  periods: [assumed2017('16', SI_2017_NOTE), avenant1('16', '43–46', { fr: '200 points pour chacun des 16 premiers PS associés, 150 à partir du 17e.', en: '200 points for each of the first 16 associated PS, 150 from the 17th.' })],
});

export const siAdvancedFixed = parameter({
  id: 'msp.si-avance.fixed',
  label: { fr: 'Système d’information niveau avancé : points fixes', en: 'Information system, advanced level: fixed points' },
  unit: 'points',
  range: tenfold('1000'),
  periods: [assumed2017('100'), avenant1('100', '47–48')],
});

// ---------------------------------------------------------------------------------------------------
// Precarity majoration

export const precarityCap = parameter({
  id: 'msp.precarite.cap',
  label: { fr: 'Majoration précarité : plafond', en: 'Precarity majoration: cap' },
  unit: 'ratio',
  periods: [
    {
      from: ACI_2017_FROM,
      value: '0.25',
      status: 'unverified',
      sources: [S.thesis, calc('F67–F69')],
      note: {
        fr: 'Lu dans une thèse de médecine (« plafonnée à 25% ») et dans la calculette ; ameli dit seulement que la rémunération « peut être majorée » selon le taux de précarité.',
        en: 'Read in a medical thesis (« plafonnée à 25% ») and in the calculette; ameli only says the remuneration « peut être majorée » by the precarity rate.',
      },
    },
  ],
});

/** The note of a national rate nobody publishes, with the rate the 2022 calculette hard-codes. */
function nationalRateNote(rate: Label): Label {
  return { fr: NATIONAL_RATE_NOTE.fr.replace('RATE', rate.fr), en: NATIONAL_RATE_NOTE.en.replace('RATE', rate.en) };
}

const NATIONAL_RATE_NOTE: Label = {
  fr: 'Le taux national de référence annuel officiel n’a été trouvé dans aucune source. La calculette de 2022 code en dur RATE dans une branche (cellule E69), vraisemblablement le taux national vers 2022 — un indice, pas une source. Donnez dans overrides le taux utilisé par la CPAM.',
  en: 'The official yearly national reference rate was not found in any source. The 2022 calculette hard-codes RATE in one branch (cell E69), presumably the national rate around 2022 — a hint, not a source. Pass the rate the CPAM used as an override.',
};

export const nationalRateC2s = parameter<'msp.precarite.national-rate-c2s', string, 'ratio'>({
  id: 'msp.precarite.national-rate-c2s',
  label: { fr: 'Taux national de référence des patients C2S (ex-CMU-C)', en: 'National reference rate of C2S (ex-CMU-C) patients' },
  unit: 'ratio',
  periods: [{ from: ACI_2017_FROM, status: 'unknown', sources: [], note: nationalRateNote({ fr: '7,5 %', en: '7.5 %' }) }],
});

export const nationalRateAme = parameter<'msp.precarite.national-rate-ame', string, 'ratio'>({
  id: 'msp.precarite.national-rate-ame',
  label: { fr: 'Taux national de référence des patients AME', en: 'National reference rate of AME patients' },
  unit: 'ratio',
  periods: [{ from: ACI_2017_FROM, status: 'unknown', sources: [], note: nationalRateNote({ fr: '0,4 %', en: '0.4 %' }) }],
});

// ---------------------------------------------------------------------------------------------------
// Payment: advance, balance, prorata, new structures

export const advanceRate = parameter({
  id: 'msp.avance.rate',
  label: { fr: 'Avance : part de la rémunération pour 100 % des indicateurs socles et prérequis', en: 'Advance: share of the remuneration for 100 % of the socle and prérequis indicators' },
  unit: 'ratio',
  periods: [
    {
      from: ACI_2017_FROM,
      value: '0.6',
      status: 'verified',
      sources: [S.ameliRemuneration, S.avecsante, S.femasif],
      note: {
        fr: '« Une avance égale à 60 % de la rémunération pour un taux d’atteinte de 100 % des indicateurs “prérequis socles” et “socles” et pour une année complète … proratisée en fonction de la date de contractualisation » (formulation d’ameli, reprise par AVECsanté). FémasIF dit « socles » seulement ; la formulation d’ameli est suivie.',
        en: '« Une avance égale à 60 % de la rémunération pour un taux d’atteinte de 100 % des indicateurs “prérequis socles” et “socles” et pour une année complète … proratisée en fonction de la date de contractualisation » (ameli wording, mirrored by AVECsanté). FémasIF says « socles » only; the ameli wording is followed.',
      },
    },
  ],
});

const PAYMENT_SOURCES = [S.ameliRemuneration, S.avecsante];

export const advanceDueMonth = parameter({
  id: 'msp.avance.due-month',
  label: { fr: 'Avance : mois de l’échéance (année N)', en: 'Advance: month it is due (year N)' },
  unit: 'count',
  range: { min: '1', max: '12' },
  periods: [{ from: ACI_2017_FROM, value: '4', status: 'verified', sources: PAYMENT_SOURCES, note: { fr: 'Au plus tard le 30 avril de l’année N.', en: 'By 30 April of year N.' } }],
});

export const advanceDueDay = parameter({
  id: 'msp.avance.due-day',
  label: { fr: 'Avance : jour de l’échéance', en: 'Advance: day it is due' },
  unit: 'count',
  range: { min: '1', max: '31' },
  periods: [{ from: ACI_2017_FROM, value: '30', status: 'verified', sources: PAYMENT_SOURCES, note: { fr: 'Au plus tard le 30 avril de l’année N.', en: 'By 30 April of year N.' } }],
});

export const advanceNewAdherentMonths = parameter({
  id: 'msp.avance.new-adherent-delay-months',
  label: { fr: 'Avance d’une structure qui vient d’adhérer : délai après la signature', en: 'Advance of a structure that has just joined: delay after signature' },
  unit: 'months',
  range: { min: '0', max: '12' },
  periods: [{ from: ACI_2017_FROM, value: '3', status: 'verified', sources: PAYMENT_SOURCES, note: { fr: 'Citation : « dans les 3 mois suivant votre contractualisation si vous venez d’adhérer à l’accord ».', en: '« dans les 3 mois suivant votre contractualisation si vous venez d’adhérer à l’accord ».' } }],
});

export const balanceDueMonth = parameter({
  id: 'msp.solde.due-month',
  label: { fr: 'Solde : mois de l’échéance (année N+1)', en: 'Balance: month it is due (year N+1)' },
  unit: 'count',
  range: { min: '1', max: '12' },
  periods: [{ from: ACI_2017_FROM, value: '4', status: 'verified', sources: PAYMENT_SOURCES, note: { fr: 'Citation : « versée au plus tard le 30 avril de l’année n+1 ».', en: '« versée au plus tard le 30 avril de l’année n+1 ».' } }],
});

export const balanceDueDay = parameter({
  id: 'msp.solde.due-day',
  label: { fr: 'Solde : jour de l’échéance', en: 'Balance: day it is due' },
  unit: 'count',
  range: { min: '1', max: '31' },
  periods: [{ from: ACI_2017_FROM, value: '30', status: 'verified', sources: PAYMENT_SOURCES, note: { fr: 'Citation : « versée au plus tard le 30 avril de l’année n+1 ».', en: '« versée au plus tard le 30 avril de l’année n+1 ».' } }],
});

export const prorataBasis = parameter({
  id: 'msp.prorata.basis',
  label: { fr: 'Prorata temporis : unité de décompte', en: 'Prorata temporis: unit counted' },
  unit: 'choice',
  choices: ['days', 'months'],
  periods: [
    {
      from: ACI_2017_FROM,
      value: 'days',
      status: 'assumption',
      sources: [S.ameliRemuneration, guide('27–28, 44')],
      note: {
        fr: 'ameli et le guide disent que la rémunération d’une première année, les réunions de concertation et le SI sont proratisés (« proratisée en fonction de la date de contractualisation », « prorata temporis »), mais aucun texte lu ne dit si l’on compte des jours ou des mois. La bibliothèque compte des jours calendaires ; "months" compte les mois calendaires à partir du mois de la date (inclus quand la date est le 1er, sinon à partir du mois suivant).',
        en: 'ameli and the guide say the remuneration of a first year, the concertation meetings and the SI are prorated (« proratisée en fonction de la date de contractualisation », « prorata temporis »), but no text read says whether days or months are counted. The library counts calendar days; "months" counts the calendar months from the date’s month (included when the date is the 1st, otherwise from the next month).',
      },
    },
  ],
});

export const newStructureProjetAge = parameter({
  id: 'msp.nouvelle-structure.projet-age-max',
  label: { fr: 'Nouvelle structure : ancienneté maximale du projet de santé à la signature', en: 'New structure: greatest age of the projet de santé at signature' },
  unit: 'years',
  range: { min: '1', max: '10' },
  periods: [
    {
      from: ACI_2017_FROM,
      until: AVENANT_1_FROM,
      value: '1',
      status: 'verified',
      sources: [S.ameliRemuneration, S.femasif],
      note: {
        fr: 'Citation : « Une structure est considérée comme nouvelle si son projet de santé a été déposé il y a moins d’un an, à la date de signature du contrat ACI. »',
        en: '« Une structure est considérée comme nouvelle si son projet de santé a été déposé il y a moins d’un an, à la date de signature du contrat ACI. »',
      },
    },
    carriedOver2022('1', [S.ameliRemuneration, S.femasif], { fr: 'Un projet de santé déposé moins d’un an avant la signature (ameli, ACI 2017).', en: 'A projet de santé filed less than a year before signature (ameli, ACI 2017).' }),
  ],
});

export const newStructureYears = parameter({
  id: 'msp.nouvelle-structure.years',
  label: { fr: 'Nouvelle structure : nombre d’années civiles couvertes (année de signature comprise)', en: 'New structure: calendar years covered (year of signature included)' },
  unit: 'years',
  range: { min: '1', max: '10' },
  periods: [
    { from: ACI_2017_FROM, until: AVENANT_1_FROM, value: '2', status: 'verified', sources: [S.ameliRemuneration], note: { fr: 'L’année de signature du contrat et la suivante.', en: 'The year the contract is signed and the following one.' } },
    carriedOver2022('2', [S.ameliRemuneration], { fr: 'L’année de signature du contrat et la suivante (ameli, ACI 2017).', en: 'The year the contract is signed and the following one (ameli, ACI 2017).' }),
  ],
});

const NEW_STRUCTURE_NOTE: Label = {
  fr: 'Lu dans des sources secondaires (CMV Médiforce ; Quotidien « 20 000 euros la première année » ; Egora) ; la partie utile de la page d’ameli n’a pas pu être lue. On ne sait pas si l’avenant 1 l’a modifié.',
  en: 'Read in secondary sources (CMV Médiforce; Quotidien « 20 000 euros la première année »; Egora); the relevant part of the ameli page could not be read. Whether Avenant 1 changed it is not known.',
};

/**
 * The new-structure dispositions from the 2022 exercise: the ACI 2017 rule carried over to Avenant 1 (an
 * assumption of its own), with the 2017 period's value and sources.
 */
function carriedOver2022<T extends string | boolean>(value: T, sources: readonly Source[], what: Label): Period<T> {
  return {
    from: AVENANT_1_FROM,
    value,
    status: 'assumption',
    sources,
    note: {
      fr: `${what.fr} Les sources décrivent la disposition de l’ACI 2017 ; aucune ne dit si l’avenant 1 (à partir de l’exercice 2022) l’a conservée ou modifiée. La bibliothèque reprend la règle de 2017 (donnez une autre valeur dans overrides si votre CPAM en applique une autre).`,
      en: `${what.en} The sources describe the ACI 2017 disposition; none says whether Avenant 1 (from the 2022 exercise) kept or changed it. The library carries the 2017 rule over (override it if your CPAM applies another).`,
    },
  };
}

export const newStructureMinimum = parameter({
  id: 'msp.nouvelle-structure.minimum',
  label: { fr: 'Nouvelle structure : rémunération minimale pour une année entière', en: 'New structure: least remuneration for a full year' },
  unit: 'EUR',
  range: MSP_EURO_RANGE,
  periods: [
    { from: ACI_2017_FROM, until: AVENANT_1_FROM, value: '20000', status: 'unverified', sources: [S.cmvMediforce, S.quotidien2017, S.egora2017], note: NEW_STRUCTURE_NOTE },
    carriedOver2022('20000', [S.cmvMediforce, S.quotidien2017, S.egora2017], { fr: '20 000 € par année entière sous l’ACI 2017 (sources secondaires).', en: '20 000 € per full year under the ACI 2017 (secondary sources).' }),
  ],
});

export const newStructureAdvance = parameter({
  id: 'msp.nouvelle-structure.avance',
  label: { fr: 'Nouvelle structure : avance minimale pour une année entière', en: 'New structure: least advance for a full year' },
  unit: 'EUR',
  range: MSP_EURO_RANGE,
  periods: [
    {
      from: ACI_2017_FROM,
      until: AVENANT_1_FROM,
      value: '12000',
      status: 'unverified',
      sources: [S.cmvMediforce, S.apmsl],
      note: {
        fr: `${NEW_STRUCTURE_NOTE.fr} L’APMSL indique une avance minimale de 12 000 € pour toute structure ; CMV Médiforce la rattache aux nouvelles structures (60 % de leur minimum de 20 000 €) : la bibliothèque l’applique aux seules nouvelles structures.`,
        en: `${NEW_STRUCTURE_NOTE.en} APMSL states a 12 000 € minimum advance for every structure; CMV Médiforce ties it to new structures (60 % of their 20 000 € minimum): the library applies it to new structures only.`,
      },
    },
    carriedOver2022('12000', [S.cmvMediforce, S.apmsl], { fr: '12 000 € d’avance sous l’ACI 2017 (sources secondaires ; appliqué aux seules nouvelles structures).', en: '12 000 € of advance under the ACI 2017 (secondary sources; applied to new structures only).' }),
  ],
});

export const newStructureNeedsPrerequisites = parameter({
  id: 'msp.nouvelle-structure.minimum-requires-prerequisites',
  label: { fr: 'Nouvelle structure : le minimum suppose les prérequis atteints', en: 'New structure: the minimum requires the prérequis to be met' },
  unit: 'boolean',
  periods: [
    {
      from: ACI_2017_FROM,
      until: AVENANT_1_FROM,
      value: true,
      status: 'assumption',
      sources: [S.femasifBoite],
      note: {
        fr: 'On n’a pas trouvé quels prérequis sont assouplis pour une nouvelle structure, ni si son minimum les exige. La bibliothèque applique la règle générale (« leur atteinte conditionne le déclenchement de la rémunération ») : pas de prérequis, pas de minimum. Donnez false dans overrides pour verser le minimum dans tous les cas.',
        en: 'Which prérequis are relaxed for a new structure, and whether its minimum needs them, was not found. The library applies the general rule (« leur atteinte conditionne le déclenchement de la rémunération »): no prérequis, no minimum. Override with false to pay the minimum regardless.',
      },
    },
    carriedOver2022(true, [S.femasifBoite], { fr: 'Pas de prérequis, pas de minimum (lecture par la bibliothèque de la règle générale sous l’ACI 2017).', en: 'No prérequis, no minimum (the library’s reading of the general rule under the ACI 2017).' }),
  ],
});

// ---------------------------------------------------------------------------------------------------
// Readings of the texts that are rules rather than figures

export const RULES = {
  hoursDecisionTree: {
    id: 'msp.rule.horaires-arbre',
    label: {
      fr: 'Horaires : minorations additives selon l’arbre de décision du guide ; indicateur atteint tant qu’il reste des points',
      en: 'Hours: reductions add up along the guide’s decision tree; the indicator is met while points remain',
    },
    status: 'assumption',
    sources: [guide('5'), calc('rows 12–16')],
    note: {
      fr: 'L’arbre du guide (p. 5) cumule les minorations (la calculette n’en permet qu’une : un défaut connu, non reproduit). Deux lacunes de l’arbre sont comblées par des lectures de la bibliothèque, d’où une hypothèse : une fermeture de moins de 2 semaines pendant les vacances scolaires, non représentée dans l’arbre, est lue comme une ouverture toute l’année ; un score minoré (par exemple 510) est lu comme prérequis atteint, seules les branches à 0 point valant échec.',
      en: 'The guide’s tree (p. 5) combines the reductions (the calculette allows only one: a known bug, not reproduced). Two gaps of the tree are the library’s readings, hence an assumption: a closure of under 2 weeks in school holidays, not drawn in the tree, is read as open all year; a reduced score (e.g. 510) is read as prérequis met, only the 0-point branches meaning failure.',
    },
  },
  hoursTree2017: {
    id: 'msp.rule.horaires-arbre-2017',
    label: { fr: 'Horaires (ACI 2017) : même arbre de décision que l’avenant 1', en: 'Hours (ACI 2017): same decision tree as Avenant 1' },
    status: 'assumption',
    sources: [guide('5')],
    note: {
      fr: 'Les conditions et minorations de 2017 n’ont pas été trouvées ; la bibliothèque applique l’arbre de 2022, les minorations de 2017 étant inconnues (overrides).',
      en: 'The 2017 conditions and reductions were not found; the library applies the 2022 tree, with the 2017 reductions unknown (overrides).',
    },
  },
  missionsDistinct: {
    id: 'msp.rule.missions-distinctes',
    label: { fr: 'Missions : deux missions rémunérées ne peuvent porter sur le même thème (ni être deux missions issues du PRS)', en: 'Missions: two paid missions may not share a theme (nor both derive from the PRS)' },
    status: 'verified',
    sources: [guide('15–16')],
    note: {
      fr: 'Le guide dit que les 2 missions ne doivent être ni 2 thèmes identiques ni 2 missions issues du PRS ; la bibliothèque refuse un thème répété (une seconde mission PRS répète le thème "projet-regional-de-sante").',
      en: 'The guide says the 2 missions must not be 2 identical themes nor 2 PRS-derived missions; the library refuses a repeated theme (a second PRS mission repeats the theme "projet-regional-de-sante").',
    },
  },
  childObesityNoMission: {
    id: 'msp.rule.obesite-sans-mission',
    label: { fr: 'Parcours obésité de l’enfant sans aucune mission de santé publique : non rémunéré', en: 'Child obesity pathway with no public-health mission: not paid' },
    status: 'assumption',
    sources: [guide('42')],
    note: {
      fr: 'Le guide traite le cas d’exactement une mission (elle doit porter sur l’obésité de l’enfant) et celui de deux missions ou plus (sans condition) ; sans mission, la bibliothèque ne verse rien.',
      en: 'The guide covers exactly one mission (must be on child obesity) and two or more (no condition); with none, the library pays nothing.',
    },
  },
  concertationMeetings: {
    id: 'msp.rule.concertation-reunions',
    label: {
      fr: 'Concertation : minimum de réunions (msp.concertation.min-meetings) proratisé à la date d’effet du contrat, arrondi à l’unité ; en dessous, msp.concertation.below-min-meetings',
      en: 'Case reviews: minimum of meetings (msp.concertation.min-meetings) prorated to the contract’s effective date, rounded to a whole meeting; below it, msp.concertation.below-min-meetings',
    },
    status: 'assumption',
    sources: [guide('26–28')],
    note: {
      fr: 'Le guide exige le minimum de réunions (msp.concertation.min-meetings) « proratisé à la date d’effet du contrat », sans règle d’arrondi : la bibliothèque arrondit le minimum proratisé à la réunion entière la plus proche (moitié vers le haut). En dessous du minimum, les points sont proratisés selon les réunions tenues ou perdus, comme le dit msp.concertation.below-min-meetings.',
      en: 'The guide asks for the minimum of meetings (msp.concertation.min-meetings) « proratisé à la date d’effet du contrat », without a rounding rule: the library rounds the prorated minimum half-up to a whole meeting. Below the minimum, the points are prorated to the meetings held or lost, as msp.concertation.below-min-meetings says.',
    },
  },
  siProrata: {
    id: 'msp.rule.si-prorata',
    label: {
      fr: 'Système d’information : prorata temporis depuis la première acquisition, points arrondis au centième',
      en: 'Information system: prorata temporis from the first acquisition, points rounded to the hundredth',
    },
    status: 'assumption',
    sources: [guide('44, 47')],
    note: {
      fr: 'Le guide dit « prorata temporis » à partir de la première acquisition du logiciel ; l’unité (msp.prorata.basis) et l’arrondi sont ceux de la bibliothèque : les points proratisés sont arrondis à 2 décimales, au plus proche (moitié vers le haut), comme le guide imprime les points (2 212,80).',
      en: 'The guide says « prorata temporis » from the first software acquisition; the unit (msp.prorata.basis) and the rounding are the library’s: prorated points are rounded half-up to 2 decimals, as the guide prints points (2 212.80).',
    },
  },
  firstYearProrata: {
    id: 'msp.rule.premiere-annee-prorata',
    label: {
      fr: 'Première année incomplète : toute la rémunération proratisée de la date de signature au 31 décembre',
      en: 'First partial year: the whole remuneration prorated from the signature date to 31 December',
    },
    status: 'assumption',
    sources: [S.ameliRemuneration, guide('27–28')],
    note: {
      fr: 'ameli dit que la rémunération tient compte de la date du contrat et le guide proratise la concertation « à la date d’adhésion » ; il n’est pas dit si tout point fixe est proratisé. La bibliothèque proratise le montant en euros de l’année entière (répartition en centimes entiers), le contrat prenant effet à sa date de signature.',
      en: 'ameli says the remuneration takes the contract date into account and the guide prorates the concertation « à la date d’adhésion »; whether every fixed point is prorated is not stated. The library prorates the euro amount of the whole year (allocation in whole cents), the contract taking effect on its signature date.',
    },
  },
  euroRounding: {
    id: 'msp.rule.arrondi-euros',
    label: { fr: 'Montant en euros arrondi au centime (demi supérieur)', en: 'Euro amount rounded to the cent (half up)' },
    status: 'assumption',
    sources: [guide('30')],
    note: {
      fr: 'Aucune règle d’arrondi n’a été trouvée pour les points ou les euros ; le guide garde des points décimaux. La bibliothèque multiplie le total exact des points par la valeur du point et arrondit une seule fois au centime, au plus proche (moitié vers le haut) ; la majoration de précarité (montant × taux) et l’avance (les points socles × la valeur du point, puis × le taux d’avance) sont arrondies de la même façon. Une étape ne cite cette lecture que si l’arrondi a changé son montant.',
      en: 'No rounding rule was found for points or euros; the guide keeps decimal points. The library multiplies the exact total of points by the point value and rounds once, half up, to the cent; the precarity majoration (amount × rate) and the advance (the core points × the point value, then × the advance rate) are rounded the same way. A step cites this reading only when the rounding changed its amount.',
    },
  },
  precarityFormula: {
    id: 'msp.rule.precarite-formule',
    label: {
      fr: 'Majoration précarité = somme des écarts positifs (C2S, AME) au taux national, plafonnée, appliquée à toute la rémunération',
      en: 'Precarity majoration = sum of the positive gaps (C2S, AME) to the national rate, capped, applied to the whole remuneration',
    },
    status: 'unverified',
    sources: [S.thesis, calc('E67–F69'), S.ameliRemuneration],
    note: {
      fr: 'Thèse : « on prend le taux de précarité de la structure à la différence du taux national pour les CMU-C et les AME. Puis on additionne les deux. » Un écart négatif ne compense jamais un écart positif (branches de la calculette ; la thèse est muette). Appliquée au montant total des points (calculette ; ameli parle de « la rémunération ») ; ni à l’avance, ni au minimum des nouvelles structures. Les taux sont des parts de la patientèle de référence.',
      en: 'Thesis: « on prend le taux de précarité de la structure à la différence du taux national pour les CMU-C et les AME. Puis on additionne les deux. » A negative gap never offsets a positive one (calculette branches; the thesis is silent). Applied to the whole amount of points (calculette; ameli speaks of « la rémunération »); not to the advance, nor to the new-structure minimum. Rates are shares of the patientèle de référence.',
    },
  },
  advanceBasis: {
    id: 'msp.rule.avance-base',
    label: {
      fr: 'Avance : « 100 % » des socles = horaires sans minoration, plan de crise, coordination, SI standard sur une année entière, protocoles au plafond, concertation au taux cible',
      en: 'Advance: “100 %” of the socle = hours without reduction, crisis plan, coordination, standard SI for a full year, protocols at the cap, case reviews at the target rate',
    },
    status: 'assumption',
    sources: [S.ameliRemuneration, calc('F64, G64')],
    note: {
      fr: 'Ce que « 100 % » signifie pour les protocoles (8 ?), la concertation (5 % atteints ?) et les points variables de crise n’est pas dit. La bibliothèque compte les protocoles au plafond, la concertation au taux cible, les majorations IPA quand la structure a un IPA, et aucun point variable de crise ; la patientèle et les professionnels sont ceux saisis pour l’année ; pas de majoration de précarité.',
      en: 'What « 100 % » means for protocols (8?), concertation (5 % reached?) and the crisis variable points is not stated. The library counts protocols at the cap, concertation at the target rate, IPA bonuses when the structure has an IPA, and no crisis variable points; the patientèle and professionals are those entered for the year; no precarity majoration.',
    },
  },
  advanceRecovery: {
    id: 'msp.rule.avance-recuperation',
    label: { fr: 'Solde négatif : l’avance excédentaire est récupérée', en: 'Negative balance: the excess advance is recovered' },
    status: 'assumption',
    sources: [S.ameliRemuneration],
    note: {
      fr: 'Ce qui se passe quand l’avance dépasse le montant final (ou quand les prérequis ne sont pas atteints après une avance) n’est pas dit ; la bibliothèque affiche un solde négatif, le montant que la caisse récupérerait.',
      en: 'What happens when the advance exceeds the final amount (or when the prérequis are not met after an advance) is not stated; the library shows a negative balance, the amount the caisse would recover.',
    },
  },
  newStructureMinimumProrata: {
    id: 'msp.rule.nouvelle-structure-prorata',
    label: {
      fr: 'Nouvelle structure : minimum et avance minimale proratisés pour une première année incomplète',
      en: 'New structure: minimum and least advance prorated for a first partial year',
    },
    status: 'assumption',
    sources: [S.cmvMediforce],
    note: {
      fr: '« 20 000 € par année entière » implique un prorata pour une première année partielle ; sa formule n’est pas donnée. La bibliothèque proratise les deux comme la rémunération (msp.prorata.basis) et compare le minimum à la rémunération après la majoration de précarité.',
      en: '« 20 000 € par année entière » implies a proration for a partial first year; its formula is not stated. The library prorates both like the remuneration (msp.prorata.basis) and compares the minimum with the remuneration after the precarity majoration.',
    },
  },
} as const satisfies Record<string, RuleReading>;

// ---------------------------------------------------------------------------------------------------

const ALL = [
  version,
  catalogue,
  crisisType,
  pointValue,
  referencePatientele,
  hoursFixed,
  hoursMinoration10to12,
  hoursMinoration8to10,
  hoursMinorationSaturday,
  hoursMinorationHolidays,
  crisisPlanFixed,
  crisisVariable,
  crisisVariablePayable,
  diversityLevel1,
  diversityLevel2,
  secondRecoursLevel1,
  secondRecoursLevel2,
  cstmFixed,
  missionPoints,
  missionMax,
  missionIpaBonus,
  missionIpaMinMissions,
  satisfactionFixed,
  usersLevel1,
  usersLevel2,
  sasHalf,
  sasFull,
  sasHalfShare,
  sasFullShare,
  coordinationFixed,
  coordinationVariable,
  coordinationVariableBeyond,
  coordinationThreshold,
  protocolPoints,
  protocolMax,
  protocolIpaPoints,
  concertationVariable,
  concertationTargetRate,
  concertationMinMeetings,
  concertationBelowMinMeetings,
  concertationIpaVariable,
  concertationChildrenInBase,
  concertationRateRounding,
  trainingFirstTwo,
  trainingMinTrainees,
  trainingThird,
  trainingFourth,
  externalCoordinationVariable,
  qualityLevel1,
  qualityLevel2,
  qualityLevel3,
  pncPoints,
  pncMax,
  heartFailureVariable,
  childObesityFixed,
  childObesityFreeFrom,
  siStandardFixed,
  siStandardPerProfessional,
  siStandardPerProfessionalBeyond,
  siStandardThreshold,
  siAdvancedFixed,
  precarityCap,
  nationalRateC2s,
  nationalRateAme,
  advanceRate,
  advanceDueMonth,
  advanceDueDay,
  advanceNewAdherentMonths,
  balanceDueMonth,
  balanceDueDay,
  prorataBasis,
  newStructureProjetAge,
  newStructureYears,
  newStructureMinimum,
  newStructureAdvance,
  newStructureNeedsPrerequisites,
] as const;

/** The id of an ACI MSP parameter (for overrides, with autocompletion). */
export type MspParameterId = (typeof ALL)[number]['id'];

/** Every ACI MSP parameter, by id. */
export const PARAMETERS = table(ALL);
