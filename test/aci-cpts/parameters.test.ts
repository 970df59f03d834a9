import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { lintTable, valueAt } from '../../src/core/parameters.js';
import { PARAMETERS, RULES, type CptsParameterId } from '../../src/aci-cpts/parameters.js';

const docs = readFileSync(fileURLToPath(new URL('../../docs/aci-cpts.md', import.meta.url)), 'utf8');

describe('the ACI CPTS parameter table', () => {
  it('is sorted, without overlap, every value sourced, every doubt explained (lintTable)', () => {
    expect(lintTable(PARAMETERS)).toEqual([]);
  });

  it('every id is in the CptsParameterId type (so overrides autocomplete)', () => {
    const missions = ['acces', 'parcours', 'prevention', 'qualite', 'accompagnement'] as const;
    const typed: CptsParameterId[] = [
      'cpts.text',
      'cpts.contract.duration',
      'cpts.size.threshold.1-2',
      'cpts.size.threshold.2-3',
      'cpts.size.threshold.3-4',
      'cpts.size.at-threshold.1-2',
      'cpts.size.at-threshold.2-3',
      'cpts.size.at-threshold.3-4',
      'cpts.fonctionnement.t1',
      'cpts.fonctionnement.t2',
      'cpts.fonctionnement.t3',
      'cpts.fonctionnement.t4',
      'cpts.maximum.t1',
      'cpts.maximum.t2',
      'cpts.maximum.t3',
      'cpts.maximum.t4',
      'cpts.missions.socle',
      'cpts.missions.optional',
      ...(['acces', 'parcours', 'prevention', 'crise'] as const).flatMap((m) => [`cpts.deadline.${m}.start` as const, `cpts.deadline.${m}.deployed` as const]),
      'cpts.crise.effective-date',
      ...missions.flatMap((m) => [`cpts.envelope.t3.${m}.fixed` as const, `cpts.envelope.t3.${m}.variable` as const]),
      'cpts.envelope.t3.crise.plan-writing',
      'cpts.envelope.t3.crise.crisis-block',
      'cpts.payment.advance-ratio',
      'cpts.crise.update-ratio',
      'cpts.payment.signature-is-year-1-fonctionnement',
      'cpts.payment.prorata-unit',
      'cpts.variable.prorate-first-year',
    ];
    expect([...PARAMETERS.keys()].sort()).toEqual([...new Set(typed)].sort());
  });

  it('every parameter is typed: choices and lists name their values, counts, months and years have a legal range', () => {
    for (const p of PARAMETERS.values()) {
      if (p.unit === 'choice' || p.unit === 'list') expect(p.choices?.length ?? 0, p.id).toBeGreaterThan(0);
      if (p.unit === 'count' || p.unit === 'months' || p.unit === 'years') expect(p.range?.min, p.id).toBe('1');
    }
    expect(PARAMETERS.get('cpts.contract.duration')!.range).toEqual({ min: '1', max: '10' });
    expect(PARAMETERS.get('cpts.deadline.acces.start')!.range).toEqual({ min: '1', max: '120' });
    expect(PARAMETERS.get('cpts.size.threshold.1-2')!.range).toEqual({ min: '1', max: '10000000' });
    expect(PARAMETERS.get('cpts.missions.socle')!.choices).toEqual(['acces', 'parcours', 'prevention', 'crise', 'qualite', 'accompagnement']);
  });

  it('only a figure with a primary source is verified; an unknown period carries no value', () => {
    for (const p of PARAMETERS.values()) {
      for (const period of p.periods) {
        if (period.status === 'unknown') expect(period.value).toBeUndefined();
        if (period.status === 'verified') expect(period.sources.some((s) => s.kind === 'primary')).toBe(true);
      }
    }
  });

  it('the confirmed figures of the fact sheet are the defaults (fonctionnement 50/60/75/90 k€, maxima, deadlines 6/18 and 12/24)', () => {
    const at = (id: string, on: string) => valueAt(PARAMETERS.get(id)!, on).value;
    expect(['t1', 't2', 't3', 't4'].map((t) => at(`cpts.fonctionnement.${t}`, '2024-01-01'))).toEqual(['50000', '60000', '75000', '90000']);
    expect(['t1', 't2', 't3', 't4'].map((t) => at(`cpts.maximum.${t}`, '2021-01-01'))).toEqual(['220000', '287000', '370000', '450000']);
    expect(at('cpts.maximum.t4', '2022-04-01')).toBe('580000');
    expect(['acces', 'parcours', 'prevention', 'crise'].map((m) => [at(`cpts.deadline.${m}.start`, '2023-01-01'), at(`cpts.deadline.${m}.deployed`, '2023-01-01')])).toEqual([
      ['6', '18'],
      ['12', '24'],
      ['12', '24'],
      ['6', '18'],
    ]);
  });

  it('avenant 2 is a dated version: the crisis mission and the 580 000 € ceiling exist from 1 April 2022, not the day before', () => {
    const socle = PARAMETERS.get('cpts.missions.socle')!;
    expect(valueAt(socle, '2022-03-31').value).toEqual(['acces', 'parcours', 'prevention']);
    expect(valueAt(socle, '2022-04-01').value).toEqual(['acces', 'parcours', 'prevention', 'crise']);
    expect(valueAt(PARAMETERS.get('cpts.maximum.t4')!, '2022-03-31').value).toBe('450000');
    expect(valueAt(PARAMETERS.get('cpts.text')!, '2022-03-31').value).toBe('aci-2019');
    expect(valueAt(PARAMETERS.get('cpts.text')!, '2022-04-01').value).toBe('avenant-2');
  });

  it('the crisis mission takes effect on 3 September 2022 (two CPTS sites, unverified), later than the rest of avenant 2', () => {
    const p = PARAMETERS.get('cpts.crise.effective-date')!;
    expect(p.unit).toBe('date');
    expect(p.periods).toHaveLength(1);
    expect(p.periods[0]).toMatchObject({ from: '2022-04-01', value: '2022-09-03', status: 'unverified' });
    expect(p.periods[0]!.sources.map((s) => s.url)).toEqual([
      'https://www.cptsduval.fr/nouvelle-mission-socle-crise-sanitaire/',
      'https://cptsautourdubois.fr/portfolio/plan-de-reponse-a-la-gestion-dune-crise-sanitaire',
    ]);
    expect(p.periods[0]!.sources.every((s) => s.kind === 'secondary')).toBe(true);
  });

  it('the size boundaries: 40 000 is size 2 and 175 000 size 3 on the ARS page (unverified), 80 000 stays an assumption', () => {
    const at = (id: string) => valueAt(PARAMETERS.get(id)!, '2024-01-01');
    expect([at('cpts.size.at-threshold.1-2').value, at('cpts.size.at-threshold.1-2').status]).toEqual(['upper', 'unverified']);
    expect([at('cpts.size.at-threshold.3-4').value, at('cpts.size.at-threshold.3-4').status]).toEqual(['lower', 'unverified']);
    expect([at('cpts.size.at-threshold.2-3').value, at('cpts.size.at-threshold.2-3').status]).toEqual(['upper', 'assumption']);
    for (const id of ['cpts.size.at-threshold.1-2', 'cpts.size.at-threshold.3-4']) {
      expect(at(id).sources.find((s) => s.url.includes('hauts-de-france.paps.sante.fr'))?.kind, id).toBe('primary');
    }
  });

  it('the fonctionnement of every size rests on the press (unverified); the 2019 entry into force is unverified, 24 and 25 August both in the note', () => {
    for (const t of ['t1', 't2', 't3', 't4']) {
      const period = valueAt(PARAMETERS.get(`cpts.fonctionnement.${t}`)!, '2024-01-01');
      expect(period.status, t).toBe('unverified');
      expect(period.note?.en, t).toMatch(/press only/);
    }
    const text2019 = valueAt(PARAMETERS.get('cpts.text')!, '2019-08-25');
    expect(text2019.status).toBe('unverified');
    expect(text2019.note?.en).toMatch(/24 August/);
    expect(text2019.note?.en).toMatch(/25 août/);
    expect(text2019.note?.fr).toMatch(/24 août 2019/);
    expect(text2019.note?.fr).toMatch(/25 août/);
  });

  it('the first-year prorata is one overridable rule with both readings, days by default (assumption)', () => {
    const p = PARAMETERS.get('cpts.payment.prorata-unit')!;
    expect(p.unit).toBe('choice');
    expect(p.choices).toEqual(['days', 'months']);
    expect(valueAt(p, '2024-01-01')).toMatchObject({ value: 'days', status: 'assumption' });
    expect(valueAt(p, '2024-01-01').note?.en).toMatch(/33 750/);
    expect(valueAt(p, '2024-01-01').note?.fr).toMatch(/33 934,43 €/);
  });

  it('every rule reading has sources or is an assumption, and a note', () => {
    for (const r of Object.values(RULES)) {
      expect(r.sources.length > 0 || r.status === 'assumption').toBe(true);
      expect(r.note?.fr.length ?? 0).toBeGreaterThan(0);
      expect(r.note?.en.length ?? 0).toBeGreaterThan(0);
    }
  });

  it('docs/aci-cpts.md lists every parameter that is not verified, and every rule reading', () => {
    const missing: string[] = [];
    for (const p of PARAMETERS.values()) {
      if (p.periods.some((period) => period.status !== 'verified') && !docs.includes(`\`${p.id}\``)) missing.push(p.id);
    }
    for (const r of Object.values(RULES)) if (!docs.includes(`\`${r.id}\``)) missing.push(r.id);
    expect(missing).toEqual([]);
  });
});
