// The three scale protocols on frames as the scales send them, and on the broken ones a serial
// cable produces: partial, split at any byte, noisy, overlong, in a unit we do not take. A
// broken frame must never become a weight.
import { describe, expect, it } from 'vitest';
import * as ad from '../../electron/services/scale/and-continuous';
import { FrameSplitter, maxFrameBytes, type SplitterOutput } from '../../electron/services/scale/frame-splitter';
import * as mtSics from '../../electron/services/scale/mt-sics';
import type { ScaleProtocol } from '../../electron/services/scale/protocol';
import { scaleProtocols } from '../../electron/services/scale/protocols';
import { toGrams, type FrameResult } from '../../electron/services/scale/reading';
import * as toledo from '../../electron/services/scale/toledo-8217';

const bytes = (s: string) => Uint8Array.from(s, (c) => c.charCodeAt(0));
const text = (b: Uint8Array) => String.fromCharCode(...b);
const byteByByte = (s: string) => [...s].map(bytes);

/** What the service will see: the splitter's frames parsed, its refusals passed through. */
function receive(protocol: ScaleProtocol, chunks: Uint8Array[]): FrameResult[] {
  const splitter = new FrameSplitter(protocol.framing);
  return chunks.flatMap((c) => splitter.push(c)).map((o) => (o.kind === 'frame' ? protocol.parseFrame(o.frame) : o));
}
const weights = (results: FrameResult[]) => results.flatMap((r) => (r.kind === 'reading' ? [r.reading.grams] : []));
const kinds = (results: FrameResult[]) => results.map((r) => (r.kind === 'refused' ? r.reason : r.kind));

/** Deterministic noise, so a failure can be replayed. */
function noise(seed: number, length: number): Uint8Array {
  let s = seed >>> 0;
  const out = new Uint8Array(length);
  for (let i = 0; i < length; i++) {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = Math.imul(s ^ (s >>> 15), 1 | s);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    out[i] = ((t ^ (t >>> 14)) >>> 0) & 0xff;
  }
  return out;
}

describe('unit conversion', () => {
  it.each([
    [1.234, 'kg', 1234],
    [0.754, 'kg', 754],
    [123.45, 'g', 123],
    [123.5, 'g', 124],
    [1, 'lb', 454],
    [0.5, 'lb', 227],
    [2.2, 'lb', 998],
    [1, 'oz', 28],
    [3.5, 'oz', 99],
    [0.5, 'oz', 14],
    [0.5005, 'kg', 501],
    [0.0004, 'kg', 0],
    [1.5, 'KG', 1500],
    [2, ' g ', 2],
  ])('%s %s is %s g', (value, unit, grams) => {
    expect(toGrams(value, unit)).toBe(grams);
  });

  it.each(['ct', 'mg', 'PC', '', 'pound', 'constructor', 'toString'])('refuses the unit %j', (unit) => {
    expect(toGrams(1, unit)).toBeNull();
  });

  it('refuses values that are not numbers', () => {
    expect(toGrams(Number.NaN, 'g')).toBeNull();
    expect(toGrams(Number.POSITIVE_INFINITY, 'kg')).toBeNull();
  });
});

describe('frame splitter', () => {
  const crlf = () => new FrameSplitter({ terminator: 'CRLF' });
  const frames = (out: SplitterOutput[]) => out.map((o) => (o.kind === 'frame' ? o.frame : `<${o.reason}:${o.raw}>`));

  it('cuts one chunk holding several CR LF frames', () => {
    expect(frames(crlf().push(bytes('S S      1.234 kg\r\nS D      1.240 kg\r\n')))).toEqual(['S S      1.234 kg', 'S D      1.240 kg']);
  });

  it('joins a frame delivered one byte at a time, its CR and LF in separate reads', () => {
    const s = crlf();
    const out = byteByByte('S S      1.234 kg\r\n').flatMap((b) => s.push(b));
    expect(frames(out)).toEqual(['S S      1.234 kg']);
  });

  it('holds a partial frame until its terminator arrives, and never emits it otherwise', () => {
    const s = crlf();
    expect(s.push(bytes('S S      1.2'))).toEqual([]);
    expect(s.push(bytes('34 kg\r'))).toEqual([]);
    expect(frames(s.push(bytes('\n')))).toEqual(['S S      1.234 kg']);
  });

  it('cuts CR and LF framings at their own byte only', () => {
    expect(frames(new FrameSplitter({ terminator: 'CR' }).push(bytes('a\nb\rc\r')))).toEqual(['a\nb', 'c']);
    expect(frames(new FrameSplitter({ terminator: 'LF' }).push(bytes('a\rb\nc\n')))).toEqual(['a\rb', 'c']);
  });

  it('skips empty lines', () => {
    expect(crlf().push(bytes('\r\n\r\n'))).toEqual([]);
  });

  it('refuses a CR LF line that ended with a bare LF', () => {
    expect(frames(crlf().push(bytes('S S      1.234 kg\nS S      2.000 kg\r\n')))).toEqual(['<garbage:S S      1.234 kg\n>', 'S S      2.000 kg']);
  });

  it('keeps a stray CR inside the line, so that line cannot parse', () => {
    expect(frames(crlf().push(bytes('S S   1\r.234 kg\r\n')))).toEqual(['S S   1\r.234 kg']);
  });

  it(`accepts a ${maxFrameBytes}-byte line and discards a longer one up to its terminator, reporting it once`, () => {
    const exact = 'x'.repeat(maxFrameBytes);
    expect(frames(crlf().push(bytes(`${exact}\r\n`)))).toEqual([exact]);

    const s = crlf();
    const long = `${'x'.repeat(maxFrameBytes + 1)}S S      1.234 kg`;
    const out = byteByByte(`${long}\r\nS S      0.500 kg\r\n`).flatMap((b) => s.push(b));
    expect(frames(out)).toEqual([`<garbage:${'x'.repeat(maxFrameBytes)}>`, 'S S      0.500 kg']);
  });

  it('with a start byte (STX), reports bytes before it as garbage and starts again at every STX', () => {
    const s = new FrameSplitter(toledo.framing);
    expect(frames(s.push(bytes('noise\x020.754\r')))).toEqual(['<garbage:noise>', '\x020.754']);
    // A frame cut short by the next STX is garbage; the new one is read whole.
    expect(frames(s.push(bytes('\x020.7\x020.754\r')))).toEqual(['<garbage:\x020.7>', '\x020.754']);
  });

  it('with a start byte, ignores the line ends some devices add after a frame', () => {
    const s = new FrameSplitter(toledo.framing);
    expect(frames(s.push(bytes('\x020.754\r\n\n\x020.755\r')))).toEqual(['\x020.754', '\x020.755']);
  });

  it('with a start byte, reports a long run of bytes outside any frame without waiting for a frame', () => {
    const s = new FrameSplitter(toledo.framing);
    const out = s.push(bytes('z'.repeat(maxFrameBytes * 2 + 3)));
    expect(frames(out)).toEqual([`<garbage:${'z'.repeat(maxFrameBytes)}>`, `<garbage:${'z'.repeat(maxFrameBytes)}>`]);
  });

  it('with a start byte, an overlong frame is discarded and the next STX resynchronises', () => {
    const s = new FrameSplitter(toledo.framing);
    const out = s.push(bytes(`\x02${'9'.repeat(maxFrameBytes + 10)}\x021.000\r`));
    expect(frames(out)).toEqual([`<garbage:\x02${'9'.repeat(maxFrameBytes - 1)}>`, '\x021.000']);
  });
});

describe('MT-SICS', () => {
  const p = mtSics.parseFrame;

  it('reads stable and dynamic weights, right-aligned, in any unit we take', () => {
    expect(p('S S      1.234 kg')).toEqual({ kind: 'reading', reading: { grams: 1234, stable: true, raw: 'S S      1.234 kg' } });
    expect(p('S D      0.512 kg')).toEqual({ kind: 'reading', reading: { grams: 512, stable: false, raw: 'S D      0.512 kg' } });
    expect(weights([p('S S     100.00 g'), p('S S      0.500 lb'), p('S S      3.50 oz'), p('S S      1.234 kg\r\n')])).toEqual([100, 227, 99, 1234]);
  });

  it.each([
    ['S S     -0.012 kg', 'negative'],
    ['S D     -1.000 kg', 'negative'],
    ['S I', 'busy'],
    ['S +', 'overload'],
    ['S -', 'underload'],
    ['Z I', 'busy'],
    ['Z +', 'error'],
    ['T -', 'error'],
    ['ES', 'error'],
    ['ET', 'error'],
    ['EL', 'error'],
    ['S S      1.234 ct', 'unit'],
    ['S S      1.234 mg', 'unit'],
    ['S S      1.234', 'garbage'],
    ['S S      1.2.3 kg', 'garbage'],
    ['S S      1,234 kg', 'garbage'],
    ['S X      1.234 kg', 'garbage'],
    ['s s      1.234 kg', 'garbage'],
    ['XS S      1.234 kg', 'garbage'],
    ['S S      1.234 kg\r', 'garbage'],
    ['S S      1.234 k\u0000g', 'garbage'],
    ['', 'garbage'],
    ['\u00ff\u0001\u0002', 'garbage'],
  ])('refuses %j as %s', (frame, reason) => {
    expect(p(frame)).toEqual({ kind: 'refused', reason, raw: frame });
  });

  it('acknowledges zero and tare', () => {
    expect(p('Z A').kind).toBe('ack');
    expect(p('T S      0.050 kg').kind).toBe('ack');
  });

  it('writes S, SI, SIR, Z and T each with CR LF', () => {
    const c = mtSics.commands;
    expect([c.weigh(), c.weighImmediate(), c.weighRepeat(), c.zero(), c.tare()].map(text)).toEqual(['S\r\n', 'SI\r\n', 'SIR\r\n', 'Z\r\n', 'T\r\n']);
  });
});

describe('Toledo 8217', () => {
  const p = toledo.parseFrame;

  it('reads STX weight CR in kg, with or without leading zeros, never marked stable', () => {
    expect(p('\x020.754\r')).toEqual({ kind: 'reading', reading: { grams: 754, stable: false, raw: '\x020.754\r' } });
    expect(weights([p('\x0201.234\r'), p('\x02 0.754'), p('\x0200.000\r'), p('\x021.234N\r')])).toEqual([1234, 754, 0, 1234]);
    expect(toledo.hasStabilityFlag).toBe(false);
  });

  it('reads pounds when the scale is set to pounds', () => {
    const lb = toledo.createParser('lb');
    expect(weights([lb('\x0201.000\r'), lb('\x020.500\r')])).toEqual([454, 227]);
  });

  // Status byte: bit 6 set keeps it printable; bits 0–5 say why there is no weight.
  it.each([
    ['A', 'in motion', 'motion'],
    ['B', 'over capacity', 'overload'],
    ['D', 'under zero', 'underload'],
    ['H', 'outside zero capture', 'error'],
    ['P', 'centre of zero', 'error'],
    ['`', 'net weight', 'error'],
    ['C', 'moving and over capacity', 'overload'],
    ['E', 'moving and under zero', 'underload'],
  ])('refuses the status "?%s" (%s) as %s', (ch, _bits, reason) => {
    expect(p(`\x02?${ch}\r`)).toEqual({ kind: 'refused', reason, raw: `\x02?${ch}\r` });
  });

  it.each([
    '0.754\r',
    '\x02\r',
    '\x02?\r',
    '\x02?AB\r',
    '\x02-0.754\r',
    '\x020.754 kg\r',
    '\x020.7.54\r',
    '\x02.\r',
    '\x02?\u00c1\r',
    '\x02\u0000\u0001\r',
    '',
  ])('refuses %j as garbage', (frame) => {
    expect(p(frame)).toEqual({ kind: 'refused', reason: 'garbage', raw: frame });
  });

  it('writes W, Z and T as single bytes with no terminator, at 9600 baud 7E1', () => {
    expect([toledo.commands.weigh(), toledo.commands.zero(), toledo.commands.tare()].map(text)).toEqual(['W', 'Z', 'T']);
    expect(toledo.serialDefaults).toEqual({ baudRate: 9600, dataBits: 7, parity: 'even', stopBits: 1 });
  });
});

describe('A&D continuous', () => {
  const p = ad.parseFrame;

  it('reads ST as stable and US as unstable, in g, kg, lb and oz', () => {
    expect(p('ST,+00123.45  g')).toEqual({ kind: 'reading', reading: { grams: 123, stable: true, raw: 'ST,+00123.45  g' } });
    expect(p('US,+00123.45  g')).toEqual({ kind: 'reading', reading: { grams: 123, stable: false, raw: 'US,+00123.45  g' } });
    expect(weights([p('ST,+0001.234 kg'), p('ST,+00001.00 lb'), p('ST,+00003.50 oz'), p('ST,+00123.45  g\r\n')])).toEqual([1234, 454, 99, 123]);
  });

  it('reads the gross and net second header, with the spacing indicators use', () => {
    expect(p('ST,GS,+0001.234 kg')).toMatchObject({ kind: 'reading', reading: { grams: 1234, stable: true } });
    expect(p('US,NT,+0000.500 kg')).toMatchObject({ kind: 'reading', reading: { grams: 500, stable: false } });
    expect(p('ST,GS,+  4.876kg')).toMatchObject({ kind: 'reading', reading: { grams: 4876, stable: true } });
  });

  it.each([
    ['OL,+9999999E+19', 'overload'],
    ['OL,GS,+9999999E+19', 'overload'],
    ['OL,-9999999E+19', 'underload'],
    ['ST,-00012.30  g', 'negative'],
    ['US,GS,-0000.010 kg', 'negative'],
    ['ST,+00010.00 PC', 'unit'],
    ['ST,+00010.00  %', 'unit'],
    ['ST,+00123.45', 'garbage'],
    ['ST,00123.45  g', 'garbage'],
    ['XX,+00123.45  g', 'garbage'],
    ['ST;+00123.45  g', 'garbage'],
    ['ST,TR,+00123.45  g', 'garbage'],
    ['ST,+001\u000023.45  g', 'garbage'],
    ['ST,GS,', 'garbage'],
    ['OL', 'garbage'],
    ['ST,+00123.45  g\r', 'garbage'],
    ['', 'garbage'],
  ])('refuses %j as %s', (frame, reason) => {
    expect(p(frame)).toEqual({ kind: 'refused', reason, raw: frame });
  });

  it('writes Q, Z and T with CR LF', () => {
    expect([ad.commands.weigh(), ad.commands.zero(), ad.commands.tare()].map(text)).toEqual(['Q\r\n', 'Z\r\n', 'T\r\n']);
  });
});

// Noise glued to the front of a line spoils that line; before an STX it is simply dropped.
describe.each([
  ['mt-sics', 'S S      1.234 kg\r\n', 'S D      1.240 kg\r\n', []],
  ['toledo-8217', '\x021.234\r', '\x021.240\r', [1234]],
  ['ad', 'ST,+0001.234 kg\r\n', 'US,+0001.240 kg\r\n', []],
] as const)('%s over a serial line', (id, good, other, afterNoise) => {
  const protocol: ScaleProtocol = scaleProtocols[id];

  it('gives the same readings whether the bytes come at once or one at a time', () => {
    const stream = `${good}${other}${good}`;
    expect(weights(receive(protocol, [bytes(stream)]))).toEqual([1234, 1240, 1234]);
    expect(weights(receive(protocol, byteByByte(stream)))).toEqual([1234, 1240, 1234]);
  });

  it('gives no weight from a frame that never ends', () => {
    expect(receive(protocol, [bytes(good.slice(0, -1))])).toEqual([]);
  });

  // No checksum guards the digits or the unit: only a lost byte that breaks the frame's shape
  // can be caught, and must be.
  it('gives no weight from a frame missing a byte of its header', () => {
    expect(weights(receive(protocol, [bytes(good.slice(0, 1) + good.slice(2))]))).toEqual([]);
  });

  it('handles noise stuck to the start of a frame as the framing allows', () => {
    expect(weights(receive(protocol, [bytes(`\u00ff\u00fe${good}`)]))).toEqual(afterNoise);
  });

  it('never throws on binary noise, never finds a weight in it, and reads the first good frame after it', () => {
    for (let seed = 1; seed <= 20; seed++) {
      const junk = noise(seed, 4096);
      const chunks = [junk.subarray(0, 1000), junk.subarray(1000, 1001), junk.subarray(1001), bytes(`\r\n${good}`)];
      let results: FrameResult[] = [];
      expect(() => (results = receive(protocol, chunks))).not.toThrow();
      expect(weights(results), `seed ${seed}`).toEqual([1234]);
      expect(results.at(-1)).toMatchObject({ kind: 'reading', reading: { raw: good.slice(0, -(protocol.framing.terminator === 'CRLF' ? 2 : 1)) } });
      expect(kinds(results.slice(0, -1)).every((k) => k !== 'reading')).toBe(true);
    }
  });
});
