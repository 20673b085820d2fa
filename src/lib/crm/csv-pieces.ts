/*
 * CSV text that arrives in pieces (a file's stream, decoded), parsed by Papa Parse into whole
 * rows as it comes. Each piece is cut after its last line break and parsed; the rest waits for
 * the next piece. (Papa Parse's own streaming reads the file with a FileReader call per chunk,
 * which cost more than the parsing on 200,000 rows.)
 */
import Papa from 'papaparse';

/** A file's separator and line break, as Papa Parse guessed them from its first lines. */
export interface CsvFormat {
  delimiter: string;
  newline: string;
}

export class CsvPieces {
  private carry = '';
  constructor(private format: CsvFormat) {}

  /** The rows that the text so far completes. */
  push(text: string): string[][] {
    const all = this.carry + text;
    const { newline } = this.format;
    const cut = all.lastIndexOf(newline);
    if (cut < 0) return this.wait(all);
    const end = cut + newline.length;
    const res = Papa.parse<string[]>(all.slice(0, end), this.config());
    // The cut fell inside a quoted cell that holds a line break: wait for the rest of the cell.
    if (res.errors.some((e) => e.code === 'MissingQuotes')) return this.wait(all);
    this.carry = all.slice(end);
    // Text that ends with a line break gives one empty row after it, which is not in the file.
    res.data.pop();
    return res.data;
  }

  /** The rows left when the text has ended. */
  end(): string[][] {
    const rest = this.carry;
    this.carry = '';
    if (rest === '') return [];
    return Papa.parse<string[]>(rest, this.config()).data;
  }

  private config(): Papa.ParseConfig {
    return { delimiter: this.format.delimiter, newline: this.format.newline as Papa.ParseConfig['newline'] };
  }

  private wait(all: string): string[][] {
    this.carry = all;
    return [];
  }
}
