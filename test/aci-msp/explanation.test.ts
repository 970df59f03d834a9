/**
 * The explanation is part of the API: one golden explanation (the bundled example, reviewed), labels that
 * take their figures from the parameters read, French lines in French, and one vocabulary between the
 * rule ids of the steps and the parameter ids they read.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Step } from '../../src/core/explain.js';
import { indicators, simulate, yearlyRemuneration, type YearlyRemunerationInput } from '../../src/aci-msp/index.js';
import { DEFINITIONS } from '../../src/aci-msp/indicators.js';
import { expectGoldenExplanation } from '../support/golden-explanation.js';
import { ALL_AVENANT_1, NATIONAL_RATES, PREREQUISITES, contract, indicator, remuneration } from './helpers.js';

const EXAMPLE = JSON.parse(readFileSync(resolve(__dirname, '../../examples/aci-msp/msp.json'), 'utf8')) as YearlyRemunerationInput;

describe('the golden explanation', () => {
  it('the bundled example (IPA, precarity with the caller’s national rates, reduced hours, truncated concertation rate, a version chosen among two) explains itself as reviewed in explanation.golden.json', () => {
    const r = yearlyRemuneration(EXAMPLE);
    expectGoldenExplanation(resolve(__dirname, 'explanation.golden.json'), r.explanation);
    // What the review checked, kept as assertions so that a regenerated file cannot hide a loss.
    const rules = r.explanation.map((s) => s.rule);
    expect(rules.slice(0, 1)).toEqual(['msp.version']);
    expect(rules.slice(-8)).toEqual(['msp.prerequisites', 'msp.points.total', 'msp.point-value', 'msp.precarite', 'msp.nouvelle-structure', 'msp.total', 'msp.avance', 'msp.solde']);
    const version = r.explanation[0]!;
    expect(version.alternatives).toEqual([{ value: 'aci-2017', reason: { fr: 'ne régit pas l’exercice 2024', en: 'does not govern year 2024' } }]);
    const precarity = r.explanation.find((s) => s.rule === 'msp.precarite')!;
    // 95 971,96 € × 3,9 % = 3 742,906 44 €: rounded to the cent, a reading of the library (an assumption).
    expect(precarity.status).toBe('assumption');
    expect(precarity.rules).toEqual(['msp.rule.precarite-formule', 'msp.rule.arrondi-euros']);
    expect(precarity.sources.some((s) => s.kind === 'caller' && s.title.startsWith('Taux retenu par la CPAM'))).toBe(true);
    const concertation = r.explanation.find((s) => s.rule === 'msp.indicator.concertation-pluriprofessionnelle')!;
    expect(concertation.parameters.map((p) => p.id)).toContain('msp.concertation.rate-rounding');
    expect(concertation.label.fr).toContain('taux 4,44 %');
  });
});

describe('labels take their figures from the parameters read', () => {
  it('a caller’s reference patientèle of 5 000 shows in the steps and in the catalogue’s rules instead of 4 000', () => {
    const overrides = { 'msp.reference-patientele': '5000' } as const;
    const r = remuneration(contract(6000), 2024, { ...PREREQUISITES, 'coordination-externe': { met: true } }, { overrides });
    const coordination = indicator(r, 'fonction-coordination').explanation[0]!;
    expect(coordination.label.fr).toContain('× 6\u202f000 / 5\u202f000');
    expect(coordination.label.fr).not.toContain('4\u202f000');
    expect(indicator(r, 'coordination-externe').explanation[0]!.label.en).toContain('200 × 6,000 / 5,000');
    const rule = indicators({ on: '2024-01-01', overrides }).find((i) => i.id === 'coordination-externe')!.rule;
    expect(rule.fr).toContain('× P / 5\u202f000');
    expect(indicators({ on: '2024-01-01' }).find((i) => i.id === 'coordination-externe')!.rule.fr).toContain('× P / 4\u202f000');
  });

  it('a caller’s minimum of 8 meetings, advance rate of 50 % and new-structure disposition of 3 years show in the texts', () => {
    const rule = indicators({ on: '2024-01-01', overrides: { 'msp.concertation.min-meetings': '8' } }).find((i) => i.id === 'concertation-pluriprofessionnelle')!.rule;
    expect(rule.fr).toContain('Au moins 8 réunions');
    const r = remuneration(contract(4000), 2024, PREREQUISITES, { overrides: { 'msp.avance.rate': '0.5' } });
    expect(r.explanation.find((s) => s.rule === 'msp.avance')!.label.fr).toMatch(/^Avance : 50\u00a0% × /);
    const old = remuneration(contract(4000, 13, { signedOn: '2019-03-01', projetDeSanteFiledOn: '2019-01-01' }), 2024, PREREQUISITES, { overrides: { 'msp.nouvelle-structure.years': '3' } });
    expect(old.explanation.find((s) => s.rule === 'msp.nouvelle-structure')!.label.fr).toContain('au-delà des 3 premières années civiles');
  });

  it('French labels write French numbers and dates and no English words; English labels the English way', () => {
    const r = yearlyRemuneration(EXAMPLE);
    const young = remuneration(contract(0, 0, { signedOn: '2023-07-01', projetDeSanteFiledOn: '2023-01-15' }), 2023, { ...PREREQUISITES, 'si-avance': { met: true, since: '2023-10-01' } });
    const steps: Step[] = [...r.explanation, ...young.explanation, ...simulate({ contract: contract(4000), years: [{ year: 2024, achievements: ALL_AVENANT_1 }] }).explanation];
    const english = /\b(the|of|and|fixed|level|year|rate|by|points paid|trainees?|Advance|Balance|missing|none)\b/;
    for (const s of steps) {
      expect(s.label.fr, s.label.fr).not.toMatch(english);
      expect(s.label.fr, s.label.fr).not.toMatch(/\d\.\d|\d{4}-\d\d-\d\d/);
      expect(s.label.en, s.label.en).not.toMatch(/\d,\d\d €|\d{2}\/\d{2}\/\d{4}/);
    }
    expect(young.explanation.find((s) => s.rule === 'msp.prorata')!.label.fr).toContain('du 01/07/2023 au 31/12/2023');
  });
});

describe('one vocabulary: a step’s rule id and the parameters it reads', () => {
  /** The concept of a parameter id: `msp.precarite.cap` → `precarite`. */
  const concept = (id: string) => id.split('.')[1]!;

  it('a step named after a concept reads that concept’s parameters, and each concept’s parameters are read by the step of that name (precarite, nouvelle-structure, avance, solde, prorata, point-value, version)', () => {
    const young = remuneration(contract(0, 0, { signedOn: '2023-07-01', projetDeSanteFiledOn: '2023-01-15', precarity: { c2sRate: '0.2', ameRate: '0.01' } }), 2023, PREREQUISITES, { overrides: NATIONAL_RATES });
    const steps = [...yearlyRemuneration(EXAMPLE).explanation, ...young.explanation];
    const named = ['msp.precarite', 'msp.nouvelle-structure', 'msp.avance', 'msp.solde', 'msp.prorata', 'msp.point-value', 'msp.version'];
    for (const rule of named) expect(steps.some((s) => s.rule === rule), rule).toBe(true);
    for (const s of steps) {
      if (named.includes(s.rule)) {
        const own = s.parameters.filter((p) => concept(p.id) === concept(s.rule) || p.id === s.rule);
        expect(own.length, s.rule).toBeGreaterThan(0);
      }
      for (const p of s.parameters) {
        // A figure of a named concept is read by the step of that name (the advance also reads the new-structure floor).
        const c = concept(p.id);
        if (!named.some((n) => concept(n) === c) || s.rule.startsWith('msp.indicator.')) continue;
        const ok = c === concept(s.rule) || (s.rule === 'msp.avance' && p.id === 'msp.nouvelle-structure.avance');
        expect(ok, `${s.rule} reads ${p.id}`).toBe(true);
      }
    }
  });

  it('an indicator’s step reads only the figures its definition lists (and the reference patientèle, the prorata unit, its type)', () => {
    const steps = [...yearlyRemuneration(EXAMPLE).explanation, ...remuneration(contract(5000, 20, { ipa: true }), 2023, { ...ALL_AVENANT_1, 'si-standard': { met: true, since: '2023-05-01' } }).explanation];
    const common = ['msp.reference-patientele', 'msp.prorata.basis', 'msp.crises-sanitaires.type'];
    for (const s of steps.filter((x) => x.rule.startsWith('msp.indicator.'))) {
      const id = s.rule.slice('msp.indicator.'.length) as keyof typeof DEFINITIONS;
      const listed = DEFINITIONS[id].components.map((c) => c.parameter.id);
      for (const p of s.parameters) expect([...listed, ...common], `${s.rule} reads ${p.id}`).toContain(p.id);
    }
  });
});

describe('what the explanation cites (moved from the golden cases of the guide)', () => {
  const eligible = { aldUnder75: 300, over75WithoutAld: 200, over75WithAld: 150 };
  const conc = (casesReviewed: number) => ({ ...PREREQUISITES, 'concertation-pluriprofessionnelle': { meetings: 6, casesReviewed, eligiblePatients: eligible } });

  it('C2 with the override "exact": 1 000 × 2 × (4.615…/5) = 1 846.15… points, the caller’s choice cited (GUIDE p. 29)', () => {
    const r = remuneration(contract(8000), 2022, conc(30), { overrides: { 'msp.concertation.rate-rounding': 'exact' } });
    const c = indicator(r, 'concertation-pluriprofessionnelle');
    expect(c.points.toFixed(2)).toBe('1846.15');
    expect(c.explanation[0]!.parameters.map((p) => p.id)).toContain('msp.concertation.rate-rounding');
    expect(c.explanation[0]!.status).toBe('caller');
  });

  it('C2 cites the truncation rule (an assumption: the library’s reading of the guide’s examples); C1 (rate above target) does not need it (GUIDE p. 28–29)', () => {
    const ids = (casesReviewed: number) => indicator(remuneration(contract(8000), 2022, conc(casesReviewed)), 'concertation-pluriprofessionnelle').explanation[0]!;
    expect(ids(30).parameters.map((p) => p.id)).toContain('msp.concertation.rate-rounding');
    expect(ids(30).status).toBe('assumption');
    expect(ids(50).parameters.map((p) => p.id)).not.toContain('msp.concertation.rate-rounding');
  });
});
