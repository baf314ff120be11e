// Two print queues on one ledger file (two workers, which the data folder's lock exists to
// prevent) can never both take the same job: the claim is one conditional UPDATE.
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openDatabase, type Db } from '../../electron/services/db/open-database';
import { Ledger } from '../../electron/services/ledger/ledger';
import { PrintQueue } from '../../electron/services/printing/print-queue';
import { TestClock } from '../support/counter-fixture';

const root = join(__dirname, '..', '..');
let dir: string;
let file: string;
const dbs: Db[] = [];

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'counter-claim-'));
  file = join(dir, 'ledger.sqlite');
});
afterEach(() => {
  for (const db of dbs.splice(0)) db.close();
  rmSync(dir, { recursive: true, force: true });
});

/** A queue on its own connection to the file, as a second process would have. */
function queueOn(): PrintQueue {
  const db = openDatabase(file);
  dbs.push(db);
  const clock = new TestClock();
  return new PrintQueue(db, new Ledger(db, clock), clock, () => []);
}

/** Queues `n` receipt jobs, each with the entry that causes it. */
function enqueue(n: number): string[] {
  const db = openDatabase(file);
  dbs.push(db);
  const ledger = new Ledger(db, new TestClock());
  const queue = new PrintQueue(db, ledger, new TestClock(), () => []);
  return Array.from({ length: n }, (_, i) =>
    ledger.transaction(() => {
      const cause = ledger.post({ kind: 'test.queued', payload: { i }, actor: { kind: 'system' }, idempotencyKey: `queued-${i}` });
      return queue.enqueue({ kind: 'receipt', reference: `slip-${i}`, copies: 1, reprint: null, causedBySeq: cause.seq }, 80).jobId;
    }),
  );
}

function claimer(): { ready: Promise<void>; go: () => void; claimed: Promise<string[]> } {
  const child = spawn(process.execPath, ['--import', 'tsx', join(root, 'tests/support/claim-jobs-child.ts'), file], { cwd: root, stdio: ['pipe', 'pipe', 'inherit'] });
  let out = '';
  let onReady: () => void;
  const ready = new Promise<void>((r) => (onReady = r));
  const claimed = new Promise<string[]>((resolve, reject) => {
    child.stdout.on('data', (d: Buffer) => {
      out += d.toString();
      if (out.startsWith('ready\n')) onReady();
    });
    child.on('exit', (code) => (code === 0 ? resolve(JSON.parse(out.slice('ready\n'.length)) as string[]) : reject(new Error(`claimer exited ${code}: ${out}`))));
  });
  return { ready, go: () => child.stdin.end('go\n'), claimed };
}

describe('claiming a print job', () => {
  it('gives a job both queues saw as next to only one of them', () => {
    const [jobId] = enqueue(1);
    const a = queueOn();
    const b = queueOn();
    const seenByA = a.next();
    const seenByB = b.next();
    expect(seenByA?.id).toBe(jobId);
    expect(seenByB?.id).toBe(jobId);
    expect(a.claim(seenByA!)).toBe(true);
    expect(b.claim(seenByB!)).toBe(false);
    // Being sent by A, the job is no longer offered to anyone.
    expect(b.next()).toBeNull();
    expect(a.jobsFor('slip-0')).toEqual([expect.objectContaining({ state: 'printing', attempts: 1 })]);
  });

  it('two processes claiming from one file at once never take the same job, and leave none', async () => {
    const jobs = enqueue(400);
    const claimers = [claimer(), claimer()];
    await Promise.all(claimers.map((c) => c.ready));
    for (const c of claimers) c.go();
    const [first, second] = await Promise.all(claimers.map((c) => c.claimed));
    expect(first!.filter((id) => second!.includes(id))).toEqual([]);
    expect([...first!, ...second!].sort()).toEqual([...jobs].sort());
  }, 60_000);
});
