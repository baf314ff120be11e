// The guidance slip end to end below the screens: a clerk's command, a ledger entry, and a
// real PDF whose text (read back with poppler's pdftotext) carries the Vietnamese as printed.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { smallCatalogue, writeCatalogue } from '../support/catalogue-fixture';
import { counterWithStaff, key, ok, type StaffedCounter } from '../support/counter-fixture';

let c: StaffedCounter;
let dir: string;
beforeEach(async () => {
  c = await counterWithStaff();
  dir = mkdtempSync(join(tmpdir(), 'slip-'));
  ok(await c.console('catalogue.import', { path: writeCatalogue(dir, 'cat.json', smallCatalogue()), idempotencyKey: key() }));
  ok(await c.screen('clerk', 'auth.signIn', { userId: c.clerkId, pin: '1357', idempotencyKey: key() }));
});
afterEach(() => {
  c.close();
  rmSync(dir, { recursive: true, force: true });
});

function pdfText(base64: string): string {
  const file = join(dir, 'slip.pdf');
  writeFileSync(file, Buffer.from(base64, 'base64'));
  return execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
}

describe('guidance slip', () => {
  it('prints only the missing papers, in Vietnamese, and records the print', async () => {
    const r = ok(
      await c.screen('clerk', 'catalogue.guidanceSlip', {
        code: '3.000333',
        caseIndex: 1,
        missing: ['Văn bản ủy quyền'],
        applicantName: 'Nguyễn Thị Ánh'.normalize('NFD'),
        idempotencyKey: key('slip'),
      }),
    );
    expect(r.fileName).toMatch(/^phieu-huong-dan-3\.000333-\d{4}-\d{2}-\d{2}\.pdf$/);
    const text = pdfText(r.pdfBase64).normalize('NFC');
    expect(text).toContain('PHIẾU HƯỚNG DẪN HOÀN THIỆN HỒ SƠ');
    expect(text).toContain('Nguyễn Thị Ánh');
    expect(text).toContain('Cấp Phiếu lý lịch tư pháp cho công dân Việt Nam');
    expect(text).toContain('Trường hợp: Ủy quyền cho người khác');
    expect(text).toContain('1. Văn bản ủy quyền — 1 bản chính');
    expect(text).not.toContain('Căn cước của người được ủy quyền');
    expect(text).toContain('200.000');
    expect(text).toContain('Giao dịch viên: Cầm Thị Mai');
    expect(text).toContain('DỮ LIỆU MẪU');
    const entry = c.app.services.ledger.entries({ limit: 1 })[0]!;
    expect(entry).toMatchObject({ kind: 'catalogue.guidance_slip_printed', actorUserId: c.clerkId });
    expect(entry.payload).toMatchObject({ code: '3.000333', papers: ['Văn bản ủy quyền'] });
  });

  it('lists the whole checklist when nothing is ticked, and prints once per action key', async () => {
    const input = { code: '1.001193', idempotencyKey: key('slip') };
    const [a, b] = await Promise.all([c.screen('clerk', 'catalogue.guidanceSlip', input), c.screen('clerk', 'catalogue.guidanceSlip', input)]);
    expect(ok(a).pdfBase64).toBe(ok(b).pdfBase64);
    const text = pdfText(ok(a).pdfBase64).normalize('NFC');
    expect(text).toContain('Thành phần hồ sơ cần chuẩn bị');
    expect(text).toContain('1. Tờ khai đăng ký khai sinh — 1 bản chính');
    expect(text).toContain('2. Giấy chứng sinh — 1 bản chính');
    expect(c.entryKinds().filter((k) => k === 'catalogue.guidance_slip_printed')).toHaveLength(1);
    // A printed slip counts as a use of the procedure for ranking.
    expect(c.app.services.db.prepare('SELECT uses FROM procedure_usage WHERE code = ?').get('1.001193')).toEqual({ uses: 1 });
  });

  it('refuses a paper that is not in the checklist and an unknown case, recording nothing', async () => {
    const before = c.app.services.ledger.count();
    const paper = await c.screen('clerk', 'catalogue.guidanceSlip', { code: '1.001193', missing: ['Sổ hộ khẩu'], idempotencyKey: key() });
    expect(!paper.ok && paper.error.message).toBe('Giấy tờ "Sổ hộ khẩu" không có trong thành phần hồ sơ của trường hợp này.');
    const theCase = await c.screen('clerk', 'catalogue.guidanceSlip', { code: '1.001193', caseIndex: 4, idempotencyKey: key() });
    expect(!theCase.ok && theCase.error.message).toBe('Thủ tục này không có trường hợp số 5.');
    const code = await c.screen('clerk', 'catalogue.guidanceSlip', { code: '9.999999', idempotencyKey: key() });
    expect(!code.ok && code.error.message).toBe('Không có thủ tục mã 9.999999 trong danh mục.');
    expect(c.app.services.ledger.count()).toBe(before);
  });
});
