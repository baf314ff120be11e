// Fee lines that add to the base fee (with a count) against lines that replace it.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { isAdditiveFee } from '../../shared/catalogue/fee-rate';
import { normalizeRecord } from '../../shared/catalogue/procedure';
import { catalogueFile, nationalRecord } from '../../shared/catalogue/national-record';

describe('additive fee lines', () => {
  it.each([
    'Yêu cầu cấp trên 02 Phiếu trong một lần: thu thêm 5.000 đồng/Phiếu kể từ Phiếu thứ 3',
    'Từ bản thứ 3 trở đi: 5.000 đồng/bản',
    'tu ban thu 3 tro di 5.000 dong/ban',
    'Cộng thêm 2.000 đồng cho mỗi trang',
    'Mỗi trang tăng thêm 1.000 đồng',
    'Kể từ trang thứ hai trở lên: 1.000 đồng/trang',
    // Decomposed marks (typed on another machine) read the same.
    'Thu thêm 5.000 đồng/bản'.normalize('NFD'),
  ])('%s is added on top of the base fee', (text) => {
    expect(isAdditiveFee(text)).toBe(true);
  });

  it.each([
    'Phí cung cấp thông tin lý lịch tư pháp: 200.000 đồng/lần/người (Thông tư 244/2016/TT-BTC)',
    'Sinh viên, học sinh, người có công với cách mạng, thân nhân liệt sĩ: 100.000 đồng/lần/người',
    'Không thu thêm phí khi cấp lại',
    'Miễn lệ phí đăng ký kết hôn của công dân Việt Nam cư trú ở trong nước (Điều 11 Luật Hộ tịch)',
    'Lệ phí cấp bản sao trích lục: 8.000 đồng/bản',
  ])('%s is an alternative rate', (text) => {
    expect(isAdditiveFee(text)).toBe(false);
  });

  it('no description is not additive', () => {
    expect(isAdditiveFee(null)).toBe(false);
  });

  it("the sample catalogue's criminal-record certificate has one additive line, the others are rates", () => {
    const file = catalogueFile.parse(JSON.parse(readFileSync('resources/catalogue/sample-catalogue.json', 'utf8')));
    const record = file.procedures.map((r) => nationalRecord.parse(r)).find((r) => r.TENTTHC.startsWith('Cấp Phiếu lý lịch tư pháp'));
    const lltp = normalizeRecord(record!);
    expect(lltp.fees.map((f) => [f.amountVnd, f.additive])).toEqual([
      [200_000, false],
      [100_000, false],
      [0, false],
      [5_000, true],
    ]);
  });
});
