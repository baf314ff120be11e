// `npm run bench -- scale`: how long a weight takes from the scale's cable to the clerk's
// screen. A frame is written on one end of a socat pseudo-terminal pair; we time its arrival
// as a contract event in the main process (the peer, in the same run) and in the renderer
// (Chromium, over the browser host's event stream). Target: p95 ≤ 50 ms to the renderer.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SerialPort } from 'serialport';
import { chromium } from 'playwright-core';
import { defaultStaticDir, startBrowserHost } from '../../electron/hosts/browser-host';
import { openCounterApp } from '../../electron/services/counter-app';
import { PtyPair } from '../support/pty-pair';
import { ms, percentile } from './stats';

const frames = 200;
const everyMs = 40;

export async function scaleBench(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'bench-scale-'));
  const pair = new PtyPair(dir);
  await pair.plugIn();
  const app = openCounterApp({ dataDir: join(dir, 'data') });
  const host = await startBrowserHost({ app, staticDir: defaultStaticDir });
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  const sim = new SerialPort({ path: pair.simPath, baudRate: 9600, autoOpen: false });
  try {
    await app.dispatch(
      'setup.initialize',
      { officeCode: '360000', officeName: 'Bưu điện tỉnh Sơn La', counterNumber: 1, province: 'Sơn La', managerName: 'Lò Văn Hùng', managerPin: '2468', idempotencyKey: 'bench-setup-0001' },
      { lang: 'vi', via: 'console' },
    );
    const mgr = 'bench-screen';
    const { value } = (await app.dispatch('auth.signInOptions', {}, { lang: 'vi', via: 'screen', sessionId: mgr })) as { value: { users: { id: string }[] } };
    await app.dispatch('auth.signIn', { userId: value.users[0]!.id, pin: '2468', idempotencyKey: 'bench-signin-0001' }, { lang: 'vi', via: 'screen', sessionId: mgr });
    await app.startDevices();
    await app.dispatch(
      'devices.scale.configure',
      { settings: { path: pair.appPath, protocol: 'ad', baudRate: 9600, dataBits: 8, parity: 'none', stopBits: 1, stableCount: 3, stableWindowMs: 1000 }, idempotencyKey: 'bench-scale-0001' },
      { lang: 'vi', via: 'screen', sessionId: mgr },
    );
    await new Promise<void>((ok, fail) => sim.open((e) => (e ? fail(e) : ok())));

    // Main-process arrivals (the peer): the contract event as the hosts receive it.
    const inMain = new Map<number, number>();
    app.events.subscribe((name, p) => {
      const grams = (p as { grams: number | null }).grams;
      if (name === 'scale.reading' && grams !== null && !inMain.has(grams)) inMain.set(grams, performance.timeOrigin + performance.now());
    });
    // Renderer arrivals: the same event through the browser host's stream, timed in the page.
    const page = await browser.newPage();
    await page.goto(host.url);
    await page.evaluate(() => {
      const seen: Record<number, number> = {};
      (window as unknown as { arrivals: Record<number, number> }).arrivals = seen;
      new EventSource('api/events').onmessage = (m) => {
        const { name, payload } = JSON.parse(m.data as string) as { name: string; payload: { grams: number | null } };
        const grams = payload.grams;
        if (name === 'scale.reading' && grams !== null && !(grams in seen)) seen[grams] = performance.timeOrigin + performance.now();
      };
    });
    await new Promise((r) => setTimeout(r, 300));

    const written = new Map<number, number>();
    for (let i = 0; i < frames; i++) {
      const grams = 1000 + i;
      written.set(grams, performance.timeOrigin + performance.now());
      sim.write(`ST,+${(grams / 1000).toFixed(3).padStart(8, '0')} kg\r\n`);
      await new Promise((r) => setTimeout(r, everyMs));
    }
    await new Promise((r) => setTimeout(r, 500));
    const inPage = await page.evaluate(() => (window as unknown as { arrivals: Record<number, number> }).arrivals);

    const toMain = [...written].flatMap(([g, t]) => (inMain.has(g) ? [inMain.get(g)! - t] : []));
    const toPage = [...written].flatMap(([g, t]) => (inPage[g] !== undefined ? [inPage[g]! - t] : []));
    console.log(`${frames} A&D frames, one every ${everyMs} ms, over a socat pseudo terminal; renderer = Debian Chromium via the browser host's event stream`);
    console.log('| path | frames seen | p50 | p95 | max | p95 ratio to main process |');
    console.log('|---|---|---|---|---|---|');
    const base = percentile(toMain, 95);
    for (const [name, s] of [
      ['frame → contract event in the main process (peer)', toMain],
      ['frame → event in the renderer (target p95 ≤ 50 ms)', toPage],
    ] as const) {
      console.log(`| ${name} | ${s.length}/${frames} | ${ms(percentile(s, 50))} | ${ms(percentile(s, 95))} | ${ms(Math.max(...s))} | ${(percentile(s, 95) / base).toFixed(2)} |`);
    }
  } finally {
    if (sim.isOpen) await new Promise<void>((r) => sim.close(() => r()));
    await browser.close();
    await host.close();
    app.close();
    await pair.unplug();
    rmSync(dir, { recursive: true, force: true });
  }
}
