// The hub killed mid-send, again and again: each run of the connector is killed (SIGKILL) the
// moment the one-stop system commits one of its calls, before the hub can record it. After ten
// such deaths and a run to the end, every dossier exists upstream once and no progress update
// was received twice — counted in the one-stop system's state, not in the hub's log.
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { openHubDatabase } from '../../hub/db/open-hub-database';
import { startOnestopReference, type OnestopReference } from '../../hub/onestop-reference/server';
import { progressKey } from '../../shared/onestop/convention';
import { key, ok, type StaffedCounter } from '../support/counter-fixture';
import { moveDossier } from '../support/deliver-dossier';
import { ingestedCounter } from '../support/hub-ingest';
import { filledForm, intakeCounter } from '../support/intake-fixture';

const root = join(__dirname, '..', '..');
const dirs: string[] = [];
let c: StaffedCounter | undefined;
let ref: OnestopReference | undefined;
afterAll(async () => {
  c?.close();
  await ref?.close();
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});

it('exactly once upstream though the hub is killed mid-send ten times', { timeout: 300_000 }, async () => {
  const hubDir = mkdtempSync(join(tmpdir(), 'hub-crash-'));
  const refDir = mkdtempSync(join(tmpdir(), 'onestop-ref-'));
  dirs.push(hubDir, refDir);
  let killAtCommit: (() => void) | null = null;
  ref = await startOnestopReference({ dataDir: refDir, procedures: [], onCommit: () => killAtCommit?.() });

  c = await intakeCounter();
  const slips: string[] = [];
  for (let i = 0; i < 8; i++) slips.push(ok(await c.screen('clerk', 'intake.commit', { ...(await filledForm(c)), idempotencyKey: key('commit') })).dossier.slipNumber);
  for (const s of slips) moveDossier(c.app, s, 'inBatch', 'delivered');
  for (const s of slips.slice(0, 4)) moveDossier(c.app, s, 'resultReceived', 'returned');
  const db = await openHubDatabase({ dataDir: hubDir });
  await (await ingestedCounter(db, c.app, 1)).push();
  await db.close();

  const a = ref.account;
  const run = (killed: boolean) =>
    new Promise<'killed' | 'done'>((resolve, reject) => {
      const child = spawn(process.execPath, ['--import', 'tsx', join(root, 'tests/support/onestop-connector-child.ts'), hubDir, ref!.url, a.username, a.password, a.dstcode, a.madonvi], {
        cwd: root,
        stdio: ['ignore', 'pipe', 'pipe'],
      });
      let out = '';
      let err = '';
      child.stdout.on('data', (d: Buffer) => (out += d.toString()));
      child.stderr.on('data', (d: Buffer) => (err += d.toString()));
      if (killed) killAtCommit = () => child.kill('SIGKILL');
      child.on('exit', (code, signal) => {
        killAtCommit = null;
        if (signal === 'SIGKILL') resolve('killed');
        else if (code === 0 && out.includes('done')) resolve('done');
        else reject(new Error(`connector child exited ${code}: ${err}`));
      });
    });

  const outcomes: string[] = [];
  for (let i = 0; i < 10; i++) outcomes.push(await run(true));
  // Sixteen calls to commit and each run killed at its first: every run died mid-send.
  expect(outcomes).toEqual(outcomes.map(() => 'killed'));
  expect(await run(false)).toBe('done');

  const held = ref.dossiers();
  expect(held.map((d) => d.item.SoBienNhan).sort()).toEqual([...slips].sort());
  expect(held.map((d) => d.created)).toEqual(held.map(() => 1));
  const keys = ref.progress().map((p) => progressKey(p.update));
  expect(keys).toHaveLength(4);
  expect(new Set(keys).size).toBe(4);
  expect(held.filter((d) => d.status === '10' && d.item.NgayTra !== '')).toHaveLength(4);
});
