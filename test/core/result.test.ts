import { inspect } from 'node:util';
import { describe, expect, it } from 'vitest';
import type { Decimal } from 'decimal.js';
import { Dec, euro, ratioValue } from '../../src/core/money.js';
import { step, type Explanation } from '../../src/core/explain.js';
import { PaidResult, RESULT_KIND, isResult, once, resultKind, type Payment } from '../../src/core/result.js';

class Sample extends PaidResult {
  get [RESULT_KIND](): 'test.sample' {
    return 'test.sample';
  }
  readonly year: number;
  readonly amount: Decimal;
  readonly rate: Decimal;
  constructor(counter: { explained: number; paid: number }) {
    const amount = euro('8585.37');
    const payments = once((): Payment[] => {
      counter.paid++;
      return [{ date: '2025-10-04', amount, kind: 'annual', label: { fr: 'Aide de l’année 4', en: 'Aid of year 4' } }];
    });
    super(
      (): Explanation => {
        counter.explained++;
        return [step({ rule: 'test.amount', label: { fr: 'Montant', en: 'Amount' }, value: amount }), step({ rule: 'test.payments', label: { fr: 'Versements', en: 'Payments' }, value: payments().length })];
      },
      payments,
    );
    this.year = 4;
    this.amount = amount;
    this.rate = ratioValue(new Dec(160).dividedBy(205));
  }
}

describe('the result model', () => {
  it('builds payments and explanation on first read only, then keeps them', () => {
    const counter = { explained: 0, paid: 0 };
    const r = new Sample(counter);
    expect(counter).toEqual({ explained: 0, paid: 0 });
    expect(r.payments).toBe(r.payments);
    expect(counter.paid).toBe(1);
    expect(r.explanation).toBe(r.explanation);
    expect(counter).toEqual({ explained: 1, paid: 1 });
  });

  it('JSON gives everything: figures, then payments, then explanation, amounts as strings', () => {
    const json = JSON.parse(JSON.stringify(new Sample({ explained: 0, paid: 0 }))) as Record<string, unknown>;
    expect(Object.keys(json)).toEqual(['year', 'amount', 'rate', 'payments', 'explanation']);
    expect(json['amount']).toBe('8585.37');
    expect((json['payments'] as { amount: string }[])[0]!.amount).toBe('8585.37');
    expect((json['explanation'] as unknown[]).length).toBe(2);
  });

  it('a spread copies the computed figures only', () => {
    const counter = { explained: 0, paid: 0 };
    expect(Object.keys({ ...new Sample(counter) })).toEqual(['year', 'amount', 'rate']);
    expect(counter).toEqual({ explained: 0, paid: 0 });
  });

  it('the REPL shows French euros, rounded percentages, the payments and the count of steps', () => {
    const text = inspect(new Sample({ explained: 0, paid: 0 }), { colors: false });
    expect(text).toContain('Sample {');
    expect(text).toContain('amount: 8\u202f585,37\u00a0€');
    expect(text).toContain('rate: 78,05\u00a0%');
    expect(text).toContain("date: '2025-10-04'");
    expect(text).toContain('[2 étapes : .explanation]');
    expect(text).not.toContain('8585.37');
  });
});

describe('the kind of a result (its brand)', () => {
  it('says what the result is, on the prototype: neither a field, nor in JSON, nor copied by a spread', () => {
    const r = new Sample({ explained: 0, paid: 0 });
    expect(resultKind(r)).toBe('test.sample');
    expect(isResult(r)).toBe(true);
    expect(isResult(r, 'test.sample')).toBe(true);
    expect(isResult(r, 'test.other')).toBe(false);
    expect(Object.getOwnPropertySymbols(r)).toEqual([]);
    expect(Object.keys(JSON.parse(JSON.stringify(r)) as object)).not.toContain('kind');
    expect(JSON.stringify(r)).not.toContain('test.sample');
    expect(resultKind({ ...r })).toBeUndefined();
    expect(resultKind(JSON.parse(JSON.stringify(r)))).toBeUndefined();
  });

  it('is read under a registered symbol, as another copy of the library (the other build) writes it', () => {
    // A class of "another build": nothing shared with ours but the registered symbol.
    class Elsewhere {
      get [Symbol.for('exercice-coordonne.result')]() {
        return 'test.elsewhere';
      }
    }
    expect(resultKind(new Elsewhere())).toBe('test.elsewhere');
    expect(isResult(new Elsewhere(), 'test.elsewhere')).toBe(true);
  });

  it('is undefined for anything else, even a value whose getter throws', () => {
    for (const v of [null, undefined, 3, 'aci-msp.year', {}, [], { [Symbol.for('exercice-coordonne.result')]: 4 }]) expect(resultKind(v)).toBeUndefined();
    const hostile = new Proxy({}, { get: () => { throw new Error('no'); } });
    expect(resultKind(hostile)).toBeUndefined();
    expect(isResult(hostile)).toBe(false);
  });
});
