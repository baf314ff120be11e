// What the clerk types in a denomination's box: a whole number of notes (or coins). A decimal
// comma or point, a sign or any other character is refused with its own reason, never read as
// something else ("1,5" is not 15 notes, "2O" is not 20).

export type CountReading = { ok: true; count: number } | { ok: false; reason: 'decimal' | 'notDigits' | 'tooMany' };

/** Most notes one drawer could hold of one kind; a longer number is a slip of the finger. */
export const maxNotes = 99_999;

export function readCount(text: string): CountReading {
  const typed = text.trim();
  if (typed === '') return { ok: true, count: 0 };
  if (/^\d+[.,]\d*$/.test(typed)) return { ok: false, reason: 'decimal' };
  if (!/^\d+$/.test(typed)) return { ok: false, reason: 'notDigits' };
  const count = Number(typed);
  return count > maxNotes ? { ok: false, reason: 'tooMany' } : { ok: true, count };
}

export interface CountedLine {
  valueVnd: number;
  count: number;
}

/** The counted lines (the blank and the refused ones left out) and their total, or the denominations refused. */
export function readCounts(
  denominations: readonly number[],
  typed: Readonly<Record<number, string>>,
): { lines: CountedLine[]; totalVnd: number; refused: number[] } {
  const lines: CountedLine[] = [];
  const refused: number[] = [];
  for (const valueVnd of denominations) {
    const r = readCount(typed[valueVnd] ?? '');
    if (!r.ok) refused.push(valueVnd);
    else if (r.count > 0) lines.push({ valueVnd, count: r.count });
  }
  return { lines, totalVnd: lines.reduce((sum, l) => sum + l.valueVnd * l.count, 0), refused };
}

/**
 * An amount of money typed by the clerk, in whole đồng: digits, optionally grouped by thousands
 * with points as Vietnamese writes them ("500.000"). A comma, a badly grouped point ("1.5"), a
 * sign or "đ" is refused rather than guessed at. NaN when refused.
 */
export function readVnd(text: string): number {
  const typed = text.trim();
  if (/^\d{1,12}$/.test(typed)) return Number(typed);
  if (/^\d{1,3}(\.\d{3}){1,3}$/.test(typed)) return Number(typed.replaceAll('.', ''));
  return Number.NaN;
}
