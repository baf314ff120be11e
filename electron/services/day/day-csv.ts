// The day's report as CSV, one file per table, with the same figures as the PDF (both are drawn
// from the one report the day service computed). Column names are Vietnamese, as on the paper;
// money is whole VND, times ISO 8601 with the +07:00 offset the counter recorded.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { DayReport } from '../../../shared/contract/day';
import type { HourCount } from '../../../shared/contract/day-output';
import { csvText, type CsvCell, type CsvTable } from './csv-table';
import { serviceLabel } from './report-wording';

/** "2026-11-27 08:15:00 +07:00" (the entry's local stamp) → "2026-11-27T08:15:00+07:00". */
function iso(atLocal: string | null): string | null {
  return atLocal === null ? null : atLocal.replace(' ', 'T').replace(' ', '');
}

export function dayReportTables(r: DayReport, hours: readonly HourCount[]): CsvTable[] {
  const summary: CsvCell[][] = [
    ['Ngày', r.day],
    ['Mã bưu cục', r.office.code],
    ['Bưu cục', r.office.name],
    ['Quầy số', r.office.counterNumber],
    ['Loại báo cáo', r.state === 'closed' ? 'Z' : 'X'],
    ['Số Z', r.zNumber],
    ['Tạm (chưa chính thức)', r.provisional ? 'có' : 'không'],
    ['Chốt lúc', iso(r.closedAtLocal)],
    ['Người chốt', r.closedBy?.name ?? null],
    ['Lập lúc', iso(r.generatedAtLocal)],
    ['Bút toán cuối của ngày', r.lastEntry?.seq ?? null],
    ['Mã băm bút toán cuối', r.lastEntry?.hash ?? null],
    ['Tiền đầu ca (VND)', r.cash.floatVnd],
    ['Tiền phải có (VND)', r.cash.expectedVnd],
    ['Tiền đếm được (VND)', r.cash.countedVnd],
    ['Chênh lệch (VND)', r.cash.differenceVnd],
    ['Tiền mặt thu khi chưa mở két (VND)', r.cashWithoutDrawer.vnd],
    ['Tổng thu hộ phí, lệ phí (VND)', r.feesOnBehalf.reduce((s, a) => s + a.collected.vnd - a.refunded.vnd, 0)],
    ['Tổng doanh thu cước (VND)', r.postalRevenue.reduce((s, x) => s + x.netVnd, 0)],
  ];
  const d = r.dossiers;
  return [
    { name: 'tong-hop', header: ['Mục', 'Giá trị'], rows: summary },
    {
      name: 'ket-tien',
      header: ['Két', 'Giao dịch viên', 'Mở lúc', 'Tiền đầu ca', 'Tiền mặt nhận', 'Trong đó phí lệ phí', 'Trong đó cước', 'Trong đó thu khi trả', 'Tiền thừa trả lại', 'Hoàn tiền hủy', 'Xuất quỹ', 'Nhập quỹ', 'Tiền phải có', 'Tiền đếm được', 'Chênh lệch', 'Lý do chênh lệch', 'Người duyệt', 'Người đóng két', 'Đóng lúc'],
      rows: r.drawers.map((x) => [
        x.drawerId, x.clerk.name, iso(x.openedAtLocal), x.floatVnd, x.cashTaken.vnd, x.feesCash.vnd, x.postalCash.vnd, x.returnFeesCash.vnd, x.changeGiven.vnd, x.voidRefunds.vnd, x.cashOut.vnd, x.cashIn.vnd, x.expectedVnd,
        x.close?.counted.totalVnd ?? null, x.close?.differenceVnd ?? null, x.close?.differenceReason ?? null, x.close?.approvedBy?.name ?? null, x.close?.closedBy.name ?? null, iso(x.close?.atLocal ?? null),
      ]),
    },
    {
      name: 'chuyen-khoan',
      header: ['Két', 'Bút toán', 'Số phiếu', 'Mã giao dịch', 'Khoản', 'Số tiền'],
      rows: r.drawers.flatMap((x) => x.transfers.map((t) => [x.drawerId, t.seq, t.slipNumber, t.reference, t.what, t.vnd])),
    },
    {
      name: 'thu-ho-phi-le-phi',
      header: ['Cơ quan', 'Bút toán', 'Lúc', 'Số phiếu', 'Thủ tục', 'Người nộp', 'Số tiền', 'Hình thức', 'Mã giao dịch', 'Số biên lai', 'Khi', 'Lý do miễn'],
      rows: r.feesOnBehalf.flatMap((a) => a.lines.map((l) => [a.agency, l.seq, iso(l.atLocal), l.slipNumber, l.procedure, l.payer, l.vnd, l.method === 'cash' ? 'tiền mặt' : 'chuyển khoản', l.reference, l.receiptNumber, l.when, l.exemptionReason])),
    },
    {
      name: 'thu-ho-theo-co-quan',
      header: ['Cơ quan', 'Đã thu', 'Số khoản', 'Tiền mặt', 'Chuyển khoản', 'Đã hoàn', 'Đã bàn giao', 'Còn giữ'],
      rows: r.feesOnBehalf.map((a) => [a.agency, a.collected.vnd, a.collected.count, a.cash.vnd, a.transfer.vnd, a.refunded.vnd, a.handedOver.vnd, a.heldVnd]),
    },
    {
      name: 'doanh-thu-cuoc',
      header: ['Dịch vụ', 'Số hồ sơ', 'Cước', 'Miễn giảm', 'Hoàn', 'Doanh thu'],
      rows: r.postalRevenue.map((s) => [serviceLabel(s.service), s.dossiers.count, s.gross.vnd, s.exempted.vnd, s.refunded.vnd, s.netVnd]),
    },
    {
      name: 'mien-giam-cuoc',
      header: ['Dịch vụ', 'Lý do', 'Số hồ sơ', 'Số tiền'],
      rows: r.postalRevenue.flatMap((s) => s.exemptions.map((e) => [serviceLabel(s.service), e.reason, e.count, e.vnd])),
    },
    {
      name: 'ho-so',
      header: ['Hồ sơ', 'Số lượng'],
      rows: [
        ['Tiếp nhận', d.received.count],
        ['Hủy', d.voided.count],
        ['Đã bàn giao', d.handedOver.count],
        ['Nhận kết quả', d.resultsReceived.count],
        ['Đã trả kết quả', d.returned.count],
        ['Quá hạn', d.overdue],
        ['Chưa bàn giao', d.notHandedOver.count],
      ],
    },
    {
      name: 'ho-so-chua-ban-giao',
      header: ['Số phiếu', 'Tiếp nhận lúc', 'Thủ tục', 'Người nộp'],
      rows: d.notHandedOver.list.map((x) => [x.slipNumber, iso(x.receivedAtLocal), x.procedure, x.applicant]),
    },
    {
      name: 'ho-so-theo-gio',
      header: ['Giờ', 'Số hồ sơ'],
      rows: hours.map((h) => [h.hour, h.count]),
    },
    {
      name: 'bien-nhan-in-lai',
      header: ['Bút toán', 'Lúc', 'Số phiếu', 'Lý do'],
      rows: r.receipts.reprinted.map((x) => [x.seq, iso(x.atLocal), x.slipNumber, x.reason]),
    },
    {
      name: 'so-phieu-huy-thieu',
      header: ['Số phiếu', 'Tình trạng'],
      rows: [...r.slips.voided.map((s) => [s, 'hủy']), ...r.slips.missing.map((s) => [s, 'thiếu, chưa giải thích'])],
    },
    {
      name: 'but-toan-cho-ngay-da-chot',
      header: ['Bút toán', 'Loại', 'Lúc', 'Cho ngày', 'Số phiếu', 'Số tiền'],
      rows: r.lateEntries.map((e) => [e.seq, e.kind, iso(e.atLocal), e.forDay, e.slipNumber, e.vnd]),
    },
  ];
}

/** A file name that sorts by day and says whose and which table: `2026-11-27-360000-quay1-z12-ket-tien.csv`. */
export function csvFileName(r: DayReport, table: CsvTable): string {
  const kind = r.state === 'closed' ? `z${r.zNumber}${r.provisional ? '-tam' : ''}` : 'x';
  return `${r.day}-${r.office.code}-quay${r.office.counterNumber}-${kind}-${table.name}.csv`;
}

export function dayCsvFiles(r: DayReport, hours: readonly HourCount[]): { fileName: string; csv: string }[] {
  return dayReportTables(r, hours).map((t) => ({ fileName: csvFileName(r, t), csv: csvText(t) }));
}

/** Writes each table to `dir` (made if missing); answers the paths written. */
export function writeDayCsv(dir: string, files: readonly { fileName: string; csv: string }[]): string[] {
  mkdirSync(dir, { recursive: true });
  return files.map((f) => {
    const path = join(dir, f.fileName);
    writeFileSync(path, f.csv, 'utf8');
    return path;
  });
}
