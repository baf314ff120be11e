// The day's papers from a report whose figures are worked out by hand (day-report-fixture.ts):
// the A4 PDF read back with pdftotext, the CSV files read back as a spreadsheet would.
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { dayCsvFiles, writeDayCsv } from '../../electron/services/day/day-csv';
import { dayReportPdfFileName, renderDayReportPdf } from '../../electron/services/day/z-report-pdf';
import { csvRecords } from '../support/csv-read';
import { handBuiltHours, handBuiltReport } from '../support/day-report-fixture';
import { filledRects, imageCount, pdfText } from '../support/pdf-content';

const fontsDir = join(__dirname, '..', '..', 'resources', 'fonts');
const barColour = [0x4a / 255, 0x6f / 255, 0xa5 / 255] as const;
/** pdftotext -layout puts runs of spaces between columns: compare with single spaces. */
const squeeze = (s: string) => s.replace(/[ \t\u00a0]+/g, ' ');

describe('the Z report PDF', () => {
  it('holds the header, the Z number, the drawer figures with the difference, its reason and approver, both ledgers and the signatures', async () => {
    const pdf = await renderDayReportPdf(handBuiltReport(), { hours: handBuiltHours, signingKeyFingerprint: '9F3A-71C2-0B4E-D815' }, fontsDir);
    const text = squeeze(pdfText(pdf));
    expect(text).toContain('BƯU CỤC SƠN LA');
    expect(text).toContain('Mã bưu cục: 360000 — Quầy số 1');
    expect(text).toContain('BÁO CÁO CHỐT NGÀY (Z)');
    expect(text).toContain('Số Z: 12');
    expect(text).toContain('Ngày 27/11/2026');
    expect(text).not.toContain('TẠM');
    // Drawer: 500.000 float + 200.000 taken − 73.000 change = 627.000 expected; 617.000 counted.
    expect(text).toMatch(/Tiền phải có 627\.000 ₫/);
    expect(text).toMatch(/Tiền đếm được 617\.000 ₫/);
    expect(text).toMatch(/Chênh lệch \(đếm được − phải có\) -10\.000 ₫/);
    expect(text).toContain('Lý do chênh lệch: Trả nhầm tiền thừa cho khách');
    expect(text).toContain('Người duyệt: Trần Thị Quản Lý (u_mgr)');
    expect(text).toMatch(/#30 360000-01-261127-0002 FT2611270001 Tiếp nhận 77\.000 ₫/);
    // Fees on behalf, per agency, and their total (100.000 + 50.000).
    expect(text).toContain('II. BẢNG KÊ THU HỘ PHÍ, LỆ PHÍ');
    expect(text).toMatch(/Sở Tư pháp tỉnh Sơn La\n/);
    expect(text).toContain('Còn giữ tại bưu cục: 100.000 ₫');
    expect(text).toContain('Đã bàn giao cho cơ quan: 50.000 ₫ (1)');
    expect(text).toContain('Tổng thu hộ (đã thu − đã hoàn): 150.000 ₫');
    // Postal revenue with the exemption and its reason (81.000 − 27.000).
    expect(text).toMatch(/Gửi hồ sơ 3 81\.000 ₫ 27\.000 ₫ 0 ?₫ 54\.000 ₫/);
    expect(text).toMatch(/Người có công với cách mạng 1 27\.000 ₫/);
    expect(text).toContain('Tổng doanh thu cước: 54.000 ₫');
    // Dossiers, the list not handed over, reprints with reasons, slip numbers.
    expect(text).toMatch(/Chưa bàn giao \(tại thời điểm lập\) 2/);
    expect(text).toMatch(/360000-01-261127-0003 10:05 27\/11\/2026 Đăng ký thường trú Quàng Văn Em/);
    expect(text).toMatch(/#45 11:00 27\/11\/2026 360000-01-261127-0001 Kẹt giấy/);
    expect(text).toContain('Số phiếu của hồ sơ đã hủy: 360000-01-261127-0004');
    expect(text).toContain('Số phiếu bị thiếu: không có');
    expect(text).toMatch(/GIAO DỊCH VIÊN TRƯỞNG BƯU CỤC/);
    expect(text).toContain('9F3A-71C2-0B4E-D815');
    expect(text).toMatch(/BÁO CÁO CHỐT NGÀY \(Z\) số 12 — 360000 quầy 1 — ngày 27\/11\/2026 — Trang 1\/\d/);
    expect(dayReportPdfFileName(handBuiltReport())).toBe('bao-cao-z12-360000-quay1-2026-11-27.pdf');
  });

  it('draws its charts as vector bars (dossiers per hour, money per agency and per service), no picture', async () => {
    const pdf = await renderDayReportPdf(handBuiltReport(), { hours: handBuiltHours }, fontsDir);
    expect(imageCount(pdf)).toBe(0);
    // 3 busy hours + 2 agencies + 1 service.
    const bars = filledRects(pdf, barColour);
    expect(bars).toHaveLength(6);
    const [h8, , h10, sotp, maiSon] = bars;
    expect(h10!.height / h8!.height).toBeCloseTo(2, 5);
    expect(sotp!.width / maiSon!.width).toBeCloseTo(100_000 / 50_000, 5);
    const text = squeeze(pdfText(pdf));
    expect(text).toContain('Hồ sơ tiếp nhận theo giờ');
    expect(text).toMatch(/Thu hộ phí, lệ phí theo cơ quan\n+Sở Tư pháp tỉnh Sơn La 100\.000 ₫\nUBND huyện Mai Sơn 50\.000 ₫/);
    expect(text).toMatch(/Doanh thu cước theo dịch vụ\n+Gửi hồ sơ 54\.000 ₫/);
  });

  it('marks an X report as not a close, a provisional close as TẠM on every page, and flags a missing slip number', async () => {
    const x = squeeze(pdfText(await renderDayReportPdf(handBuiltReport({ state: 'open', zNumber: null, closedSeq: null, closedAtLocal: null, closedBy: null }), { hours: [] }, fontsDir)));
    expect(x).toContain('BÁO CÁO TRONG NGÀY (X)');
    expect(x).toContain('ngày chưa chốt, chưa phải báo cáo chốt ngày');
    expect(x).not.toContain('Số Z:');
    expect(x).not.toContain('BÁO CÁO CHỐT NGÀY');

    const report = handBuiltReport({ provisional: true, provisionalReasons: [{ kind: 'printsWaiting', count: 2 }], slips: { first: '360000-01-261127-0001', last: '360000-01-261127-0005', count: 4, voided: [], missing: ['360000-01-261127-0004'] } });
    const pdf = await renderDayReportPdf(report, { hours: handBuiltHours }, fontsDir);
    const text = squeeze(pdfText(pdf));
    expect(text).toContain('TẠM — CHỐT NGÀY CHƯA CHÍNH THỨC');
    expect(text).toContain('Sẽ phát hành lại khi hết: 2 lệnh in đang chờ');
    const pages = text.split('\f').filter((p) => p.trim());
    expect(pages.length).toBeGreaterThan(1);
    for (const page of pages) expect(page).toContain('(TẠM)');
    expect(text).toContain('CẢNH BÁO — số phiếu bị thiếu, chưa giải thích: 360000-01-261127-0004');
    expect(dayReportPdfFileName(report)).toBe('bao-cao-z12-360000-quay1-2026-11-27-tam.pdf');
  });
});

describe('the day CSV export', () => {
  it('writes one UTF-8 file per table to a folder, with the same figures as the PDF', () => {
    const dir = join(mkdtempSync(join(tmpdir(), 'day-csv-')), 'xuat');
    const paths = writeDayCsv(dir, dayCsvFiles(handBuiltReport(), handBuiltHours));
    expect(readdirSync(dir).sort()).toEqual(paths.map((p) => p.slice(dir.length + 1)).sort());
    const read = (table: string) => csvRecords(readFileSync(join(dir, `2026-11-27-360000-quay1-z12-${table}.csv`), 'utf8'));

    const summary = Object.fromEntries(read('tong-hop').map((r) => [r['Mục'], r['Giá trị']]));
    expect(summary).toMatchObject({
      'Số Z': '12',
      'Tiền phải có (VND)': '627000',
      'Tiền đếm được (VND)': '617000',
      'Chênh lệch (VND)': '-10000',
      'Tổng thu hộ phí, lệ phí (VND)': '150000',
      'Tổng doanh thu cước (VND)': '54000',
      'Chốt lúc': '2026-11-27T17:30:02+07:00',
      'Mã băm bút toán cuối': 'a'.repeat(64),
    });
    const [drawer] = read('ket-tien');
    expect(drawer).toMatchObject({ 'Giao dịch viên': 'Nguyễn Văn An', 'Tiền đầu ca': '500000', 'Tiền thừa trả lại': '73000', 'Tiền phải có': '627000', 'Tiền đếm được': '617000', 'Chênh lệch': '-10000', 'Lý do chênh lệch': 'Trả nhầm tiền thừa cho khách', 'Người duyệt': 'Trần Thị Quản Lý' });
    const fees = read('thu-ho-phi-le-phi');
    expect(fees.map((f) => [f['Cơ quan'], f['Số phiếu'], f['Số tiền'], f['Hình thức'], f['Mã giao dịch']])).toEqual([
      ['Sở Tư pháp tỉnh Sơn La', '360000-01-261127-0001', '100000', 'tiền mặt', ''],
      ['UBND huyện Mai Sơn', '360000-01-261127-0002', '50000', 'chuyển khoản', 'FT2611270001'],
    ]);
    // A payer's name holding a comma and quotes comes back whole.
    expect(fees[1]!['Người nộp']).toBe('Cầm Thị Dung, "Dung"');
    expect(read('thu-ho-theo-co-quan').map((a) => [a['Cơ quan'], a['Đã thu'], a['Đã bàn giao'], a['Còn giữ']])).toEqual([
      ['Sở Tư pháp tỉnh Sơn La', '100000', '0', '100000'],
      ['UBND huyện Mai Sơn', '50000', '50000', '0'],
    ]);
    expect(read('doanh-thu-cuoc')).toEqual([{ 'Dịch vụ': 'Gửi hồ sơ', 'Số hồ sơ': '3', 'Cước': '81000', 'Miễn giảm': '27000', 'Hoàn': '0', 'Doanh thu': '54000' }]);
    expect(read('mien-giam-cuoc')).toEqual([{ 'Dịch vụ': 'Gửi hồ sơ', 'Lý do': 'Người có công với cách mạng', 'Số hồ sơ': '1', 'Số tiền': '27000' }]);
    expect(read('ho-so-chua-ban-giao').map((d) => d['Số phiếu'])).toEqual(['360000-01-261127-0001', '360000-01-261127-0003']);
    expect(read('ho-so-theo-gio')).toEqual([{ 'Giờ': '8', 'Số hồ sơ': '1' }, { 'Giờ': '9', 'Số hồ sơ': '1' }, { 'Giờ': '10', 'Số hồ sơ': '2' }]);
    expect(read('so-phieu-huy-thieu')).toEqual([{ 'Số phiếu': '360000-01-261127-0004', 'Tình trạng': 'hủy' }]);
  });
});

describe('a long Z report', () => {
  it('runs over pages with each table’s header repeated, every dossier listed, and says when the list is cut', async () => {
    const base = handBuiltReport();
    const list = Array.from({ length: 150 }, (_, i) => ({
      slipNumber: `360000-01-261126-${String(i + 1).padStart(4, '0')}`,
      receivedAtLocal: '2026-11-26 09:00:00 +07:00',
      procedure: 'Cấp đổi giấy phép lái xe do ngành Giao thông vận tải cấp',
      applicant: `Người nộp số ${i + 1}`,
    }));
    const report = handBuiltReport({ dossiers: { ...base.dossiers, notHandedOver: { count: 612, list } } });
    const text = squeeze(pdfText(await renderDayReportPdf(report, { hours: handBuiltHours }, fontsDir)));
    expect(text).toContain('Liệt kê 150 hồ sơ nhận sớm nhất trong số 612.');
    for (const d of list) expect(text).toContain(d.slipNumber);
    const pages = text.split('\f').filter((p) => p.trim());
    const listPages = pages.filter((p) => /360000-01-261126-\d{4}/.test(p));
    expect(listPages.length).toBeGreaterThan(1);
    for (const p of listPages) expect(p).toMatch(/Số phiếu Tiếp nhận lúc Thủ tục Người nộp/);
    pages.forEach((p, i) => expect(p).toContain(`Trang ${i + 1}/${pages.length}`));
  });
});
