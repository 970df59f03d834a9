/// <reference lib="dom" />
/**
 * The contract reports of the bundled examples (the individual contract with its doctor's eligibility, as `am --example --format html`
 * makes it; the collective contract's too, with its group's eligibility; and of one year of each kind), opened in a real
 * browser at phone and A4 widths: no console error, no failed request, one bar group per year in the
 * chart, the totals shown equal to the library's, no sideways scrolling on a phone, a printable A4 PDF.
 * Screenshots and PDFs land in test/artifacts/reports/ (not committed). Skipped, saying so, when no
 * browser is installed.
 */
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { aciCpts, aciMsp, assistantMedical, euroIn } from '../../dist/index.js';
import { contractReport } from '../../dist/report/index.js';
import { artifacts, BROWSER, launch, ROOT, serve, VIEWPORTS, watchedPage } from './browser.js';

function example(file: string): never {
  const { id: _id, ...input } = JSON.parse(readFileSync(join(ROOT, file), 'utf8')) as Record<string, unknown>;
  return input as never;
}

const amContract = assistantMedical.simulate(example('examples/assistant-medical/contract.json'));
// the bundled example of the command line: the same contract and its doctor
const withDoctor: { signedOn: string; option: '1/2'; specialty: string; doctor: Record<string, unknown> } = example('examples/assistant-medical/contract-with-doctor.json');
const amEligibility = assistantMedical.checkEligibility({ signedOn: withDoctor.signedOn, option: withDoctor.option, doctor: { specialty: withDoctor.specialty, ...withDoctor.doctor } as never });
const collectiveInput: Parameters<typeof assistantMedical.collective.simulate>[0] = example('examples/assistant-medical/collective.json');
const collective = assistantMedical.collective.simulate(collectiveInput);
const collectiveEligibility = assistantMedical.collective.checkEligibility({ signedOn: collectiveInput.signedOn, group: collectiveInput.group! });
const mspYear = aciMsp.yearlyRemuneration(example('examples/aci-msp/msp.json'));
const mspContract = aciMsp.simulate(example('examples/aci-msp/contract.json'));
const cptsContract = aciCpts.simulate(example('examples/aci-cpts/contract.json'));

/** Each report, the number of years its chart must show, a total shown (selector → the library's figure, formatted) and the criteria of its eligibility section (0: none). */
const REPORTS = [
  { name: 'assistant-medical-contrat', html: contractReport(amContract, { title: 'Contrat dr-martin', eligibility: amEligibility }), years: 5, criteria: amEligibility.reasons.length, totals: { '[data-total="amount"]': euroIn('fr', amContract.totals.amount!), '[data-total="ceiling"]': euroIn('fr', amContract.totals.ceiling) } },
  {
    name: 'assistant-medical-collectif-contrat',
    html: contractReport(collective, { title: 'Contrat collectif scm-des-tilleuls', eligibility: collectiveEligibility }),
    years: 5,
    criteria: collectiveEligibility.criteria.length,
    totals: { '[data-total="amount"]': euroIn('fr', collective.totals.amount!), '[data-total="ceiling"]': euroIn('fr', collective.totals.ceiling), '[data-target="medecinTraitant"]': '4\u202f900' },
  },
  { name: 'aci-msp-exercice', html: contractReport(mspYear), years: 1, criteria: 0, totals: { 'table.indicators [data-total="amount"]': euroIn('fr', mspYear.amount) } },
  { name: 'aci-msp-contrat', html: contractReport(mspContract), years: 3, criteria: 0, totals: { 'table.years [data-total="total"]': euroIn('fr', mspContract.totals.total), 'table.years [data-total="advance"]': euroIn('fr', mspContract.totals.advance) } },
  { name: 'aci-cpts-contrat', html: contractReport(cptsContract), years: 5, criteria: 0, totals: { 'table.years [data-total="total"]': euroIn('fr', cptsContract.totals.total), 'table.years [data-total="fonctionnement"]': euroIn('fr', cptsContract.totals.fonctionnement) } },
  { name: 'aci-cpts-annee-2', html: contractReport(cptsContract.years[1]!), years: 1, criteria: 0, totals: {} },
] as const;

describe.skipIf(!BROWSER)('contract reports in a real browser', () => {
  let browser: Browser;
  let closeBrowser: () => Promise<void>;
  let server: { url: string; close: () => Promise<void> };
  const dir = join(ROOT, '.tmp', 'browser-reports');
  const out = artifacts('reports');

  beforeAll(async () => {
    mkdirSync(dir, { recursive: true });
    for (const r of REPORTS) writeFileSync(join(dir, `${r.name}.html`), r.html);
    server = await serve(dir);
    ({ browser, close: closeBrowser } = await launch());
  }, 60_000);

  afterAll(async () => {
    await closeBrowser?.();
    await server?.close();
  });

  it.each(REPORTS)('$name: opens with no error, one bar group per year, the library’s totals, its eligibility criteria, fits a phone', async (r) => {
    const { page, problems } = await watchedPage(browser);
    await page.setViewport(VIEWPORTS.phone);
    await page.goto(`${server.url}/${r.name}.html`, { waitUntil: 'load' });
    expect(await page.$$eval('figure.chart .bar-group', (g) => g.length)).toBe(r.years);
    expect(await page.$$eval('figure.chart .bar-group', (groups) => groups.every((g) => g.querySelectorAll('rect').length > 0))).toBe(true);
    // the eligibility section, when the report has one: each criterion shown
    expect(await page.$$eval('#eligibilite li[data-criterion]', (items) => items.filter((li) => (li as HTMLElement).offsetHeight > 0).length)).toBe(r.criteria);
    for (const [selector, expected] of Object.entries(r.totals)) {
      expect(await page.$eval(selector, (e) => e.textContent), selector).toBe(expected);
    }
    // Readable on a phone: nothing wider than the screen but the tables, which scroll in their own box.
    expect(await page.evaluate('document.documentElement.scrollWidth - window.innerWidth')).toBeLessThanOrEqual(0);
    await page.screenshot({ path: join(out, `${r.name}-telephone.png`) });
    const chart = await page.$('figure.chart');
    await chart!.screenshot({ path: join(out, `${r.name}-graphique-telephone.png`) });

    // Printable on A4: in print, the content fits the width of the page less its margins (210 − 2 × 12 mm).
    await page.emulateMediaType('print');
    await page.setViewport({ width: 703, height: 1000 });
    expect(await page.evaluate('document.documentElement.scrollWidth - window.innerWidth')).toBeLessThanOrEqual(0);
    await page.setViewport(VIEWPORTS.a4);
    await page.screenshot({ path: join(out, `${r.name}-a4.png`) });
    const pdf = await page.pdf({ format: 'A4', printBackground: true });
    writeFileSync(join(out, `${r.name}.pdf`), pdf);
    expect(Buffer.from(pdf).subarray(0, 5).toString()).toBe('%PDF-');
    expect(problems).toEqual([]);
    await page.close();
  }, 60_000);
});
