import { describe, it, expect } from 'vitest';
import { csvCell, csvText } from '../../src/lib/csv';

describe('CSV cells (one rule for every export)', () => {
  it('leaves plain text and numbers as they are', () => {
    expect(csvCell('MQL')).toBe('MQL');
    expect(csvCell('Sales accepted lead')).toBe('Sales accepted lead');
    expect(csvCell(12.345)).toBe('12.35');
    expect(csvCell(-3)).toBe('-3');
  });

  it('quotes a cell holding a comma, semicolon, quote, tab or line break (RFC 4180)', () => {
    expect(csvCell('Lead, warm')).toBe('"Lead, warm"');
    expect(csvCell('Lead; warm')).toBe('"Lead; warm"');
    expect(csvCell('The "A" list')).toBe('"The ""A"" list"');
    expect(csvCell('a\tb')).toBe('"a\tb"');
    expect(csvCell('line 1\nline 2')).toBe('"line 1\nline 2"');
    expect(csvCell('line 1\r\nline 2')).toBe('"line 1\r\nline 2"');
  });

  it('puts an apostrophe before text a spreadsheet would run as a formula', () => {
    expect(csvCell('=SUM(A1)')).toBe("'=SUM(A1)");
    expect(csvCell('+1 555')).toBe("'+1 555");
    expect(csvCell('-1')).toBe("'-1");
    expect(csvCell('@cmd')).toBe("'@cmd");
    expect(csvCell('\tx')).toBe('"\'\tx"');
    expect(csvCell('\rx')).toBe('"\'\rx"');
    expect(csvCell('=HYPERLINK("http://x","y")')).toBe('"\'=HYPERLINK(""http://x"",""y"")"');
    expect(csvCell('a=b')).toBe('a=b');
  });

  it('writes null and numbers that are not finite as empty cells, never NaN', () => {
    expect(csvCell(null)).toBe('');
    expect(csvCell(NaN)).toBe('');
    expect(csvCell(Infinity)).toBe('');
  });

  it('joins rows with CRLF and ends the file with one', () => {
    expect(
      csvText([
        ['Stage', 'Rate'],
        ['MQL, warm', 40],
      ]),
    ).toBe('Stage,Rate\r\n"MQL, warm",40\r\n');
  });
});
