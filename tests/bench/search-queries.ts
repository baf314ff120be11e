// The search benchmark's labelled queries: what a clerk (or the citizen across the counter) actually
// types to find a procedure of the sample catalogue, each with the title (TENTTHC) of the procedure
// it should find — by title, not by code, so that correcting a sample code never relabels the
// bench. Written from how people talk and type at a one-stop counter — without diacritics, with
// the abbreviations used on forms and notices (GPLX, LLTP, HKD, GCN QSDĐ, BHTN, CT07…), with
// everyday names (sổ đỏ, bằng lái, giấy độc thân, sao y, cắt khẩu…), with one slip of a finger in a
// word of five letters or more (insert, delete or substitute one letter), cut off mid-word as the
// list updates, as a procedure code (the sample's code at run time, with or without its dot), and
// with full diacritics (two in decomposed NFD, as some keyboards send them). They are not tuned to
// any engine or to the synonym file: some are hard on purpose, because people do ask for "mở quán
// tạp hoá" and mean "Đăng ký thành lập hộ kinh doanh". The last group is what clerks typed at the
// counter and reported as wrong (issue 9).
import { fold } from '../../shared/catalogue/fold';
import type { SearchDoc } from '../../shared/catalogue/search/types';

export type QueryKind = 'no-diacritics' | 'abbreviation' | 'typo' | 'colloquial' | 'prefix' | 'code' | 'diacritics';

export interface LabelledQuery {
  query: string;
  /** MaTTHC of the intended sample procedure, in the catalogue the bench runs on. */
  expect: string;
  kind: QueryKind;
}

/** Typed as the procedure's code as the catalogue has it: with its dot, or without it ("2000488"). */
const code = Symbol('code');
const bareCode = Symbol('code without its dot');
type Typed = string | typeof code | typeof bareCode;

interface Labelled {
  query: Typed;
  title: string;
  kind: QueryKind;
}

const about = (title: string, typed: [Typed, QueryKind][]): Labelled[] => typed.map(([query, kind]) => ({ query, title, kind }));

export type Half = 'development' | 'held-out';

/**
 * Which half of the queries a query is in, by a hash (FNV-1a) of its folded text: changes to the
 * search are decided on the development half's misses only, and kept only if the held-out half,
 * never looked at query by query, gains too.
 */
export function halfOf(query: string): Half {
  let hash = 0x811c9dc5;
  for (const ch of fold(query)) hash = Math.imul(hash ^ ch.codePointAt(0)!, 0x01000193) >>> 0;
  return hash % 2 === 0 ? 'development' : 'held-out';
}

/** The queries with their intended codes looked up by title; titles the sample lacks are listed apart. */
export function resolveQueries(sample: readonly SearchDoc[]): { queries: LabelledQuery[]; unknownTitles: string[] } {
  const byTitle = new Map(sample.map((d) => [d.name, d.code]));
  const queries: LabelledQuery[] = [];
  const unknownTitles = new Set<string>();
  for (const l of labelled) {
    const expect = byTitle.get(l.title);
    if (expect === undefined) unknownTitles.add(l.title);
    else queries.push({ query: l.query === code ? expect : l.query === bareCode ? expect.replace(/[.]/g, '') : l.query, expect, kind: l.kind });
  }
  return { queries, unknownTitles: [...unknownTitles] };
}

// Declared after the function that reads it: it runs only once the module has loaded.
const labelled: Labelled[] = [
  ...about('Đăng ký khai sinh', [
    ['dang ky khai sinh', 'no-diacritics'],
    ['khai sinh', 'no-diacritics'],
    ['đăng ký khai sinh', 'diacritics'],
    ['làm giấy khai sinh cho con', 'colloquial'],
    ['lam giay khai sinh', 'colloquial'],
    ['khai sinh cho be', 'colloquial'],
    ['dang ky khai s', 'prefix'],
    ['dk khai sinh', 'abbreviation'],
    [code, 'code'],
  ]),
  ...about('Đăng ký khai sinh có yếu tố nước ngoài', [
    ['khai sinh co yeu to nuoc ngoai', 'no-diacritics'],
    ['khai sinh YTNN', 'abbreviation'],
    ['khai sinh cho con co bo nguoi nuoc ngoai', 'colloquial'],
    ['dang ky khai sinh co yeu to nuoc ngpai', 'typo'],
    ['khai sinh co yeu t', 'prefix'],
  ]),
  ...about('Đăng ký lại khai sinh', [
    ['dang ky lai khai sinh', 'no-diacritics'],
    ['lam lai khai sinh', 'colloquial'],
    ['dang ky lai khai s', 'prefix'],
  ]),
  ...about('Đăng ký khai sinh kết hợp nhận cha, mẹ, con', [
    ['khai sinh ket hop nhan cha me con', 'no-diacritics'],
    ['khai sinh kem nhan cha cho con', 'colloquial'],
  ]),
  ...about('Đăng ký kết hôn', [
    ['dang ky ket hon', 'no-diacritics'],
    ['Đăng ký kết hôn'.normalize('NFD'), 'diacritics'],
    ['dang ky ket hoon', 'typo'],
    ['giay dang ky ket hon', 'colloquial'],
    ['dang ki ket hon', 'colloquial'],
    ['lam giay ket hon', 'colloquial'],
    ['dang ky ket h', 'prefix'],
    [code, 'code'],
  ]),
  ...about('Đăng ký kết hôn có yếu tố nước ngoài', [
    ['ket hon co yeu to nuoc ngoai', 'no-diacritics'],
    ['ket hon voi nguoi nuoc ngoai', 'colloquial'],
    ['lay chong nuoc ngoai', 'colloquial'],
    ['ket hon YTNN', 'abbreviation'],
    ['dang ky ket hon co yeu to nuoc ngoii', 'typo'],
    ['ket hon co yeu to nuoc ng', 'prefix'],
  ]),
  ...about('Đăng ký lại kết hôn', [
    ['dang ky lai ket hon', 'no-diacritics'],
    ['lam lai dang ky ket hon', 'colloquial'],
  ]),
  ...about('Đăng ký khai tử', [
    ['dang ky khai tu', 'no-diacritics'],
    ['khai tu', 'no-diacritics'],
    ['khai tử', 'diacritics'],
    ['lam giay bao tu', 'colloquial'],
    ['giay chung tu', 'colloquial'],
    ['bao tu cho ong', 'colloquial'],
    ['dang ky khai t', 'prefix'],
    [code, 'code'],
  ]),
  ...about('Đăng ký khai tử có yếu tố nước ngoài', [
    ['khai tu co yeu to nuoc ngoai', 'no-diacritics'],
    ['khai tu cho nguoi nuoc ngoai', 'colloquial'],
  ]),
  ...about('Đăng ký lại khai tử', [
    ['dang ky lai khai tu', 'no-diacritics'],
  ]),
  ...about('Đăng ký nhận cha, mẹ, con', [
    ['dang ky nhan cha me con', 'no-diacritics'],
    ['nhận cha, mẹ, con', 'diacritics'],
    ['nhan con', 'colloquial'],
    ['lam thu tuc nhan bo cho con', 'colloquial'],
    ['nhan cha m', 'prefix'],
  ]),
  ...about('Đăng ký nhận cha, mẹ, con có yếu tố nước ngoài', [
    ['nhan cha me con co yeu to nuoc ngoai', 'no-diacritics'],
    ['nhan cha me con YTNN', 'abbreviation'],
  ]),
  ...about('Đăng ký giám hộ', [
    ['dang ky giam ho', 'no-diacritics'],
    ['lam nguoi giam ho cho chau', 'colloquial'],
    ['dang ky giam h', 'prefix'],
    [code, 'code'],
  ]),
  ...about('Đăng ký chấm dứt giám hộ', [
    ['cham dut giam ho', 'no-diacritics'],
    ['cham dut giam', 'prefix'],
  ]),
  ...about('Đăng ký thay đổi, cải chính, bổ sung thông tin hộ tịch', [
    ['thay doi cai chinh ho tich', 'no-diacritics'],
    ['cai chinh ho tich', 'no-diacritics'],
    ['cải chính hộ tịch', 'diacritics'],
    ['sua ten trong giay khai sinh', 'colloquial'],
    ['doi ten cho con', 'colloquial'],
    ['sua nam sinh', 'colloquial'],
    ['cai chinhh ho tich', 'typo'],
    ['bo sung thng tin ho tich', 'typo'],
    ['thay doi cai ch', 'prefix'],
  ]),
  ...about('Đăng ký thay đổi, cải chính, bổ sung thông tin hộ tịch, xác định lại dân tộc', [
    ['xac dinh lai dan toc', 'no-diacritics'],
    ['doi dan toc theo me', 'colloquial'],
  ]),
  ...about('Cấp Giấy xác nhận tình trạng hôn nhân', [
    ['xac nhan tinh trang hon nhan', 'no-diacritics'],
    ['giấy xác nhận tình trạng hôn nhân', 'diacritics'],
    ['giay doc than', 'colloquial'],
    ['xac nhan doc than', 'colloquial'],
    ['giấy chứng nhận độc thân', 'colloquial'],
    ['XNTTHN', 'abbreviation'],
    ['xac nhan tinh trangg hon nhan', 'typo'],
    ['giay xac nhan tinh trag hon nhan', 'typo'],
    ['xac nhan tinh tr', 'prefix'],
    [code, 'code'],
  ]),
  ...about('Cấp bản sao Trích lục hộ tịch', [
    ['ban sao trich luc ho tich', 'no-diacritics'],
    ['trich luc ho tich', 'no-diacritics'],
    ['xin ban sao giay khai sinh', 'colloquial'],
    ['trich luc khai sinh', 'colloquial'],
    ['ban sao giay ket hon', 'colloquial'],
    ['trch luc ho tich', 'typo'],
    ['ban sao trich l', 'prefix'],
    [code, 'code'],
  ]),
  ...about('Ghi vào Sổ hộ tịch việc kết hôn của công dân Việt Nam đã được giải quyết tại cơ quan có thẩm quyền của nước ngoài', [
    ['ghi vao so ho tich viec ket hon', 'no-diacritics'],
    ['ghi chu ket hon o nuoc ngoai', 'colloquial'],
  ]),
  ...about('Ghi vào Sổ hộ tịch việc ly hôn, hủy việc kết hôn của công dân Việt Nam đã được giải quyết tại cơ quan có thẩm quyền của nước ngoài', [
    ['ghi so ho tich viec ly hon', 'no-diacritics'],
    ['ghi chu ly hon', 'colloquial'],
    ['ly hon o nuoc ngoai', 'colloquial'],
  ]),
  ...about('Liên thông thủ tục hành chính về đăng ký khai sinh, đăng ký thường trú, cấp thẻ bảo hiểm y tế cho trẻ em dưới 6 tuổi', [
    ['lien thong khai sinh thuong tru bao hiem y te', 'no-diacritics'],
    ['khai sinh nhap khau the bhyt cho be', 'colloquial'],
    ['lien thong khai sinh BHYT', 'abbreviation'],
    ['lien thongg khai sinh thuong tru', 'typo'],
  ]),
  ...about('Liên thông thủ tục hành chính về đăng ký khai tử, xóa đăng ký thường trú, giải quyết mai táng phí, tử tuất', [
    ['lien thong khai tu xoa thuong tru mai tang phi', 'no-diacritics'],
    ['lien thong khai t', 'prefix'],
  ]),
  ...about('Đăng ký việc nuôi con nuôi trong nước', [
    ['nuoi con nuoi', 'no-diacritics'],
    ['xin con nuoi', 'colloquial'],
    ['nhan con nuoi', 'colloquial'],
    [code, 'code'],
  ]),
  ...about('Chứng thực bản sao từ bản chính giấy tờ, văn bản', [
    ['chung thuc ban sao tu ban chinh', 'no-diacritics'],
    ['chung thuc ban sao tu ban chinhh', 'typo'],
    ['chunng thuc ban sao', 'typo'],
    ['sao y ban chinh', 'colloquial'],
    ['sao y', 'colloquial'],
    ['cong chung giay to', 'colloquial'],
    ['photo cong chung', 'colloquial'],
    ['chung thuc ban s', 'prefix'],
    ['chứng thực bản sao', 'diacritics'],
    [code, 'code'],
  ]),
  ...about('Chứng thực chữ ký trong các giấy tờ, văn bản', [
    ['chung thuc chu ky', 'no-diacritics'],
    ['cong chung chu ky', 'colloquial'],
    ['chungg thuc chu ky', 'typo'],
    ['chung thuc chu', 'prefix'],
  ]),
  ...about('Chứng thực hợp đồng, giao dịch liên quan đến tài sản là động sản, quyền sử dụng đất, nhà ở', [
    ['chung thuc hop dong giao dich', 'no-diacritics'],
    ['cong chung hop dong mua ban xe', 'colloquial'],
    ['chung thuc hop dong tang cho dat', 'colloquial'],
    ['chung thuc hop d', 'prefix'],
  ]),
  ...about('Cấp bản sao có chứng thực từ bản chính hợp đồng, giao dịch đã được chứng thực', [
    ['ban sao hop dong da chung thuc', 'no-diacritics'],
    ['cap ban sao co chung thuc hop dong', 'no-diacritics'],
  ]),
  ...about('Cấp Phiếu lý lịch tư pháp cho công dân Việt Nam, người nước ngoài đang cư trú tại Việt Nam', [
    ['ly lich tu phap', 'no-diacritics'],
    ['lý lịch tư pháp', 'diacritics'],
    ['LLTP', 'abbreviation'],
    ['lltp so 1', 'abbreviation'],
    ['xin ly lich tu phap', 'colloquial'],
    ['lí lịch tư pháp', 'colloquial'],
    ['pheu ly lich tu phap', 'typo'],
    ['ly lich t', 'prefix'],
    ['phieu ly lich tu ph', 'prefix'],
    [code, 'code'],
  ]),
  ...about('Cấp Phiếu lý lịch tư pháp theo yêu cầu của cơ quan nhà nước, tổ chức chính trị, tổ chức chính trị - xã hội', [
    ['ly lich tu phap theo yeu cau co quan nha nuoc', 'no-diacritics'],
    ['ly lich tu phap cho co quan to chuc yeu cau', 'colloquial'],
  ]),
  ...about('Đổi giấy phép lái xe', [
    ['doi giay phep lai xe', 'no-diacritics'],
    ['doi GPLX', 'abbreviation'],
    ['doi bang lai', 'colloquial'],
    ['đổi bằng lái xe', 'colloquial'],
    ['doi bang lai xe het han', 'colloquial'],
    ['doi bang lai xe may', 'colloquial'],
    ['doi giay phep l', 'prefix'],
    ['đổi giấy phép lái xe', 'diacritics'],
    [code, 'code'],
  ]),
  ...about('Cấp lại giấy phép lái xe', [
    ['cap lai giay phep lai xe', 'no-diacritics'],
    ['mat bang lai xe', 'colloquial'],
    ['lam lai bang lai bi mat', 'colloquial'],
    ['cap lai GPLX', 'abbreviation'],
    ['cap lai giay phep lai', 'prefix'],
  ]),
  ...about('Cấp giấy phép lái xe quốc tế', [
    ['giay phep lai xe quoc te', 'no-diacritics'],
    ['bang lai quoc te', 'colloquial'],
    ['GPLX quoc te', 'abbreviation'],
    ['giay phep lai xe quoc', 'prefix'],
  ]),
  ...about('Đăng ký thành lập hộ kinh doanh', [
    ['dang ky ho kinh doanh', 'no-diacritics'],
    ['dang ky HKD', 'abbreviation'],
    ['thanh lap HKD', 'abbreviation'],
    ['mo ho kinh doanh', 'colloquial'],
    ['giấy phép kinh doanh hộ cá thể', 'colloquial'],
    ['dang ky kinh doanh ho ca the', 'colloquial'],
    ['mo quan tap hoa', 'colloquial'],
    ['dang ky thanhh lap ho kinh doanh', 'typo'],
    ['dang ky ho kinh doamh', 'typo'],
    ['dang ky ho kinh d', 'prefix'],
    ['thanh lap ho ki', 'prefix'],
    ['đăng ký thành lập hộ kinh doanh', 'diacritics'],
    [code, 'code'],
  ]),
  ...about('Đăng ký thay đổi nội dung đăng ký hộ kinh doanh', [
    ['thay doi noi dung dang ky ho kinh doanh', 'no-diacritics'],
    ['doi dia chi ho kinh doanh', 'colloquial'],
    ['thay doi noi dung HKD', 'abbreviation'],
    ['thay doi noi dung dang ky ho kinh doanhh', 'typo'],
  ]),
  ...about('Tạm ngừng kinh doanh, tiếp tục kinh doanh trước thời hạn đã thông báo của hộ kinh doanh', [
    ['tam ngung kinh doanh ho kinh doanh', 'no-diacritics'],
    ['tam nghi kinh doanh', 'colloquial'],
    ['tam ngng kinh doanh ho', 'typo'],
    ['tam ngung kinh d', 'prefix'],
  ]),
  ...about('Chấm dứt hoạt động hộ kinh doanh', [
    ['cham dut hoat dong ho kinh doanh', 'no-diacritics'],
    ['giai the ho kinh doanh', 'colloquial'],
    ['nghi han kinh doanh', 'colloquial'],
    ['cham dut HKD', 'abbreviation'],
  ]),
  ...about('Cấp lại Giấy chứng nhận đăng ký hộ kinh doanh', [
    ['cap lai giay chung nhan dang ky ho kinh doanh', 'no-diacritics'],
    ['mat giay phep kinh doanh ho', 'colloquial'],
    ['cap lai GCN HKD', 'abbreviation'],
  ]),
  ...about('Đăng ký thành lập doanh nghiệp tư nhân', [
    ['thanh lap doanh nghiep tu nhan', 'no-diacritics'],
    ['dang ky DNTN', 'abbreviation'],
    ['thanh lap doanh ngiep tu nhan', 'typo'],
    ['doanh nghiep tu nh', 'prefix'],
  ]),
  ...about('Đăng ký thành lập công ty trách nhiệm hữu hạn một thành viên', [
    ['thanh lap cong ty trach nhiem huu han mot thanh vien', 'no-diacritics'],
    ['thanh lap cong ty TNHH MTV', 'abbreviation'],
    ['mo cong ty', 'colloquial'],
    ['cong ty trac nhiem huu han mot thanh vien', 'typo'],
  ]),
  ...about('Cấp Giấy phép bán lẻ sản phẩm rượu', [
    ['giay phep ban le ruou', 'no-diacritics'],
    ['xin phep ban ruou', 'colloquial'],
    ['giay phep ban le r', 'prefix'],
    [code, 'code'],
  ]),
  ...about('Cấp Giấy phép bán lẻ sản phẩm thuốc lá', [
    ['giay phep ban le thuoc la', 'no-diacritics'],
    ['giay phep ban thuoc la', 'colloquial'],
    ['giay phep ban le thuocc la', 'typo'],
  ]),
  ...about('Cấp Giấy phép sản xuất rượu thủ công nhằm mục đích kinh doanh', [
    ['san xuat ruou thu cong', 'no-diacritics'],
    ['giay phep nau ruou', 'colloquial'],
    ['san xuat ruou th', 'prefix'],
  ]),
  ...about('Đăng ký đất đai, tài sản gắn liền với đất, cấp Giấy chứng nhận quyền sử dụng đất, quyền sở hữu tài sản gắn liền với đất lần đầu', [
    ['dang ky dat dai lan dau', 'no-diacritics'],
    ['lam so do lan dau', 'colloquial'],
    ['cap so do lan dau', 'colloquial'],
    ['cap GCN QSDĐ lan dau', 'abbreviation'],
    ['cap giay chung nhan quyenn su dung dat lan dau', 'typo'],
    ['dang ky dat dai lan d', 'prefix'],
  ]),
  ...about('Đăng ký biến động quyền sử dụng đất, quyền sở hữu tài sản gắn liền với đất', [
    ['dang ky bien dong dat dai', 'no-diacritics'],
    ['sang ten so do', 'colloquial'],
    ['chuyen nhuong dat', 'colloquial'],
    ['sang ten dat cho con', 'colloquial'],
    ['chuyen nhuonh quyen su dung dat', 'typo'],
    ['dang ky bien d', 'prefix'],
    ['đăng ký biến động đất đai', 'diacritics'],
    [code, 'code'],
  ]),
  ...about('Cấp đổi Giấy chứng nhận quyền sử dụng đất, quyền sở hữu nhà ở và tài sản khác gắn liền với đất', [
    ['cap doi giay chung nhan quyen su dung dat', 'no-diacritics'],
    ['doi so do', 'colloquial'],
    ['cap doi so do', 'colloquial'],
    ['doi so hong cu sang so moi', 'colloquial'],
    ['cap doi GCN QSDĐ', 'abbreviation'],
    ['cap doi GCNQSDD', 'abbreviation'],
    ['cap doi giay chung nhan quyenn su dung dat', 'typo'],
    ['cap doi giay chung nhan q', 'prefix'],
    [code, 'code'],
  ]),
  ...about('Cấp lại Giấy chứng nhận quyền sử dụng đất, quyền sở hữu tài sản gắn liền với đất do bị mất', [
    ['cap lai giay chung nhan quyen su dung dat bi mat', 'no-diacritics'],
    ['mat so do', 'colloquial'],
    ['lam lai so do bi mat', 'colloquial'],
    ['cap lai GCN QSDĐ', 'abbreviation'],
  ]),
  ...about('Tách thửa hoặc hợp thửa đất', [
    ['tach thua dat', 'no-diacritics'],
    ['hop thua dat', 'no-diacritics'],
    ['tach so do', 'colloquial'],
    ['tach th', 'prefix'],
  ]),
  ...about('Đính chính Giấy chứng nhận đã cấp', [
    ['dinh chinh giay chung nhan', 'no-diacritics'],
    ['sua sai thong tin tren so do', 'colloquial'],
    ['dinh chnh giay chung nhan', 'typo'],
  ]),
  ...about('Chuyển mục đích sử dụng đất đối với hộ gia đình, cá nhân', [
    ['chuyen muc dich su dung dat', 'no-diacritics'],
    ['len tho cu', 'colloquial'],
    ['chuyen dat vuon len dat o', 'colloquial'],
    ['chuyenn muc dich su dung dat', 'typo'],
    ['chuyen muc d', 'prefix'],
    ['chuyển mục đích sử dụng đất', 'diacritics'],
  ]),
  ...about('Cung cấp thông tin, dữ liệu đất đai', [
    ['cung cap thong tin dat dai', 'no-diacritics'],
    ['xin trich luc thua dat', 'colloquial'],
    ['tra cuu thong tin thua dat', 'colloquial'],
  ]),
  ...about('Đăng ký thế chấp quyền sử dụng đất, tài sản gắn liền với đất', [
    ['dang ky the chap quyen su dung dat', 'no-diacritics'],
    ['the chap so do vay ngan hang', 'colloquial'],
    ['dang ky the ch', 'prefix'],
  ]),
  ...about('Xóa đăng ký thế chấp quyền sử dụng đất, tài sản gắn liền với đất', [
    ['xoa the chap', 'no-diacritics'],
    ['giai chap so do', 'colloquial'],
    [code, 'code'],
  ]),
  ...about('Cấp giấy phép xây dựng đối với nhà ở riêng lẻ', [
    ['giay phep xay dung nha o rieng le', 'no-diacritics'],
    ['xin phep xay nha', 'colloquial'],
    ['GPXD nha o', 'abbreviation'],
    ['giay phep xay dung nha o riang le', 'typo'],
    ['giay phep xay dung nha o r', 'prefix'],
    ['giấy phép xây dựng nhà ở', 'diacritics'],
    [code, 'code'],
  ]),
  ...about('Cấp giấy phép xây dựng sửa chữa, cải tạo đối với nhà ở riêng lẻ', [
    ['giay phep sua chua cai tao nha o', 'no-diacritics'],
    ['xin phep sua nha', 'colloquial'],
    ['giay phep xay dung sua ch', 'prefix'],
  ]),
  ...about('Gia hạn giấy phép xây dựng', [
    ['gia han giay phep xay dung', 'no-diacritics'],
    ['gia han giay phep x', 'prefix'],
  ]),
  ...about('Cấp lại giấy phép xây dựng', [
    ['cap lai giay phep xay dung', 'no-diacritics'],
    ['mat giay phep xay dung', 'colloquial'],
  ]),
  ...about('Cấp chứng chỉ hành nghề hoạt động xây dựng hạng II, hạng III', [
    ['chung chi hanh nghe xay dung', 'no-diacritics'],
    ['CCHN xay dung hang III', 'abbreviation'],
    ['chhung chi hanh nghe xay dung', 'typo'],
  ]),
  ...about('Cung cấp thông tin về quy hoạch xây dựng', [
    ['thong tin quy hoach xay dung', 'no-diacritics'],
    ['xem quy hoach dat', 'colloquial'],
    ['cung cap thong tin quy hoachh', 'typo'],
  ]),
  ...about('Giải quyết hưởng trợ cấp thất nghiệp', [
    ['tro cap that nghiep', 'no-diacritics'],
    ['huong BHTN', 'abbreviation'],
    ['BHTN', 'abbreviation'],
    ['lam bao hiem that nghiep', 'colloquial'],
    ['lanh tien that nghiep', 'colloquial'],
    ['tro cap that ngiep', 'typo'],
    ['tro cap that ng', 'prefix'],
    ['hưởng trợ cấp thất nghiệp', 'diacritics'],
    [code, 'code'],
  ]),
  ...about('Thông báo về việc tìm kiếm việc làm hằng tháng', [
    ['thong bao tim kiem viec lam hang thang', 'no-diacritics'],
    ['khai bao tim viec hang thang', 'colloquial'],
    ['thong bao tim viec hang thag', 'typo'],
  ]),
  ...about('Tiếp tục hưởng trợ cấp thất nghiệp', [
    ['tiep tuc huong tro cap that nghiep', 'no-diacritics'],
    ['tiep tuc huong tro c', 'prefix'],
  ]),
  ...about('Chuyển nơi hưởng trợ cấp thất nghiệp', [
    ['chuyen noi huong tro cap that nghiep', 'no-diacritics'],
    ['chuyen bao hiem that nghiep sang tinh khac', 'colloquial'],
  ]),
  ...about('Hỗ trợ học nghề đối với người đang hưởng trợ cấp thất nghiệp', [
    ['ho tro hoc nghe', 'no-diacritics'],
    ['hoc nghe mien phi cho nguoi that nghiep', 'colloquial'],
  ]),
  ...about('Cấp giấy phép lao động cho người lao động nước ngoài làm việc tại Việt Nam', [
    ['giay phep lao dong', 'no-diacritics'],
    ['cap GPLĐ', 'abbreviation'],
    ['work permit cho nguoi nuoc ngoai', 'colloquial'],
    ['giay phep lao dong cho nguoi nuoc ngpai', 'typo'],
    ['giay phep lao d', 'prefix'],
    [code, 'code'],
  ]),
  ...about('Cấp lại giấy phép lao động cho người lao động nước ngoài làm việc tại Việt Nam', [
    ['cap lai giay phep lao dong', 'no-diacritics'],
    ['cap lai GPLD', 'abbreviation'],
  ]),
  ...about('Gia hạn giấy phép lao động cho người lao động nước ngoài làm việc tại Việt Nam', [
    ['gia han giay phep lao dong', 'no-diacritics'],
    ['gia han GPLĐ', 'abbreviation'],
  ]),
  ...about('Xác nhận người lao động nước ngoài không thuộc diện cấp giấy phép lao động', [
    ['xac nhan khong thuoc dien cap giay phep lao dong', 'no-diacritics'],
    ['mien giay phep lao dong', 'colloquial'],
  ]),
  ...about('Đăng ký nội quy lao động của doanh nghiệp', [
    ['dang ky noi quy lao dong', 'no-diacritics'],
    ['noi quy cong ty', 'colloquial'],
  ]),
  ...about('Cấp bản sao văn bằng, chứng chỉ từ sổ gốc', [
    ['ban sao van bang chung chi', 'no-diacritics'],
    ['xin ban sao bang tot nghiep', 'colloquial'],
    ['mat bang tot nghiep cap 3', 'colloquial'],
    ['ban sao van bang chungg chi', 'typo'],
    ['ban sao van b', 'prefix'],
    [code, 'code'],
  ]),
  ...about('Chỉnh sửa nội dung văn bằng, chứng chỉ', [
    ['chinh sua noi dung van bang', 'no-diacritics'],
    ['sua ten tren bang tot nghiep', 'colloquial'],
    ['chnh sua van bang', 'typo'],
  ]),
  ...about('Công nhận văn bằng tốt nghiệp các cấp học phổ thông do cơ sở giáo dục nước ngoài cấp', [
    ['cong nhan van bang nuoc ngoai', 'no-diacritics'],
    ['cong nhan bang tot nghiep o nuoc ngoai', 'colloquial'],
  ]),
  ...about('Chuyển trường đối với học sinh trung học phổ thông', [
    ['chuyen truong', 'no-diacritics'],
    ['chuyen truong THPT', 'abbreviation'],
    ['chuyen truong cap 3 cho con', 'colloquial'],
    ['chuyen truonh', 'typo'],
    ['chuyen tru', 'prefix'],
  ]),
  ...about('Thực hiện, điều chỉnh, thôi hưởng trợ cấp xã hội hàng tháng', [
    ['tro cap xa hoi hang thang', 'no-diacritics'],
    ['tro cap BTXH', 'abbreviation'],
    ['tien tro cap nguoi khuyet tat', 'colloquial'],
    ['tro cap cho tre mo coi', 'colloquial'],
    ['tro cap xa hoi hang thangg', 'typo'],
    ['tro cap xa hoi h', 'prefix'],
  ]),
  ...about('Thực hiện, điều chỉnh, thôi hưởng trợ cấp hưu trí xã hội', [
    ['tro cap huu tri xa hoi', 'no-diacritics'],
    ['tro cap cho nguoi tren 75 tuoi', 'colloquial'],
  ]),
  ...about('Hỗ trợ chi phí mai táng cho đối tượng bảo trợ xã hội', [
    ['ho tro chi phi mai tang', 'no-diacritics'],
    ['tien mai tang cho nguoi huong tro cap xa hoi', 'colloquial'],
  ]),
  ...about('Chi trả trợ cấp xã hội hàng tháng khi đối tượng thay đổi nơi cư trú', [
    ['chi tra tro cap xa hoi khi thay doi noi cu tru', 'no-diacritics'],
    ['chuyen tro cap xa hoi ve noi o moi', 'colloquial'],
  ]),
  ...about('Xác định, xác định lại mức độ khuyết tật và cấp Giấy xác nhận khuyết tật', [
    ['xac dinh muc do khuyet tat', 'no-diacritics'],
    ['giay xac nhan khuyet tat', 'no-diacritics'],
    ['lam giay chung nhan khuyet tat', 'colloquial'],
    ['xac dinh muc do khuyt tat', 'typo'],
    [code, 'code'],
  ]),
  ...about('Đổi, cấp lại Giấy xác nhận khuyết tật', [
    ['cap lai giay xac nhan khuyet tat', 'no-diacritics'],
    ['mat giay khuyet tat', 'colloquial'],
  ]),
  ...about('Trợ giúp xã hội khẩn cấp về hỗ trợ làm nhà ở, sửa chữa nhà ở', [
    ['ho tro lam nha o khan cap', 'no-diacritics'],
    ['nha bi sat lo xin ho tro', 'colloquial'],
  ]),
  ...about('Cấp Giấy chứng nhận cơ sở đủ điều kiện an toàn thực phẩm', [
    ['giay chung nhan du dieu kien an toan thuc pham', 'no-diacritics'],
    ['cap giay ATTP', 'abbreviation'],
    ['giay VSATTP', 'abbreviation'],
    ['giay phep ve sinh an toan thuc pham', 'colloquial'],
    ['giay an toan thuc pham cho quan an', 'colloquial'],
    ['giay chng nhan an toan thuc pham', 'typo'],
    ['du dieu kien an toan th', 'prefix'],
    [code, 'code'],
  ]),
  ...about('Cấp lại Giấy chứng nhận cơ sở đủ điều kiện an toàn thực phẩm', [
    ['cap lai giay chung nhan an toan thuc pham', 'no-diacritics'],
    ['cap lai giay ATTP', 'abbreviation'],
  ]),
  ...about('Cấp Giấy chứng nhận cơ sở đủ điều kiện an toàn thực phẩm đối với cơ sở sản xuất, kinh doanh thực phẩm thuộc thẩm quyền của Sở Công Thương', [
    ['an toan thuc pham so cong thuong', 'no-diacritics'],
    ['ATTP cong thuong', 'abbreviation'],
  ]),
  ...about('Giải quyết trợ cấp một lần và mai táng phí khi người có công với cách mạng từ trần', [
    ['mai tang phi nguoi co cong', 'no-diacritics'],
    ['tien mai tang cho thuong binh mat', 'colloquial'],
  ]),
  ...about('Giải quyết chế độ trợ cấp thờ cúng liệt sĩ', [
    ['tro cap tho cung liet si', 'no-diacritics'],
    ['tien tho cung liet si', 'colloquial'],
    ['tho cung l', 'prefix'],
  ]),
  ...about('Cấp giấy giới thiệu đi thăm viếng mộ liệt sĩ và hỗ trợ thăm viếng mộ liệt sĩ', [
    ['tham vieng mo liet si', 'no-diacritics'],
    ['giay gioi thieu di tham mo liet si', 'colloquial'],
    ['tham veng mo liet si', 'typo'],
  ]),
  ...about('Giải quyết chế độ ưu đãi trong giáo dục đào tạo đối với người có công và con của người có công', [
    ['uu dai giao duc nguoi co cong', 'no-diacritics'],
    ['mien hoc phi cho con thuong binh', 'colloquial'],
  ]),
  ...about('Cấp lại, đổi, điều chỉnh thông tin trên sổ bảo hiểm xã hội, thẻ bảo hiểm y tế', [
    ['cap lai the bao hiem y te', 'no-diacritics'],
    ['cap lai the BHYT', 'abbreviation'],
    ['mat the bao hiem y te', 'colloquial'],
    ['sua ngay sinh tren so bao hiem xa hoi', 'colloquial'],
    ['dieu chinh thong tin so BHXH', 'abbreviation'],
  ]),
  ...about('Đăng ký đóng, cấp thẻ bảo hiểm y tế đối với người chỉ tham gia bảo hiểm y tế', [
    ['dang ky dong bao hiem y te', 'no-diacritics'],
    ['mua bao hiem y te ho gia dinh', 'colloquial'],
    ['mua BHYT ho gia dinh', 'abbreviation'],
  ]),
  ...about('Giải quyết thanh toán trực tiếp chi phí khám bệnh, chữa bệnh bảo hiểm y tế', [
    ['thanh toan truc tiep chi phi kham chua benh bao hiem y te', 'no-diacritics'],
    ['lay lai tien vien phi bao hiem', 'colloquial'],
    ['thanhh toan truc tiep chi phi kham benh', 'typo'],
  ]),
  ...about('Giải quyết hưởng bảo hiểm xã hội một lần', [
    ['huong bao hiem xa hoi mot lan', 'no-diacritics'],
    ['rut bao hiem xa hoi mot lan', 'colloquial'],
    ['rut BHXH 1 lan', 'abbreviation'],
    ['lay tien bao hiem xa hoi', 'colloquial'],
    ['huongg bao hiem xa hoi mot lan', 'typo'],
    [code, 'code'],
  ]),
  ...about('Giải quyết hưởng chế độ tử tuất', [
    ['che do tu tuat', 'no-diacritics'],
    ['lanh tien tuat', 'colloquial'],
    ['tu tuat BHXH', 'abbreviation'],
  ]),
  ...about('Giải quyết hưởng chế độ thai sản đối với người lao động thôi việc trước thời điểm sinh con, nhận nuôi con nuôi', [
    ['che do thai san thoi viec truoc khi sinh', 'no-diacritics'],
    ['huong thai san khi da nghi viec', 'colloquial'],
    ['thai san BHXH nghi viec', 'abbreviation'],
  ]),
  ...about('Đăng ký thường trú', [
    ['dang ky thuong tru', 'no-diacritics'],
    ['nhap ho khau', 'colloquial'],
    ['chuyen ho khau ve nha chong', 'colloquial'],
    ['dang ky thuog tru', 'typo'],
    ['dang ky thuong t', 'prefix'],
    ['đăng ký thường trú', 'diacritics'],
    [code, 'code'],
  ]),
  ...about('Đăng ký tạm trú', [
    ['dang ky tam tru', 'no-diacritics'],
    ['khai bao tam tru cho sinh vien thue tro', 'colloquial'],
    ['KT3', 'abbreviation'],
    ['dang ky tam t', 'prefix'],
  ]),
  ...about('Gia hạn tạm trú', [
    ['gia han tam tru', 'no-diacritics'],
    ['gia han tam', 'prefix'],
  ]),
  ...about('Xác nhận thông tin về cư trú', [
    ['xac nhan thong tin cu tru', 'no-diacritics'],
    ['CT07', 'abbreviation'],
    ['giay xac nhan noi o', 'colloquial'],
    ['xac nhan thng tin cu tru', 'typo'],
    ['Xác nhận thông tin về cư trú'.normalize('NFD'), 'diacritics'],
  ]),
  ...about('Tách hộ', [
    ['tach ho', 'no-diacritics'],
    ['tach ho khau rieng', 'colloquial'],
  ]),
  ...about('Xóa đăng ký thường trú', [
    ['xoa dang ky thuong tru', 'no-diacritics'],
    ['cat khau', 'colloquial'],
    ['cat ho khau cho nguoi da mat', 'colloquial'],
  ]),
  ...about('Xác nhận số chứng minh nhân dân 9 số, số định danh cá nhân', [
    ['xac nhan so chung minh nhan dan', 'no-diacritics'],
    ['xac nhan CMND 9 so', 'abbreviation'],
    ['giay xac nhan so cmnd cu', 'colloquial'],
    ['xac nhan so chng minh nhan dan', 'typo'],
  ]),
  // What clerks typed at the counter and reported as wrong (issue 9).
  ...about('Đăng ký thường trú', [
    ['nhap khau', 'colloquial'],
  ]),
  ...about('Đăng ký thành lập hộ kinh doanh', [
    ['dkkd', 'abbreviation'],
    ['ho kinh doanh', 'no-diacritics'],
  ]),
  ...about('Cấp Phiếu lý lịch tư pháp cho công dân Việt Nam, người nước ngoài đang cư trú tại Việt Nam', [
    [bareCode, 'code'],
  ]),
  ...about('Đăng ký khai sinh', [
    [bareCode, 'code'],
  ]),
  ...about('Đăng ký kết hôn', [
    [bareCode, 'code'],
  ]),
  ...about('Giải quyết hưởng trợ cấp thất nghiệp', [
    ['tro cap that nghiep', 'no-diacritics'],
  ]),
  ...about('Cấp giấy phép xây dựng đối với nhà ở riêng lẻ', [
    ['giay phep xay dung', 'no-diacritics'],
  ]),
];
