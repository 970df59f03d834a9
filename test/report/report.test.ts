/**
 * Contract reports without a browser: one self-contained, well-formed French HTML document per result of
 * each scheme, its tables and totals equal to the library's (formatted by core formatCell), a bar (or
 * stack) per year, the statuses marked, nothing loaded from elsewhere, every text escaped, the library's
 * error for anything that is not a result.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import * as am from '../../src/assistant-medical/index.js';
import * as msp from '../../src/aci-msp/index.js';
import * as cpts from '../../src/aci-cpts/index.js';
import { isExerciceCoordonneError, type ExerciceCoordonneError } from '../../src/core/errors.js';
import { weakest } from '../../src/core/explain.js';
import { euroIn } from '../../src/core/format.js';
import { formatCell, totalsOf } from '../../src/core/summary.js';
import { contractReport, reportKind } from '../../src/report/index.js';
import { count, externalResources, parseErrors, textOf } from '../support/html.js';

const ROOT = join(import.meta.dirname, '..', '..');
function example(file: string): Record<string, unknown> {
  const { id: _id, ...input } = JSON.parse(readFileSync(join(ROOT, file), 'utf8')) as Record<string, unknown>;
  return input;
}

const amContract = am.simulate(example('examples/assistant-medical/contract.json') as never);
const amYear = am.yearlyAid({ signedOn: '2021-09-15', hiredOn: '2021-10-04', option: '1/2', band: 'P30-P50', startingPatients: 820, year: 4, achievement: { reachedPatients: 980 } });
const collectiveInput = example('examples/assistant-medical/collective.json') as unknown as Parameters<typeof am.collective.simulate>[0];
const collectiveContract = am.collective.simulate(collectiveInput);
const collectiveEligibility = am.collective.checkEligibility({ signedOn: collectiveInput.signedOn, group: collectiveInput.group! });
const collectiveYear = collectiveContract.years[2]!;
const mspYear = msp.yearlyRemuneration(example('examples/aci-msp/msp.json') as never);
const mspContract = msp.simulate(example('examples/aci-msp/contract.json') as never);
const cptsContract = cpts.simulate(example('examples/aci-cpts/contract.json') as never);
const cptsYear = cptsContract.years[1]!;

const CASES = [
  { name: 'assistant médical, contract', result: amContract, kind: 'assistant-medical.contract', years: 5 },
  { name: 'assistant médical, one year', result: amYear, kind: 'assistant-medical.year', years: 1 },
  { name: 'assistant médical, collective contract', result: collectiveContract, kind: 'assistant-medical.collective.contract', years: 5 },
  { name: 'assistant médical, a year of a collective contract', result: collectiveYear, kind: 'assistant-medical.collective.year', years: 1 },
  { name: 'ACI MSP, one year', result: mspYear, kind: 'aci-msp.year', years: 1 },
  { name: 'ACI MSP, contract', result: mspContract, kind: 'aci-msp.contract', years: 3 },
  { name: 'ACI CPTS, contract', result: cptsContract, kind: 'aci-cpts.contract', years: 5 },
  { name: 'ACI CPTS, one year', result: cptsYear, kind: 'aci-cpts.year', years: 1 },
] as const;

describe.each(CASES)('the report of $name', ({ result, kind, years }) => {
  const report = contractReport(result);

  it('is recognised by its kind', () => {
    expect(reportKind(result)).toBe(kind);
  });

  it('is one well-formed HTML document in French', () => {
    expect(report.startsWith('<!doctype html>\n<html lang="fr">')).toBe(true);
    expect(parseErrors(report)).toEqual([]);
    expect(report).toContain('<meta name="viewport" content="width=device-width, initial-scale=1">');
    expect(count(report, '<h1>')).toBe(1);
  });

  it('is self-contained: inline CSS and SVG, no script, nothing loaded from elsewhere', () => {
    expect(report).not.toMatch(/<script/i);
    expect(externalResources(report)).toEqual([]);
    expect(report).toContain('<style>');
    expect(report).toContain('<svg xmlns="http://www.w3.org/2000/svg"');
  });

  it('prints on A4 and reads on a phone', () => {
    expect(report).toContain('@page { size: A4;');
    expect(report).toContain('@media print');
    expect(report).toMatch(/@media \(max-width: 40rem\)/);
  });

  it('draws one bar group per year', () => {
    expect(count(report, 'class="bar-group"')).toBe(years);
    expect(report).toContain(`data-groups="${years}"`);
  });

  it('lists every payment, dated in French', () => {
    expect(count(report, '<li data-kind=')).toBe(result.payments.length);
    for (const p of result.payments) expect(report).toContain(`${p.date.slice(8, 10)}/${p.date.slice(5, 7)}/${p.date.slice(0, 4)}`);
  });

  it('shows every step of the explanation once at least, with its status', () => {
    const rules = new Set([...report.matchAll(/data-rule="([^"]+)"/g)].map((m) => m[1]));
    const all = [...result.explanation, ...('years' in result ? result.years.flatMap((y) => y.explanation) : [])];
    for (const s of all) expect(rules.has(s.rule), s.rule).toBe(true);
  });
});

describe('the figures a report shows are the library’s', () => {
  it('assistant médical: the year table, its totals and the contract total', () => {
    const report = contractReport(amContract);
    const rows = am.summaryRows(amContract);
    const totals = totalsOf(am.SUMMARY_COLUMNS, rows);
    expect(textOf(report, 'data-total="amount"')).toBe(formatCell('euro', totals.amount!, 'fr'));
    expect(textOf(report, 'data-total="amount"')).toBe(euroIn('fr', amContract.totals.amount!));
    expect(textOf(report, 'data-total="ceiling"')).toBe(euroIn('fr', amContract.totals.ceiling));
    expect(report).toContain(euroIn('fr', amContract.totals.amount!)); // 61 585,37 € in the facts
    expect(euroIn('fr', amContract.totals.amount!)).toBe('61\u202f585,37\u00a0€');
    for (const y of amContract.years) expect(report).toContain(`data-series="amount" data-value="${y.amount!.toFixed(2)}"`);
    expect(report).toContain('78,05\u00a0%'); // the achievement of year 4
  });

  it('assistant médical, collective contract: the ETP and their ceiling, the two objectives, the year table and its totals, the achievement', () => {
    const report = contractReport(collectiveContract);
    const totals = totalsOf(am.collective.SUMMARY_COLUMNS, am.collective.summaryRows(collectiveContract));
    expect(textOf(report, 'data-total="amount"')).toBe(formatCell('euro', totals.amount!, 'fr'));
    expect(textOf(report, 'data-total="amount"')).toBe(euroIn('fr', collectiveContract.totals.amount!)); // 608 846,15 €
    expect(textOf(report, 'data-total="ceiling"')).toBe(euroIn('fr', collectiveContract.totals.ceiling)); // 660 000,00 €
    expect(euroIn('fr', collectiveContract.totals.amount!)).toBe('608\u202f846,15\u00a0€');
    for (const y of collectiveContract.years) expect(report).toContain(`data-series="amount" data-value="${y.amount!.toFixed(2)}"`);
    // The ETP funded and the group's ceiling, from the contract's step (4 doctors × 1 + 2 PAMSU × 0,5).
    expect(report).toContain('<dt>ETP financés</dt><dd>5 ETP</dd>');
    const ceiling = collectiveContract.explanation.find((s) => s.rule === 'am.collective.etp-ceiling')!;
    expect(report).toContain(`<dt>Plafond d’ETP du groupe</dt><dd>5 ETP — ${ceiling.label.fr}`);
    // The two parts of the objective: starting 3 600 and 5 200, targets 4 900 and 5 750, due on 30/11/2028.
    const o = collectiveContract.years[2]!.objective!;
    expect(textOf(report, 'data-target="medecinTraitant"')).toBe(formatCell('integer', o.medecinTraitant.target, 'fr'));
    expect(textOf(report, 'data-target="fileActive"')).toBe(formatCell('integer', o.fileActive.target, 'fr'));
    expect([o.medecinTraitant.target, o.fileActive.target]).toEqual([4900, 5750]);
    expect(report).toContain('À atteindre au plus tard le 30/11/2028.');
    expect(report).toContain('data-rule="am.collective.objective"');
    expect(report).toContain('data-rule="am.collective.modulation"');
    expect(report).toContain('80,77\u00a0%'); // the achievement of year 3: the lower of 80,77 % (MT) and 100 % (file active)
    expect(count(report, '<li data-kind=')).toBe(collectiveContract.payments.length);
  });

  it('assistant médical, collective contract: the group’s eligibility when given, each criterion with its status', () => {
    const report = contractReport(collectiveContract, { eligibility: collectiveEligibility });
    expect(report).toContain('<section id="eligibilite">');
    for (const c of collectiveEligibility.criteria) expect(report).toContain(`data-criterion="${c.criterion}"`);
    expect(report).toContain('Patientèle médecin traitant moyenne des médecins adhérents\u00a0: <strong>900</strong>');
    expect(parseErrors(report)).toEqual([]);
  });

  it('assistant médical, collective contract: without the group, the ceiling is not computed; a modulated year without its achievement is not known', () => {
    const pending = am.collective.yearlyAid({ signedOn: '2026-03-02', hiredOn: '2026-04-01', etp: 2.5, year: 3 });
    expect(pending.amount).toBeUndefined();
    const report = contractReport(pending);
    expect(report).toContain('non calculé : les médecins du groupe ne sont pas donnés');
    expect(report).toContain('data-series="ceiling" data-value="55000.00"');
    expect(report).not.toContain('data-series="amount"');
    expect(report).toContain('Aide due\u00a0: non connu');
    expect(report).toContain('Aucun versement connu');
    expect(parseErrors(report)).toEqual([]);
  });

  it('ACI MSP: the points per indicator, the total, the advance and the balance with their dates', () => {
    const report = contractReport(mspYear);
    expect(report).toContain(formatCell('decimal', mspYear.points.total, 'fr')); // 13 710,28
    expect(report).toContain(euroIn('fr', mspYear.total)); // 99 714,87 €
    expect(report).toContain('Avance due le 30/04/2024');
    expect(report).toContain(euroIn('fr', mspYear.advance.amount));
    expect(report).toContain('Solde dû le 30/04/2025');
    expect(count(report, 'class="indicators"')).toBe(1);
    expect(contractReport(mspContract)).toContain('<td class="num" data-key="year">2024</td><td data-key="version">Avenant 1</td>');
    expect(contractReport(mspContract)).not.toContain('2\u202f024');
    const indicators = report.slice(report.indexOf('class="indicators"'));
    for (const i of mspYear.byIndicator) expect(indicators).toContain(i.label.fr);
    expect(textOf(indicators, 'data-total="amount"')).toBe(euroIn('fr', mspYear.amount));
  });

  it('ACI CPTS: the parts of each year stacked, the contract total and each part’s total', () => {
    const report = contractReport(cptsContract);
    expect(textOf(report, 'data-total="total"')).toBe(euroIn('fr', cptsContract.totals.total));
    expect(textOf(report, 'data-total="acces.fixed"')).toBe(formatCell('euro', totalsOf(cpts.SUMMARY_COLUMNS, cpts.summaryRows(cptsContract))['acces.fixed']!, 'fr'));
    for (const y of cptsContract.years) {
      const group = report.slice(report.indexOf(`data-group="${y.contractYear}"`));
      expect(group.slice(0, group.indexOf('</g>'))).toContain(euroIn('fr', y.total));
    }
    expect(report).toContain('data-series="fonctionnement"');
    expect(report).toContain('data-series="acces-variable"');
    expect(count(report, 'data-kind="advance"') + count(report, 'data-kind="balance"') + count(report, 'data-kind="signature"')).toBe(cptsContract.payments.length);
  });
});

/** The reliability badge of each row of a report's year table, in order. */
function yearStatuses(report: string): string[] {
  const table = report.slice(report.indexOf('<table class="years">'), report.indexOf('</table>', report.indexOf('<table class="years">')));
  const body = table.slice(table.indexOf('<tbody>'), table.indexOf('</tbody>'));
  return body.split('</tr>').filter((r) => r.includes('<td')).map((r) => [...r.matchAll(/class="status status-([a-z]+)"/g)].map((m) => m[1]!).pop() ?? '');
}

describe('how sure a year’s figures are', () => {
  it('ACI CPTS: the envelopes not checked against an unknown maximum stay « inconnu » in the explanation, the year’s figures do not', () => {
    const report = contractReport(cptsContract);
    for (const y of cptsContract.years) {
      const check = y.explanation.find((s) => s.rule === 'cpts.maximum')!;
      expect([check.status, check.value]).toEqual(['unknown', null]); // size 3 under avenant 2: no published maximum
    }
    expect(report).toContain('class="step step-unknown" data-rule="cpts.maximum"');
    // Each year's status is that of the contract's step for the year's total (the steps that produced its amounts).
    const totals = cptsContract.explanation.filter((s) => s.rule === 'cpts.year.total').map((s) => s.status);
    expect(totals).toEqual(['assumption', 'assumption', 'assumption', 'assumption', 'assumption']);
    expect(yearStatuses(report)).toEqual(totals);
    expect(yearStatuses(contractReport(cptsYear))).toEqual([totals[1]]);
  });

  it('every scheme: a year’s status is the least certain of the steps that gave a value', () => {
    expect(yearStatuses(contractReport(amContract))).toEqual(amContract.years.map((y) => weakest(y.explanation.filter((s) => s.value !== null).map((s) => s.status))));
    expect(yearStatuses(contractReport(mspContract))).toEqual(mspContract.years.map((y) => weakest(y.explanation.filter((s) => s.value !== null).map((s) => s.status))));
  });
});

describe('what a report marks and escapes', () => {
  it('marks unverified figures and assumptions', () => {
    const report = contractReport(amContract);
    expect(report).toContain('class="status status-unverified">non vérifié</span>');
    expect(report).toContain('class="status status-assumption">hypothèse</span>');
    expect(report).toContain('class="step step-assumption"');
  });

  it('escapes the title and every text it shows', () => {
    const report = contractReport(amContract, { title: '<script>alert("x")</script> & Cie' });
    expect(report).toContain('<title>&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; Cie</title>');
    expect(report).not.toContain('<script>');
    const named = msp.yearlyRemuneration({ ...(example('examples/aci-msp/msp.json') as object), contract: { ...(example('examples/aci-msp/msp.json').contract as object), name: 'MSP <b>du</b> "Port"' } } as never);
    const mspReport = contractReport(named);
    expect(mspReport).toContain('MSP &lt;b&gt;du&lt;/b&gt; &quot;Port&quot;');
    expect(parseErrors(mspReport)).toEqual([]);
  });

  it('shows the eligibility of an assistant-médical contract when given', () => {
    const eligibility = am.checkEligibility({
      signedOn: '2021-09-15',
      option: '1/2',
      doctor: { specialty: 'medecine-generale', sector: '1', zone: 'zip', groupPractice: true, coordinatedPractice: true, patientele: { medecinTraitant: 820 } },
    });
    const report = contractReport(amContract, { eligibility });
    expect(report).toContain('<section id="eligibilite">');
    for (const r of eligibility.reasons) expect(report).toContain(`data-criterion="${r.criterion}"`);
  });

  it('shows a modulated year whose achievement is not given as not known, with no bar and no payment', () => {
    const pending = am.yearlyAid({ signedOn: '2021-09-15', hiredOn: '2021-10-04', option: '1/2', band: 'P30-P50', startingPatients: 820, year: 4 });
    expect(pending.amount).toBeUndefined();
    const report = contractReport(pending);
    expect(report).toContain('data-series="ceiling" data-value="11000.00"');
    expect(report).not.toContain('data-series="amount"');
    expect(report).toContain('Aide due\u00a0: non connu');
    expect(report).toContain('Aucun versement connu');
    expect(parseErrors(report)).toEqual([]);
  });

  it('writes English on request, with English numbers', () => {
    const report = contractReport(amContract, { lang: 'en' });
    expect(report.startsWith('<!doctype html>\n<html lang="en">')).toBe(true);
    expect(report).toContain('€61,585.37');
    expect(report).toContain('Payment timeline');
  });
});

describe('what a report refuses', () => {
  const fails = (f: () => unknown, path: string) => {
    try {
      f();
    } catch (e) {
      expect(isExerciceCoordonneError(e)).toBe(true);
      const [first] = (e as ExerciceCoordonneError).issues;
      expect(first!.path.join('.')).toBe(path);
      // in French as well as in English
      expect(first!.expectedFr, `no French for: ${first!.message}`).not.toBe(first!.expected);
      return;
    }
    expect.fail('expected the library’s error');
  };

  it('anything but a result, naming `result`', () => {
    fails(() => contractReport({ ...amContract } as never), 'result');
    fails(() => contractReport(null as never), 'result');
    fails(() => contractReport(JSON.parse(JSON.stringify(cptsContract)) as never), 'result');
    expect(reportKind({ years: [] })).toBeUndefined();
  });

  it('an option that is not valid', () => {
    fails(() => contractReport(amContract, { lang: 'de' as never }), 'options.lang');
    fails(() => contractReport(amContract, { title: 3 as never }), 'options.title');
    fails(() => contractReport(mspYear, { eligibility: {} as never }), 'options.eligibility');
    fails(() => contractReport(amContract, { eligibility: { eligible: true } as never }), 'options.eligibility');
    // Each contract's own check: the individual's reasons are not the group's criteria, nor the other way round.
    fails(() => contractReport(collectiveContract, { eligibility: am.checkEligibility({ signedOn: '2021-09-15', option: '1/2', doctor: { specialty: 'medecine-generale', sector: '1', zone: 'zip', groupPractice: true, coordinatedPractice: true, patientele: { medecinTraitant: 820 } } }) }), 'options.eligibility');
    fails(() => contractReport(amContract, { eligibility: collectiveEligibility as never }), 'options.eligibility');
  });

  it('its errors in French: a language not offered, an eligibility given to a report that has none', () => {
    const messageFr = (f: () => unknown) => {
      try {
        f();
      } catch (e) {
        return (e as ExerciceCoordonneError).messageIn('fr');
      }
      return expect.fail('expected the library’s error');
    };
    expect(messageFr(() => contractReport(amContract, { lang: 'de' as never }))).toBe('options.lang : reçu "de", attendu "fr" (français) ou "en" (anglais)');
    expect(messageFr(() => contractReport(mspYear, { eligibility: {} as never }))).toBe(
      'options.eligibility : reçu {}, attendu aucune éligibilité : elle n’a sa place que dans le rapport d’un contrat d’assistant médical',
    );
  });
});
