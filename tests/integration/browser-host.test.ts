// The loopback browser host over real HTTP: the token, the origin checks, the contract and
// its events, and the `npm start` fallback where the Electron runtime is missing.
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
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
    const json = { cookie, 'content-type': 'application/json' };
    const garbage = await http(`${host.origin}/api/commands/app.status`, { method: 'POST', headers: json, body: '{not json' });
    expect(garbage.status).toBe(400);
    expect(garbage.json().error.code).toBe('INVALID_INPUT');
    const huge = await http(`${host.origin}/api/commands/app.status`, { method: 'POST', headers: json, body: 'x'.repeat(2_000_000) });
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

  it('pushes ledger events to a signed-in screen over server-sent events, until it signs out', async () => {
    const cookie = await signedCookies();
    // Setting up the counter signs this tab in as its manager.
    await command('setup.initialize', { ...defaultSetup, idempotencyKey: 'ui-events-000001' }, cookie);
    const response = await fetch(`${host.origin}/api/events`, { headers: { cookie } });
    expect(response.headers.get('content-type')).toContain('text/event-stream');
    const reader = response.body!.getReader();
    await command('users.add', { name: 'Quàng Thị Mai', role: 'clerk', pin: '135790', idempotencyKey: 'ui-events-000002' }, cookie);
    await command('auth.signOut', { idempotencyKey: 'ui-events-000003' }, cookie);
    // Signed out: the next entry (from the console) ends the stream instead of reaching it.
    await counter.console('users.add', { name: 'Lường Văn Tú', role: 'clerk', pin: '246802', idempotencyKey: 'ui-events-000004' });
    let text = '';
    for (let chunk = await reader.read(); !chunk.done; chunk = await reader.read()) text += new TextDecoder().decode(chunk.value);
    const events = text
      .split('\n\n')
      .filter((f) => f.startsWith('data: '))
      .map((f) => JSON.parse(f.slice(6)));
    expect(events).toEqual([
      { name: 'ledger.appended', payload: expect.objectContaining({ seq: 5, kind: 'user.added' }) },
      { name: 'ledger.appended', payload: expect.objectContaining({ seq: 6, kind: expect.stringMatching(/sign/) }) },
    ]);
  });
});

describe('browser host edges', () => {
  it('refuses a command whose body is not declared as JSON, so a cross-site text/plain post changes nothing', async () => {
    const cookie = await signedCookies();
    const body = JSON.stringify({ input: { ...defaultSetup, idempotencyKey: 'cross-site-0001' } });
    for (const type of ['text/plain', 'text/plain;charset=UTF-8', 'application/x-www-form-urlencoded', 'multipart/form-data; boundary=x']) {
      const reply = await http(`${host.origin}/api/commands/setup.initialize`, { method: 'POST', headers: { cookie, 'content-type': type }, body });
      expect(reply.status, type).toBe(415);
      expect(reply.json().error.code).toBe('INVALID_INPUT');
      expect(reply.json().error.message).toContain('application/json');
    }
    const untyped = await http(`${host.origin}/api/commands/setup.initialize`, { method: 'POST', headers: { cookie }, body });
    expect(untyped.status).toBe(415);
    expect(counter.entryKinds()).toEqual([]);
    const withCharset = await http(`${host.origin}/api/commands/setup.initialize`, {
      method: 'POST',
      headers: { cookie, 'content-type': 'Application/JSON; charset=utf-8' },
      body,
    });
    expect(withCharset.status).toBe(200);
    expect(counter.entryKinds()).toContain('counter.set_up');
  });

  it('serves events only to a signed-in screen, not to any token holder with a made-up session', async () => {
    const cookie = await signedCookies();
    const tokenOnly = cookie.replace(/counter_session_\d+=[0-9a-f]+/, (c) => c.replace(/=.*/, '=made-up-session'));
    for (const c of [cookie, tokenOnly]) {
      const reply = await http(`${host.origin}/api/events`, { headers: { cookie: c } });
      expect(reply.status).toBe(401);
      expect(reply.json()).toMatchObject({ ok: false, error: { code: 'NOT_SIGNED_IN', message: 'Bạn cần đăng nhập để thực hiện thao tác này.' } });
    }
  });

  it('answers 400 with the error envelope to a malformed %-escape, with one line in the log and no stack', async () => {
    const cookie = await signedCookies();
    const logged: string[] = [];
    const spies = (['error', 'warn', 'log'] as const).map((level) =>
      vi.spyOn(console, level).mockImplementation((...args: unknown[]) => void logged.push(args.map(String).join(' '))),
    );
    try {
      for (const [method, path] of [['GET', '/%'], ['GET', '/%E0%A4%A'], ['POST', '/api/commands/%']]) {
        const reply = await http(host.origin, { method, path, headers: { cookie, 'content-type': 'application/json' }, body: method === 'POST' ? '{}' : undefined });
        expect(reply.status, path).toBe(400);
        expect(reply.json().error.code, path).toBe('INVALID_INPUT');
      }
    } finally {
      spies.forEach((s) => s.mockRestore());
    }
    expect(logged).toHaveLength(3);
    expect(logged.join('\n').split('\n')).toHaveLength(3);
    expect(logged.join('\n')).not.toMatch(/URIError|\n\s+at /);
  });

  it('after taking the token redirects only to /, never to an address made from the path', async () => {
    for (const path of [`/.//evil.example/?token=${host.token}`, `//evil.example/?token=${host.token}`, `/assets/?token=${host.token}`]) {
      const reply = await http(host.origin, { path });
      expect(reply.status, path).toBe(303);
      expect(reply.headers.location, path).toBe('/');
    }
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
