import { describe, it, expect } from 'vitest';
import { NOT_A_NUMBER, SPACES, parseNumberField, parseTextField } from '../../../src/lib/funnel/parse';
import { rateSchema, volumeSchema, daysSchema, dealValueSchema, stageNameSchema } from '../../../src/schemas/funnel';

const msg = (r: { ok: boolean; message?: string }) => (r.ok ? 'ok' : r.message);

describe('reading what a reader typed into a number field', () => {
  it('accepts plain numbers, thousands commas, spaces around and a trailing %', () => {
    expect(parseNumberField('25', rateSchema)).toEqual({ ok: true, value: 25, alt: null });
    expect(parseNumberField(' 12.5 ', rateSchema)).toEqual({ ok: true, value: 12.5, alt: null });
    expect(parseNumberField('25%', rateSchema)).toEqual({ ok: true, value: 25, alt: null });
    expect(parseNumberField('1,000', volumeSchema)).toEqual({ ok: true, value: 1000, alt: null });
    expect(parseNumberField('0', rateSchema)).toEqual({ ok: true, value: 0, alt: null });
  });

  it('reads ten thousand and two and a half however they are written', () => {
    for (const text of ['10000', '10,000', '10 000', '10\u00a0000', '10.000', '10’000'])
      expect(parseNumberField(text, volumeSchema), text).toEqual({ ok: true, value: 10000, alt: null });
    for (const text of ['2.5', '2,5', '2.5 %', '2,5 %', '2.5%'])
      expect(parseNumberField(text, rateSchema), text).toEqual({ ok: true, value: 2.5, alt: null });
    expect(parseNumberField('1.234.567,89', dealValueSchema)).toEqual({ ok: true, value: 1234567.89, alt: null });
    expect(parseNumberField('1,234,567.89', dealValueSchema)).toEqual({ ok: true, value: 1234567.89, alt: null });
    // Only one reading fits the field: a rate of 12,500 % cannot be, so 12.500 is 12.5.
    expect(parseNumberField('12.500', rateSchema)).toEqual({ ok: true, value: 12.5, alt: null });
  });

  it('does not guess silently when text reads two ways: thousands first, the decimal reading offered', () => {
    expect(parseNumberField('1.500', dealValueSchema)).toEqual({ ok: true, value: 1500, alt: 1.5 });
    expect(parseNumberField('1,500', dealValueSchema)).toEqual({ ok: true, value: 1500, alt: 1.5 });
    // People are whole, so 1.5 people is not a reading.
    expect(parseNumberField('1,500', volumeSchema)).toEqual({ ok: true, value: 1500, alt: null });
  });

  it('refuses every kind of bad input with a message', () => {
    // Each empty field says what it wants, in its own words.
    expect(msg(parseNumberField('', rateSchema))).toBe('This field is empty. Enter a rate in percent, like 25.');
    expect(msg(parseNumberField('   ', daysSchema))).toBe('This field is empty. Enter whole days, like 14.');
    expect(msg(parseNumberField('', volumeSchema))).toBe(
      'This field is empty. Enter how many people enter the funnel each month.',
    );
    expect(msg(parseNumberField('-5', rateSchema))).toBe('A rate cannot be below 0 %.');
    expect(msg(parseNumberField('150', rateSchema))).toBe('A rate cannot be above 100 %.');
    expect(msg(parseNumberField('12.345', rateSchema))).toBe('Use at most two decimal places.');
    expect(msg(parseNumberField('abc', rateSchema))).toBe(NOT_A_NUMBER);
    expect(msg(parseNumberField('1e400', volumeSchema))).toBe('Write the number in full digits, without "e".');
    expect(msg(parseNumberField('about 30 leads', rateSchema))).toBe(NOT_A_NUMBER);
    expect(msg(parseNumberField('99999999999999999999', volumeSchema))).toBe('Use at most 1,000,000,000 a month.');
    expect(msg(parseNumberField('9'.repeat(400), volumeSchema))).toBe('That number is too large.');
    expect(msg(parseNumberField('0', volumeSchema))).toBe('At least 1 person must enter the funnel.');
    expect(msg(parseNumberField('2.5', volumeSchema))).toBe('Use a whole number of people.');
    expect(msg(parseNumberField('800', daysSchema))).toBe('Use at most 730 days (two years).');
    expect(msg(parseNumberField('0', dealValueSchema))).toBe('The deal value must be more than 0.');
    expect(msg(parseNumberField('1.5.5', rateSchema))).toBe(NOT_A_NUMBER);
    expect(msg(parseNumberField('2,5', volumeSchema))).toBe('Use a whole number of people.');
    expect(NOT_A_NUMBER).toMatch(/12,500\.5 or 12\.500,5/);
  });
});

describe('reading a stage name', () => {
  it('trims, and refuses empty names and names over 40 characters, saying how long', () => {
    expect(parseTextField('  MQL ', stageNameSchema)).toEqual({ ok: true, value: 'MQL' });
    expect(msg(parseTextField('   ', stageNameSchema))).toBe('Give the stage a name.');
    expect(msg(parseTextField('x'.repeat(41), stageNameSchema))).toBe('Keep names to 40 characters. This one has 41.');
    expect(parseTextField('x'.repeat(40), stageNameSchema).ok).toBe(true);
  });
});

describe('issue 28: numbers and names that used to be misread or refused without a reason', () => {
  it('refuses "1 2" rather than read it as 12, and still reads digits grouped in threes', () => {
    expect(msg(parseNumberField('1 2', volumeSchema))).toBe(SPACES);
    expect(msg(parseNumberField('10 00', volumeSchema))).toBe(SPACES);
    expect(parseNumberField('1 000 000', volumeSchema)).toEqual({ ok: true, value: 1_000_000, alt: null });
    expect(parseNumberField('12 500,5', dealValueSchema)).toEqual({ ok: true, value: 12_500.5, alt: null });
  });

  it('accepts Arabic-Indic digits, ".5" and "+5"', () => {
    expect(parseNumberField('٥٠٠٠', volumeSchema)).toEqual({ ok: true, value: 5000, alt: null });
    expect(parseNumberField('۲٫۵', rateSchema)).toEqual({ ok: true, value: 2.5, alt: null });
    expect(parseNumberField('.5', rateSchema)).toEqual({ ok: true, value: 0.5, alt: null });
    expect(parseNumberField(',5', rateSchema)).toEqual({ ok: true, value: 0.5, alt: null });
    expect(parseNumberField('+5', rateSchema)).toEqual({ ok: true, value: 5, alt: null });
    expect(msg(parseNumberField('+-5', rateSchema))).toBe(NOT_A_NUMBER);
  });

  it('strips bidi controls from stage names and refuses names that show nothing', () => {
    expect(parseTextField('\u202eMQL\u202c', stageNameSchema)).toEqual({ ok: true, value: 'MQL' });
    expect(parseTextField('\u2067مبيعات', stageNameSchema)).toEqual({ ok: true, value: 'مبيعات' });
    expect(msg(parseTextField('\u200b\u200b', stageNameSchema))).toBe(
      'Give the stage a name made of letters or digits that show.',
    );
    // A zero-width joiner inside a real name is kept (scripts and emoji need it).
    expect(parseTextField('می\u200cخواهم', stageNameSchema)).toEqual({ ok: true, value: 'می\u200cخواهم' });
  });
});
