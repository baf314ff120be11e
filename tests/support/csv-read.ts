// Reads CSV the way a spreadsheet does (RFC 4180: quoted fields, doubled quotes, CRLF), so tests
// check the files as Excel would show them, not as the writer meant them.
export function readCsv(text: string): string[][] {
  if (text.charCodeAt(0) !== 0xfeff) throw new Error('no UTF-8 byte-order mark: Excel would misread the Vietnamese');
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 1; i < text.length; i++) {
    const ch = text[i]!;
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') (field += '"'), i++;
      else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') row.push(field), (field = '');
    else if (ch === '\r' && text[i + 1] === '\n') {
      row.push(field), rows.push(row), (row = []), (field = ''), i++;
    } else field += ch;
  }
  if (field || row.length) row.push(field), rows.push(row);
  return rows;
}

/** A table's rows as objects by its header. */
export function csvRecords(text: string): Record<string, string>[] {
  const [header, ...rows] = readCsv(text);
  return rows.map((r) => Object.fromEntries(header!.map((h, i) => [h, r[i]!])));
}
