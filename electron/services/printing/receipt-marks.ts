// Words every renderer prints from the document's own fields, worded once so the roll and the
// PDF say the same thing.
import type { ReceiptDocument } from '../../../shared/receipt/receipt-document';

export const sampleNotice = 'DỮ LIỆU MẪU — không dùng cho giao dịch thật';

export const signatureHint = '(Ký, ghi rõ họ tên)';

export function reprintNotice(reprint: NonNullable<ReceiptDocument['reprint']>): string {
  return `BẢN IN LẠI LẦN ${reprint.number} — Lý do: ${reprint.reason}`;
}
