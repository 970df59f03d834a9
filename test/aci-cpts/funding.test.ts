import { describe, expect, it } from 'vitest';
import { Decimal } from 'decimal.js';
import { missionDeadlines, simulate, summaryRows, SUMMARY_COLUMNS, yearlyFunding, type ContractInput } from '../../src/aci-cpts/index.js';
import { totalsOf } from '../../src/core/summary.js';
import { sum } from '../../src/core/money.js';
import { errorOf, everythingReached, example } from './helpers.js';

const size3 = (patch: Partial<ContractInput> = {}): ContractInput => ({
  signedOn: '2023-06-01',
  population: 120000,
  missions: [{ mission: 'acces', start: '2024-01-01' }],
  ...patch,
});

function mission(result: ReturnType<typeof yearlyFunding>, id: string) {
  const found = result.missions.find((m) => m.mission === id);
  if (!found) throw new Error(`no mission ${id}`);
  return found;
}

describe('prorata of a mission’s first fixed payment (contrat type art. 6.2; unit: assumption)', () => {
  it('days by default: days from the start to the anniversary over the days of the contract year (366 with a 29 February)', () => {
    const r = yearlyFunding({ contract: size3(), year: 1 });
    const acces = mission(r, 'acces');
    expect(acces.prorata).toEqual({ unit: 'days', numerator: 152, denominator: 366 });
    // 90 000 × 152 / 366 = 37 377.049… → 37 377.05 (half-up to the cent)
    expect(acces.fixed.toFixed(2)).toBe('37377.05');
    const advance = r.payments.find((p) => p.kind === 'advance')!;
    expect(advance.date).toBe('2024-01-01');
    expect(advance.amount.toFixed(2)).toBe('28032.79');
    const balance = r.payments.find((p) => p.kind === 'balance')!;
    expect(balance.date).toBe('2024-06-01');
    expect(balance.amount.toFixed(2)).toBe('9344.26');
  });

  it('months on request: a started month counts in full', () => {
    const r = yearlyFunding({ contract: size3({ missions: [{ mission: 'acces', start: '2024-01-15' }], overrides: { 'cpts.payment.prorata-unit': 'months' } }), year: 1 });
    expect(mission(r, 'acces').prorata).toEqual({ unit: 'months', numerator: 5, denominator: 12 });
    expect(mission(r, 'acces').fixed.toFixed(2)).toBe('37500.00');
  });

  it('a mission starting on an anniversary has a full year, its advance paid on that anniversary', () => {
    const r = yearlyFunding({ contract: size3({ missions: [{ mission: 'acces', start: '2024-06-01' }] }), year: 2 });
    expect(mission(r, 'acces').prorata).toBeNull();
    expect(mission(r, 'acces').firstYear).toBe(true);
    expect(r.payments.map((p) => [p.date, p.kind, p.amount.toFixed(2)])).toEqual([
      ['2024-06-01', 'advance', '123750.00'], // 75 % × (75 000 + 90 000)
      ['2025-06-01', 'balance', '41250.00'],
    ]);
  });
});

describe('fonctionnement at signature (ACI 2019 art. 9.1; year-1 reading: assumption)', () => {
  it('default: the signature payment is year 1’s fonctionnement; anniversary 1 pays the year-2 advance', () => {
    const s = simulate({ contract: size3() });
    expect(s.years[0]!.fonctionnement.toFixed(2)).toBe('75000.00');
    expect(s.years[0]!.startUp.toFixed(2)).toBe('0.00');
    expect(s.years[0]!.payments[0]).toMatchObject({ kind: 'signature', date: '2023-06-01' });
    const onAnniversary1 = s.payments.filter((p) => p.date === '2024-06-01');
    expect(onAnniversary1.map((p) => [p.contractYear, p.kind])).toEqual([
      [1, 'balance'],
      [2, 'advance'],
    ]);
    expect(onAnniversary1[0]!.lines.some((l) => l.subject === 'fonctionnement')).toBe(false);
    expect(onAnniversary1[1]!.lines.find((l) => l.subject === 'fonctionnement')?.amount.toFixed(2)).toBe('56250.00');
  });

  it('other reading: a start-up payment at signature plus a year-1 fonctionnement prorated from the first mission’s start', () => {
    const r = yearlyFunding({ contract: size3({ overrides: { 'cpts.payment.signature-is-year-1-fonctionnement': false } }), year: 1 });
    expect(r.startUp.toFixed(2)).toBe('75000.00');
    // 75 000 × 152 / 366 = 31 147.540… → 31 147.54
    expect(r.fonctionnement.toFixed(2)).toBe('31147.54');
    expect(r.payments.map((p) => [p.date, p.kind])).toEqual([
      ['2023-06-01', 'signature'],
      ['2024-01-01', 'advance'],
      ['2024-06-01', 'balance'],
    ]);
    expect(summaryRows(r)[0]).toMatchObject({ startUp: r.startUp, fonctionnement: r.fonctionnement, signatureDate: '2023-06-01' });
  });
});

describe('variable part (indicators of the contract, capped per mission, no fungibility)', () => {
  const contract = size3({
    signedOn: '2023-01-01',
    missions: [
      {
        mission: 'acces',
        start: '2023-01-01',
        indicators: [
          { id: 'big', kind: 'all-or-nothing', amount: '30000' },
          { id: 'small', kind: 'all-or-nothing', amount: '10000' },
          { id: 'late', kind: 'all-or-nothing', amount: '1000', years: [4, 5] },
        ],
      },
      { mission: 'parcours', start: '2023-01-01', indicators: [{ id: 'p', kind: 'all-or-nothing', amount: '1000' }] },
    ],
  });

  it('a mission’s indicators above its envelope are capped at the envelope (35 000 €), the excess does not go to another mission', () => {
    const r = yearlyFunding({ contract, year: 2, results: { indicators: { big: true, small: true, p: false } } });
    expect(mission(r, 'acces').variable.toFixed(2)).toBe('35000.00');
    expect(mission(r, 'parcours').variable.toFixed(2)).toBe('0.00');
    const step = r.explanation.find((s) => s.rule === 'cpts.mission.acces.variable')!;
    expect(step.label.en).toContain('capped');
    expect(step.rules).toContain('cpts.rule.variable-part');
  });

  it('an indicator limited to some contract years is neither paid nor accepted in other years', () => {
    expect(mission(yearlyFunding({ contract, year: 2 }), 'acces').indicators.map((i) => i.id)).toEqual(['big', 'small']);
    expect(mission(yearlyFunding({ contract, year: 4, results: { indicators: { late: true } } }), 'acces').variable.toFixed(2)).toBe('1000.00');
    expect(errorOf(() => yearlyFunding({ contract, year: 2, results: { indicators: { late: true } } })).issues[0]!.path).toEqual(['results', 'indicators', 'late']);
  });

  it('without a result an indicator counts as not reached, and the explanation says so', () => {
    const r = yearlyFunding({ contract, year: 2 });
    expect(mission(r, 'acces').variable.toFixed(2)).toBe('0.00');
    expect(mission(r, 'acces').indicators[0]!.result).toBeNull();
    expect(r.explanation.find((s) => s.rule === 'cpts.indicator')!.label.en).toContain('no result given');
  });

  it('the variable envelope is prorated in a partial first year only when the parameter says so', () => {
    const partial = size3({ missions: [{ mission: 'acces', start: '2024-01-01', indicators: [{ id: 'x', kind: 'all-or-nothing', amount: '35000' }] }] });
    expect(mission(yearlyFunding({ contract: partial, year: 1, results: { indicators: { x: true } } }), 'acces').variable.toFixed(2)).toBe('35000.00');
    const prorated = yearlyFunding({ contract: { ...partial, overrides: { 'cpts.variable.prorate-first-year': true } }, year: 1, results: { indicators: { x: true } } });
    // 35 000 × 152 / 366 = 14 535.519… → 14 535.52
    expect(mission(prorated, 'acces').variableCap.toFixed(2)).toBe('14535.52');
    expect(mission(prorated, 'acces').variable.toFixed(2)).toBe('14535.52');
  });
});

describe('crisis mission (avenant 2)', () => {
  const contract = size3({ signedOn: '2023-01-01', missions: [{ mission: 'crise', start: '2023-01-01' }] });

  it('plan writing in its first year (45 000 €, inferred), 50 % update in later years (22 500 €), block only with a crisis (67 500 €)', () => {
    const s = simulate({ contract, resultsByYear: { 3: { crisisDeclared: true } } });
    expect(s.years.map((y) => mission(y, 'crise').fixed.toFixed(2))).toEqual(['45000.00', '22500.00', '22500.00', '22500.00', '22500.00']);
    expect(s.years.map((y) => mission(y, 'crise').crisisBlock?.toFixed(2))).toEqual(['0.00', '0.00', '67500.00', '0.00', '0.00']);
    const balance3 = s.years[2]!.payments.find((p) => p.kind === 'balance')!;
    expect(balance3.date).toBe('2026-01-01');
    expect(balance3.lines.find((l) => l.part === 'crisis-block')?.amount.toFixed(2)).toBe('67500.00');
  });

  it('a contract’s own envelopes win; without an update amount the update is 50 % of the plan', () => {
    const own = simulate({ contract: { ...contract, population: 30000, envelopes: { crise: { planWriting: '25000', crisisBlock: '37500' } } }, resultsByYear: { 2: { crisisDeclared: true } } });
    expect(own.years.slice(0, 2).map((y) => [mission(y, 'crise').fixed.toFixed(2), mission(y, 'crise').crisisBlock?.toFixed(2)])).toEqual([
      ['25000.00', '0.00'],
      ['12500.00', '37500.00'],
    ]);
    const written = yearlyFunding({ contract: { ...contract, envelopes: { crise: { planWriting: '45000', update: '20000', crisisBlock: '67500' } } }, year: 2 });
    expect(mission(written, 'crise').fixed.toFixed(2)).toBe('20000.00');
    expect(mission(written, 'crise').envelopes.from).toBe('contract');
  });
});

describe('contracts signed before avenant 2, amendments and size changes', () => {
  const envelopes2019 = {
    acces: { fixed: '80000', variable: '40000' },
    parcours: { fixed: '45000', variable: '45000' },
    prevention: { fixed: '17500', variable: '17500' },
  };
  const contract: ContractInput = {
    signedOn: '2021-06-01',
    population: 120000,
    missions: [
      { mission: 'acces', start: '2021-12-01' },
      { mission: 'parcours', start: '2022-06-01' },
      { mission: 'prevention', start: '2022-06-01' },
      { mission: 'crise', start: '2022-09-03' },
    ],
    envelopes: envelopes2019,
    amendments: [{ fromYear: 2, envelopes: {} }, { fromYear: 4, population: 60000, envelopes: { ...envelopes2019, crise: { planWriting: '30000', crisisBlock: '45000' } } }],
  };

  it('year 1 under the 2019 text with the contract’s envelopes (checked against 370 000 €); year 2 under avenant 2 with the size-3 defaults', () => {
    const s = simulate({ contract });
    expect(s.years.map((y) => [y.text, y.size])).toEqual([
      ['aci-2019', 3],
      ['avenant-2', 3],
      ['avenant-2', 3],
      ['avenant-2', 2],
      ['avenant-2', 2],
    ]);
    expect(s.years[0]!.explanation.find((r) => r.rule === 'cpts.maximum')?.value).toBe(true);
    expect(mission(s.years[1]!, 'acces').envelopes).toMatchObject({ from: 'parameters' });
    expect(mission(s.years[1]!, 'acces').fixed.toFixed(2)).toBe('90000.00');
    expect(mission(s.years[3]!, 'acces').fixed.toFixed(2)).toBe('80000.00');
    expect(s.years[3]!.fonctionnement.toFixed(2)).toBe('60000.00');
    expect(mission(s.years[3]!, 'crise').fixed.toFixed(2)).toBe('15000.00');
  });

  it('a crisis mission starting in a year that began under the 2019 text reads its figures on its start date', () => {
    const straddling: ContractInput = {
      signedOn: '2021-12-01',
      population: 120000,
      missions: [{ mission: 'acces', start: '2022-01-01' }, { mission: 'crise', start: '2022-09-03' }],
      envelopes: { acces: { fixed: '120000', variable: '0' } },
    };
    const y1 = yearlyFunding({ contract: straddling, year: 1 });
    expect(y1.text).toBe('aci-2019');
    expect(mission(y1, 'crise').envelopes).toMatchObject({ from: 'parameters' });
    // From the day the mission takes effect (3 September 2022) to the anniversary: 45 000 × 89 / 365 = 10 972.602… → 10 972.60
    expect(mission(y1, 'crise').fixed.toFixed(2)).toBe('10972.60');
  });

  it('deadlines: access 6/18 months, parcours and prévention 12/24 from signature; crisis 6/18 from 3 September 2022, the day it took effect (assumption)', () => {
    const d = missionDeadlines(contract);
    expect(d.missions.map((m) => [m.mission, m.countedFrom, m.startBy, m.deployedBy, m.startsInTime])).toEqual([
      ['acces', '2021-06-01', '2021-12-01', '2022-12-01', true],
      ['parcours', '2021-06-01', '2022-06-01', '2023-06-01', true],
      ['prevention', '2021-06-01', '2022-06-01', '2023-06-01', true],
      ['crise', '2022-09-03', '2023-03-03', '2024-03-03', true],
    ]);
    expect(d.explanation.find((s) => s.rule === 'cpts.deadline.crise')?.status).toBe('assumption');
  });

  it('the crisis mission takes effect on 3 September 2022 (cpts.crise.effective-date): refused the day before, accepted the day of and after; an override moves it', () => {
    const withCrisisOn = (start: string, overrides?: ContractInput['overrides']): ContractInput => ({
      signedOn: '2022-06-01',
      population: 120000,
      missions: [{ mission: 'crise', start }],
      ...(overrides ? { overrides } : {}),
    });
    const refused = (() => {
      try {
        yearlyFunding({ contract: withCrisisOn('2022-09-02'), year: 1 });
      } catch (e) {
        return e as { issues: { path: unknown[]; expected: string }[] };
      }
      return undefined;
    })();
    expect(refused?.issues[0]?.path).toEqual(['contract', 'missions', 0, 'start']);
    expect(refused?.issues[0]?.expected).toContain('2022-09-03');
    expect(mission(yearlyFunding({ contract: withCrisisOn('2022-09-03'), year: 1 }), 'crise').prorata).toEqual({ unit: 'days', numerator: 271, denominator: 365 });
    expect(mission(yearlyFunding({ contract: withCrisisOn('2022-09-04'), year: 1 }), 'crise').prorata).toEqual({ unit: 'days', numerator: 270, denominator: 365 });
    // The date of the rest of avenant 2, 1 April 2022, as the caller's reading: the mission may start in June.
    const earlier = yearlyFunding({ contract: withCrisisOn('2022-06-01', { 'cpts.crise.effective-date': '2022-04-01' }), year: 1 });
    expect(mission(earlier, 'crise').fixed.toFixed(2)).toBe('45000.00');
  });

  it('the crisis deadlines of a contract signed before 3 September 2022 count from that day; from it on, from the signature', () => {
    const crisisOf = (signedOn: string) => missionDeadlines({ signedOn, population: 120000, missions: [] }).missions.find((m) => m.mission === 'crise')!;
    expect([crisisOf('2022-05-01').countedFrom, crisisOf('2022-09-02').countedFrom, crisisOf('2022-09-03').countedFrom, crisisOf('2022-09-04').countedFrom]).toEqual([
      '2022-09-03',
      '2022-09-03',
      '2022-09-03',
      '2022-09-04',
    ]);
    const steps = missionDeadlines({ signedOn: '2021-06-01', population: 120000, missions: [], envelopes: { acces: { fixed: '1', variable: '0' } } }).explanation;
    const crisis = steps.find((s) => s.rule === 'cpts.deadline.crise')!;
    expect(crisis.rules).toEqual(['cpts.rule.crisis-deadlines']);
    expect(crisis.parameters.map((p) => p.id)).toContain('cpts.crise.effective-date');
    // The readings set aside: from the signature, and from 1 April 2022 (the rest of avenant 2).
    expect(crisis.alternatives?.map((a) => a.value)).toEqual([
      ['2021-12-01', '2022-12-01'],
      ['2022-10-01', '2023-10-01'],
    ]);
  });

  it('a mission written to start after its deadline is reported late, and a missing socle mission has no start date', () => {
    const d = missionDeadlines({ signedOn: '2023-01-01', population: 100000, missions: [{ mission: 'acces', start: '2023-07-02' }] });
    expect(d.missions.find((m) => m.mission === 'acces')).toMatchObject({ startBy: '2023-07-01', startsInTime: false });
    expect(d.missions.find((m) => m.mission === 'parcours')).toMatchObject({ startedOn: null, startsInTime: null });
  });
});

describe('results as JSON and summary rows', () => {
  it('the simulation serialises to JSON with amounts as strings with two decimals, no NaN, no negative amount', () => {
    const json = JSON.stringify(simulate(example()));
    expect(json).not.toContain('NaN');
    expect(json).not.toMatch(/"-\d/);
    const parsed = JSON.parse(json) as { totals: { total: string }; years: { total: string; payments: { amount: string }[] }[] };
    expect(parsed.years[4]!.total).toBe('397500.00');
    expect(parsed.years[0]!.payments[0]!.amount).toBe('75000.00');
    expect(parsed.totals.total).toMatch(/^\d+\.\d{2}$/);
  });

  it('JSON gives the figures, then the payments, then the explanation; a spread copies the figures only', () => {
    const s = simulate(example());
    expect(Object.keys(JSON.parse(JSON.stringify(s)))).toEqual(['name', 'signedOn', 'duration', 'years', 'totals', 'payments', 'explanation']);
    expect(Object.keys({ ...s })).toEqual(['name', 'signedOn', 'duration', 'years', 'totals']);
    const y = s.years[4]!;
    expect(Object.keys(JSON.parse(JSON.stringify(y))).slice(-3)).toEqual(['total', 'payments', 'explanation']);
    expect(Object.keys({ ...y })).not.toContain('payments');
    expect(Object.keys({ ...y })).not.toContain('explanation');
  });

  it('summary rows: one per contract year, the parts add up to the year total, the payments to the total, mission columns to the parts', () => {
    const s = simulate(example());
    const rows = summaryRows(s);
    expect(rows.map((r) => r.contractYear)).toEqual([1, 2, 3, 4, 5]);
    for (const row of [...rows, ...s.years.flatMap((y) => summaryRows(y))]) {
      const parts = sum([row.fonctionnement, row.startUp, row.fixed, row.variable, row.crisisBlock] as Decimal[]);
      expect(parts.equals(row.total as Decimal)).toBe(true);
      const paid = sum([row.signature, row.advances, row.balance].filter((c): c is Decimal => c !== null));
      expect(paid.equals(row.total as Decimal)).toBe(true);
      const fixed = sum(SUMMARY_COLUMNS.filter((c) => c.key.endsWith('.fixed')).map((c) => row[c.key]).filter((c): c is Decimal => c instanceof Decimal));
      expect(fixed.equals(row.fixed as Decimal)).toBe(true);
    }
    const totals = totalsOf(SUMMARY_COLUMNS, rows);
    expect(totals.total?.equals(s.totals.total)).toBe(true);
    expect(rows[4]).toMatchObject({ advanceDate: '2026-04-15', balanceDate: '2027-04-15', 'crise.crisisBlock': s.years[4]!.crisisBlock });
    expect(rows[0]!['accompagnement.fixed']).toBeNull();
  });

  it('summaryRows of anything but a result is the library’s error naming the result (issue 9)', () => {
    for (const bad of [null, {}, 5, undefined, 'x', [], JSON.parse(JSON.stringify(simulate(example())))]) {
      expect(errorOf(() => summaryRows(bad as never)).issues[0]!.path).toEqual(['result']);
    }
  });

  it('the payments of the contract are in date order: on an anniversary the balance of the year ending, then the advance of the year starting', () => {
    const s = simulate(example());
    expect(sum(s.payments.map((p) => p.amount)).equals(s.totals.total)).toBe(true);
    expect(s.payments.filter((p) => p.date === '2026-04-15').map((p) => [p.contractYear, p.kind])).toEqual([
      [4, 'balance'],
      [5, 'advance'],
    ]);
    const dates = s.payments.map((p) => p.date);
    expect(dates).toEqual([...dates].sort());
  });

  it('every explanation step is JSON, states its value in its label, and every step but the sum cites a source or the caller', () => {
    const { contract } = example();
    const r = yearlyFunding({ contract, year: 5, results: everythingReached(contract) });
    expect(r.explanation.filter((s) => s.sources.length === 0).map((s) => s.rule)).toEqual(['cpts.total']);
    for (const s of r.explanation) {
      expect(JSON.parse(JSON.stringify(s))).toEqual(s);
    }
    expect(r.explanation.at(-1)!.label.fr).toContain('397\u202f500,00\u00a0€');
    expect(r.explanation.at(-1)!.label.en).toContain('€397,500.00');
  });

  it('size 3 after avenant 2: no published maximum, the envelopes are not checked and the step says so', () => {
    const r = yearlyFunding({ contract: example().contract, year: 5 });
    const check = r.explanation.find((s) => s.rule === 'cpts.maximum');
    expect(check?.value).toBeNull();
    expect(check?.status).toBe('unknown');
  });
});
