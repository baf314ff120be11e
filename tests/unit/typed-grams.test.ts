// The manual weight field: whole grams or a refusal that quotes what was typed, never a guess.
import { describe, expect, it } from 'vitest';
import { commands } from '../../shared/contract/commands';
import { fieldMessages, fill } from '../../shared/contract/messages';
import { parseTypedGrams } from '../../shared/weight/typed-grams';

describe('grams as typed', () => {
  it.each([
    ['245', 245],
    [' 245 ', 245],
    ['1', 1],
    ['100000', 100_000],
  ])('%j is %d g', (typed, grams) => {
    expect(parseTypedGrams(typed)).toEqual({ ok: true, grams });
  });

  it.each([
    ['2,5', 'grams.decimal'], // a Vietnamese decimal comma: once recorded as 25 g
    ['1,2', 'grams.decimal'],
    ['1.2', 'grams.decimal'],
    ['1.200', 'grams.decimal'], // 1,200 g or 1.2 g: not ours to guess
    ['250 g', 'grams.unit'],
    ['250g', 'grams.unit'],
    ['1 kg', 'grams.unit'],
    ['2,5kg', 'grams.unit'],
    ['２５０', 'grams.fullWidth'],
    ['2 500', 'grams.notWhole'],
    ['+250', 'grams.notWhole'],
    ['0', 'scale.grams'],
    ['-5', 'scale.grams'],
    ['99999999', 'scale.grams'],
    ['100001', 'scale.grams'],
    ['', 'grams.required'],
    ['   ', 'grams.required'],
  ])('%j is refused as %s', (typed, problem) => {
    expect(parseTypedGrams(typed)).toEqual({ ok: false, problem, typed: typed.trim() });
  });

  it('every problem has a message in both languages that quotes the text', () => {
    const r = parseTypedGrams('2,5');
    if (r.ok) throw new Error('accepted');
    expect(fill(fieldMessages[r.problem].vi, { typed: r.typed })).toBe(
      'Nhập số gam nguyên, không có dấu phẩy hay dấu chấm (đã nhập «2,5»). Ví dụ 2,5 kg là 2500.',
    );
    for (const key of ['grams.decimal', 'grams.unit', 'grams.fullWidth', 'grams.notWhole'] as const) {
      expect(fieldMessages[key].vi).toContain('«{typed}»');
      expect(fieldMessages[key].en).toContain('«{typed}»');
    }
  });
});

describe('the contract reads grams with the same parser', () => {
  const input = (grams: unknown) => ({ grams, reason: 'Cân hỏng', idempotencyKey: 'key-12345678' });

  it('takes the text as typed or a whole number', () => {
    expect(commands['scale.manualWeight'].input.parse(input(' 245 ')).grams).toBe(245);
    expect(commands['scale.manualWeight'].input.parse(input(245)).grams).toBe(245);
  });

  it.each([['2,5'], [2.5], ['1 kg']])('refuses %j with the typed text attached', (grams) => {
    const r = commands['scale.manualWeight'].input.safeParse(input(grams));
    expect(r.success).toBe(false);
    const issue = r.error!.issues[0]!;
    expect(issue.path).toEqual(['grams']);
    expect(issue.code === 'custom' && issue.params).toEqual({ typed: String(grams) });
  });
});
