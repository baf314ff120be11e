// A small catalogue in the national record shape, written to a temporary file for import tests.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { readCatalogueFile } from '../../electron/services/catalogue/read-catalogue-file';
import { CatalogueSearch } from '../../shared/catalogue/search/catalogue-search';
import { searchDoc } from '../../shared/catalogue/search/search-doc';
import type { SearchDoc, SynonymEntry } from '../../shared/catalogue/search/types';

type Paper = [name: string, originals: number, copies: number, form?: string];

export function record(code: string, name: string, field: [string, string], cases: Record<string, Paper[]>, extra: Record<string, unknown> = {}) {
  return {
    MaTTHC: code,
    TENTTHC: name,
    CAPTHUCHIEN: ['Cấp Xã'],
    LINHVUCTHUCHIEN: [{ MALINHVUC: field[0], TENLINHVUC: field[1] }],
    CACHTHUCTHUCHIEN: [
      { KENH: 1, THOIGIAN: [{ THOIGIANGIAIQUYET: 5, DONVITINH: 'Ngày làm việc', PHILEPHI: [{ SOTIEN: 10000, DONVI: 'Đồng' }] }] },
      { KENH: '3', THOIGIAN: [{ THOIGIANGIAIQUYET: '3', DONVITINH: 'Ngày làm việc', PHILEPHI: [{ SOTIEN: '200.000', MOTA: 'Lệ phí cấp phiếu' }] }] },
    ],
    THANHPHANHOSO: Object.entries(cases).map(([TRUONGHOP, papers]) => ({
      TRUONGHOP,
      GIAYTO: papers.map(([TENGIAYTO, SOBANCHINH, SOBANSAO, TENMAUDON], i) => ({
        MAGIAYTO: `${code}-${i + 1}`,
        TENGIAYTO,
        SOBANCHINH,
        SOBANSAO: String(SOBANSAO),
        ...(TENMAUDON ? { TENMAUDON } : {}),
      })),
    })),
    KETQUATHUCHIEN: [{ TENKETQUA: 'Kết quả' }],
    CANCUPHAPLY: [{ SOVANBAN: '28/2009/QH12', TENVANBAN: 'Luật Lý lịch tư pháp' }],
    COQUANTHUCHIEN: [{ TENDONVI: 'Sở Tư pháp tỉnh Sơn La' }],
    ...extra,
  };
}

export const smallCatalogue = () => ({
  sample: true,
  description: 'Danh mục thử nghiệm',
  procedures: [
    record('1.001193', 'Đăng ký khai sinh', ['HT', 'Hộ tịch'], {
      'Đăng ký khai sinh đúng hạn': [['Tờ khai đăng ký khai sinh', 1, 0, 'Mẫu tờ khai khai sinh'], ['Giấy chứng sinh', 1, 0]],
    }),
    record('3.000333', 'Cấp Phiếu lý lịch tư pháp cho công dân Việt Nam, người nước ngoài đang cư trú tại Việt Nam', ['LLTP', 'Lý lịch tư pháp'], {
      'Cá nhân trực tiếp yêu cầu': [['Tờ khai yêu cầu cấp Phiếu lý lịch tư pháp', 1, 0, 'Mẫu số 03/2013/TT-LLTP'], ['Căn cước công dân', 0, 1]],
      'Ủy quyền cho người khác': [['Văn bản ủy quyền', 1, 0], ['Căn cước của người được ủy quyền', 0, 1]],
    }),
    record('3.000347', 'Đổi giấy phép lái xe', ['DB', 'Đường bộ'], { 'Giấy phép do Việt Nam cấp': [['Đơn đề nghị đổi giấy phép lái xe', 1, 0], ['Giấy khám sức khỏe', 1, 0]] }),
  ],
});

export function writeCatalogue(dir: string, name: string, contents: unknown): string {
  const file = join(dir, name);
  writeFileSync(file, JSON.stringify(contents, null, 2));
  return file;
}

/** The search as a new counter has it: the bundled sample catalogue and everyday-names file. */
export function sampleCatalogueSearch(recode: (docs: SearchDoc[]) => SearchDoc[] = (docs) => docs): CatalogueSearch {
  const dir = join(__dirname, '..', '..', 'resources', 'catalogue');
  const synonyms = (JSON.parse(readFileSync(join(dir, 'synonyms.json'), 'utf8')) as { entries: SynonymEntry[] }).entries;
  return new CatalogueSearch(recode(readCatalogueFile(join(dir, 'sample-catalogue.json')).procedures.map(searchDoc)), synonyms);
}
