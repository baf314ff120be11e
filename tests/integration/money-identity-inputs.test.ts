// Issue 9, section 2, through the dispatcher on a real ledger file: what a clerk or manager
// types is refused in Vietnamese, naming what was typed, and nothing is posted — or it is taken
// as exactly what it says.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { key, ok, type StaffedCounter } from '../support/counter-fixture';
import { applicant, filledForm, intakeCounter } from '../support/intake-fixture';

let c: StaffedCounter;
beforeEach(async () => {
  c = await intakeCounter();
});
afterEach(() => c.close());

const entries = () => c.app.services.ledger.count();
const dossiers = () => (c.app.services.db.prepare('SELECT count(*) AS n FROM dossiers').get() as { n: number }).n;

describe('manual weight', () => {
  it('refuses "2,5" with the Vietnamese message quoting it, and posts nothing', async () => {
    const before = entries();
    const r = await c.screen('clerk', 'scale.manualWeight', { grams: '2,5', reason: 'Cân hỏng', idempotencyKey: key('w') });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.error.code).toBe('INVALID_INPUT');
    expect(r.error.issues).toEqual([
      { path: 'grams', message: 'Khối lượng (gam): Nhập số gam nguyên, không có dấu phẩy hay dấu chấm (đã nhập «2,5»). Ví dụ 2,5 kg là 2500.' },
    ]);
    expect(entries()).toBe(before);
  });

  it('refuses a unit in English too, and records the same weight typed as whole grams', async () => {
    const r = await c.screen('clerk', 'scale.manualWeight', { grams: '1 kg', reason: 'Cân hỏng', idempotencyKey: key('w') }, 'en');
    expect(!r.ok && r.error.issues?.[0]?.message).toBe(
      'Weight (grams): Enter the number of grams only, without a unit or letters (typed «1 kg»). For example 1 kg is 1000.',
    );
    const w = ok(await c.screen('clerk', 'scale.manualWeight', { grams: ' 2500 ', reason: 'Cân hỏng', idempotencyKey: key('w') }));
    expect(w).toMatchObject({ grams: 2500, manual: true });
  });

  it('the postal charge quote refuses a decimal weight the same way', async () => {
    const r = await c.screen('clerk', 'tariff.quote', { grams: '1,2', service: 'send', route: 'within-province' });
    expect(!r.ok && r.error.issues?.[0]?.message).toContain('«1,2»');
  });
});

describe('a CCCD whose first group is a country code (birth registered abroad)', () => {
  it('is refused until the clerk confirms it, then taken as typed', async () => {
    const form = await filledForm(c);
    const abroad = { ...form, applicant: { ...applicant, idNumber: '840 190 001 234' } };
    const before = entries();
    const refused = await c.screen('clerk', 'intake.commit', { ...abroad, idempotencyKey: key('commit') });
    expect(refused.ok).toBe(false);
    if (refused.ok) return;
    expect(refused.error.issues?.[0]).toMatchObject({ path: 'applicant.idNumber' });
    expect(refused.error.issues?.[0]?.message).toContain('Ba chữ số đầu (840) không phải mã tỉnh mà là mã quốc gia (USA)');
    expect(entries()).toBe(before);
    expect(dossiers()).toBe(0);

    const confirmed = { ...abroad, applicant: { ...abroad.applicant, idNumberConfirmed: true } };
    const done = ok(await c.screen('clerk', 'intake.commit', { ...confirmed, idempotencyKey: key('commit') }));
    expect(done.dossier.applicantName).toBe(applicant.name);
    expect(dossiers()).toBe(1);
    const record = c.app.services.db.prepare("SELECT payload FROM entries WHERE kind = 'dossier.received'").get() as { payload: string };
    expect(JSON.parse(record.payload)).toMatchObject({ applicant: { idNumber: '840190001234', idNumberConfirmed: true } });
  });

  it('a 12-digit personal tax code is accepted for a household business', async () => {
    const form = await filledForm(c);
    const business = { ...form, applicant: { ...applicant, kind: 'organisation' as const, name: 'Hộ kinh doanh Hoà Phát', idKind: 'taxCode' as const, idNumber: '014190001234' } };
    expect(ok(await c.screen('clerk', 'intake.quote', business)).totalVnd).toBeGreaterThan(0);
  });
});

describe('PINs and the province', () => {
  it('refuses a trivial PIN for a new user, in Vietnamese, posting nothing', async () => {
    const before = entries();
    const r = await c.screen('mgr', 'users.add', { name: 'Quàng Văn Tú', role: 'clerk', pin: '1234', idempotencyKey: key('add') });
    expect(!r.ok && r.error.issues).toEqual([
      { path: 'pin', message: 'Mã PIN: Mã PIN không được là dãy số liên tiếp tăng hoặc giảm (như 1234, 4321, 7890): ai cũng đoán được. Hãy chọn mã khác.' },
    ]);
    expect(entries()).toBe(before);
  });

  it('stores the province as a code and prints its official name on the receipt header', async () => {
    const status = ok(await c.screen('clerk', 'app.status', {}));
    expect(status.counter).toMatchObject({ province: '14', provinceName: 'Tỉnh Sơn La' });
    const quote = ok(await c.screen('clerk', 'intake.quote', await filledForm(c)));
    expect(quote.preview.blocks).toContainEqual(expect.objectContaining({ kind: 'text', text: 'Mã bưu cục 360000 · Quầy số 3 · Tỉnh Sơn La' }));
  });

  it('a manager chooses the province again; a clerk may not', async () => {
    const forbidden = await c.screen('clerk', 'settings.province', { province: '08', idempotencyKey: key('prov') });
    expect(!forbidden.ok && forbidden.error.code).toBe('FORBIDDEN');
    const former = await c.screen('mgr', 'settings.province', { province: 'ha giang', idempotencyKey: key('prov') });
    expect(!former.ok && former.error.issues?.[0]?.message).toBe(
      'Tỉnh/thành phố: «ha giang» là tỉnh cũ, nay thuộc Tỉnh Tuyên Quang (mã 08) từ 1/7/2025. Chọn tỉnh, thành phố hiện nay.',
    );
    expect(ok(await c.screen('mgr', 'settings.province', { province: '08', idempotencyKey: key('prov') }))).toEqual({ province: '08', provinceName: 'Tỉnh Tuyên Quang' });
    expect(ok(await c.screen('mgr', 'app.status', {})).counter).toMatchObject({ province: '08', provinceName: 'Tỉnh Tuyên Quang' });
  });
});
