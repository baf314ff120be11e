// The A5 PDF of a dossier slip, read back with poppler: the Vietnamese as printed, the dates,
// the same bytes for the same documents, and barcode bars actually drawn on the page.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { PNG } from 'pngjs';
import { renderReceiptPdf } from '../../electron/services/printing/receipt-pdf';
import { buildDossierReceipt } from '../../shared/receipt/dossier-receipt';
import { buildPrinterTestPage } from '../../shared/receipt/test-page';
import { dossierReceiptData } from '../support/dossier-receipt-fixture';
import { saveArtifact } from '../support/virtual-printer';

const fontsDir = join(__dirname, '..', '..', 'resources', 'fonts');
const dir = mkdtempSync(join(tmpdir(), 'receipt-pdf-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function write(name: string, pdf: Buffer): string {
  const file = join(dir, name);
  writeFileSync(file, pdf);
  return file;
}

const pdfText = (file: string) => execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' }).normalize('NFC');
const pageCount = (file: string) => Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [file], { encoding: 'utf8' }))![1]);

describe('receipt PDF', () => {
  const receipt = buildDossierReceipt(dossierReceiptData(), { label: 'Liên 1: giao người gửi', reprint: null });

  it('prints the slip in Vietnamese on A5, with the names, dates and amounts as given', async () => {
    const file = write('slip.pdf', await renderReceiptPdf([receipt], fontsDir));
    const info = execFileSync('pdfinfo', [file], { encoding: 'utf8' });
    // A5 is 148 × 210 mm: 419.53 × 595.28 points.
    expect(info).toMatch(/Page size:\s+419\.\d+ x 595\.\d+ pts/);
    const text = pdfText(file);
    expect(text).toContain('PHIẾU GỬI HỒ SƠ');
    expect(text).toContain('Liên 1: giao người gửi');
    expect(text).toContain('Họ và tên: Nguyễn Thị Hoà');
    expect(text).toContain('Cơ quan: Sở Tư pháp tỉnh Sơn La');
    expect(text).toContain('Thời gian nhận: 14:05 27/11/2026');
    expect(text).toContain('Ngày hẹn trả kết quả (dự kiến): 11/12/2026');
    expect(text).toMatch(/Tờ khai yêu cầu cấp Phiếu lý lịch tư pháp\s+1\s+0/);
    expect(text).toMatch(/TỔNG CỘNG\s+252\.000 ₫/);
    expect(text).toContain('360100-01-261127-0001K');
    expect(text).toContain('RR123456785VN');
    expect(text).toContain('(Ký, ghi rõ họ tên)');
    expect(text).not.toContain('DỮ LIỆU MẪU');
  });

  /** Each page's text, in reading order, with line breaks and runs of spaces as one space. */
  const pagesText = (file: string) =>
    Array.from({ length: pageCount(file) }, (_, i) =>
      execFileSync('pdftotext', ['-f', String(i + 1), '-l', String(i + 1), file, '-'], { encoding: 'utf8' }).normalize('NFC').replace(/\s+/g, ' '),
    );
  const oneSpaced = (text: string) => text.replace(/\s+/g, ' ');
  /** The paragraph under the rights and liability heading, as the model states it. */
  const liabilityOf = (doc: typeof receipt) => {
    const at = doc.blocks.findIndex((b) => b.kind === 'text' && b.text.startsWith('QUYỀN, NGHĨA VỤ'));
    const text = doc.blocks[at + 1];
    if (text?.kind !== 'text') throw new Error('no liability paragraph');
    return oneSpaced(text.text);
  };
  const copies = (data: ReturnType<typeof dossierReceiptData>) =>
    ['Liên 1: giao người gửi', 'Liên 2: đính kèm hồ sơ'].map((label) => buildDossierReceipt(data, { label, reprint: null }));

  it('prints each copy of a typical slip on one page, the codes and signatures with the liability text', async () => {
    const file = write('two-copies.pdf', await renderReceiptPdf(copies(dossierReceiptData()), fontsDir));
    const pages = pagesText(file);
    expect(pages).toHaveLength(2);
    pages.forEach((page, i) => {
      expect(page).toContain(['Liên 1: giao người gửi', 'Liên 2: đính kèm hồ sơ'][i]);
      expect(page).toContain('Số phiếu: 360100-01-261127-0001K');
      expect(page).toContain(liabilityOf(receipt));
      expect(page).toContain('Mã tra cứu hồ sơ');
      expect(page).toMatch(/Người gửi \(Ký, ghi rõ họ tên\)/);
      expect(page).toMatch(/Giao dịch viên \(Ký, ghi rõ họ tên\)/);
      expect(page).not.toContain('trang 1/');
    });
  });

  it('a long papers list goes on to the next page only between papers, the codes and signatures kept with the liability text', async () => {
    // Marks without spaces at both ends of each name: a line break cannot fall inside them.
    const papers = Array.from({ length: 25 }, (_, i) => ({
      name: `BEGIN${i + 1} Bản sao giấy khai sinh hoặc giấy tờ khác chứng minh quan hệ nhân thân có chứng thực END${i + 1}`,
      originals: 1,
      copies: i % 2,
    }));
    const docs = copies(dossierReceiptData({ papers }));
    const file = write('many-papers.pdf', await renderReceiptPdf(docs, fontsDir));
    const pages = pagesText(file);
    expect(pages.length).toBeGreaterThan(2);
    for (let n = 1; n <= papers.length; n++) {
      const starts = pages.flatMap((page, i) => (page.includes(`BEGIN${n} `) ? [i] : []));
      const ends = pages.flatMap((page, i) => (page.includes(` END${n} `) ? [i] : []));
      // Once per copy, and each time beginning and end on the same page.
      expect(starts, `paper ${n}`).toHaveLength(2);
      expect(ends, `paper ${n}`).toEqual(starts);
    }
    const closing = pages.flatMap((page, i) => (page.includes('Mã tra cứu hồ sơ') ? [i] : []));
    expect(closing).toHaveLength(2);
    for (const i of closing) {
      expect(pages[i]).toContain(liabilityOf(docs[0]!));
      expect(pages[i]).toMatch(/Người gửi \(Ký, ghi rõ họ tên\)/);
      expect(pages[i]).toContain('Số phiếu: 360100-01-261127-0001K');
    }
    // Each copy starts on a page of its own, and its pages are counted.
    expect(pages.filter((page) => page.includes('PHIẾU GỬI HỒ SƠ Liên'))).toHaveLength(2);
    expect(pages[closing[0]!]).toMatch(/trang (\d)\/\1/);
  });

  it('gives the same bytes for the same documents', async () => {
    const docs = [receipt, buildPrinterTestPage({ uri: 'tcp://192.168.1.50:9100', paperWidth: 80, at: '2026-11-27T07:05:00Z', officeName: null })];
    const [a, b] = await Promise.all([renderReceiptPdf(docs, fontsDir), renderReceiptPdf(docs, fontsDir)]);
    expect(a.equals(b)).toBe(true);
  });

  it('starts each document on a new page and marks every page of a sample', async () => {
    const sample = buildDossierReceipt(dossierReceiptData({ procedure: { ...dossierReceiptData().procedure, sample: true } }), { label: 'Liên 2: đính kèm hồ sơ', reprint: { number: 2, reason: 'Khách làm mất phiếu' } });
    const single = pageCount(write('one.pdf', await renderReceiptPdf([sample], fontsDir)));
    const testPage = buildPrinterTestPage({ uri: 'tcp://192.168.1.50:9100', paperWidth: 80, at: '2026-11-27T07:05:00Z', officeName: null });
    const file = write('two.pdf', await renderReceiptPdf([sample, testPage], fontsDir));
    expect(pageCount(file)).toBe(single + 1);
    const text = pdfText(file);
    expect(text.match(/DỮ LIỆU MẪU/g)).toHaveLength(single);
    expect(text).toContain('BẢN IN LẠI LẦN 2 — Lý do: Khách làm mất phiếu');
    const lastPage = execFileSync('pdftotext', ['-f', String(single + 1), '-layout', file, '-'], { encoding: 'utf8' }).normalize('NFC');
    expect(lastPage).toContain('TRANG IN THỬ');
    expect(lastPage).not.toContain('PHIẾU GỬI HỒ SƠ');
  });

  it('draws the barcodes as bars on the page', async () => {
    const file = write('bars.pdf', await renderReceiptPdf([buildPrinterTestPage({ uri: 'tcp://192.168.1.50:9100', paperWidth: 80, at: '2026-11-27T07:05:00Z', officeName: null })], fontsDir));
    execFileSync('pdftoppm', ['-r', '150', '-gray', '-png', '-singlefile', file, join(dir, 'page')]);
    const page = PNG.sync.read(readFileSync(join(dir, 'page.png')));
    saveArtifact('receipt-pdf-test-page', PNG.sync.write(page));
    const dark = (x: number, y: number) => page.data[(y * page.width + x) * 4]! < 128;
    // Bars are vertical strokes taller than any letter (34 pt, 70 dots at 150 dpi): count, on
    // each row, the dark runs that go on down for 60 dots. Table borders give a handful, text none.
    const tall = 60;
    const down = new Uint16Array(page.width * (page.height + 1));
    for (let y = page.height - 1; y >= 0; y--) {
      for (let x = 0; x < page.width; x++) down[y * page.width + x] = dark(x, y) ? down[(y + 1) * page.width + x]! + 1 : 0;
    }
    let most = 0;
    for (let y = 0; y < page.height; y++) {
      let bars = 0;
      for (let x = 0; x < page.width; x++) if (down[y * page.width + x]! >= tall && (x === 0 || !dark(x - 1, y))) bars++;
      most = Math.max(most, bars);
    }
    // CODE128 of "TEST-80MM-0123456789": 20 characters make about 60 bars.
    expect(most).toBeGreaterThan(40);
  });
});
