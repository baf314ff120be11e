// The papers of the results desk, as receipt documents (shared/receipt/), so they render with the
// same PDF renderer and font as the receipts: the hand-over slip the citizen signs on return, and
// the results receipt record of a check-in session (Biên bản giao nhận kết quả). Legal papers of
// the post office, so they are in Vietnamese whatever the screen's language.
import { formatDateTime, formatVnd } from '../../../shared/format';
import type { Receiver } from '../../../shared/contract/results';
import type { ReceiptDocument } from '../../../shared/receipt/receipt-document';
import type { DossierRecord } from '../intake/dossier-record';

/** What the check-in entry recorded of a result. */
export interface CheckIn {
  slipNumber: string;
  session: string;
  resultPapers: { name: string; count: number }[];
  originalsToReturn: string[];
  papersToReclaim: string[];
  feeDueVnd: number;
}

/** What the return entry recorded. */
export interface Handover {
  receiver: Receiver;
  fee: { amountVnd: number; method: 'cash' | 'transfer'; receiptNumber: string } | null;
  reclaimed: string[];
}

const list = (names: string[]) => (names.length ? names.join('; ') : 'Không có');
const papersText = (papers: CheckIn['resultPapers']) => (papers.length ? papers.map((p) => `${p.name} (${p.count})`).join('; ') : 'Không có');

/** The hand-over slip (Phiếu bàn giao kết quả): what was handed back, to whom, and the fee collected. */
export function handoverSlip(record: DossierRecord, checkIn: CheckIn, handover: Handover, at: string, seq: number): ReceiptDocument {
  const r = handover.receiver;
  const who =
    r.kind === 'applicant'
      ? [{ kind: 'field' as const, label: 'Người nhận', value: `${record.applicant.name} (người nộp hồ sơ)` }]
      : [
          { kind: 'field' as const, label: 'Người nhận', value: `${r.name} (người được ủy quyền)` },
          { kind: 'field' as const, label: 'Số giấy tờ người nhận', value: r.idNumber },
          { kind: 'field' as const, label: 'Giấy ủy quyền', value: `${r.authorisationRef} (đã chứng thực)` },
        ];
  return {
    title: 'PHIẾU BÀN GIAO KẾT QUẢ',
    copyLabel: 'Lưu tại bưu cục',
    reprint: null,
    sample: record.procedure.sample,
    blocks: [
      { kind: 'text', text: record.office.name, bold: true, align: 'center', size: 'normal' },
      { kind: 'field', label: 'Số phiếu gửi hồ sơ', value: record.slipNumber },
      { kind: 'field', label: 'Mã S10', value: record.s10 },
      { kind: 'field', label: 'Thủ tục', value: `${record.procedure.code} — ${record.procedure.name}` },
      { kind: 'field', label: 'Người nộp hồ sơ', value: record.applicant.name },
      ...who,
      { kind: 'field', label: 'Thời gian trả', value: formatDateTime(at) },
      { kind: 'rule' },
      { kind: 'field', label: 'Kết quả giao', value: papersText(checkIn.resultPapers) },
      { kind: 'field', label: 'Bản gốc trả lại', value: list(checkIn.originalsToReturn) },
      { kind: 'field', label: 'Bản gốc thu hồi', value: list(handover.reclaimed) },
      ...(handover.fee
        ? [
            { kind: 'amounts' as const, rows: [{ label: 'Phí, lệ phí thu khi trả kết quả', vnd: handover.fee.amountVnd, bold: true }] },
            { kind: 'field' as const, label: 'Hình thức, số biên lai', value: `${handover.fee.method === 'cash' ? 'Tiền mặt' : 'Chuyển khoản'}, biên lai ${handover.fee.receiptNumber}` },
          ]
        : []),
      { kind: 'barcode', symbology: 'code128', data: `TKQ-${seq}`, caption: `TKQ-${seq}` },
      { kind: 'signatures', parties: ['Người nhận kết quả', 'Giao dịch viên'] },
    ],
  };
}

/** The results receipt record of one check-in session: every result that came back, with the totals. */
export function checkInRecord(
  office: string,
  session: string,
  rows: { record: DossierRecord; checkIn: CheckIn; at: string }[],
): ReceiptDocument {
  const feeTotal = rows.reduce((sum, r) => sum + r.checkIn.feeDueVnd, 0);
  return {
    title: 'BIÊN BẢN GIAO NHẬN KẾT QUẢ',
    copyLabel: null,
    reprint: null,
    sample: rows.some((r) => r.record.procedure.sample),
    blocks: [
      { kind: 'text', text: office, bold: true, align: 'center', size: 'normal' },
      { kind: 'field', label: 'Phiên nhận', value: session },
      { kind: 'field', label: 'Thời gian', value: formatDateTime(rows[0]!.at) },
      { kind: 'field', label: 'Số hồ sơ', value: String(rows.length) },
      // One block per dossier rather than a table: a slip number does not fit a column of an A5 page.
      ...rows.flatMap(({ record, checkIn }, i) => [
        { kind: 'rule' as const },
        { kind: 'text' as const, text: `${i + 1}. ${record.slipNumber} — ${record.s10}`, bold: true, align: 'left' as const, size: 'normal' as const },
        { kind: 'field' as const, label: 'Người nộp', value: record.applicant.name },
        { kind: 'field' as const, label: 'Kết quả', value: papersText(checkIn.resultPapers) },
        { kind: 'field' as const, label: 'Bản gốc trả lại', value: list(checkIn.originalsToReturn) },
        { kind: 'field' as const, label: 'Bản gốc thu hồi', value: list(checkIn.papersToReclaim) },
        { kind: 'field' as const, label: 'Còn phải thu', value: formatVnd(checkIn.feeDueVnd) },
      ]),
      { kind: 'rule' },
      { kind: 'amounts', rows: [{ label: 'Tổng phí, lệ phí còn phải thu', vnd: feeTotal, bold: true }] },
      { kind: 'signatures', parties: ['Bên giao (cơ quan)', 'Bên nhận (bưu điện)'] },
    ],
  };
}
