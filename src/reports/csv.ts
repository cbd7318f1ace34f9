// CSV for spreadsheets: RFC 4180 via csv-stringify, with cells that a spreadsheet would run as a
// formula neutralised. Numbers stay numbers; only text that starts like a formula gets a quote.
import { stringify, type Stringifier } from 'csv-stringify';
import { stringify as stringifySync } from 'csv-stringify/sync';

const FORMULA_START = /^[=+\-@\t\r]/;

/** Makes a text cell inert in Excel, LibreOffice and Google Sheets. */
export function neutralise(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}

/** A streaming CSV writer with a header row and formula-safe text cells. */
export function csvWriter(columns: string[]): Stringifier {
  return stringify({
    header: true,
    columns,
    record_delimiter: '\r\n',
    cast: { string: (s) => neutralise(s), number: (n) => String(n) },
  });
}

/** Rows (arrays in column order, or objects) as CSV text, with the header row when asked; formula-safe. */
export function csvRows(rows: unknown[][] | object[], columns: string[], header: boolean): string {
  if (rows.length === 0 && !header) return '';
  return stringifySync(rows, {
    header,
    columns,
    record_delimiter: '\r\n',
    cast: { string: (s) => neutralise(s), number: (n) => String(n) },
  });
}
