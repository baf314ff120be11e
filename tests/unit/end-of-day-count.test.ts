// The drawer count as the clerk types it (Alt+4): whole numbers of notes only, each refusal with
// its reason, the total from the lines that were read; money typed as whole đồng.
import { describe, expect, it } from 'vitest';
import { readCount, readCounts, readVnd } from '../../renderer/src/screens/end-of-day/count-input';

describe('a typed count of notes', () => {
  it('reads digits, with the blank box as none', () => {
    expect(readCount('12')).toEqual({ ok: true, count: 12 });
    expect(readCount(' 3 ')).toEqual({ ok: true, count: 3 });
    expect(readCount('')).toEqual({ ok: true, count: 0 });
  });

  it('refuses a decimal comma or point rather than reading "1,5" as 15', () => {
    expect(readCount('1,5')).toEqual({ ok: false, reason: 'decimal' });
    expect(readCount('2.')).toEqual({ ok: false, reason: 'decimal' });
  });

  it('refuses letters, signs and a letter O for a zero', () => {
    for (const junk of ['2O', '-3', '+4', 'mười', '1 2', '5đ']) expect(readCount(junk)).toEqual({ ok: false, reason: 'notDigits' });
  });

  it('refuses a count no drawer holds', () => {
    expect(readCount('100000')).toEqual({ ok: false, reason: 'tooMany' });
    expect(readCount('99999')).toEqual({ ok: true, count: 99_999 });
  });

  it('totals the lines read and names the refused denominations', () => {
    const r = readCounts([500_000, 200_000, 10_000, 1_000], { 500000: '2', 200000: '1,5', 10000: '7', 1000: '' });
    expect(r.lines).toEqual([
      { valueVnd: 500_000, count: 2 },
      { valueVnd: 10_000, count: 7 },
    ]);
    expect(r.totalVnd).toBe(1_070_000);
    expect(r.refused).toEqual([200_000]);
  });
});

describe('a typed amount of money', () => {
  it('reads whole đồng, plain or grouped by points as Vietnamese writes them', () => {
    expect(readVnd('500000')).toBe(500_000);
    expect(readVnd(' 1.250.000 ')).toBe(1_250_000);
  });

  it('refuses a comma, a badly grouped point, a sign or a unit rather than guessing', () => {
    for (const junk of ['1,5', '1.5', '12.50', '-5000', '5000đ', '', '5 000']) expect(readVnd(junk)).toBeNaN();
  });
});
