/// <reference lib="dom" />
/**
 * A sample of the reference site's pages in a real browser, served from localhost: no console error, no
 * failed request (the stylesheet and every page load), readable on a phone; the filter box of the
 * parameters page finds a parameter by its id and by a French word, with or without accents, and the
 * page stays readable without script. Screenshots land in test/artifacts/site/ (not committed).
 * Skipped, saying so, when no browser is installed.
 */
import { join } from 'node:path';
import type { Browser, Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildSite, siteContext } from '../../scripts/site/build.mjs';
import { artifacts, BROWSER, launch, ROOT, serve, VIEWPORTS, watchedPage } from './browser.js';

const PAGES = [
  'index.html',
  'assistant-medical.html',
  'aci-msp.html',
  'aci-cpts.html',
  'parametres.html',
  'parametres/am.aid.ceiling.etp-1-2.year-3-plus.html',
  'parametres/cpts.maximum.t3.html',
  'regles/msp.rule.precarite-formule.html',
  'non-verifies.html',
  'schemas/aci-cpts.html',
  'exemples/assistant-medical-contract.html',
  'rapports/aci-cpts-contract.html',
];

describe.skipIf(!BROWSER)('the reference site in a real browser', () => {
  let browser: Browser;
  let closeBrowser: () => Promise<void>;
  let server: { url: string; close: () => Promise<void> };
  const dir = join(ROOT, '.tmp', 'browser-site');
  const out = artifacts('site');

  beforeAll(async () => {
    buildSite(dir, siteContext());
    server = await serve(dir);
    ({ browser, close: closeBrowser } = await launch());
  }, 60_000);

  afterAll(async () => {
    await closeBrowser?.();
    await server?.close();
  });

  it.each(PAGES)('%s opens with no error and no failed request, and fits a phone', async (path) => {
    const { page, problems } = await watchedPage(browser);
    await page.setViewport(VIEWPORTS.phone);
    await page.goto(`${server.url}/${path}`, { waitUntil: 'load' });
    expect(await page.evaluate('document.documentElement.lang')).toBe('fr');
    // The stylesheet applied (the site's header is blue), so it loaded.
    if (!path.startsWith('rapports/')) expect(await page.$eval('header.site', (e) => getComputedStyle(e).backgroundColor)).toBe('rgb(29, 79, 145)');
    expect(await page.evaluate('document.documentElement.scrollWidth - window.innerWidth')).toBeLessThanOrEqual(0);
    const name = path.replace(/\//g, '_').replace(/\.html$/, '');
    await page.screenshot({ path: join(out, `${name}-telephone.png`) });
    await page.setViewport(VIEWPORTS.desktop);
    await page.screenshot({ path: join(out, `${name}-bureau.png`) });
    expect(problems).toEqual([]);
    await page.close();
  }, 60_000);

  describe('the filter box of the parameters page', () => {
    let page: Page;
    let problems: string[];
    const visible = (p: Page) => p.$$eval('tr[data-id]', (rows) => rows.filter((r) => !(r as HTMLElement).hidden).map((r) => r.getAttribute('data-id')));
    const type = async (p: Page, text: string) => {
      await p.$eval('#filtre', (e) => ((e as HTMLInputElement).value = ''));
      await p.type('#filtre', text);
    };

    beforeAll(async () => {
      ({ page, problems } = await watchedPage(browser));
      await page.setViewport(VIEWPORTS.desktop);
      await page.goto(`${server.url}/parametres.html`, { waitUntil: 'load' });
    }, 60_000);

    afterAll(async () => {
      await page?.close();
    });

    it('shows itself only with script, every parameter before typing', async () => {
      expect(await page.$eval('#filtre-zone', (e) => (e as HTMLElement).hidden)).toBe(false);
      const all = await visible(page);
      expect(all.length).toBeGreaterThan(150);
      expect(await page.$eval('#filtre-compte', (e) => e.textContent)).toBe(`${all.length} paramètres affichés sur ${all.length}`);
    });

    it('finds a parameter by its id', async () => {
      await type(page, 'am.aid.ceiling.etp-1-2.year-3-plus');
      expect(await visible(page)).toEqual(['am.aid.ceiling.etp-1-2.year-3-plus', 'am.aid.ceiling.etp-1-2.year-3-plus.p90-p95']);
    });

    it('finds a parameter by a French word, with or without its accents', async () => {
      await type(page, 'précarité plafond');
      expect(await visible(page)).toEqual(['msp.precarite.cap']);
      await type(page, 'precarite plafond');
      expect(await visible(page)).toEqual(['msp.precarite.cap']);
      await type(page, 'Durée du contrat');
      expect(await visible(page)).toEqual(expect.arrayContaining(['am.contract.duration-years']));
      await type(page, 'zzz-aucun');
      expect(await visible(page)).toEqual([]);
      expect(await page.$eval('#filtre-compte', (e) => e.textContent)).toMatch(/^0 paramètre affiché sur \d+$/);
      await page.screenshot({ path: join(artifacts('site'), 'parametres-filtre.png') });
      expect(problems).toEqual([]);
    });

    it('leaves every parameter readable without script', async () => {
      const plain = await browser.newPage();
      await plain.setJavaScriptEnabled(false);
      await plain.goto(`${server.url}/parametres.html`, { waitUntil: 'load' });
      expect(await visible(plain)).toHaveLength((await page.$$('tr[data-id]')).length);
      expect(await plain.$eval('#filtre-zone', (e) => (e as HTMLElement).hidden)).toBe(true);
      await plain.close();
    });
  });
});
