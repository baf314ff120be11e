// The sample catalogue shipped in resources/: valid, marked as sample, and covering what the
// counter needs on its first day.
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
