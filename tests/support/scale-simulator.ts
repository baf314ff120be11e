// A scriptable scale on the far end of a socat pseudo-terminal pair, speaking each protocol's
// real frames: a stable weight, motion, overload, a negative load, garbage bytes, or silence.
// Unplugging and plugging back in is done on the PtyPair.
import { SerialPort } from 'serialport';
import type { ScaleProtocolId } from '../../shared/contract/fields';
import type { PtyPair } from './pty-pair';

export type ScaleScript =
  | { kind: 'stable'; grams: number }
  | { kind: 'motion'; grams: number }
  | { kind: 'overload' }
  | { kind: 'negative' }
  | { kind: 'garbage' }
  | { kind: 'silent' };

const kg = (grams: number) => (grams / 1000).toFixed(3);

/** The frame each protocol sends for the current script, or null for nothing. */
function frameFor(protocol: ScaleProtocolId, script: ScaleScript): string | null {
  if (script.kind === 'silent') return null;
  if (script.kind === 'garbage') return '\x00\xff\x13#@!~\x7f';
  switch (protocol) {
    case 'mt-sics':
      if (script.kind === 'overload') return 'S +\r\n';
      if (script.kind === 'negative') return `S S ${'-0.012'.padStart(10)} kg\r\n`;
      return `S ${script.kind === 'stable' ? 'S' : 'D'} ${kg(script.grams).padStart(10)} kg\r\n`;
    case 'toledo-8217':
      // Status byte: bit 6 keeps it printable; bit 0 motion, 1 over capacity, 2 under zero.
      if (script.kind === 'overload') return `\x02?${String.fromCharCode(0x40 | 0b010)}\r`;
      if (script.kind === 'negative') return `\x02?${String.fromCharCode(0x40 | 0b100)}\r`;
      if (script.kind === 'motion') return `\x02?${String.fromCharCode(0x40 | 0b001)}\r`;
      return `\x02${kg(script.grams).padStart(6, '0')}\r`;
    case 'ad':
      if (script.kind === 'overload') return 'OL,+9999.999 kg\r\n';
      if (script.kind === 'negative') return 'ST,-0000.012 kg\r\n';
      return `${script.kind === 'stable' ? 'ST' : 'US'},+${kg(script.grams).padStart(8, '0')} kg\r\n`;
  }
}

export class ScaleSimulator {
  script: ScaleScript = { kind: 'stable', grams: 120 };
  /** Every frame written, for tests that compare with the ledger's evidence. */
  readonly sent: string[] = [];
  /** Every command the counter wrote to the scale. */
  readonly received: string[] = [];
  private port: SerialPort | null = null;
  private ticker: NodeJS.Timeout | null = null;
  private motionStep = 0;

  constructor(
    private readonly protocol: ScaleProtocolId,
    private readonly pair: PtyPair,
  ) {}

  async connect(): Promise<void> {
    const port = new SerialPort({ path: this.pair.simPath, baudRate: 9600, autoOpen: false });
    await new Promise<void>((ok, fail) => port.open((e) => (e ? fail(e) : ok())));
    port.on('error', () => {});
    this.port = port;
    port.on('data', (chunk: Buffer) => {
      const text = chunk.toString('latin1');
      this.received.push(text);
      // A&D scales stream on their own; the others answer each request.
      if (this.protocol === 'ad') return;
      if (/Z/.test(text)) this.write(this.protocol === 'mt-sics' ? 'Z A\r\n' : '');
      if (/W|SI?\r\n/.test(text)) this.send();
    });
    if (this.protocol === 'ad') this.ticker = setInterval(() => this.send(), 100);
  }

  /** Unplugs the cable (socat ends) and drops this end. */
  async unplug(): Promise<void> {
    this.disconnect();
    await this.pair.unplug();
  }

  /** Plugs the cable back in: a new socat with the same names, and this end reopened. */
  async plugBackIn(): Promise<void> {
    await this.pair.plugIn();
    await this.connect();
  }

  disconnect(): void {
    if (this.ticker) clearInterval(this.ticker);
    this.ticker = null;
    const port = this.port;
    this.port = null;
    if (port?.isOpen) port.close(() => {});
  }

  private send(): void {
    let script = this.script;
    // In motion the number keeps changing, as on a real pan.
    if (script.kind === 'motion') script = { ...script, grams: script.grams + (this.motionStep++ % 7) * 3 };
    const frame = frameFor(this.protocol, script);
    if (frame) this.write(frame);
  }

  private write(frame: string): void {
    if (!frame || !this.port?.isOpen) return;
    this.sent.push(frame);
    this.port.write(Buffer.from(frame, 'latin1'));
  }
}
