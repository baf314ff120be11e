// The dossier register through the dispatcher on a real ledger file: two dossiers taken in,
// then found every way a clerk would (slip with or without dashes, S10, the receipt's QR text,
// name without diacritics in any order and as prefixes, CCCD, phone as written), filtered by day,
// procedure and status, and opened with the timeline of every entry about it — including the
// weight, the printed receipts and entries another service posts with `slipNumbers` or `moves`.
// Every statement the register runs reads through an index, and the session still verifies.
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CommandOutput } from '../../shared/contract/commands';
import { rmSync } from 'node:fs';
import { runCli } from '../support/run-cli';
import { migrations } from '../../electron/services/db/migrations';
import { DossierMoves } from '../../electron/services/dossiers/dossier-moves';
import { key, ok, type StaffedCounter } from '../support/counter-fixture';
import { applicant, filledForm, intakeCounterWithPrinter } from '../support/intake-fixture';
import type { VirtualPrinter } from '../support/virtual-printer';

let c: StaffedCounter;
let printer: VirtualPrinter;
let hoa: CommandOutput<'intake.commit'>['dossier'];
let dinh: CommandOutput<'intake.commit'>['dossier'];
/** The console opens the data folder only once the app has let go of it (one host per folder). */
let closedForCli = false;

const find = async (query: string, more: Record<string, unknown> = {}) => ok(await c.screen('clerk', 'dossiers.find', { query, ...more }));
const slipsOf = async (query: string, more: Record<string, unknown> = {}) => (await find(query, more)).hits.map((h) => h.slipNumber);

beforeAll(async () => {
  ({ c, printer } = await intakeCounterWithPrinter());
  await c.app.startDevices();
  hoa = ok(await c.screen('clerk', 'intake.commit', { ...(await filledForm(c)), idempotencyKey: key('commit') })).dossier;
  const other = { ...applicant, name: 'Lò Văn Định', idNumber: '014090004321', phone: '0987 654 321', email: null };
  dinh = ok(await c.screen('clerk', 'intake.commit', { ...(await filledForm(c)), applicant: other, idempotencyKey: key('commit') })).dossier;
  await printer.waitForJobs(2, 10_000);
  // Both receipts' print.printed entries are in the ledger before the timelines are read.
  for (let i = 0; i < 200 && c.app.services.printing.jobsFor(dinh.slipNumber)[0]?.state !== 'printed'; i++) await new Promise((r) => setTimeout(r, 50));
});
afterAll(async () => {
  await printer.close();
  if (!closedForCli) return c.close();
  rmSync(c.dataDir, { recursive: true, force: true });
  rmSync(`${c.dataDir}-keys`, { recursive: true, force: true });
});

describe('dossiers.find', () => {
  it('finds a dossier by its slip number with or without dashes, its S10 and the QR text', async () => {
    expect(await slipsOf(hoa.slipNumber)).toEqual([hoa.slipNumber]);
    expect(await slipsOf(hoa.slipNumber.replaceAll('-', '').toLowerCase())).toEqual([hoa.slipNumber]);
    expect(await find(dinh.s10)).toMatchObject({ readAs: 's10', hits: [{ slipNumber: dinh.slipNumber, applicantName: 'Lò Văn Định', status: 'received' }] });
    const { dossier } = ok(await c.screen('clerk', 'dossiers.show', { ref: dinh.slipNumber }));
    expect(dossier.qrPayload).toMatch(/\|[0-9a-f]{16}$/);
    expect(await slipsOf(dossier.qrPayload)).toEqual([dinh.slipNumber]);
  });

  it('finds by the applicant name without diacritics, in any order, by prefixes', async () => {
    expect(await slipsOf('nguyen thi hoa')).toEqual([hoa.slipNumber]);
    expect(await slipsOf('hoa nguyen')).toEqual([hoa.slipNumber]);
    expect(await slipsOf('ng h')).toEqual([hoa.slipNumber]);
    expect(await slipsOf('DINH lo')).toEqual([dinh.slipNumber]);
    expect(await slipsOf('Lò Văn')).toEqual([dinh.slipNumber]);
    expect(await find('tran van')).toMatchObject({ readAs: 'name', hits: [], more: false });
  });

  it('finds by the CCCD number and by the phone however it is written', async () => {
    expect(await find('014190001234')).toMatchObject({ readAs: 'number', hits: [{ slipNumber: hoa.slipNumber }] });
    expect(await slipsOf('+84 987 654 321')).toEqual([dinh.slipNumber]);
    expect(await slipsOf('0912.345.678')).toEqual([hoa.slipNumber]);
    expect(await slipsOf('014190009999')).toEqual([]);
  });

  it('lists by day, procedure and status, newest first, and says when there are more', async () => {
    const today = c.clock.now().toISOString().slice(0, 10);
    expect(await slipsOf('', { from: today, to: today })).toEqual([dinh.slipNumber, hoa.slipNumber]);
    expect(await slipsOf('', { to: '2020-01-01' })).toEqual([]);
    expect(await slipsOf('', { procedureCode: hoa.procedureCode, status: 'received' })).toEqual([dinh.slipNumber, hoa.slipNumber]);
    expect(await slipsOf('', { procedureCode: '1.000000' })).toEqual([]);
    expect(await slipsOf('nguyen', { status: 'voided' })).toEqual([]);
    expect(await find('', { limit: 1 })).toMatchObject({ hits: [{ slipNumber: dinh.slipNumber }], more: true });
  });

  it('refuses a filter that is not a day, in the clerk language', async () => {
    const r = await c.screen('clerk', 'dossiers.find', { query: '', from: '2026-02-30' });
    expect(r.ok || r.error).toMatchObject({ code: 'INVALID_INPUT', issues: [{ path: 'from', message: 'Ngày phải có dạng NNNN-TT-NN.' }] });
  });
});

describe('dossiers.show', () => {
  it('shows the record and a timeline of every entry about the dossier, and nothing about another', async () => {
    const { dossier } = ok(await c.screen('clerk', 'dossiers.show', { ref: hoa.s10 }));
    expect(dossier).toMatchObject({
      slipNumber: hoa.slipNumber,
      status: 'received',
      nationalCode: 2,
      applicant: { name: 'Nguyễn Thị Hoà', idNumber: '014190001234', phone: '0912345678' },
      procedure: { code: hoa.procedureCode },
      weight: { grams: 180, manual: true },
      totalVnd: hoa.totalVnd,
      clerkName: 'Cầm Thị Mai',
    });
    expect(dossier.papers.length).toBeGreaterThan(0);
    expect(dossier.timeline.map((t) => t.kind)).toEqual(['scale.weight_entered_manually', 'dossier.received', 'print.printed']);
    expect(dossier.timeline[1]).toMatchObject({ actorKind: 'user', actorName: 'Cầm Thị Mai', deviceId: c.app.services.ledger.deviceId });
    expect(dossier.timeline[1]!.atLocal).toMatch(/^\d{4}-\d{2}-\d{2}[ T]\d{2}:\d{2}/);
  });

  it('links entries other services post about dossiers by slipNumbers and moves, with their reason and status change', async () => {
    ok(await c.screen('clerk', 'intake.reprint', { slipNumber: dinh.slipNumber, reason: 'Người gửi làm mất phiếu', idempotencyKey: key('reprint') }));
    const { ledger, db } = c.app.services;
    const moves = new DossierMoves(db);
    ledger.transaction(() => {
      const m = moves.plan([hoa.slipNumber], 'voided');
      const entry = ledger.post({ kind: 'test.both_noted', payload: { slipNumbers: [hoa.slipNumber, dinh.slipNumber], moves: m, reason: 'Kiểm tra' }, actor: { kind: 'system' }, idempotencyKey: key('note') });
      moves.apply(m, entry.seq);
    });
    const a = ok(await c.screen('clerk', 'dossiers.show', { ref: hoa.slipNumber })).dossier;
    expect(a.status).toBe('voided');
    expect(a.nationalCode).toBeNull();
    expect(a.timeline.at(-1)).toMatchObject({ kind: 'test.both_noted', actorKind: 'system', actorName: null, reason: 'Kiểm tra', move: { from: 'received', to: 'voided' } });
    const b = ok(await c.screen('clerk', 'dossiers.show', { ref: dinh.slipNumber })).dossier;
    expect(b.timeline.map((t) => [t.kind, t.reason, t.move])).toEqual([
      ['scale.weight_entered_manually', 'Cân thử nghiệm', null],
      ['dossier.received', null, null],
      ['print.printed', null, null],
      ['dossier.receipt_reprinted', 'Người gửi làm mất phiếu', null],
      ['test.both_noted', 'Kiểm tra', null],
    ]);
    expect(await slipsOf('', { status: 'voided' })).toEqual([hoa.slipNumber]);
    // The register's tables are read models: the session verifies.
    expect(ok(await c.console('ledger.verify', {}))).toMatchObject({ ok: true });
    // …and an index row no entry explains is named, as a forger who edits it would be.
    db.prepare('UPDATE dossier_lookup SET phone = ? WHERE slip_number = ?').run('0900000000', hoa.slipNumber);
    db.prepare('DELETE FROM dossier_entries WHERE slip_number = ? AND seq = ?').run(dinh.slipNumber, b.timeline[3]!.seq);
    const forged = ok(await c.console('ledger.verify', {}));
    expect(forged.ok).toBe(false);
    expect(forged.differences).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ table: 'dossier_lookup', key: String(hoa.seq), column: 'phone', expected: '0912345678', found: '0900000000' }),
        expect.objectContaining({ table: 'dossier_entries', key: `${dinh.slipNumber} / ${b.timeline[3]!.seq}`, expected: 'row', found: null }),
      ]),
    );
    db.prepare('UPDATE dossier_lookup SET phone = ? WHERE slip_number = ?').run('0912345678', hoa.slipNumber);
    db.prepare('INSERT INTO dossier_entries (slip_number, seq) VALUES (?, ?)').run(dinh.slipNumber, b.timeline[3]!.seq);
  });

  it('names a slip that is no dossier, in Vietnamese and in English', async () => {
    const vi = await c.screen('clerk', 'dossiers.show', { ref: 'khong-co' });
    expect(vi.ok || vi.error).toMatchObject({ code: 'DOSSIER_NOT_FOUND', message: 'Không tìm thấy hồ sơ có số phiếu khong-co.' });
    const en = await c.screen('clerk', 'dossiers.show', { ref: 'RR000000000VN' }, 'en');
    expect(en.ok || en.error).toMatchObject({ code: 'DOSSIER_NOT_FOUND', message: 'No dossier with slip number RR000000000VN.' });
  });
});

describe('migration 13', () => {
  it('fills the lookups and timelines of dossiers taken in before it, from their entries', async () => {
    const db: Database.Database = c.app.services.db;
    const before = ok(await c.screen('clerk', 'dossiers.show', { ref: dinh.slipNumber })).dossier.timeline;
    db.exec('DELETE FROM dossier_lookup; DELETE FROM dossier_name_words; DELETE FROM dossier_entries;');
    expect(await slipsOf('dinh')).toEqual([]);
    db.transaction(() => migrations.find((m) => m.version === 13)!.data!(db))();
    expect(await slipsOf('dinh')).toEqual([dinh.slipNumber]);
    expect(await slipsOf('0912345678')).toEqual([hoa.slipNumber]);
    expect(ok(await c.screen('clerk', 'dossiers.show', { ref: dinh.slipNumber })).dossier.timeline).toEqual(before);
    expect(ok(await c.console('ledger.verify', {}))).toMatchObject({ ok: true });
  });
});

describe('register query plans', () => {
  it('reads every growing table through an index, never a scan', async () => {
    const db: Database.Database = c.app.services.db;
    const ran = new Map<string, unknown[]>();
    const proto = Object.getPrototypeOf(db.prepare('SELECT 1')) as Record<'get' | 'all' | 'iterate', (...args: unknown[]) => unknown>;
    const originals = (['get', 'all', 'iterate'] as const).map((m) => [m, proto[m]] as const);
    for (const [m, original] of originals) {
      proto[m] = function (this: Database.Statement, ...args: unknown[]) {
        if (/dossier_|dossiers/.test(this.source)) ran.set(this.source, args);
        return original.apply(this, args);
      };
    }
    try {
      for (const query of [hoa.slipNumber, hoa.slipNumber.replaceAll('-', ''), hoa.s10, '014190001234', '0912345678', 'hoa nguyen', 'ng']) await find(query);
      await find('', { status: 'received' });
      await find('', { procedureCode: hoa.procedureCode });
      ok(await c.screen('clerk', 'dossiers.show', { ref: hoa.slipNumber }));
    } finally {
      for (const [m, original] of originals) proto[m] = original;
    }
    expect(ran.size).toBeGreaterThanOrEqual(6);
    const scans: string[] = [];
    for (const [sql, args] of ran) {
      for (const { detail } of db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all(...args) as { detail: string }[]) {
        if (/^SCAN (dossiers|entries|dossier_lookup|dossier_name_words|dossier_entries|d|e|l|w|o|x)\b/.test(detail)) scans.push(`${detail}  ←  ${sql.replace(/\s+/g, ' ')}`);
      }
    }
    expect(scans).toEqual([]);
  });
});

describe('the console', () => {
  it('finds and shows dossiers as text and as JSON, worded in the chosen language', async () => {
    ok(await c.screen('clerk', 'dossiers.correct', { slipNumber: dinh.slipNumber, reason: 'Ghi nhầm số', change: { field: 'phone', value: '0977 111 222' }, idempotencyKey: key() }));
    c.app.close();
    closedForCli = true;
    const found = await runCli(['--data-dir', c.dataDir, 'dossiers', 'find', 'dinh', 'lo']);
    expect(found).toMatchObject({ code: 0, stderr: '' });
    expect(found.stdout).toContain(`${dinh.slipNumber}  ${dinh.s10}  Lò Văn Định`);
    expect(found.stdout).toContain('[đã tiếp nhận]');
    const json = await runCli(['--data-dir', c.dataDir, '--json', 'dossiers', 'find', '', '--status', 'voided']);
    expect(JSON.parse(json.stdout)).toMatchObject({ readAs: 'all', hits: [{ slipNumber: hoa.slipNumber, status: 'voided' }], more: false });
    const bad = await runCli(['--data-dir', c.dataDir, 'dossiers', 'find', 'x', '--status', 'lost']);
    expect(bad.code).toBe(1);
    expect(bad.stderr).toContain('Không có trạng thái hồ sơ này; dùng một trong: received, inBatch,');

    const shown = await runCli(['--data-dir', c.dataDir, '--lang', 'en', 'dossiers', 'show', dinh.slipNumber.replaceAll('-', '')]);
    expect(shown.code).toBe(0);
    expect(shown.stdout).toContain(`Slip: ${dinh.slipNumber}   S10: ${dinh.s10}`);
    expect(shown.stdout).toContain('Status: received (national status code 2)');
    // The current phone, marked, and the address as taken in, unmarked.
    expect(shown.stdout).toContain('— CCCD 014090004321 — 0977111222 (corrected)');
    expect(shown.stdout).toMatch(/^Address: Tổ 3, phường Chiềng Lề, tỉnh Sơn La$/m);
    expect(shown.stdout).toContain('Dossier corrected');
    expect(shown.stdout).toContain('(reason: Ghi nhầm số)');
    expect(shown.stdout).toMatch(/Dossier received {2}— Cầm Thị Mai, device dev_/);
    expect(shown.stdout).toContain('Receipt reprinted');
    expect(shown.stdout).toContain('(reason: Người gửi làm mất phiếu)');
    expect(shown.stdout).toContain('Ledger entry (test.both_noted)');
    expect(shown.stdout).not.toContain('{');
    const vi = await runCli(['--data-dir', c.dataDir, 'dossiers', 'show', hoa.s10]);
    expect(vi.stdout).toContain('Trạng thái: đã hủy');
    expect(vi.stdout).toContain('— 0912345678\n');
    expect(vi.stdout).toMatch(/Ghi sổ \(test\.both_noted\) {2}— hệ thống, máy dev_\S+ {2}→ đã hủy {2}\(lý do: Kiểm tra\)/);
    const json2 = JSON.parse((await runCli(['--data-dir', c.dataDir, '--json', 'dossiers', 'show', hoa.slipNumber])).stdout);
    expect(json2.dossier.timeline.map((t: { kind: string }) => t.kind)).toContain('dossier.received');
    const missing = await runCli(['--data-dir', c.dataDir, 'dossiers', 'show', 'RR000000000VN']);
    expect(missing).toMatchObject({ code: 1, stderr: 'Không tìm thấy hồ sơ có số phiếu RR000000000VN.\n' });
  });
});
