// A&D standard format, sent continuously (or on request with Q): "ST,+00123.45  g" CR LF.
// Header ST stable, US unstable, OL out of range; some indicators add a second header GS
// (gross) or NT (net). The unit field is right-aligned, so the gap before it varies.
import type { Framing } from './frame-splitter';
import type { SerialSettings } from './protocol';
import { command } from './protocol';
import { refused, toGrams, type FrameResult } from './reading';

export const framing: Framing = { terminator: 'CRLF' };
// A&D balances leave the factory at 2400 baud, 7 bits, even parity.
export const serialDefaults: SerialSettings = { baudRate: 2400, dataBits: 7, parity: 'even', stopBits: 1 };
export const hasStabilityFlag = true;

export const commands = {
  /** Q: send the weight now. */
  weigh: command('Q\r\n'),
  zero: command('Z\r\n'),
  tare: command('T\r\n'),
};

const weightFrame = /^(ST|US),(?:(?:GS|NT),)?([+-]) *(\d+(?:\.\d+)?) *([A-Za-z%]+) *$/;
// The data field of an OL frame is filler ("+9999999E+19"); only its sign matters.
const rangeFrame = /^OL,(?:(?:GS|NT),)?([+-])[ -~]*$/;

export function parseFrame(frame: string): FrameResult {
  const line = frame.endsWith('\r\n') ? frame.slice(0, -2) : frame;
  const range = rangeFrame.exec(line);
  if (range) return refused(range[1] === '-' ? 'underload' : 'overload', frame);

  const m = weightFrame.exec(line);
  if (!m) return refused('garbage', frame);
  const [, header, sign, value, unit] = m as unknown as [string, 'ST' | 'US', string, string, string];
  const grams = toGrams(Number(value), unit);
  if (grams === null) return refused('unit', frame);
  if (sign === '-') return refused('negative', frame);
  return { kind: 'reading', reading: { grams, stable: header === 'ST', raw: frame } };
}
