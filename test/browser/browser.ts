/**
 * What the browser tests share: the browser (Debian's chromium-headless-shell or chromium, driven by
 * puppeteer-core, which never downloads a browser of its own), a tiny static server on localhost, the
 * folder of screenshots and PDFs (test/artifacts/, not committed) and a page that records console errors
 * and failed requests.
 */
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { extname, join, normalize } from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';

export const ROOT = join(import.meta.dirname, '..', '..');
export const ARTIFACTS = join(ROOT, 'test', 'artifacts');

/**
 * The browser to drive: `CHROMIUM_PATH`, else Debian's headless shell, else Debian's chromium; undefined
 * when none is installed (or when `CHROMIUM_PATH=none`, to see the suite without a browser).
 */
export function findBrowser(): string | undefined {
  if (process.env['CHROMIUM_PATH'] === 'none') return undefined;
  const candidates = [process.env['CHROMIUM_PATH'], '/usr/bin/chromium-headless-shell', '/usr/bin/chromium'];
  return candidates.find((p): p is string => typeof p === 'string' && p !== '' && existsSync(p));
}

export const BROWSER = findBrowser();

if (!BROWSER) {
  const message = 'Browser tests SKIPPED: no browser found (install chromium-headless-shell with apt, or set CHROMIUM_PATH).';
  if (process.env['REQUIRE_BROWSER'] === '1') throw new Error(`${message} REQUIRE_BROWSER=1 asks for them.`);
  console.warn(`\n*** ${message} ***\n`);
}

/** Launches the browser in a fresh profile, sandbox off (the tests run as root in CI). */
export async function launch(): Promise<{ browser: Browser; close: () => Promise<void> }> {
  const profile = mkdtempSync(join(tmpdir(), 'exercice-coordonne-chromium-'));
  const browser = await puppeteer.launch({
    executablePath: BROWSER!,
    headless: true,
    userDataDir: profile,
    args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  return {
    browser,
    close: async () => {
      await browser.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

const TYPES: Record<string, string> = { '.html': 'text/html; charset=utf-8', '.css': 'text/css; charset=utf-8', '.json': 'application/json', '.png': 'image/png' };

/** Serves `dir` on 127.0.0.1 (a free port); a missing file is a 404, which a test sees as a failed request. */
export async function serve(dir: string): Promise<{ url: string; close: () => Promise<void> }> {
  const server: Server = createServer((req, res) => {
    const path = normalize(decodeURIComponent(new URL(req.url ?? '/', 'http://localhost').pathname)).replace(/^(\.\.[/\\])+/, '');
    const file = join(dir, path.endsWith('/') ? `${path}index.html` : path);
    if (!file.startsWith(dir) || !existsSync(file)) {
      res.writeHead(404).end('not found');
      return;
    }
    res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' }).end(readFileSync(file));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address() as { port: number };
  return { url: `http://127.0.0.1:${address.port}`, close: () => new Promise((resolve) => server.close(() => resolve())) };
}

/** A page that records its console errors, uncaught errors and failed requests (network errors and HTTP ≥ 400). */
export async function watchedPage(browser: Browser): Promise<{ page: Page; problems: string[] }> {
  const page = await browser.newPage();
  const problems: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error') problems.push(`console error: ${m.text()}`);
  });
  page.on('pageerror', (e) => problems.push(`page error: ${String(e)}`));
  page.on('requestfailed', (r) => problems.push(`failed request: ${r.url()} ${r.failure()?.errorText ?? ''}`));
  page.on('response', (r) => {
    if (r.status() >= 400) problems.push(`HTTP ${r.status()}: ${r.url()}`);
  });
  return { page, problems };
}

/** The viewports of the screenshots: a phone, A4 paper width at 96 dpi, a desktop. */
export const VIEWPORTS = {
  phone: { width: 390, height: 844, isMobile: true, hasTouch: true, deviceScaleFactor: 1 },
  a4: { width: 794, height: 1123 },
  desktop: { width: 1280, height: 900 },
} as const;

/** The folder of a test's artefacts, made if needed. */
export function artifacts(kind: string): string {
  const dir = join(ARTIFACTS, kind);
  mkdirSync(dir, { recursive: true });
  return dir;
}
