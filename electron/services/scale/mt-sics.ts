// Mettler Toledo MT-SICS (Standard Interface Command Set), the level 0/1 commands a counter
// needs. Replies are "<command> <status> [<value> <unit>]" lines ended by CR LF.
import type { Framing } from './frame-splitter';
import type { SerialSettings } from './protocol';
import { command } from './protocol';
import { refused, toGrams, type FrameResult, type RefusalReason } from './reading';

export const framing: Framing = { terminator: 'CRLF' };
export const serialDefaults: SerialSettings = { baudRate: 9600, dataBits: 8, parity: 'none', stopBits: 1 };
export const hasStabilityFlag = true;

export const commands = {
  /** S: the next stable weight (the scale answers "S I" if none comes in its time-out). */
  weigh: command('S\r\n'),
  /** SI: the weight now, stable or not. */
  weighImmediate: command('SI\r\n'),
  /** SIR: the weight now, repeated until another command arrives. */
  weighRepeat: command('SIR\r\n'),
  zero: command('Z\r\n'),
  tare: command('T\r\n'),
};

// "S S      1.234 kg": the value is right-aligned; the sign, if any, sits against the digits.
const weightReply = /^S ([SD]) +([+-]?)(\d+(?:\.\d+)?) +([A-Za-z]+) *$/;

const fixedReplies = new Map<string, 'ack' | RefusalReason>([
  ['S I', 'busy'],
  ['S +', 'overload'],
  ['S -', 'underload'],
  ['Z A', 'ack'],
  ['Z I', 'busy'],
  // Zero or tare outside the range the scale allows: the command failed.
  ['Z +', 'error'],
  ['Z -', 'error'],
  ['T I', 'busy'],
  ['T +', 'error'],
  ['T -', 'error'],
  ['ES', 'error'],
  ['ET', 'error'],
  ['EL', 'error'],
]);

export function parseFrame(frame: string): FrameResult {
  const line = frame.endsWith('\r\n') ? frame.slice(0, -2) : frame;
  const fixed = fixedReplies.get(line.trimEnd());
  if (fixed === 'ack') return { kind: 'ack', raw: frame };
  if (fixed) return refused(fixed, frame);
  // "T S <tare weight> <unit>": the tare was taken.
  if (/^T S +[+-]?\d+(?:\.\d+)? +[A-Za-z]+ *$/.test(line)) return { kind: 'ack', raw: frame };

  const m = weightReply.exec(line);
  if (!m) return refused('garbage', frame);
  const [, status, sign, value, unit] = m as unknown as [string, 'S' | 'D', string, string, string];
  const grams = toGrams(Number(value), unit);
  if (grams === null) return refused('unit', frame);
  if (sign === '-') return refused('negative', frame);
  return { kind: 'reading', reading: { grams, stable: status === 'S', raw: frame } };
}
