// The loopback browser host over real HTTP: the token, the origin checks, the contract and
// its events, and the `npm start` fallback where the Electron runtime is missing.
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startBrowserHost, type BrowserHost } from '../../electron/hosts/browser-host';
import { defaultSetup, openTestCounter, type TestCounter } from '../support/counter-fixture';
import { cookieHeader, http } from '../support/http';

let counter: TestCounter;
let host: BrowserHost;
let staticDir: string;

beforeEach(async () => {
  counter = openTestCounter();
  staticDir = mkdtempSync(join(tmpdir(), 'counter-static-'));
  writeFileSync(join(staticDir, 'index.html'), '<!doctype html><title>Quầy</title>');
  mkdirSync(join(staticDir, 'assets'));
  writeFileSync(join(staticDir, 'assets', 'app.js'), 'console.log(1)');
  host = await startBrowserHost({ app: counter.app, staticDir });
});
afterEach(async () => {
  await host.close();
  counter.close();
});

async function signedCookies(): Promise<string> {
  const reply = await http(host.url);
  expect(reply.status).toBe(303);
  expect(reply.headers.location).toBe('/');
  return cookieHeader(reply);
}

const command = (name: string, input: unknown, cookie: string, lang = 'vi') =>
  http(`${host.origin}/api/commands/${name}`, {
    method: 'POST',
    headers: { cookie, 'content-type': 'application/json', origin: host.origin },
    body: JSON.stringify({ input, lang }),
  });

describe('browser host', () => {
  it('listens on 127.0.0.1 with a long random token in the printed URL', () => {
    expect(host.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/\?token=[0-9a-f]{48}$/);
  });

  it('answers 401 to every request without the token', async () => {
    for (const path of ['/', '/index.html', '/assets/app.js', '/api/events', '/?token=wrong']) {
      const r = await http(`${host.origin}${path}`);
      expect(r.status, path).toBe(401);
      expect(r.body).toContain('Cần mã truy cập');
    }
    const post = await http(`${host.origin}/api/commands/app.status`, { method: 'POST', body: '{}' });
    expect(post.status).toBe(401);
  });

  it('trades the token for HttpOnly SameSite cookies and serves the screens with a strict CSP', async () => {
    const reply = await http(host.url);
    const setCookie = reply.headers['set-cookie'] as string[];
    expect(setCookie.every((c) => /HttpOnly; SameSite=Strict/.test(c))).toBe(true);
    const page = await http(`${host.origin}/`, { headers: { cookie: cookieHeader(reply) } });
    expect(page.status).toBe(200);
    expect(page.body).toContain('<title>Quầy</title>');
    expect(page.headers['content-security-policy']).toContain("script-src 'self'");
    expect(page.headers['x-frame-options']).toBe('DENY');
  });

  it('answers 403 to a foreign Origin or Host, even with the token', async () => {
    const cookie = await signedCookies();
    const foreign = await http(`${host.origin}/api/commands/app.status`, {
      method: 'POST',
      headers: { cookie, origin: 'http://evil.example', 'content-type': 'application/json' },
      body: '{"input":{}}',
    });
    expect(foreign.status).toBe(403);
    const rebinding = await http(`${host.origin}/`, { headers: { cookie, host: `evil.example:${host.port}` } });
    expect(rebinding.status).toBe(403);
    const withToken = await http(host.url, { headers: { origin: 'http://127.0.0.1:1' } });
    expect(withToken.status).toBe(403);
  });

  it('serves only files inside the built renderer', async () => {
    const cookie = await signedCookies();
    expect((await http(`${host.origin}/assets/app.js`, { headers: { cookie } })).status).toBe(200);
    for (const path of ['/%2e%2e/%2e%2e/etc/passwd', '/..%2f..%2fetc%2fpasswd', '/assets/../../x']) {
      expect((await http(host.origin, { path, headers: { cookie } })).status, path).toBe(404);
    }
  });

  it('carries the contract: results, Vietnamese or English errors, and HTTP statuses', async () => {
    const cookie = await signedCookies();
    const status = await command('app.status', {}, cookie);
    expect(status.status).toBe(200);
    expect(status.json()).toMatchObject({ ok: true, value: { initialized: false } });
    const bad = await command('setup.initialize', { ...defaultSetup, managerPin: 'x', idempotencyKey: 'k-123456789' }, cookie);
    expect(bad.status).toBe(400);
    expect(bad.json().error.issues[0].message).toBe('Mã PIN quản lý: Mã PIN phải gồm 4 đến 8 chữ số.');
    const badEn = await command('setup.initialize', { ...defaultSetup, managerPin: 'x', idempotencyKey: 'k-123456789' }, cookie, 'en');
    expect(badEn.json().error.issues[0].message).toBe('Manager PIN: The PIN must be 4 to 8 digits.');
    expect((await command('nope', {}, cookie)).status).toBe(404);
    expect((await http(`${host.origin}/api/commands/app.status`, { headers: { cookie } })).status).toBe(405);
    const garbage = await http(`${host.origin}/api/commands/app.status`, { method: 'POST', headers: { cookie }, body: '{not json' });
    expect(garbage.status).toBe(400);
    expect(garbage.json().error.code).toBe('INVALID_INPUT');
    const huge = await http(`${host.origin}/api/commands/app.status`, { method: 'POST', headers: { cookie }, body: 'x'.repeat(2_000_000) });
    expect(huge.status).toBe(413);
    expect(huge.json().error.message).toContain('yêu cầu quá lớn');
  });

  it('posts one entry when the same command with the same key arrives three times concurrently', async () => {
    const cookie = await signedCookies();
    const input = { ...defaultSetup, idempotencyKey: 'ui-frozen-screen-0001' };
    const replies = await Promise.all([1, 2, 3].map(() => command('setup.initialize', input, cookie)));
    expect(replies.map((r) => r.status)).toEqual([200, 200, 200]);
    expect(new Set(replies.map((r) => r.body)).size).toBe(1);
    expect(counter.entryKinds()).toEqual(['counter.set_up', 'user.added', 'catalogue.imported', 'agency.updated']);
  });

  it('pushes ledger events to the screens over server-sent events', async () => {
    const cookie = await signedCookies();
    const controller = new AbortController();
    const response = await fetch(`${host.origin}/api/events`, { headers: { cookie }, signal: controller.signal });
    expect(response.headers.get('content-type')).toContain('text/event-stream');
    const reader = response.body!.getReader();
    await command('setup.initialize', { ...defaultSetup, idempotencyKey: 'ui-events-000001' }, cookie);
    let text = '';
    while (!text.includes('agency.updated')) text += new TextDecoder().decode((await reader.read()).value);
    controller.abort();
    const events = text
      .split('\n\n')
      .filter((f) => f.startsWith('data: '))
      .map((f) => JSON.parse(f.slice(6)));
    expect(events).toEqual([
      { name: 'ledger.appended', payload: expect.objectContaining({ seq: 1, kind: 'counter.set_up' }) },
      { name: 'ledger.appended', payload: expect.objectContaining({ seq: 2, kind: 'user.added' }) },
      { name: 'ledger.appended', payload: expect.objectContaining({ seq: 3, kind: 'catalogue.imported' }) },
      { name: 'ledger.appended', payload: expect.objectContaining({ seq: 4, kind: 'agency.updated' }) },
    ]);
  });
});

describe('npm start without the Electron runtime', () => {
  it('prints one clear notice and a working browser URL whose token is required', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'counter-launch-'));
    const child = spawn(
      process.execPath,
      ['--import', 'tsx', 'electron/hosts/launch.ts', '--data-dir', dataDir, '--static', staticDir],
      { cwd: join(__dirname, '..', '..'), stdio: ['ignore', 'pipe', 'pipe'] },
    );
    try {
      let out = '';
      const url = await new Promise<string>((resolve, reject) => {
        child.stdout.on('data', (d: Buffer) => {
          out += d.toString();
          const m = out.match(/http:\/\/127\.0\.0\.1:\d+\/\?token=\w+/);
          if (m) resolve(m[0]);
        });
        child.on('exit', () => reject(new Error(`exited: ${out}`)));
      });
      expect(out.split('\n')[0]).toMatch(/^Không có Electron runtime trên máy này \(Electron runtime not installed\)/);
      const u = new URL(url);
      expect((await http(`${u.origin}/`)).status).toBe(401);
      const entry = await http(url);
      expect(entry.status).toBe(303);
      expect((await http(`${u.origin}/`, { headers: { cookie: cookieHeader(entry) } })).status).toBe(200);
    } finally {
      child.kill('SIGTERM');
    }
  });
});
