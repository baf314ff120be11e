// A counter killed (SIGKILL) in the middle of building a handover batch: reopened, the batch
// holds exactly the dossiers whose scans were acknowledged, the rest are still waiting, and the
// ledger verifies.
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openCounterApp } from '../../electron/services/counter-app';
import type { CommandResult } from '../../shared/contract/result';
import { key, ok, type StaffedCounter } from '../support/counter-fixture';
import { filledForm, intakeCounter } from '../support/intake-fixture';

const root = join(__dirname, '..', '..');
let c: StaffedCounter | undefined;
afterEach(() => c?.close());

describe('handover batch killed mid-way', () => {
  it('keeps exactly the acknowledged scans', async () => {
    c = await intakeCounter();
    const slips: string[] = [];
    for (let i = 0; i < 3; i++) {
      const form = await filledForm(c);
      slips.push(ok(await c.screen('clerk', 'intake.commit', { ...form, idempotencyKey: key('commit') })).dossier.slipNumber);
    }
    c.app.close();

    const child = spawn(process.execPath, ['--import', 'tsx', join(root, 'tests/support/handover-crash-child.ts'), c.dataDir, c.clerkId, ...slips], { cwd: root, stdio: ['pipe', 'pipe', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    let out = '';
    const acks = (n: number) =>
      new Promise<string[]>((resolve, reject) => {
        const check = () => {
          const found = [...out.matchAll(/added (\S+) (\S+)\n/g)];
          if (found.length >= n) resolve(found.map((m) => `${m[1]} ${m[2]}`));
        };
        child.stdout.on('data', (d: Buffer) => {
          out += d.toString();
          check();
        });
        child.on('exit', (code) => reject(new Error(`child exited ${code}: ${stderr}`)));
        check();
      });
    child.stdin.write('next\n');
    child.stdin.write('next\n');
    const acknowledged = await acks(2);
    const exited = new Promise((r) => child.on('exit', r));
    child.kill('SIGKILL');
    await exited;

    const batch = acknowledged[0]!.split(' ')[0]!;
    expect(acknowledged).toEqual([`${batch} ${slips[0]}`, `${batch} ${slips[1]}`]);
    const app = openCounterApp({ dataDir: c.dataDir });
    try {
      const shown = ok((await app.dispatch('handover.show', { batchNumber: batch }, { lang: 'vi', via: 'console' })) as CommandResult<{ items: { slipNumber: string; status: string }[] }>);
      expect(shown.items.map((i) => [i.slipNumber, i.status])).toEqual([
        [slips[0], 'inBatch'],
        [slips[1], 'inBatch'],
      ]);
      const status = app.services.db.prepare('SELECT status FROM dossiers WHERE slip_number = ?').get(slips[2]) as { status: string };
      expect(status.status).toBe('received');
      expect(app.services.ledger.verify()).toMatchObject({ ok: true });
    } finally {
      app.close();
    }
  });
});
