// The scale end to end below the screens, per protocol, over real pseudo terminals: a
// simulated scale on one end of a socat pair, the counter's serial link on the other.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ScaleStatus } from '../../shared/contract/commands';
import type { ScaleProtocolId, ScaleSettings } from '../../shared/contract/fields';
import { counterWithStaff, key, ok, type StaffedCounter } from '../support/counter-fixture';
import { PtyPair } from '../support/pty-pair';
import { ScaleSimulator } from '../support/scale-simulator';

const protocols: ScaleProtocolId[] = ['mt-sics', 'toledo-8217', 'ad'];

describe.each(protocols)('%s scale on a pseudo terminal', (protocol) => {
  let c: StaffedCounter;
  let dir: string;
  let pair: PtyPair;
  let sim: ScaleSimulator;
  let settings: ScaleSettings;

  beforeEach(async () => {
    dir = mkdtempSync(join(tmpdir(), 'scale-'));
    pair = new PtyPair(dir);
    await pair.plugIn();
    sim = new ScaleSimulator(protocol, pair);
    await sim.connect();
    c = await counterWithStaff();
    await c.app.startDevices();
    settings = {
      path: pair.appPath,
      protocol,
      baudRate: 9600,
      dataBits: protocol === 'toledo-8217' ? 7 : 8,
      parity: protocol === 'toledo-8217' ? 'even' : 'none',
      stopBits: 1,
      stableCount: 3,
      stableWindowMs: 1000,
    };
    ok(await c.screen('mgr', 'devices.scale.configure', { settings, idempotencyKey: key('scale') }));
  });

  afterEach(async () => {
    c.close();
    sim.disconnect();
    await pair.unplug();
    rmSync(dir, { recursive: true, force: true });
  });

  /** Resolves with the first status (current or pushed) that satisfies `test`, or fails after `ms`. */
  function statusWhere(test: (s: ScaleStatus) => boolean, ms: number): Promise<ScaleStatus> {
    return new Promise((resolve, reject) => {
      const now = c.app.services.scale.current();
      if (test(now)) return resolve(now);
      const timer = setTimeout(() => {
        stop();
        reject(new Error(`no such scale status within ${ms} ms; last: ${JSON.stringify(c.app.services.scale.current())}`));
      }, ms);
      const stop = c.app.events.subscribe((name, payload) => {
        if (name === 'scale.reading' && test(payload as ScaleStatus)) {
          clearTimeout(timer);
          stop();
          resolve(payload as ScaleStatus);
        }
      });
    });
  }

  it('captures a stable weight with its raw frame and the device settings as evidence', async () => {
    sim.script = { kind: 'stable', grams: 1234 };
    await statusWhere((s) => s.stable && s.grams === 1234, 3000);
    const weight = ok(await c.screen('mgr', 'scale.capture', { idempotencyKey: key('capture') }));
    expect(weight).toMatchObject({ grams: 1234, manual: false });
    // The evidence is the frame as the scale sent it, without its line ending.
    expect(sim.sent.map((f) => f.replace(/\r?\n$|\r$/, ''))).toContain(weight.raw);
    const entry = c.app.services.ledger.entries({ limit: 1 })[0]!;
    expect(entry.kind).toBe('scale.weight_captured');
    expect(entry.payload).toMatchObject({ grams: 1234, raw: weight.raw, settings });
  });

  it('refuses to capture while the load is moving, recording nothing', async () => {
    sim.script = { kind: 'motion', grams: 500 };
    await statusWhere((s) => s.connection === 'connected' && s.state !== 'none' && !s.stable, 3000);
    // Let a few moving frames pass: the repeated-readings rule must not call them stable.
    await new Promise((r) => setTimeout(r, 700));
    const before = c.app.services.ledger.count();
    const r = await c.screen('mgr', 'scale.capture', { idempotencyKey: key('capture') });
    expect(!r.ok && r.error.code).toBe('SCALE_NOT_STABLE');
    expect(!r.ok && r.error.message).toMatch(/^Cân chưa ổn định \((đang dao động|ngoài phạm vi cân)\)/);
    expect(c.app.services.ledger.count()).toBe(before);
  });

  it('sends the protocol’s own zero and tare commands', async () => {
    await statusWhere((s) => s.connection === 'connected', 3000);
    ok(await c.screen('mgr', 'scale.adjust', { action: 'zero' }));
    ok(await c.screen('mgr', 'scale.adjust', { action: 'tare' }));
    await new Promise((r) => setTimeout(r, 300));
    const commands = sim.received.join('');
    const terminator = protocol === 'toledo-8217' ? '' : '\r\n';
    expect(commands).toContain(`Z${terminator}`);
    expect(commands).toContain(`T${terminator}`);
  });

  it.each([
    ['overload', { kind: 'overload' } as const, 'overload'],
    ['a negative load', { kind: 'negative' } as const, protocol === 'toledo-8217' ? 'underload' : 'negative'],
    ['garbage bytes', { kind: 'garbage' } as const, 'garbage'],
  ])('never offers %s as a weight', async (_label, script, refusal) => {
    sim.script = script;
    const s = await statusWhere((x) => x.refusal === refusal, 3000);
    expect(s).toMatchObject({ stable: false, grams: null, state: 'refused' });
  });

  it('says at once when the scale is unplugged, and reads again when it is plugged back in', async () => {
    sim.script = { kind: 'stable', grams: 250 };
    await statusWhere((s) => s.stable && s.grams === 250, 3000);
    const log: string[] = [];
    const t0 = Date.now();
    const stopLog = c.app.events.subscribe((_n, p) => log.push(`${Date.now() - t0} ${JSON.stringify(p)}`));
    await sim.unplug();
    log.push(`${Date.now() - t0} unplugged`);
    await statusWhere((s) => s.connection === 'disconnected', 1000).catch((e) => {
      throw new Error(`${(e as Error).message}\n${log.join('\n')}`);
    });
    stopLog();
    const r = await c.screen('mgr', 'scale.capture', { idempotencyKey: key('capture') });
    expect(!r.ok && r.error.code).toBe('SCALE_DISCONNECTED');
    sim.script = { kind: 'stable', grams: 260 };
    await sim.plugBackIn();
    await statusWhere((s) => s.connection === 'connected' && s.grams === 260, 2000);
  });
});

describe('manual weight', () => {
  it('needs a reason and is marked manual in the ledger', async () => {
    const c = await counterWithStaff();
    try {
      const missing = await c.screen('mgr', 'scale.manualWeight', { grams: 300, reason: '  ', idempotencyKey: key() });
      expect(!missing.ok && missing.error.issues?.[0]?.message).toBe('Lý do: Không được để trống.');
      const w = ok(await c.screen('mgr', 'scale.manualWeight', { grams: 300, reason: 'Cân hỏng, cân bằng cân đĩa', idempotencyKey: key() }));
      expect(w).toMatchObject({ grams: 300, manual: true, raw: null, reason: 'Cân hỏng, cân bằng cân đĩa' });
      expect(c.app.services.ledger.entries({ limit: 1 })[0]).toMatchObject({ kind: 'scale.weight_entered_manually' });
      const capture = await c.screen('mgr', 'scale.capture', { idempotencyKey: key() });
      expect(!capture.ok && capture.error.code).toBe('SCALE_NOT_CONFIGURED');
    } finally {
      c.close();
    }
  });
});
