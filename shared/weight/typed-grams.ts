// A weight typed by hand is whole grams. Nothing in the grams field is guessed at: "2,5" may be
// 2.5 kg (Vietnamese decimal comma), 2.5 g or a slip of the finger, and "1.200" may be 1,200 g or
// 1.2 g, so a comma, a dot, a unit or any other character is refused with what was typed rather
// than stripped (stripping once turned "2,5" into 25 g and charged for it).
//
// Full-width digits ("２５０", from a CJK input method) are refused too, with their own message:
// they are not what the Vietnamese keyboard sends, and reading them would be a reinterpretation.

/** Keys of fieldMessages (shared/contract/messages.ts); each names the text as typed ({typed}). */
export type GramsProblem = 'grams.required' | 'grams.decimal' | 'grams.unit' | 'grams.fullWidth' | 'grams.notWhole' | 'scale.grams';

const minGrams = 1;
const maxGrams = 100_000;

export type TypedGrams = { ok: true; grams: number } | { ok: false; problem: GramsProblem; typed: string };

/** Reads the grams field as typed; spaces around the number are the only thing tolerated. */
export function parseTypedGrams(input: string): TypedGrams {
  const typed = input.trim();
  const refuse = (problem: GramsProblem): TypedGrams => ({ ok: false, problem, typed });
  if (typed === '') return refuse('grams.required');
  if (/^\d+$/.test(typed)) {
    const grams = Number(typed);
    return grams >= minGrams && grams <= maxGrams ? { ok: true, grams } : refuse('scale.grams');
  }
  if (/[\uFF10-\uFF19]/.test(typed)) return refuse('grams.fullWidth');
  if (/\p{L}/u.test(typed)) return refuse('grams.unit');
  if (/^-\d+$/.test(typed)) return refuse('scale.grams');
  if (/[.,]/.test(typed)) return refuse('grams.decimal');
  return refuse('grams.notWhole');
}
