/**
 * Every legal figure of the aide à l’emploi d’un assistant médical, by date, with its sources.
 *
 * Two kinds of dates key these tables:
 * - the **signature date** of the contract chooses the regime and, with it, eligibility rules, options
 *   and objectives (`am.regime`, `am.eligibility.*`, `am.option.*`, `am.objective.*`, `am.percentile.*`);
 * - the **amount reference date** of a contract year (its first day, or the signature date if later)
 *   chooses the amount table (`am.aid.ceiling.*`): the Convention 2024 amounts apply to contract years
 *   starting on or after 22 June 2024 (ameli: « l’augmentation a lieu à la date anniversaire du contrat »).
 *
 * Nothing here is computed: each figure is typed from its source. See docs/assistant-medical.md.
 */
import type { Label } from '../core/format.js';
import { parameter, table, type Parameter, type Period, type RuleReading, type Source } from '../core/parameters.js';
import { SOURCES as S } from './sources.js';

// ---------------------------------------------------------------------------------------------------
// Dates at which the texts change (data, used only to build the periods below)

/** Avenant 7: contracts signed from 1 September 2019 (start of the scheme). */
/**
 * Sanity bound of every euro figure of the scheme (maximum aid per year, aid per ETP of the collective
 * contract): up to 500 000 €, more than 13× the largest figure of the texts (38 000 €). Not a legal figure: it
 * keeps an override from making a year absurd (any figure alone reached 100 000 000 €); every figure at its
 * bound keeps a contract-year below 1 000 000 000 € (test/assistant-medical/hostile.test.ts). See
 * docs/architecture.md.
 */
const EURO_RANGE = { max: '500000' } as const;

const AVENANT_7_FROM = '2019-09-01';
/** Règlement arbitral: in force 1 May 2023 (arrêté of 28 April 2023, JO 30 April 2023). */
const RA_FROM = '2023-05-01';
/** Convention médicale 2024: in force 22 June 2024 (arrêté of 20 June 2024). */
const CONVENTION_2024_FROM = '2024-06-22';

// ---------------------------------------------------------------------------------------------------
// Regimes and contract

export const REGIMES = ['avenant-7', 'reglement-arbitral-2023', 'convention-2024'] as const;
/** The text governing a contract, named after it. */
export type Regime = (typeof REGIMES)[number];

export const regime = parameter({
  id: 'am.regime',
  label: { fr: 'Texte applicable selon la date de signature du contrat', en: 'Text governing a contract, by signature date' },
  unit: 'choice',
  choices: REGIMES,
  periods: [
    {
      from: AVENANT_7_FROM,
      until: RA_FROM,
      value: 'avenant-7',
      status: 'unverified',
      sources: [S.legifranceAvenant7, S.docteurImago2019],
      note: {
        fr: 'L’avenant 7 a été approuvé par l’arrêté du 14 août 2019 (JORF du 20 août 2019), qui ne dit pas quand le dispositif commence ; le début au 1er septembre 2019 est lu dans la presse (« dès septembre 2019 »).',
        en: 'Avenant 7 was approved by arrêté of 14 Aug 2019 (JORF 20 Aug 2019), which does not state when the scheme starts; the start on 1 Sept 2019 is read in the press (« dès septembre 2019 »).',
      },
    },
    {
      from: RA_FROM,
      until: CONVENTION_2024_FROM,
      value: 'reglement-arbitral-2023',
      status: 'verified',
      sources: [S.ameliReglementArbitral],
    },
    {
      from: CONVENTION_2024_FROM,
      value: 'convention-2024',
      status: 'verified',
      sources: [S.ameli2024, S.ameliConventionEssentiel],
    },
  ],
});

export const contractDurationYears = parameter({
  id: 'am.contract.duration-years',
  label: { fr: 'Durée du contrat', en: 'Contract duration' },
  unit: 'years',
  // A contract of the scheme lasts a few years; 10 is beyond any text and bounds an override.
  range: { min: '1', max: '10' },
  periods: [
    {
      from: AVENANT_7_FROM,
      value: '5',
      status: 'verified',
      sources: [S.arsPaca, S.ordre, S.quotidien2024],
      note: {
        fr: 'Renouvellement : « renouvelable une fois » (Baker Tilly, Crédit Agricole) contre renouvelable sans limite indiquée (presse de 2024). Un renouvellement est un nouveau contrat, calculé comme tel.',
        en: 'Renewal: "renouvelable une fois" (Baker Tilly, Crédit Agricole) vs renewable with no stated limit (2024 press). A renewal is a new contract, computed as such.',
      },
    },
  ],
});

export const hiringMaxMonthsBeforeSignature = parameter({
  id: 'am.contract.hiring.max-months-before-signature',
  label: {
    fr: 'Embauche au plus tôt avant la signature du contrat (en mois)',
    en: 'Earliest hiring before the signature of the contract (in months)',
  },
  unit: 'months',
  // At most a contract year: beyond it, a whole contract year would have run before the contract existed.
  range: { max: '12' },
  periods: [
    {
      from: AVENANT_7_FROM,
      value: '12',
      status: 'assumption',
      sources: [],
      note: {
        fr: 'Aucun texte lu ne dit combien de temps avant la signature l’assistant peut avoir été embauché (le contrat compte ses années à partir de l’embauche, et une secrétaire reconvertie peut déjà être salariée). La bibliothèque accepte une première année de contrat qui commence au plus 12 mois avant la signature (une année de contrat) et au plus tard à la fin d’un contrat compté à partir de la signature ; hors de cette fenêtre, des versements et des années de contrat entières tomberaient avant l’existence du contrat ou après sa fin.',
        en: 'No text read says how long before the signature the assistant may have been hired (the contract counts its years from the hiring, and a converted secretary may already be employed). The library accepts a first contract year starting at most 12 months before the signature (one contract year) and no later than the end of a contract counted from the signature; outside that window payments and whole contract years would fall before the contract existed or after it ended.',
      },
    },
  ],
});

// ---------------------------------------------------------------------------------------------------
// Options (ETP of assistant funded)

/** The options: share of a full-time assistant funded (ETP). `1.5` and `2` are the 2024 second-assistant options. */
export const OPTIONS = ['1/3', '1/2', '1', '1.5', '2'] as const;
export type Option = (typeof OPTIONS)[number];

/** Slug of an option in parameter ids. */
export const OPTION_SLUG: Record<Option, string> = {
  '1/3': 'etp-1-3',
  '1/2': 'etp-1-2',
  '1': 'etp-1',
  '1.5': 'etp-1-5',
  '2': 'etp-2',
};

export const optionsOpen = parameter({
  id: 'am.option.open-to-new-contracts',
  label: { fr: 'Options ouvertes à la signature', en: 'Options open to new contracts' },
  unit: 'list',
  choices: OPTIONS,
  periods: [
    {
      from: AVENANT_7_FROM,
      until: RA_FROM,
      value: ['1/3', '1/2', '1'],
      status: 'verified',
      sources: [S.ameliReglementArbitral, S.ameli2024, S.csmfContreparties, S.egora2021],
      note: {
        fr: 'Les trois options de l’avenant 7 (au moins 1/3, 1/2 ou 1 ETP) : ameli indique que le règlement arbitral a fermé l’option 1/3 ETP (« ne peut plus être souscrite depuis le 1er mai 2023 ») et conservé 1/2 et 1 ETP ; les synthèses syndicales et de presse citent les trois. L’option 1 ETP est limitée selon la zone (voir am.eligibility.full-time.zones).',
        en: 'The three Avenant 7 options (at least 1/3, 1/2 or 1 ETP): ameli states that the règlement arbitral closed the 1/3 ETP option (« ne peut plus être souscrite depuis le 1er mai 2023 ») and kept 1/2 and 1 ETP; union and press summaries list the three. The 1 ETP option is limited by zone (see am.eligibility.full-time.zones).',
      },
    },
    {
      from: RA_FROM,
      until: CONVENTION_2024_FROM,
      value: ['1/2', '1'],
      status: 'verified',
      sources: [S.ameliReglementArbitral],
      note: {
        fr: 'Le règlement arbitral a fermé l’option 1/3 ETP aux nouveaux contrats ; les contrats en cours se poursuivent.',
        en: 'The règlement arbitral closed the 1/3 ETP option to new contracts; running contracts continue.',
      },
    },
    {
      from: CONVENTION_2024_FROM,
      value: ['1/2', '1', '1.5', '2'],
      status: 'verified',
      sources: [S.ameli2024, S.ameliSimulateur],
      note: {
        fr: '1,5 et 2 ETP : options « second assistant » pour les médecins généralistes déjà titulaires d’un contrat à 1 ETP (voir am.eligibility.second-assistant.*) ; leurs montants ne sont pas publiés.',
        en: '1.5 and 2 ETP: second-assistant options for GPs already on a 1 ETP contract (see am.eligibility.second-assistant.*); their amounts are not published.',
      },
    },
  ],
});

// ---------------------------------------------------------------------------------------------------
// Eligibility

export const SECTORS = ['1', '2-optam', '2'] as const;
export type Sector = (typeof SECTORS)[number];

export const eligibleSectors = parameter({
  id: 'am.eligibility.sectors',
  label: { fr: "Secteurs d’exercice éligibles", en: 'Eligible sectors' },
  unit: 'list',
  choices: SECTORS,
  periods: [
    {
      from: AVENANT_7_FROM,
      until: RA_FROM,
      value: ['1', '2-optam'],
      status: 'unverified',
      sources: [S.csmfCriteres, S.reagjir],
      note: {
        fr: 'Secteur 1, ou secteur 2 avec OPTAM / OPTAM-CO : synthèses syndicales de l’avenant 7.',
        en: 'Secteur 1, or secteur 2 with OPTAM / OPTAM-CO: union summaries of Avenant 7.',
      },
    },
    { from: RA_FROM, until: CONVENTION_2024_FROM, value: ['1', '2-optam'], status: 'verified', sources: [S.ameliReglementArbitral] },
    { from: CONVENTION_2024_FROM, value: ['1', '2-optam'], status: 'verified', sources: [S.ameliConvention2024] },
  ],
});

export const excludedSpecialties = parameter({
  id: 'am.eligibility.excluded-specialties',
  label: { fr: 'Spécialités exclues du dispositif', en: 'Specialties excluded from the scheme' },
  unit: 'list',
  periods: [
    {
      from: RA_FROM,
      until: CONVENTION_2024_FROM,
      value: ['radiologie', 'radiotherapie', 'stomatologie', 'anesthesiologie', 'anatomo-cyto-pathologie', 'medecine-nucleaire'],
      status: 'unverified',
      sources: [S.jhp],
      note: {
        fr: 'Liste du règlement arbitral lue dans une synthèse secondaire (JHP) ; c’est la même liste que celle de la convention 2024 publiée par ameli.',
        en: 'Règlement arbitral list read in a secondary summary (JHP); it is the same list as the Convention 2024 one published by ameli.',
      },
    },
    {
      from: CONVENTION_2024_FROM,
      value: ['radiologie', 'radiotherapie', 'stomatologie', 'anesthesiologie', 'anatomo-cyto-pathologie', 'medecine-nucleaire'],
      status: 'verified',
      sources: [S.ameliConvention2024, S.quotidien2024],
    },
  ],
});

export const avenant7WholeTerritorySpecialties = parameter({
  id: 'am.eligibility.avenant-7.whole-territory-specialties',
  label: {
    fr: 'Avenant 7 : spécialités éligibles sur tout le territoire',
    en: 'Avenant 7: specialties eligible on the whole territory',
  },
  unit: 'list',
  periods: [
    {
      from: AVENANT_7_FROM,
      until: RA_FROM,
      value: ['medecine-generale', 'pediatrie', 'cardiologie', 'gynecologie', 'gastro-enterologie', 'ophtalmologie', 'psychiatrie'],
      status: 'unverified',
      sources: [S.bakerTilly, S.csmfCriteres],
      note: {
        fr: 'Liste non exhaustive (« comme ... ») de Baker Tilly ; la liste officielle figure dans une annexe de l’avenant 7 qui n’a pas été lue. Les autres spécialités (anesthésistes, chirurgiens, radiologues, ...) n’étaient éligibles que dans les 30 % de départements les moins dotés dans leur spécialité.',
        en: 'Non-exhaustive list ("comme ...") from Baker Tilly; the official list is in an annex of Avenant 7 that was not read. Other specialties (anaesthetists, surgeons, radiologists, ...) were eligible only in the 30 % of départements with the lowest density of their specialty.',
      },
    },
  ],
});

export const clinicalFeeRuleSpecialties = parameter({
  id: 'am.eligibility.clinical-fees.specialties',
  label: {
    fr: 'Spécialités soumises à la condition de part d’honoraires cliniques',
    en: 'Specialties subject to the clinical-fee-share condition',
  },
  unit: 'list',
  periods: [
    {
      from: RA_FROM,
      until: CONVENTION_2024_FROM,
      value: ['chirurgie'],
      status: 'unverified',
      sources: [S.jhp],
      note: {
        fr: 'Règlement arbitral : chirurgiens éligibles si leurs honoraires CCAM représentent moins de 20 % du total de leurs honoraires (synthèse secondaire).',
        en: 'Règlement arbitral: surgeons eligible if CCAM fees are under 20 % of total fees (secondary summary).',
      },
    },
    {
      from: CONVENTION_2024_FROM,
      value: ['chirurgie', 'orl', 'gynecologie'],
      status: 'verified',
      sources: [S.ameliConvention2024],
    },
  ],
});

export const clinicalFeeMinimumShare = parameter({
  id: 'am.eligibility.clinical-fees.minimum-share',
  label: {
    fr: 'Part minimale d’honoraires cliniques (12 mois précédant la signature)',
    en: 'Minimum share of clinical fees (12 months before signature)',
  },
  unit: 'ratio',
  periods: [
    { from: RA_FROM, until: CONVENTION_2024_FROM, value: '0.8', status: 'unverified', sources: [S.jhp], note: { fr: 'CCAM < 20 % du total des honoraires, c’est-à-dire honoraires cliniques > 80 % (synthèse secondaire).', en: 'CCAM < 20 % of total fees, i.e. clinical fees > 80 % (secondary summary).' } },
    { from: CONVENTION_2024_FROM, value: '0.8', status: 'verified', sources: [S.ameliConvention2024] },
  ],
});

export const clinicalFeeComparison = parameter({
  id: 'am.eligibility.clinical-fees.comparison',
  label: { fr: 'Part minimale d’honoraires cliniques : borne incluse ou non', en: 'Minimum share of clinical fees: whether the bound itself qualifies' },
  unit: 'choice',
  choices: ['at-least', 'more-than'],
  periods: [
    {
      from: RA_FROM,
      until: CONVENTION_2024_FROM,
      value: 'more-than',
      status: 'unverified',
      sources: [S.jhp],
      note: {
        fr: '« CCAM < 20 % » signifie une part clinique strictement supérieure à 80 %.',
        en: '"CCAM < 20 %" means clinical share strictly above 80 %.',
      },
    },
    {
      from: CONVENTION_2024_FROM,
      value: 'at-least',
      status: 'unverified',
      sources: [S.ameliConvention2024, S.quotidien2024],
      note: {
        fr: 'CONFLIT à exactement 80 % : ameli écrit à la fois « CCAM < 20 % » (clinique > 80 %) et « 80 % et plus » (clinique ≥ 80 %) ; Le Quotidien écrit « plus de 80 % ». La bibliothèque suit la phrase d’ameli la plus simple (≥ 80 %).',
        en: 'CONFLICT at exactly 80 %: ameli writes both "CCAM < 20 %" (clinical > 80 %) and "80 % et plus" (clinical ≥ 80 %); Le Quotidien writes "plus de 80 %". The library follows the plainer ameli sentence (≥ 80 %).',
      },
    },
  ],
});

export const ZONES = ['zip', 'zac', 'none'] as const;
export type Zone = (typeof ZONES)[number];

export const fullTimeZones = parameter({
  id: 'am.eligibility.full-time.zones',
  label: { fr: 'Zones ouvrant l’option temps plein', en: 'Zones where the full-time option is open' },
  unit: 'list',
  choices: ZONES,
  periods: [
    {
      from: AVENANT_7_FROM,
      until: RA_FROM,
      value: ['zip'],
      status: 'verified',
      sources: [S.arsPaca, S.ameliReglementArbitral, S.csmfContreparties, S.egora2021],
      note: {
        fr: 'Avenant 7 : 1 ETP seulement en zone sous-dense (ZIP) : ARS PACA ; ameli indique que le règlement arbitral a supprimé cette condition de zone. Un doute subsiste sur la ZAC : une étude de cas de MG France (Medscape, tronquée) mentionne « ZIP ou ZAC ».',
        en: 'Avenant 7: 1 ETP only in a zone sous-dense (ZIP): ARS PACA; ameli states that the règlement arbitral removed this zone condition. A doubt remains on the ZAC: an MG France case study (Medscape, truncated) mentions "ZIP ou ZAC".',
      },
    },
    {
      from: RA_FROM,
      value: ['zip', 'zac', 'none'],
      status: 'verified',
      sources: [S.ameliReglementArbitral],
      note: {
        fr: 'Le règlement arbitral a supprimé la condition de zone pour 1 ETP.',
        en: 'The règlement arbitral removed the zone condition for 1 ETP.',
      },
    },
  ],
});

export const groupPracticeRequired = parameter({
  id: 'am.eligibility.group-practice.required',
  label: { fr: 'Exercice regroupé exigé', en: 'Group practice required' },
  unit: 'boolean',
  periods: [
    {
      from: AVENANT_7_FROM,
      until: RA_FROM,
      value: true,
      status: 'unverified',
      sources: [S.csmfCriteres, S.reagjir],
      note: {
        fr: 'Avenant 7 : cabinet d’au moins 2 médecins (une MSP multisite compte), avec une dérogation en zone sous-dense.',
        en: 'Avenant 7: cabinet of at least 2 doctors (multi-site MSP counts), with a derogation in a zone sous-dense.',
      },
    },
    { from: RA_FROM, value: false, status: 'verified', sources: [S.ameliReglementArbitral] },
  ],
});

export const groupPracticeMinimumDoctors = parameter({
  id: 'am.eligibility.group-practice.minimum-doctors',
  label: { fr: 'Exercice regroupé : nombre minimal de médecins', en: 'Group practice: minimum number of doctors' },
  unit: 'count',
  range: { min: '2', max: '1000' },
  periods: [
    {
      from: AVENANT_7_FROM,
      until: RA_FROM,
      value: '2',
      status: 'unverified',
      sources: [S.csmfCriteres, S.djibe2023],
      note: {
        fr: 'Avenant 7 : un cabinet d’au moins 2 médecins, de toute spécialité (synthèses syndicales et guide rédigé par un médecin généraliste).',
        en: 'Avenant 7: a cabinet of at least 2 doctors, of any specialty (union summaries and a GP-written guide).',
      },
    },
  ],
});

export const groupPracticeExemptZones = parameter({
  id: 'am.eligibility.group-practice.exempt-zones',
  label: { fr: 'Zones dispensant de l’exercice regroupé', en: 'Zones exempt from the group-practice condition' },
  unit: 'list',
  choices: ZONES,
  periods: [
    {
      from: AVENANT_7_FROM,
      until: RA_FROM,
      value: ['zip'],
      status: 'unverified',
      sources: [S.csmfCriteres, S.medscape],
      note: {
        fr: 'Dérogation pour une « zone sous-dense » ; la bibliothèque la lit comme la ZIP. Qu’une ZAC y ouvre droit n’est pas confirmé.',
        en: 'Derogation for a "zone sous-dense"; the library reads it as the ZIP. Whether a ZAC qualified is unconfirmed.',
      },
    },
  ],
});

export const coordinatedPracticeRequired = parameter({
  id: 'am.eligibility.coordinated-practice.required',
  label: { fr: 'Exercice coordonné exigé (ou engagement à y entrer)', en: 'Coordinated practice required (or a commitment to join one)' },
  unit: 'boolean',
  periods: [
    {
      from: AVENANT_7_FROM,
      until: RA_FROM,
      value: true,
      status: 'verified',
      sources: [S.arsPaca, S.csmfCriteres, S.reagjir],
      note: {
        fr: 'MSP, centre de santé, ESP, ESS, CPTS ou autre forme coordonnée, ou engagement à en rejoindre une dans les 2 ans (ARS PACA, synthèses syndicales).',
        en: 'MSP, centre de santé, ESP, ESS, CPTS or other coordinated form, or a commitment to join one within 2 years (ARS PACA, union summaries).',
      },
    },
    { from: RA_FROM, value: false, status: 'verified', sources: [S.ameliReglementArbitral] },
  ],
});

export const coordinatedPracticeCommitmentYears = parameter({
  id: 'am.eligibility.coordinated-practice.commitment-years',
  label: {
    fr: 'Exercice coordonné : délai de l’engagement à y entrer (en années)',
    en: 'Coordinated practice: time allowed to join one (in years)',
  },
  unit: 'years',
  range: { min: '1', max: '10' },
  periods: [
    {
      from: AVENANT_7_FROM,
      until: RA_FROM,
      value: '2',
      status: 'verified',
      sources: [S.arsPaca, S.csmfCriteres, S.reagjir],
      note: {
        fr: 'Un engagement à rejoindre une forme d’exercice coordonné dans les 2 ans (ARS PACA, synthèses syndicales) ; compté à partir de la signature selon la CSMF, à partir de l’embauche selon une autre source secondaire.',
        en: 'A commitment to join a coordinated form of practice within 2 years (ARS PACA, union summaries); counted from the signature per the CSMF, from the hiring per another secondary source.',
      },
    },
  ],
});

export const childrenShareExemption = parameter({
  id: 'am.eligibility.avenant-7.children-share-exemption',
  label: {
    fr: 'Avenant 7 : part de patients enfants dispensant du seuil P30 (MG)',
    en: 'Avenant 7: share of child patients exempting a GP from the P30 minimum',
  },
  unit: 'ratio',
  periods: [
    {
      from: AVENANT_7_FROM,
      until: RA_FROM,
      value: '0.2',
      status: 'unverified',
      sources: [S.csmfCriteres, S.reagjir],
      note: {
        fr: 'Médecins généralistes dont plus de 20 % des patients ont moins de 16 ans (synthèses syndicales).',
        en: 'GPs with more than 20 % of patients under 16 (union summaries).',
      },
    },
  ],
});

export const childrenAgeLimit = parameter({
  id: 'am.eligibility.avenant-7.children-age-limit',
  label: {
    fr: 'Avenant 7 : âge en dessous duquel un patient compte parmi les enfants (exemption P30)',
    en: 'Avenant 7: age under which a patient counts as a child (P30 exemption)',
  },
  unit: 'years',
  range: { min: '1', max: '18' },
  periods: [
    {
      from: AVENANT_7_FROM,
      until: RA_FROM,
      value: '16',
      status: 'unverified',
      sources: [S.csmfCriteres, S.reagjir],
      note: {
        fr: 'Les médecins généralistes dont plus de 20 % des patients ont moins de 16 ans sont dispensés du seuil P30 (synthèses syndicales).',
        en: 'GPs with more than 20 % of patients under 16 are exempt from the P30 minimum (union summaries).',
      },
    },
  ],
});

export const lowDensityDepartementShare = parameter({
  id: 'am.eligibility.avenant-7.low-density-departement-share',
  label: {
    fr: 'Avenant 7 : part des départements les moins dotés où les autres spécialités sont éligibles',
    en: 'Avenant 7: share of the least-dense départements where the other specialties are eligible',
  },
  unit: 'ratio',
  periods: [
    {
      from: AVENANT_7_FROM,
      until: RA_FROM,
      value: '0.3',
      status: 'unverified',
      sources: [S.bakerTilly, S.csmfCriteres, S.reagjir],
      note: {
        fr: 'Les spécialités non éligibles sur tout le territoire étaient éligibles dans les 30 % de départements les moins dotés en médecins de la spécialité (synthèses secondaires) ; la liste de ces départements n’est pas connue de la bibliothèque.',
        en: 'Specialties not eligible on the whole territory were eligible in the 30 % of départements with the lowest density of doctors of the specialty (secondary summaries); the list of those départements is not known to the library.',
      },
    },
  ],
});

export const disabilityExemption = parameter({
  id: 'am.eligibility.disability-exemption',
  label: {
    fr: 'Médecin reconnu travailleur handicapé dispensé du seuil P30',
    en: 'Doctor recognised as disabled worker (RQTH) exempt from the P30 minimum',
  },
  unit: 'boolean',
  periods: [
    {
      from: AVENANT_7_FROM,
      until: RA_FROM,
      value: true,
      status: 'unverified',
      sources: [S.csmfCriteres, S.reagjir],
      note: {
        fr: 'Avenant 7 selon les synthèses syndicales.',
        en: 'Avenant 7 per union summaries.',
      },
    },
    {
      from: RA_FROM,
      value: false,
      status: 'unverified',
      sources: [S.jhp, S.ameliConvention2024],
      note: {
        fr: 'À partir de 2023, les synthèses (JHP) et ameli parlent d’« adaptations du contrat » pour les médecins en situation de handicap ou atteints d’une maladie chronique ; ameli n’indique pas de dispense du seuil P30 : la bibliothèque le signale comme un point à vérifier auprès de la CPAM.',
        en: 'From 2023 the summaries (JHP) and ameli speak of "adaptations du contrat" for doctors with a handicap or chronic illness; ameli does not state an exemption from the P30 minimum: the library reports it as a point to check with the CPAM.',
      },
    },
  ],
});

/** Why a GP with exactly 775 patients meets the P30 minimum (règlement arbitral, Convention 2024). */
const P30_775_NOTE = (text: string): Label =>
  ({ fr: `CONFLIT à exactement 775 (${text}) : « au minimum 775 » (acoorde) et « égale ou supérieure à 775 » (Mesdocs, contrats individuel et collectif) contre « + de 775 » (ARS Martinique, la seule page officielle lue, seule de sa lecture). Le texte lui-même n’a pas été lu. La bibliothèque suit la lecture majoritaire : un médecin généraliste ayant exactement 775 patients médecin traitant atteint le seuil (donnez "more-than" dans overrides pour la lecture de l’ARS).`, en: `CONFLICT at exactly 775 (${text}): "au minimum 775" (acoorde) and "égale ou supérieure à 775" (Mesdocs, individual and collective contracts) against "+ de 775" (ARS Martinique, the one official page read, alone in its reading). The text itself was not read. The library follows the majority reading: a GP with exactly 775 patients médecin traitant meets the minimum (override with "more-than" for the ARS reading).` });

export const p30Comparison = parameter({
  id: 'am.eligibility.p30.comparison',
  label: { fr: 'Seuil P30 : « plus de » ou « au moins »', en: 'P30 minimum: "more than" or "at least"' },
  unit: 'choice',
  choices: ['at-least', 'more-than'],
  periods: [
    {
      from: AVENANT_7_FROM,
      until: RA_FROM,
      value: 'more-than',
      status: 'unverified',
      sources: [S.csmfCriteres, S.reagjir],
      note: {
        fr: 'Avenant 7 : « plus de 640 » patients médecin traitant adultes dans les synthèses syndicales ; le texte de l’avenant n’a pas été lu. Un médecin généraliste ayant exactement 640 patients n’atteint pas le seuil.',
        en: 'Avenant 7: "plus de 640" patients médecin traitant adultes in the union summaries; the text of the avenant was not read. A GP with exactly 640 does not meet the minimum.',
      },
    },
    {
      from: RA_FROM,
      until: CONVENTION_2024_FROM,
      value: 'at-least',
      status: 'unverified',
      sources: [S.acoorde, S.mesdocsIndividuel, S.mesdocsCollectif, S.arsMartinique],
      note: P30_775_NOTE('règlement arbitral'),
    },
    {
      from: CONVENTION_2024_FROM,
      value: 'at-least',
      status: 'unverified',
      sources: [S.acoorde, S.mesdocsIndividuel, S.mesdocsCollectif, S.arsMartinique],
      note: P30_775_NOTE('Convention 2024'),
    },
  ],
});

// ---------------------------------------------------------------------------------------------------
// Percentile thresholds (patients), by specialty and measure, by signature date

/** Percentile cut-offs of the national distribution of patientèle. */
export const PERCENTILES = ['p30', 'p50', 'p70', 'p90', 'p95'] as const;
export type Percentile = (typeof PERCENTILES)[number];

/**
 * The largest patientèle a doctor can have, in patients: a bound that no real case reaches (the
 * national median of general practice is about 1 000 médecin-traitant patients, the 95th percentile a few
 * thousand), so that a typing error is refused instead of computed. Bounds every patientèle of the scheme:
 * cut-offs, starting and reached patientèles, objectives.
 */
export const MAX_PATIENTS = 100_000;

function gpThreshold(percentile: Percentile, periods: readonly Period<string>[]): Parameter<string, string, 'patients'> {
  return parameter({
    id: `am.percentile.medecine-generale.${percentile}`,
    label: {
      fr: `Médecine générale : ${percentile.toUpperCase()} de la patientèle médecin traitant`,
      en: `General practice: ${percentile.toUpperCase()} of the médecin-traitant patientèle`,
    },
    unit: 'patients',
    range: { max: String(MAX_PATIENTS) },
    periods,
  });
}

const unknownGp = (what: Label): Period<string>[] => [
  { from: AVENANT_7_FROM, until: RA_FROM, status: 'unknown', sources: [], note: { fr: `${what.fr} sous l’avenant 7 n’est publié dans aucune source lue ; donnez la tranche ou les seuils.`, en: `${what.en} under Avenant 7 is not published in any source read; pass the band or thresholds.` } },
  {
    from: RA_FROM,
    status: 'unknown',
    sources: [],
    note: {
      fr: `${what.fr} de la distribution au 31/12/2021 (règlement arbitral, convention 2024) n’est publié dans aucune source lue ; donnez la tranche ou les seuils.`,
      en: `${what.en} of the distribution at 31 Dec 2021 (règlement arbitral, Convention 2024) is not published in any source read; pass the band or thresholds.`,
    },
  },
];

export const gpPercentiles: Record<Percentile, Parameter<string, string, 'patients'>> = {
  p30: gpThreshold('p30', [
    {
      from: AVENANT_7_FROM,
      until: RA_FROM,
      value: '640',
      status: 'verified',
      sources: [S.arsPaca, S.csmfCriteres, S.reagjir],
      note: {
        fr: 'Patients MT adultes ; P30 sous l’avenant 7 (ARS PACA, et de nombreuses synthèses syndicales et de presse concordantes).',
        en: 'Adult MT patients; P30 under Avenant 7 (ARS PACA, and many concordant union and press summaries).',
      },
    },
    {
      from: RA_FROM,
      value: '775',
      status: 'verified',
      sources: [S.arsMartinique],
      note: {
        fr: 'Patients MT, adultes et enfants ; P30 de la distribution nationale au 31/12/2021.',
        en: 'MT patients, adults and children; P30 of the national distribution at 31 Dec 2021.',
      },
    },
  ]),
  p50: gpThreshold('p50', [
    { from: AVENANT_7_FROM, until: RA_FROM, status: 'unknown', sources: [], note: { fr: 'Le P50 de médecine générale sous l’avenant 7 n’est publié dans aucune source lue ; donnez la tranche ou les seuils.', en: 'GP P50 under Avenant 7 is not published in any source read; pass the band or thresholds.' } },
    {
      from: RA_FROM,
      value: '1045',
      status: 'unverified',
      sources: [S.mesdocsCollectif],
      note: {
        fr: 'P50 des patients MT au 31/12/2021 tel que cité pour le contrat collectif de 2026 (source secondaire, citant ameli Hauts-de-Seine).',
        en: 'P50 of MT patients at 31 Dec 2021 as quoted for the 2026 collective contract (secondary, citing ameli Hauts-de-Seine).',
      },
    },
  ]),
  p70: gpThreshold('p70', unknownGp({ fr: 'Le P70 de médecine générale', en: 'GP P70' })),
  p90: gpThreshold('p90', unknownGp({ fr: 'Le P90 de médecine générale', en: 'GP P90' })),
  p95: gpThreshold('p95', unknownGp({ fr: 'Le P95 de médecine générale', en: 'GP P95' })),
};

/**
 * Whether a starting patientèle exactly at the P95 cut-off is in the top band (≥ P95) or in P90–P95. The
 * other band floors (P50, P70, P90) include their cut-off (`am.rule.band-boundaries`); P30 reads
 * `am.eligibility.p30.comparison`.
 */
export const p95Comparison = parameter({
  id: 'am.band.p95.comparison',
  label: {
    fr: 'Tranche ≥ P95 : « au-dessus du P95 » ou « P95 et plus »',
    en: 'Top band: "above P95" or "P95 and over"',
  },
  unit: 'choice',
  choices: ['at-least', 'more-than'],
  periods: [
    {
      from: AVENANT_7_FROM,
      until: RA_FROM,
      value: 'more-than',
      status: 'unverified',
      sources: [S.avenant7Article9522Quoted, S.ordre, S.ameli2024],
      note: {
        fr: 'CONFLIT : le texte de l’avenant 7 (art. 9-5-2-2, cité mot pour mot dans une annexe de thèse) écrit « au-dessus du 95e percentile » et le bulletin de l’Ordre « supérieure à P 95 » (strict), alors que le tableau d’ameli de 2024 intitule ses lignes des montants d’avant juin 2024 « ≥ P95 ». La bibliothèque suit les termes de l’avenant : une patientèle de départ exactement au P95 est dans la tranche P90–P95.',
        en: 'CONFLICT: the text of Avenant 7 (art. 9-5-2-2, quoted verbatim in a thesis annex) writes "au-dessus du 95e percentile" and the Ordre bulletin "supérieure à P 95" (strict), whereas ameli’s 2024 table labels its rows of the amounts before June 2024 "≥ P95". The library follows the words of the avenant: a starting patientèle exactly at P95 is in the P90–P95 band.',
      },
    },
    {
      from: RA_FROM,
      until: CONVENTION_2024_FROM,
      value: 'at-least',
      status: 'unverified',
      sources: [S.ameli2024],
      note: {
        fr: 'Le texte du règlement arbitral n’a pas été lu. C’est un texte nouveau, pas l’avenant : le tableau d’ameli de 2024 présente les montants en vigueur avant juin 2024 (ceux du règlement arbitral) dans sa colonne « AVANT », sous les lignes « P90 à P94 » et « ≥ P95 », et aucune source ne cite les termes propres du règlement arbitral. La bibliothèque le lit comme ameli le décrit (une patientèle exactement au P95 est dans la tranche supérieure) plutôt que de reprendre la formulation de l’avenant ; ameli ne le dit pas expressément du règlement arbitral.',
        en: 'The text of the règlement arbitral was not read. It is a new text, not the avenant: ameli’s 2024 table shows the amounts in force before June 2024 (those of the règlement arbitral) in its "AVANT" column under the rows "P90 à P94" and "≥ P95", and no source quotes the règlement arbitral’s own words. The library reads it as ameli describes it (a patientèle exactly at P95 is in the top band) rather than carrying the avenant’s wording over; ameli does not state it of the règlement arbitral in so many words.',
      },
    },
    {
      from: CONVENTION_2024_FROM,
      value: 'at-least',
      status: 'verified',
      sources: [S.ameli2024],
      note: {
        fr: '« ≥ P95 » (ameli 2024, colonne « APRÈS »).',
        en: '"≥ P95" (ameli 2024, "APRÈS" column).',
      },
    },
  ],
});

// ---------------------------------------------------------------------------------------------------
// Amounts (plafonds) per option, contract year and band

/** Which row of the amount table a contract year uses. */
export const AMOUNT_ROWS = ['year-1', 'year-2', 'year-3-plus', 'year-3-plus.p90-p95', 'p95-plus'] as const;
export type AmountRow = (typeof AMOUNT_ROWS)[number];

const AMOUNT_ROW_LABEL: Record<AmountRow, { fr: string; en: string }> = {
  'year-1': { fr: '1re année', en: 'year 1' },
  'year-2': { fr: '2e année', en: 'year 2' },
  'year-3-plus': { fr: 'à partir de la 3e année', en: 'year 3 onward' },
  'year-3-plus.p90-p95': { fr: 'à partir de la 3e année, patientèle entre P90 et P95', en: 'year 3 onward, patientèle P90–P95' },
  'p95-plus': { fr: 'toute année, patientèle ≥ P95', en: 'any year, patientèle ≥ P95' },
};

/** Rows of the amount table named by their contract year; later years use the `year-3-plus` rows. */
export const AMOUNT_ROW_BY_YEAR: Readonly<Record<number, AmountRow>> = { 1: 'year-1', 2: 'year-2' };

const BEFORE_2024: readonly Source[] = [S.ameli2024, S.ordre];
const FROM_2024: readonly Source[] = [S.ameli2024];

function ceiling(option: Option, row: AmountRow, before2024: string | undefined, from2024: string | undefined): Parameter<string, string, 'EUR'> {
  const periods: Period<string>[] = [];
  if (before2024 !== undefined) {
    periods.push({ from: AVENANT_7_FROM, until: CONVENTION_2024_FROM, value: before2024, status: 'verified', sources: BEFORE_2024 });
  }
  if (from2024 !== undefined) {
    periods.push({ from: CONVENTION_2024_FROM, value: from2024, status: 'verified', sources: FROM_2024 });
  }
  // A 1/3 ETP year 1 has no 2024 amount: the option is closed to contracts signed since 1 May 2023.
  return parameter({
    id: `am.aid.ceiling.${OPTION_SLUG[option]}.${row}`,
    label: {
      fr: `Aide maximale, option ${option} ETP, ${AMOUNT_ROW_LABEL[row].fr}`,
      en: `Maximum aid, option ${option} FTE, ${AMOUNT_ROW_LABEL[row].en}`,
    },
    unit: 'EUR',
    range: EURO_RANGE,
    periods,
  });
}

function unknownCeiling(option: '1.5' | '2'): Parameter<string, string, 'EUR'> {
  return parameter({
    id: `am.aid.ceiling.${OPTION_SLUG[option]}.year-3-plus`,
    label: {
      fr: `Aide maximale, option ${option} ETP (second assistant), à partir de la 3e année`,
      en: `Maximum aid, option ${option} FTE (second assistant), year 3 onward`,
    },
    unit: 'EUR',
    range: EURO_RANGE,
    periods: [
      {
        from: CONVENTION_2024_FROM,
        status: 'unknown',
        sources: [],
        note: {
          fr: 'ameli annonce les options 1,5 et 2 ETP (« prenez contact directement avec votre caisse ») mais ne publie aucun montant ; donnez le montant de votre contrat.',
          en: 'ameli announces the 1.5 and 2 ETP options ("prenez contact directement avec votre caisse") but publishes no amount; pass the amount of your contract.',
        },
      },
    ],
  });
}

/**
 * The published amount tables (ameli 2024 "AVANT" and "APRÈS" columns; 1/3 ETP also in the Ordre
 * bulletin). Avenant 7 amounts also apply under the règlement arbitral. Not computed as +5 %.
 */
export const ceilings: Record<'1/3' | '1/2' | '1', Record<AmountRow, Parameter<string, string, 'EUR'>>> & Record<'1.5' | '2', { 'year-3-plus': Parameter<string, string, 'EUR'> }> = {
  '1/3': {
    'year-1': ceiling('1/3', 'year-1', '12000', undefined),
    'year-2': ceiling('1/3', 'year-2', '9000', '9450'),
    'year-3-plus': ceiling('1/3', 'year-3-plus', '7000', '7350'),
    'year-3-plus.p90-p95': ceiling('1/3', 'year-3-plus.p90-p95', '8350', '8767'),
    'p95-plus': ceiling('1/3', 'p95-plus', '12000', '12600'),
  },
  '1/2': {
    'year-1': ceiling('1/2', 'year-1', '18000', '19000'),
    'year-2': ceiling('1/2', 'year-2', '13500', '14000'),
    'year-3-plus': ceiling('1/2', 'year-3-plus', '10500', '11000'),
    'year-3-plus.p90-p95': ceiling('1/2', 'year-3-plus.p90-p95', '12500', '13000'),
    'p95-plus': ceiling('1/2', 'p95-plus', '18000', '19000'),
  },
  '1': {
    'year-1': ceiling('1', 'year-1', '36000', '38000'),
    'year-2': ceiling('1', 'year-2', '27000', '28000'),
    'year-3-plus': ceiling('1', 'year-3-plus', '21000', '22000'),
    'year-3-plus.p90-p95': ceiling('1', 'year-3-plus.p90-p95', '25000', '26000'),
    'p95-plus': ceiling('1', 'p95-plus', '36000', '38000'),
  },
  '1.5': { 'year-3-plus': unknownCeiling('1.5') },
  '2': { 'year-3-plus': unknownCeiling('2') },
};

// ---------------------------------------------------------------------------------------------------
// Objectives

/** Bands of starting patientèle (percentiles of the national distribution of the specialty). */
export const BANDS = ['P30-P50', 'P50-P70', 'P70-P90', 'P90-P95', 'P95+'] as const;
export type Band = (typeof BANDS)[number];

export const BAND_SLUG: Record<Band, string> = {
  'P30-P50': 'p30-p50',
  'P50-P70': 'p50-p70',
  'P70-P90': 'p70-p90',
  'P90-P95': 'p90-p95',
  'P95+': 'p95-plus',
};

function objective(option: '1/3' | '1/2' | '1', band: Band, periods: readonly Period<string>[]): Parameter<string, string, 'ratio'> {
  return parameter({
    id: `am.objective.${OPTION_SLUG[option]}.${BAND_SLUG[band]}`,
    label: {
      fr: `Objectif d’augmentation de patientèle, option ${option} ETP, patientèle de départ ${band}`,
      en: `Patientèle increase objective, option ${option} FTE, starting band ${band}`,
    },
    unit: 'ratio',
    periods,
  });
}

const A7_QUOTE_NOTE: Label = {
  fr: 'Avenant 7, art. 9-5-2-2, cité mot pour mot d’après l’arrêté du 14 août 2019 dans une annexe de thèse (hébergement non officiel) : à vérifier sur Légifrance.',
  en: 'Avenant 7 art. 9-5-2-2, quoted verbatim from the arrêté of 14 Aug 2019 in a thesis annex (not an official host): to be checked on Légifrance.',
};

const raAnd2024Unknown = (option: string): Period<string>[] => [
  {
    from: RA_FROM,
    until: CONVENTION_2024_FROM,
    status: 'unknown',
    sources: [],
    note: {
      fr: `Tableau des objectifs du règlement arbitral pour l’option ${option} introuvable dans les sources lues ; donnez l’objectif de votre contrat (objective.targetPatients) ou ce paramètre.`,
      en: `Règlement arbitral objective table for option ${option} not found in any source read; pass the objective of your contract (objective.targetPatients) or this parameter.`,
    },
  },
  {
    from: CONVENTION_2024_FROM,
    status: 'unknown',
    sources: [],
    note: {
      fr: `Les objectifs de la convention 2024 ont été « assouplis » (ameli) mais le tableau de l’option ${option} n’a pas été trouvé ; donnez l’objectif de votre contrat (objective.targetPatients) ou ce paramètre.`,
      en: `Convention 2024 objectives were "assouplis" (ameli) but the table for option ${option} was not found; pass the objective of your contract (objective.targetPatients) or this parameter.`,
    },
  },
];

const a7 = (value: string | undefined, status: 'unverified' | 'assumption' | 'unknown', sources: readonly Source[], note: Label): Period<string> =>
  value === undefined || status === 'unknown'
    ? { from: AVENANT_7_FROM, until: RA_FROM, status: 'unknown', sources: [], note }
    : { from: AVENANT_7_FROM, until: RA_FROM, value, status, sources, note };

/** Objective (increase over the starting patientèle, as a ratio) by option and band. */
export const objectives: Record<'1/3' | '1/2' | '1', Record<Band, Parameter<string, string, 'ratio'>>> = {
  '1/3': {
    'P30-P50': objective('1/3', 'P30-P50', [a7('0.2', 'unverified', [S.avenant7Article9522Quoted, S.csmfContreparties], A7_QUOTE_NOTE)]),
    'P50-P70': objective('1/3', 'P50-P70', [a7('0.15', 'unverified', [S.avenant7Article9522Quoted], A7_QUOTE_NOTE)]),
    'P70-P90': objective('1/3', 'P70-P90', [a7('0.075', 'unverified', [S.avenant7Article9522Quoted], A7_QUOTE_NOTE)]),
    'P90-P95': objective('1/3', 'P90-P95', [
      a7('0.04', 'unverified', [S.avenant7Article9522Quoted, S.egora2021], { fr: `${A7_QUOTE_NOTE.fr} La citation s’arrête après « + 4 » ; egora donne la fourchette « +4 % à +20 % ».`, en: `${A7_QUOTE_NOTE.en} The quote is cut after "+ 4"; egora gives the range "+4 % à +20 %".` }),
    ]),
    'P95+': objective('1/3', 'P95+', [
      a7('0', 'unverified', [S.csmfContreparties, S.egora2021], { fr: 'Maintien de la patientèle (0 %) : CSMF « de + 20 % à 0 % (maintien) » ; egora « maintenir la voilure ».', en: 'Maintien of the patientèle (0 %): CSMF "de + 20 % à 0 % (maintien)"; egora "maintenir la voilure".' }),
    ]),
  },
  '1/2': {
    'P30-P50': objective('1/2', 'P30-P50', [
      a7('0.25', 'unverified', [S.csmfContreparties, S.egora2021], { fr: 'Haut de la fourchette « + 25 % à 0 % » (CSMF) / « +6 % et +25 % » (egora).', en: 'Upper end of the range "+ 25 % à 0 %" (CSMF) / "+6 % et +25 %" (egora).' }),
      ...raAnd2024Unknown('1/2'),
    ]),
    'P50-P70': objective('1/2', 'P50-P70', [
      a7(undefined, 'unknown', [], { fr: 'Avenant 7, option 2, tranche P50–P70 : introuvable (seules les bornes de la fourchette, +25 % et 0 %, sont connues).', en: 'Avenant 7 option 2, band P50–P70: not found (only the ends of the range, +25 % and 0 %, are known).' }),
      ...raAnd2024Unknown('1/2'),
    ]),
    'P70-P90': objective('1/2', 'P70-P90', [
      a7(undefined, 'unknown', [], { fr: 'Avenant 7, option 2, tranche P70–P90 : introuvable (seules les bornes de la fourchette, +25 % et 0 %, sont connues).', en: 'Avenant 7 option 2, band P70–P90: not found (only the ends of the range, +25 % and 0 %, are known).' }),
      ...raAnd2024Unknown('1/2'),
    ]),
    'P90-P95': objective('1/2', 'P90-P95', [
      a7('0.06', 'assumption', [S.egora2021], { fr: 'Déduit : le bas « +6 % » de la fourchette d’egora pour l’option 2 est pris pour la tranche P90–P95 (la tranche qui précède le maintien), comme pour l’option 1 (+4 %).', en: 'Inferred: the lower end "+6 %" of egora’s range for option 2 is taken as the P90–P95 band (the band before maintien), as for option 1 (+4 %).' }),
      ...raAnd2024Unknown('1/2'),
    ]),
    'P95+': objective('1/2', 'P95+', [
      a7('0', 'unverified', [S.csmfContreparties], { fr: 'Maintien (0 %) : CSMF « + 25 % à 0 % (maintien) ».', en: 'Maintien (0 %): CSMF "+ 25 % à 0 % (maintien)".' }),
      ...raAnd2024Unknown('1/2'),
    ]),
  },
  '1': {
    'P30-P50': objective('1', 'P30-P50', [
      a7('0.35', 'unverified', [S.csmfContreparties, S.egora2021], { fr: 'Haut de la fourchette « + 35 % à + 5 % » (CSMF) / « +12.5 et +35 % » (egora).', en: 'Upper end of the range "+ 35 % à + 5 %" (CSMF) / "+12.5 et +35 %" (egora).' }),
      ...raAnd2024Unknown('1'),
    ]),
    'P50-P70': objective('1', 'P50-P70', [
      a7(undefined, 'unknown', [], { fr: 'Avenant 7, option 3, tranche P50–P70 : introuvable (seules les bornes de la fourchette, +35 % et +5 %, sont connues).', en: 'Avenant 7 option 3, band P50–P70: not found (only the ends of the range, +35 % and +5 %, are known).' }),
      ...raAnd2024Unknown('1'),
    ]),
    'P70-P90': objective('1', 'P70-P90', [
      a7(undefined, 'unknown', [], { fr: 'Avenant 7, option 3, tranche P70–P90 : introuvable (seules les bornes de la fourchette, +35 % et +5 %, sont connues).', en: 'Avenant 7 option 3, band P70–P90: not found (only the ends of the range, +35 % and +5 %, are known).' }),
      ...raAnd2024Unknown('1'),
    ]),
    'P90-P95': objective('1', 'P90-P95', [
      a7('0.125', 'assumption', [S.egora2021], { fr: 'Déduit : le bas « +12.5 % » de la fourchette d’egora pour l’option 3 est pris pour la tranche P90–P95, comme pour l’option 1.', en: 'Inferred: the lower end "+12.5 %" of egora’s range for option 3 is taken as the P90–P95 band, as for option 1.' }),
      ...raAnd2024Unknown('1'),
    ]),
    'P95+': objective('1', 'P95+', [
      a7('0.05', 'unverified', [S.csmfContreparties], { fr: 'CONFLIT : la CSMF donne « + 5 % » comme objectif le plus bas de l’option 3 ; egora écrit que les 5 % du haut ne font que « maintenir ». La bibliothèque suit la CSMF.', en: 'CONFLICT: CSMF gives "+ 5 %" as option 3’s lowest objective; egora writes that the top 5 % only "maintain". The library follows CSMF.' }),
      ...raAnd2024Unknown('1'),
    ]),
  },
};

export const secondAssistantObjective: Record<'1.5' | '2', Parameter<string, string, 'ratio'>> = {
  '1.5': parameter({
    id: 'am.objective.etp-1-5',
    label: { fr: 'Objectif, option 1,5 ETP (second assistant)', en: 'Objective, option 1.5 FTE (second assistant)' },
    unit: 'ratio',
    periods: [{ from: CONVENTION_2024_FROM, status: 'unknown', sources: [], note: { fr: 'Non publié ; donnez l’objectif de votre contrat.', en: 'Not published; pass the objective of your contract.' } }],
  }),
  '2': parameter({
    id: 'am.objective.etp-2',
    label: { fr: 'Objectif, option 2 ETP (second assistant)', en: 'Objective, option 2 FTE (second assistant)' },
    unit: 'ratio',
    periods: [{ from: CONVENTION_2024_FROM, status: 'unknown', sources: [], note: { fr: 'Non publié ; donnez l’objectif de votre contrat.', en: 'Not published; pass the objective of your contract.' } }],
  }),
};

export const seniorMinimumAge = parameter({
  id: 'am.objective.senior.minimum-age',
  label: { fr: 'Âge à partir duquel l’objectif est le maintien de la patientèle', en: 'Age from which the objective is to maintain the patientèle' },
  unit: 'years',
  range: { min: '18', max: '120' },
  periods: [
    {
      from: CONVENTION_2024_FROM,
      value: '65',
      status: 'unverified',
      sources: [S.assistantsMedicauxOrg],
      note: {
        fr: 'Mesure de la convention 2024 lue dans une synthèse secondaire : les médecins de 65 ans et plus maintiennent seulement leur patientèle, une baisse de 10 % étant tolérée. Âge pris à la signature (hypothèse).',
        en: 'Convention 2024 measure read in a secondary summary: doctors aged 65 and over only maintain their patientèle, with a 10 % decrease tolerated. Age taken at signature (assumption).',
      },
    },
  ],
});

export const seniorTolerance = parameter({
  id: 'am.objective.senior.tolerated-decrease',
  label: { fr: 'Baisse de patientèle tolérée pour les médecins ayant l’âge de maintien', en: 'Patientèle decrease tolerated for doctors of the maintenance age' },
  unit: 'ratio',
  periods: [
    {
      from: CONVENTION_2024_FROM,
      value: '0.1',
      status: 'unverified',
      sources: [S.assistantsMedicauxOrg],
      note: {
        fr: '« Une tolérance d’une baisse de 10 % est acceptée » (synthèse secondaire de la convention 2024).',
        en: '"Une tolérance d’une baisse de 10 % est acceptée" (secondary summary of the Convention 2024).',
      },
    },
  ],
});

export const newlyInstalledTarget = parameter({
  id: 'am.objective.newly-installed.target-percentile',
  label: {
    fr: 'Médecin nouvellement installé : percentile à atteindre',
    en: 'Newly installed doctor: percentile to reach',
  },
  unit: 'choice',
  choices: PERCENTILES,
  periods: [
    {
      from: AVENANT_7_FROM,
      value: 'p50',
      status: 'unverified',
      sources: [S.csmfCriteres, S.reagjir, S.assistantsMedicauxOrg],
      note: {
        fr: 'Atteindre la médiane (P50) de la spécialité dans les 3 ans (synthèses syndicales de l’avenant 7 ; synthèses de la convention 2024).',
        en: 'Reach the median (P50) of the specialty within 3 years (union summaries of Avenant 7; Convention 2024 summaries).',
      },
    },
  ],
});

export const newlyInstalledDeadlineYear = parameter({
  id: 'am.objective.newly-installed.deadline-year',
  label: { fr: 'Médecin nouvellement installé : année où P50 doit être atteint', en: 'Newly installed doctor: contract year by which P50 must be reached' },
  unit: 'years',
  range: { min: '1', max: '10' },
  periods: [
    { from: AVENANT_7_FROM, value: '3', status: 'unverified', sources: [S.csmfCriteres, S.assistantsMedicauxOrg], note: { fr: '« dans un délai de trois ans » (synthèses syndicales).', en: '"dans un délai de trois ans" (union summaries).' } },
  ],
});

export const objectiveRounding = parameter({
  id: 'am.objective.target-rounding',
  label: { fr: 'Arrondi de l’objectif en patients', en: 'Rounding of the objective in patients' },
  unit: 'choice',
  choices: ['up', 'half-up', 'down'],
  periods: [
    {
      from: AVENANT_7_FROM,
      value: 'up',
      status: 'assumption',
      sources: [],
      note: {
        fr: 'Aucun texte lu ne dit comment est arrondi un objectif fractionnaire (patientèle de départ × (1 + taux)) ; la bibliothèque arrondit au patient entier supérieur (un objectif ne s’atteint qu’avec des patients entiers).',
        en: 'No text read says how a fractional target (starting patientèle × (1 + rate)) is rounded; the library rounds up to the next whole patient (a target is reached only with whole patients).',
      },
    },
  ],
});

// ---------------------------------------------------------------------------------------------------
// Modulation from year 3

export const firstModulatedYear = parameter({
  id: 'am.modulation.first-year',
  label: { fr: 'Première année modulée selon l’atteinte de l’objectif', en: 'First contract year modulated by the achievement of the objective' },
  unit: 'years',
  range: { min: '1', max: '10' },
  periods: [{ from: AVENANT_7_FROM, value: '3', status: 'verified', sources: [S.arsPaca, S.csmfContreparties] }],
});

export const modulationRule = parameter({
  id: 'am.modulation.rule',
  label: { fr: 'Règle de modulation de l’aide', en: 'Modulation rule of the aid' },
  unit: 'choice',
  choices: ['linear', 'all-or-nothing'],
  periods: [
    {
      from: AVENANT_7_FROM,
      value: 'linear',
      status: 'assumption',
      sources: [S.arsPaca, S.mesdocsCollectif],
      note: {
        fr: 'Les textes disent que l’aide est « modulée en fonction de l’atteinte des engagements » à partir de la 3e année (et « proratisée » pour le contrat collectif de 2026), mais aucune source lue ne donne la formule. Hypothèse de travail : montant = maximum × min(1, max(0, augmentation atteinte / augmentation visée)) ; pour un objectif qui n’est pas une augmentation (maintien, baisse tolérée), le ratio est patientèle atteinte / patientèle visée, plafonné à 1. "all-or-nothing" ne verse le maximum que si l’objectif est atteint.',
        en: 'The texts say the aid is "modulée en fonction de l’atteinte des engagements" from year 3 (and "proratisée" for the 2026 collective contract) but no source read gives the formula. Working hypothesis: amount = maximum × min(1, max(0, achieved increase / target increase)); for an objective that is not an increase (maintien, tolerated decrease), the ratio is reached / target patientèle, capped at 1. "all-or-nothing" pays the maximum only when the objective is reached.',
      },
    },
  ],
});

export const modulationRounding = parameter({
  id: 'am.modulation.cent-rounding',
  label: { fr: 'Arrondi au centime de l’aide modulée', en: 'Cent rounding of the modulated aid' },
  unit: 'choice',
  choices: ['half-up', 'down', 'up', 'half-even'],
  periods: [
    { from: AVENANT_7_FROM, value: 'half-up', status: 'assumption', sources: [], note: { fr: 'Aucune règle d’arrondi trouvée ; la bibliothèque arrondit au centime le plus proche (moitié vers le haut).', en: 'No rounding rule found; the library rounds half up at the cent.' } },
  ],
});

// ---------------------------------------------------------------------------------------------------
// Payments
//
// Sources conflict on when the aid is paid and none is official: each reading is a value of one rule,
// `am.payment.schedule`, and the figures of each reading are parameters of their own.

/** The readings of the payment schedule, one per source family. */
export const PAYMENT_SCHEDULES = ['advance-then-balance', 'whole-then-instalments'] as const;
export type PaymentSchedule = (typeof PAYMENT_SCHEDULES)[number];

export const paymentSchedule = parameter({
  id: 'am.payment.schedule',
  label: { fr: 'Calendrier des versements de l’aide', en: 'Payment schedule of the aid' },
  unit: 'choice',
  choices: PAYMENT_SCHEDULES,
  periods: [
    {
      from: AVENANT_7_FROM,
      value: 'advance-then-balance',
      status: 'unverified',
      sources: [S.ordre, S.djibe2023, S.djibe2024],
      note: {
        fr: 'CONFLIT entre sources secondaires ; aucune source officielle lue ne donne le calendrier. "advance-then-balance" : 70 % de l’aide de la 1re année dans les 15 jours suivant l’embauche, puis le solde ; les années suivantes en un versement (bulletin de l’Ordre des médecins n° 74, 2021 : « 70 % de l’aide due la première année est versée dans les quinze jours suivant le recrutement » ; guide de djibe, 2023). "whole-then-instalments" : toute l’aide de la 1re année « dans le mois qui suit le contrat », la 2e année à la date anniversaire, à partir de la 3e année « 2 acomptes de 50 % » (guide de djibe, décembre 2024). Par défaut "advance-then-balance" : deux sources concordantes, dont le bulletin de l’Ordre décrivant le contrat de l’avenant 7, contre une (une version ultérieure du même guide), et aucune source ne dit que le calendrier a changé avec un texte. Chiffres de la première lecture : am.payment.year-1.advance-rate, am.payment.year-1.advance-delay-days, am.payment.year-1.balance-timing, am.payment.year-3-plus.timing ; de la seconde : am.payment.year-1.whole-delay-months, am.payment.year-3-plus.instalment-share, am.payment.year-3-plus.first-instalment-months ; des deux : am.payment.year-2.timing.',
        en: 'CONFLICT between secondary sources; no official source read gives the schedule. "advance-then-balance": 70 % of the year-1 aid within 15 days of the hiring, then the balance; later years in one payment (Ordre des médecins bulletin n° 74, 2021: « 70 % de l’aide due la première année est versée dans les quinze jours suivant le recrutement »; djibe’s guide, 2023). "whole-then-instalments": the whole year-1 aid « dans le mois qui suit le contrat », year 2 at the anniversary, from year 3 « 2 acomptes de 50 % » (djibe’s guide, December 2024). Default "advance-then-balance": two concordant sources, one of them the bulletin of the Ordre describing the contract of Avenant 7, against one (a later version of the same guide), and no source says the schedule changed with a text. Figures of the first reading: am.payment.year-1.advance-rate, am.payment.year-1.advance-delay-days, am.payment.year-1.balance-timing, am.payment.year-3-plus.timing; of the second: am.payment.year-1.whole-delay-months, am.payment.year-3-plus.instalment-share, am.payment.year-3-plus.first-instalment-months; both: am.payment.year-2.timing.',
      },
    },
  ],
});

export const year1AdvanceRate = parameter({
  id: 'am.payment.year-1.advance-rate',
  label: { fr: 'Part de l’aide de 1re année versée à l’embauche', en: 'Share of the year-1 aid paid at hiring' },
  unit: 'ratio',
  periods: [
    {
      from: AVENANT_7_FROM,
      value: '0.7',
      status: 'unverified',
      sources: [S.ordre, S.djibe2023],
      note: {
        fr: 'Lecture "advance-then-balance" de am.payment.schedule : « 70 % de l’aide due la première année est versée dans les quinze jours suivant le recrutement » (bulletin de l’Ordre, 2021 ; djibe, 2023).',
        en: 'Reading "advance-then-balance" of am.payment.schedule: « 70 % de l’aide due la première année est versée dans les quinze jours suivant le recrutement » (Ordre bulletin, 2021; djibe, 2023).',
      },
    },
  ],
});

export const year1AdvanceDelayDays = parameter({
  id: 'am.payment.year-1.advance-delay-days',
  label: { fr: 'Délai de versement de l’avance de 1re année après l’embauche', en: 'Delay of the year-1 advance after hiring' },
  unit: 'days',
  // An advance of the year-1 aid is paid within year 1.
  range: { max: '365' },
  periods: [
    {
      from: AVENANT_7_FROM,
      value: '15',
      status: 'unverified',
      sources: [S.ordre],
      note: {
        fr: 'Lecture "advance-then-balance" de am.payment.schedule : « dans les quinze jours suivant le recrutement » (bulletin de l’Ordre, 2021) : la date de versement est la date la plus tardive. Quand l’assistant a été embauché avant la signature, le délai court à partir de la signature.',
        en: 'Reading "advance-then-balance" of am.payment.schedule: « dans les quinze jours suivant le recrutement » (Ordre bulletin, 2021): the payment date is the latest date. When the assistant was hired before the signature, the delay runs from the signature.',
      },
    },
  ],
});

export const PAYMENT_TIMINGS = ['start-of-year', 'end-of-year'] as const;

export const year1BalanceTiming = parameter({
  id: 'am.payment.year-1.balance-timing',
  label: { fr: 'Date du solde de 1re année', en: 'Date of the year-1 balance' },
  unit: 'choice',
  choices: PAYMENT_TIMINGS,
  periods: [
    {
      from: AVENANT_7_FROM,
      value: 'end-of-year',
      status: 'assumption',
      sources: [],
      note: {
        fr: 'Lecture "advance-then-balance" de am.payment.schedule : aucune source ne dit quand sont versés les 30 % restants de la 1re année ; la bibliothèque les date à la fin de la 1re année (premier anniversaire).',
        en: 'Reading "advance-then-balance" of am.payment.schedule: no source gives when the remaining 30 % of year 1 is paid; the library dates it at the end of year 1 (first anniversary).',
      },
    },
  ],
});

export const year1WholeDelayMonths = parameter({
  id: 'am.payment.year-1.whole-delay-months',
  label: { fr: 'Délai de versement de l’aide de 1re année (en mois)', en: 'Delay of the payment of the year-1 aid (in months)' },
  unit: 'months',
  // The aid of year 1 is paid within year 1.
  range: { max: '12' },
  periods: [
    {
      from: AVENANT_7_FROM,
      value: '1',
      status: 'unverified',
      sources: [S.djibe2024],
      note: {
        fr: 'Lecture "whole-then-instalments" de am.payment.schedule : toute l’aide de la 1re année « dans le mois qui suit le contrat » (djibe, décembre 2024) : la date de versement est la date la plus tardive. Le mois court à partir de la plus tardive de la signature et de l’embauche (hypothèse de la bibliothèque : aucune aide n’est versée pour un assistant pas encore salarié).',
        en: 'Reading "whole-then-instalments" of am.payment.schedule: the whole year-1 aid « dans le mois qui suit le contrat » (djibe, December 2024): the payment date is the latest date. The month runs from the later of the signature and the hiring (an assumption of the library: no aid is paid for an assistant not yet employed).',
      },
    },
  ],
});

export const year2Timing = parameter({
  id: 'am.payment.year-2.timing',
  label: { fr: 'Date de versement de l’aide de 2e année', en: 'Payment date of the year-2 aid' },
  unit: 'choice',
  choices: PAYMENT_TIMINGS,
  periods: [
    {
      from: AVENANT_7_FROM,
      value: 'start-of-year',
      status: 'unverified',
      sources: [S.djibe2024, S.assistantsMedicauxOrg],
      note: {
        fr: 'Les deux lectures de am.payment.schedule : « versée à date anniversaire les années suivantes » (source secondaire) : la date anniversaire qui ouvre la 2e année.',
        en: 'Both readings of am.payment.schedule: « versée à date anniversaire les années suivantes » (secondary): the anniversary that opens year 2.',
      },
    },
  ],
});

export const laterYearsTiming = parameter({
  id: 'am.payment.year-3-plus.timing',
  label: { fr: 'Date de versement de l’aide à partir de la 3e année', en: 'Payment date of the aid from year 3' },
  unit: 'choice',
  choices: PAYMENT_TIMINGS,
  periods: [
    {
      from: AVENANT_7_FROM,
      value: 'end-of-year',
      status: 'assumption',
      sources: [],
      note: {
        fr: 'Lecture "advance-then-balance" de am.payment.schedule : à partir de la 3e année, l’aide dépend de l’objectif atteint ; la bibliothèque la verse donc en un versement à la fin de l’année de contrat. Aucune source de cette lecture ne la date.',
        en: 'Reading "advance-then-balance" of am.payment.schedule: from year 3 the aid depends on the objective reached, so the library pays it in one payment at the end of the contract year. No source of this reading dates it.',
      },
    },
  ],
});

export const laterYearsInstalmentShare = parameter({
  id: 'am.payment.year-3-plus.instalment-share',
  label: { fr: 'Part du premier acompte à partir de la 3e année', en: 'Share of the first instalment from year 3' },
  unit: 'ratio',
  periods: [
    {
      from: AVENANT_7_FROM,
      value: '0.5',
      status: 'unverified',
      sources: [S.djibe2024],
      note: {
        fr: 'Lecture "whole-then-instalments" de am.payment.schedule : « 2 acomptes de 50 % » (djibe, décembre 2024) ; le second acompte est le reste de l’aide de l’année.',
        en: 'Reading "whole-then-instalments" of am.payment.schedule: « 2 acomptes de 50 % » (djibe, December 2024); the second instalment is the rest of the year’s aid.',
      },
    },
  ],
});

export const laterYearsFirstInstalmentMonths = parameter({
  id: 'am.payment.year-3-plus.first-instalment-months',
  label: {
    fr: 'Premier acompte à partir de la 3e année : mois après le début de l’année',
    en: 'First instalment from year 3: months after the start of the year',
  },
  unit: 'months',
  range: { max: '12' },
  periods: [
    {
      from: AVENANT_7_FROM,
      value: '6',
      status: 'assumption',
      sources: [S.djibe2024],
      note: {
        fr: 'Lecture "whole-then-instalments" de am.payment.schedule : la source donne deux acomptes de 50 % sans dates. La bibliothèque verse le premier au milieu de l’année de contrat (6 mois après son début) et le second à sa fin (la date anniversaire qui la clôt), chacun une part de l’aide de l’année telle que calculée (la source ne dit pas si le premier est une avance sur le maximum, régularisée ensuite).',
        en: 'Reading "whole-then-instalments" of am.payment.schedule: the source gives two instalments of 50 % without dates. The library pays the first in the middle of the contract year (6 months after its start) and the second at its end (the anniversary that closes it), each a share of the year’s aid as computed (the source does not say whether the first is an advance on the maximum, regularised later).',
      },
    },
  ],
});

// ---------------------------------------------------------------------------------------------------
// Second assistant (Convention 2024)

/** Where the second-assistant conditions are read. */
const SECOND_ASSISTANT_NOTE: Label = {
  fr: 'Un médecin généraliste en ZIP, déjà titulaire d’un contrat à temps plein dont les objectifs sont atteints, à partir de la 3e année de contrat : lu sur assistants-medicaux.org (2024). ameli annonce « 2 nouvelles options de financement pour un second assistant médical », mais la page du simulateur d’ameli citée ici n’a pas été lue par l’audit de 2026-11 (son texte ne figure pas dans la fiche de référence).',
  en: 'A GP in a ZIP, already on a full-time contract whose objectives are reached, from the 3rd contract year: read on assistants-medicaux.org (2024). ameli announces « 2 nouvelles options de financement pour un second assistant médical » but the ameli estimator page cited here was not read by the audit of 2026-11 (its text is not in the reference sheet).',
};

export const secondAssistantFromYear = parameter({
  id: 'am.eligibility.second-assistant.from-year',
  label: { fr: 'Second assistant : à partir de l’année de contrat', en: 'Second assistant: from contract year' },
  unit: 'years',
  range: { min: '1', max: '10' },
  periods: [{ from: CONVENTION_2024_FROM, value: '3', status: 'unverified', sources: [S.assistantsMedicauxOrg, S.ameliSimulateur], note: SECOND_ASSISTANT_NOTE }],
});

export const secondAssistantSpecialties = parameter({
  id: 'am.eligibility.second-assistant.specialties',
  label: { fr: 'Second assistant : spécialités éligibles', en: 'Second assistant: eligible specialties' },
  unit: 'list',
  periods: [
    {
      from: CONVENTION_2024_FROM,
      value: ['medecine-generale'],
      status: 'unverified',
      sources: [S.assistantsMedicauxOrg, S.ameliSimulateur],
      note: {
        fr: `Médecins généralistes, hors MEP (médecins à expertise particulière). ${SECOND_ASSISTANT_NOTE.fr}`,
        en: `General practitioners, excluding MEP (médecins à expertise particulière). ${SECOND_ASSISTANT_NOTE.en}`,
      },
    },
  ],
});

export const secondAssistantZones = parameter({
  id: 'am.eligibility.second-assistant.zones',
  label: { fr: 'Second assistant : zones', en: 'Second assistant: zones' },
  unit: 'list',
  choices: ZONES,
  periods: [{ from: CONVENTION_2024_FROM, value: ['zip'], status: 'unverified', sources: [S.assistantsMedicauxOrg, S.ameliSimulateur], note: SECOND_ASSISTANT_NOTE }],
});

// ---------------------------------------------------------------------------------------------------
// The collective contract (aide collective à l’emploi d’assistants médicaux, 2026)
//
// A group of general practitioners, partners of one company (SCP, SCM, SISA), signs one contract; the
// company employs the assistants and receives the aid. Every figure is read on one professional page
// (Mesdocs) citing an ameli page that was not read: nothing here is verified. Readings of the sheet's open
// points are assumptions with a note.

/** Collective contract: contracts signed from 25 February 2026 (after the CPN validated it). */
const COLLECTIVE_FROM = '2026-02-25';

/** Where every figure of the collective contract is read. */
const COLLECTIVE_SOURCES: readonly Source[] = [S.mesdocsCollectif, S.ameliCollectifHautsDeSeine];

/** The note every figure of the collective contract carries, after its own words. */
const COLLECTIVE_NOTE: Label = {
  fr: 'Lu sur Mesdocs, qui cite la page d’ameli Hauts-de-Seine sur le contrat collectif (non lue par la bibliothèque).',
  en: 'Read on Mesdocs, which cites the ameli Hauts-de-Seine page on the collective contract (not read by the library).',
};

/** A period of the collective contract from its start, unverified, with its sources. */
function collective<T extends string | boolean | readonly string[]>(value: T, note: Label): Period<T> {
  return {
    from: COLLECTIVE_FROM,
    value,
    status: 'unverified',
    sources: COLLECTIVE_SOURCES,
    note: {
      fr: `${note.fr} ${COLLECTIVE_NOTE.fr}`,
      en: `${note.en} ${COLLECTIVE_NOTE.en}`,
    },
  };
}

/** The texts of the collective contract (one so far). */
export const COLLECTIVE_REGIMES = ['collective-2026'] as const;
export type CollectiveRegime = (typeof COLLECTIVE_REGIMES)[number];

export const collectiveRegime = parameter({
  id: 'am.collective.regime',
  label: { fr: 'Contrat collectif : texte applicable selon la date de signature', en: 'Collective contract: text governing a contract, by signature date' },
  unit: 'choice',
  choices: COLLECTIVE_REGIMES,
  periods: [collective('collective-2026', { fr: 'En vigueur à partir du 25 février 2026, après sa validation par la commission paritaire nationale ; un contrat signé plus tôt n’est pas en vigueur.', en: 'In force from 25 February 2026, after the commission paritaire nationale validated it; a contract signed earlier is not in force.' })],
});

export const collectiveDurationYears = parameter({
  id: 'am.collective.contract.duration-years',
  label: { fr: 'Contrat collectif : durée', en: 'Collective contract: duration' },
  unit: 'years',
  range: { min: '1', max: '10' },
  periods: [collective('5', { fr: '5 ans, renouvelable ; des médecins peuvent entrer ou sortir à chaque date anniversaire sans changer les ETP choisis à la signature.', en: '5 years, renewable; doctors may join or leave at each anniversary without changing the ETP chosen at signature.' })],
});

/** Legal forms of the signing company. `sel`: any société d’exercice libéral (SELARL, SELAS…). */
export const LEGAL_FORMS = ['scp', 'scm', 'sisa', 'sel', 'other'] as const;
export type LegalForm = (typeof LEGAL_FORMS)[number];

export const collectiveLegalForms = parameter({
  id: 'am.collective.eligibility.legal-forms',
  label: { fr: 'Contrat collectif : formes de société pouvant signer', en: 'Collective contract: legal forms that may sign' },
  unit: 'list',
  choices: LEGAL_FORMS,
  periods: [
    collective(
      ['scp', 'scm', 'sisa'],
      {
        fr: 'Une société ayant sa propre activité de soins, dont les associés sont des professionnels de santé en nom propre : SCP ou SCM (exercice en groupe), SISA (MSP). Une SEL ne peut pas signer. Une autre forme n’est pas citée par la fiche : signalée comme à vérifier.',
        en: 'A company with its own care activity whose partners are health professionals in their own name: SCP or SCM (group practice), SISA (MSP). A SEL cannot sign. Another form is not named by the sheet: reported as to check.',
      },
    ),
  ],
});

export const collectiveSpecialties = parameter({
  id: 'am.collective.eligibility.specialties',
  label: { fr: 'Contrat collectif : spécialités des médecins adhérents', en: 'Collective contract: specialties of the adhering doctors' },
  unit: 'list',
  periods: [collective(['medecine-generale'], { fr: 'Médecins généralistes seulement.', en: 'General practitioners only.' })],
});

export const collectiveMepExcluded = parameter({
  id: 'am.collective.eligibility.mep-excluded',
  label: { fr: 'Contrat collectif : médecins à exercice particulier (MEP) exclus', en: 'Collective contract: doctors of a particular practice (MEP) excluded' },
  unit: 'boolean',
  periods: [collective(true, { fr: 'Médecins généralistes, hors MEP (médecins à exercice particulier).', en: 'General practitioners excluding the MEP (médecins à exercice particulier).' })],
});

export const collectiveSectors = parameter({
  id: 'am.collective.eligibility.sectors',
  label: { fr: 'Contrat collectif : secteurs éligibles', en: 'Collective contract: eligible sectors' },
  unit: 'list',
  choices: SECTORS,
  periods: [collective(['1', '2-optam'], { fr: 'Secteur 1, ou secteur 2 avec OPTAM.', en: 'Secteur 1, or secteur 2 with OPTAM.' })],
});

export const collectiveAverageMinimum = parameter({
  id: 'am.collective.eligibility.average-medecin-traitant',
  label: {
    fr: 'Contrat collectif : patientèle médecin traitant moyenne minimale du groupe',
    en: 'Collective contract: minimum average médecin-traitant patientèle of the group',
  },
  unit: 'patients',
  range: { max: String(MAX_PATIENTS) },
  periods: [collective('775', { fr: 'La patientèle médecin traitant MOYENNE du groupe : P30 de la distribution nationale des médecins généralistes au 31/12/2021 (le chiffre de am.percentile.medecine-generale.p30, paramètre propre au contrat collectif).', en: 'The group’s AVERAGE médecin-traitant patientèle: P30 of the national distribution of GPs at 31 Dec 2021 (the figure of am.percentile.medecine-generale.p30, an own parameter of the collective contract).' })],
});

export const collectiveAverageComparison = parameter({
  id: 'am.collective.eligibility.average-comparison',
  label: { fr: 'Contrat collectif : moyenne « égale ou supérieure » au seuil', en: 'Collective contract: average "equal or above" the minimum' },
  unit: 'choice',
  choices: ['at-least', 'more-than'],
  periods: [collective('at-least', { fr: '« égale ou supérieure » est écrit en toutes lettres.', en: '"égale ou supérieure" is stated explicitly.' })],
});

export const collectiveWaitingYears = parameter({
  id: 'am.collective.eligibility.waiting-period-years',
  label: { fr: 'Contrat collectif : délai de carence après la fin d’un contrat collectif', en: 'Collective contract: waiting period after the end of a collective contract' },
  unit: 'years',
  range: { max: '10' },
  periods: [
    collective(
      '2',
      {
        fr: 'Après la fin ou la résiliation d’un contrat collectif, chaque médecin du groupe attend 2 ans avant tout nouveau contrat, individuel ou collectif (exceptions accordées par le directeur de la caisse).',
        en: 'After the end or termination of a collective contract, each doctor of the group waits 2 years before any new contract, individual or collective (exceptions by the director of the caisse).',
      },
    ),
  ],
});

export const collectiveEtpPerDoctor = parameter({
  id: 'am.collective.etp.per-doctor',
  label: { fr: 'Contrat collectif : ETP d’assistant par médecin adhérent (plafond)', en: 'Collective contract: FTE of assistant per adhering doctor (ceiling)' },
  unit: 'ratio',
  periods: [collective('1', { fr: 'Au plus autant d’ETP que de médecins adhérents.', en: 'At most as many ETP as adhering doctors.' })],
});

export const collectiveBonusFrom = parameter({
  id: 'am.collective.etp.bonus-from',
  label: { fr: 'Contrat collectif : majoration « docteurs juniors » à partir du', en: 'Collective contract: "docteurs juniors" bonus from' },
  unit: 'date',
  periods: [
    {
      from: COLLECTIVE_FROM,
      value: '2026-11-01',
      status: 'assumption',
      sources: COLLECTIVE_SOURCES,
      note: {
        fr: `La fiche dit « à partir de novembre 2026 » (quand les premiers docteurs juniors de médecine générale prennent leurs fonctions) ; le jour, 1er novembre 2026, est celui de la bibliothèque. La majoration s’applique aux contrats signés à partir de ce jour (les ETP sont choisis à la signature). ${COLLECTIVE_NOTE.fr}`,
        en: `The sheet says "à partir de novembre 2026" (when the first docteurs juniors of general medicine start); the day, 1 November 2026, is the library's. The bonus applies to contracts signed from that day (the ETP are chosen at signature). ${COLLECTIVE_NOTE.en}`,
      },
    },
  ],
});

export const collectivePamsuBonus = parameter({
  id: 'am.collective.etp.pamsu-bonus',
  label: {
    fr: 'Contrat collectif : ETP supplémentaire par médecin maître de stage (PAMSU) accueillant un docteur junior',
    en: 'Collective contract: extra FTE per adhering doctor who is a PAMSU hosting a docteur junior',
  },
  unit: 'ratio',
  periods: [collective('0.5', { fr: '+0,5 ETP par médecin adhérent maître de stage des universités (PAMSU) accueillant un docteur junior ; exemple : 4 médecins dont 2 PAMSU → 4 + 0,5 × 2 = 5 ETP.', en: '+0.5 ETP per adhering doctor who is a maître de stage des universités (PAMSU) hosting a docteur junior; example: 4 doctors of whom 2 PAMSU → 4 + 0.5 × 2 = 5 ETP.' })],
});

export const collectiveTrainingSiteBonus = parameter({
  id: 'am.collective.etp.training-site-bonus',
  label: {
    fr: 'Contrat collectif : ETP supplémentaire par médecin adhérent d’une structure agréée lieu de stage',
    en: 'Collective contract: extra FTE per adhering doctor of a structure approved as a training site',
  },
  unit: 'ratio',
  periods: [
    collective(
      '0.5',
      {
        fr: 'Si la structure elle-même est agréée comme lieu de stage ambulatoire, +0,5 ETP par médecin adhérent, au lieu de la majoration par médecin PAMSU (la fiche écrit « ou » : les deux ne s’additionnent pas).',
        en: 'If the structure itself is approved as an ambulatory training site, +0.5 ETP per adhering doctor, instead of the bonus per PAMSU doctor (the sheet writes "or": the two are not added).',
      },
    ),
  ],
});

export const collectiveEtpStep = parameter({
  id: 'am.collective.etp.step',
  label: { fr: 'Contrat collectif : pas du nombre d’ETP', en: 'Collective contract: step of the number of FTE' },
  unit: 'ratio',
  range: { min: '0.01' },
  periods: [
    {
      from: COLLECTIVE_FROM,
      value: '0.5',
      status: 'assumption',
      sources: [],
      note: {
        fr: 'Aucune source ne donne le pas du nombre d’ETP ; la bibliothèque accepte les multiples de 0,5 ETP (un poste à mi-temps ; la majoration est de 0,5 ETP ; les points ouverts de la fiche parlent de 2,5 ETP). Donnez une autre valeur dans overrides pour un autre contrat.',
        en: 'No source gives the step of the number of ETP; the library accepts multiples of 0.5 ETP (a half-time post; the bonus is 0.5 ETP; the sheet’s open points speak of 2.5 ETP). Override it for another contract.',
      },
    },
  ],
});

/** The rows of the collective amount table: year 1, year 2, year 3 onward. */
export const COLLECTIVE_AMOUNT_ROWS = ['year-1', 'year-2', 'year-3-plus'] as const;
export type CollectiveAmountRow = (typeof COLLECTIVE_AMOUNT_ROWS)[number];

function collectiveCeiling(row: CollectiveAmountRow, value: string): Parameter<string, string, 'EUR'> {
  return parameter({
    id: `am.collective.aid.per-etp.${row}`,
    label: {
      fr: `Contrat collectif : aide par ETP d’assistant, ${AMOUNT_ROW_LABEL[row].fr}`,
      en: `Collective contract: aid per FTE of assistant, ${AMOUNT_ROW_LABEL[row].en}`,
    },
    unit: 'EUR',
    range: EURO_RANGE,
    periods: [collective(value, { fr: 'Aide par assistant à temps plein (ETP) et par an ; les mêmes chiffres par ETP que le barème individuel de 2024 pour l’option 1 ETP. Aucune majoration P90/P95 n’est mentionnée.', en: 'Aid per full-time assistant (ETP) and year; the same per-ETP figures as the individual 2024 table for option 1 ETP. No P90/P95 majoration is mentioned.' })],
  });
}

/** The aid per ETP of assistant, by contract year. */
export const collectiveCeilings: Record<CollectiveAmountRow, Parameter<string, string, 'EUR'>> = {
  'year-1': collectiveCeiling('year-1', '38000'),
  'year-2': collectiveCeiling('year-2', '28000'),
  'year-3-plus': collectiveCeiling('year-3-plus', '22000'),
};

export const collectiveObjectiveMt = parameter({
  id: 'am.collective.objective.medecin-traitant-per-etp',
  label: { fr: 'Contrat collectif : patients médecin traitant supplémentaires par ETP', en: 'Collective contract: additional médecin-traitant patients per FTE' },
  unit: 'patients',
  range: { max: String(MAX_PATIENTS) },
  periods: [collective('260', { fr: '+260 patients médecin traitant du groupe (PMT collective) par ETP financé, à atteindre dans les 2 ans.', en: '+260 patients médecin traitant of the group (collective PMT) per ETP funded, to reach within 2 years.' })],
});

export const collectiveObjectiveFa = parameter({
  id: 'am.collective.objective.file-active-per-etp',
  label: { fr: 'Contrat collectif : patients supplémentaires en file active par ETP', en: 'Collective contract: additional file-active patients per FTE' },
  unit: 'patients',
  range: { max: String(MAX_PATIENTS) },
  periods: [collective('110', { fr: 'ET +110 patients dans la file active du groupe (PFA) par ETP financé, à atteindre dans les 2 ans.', en: 'AND +110 patients in the group’s file active (PFA) per ETP funded, to reach within 2 years.' })],
});

export const collectiveObjectiveYears = parameter({
  id: 'am.collective.objective.deadline-years',
  label: { fr: 'Contrat collectif : délai pour atteindre l’objectif (en années)', en: 'Collective contract: time to reach the objective (in years)' },
  unit: 'years',
  range: { min: '1', max: '10' },
  periods: [collective('2', { fr: '« dans les 2 ans » (compté à partir de la signature par la bibliothèque : am.collective.rule.objective-due-date).', en: '"dans les 2 ans" (counted from the signature by the library: am.collective.rule.objective-due-date).' })],
});

export const collectiveNewlyInstalledMt = parameter({
  id: 'am.collective.objective.newly-installed.medecin-traitant',
  label: { fr: 'Contrat collectif, médecin nouvellement installé : patientèle médecin traitant à atteindre (P50)', en: 'Collective contract, newly installed doctor: médecin-traitant patientèle to reach (P50)' },
  unit: 'patients',
  range: { max: String(MAX_PATIENTS) },
  periods: [collective('1045', { fr: 'Un médecin installé depuis moins de 12 mois doit atteindre, après 3 ans d’adhésion, le P50 national : 1 045 patients médecin traitant.', en: 'A doctor installed for less than 12 months must reach, after 3 years of adhesion, the national P50: 1 045 patients médecin traitant.' })],
});

export const collectiveNewlyInstalledFa = parameter({
  id: 'am.collective.objective.newly-installed.file-active',
  label: { fr: 'Contrat collectif, médecin nouvellement installé : file active à atteindre (P50)', en: 'Collective contract, newly installed doctor: file active to reach (P50)' },
  unit: 'patients',
  range: { max: String(MAX_PATIENTS) },
  periods: [collective('1514', { fr: 'Un médecin installé depuis moins de 12 mois doit atteindre, après 3 ans d’adhésion, le P50 national : 1 514 patients en file active.', en: 'A doctor installed for less than 12 months must reach, after 3 years of adhesion, the national P50: 1 514 patients in the file active.' })],
});

export const collectiveNewlyInstalledYears = parameter({
  id: 'am.collective.objective.newly-installed.deadline-years',
  label: { fr: 'Contrat collectif, médecin nouvellement installé : délai (en années)', en: 'Collective contract, newly installed doctor: time allowed (in years)' },
  unit: 'years',
  range: { min: '1', max: '10' },
  periods: [collective('3', { fr: '« après 3 ans d’adhésion » (compté à partir de la signature par la bibliothèque).', en: '"après 3 ans d’adhésion" (counted from the signature by the library).' })],
});

export const collectiveNewlyInstalledMonths = parameter({
  id: 'am.collective.newly-installed.max-months',
  label: { fr: 'Contrat collectif : ancienneté d’installation d’un médecin nouvellement installé (au plus, en mois)', en: 'Collective contract: time since installation of a newly installed doctor (at most, in months)' },
  unit: 'months',
  range: { min: '1', max: '120' },
  periods: [collective('12', { fr: '« installé depuis moins de 12 mois » : l’appelant indique quels médecins le sont (newlyInstalled).', en: '"installé depuis moins de 12 mois": the caller says which doctors are (newlyInstalled).' })],
});

export const collectiveFirstModulatedYear = parameter({
  id: 'am.collective.modulation.first-year',
  label: { fr: 'Contrat collectif : première année modulée selon l’atteinte de l’objectif', en: 'Collective contract: first year modulated by the achievement of the objective' },
  unit: 'years',
  range: { min: '1', max: '10' },
  periods: [collective('3', { fr: 'À partir de la 3e année, quand l’objectif collectif n’est pas entièrement atteint, l’aide de l’année est « proratisée ».', en: 'From year 3, when the collective objective is not fully reached, the year’s aid is prorated ("proratisée").' })],
});

/** How the two objectives of the collective contract (médecin traitant, file active) combine in the prorata. */
export const COLLECTIVE_MODULATION_RULES = ['lower-of-two', 'average-of-two', 'both-required'] as const;
export type CollectiveModulationRule = (typeof COLLECTIVE_MODULATION_RULES)[number];

export const collectiveModulationRule = parameter({
  id: 'am.collective.modulation.rule',
  label: { fr: 'Contrat collectif : prorata de l’aide selon les deux objectifs', en: 'Collective contract: prorata of the aid by the two objectives' },
  unit: 'choice',
  choices: COLLECTIVE_MODULATION_RULES,
  periods: [
    {
      from: COLLECTIVE_FROM,
      value: 'lower-of-two',
      status: 'assumption',
      sources: COLLECTIVE_SOURCES,
      note: {
        fr: `La fiche dit que l’aide est « proratisée » à partir de la 3e année quand l’objectif n’est pas entièrement atteint, sans donner la formule ni la façon dont les deux objectifs (+260 MT ET +110 file active par ETP) se combinent. Le ratio de chaque objectif est linéaire selon l’augmentation atteinte (0 au départ, 1 à l’objectif, comme am.modulation.rule "linear"). "lower-of-two" (par défaut) verse le plus petit ratio : l’objectif est un seul objectif en deux parties reliées par « ET », entièrement atteint seulement quand les deux le sont ; son degré d’atteinte est donc celui de la partie la moins atteinte. "average-of-two" verse leur moyenne (un groupe pourrait toucher la moitié de son aide complète avec une partie à 0) ; "both-required" verse l’année en entier seulement quand les deux parties sont atteintes, sinon rien (il ne proratise pas, alors que la fiche dit qu’on proratise). ${COLLECTIVE_NOTE.fr}`,
        en: `The sheet says the aid is "proratisée" from year 3 when the objective is not fully reached, without the formula nor how the two objectives (+260 MT AND +110 file active per ETP) combine. Each objective's ratio is linear in the increase reached (0 at the start, 1 at the target, as am.modulation.rule "linear"). "lower-of-two" (default) pays the lower ratio: the objective is one objective with two parts joined by "AND", fully reached only when both are, so its extent is that of the part least reached. "average-of-two" pays their mean (a group could reach its full aid minus half with one part at 0); "both-required" pays the year in full only when both parts are reached, else nothing (it does not prorate, which the sheet says it does). ${COLLECTIVE_NOTE.en}`,
      },
    },
  ],
});

// ---------------------------------------------------------------------------------------------------
// The table

export const PARAMETERS = table([
  regime,
  contractDurationYears,
  hiringMaxMonthsBeforeSignature,
  optionsOpen,
  eligibleSectors,
  excludedSpecialties,
  avenant7WholeTerritorySpecialties,
  clinicalFeeRuleSpecialties,
  clinicalFeeMinimumShare,
  clinicalFeeComparison,
  fullTimeZones,
  groupPracticeRequired,
  groupPracticeMinimumDoctors,
  groupPracticeExemptZones,
  coordinatedPracticeRequired,
  coordinatedPracticeCommitmentYears,
  childrenShareExemption,
  childrenAgeLimit,
  lowDensityDepartementShare,
  disabilityExemption,
  p30Comparison,
  p95Comparison,
  ...Object.values(gpPercentiles),
  ...Object.values(ceilings['1/3']),
  ...Object.values(ceilings['1/2']),
  ...Object.values(ceilings['1']),
  ceilings['1.5']['year-3-plus'],
  ceilings['2']['year-3-plus'],
  ...Object.values(objectives['1/3']),
  ...Object.values(objectives['1/2']),
  ...Object.values(objectives['1']),
  ...Object.values(secondAssistantObjective),
  seniorMinimumAge,
  seniorTolerance,
  newlyInstalledTarget,
  newlyInstalledDeadlineYear,
  objectiveRounding,
  firstModulatedYear,
  modulationRule,
  modulationRounding,
  paymentSchedule,
  year1AdvanceRate,
  year1AdvanceDelayDays,
  year1BalanceTiming,
  year1WholeDelayMonths,
  year2Timing,
  laterYearsTiming,
  laterYearsInstalmentShare,
  laterYearsFirstInstalmentMonths,
  secondAssistantFromYear,
  secondAssistantSpecialties,
  secondAssistantZones,
  collectiveRegime,
  collectiveDurationYears,
  collectiveLegalForms,
  collectiveSpecialties,
  collectiveMepExcluded,
  collectiveSectors,
  collectiveAverageMinimum,
  collectiveAverageComparison,
  collectiveWaitingYears,
  collectiveEtpPerDoctor,
  collectiveBonusFrom,
  collectivePamsuBonus,
  collectiveTrainingSiteBonus,
  collectiveEtpStep,
  ...Object.values(collectiveCeilings),
  collectiveObjectiveMt,
  collectiveObjectiveFa,
  collectiveObjectiveYears,
  collectiveNewlyInstalledMt,
  collectiveNewlyInstalledFa,
  collectiveNewlyInstalledYears,
  collectiveNewlyInstalledMonths,
  collectiveFirstModulatedYear,
  collectiveModulationRule,
]);

/** Every parameter id of the scheme (for typed overrides). */
export type AmParameterId =
  | 'am.regime'
  | 'am.contract.duration-years'
  | 'am.contract.hiring.max-months-before-signature'
  | 'am.option.open-to-new-contracts'
  | 'am.eligibility.sectors'
  | 'am.eligibility.excluded-specialties'
  | 'am.eligibility.avenant-7.whole-territory-specialties'
  | 'am.eligibility.clinical-fees.specialties'
  | 'am.eligibility.clinical-fees.minimum-share'
  | 'am.eligibility.clinical-fees.comparison'
  | 'am.eligibility.full-time.zones'
  | 'am.eligibility.group-practice.required'
  | 'am.eligibility.group-practice.minimum-doctors'
  | 'am.eligibility.group-practice.exempt-zones'
  | 'am.eligibility.coordinated-practice.required'
  | 'am.eligibility.coordinated-practice.commitment-years'
  | 'am.eligibility.avenant-7.children-share-exemption'
  | 'am.eligibility.avenant-7.children-age-limit'
  | 'am.eligibility.avenant-7.low-density-departement-share'
  | 'am.eligibility.disability-exemption'
  | 'am.eligibility.p30.comparison'
  | 'am.band.p95.comparison'
  | `am.percentile.medecine-generale.${Percentile}`
  | `am.aid.ceiling.${'etp-1-3' | 'etp-1-2' | 'etp-1'}.${AmountRow}`
  | `am.aid.ceiling.${'etp-1-5' | 'etp-2'}.year-3-plus`
  | `am.objective.${'etp-1-3' | 'etp-1-2' | 'etp-1'}.${'p30-p50' | 'p50-p70' | 'p70-p90' | 'p90-p95' | 'p95-plus'}`
  | 'am.objective.etp-1-5'
  | 'am.objective.etp-2'
  | 'am.objective.senior.minimum-age'
  | 'am.objective.senior.tolerated-decrease'
  | 'am.objective.newly-installed.target-percentile'
  | 'am.objective.newly-installed.deadline-year'
  | 'am.objective.target-rounding'
  | 'am.modulation.first-year'
  | 'am.modulation.rule'
  | 'am.modulation.cent-rounding'
  | 'am.payment.schedule'
  | 'am.payment.year-1.advance-rate'
  | 'am.payment.year-1.advance-delay-days'
  | 'am.payment.year-1.balance-timing'
  | 'am.payment.year-1.whole-delay-months'
  | 'am.payment.year-2.timing'
  | 'am.payment.year-3-plus.timing'
  | 'am.payment.year-3-plus.instalment-share'
  | 'am.payment.year-3-plus.first-instalment-months'
  | 'am.eligibility.second-assistant.from-year'
  | 'am.eligibility.second-assistant.specialties'
  | 'am.eligibility.second-assistant.zones'
  | CollectiveParameterId;

/** Every parameter id of the collective contract (for typed overrides). */
export type CollectiveParameterId =
  | 'am.collective.regime'
  | 'am.collective.contract.duration-years'
  | 'am.collective.eligibility.legal-forms'
  | 'am.collective.eligibility.specialties'
  | 'am.collective.eligibility.mep-excluded'
  | 'am.collective.eligibility.sectors'
  | 'am.collective.eligibility.average-medecin-traitant'
  | 'am.collective.eligibility.average-comparison'
  | 'am.collective.eligibility.waiting-period-years'
  | 'am.collective.etp.per-doctor'
  | 'am.collective.etp.bonus-from'
  | 'am.collective.etp.pamsu-bonus'
  | 'am.collective.etp.training-site-bonus'
  | 'am.collective.etp.step'
  | `am.collective.aid.per-etp.${CollectiveAmountRow}`
  | 'am.collective.objective.medecin-traitant-per-etp'
  | 'am.collective.objective.file-active-per-etp'
  | 'am.collective.objective.deadline-years'
  | 'am.collective.objective.newly-installed.medecin-traitant'
  | 'am.collective.objective.newly-installed.file-active'
  | 'am.collective.objective.newly-installed.deadline-years'
  | 'am.collective.newly-installed.max-months'
  | 'am.collective.modulation.first-year'
  | 'am.collective.modulation.rule';

// ---------------------------------------------------------------------------------------------------
// Readings of the texts that are rules rather than figures (cited by explanation steps, listed in docs)

export const RULES = {
  amountReferenceDate: {
    id: 'am.rule.amount-reference-date',
    label: {
      fr: 'Barème applicable à une année de contrat : celui en vigueur au premier jour de l’année (ou à la signature si elle est postérieure)',
      en: 'Amount table of a contract year: the one in force on the first day of the year (or at signature if later)',
    },
    status: 'unverified',
    sources: [S.ameli2024, S.quotidien2024],
    note: {
      fr: 'ameli : pour les contrats signés avant la convention 2024, « l’augmentation a lieu à la date anniversaire du contrat » ; les nouveaux contrats ont les nouveaux montants dès la 1re année. ameli ne dit pas si une date anniversaire tombant exactement le 22 juin 2024 compte (la bibliothèque la compte), ni si une année commencée avant la signature est lue à la signature (la bibliothèque la lit ainsi).',
      en: 'ameli: for contracts signed before the 2024 convention "l’augmentation a lieu à la date anniversaire du contrat"; new contracts get the new amounts from year 1. ameli does not state whether an anniversary falling exactly on 22 June 2024 counts (the library counts it) nor whether a year that began before signature is read at signature (the library reads it so).',
    },
  },
  paymentsFromSignature: {
    id: 'am.rule.payments-from-signature',
    label: {
      fr: 'Aucun versement avant la signature du contrat : un versement dû plus tôt est fait à la signature',
      en: 'No payment before the contract is signed: a payment due earlier is made at the signature',
    },
    status: 'assumption',
    sources: [],
    note: {
      fr: 'Quand l’assistant a été embauché avant la signature, un versement daté à partir de l’embauche (le solde de la 1re année, ou une année versée à son début, par une valeur donnée dans overrides) pourrait tomber avant l’existence du contrat ; la bibliothèque le verse à la signature, de même qu’elle fait courir l’avance de 1re année à partir de la plus tardive de l’embauche et de la signature.',
      en: 'When the assistant was hired before the signature, a payment timed from the hiring (the year-1 balance or a year paid at its start, by override) could fall before the contract existed; the library pays it at the signature, as it runs the year-1 advance from the later of hiring and signature.',
    },
  },
  contractYears: {
    id: 'am.rule.contract-years',
    label: {
      fr: 'Les années de contrat courent à partir de la date d’embauche de l’assistant',
      en: 'Contract years count from the hiring date of the assistant',
    },
    status: 'unverified',
    sources: [S.ordre, S.assistantsMedicauxOrg],
    note: {
      fr: 'La 1re année est versée à partir de l’embauche (« dans les quinze jours suivant le recrutement ») ; les années suivantes à chaque date anniversaire. Une date anniversaire au 29 février tombe le 28 février les années non bissextiles.',
      en: 'Year 1 is paid from the hiring ("dans les quinze jours suivant le recrutement"); later years at each anniversary. An anniversary of 29 February falls on 28 February in common years.',
    },
  },
  bandBoundaries: {
    id: 'am.rule.band-boundaries',
    label: {
      fr: 'Tranches de patientèle : le seuil P50, P70 ou P90 appartient à la tranche qu’il ouvre (P90 ≤ patientèle < P95) ; P30 et P95 selon le texte',
      en: 'Patientèle bands: the P50, P70 or P90 cut-off belongs to the band it opens (P90 ≤ patientèle < P95); P30 and P95 as the text says',
    },
    status: 'unverified',
    sources: [S.ameli2024, S.avenant7Article9522Quoted],
    note: {
      fr: 'ameli 2024 écrit « P90 à P94 » (P90 inclus) ; le texte de l’avenant 7 écrit « entre le 90e et le 95e percentile », ce qui ne dit pas si le P90 lui-même est inclus. Le seuil P30 lit am.eligibility.p30.comparison et le seuil P95 am.band.p95.comparison, qui diffèrent selon le texte. La tranche est lue sur la patientèle de départ (à la signature).',
      en: 'ameli 2024 writes "P90 à P94" (P90 included); the Avenant 7 text writes "entre le 90e et le 95e percentile", which does not state whether P90 itself is included. The P30 floor reads am.eligibility.p30.comparison and the P95 floor am.band.p95.comparison, which differ by text. The band is read on the starting patientèle (at signature).',
    },
  },
  objectiveMeasure: {
    id: 'am.rule.objective-measure',
    label: {
      fr: 'Objectif mesuré sur la patientèle médecin traitant (MG) ou la file active (autres spécialités)',
      en: 'Objective measured on the médecin-traitant patientèle (GPs) or the file active (other specialties)',
    },
    status: 'unverified',
    sources: [S.avenant7Article9522Quoted, S.csmfContreparties, S.fmf],
    note: {
      fr: 'Les textes fixent l’objectif sur la « patientèle médecin traitant adulte et/ou file active » ; les médecins généralistes et les pédiatres ont un double objectif (MT et file active) dont la combinaison (les deux ou l’un des deux) fait l’objet d’un CONFLIT entre sources. La bibliothèque mesure une seule patientèle, celle que donne l’appelant (startingPatients / reachedPatients) : pour un médecin généraliste, la patientèle MT.',
      en: 'The texts set the objective on "patientèle médecin traitant adulte et/ou file active"; GPs and paediatricians have a double objective (MT and file active) whose combination (both or either) is in CONFLICT between sources. The library measures one patientèle, the one the caller gives (startingPatients / reachedPatients): for a GP, the MT patientèle.',
    },
  },
  newlyInstalledExemption: {
    id: 'am.rule.newly-installed-exemption',
    label: {
      fr: 'Médecin nouvellement installé : dispensé du seuil P30, objectif propre',
      en: 'Newly installed doctor: exempt from the P30 minimum, with an objective of their own',
    },
    status: 'unverified',
    sources: [S.csmfCriteres, S.reagjir, S.jhp],
    note: {
      fr: 'Synthèses syndicales et de presse de l’avenant 7 et du règlement arbitral. La définition de « nouvellement installé » (par exemple moins d’un an d’installation) n’est pas précisée pour le contrat individuel.',
      en: 'Union and press summaries of Avenant 7 and of the règlement arbitral. The definition of "nouvellement installé" (e.g. less than a year of installation) is not stated for the individual contract.',
    },
  },
  belowP30Objective: {
    id: 'am.rule.below-p30-objective',
    label: {
      fr: 'Médecin dispensé du seuil P30 (hors nouvel installé) : objectif de la tranche P30-P50',
      en: 'Doctor exempt from the P30 minimum (other than newly installed): objective of the P30–P50 band',
    },
    status: 'assumption',
    sources: [],
    note: {
      fr: 'Aucune source ne dit quel objectif s’applique à un médecin sous le P30 qui en est dispensé (RQTH, médecin généraliste ayant beaucoup d’enfants dans sa patientèle) ; la bibliothèque applique la ligne P30–P50 et les montants standard.',
      en: 'No source says which objective applies to a doctor below P30 who is exempt (RQTH, GP with many children); the library applies the P30–P50 row and the standard amounts.',
    },
  },

  // The collective contract (2026): readings of the sheet and of its open points.
  collectiveAverage: {
    id: 'am.collective.rule.average-over-adhering-doctors',
    label: {
      fr: 'Contrat collectif : la moyenne de patientèle est celle des médecins adhérents',
      en: 'Collective contract: the average patientèle is that of the adhering doctors',
    },
    status: 'assumption',
    sources: [S.mesdocsCollectif],
    note: {
      fr: 'La fiche parle de la patientèle médecin traitant moyenne du groupe ; un associé peut rester hors du contrat. La bibliothèque fait la moyenne sur les médecins adhérents (ceux que couvre le contrat, donnés dans group.doctors), médecins nouvellement installés compris (aucune dispense n’est indiquée).',
      en: 'The sheet speaks of the group’s average médecin-traitant patientèle; a partner may stay out of the contract. The library averages over the adhering doctors (those the contract covers, given in group.doctors), newly installed doctors included (no exemption is stated).',
    },
  },
  collectiveIndividualContracts: {
    id: 'am.collective.rule.individual-contracts-closed',
    label: {
      fr: 'Contrat collectif : les contrats individuels des médecins adhérents sont clos avant la signature',
      en: 'Collective contract: the adhering doctors’ individual contracts are closed before signing',
    },
    status: 'unverified',
    sources: [S.mesdocsCollectif, S.ameliCollectifHautsDeSeine],
    note: {
      fr: 'Pas de cumul : un contrat individuel doit être clos avant la signature ; le clore en dehors de sa date anniversaire entraîne un remboursement ou un versement au prorata (non calculé par la bibliothèque). Lu sur Mesdocs, citant une page d’ameli non lue.',
      en: 'No cumulation: an individual contract must be closed before signing; closing it off its anniversary date triggers a prorata refund or payment (not computed by the library). Read on Mesdocs, citing an ameli page not read.',
    },
  },
  collectiveFractionalEtp: {
    id: 'am.collective.rule.fractional-etp',
    label: {
      fr: 'Contrat collectif : l’aide d’un nombre fractionnaire d’ETP est proportionnelle (aide par ETP × ETP)',
      en: 'Collective contract: the aid of a fractional number of FTE is proportional (aid per FTE × FTE)',
    },
    status: 'assumption',
    sources: [S.mesdocsCollectif],
    note: {
      fr: 'La fiche donne l’aide par assistant à temps plein ; qu’elle soit multipliée par un nombre fractionnaire d’ETP (2,5 ETP) est un point ouvert, dont la lecture naturelle est oui, au prorata des ETP.',
      en: 'The sheet gives the aid per full-time assistant; whether it is multiplied by a fractional number of ETP (2.5 ETP) is an open point, whose natural reading is yes, pro rata of the ETP.',
    },
  },
  collectiveContractYears: {
    id: 'am.collective.rule.contract-years',
    label: {
      fr: 'Contrat collectif : les années de contrat courent à partir de l’embauche des assistants',
      en: 'Collective contract: contract years count from the hiring of the assistants',
    },
    status: 'assumption',
    sources: [],
    note: {
      fr: 'La fiche ne dit pas à partir de quand comptent les années d’un contrat collectif. La bibliothèque les compte à partir de hiredOn (l’embauche de l’assistant, ou du premier d’entre eux, ou le jour de leur mise à disposition de la société), comme pour le contrat individuel, dans la même fenêtre autour de la signature (am.contract.hiring.max-months-before-signature).',
      en: 'The sheet does not say from when the years of a collective contract count. The library counts them from hiredOn (the hiring of the assistant, or the first of them, or the day they were put at the company’s disposal), as for the individual contract, within the same window around the signature (am.contract.hiring.max-months-before-signature).',
    },
  },
  collectiveAmountReferenceDate: {
    id: 'am.collective.rule.amount-reference-date',
    label: {
      fr: 'Contrat collectif : barème d’une année de contrat, celui en vigueur au premier jour de l’année (ou à la signature si elle est postérieure)',
      en: 'Collective contract: amount table of a contract year, the one in force on the first day of the year (or at signature if later)',
    },
    status: 'assumption',
    sources: [],
    note: {
      fr: 'Un seul barème à ce jour. Qu’un changement ultérieur des montants s’applique à la date anniversaire, comme l’a fait la revalorisation de 2024 du contrat individuel, est un point ouvert de la fiche ; la bibliothèque le lit ainsi.',
      en: 'One table so far. Whether a later change of the amounts would apply at the anniversary, as the 2024 revaluation of the individual contract did, is an open point of the sheet; the library reads it so.',
    },
  },
  collectiveObjectiveDueDate: {
    id: 'am.collective.rule.objective-due-date',
    label: {
      fr: 'Contrat collectif : les délais des objectifs courent à partir de la signature',
      en: 'Collective contract: the objectives’ time limits count from the signature',
    },
    status: 'assumption',
    sources: [],
    note: {
      fr: 'La fiche dit « dans les 2 ans » (l’objectif du groupe) et « après 3 ans d’adhésion » (un médecin nouvellement installé) sans jour de départ ; la bibliothèque compte à partir de la signature : l’objectif est dû au plus tard la veille de la date anniversaire.',
      en: 'The sheet says "dans les 2 ans" (the group objective) and "après 3 ans d’adhésion" (a newly installed doctor) without a starting day; the library counts from the signature: the objective is due by the day before its anniversary.',
    },
  },
  collectiveAlreadyGained: {
    id: 'am.collective.rule.already-gained',
    label: {
      fr: 'Contrat collectif : l’objectif est diminué des patients déjà gagnés au titre des contrats individuels',
      en: 'Collective contract: the objective is reduced by the patients already gained under individual contracts',
    },
    status: 'assumption',
    sources: [S.mesdocsCollectif],
    note: {
      fr: 'La fiche dit que l’objectif du groupe est diminué des patients déjà gagnés au titre des anciens contrats individuels des médecins, mais pas comment ; la bibliothèque retranche de l’augmentation le nombre donné par l’appelant (alreadyGained), sans jamais descendre sous zéro.',
      en: 'The sheet says the group objective is reduced by the patients already gained under the doctors’ former individual contracts, but not how; the library subtracts the number the caller gives (alreadyGained) from the increase, never below zero.',
    },
  },
  collectiveNewlyInstalled: {
    id: 'am.collective.rule.newly-installed-objective',
    label: {
      fr: 'Contrat collectif : l’objectif propre d’un médecin nouvellement installé est donné à part',
      en: 'Collective contract: a newly installed doctor’s own objective is given apart',
    },
    status: 'assumption',
    sources: [S.mesdocsCollectif],
    note: {
      fr: 'La fiche fixe l’objectif propre d’un médecin nouvellement installé (P50 après 3 ans) mais pas la façon dont il entre dans l’aide du groupe ; la bibliothèque le signale et module l’aide sur l’objectif du groupe seulement.',
      en: 'The sheet sets a newly installed doctor’s own objective (P50 after 3 years) but not how it enters the group’s aid; the library reports it and modulates the aid on the group objective only.',
    },
  },
  collectivePayments: {
    id: 'am.collective.rule.payments',
    label: {
      fr: 'Contrat collectif : versements selon le calendrier du contrat individuel, à la société signataire',
      en: 'Collective contract: payments on the individual contract’s schedule, to the signing company',
    },
    status: 'assumption',
    sources: [S.mesdocsCollectif],
    note: {
      fr: 'La fiche dit que l’aide est versée à la société signataire (sur son propre compte bancaire français ; sa répartition entre les médecins relève de l’organisation interne de la société) mais ne donne aucun calendrier ; la bibliothèque applique celui du contrat individuel (am.payment.schedule et ses chiffres), lui-même incertain.',
      en: 'The sheet says the aid is paid to the signing company (on its own French bank account; sharing it among the doctors is the company’s internal matter) but gives no schedule; the library applies the individual contract’s (am.payment.schedule and its figures), itself uncertain.',
    },
  },
  collectiveDecrease: {
    id: 'am.collective.rule.patientele-decrease',
    label: {
      fr: 'Contrat collectif : si la patientèle du groupe passe sous son niveau de départ, la caisse peut résilier le contrat',
      en: 'Collective contract: if the group’s patientèle falls below its starting level, the caisse may terminate the contract',
    },
    status: 'unverified',
    sources: [S.mesdocsCollectif, S.ameliCollectifHautsDeSeine],
    note: {
      fr: 'Quand aucune solution n’est trouvée ; passer sous le P30 en cours de contrat (départ d’un médecin) n’est pas en soi un motif. La bibliothèque signale la baisse, elle ne met pas fin au contrat. Lu sur Mesdocs, citant une page d’ameli non lue.',
      en: 'When no solution is found; falling under P30 during the contract (a doctor leaves) is not by itself a ground. The library reports the fall, it does not end the contract. Read on Mesdocs, citing an ameli page not read.',
    },
  },
} as const satisfies Record<string, RuleReading>;
