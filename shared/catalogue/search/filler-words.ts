// Words people put around what they ask for ("làm giấy khai sinh cho bé", "xin phiếu lý lịch",
// "giấy phép xây dựng đối với nhà ở") that tell no procedure from another. A title holding "cho"
// (as in "… cho người nước ngoài") is no nearer to "khai sinh cho bé" than "Đăng ký khai sinh",
// and "đối với" between two words of a title does not make them less of a phrase.
import { fold } from '../fold';

/**
 * As written in titles; a query word is one of them when typed so, or typed without any mark.
 * "cho con", "cho bé", "cho cháu": who the paper is for, which the procedure's title never says;
 * "thủ tục": every procedure is one ("làm thủ tục nhận cha").
 */
const fillers: readonly (readonly string[])[] = [
  ['cho'],
  ['của'],
  ['để'],
  ['xin'],
  ['làm'],
  ['đối', 'với'],
  ['về', 'việc'],
  ['thủ', 'tục'],
  ['cho', 'con'],
  ['cho', 'bé'],
  ['cho', 'cháu'],
];
const folded = fillers.map((run) => run.map((w) => fold(w)));

/**
 * Which words are fillers, by their folded form: for comparing word order, where both sides
 * drop the same words ("lâm" folds as "làm" does, and is dropped from both alike).
 */
export function foldedFillers(words: readonly string[]): boolean[] {
  return mark(words.length, (i, f, j) => words[i] === folded[f]![j]);
}

/**
 * Which typed words are fillers, by how they were typed (lower case, NFC): "của" and "cua" are,
 * "cửa" (a door, a shop) is not. Typed without marks, a word is taken for the filler it spells.
 */
export function typedFillers(typed: readonly string[]): boolean[] {
  return mark(typed.length, (i, f, j) => typed[i] === fillers[f]![j] || typed[i] === folded[f]![j], true);
}

/**
 * With `typing`, the last word is the one being typed: it is a filler only as the end of a run
 * of two or more words ("cho con"); alone it may yet become another word ("cho" → "chợ").
 */
function mark(n: number, is: (word: number, filler: number, at: number) => boolean, typing = false): boolean[] {
  const out = new Array<boolean>(n).fill(false);
  for (let i = 0; i < n; i++) {
    for (let f = 0; f < fillers.length; f++) {
      const run = fillers[f]!;
      if (i + run.length > n || !run.every((_w, j) => is(i + j, f, j))) continue;
      if (typing && run.length === 1 && i === n - 1) continue;
      for (let j = 0; j < run.length; j++) out[i + j] = true;
    }
  }
  return out;
}
