// The handover record (Biên bản giao nhận hồ sơ) as an A4 PDF: two copies, one kept by the post
// office and one by the one-stop department, each starting on its own page. A legal record filed
// with a Vietnamese agency, so it is worded in Vietnamese whatever the screen's language. Text
// flows (pdfkit adds pages as a long batch needs them); the batch number is drawn as Code128 bars
// from jsbarcode's encoding so it scans off the paper.
import { CODE128 } from 'jsbarcode/bin/barcodes/CODE128/index.js';
import type { HandoverBatch, HandoverItem } from '../../../shared/contract/handover';
import { formatDate, formatDateTime, formatVnd } from '../../../shared/format';
import { openA5Pdf, type Pdf } from '../printing/a5-pdf';

const margin = 42;
/** The same batch gives the same bytes (see receipt-pdf.ts). */
const fixedCreationDate = new Date(0);
const copies = ['Liên 1: Bưu điện lưu', 'Liên 2: Bộ phận Một cửa lưu'];

export function handoverPdfFileName(batchNumber: string): string {
  return `bien-ban-giao-nhan-${batchNumber}.pdf`;
}

export async function renderHandoverRecord(batch: HandoverBatch, fontsDir: string): Promise<Buffer> {
  const { doc, done } = openA5Pdf(fontsDir, { margin, size: 'A4', info: { Title: `Biên bản giao nhận hồ sơ ${batch.number}`, CreationDate: fixedCreationDate } });
  copies.forEach((copy, i) => {
    if (i > 0) doc.addPage();
    drawCopy(doc, batch, copy);
  });
  doc.end();
  return done;
}

function drawCopy(doc: Pdf, b: HandoverBatch, copy: string): void {
  const width = doc.page.width - 2 * margin;
  doc.font('regular').fontSize(9).text(copy, { align: 'right' });
  doc.font('bold').fontSize(11).text(b.office.name.toUpperCase());
  doc.font('regular').fontSize(9).text(`Mã bưu cục: ${b.office.code} — Quầy số ${b.office.counterNumber}`);
  doc.moveDown(0.6);
  doc.font('bold').fontSize(15).text('BIÊN BẢN GIAO NHẬN HỒ SƠ', { align: 'center' });
  doc.font('regular').fontSize(10).text(`Số: ${b.number}`, { align: 'center' });
  barcode(doc, b.number, margin + width / 2 - 110, doc.y + 4, 220, 34);
  doc.y += 44;
  doc.x = margin;
  doc.moveDown(0.4);
  const when = b.signedAt ?? null;
  doc.fontSize(10);
  line(doc, 'Bên giao', `${b.office.name} (mã ${b.office.code}), quầy số ${b.office.counterNumber}`);
  line(doc, 'Bên nhận', `Bộ phận Một cửa — ${b.department.name}`);
  line(doc, 'Mã đơn vị', b.department.unitCode ?? 'Chưa có trong danh bạ cơ quan');
  if (b.department.address) line(doc, 'Địa chỉ', b.department.address);
  line(doc, 'Thời gian giao nhận', when ? formatDateTime(when) : 'Chưa ký nhận (lô đang mở)');
  if (b.receiverName) line(doc, 'Người nhận', b.receiverName);
  doc.moveDown(0.5);
  doc.font('bold').text(`Danh sách hồ sơ (${b.items.length})`);
  b.items.forEach((item, i) => drawItem(doc, item, i + 1, width));
  doc.moveDown(0.5);
  doc.font('bold').fontSize(10).text(`Tổng cộng: ${b.items.length} hồ sơ; phí, lệ phí thu hộ: ${formatVnd(b.feesVnd)}`);
  doc.moveDown(1.2);
  signatures(doc, width, when);
}

function drawItem(doc: Pdf, item: HandoverItem, n: number, width: number): void {
  doc.moveDown(0.4);
  doc.font('bold').fontSize(10).text(`${n}. Số phiếu ${item.slipNumber} — Số hiệu bưu gửi ${item.s10}`, { width });
  doc.font('regular').fontSize(9.5);
  doc.text(`Thủ tục: ${item.procedureCode} — ${item.procedureName}`, { width });
  doc.text(`Người nộp: ${item.applicantName}`, { width });
  doc.text('Thành phần hồ sơ:', { width });
  for (const p of item.papers) doc.text(`– ${p.name}: ${p.originals} bản chính, ${p.copies} bản sao`, { width, indent: 12 });
  const receipt = item.feeReceiptNumber ?? 'chưa có số biên lai thu phí (chưa ghi khi tiếp nhận)';
  doc.text(item.feesVnd > 0 ? `Phí, lệ phí thu hộ: ${formatVnd(item.feesVnd)} — ${receipt}` : 'Phí, lệ phí thu hộ: không thu', { width });
  if (item.departmentCode) {
    doc.text(`Mã hồ sơ tại Bộ phận Một cửa: ${item.departmentCode}${item.appointmentDate ? `; hẹn trả ${formatDate(`${item.appointmentDate}T12:00:00+07:00`)}` : ''}`, { width });
  }
}

function line(doc: Pdf, label: string, value: string): void {
  doc.font('bold').text(`${label}: `, { continued: true }).font('regular').text(value);
}

function signatures(doc: Pdf, width: number, when: string | null): void {
  if (doc.y > doc.page.height - margin - 110) doc.addPage();
  const y = doc.y;
  const half = width / 2;
  doc.fontSize(9.5).font('regular').text(when ? `Ngày ${formatDate(when)}` : 'Ngày ..../..../........', margin, y, { width, align: 'right' });
  const top = doc.y + 6;
  doc.font('bold').text('ĐẠI DIỆN BÊN GIAO', margin, top, { width: half, align: 'center' });
  doc.text('ĐẠI DIỆN BÊN NHẬN', margin + half, top, { width: half, align: 'center' });
  doc.font('regular').fontSize(8.5).text('(Ký, ghi rõ họ tên)', margin, doc.y, { width: half, align: 'center' });
  doc.text('(Ký, ghi rõ họ tên)', margin + half, top + 13, { width: half, align: 'center' });
  doc.x = margin;
  doc.y = top + 90;
}

/** Code128 bars (automatic code sets) as filled rectangles. */
function barcode(doc: Pdf, data: string, x: number, y: number, width: number, height: number): void {
  const bars = new CODE128(data, {}).encode().data;
  const module = width / bars.length;
  for (let i = 0; i < bars.length; i++) if (bars[i] === '1') doc.rect(x + i * module, y, module, height).fill('#000000');
  doc.fillColor('#000000');
}
