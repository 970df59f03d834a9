/**
 * Golden cases: the worked examples of the fact sheet (/work/shared/reference/aci-cpts.md §8), each
 * citing where its numbers come from.
 */
import { describe, expect, it } from 'vitest';
import { simulate, yearlyFunding, type ContractInput, type SizeClass } from '../../src/aci-cpts/index.js';
import { CONCOURS_PLURIPRO_BUDGET, CONTRAT_TYPE_6, QUOTIDIEN_BA_BA, ROVIRA, SENAT, errorOf, everythingReached, example } from './helpers.js';

function indicator(result: ReturnType<typeof yearlyFunding>, id: string) {
  const found = result.missions.flatMap((m) => m.indicators).find((i) => i.id === id);
  if (!found) throw new Error(`no indicator ${id}`);
  return found;
}

function mission(result: ReturnType<typeof yearlyFunding>, id: string) {
  const found = result.missions.find((m) => m.mission === id);
  if (!found) throw new Error(`no mission ${id}`);
  return found;
}

describe(`size-3 contract after avenant 2, year 5 (${ROVIRA})`, () => {
  const { contract } = example();

  it('indicator payouts: ALD patients without médecin traitant 75 → 6 000 €; breast 72.4 % → 2 500 €; cervical 66.0 % → 0 €; colorectal 27 % → 3 500 €', () => {
    const r = yearlyFunding(contract, 5, {
      indicators: { 'acces.ald-sans-mt': 75, 'prevention.depistage-sein': '72.4', 'prevention.depistage-col': '66.0', 'prevention.depistage-colorectal': 27 },
    });
    expect(indicator(r, 'acces.ald-sans-mt').payout.toFixed(2)).toBe('6000.00');
    expect(indicator(r, 'prevention.depistage-sein').payout.toFixed(2)).toBe('2500.00');
    expect(indicator(r, 'prevention.depistage-col').payout.toFixed(2)).toBe('0.00');
    expect(indicator(r, 'prevention.depistage-colorectal').payout.toFixed(2)).toBe('3500.00');
  });

  it('all-or-nothing access indicators reached: 5 000 + 3 000 + 5 000 + (2 000 + 3 000 + 5 000 + 3 000) €', () => {
    const r = yearlyFunding(contract, 5, {
      indicators: {
        'acces.mt-plus-16-ans': 68811,
        'acces.c2s-ald-sans-mt': 6,
        'acces.plus-70-ans-sans-mt': 203,
        'acces.partenariat-cpam': true,
        'acces.medecins-volontaires': true,
        'acces.annuaire': true,
        'acces.sas': true,
      },
    });
    expect(indicator(r, 'acces.mt-plus-16-ans').payout.toFixed(2)).toBe('5000.00');
    expect(indicator(r, 'acces.c2s-ald-sans-mt').payout.toFixed(2)).toBe('3000.00');
    expect(indicator(r, 'acces.plus-70-ans-sans-mt').payout.toFixed(2)).toBe('5000.00');
    expect(mission(r, 'acces').variable.toFixed(2)).toBe('26000.00');
  });

  it('every variable reached, no crisis: access 35 000, parcours 45 000, prévention 17 500, qualité 15 000, accompagnement 10 000; total 397 500 €', () => {
    const r = yearlyFunding(contract, 5, everythingReached(contract));
    expect(r.size).toBe(3);
    expect(r.text).toBe('avenant-2');
    expect(r.fonctionnement.toFixed(2)).toBe('75000.00');
    const byMission = Object.fromEntries(r.missions.map((m) => [m.mission, [m.fixed.toFixed(2), m.variable.toFixed(2)]]));
    expect(byMission).toEqual({
      acces: ['90000.00', '35000.00'],
      parcours: ['45000.00', '45000.00'],
      prevention: ['17500.00', '17500.00'],
      crise: ['22500.00', '0.00'],
      qualite: ['15000.00', '15000.00'],
      accompagnement: ['10000.00', '10000.00'],
    });
    expect(mission(r, 'crise').crisisBlock?.toFixed(2)).toBe('0.00');
    expect(r.total.toFixed(2)).toBe('397500.00');
  });

  it('with a crisis recognised by the ARS the year adds the 67 500 € block: 465 000 € (fact sheet §5.4)', () => {
    const r = yearlyFunding(contract, 5, { ...everythingReached(contract), crisisDeclared: true });
    expect(mission(r, 'crise').crisisBlock?.toFixed(2)).toBe('67500.00');
    expect(r.total.toFixed(2)).toBe('465000.00');
  });

  it('year-5 payments: 75 % advances on the 4th anniversary, the balance on the 5th', () => {
    const r = yearlyFunding(contract, 5, everythingReached(contract));
    expect(r.period).toEqual({ from: '2026-04-15', to: '2027-04-14' });
    expect(r.payments.map((p) => [p.date, p.kind, p.amount.toFixed(2)])).toEqual([
      // 75 % × (75 000 + 90 000 + 45 000 + 17 500 + 22 500 + 15 000 + 10 000)
      ['2026-04-15', 'advance', '206250.00'],
      // 25 % of the same + 122 500 of variable parts
      ['2027-04-15', 'balance', '191250.00'],
    ]);
  });
});

describe(`per-size yearly maxima of the ACI 2019 (${QUOTIDIEN_BA_BA}) and of avenant 2 for size 4 (${CONCOURS_PLURIPRO_BUDGET})`, () => {
  const FONCTIONNEMENT = { 1: '50000', 2: '60000', 3: '75000', 4: '90000' } as const;
  const POPULATION = { 1: 20000, 2: 60000, 3: 120000, 4: 250000 } as const;

  /** A contract whose envelopes add up to `total` with the size's fonctionnement. */
  function contractAt(size: SizeClass, signedOn: string, accessFixed: string): ContractInput {
    return {
      signedOn,
      population: POPULATION[size],
      missions: [{ mission: 'acces', start: signedOn }],
      envelopes: { acces: { fixed: accessFixed, variable: '0' } },
    };
  }

  const cases: [SizeClass, string, string, string, string][] = [
    // size, maximum, access fixed that reaches it exactly, access fixed one cent above, the total then
    [1, '220000.00', '170000', '170000.01', '220000.01'],
    [2, '287000.00', '227000', '227000.01', '287000.01'],
    [3, '370000.00', '295000', '295000.01', '370000.01'],
    [4, '450000.00', '360000', '360000.01', '450000.01'],
  ];
  for (const [size, maximum, exact, above, aboveTotal] of cases) {
    it(`size ${size}: fonctionnement ${FONCTIONNEMENT[size]} € and envelopes up to ${maximum} € are accepted, one cent more is an error`, () => {
      const ok = yearlyFunding(contractAt(size, '2020-01-15', exact), 2);
      expect(ok.size).toBe(size);
      expect(ok.text).toBe('aci-2019');
      expect(ok.fonctionnement.toFixed(2)).toBe(`${FONCTIONNEMENT[size]}.00`);
      const check = ok.explanation.find((s) => s.rule === 'cpts.envelopes.maximum');
      expect(check?.value).toBe(true);
      expect(check?.parameters[0]?.value).toBe(maximum.replace('.00', ''));
      const e = errorOf(() => yearlyFunding(contractAt(size, '2020-01-15', above), 2));
      expect(e.code).toBe('invalid-input');
      expect(e.issues[0]!.path).toEqual(['contract', 'envelopes']);
      expect(e.issues[0]!.received).toBe(aboveTotal);
      expect(e.issues[0]!.expected).toContain(maximum);
    });
  }

  it('size 4 after avenant 2: 580 000 € is the maximum (fonctionnement + missions + crisis plan + crisis block)', () => {
    const signedOn = '2023-03-01';
    const base = {
      signedOn,
      population: 250000,
      missions: [
        { mission: 'acces' as const, start: signedOn },
        { mission: 'crise' as const, start: signedOn },
      ],
    };
    // 90 000 + 365 000 + 50 000 + 75 000 = 580 000
    const ok = yearlyFunding({ ...base, envelopes: { acces: { fixed: '300000', variable: '65000' }, crise: { planWriting: '50000', crisisBlock: '75000' } } }, 1);
    expect(ok.size).toBe(4);
    expect(ok.explanation.find((s) => s.rule === 'cpts.envelopes.maximum')?.value).toBe(true);
    const e = errorOf(() => yearlyFunding({ ...base, envelopes: { acces: { fixed: '300000', variable: '65000.01' }, crise: { planWriting: '50000', crisisBlock: '75000' } } }, 1));
    expect(e.issues[0]!.path).toEqual(['contract', 'envelopes']);
    expect(e.issues[0]!.received).toBe('580000.01');
    expect(e.issues[0]!.expected).toContain('580000.00');
  });

  it('size 3 after avenant 2: no published maximum, the envelopes are not checked and the step says so', () => {
    const r = yearlyFunding(example().contract, 5);
    const check = r.explanation.find((s) => s.rule === 'cpts.envelopes.maximum');
    expect(check?.value).toBeNull();
    expect(check?.status).toBe('unknown');
  });
});

describe(`derived schedule of the fact sheet §8.3 (contrat type art. 6.2 ${CONTRAT_TYPE_6}; ${SENAT}), month prorata`, () => {
  // Size 3, signed 1 Jan 2024; access and crisis start 1 Jul 2024; parcours and prévention 1 Jan 2025.
  const contract: ContractInput = {
    signedOn: '2024-01-01',
    population: 120000,
    missions: [
      { mission: 'acces', start: '2024-07-01' },
      { mission: 'crise', start: '2024-07-01' },
      { mission: 'parcours', start: '2025-01-01' },
      { mission: 'prevention', start: '2025-01-01' },
    ],
    overrides: { 'cpts.payment.prorata-unit': 'months' },
  };

  it('1 Jan 2024: fonctionnement 75 000 € in full at signature', () => {
    const y1 = yearlyFunding(contract, 1);
    expect(y1.payments[0]).toMatchObject({ date: '2024-01-01', kind: 'signature' });
    expect(y1.payments[0]!.amount.toFixed(2)).toBe('75000.00');
  });

  it('1 Jul 2024: access 75 % × 90 000 × 6/12 = 33 750 €; crisis 75 % × 45 000 × 6/12 = 16 875 €', () => {
    const y1 = yearlyFunding(contract, 1);
    const advance = y1.payments.find((p) => p.date === '2024-07-01')!;
    expect(advance.lines.map((l) => [l.subject, l.amount.toFixed(2)])).toEqual([
      ['acces', '33750.00'],
      ['crise', '16875.00'],
    ]);
    expect(mission(y1, 'acces').prorata).toEqual({ unit: 'months', numerator: 6, denominator: 12 });
  });

  it('1 Jan 2025: access balance 11 250 €; year-2 advances access 67 500, parcours 33 750, prévention 13 125, fonctionnement 56 250 €', () => {
    const s = simulate(contract);
    const onAnniversary = s.payments.filter((p) => p.date === '2025-01-01');
    const balance1 = onAnniversary.find((p) => p.kind === 'balance' && p.contractYear === 1)!;
    expect(balance1.lines.find((l) => l.subject === 'acces' && l.part === 'fixed')?.amount.toFixed(2)).toBe('11250.00');
    const advance2 = onAnniversary.find((p) => p.kind === 'advance' && p.contractYear === 2)!;
    const bySubject = Object.fromEntries(advance2.lines.map((l) => [l.subject, l.amount.toFixed(2)]));
    expect(bySubject).toMatchObject({ acces: '67500.00', parcours: '33750.00', prevention: '13125.00', fonctionnement: '56250.00' });
  });
});
