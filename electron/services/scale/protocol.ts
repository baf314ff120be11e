// What every scale protocol module provides, so the service can drive any of them alike.
import type { Framing } from './frame-splitter';
import type { FrameResult } from './reading';

/** Line settings, named as serialport names them. Each counter may override them. */
export interface SerialSettings {
  baudRate: number;
  dataBits: 7 | 8;
  parity: 'none' | 'even' | 'odd';
  stopBits: 1 | 2;
}

/** Each returns the exact bytes to write to the port. */
export interface ScaleCommands {
  /** Ask for one weight. */
  weigh(): Uint8Array;
  zero(): Uint8Array;
  tare(): Uint8Array;
}

export interface ScaleProtocol {
  framing: Framing;
  serialDefaults: SerialSettings;
  /** The protocol marks stable weights itself; without a flag, identical readings decide. */
  hasStabilityFlag: boolean;
  commands: ScaleCommands;
  parseFrame(frame: string): FrameResult;
}

/** A command as ASCII bytes; a fresh array each time, so a caller cannot alter the next one. */
export const command = (text: string) => () => Uint8Array.from(text, (c) => c.charCodeAt(0));
