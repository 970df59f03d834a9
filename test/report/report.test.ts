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
import { isExerciceCoordonneError } from '../../src/core/errors.js';
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
const mspYear = msp.yearlyRemuneration(example('examples/aci-msp/msp.json') as never);
const mspContract = msp.simulate(example('examples/aci-msp/contract.json') as never);
const cptsContract = cpts.simulate(example('examples/aci-cpts/contract.json') as never);
const cptsYear = cptsContract.years[1]!;

const CASES = [
  { name: 'assistant médical, contract', result: amContract, kind: 'assistant-medical.contract', years: 5 },
  { name: 'assistant médical, one year', result: amYear, kind: 'assistant-medical.year', years: 1 },
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
      expect((e as { issues: { path: (string | number)[] }[] }).issues[0]!.path.join('.')).toBe(path);
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
  });
});
