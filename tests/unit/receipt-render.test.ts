// The dossier slip's content (every item Circular 17 art. 9 asks of a sending slip), and the
// roll renderer: Vietnamese only as raster images, barcodes and QR as native symbols, one cut
// per document, images exactly as wide as the paper.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { renderEscPos } from '../../electron/services/printing/escpos';
import { textRaster } from '../../electron/services/printing/text-raster';
import { bitsToPng, decodeEscPos, itemsOf, splitDocuments, stitchDocument } from '../support/escpos-decoder';
import { saveArtifact } from '../support/virtual-printer';
import { dossierReceiptData } from '../support/dossier-receipt-fixture';
import { buildDossierReceipt, type DossierReceiptData } from '../../shared/receipt/dossier-receipt';
import { receiptDocument, type ReceiptBlock, type ReceiptDocument } from '../../shared/receipt/receipt-document';
import { buildPrinterTestPage } from '../../shared/receipt/test-page';

const fontsDir = join(__dirname, '..', '..', 'resources', 'fonts');
const original = { label: 'Liên 1: giao người gửi', reprint: null };

const receipt = (overrides: Partial<DossierReceiptData> = {}, copy: Parameters<typeof buildDossierReceipt>[1] = original) =>
  buildDossierReceipt(dossierReceiptData(overrides), copy);

/** The value printed beside a label; fails the test if the label is missing or repeated without `nth`. */
function field(doc: ReceiptDocument, label: string, nth = 0): string {
  const found = doc.blocks.filter((b): b is Extract<ReceiptBlock, { kind: 'field' }> => b.kind === 'field' && b.label === label);
  expect(found.length, `field "${label}"`).toBeGreaterThan(nth);
  return found[nth]!.value;
}

const texts = (doc: ReceiptDocument) => doc.blocks.flatMap((b) => (b.kind === 'text' || b.kind === 'heading' ? [b.text] : []));
const amountRows = (doc: ReceiptDocument) => doc.blocks.flatMap((b) => (b.kind === 'amounts' ? b.rows : []));
const ofKind = <K extends ReceiptBlock['kind']>(doc: ReceiptDocument, kind: K) => doc.blocks.filter((b): b is Extract<ReceiptBlock, { kind: K }> => b.kind === kind);

describe('dossier receipt content (Circular 17 art. 9)', () => {
  it('names the slip, its copy, and both parties with every contact detail', () => {
    const doc = receipt();
    expect(receiptDocument.parse(doc)).toEqual(doc);
    expect(doc).toMatchObject({ title: 'PHIẾU GỬI HỒ SƠ', copyLabel: 'Liên 1: giao người gửi', reprint: null, sample: false });
    expect(field(doc, 'Họ và tên')).toBe('Nguyễn Thị Hoà');
    expect(field(doc, 'Số CCCD/căn cước')).toBe('014187000123');
    expect(field(doc, 'Địa chỉ', 0)).toBe('Số 12, đường Tô Hiệu, phường Tô Hiệu, tỉnh Sơn La');
    expect(field(doc, 'Điện thoại', 0)).toBe('0912345678');
    expect(field(doc, 'Thư điện tử')).toBe('hoa.nguyen@example.vn');
    // The recipient is the competent agency; what the directory does not know prints as a dash.
    expect(texts(doc)).toContain('NƠI NHẬN (cơ quan giải quyết)');
    expect(field(doc, 'Cơ quan')).toBe('Sở Tư pháp tỉnh Sơn La');
    expect(field(doc, 'Địa chỉ', 1)).toBe('—');
    expect(field(doc, 'Điện thoại', 1)).toBe('—');
    expect(field(doc, 'Mã đơn vị')).toBe('—');
    const known = receipt({
      agency: { name: 'Sở Tư pháp tỉnh Sơn La', unitCode: '000.00.10.H59', address: 'Số 6, đường Tô Hiệu', phone: '02123852264', sample: false },
      sender: { ...dossierReceiptData().sender, email: null },
    });
    expect(field(known, 'Mã đơn vị')).toBe('000.00.10.H59');
    expect(field(known, 'Địa chỉ', 1)).toBe('Số 6, đường Tô Hiệu');
    expect(field(known, 'Điện thoại', 1)).toBe('02123852264');
    expect(known.sample).toBe(false);
    // Directory data not yet checked makes the slip a sample, like a sample procedure code.
    expect(receipt({ agency: { name: 'Sở Tư pháp tỉnh Sơn La', unitCode: null, address: 'Số 6', phone: null, sample: true } }).sample).toBe(true);
    expect(field(known, 'Thư điện tử')).toBe('—');
    const organisation = receipt({ sender: { ...dossierReceiptData().sender, kind: 'organisation', name: 'Công ty TNHH Hoà Bình', idKind: 'taxCode', idNumber: '5500123456' } });
    expect(texts(organisation)).toContain('TỔ CHỨC GỬI');
    expect(field(organisation, 'Tên tổ chức')).toBe('Công ty TNHH Hoà Bình');
    expect(field(organisation, 'Mã số thuế')).toBe('5500123456');
  });

  it('gives time (in +07:00), place and mode of service, quality and the dates', () => {
    const doc = receipt();
    expect(field(doc, 'Thời gian nhận')).toBe('14:05 27/11/2026');
    expect(field(doc, 'Nơi nhận')).toBe('Bưu điện Thành phố Sơn La, quầy số 1');
    expect(texts(doc)).toContain('Mã bưu cục 360100 · Quầy số 1 · Sơn La');
    expect(field(doc, 'Giao dịch viên')).toBe('Cầm Thị Mai');
    expect(field(doc, 'Dịch vụ')).toBe('Gửi hồ sơ và nhận kết quả');
    expect(field(doc, 'Trả kết quả')).toBe('Phát tận địa chỉ: Số 12, đường Tô Hiệu, phường Tô Hiệu, tỉnh Sơn La');
    expect(field(receipt({ returnMethod: { kind: 'counter' } }), 'Trả kết quả')).toBe('Nhận tại quầy Bưu điện Thành phố Sơn La');
    expect(field(receipt({ service: { id: 'send', name: 'Chỉ gửi hồ sơ' } }), 'Trả kết quả')).toMatch(/^Không qua bưu điện/);
    expect(field(doc, 'Chất lượng dịch vụ')).toBe('Chuyển hồ sơ đến cơ quan giải quyết trong 2 ngày làm việc kể từ ngày ghi trên phiếu (J+2).');
    expect(field(doc, 'Ngày tính thời hạn (J)')).toBe('27/11/2026');
    expect(field(doc, 'Thời hạn giải quyết')).toBe('10 ngày làm việc');
    expect(field(doc, 'Ngày hẹn trả kết quả (dự kiến)')).toBe('11/12/2026');
  });

  it('lists the procedure and its papers with originals and copies', () => {
    const doc = receipt();
    expect(field(doc, 'Thủ tục')).toBe('Cấp Phiếu lý lịch tư pháp cho công dân Việt Nam');
    expect(field(doc, 'Mã thủ tục')).toBe('3.000333');
    expect(field(doc, 'Trường hợp')).toBe('Ủy quyền cho người khác');
    const [papers] = ofKind(doc, 'table');
    expect(papers!.columns.map((c) => c.header)).toEqual(['STT', 'Giấy tờ', 'Bản chính', 'Bản sao']);
    expect(papers!.rows).toEqual([
      ['1', 'Tờ khai yêu cầu cấp Phiếu lý lịch tư pháp', '1', '0'],
      ['2', 'Văn bản ủy quyền', '1', '0'],
      ['3', 'Căn cước của người được ủy quyền', '0', '1'],
    ]);
    expect(field(doc, 'Khối lượng')).toBe('85 g');
  });

  it('keeps fees collected for the agency apart from the postal charge, then the total and the payment', () => {
    const doc = receipt();
    const t = texts(doc);
    const feeSection = t.indexOf('PHÍ, LỆ PHÍ (thu hộ cơ quan giải quyết)');
    const postalSection = t.indexOf('CƯỚC DỊCH VỤ BƯU CHÍNH');
    expect(feeSection).toBeGreaterThanOrEqual(0);
    expect(postalSection).toBeGreaterThan(feeSection);
    const [fees, postal, total, cash] = ofKind(doc, 'amounts');
    expect(fees!.rows).toEqual([
      { label: 'Phí cấp Phiếu lý lịch tư pháp', vnd: 200_000, bold: false },
      { label: 'Cộng phí, lệ phí', vnd: 200_000, bold: true },
    ]);
    expect(postal!.rows).toEqual([
      { label: 'Cước chuyển hồ sơ', vnd: 26_000, bold: false },
      { label: 'Cước chuyển trả kết quả', vnd: 26_000, bold: false },
      { label: 'Cộng cước', vnd: 52_000, bold: true },
    ]);
    expect(t).toContain('Biểu cước 2026-01');
    expect(total!.rows).toEqual([{ label: 'TỔNG CỘNG', vnd: 252_000, bold: true }]);
    expect(field(doc, 'Hình thức thanh toán')).toBe('Tiền mặt');
    expect(cash!.rows).toEqual([
      { label: 'Khách đưa', vnd: 300_000, bold: false },
      { label: 'Tiền thừa trả lại', vnd: 48_000, bold: false },
    ]);

    const transfer = receipt({ payment: { method: 'transfer', reference: 'FT26331123456' } });
    expect(field(transfer, 'Hình thức thanh toán')).toBe('Chuyển khoản');
    expect(field(transfer, 'Mã giao dịch')).toBe('FT26331123456');
    expect(amountRows(transfer).map((r) => r.label)).not.toContain('Khách đưa');

    const exempt = receipt({ fees: { lines: [], totalVnd: 0, exemptionReason: 'Người có công với cách mạng' } });
    expect(texts(exempt)).toContain('Miễn, giảm: Người có công với cách mạng');
    expect(amountRows(exempt)).toContainEqual({ label: 'Cộng phí, lệ phí', vnd: 0, bold: true });
    expect(texts(receipt({ fees: { lines: [], totalVnd: 0, exemptionReason: null } }))).toContain('Thủ tục không thu phí, lệ phí.');
  });

  it('states rights, duties and liability, and has both signature boxes', () => {
    const doc = receipt();
    const t = texts(doc);
    expect(t).toContain('QUYỀN, NGHĨA VỤ VÀ TRÁCH NHIỆM');
    const paragraph = t[t.indexOf('QUYỀN, NGHĨA VỤ VÀ TRÁCH NHIỆM') + 1]!;
    // Postal Law 2010 art. 38: the two complaint periods, each with what it covers.
    expect(paragraph).toMatch(/6 tháng kể từ[^;.]*mất[^;.]*chậm/);
    expect(paragraph).toMatch(/1 tháng kể từ ngày[^;.]*phát[^;.]*hư hỏng[^;.]*cước/);
    expect(paragraph).toContain('bồi thường');
    expect(paragraph).toContain('pháp luật về bưu chính');
    expect(paragraph).toContain('không tiết lộ nội dung hồ sơ');
    expect(ofKind(doc, 'signatures')).toEqual([{ kind: 'signatures', parties: ['Người gửi', 'Giao dịch viên'] }]);
  });

  it('carries the slip number and S10 as Code128 and the QR payload', () => {
    const doc = receipt();
    expect(field(doc, 'Số phiếu')).toBe('360100-01-261127-0001K');
    expect(field(doc, 'Số hiệu bưu gửi')).toBe('RR123456785VN');
    expect(ofKind(doc, 'barcode').map((b) => [b.data, b.caption])).toEqual([
      ['360100-01-261127-0001K', 'Số phiếu'],
      ['RR123456785VN', 'Số hiệu bưu gửi'],
    ]);
    expect(ofKind(doc, 'qr').map((q) => q.data)).toEqual(['360100-01-261127-0001K.7F3A9C21']);
  });

  it('on the preview before commit says the numbers come on saving, with no codes to scan', () => {
    const doc = receipt({ slipNumber: null, s10: null, qrPayload: null });
    expect(field(doc, 'Số phiếu')).toBe('(cấp khi lưu)');
    expect(field(doc, 'Số hiệu bưu gửi')).toBe('(cấp khi lưu)');
    expect(ofKind(doc, 'barcode')).toEqual([]);
    expect(ofKind(doc, 'qr')).toEqual([]);
  });

  it('is marked sample when the procedure or the tariff is sample data, and carries the reprint', () => {
    expect(receipt({ procedure: { ...dossierReceiptData().procedure, sample: true } }).sample).toBe(true);
    expect(field(receipt({ procedure: { ...dossierReceiptData().procedure, sample: true } }), 'Mã thủ tục')).toBe('3.000333 (mã mẫu)');
    const sampleTariff = receipt({ postal: { ...dossierReceiptData().postal, sample: true } });
    expect(sampleTariff.sample).toBe(true);
    expect(texts(sampleTariff)).toContain('Biểu cước 2026-01 (biểu cước mẫu)');
    const reprint = receipt({}, { label: 'Liên 2: đính kèm hồ sơ', reprint: { number: 2, reason: 'Khách làm mất phiếu' } });
    expect(reprint).toMatchObject({ copyLabel: 'Liên 2: đính kèm hồ sơ', reprint: { number: 2, reason: 'Khách làm mất phiếu' } });
  });

  it('prints Vietnamese in one form (NFC) whatever form it was typed in', () => {
    const doc = receipt({ sender: { ...dossierReceiptData().sender, name: 'Nguyễn Thị Hoà'.normalize('NFD') } });
    expect(field(doc, 'Họ và tên')).toBe('Nguyễn Thị Hoà'.normalize('NFC'));
    expect(JSON.stringify(doc)).toBe(JSON.stringify(doc).normalize('NFC'));
  });
});

describe('printer test page', () => {
  it('has every tone mark, the printer and paper, a Code128 and a QR', () => {
    const page = buildPrinterTestPage({ uri: 'tcp://192.168.1.50:9100', paperWidth: 58, at: '2026-11-27T07:05:00Z', officeName: null });
    expect(receiptDocument.parse(page)).toEqual(page);
    expect(page.title).toBe('TRANG IN THỬ');
    const all = texts(page).join(' ');
    for (const ch of 'ăâêôơưđĐàáảãạ') expect(all).toContain(ch);
    expect(field(page, 'Máy in')).toBe('tcp://192.168.1.50:9100');
    expect(field(page, 'Khổ giấy')).toBe('58 mm (384 điểm)');
    expect(field(page, 'Bưu cục')).toBe('—');
    expect(field(page, 'Thời gian')).toBe('14:05 27/11/2026');
    expect(ofKind(page, 'barcode')).toHaveLength(1);
    expect(ofKind(page, 'qr')).toHaveLength(1);
  });
});

describe('Vietnamese text raster', () => {
  const raster = textRaster(fontsDir);
  const style = { weight: 'regular', size: 22 } as const;

  it('draws a line with stacked marks, the same from NFC or NFD input', () => {
    const line = 'Nguyễn Thị Hoà — Đắk Lắk';
    const b = raster.paragraph(line, style, 576);
    saveArtifact('receipt-raster-line', bitsToPng(b.width, b.height, b.data));
    expect(b.width).toBe(576);
    expect(b.height).toBe(raster.lineHeight(style));
    expect(b.height).toBeGreaterThanOrEqual(26);
    expect(b.height).toBeLessThanOrEqual(40);
    const ink = b.data.reduce((n, d) => n + d, 0);
    expect(ink).toBeGreaterThan(500);
    const inkedRows = [...Array(b.height).keys()].filter((y) => b.data.subarray(y * b.width, (y + 1) * b.width).some((d) => d === 1));
    // From the circumflex-and-tilde of "ễ" down to the descender of "g": most of the line's height.
    expect(inkedRows.at(-1)! - inkedRows[0]!).toBeGreaterThanOrEqual(22);
    expect(raster.paragraph(line.normalize('NFD'), style, 576).data).toEqual(b.data);
  });

  it('puts a mark with no precomposed letter over its base, not after it', () => {
    expect(raster.measure('x\u0303', style)).toBe(raster.measure('x', style));
    const plain = raster.paragraph('x', style, 40);
    const marked = raster.paragraph('x\u0303', style, 40);
    const ink = (b: typeof plain) => b.data.reduce((n, d) => n + d, 0);
    expect(ink(marked)).toBeGreaterThan(ink(plain));
  });

  it('wraps between words to the width it is given', () => {
    const lines = raster.wrap('Cấp Phiếu lý lịch tư pháp cho công dân Việt Nam đang cư trú tại Việt Nam', style, 200);
    expect(lines.length).toBeGreaterThan(2);
    for (const l of lines) expect(raster.measure(l, style)).toBeLessThanOrEqual(200);
    expect(lines.join(' ')).toBe('Cấp Phiếu lý lịch tư pháp cho công dân Việt Nam đang cư trú tại Việt Nam');
    // A slip number breaks after a hyphen, not in the middle of a group.
    const slip = raster.wrap('Số phiếu: 360100-01-261127-0001K', style, raster.measure('Số phiếu: 360100-01-2611', style));
    expect(slip).toEqual(['Số phiếu: 360100-01-', '261127-0001K']);
  });
});

describe('ESC/POS rendering', () => {
  const doc = receipt();

  for (const [paperWidth, dots] of [
    [80, 576],
    [58, 384],
  ] as const) {
    it(`renders a ${paperWidth} mm receipt: rasters ${dots} dots wide, native Code128 and QR, no code-page text`, () => {
      const bytes = renderEscPos([doc], { paperWidth, fontsDir });
      expect([...bytes.subarray(0, 2)]).toEqual([0x1b, 0x40]);
      const { items } = decodeEscPos(bytes, { includeSettings: true });
      saveArtifact(`receipt-escpos-${paperWidth}mm`, stitchDocument(items, { paperDots: dots }).png);

      expect(itemsOf(items, 'unknown')).toEqual([]);
      // Every byte of Vietnamese went out inside an image: no text runs, no code page selected.
      expect(itemsOf(items, 'text')).toEqual([]);
      expect(itemsOf(items, 'setting').filter((s) => s.command === 'ESC t' || s.command === 'FS &')).toEqual([]);

      const rasters = itemsOf(items, 'raster');
      expect(rasters.length).toBeGreaterThan(0);
      for (const r of rasters) {
        expect(r.width).toBe(dots);
        expect(r.height).toBeLessThanOrEqual(255);
        expect(r.scale).toEqual({ x: 1, y: 1 });
      }

      const barcodes = itemsOf(items, 'code128');
      expect(barcodes.filter((b) => b.data === '360100-01-261127-0001K')).toHaveLength(1);
      expect(barcodes.filter((b) => b.data === 'RR123456785VN')).toHaveLength(1);
      expect(barcodes).toHaveLength(2);
      for (const b of barcodes) {
        expect(b).toMatchObject({ align: 'center', hri: 2 });
        expect((35 + 11 * b.data.length) * b.moduleWidth).toBeLessThanOrEqual(dots);
      }
      expect(barcodes.find((b) => b.data === 'RR123456785VN')!.moduleWidth).toBeGreaterThanOrEqual(2);

      const qrs = itemsOf(items, 'qr');
      expect(qrs).toHaveLength(1);
      expect(qrs[0]).toMatchObject({ data: '360100-01-261127-0001K.7F3A9C21', model: 2, ecc: 'M', align: 'center' });
      expect(itemsOf(items, 'qr-print')).toHaveLength(1);

      expect(itemsOf(items, 'cut')).toEqual([{ type: 'cut', partial: true, feed: 0 }]);
    });
  }

  it('cuts after each document', () => {
    const copies = [receipt(), receipt({}, { label: 'Liên 2: đính kèm hồ sơ', reprint: null }), buildPrinterTestPage({ uri: 'usb://EPSON/TM-T82', paperWidth: 80, at: '2026-11-27T07:05:00Z', officeName: 'Bưu điện Thành phố Sơn La' })];
    const job = decodeEscPos(renderEscPos(copies, { paperWidth: 80, fontsDir }));
    expect(itemsOf(job.items, 'cut')).toHaveLength(3);
    const papers = splitDocuments(job);
    expect(papers.map((p) => p.cut)).toEqual([true, true, true]);
    expect(papers.map((p) => itemsOf(p.items, 'code128').length)).toEqual([2, 2, 1]);
    expect(papers.map((p) => itemsOf(p.items, 'qr').length)).toEqual([1, 1, 1]);
    saveArtifact('receipt-escpos-test-page', stitchDocument(papers[2]!.items, { paperDots: 576 }).png);
  });

  it('draws a QR whose data the native command cannot carry, and escapes "{" in Code128', () => {
    const doc: ReceiptDocument = {
      title: 'THỬ',
      copyLabel: null,
      reprint: null,
      sample: true,
      blocks: [
        { kind: 'qr', data: 'Hồ sơ số 1', caption: null },
        { kind: 'barcode', symbology: 'code128', data: 'A{B', caption: 'Mã' },
      ],
    };
    const { items } = decodeEscPos(renderEscPos([doc], { paperWidth: 58, fontsDir }));
    expect(itemsOf(items, 'qr')).toEqual([]);
    expect(itemsOf(items, 'code128').map((b) => b.data)).toEqual(['A{B']);
    expect(itemsOf(items, 'text')).toEqual([]);
  });

  it('refuses a barcode no module width can fit on the paper', () => {
    const doc: ReceiptDocument = { title: 'THỬ', copyLabel: null, reprint: null, sample: false, blocks: [{ kind: 'barcode', symbology: 'code128', data: 'X'.repeat(40), caption: '' }] };
    expect(() => renderEscPos([doc], { paperWidth: 58, fontsDir })).toThrow(/too long/);
  });
});
