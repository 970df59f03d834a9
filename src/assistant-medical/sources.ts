/**
 * The texts and pages the assistant-médical figures come from. `primary` = an official publication: the
 * Journal officiel and Légifrance, ameli.fr and the Cnam, the ministry, an ARS (regional health agency), the
 * HAS; `secondary` = union, press, thesis, professional body (the Ordre des médecins included), private site.
 * A figure is `verified` only when a primary source read by the library states it
 * (test/assistant-medical/status.test.ts checks each kind against its host).
 */
import type { Source } from '../core/parameters.js';

const s = (title: string, url: string, kind: Source['kind'], article?: string): Source => ({
  title,
  url,
  kind,
  consulted: '2026-11-23',
  ...(article ? { article } : {}),
});

export const SOURCES = {
  /** ameli, "Aide à l’emploi d’un assistant médical : ce qui change dès juin 2024" (AVANT / APRÈS table). */
  ameli2024: s(
    "ameli.fr — Aide à l’emploi d’un assistant médical : ce qui change dès juin 2024",
    'https://www.ameli.fr/medecin/actualites/aide-l-emploi-d-un-assistant-medical-ce-qui-change-des-juin-2024',
    'primary',
  ),
  /** ameli, Convention 2024, "Revalorisation du dispositif d’aide à l’emploi d’un assistant médical". */
  ameliConvention2024: s(
    'ameli.fr — Convention médicale 2024-2029 : revalorisation du dispositif d’aide à l’emploi d’un assistant médical',
    'https://www.ameli.fr/medecin/textes-reference/convention-medicale-2024-2029/grands-axes-convention-detail/mesures-fortes-acces-soins/revalorisation-dispositif-aide-emploi-assistant-medical',
    'primary',
  ),
  /** ameli, "Modalités générales du dispositif d’aide à l’emploi d’un assistant médical". */
  ameliModalites: s(
    'ameli.fr — Modalités générales du dispositif d’aide à l’emploi d’un assistant médical',
    'https://www.ameli.fr/exercice-coordonne/exercice-professionnel/organisations-d-exercice-coordonne/aide-l-emploi-d-assistants-medicaux-dans-les-cabinets/modalites-generales-du-dispositif-d-aide-l-emploi-d-un-assistant-medical',
    'primary',
  ),
  /** ameli, "Convention médicale 2024-2029 : l’essentiel" (entry into force). */
  ameliConventionEssentiel: s(
    'ameli.fr — Convention médicale 2024-2029 : l’essentiel',
    'https://www.ameli.fr/medecin/textes-reference/convention-medicale-2024-2029/essentiel',
    'primary',
  ),
  /** ameli simulator page (second assistant: 1.5 / 2 ETP options). */
  ameliSimulateur: s(
    'ameli.fr — Aide à l’emploi d’un assistant médical (estimateur)',
    'https://www.ameli.fr/medecin/aide-emploi-assistant-medical',
    'primary',
  ),
  /** ameli, "Règlement arbitral : les mesures en vigueur dès le mois de mai 2023". */
  ameliReglementArbitral: s(
    'ameli.fr — Règlement arbitral : les mesures en vigueur dès le mois de mai 2023',
    'https://www.ameli.fr/medecin/actualites/reglement-arbitral-les-mesures-en-vigueur-des-le-mois-de-mai-2023',
    'primary',
  ),
  /** Légifrance, avenant n° 7 (arrêté du 14 août 2019, JORF 20 août 2019). */
  legifranceAvenant7: s(
    'Légifrance — Arrêté du 14 août 2019 portant approbation de l’avenant n° 7 à la convention médicale',
    'https://www.legifrance.gouv.fr/loda/id/JORFTEXT000038934376',
    'primary',
  ),
  /** Avenant 7, art. 9-5-2-2, quoted verbatim in a thesis annex (not an official host). */
  avenant7Article9522Quoted: s(
    'Avenant n° 7, art. 9-5-2-2 « Les différentes options d’engagement et de financement », cité dans une thèse (annexe 2)',
    'https://123dok.net/article/annexe-extrait-l-approbation-l-avenant.4yr6lmoy',
    'secondary',
    'art. 9-5-2-2',
  ),
  /** ARS Martinique page (RA / 2024 thresholds). */
  arsMartinique: s(
    'ARS Martinique — Une aide à l’embauche d’un assistant médical',
    'https://martinique.paps.sante.fr/une-aide-lembauche-dun-assistant-medical-0',
    'primary',
  ),
  /** ARS PACA page (modulation from year 3, 5-year contract). */
  arsPaca: s('ARS PACA — L’embauche d’un assistant médical', 'https://paca.paps.sante.fr/lembauche-15', 'primary'),
  /** Ordre des médecins bulletin n° 74 (July–August 2021). */
  ordre: s(
    'Bulletin de l’Ordre national des médecins n° 74 (juillet-août 2021)',
    'https://ecatalogue-access.com/ordre-national-des-medecins/74/d/29-Ordre-national-des-medecins-n74.html',
    'secondary',
  ),
  csmfContreparties: s(
    'CSMF — Assistant médical : les contreparties pour le médecin',
    'http://www.csmf.org/assistant-medical-les-contreparties-pour-le-medecin',
    'secondary',
  ),
  csmfCriteres: s(
    'CSMF — Assistant médical : les critères d’éligibilité',
    'http://www.csmf.org/assistant-medical-les-criteres-deligibilite',
    'secondary',
  ),
  /** egora (2021), at its public address (www.egora.fr/actus-pro/conditions-dexercice/…). */
  egora2021: s(
    'egora — Assistants médicaux : où en est-on ?',
    'https://www.egora.fr/actus-pro/conditions-dexercice/assistants-medicaux-ou-en-est',
    'secondary',
  ),
  /** Docteur Imago (2019): the aid starts « dès septembre 2019 ». */
  docteurImago2019: s(
    'Docteur Imago — Les radiologues éligibles sous conditions à l’aide à l’embauche d’assistants médicaux',
    'https://docteurimago.fr/actualites/socioprofessionnel/les-radiologues-eligibles-sous-conditions-a-laide-a-lembauche-dassistants-medicaux/',
    'secondary',
  ),
  jhp: s(
    'JHP — Aide à l’emploi d’assistants médicaux dans les cabinets libéraux',
    'https://www.jhp.fr/mag-expert/aide-a-lemploi-dassistants-medicaux-dans-les-cabinets-liberaux',
    'secondary',
  ),
  quotidien2024: s(
    'Le Quotidien du médecin — Le b.a.-ba de l’emploi d’un assistant médical',
    'https://pediatrie.lequotidiendumedecin.fr/jeunes-medecins/installation/le-ba-ba-de-lemploi-dun-assistant-medical',
    'secondary',
  ),
  assistantsMedicauxOrg: s(
    'assistants-medicaux.org — actualités (convention 2024)',
    'https://www.assistants-medicaux.org/category/actualites/',
    'secondary',
  ),
  mesdocsCollectif: s(
    'Mesdocs — Aide collective à l’emploi d’assistants médicaux (citing ameli Hauts-de-Seine)',
    'https://assistants-medicaux.com/aide-collective-assistant-medical',
    'secondary',
  ),
  /**
   * The ameli Hauts-de-Seine page on the collective contract that Mesdocs cites as its source. Official,
   * but not read by the library's audit (not reachable from its stores): a figure citing it alone is not
   * verified.
   */
  ameliCollectifHautsDeSeine: s(
    'ameli.fr (Hauts-de-Seine) — Aide collective à l’emploi d’assistants médicaux pour un groupe de médecins (cited by Mesdocs, not read)',
    'https://www.ameli.fr/hauts-de-seine/medecin/exercice-liberal/vie-cabinet/aides-financieres/aide-emploi-assistants-medicaux-dans-les-cabinets/aide-collective-emploi-assistants-medicaux/aide-collective-assistants-medicaux-groupe-medecin',
    'primary',
  ),
  /** Mesdocs, the individual contract ("dispositif CPAM"): « égale ou supérieure à 775 ». */
  mesdocsIndividuel: s(
    'Mesdocs — Le dispositif de la CPAM (aide à l’emploi d’un assistant médical)',
    'https://www.assistants-medicaux.com/dispositif-cpam',
    'secondary',
  ),
  /** acoorde, a reading of the texts: « au minimum 775 » patients médecin traitant. */
  acoorde: s('acoorde — Lecture du texte de l’avenant n° 7', 'https://www.acoorde.fr/documents/lecture-du-texte-de-lavenant-n7/', 'secondary'),
  djibe2023: s(
    'djibe, recommandations-medicales — Assistant médical (2023)',
    'https://github.com/djibe/recommandations-medicales/blob/5f49512ca63a987e9a288306711e3c12a254ce4a/content/cabinet/assistant-medical.md',
    'secondary',
  ),
  djibe2024: s(
    'djibe, recommandations-medicales — Assistant médical (décembre 2024)',
    'https://github.com/djibe/recommandations-medicales/blob/009553473fcd84e8391ca068ac28f6fe58bbb832/content/cabinet/assistant-medical.md',
    'secondary',
  ),
  bakerTilly: s('Baker Tilly — Assistant médical : l’aide de l’Assurance maladie', 'https://bakertilly.fr/?p=29165', 'secondary'),
  reagjir: s(
    'ReAGJIR — Assistants médicaux : mode d’emploi (2019)',
    'https://www.reagjir.fr/blog/2019/07/05/assistants-medicaux-mode-demploi/?share=facebook',
    'secondary',
  ),
  fmf: s(
    'FMF — Les effets paradoxaux des objectifs des contrats assistants médicaux',
    'https://www.fmfpro.org/les-effets-paradoxaux-des-objectifs-des-contrats-assistants-medicaux/',
    'secondary',
  ),
  medscape: s('Medscape — cas pratique MG France (avenant 7)', 'https://francais.medscape.com/voirarticle/3606197', 'secondary'),
} as const satisfies Record<string, Source>;
