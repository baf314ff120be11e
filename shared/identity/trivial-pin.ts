// A PIN guards a clerk's name on every ledger entry, so the first guesses of anyone at the
// counter must not open it: one digit repeated, a run up or down the keypad (wrapping from 9 to
// 0, as in 7890 or 0987: the digits keep their order on the number row), or a 4-digit year of
// birth or of today (1900–2099). Checked where a PIN is chosen (set-up, a new user; a PIN change
// too, once there is one), never at sign-in: a PIN chosen before this rule still opens its account.

/** Key of fieldMessages (shared/contract/messages.ts). */
export type PinProblem = 'pin.sameDigit' | 'pin.sequence' | 'pin.year';

export function trivialPin(pin: string): PinProblem | null {
  const digits = [...pin].map(Number);
  if (digits.every((d) => d === digits[0])) return 'pin.sameDigit';
  const steps = digits.slice(1).map((d, i) => (d - digits[i]! + 10) % 10);
  if (steps.every((s) => s === 1) || steps.every((s) => s === 9)) return 'pin.sequence';
  if (/^(19|20)\d\d$/.test(pin)) return 'pin.year';
  return null;
}
