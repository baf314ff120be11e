// The printer test page a technician prints when setting up a counter: every Vietnamese tone
// mark on every vowel shape (so a missing glyph or a clipped stacked mark shows at once), money
// formatting, a table, and both native symbols a receipt uses.
import { formatDateTime } from '../format';
import type { ReceiptDocument } from './receipt-document';

export const testPageTitle = 'TRANG IN THỬ';

export function buildPrinterTestPage(info: { uri: string; paperWidth: 80 | 58; at: string; officeName: string | null }): ReceiptDocument {
  const dots = info.paperWidth === 80 ? 576 : 384;
  return {
    title: testPageTitle,
    copyLabel: null,
    reprint: null,
    sample: false,
    blocks: [
      { kind: 'text', text: 'Ấn Độ, Quảng Ngãi, Đắk Lắk, Thừa Thiên Huế — ă â ê ô ơ ư đ à á ả ã ạ', bold: false, align: 'left', size: 'normal' },
      { kind: 'text', text: 'ẰẮẲẴẶ ẦẤẨẪẬ ỀẾỂỄỆ ỒỐỔỖỘ ỜỚỞỠỢ ỪỨỬỮỰ ỲÝỶỸỴ Đ', bold: true, align: 'left', size: 'normal' },
      { kind: 'text', text: 'Chữ nhỏ: Nguyễn Thị Hoà, Phường Bến Nghé, Thành phố Hồ Chí Minh.', bold: false, align: 'left', size: 'small' },
      { kind: 'rule' },
      { kind: 'field', label: 'Máy in', value: info.uri },
      { kind: 'field', label: 'Khổ giấy', value: `${info.paperWidth} mm (${dots} điểm)` },
      { kind: 'field', label: 'Bưu cục', value: info.officeName ?? '—' },
      { kind: 'field', label: 'Thời gian', value: formatDateTime(info.at) },
      {
        kind: 'table',
        columns: [
          { header: 'Cột trái', align: 'left', weight: 2 },
          { header: 'Giữa', align: 'center', weight: 1 },
          { header: 'Phải', align: 'right', weight: 1 },
        ],
        rows: [['Giấy khai sinh', '1', '2'], ['Sổ hộ khẩu (bản sao có chứng thực)', '0', '1']],
      },
      { kind: 'amounts', rows: [{ label: 'Cước', vnd: 26_000, bold: false }, { label: 'Tổng cộng', vnd: 1_250_000, bold: true }] },
      { kind: 'barcode', symbology: 'code128', data: `TEST-${info.paperWidth}MM-0123456789`, caption: 'Mã vạch Code128' },
      { kind: 'qr', data: `ONESTOP-COUNTER TEST ${info.paperWidth}MM`, caption: 'Mã QR' },
    ],
  };
}
