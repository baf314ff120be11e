// Vietnamese folding for search: what a clerk types without diacritics ("ly lich tu phap")
// must meet the official title ("Lý lịch tư pháp"). `đ` is folded by hand: Unicode does not
// decompose it into d + a mark.

const combiningMarks = /[\u0300-\u036f]/g;

/** One character folded: lower-case, no marks, đ → d; anything but a letter or digit → space. */
function foldOne(ch: string): string {
  const base = ch.normalize('NFD').replace(combiningMarks, '').toLowerCase();
  if (base === 'đ') return 'd';
  return /^[a-z0-9]$/.test(base) ? base : ' ';
}

/** "Đăng  ký KHAI-SINH" (NFC or NFD) → "dang ky khai sinh". */
export function fold(text: string): string {
  return text
    .normalize('NFD')
    .replace(combiningMarks, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

export interface FoldedToken {
  text: string;
  /** [start, end) in the original (NFC) string, for highlighting. */
  start: number;
  end: number;
}

/** The folded words of an NFC string with their positions in it. */
export function foldedTokens(nfc: string): FoldedToken[] {
  const tokens: FoldedToken[] = [];
  let current = '';
  let start = 0;
  let index = 0;
  for (const ch of nfc) {
    const f = foldOne(ch);
    if (f === ' ') {
      if (current) tokens.push({ text: current, start, end: index });
      current = '';
    } else {
      if (!current) start = index;
      current += f;
    }
    index += ch.length;
  }
  if (current) tokens.push({ text: current, start, end: index });
  return tokens;
}
