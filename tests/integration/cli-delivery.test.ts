// `delivery list` and `dossiers overdue` from the technicians' console, as real processes over a
// ledger whose dossiers were taken in (and one put on a round) long before today.
import { rmSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DossierMoves } from '../../electron/services/dossiers/dossier-moves';
import { key, ok, type StaffedCounter } from '../support/counter-fixture';
import { filledForm, intakeCounter } from '../support/intake-fixture';
import { runCli } from '../support/run-cli';

let c: StaffedCounter;
let home: string;
beforeAll(async () => {
  c = await intakeCounter();
  const intake = async (returnMethod: { kind: 'counter' } | { kind: 'home'; address: string }) =>
    ok(await c.screen('clerk', 'intake.commit', { ...(await filledForm(c)), returnMethod, idempotencyKey: key('commit') })).dossier.slipNumber;
  home = await intake({ kind: 'home', address: 'Số 12, đường Tô Hiệu, tỉnh Sơn La' });
  await intake({ kind: 'counter' });
  // The result of the first came back, as handover and check-in would record it.
  const moves = new DossierMoves(c.app.services.db);
  for (const to of ['inBatch', 'delivered', 'resultReceived'] as const) {
    c.app.services.ledger.transaction(() => {
      const planned = moves.plan([home], to);
      moves.apply(planned, c.app.services.ledger.post({ kind: 'test.moved', payload: { moves: planned }, actor: { kind: 'system' }, idempotencyKey: key('move') }).seq);
    });
  }
  ok(await c.screen('clerk', 'delivery.assign', { slipNumbers: [home], carrier: 'Lò Văn Minh', idempotencyKey: key('assign') }));
  c.app.close();
}, 60_000);
afterAll(() => {
  rmSync(c.dataDir, { recursive: true, force: true });
  rmSync(`${c.dataDir}-keys`, { recursive: true, force: true });
});

describe('delivery and overdue commands', () => {
  it('delivery list shows the dossier out on its round with its attempts, in Vietnamese and in English', async () => {
    const vi = await runCli(['--data-dir', c.dataDir, 'delivery', 'list']);
    expect(vi.code, vi.stderr).toBe(0);
    expect(vi.stdout).toContain(home);
    expect(vi.stdout).toContain('đang phát tận địa chỉ');
    expect(vi.stdout).toContain('chuyến 2026-11-27-1 (Lò Văn Minh)');
    expect(vi.stdout).toContain('phát hỏng 0/2');
    const en = await runCli(['--data-dir', c.dataDir, '--lang', 'en', 'delivery', 'list']);
    expect(en.stdout).toContain('out for home delivery');
  });

  it('dossiers overdue --json lists the result not returned after N days; the text names each list', async () => {
    // The round left on 27 November 2026 by the test clock; the console runs on today's, later one.
    const r = await runCli(['--data-dir', c.dataDir, '--json', 'dossiers', 'overdue', '--days', '1']);
    expect(r.code, r.stderr).toBe(0);
    const out = JSON.parse(r.stdout) as { uncollectedDays: number; uncollected: { dossiers: { slipNumber: string; status: string }[] }; awaitingAgency: { total: number } };
    expect(out.uncollectedDays).toBe(1);
    expect(out.uncollected.dossiers).toEqual([expect.objectContaining({ slipNumber: home, status: 'outForDelivery' })]);
    expect(out.awaitingAgency.total).toBe(0);
    const text = await runCli(['--data-dir', c.dataDir, 'dossiers', 'overdue', '--days', '1']);
    expect(text.code, text.stderr).toBe(0);
    expect(text.stdout).toContain('Hồ sơ quá hạn đến ngày');
    expect(text.stdout).toContain(`Đã có kết quả, chưa trả sau 1 ngày: 1\n  ${home}`);
    const bad = await runCli(['--data-dir', c.dataDir, 'dossiers', 'overdue', '--days', '0']);
    expect(bad.code).toBe(1);
    expect(bad.stderr).toContain('Số ngày chờ trả phải là số nguyên từ 1 đến 90.');
  });

  it('the console has no command that changes a delivery (a clerk’s action)', async () => {
    const r = await runCli(['--data-dir', c.dataDir, 'delivery', 'assign']);
    expect(r.code).toBe(2);
  });
});
