/**
 * The parameters and readings of the texts that no computation of the corpus reads (see corpus.mjs), each
 * with the reason, shown on its page instead of the generic « Aucun calcul du corpus… ». Everything else is
 * read by at least one explanation step of an example or a golden case: `test/site/site.test.ts` fails when
 * an id is neither read by the corpus nor listed here, and when an id listed here is read (remove it) or no
 * longer exists.
 *
 * Two kinds, each checked as far as it can be:
 * - `unknown`: no source gives the figure at any date (every period `unknown`, checked by the test). A
 *   computation reads it only when the caller passes it in `overrides`; without a published figure, a golden
 *   case would expect a number taken from nowhere, so none does.
 * - `not-cited`: the code reads it, but no explanation step names it, so the corpus cannot see it (a gap of the
 *   explanation, said in the reason).
 *
 * @type {Readonly<Record<string, { readonly kind: 'unknown' | 'not-cited'; readonly reason: string }>>}
 */
export const NOT_READ_BY_CORPUS = Object.freeze({
  'am.percentile.medecine-generale.p70': {
    kind: 'unknown',
    reason:
      'aucune source lue ne publie ce seuil de la médecine générale, à aucune date. La tranche d’un médecin dont la patientèle dépasse le P50 ne se déduit que si l’appelant donne la tranche (band), le seuil (thresholds.p70) ou ce paramètre (overrides) : seul ce dernier cas le lit.',
  },
  'am.percentile.medecine-generale.p90': {
    kind: 'unknown',
    reason:
      'aucune source lue ne publie ce seuil de la médecine générale, à aucune date. La tranche d’un médecin dont la patientèle dépasse le P70 ne se déduit que si l’appelant donne la tranche (band), le seuil (thresholds.p90) ou ce paramètre (overrides) : seul ce dernier cas le lit.',
  },
  'am.percentile.medecine-generale.p95': {
    kind: 'unknown',
    reason:
      'aucune source lue ne publie ce seuil de la médecine générale, à aucune date. La tranche d’un médecin dont la patientèle dépasse le P90 ne se déduit que si l’appelant donne la tranche (band), le seuil (thresholds.p95) ou ce paramètre (overrides) : seul ce dernier cas le lit.',
  },
  'am.aid.ceiling.etp-1-5.year-3-plus': {
    kind: 'unknown',
    reason: 'ameli annonce l’option 1,5 ETP (second assistant) sans en publier le montant : un calcul ne lit ce paramètre que si l’appelant donne le montant de son contrat (overrides).',
  },
  'am.aid.ceiling.etp-2.year-3-plus': {
    kind: 'unknown',
    reason: 'ameli annonce l’option 2 ETP (second assistant) sans en publier le montant : un calcul ne lit ce paramètre que si l’appelant donne le montant de son contrat (overrides).',
  },
  'am.objective.etp-1-5': {
    kind: 'unknown',
    reason: 'l’objectif de l’option 1,5 ETP n’est publié nulle part : un calcul ne le lit que si l’appelant le donne (overrides) ; l’objectif écrit au contrat (objective.targetPatients) le remplace.',
  },
  'am.objective.etp-2': {
    kind: 'unknown',
    reason: 'l’objectif de l’option 2 ETP n’est publié nulle part : un calcul ne le lit que si l’appelant le donne (overrides) ; l’objectif écrit au contrat (objective.targetPatients) le remplace.',
  },
  'am.objective.etp-1-2.p50-p70': {
    kind: 'unknown',
    reason:
      'taux introuvable à toutes les dates : l’avenant 7 n’est connu que par les bornes de la fourchette de l’option 1/2 ETP (+25 % et 0 %), les tableaux du règlement arbitral et de la convention 2024 n’ont pas été trouvés. Un calcul ne le lit que si l’appelant le donne (overrides) ; l’objectif écrit au contrat (objective.targetPatients) le remplace.',
  },
  'am.objective.etp-1-2.p70-p90': {
    kind: 'unknown',
    reason:
      'taux introuvable à toutes les dates : l’avenant 7 n’est connu que par les bornes de la fourchette de l’option 1/2 ETP (+25 % et 0 %), les tableaux du règlement arbitral et de la convention 2024 n’ont pas été trouvés. Un calcul ne le lit que si l’appelant le donne (overrides) ; l’objectif écrit au contrat (objective.targetPatients) le remplace.',
  },
  'am.objective.etp-1.p70-p90': {
    kind: 'unknown',
    reason:
      'taux introuvable à toutes les dates : l’avenant 7 n’est connu que par les bornes de la fourchette de l’option 1 ETP (+35 % et +5 %), les tableaux du règlement arbitral et de la convention 2024 n’ont pas été trouvés. Un calcul ne le lit que si l’appelant le donne (overrides) ; l’objectif écrit au contrat (objective.targetPatients) le remplace.',
  },
});
