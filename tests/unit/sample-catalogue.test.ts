// The sample catalogue shipped in resources/: valid, marked as sample, covering what the counter
// needs on its first day, and never passing a code off as national that is not.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readCatalogueFile } from '../../electron/services/catalogue/read-catalogue-file';
import { CatalogueSearch } from '../../shared/catalogue/search/catalogue-search';
import { searchDoc } from '../../shared/catalogue/search/search-doc';
import type { SynonymEntry } from '../../shared/catalogue/search/types';

const dir = join(__dirname, '..', '..', 'resources', 'catalogue');
const file = readCatalogueFile(join(dir, 'sample-catalogue.json'));
const synonyms = (JSON.parse(readFileSync(join(dir, 'synonyms.json'), 'utf8')) as { entries: SynonymEntry[] }).entries;
/** National codes checked against public material, each with its name there and the source. */
const verified = (JSON.parse(readFileSync(join(dir, 'verified-codes.json'), 'utf8')) as { codes: { code: string; name: string; source: string }[] }).codes;

const required = [
  'Đăng ký khai sinh',
  'Đăng ký kết hôn',
  'Đăng ký khai tử',
  'Cấp Phiếu lý lịch tư pháp cho công dân Việt Nam, người nước ngoài đang cư trú tại Việt Nam',
  'Cấp bản sao Trích lục hộ tịch',
  'Cấp Giấy xác nhận tình trạng hôn nhân',
  'Chứng thực bản sao từ bản chính giấy tờ, văn bản',
  'Đổi giấy phép lái xe',
  'Đăng ký thành lập hộ kinh doanh',
  'Cấp đổi Giấy chứng nhận quyền sử dụng đất, quyền sở hữu nhà ở và tài sản khác gắn liền với đất',
  'Đăng ký biến động quyền sử dụng đất, quyền sở hữu tài sản gắn liền với đất',
  'Cấp giấy phép xây dựng đối với nhà ở riêng lẻ',
  'Giải quyết hưởng trợ cấp thất nghiệp',
  'Cấp bản sao văn bằng, chứng chỉ từ sổ gốc',
  'Đăng ký thay đổi, cải chính, bổ sung thông tin hộ tịch',
  'Đăng ký nhận cha, mẹ, con',
  'Cấp giấy phép lao động cho người lao động nước ngoài làm việc tại Việt Nam',
  'Thực hiện, điều chỉnh, thôi hưởng trợ cấp xã hội hàng tháng',
  'Cấp Giấy chứng nhận cơ sở đủ điều kiện an toàn thực phẩm',
  'Đăng ký giám hộ',
];

describe('sample catalogue', () => {
  it('is marked as sample data and holds at least 80 procedures in at least 10 fields', () => {
    expect(file.sample).toBe(true);
    expect(file.procedures.length).toBeGreaterThanOrEqual(80);
    expect(new Set(file.procedures.map((p) => p.fields[0]!.name)).size).toBeGreaterThanOrEqual(10);
  });

  it('contains every procedure the counter must know on day one, each with a checklist and an agency', () => {
    const byName = new Map(file.procedures.map((p) => [p.name, p]));
    for (const name of required) {
      const p = byName.get(name);
      expect(p, name).toBeDefined();
      expect(p!.cases.flatMap((c) => c.papers).length, name).toBeGreaterThan(0);
      expect(p!.agencies.join(' '), name).toMatch(/Sơn La/);
      expect(p!.processing, name).not.toBeNull();
    }
  });

  it('finds each required procedure first when typed without diacritics', () => {
    const search = new CatalogueSearch(
      file.procedures.map(searchDoc),
      synonyms,
    );
    for (const name of required) {
      const typed = name.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/[đĐ]/g, 'd').toLowerCase();
      expect(search.search(typed).hits[0]?.name, typed).toBe(name);
    }
  });
});

describe('sample catalogue codes', () => {
  const verifiedCodes = new Set(verified.map((v) => v.code));
  const codeOf = (name: string) => file.procedures.find((p) => p.name === name)?.code;

  it('keeps a source for every verified code, each code once', () => {
    expect(verified.length).toBe(verifiedCodes.size);
    for (const v of verified) {
      expect(v.code, v.name).toMatch(/^\d\.\d{6}$/);
      expect(v.name.trim(), v.code).not.toBe('');
      expect(v.source.trim(), v.code).not.toBe('');
    }
  });

  it('uses a national code only where it was verified', () => {
    const unverified = file.procedures.filter((p) => !p.sampleCode && !verifiedCodes.has(p.code)).map((p) => `${p.code} ${p.name}`);
    expect(unverified).toEqual([]);
  });

  it('gives every unverified procedure a synthetic code that no national procedure has', () => {
    const flagged = file.procedures.filter((p) => p.sampleCode);
    expect(flagged.filter((p) => verifiedCodes.has(p.code)).map((p) => `${p.code} ${p.name}`)).toEqual([]);
    for (const p of flagged) expect(p.code, p.name).toMatch(/^9\.9\d{5}$/);
  });

  it('files the procedures issue 9 named under their own codes', () => {
    expect(codeOf('Đăng ký thường trú')).toBe('1.004222');
    expect(codeOf('Đăng ký tạm trú')).toBe('1.004194');
    expect(codeOf('Liên thông thủ tục hành chính về đăng ký khai sinh, đăng ký thường trú, cấp thẻ bảo hiểm y tế cho trẻ em dưới 6 tuổi')).toBe('2.000986');
    expect(codeOf('Đổi giấy phép lái xe')).toBe('3.000347');
    expect(codeOf('Đăng ký việc nuôi con nuôi trong nước')).toBe('2.001263');
    expect(codeOf('Đăng ký khai sinh có yếu tố nước ngoài')).toBe('2.000528');
    expect(codeOf('Cấp bản sao có chứng thực từ bản chính hợp đồng, giao dịch đã được chứng thực')).toBe('2.000942');
    expect(codeOf('Tạm ngừng kinh doanh, tiếp tục kinh doanh trước thời hạn đã thông báo của hộ kinh doanh')).toBe('1.001570');
    expect(codeOf('Chấm dứt hoạt động hộ kinh doanh')).toBe('1.001266');
  });
});
