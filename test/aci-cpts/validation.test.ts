import { describe, expect, it } from 'vitest';
import { missionDeadlines, simulate, yearlyFunding, type ContractInput } from '../../src/aci-cpts/index.js';
import { errorOf, example } from './helpers.js';

const base: ContractInput = {
  signedOn: '2023-01-10',
  population: 120000,
  missions: [
    {
      mission: 'acces',
      start: '2023-06-01',
      indicators: [
        { id: 'a1', kind: 'all-or-nothing', amount: '5000' },
        { id: 'a2', kind: 'steps', steps: [{ threshold: 10, amount: '1000' }, { threshold: 20, amount: '2000' }] },
      ],
    },
  ],
};

function withMission(patch: Partial<ContractInput['missions'][number]>): ContractInput {
  return { ...base, missions: [{ ...base.missions[0]!, ...patch }] };
}

describe('bad input is a validation error naming the field and the value', () => {
  it('a negative population', () => {
    const e = errorOf(() => yearlyFunding({ contract: { ...base, population: -5 }, year: 1 }));
    expect(e.code).toBe('invalid-input');
    expect(e.issues[0]).toMatchObject({ path: ['contract', 'population'], received: -5, expected: 'a whole number of inhabitants from 0 to 10,000,000' });
  });

  it('a mission starting before the signature', () => {
    const e = errorOf(() => yearlyFunding({ contract: withMission({ start: '2023-01-09' }), year: 1 }));
    expect(e.issues[0]).toMatchObject({ path: ['contract', 'missions', 0, 'start'], received: '2023-01-09' });
    expect(e.issues[0]!.expected).toContain('2023-01-10');
  });

  it('a step function that is not increasing (threshold or amount)', () => {
    const flatAmount = withMission({ indicators: [{ id: 's', kind: 'steps', steps: [{ threshold: 10, amount: '1000' }, { threshold: 20, amount: '1000' }] }] });
    const e1 = errorOf(() => yearlyFunding({ contract: flatAmount, year: 1 }));
    expect(e1.issues[0]).toMatchObject({ path: ['contract', 'missions', 0, 'indicators', 0, 'steps', 1, 'amount'], received: '1000' });
    expect(e1.issues[0]!.expected).toContain('must increase');
    const backwards = withMission({ indicators: [{ id: 's', kind: 'steps', direction: 'at-most', steps: [{ threshold: 50, amount: '1000' }, { threshold: 60, amount: '2000' }] }] });
    const e2 = errorOf(() => yearlyFunding({ contract: backwards, year: 1 }));
    expect(e2.issues[0]).toMatchObject({ path: ['contract', 'missions', 0, 'indicators', 0, 'steps', 1, 'threshold'], received: '60' });
  });

  it('an indicator of the wrong shape: all-or-nothing without amount, steps with an amount', () => {
    const e = errorOf(() => yearlyFunding({ contract: withMission({ indicators: [{ id: 'x', kind: 'all-or-nothing' }, { id: 'y', kind: 'steps', amount: '5', steps: [{ threshold: 1, amount: '1' }] }] }), year: 1 }));
    expect(e.issues.map((i) => i.path)).toEqual([
      ['contract', 'missions', 0, 'indicators', 0, 'amount'],
      ['contract', 'missions', 0, 'indicators', 1, 'amount'],
    ]);
  });

  it('a result for an indicator the contract does not define', () => {
    const e = errorOf(() => yearlyFunding({ contract: base, year: 1, results: { indicators: { a3: true } } }));
    expect(e.issues[0]).toMatchObject({ path: ['results', 'indicators', 'a3'], received: true });
    expect(e.issues[0]!.expected).toContain('a1, a2');
    const s = errorOf(() => simulate({ contract: base, resultsByYear: { 2: { indicators: { nope: 3 } } } }));
    expect(s.issues[0]!.path).toEqual(['resultsByYear', '2', 'indicators', 'nope']);
  });

  it('a result of the wrong type, or a negative result', () => {
    expect(errorOf(() => yearlyFunding({ contract: base, year: 1, results: { indicators: { a1: 3 } } })).issues[0]).toMatchObject({ path: ['results', 'indicators', 'a1'], received: '3' });
    expect(errorOf(() => yearlyFunding({ contract: base, year: 1, results: { indicators: { a2: true } } })).issues[0]).toMatchObject({ path: ['results', 'indicators', 'a2'], received: true });
    expect(errorOf(() => yearlyFunding({ contract: base, year: 1, results: { indicators: { a2: -1 } } })).issues[0]).toMatchObject({ path: ['results', 'indicators', 'a2'], received: -1 });
    expect(errorOf(() => yearlyFunding({ contract: base, year: 1, results: { indicators: { a2: Number.NaN } } })).issues[0]!.path).toEqual(['results', 'indicators', 'a2']);
  });

  it('an envelope set above the size maximum (ACI 2019, size 2: 287 000 €)', () => {
    const contract: ContractInput = {
      signedOn: '2020-02-01',
      population: 50000,
      missions: [{ mission: 'acces', start: '2020-08-01' }, { mission: 'parcours', start: '2021-02-01' }],
      envelopes: { acces: { fixed: '150000', variable: '50000' }, parcours: { fixed: '20000', variable: '20000' } },
    };
    const e = errorOf(() => yearlyFunding({ contract, year: 1 }));
    expect(e.issues[0]).toMatchObject({ path: ['contract', 'envelopes'], received: '300000.00' });
    expect(e.issues[0]!.expected).toContain('287000.00');
    expect(e.issues[0]!.expected).toContain('cpts.maximum.t2');
  });

  it('missing envelopes for a size other than 3 name the field to fill', () => {
    const e = errorOf(() => yearlyFunding({ contract: { ...base, population: 50000 }, year: 1 }));
    expect(e.issues[0]!.path).toEqual(['contract', 'envelopes', 'acces']);
    expect(e.issues[0]!.received).toBeUndefined();
    expect(e.issues[0]!.expected).toContain('size 2');
    expect(e.message).toContain('contract.envelopes.acces: received nothing');
  });

  it('missing envelopes for size 3 under the 2019 text (per-mission table not read)', () => {
    const e = errorOf(() => yearlyFunding({ contract: { ...base, signedOn: '2021-01-10', missions: [{ mission: 'acces', start: '2021-06-01' }] }, year: 1 }));
    expect(e.issues[0]!.path).toEqual(['contract', 'envelopes', 'acces']);
    expect(e.issues[0]!.expected).toContain('aci-2019');
  });

  it('a contract year beyond the contract, a result for a year beyond it, a bad results key', () => {
    expect(errorOf(() => yearlyFunding({ contract: base, year: 6 })).issues[0]).toMatchObject({ path: ['year'], received: 6 });
    expect(errorOf(() => yearlyFunding({ contract: base, year: 0 })).issues[0]).toMatchObject({ path: ['year'], received: 0 });
    expect(errorOf(() => simulate({ contract: base, resultsByYear: { 6: {} } })).issues[0]).toMatchObject({ path: ['resultsByYear', '6'], received: 6 });
    expect(errorOf(() => simulate({ contract: base, resultsByYear: { y1: {} } as never })).issues[0]!.path).toEqual(['resultsByYear', 'y1']);
  });

  it('results for a mission that has not started, or a crisis without a running crisis mission', () => {
    const later = withMission({ start: '2024-02-01' });
    const e = errorOf(() => yearlyFunding({ contract: later, year: 1, results: { indicators: { a1: true } } }));
    expect(e.issues[0]!.path).toEqual(['results', 'indicators', 'a1']);
    expect(e.issues[0]!.expected).toContain('2024-02-01');
    const c = errorOf(() => yearlyFunding({ contract: base, year: 1, results: { crisisDeclared: true } }));
    expect(c.issues[0]).toMatchObject({ path: ['results', 'crisisDeclared'], received: true });
  });

  it('duplicated missions or indicator ids, indicators on the crisis mission, amendments out of order', () => {
    const dup: ContractInput = { ...base, missions: [base.missions[0]!, { mission: 'acces', start: '2023-07-01', indicators: [{ id: 'a1', kind: 'all-or-nothing', amount: '1' }] }] };
    const e = errorOf(() => yearlyFunding({ contract: dup, year: 1 }));
    expect(e.issues.map((i) => i.path)).toEqual([
      ['contract', 'missions', 1, 'mission'],
      ['contract', 'missions', 1, 'indicators', 0, 'id'],
    ]);
    const crise = errorOf(() => yearlyFunding({ contract: { ...base, missions: [{ mission: 'crise', start: '2023-06-01', indicators: [{ id: 'c', kind: 'all-or-nothing', amount: '1' }] }] }, year: 1 }));
    expect(crise.issues[0]!.path).toEqual(['contract', 'missions', 0, 'indicators']);
    const order = errorOf(() => yearlyFunding({ contract: { ...base, amendments: [{ fromYear: 3 }, { fromYear: 2 }] }, year: 1 }));
    expect(order.issues[0]!.path).toEqual(['contract', 'amendments', 1, 'fromYear']);
  });

  it('a mission the text in force does not provide yet (the crisis mission before avenant 2)', () => {
    const e = errorOf(() => yearlyFunding({ contract: { ...base, signedOn: '2021-01-10', missions: [{ mission: 'crise', start: '2022-03-31' }] }, year: 1 }));
    expect(e.issues[0]).toMatchObject({ path: ['contract', 'missions', 0, 'mission'], received: 'crise' });
  });

  it('a contract signed before the ACI was in force, an unknown field, an unknown override', () => {
    const early = errorOf(() => yearlyFunding({ contract: { ...base, signedOn: '2019-08-24', missions: [] }, year: 1 }));
    expect(early.code).toBe('not-in-force');
    expect(early.issues[0]!.path).toEqual(['contract', 'signedOn']);
    expect(errorOf(() => yearlyFunding({ contract: { ...base, populaton: 3 } as never, year: 1 })).issues[0]!.path).toEqual(['contract', 'populaton']);
    expect(errorOf(() => yearlyFunding({ contract: { ...base, overrides: { 'cpts.nope': '1' } as never }, year: 1 })).issues[0]!.path).toEqual(['contract', 'overrides', 'cpts.nope']);
    expect(errorOf(() => missionDeadlines({ ...base, signedOn: '2023-02-30' })).issues[0]!.path).toEqual(['contract', 'signedOn']);
  });

  it('an amount with sub-cent digits or a negative amount in the envelopes', () => {
    const e = errorOf(() => yearlyFunding({ contract: { ...base, envelopes: { acces: { fixed: '100.001', variable: '-1' } } }, year: 1 }));
    expect(e.issues.map((i) => [i.path.join('.'), i.received])).toEqual([
      ['contract.envelopes.acces.fixed', '100.001'],
      ['contract.envelopes.acces.variable', '-1'],
    ]);
  });

  it('the bundled example is valid input', () => {
    const { contract, resultsByYear } = example();
    expect(() => simulate({ contract, resultsByYear })).not.toThrow();
  });
});

describe('the errors in French (messageFr), as a French reader reads them', () => {
  const fr = (f: () => unknown) => errorOf(f).issues.map((i) => i.messageFr);

  it('a required field left out: the population, with its bound written the French way', () => {
    const { population: _p, ...withoutPopulation } = base;
    expect(fr(() => yearlyFunding({ contract: withoutPopulation as never, year: 1 }))).toEqual([
      'contract.population : reçu rien, attendu un nombre entier d’habitants de 0 à 10\u202f000\u202f000',
    ]);
  });

  it('a date that does not exist, and a start date before the date of signature (dates the French way)', () => {
    expect(fr(() => yearlyFunding({ contract: { ...base, signedOn: '2023-02-30' }, year: 1 }))).toEqual([
      'contract.signedOn : reçu "2023-02-30", attendu une date réelle écrite AAAA-MM-JJ (années 1900 à 2200)',
    ]);
    expect(fr(() => yearlyFunding({ contract: withMission({ start: '2023-01-09' }), year: 1 }))).toEqual([
      'contract.missions[0].start : reçu "2023-01-09", attendu une date de démarrage égale ou postérieure à la date de signature du contrat (10/01/2023)',
    ]);
  });

  it('a mission not open yet: the crisis mission before its date of effect (read from its parameter), a mission the contract lacks', () => {
    expect(fr(() => yearlyFunding({ contract: { ...base, signedOn: '2022-06-10', missions: [{ mission: 'crise', start: '2022-07-01' }] }, year: 1 }))).toEqual([
      'contract.missions[0].start : reçu "2022-07-01", attendu une date de démarrage égale ou postérieure au 03/09/2022, date d’effet de la mission de réponse aux crises sanitaires graves (cpts.crise.effective-date)',
    ]);
    expect(fr(() => yearlyFunding({ contract: base, year: 1, results: { indicators: { a3: true } } }))).toEqual([
      'results.indicators.a3 : reçu true, attendu un indicateur que le contrat définit (a1, a2)',
    ]);
  });

  it('a contract year beyond the contract (its length read from cpts.contract.duration), a step function that does not increase', () => {
    expect(fr(() => yearlyFunding({ contract: base, year: 6 }))).toEqual(['year : reçu 6, attendu une année de contrat de 1 à 5 (cpts.contract.duration)']);
    const flat = withMission({ indicators: [{ id: 's', kind: 'steps', steps: [{ threshold: 10, amount: '1000.5' }, { threshold: 20, amount: '1000' }] }] });
    expect(fr(() => yearlyFunding({ contract: flat, year: 1 }))).toEqual([
      'contract.missions[0].indicators[0].steps[1].amount : reçu "1000", attendu un montant supérieur à celui du palier précédent, 1\u202f000,50\u00a0€ (chaque palier paie plus que le précédent)',
    ]);
  });

  it('an override out of range, and the error’s message in French', () => {
    const e = errorOf(() => yearlyFunding({ contract: { ...base, overrides: { 'cpts.contract.duration': '50' } }, year: 1 }));
    expect(e.issues.map((i) => i.messageFr)).toEqual([
      'contract.overrides.cpts.contract.duration : reçu "50", attendu un nombre entier d’années de 1 à 10, écrit comme une chaîne décimale telle que "10", pour le paramètre cpts.contract.duration',
    ]);
    expect(e.messageIn('fr')).toBe(e.issues[0]!.messageFr);
  });
});
