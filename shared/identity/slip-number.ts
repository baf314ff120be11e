// The counter's own slip number (số phiếu gửi): unique across every post office and counter
// without asking any server, because each part narrows the one before it — the post office
// code is unique nationally, the counter number within the office, and the sequence restarts
// each day on that counter. The check character catches a mistyped or misread number.
//
//   <office code>-<counter, 2 digits>-<YYMMDD>-<sequence, 4 digits><check>
//   e.g. 360100-01-261127-0001X
//
// The office code may itself hold '-' and '.', so the number is read from the right.

const alphabet = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ';

/**
 * ISO/IEC 7064 MOD 37,36 (hybrid system): one character 0-9/A-Z that detects every single
 * character error and every transposition of adjacent characters except two whose values are
 * next to each other (0↔1 … 9↔A … Y↔Z, and Z↔0), which slips through after 1 running value
 * in 36 (e.g. …-0890 and …-0980 share their check). Separators are ignored.
 */
export function slipCheckCharacter(body: string): string {
  const chars = body.toUpperCase().replace(/[^0-9A-Z]/g, '');
  let p = 36;
  for (const ch of chars) {
    const s = ((p % 37) + alphabet.indexOf(ch)) % 36;
    p = ((s === 0 ? 36 : s) * 2) % 37;
  }
  return alphabet[(37 - p) % 36]!;
}

export interface SlipParts {
  officeCode: string;
  counterNumber: number;
  /** YYMMDD in the counter's time zone. */
  day: string;
  sequence: number;
}

export function formatSlipNumber(p: SlipParts): string {
  if (p.sequence < 1 || p.sequence > 9999) throw new RangeError(`slip sequence out of range: ${p.sequence}`);
  const body = `${p.officeCode.toUpperCase()}-${String(p.counterNumber).padStart(2, '0')}-${p.day}-${String(p.sequence).padStart(4, '0')}`;
  return body + slipCheckCharacter(body);
}

const pattern = /^([0-9A-Z.-]{1,20})-(\d{2})-(\d{6})-(\d{4})([0-9A-Z])$/;

/** Reads a slip number as typed or scanned; null if malformed or the check character is wrong. */
export function parseSlipNumber(input: string): SlipParts | null {
  const value = input.trim().toUpperCase();
  const m = pattern.exec(value);
  if (!m) return null;
  const body = value.slice(0, -1);
  if (slipCheckCharacter(body) !== m[5]) return null;
  return { officeCode: m[1]!, counterNumber: Number(m[2]), day: m[3]!, sequence: Number(m[4]) };
}
