// The day's report as an A4 PDF: the Z report (the sealed close, numbered) or an X report (the
// figures at a moment, changing nothing), marked so that neither is taken for the other, and a
// provisional close marked "TẠM" on every page. Filed with the office's accounts and signed on
// paper by the clerk and the manager, so it is worded in Vietnamese whatever the screen's
// language. Figures come from the report as the day service computed them; nothing is summed
// here but what the report itself lists (the charts' bars), so the paper can never disagree with
// the screen or the CSV.
import type { DayReport, DrawerSession, Figure } from '../../../shared/contract/day';
import type { HourCount } from '../../../shared/contract/day-output';
import { formatDay, formatVnd } from '../../../shared/format';
import { openA5Pdf, type Pdf } from '../printing/a5-pdf';
import { drawBarChart, drawColumnChart } from './pdf-charts';
import { drawTable } from './pdf-table';
import { localStampShort, reportKindTitle, serviceLabel } from './report-wording';

const margin = 42;
/** The same report gives the same bytes (see receipt-pdf.ts). */
const fixedCreationDate = new Date(0);

export function dayReportPdfFileName(report: DayReport): string {
  const kind = report.state === 'closed' ? `z${report.zNumber}` : 'x';
  return `bao-cao-${kind}-${report.office.code}-quay${report.office.counterNumber}-${report.day}${report.provisional ? '-tam' : ''}.pdf`;
}

export interface ReportPdfExtras {
  hours: readonly HourCount[];
  /** The fingerprint of the key this counter signs its day files with, for the manager who imports them. */
  signingKeyFingerprint?: string;
}

export async function renderDayReportPdf(report: DayReport, extras: ReportPdfExtras, fontsDir: string): Promise<Buffer> {
  const title = reportKindTitle(report);
  const { doc, done } = openA5Pdf(fontsDir, {
    margin,
    size: 'A4',
    bufferPages: true,
    info: { Title: `${title} — ${report.office.name} quầy ${report.office.counterNumber} — ${report.day}`, CreationDate: fixedCreationDate },
  });
  const page = new Page(doc);
  header(page, report, title);
  cashSection(page, report);
  feesSection(page, report);
  revenueSection(page, report);
  dossierSection(page, report);
  receiptsSection(page, report);
  lateSection(page, report);
  chartsSection(page, report, extras.hours);
  signatures(page, report, extras.signingKeyFingerprint);
  footers(doc, report, title);
  doc.end();
  return done;
}

/** The page's geometry and the few text styles the report uses. */
class Page {
  readonly width: number;
  readonly bottom: number;
  constructor(readonly doc: Pdf) {
    this.width = doc.page.width - 2 * margin;
    // Room at the foot of every page for the footer line.
    this.bottom = doc.page.height - margin - 14;
  }
  /** Starts a new page if fewer than `points` are left. */
  room(points: number): void {
    if (this.doc.y + points > this.bottom) this.doc.addPage();
    this.doc.x = margin;
  }
  heading(text: string): void {
    this.room(60);
    this.doc.moveDown(0.8).font('bold').fontSize(11.5).fillColor('#000000').text(text, margin, this.doc.y, { width: this.width });
    this.doc.moveDown(0.2);
  }
  sub(text: string): void {
    this.room(40);
    this.doc.moveDown(0.3).font('bold').fontSize(9.5).text(text, margin, this.doc.y, { width: this.width });
  }
  line(label: string, value: string): void {
    this.room(14);
    this.doc.font('regular').fontSize(9.5).text(`${label}: `, margin, this.doc.y, { continued: true, width: this.width }).font('bold').text(value);
  }
  note(text: string): void {
    this.room(14);
    this.doc.font('regular').fontSize(9).text(text, margin, this.doc.y, { width: this.width });
  }
  table(columns: Parameters<typeof drawTable>[1], rows: string[][]): void {
    this.room(40);
    drawTable(this.doc, columns, rows, { x: margin, width: this.width, bottom: this.bottom });
  }
}

const vnd = (n: number) => formatVnd(n);
const fig = (f: Figure) => `${vnd(f.vnd)} (${f.count})`;
const who = (p: { id: string | null; name: string } | null) => (p ? (p.id ? `${p.name} (${p.id})` : p.name) : '—');

function header(page: Page, r: DayReport, title: string): void {
  const { doc } = page;
  doc.font('bold').fontSize(11).text(r.office.name.toUpperCase(), margin, margin, { width: page.width * 0.6 });
  doc.font('regular').fontSize(9).text(`Mã bưu cục: ${r.office.code} — Quầy số ${r.office.counterNumber}`, { width: page.width * 0.6 });
  doc.font('bold').fontSize(10).text(r.state === 'closed' ? `Số Z: ${r.zNumber}` : 'Không có số Z', margin, margin, { width: page.width, align: 'right' });
  doc.x = margin;
  doc.y = margin + 34;
  doc.font('bold').fontSize(15).text(title, { align: 'center', width: page.width });
  doc.font('regular').fontSize(10.5).text(`Ngày ${formatDay(r.day)}`, { align: 'center', width: page.width });
  const reasons = r.provisionalReasons.map((p) => (p.kind === 'printsWaiting' ? `${p.count} lệnh in đang chờ` : `${p.count} bút toán chưa đồng bộ`));
  if (r.state === 'open') {
    doc.moveDown(0.3).font('bold').fontSize(10).text('Số liệu tại thời điểm in — ngày chưa chốt, chưa phải báo cáo chốt ngày', { align: 'center', width: page.width });
    if (reasons.length) doc.font('regular').fontSize(9).text(`Còn ${reasons.join('; ')}: chốt ngày lúc này chỉ được chốt TẠM.`, { align: 'center', width: page.width });
  }
  if (r.provisional) {
    doc.moveDown(0.3).font('bold').fontSize(12).fillColor('#b00020').text('TẠM — CHỐT NGÀY CHƯA CHÍNH THỨC', { align: 'center', width: page.width });
    doc.font('regular').fontSize(9).text(`Sẽ phát hành lại khi hết: ${reasons.join('; ') || '—'}`, { align: 'center', width: page.width });
    doc.fillColor('#000000');
  }
  doc.moveDown(0.6);
  if (r.state === 'closed') {
    page.line('Chốt lúc', `${r.closedAtLocal ? localStampShort(r.closedAtLocal) : '—'} — người chốt: ${who(r.closedBy)}`);
    if (r.supersedes.length) page.line('Thay cho', r.supersedes.map((s) => `Z số ${s.zNumber} (bút toán #${s.seq})`).join(', '));
  }
  page.line('Lập lúc', localStampShort(r.generatedAtLocal));
  page.line('Bút toán cuối của ngày', r.lastEntry ? `#${r.lastEntry.seq} — mã băm ${r.lastEntry.hash}` : 'ngày không có bút toán');
}

function cashSection(page: Page, r: DayReport): void {
  page.heading('I. TIỀN MẶT TRONG KÉT');
  page.table(
    [
      { title: 'Khoản', width: 3 },
      { title: 'Số tiền', width: 2, align: 'right' },
    ],
    [
      ['Tiền đầu ca (các két)', vnd(r.cash.floatVnd)],
      ['Tiền phải có', vnd(r.cash.expectedVnd)],
      ['Tiền đếm được', r.cash.countedVnd === null ? 'chưa đếm' : vnd(r.cash.countedVnd)],
      ['Chênh lệch (đếm được − phải có)', r.cash.differenceVnd === null ? '—' : signedVnd(r.cash.differenceVnd)],
    ],
  );
  if (r.cashWithoutDrawer.count > 0) page.note(`Tiền mặt thu khi chưa mở két: ${fig(r.cashWithoutDrawer)} — không mất, quản lý xem riêng.`);
  r.drawers.forEach((d, i) => drawer(page, d, i + 1));
  if (r.drawers.length === 0) page.note('Không có két nào được mở trong ngày.');
}

function signedVnd(n: number): string {
  return n > 0 ? `+${vnd(n)}` : vnd(n);
}

function drawer(page: Page, d: DrawerSession, n: number): void {
  page.sub(`Két ${n}: ${who(d.clerk)} — mở lúc ${localStampShort(d.openedAtLocal)} (bút toán #${d.openedSeq})`);
  const rows: string[][] = [
    ['Tiền đầu ca', vnd(d.floatVnd), ''],
    ['+ Tiền mặt nhận của người dân', vnd(d.cashTaken.vnd), String(d.cashTaken.count)],
    ['   trong đó: phí, lệ phí thu hộ', vnd(d.feesCash.vnd), String(d.feesCash.count)],
    ['   cước bưu chính', vnd(d.postalCash.vnd), String(d.postalCash.count)],
    ['   phí, lệ phí thu khi trả kết quả', vnd(d.returnFeesCash.vnd), String(d.returnFeesCash.count)],
    ['− Tiền trả lại (tiền thừa)', vnd(d.changeGiven.vnd), String(d.changeGiven.count)],
    ['− Hoàn tiền hồ sơ hủy', vnd(d.voidRefunds.vnd), String(d.voidRefunds.count)],
    ['− Xuất quỹ (nộp ngân hàng…)', vnd(d.cashOut.vnd), String(d.cashOut.count)],
    ['+ Nhập quỹ (bổ sung tiền lẻ…)', vnd(d.cashIn.vnd), String(d.cashIn.count)],
    ['= Tiền phải có', vnd(d.expectedVnd), ''],
  ];
  if (d.close) {
    rows.push(['Tiền đếm được', vnd(d.close.counted.totalVnd), ''], ['Chênh lệch', signedVnd(d.close.differenceVnd), '']);
  }
  page.table(
    [
      { title: 'Khoản', width: 5 },
      { title: 'Số tiền', width: 2, align: 'right' },
      { title: 'Số bút toán', width: 1.2, align: 'right' },
    ],
    rows,
  );
  if (d.close) {
    const c = d.close;
    page.line('Đóng két', `${localStampShort(c.atLocal)} — ${who(c.closedBy)} (bút toán #${c.seq})`);
    if (c.differenceVnd !== 0) {
      page.line('Lý do chênh lệch', c.differenceReason ?? '—');
      page.line('Người duyệt', c.approvedBy ? who(c.approvedBy) : 'không cần (trong mức cho phép)');
    }
    const counted = c.counted.lines.filter((l) => l.count > 0);
    if (counted.length) page.note(`Đếm theo mệnh giá: ${counted.map((l) => `${vnd(l.valueVnd)}${l.coin ? ' (xu)' : ''} × ${l.count}`).join('; ')}`);
  } else {
    page.note('Két chưa đóng.');
  }
  if (d.transfers.length) {
    page.note('Chuyển khoản (không tính vào tiền mặt):');
    page.table(
      [
        { title: 'Bút toán', width: 1 },
        { title: 'Số phiếu', width: 2.2 },
        { title: 'Mã giao dịch', width: 2.5 },
        { title: 'Khoản', width: 1.6 },
        { title: 'Số tiền', width: 1.6, align: 'right' },
      ],
      d.transfers.map((t) => [`#${t.seq}`, t.slipNumber ?? '—', t.reference, transferWhat[t.what], vnd(t.vnd)]),
    );
  }
}

const transferWhat = { intake: 'Tiếp nhận', returnFee: 'Thu khi trả', voidRefund: 'Hoàn tiền hủy' } as const;
const feeWhen = { intake: 'tiếp nhận', return: 'trả kết quả', void: 'hoàn (hủy)' } as const;

function feesSection(page: Page, r: DayReport): void {
  page.heading('II. BẢNG KÊ THU HỘ PHÍ, LỆ PHÍ');
  if (r.feesOnBehalf.length === 0) return page.note('Không thu hộ phí, lệ phí trong ngày.');
  for (const a of r.feesOnBehalf) {
    page.sub(a.agency);
    page.table(
      [
        { title: 'Số phiếu', width: 3 },
        { title: 'Thủ tục', width: 2.6 },
        { title: 'Người nộp', width: 2 },
        { title: 'Số tiền', width: 1.5, align: 'right' },
        { title: 'Hình thức', width: 1.9 },
        { title: 'Biên lai', width: 1.2 },
      ],
      a.lines.map((l) => [
        `${l.slipNumber}\n${l.atLocal.slice(11, 16)} · ${feeWhen[l.when]}`,
        l.procedure,
        l.payer,
        vnd(l.vnd),
        l.method === 'cash' ? 'Tiền mặt' : `Chuyển khoản${l.reference ? ` ${l.reference}` : ''}`,
        l.exemptionReason ? `Miễn: ${l.exemptionReason}` : (l.receiptNumber ?? '—'),
      ]),
    );
    page.line('Đã thu', fig(a.collected));
    page.line('Tiền mặt / chuyển khoản', `${fig(a.cash)} / ${fig(a.transfer)}`);
    page.line('Đã hoàn', fig(a.refunded));
    page.line('Đã bàn giao cho cơ quan', fig(a.handedOver));
    page.line('Còn giữ tại bưu cục', vnd(a.heldVnd));
  }
  const total = r.feesOnBehalf.reduce((s, a) => s + a.collected.vnd - a.refunded.vnd, 0);
  page.line('Tổng thu hộ (đã thu − đã hoàn)', vnd(total));
}

function revenueSection(page: Page, r: DayReport): void {
  page.heading('III. BẢNG KÊ DOANH THU CƯỚC');
  if (r.postalRevenue.length === 0) return page.note('Không có doanh thu cước trong ngày.');
  page.table(
    [
      { title: 'Dịch vụ', width: 3 },
      { title: 'Hồ sơ', width: 0.9, align: 'right' },
      { title: 'Cước', width: 1.6, align: 'right' },
      { title: 'Miễn giảm', width: 1.6, align: 'right' },
      { title: 'Hoàn', width: 1.5, align: 'right' },
      { title: 'Doanh thu', width: 1.7, align: 'right' },
    ],
    r.postalRevenue.map((s) => [serviceLabel(s.service), String(s.dossiers.count), vnd(s.gross.vnd), vnd(s.exempted.vnd), vnd(s.refunded.vnd), vnd(s.netVnd)]),
  );
  const exemptions = r.postalRevenue.flatMap((s) => s.exemptions.map((e) => [serviceLabel(s.service), e.reason, String(e.count), vnd(e.vnd)]));
  if (exemptions.length) {
    page.sub('Miễn, giảm cước và lý do');
    page.table(
      [
        { title: 'Dịch vụ', width: 2.5 },
        { title: 'Lý do', width: 4 },
        { title: 'Số hồ sơ', width: 1, align: 'right' },
        { title: 'Số tiền', width: 1.6, align: 'right' },
      ],
      exemptions,
    );
  }
  page.line('Tổng doanh thu cước', vnd(r.postalRevenue.reduce((s, x) => s + x.netVnd, 0)));
}

function dossierSection(page: Page, r: DayReport): void {
  const d = r.dossiers;
  page.heading('IV. HỒ SƠ');
  page.table(
    [
      { title: 'Hồ sơ', width: 4 },
      { title: 'Số lượng', width: 1, align: 'right' },
    ],
    [
      ['Tiếp nhận', String(d.received.count)],
      ['Hủy', String(d.voided.count)],
      ['Đã bàn giao cho cơ quan', String(d.handedOver.count)],
      ['Nhận kết quả từ cơ quan', String(d.resultsReceived.count)],
      ['Đã trả kết quả', String(d.returned.count)],
      ['Quá hạn', String(d.overdue)],
      ['Chưa bàn giao (tại thời điểm lập)', String(d.notHandedOver.count)],
    ],
  );
  if (d.notHandedOver.list.length) {
    page.sub(`Hồ sơ chưa bàn giao (${d.notHandedOver.count})`);
    if (d.notHandedOver.list.length < d.notHandedOver.count) page.note(`Liệt kê ${d.notHandedOver.list.length} hồ sơ nhận sớm nhất trong số ${d.notHandedOver.count}.`);
    page.table(
      [
        { title: 'Số phiếu', width: 3 },
        { title: 'Tiếp nhận lúc', width: 2 },
        { title: 'Thủ tục', width: 3.5 },
        { title: 'Người nộp', width: 2.2 },
      ],
      d.notHandedOver.list.map((x) => [x.slipNumber, localStampShort(x.receivedAtLocal), x.procedure, x.applicant]),
    );
  }
}

function receiptsSection(page: Page, r: DayReport): void {
  const { receipts, slips } = r;
  page.heading('V. BIÊN NHẬN VÀ SỐ PHIẾU');
  page.line('Biên nhận đã in', String(receipts.printed.count));
  page.line('Biên nhận in lại', String(receipts.reprinted.length));
  page.line('Biên nhận cấp dạng PDF', String(receipts.pdfIssued.count));
  if (receipts.reprinted.length) {
    page.table(
      [
        { title: 'Bút toán', width: 1 },
        { title: 'Lúc', width: 2 },
        { title: 'Số phiếu', width: 3 },
        { title: 'Lý do in lại', width: 4 },
      ],
      receipts.reprinted.map((x) => [`#${x.seq}`, localStampShort(x.atLocal), x.slipNumber, x.reason ?? '—']),
    );
  }
  page.line('Số phiếu trong ngày', slips.count ? `từ ${slips.first} đến ${slips.last} (${slips.count} số)` : 'không có');
  page.line('Số phiếu của hồ sơ đã hủy', slips.voided.length ? slips.voided.join(', ') : 'không có');
  if (slips.missing.length) {
    page.doc.fillColor('#b00020');
    page.line('CẢNH BÁO — số phiếu bị thiếu, chưa giải thích', slips.missing.join(', '));
    page.doc.fillColor('#000000');
  } else {
    page.line('Số phiếu bị thiếu', 'không có');
  }
}

function lateSection(page: Page, r: DayReport): void {
  if (r.lateEntries.length === 0) return;
  page.heading('VI. BÚT TOÁN GHI HÔM NAY CHO NGÀY ĐÃ CHỐT');
  page.table(
    [
      { title: 'Bút toán', width: 1 },
      { title: 'Lúc', width: 2 },
      { title: 'Loại', width: 2.5 },
      { title: 'Cho ngày', width: 1.5 },
      { title: 'Số phiếu', width: 2.2 },
      { title: 'Số tiền', width: 1.5, align: 'right' },
    ],
    r.lateEntries.map((e) => [`#${e.seq}`, localStampShort(e.atLocal), e.kind, formatDay(e.forDay), e.slipNumber ?? '—', vnd(e.vnd)]),
  );
}

function chartsSection(page: Page, r: DayReport, hours: readonly HourCount[]): void {
  const { doc } = page;
  // The heading stays with the first chart.
  page.room(240);
  page.heading('BIỂU ĐỒ');
  // Working hours at least (7–18), widened to any hour that had dossiers: the same span as the screen.
  const busy = hours.filter((h) => h.count > 0).map((h) => h.hour);
  const first = Math.min(7, ...busy);
  const last = Math.max(18, ...busy);
  const columns = Array.from({ length: last - first + 1 }, (_, i) => ({ label: `${first + i}h`, value: hours.find((h) => h.hour === first + i)?.count ?? 0 }));
  page.room(170);
  const top = doc.y;
  drawColumnChart(doc, { x: margin, y: top, width: page.width, height: 160 }, 'Hồ sơ tiếp nhận theo giờ', columns, String);
  doc.y = top + 176;
  const fees = r.feesOnBehalf.map((a) => ({ label: a.agency, value: a.collected.vnd - a.refunded.vnd }));
  page.room(40 + 14 * fees.length);
  doc.y = drawBarChart(doc, { x: margin, y: doc.y, width: page.width }, 'Thu hộ phí, lệ phí theo cơ quan', fees, vnd) + 14;
  const revenue = r.postalRevenue.map((s) => ({ label: serviceLabel(s.service), value: s.netVnd }));
  page.room(40 + 14 * revenue.length);
  doc.y = drawBarChart(doc, { x: margin, y: doc.y, width: page.width }, 'Doanh thu cước theo dịch vụ', revenue, vnd) + 8;
  doc.x = margin;
}

function signatures(page: Page, r: DayReport, fingerprint: string | undefined): void {
  const { doc } = page;
  page.room(130);
  doc.moveDown(1);
  const half = page.width / 2;
  doc.font('regular').fontSize(9.5).text(`Ngày ${formatDay(r.day)}`, margin, doc.y, { width: page.width, align: 'right' });
  const top = doc.y + 6;
  doc.font('bold').text('GIAO DỊCH VIÊN', margin, top, { width: half, align: 'center' });
  doc.text('TRƯỞNG BƯU CỤC', margin + half, top, { width: half, align: 'center' });
  doc.font('regular').fontSize(8.5).text('(Ký, ghi rõ họ tên)', margin, top + 14, { width: half, align: 'center' });
  doc.text('(Ký, ghi rõ họ tên)', margin + half, top + 14, { width: half, align: 'center' });
  doc.x = margin;
  doc.y = top + 90;
  if (fingerprint) page.note(`Dấu khóa ký tệp số liệu ngày của quầy: ${fingerprint}`);
}

/** "Trang i/n" and what the paper is on every page, so a loose page is still known. */
function footers(doc: Pdf, r: DayReport, title: string): void {
  const range = doc.bufferedPageRange();
  for (let i = range.start; i < range.start + range.count; i++) {
    doc.switchToPage(i);
    const y = doc.page.height - margin;
    const what = `${title}${r.state === 'closed' ? ` số ${r.zNumber}` : ''}${r.provisional ? ' (TẠM)' : ''} — ${r.office.code} quầy ${r.office.counterNumber} — ngày ${formatDay(r.day)}`;
    // Below the bottom margin: pdfkit would otherwise start a page for the footer itself.
    const bottomMargin = doc.page.margins.bottom;
    doc.page.margins.bottom = 0;
    doc.font('regular').fontSize(7.5).fillColor('#444444').text(`${what} — Trang ${i - range.start + 1}/${range.count}`, margin, y, { width: doc.page.width - 2 * margin, align: 'center', lineBreak: false });
    doc.page.margins.bottom = bottomMargin;
  }
  doc.fillColor('#000000');
}
