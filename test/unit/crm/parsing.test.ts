import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import { byPattern, guessDateOrder, monthKey, parseDate } from '../../../src/lib/crm/dates';
import { clockHours, parseAmount, parseDurationHours, unitFromHeader } from '../../../src/lib/crm/numbers';

const at = (y: number, mo: number, d: number, h = 0, mi = 0) => Date.UTC(y, mo - 1, d, h, mi);

describe('parseDate', () => {
  test('reads ISO, US and European forms', () => {
    expect(parseDate('2025-03-04', 'mdy')).toBe(at(2025, 3, 4));
    expect(parseDate('2025-03-04 09:15', 'dmy')).toBe(at(2025, 3, 4, 9, 15));
    expect(parseDate('2025-03-04T09:15:00.000Z', 'dmy')).toBe(at(2025, 3, 4, 9, 15));
    expect(parseDate('2025-03-04T11:15:00+02:00', 'dmy')).toBe(at(2025, 3, 4, 9, 15));
    expect(parseDate('3/4/2025, 9:15 PM', 'mdy')).toBe(at(2025, 3, 4, 21, 15));
    expect(parseDate('3/4/2025 12:05 AM', 'mdy')).toBe(at(2025, 3, 4, 0, 5));
    expect(parseDate('04.03.2025 09:15', 'dmy')).toBe(at(2025, 3, 4, 9, 15));
    expect(parseDate('04/03/25', 'dmy')).toBe(at(2025, 3, 4));
  });
  test('refuses what is not a date', () => {
    for (const bad of ['', 'n/a', '31/31/2025', '2025-02-30', '13/13/2025', '2025-03-04 25:00', '13:00 PM 1/1/2025'])
      expect(parseDate(bad, 'dmy')).toBeNull();
    expect(parseDate('31/04/2025', 'dmy')).toBeNull();
  });
  test('any date written in any of the three forms reads back as itself', () => {
    fc.assert(
      fc.property(fc.date({ min: new Date('2000-01-01'), max: new Date('2099-12-31'), noInvalidDate: true }), (d) => {
        const t = Math.floor(d.getTime() / 60_000) * 60_000;
        const x = new Date(t);
        const [y, m, day, h, mi] = [
          x.getUTCFullYear(),
          x.getUTCMonth() + 1,
          x.getUTCDate(),
          x.getUTCHours(),
          x.getUTCMinutes(),
        ];
        const p = (n: number) => String(n).padStart(2, '0');
        expect(parseDate(`${y}-${p(m)}-${p(day)} ${p(h)}:${p(mi)}`, 'mdy')).toBe(t);
        expect(parseDate(`${m}/${day}/${y} ${h % 12 || 12}:${p(mi)} ${h < 12 ? 'AM' : 'PM'}`, 'mdy')).toBe(t);
        expect(parseDate(`${p(day)}.${p(m)}.${y} ${p(h)}:${p(mi)}`, 'dmy')).toBe(t);
      }),
    );
  });
});

describe('guessDateOrder', () => {
  test('a day above 12 decides the order, and says which date showed it', () => {
    expect(guessDateOrder(['03/04/2025', '25/04/2025'], 'mdy')).toEqual({
      order: 'dmy',
      ambiguous: false,
      mixed: false,
      evidence: '25/04/2025',
      yearFirst: false,
    });
    expect(guessDateOrder(['04/25/2025', '1/2/2025'], 'dmy').order).toBe('mdy');
  });
  test('when no date decides, the fallback is used and reported as ambiguous', () => {
    expect(guessDateOrder(['03/04/2025', '2025-07-30'], 'dmy')).toMatchObject({ order: 'dmy', ambiguous: true });
  });
  test('a file with only year-first dates needs no order', () => {
    expect(guessDateOrder(['2025-03-04 09:15', '2025-07-30'], 'dmy')).toMatchObject({
      ambiguous: false,
      yearFirst: true,
    });
  });
  test('a file mixing both orders is reported', () => {
    expect(guessDateOrder(['25/04/2025', '26/04/2025', '04/27/2025'], 'mdy')).toMatchObject({
      order: 'dmy',
      mixed: true,
    });
  });
});

test('monthKey', () => expect(monthKey(at(2025, 12, 31, 23, 59))).toBe('2025-12'));

describe('parseAmount', () => {
  test('reads both digit styles and strips currency', () => {
    expect(parseAmount('12500')).toBe(12500);
    expect(parseAmount('12,500.50')).toBe(12500.5);
    expect(parseAmount('12.500,50')).toBe(12500.5);
    expect(parseAmount('$3,574.00')).toBe(3574);
    expect(parseAmount('1.200 €')).toBe(1200);
    expect(parseAmount('EUR 99,90')).toBe(99.9);
    expect(parseAmount('')).toBeNull();
    expect(parseAmount('call me')).toBeNull();
  });
});

describe('durations', () => {
  test('units come from the header', () => {
    expect(unitFromHeader('Minutes to first response')).toBe('minutes');
    expect(unitFromHeader('Time to first engagement (HH:mm:ss)')).toBe('hours');
    expect(unitFromHeader('Response time (ms)')).toBe('ms');
  });
  test('reads clock times and numbers in a unit', () => {
    expect(parseDurationHours('01:30:00', 'hours')).toBe(1.5);
    expect(parseDurationHours('90', 'minutes')).toBe(1.5);
    expect(parseDurationHours('5400000', 'ms')).toBe(1.5);
    expect(parseDurationHours('-3', 'hours')).toBeNull();
  });
});

describe('the quick reading of clock times', () => {
  test('gives what the pattern gives, for clock times, near misses and anything else', () => {
    const pattern = (t: string) => {
      const m = /^(\d{1,5}):([0-5]\d)(?::([0-5]\d))?$/.exec(t);
      return m ? +m[1]! + +m[2]! / 60 + +(m[3] ?? 0) / 3600 : null;
    };
    const part = fc.stringMatching(/^[0-9]{0,6}$/);
    const clock = fc
      .tuple(part, fc.constantFrom(':', '.', ''), part, fc.constantFrom(':', ''), part, fc.constantFrom('', ' ', 'h'))
      .map((p) => p.join(''));
    fc.assert(
      fc.property(fc.oneof(clock, fc.string({ maxLength: 12 })), (t) => {
        expect(clockHours(t)).toBe(pattern(t));
      }),
      { numRuns: 3000 },
    );
    expect(clockHours('02:30:36')).toBe(2.51);
    expect(clockHours('2:60')).toBeNull();
  });
});

describe('the quick reading of plain ISO dates', () => {
  test('gives what the patterns give, for valid, impossible and odd-looking dates alike', () => {
    const digits = (n: number) => fc.array(fc.constantFrom(...'0123456789'), { minLength: n, maxLength: n });
    const part = (n: number) =>
      fc.oneof({ weight: 8, arbitrary: digits(n).map((d) => d.join('')) }, fc.string({ minLength: n, maxLength: n }));
    const iso = fc
      .tuple(
        part(4),
        fc.constantFrom('-', '/', '.'),
        part(2),
        fc.constantFrom('-', '/'),
        part(2),
        fc.option(fc.tuple(fc.constantFrom(' ', 'T', 't', '_'), part(2), fc.constantFrom(':', '.'), part(2)), {
          nil: null,
        }),
        fc.option(fc.tuple(fc.constantFrom(':', '-'), part(2)), { nil: null }),
        fc.constantFrom('', '', 'Z', '+02:00', ' '),
      )
      .map(([y, s1, mo, s2, d, time, sec, zone]) =>
        [y, s1, mo, s2, d, time ? time.join('') : '', time && sec ? sec.join('') : '', zone].join(''),
      );
    fc.assert(
      fc.property(iso, fc.constantFrom('mdy' as const, 'dmy' as const), (text, order) => {
        expect(parseDate(text, order)).toBe(byPattern(text.trim(), order));
      }),
      { numRuns: 3000 },
    );
    expect(parseDate(' 2024-02-29 23:59:59 ', 'mdy')).toBe(Date.UTC(2024, 1, 29, 23, 59, 59));
    expect(parseDate('2025-02-29', 'mdy')).toBeNull();
  });
});
