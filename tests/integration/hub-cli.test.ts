// The hub's command line as real processes on an embedded (PGlite) folder: the shapes and exit
// codes scripts rely on, before a hub serves the folder and through the hub while it does.
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { enrol, pull, push, TestChain } from '../support/hub-counter';
import { runScript } from '../support/run-cli';

const root = join(__dirname, '..', '..');
const dir = mkdtempSync(join(tmpdir(), 'hub-cli-'));
const dataDir = join(dir, 'hub');
let server: ChildProcess | null = null;
afterAll(() => {
  server?.kill('SIGKILL');
  rmSync(dir, { recursive: true, force: true });
});

const hub = (args: string[]) => runScript('hub/cli.ts', ['--data-dir', dataDir, ...args], { env: { ...process.env, HUB_DATABASE_URL: '' } });

describe('hub command line', () => {
  it('enrols, serves, reports status, publishes a catalogue and revokes, with the documented shapes and exit codes', async () => {
    const usage = await hub(['counters', 'enrol', '--office-code', '700000']);
    expect(usage.code).toBe(2);
    expect(usage.stderr).toContain('--counter N');

    // On the folder directly (no hub running yet).
    const first = await hub(['counters', 'enrol', '--office-code', '700000', '--counter', '1', '--json']);
    expect(first.code).toBe(0);
    const { code: code1 } = JSON.parse(first.stdout) as { code: string };
    expect(code1).toMatch(/^[A-Z2-9]{4}-[A-Z2-9]{4}-[A-Z2-9]{4}$/);

    server = spawn(process.execPath, ['--import', 'tsx', join(root, 'hub/cli.ts'), '--data-dir', dataDir, 'serve', '--port', '0'], { cwd: root });
    const url = await new Promise<string>((resolve, reject) => {
      let out = '';
      server!.stdout!.on('data', (d: Buffer) => {
        out += d.toString();
        const m = /(http:\/\/127\.0\.0\.1:\d+)/.exec(out);
        if (m) resolve(m[1]!);
      });
      server!.once('exit', (c) => reject(new Error(`serve exited ${c}`)));
    });

    // Through the running hub: the code on the last line.
    const second = await hub(['counters', 'enrol', '--office-code', '700000', '--counter', '2']);
    expect(second.code).toBe(0);
    const code2 = second.stdout.trim().split('\n').at(-1)!;
    expect(code2).toMatch(/^[A-Z2-9]{4}-[A-Z2-9]{4}-[A-Z2-9]{4}$/);

    const chain = new TestChain();
    const enrolled = await enrol(url, { code: code1, deviceId: chain.deviceId, officeCode: '700000', counterNumber: 1 });
    expect(enrolled.status).toBe(200);
    const creds = { counterId: enrolled.body.counterId, secret: enrolled.body.secret };
    expect((await push(url, creds, chain.append(3))).body.ackedSeq).toBe(3);

    const status = await hub(['status', '--json']);
    expect(status.code).toBe(0);
    const s = JSON.parse(status.stdout);
    expect(s.alerts).toEqual([]);
    expect(s.counters).toHaveLength(1);
    expect(s.counters[0]).toMatchObject({ officeCode: '700000', counter: 1, ackedSeq: 3, headHash: chain.head.hash });
    expect(Date.parse(s.counters[0].lastSeenAt)).not.toBeNaN();

    const published = await hub(['publish', 'catalogue', join(root, 'resources/catalogue/sample-catalogue.json'), '--json']);
    expect(published.code).toBe(0);
    const { id } = JSON.parse(published.stdout) as { id: number };
    const pulled = await pull(url, creds, 0);
    expect(pulled.body.directives.map((d: { id: number; kind: string }) => [d.id, d.kind])).toEqual([[id, 'catalogue.version']]);
    expect(pulled.body.directives[0].payload.procedures.length).toBeGreaterThan(10);

    const bad = join(dir, 'empty-catalogue.json');
    writeFileSync(bad, JSON.stringify({ procedures: [] }));
    const refused = await hub(['publish', 'catalogue', bad]);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain('procedures');

    expect((await hub(['counters', 'revoke', '--office-code', '700000', '--counter', '1'])).code).toBe(0);
    expect((await hub(['counters', 'revoke', '--office-code', '700000', '--counter', '1'])).code).toBe(1);
    expect((await pull(url, creds, 0)).body.error.code).toBe('REVOKED');
    const list = JSON.parse((await hub(['counters', 'list', '--json'])).stdout);
    expect(list.counters[0]).toMatchObject({ officeCode: '700000', counter: 1 });
    expect(list.counters[0].revokedAt).not.toBeNull();

    const exited = new Promise<number | null>((resolve) => server!.once('exit', resolve));
    server.kill('SIGTERM');
    expect(await exited).toBe(0);
    server = null;
    expect(existsSync(join(dataDir, 'serve.json'))).toBe(false);
  }, 120_000);
});
