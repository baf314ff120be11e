// The guidance slip (phiếu hướng dẫn) a clerk hands to a citizen who must come back: which
// papers to bring, originals or copies, and what the procedure costs and takes. PDF with a
// bundled Vietnamese font, so every diacritic prints whatever the PC has installed.
import { openA5Pdf } from '../printing/a5-pdf';
import type { Paper, Procedure } from '../../../shared/catalogue/procedure';
import { formatDateTime, formatVnd, localStamp } from '../../../shared/format';

export interface GuidanceSlip {
  procedure: Procedure;
  caseIndex: number;
  papers: Paper[];
  onlyMissing: boolean;
  officeName: string;
  counterNumber: number;
  clerkName: string;
  applicantName: string | null;
  at: Date;
  sample: boolean;
  reference: string;
}

/** Named by the counter's local date, as the clerk and the citizen read it. */
export function guidanceSlipFileName(code: string, at: Date): string {
  return `phieu-huong-dan-${code.replace(/[^0-9A-Za-z.-]/g, '_')}-${localStamp(at).slice(0, 10)}.pdf`;
}

export function renderGuidanceSlip(slip: GuidanceSlip, fontsDir: string): Promise<Buffer> {
  const { doc, done } = openA5Pdf(fontsDir, { margin: 36, info: { Title: `Phiếu hướng dẫn — ${slip.procedure.name}`, Author: slip.officeName, CreationDate: slip.at } });

  const width = doc.page.width - 72;
  const p = slip.procedure;
  doc.font('bold').fontSize(9).text(slip.officeName.toUpperCase(), { width });
  doc.font('regular').fontSize(8).text(`Quầy số ${slip.counterNumber} · Dịch vụ bưu chính công ích`, { width });
  doc.moveDown(0.8);
  doc.font('bold').fontSize(13).text('PHIẾU HƯỚNG DẪN HOÀN THIỆN HỒ SƠ', { width, align: 'center' });
  doc.font('regular').fontSize(8).text(`Số phiếu: ${slip.reference} · ${formatDateTime(slip.at)}`, { width, align: 'center' });
  if (slip.sample) {
    doc.moveDown(0.3).font('bold').fontSize(8).fillColor('#a4262c')
      .text('DỮ LIỆU MẪU — chỉ dùng để trình diễn, tập huấn; không dùng cho hồ sơ thật.', { width, align: 'center' })
      .fillColor('black');
  }
  doc.moveDown(0.8);
  if (slip.applicantName) doc.font('regular').fontSize(10).text(`Kính gửi Ông/Bà: ${slip.applicantName}`, { width });
  doc.font('bold').fontSize(10).text(`Thủ tục: ${p.name}`, { width });
  doc.font('regular').fontSize(9).text(`Mã thủ tục: ${p.code}${p.sampleCode ? ' (mã mẫu)' : ''}`, { width });
  const theCase = p.cases[slip.caseIndex];
  if (theCase?.name && p.cases.length > 1) doc.text(`Trường hợp: ${theCase.name}`, { width });
  doc.moveDown(0.6);
  doc.font('bold').fontSize(10).text(slip.onlyMissing ? 'Giấy tờ Ông/Bà cần bổ sung:' : 'Thành phần hồ sơ cần chuẩn bị:', { width });
  doc.moveDown(0.3);
  slip.papers.forEach((paper, i) => {
    const counts = [paper.originals ? `${paper.originals} bản chính` : '', paper.copies ? `${paper.copies} bản sao` : '']
      .filter(Boolean)
      .join(', ');
    doc.font('regular').fontSize(9).text(`${i + 1}. ${paper.name}${counts ? ` — ${counts}` : ''}`, { width, indent: 0 });
    if (paper.form) doc.fontSize(8).fillColor('#444').text(`    Mẫu: ${paper.form}`, { width }).fillColor('black');
  });
  doc.moveDown(0.6);
  const fees = p.fees.filter((f) => f.amountVnd > 0);
  doc.font('regular').fontSize(9);
  if (p.processing) doc.text(`Thời hạn giải quyết: ${p.processing.text}${p.channel === 3 ? ' (nộp qua bưu chính)' : ''}`, { width });
  doc.text(`Phí, lệ phí: ${fees.length ? fees.map((f) => `${formatVnd(f.amountVnd)}${f.description ? ` (${f.description})` : ''}`).join('; ') : 'không mất phí'}`, { width });
  if (p.agencies.length) doc.text(`Cơ quan giải quyết: ${p.agencies.join('; ')}`, { width });
  doc.moveDown(0.8);
  doc.fontSize(8).fillColor('#444')
    .text('Bưu điện chỉ hướng dẫn theo danh mục thủ tục đã công bố và không yêu cầu thêm giấy tờ ngoài danh mục. Khi đủ giấy tờ, Ông/Bà mang phiếu này đến quầy để được tiếp nhận.', { width })
    .fillColor('black');
  doc.moveDown(1);
  doc.fontSize(9).text(`Giao dịch viên: ${slip.clerkName}`, { width, align: 'right' });
  doc.end();
  return done;
}
