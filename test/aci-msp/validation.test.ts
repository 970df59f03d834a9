/** Bad input: a validation error naming the field and the value; never NaN, never a negative euro. */
import { describe, expect, it } from 'vitest';
import { compare, indicators, yearlyRemuneration } from '../../src/aci-msp/index.js';
import { NATIONAL_RATES, PREREQUISITES, contract, errorOf } from './helpers.js';

const run = (c: unknown, year: unknown, a: unknown, extra: Record<string, unknown> = {}) => () => yearlyRemuneration({ contract: c, year, achievements: a, ...extra } as never);

describe('bad input', () => {
  it('a negative patientèle names contract.patientele and the value', () => {
    const e = errorOf(run(contract(-5), 2023, PREREQUISITES));
    expect(e.code).toBe('invalid-input');
    expect(e.issues[0]!.path).toEqual(['contract', 'patientele']);
    expect(e.issues[0]!.received).toBe(-5);
    expect(e.issues[0]!.expected).toContain('whole number of patients from 0 to');
  });

  it('NaN, Infinity and fractions of patients are refused', () => {
    for (const bad of [Number.NaN, Number.POSITIVE_INFINITY, 12.5, '4000']) {
      expect(errorOf(run(contract(bad as number), 2023, PREREQUISITES)).issues[0]!.path).toEqual(['contract', 'patientele']);
    }
  });

  it('with options.aboveCap "reject", a count of protocols above the catalogue’s cap names the field, the value and the cap', () => {
    const e = errorOf(run(contract(4000), 2023, { ...PREREQUISITES, 'protocoles-pluriprofessionnels': { count: 12 } }, { options: { aboveCap: 'reject' } }));
    expect(e.issues[0]!.path).toEqual(['achievements', 'protocoles-pluriprofessionnels', 'count']);
    expect(e.issues[0]!.received).toBe(12);
    expect(e.issues[0]!.expected).toContain('at most 8 protocols');
    expect(e.issues[0]!.expected).toContain('msp.protocoles.max');
  });

  it('with options.aboveCap "reject", national cooperation protocols and missions above their caps are refused too', () => {
    const reject = { options: { aboveCap: 'reject' } };
    const pnc = errorOf(run(contract(4000), 2023, { ...PREREQUISITES, 'protocoles-nationaux-cooperation': { count: 7 } }, reject));
    expect(pnc.issues[0]!.path).toEqual(['achievements', 'protocoles-nationaux-cooperation', 'count']);
    expect(pnc.issues[0]!.expected).toContain('at most 6');
    const missions = ['couverture-vaccinale', 'tuberculose', 'prevention-suicide'] as const;
    const m = errorOf(run(contract(4000), 2023, { ...PREREQUISITES, 'missions-sante-publique': { missions: [...missions] } }, reject));
    expect(m.issues[0]!.path).toEqual(['achievements', 'missions-sante-publique', 'missions']);
    expect(m.issues[0]!.received).toEqual([...missions]);
    // By default (aboveCap "ignore-excess"), the third mission earns nothing (GUIDE p.15–16).
    const r = yearlyRemuneration({ contract: contract(4000), year: 2023, achievements: { ...PREREQUISITES, 'missions-sante-publique': { missions: [...missions] } } });
    expect(r.byIndicator.find((i) => i.id === 'missions-sante-publique')!.points.toFixed()).toBe('700');
  });

  it('by default a count above its cap is paid at the cap and the step says so, the cap read from its parameter', () => {
    const achievements = {
      ...PREREQUISITES,
      'protocoles-pluriprofessionnels': { count: 9 },
      'protocoles-nationaux-cooperation': { count: 7 },
      'missions-sante-publique': { missions: ['couverture-vaccinale', 'tuberculose', 'prevention-suicide'] },
    } as const;
    const r = yearlyRemuneration({ contract: contract(4000, 13, { ipa: true }), year: 2023, achievements });
    const stepOf = (id: string) => r.explanation.find((s) => s.rule === `msp.indicator.${id}`)!;
    expect(r.byIndicator.find((i) => i.id === 'protocoles-pluriprofessionnels')!.points.toFixed()).toBe('1120');
    expect(stepOf('protocoles-pluriprofessionnels').label.fr).toContain('9 protocoles déclarés, 8 rémunérés (plafond msp.protocoles.max ; au-delà, non rémunérés)');
    expect(stepOf('protocoles-pluriprofessionnels').label.en).toContain('9 protocols declared, 8 paid (cap msp.protocoles.max; beyond it, unpaid)');
    expect(stepOf('protocoles-nationaux-cooperation').label.fr).toContain('7 protocoles déclarés, 6 rémunérés (plafond msp.protocoles-nationaux-cooperation.max');
    expect(stepOf('missions-sante-publique').label.fr).toContain('3 missions déclarées, 2 rémunérées (plafond msp.missions.max ; au-delà, non rémunérées)');
    // Within the cap, nothing is said.
    const within = yearlyRemuneration({ contract: contract(4000), year: 2023, achievements: { ...PREREQUISITES, 'protocoles-pluriprofessionnels': { count: 8 } } });
    expect(within.explanation.find((s) => s.rule === 'msp.indicator.protocoles-pluriprofessionnels')!.label.fr).not.toContain('déclarés');
    // The cap comes from the parameter: raised by an override, 9 protocols are all paid.
    const raised = yearlyRemuneration({ contract: contract(4000), year: 2023, achievements: { ...PREREQUISITES, 'protocoles-pluriprofessionnels': { count: 9 } }, overrides: { 'msp.protocoles.max': '10' } });
    expect(raised.byIndicator.find((i) => i.id === 'protocoles-pluriprofessionnels')!.points.toFixed()).toBe('900');
  });

  it('an indicator id the catalogue does not have at that date names the field and lists the catalogue', () => {
    const later = errorOf(run(contract(4000), 2019, { 'demarche-qualite': { level: 1 } }));
    expect(later.issues[0]!.path).toEqual(['achievements', 'demarche-qualite']);
    expect(later.issues[0]!.expected).toContain('aci-2017 catalogue in force for 2019');
    const earlier = errorOf(run(contract(4000), 2023, { ...PREREQUISITES, 'satisfaction-patients': { met: true } }));
    expect(earlier.issues[0]!.path).toEqual(['achievements', 'satisfaction-patients']);
    expect(earlier.issues[0]!.expected).toContain('avenant-1 catalogue in force for 2023');
    const unknown = errorOf(run(contract(4000), 2023, { ...PREREQUISITES, 'protocoles-pluripro': { count: 2 } }));
    expect(unknown.issues[0]!.path).toEqual(['achievements', 'protocoles-pluripro']);
    expect(unknown.issues[0]!.expected).toContain('no field named');
  });

  it('a precarity rate outside 0–1 names the field and the value', () => {
    for (const [field, value] of [
      ['c2sRate', 1.2],
      ['ameRate', -0.01],
      ['c2sRate', '12%'],
    ] as const) {
      const precarity = { c2sRate: 0.1, ameRate: 0.01, [field]: value };
      const e = errorOf(run(contract(4000, 13, { precarity: precarity as never }), 2023, PREREQUISITES, { overrides: NATIONAL_RATES }));
      expect(e.issues[0]!.path).toEqual(['contract', 'precarity', field]);
      expect(e.issues[0]!.received).toBe(value);
      expect(e.issues[0]!.expected).toContain('from 0 to 1');
    }
  });

  it('a precarity majoration without the national rates is a missing-parameter error naming the override', () => {
    const e = errorOf(run(contract(4000, 13, { precarity: { c2sRate: 0.1, ameRate: 0 } }), 2023, PREREQUISITES));
    expect(e.code).toBe('missing-parameter');
    expect(e.issues[0]!.path).toEqual(['overrides', 'msp.precarite.national-rate-c2s']);
    expect(e.message).toContain('overrides["msp.precarite.national-rate-c2s"]');
    // Rates of zero need no national rate: no majoration is possible.
    const r = yearlyRemuneration({ contract: contract(4000, 13, { precarity: { c2sRate: 0, ameRate: 0 } }), year: 2023, achievements: PREREQUISITES });
    expect(r.precarity.majoration.toFixed(2)).toBe('0.00');
  });

  it('a year before the ACI (2016) is not-in-force, naming the year', () => {
    const e = errorOf(run({ ...contract(4000), signedOn: '2015-06-01', projetDeSanteFiledOn: '2014-01-01' }, 2016, {}));
    expect(e.code).toBe('not-in-force');
    expect(e.issues[0]!.path).toEqual(['year']);
    expect(errorOf(() => indicators({ on: '2016-12-31' })).issues[0]!.path).toEqual(['on']);
  });

  it('cross-field dates: a year before signature, a projet filed after signature, software acquired after the year', () => {
    expect(errorOf(run(contract(4000, 13, { signedOn: '2024-03-01' }), 2023, PREREQUISITES)).issues[0]!.path).toEqual(['year']);
    expect(errorOf(run(contract(4000, 13, { projetDeSanteFiledOn: '2018-01-01' }), 2023, PREREQUISITES)).issues[0]!.path).toEqual(['contract', 'projetDeSanteFiledOn']);
    const si = errorOf(run(contract(4000), 2023, { ...PREREQUISITES, 'si-standard': { met: true, since: '2024-01-01' } }));
    expect(si.issues[0]!.path).toEqual(['achievements', 'si-standard', 'since']);
    expect(si.issues[0]!.received).toBe('2024-01-01');
  });

  it('two missions on the same theme (or two PRS missions) are refused at the repeated entry', () => {
    const e = errorOf(run(contract(4000), 2023, { ...PREREQUISITES, 'missions-sante-publique': { missions: ['projet-regional-de-sante', 'projet-regional-de-sante'] } }));
    expect(e.issues[0]!.path).toEqual(['achievements', 'missions-sante-publique', 'missions', 1]);
  });

  it('files reviewed with no eligible patient is refused (no division by zero)', () => {
    const e = errorOf(
      run(contract(4000), 2023, { ...PREREQUISITES, 'concertation-pluriprofessionnelle': { meetings: 6, casesReviewed: 3, eligiblePatients: { aldUnder75: 0, over75WithoutAld: 0, over75WithAld: 0 } } }),
    );
    expect(e.issues[0]!.path).toEqual(['achievements', 'concertation-pluriprofessionnelle', 'eligiblePatients']);
  });

  it('levels above the indicator’s last level, unknown fields and bad overrides name their field', () => {
    expect(errorOf(run(contract(4000), 2023, { ...PREREQUISITES, 'demarche-qualite': { level: 4 } })).issues[0]!.path).toEqual(['achievements', 'demarche-qualite', 'level']);
    expect(errorOf(run({ ...contract(4000), patients: 3 }, 2023, PREREQUISITES)).issues[0]!.path).toEqual(['contract', 'patients']);
    expect(errorOf(run(contract(4000), 2023, PREREQUISITES, { overrides: { 'msp.point-valeur': '8' } })).issues[0]!.path).toEqual(['overrides', 'msp.point-valeur']);
    expect(errorOf(run(contract(4000), 2023, PREREQUISITES, { overrides: { 'msp.point-value': '-8' } })).issues[0]!.path).toEqual(['overrides', 'msp.point-value']);
    expect(errorOf(run(contract(4000), 2023, PREREQUISITES, { options: 'fast' })).issues[0]!.path).toEqual(['options']);
    expect(errorOf(run(contract(4000), 2023, PREREQUISITES, { options: { aboveCap: 'clamp' } })).issues[0]!.path).toEqual(['options', 'aboveCap']);
  });

  it('every issue of a bad input is reported at once', () => {
    const e = errorOf(run({ ...contract(-1), signedOn: '2023-02-30' }, 2023, { 'fonction-coordination': { met: 'yes' } }));
    expect(e.issues.map((i) => i.path.join('.')).sort()).toEqual(['achievements.fonction-coordination.met', 'contract.patientele', 'contract.signedOn']);
  });

  it('compare names the scenario of a bad achievement (a / b)', () => {
    const bad = { ...PREREQUISITES, 'protocoles-pluriprofessionnels': { count: 9 } };
    const options = { aboveCap: 'reject' } as const;
    expect(errorOf(() => compare({ contract: contract(4000), year: 2023, a: PREREQUISITES, b: bad, options })).issues[0]!.path).toEqual(['b', 'protocoles-pluriprofessionnels', 'count']);
    expect(errorOf(() => compare({ contract: contract(4000), year: 2023, a: bad, b: PREREQUISITES, options })).issues[0]!.path).toEqual(['a', 'protocoles-pluriprofessionnels', 'count']);
  });
});

describe('the errors in French (messageFr), as a French reader reads them', () => {
  const fr = (f: () => unknown) => errorOf(f).issues.map((i) => i.messageFr);

  it('a required field left out: the patientèle, named in French, with its bound written the French way', () => {
    const { patientele: _p, ...withoutPatientele } = contract(4000);
    expect(fr(run(withoutPatientele, 2024, PREREQUISITES))).toEqual([
      'contract.patientele : reçu rien, attendu un nombre entier de patients de 0 à 200\u202f000 (patientèle médecin traitant des médecins associés)',
    ]);
  });

  it('a date that does not exist, and a projet de santé filed after the signature (the date of signature in French)', () => {
    expect(fr(run(contract(4000, 13, { signedOn: '2019-02-30' }), 2024, PREREQUISITES))).toEqual([
      'contract.signedOn : reçu "2019-02-30", attendu une date réelle écrite AAAA-MM-JJ (années 1900 à 2200)',
    ]);
    expect(fr(run(contract(4000, 13, { projetDeSanteFiledOn: '2018-01-01' }), 2024, PREREQUISITES))).toEqual([
      'contract.projetDeSanteFiledOn : reçu "2018-01-01", attendu une date antérieure ou égale à la date de signature du contrat (01/01/2017)',
    ]);
  });

  it('an indicator the year’s catalogue does not have, a value not open, a level beyond the indicator’s', () => {
    expect(fr(run(contract(4000), 2021, PREREQUISITES))).toEqual([
      'achievements.crises-sanitaires : reçu {"plan":true}, attendu un indicateur du catalogue aci-2017 en vigueur pour l’exercice 2021 : horaires-ouverture-snp, diversite-services, second-recours, medecins-cstm, missions-sante-publique, satisfaction-patients, fonction-coordination, protocoles-pluriprofessionnels, concertation-pluriprofessionnelle, formation-stagiaires, coordination-externe, si-standard, si-avance',
    ]);
    const hours = { ...PREREQUISITES['horaires-ouverture-snp']!, amplitude: '24h' };
    expect(fr(run(contract(4000), 2024, { ...PREREQUISITES, 'horaires-ouverture-snp': hours }))).toEqual([
      'achievements.horaires-ouverture-snp.amplitude : reçu "24h", attendu l’une des valeurs "12h-or-more", "10h-to-12h", "8h-to-10h", "under-8h" (amplitude d’ouverture quotidienne, du lundi au vendredi)',
    ]);
    expect(fr(run(contract(4000), 2024, { ...PREREQUISITES, 'demarche-qualite': { level: 4 }, 'fonction-coordination': { met: 'oui' } })).sort()).toEqual([
      'achievements.demarche-qualite.level : reçu 4, attendu un niveau de 0 à 3 (démarche qualité)',
      'achievements.fonction-coordination.met : reçu "oui", attendu true ou false (une fonction de coordination est organisée)',
    ]);
  });

  it('a count above its cap with aboveCap "reject" (the cap read from its parameter), and an override out of range', () => {
    expect(fr(run(contract(4000), 2024, { ...PREREQUISITES, 'protocoles-pluriprofessionnels': { count: 12 } }, { options: { aboveCap: 'reject' } }))).toEqual([
      'achievements.protocoles-pluriprofessionnels.count : reçu 12, attendu au plus 8 protocoles (msp.protocoles.max, le plafond du catalogue en vigueur pour l’exercice 2024), car options.aboveCap vaut "reject" ; par défaut ("ignore-excess"), le plafond est rémunéré, comme le fait le guide de la Cnam',
    ]);
    const override = errorOf(run(contract(4000), 2024, PREREQUISITES, { overrides: { 'msp.reference-patientele': '0' } }));
    expect(override.issues[0]!.messageFr).toMatch(/^overrides\.msp\.reference-patientele : reçu "0", attendu un nombre entier de patients de 400 à 400\s000,/);
    expect(override.messageIn('fr')).toBe(override.issues[0]!.messageFr);
  });
});

describe('results serialise to JSON cleanly', () => {
  it('euros as "1234.50", points as exact decimal strings, no NaN anywhere', () => {
    const r = yearlyRemuneration({
      contract: contract(3001, 17, { ipa: true, precarity: { c2sRate: '0.2', ameRate: '0.01' } }),
      year: 2023,
      achievements: { ...PREREQUISITES, 'missions-sante-publique': { missions: ['tuberculose'] } },
      overrides: NATIONAL_RATES,
    });
    const json = JSON.parse(JSON.stringify(r));
    expect(json.total).toMatch(/^\d+\.\d{2}$/);
    expect(json.amount).toMatch(/^\d+\.\d{2}$/);
    expect(json.advance.amount).toMatch(/^\d+\.\d{2}$/);
    expect(json.balance.amount).toMatch(/^-?\d+\.\d{2}$/);
    expect(json.byIndicator.find((i: { id: string }) => i.id === 'missions-sante-publique').points).toBe('262.5875');
    expect(JSON.stringify(r)).not.toMatch(/NaN|Infinity|"-0"/);
  });
});
