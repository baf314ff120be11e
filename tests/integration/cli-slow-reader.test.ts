// The console writes all of its output even when the reader is slower than the process: a
// script piping `counter --json ledger entries` into a slow consumer must get the whole JSON.
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { defaultSetup, key, ok, openTestCounter, type TestCounter } from '../support/counter-fixture';

const root = join(__dirname, '..', '..');
let counter: TestCounter;

beforeAll(async () => {
  counter = openTestCounter();
  ok(await counter.console('setup.initialize', { ...defaultSetup, idempotencyKey: key('setup') }));
  // 500 entries with a note of 600 characters each: the JSON is far beyond a pipe's 64 KiB buffer.
  const { ledger } = counter.app.services;
  for (let i = 0; i < 500; i++) {
    ledger.transaction(() => ledger.post({
      kind: 'test.note',
      payload: { n: i, note: `ghi chú ${i} `.padEnd(600, 'x') },
      actor: { kind: 'console' },
      idempotencyKey: `slow-reader-${i}`,
    }));
  }
  counter.app.close();
});
afterAll(() => counter.close());

/** Runs the console and reads its stdout in small bites with pauses, as a slow pipe would. */
function runWithSlowReader(args: string[]): Promise<{ code: number | null; stdout: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', join(root, 'electron/hosts/cli.ts'), ...args], {
      cwd: root,
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    const chunks: Buffer[] = [];
    child.stdout.on('data', (d: Buffer) => {
      chunks.push(d);
      child.stdout.pause();
      setTimeout(() => child.stdout.resume(), 100);
    });
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout: Buffer.concat(chunks).toString('utf8') }));
  });
}

describe('console output into a slow reader', () => {
  it('writes every byte of `--json ledger entries` before exiting', async () => {
    const { code, stdout } = await runWithSlowReader(['--data-dir', counter.dataDir, '--json', 'ledger', 'entries', '--limit', '500']);
    expect(Buffer.byteLength(stdout)).toBeGreaterThan(200_000);
    const parsed = JSON.parse(stdout) as { entries: { seq: number; payload: { note: string } }[] };
    expect(parsed.entries).toHaveLength(500);
    expect(parsed.entries.at(-1)!.payload.note).toMatch(/^ghi chú \d+ x+$/);
    expect(code).toBe(0);
  }, 60_000);
});
