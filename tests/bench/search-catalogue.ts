// The search benchmark's catalogue: every sample procedure (resources/catalogue) plus generated
// distractors up to exactly 10,000 — the size of a provincial catalogue. Distractors are built from
// real administrative vocabulary (verbs, objects, qualifiers, fields, agencies, levels), and about
// a tenth are "hard": a sample title with its verb swapped or a qualifier added ("Cấp lại Phiếu lý
// lịch tư pháp … cho người nước ngoài"), so that ranking, not just matching, decides recall.
// Deterministic: a seeded PRNG, so every run and every engine sees the same 10,000 documents.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { fold } from '../../shared/catalogue/fold';
import { catalogueFile, nationalRecord } from '../../shared/catalogue/national-record';
import { normalizeRecord, type Procedure } from '../../shared/catalogue/procedure';
import type { SearchDoc, SynonymEntry } from '../../shared/catalogue/search/types';
import { searchDoc } from '../../shared/catalogue/search/search-doc';

const root = fileURLToPath(new URL('../..', import.meta.url));
export const sampleCataloguePath = join(root, 'resources', 'catalogue', 'sample-catalogue.json');
export const synonymsPath = join(root, 'resources', 'catalogue', 'synonyms.json');

export const catalogueSize = 10_000;

/** mulberry32: small, fast, good enough to pick words. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export const toSearchDoc: (p: Procedure) => SearchDoc = searchDoc;

export function loadSampleProcedures(): Procedure[] {
  const file = catalogueFile.parse(JSON.parse(readFileSync(sampleCataloguePath, 'utf8')));
  return file.procedures.map((r) => normalizeRecord(nationalRecord.parse(r)));
}

export function loadSynonyms(): SynonymEntry[] {
  const file = JSON.parse(readFileSync(synonymsPath, 'utf8')) as { entries: SynonymEntry[] };
  return file.entries.map((e) => ({ phrase: e.phrase, means: [...e.means] }));
}

// --- Vocabulary -------------------------------------------------------------------------------

const docVerbs = ['Cấp', 'Cấp lại', 'Cấp đổi', 'Gia hạn', 'Điều chỉnh', 'Thu hồi', 'Cấp bổ sung', 'Đình chỉ hiệu lực', 'Sửa đổi, bổ sung'];
const actVerbs = [
  'Đăng ký',
  'Đăng ký lại',
  'Đăng ký thay đổi',
  'Xác nhận',
  'Công nhận',
  'Thẩm định',
  'Phê duyệt',
  'Chấp thuận',
  'Giải quyết',
  'Hỗ trợ',
  'Thông báo',
  'Báo cáo',
  'Hủy bỏ',
];

const qualifiers = [
  'có yếu tố nước ngoài',
  'đối với tổ chức',
  'đối với cá nhân',
  'cho người nước ngoài',
  'trong trường hợp bị mất, hỏng',
  'cấp tỉnh',
  'cấp huyện',
  'cấp xã',
  'đối với doanh nghiệp có vốn đầu tư nước ngoài',
  'trong khu công nghiệp, khu kinh tế',
  'do thay đổi thông tin',
  'khi hết thời hạn',
  'đối với hộ kinh doanh',
  'cho người Việt Nam định cư ở nước ngoài',
  'tại cơ quan đại diện Việt Nam ở nước ngoài',
  'trường hợp thay đổi địa điểm',
  'lần đầu',
  'đối với hợp tác xã',
  'theo thủ tục rút gọn',
  'đối với đơn vị sự nghiệp công lập',
];

interface Domain {
  field: string;
  fieldCode: string;
  agencies: string[];
  levels: string[];
  /** Papers the verbs of `docVerbs` act on. */
  docs: string[];
  /** Activities the verbs of `actVerbs` act on. */
  acts: string[];
}

const domains: Domain[] = [
  {
    field: 'Hộ tịch',
    fieldCode: 'HOTICH',
    agencies: ['Ủy ban nhân dân cấp xã', 'Sở Tư pháp', 'Cơ quan đại diện Việt Nam ở nước ngoài'],
    levels: ['Cấp Xã', 'Cấp Tỉnh', 'Cơ quan khác'],
    docs: ['trích lục hộ tịch', 'bản sao trích lục khai tử', 'giấy xác nhận tình trạng hôn nhân để kết hôn với người nước ngoài', 'trích lục ghi chú ly hôn'],
    acts: ['giám hộ', 'chấm dứt giám hộ', 'nhận cha, mẹ, con', 'khai sinh lưu động', 'kết hôn lưu động', 'khai tử lưu động', 'thay đổi, cải chính hộ tịch', 'xác định lại dân tộc', 'ghi chú kết hôn', 'giám sát việc giám hộ'],
  },
  {
    field: 'Chứng thực',
    fieldCode: 'CHUNGTHUC',
    agencies: ['Ủy ban nhân dân cấp xã', 'Tổ chức hành nghề công chứng', 'Cơ quan đại diện Việt Nam ở nước ngoài'],
    levels: ['Cấp Xã', 'Cơ quan khác'],
    docs: ['bản sao có chứng thực từ sổ gốc', 'bản sao từ sổ gốc', 'chứng thực chữ ký người dịch'],
    acts: ['chứng thực hợp đồng mua bán tài sản là động sản', 'chứng thực di chúc', 'chứng thực văn bản khai nhận di sản', 'chứng thực văn bản thỏa thuận phân chia di sản', 'chứng thực việc sửa đổi, bổ sung hợp đồng', 'chứng thực hợp đồng ủy quyền', 'sửa lỗi sai sót trong hợp đồng đã được chứng thực'],
  },
  {
    field: 'Lý lịch tư pháp',
    fieldCode: 'LYLICHTUPHAP',
    agencies: ['Sở Tư pháp', 'Trung tâm Lý lịch tư pháp quốc gia', 'Công an tỉnh'],
    levels: ['Cấp Tỉnh', 'Cấp Bộ'],
    docs: ['văn bản xác nhận thông tin lý lịch tư pháp', 'phiếu xác minh điều kiện đương nhiên được xóa án tích'],
    acts: ['cung cấp thông tin lý lịch tư pháp cho cơ quan tiến hành tố tụng', 'tra cứu thông tin lý lịch tư pháp', 'xác minh thông tin án tích', 'cập nhật thông tin lý lịch tư pháp bổ sung'],
  },
  {
    field: 'Đất đai',
    fieldCode: 'DATDAI',
    agencies: ['Văn phòng đăng ký đất đai', 'Chi nhánh Văn phòng đăng ký đất đai', 'Sở Nông nghiệp và Môi trường', 'Ủy ban nhân dân cấp xã'],
    levels: ['Cấp Tỉnh', 'Cấp Xã', 'Cấp Huyện'],
    docs: ['giấy chứng nhận quyền sử dụng đất, quyền sở hữu tài sản gắn liền với đất', 'giấy chứng nhận quyền sở hữu công trình xây dựng', 'trích lục bản đồ địa chính', 'trích đo địa chính thửa đất'],
    acts: ['biến động đất đai do chuyển nhượng quyền sử dụng đất', 'chuyển mục đích sử dụng đất', 'tách thửa, hợp thửa đất', 'thế chấp quyền sử dụng đất', 'xóa đăng ký thế chấp', 'gia hạn sử dụng đất nông nghiệp', 'giao đất, cho thuê đất', 'đính chính giấy chứng nhận đã cấp', 'hòa giải tranh chấp đất đai', 'bồi thường, hỗ trợ tái định cư khi Nhà nước thu hồi đất', 'cung cấp thông tin dữ liệu đất đai'],
  },
  {
    field: 'Hoạt động xây dựng',
    fieldCode: 'HOATDONGXAYDUNG',
    agencies: ['Sở Xây dựng', 'Ủy ban nhân dân cấp xã', 'Ban Quản lý các khu công nghiệp'],
    levels: ['Cấp Tỉnh', 'Cấp Xã'],
    docs: ['giấy phép xây dựng nhà ở riêng lẻ', 'giấy phép xây dựng công trình', 'giấy phép xây dựng có thời hạn', 'giấy phép di dời công trình', 'chứng chỉ hành nghề hoạt động xây dựng', 'chứng chỉ năng lực hoạt động xây dựng', 'giấy phép hoạt động xây dựng cho nhà thầu nước ngoài'],
    acts: ['thiết kế xây dựng triển khai sau thiết kế cơ sở', 'báo cáo nghiên cứu khả thi đầu tư xây dựng', 'nghiệm thu hoàn thành công trình', 'quy hoạch chi tiết xây dựng', 'kinh doanh bất động sản', 'bán nhà ở xã hội', 'thuê mua nhà ở xã hội'],
  },
  {
    field: 'Đường bộ',
    fieldCode: 'DUONGBO',
    agencies: ['Sở Xây dựng', 'Phòng Cảnh sát giao thông Công an tỉnh', 'Cục Đường bộ Việt Nam'],
    levels: ['Cấp Tỉnh', 'Cấp Bộ'],
    docs: ['giấy phép lái xe quốc tế', 'giấy phép kinh doanh vận tải bằng xe ô tô', 'phù hiệu xe ô tô kinh doanh vận tải', 'giấy phép vận tải đường bộ quốc tế', 'giấy chứng nhận đăng ký xe máy chuyên dùng', 'giấy phép lưu hành xe quá tải trọng', 'giấy phép xe tập lái', 'giấy chứng nhận giáo viên dạy thực hành lái xe'],
    acts: ['khai thác tuyến vận tải hành khách cố định', 'sát hạch lái xe', 'xe máy chuyên dùng lần đầu', 'tạm dừng khai thác tuyến vận tải', 'công bố đưa bến xe khách vào khai thác', 'đào tạo lái xe ô tô'],
  },
  {
    field: 'Đăng ký, quản lý phương tiện giao thông',
    fieldCode: 'DANGKYXE',
    agencies: ['Công an tỉnh', 'Công an cấp xã', 'Phòng Cảnh sát giao thông Công an tỉnh'],
    levels: ['Cấp Tỉnh', 'Cấp Xã'],
    docs: ['giấy chứng nhận đăng ký xe', 'biển số xe', 'giấy chứng nhận thu hồi đăng ký, biển số xe', 'đăng ký xe tạm thời'],
    acts: ['sang tên xe trong cùng tỉnh', 'di chuyển nguồn gốc xe', 'xe mô tô, xe gắn máy lần đầu', 'đổi biển số xe', 'thu hồi đăng ký xe hết niên hạn'],
  },
  {
    field: 'Thành lập và hoạt động của hộ kinh doanh',
    fieldCode: 'HOKINHDOANH',
    agencies: ['Ủy ban nhân dân cấp xã', 'Phòng Tài chính - Kế hoạch', 'Phòng Kinh tế'],
    levels: ['Cấp Xã', 'Cấp Huyện'],
    docs: ['giấy chứng nhận đăng ký hộ kinh doanh'],
    acts: ['thành lập hộ kinh doanh', 'thay đổi nội dung đăng ký hộ kinh doanh', 'tạm ngừng kinh doanh hộ kinh doanh', 'chấm dứt hoạt động hộ kinh doanh', 'tiếp tục kinh doanh trước thời hạn đã thông báo', 'chuyển đổi hộ kinh doanh thành doanh nghiệp'],
  },
  {
    field: 'Thành lập và hoạt động doanh nghiệp',
    fieldCode: 'DOANHNGHIEP',
    agencies: ['Sở Tài chính', 'Phòng Đăng ký kinh doanh', 'Ban Quản lý các khu công nghiệp'],
    levels: ['Cấp Tỉnh'],
    docs: ['giấy chứng nhận đăng ký doanh nghiệp', 'giấy chứng nhận đăng ký hoạt động chi nhánh', 'giấy chứng nhận đăng ký đầu tư', 'giấy phép thành lập văn phòng đại diện của thương nhân nước ngoài'],
    acts: ['thành lập doanh nghiệp tư nhân', 'thành lập công ty trách nhiệm hữu hạn một thành viên', 'thành lập công ty cổ phần', 'thay đổi người đại diện theo pháp luật', 'thay đổi vốn điều lệ', 'tạm ngừng kinh doanh', 'giải thể doanh nghiệp', 'chuyển đổi loại hình doanh nghiệp', 'hiệu đính thông tin đăng ký doanh nghiệp', 'thành lập hợp tác xã'],
  },
  {
    field: 'Lưu thông hàng hóa trong nước',
    fieldCode: 'LUUTHONGHANGHOA',
    agencies: ['Sở Công Thương', 'Ủy ban nhân dân cấp xã'],
    levels: ['Cấp Tỉnh', 'Cấp Xã'],
    docs: ['giấy phép bán lẻ sản phẩm rượu', 'giấy phép bán buôn sản phẩm thuốc lá', 'giấy phép sản xuất rượu thủ công nhằm mục đích kinh doanh', 'giấy chứng nhận đủ điều kiện cửa hàng bán lẻ xăng dầu', 'giấy phép kinh doanh khí', 'giấy phép lập cơ sở bán lẻ', 'giấy chứng nhận đủ điều kiện thương nhân phân phối xăng dầu'],
    acts: ['hoạt động bán hàng đa cấp tại địa phương', 'tổ chức hội chợ, triển lãm thương mại', 'thực hiện khuyến mại', 'hợp đồng theo mẫu, điều kiện giao dịch chung', 'kinh doanh dịch vụ logistics'],
  },
  {
    field: 'Văn hóa',
    fieldCode: 'VANHOA',
    agencies: ['Sở Văn hóa, Thể thao và Du lịch', 'Ủy ban nhân dân cấp xã', 'Sở Văn hóa và Thể thao'],
    levels: ['Cấp Tỉnh', 'Cấp Xã'],
    docs: ['giấy phép kinh doanh dịch vụ karaoke', 'giấy phép kinh doanh dịch vụ vũ trường', 'giấy phép tổ chức lễ hội', 'giấy phép phổ biến phim', 'giấy chứng nhận đủ điều kiện kinh doanh giám định cổ vật', 'giấy phép nhập khẩu văn hóa phẩm không nhằm mục đích kinh doanh', 'chứng chỉ hành nghề tu bổ di tích', 'giấy phép làm bản sao di vật, cổ vật'],
    acts: ['tổ chức biểu diễn nghệ thuật', 'tổ chức thi người đẹp, người mẫu', 'xếp hạng di tích cấp tỉnh', 'công nhận danh hiệu Gia đình văn hóa', 'công nhận Làng văn hóa', 'đưa bảo vật quốc gia ra nước ngoài', 'triển lãm mỹ thuật', 'xây dựng tượng đài, tranh hoành tráng'],
  },
  {
    field: 'Du lịch',
    fieldCode: 'DULICH',
    agencies: ['Sở Văn hóa, Thể thao và Du lịch', 'Sở Du lịch', 'Cục Du lịch Quốc gia Việt Nam'],
    levels: ['Cấp Tỉnh', 'Cấp Bộ'],
    docs: ['giấy phép kinh doanh dịch vụ lữ hành nội địa', 'giấy phép kinh doanh dịch vụ lữ hành quốc tế', 'thẻ hướng dẫn viên du lịch quốc tế', 'thẻ hướng dẫn viên du lịch nội địa', 'thẻ hướng dẫn viên du lịch tại điểm', 'giấy phép thành lập văn phòng đại diện của doanh nghiệp du lịch nước ngoài'],
    acts: ['hạng cơ sở lưu trú du lịch', 'khu du lịch cấp tỉnh', 'điểm du lịch', 'cơ sở kinh doanh dịch vụ du lịch đạt chuẩn phục vụ khách du lịch', 'tuyến du lịch cộng đồng'],
  },
  {
    field: 'Thể dục thể thao',
    fieldCode: 'THETHAO',
    agencies: ['Sở Văn hóa, Thể thao và Du lịch', 'Ủy ban nhân dân cấp xã'],
    levels: ['Cấp Tỉnh', 'Cấp Xã'],
    docs: ['giấy chứng nhận đủ điều kiện kinh doanh hoạt động thể thao', 'giấy chứng nhận đủ điều kiện kinh doanh môn bơi, lặn', 'giấy chứng nhận đủ điều kiện kinh doanh môn võ cổ truyền', 'giấy chứng nhận đủ điều kiện kinh doanh môn thể dục thẩm mỹ'],
    acts: ['tổ chức giải thi đấu thể thao quần chúng', 'phong đẳng cấp vận động viên', 'câu lạc bộ thể thao cơ sở', 'đại hội thể dục thể thao'],
  },
  {
    field: 'Bảo vệ thực vật',
    fieldCode: 'BAOVETHUCVAT',
    agencies: ['Chi cục Trồng trọt và Bảo vệ thực vật', 'Sở Nông nghiệp và Môi trường', 'Cục Bảo vệ thực vật'],
    levels: ['Cấp Tỉnh', 'Cấp Bộ'],
    docs: ['giấy chứng nhận đủ điều kiện buôn bán thuốc bảo vệ thực vật', 'giấy chứng nhận đủ điều kiện sản xuất thuốc bảo vệ thực vật', 'giấy phép vận chuyển thuốc bảo vệ thực vật', 'giấy chứng nhận kiểm dịch thực vật nhập khẩu', 'giấy chứng nhận đủ điều kiện buôn bán phân bón', 'giấy chứng nhận đủ điều kiện sản xuất phân bón'],
    acts: ['quảng cáo thuốc bảo vệ thực vật', 'khảo nghiệm thuốc bảo vệ thực vật', 'lưu hành phân bón', 'tập huấn, hướng dẫn về thuốc bảo vệ thực vật'],
  },
  {
    field: 'Thú y',
    fieldCode: 'THUY',
    agencies: ['Chi cục Chăn nuôi và Thú y', 'Sở Nông nghiệp và Môi trường', 'Cục Thú y'],
    levels: ['Cấp Tỉnh', 'Cấp Bộ'],
    docs: ['chứng chỉ hành nghề thú y', 'giấy chứng nhận đủ điều kiện vệ sinh thú y', 'giấy chứng nhận cơ sở an toàn dịch bệnh động vật', 'giấy chứng nhận kiểm dịch động vật vận chuyển ra khỏi địa bàn cấp tỉnh', 'giấy chứng nhận đủ điều kiện buôn bán thuốc thú y'],
    acts: ['kiểm dịch sản phẩm động vật', 'vùng an toàn dịch bệnh động vật', 'tiêm phòng bắt buộc cho gia súc'],
  },
  {
    field: 'Khoáng sản',
    fieldCode: 'KHOANGSAN',
    agencies: ['Sở Nông nghiệp và Môi trường', 'Ủy ban nhân dân tỉnh', 'Bộ Nông nghiệp và Môi trường'],
    levels: ['Cấp Tỉnh', 'Cấp Bộ'],
    docs: ['giấy phép thăm dò khoáng sản', 'giấy phép khai thác khoáng sản', 'giấy phép khai thác tận thu khoáng sản', 'giấy phép khai thác khoáng sản làm vật liệu xây dựng thông thường', 'giấy phép khai thác cát, sỏi lòng sông'],
    acts: ['trữ lượng khoáng sản', 'đóng cửa mỏ khoáng sản', 'trả lại giấy phép khai thác khoáng sản', 'chuyển nhượng quyền khai thác khoáng sản', 'tiền cấp quyền khai thác khoáng sản', 'đấu giá quyền khai thác khoáng sản'],
  },
  {
    field: 'Tài nguyên nước',
    fieldCode: 'TAINGUYENNUOC',
    agencies: ['Sở Nông nghiệp và Môi trường', 'Ủy ban nhân dân tỉnh'],
    levels: ['Cấp Tỉnh'],
    docs: ['giấy phép khai thác, sử dụng nước mặt', 'giấy phép khai thác, sử dụng nước dưới đất', 'giấy phép thăm dò nước dưới đất', 'giấy phép xả nước thải vào nguồn nước', 'giấy phép hành nghề khoan nước dưới đất'],
    acts: ['khai thác, sử dụng nước biển', 'tiền cấp quyền khai thác tài nguyên nước', 'lấy ý kiến cộng đồng về khai thác tài nguyên nước'],
  },
  {
    field: 'Môi trường',
    fieldCode: 'MOITRUONG',
    agencies: ['Sở Nông nghiệp và Môi trường', 'Ủy ban nhân dân cấp xã', 'Ban Quản lý các khu công nghiệp'],
    levels: ['Cấp Tỉnh', 'Cấp Xã'],
    docs: ['giấy phép môi trường', 'giấy phép môi trường thành phần', 'giấy phép xử lý chất thải nguy hại'],
    acts: ['kết quả thẩm định báo cáo đánh giá tác động môi trường', 'kế hoạch bảo vệ môi trường', 'vận hành thử nghiệm công trình xử lý chất thải', 'kế hoạch ứng phó sự cố môi trường', 'môi trường cho dự án đầu tư'],
  },
  {
    field: 'Việc làm',
    fieldCode: 'VIECLAM',
    agencies: ['Sở Nội vụ', 'Trung tâm Dịch vụ việc làm', 'Bảo hiểm xã hội tỉnh'],
    levels: ['Cấp Tỉnh'],
    docs: ['giấy phép lao động cho người lao động nước ngoài làm việc tại Việt Nam', 'giấy phép hoạt động dịch vụ việc làm', 'giấy phép hoạt động cho thuê lại lao động', 'giấy xác nhận không thuộc diện cấp giấy phép lao động'],
    acts: ['chế độ hỗ trợ học nghề', 'tạm dừng hưởng trợ cấp thất nghiệp', 'tiếp tục hưởng trợ cấp thất nghiệp', 'chuyển nơi hưởng trợ cấp thất nghiệp', 'hỗ trợ đào tạo, bồi dưỡng nâng cao trình độ kỹ năng nghề', 'nhu cầu sử dụng người lao động nước ngoài', 'thông báo tìm kiếm việc làm hằng tháng'],
  },
  {
    field: 'Bảo hiểm xã hội',
    fieldCode: 'BAOHIEMXAHOI',
    agencies: ['Bảo hiểm xã hội tỉnh', 'Bảo hiểm xã hội cơ sở'],
    levels: ['Cấp Tỉnh', 'Cấp Huyện'],
    docs: ['sổ bảo hiểm xã hội', 'thẻ bảo hiểm y tế', 'thẻ bảo hiểm y tế cho người tham gia bảo hiểm y tế hộ gia đình'],
    acts: ['đóng bảo hiểm xã hội tự nguyện', 'hưởng chế độ ốm đau', 'hưởng chế độ thai sản', 'hưởng chế độ tử tuất', 'hưởng lương hưu', 'hưởng trợ cấp tai nạn lao động, bệnh nghề nghiệp', 'điều chỉnh thông tin trên sổ bảo hiểm xã hội', 'gộp sổ bảo hiểm xã hội', 'hoàn trả tiền đóng bảo hiểm y tế'],
  },
  {
    field: 'Người có công',
    fieldCode: 'NGUOICOCONG',
    agencies: ['Sở Nội vụ', 'Ủy ban nhân dân cấp xã', 'Phòng Nội vụ'],
    levels: ['Cấp Tỉnh', 'Cấp Xã'],
    docs: ['bằng Tổ quốc ghi công', 'giấy chứng nhận thương binh', 'giấy chứng nhận bệnh binh', 'giấy báo tử liệt sĩ'],
    acts: ['hưởng trợ cấp ưu đãi đối với thân nhân liệt sĩ', 'di chuyển hồ sơ người có công với cách mạng', 'hỗ trợ cải thiện nhà ở cho người có công', 'hưởng trợ cấp mai táng phí', 'xác định danh tính hài cốt liệt sĩ', 'thăm viếng mộ liệt sĩ'],
  },
  {
    field: 'Bảo trợ xã hội',
    fieldCode: 'BAOTROXAHOI',
    agencies: ['Ủy ban nhân dân cấp xã', 'Sở Y tế', 'Phòng Văn hóa - Xã hội'],
    levels: ['Cấp Xã', 'Cấp Tỉnh'],
    docs: ['giấy xác nhận khuyết tật', 'giấy phép hoạt động cơ sở trợ giúp xã hội'],
    acts: ['trợ cấp xã hội hằng tháng', 'hỗ trợ chi phí mai táng', 'tiếp nhận đối tượng vào cơ sở trợ giúp xã hội', 'hộ nghèo, hộ cận nghèo', 'trợ giúp xã hội khẩn cấp về hỗ trợ làm nhà ở', 'hộ làm nông nghiệp có mức sống trung bình', 'chăm sóc, nuôi dưỡng đối tượng cần bảo vệ khẩn cấp'],
  },
  {
    field: 'Giáo dục và Đào tạo',
    fieldCode: 'GIAODUCDAOTAO',
    agencies: ['Sở Giáo dục và Đào tạo', 'Ủy ban nhân dân cấp xã', 'Phòng Văn hóa - Xã hội'],
    levels: ['Cấp Tỉnh', 'Cấp Xã'],
    docs: ['bản sao văn bằng, chứng chỉ từ sổ gốc', 'giấy phép hoạt động giáo dục', 'giấy chứng nhận đăng ký hoạt động giáo dục nghề nghiệp', 'bằng tốt nghiệp trung học phổ thông'],
    acts: ['chuyển trường đối với học sinh trung học', 'thành lập trường mầm non tư thục', 'cho phép trung tâm ngoại ngữ, tin học hoạt động', 'văn bằng do cơ sở giáo dục nước ngoài cấp', 'trường đạt chuẩn quốc gia', 'xét tuyển sinh vào trường phổ thông dân tộc nội trú', 'tổ chức dạy thêm, học thêm', 'chỉnh sửa nội dung văn bằng, chứng chỉ'],
  },
  {
    field: 'Khám bệnh, chữa bệnh',
    fieldCode: 'KHAMCHUABENH',
    agencies: ['Sở Y tế', 'Cục Quản lý Khám, chữa bệnh'],
    levels: ['Cấp Tỉnh', 'Cấp Bộ'],
    docs: ['giấy phép hành nghề khám bệnh, chữa bệnh', 'giấy phép hoạt động khám bệnh, chữa bệnh', 'giấy phép hoạt động phòng khám đa khoa', 'giấy phép hoạt động phòng khám chuyên khoa', 'giấy chứng nhận lương y', 'giấy phép hoạt động cơ sở dịch vụ thẩm mỹ'],
    acts: ['danh mục kỹ thuật chuyên môn', 'khám sức khỏe định kỳ', 'cơ sở khám bệnh, chữa bệnh đủ điều kiện thực hiện kỹ thuật hỗ trợ sinh sản', 'cơ sở đủ điều kiện khám sức khỏe cho người lái xe'],
  },
  {
    field: 'Dược phẩm',
    fieldCode: 'DUOCPHAM',
    agencies: ['Sở Y tế', 'Cục Quản lý Dược'],
    levels: ['Cấp Tỉnh', 'Cấp Bộ'],
    docs: ['chứng chỉ hành nghề dược', 'giấy chứng nhận đủ điều kiện kinh doanh dược', 'giấy chứng nhận đạt Thực hành tốt cơ sở bán lẻ thuốc', 'giấy xác nhận nội dung quảng cáo thuốc', 'giấy đăng ký lưu hành thuốc'],
    acts: ['thông tin thuốc', 'hội thảo giới thiệu thuốc', 'nhà thuốc đạt chuẩn', 'thu hồi thuốc vi phạm chất lượng'],
  },
  {
    field: 'An toàn thực phẩm',
    fieldCode: 'ANTOANTHUCPHAM',
    agencies: ['Sở Y tế', 'Chi cục An toàn vệ sinh thực phẩm', 'Sở Công Thương', 'Sở Nông nghiệp và Môi trường'],
    levels: ['Cấp Tỉnh'],
    docs: ['giấy chứng nhận cơ sở đủ điều kiện an toàn thực phẩm', 'giấy tiếp nhận đăng ký bản công bố sản phẩm', 'giấy xác nhận nội dung quảng cáo thực phẩm', 'giấy chứng nhận lưu hành tự do đối với thực phẩm xuất khẩu'],
    acts: ['tự công bố sản phẩm thực phẩm', 'kiểm tra nhà nước về an toàn thực phẩm nhập khẩu', 'kiến thức an toàn thực phẩm', 'bếp ăn tập thể đủ điều kiện'],
  },
  {
    field: 'Quản lý xuất nhập cảnh',
    fieldCode: 'XUATNHAPCANH',
    agencies: ['Phòng Quản lý xuất nhập cảnh Công an tỉnh', 'Cục Quản lý xuất nhập cảnh', 'Cơ quan đại diện Việt Nam ở nước ngoài'],
    levels: ['Cấp Tỉnh', 'Cấp Bộ'],
    docs: ['thị thực cho người nước ngoài', 'thẻ tạm trú cho người nước ngoài', 'thẻ thường trú cho người nước ngoài', 'giấy thông hành biên giới', 'giấy miễn thị thực', 'thẻ ABTC của doanh nhân APEC', 'giấy thông hành nhập xuất cảnh vùng biên giới'],
    acts: ['khai báo tạm trú cho người nước ngoài', 'gia hạn tạm trú cho người nước ngoài', 'xác nhận nhân sự để cấp hộ chiếu', 'trình báo mất hộ chiếu phổ thông', 'khôi phục giá trị sử dụng hộ chiếu phổ thông', 'xuất cảnh cho người nước ngoài'],
  },
  {
    field: 'Cư trú',
    fieldCode: 'CUTRU',
    agencies: ['Công an cấp xã', 'Công an tỉnh'],
    levels: ['Cấp Xã'],
    docs: ['giấy xác nhận thông tin về cư trú', 'văn bản xác nhận nơi thường trú trước đây'],
    acts: ['tạm vắng', 'lưu trú', 'điều chỉnh thông tin về cư trú trong Cơ sở dữ liệu về cư trú', 'tách hộ', 'xóa đăng ký thường trú', 'xóa đăng ký tạm trú', 'gia hạn tạm trú', 'khai báo thông tin về cư trú đối với người chưa đủ điều kiện đăng ký thường trú'],
  },
  {
    field: 'Căn cước',
    fieldCode: 'CANCUOC',
    agencies: ['Công an cấp xã', 'Phòng Cảnh sát quản lý hành chính về trật tự xã hội', 'Trung tâm dữ liệu quốc gia về dân cư'],
    levels: ['Cấp Tỉnh', 'Cấp Xã', 'Cấp Bộ'],
    docs: ['giấy chứng nhận căn cước', 'tài khoản định danh điện tử mức độ 2', 'giấy xác nhận số chứng minh nhân dân'],
    acts: ['thu thập, cập nhật thông tin sinh trắc học ADN và giọng nói', 'khai thác thông tin trong Cơ sở dữ liệu quốc gia về dân cư', 'khóa, mở khóa căn cước điện tử', 'tích hợp thông tin vào thẻ căn cước'],
  },
  {
    field: 'Nuôi con nuôi',
    fieldCode: 'NUOICONNUOI',
    agencies: ['Ủy ban nhân dân cấp xã', 'Sở Tư pháp', 'Cục Con nuôi'],
    levels: ['Cấp Xã', 'Cấp Tỉnh', 'Cấp Bộ'],
    docs: ['giấy chứng nhận nuôi con nuôi', 'giấy phép hoạt động của văn phòng con nuôi nước ngoài tại Việt Nam'],
    acts: ['nuôi con nuôi trong nước', 'nuôi con nuôi thực tế', 'giải quyết việc người nước ngoài thường trú ở Việt Nam nhận trẻ em Việt Nam làm con nuôi', 'tìm gia đình thay thế cho trẻ em'],
  },
  {
    field: 'Quốc tịch',
    fieldCode: 'QUOCTICH',
    agencies: ['Sở Tư pháp', 'Bộ Tư pháp', 'Cơ quan đại diện Việt Nam ở nước ngoài'],
    levels: ['Cấp Tỉnh', 'Cấp Bộ'],
    docs: ['giấy xác nhận có quốc tịch Việt Nam', 'giấy xác nhận là người gốc Việt Nam', 'giấy chứng nhận có quốc tịch Việt Nam'],
    acts: ['nhập quốc tịch Việt Nam', 'trở lại quốc tịch Việt Nam', 'thôi quốc tịch Việt Nam', 'thông báo có quốc tịch nước ngoài'],
  },
  {
    field: 'Công chứng',
    fieldCode: 'CONGCHUNG',
    agencies: ['Sở Tư pháp', 'Ủy ban nhân dân tỉnh'],
    levels: ['Cấp Tỉnh'],
    docs: ['thẻ công chứng viên', 'giấy đăng ký hoạt động văn phòng công chứng'],
    acts: ['thành lập văn phòng công chứng', 'hợp nhất văn phòng công chứng', 'công chứng hợp đồng mua bán nhà ở', 'công chứng văn bản từ chối nhận di sản', 'công chứng bản dịch', 'bổ nhiệm công chứng viên', 'tạm đình chỉ hành nghề công chứng'],
  },
  {
    field: 'Luật sư và Trợ giúp pháp lý',
    fieldCode: 'LUATSU',
    agencies: ['Sở Tư pháp', 'Trung tâm Trợ giúp pháp lý nhà nước'],
    levels: ['Cấp Tỉnh'],
    docs: ['chứng chỉ hành nghề luật sư', 'giấy phép hành nghề luật sư tại Việt Nam cho luật sư nước ngoài', 'giấy đăng ký hoạt động của tổ chức hành nghề luật sư', 'thẻ cộng tác viên trợ giúp pháp lý'],
    acts: ['trợ giúp pháp lý', 'thay đổi người thực hiện trợ giúp pháp lý', 'lựa chọn, ký hợp đồng với tổ chức hành nghề luật sư', 'hòa giải thương mại'],
  },
  {
    field: 'Thuế',
    fieldCode: 'THUE',
    agencies: ['Cục Thuế', 'Chi cục Thuế khu vực', 'Thuế cơ sở'],
    levels: ['Cấp Tỉnh', 'Cấp Huyện'],
    docs: ['mã số thuế cá nhân', 'giấy xác nhận việc thực hiện nghĩa vụ thuế', 'chứng từ khấu trừ thuế thu nhập cá nhân', 'hóa đơn điện tử có mã của cơ quan thuế'],
    acts: ['quyết toán thuế thu nhập cá nhân', 'hoàn thuế giá trị gia tăng', 'khai thuế đối với hộ kinh doanh nộp thuế khoán', 'miễn, giảm tiền thuê đất', 'gia hạn nộp thuế', 'nộp dần tiền thuế nợ', 'lệ phí trước bạ nhà, đất', 'xóa nợ tiền thuế, tiền phạt'],
  },
  {
    field: 'Phòng cháy, chữa cháy',
    fieldCode: 'PHONGCHAYCHUACHAY',
    agencies: ['Phòng Cảnh sát phòng cháy, chữa cháy và cứu nạn, cứu hộ', 'Công an tỉnh'],
    levels: ['Cấp Tỉnh'],
    docs: ['giấy chứng nhận thẩm duyệt thiết kế về phòng cháy và chữa cháy', 'giấy chứng nhận huấn luyện nghiệp vụ phòng cháy, chữa cháy', 'giấy chứng nhận kiểm định phương tiện phòng cháy và chữa cháy', 'giấy chứng nhận đủ điều kiện kinh doanh dịch vụ phòng cháy và chữa cháy'],
    acts: ['nghiệm thu về phòng cháy và chữa cháy', 'phương án chữa cháy của cơ sở', 'phục hồi hoạt động của cơ sở bị tạm đình chỉ'],
  },
  {
    field: 'Viễn thông và Internet',
    fieldCode: 'VIENTHONG',
    agencies: ['Sở Khoa học và Công nghệ', 'Cục Viễn thông'],
    levels: ['Cấp Tỉnh', 'Cấp Bộ'],
    docs: ['giấy phép thiết lập mạng viễn thông dùng riêng', 'giấy chứng nhận đăng ký cung cấp dịch vụ trò chơi điện tử trên mạng', 'giấy phép sử dụng tần số vô tuyến điện', 'giấy phép cung cấp dịch vụ viễn thông', 'giấy chứng nhận đủ điều kiện hoạt động điểm cung cấp dịch vụ trò chơi điện tử công cộng'],
    acts: ['xây dựng công trình hạ tầng kỹ thuật viễn thông thụ động', 'cung cấp dịch vụ bưu chính', 'văn bản xác nhận thông báo hoạt động bưu chính'],
  },
  {
    field: 'Báo chí, xuất bản, in và phát hành',
    fieldCode: 'XUATBAN',
    agencies: ['Sở Văn hóa, Thể thao và Du lịch', 'Sở Khoa học và Công nghệ', 'Cục Xuất bản, In và Phát hành'],
    levels: ['Cấp Tỉnh', 'Cấp Bộ'],
    docs: ['giấy phép xuất bản bản tin', 'giấy phép hoạt động in', 'giấy phép xuất bản tài liệu không kinh doanh', 'giấy phép nhập khẩu xuất bản phẩm không kinh doanh', 'giấy phép tổ chức triển lãm, hội chợ xuất bản phẩm', 'giấy phép trưng bày tranh, ảnh'],
    acts: ['hoạt động cơ sở in', 'hoạt động phát hành xuất bản phẩm', 'sử dụng máy photocopy màu', 'họp báo của tổ chức, cá nhân nước ngoài'],
  },
  {
    field: 'Lâm nghiệp',
    fieldCode: 'LAMNGHIEP',
    agencies: ['Chi cục Kiểm lâm', 'Hạt Kiểm lâm', 'Sở Nông nghiệp và Môi trường'],
    levels: ['Cấp Tỉnh', 'Cấp Huyện'],
    docs: ['giấy phép khai thác gỗ rừng trồng', 'mã số cơ sở nuôi, trồng các loài động vật, thực vật hoang dã', 'giấy phép xuất khẩu mẫu vật từ tự nhiên'],
    acts: ['khai thác lâm sản', 'chuyển loại rừng', 'chuyển mục đích sử dụng rừng sang mục đích khác', 'giao rừng, cho thuê rừng', 'trồng rừng thay thế', 'thu hồi rừng', 'phương án quản lý rừng bền vững'],
  },
  {
    field: 'Thủy sản',
    fieldCode: 'THUYSAN',
    agencies: ['Chi cục Thủy sản', 'Sở Nông nghiệp và Môi trường'],
    levels: ['Cấp Tỉnh'],
    docs: ['giấy phép khai thác thủy sản', 'giấy chứng nhận đăng ký tàu cá', 'giấy chứng nhận an toàn kỹ thuật tàu cá', 'giấy chứng nhận cơ sở nuôi trồng thủy sản', 'văn bản chấp thuận đóng mới, cải hoán tàu cá'],
    acts: ['tàu cá', 'xóa đăng ký tàu cá', 'nuôi trồng thủy sản lồng bè', 'giao khu vực biển để nuôi trồng thủy sản', 'hỗ trợ chi phí nhiên liệu cho tàu cá'],
  },
  {
    field: 'Nội vụ và tôn giáo',
    fieldCode: 'TONGIAO',
    agencies: ['Sở Nội vụ', 'Ban Tôn giáo', 'Ủy ban nhân dân cấp xã'],
    levels: ['Cấp Tỉnh', 'Cấp Xã'],
    docs: ['giấy phép thành lập hội', 'giấy chứng nhận đăng ký sinh hoạt tôn giáo tập trung', 'con dấu của hội'],
    acts: ['thành lập hội', 'đổi tên hội', 'hoạt động tín ngưỡng', 'sinh hoạt tôn giáo tập trung', 'tổ chức quyên góp ngoài cơ sở tôn giáo', 'sửa chữa, cải tạo công trình tín ngưỡng', 'người được phong phẩm hoặc suy cử làm chức sắc', 'điều lệ quỹ xã hội, quỹ từ thiện', 'thi đua, khen thưởng'],
  },
  {
    field: 'Điện',
    fieldCode: 'DIENLUC',
    agencies: ['Sở Công Thương', 'Cục Điều tiết điện lực'],
    levels: ['Cấp Tỉnh', 'Cấp Bộ'],
    docs: ['giấy phép hoạt động điện lực trong lĩnh vực phân phối điện', 'giấy phép hoạt động điện lực trong lĩnh vực tư vấn chuyên ngành điện lực', 'thẻ an toàn điện', 'giấy chứng nhận huấn luyện kỹ thuật an toàn hóa chất'],
    acts: ['kế hoạch ứng phó sự cố hóa chất', 'biện pháp phòng ngừa, ứng phó sự cố hóa chất', 'phương án bảo đảm an toàn đập, hồ chứa thủy điện', 'quy trình vận hành hồ chứa thủy điện', 'giá bán lẻ điện cho khu công nghiệp'],
  },
];

/** Suffixes that make a sample title into a different, real-sounding procedure. */
const hardSuffixes = [
  'có yếu tố nước ngoài',
  'đối với tổ chức',
  'cho người nước ngoài',
  'trong trường hợp bị mất, hỏng',
  'cấp tỉnh',
  'tại cơ quan đại diện Việt Nam ở nước ngoài',
  'do Bộ Quốc phòng cấp',
  'do Bộ Công an cấp',
  'do cơ quan có thẩm quyền nước ngoài cấp',
  'cho người Việt Nam định cư ở nước ngoài',
  'lưu động',
  'theo yêu cầu của cơ quan tiến hành tố tụng',
  'đối với người đang chấp hành án phạt tù',
  'cho người chưa thành niên',
  'trong quân đội',
  'cho cán bộ, công chức, viên chức',
  'khi thay đổi thông tin',
  'đối với trường hợp được cấp trước ngày 01/7/2025',
];

/** Verb substitutions that keep the object ("Cấp" → "Cấp lại", "Đăng ký" → "Hủy đăng ký"). */
const verbSwaps: [string, string[]][] = [
  ['Cấp lại', ['Cấp', 'Cấp đổi', 'Thu hồi', 'Hủy']],
  ['Cấp đổi', ['Cấp', 'Cấp lại', 'Gia hạn']],
  ['Cấp', ['Cấp lại', 'Cấp đổi', 'Thu hồi', 'Gia hạn', 'Điều chỉnh', 'Xác nhận']],
  ['Đăng ký lại', ['Đăng ký', 'Hủy đăng ký', 'Xác nhận']],
  ['Đăng ký', ['Đăng ký lại', 'Đăng ký thay đổi', 'Hủy đăng ký', 'Xóa đăng ký', 'Xác nhận', 'Thông báo']],
  ['Đổi', ['Cấp lại', 'Thu hồi', 'Cấp đổi']],
  ['Chứng thực', ['Hủy chứng thực', 'Sửa lỗi sai sót khi chứng thực', 'Cấp bản sao']],
  ['Giải quyết', ['Tạm dừng', 'Chấm dứt', 'Điều chỉnh']],
  ['Hưởng', ['Tạm dừng hưởng', 'Chấm dứt hưởng', 'Điều chỉnh']],
  ['Xác nhận', ['Cấp', 'Cấp lại', 'Điều chỉnh']],
];

/** Verbs that make "verb + paper" another procedure than the paper's own (re-issue, extend, revoke…). */
const distinctVerbs = new Set(['Cấp lại', 'Cấp đổi', 'Gia hạn', 'Điều chỉnh', 'Thu hồi', 'Cấp bổ sung', 'Đình chỉ hiệu lực', 'Sửa đổi, bổ sung', 'Đăng ký lại', 'Đăng ký thay đổi', 'Hủy bỏ']);
/** Words that do not tell two titles apart ("Cấp giấy X" ≈ "X"; "với", "cho"…; not "doi": đổi). */
const neutralWords = new Set(['giay', 'voi', 'cho', 'va', 'cua', 've', 'tai', 'trong', 'cac', 'viec', 'theo', 'khi']);

const codeOf = (rand: () => number) => `${1 + Math.floor(rand() * 2)}.${String(Math.floor(rand() * 1_000_000)).padStart(6, '0')}`;
const pick = <T>(rand: () => number, xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)]!;
const capitalize = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/** The sample documents plus generated distractors: exactly `size` documents, shuffled. */
export function buildCatalogue(sample: readonly SearchDoc[], size = catalogueSize, seed = 20261127): SearchDoc[] {
  const rand = prng(seed);
  const out: SearchDoc[] = [...sample];
  const names = new Set(sample.map((d) => fold(d.name)));
  const codes = new Set(sample.map((d) => d.code));
  const add = (doc: Omit<SearchDoc, 'code'>): boolean => {
    const key = fold(doc.name);
    if (names.has(key) || out.length >= size) return false;
    let code = codeOf(rand);
    while (codes.has(code)) code = codeOf(rand);
    names.add(key);
    codes.add(code);
    out.push({ code, ...doc });
    return true;
  };

  // Hard distractors: each sample title with a qualifier added, and with its verb swapped.
  const hardTarget = Math.min(Math.round(size * 0.12), sample.length * 12);
  const hardStart = out.length;
  for (let round = 0; out.length - hardStart < hardTarget && round < 40; round++) {
    for (const s of sample) {
      if (out.length - hardStart >= hardTarget) break;
      const base = s.name.replace(/\s*\(.*?\)\s*$/, '');
      const swap = verbSwaps.find(([v]) => base.startsWith(`${v} `) || base.startsWith(`${v.toLowerCase()} `));
      let name = base;
      const mode = rand();
      if (swap && mode < 0.45) name = `${pick(rand, swap[1])} ${base.slice(swap[0].length + 1).replace(/^./, (c) => c.toLowerCase())}`;
      if (!swap || mode >= 0.3) name = `${name} ${pick(rand, hardSuffixes)}`;
      const other = pick(rand, domains);
      add({
        name: capitalize(name),
        fieldCode: rand() < 0.8 ? s.fieldCode : other.fieldCode,
        field: rand() < 0.8 ? s.field : other.field,
        agency: rand() < 0.7 ? s.agency : pick(rand, other.agencies),
        level: rand() < 0.7 ? s.level : pick(rand, other.levels),
      });
    }
  }

  // Generated procedures: verb + object (+ qualifier), spread over every field. A bare verb +
  // object that only restates a sample procedure ("Cấp giấy phép xây dựng nhà ở riêng lẻ" next to
  // "Cấp giấy phép xây dựng đối với nhà ở riêng lẻ", "Cấp lại thẻ bảo hiểm y tế" next to "Cấp lại,
  // đổi, điều chỉnh thông tin trên sổ bảo hiểm xã hội, thẻ bảo hiểm y tế") would be the same
  // procedure under another code, not a distractor, so it is not generated; with a verb that makes
  // it another procedure (Cấp lại, Gia hạn, Thu hồi… where the sample has not) or a qualifier, it is.
  const sampleWords = sample.map((d) => new Set(fold(d.name).split(' ')));
  const restatesSample = (text: string) => {
    const words = fold(text)
      .split(' ')
      .filter((w) => !neutralWords.has(w));
    return sampleWords.some((set) => words.every((w) => set.has(w)));
  };
  let guard = 0;
  while (out.length < size && guard++ < size * 50) {
    const d = pick(rand, domains);
    const useDoc = d.docs.length > 0 && (d.acts.length === 0 || rand() < 0.5);
    const object = useDoc ? pick(rand, d.docs) : pick(rand, d.acts);
    const verb = useDoc ? pick(rand, docVerbs) : pick(rand, actVerbs);
    const q = rand() < 0.75 ? ` ${pick(rand, qualifiers)}` : '';
    const q2 = q && rand() < 0.15 ? ` ${pick(rand, qualifiers)}` : '';
    if (!q && (restatesSample(`${verb} ${object}`) || (!distinctVerbs.has(verb) && restatesSample(object)))) continue;
    add({
      name: `${verb} ${object}${q}${q2 !== q ? q2 : ''}`,
      fieldCode: d.fieldCode,
      field: d.field,
      agency: pick(rand, d.agencies),
      level: pick(rand, d.levels),
    });
  }
  if (out.length !== size) throw new Error(`generated ${out.length} procedures, wanted ${size}`);
  // Shuffle so the sample procedures are not the first ids (some engines break ties by id).
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(rand() * (i + 1));
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}
