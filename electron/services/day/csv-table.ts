// One table as a CSV file that Excel opens with its Vietnamese intact: UTF-8 with a byte-order
// mark (without it Excel reads the bytes as the machine's ANSI code page), RFC 4180 quoting, CRLF
// line ends. Money stays whole VND integers with no thousands separator, so a spreadsheet sums
// it; dates and times are ISO 8601, so every locale reads them the same way.

/** A cell: text, a whole number (VND, counts), or nothing. Fractions are refused, never rounded. */
export type CsvCell = string | number | null;

export interface CsvTable {
  /** The file's name without `.csv` (e.g. `thu-ho-phi-le-phi`). */
  name: string;
  header: readonly string[];
  rows: readonly (readonly CsvCell[])[];
}

const byteOrderMark = '\uFEFF';

function field(cell: CsvCell): string {
  if (cell === null) return '';
  if (typeof cell === 'number') {
    if (!Number.isSafeInteger(cell)) throw new RangeError(`CSV holds whole numbers only (VND, counts): ${cell}`);
    return String(cell);
  }
  // RFC 4180: a field holding a comma, a quote or a line break is quoted, its quotes doubled.
  return /[",\r\n]/.test(cell) ? `"${cell.replaceAll('"', '""')}"` : cell;
}

export function csvText(table: CsvTable): string {
  for (const row of table.rows) {
    if (row.length !== table.header.length) throw new RangeError(`CSV ${table.name}: a row has ${row.length} cells for ${table.header.length} columns`);
  }
  const lines = [table.header, ...table.rows].map((row) => row.map(field).join(','));
  return `${byteOrderMark}${lines.join('\r\n')}\r\n`;
}
