import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import Papa from 'papaparse';
import { CsvPieces, type CsvFormat } from '../../../src/lib/crm/csv-pieces';

const comma: CsvFormat = { delimiter: ',', newline: '\r\n' };

/** Every row of `text` read through CsvPieces, cut where `cuts` say (as a file's stream would be). */
function inPieces(text: string, cuts: number[], format: CsvFormat = comma): string[][] {
  const pieces = new CsvPieces(format);
  const rows: string[][] = [];
  let from = 0;
  for (const at of [...cuts].sort((a, b) => a - b)) {
    rows.push(...pieces.push(text.slice(from, at)));
    from = at;
  }
  rows.push(...pieces.push(text.slice(from)), ...pieces.end());
  return rows;
}

/** Papa Parse's rows for the whole text at once, without the empty row after a final line break. */
function whole(text: string, format: CsvFormat = comma): string[][] {
  const rows = Papa.parse<string[]>(text, { ...format, newline: format.newline as '\n' }).data;
  if (/[\r\n]$/.test(text) && rows.length > 0 && rows.at(-1)!.join('') === '') rows.pop();
  return rows;
}

describe('CSV read in pieces', () => {
  test('hand-worked: a row and a quoted cell with a line break cut in the middle', () => {
    const text = 'Name,Note\r\nAna,"first\r\nsecond"\r\nBen,plain\r\n';
    expect(inPieces(text, [3, 14, 20, 21, 37])).toEqual([
      ['Name', 'Note'],
      ['Ana', 'first\r\nsecond'],
      ['Ben', 'plain'],
    ]);
  });

  test('a blank line and a last row without a line break are kept, as in one reading', () => {
    const text = 'a;b\n\n1;2\n3;4';
    const semicolon = { delimiter: ';', newline: '\n' };
    expect(inPieces(text, [5, 9], semicolon)).toEqual(whole(text, semicolon));
    expect(inPieces(text, [5, 9], semicolon)).toEqual([['a', 'b'], [''], ['1', '2'], ['3', '4']]);
  });

  test('any rows, separators, line breaks and cuts: the same rows as reading the whole text at once', () => {
    const cell = fc.oneof(
      fc.stringMatching(/^[a-z0-9 ]{0,6}$/),
      fc.stringMatching(/^[a-z,;\r\n" ]{0,6}$/).map((s) => `"${s.replaceAll('"', '""')}"`),
    );
    const csv = fc
      .tuple(
        fc.constantFrom(',', ';', '\t'),
        fc.constantFrom('\r\n', '\n'),
        fc.integer({ min: 2, max: 4 }),
        fc.boolean(),
      )
      .chain(([sep, nl, width, endsWithBreak]) =>
        fc
          .array(fc.array(cell, { minLength: width, maxLength: width }), { minLength: 3, maxLength: 30 })
          .map((rows) => ({
            text: rows.map((r) => r.join(sep)).join(nl) + (endsWithBreak ? nl : ''),
            format: { delimiter: sep, newline: nl },
          })),
      );
    fc.assert(
      fc.property(
        csv.chain(({ text, format }) =>
          fc.tuple(fc.constant(text), fc.constant(format), fc.array(fc.integer({ min: 0, max: text.length }))),
        ),
        ([text, format, cuts]) => {
          expect(inPieces(text, cuts, format)).toEqual(whole(text, format));
        },
      ),
      { numRuns: 500 },
    );
  });
});
