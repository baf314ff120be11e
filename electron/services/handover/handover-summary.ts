// The handover's thermal summary: a short paper from the receipt printer that travels with the
// batch, beside the A4 record (handover-pdf.ts). It names the batch by a Code128 the department
// can scan, and lists one line per dossier so the receiver can tick the envelopes off. A paper
// of the post office filed with an agency, so it is in Vietnamese whatever the screen's language.
import type { HandoverBatch } from '../../../shared/contract/handover';
import { formatDateTime } from '../../../shared/format';
import type { ReceiptDocument } from '../../../shared/receipt/receipt-document';

/**
 * `sample`: a dossier of the batch was taken in from sample data, so the paper must say so.
 * `reprint`: the mark a reprint carries (its number and reason, as its entry recorded them).
 */
export function handoverSummary(batch: HandoverBatch, sample: boolean, reprint: ReceiptDocument['reprint'] = null): ReceiptDocument {
  return {
    title: 'BIÊN BẢN GIAO NHẬN HỒ SƠ',
    // The title of the A4 record it summarises, so the two are seen to belong together.
    copyLabel: 'Bản tóm tắt',
    reprint,
    sample,
    blocks: [
      { kind: 'text', text: batch.office.name, bold: true, align: 'center', size: 'normal' },
      { kind: 'text', text: `Mã bưu cục ${batch.office.code} — Quầy số ${batch.office.counterNumber}`, bold: false, align: 'center', size: 'small' },
      { kind: 'barcode', symbology: 'code128', data: batch.number, caption: `Số biên bản: ${batch.number}` },
      { kind: 'field', label: 'Bên nhận', value: `Bộ phận Một cửa — ${batch.department.name}` },
      { kind: 'field', label: 'Thời gian', value: batch.signedAt ? formatDateTime(batch.signedAt) : 'Chưa ký nhận' },
      ...(batch.receiverName ? [{ kind: 'field' as const, label: 'Người nhận', value: batch.receiverName }] : []),
      { kind: 'rule' },
      // One wrapped line per dossier: a slip number does not fit a column of a 58 mm roll.
      ...batch.items.map((item, i) => ({
        kind: 'text' as const,
        text: `${i + 1}. ${item.slipNumber} — ${item.applicantName} — ${item.procedureCode}`,
        bold: false,
        align: 'left' as const,
        size: 'normal' as const,
      })),
      { kind: 'rule' },
      { kind: 'field', label: 'Tổng số hồ sơ', value: String(batch.items.length) },
      { kind: 'amounts', rows: [{ label: 'Phí, lệ phí thu hộ', vnd: batch.feesVnd, bold: true }] },
      { kind: 'signatures', parties: ['Bên giao', 'Bên nhận'] },
    ],
  };
}
