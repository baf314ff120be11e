// How a ledger entry's kind reads on a dossier's timeline (the page and `dossiers show`). The
// one table to extend when a service posts a new kind; a kind not listed still reads as a
// generic "Ghi sổ" with its code, never as JSON.
import type { Lang } from './messages';
import { syncEntryKindLabels } from './sync-messages';

type Text = { vi: string; en: string };

export const entryKindLabels: Readonly<Record<string, Text>> = {
  ...syncEntryKindLabels,
  'scale.weight_captured': { vi: 'Cân bì hồ sơ', en: 'Envelope weighed' },
  'scale.weight_entered_manually': { vi: 'Nhập khối lượng bằng tay', en: 'Weight typed by hand' },
  'dossier.received': { vi: 'Tiếp nhận hồ sơ', en: 'Dossier received' },
  'dossier.receipt_reprinted': { vi: 'In lại phiếu gửi', en: 'Receipt reprinted' },
  'dossier.receipt_pdf_issued': { vi: 'Xuất phiếu gửi PDF', en: 'Receipt issued as PDF' },
  'dossier.corrected': { vi: 'Sửa thông tin hồ sơ', en: 'Dossier corrected' },
  'dossier.voided': { vi: 'Hủy hồ sơ', en: 'Dossier voided' },
  'print.printed': { vi: 'Đã in', en: 'Printed' },
  'print.waiting': { vi: 'Bản in đang chờ máy in', en: 'Print waiting for the printer' },
  'print.failed': { vi: 'In không thành công', en: 'Printing failed' },
  'handover.batch_opened': { vi: 'Mở lô bàn giao', en: 'Handover batch opened' },
  'handover.dossier_added': { vi: 'Đưa vào lô bàn giao', en: 'Added to a handover batch' },
  'handover.dossier_removed': { vi: 'Rút khỏi lô bàn giao', en: 'Taken out of a handover batch' },
  'handover.batch_signed': { vi: 'Bàn giao cho Bộ phận Một cửa', en: 'Handed over to the one-stop department' },
  'handover.outcome_recorded': { vi: 'Ghi kết quả tiếp nhận của cơ quan', en: "Agency's intake outcome recorded" },
  'handover.summary_reprinted': { vi: 'In lại bản tóm tắt biên bản giao nhận', en: 'Handover summary reprinted' },
  'result.checked_in': { vi: 'Nhận kết quả từ cơ quan', en: 'Result received from the agency' },
  'result.notified': { vi: 'Đã báo người dân', en: 'Citizen notified' },
  'result.returned': { vi: 'Trả kết quả tại quầy', en: 'Result returned at the counter' },
  'delivery.assigned': { vi: 'Giao phát tận địa chỉ', en: 'Assigned to home delivery' },
  'delivery.attempted': { vi: 'Lần phát', en: 'Delivery attempt' },
  'delivery.given_back': { vi: 'Chuyển hoàn sau phát không thành công', en: 'Sent back after failed delivery' },
  'drawer.opened': { vi: 'Mở ngăn kéo tiền (tiền đầu ca)', en: 'Cash drawer opened (float)' },
  'drawer.cash_moved': { vi: 'Nộp/rút tiền ngăn kéo', en: 'Cash paid in or out of the drawer' },
  'drawer.closed': { vi: 'Kiểm đếm và đóng ngăn kéo tiền', en: 'Cash drawer counted and closed' },
  'drawer.difference': { vi: 'Chênh lệch tiền mặt khi kiểm đếm', en: 'Cash difference at the count' },
  'day.closed': { vi: 'Chốt sổ ngày (báo cáo Z)', en: 'Day closed (Z report)' },
  'day.tolerance_set': { vi: 'Đặt mức chênh lệch cho phép', en: 'Cash difference tolerance set' },
  'office.day_imported': { vi: 'Nhập số liệu ngày của quầy khác', en: "Another counter's day imported" },
};

/** The kind in the reader's language; a kind not in the table is named generically with its code. */
export function entryKindLabel(kind: string, lang: Lang): string {
  const label = entryKindLabels[kind];
  if (label) return label[lang];
  return lang === 'vi' ? `Ghi sổ (${kind})` : `Ledger entry (${kind})`;
}
