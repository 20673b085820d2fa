import { describe, it, expect } from 'vitest';
import {
  formatCount,
  formatPct,
  formatMoney,
  formatSigned,
  numbersFor,
  pluralName,
} from '../../../src/lib/funnel/format';
import { currencies, currencyLocales } from '../../../src/schemas/funnel';

const sp = (s: string) => s.replace(/\u00a0/g, ' ');

describe('display rounding', () => {
  it('shows counts with one decimal below 10 and whole numbers from 10 up', () => {
    expect(['1.5', '2', '0.3', '10', '10', '240', '12,346', '<\u00a00.1'].map(String)).toEqual(
      [1.5, 2, 0.25, 9.96, 10.4, 240.2, 12345.6, 0.04].map((n) => formatCount(n)),
    );
  });

  it('never prints NaN or Infinity', () => {
    for (const bad of [NaN, Infinity, -Infinity]) {
      expect(formatCount(bad)).toBe('—');
      expect(formatPct(bad)).toBe('—');
      expect(formatMoney(bad, 'USD')).toBe('—');
      expect(formatSigned(bad, formatCount)).toBe('—');
    }
    expect(formatPct(null)).toBe('—');
    expect(formatMoney(null, 'USD')).toBe('—');
  });

  it('shows percentages to a sensible precision', () => {
    expect([25, 12.5, 2.06, 0.0206, 0.15, 0, 1e-7, 99.99].map((p) => sp(formatPct(p)))).toEqual([
      '25 %',
      '12.5 %',
      '2.06 %',
      '0.021 %',
      '0.15 %',
      '0 %',
      '< 0.0001 %',
      '100 %',
    ]);
  });

  it('shows money with cents only below 100', () => {
    expect(formatMoney(15000, 'USD')).toBe('$15,000');
    expect(formatMoney(4000.5, 'USD')).toBe('$4,001');
    expect(formatMoney(12.345, 'USD')).toBe('$12.35');
    // Each currency as it is usually written (see the next block): euros the German way.
    expect(sp(formatMoney(24750, 'EUR'))).toBe('24.750 €');
    expect(formatMoney(1.5, 'USD')).toBe('$1.50');
    expect(formatMoney(12, 'USD')).toBe('$12');
  });

  it('follows the currency’s minor unit and says absurd figures in words', () => {
    expect(formatMoney(12.5, 'JPY')).toBe('￥13');
    expect(formatMoney(1_000_000_000, 'USD')).toBe('1 billion US dollars');
    expect(formatMoney(2_345_678_901, 'USD')).toBe('more than 2 billion US dollars');
    expect(formatMoney(1.5e12, 'EUR')).toBe('more than 1 trillion euros');
  });

  it('signs differences', () => {
    expect(formatSigned(2.5, formatCount)).toBe('+2.5');
    expect(formatSigned(-250, formatCount)).toBe('−250');
    expect(formatSigned(0, formatCount)).toBe('0');
  });
});

describe('numbers written as the funnel’s currency is usually written', () => {
  it('has a locale for every currency the builder offers', () => {
    for (const c of currencies) expect(() => new Intl.NumberFormat(currencyLocales[c])).not.toThrow();
    expect(Object.keys(currencyLocales).sort()).toEqual([...currencies].sort());
  });

  it('writes money with each currency’s own symbol, grouping and decimal mark', () => {
    const amounts = (c: (typeof currencies)[number]) => [120000, 12.5].map((n) => sp(formatMoney(n, c)));
    expect(amounts('USD')).toEqual(['$120,000', '$12.50']);
    expect(amounts('EUR')).toEqual(['120.000 €', '12,50 €']);
    expect(amounts('GBP')).toEqual(['£120,000', '£12.50']);
    expect(amounts('INR')).toEqual(['₹1,20,000', '₹12.50']);
    expect(amounts('JPY')).toEqual(['￥120,000', '￥13']);
    expect(amounts('SEK')).toEqual(['120 000 kr', '12,50 kr']);
    expect(amounts('CHF')[0]).toMatch(/^CHF 120['’]000$/);
  });

  it('writes people and percentages in the page’s English whatever the currency, and money as its currency is written', () => {
    const eur = numbersFor('EUR');
    expect([eur.count(97360.4), eur.count(6.1875), eur.count(9.96)]).toEqual(['97,360', '6.2', '10']);
    expect([2.5, 0.0206, 1e-7].map((p) => sp(eur.pct(p)))).toEqual(['2.5 %', '0.021 %', '< 0.0001 %']);
    expect(sp(eur.money(120000))).toBe('120.000 €');
    expect(eur.locale).toBe('en-US');
    for (const c of currencies) expect(numbersFor(c).count(97360)).toBe('97,360');
    const usd = numbersFor('USD');
    expect([usd.count(73360.4), sp(usd.pct(2.5)), usd.money(120000)]).toEqual(['73,360', '2.5 %', '$120,000']);
  });

  it('still says absurd amounts in English words, whatever the currency', () => {
    expect(numbersFor('EUR').money(2_345_678_901)).toBe('more than 2 billion euros');
    expect(numbersFor('SEK').money(-1e9)).toBe('minus 1 billion Swedish kronor');
  });

  it('never prints NaN or Infinity in any locale', () => {
    for (const c of currencies) {
      const n = numbersFor(c);
      expect([n.count(NaN), n.pct(Infinity), n.money(-Infinity), n.money(null)]).toEqual(['—', '—', '—', '—']);
    }
  });
});

describe('plural stage names for sentences', () => {
  it('pluralises the last word only when it is a word', () => {
    expect(pluralName('MQL', 40)).toBe('MQLs');
    expect(pluralName('Opportunity', 6)).toBe('Opportunities');
    expect(pluralName('Sales accepted lead', 3)).toBe('Sales accepted leads');
    expect(pluralName('Box', 3)).toBe('Boxes');
    expect(pluralName('Demo day', 3)).toBe('Demo days');
    expect(pluralName('Stage 2', 3)).toBe('Stage 2');
    expect(pluralName('MQL', 1)).toBe('MQL');
    expect(pluralName('MQL', 1.04)).toBe('MQL');
  });
});

describe('issue 28: a tiny funnel never reads "0 Customers and $1"', () => {
  it('writes a count between 0 and 0.05 as "< 0.1", and 0 as 0', async () => {
    const { formatCount } = await import('../../../src/lib/funnel/format');
    expect(formatCount(0.04)).toBe('<\u00a00.1');
    expect(formatCount(0)).toBe('0');
    expect(formatCount(0.05)).toBe('0.1');
  });
});
