import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { record, smallCatalogue, writeCatalogue } from '../support/catalogue-fixture';
import { key, ok, openTestCounter, type TestCounter } from '../support/counter-fixture';

let c: TestCounter;
let dir: string;
beforeEach(async () => {
  c = openTestCounter();
  dir = mkdtempSync(join(tmpdir(), 'catalogue-'));
  ok(await c.console('setup.initialize', { officeCode: '360000', officeName: 'Bưu điện tỉnh Sơn La', counterNumber: 1, province: 'Sơn La', managerName: 'Lò Văn Hùng', managerPin: '2468', idempotencyKey: key() }));
});
afterEach(() => {
  c.close();
  rmSync(dir, { recursive: true, force: true });
});

const importFile = (path: string) => c.console('catalogue.import', { path, idempotencyKey: key('import') });
const versions = () => (c.app.services.db.prepare('SELECT count(*) AS n FROM catalogue_versions').get() as { n: number }).n;

describe('catalogue import', () => {
  it('gives a new counter the sample catalogue at set-up, marked as sample', async () => {
    const r = ok(await c.console('catalogue.search', { query: 'ly lich tu phap' }));
    expect(r.catalogue).toMatchObject({ versionId: 1, sample: true });
    expect(r.catalogue!.count).toBeGreaterThanOrEqual(80);
    expect(r.hits[0]!.name).toBe('Cấp Phiếu lý lịch tư pháp cho công dân Việt Nam, người nước ngoài đang cư trú tại Việt Nam');
  });

  it('imports a good file as a new version, recorded in the ledger', async () => {
    const before = versions();
    const info = ok(await importFile(writeCatalogue(dir, 'good.json', smallCatalogue())));
    expect(info).toMatchObject({ versionId: before + 1, count: 3, sample: true });
    expect(c.entryKinds().at(-1)).toBe('catalogue.imported');
    const { procedure } = ok(await c.console('catalogue.show', { code: '3.000333' }));
    expect(procedure.cases.map((x) => x.name)).toEqual(['Cá nhân trực tiếp yêu cầu', 'Ủy quyền cho người khác']);
    expect(procedure.cases[0]!.papers[1]).toEqual({ code: '3.000333-2', name: 'Căn cước công dân', originals: 0, copies: 1, form: null });
  });

  it('reads processing time and fees from the postal channel (KENH 3) where present', async () => {
    ok(await importFile(writeCatalogue(dir, 'good.json', smallCatalogue())));
    const { procedure } = ok(await c.console('catalogue.show', { code: '1.001193' }));
    expect(procedure.channel).toBe(3);
    expect(procedure.processing).toMatchObject({ amount: 3, text: '3 Ngày làm việc' });
    expect(procedure.fees).toEqual([expect.objectContaining({ amountVnd: 200000, description: 'Lệ phí cấp phiếu' })]);
  });

  it('imports nothing from a file with one bad record, naming the record and the field', async () => {
    const bad = smallCatalogue();
    (bad.procedures[1]!.THANHPHANHOSO[1]!.GIAYTO[0] as Record<string, unknown>).SOBANCHINH = 'một';
    const before = versions();
    const entries = c.app.services.ledger.count();
    const r = await importFile(writeCatalogue(dir, 'bad.json', bad));
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.error.code).toBe('CATALOGUE_INVALID');
    expect(r.error.message).toMatch(/^Tệp danh mục không hợp lệ; chưa nhập thủ tục nào\./);
    expect(r.error.message).toContain('procedures[1] (3.000333).THANHPHANHOSO[1].GIAYTO[0].SOBANCHINH');
    expect(versions()).toBe(before);
    expect(c.app.services.ledger.count()).toBe(entries);
  });

  it.each([
    ['not JSON', '{"procedures": [', 'không phải JSON hợp lệ'],
    ['no procedures', '{"procedures": []}', 'procedures'],
    ['a duplicate code', null, 'trùng mã'],
    ['a missing file', undefined, 'ENOENT'],
  ])('refuses %s with a clear message', async (_label, text, expected) => {
    let path = join(dir, 'missing.json');
    if (text === null) {
      const dup = smallCatalogue();
      dup.procedures.push(record('1.001193', 'Đăng ký khai sinh (bản sao)', ['HT', 'Hộ tịch'], { x: [['Tờ khai', 1, 0]] }));
      path = writeCatalogue(dir, 'dup.json', dup);
    } else if (text !== undefined) {
      path = join(dir, 'raw.json');
      writeFileSync(path, text);
    }
    const r = await importFile(path);
    expect(!r.ok && r.error.message).toContain(expected);
  });

  it('keeps old versions: a changed procedure gets a new snapshot, the old one stays as it was', async () => {
    const v1 = ok(await importFile(writeCatalogue(dir, 'v1.json', smallCatalogue())));
    const old = ok(await c.console('catalogue.show', { code: '1.001193' }));
    const changed = smallCatalogue();
    changed.procedures[0]!.THANHPHANHOSO[0]!.GIAYTO.push({ MAGIAYTO: 'new', TENGIAYTO: 'Giấy tờ chứng minh nơi cư trú', SOBANCHINH: 0, SOBANSAO: '1' });
    const v2 = ok(await importFile(writeCatalogue(dir, 'v2.json', changed)));
    expect(v2.versionId).toBe(v1.versionId + 1);
    const now = ok(await c.console('catalogue.show', { code: '1.001193' }));
    expect(now.procedure.cases[0]!.papers).toHaveLength(3);
    expect(now.snapshotHash).not.toBe(old.snapshotHash);
    // What a dossier taken in under version 1 refers to is unchanged.
    expect(c.app.services.catalogue.snapshot(old.snapshotHash)?.cases[0]!.papers).toHaveLength(2);
    expect(ok(await c.console('catalogue.show', { code: '1.001193', versionId: v1.versionId })).snapshotHash).toBe(old.snapshotHash);
    // An unchanged procedure keeps its snapshot across versions.
    const lltp1 = ok(await c.console('catalogue.show', { code: '3.000333', versionId: v1.versionId })).snapshotHash;
    expect(ok(await c.console('catalogue.show', { code: '3.000333' })).snapshotHash).toBe(lltp1);
    expect(() => c.app.services.db.prepare("UPDATE procedure_snapshots SET body = '{}'").run()).toThrow(/immutable/);
  });

  it('searches the newly imported version at once', async () => {
    ok(await importFile(writeCatalogue(dir, 'good.json', smallCatalogue())));
    const r = ok(await c.console('catalogue.search', { query: 'doi giay phep lai xe' }));
    expect(r.hits[0]).toMatchObject({ code: '3.000347', name: 'Đổi giấy phép lái xe', field: 'Đường bộ' });
    expect(r.catalogue).toMatchObject({ count: 3, sample: true });
  });
});

describe('a national record in the portal’s own shape (LayThuTuc)', () => {
  const fixture = join(__dirname, '..', 'fixtures', 'national-record-real-shape.json');
  const realShape = () => JSON.parse(readFileSync(fixture, 'utf8')) as { procedures: Record<string, unknown>[] };

  it('imports it: searchable, with its checklist, fees, levels and subjects', async () => {
    expect(ok(await importFile(fixture))).toMatchObject({ count: 1 });
    const found = ok(await c.console('catalogue.search', { query: 'trich luc ho tich' }));
    expect(found.hits[0]).toMatchObject({ code: '2.000635', name: 'Cấp bản sao Trích lục hộ tịch', field: 'Hộ tịch', level: 'Cấp Xã' });
    const { procedure } = ok(await c.console('catalogue.show', { code: '2.000635' }));
    expect(procedure.levels).toEqual(['Cấp Xã']);
    expect(procedure.subjects).toEqual(['Công dân Việt Nam', 'Người nước ngoài']);
    expect(procedure.cases.map((x) => x.name)).toEqual(['Người yêu cầu trực tiếp nộp', 'Ủy quyền cho người khác nộp']);
    expect(procedure.cases[0]!.papers).toEqual([
      { code: 'GT-01', name: 'Tờ khai cấp bản sao trích lục hộ tịch', originals: 1, copies: 0, form: 'Tờ khai cấp bản sao trích lục hộ tịch' },
      { code: 'GT-02', name: 'Căn cước của người yêu cầu', originals: 1, copies: 0, form: null },
    ]);
    expect(procedure.channel).toBe(3);
    expect(procedure.processing).toMatchObject({ amount: 2, unit: 'Ngày làm việc' });
    expect(procedure.fees).toEqual([expect.objectContaining({ amountVnd: 8000, description: 'Phí cấp bản sao trích lục: 8.000 đồng/bản' })]);
    expect(procedure.agencies).toEqual(['Ủy ban nhân dân cấp xã']);
    expect(procedure.legalBasis).toEqual([{ number: '60/2014/QH13', title: 'Luật Hộ tịch' }]);
  });

  it('keeps the fields the counter does not use in the stored snapshot', async () => {
    ok(await importFile(fixture));
    const { snapshotHash } = ok(await c.console('catalogue.show', { code: '2.000635' }));
    const national = c.app.services.catalogue.snapshot(snapshotHash)!.national!;
    expect(national).toMatchObject({
      ID: 148213,
      MATTHC: '2.000635',
      TRANGTHAI: 1,
      TTHCLIENTHONG: [],
      DIACHITIEPNHAN: 'Bộ phận Một cửa Ủy ban nhân dân cấp xã',
      COQUANCOTHAMQUYEN: [{ MADONVI: 'H45.01.01', TENDONVI: 'Ủy ban nhân dân cấp xã' }],
      CAPTHUCHIEN: [{ MACAPTHUCHIEN: '3', TENCAPTHUCHIEN: 'Cấp Xã' }],
    });
    expect((national.TRINHTUTHUCHIEN as { TRINHTU: unknown[] }[])[0]!.TRINHTU).toHaveLength(2);
    const fees = (national.CACHTHUCTHUCHIEN as { THOIGIAN: { PHILEPHI: { MAPHILEPHI: string }[] }[] }[]).map((k) => k.THOIGIAN[0]!.PHILEPHI[0]!.MAPHILEPHI);
    expect(fees).toEqual(['LP', 'LP']);
  });

  it.each([
    ['a subject object without its name', (r: Record<string, unknown>) => (r.DOITUONGTHUCHIEN = [{ MADOITUONG: '1' }]), 'procedures[0] (2.000635).DOITUONGTHUCHIEN[0]: cần tên, hoặc đối tượng có TENDOITUONG'],
    ['a level that is neither a name nor a named object', (r: Record<string, unknown>) => (r.CAPTHUCHIEN = [3]), 'procedures[0] (2.000635).CAPTHUCHIEN[0]: cần tên, hoặc đối tượng có TENCAPTHUCHIEN'],
    ['two different codes', (r: Record<string, unknown>) => (r.MaTTHC = '2.000636'), 'MATTHC và MaTTHC khác nhau'],
    ['a fee that is not a whole amount', (r: Record<string, unknown>) => {
      ((r.CACHTHUCTHUCHIEN as { THOIGIAN: { PHILEPHI: { SOTIEN: unknown }[] }[] }[])[1]!.THOIGIAN[0]!.PHILEPHI[0]!).SOTIEN = '8.000 đồng/bản';
    }, 'CACHTHUCTHUCHIEN[1].THOIGIAN[0].PHILEPHI[0].SOTIEN'],
  ])('still refuses %s in what it uses', async (_label, spoil, expected) => {
    const file = realShape();
    spoil(file.procedures[0]!);
    const r = await importFile(writeCatalogue(dir, 'spoilt.json', file));
    expect(r.ok).toBe(false);
    expect(!r.ok && r.error.message).toContain(expected);
  });
});
