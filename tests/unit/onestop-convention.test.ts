// The one-stop convention in shared/onestop: dates in Vietnam time, dossier codes, what a valid
// DongBoHoSoMC item is, and the one mapping from a dossier really taken in at a counter.
import { describe, expect, it } from 'vitest';
import type { DossierRecord } from '../../electron/services/intake/dossier-record';
import {
  dossierItem,
  formatDossierCode,
  formatOnestopDate,
  isOnestopSuccess,
  parseDossierCode,
  parseOnestopDate,
  problemsOf,
  progressKey,
  progressUpdate,
} from '../../shared/onestop/convention';
import { dossierItemFor, type OnestopDossierSource, statusFromTrangThai, trangThaiFor } from '../../shared/onestop/dossier-item';
import { canMove, dossierStatuses } from '../../shared/dossier/lifecycle';
import { key, ok } from '../support/counter-fixture';
import { filledForm, intakeCounter } from '../support/intake-fixture';

// The counter's record must stay readable by the mapping: this fails the type check if it drifts.
const sourceOf = (r: DossierRecord): OnestopDossierSource => r;

describe('dates yyyyMMddHHmmss in Vietnam time', () => {
  it('formats an instant as Vietnam wall-clock time whatever the zone of the instant', () => {
    expect(formatOnestopDate('2026-11-27T17:30:05Z')).toBe('20261128003005');
    expect(formatOnestopDate('2026-11-28T00:30:05+07:00')).toBe('20261128003005');
  });

  it('reads back the same instant, and refuses what is not a real date instead of rolling it over', () => {
    expect(parseOnestopDate('20261128003005')?.toISOString()).toBe('2026-11-27T17:30:05.000Z');
    for (const bad of ['20260230120000', '20261128240000', '2026112800300', '2026-11-28 00:30', '20261328000000', '20261128006000'])
      expect([bad, parseOnestopDate(bad)]).toEqual([bad, null]);
  });
});

describe('dossier codes <unit>-YYMMDD-NNNN', () => {
  it('takes the receipt day in Vietnam time and a 4-digit sequence', () => {
    expect(formatDossierCode('000.00.13.H56', '2026-11-27T18:00:00Z', 7)).toBe('000.00.13.H56-261128-0007');
    expect(parseDossierCode('000.00.13.H56-261128-0007')).toEqual({ unitCode: '000.00.13.H56', yymmdd: '261128', sequence: 7 });
    expect(parseDossierCode('000.00.13.H56-2611280007')).toBeNull();
    expect(() => formatDossierCode('000.00.13.H56', '2026-11-27T18:00:00Z', 10_000)).toThrow(RangeError);
  });
});

describe('error_code', () => {
  it('reads 0, "0" and "00" as success and nothing else', () => {
    expect([0, '0', '00'].map((c) => isOnestopSuccess({ error_code: c }))).toEqual([true, true, true]);
    expect([1, '1', -1, null, undefined].map((c) => isOnestopSuccess({ error_code: c }))).toEqual([false, false, false, false, false]);
    expect(isOnestopSuccess('ok')).toBe(false);
  });
});

const validItem = {
  MaHoSo: '000.00.13.H56-261128-0001',
  MaTTHC: '1.001612',
  TenTTHC: 'Đăng ký khai sinh',
  MaLinhVuc: 'HT',
  TenLinhVuc: 'Hộ tịch',
  SoBienNhan: '360100-01-261128-0001X',
  ChuHoSo: 'Nguyễn Thị Hoà',
  LoaiDoiTuong: '1',
  NgayTiepNhan: '20261128090000',
  NgayHenTra: '20261203170000',
  TrangThaiHoSo: '2',
  HinhThuc: '1',
  DonViXuLy: 'UBND phường Chiềng Lề',
};

describe('a DongBoHoSoMC item', () => {
  it('accepts a complete item and fills the optional lists and texts', () => {
    const parsed = dossierItem.parse(validItem);
    expect(parsed.TaiLieuNop).toEqual([]);
    expect(parsed.NgayTra).toBe('');
  });

  it('refuses each field a real system would, naming the field and the rule', () => {
    const cases: [Record<string, unknown>, string, string][] = [
      [{ MaHoSo: 'HS-1' }, 'MaHoSo', 'onestop.dossierCode'],
      [{ MaHoSo: '000.00.13.H56-261127-0001' }, 'MaHoSo', 'onestop.codeDate'],
      [{ MaTTHC: '' }, 'MaTTHC', 'onestop.required'],
      [{ LoaiDoiTuong: '3' }, 'LoaiDoiTuong', 'onestop.value'],
      [{ NgayTiepNhan: '28/11/2026' }, 'NgayTiepNhan', 'onestop.date'],
      [{ NgayHenTra: '20261127170000' }, 'NgayHenTra', 'onestop.dueBeforeReceipt'],
      [{ TrangThaiHoSo: '11' }, 'TrangThaiHoSo', 'onestop.status'],
      [{ TrangThaiHoSo: '10' }, 'NgayTra', 'onestop.required'],
      [{ Email: 'hoa@' }, 'Email', 'onestop.email'],
      [{ TaiLieuNop: [{ MaThanhPhanHoSo: 'KS-01' }] }, 'TaiLieuNop.0.TenTepDinhKem', 'onestop.required'],
      [{ DanhSachLePhi: [{ TenPhiLePhi: 'Lệ phí', MaPhiLePhi: '', HinhThucThu: '1', Gia: '5.000', LoaiPhiLePhi: '2' }] }, 'DanhSachLePhi.0.Gia', 'onestop.amount'],
      [{ MaHoSoo: 'x' }, '', 'unrecognized_keys'],
    ];
    for (const [change, path, rule] of cases) {
      const r = dossierItem.safeParse({ ...validItem, ...change });
      expect([change, r.success]).toEqual([change, false]);
      if (!r.success) expect(problemsOf(r.error)).toContainEqual({ path, rule });
    }
    const { MaLinhVuc: _omitted, ...withoutField } = validItem;
    expect(dossierItem.safeParse(withoutField).success).toBe(false);
  });

  it('a progress update is keyed by (MaHoSo, TrangThai, ThoiDiemXuLy) for de-duplication', () => {
    const u = progressUpdate.parse({ MaHoSo: validItem.MaHoSo, NguoiXuLy: 'Bưu điện', ThoiDiemXuLy: '20261210100000', NoiDungXuLy: 'Đã trả kết quả', TrangThai: 10 });
    expect(u.TrangThai).toBe('10');
    expect(progressKey(u)).toBe(`${validItem.MaHoSo}|10|20261210100000`);
  });
});

describe('lifecycle ↔ TrangThaiHoSo', () => {
  it('every status the department sets is delivered itself or an allowed move from delivered', () => {
    for (const [code, to] of Object.entries(statusFromTrangThai)) if (to) expect([code, to === 'delivered' || canMove('delivered', to, 'both')]).toEqual([code, true]);
    expect(statusFromTrangThai['5']).toBe('supplementRequested');
    expect(statusFromTrangThai['3']).toBe('refused');
  });

  it('every status but voided goes up as a code 1–10', () => {
    for (const s of dossierStatuses) expect([s, trangThaiFor(s) === null]).toEqual([s, s === 'voided']);
    expect(trangThaiFor('returned')).toBe('10');
  });
});

describe('the mapping from a dossier taken in at a counter', () => {
  it('gives a valid item: procedure and field, applicant, slip number, papers with their codes, fees, postal mark', async () => {
    const c = await intakeCounter();
    try {
      const done = ok(await c.screen('clerk', 'intake.commit', { ...(await filledForm(c)), idempotencyKey: key('commit') }));
      const row = c.app.services.db.prepare("SELECT payload FROM entries WHERE kind = 'dossier.received'").get() as { payload: string };
      const record = JSON.parse(row.payload) as DossierRecord;
      const code = formatDossierCode('000.00.13.H56', record.receivedAt, 1);
      const mapped = dossierItemFor(sourceOf(record), { maHoSo: code, status: 'inBatch' });
      if (!mapped.ok) throw new Error(mapped.problem);
      const item = dossierItem.parse(mapped.item);
      expect(item.SoBienNhan).toBe(done.dossier.slipNumber);
      expect(item.MaTTHC).toBe(record.procedure.code);
      expect(item.MaLinhVuc).not.toBe('');
      expect(item.ChuHoSo).toBe('Nguyễn Thị Hoà');
      expect(item.MaDoiTuong).toBe('014190001234');
      expect(item.SoDienThoai).toBe('0912345678');
      expect(item.TrangThaiHoSo).toBe('2');
      expect(item.HinhThuc).toBe('1');
      expect(item.ThongTinKhac).toBe(`KENH=3;MABUUCUC=${record.office.code};SOHIEUBUUGUI=${record.s10}`);
      expect(item.TaiLieuNop).toHaveLength(record.papers.length);
      expect(item.TaiLieuNop.every((p) => p.MaThanhPhanHoSo !== '')).toBe(true);
      expect(item.DanhSachLePhi.map((f) => f.Gia)).toEqual(record.fees.lines.map((l) => l.vnd));
      expect(parseOnestopDate(item.NgayTiepNhan)?.getTime()).toBe(Math.floor(new Date(record.receivedAt).getTime() / 1000) * 1000);
      expect(item.NgayHenTra.slice(0, 8)).toBe(record.due.dueDate.replaceAll('-', ''));

      const returned = dossierItemFor(record, { maHoSo: code, status: 'returned', returnedAt: '2026-12-10T03:00:00Z' });
      expect(returned.ok && dossierItem.parse(returned.item).NgayTra).toBe('20261210100000');
    } finally {
      c.close();
    }
  });

  it('a record kept before the procedure field was recorded is not sent half-filled', () => {
    const record = { procedure: { code: '1', name: 'x', caseName: 'y', agency: 'z' } } as OnestopDossierSource;
    expect(dossierItemFor(record, { maHoSo: '000.00.13.H56-261128-0001', status: 'inBatch' })).toEqual({ ok: false, problem: 'procedureField' });
  });
});
