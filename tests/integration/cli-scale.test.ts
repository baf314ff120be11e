// `scale read` and `tariff quote` from the technicians' console, as real processes; the scale
// is the simulator on a socat pseudo terminal.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { PtyPair } from '../support/pty-pair';
import { runCli } from '../support/run-cli';
import { ScaleSimulator } from '../support/scale-simulator';

let dir: string;
let pair: PtyPair;
beforeEach(async () => {
  dir = mkdtempSync(join(tmpdir(), 'cli-scale-'));
  pair = new PtyPair(dir);
  await pair.plugIn();
});
afterEach(async () => {
  await pair.unplug();
  rmSync(dir, { recursive: true, force: true });
});

describe('scale read', () => {
  it('prints JSON lines {grams, stable, raw} from the scale on the port', async () => {
    const sim = new ScaleSimulator('mt-sics', pair);
    await sim.connect();
    sim.script = { kind: 'stable', grams: 845 };
    try {
      const r = await runCli(['scale', 'read', '--port', pair.appPath, '--protocol', 'mt-sics', '--count', '3', '--json']);
      expect(r.code, r.stderr).toBe(0);
      const lines = r.stdout.trim().split('\n').map((l) => JSON.parse(l) as { grams: number; stable: boolean; raw: string });
      expect(lines).toHaveLength(3);
      expect(lines[0]).toEqual({ grams: 845, stable: true, raw: 'S S      0.845 kg' });
    } finally {
      sim.disconnect();
    }
  });

  it('exits 1 with a clear message when nothing valid arrives in 5 s', async () => {
    const sim = new ScaleSimulator('ad', pair);
    await sim.connect();
    sim.script = { kind: 'silent' };
    try {
      const r = await runCli(['scale', 'read', '--port', pair.appPath, '--protocol', 'ad', '--json']);
      expect(r.code).toBe(1);
      expect(r.stderr).toContain('Không nhận được khối lượng hợp lệ nào trong 5 giây');
    } finally {
      sim.disconnect();
    }
  });

  it('exits 1 when the port cannot be opened, and 2 without a protocol', async () => {
    const r = await runCli(['scale', 'read', '--port', join(dir, 'no-such-port'), '--protocol', 'toledo-8217']);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('Không mở được cổng');
    expect((await runCli(['scale', 'read', '--port', pair.appPath])).code).toBe(2);
  });
});

describe('tariff quote', () => {
  it('prices a weight from the sample tariff and refuses one outside it', async () => {
    const r = await runCli(['--data-dir', dir, '--json', 'tariff', 'quote', '--grams', '100', '--service', 'send', '--route', 'inter-province']);
    expect(r.code, r.stderr).toBe(0);
    expect(JSON.parse(r.stdout)).toMatchObject({ chargeVnd: 31500, sample: true });
    const heavy = await runCli(['--data-dir', dir, 'tariff', 'quote', '--grams', '99999', '--service', 'send', '--route', 'inter-province']);
    expect(heavy.code).toBe(1);
    expect(heavy.stderr).toMatch(/vượt mức tối đa/);
  });
});
