/**
 * The explanation is part of the public API: one representative year is pinned in
 * `explanation.golden.json` (rewrite with UPDATE_GOLDEN=1 after a deliberate change, then review the
 * diff), and its labels obey the house rules: French labels in French (dates dd/mm/yyyy, French numbers,
 * no English words), every figure read from a parameter, so that an override changes the label.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { missionDeadlines, sizeClass, yearlyFunding, type ContractInput, type YearlyFundingInput } from '../../src/aci-cpts/index.js';
import { expectGoldenExplanation } from '../support/golden-explanation.js';

/**
 * A size-3 contract after avenant 2, year 1: the text and the size chosen (with alternatives), no maximum
 * known (unknown), the fonctionnement paid at signature (a reading with an alternative), access to care
 * starting mid-year (prorata, an assumption) with an indicator by steps and an all-or-nothing one, the
 * crisis mission writing its plan (a choice with an alternative), no crisis, the payments and the total.
 */
const contract: ContractInput = {
  signedOn: '2023-06-01',
  population: 91000,
  missions: [
    {
      mission: 'acces',
      start: '2024-01-01',
      indicators: [
        { id: 'ald-sans-mt', kind: 'steps', direction: 'at-most', steps: [{ threshold: 219, amount: '3000' }, { threshold: 100, amount: '6000' }, { threshold: 50, amount: '9000' }] },
        { id: 'annuaire', kind: 'all-or-nothing', amount: '5000' },
      ],
    },
    { mission: 'crise', start: '2023-06-01' },
  ],
};
const input: YearlyFundingInput = { contract, year: 1, results: { indicators: { 'ald-sans-mt': '72.5', annuaire: true }, crisisDeclared: false } };

describe('the explanation of a year (golden)', () => {
  it('is the reviewed explanation.golden.json', () => {
    expectGoldenExplanation(join(import.meta.dirname, 'explanation.golden.json'), yearlyFunding(input).explanation);
  });

  it('names each rule with the word of the parameters it reads, and cites every figure it uses', () => {
    const steps = yearlyFunding(input).explanation;
    expect(steps.map((s) => s.rule)).toEqual([
      'cpts.year',
      'cpts.text',
      'cpts.size',
      'cpts.maximum',
      'cpts.fonctionnement',
      'cpts.mission.acces.fixed',
      'cpts.indicator',
      'cpts.indicator',
      'cpts.mission.acces.variable',
      'cpts.mission.crise.fixed',
      'cpts.mission.crise.crisis-block',
      'cpts.payment.schedule',
      'cpts.total',
    ]);
    const read = (rule: string) => steps.find((s) => s.rule === rule)!.parameters.map((p) => p.id);
    expect(read('cpts.size')).toEqual(expect.arrayContaining(['cpts.size.threshold.1-2', 'cpts.size.at-threshold.3-4']));
    expect(read('cpts.maximum')).toEqual([]);
    expect(steps.find((s) => s.rule === 'cpts.maximum')!.status).toBe('unknown');
    expect(read('cpts.fonctionnement')).toEqual(['cpts.fonctionnement.t3', 'cpts.payment.signature-is-year-1-fonctionnement']);
    expect(read('cpts.mission.acces.fixed')).toEqual(['cpts.missions.socle', 'cpts.envelope.t3.acces.fixed', 'cpts.payment.advance-ratio', 'cpts.payment.prorata-unit']);
    expect(read('cpts.mission.acces.variable')).toEqual(['cpts.envelope.t3.acces.variable', 'cpts.variable.prorate-first-year']);
    expect(read('cpts.mission.crise.crisis-block')).toEqual(['cpts.envelope.t3.crise.crisis-block']);
    expect(read('cpts.mission.crise.fixed')).toEqual(['cpts.missions.socle', 'cpts.envelope.t3.crise.plan-writing', 'cpts.crise.update-ratio', 'cpts.payment.advance-ratio']);
    expect(steps.find((s) => s.rule === 'cpts.mission.crise.fixed')!.alternatives?.[0]?.value).toBe('22500.00');
  });
});

describe('labels (issue 10: no legal figure in prose, French first)', () => {
  const ENGLISH = /\b(the|of|and|year|size|advance|balance|payment|payments|fixed|start|envelope|indicator|reached|not|none|result|crisis)\b/i;

  it('French labels have French dates and numbers and no English word', () => {
    const r = yearlyFunding(input);
    const labels = [
      ...r.explanation.flatMap((s) => [s.label.fr, ...(s.alternatives ?? []).map((a) => a.reason.fr)]),
      ...missionDeadlines(contract).explanation.map((s) => s.label.fr),
      ...sizeClass({ population: 91000, on: '2024-01-01' }).explanation.map((s) => s.label.fr),
    ];
    for (const l of labels) {
      expect(l, l).not.toMatch(/\b\d{4}-\d\d-\d\d\b/);
      expect(l, l).not.toMatch(/\d\.\d\d\b|\d,\d{3}\b|\b\d{5,}\b/);
      expect(l.replace(/cpts\.[a-z0-9.-]+/g, '').replace(/ald-sans-mt|annuaire/g, ''), l).not.toMatch(ENGLISH);
    }
    expect(r.explanation.find((s) => s.rule === 'cpts.year')!.label.fr).toBe("Année 1 du contrat : du 01/06/2023 au 31/05/2024");
  });

  it('an override of the advance ratio shows in the label of every part paid in advance', () => {
    const base = yearlyFunding(input).explanation.find((s) => s.rule === 'cpts.mission.acces.fixed')!;
    expect(base.label.fr).toContain('(75\u00a0%)');
    const other = yearlyFunding({ ...input, contract: { ...contract, overrides: { 'cpts.payment.advance-ratio': '0.8' } } }).explanation.find((s) => s.rule === 'cpts.mission.acces.fixed')!;
    expect(other.label.fr).toContain('(80\u00a0%)');
    expect(other.label.en).toContain('(80%)');
    expect(other.label.fr).not.toContain('75\u00a0%');
  });

  it('an override of the plan update ratio shows in the crisis label, and of a size threshold in the size label', () => {
    const year2 = (overrides: ContractInput['overrides']) =>
      yearlyFunding({ contract: { ...contract, ...(overrides ? { overrides } : {}) }, year: 2 }).explanation.find((s) => s.rule === 'cpts.mission.crise.fixed')!.label.fr;
    expect(year2(undefined)).toContain('50\u00a0% de 45\u202f000,00\u00a0€');
    expect(year2({ 'cpts.crise.update-ratio': '0.4' })).toContain('40\u00a0% de 45\u202f000,00\u00a0€');
    const size = (overrides: ContractInput['overrides']) => sizeClass({ population: 91000, on: '2024-01-01', ...(overrides ? { overrides } : {}) }).explanation[0]!.label.fr;
    expect(size(undefined)).toBe('Taille 3 pour 91\u202f000 habitants (population ≥ 80\u202f000 et ≤ 175\u202f000)');
    expect(size({ 'cpts.size.threshold.2-3': '90000' })).toBe('Taille 3 pour 91\u202f000 habitants (population ≥ 90\u202f000 et ≤ 175\u202f000)');
  });

  it('an override of a deadline shows in the deadline label', () => {
    const label = (overrides: ContractInput['overrides']) =>
      missionDeadlines({ ...contract, ...(overrides ? { overrides } : {}) }).explanation.find((s) => s.rule === 'cpts.deadline.acces')!.label.fr;
    expect(label(undefined)).toContain('(6 mois après le 01/06/2023)');
    expect(label({ 'cpts.deadline.acces.start': '9' })).toContain('démarrage au plus tard le 01/03/2024 (9 mois après le 01/06/2023)');
  });
});
