/**
 * The reference site, built from the built package into a temporary folder (as `npm run docs:site` does
 * into site/): a page for every parameter and every reading of the texts, every link between pages
 * resolving to a generated file (and anchor), well-formed HTML in French, nothing loaded from elsewhere,
 * French numbers and dates, the rules that read a parameter taken from the corpus, the words of a scheme
 * page taken from the tables (change a figure in the data, the page changes).
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, normalize } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildSite, ROOT, siteContext, type SiteContext } from '../../scripts/site/build.mjs';
import { NOT_READ_BY_CORPUS } from '../../scripts/site/not-read.mjs';
import { schemaFields, schemePage } from '../../scripts/site/pages.mjs';
import { count, externalResources, parseErrors } from '../support/html.js';

const OUT = join(ROOT, '.tmp', 'site-test');
let ctx: SiteContext;
let files: string[] = [];
const read = (path: string) => readFileSync(join(OUT, path), 'utf8');
/** Text as the site's `html` tag writes it (scripts/site/html.mjs). */
const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

beforeAll(() => {
  ctx = siteContext();
  files = buildSite(OUT, ctx);
}, 60_000);

describe('the reference site', () => {
  it('has a page for every parameter and every reading of the texts of the three schemes', () => {
    const params = ctx.schemes.flatMap((s) => [...s.parameters.keys()]);
    expect(params.length).toBeGreaterThan(150);
    for (const id of params) expect(files, id).toContain(`parametres/${id}.html`);
    for (const s of ctx.schemes) for (const r of s.rules) expect(files, r.id).toContain(`regles/${r.id}.html`);
    for (const page of ['index.html', 'parametres.html', 'non-verifies.html', 'schemas.html', 'exemples.html', 'style.css', 'assistant-medical.html', 'assistant-medical-collective.html', 'aci-msp.html', 'aci-cpts.html']) {
      expect(files).toContain(page);
    }
  });

  it('is well-formed HTML in French, each page titled', () => {
    const problems: string[] = [];
    for (const f of files.filter((x) => x.endsWith('.html'))) {
      const page = read(f);
      if (!page.startsWith('<!doctype html>\n<html lang="fr">')) problems.push(`${f}: not a French document`);
      if (!/<title>[^<]+<\/title>/.test(page)) problems.push(`${f}: no title`);
      for (const e of parseErrors(page)) problems.push(`${f}: ${e}`);
    }
    expect(problems).toEqual([]);
  });

  it('loads nothing from elsewhere: its one stylesheet, and one inline script on the parameters page only', () => {
    const problems: string[] = [];
    for (const f of files.filter((x) => x.endsWith('.html'))) {
      const page = read(f);
      const resources = externalResources(page).filter((r) => !/^<link rel="stylesheet" href="(\.\.\/)*style\.css">$/.test(r));
      if (resources.length > 0) problems.push(`${f}: ${resources.join(', ')}`);
      const scripts = count(page, '<script');
      if (scripts !== (f === 'parametres.html' ? 1 : 0)) problems.push(`${f}: ${scripts} scripts`);
      if (/<script[^>]*\bsrc=/.test(page)) problems.push(`${f}: a script loaded from a file`);
    }
    expect(problems).toEqual([]);
    expect(read('style.css')).not.toMatch(/url\(|@import/);
  });

  it('links only to pages it generated, and to anchors they hold', () => {
    const broken: string[] = [];
    const anchors = new Map<string, Set<string>>();
    const idsOf = (f: string) => {
      if (!anchors.has(f)) anchors.set(f, new Set([...read(f).matchAll(/\bid="([^"]+)"/g)].map((m) => m[1]!)));
      return anchors.get(f)!;
    };
    let links = 0;
    for (const f of files.filter((x) => x.endsWith('.html'))) {
      for (const m of read(f).matchAll(/\bhref="([^"]+)"/g)) {
        const target = m[1]!.replace(/&amp;/g, '&');
        if (/^(https?:|mailto:)/.test(target)) continue;
        links++;
        const [path, anchor] = target.split('#') as [string, string | undefined];
        const resolved = path === '' ? f : normalize(join(dirname(f), path));
        if (!files.includes(resolved) || !existsSync(join(OUT, resolved))) broken.push(`${f} → ${target}`);
        else if (anchor && resolved.endsWith('.html') && !idsOf(resolved).has(anchor)) broken.push(`${f} → ${target} (no such anchor)`);
      }
    }
    expect(links).toBeGreaterThan(1000);
    expect(broken).toEqual([]);
  });

  it('writes numbers and dates the French way', () => {
    const page = read('parametres/am.aid.ceiling.etp-1-2.year-3-plus.html');
    expect(page).toContain('10\u202f500,00\u00a0€');
    expect(page).toContain('11\u202f000,00\u00a0€');
    expect(page).toContain('<td>01/09/2019</td><td>22/06/2024</td>');
    expect(read('parametres/am.payment.year-1.advance-rate.html')).toContain('70\u00a0%');
    expect(read('parametres/msp.precarite.cap.html')).toContain('25\u00a0%');
  });

  it('shows every period of a parameter with its status, sources and note', () => {
    const page = read('parametres/am.regime.html');
    expect(count(page, '<tr><td>')).toBe(3);
    expect(page).toContain('https://www.legifrance.gouv.fr/loda/id/JORFTEXT000038934376');
    expect(page).toContain('<td>L’avenant 7 a été approuvé par l’arrêté du 14 août 2019 (JORF du 20 août 2019)');
    expect(page).not.toContain('Avenant 7 was approved');
    expect(page).toContain('status-unverified');
  });
});

describe('the rules that read a parameter', () => {
  it('come from the explanation steps of the corpus (examples and golden cases)', () => {
    expect(ctx.corpus.computations).toBeGreaterThan(150);
    expect(ctx.corpus.failures).toBe(0);
    const readers = ctx.corpus.byParameter.get('am.aid.ceiling.etp-1-2.year-3-plus')!;
    expect([...readers.keys()]).toContain('am.aid.ceiling');
    const page = read('parametres/am.aid.ceiling.etp-1-2.year-3-plus.html');
    expect(page).toContain('<tr data-rule="am.aid.ceiling">');
    expect(page).toContain('exemple : examples/assistant-medical/contract.json');
  });

  it('name the readings of the texts the steps cite, with a link', () => {
    const page = read('parametres/am.objective.etp-1-2.p30-p50.html');
    expect(page).toContain('href="../regles/am.rule.objective-measure.html"');
    expect(read('regles/am.rule.amount-reference-date.html')).toContain('<tr data-rule="am.aid.amount-reference-date">');
  });

  it('say so when no computation of the corpus reads the parameter, and why (scripts/site/not-read.mjs)', () => {
    const unread = ctx.schemes.flatMap((s) => [...s.parameters.keys()].filter((id) => !ctx.corpus.byParameter.has(id)));
    expect(unread.length).toBeLessThan(ctx.schemes.reduce((n, s) => n + s.parameters.size, 0) / 4);
    for (const id of unread) {
      const page = read(`parametres/${id}.html`);
      expect(page, id).toContain(
        NOT_READ_BY_CORPUS[id]?.kind === 'not-cited' ? 'Aucune étape des explications du corpus ne cite ce paramètre. La raison : ' : 'Aucun calcul du corpus ne lit ce paramètre. La raison : ',
      );
      expect(page, id).toContain(escapeHtml(NOT_READ_BY_CORPUS[id]!.reason));
    }
    const read1 = ctx.schemes.flatMap((s) => [...s.parameters.keys()].filter((id) => ctx.corpus.byParameter.has(id)));
    for (const id of read1) expect(read(`parametres/${id}.html`), id).not.toMatch(/Aucun calcul du corpus|Aucune étape des explications du corpus/);
  });
});

describe('the corpus reads every parameter and every reading of the texts, or says why not', () => {
  const parameters = () => new Map(ctx.schemes.flatMap((s) => [...s.parameters]));
  const readings = () => new Set(ctx.schemes.flatMap((s) => s.rules.map((r) => r.id)));

  it('every parameter and every reading is read by a step of an example or a golden case, or listed in scripts/site/not-read.mjs with its reason', () => {
    const unread = [
      ...[...parameters().keys()].filter((id) => !ctx.corpus.byParameter.has(id)),
      ...[...readings()].filter((id) => !ctx.corpus.byReading.has(id)),
    ];
    // Add a golden case (test/golden/*.yaml) whose computation reads it, or, if none can, list it with its reason.
    expect(unread.filter((id) => !(id in NOT_READ_BY_CORPUS))).toEqual([]);
  });

  it('lists no id that the corpus reads or that no longer exists (a stale exception is removed)', () => {
    const known = parameters();
    const rules = readings();
    for (const id of Object.keys(NOT_READ_BY_CORPUS)) {
      expect(known.has(id) || rules.has(id), `${id}: neither a parameter nor a reading`).toBe(true);
      expect(ctx.corpus.byParameter.has(id) || ctx.corpus.byReading.has(id), `${id}: read by the corpus, remove it from the exceptions`).toBe(false);
    }
  });

  it('an exception of kind "unknown" has no value at any date, and every reason says something', () => {
    const known = parameters();
    for (const [id, e] of Object.entries(NOT_READ_BY_CORPUS)) {
      expect(e.reason, id).toMatch(/\S.{40,}/);
      expect(['unknown', 'not-cited'], id).toContain(e.kind);
      if (e.kind === 'unknown') expect(known.get(id)?.periods.map((p) => p.status), id).toSatisfy((statuses: string[] | undefined) => !!statuses && statuses.length > 0 && statuses.every((x) => x === 'unknown'));
    }
  });
});

describe('the pages of content', () => {
  it('a scheme page states the rules text by text, each figure linked to its parameter page', () => {
    const page = read('assistant-medical.html');
    for (const text of ['avenant-7', 'reglement-arbitral-2023', 'convention-2024']) expect(page).toContain(`<section class="text" id="texte-${text}">`);
    expect(page).toContain('<a class="figure" href="parametres/am.contract.duration-years.html" title="am.contract.duration-years">5</a>');
    // the amount of a year-3 half-time under each text: the value in force at the text's start
    const avenant7 = page.slice(page.indexOf('id="texte-avenant-7"'), page.indexOf('id="texte-reglement-arbitral-2023"'));
    const convention = page.slice(page.indexOf('id="texte-convention-2024"'));
    expect(avenant7).toContain('title="am.aid.ceiling.etp-1-2.year-3-plus">10\u202f500,00\u00a0€</a>');
    expect(convention).toContain('title="am.aid.ceiling.etp-1-2.year-3-plus">11\u202f000,00\u00a0€</a>');
    expect(page).toContain('<section id="dates">');
  });

  it('the collective contract has its own page: its rules in plain words, its figures (ETP as ETP), its readings, its inputs', () => {
    const page = read('assistant-medical-collective.html');
    expect(page).toContain('<section class="text" id="texte-collective-2026">');
    expect(page).toContain('<a class="figure" href="parametres/am.collective.aid.per-etp.year-1.html" title="am.collective.aid.per-etp.year-1">38\u202f000,00\u00a0€</a>');
    expect(page).toContain('title="am.collective.etp.per-doctor">1 ETP</a>'); // a count of ETP, not « 100 % »
    expect(page).toContain('title="am.collective.etp.pamsu-bonus">0,5 ETP</a>');
    expect(page).toContain('société civile de moyens (SCM)');
    expect(page).toContain('title="am.collective.modulation.rule">le plus faible des deux taux</a>');
    expect(page).not.toMatch(/\d\s?%<\/a>[^<]*par médecin/);
    // Its readings and figures only; the individual contract's page no longer lists them, and links to this page.
    const readings = page.slice(page.indexOf('<section id="lectures">'), page.indexOf('</section>', page.indexOf('<section id="lectures">')));
    expect(readings).toContain('regles/am.collective.rule.fractional-etp.html');
    expect(readings).not.toContain('regles/am.rule.');
    const table = page.slice(page.indexOf('<section id="parametres">'));
    expect(count(table, '<tr data-search=')).toBe([...ctx.schemes[0]!.parameters.keys()].filter((id) => id.startsWith('am.collective.')).length);
    const individual = read('assistant-medical.html');
    expect(individual).toContain('<a href="assistant-medical-collective.html">Aide collective à l’emploi d’assistants médicaux</a>');
    expect(individual.slice(individual.indexOf('<section id="parametres">'))).not.toContain('am.collective.');
    expect(individual.slice(individual.indexOf('<section id="dates">'), individual.indexOf('<section id="parametres">'))).not.toContain('am.collective.');
    // Its inputs: the JSON Schemas of assistantMedical.collective, on the scheme's page of schemas.
    for (const name of ['collectiveCheckEligibility', 'collectiveMaxEtp', 'collectiveObjective', 'collectiveSimulate', 'collectiveYearlyAid']) {
      expect(page).toContain(`href="schemas/assistant-medical.html#${name}"`);
    }
    expect(read('schemas/assistant-medical.html')).toContain('Entrée de <a href="../assistant-medical-collective.html">Aide collective à l’emploi d’assistants médicaux</a> (<code>assistantMedical.collective</code>)');
    // A parameter of the collective contract is shown with its words, under its page.
    const perDoctor = read('parametres/am.collective.etp.per-doctor.html');
    expect(perDoctor).toContain('<a href="../assistant-medical-collective.html">Aide collective à l’emploi d’assistants médicaux</a>');
    expect(perDoctor).toContain('<td class="num">1 ETP</td>');
    expect(perDoctor).toContain('<dt>Unité</dt><dd>nombre (ETP)</dd>');
  });

  it('the collective contract’s example and golden cases are in the corpus: its figures are read', () => {
    const readers = ctx.corpus.byParameter.get('am.collective.aid.per-etp.year-3-plus')!;
    expect([...readers.keys()]).toContain('am.collective.aid.ceiling');
    expect([...readers.get('am.collective.aid.ceiling')!.origins].join(' ')).toMatch(/exemple : examples\/assistant-medical\/collective\.json|cas de référence/);
    expect(ctx.corpus.byReading.has('am.collective.rule.fractional-etp')).toBe(true);
    const example = ctx.examples.find((e) => e.file === 'examples/assistant-medical/collective.json')!;
    expect(example.page).toBe('exemples/assistant-medical-collective.html');
    const page = read(example.page);
    expect(page).toContain('calculé par <code>assistantMedical.collective.simulate</code>');
    expect(page).toContain('608\u202f846,15\u00a0€'); // the total of the summary, from core totalsOf
    const report = read(example.report);
    expect(report).toContain('<title>Contrat collectif de quatre médecins généralistes, cinq ETP, signé en 2026</title>');
    expect(count(report, 'class="bar-group"')).toBe(5);
  });

  it('a scheme page says what the tables say: change a figure in the data and the page changes', () => {
    const scheme = ctx.schemes.find((s) => s.id === 'assistant-medical')!;
    const original = scheme.parameters.get('am.contract.duration-years')!;
    const changed = new Map(scheme.parameters);
    changed.set(original.id, { ...original, periods: original.periods.map((p) => ({ ...p, value: '7' })) });
    const page = schemePage(ctx, { ...scheme, parameters: changed });
    expect(page).toContain('title="am.contract.duration-years">7</a>');
    expect(page).not.toContain('title="am.contract.duration-years">5</a>');
  });

  it('the unverified page lists every figure that is not verified, by scheme and status, as docs/unverified.md does', () => {
    const page = read('non-verifies.html');
    for (const s of ctx.schemes) {
      const periods = [...s.parameters.values()].flatMap((p) => p.periods.filter((x) => x.status !== 'verified').map(() => p.id));
      const section = page.slice(page.indexOf(`<section id="${s.id}">`), page.indexOf('</section>', page.indexOf(`<section id="${s.id}">`)));
      expect(count(section, '<tr data-id='), s.id).toBe(periods.length);
    }
    const markdown = readFileSync(join(ROOT, 'docs', 'unverified.md'), 'utf8');
    const ids = [...markdown.matchAll(/^\| `([a-z0-9.-]+)`<br>/gm)].map((m) => m[1]!);
    expect(ids.length).toBeGreaterThan(50);
    expect(ids.filter((id) => !page.includes(`<code>${id}</code>`))).toEqual([]);
  });

  it('the input schemas show every field with its type and description', () => {
    const page = read('schemas/assistant-medical.html');
    expect(page).toContain('<code>signedOn</code>');
    expect(page).toContain('texte (date AAAA-MM-JJ)');
    expect(page).toContain('<code>achievements[].reachedPatients</code>');
    const fields = schemaFields(ctx.schemes[0]!.schemas.find((x) => x.name === 'simulate')!.schema);
    expect(fields.find((f) => f.path === 'option')?.type).toMatch(/^une valeur parmi /);
  });

  it('each bundled example has its page (summary, payments, explanation) and its report', () => {
    for (const e of ctx.examples) {
      const page = read(e.page);
      expect(page).toContain('<table class="summary">');
      expect(page).toContain('<ol class="steps">');
      const report = read(e.report);
      expect(report.startsWith('<!doctype html>\n<html lang="fr">')).toBe(true);
      expect(count(report, 'class="bar-group"')).toBeGreaterThan(0);
    }
    const msp = read('exemples/aci-msp-contract.html');
    expect(msp).toContain('<td class="num">2024</td><td>Avenant 1</td>'); // a calendar year, and the text by its name
    expect(msp).not.toContain('2\u202f024');
  });

  it('the parameters page holds every parameter, each row with what the filter searches, accents removed', () => {
    const page = read('parametres.html');
    const total = ctx.schemes.reduce((n, s) => n + s.parameters.size, 0);
    expect(count(page, '<tr data-search="')).toBe(total);
    expect(page).toMatch(/<tr data-search="[^"]*majoration precarite : plafond[^"]*" data-id="msp.precarite.cap">/);
    expect(page).toContain('<div class="filter" id="filtre-zone" hidden>');
  });
});
