// Handover to the one-stop department (Biên bản giao nhận hồ sơ), through the dispatcher on a
// real ledger file: building a batch by scanning (and every refusal), signing it over, the
// department's answers back-filled, the A4 record, and ledger verify rebuilding it all.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { CommandResult } from '../../shared/contract/result';
import { key, ok, type StaffedCounter } from '../support/counter-fixture';
import { filledForm, intakeCounter } from '../support/intake-fixture';

let c: StaffedCounter;
beforeEach(async () => {
  c = await intakeCounter();
});
afterEach(() => c.close());

/** Another agency than the licence's (Công an tỉnh): the household-business registration. */
const otherAgencyCode = '1.001612';

async function receive(code?: string, change: Record<string, unknown> = {}) {
  const form = { ...(await filledForm(c, code)), ...change };
  return ok(await c.screen('clerk', 'intake.commit', { ...form, idempotencyKey: key('commit') })).dossier;
}

const refused = (r: CommandResult<unknown>) => (r.ok ? 'accepted' : `${r.error.code}: ${r.error.message}`);
const status = (slip: string) => (c.app.services.db.prepare('SELECT status FROM dossiers WHERE slip_number = ?').get(slip) as { status: string }).status;
const add = (batchNumber: string | null, scan: string) => c.screen('clerk', 'handover.add', { batchNumber, scan, idempotencyKey: key('add') });

describe('handover batches', () => {
  it('builds a batch by scanning slips and S10s, refusing each dossier it must, and lists what is missing from today', async () => {
    const a = await receive();
    const b = await receive();
    const other = await receive(otherAgencyCode);
    const returnOnly = await receive(undefined, { service: 'return', papers: [], agencyFiling: null });
    const elsewhere = await receive();

    // Today's intake, none in a batch yet (a return only is never handed over).
    expect(ok(await c.screen('clerk', 'handover.list', {})).missingToday.map((m) => m.slipNumber)).toEqual([a.slipNumber, b.slipNumber, other.slipNumber, elsewhere.slipNumber]);

    // The first scan opens a batch for the dossier's agency.
    const first = ok(await add(null, a.slipNumber));
    expect(first.batchNumber).toBe('360000-03-BG-261127-001');
    expect(status(a.slipNumber)).toBe('inBatch');
    const batch = first.batchNumber;
    // By S10, by the receipt's QR text, and by slip number without its dashes.
    expect(ok(await add(batch, b.s10.toLowerCase())).slipNumber).toBe(b.slipNumber);
    ok(await c.screen('clerk', 'handover.remove', { batchNumber: batch, scan: b.slipNumber.replaceAll('-', ''), idempotencyKey: key() }));
    const qr = (c.app.services.db.prepare('SELECT qr_payload FROM dossiers WHERE slip_number = ?').get(b.slipNumber) as { qr_payload: string }).qr_payload;
    expect(ok(await add(batch, qr)).slipNumber).toBe(b.slipNumber);

    expect(refused(await add(batch, 'RR999999999VN'))).toBe('HANDOVER_SCAN_UNKNOWN: Không tìm thấy hồ sơ có số phiếu hoặc số hiệu bưu gửi «RR999999999VN». Quét lại hoặc gõ đúng số.');
    expect(refused(await add(batch, a.slipNumber.replaceAll('-', '')))).toBe(`HANDOVER_ALREADY_IN_BATCH: Hồ sơ ${a.slipNumber} đã có trong lô ${batch} này.`);
    expect(refused(await add(batch, other.slipNumber))).toMatch(new RegExp(`^HANDOVER_OTHER_AGENCY: Hồ sơ ${other.slipNumber} gửi «Phòng Kinh tế`));
    expect(refused(await add(batch, returnOnly.slipNumber))).toMatch(/^HANDOVER_RETURN_ONLY: /);
    // A dossier in another open batch is refused, naming that batch.
    const second = ok(await add(null, elsewhere.s10)).batchNumber;
    expect(second).toBe('360000-03-BG-261127-002');
    expect(refused(await add(batch, elsewhere.slipNumber))).toBe(`HANDOVER_IN_OTHER_BATCH: Hồ sơ ${elsewhere.slipNumber} đang nằm trong lô bàn giao khác (${second}). Gỡ khỏi lô đó trước nếu muốn chuyển.`);
    // English on an English screen.
    const en = await c.screen('clerk', 'handover.add', { batchNumber: batch, scan: other.slipNumber, idempotencyKey: key() }, 'en');
    expect(refused(en)).toMatch(/but this batch is for «Công an tỉnh Sơn La/);

    // Removing puts the dossier back among today's missing ones, in status received.
    ok(await c.screen('clerk', 'handover.remove', { batchNumber: second, scan: elsewhere.slipNumber, idempotencyKey: key() }));
    expect(status(elsewhere.slipNumber)).toBe('received');
    const list = ok(await c.screen('clerk', 'handover.list', {}));
    expect(list.missingToday.map((m) => m.slipNumber)).toEqual([other.slipNumber, elsewhere.slipNumber]);
    expect(list.open.map((o) => [o.number, o.dossiers])).toEqual([
      [second, 0],
      [batch, 2],
    ]);
    ok(await add(batch, elsewhere.slipNumber));
    ok(await c.screen('clerk', 'handover.remove', { batchNumber: batch, scan: elsewhere.s10, idempotencyKey: key() }));
    expect(ok(await c.console('ledger.verify', {}))).toMatchObject({ ok: true });
  });

  it('refuses a voided dossier', async () => {
    const d = await receive();
    ok(await c.screen('mgr', 'dossiers.void', { slipNumber: d.slipNumber, reason: 'Nhận nhầm thủ tục', refundMethod: 'cash', idempotencyKey: key('void') }));
    expect(refused(await add(null, d.slipNumber))).toBe(`HANDOVER_DOSSIER_VOIDED: Hồ sơ ${d.slipNumber} đã bị hủy, không bàn giao được.`);
    expect(ok(await c.screen('clerk', 'handover.list', {})).open).toEqual([]);
  });

  it('signing delivers every dossier and closes the batch; the department answers are back-filled; verify rebuilds it', async () => {
    const a = await receive();
    const b = await receive();
    const batch = ok(await add(null, a.slipNumber)).batchNumber;
    ok(await add(batch, b.slipNumber));
    expect(refused(await c.screen('clerk', 'handover.backfill', { scan: a.slipNumber, outcome: { kind: 'accepted', departmentCode: '000.00.10.H59-261127-0001' }, idempotencyKey: key() }))).toBe(
      `HANDOVER_NOT_DELIVERED: Hồ sơ ${a.slipNumber} chưa được bàn giao cho cơ quan (đang «trong lô bàn giao»), chưa ghi kết quả tiếp nhận của cơ quan được.`,
    );

    c.clock.advance(3);
    const signKey = key('sign');
    const signed = ok(await c.screen('clerk', 'handover.sign', { batchNumber: batch, receiverName: '  Quàng Văn  Minh ', idempotencyKey: signKey }));
    expect(signed).toMatchObject({ batchNumber: batch, dossiers: 2 });
    // Enter pressed again: the same answer, nothing posted twice.
    expect(ok(await c.screen('clerk', 'handover.sign', { batchNumber: batch, receiverName: 'Quàng Văn Minh', idempotencyKey: signKey }))).toEqual(signed);
    expect(c.entryKinds().filter((k) => k === 'handover.batch_signed')).toHaveLength(1);
    expect([status(a.slipNumber), status(b.slipNumber)]).toEqual(['delivered', 'delivered']);
    const shown = ok(await c.screen('clerk', 'handover.show', { batchNumber: batch.toLowerCase() }));
    expect(shown).toMatchObject({ receiverName: 'Quàng Văn Minh', signedAt: signed.signedAt, dossiers: 2, department: { name: 'Công an tỉnh Sơn La (Phòng Cảnh sát giao thông)' } });

    // Closed: nothing more goes in or out, and a delivered dossier is never scanned in again.
    const c3 = await receive();
    expect(refused(await add(batch, c3.slipNumber))).toBe(`HANDOVER_BATCH_SIGNED: Lô ${batch} đã ký bàn giao lúc 09:03 27/11/2026 và không sửa được nữa.`);
    expect(refused(await c.screen('clerk', 'handover.remove', { batchNumber: batch, scan: a.slipNumber, idempotencyKey: key() }))).toMatch(/^HANDOVER_BATCH_SIGNED/);
    expect(refused(await add(null, a.slipNumber))).toBe(`HANDOVER_ALREADY_DELIVERED: Hồ sơ ${a.slipNumber} đã được bàn giao cho cơ quan (lô ${batch}).`);

    // Back-fill: the department's code (typed in lower case, stored as on its Form 01) and appointment.
    const accepted = ok(await c.screen('clerk', 'handover.backfill', { scan: a.s10, outcome: { kind: 'accepted', departmentCode: ' 000.00.10.h59-261127-0001', appointmentDate: '2026-12-11' }, idempotencyKey: key() }));
    expect(accepted).toEqual({ slipNumber: a.slipNumber, batchNumber: batch, status: 'delivered' });
    expect(refused(await c.screen('clerk', 'handover.backfill', { scan: a.s10, outcome: { kind: 'accepted', departmentCode: '000/10 H59' }, idempotencyKey: key() }))).toMatch(/^INVALID_INPUT: .*Mã hồ sơ của cơ quan gồm chữ số/);
    expect(refused(await c.screen('clerk', 'handover.backfill', { scan: a.s10, outcome: { kind: 'accepted', departmentCode: 'X-1', appointmentDate: '2026-02-30' }, idempotencyKey: key() }))).toMatch(/^INVALID_INPUT: /);
    // A supplement request, then the supplement brought: back to delivered; the other refused.
    ok(await c.screen('clerk', 'handover.backfill', { scan: b.slipNumber, outcome: { kind: 'supplementRequested', reason: 'Thiếu giấy khám sức khỏe' }, idempotencyKey: key() }));
    expect(status(b.slipNumber)).toBe('supplementRequested');
    expect(refused(await c.screen('clerk', 'handover.backfill', { scan: b.slipNumber, outcome: { kind: 'accepted', departmentCode: '000.00.10.H59-261127-0002' }, idempotencyKey: key() }))).toMatch(/đang «cơ quan yêu cầu bổ sung»/);
    ok(await c.screen('clerk', 'handover.backfill', { scan: b.slipNumber, outcome: { kind: 'supplementCompleted' }, idempotencyKey: key() }));
    expect(status(b.slipNumber)).toBe('delivered');
    ok(await c.screen('clerk', 'handover.backfill', { scan: b.slipNumber, outcome: { kind: 'refused', reason: 'Không đủ điều kiện đổi giấy phép' }, idempotencyKey: key() }));
    expect(status(b.slipNumber)).toBe('refused');
    expect(refused(await c.screen('clerk', 'handover.backfill', { scan: b.slipNumber, outcome: { kind: 'supplementCompleted' }, idempotencyKey: key() }))).toMatch(/^DOSSIER_MOVE_FORBIDDEN/);

    const items = ok(await c.screen('clerk', 'handover.show', { batchNumber: batch })).items;
    expect(items.map((i) => [i.slipNumber, i.status, i.departmentCode, i.appointmentDate, i.reason])).toEqual([
      [a.slipNumber, 'delivered', '000.00.10.H59-261127-0001', '2026-12-11', null],
      [b.slipNumber, 'refused', null, null, 'Không đủ điều kiện đổi giấy phép'],
    ]);
    expect(ok(await c.console('ledger.verify', {}))).toMatchObject({ ok: true });

    // Verify names a batch table edited behind the ledger's back.
    c.app.services.db.prepare("UPDATE handover_items SET department_code = '000.00.10.H59-261127-9999' WHERE slip_number = ?").run(a.slipNumber);
    const report = ok(await c.console('ledger.verify', {}));
    expect(report.ok).toBe(false);
    expect(JSON.stringify(report)).toContain('handover_items');
  });

  it('prints the record as an A4 PDF, two copies, listing each dossier with its papers and fees and the batch number', async () => {
    const a = await receive();
    const b = await receive();
    const batch = ok(await add(null, a.slipNumber)).batchNumber;
    ok(await add(batch, b.s10));
    ok(await c.screen('clerk', 'handover.sign', { batchNumber: batch, receiverName: 'Quàng Văn Minh', idempotencyKey: key() }));
    const pdf = ok(await c.console('handover.pdf', { batchNumber: batch }));
    expect(pdf.fileName).toBe(`bien-ban-giao-nhan-${batch}.pdf`);
    const file = join(mkdtempSync(join(tmpdir(), 'handover-')), pdf.fileName);
    writeFileSync(file, Buffer.from(pdf.pdfBase64, 'base64'));
    const pages = execFileSync('pdfinfo', [file], { encoding: 'utf8' });
    expect(pages).toMatch(/Page size:\s+595\.28 x 841\.89/); // A4
    const text = execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' }).normalize('NFC');
    const [first, second] = text.split('Liên 2: Bộ phận Một cửa lưu');
    for (const copy of [first!, second!]) {
      expect(copy).toContain('BIÊN BẢN GIAO NHẬN HỒ SƠ');
      expect(copy).toContain(`Số: ${batch}`);
      expect(copy).toContain('Công an tỉnh Sơn La (Phòng Cảnh sát giao thông)');
      expect(copy).toContain('Quàng Văn Minh');
      for (const d of [a, b]) {
        expect(copy).toContain(d.slipNumber);
        expect(copy).toContain(d.s10);
      }
      expect(copy).toMatch(/Tổng cộng: 2 hồ sơ; phí, lệ phí thu hộ: /);
      expect(copy).toContain('ĐẠI DIỆN BÊN GIAO');
      expect(copy).toContain('ĐẠI DIỆN BÊN NHẬN');
    }
    const shown = ok(await c.screen('clerk', 'handover.show', { batchNumber: batch }));
    for (const paper of shown.items[0]!.papers) expect(first).toContain(`${paper.name.slice(0, 30)}`);
    expect(first).toContain(`${shown.items[0]!.papers[0]!.originals} bản chính, ${shown.items[0]!.papers[0]!.copies} bản sao`);
    expect(shown.items[0]!.feesVnd).toBeGreaterThan(0);
    expect(first).toContain('chưa có số biên lai thu phí');
  });
});

describe('handover on the console', () => {
  it('lists, shows and writes the record of a batch', async () => {
    const { runCli } = await import('../support/run-cli');
    const a = await receive();
    const batch = ok(await add(null, a.slipNumber)).batchNumber;
    ok(await c.screen('clerk', 'handover.sign', { batchNumber: batch, receiverName: 'Quàng Văn Minh', idempotencyKey: key() }));
    ok(await c.screen('clerk', 'handover.backfill', { scan: a.slipNumber, outcome: { kind: 'accepted', departmentCode: '000.00.10.H59-261127-0001', appointmentDate: '2026-12-11' }, idempotencyKey: key() }));
    c.app.close();
    const list = await runCli(['--data-dir', c.dataDir, 'handover', 'list']);
    expect(list.code).toBe(0);
    expect(list.stdout).toContain(`${batch}  Công an tỉnh Sơn La (Phòng Cảnh sát giao thông)  1 hồ sơ`);
    expect(list.stdout).toContain('ký nhận 09:00 27/11/2026 bởi Quàng Văn Minh');
    const show = await runCli(['--data-dir', c.dataDir, '--lang', 'en', 'handover', 'show', batch]);
    expect(show.stdout).toContain(`${a.slipNumber}  ${a.s10}  3.000347  Nguyễn Thị Hoà`);
    expect(show.stdout).toContain("Agency's dossier code: 000.00.10.H59-261127-0001, due 11/12/2026");
    const out = join(mkdtempSync(join(tmpdir(), 'handover-cli-')), 'bb.pdf');
    const pdf = await runCli(['--data-dir', c.dataDir, 'handover', 'pdf', batch, '--out', out]);
    expect(pdf.stdout).toContain(`Đã ghi biên bản giao nhận: ${out}`);
    expect(execFileSync('pdftotext', [out, '-'], { encoding: 'utf8' })).toContain(a.slipNumber);
    const missing = await runCli(['--data-dir', c.dataDir, 'handover', 'show', 'X-BG-1']);
    expect([missing.code, missing.stderr.trim()]).toEqual([1, 'Không có lô bàn giao số X-BG-1.']);
  });
});
