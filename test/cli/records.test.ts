/**
 * From a CSV header and rows to records and output: which column fills which field, no header reaching a
 * prototype, and no row (whatever it makes the library throw) stopping the others.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { ExerciceCoordonneError, issue } from '../../src/core/errors.js';
import { amCommand } from '../../src/cli/am.js';
import type { Command } from '../../src/cli/command.js';
import { cptsCommand } from '../../src/cli/cpts.js';
import { columnsOf, conflictsOf } from '../../src/cli/fields.js';
import { mspCommand } from '../../src/cli/msp.js';
import { RecordBuilder, processBatch, type ShowSettings } from '../../src/cli/process.js';

const settings = (format: ShowSettings['format'], lang: ShowSettings['lang'] = 'fr'): ShowSettings => ({ format, lang, explain: false, csv: 'en' });

describe('headers', () => {
  it('a field by its name or a French alias, whatever the case, accents, spaces or apostrophe', () => {
    const cols = columnsOf(['Identifiant', 'DATE DE SIGNATURE', 'date d’embauche', "Date d'embauche ", 'Option', 'tranche', 'Patientele de depart', 'Atteint 3', 'reached.4', 'seuil p30', 'objectif.5'], amCommand);
    expect(cols.map((c) => c.path)).toEqual(['id', 'signedOn', 'hiredOn', 'hiredOn', 'option', 'band', 'startingPatients', 'reached.3', 'reached.4', 'thresholds.p30', 'target.5']);
    expect(cols.map((c) => c.kind)).toEqual(['text', 'date', 'date', 'date', 'choice', 'code', 'number', 'number', 'number', 'number', 'number']);
  });

  it('two columns for one field, or one inside another, are conflicts; two overrides are not nested', () => {
    const [c] = conflictsOf(columnsOf(['band', 'id', 'Tranche'], amCommand));
    expect(c!.map((x) => [x.header, x.position])).toEqual([
      ['band', 1],
      ['Tranche', 3],
    ]);
    expect(conflictsOf(columnsOf(['doctor', 'doctor.age'], { fields: [{ path: 'doctor', kind: 'text' }, { path: 'doctor.age', kind: 'number' }] }))).toHaveLength(1);
    expect(conflictsOf(columnsOf(['overrides.am.aid', 'overrides.am.aid.ceiling'], amCommand))).toEqual([]);
  });

  it('a path through __proto__, constructor or prototype is reserved, in any case; a name no field has is unknown', () => {
    const cols = columnsOf(['__proto__.band', 'constructor.x', 'a.prototype', 'Constructor', 'overrides.__proto__', 'commentaire', ''], amCommand);
    expect(cols.map((c) => c.status)).toEqual(['reserved', 'reserved', 'reserved', 'reserved', 'reserved', 'unknown', 'unnamed']);
  });

  it('dotted MSP and CPTS columns keep their family typing, case restored', () => {
    const msp = columnsOf(['achievements.horaires-ouverture-snp.SaturdayMorningOpen', 'achievements.si-standard.since', 'Taux C2S', 'contract.foo'], mspCommand);
    expect(msp.map((c) => [c.status, c.path, c.kind])).toEqual([
      ['known', 'achievements.horaires-ouverture-snp.saturdayMorningOpen', 'boolean'],
      ['known', 'achievements.si-standard.since', 'date'],
      ['known', 'contract.precarity.c2sRate', 'ratio'],
      ['unknown', '', 'text'],
    ]);
    const cpts = columnsOf(['contract.missions.0.start', 'resultsByYear.2.indicators.acces.sas', 'contract.envelopes.acces.fixed', 'Population'], cptsCommand);
    expect(cpts.map((c) => c.kind)).toEqual(['date', 'text', 'decimal', 'number']);
  });
});

describe('records', () => {
  afterEach(() => {
    for (const k of ['band', 'x', 'polluted']) delete (Object.prototype as Record<string, unknown>)[k];
  });

  it('no column name reaches Object.prototype; such a column is reported on each row that fills it, first', () => {
    const cols = columnsOf(['id', '__proto__.band', 'constructor.prototype.x', 'a.prototype', 'signedOn', '__proto__'], amCommand);
    const builder = new RecordBuilder(cols, 'fr', 'am');
    const built = builder.build(['r1', 'P95+', 'oops', 'y', '31/02/2024', '{"polluted":1}']);
    expect(({} as Record<string, unknown>)['band']).toBeUndefined();
    expect(({} as Record<string, unknown>)['x']).toBeUndefined();
    expect(Object.getPrototypeOf(built.record)).toBe(Object.prototype);
    expect(Object.keys(built.record)).toEqual(['id']);
    expect(built.problems.map((p) => p.column)).toEqual(['__proto__.band', 'constructor.prototype.x', 'a.prototype', '__proto__', 'signedOn']);
    expect(built.problems[0]!.message).toContain('refusée');
    // a row that leaves them empty is not polluted by the row before
    expect(builder.build(['r2', '', '', '', '2024-09-01', ''])).toEqual({ record: { id: 'r2', signedOn: '2024-09-01' }, problems: [] });
  });

  it('a cell of an unnamed column is reported; an empty one is not', () => {
    const builder = new RecordBuilder(columnsOf(['id', ''], amCommand), 'en', 'am');
    expect(builder.build(['a', '']).problems).toEqual([]);
    expect(builder.build(['a', 'note']).problems[0]!.message).toBe('value "note" in column 2, which has no header');
  });

  it('list indexes make lists (CPTS missions), French values converted', () => {
    const cols = columnsOf(['contract.signedOn', 'contract.population', 'contract.missions.0.mission', 'contract.missions.0.start', 'contract.missions.1.mission'], cptsCommand);
    expect(new RecordBuilder(cols, 'fr', 'cpts').build(['15/04/2022', '91 000', 'acces', '15/10/2022', 'crise']).record).toEqual({
      contract: { signedOn: '2022-04-15', population: 91000, missions: [{ mission: 'acces', start: '2022-10-15' }, { mission: 'crise' }] },
    });
  });
});

describe('a row that makes the library throw anything', () => {
  const thrower = (what: unknown): Command<unknown> => ({
    ...(amCommand as Command<unknown>),
    run(record) {
      if ((record as { id?: string }).id === 'bad') throw what;
      return amCommand.run({ signedOn: '2024-09-01', hiredOn: '2024-10-01', option: '1/2', band: 'P30-P50', year: 1 });
    },
  });
  const batch = { items: [{ line: 2, record: { id: 'a' } }, { line: 3, record: { id: 'bad' } }, { line: 4, record: { id: 'c' } }], start: 0 };

  for (const [name, what] of [
    ['a RangeError', new RangeError('euro amount 19000.005 is not a whole number of cents')],
    ['a TypeError', new TypeError("Cannot read properties of undefined (reading 'x')")],
    ['a string', 'boom'],
    ['undefined', undefined],
    ['an object that cannot be shown', Object.create(null)],
  ] as const) {
    it(`${name}: that row is invalid with a message, the others are computed`, () => {
      for (const format of ['table', 'jsonl', 'csv', 'json'] as const) {
        const out = processBatch(thrower(what), batch, settings(format));
        expect(out, format).toMatchObject({ valid: 2, invalid: 1 });
      }
      const lines = processBatch(thrower(what), batch, settings('jsonl'))
        .text.trim()
        .split('\n')
        .map((l) => JSON.parse(l));
      expect(lines.map((l) => [l.line, l.ok])).toEqual([
        [2, true],
        [3, false],
        [4, true],
      ]);
      expect(lines[1].errors).toHaveLength(1);
      expect(lines[1].errors[0].message).toMatch(/^le calcul de cette ligne a échoué : (RangeError: euro amount|TypeError: Cannot read|boom|undefined|\[object Object\])/);
    });
  }

  it('the library’s own error: every issue of the row, not "(and N more)"', () => {
    const err = new ExerciceCoordonneError('invalid-input', [
      issue(['signedOn'], 'x', { en: 'a date', fr: 'une date' }),
      issue(['option'], '3', { en: 'an option', fr: 'une option' }),
      issue(['band'], 'Z', { en: 'a band', fr: 'une tranche' }),
    ]);
    const out = processBatch(thrower(err), batch, settings('table'));
    expect(out.text).toContain('Ligne 3 — bad : invalide\n  · signedOn : reçu "x", attendu une date\n  · option : reçu "3", attendu une option\n  · band : reçu "Z", attendu une tranche\n');
    expect(out.text).not.toContain('more)');
    const en = processBatch(thrower(err), batch, settings('table', 'en'));
    expect(en.text).toContain('  · signedOn: received "x", expected a date\n  · option: received "3", expected an option\n  · band: received "Z", expected a band\n');
  });

  it('a result whose display throws is still one invalid row', () => {
    const broken: Command<unknown> = { ...(amCommand as Command<unknown>), run: () => ({}), rows: () => [], table: () => { throw new Error('display'); } };
    const out = processBatch(broken, { items: [{ line: 1, record: {} }], start: 0 }, settings('table', 'en'));
    expect(out).toMatchObject({ valid: 0, invalid: 1 });
    expect(out.text).toContain('computing this row failed: Error: display');
  });
});
