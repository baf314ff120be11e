// Toledo 8217 "weight only" protocol, as Odoo's IoT box drives it (Mettler Toledo Ariva-S,
// Viva). Polled: each "W" gets one reply, STX <weight> CR, or STX ? <status> CR when there is
// no valid weight. Commands carry no terminator.
import type { Framing } from './frame-splitter';
import type { SerialSettings } from './protocol';
import { command } from './protocol';
import { refused, toGrams, type FrameResult, type WeightUnit } from './reading';

const STX = 0x02;

export const framing: Framing = { terminator: 'CR', start: STX };
export const serialDefaults: SerialSettings = { baudRate: 9600, dataBits: 7, parity: 'even', stopBits: 1 };
/** A valid weight says nothing about motion: the stability rule counts identical readings. */
export const hasStabilityFlag = false;

export const commands = {
  weigh: command('W'),
  zero: command('Z'),
  tare: command('T'),
};

// Leading spaces and a trailing N (as Odoo's driver accepts) around an unsigned decimal.
const weightReply = /^\x02 *(\d+(?:\.\d+)?)N?$/;
const statusReply = /^\x02 *\?([\x00-\x7f])$/;

// Status byte bits (the 7-bit byte also has bit 6 set to keep it printable).
const inMotion = 1 << 0;
const overCapacity = 1 << 1;
const underZero = 1 << 2;

/** The frame's weight is in `unit`: kg unless the scale is set to pounds. */
export function createParser(unit: WeightUnit = 'kg'): (frame: string) => FrameResult {
  return (frame) => {
    const body = frame.endsWith('\r') ? frame.slice(0, -1) : frame;
    const status = statusReply.exec(body);
    if (status) {
      const bits = status[1]!.charCodeAt(0);
      // Over and under say what to do about the load; motion only says to wait.
      if (bits & overCapacity) return refused('overload', frame);
      if (bits & underZero) return refused('underload', frame);
      if (bits & inMotion) return refused('motion', frame);
      // Outside zero capture, centre of zero, net: still no valid weight.
      return refused('error', frame);
    }
    const weight = weightReply.exec(body);
    if (!weight) return refused('garbage', frame);
    const grams = toGrams(Number(weight[1]), unit);
    if (grams === null) return refused('unit', frame);
    return { kind: 'reading', reading: { grams, stable: false, raw: frame } };
  };
}

export const parseFrame = createParser('kg');
