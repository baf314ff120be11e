// The cable to the scale: opens the port by path (pseudo terminals and some USB adapters are not
// listed by SerialPort.list()), turns bytes into parsed frames, and when the device disappears
// says so at once and keeps trying to reopen it, so plugging it back in needs no restart.
import { existsSync } from 'node:fs';
import { SerialPort } from 'serialport';
import type { ScaleLinkProblem } from '../../../shared/contract/events';
import type { ScaleSettings } from '../../../shared/contract/fields';
import { FrameSplitter } from './frame-splitter';
import { portOpenProblem } from './port-error';
import type { ScaleProtocol } from './protocol';
import type { FrameResult } from './reading';

export type LinkState = 'connecting' | 'connected' | 'disconnected';

export interface LinkListener {
  frame(result: FrameResult, atMs: number): void;
  /** `problem` and `detail` (the OS's own text, for a technician) only when disconnected. */
  connection(state: LinkState, problem: ScaleLinkProblem | null, detail: string | null): void;
}

/** Waits between reopening attempts: quick at first (a cable wiggle), then once a second. */
const reopenDelaysMs = [100, 250, 500, 1000];

/**
 * How often an open device file is checked for. A port whose device vanished does not always
 * report it (a silent scale on a pulled USB adapter or pseudo terminal can look merely quiet);
 * the device node disappearing is the sure sign. COM ports have no node to check.
 */
const presenceCheckMs = 250;

export class SerialLink {
  private port: SerialPort | null = null;
  private stopped = false;
  private attempts = 0;
  private reopenTimer: NodeJS.Timeout | null = null;
  private pollTimer: NodeJS.Timeout | null = null;
  private presenceTimer: NodeJS.Timeout | null = null;
  // A vanishing port reports both 'error' and 'close': handle each port's loss once.
  private readonly lostPorts = new WeakSet<SerialPort>();

  constructor(
    private readonly settings: ScaleSettings,
    private readonly protocol: ScaleProtocol,
    /** Asks for a weight this often; null for scales that send continuously. */
    private readonly poll: { bytes: Uint8Array; everyMs: number } | null,
    private readonly listener: LinkListener,
  ) {}

  start(): void {
    this.stopped = false;
    this.open();
  }

  write(bytes: Uint8Array): boolean {
    if (!this.port?.isOpen) return false;
    this.port.write(Buffer.from(bytes));
    return true;
  }

  async stop(): Promise<void> {
    this.stopped = true;
    this.clearTimers();
    const port = this.port;
    this.port = null;
    if (port?.isOpen) await new Promise<void>((done) => port.close(() => done()));
  }

  private open(): void {
    if (this.stopped) return;
    this.listener.connection('connecting', null, null);
    const splitter = new FrameSplitter(this.protocol.framing);
    const port = new SerialPort({
      path: this.settings.path,
      baudRate: this.settings.baudRate,
      dataBits: this.settings.dataBits,
      parity: this.settings.parity,
      stopBits: this.settings.stopBits,
      autoOpen: false,
    });
    port.on('data', (chunk: Buffer) => {
      const at = Date.now();
      for (const out of splitter.push(chunk)) {
        this.listener.frame(out.kind === 'frame' ? this.protocol.parseFrame(out.frame) : out, at);
      }
    });
    // Once open, any end of the port is the device going away; before, the error says why.
    port.on('close', () => this.lost(port, 'removed', null));
    port.on('error', (e: Error) => this.lost(port, 'removed', e.message));
    port.open((error) => {
      if (error) return this.lost(port, portOpenProblem(error), error.message);
      if (this.stopped) return void port.close();
      this.port = port;
      this.attempts = 0;
      this.listener.connection('connected', null, null);
      const poll = this.poll;
      if (poll) this.pollTimer = setInterval(() => this.write(poll.bytes), poll.everyMs);
      const path = this.settings.path;
      if (path.startsWith('/')) {
        this.presenceTimer = setInterval(() => {
          if (!existsSync(path)) this.lost(port, 'removed', `${path} no longer exists`);
        }, presenceCheckMs);
      }
    });
  }

  private lost(port: SerialPort, problem: ScaleLinkProblem, detail: string | null): void {
    if (this.lostPorts.has(port) || (this.port && this.port !== port)) return;
    this.lostPorts.add(port);
    this.port = null;
    this.clearTimers();
    if (port.isOpen) port.close(() => {});
    if (this.stopped) return;
    this.listener.connection('disconnected', problem, detail);
    const delay = reopenDelaysMs[Math.min(this.attempts, reopenDelaysMs.length - 1)]!;
    this.attempts += 1;
    this.reopenTimer = setTimeout(() => this.open(), delay);
  }

  private clearTimers(): void {
    if (this.reopenTimer) clearTimeout(this.reopenTimer);
    if (this.pollTimer) clearInterval(this.pollTimer);
    if (this.presenceTimer) clearInterval(this.presenceTimer);
    this.reopenTimer = null;
    this.pollTimer = null;
    this.presenceTimer = null;
  }
}
