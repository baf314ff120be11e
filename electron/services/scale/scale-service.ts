// The counter's scale: its settings (changed only by ledger entries), the live link, the status
// pushed to the screens, and the two ways a weight enters the ledger — captured from a stable
// reading with its raw frame and the device settings as evidence, or typed by hand with a reason.
import type { ScaleStatus, WeightRecord } from '../../../shared/contract/commands';
import type { ScaleProtocolId, ScaleSettings } from '../../../shared/contract/fields';
import type { Clock } from '../clock';
import { CounterError } from '../counter-error';
import { readDeviceSettings, saveDeviceSettings } from '../device-settings';
import type { Db } from '../db/open-database';
import type { EventBus } from '../event-bus';
import type { Actor, Ledger } from '../ledger/ledger';
import { scaleProtocols } from './protocols';
import type { FrameResult } from './reading';
import { SerialLink } from './serial-link';
import { StabilityRule } from './stability';

/** A stable reading older than this is not the envelope on the pan any more. */
const freshForMs = 2000;

/**
 * How the live weight is obtained: MT-SICS and Toledo 8217 answer when asked (SI: the weight
 * now, stable or not, so motion shows on screen), A&D scales send continuously.
 */
const polling = {
  'mt-sics': { bytes: scaleProtocols['mt-sics'].commands.weighImmediate(), everyMs: 200 },
  'toledo-8217': { bytes: scaleProtocols['toledo-8217'].commands.weigh(), everyMs: 200 },
  ad: null,
} as const;

export const pollingFor = (id: ScaleProtocolId) => polling[id];

const idle: ScaleStatus = { connection: 'unconfigured', grams: null, stable: false, state: 'none', refusal: null, problem: null, detail: null, at: null };

export class ScaleService {
  private link: SerialLink | null = null;
  private rule: StabilityRule | null = null;
  private status: ScaleStatus = idle;
  private lastRaw: string | null = null;
  private lastAtMs = 0;
  /** Only hosts with screens open the port; the console reads and changes settings only. */
  private running = false;

  constructor(
    private readonly db: Db,
    private readonly ledger: Ledger,
    private readonly clock: Clock,
    private readonly events: EventBus,
  ) {}

  settings(): ScaleSettings | null {
    return readDeviceSettings<ScaleSettings>(this.db, 'scale');
  }

  protocols() {
    return (Object.keys(scaleProtocols) as ScaleProtocolId[]).map((id) => ({
      id,
      hasStabilityFlag: scaleProtocols[id].hasStabilityFlag,
      defaults: scaleProtocols[id].serialDefaults as Pick<ScaleSettings, 'baudRate' | 'dataBits' | 'parity' | 'stopBits'>,
    }));
  }

  current(): ScaleStatus {
    return this.status;
  }

  /** Must run inside a ledger transaction; call `restart()` once it has committed. */
  configure(settings: ScaleSettings, actor: Actor, idempotencyKey: string): ScaleSettings {
    return saveDeviceSettings(this.db, this.ledger, { device: 'scale', kind: 'device.scale_configured', settings, actor, idempotencyKey });
  }

  /** Opens the link with the saved settings. Hosts call it; the console never does. */
  async start(): Promise<void> {
    this.running = true;
    await this.restart();
  }

  /** After a settings change: reopen with the new settings where the link is running. */
  async restart(): Promise<void> {
    if (!this.running) return;
    await this.closeLink();
    const settings = this.settings();
    if (!settings) return this.publish(idle);
    const protocol = scaleProtocols[settings.protocol];
    this.rule = new StabilityRule({
      hasStabilityFlag: protocol.hasStabilityFlag,
      identicalReadings: settings.stableCount,
      windowMs: settings.stableWindowMs,
    });
    this.link = new SerialLink(settings, protocol, pollingFor(settings.protocol), {
      frame: (result, atMs) => this.onFrame(result, atMs),
      connection: (connection, problem, detail) => {
        this.rule?.reset();
        this.publish({ ...idle, connection, problem, detail });
      },
    });
    this.link.start();
  }

  async stop(): Promise<void> {
    this.running = false;
    await this.closeLink();
  }

  private async closeLink(): Promise<void> {
    const link = this.link;
    this.link = null;
    await link?.stop();
  }

  /** Stores the current stable reading; refuses anything else with the reason. Inside a ledger transaction. */
  capture(actor: Actor, idempotencyKey: string): WeightRecord {
    const settings = this.settings();
    if (!settings) throw new CounterError('SCALE_NOT_CONFIGURED');
    if (this.status.connection !== 'connected') throw new CounterError('SCALE_DISCONNECTED', { path: settings.path });
    const fresh = Date.now() - this.lastAtMs <= freshForMs;
    if (!this.status.stable || this.status.grams === null || !fresh) {
      throw new CounterError('SCALE_NOT_STABLE', { state: fresh ? (this.status.refusal ?? this.status.state) : 'stale' });
    }
    const entry = this.ledger.post({
      kind: 'scale.weight_captured',
      payload: { grams: this.status.grams, raw: this.lastRaw, readingAt: this.status.at, settings },
      actor,
      idempotencyKey,
    });
    return { seq: entry.seq, grams: this.status.grams, manual: false, raw: this.lastRaw, reason: null, at: entry.at };
  }

  /** A weight typed by the clerk: allowed only with a reason, and marked manual everywhere. */
  enterManually(grams: number, reason: string, actor: Actor, idempotencyKey: string): WeightRecord {
    const entry = this.ledger.post({
      kind: 'scale.weight_entered_manually',
      payload: { grams, reason, scale: this.status.connection },
      actor,
      idempotencyKey,
    });
    return { seq: entry.seq, grams, manual: true, raw: null, reason, at: entry.at };
  }

  /** Sends the protocol's zero or tare command to the scale. */
  adjust(action: 'zero' | 'tare'): void {
    const settings = this.settings();
    if (!settings) throw new CounterError('SCALE_NOT_CONFIGURED');
    if (!this.link?.write(scaleProtocols[settings.protocol].commands[action]())) throw new CounterError('SCALE_DISCONNECTED', { path: settings.path });
  }

  private onFrame(result: FrameResult, atMs: number): void {
    if (!this.rule || result.kind === 'ack') return;
    if (result.kind === 'refused') this.rule.reset();
    const verdict = result.kind === 'reading' ? this.rule.feed(result.reading, atMs) : { usable: false, state: 'refused' as const };
    this.lastAtMs = atMs;
    this.lastRaw = result.kind === 'reading' ? result.reading.raw : result.raw;
    this.publish({
      connection: 'connected',
      grams: result.kind === 'reading' ? result.reading.grams : null,
      stable: verdict.usable,
      state: verdict.state,
      refusal: result.kind === 'refused' ? result.reason : null,
      problem: null,
      detail: null,
      at: new Date(atMs).toISOString(),
    });
  }

  private publish(status: ScaleStatus): void {
    this.status = status;
    this.events.emit('scale.reading', status);
  }
}
