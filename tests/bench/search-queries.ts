// The search benchmark's labelled queries: what a clerk (or the citizen across the counter) actually
// types to find a procedure of the sample catalogue, each with the MaTTHC it should find. Written
// from how people talk and type at a one-stop counter — without diacritics, with the abbreviations
// used on forms and notices (GPLX, LLTP, HKD, GCN QSDĐ, BHTN, CT07…), with everyday names (sổ đỏ,
// bằng lái, giấy độc thân, sao y, cắt khẩu…), with one slip of a finger in a word of five letters
// or more (insert, delete or substitute one letter), cut off mid-word as the list updates, as a
// procedure code, and with full diacritics (two in decomposed NFD, as some keyboards send them).
// They are not tuned to any engine or to the synonym file: some are hard on purpose, because
// people do ask for "mở quán tạp hoá" and mean "Đăng ký thành lập hộ kinh doanh".
export type QueryKind = 'no-diacritics' | 'abbreviation' | 'typo' | 'colloquial' | 'prefix' | 'code' | 'diacritics';

export interface LabelledQuery {
  query: string;
  /** MaTTHC of the intended sample procedure. */
  expect: string;
  kind: QueryKind;
}

const q = (query: string, expect: string, kind: QueryKind): LabelledQuery => ({ query, expect, kind });

export const queries: LabelledQuery[] = [
  // 1.001193 Đăng ký khai sinh
  q('dang ky khai sinh', '1.001193', 'no-diacritics'),
  q('khai sinh', '1.001193', 'no-diacritics'),
  q('đăng ký khai sinh', '1.001193', 'diacritics'),
  q('làm giấy khai sinh cho con', '1.001193', 'colloquial'),
  q('lam giay khai sinh', '1.001193', 'colloquial'),
  q('khai sinh cho be', '1.001193', 'colloquial'),
  q('dang ky khai s', '1.001193', 'prefix'),
  q('dk khai sinh', '1.001193', 'abbreviation'),
  q('1.001193', '1.001193', 'code'),
  // 1.001695 Đăng ký khai sinh có yếu tố nước ngoài
  q('khai sinh co yeu to nuoc ngoai', '1.001695', 'no-diacritics'),
  q('khai sinh YTNN', '1.001695', 'abbreviation'),
  q('khai sinh cho con co bo nguoi nuoc ngoai', '1.001695', 'colloquial'),
  q('dang ky khai sinh co yeu to nuoc ngpai', '1.001695', 'typo'),
  q('khai sinh co yeu t', '1.001695', 'prefix'),
  // 1.004884 Đăng ký lại khai sinh
  q('dang ky lai khai sinh', '1.004884', 'no-diacritics'),
  q('lam lai khai sinh', '1.004884', 'colloquial'),
  q('dang ky lai khai s', '1.004884', 'prefix'),
  // 1.000689 Đăng ký khai sinh kết hợp nhận cha, mẹ, con
  q('khai sinh ket hop nhan cha me con', '1.000689', 'no-diacritics'),
  q('khai sinh kem nhan cha cho con', '1.000689', 'colloquial'),
  // 1.000894 Đăng ký kết hôn
  q('dang ky ket hon', '1.000894', 'no-diacritics'),
  q('Đăng ký kết hôn'.normalize('NFD'), '1.000894', 'diacritics'),
  q('dang ky ket hoon', '1.000894', 'typo'),
  q('giay dang ky ket hon', '1.000894', 'colloquial'),
  q('dang ki ket hon', '1.000894', 'colloquial'),
  q('lam giay ket hon', '1.000894', 'colloquial'),
  q('dang ky ket h', '1.000894', 'prefix'),
  q('1.000894', '1.000894', 'code'),
  // 2.000806 Đăng ký kết hôn có yếu tố nước ngoài
  q('ket hon co yeu to nuoc ngoai', '2.000806', 'no-diacritics'),
  q('ket hon voi nguoi nuoc ngoai', '2.000806', 'colloquial'),
  q('lay chong nuoc ngoai', '2.000806', 'colloquial'),
  q('ket hon YTNN', '2.000806', 'abbreviation'),
  q('dang ky ket hon co yeu to nuoc ngoii', '2.000806', 'typo'),
  q('ket hon co yeu to nuoc ng', '2.000806', 'prefix'),
  // 1.004746 Đăng ký lại kết hôn
  q('dang ky lai ket hon', '1.004746', 'no-diacritics'),
  q('lam lai dang ky ket hon', '1.004746', 'colloquial'),
  // 1.000656 Đăng ký khai tử
  q('dang ky khai tu', '1.000656', 'no-diacritics'),
  q('khai tu', '1.000656', 'no-diacritics'),
  q('khai tử', '1.000656', 'diacritics'),
  q('lam giay bao tu', '1.000656', 'colloquial'),
  q('giay chung tu', '1.000656', 'colloquial'),
  q('bao tu cho ong', '1.000656', 'colloquial'),
  q('dang ky khai t', '1.000656', 'prefix'),
  q('1.000656', '1.000656', 'code'),
  // 2.000779 Đăng ký khai tử có yếu tố nước ngoài
  q('khai tu co yeu to nuoc ngoai', '2.000779', 'no-diacritics'),
  q('khai tu cho nguoi nuoc ngoai', '2.000779', 'colloquial'),
  // 1.005461 Đăng ký lại khai tử
  q('dang ky lai khai tu', '1.005461', 'no-diacritics'),
  // 1.001022 Đăng ký nhận cha, mẹ, con
  q('dang ky nhan cha me con', '1.001022', 'no-diacritics'),
  q('nhận cha, mẹ, con', '1.001022', 'diacritics'),
  q('nhan con', '1.001022', 'colloquial'),
  q('lam thu tuc nhan bo cho con', '1.001022', 'colloquial'),
  q('nhan cha m', '1.001022', 'prefix'),
  // 2.000756 Đăng ký nhận cha, mẹ, con có yếu tố nước ngoài
  q('nhan cha me con co yeu to nuoc ngoai', '2.000756', 'no-diacritics'),
  q('nhan cha me con YTNN', '2.000756', 'abbreviation'),
  // 1.004837 Đăng ký giám hộ
  q('dang ky giam ho', '1.004837', 'no-diacritics'),
  q('lam nguoi giam ho cho chau', '1.004837', 'colloquial'),
  q('dang ky giam h', '1.004837', 'prefix'),
  q('1.004837', '1.004837', 'code'),
  // 1.004845 Đăng ký chấm dứt giám hộ
  q('cham dut giam ho', '1.004845', 'no-diacritics'),
  q('cham dut giam', '1.004845', 'prefix'),
  // 1.004859 Đăng ký thay đổi, cải chính, bổ sung thông tin hộ tịch
  q('thay doi cai chinh ho tich', '1.004859', 'no-diacritics'),
  q('cai chinh ho tich', '1.004859', 'no-diacritics'),
  q('cải chính hộ tịch', '1.004859', 'diacritics'),
  q('sua ten trong giay khai sinh', '1.004859', 'colloquial'),
  q('doi ten cho con', '1.004859', 'colloquial'),
  q('sua nam sinh', '1.004859', 'colloquial'),
  q('cai chinhh ho tich', '1.004859', 'typo'),
  q('bo sung thng tin ho tich', '1.004859', 'typo'),
  q('thay doi cai ch', '1.004859', 'prefix'),
  // 2.000748 … xác định lại dân tộc
  q('xac dinh lai dan toc', '2.000748', 'no-diacritics'),
  q('doi dan toc theo me', '2.000748', 'colloquial'),
  // 1.004873 Cấp Giấy xác nhận tình trạng hôn nhân
  q('xac nhan tinh trang hon nhan', '1.004873', 'no-diacritics'),
  q('giấy xác nhận tình trạng hôn nhân', '1.004873', 'diacritics'),
  q('giay doc than', '1.004873', 'colloquial'),
  q('xac nhan doc than', '1.004873', 'colloquial'),
  q('giấy chứng nhận độc thân', '1.004873', 'colloquial'),
  q('XNTTHN', '1.004873', 'abbreviation'),
  q('xac nhan tinh trangg hon nhan', '1.004873', 'typo'),
  q('giay xac nhan tinh trag hon nhan', '1.004873', 'typo'),
  q('xac nhan tinh tr', '1.004873', 'prefix'),
  q('1.004873', '1.004873', 'code'),
  // 2.000635 Cấp bản sao Trích lục hộ tịch
  q('ban sao trich luc ho tich', '2.000635', 'no-diacritics'),
  q('trich luc ho tich', '2.000635', 'no-diacritics'),
  q('xin ban sao giay khai sinh', '2.000635', 'colloquial'),
  q('trich luc khai sinh', '2.000635', 'colloquial'),
  q('ban sao giay ket hon', '2.000635', 'colloquial'),
  q('trch luc ho tich', '2.000635', 'typo'),
  q('ban sao trich l', '2.000635', 'prefix'),
  q('2.000635', '2.000635', 'code'),
  // 2.000528 Ghi vào Sổ hộ tịch việc kết hôn … nước ngoài
  q('ghi vao so ho tich viec ket hon', '2.000528', 'no-diacritics'),
  q('ghi chu ket hon o nuoc ngoai', '2.000528', 'colloquial'),
  // 2.000554 Ghi vào Sổ hộ tịch việc ly hôn …
  q('ghi so ho tich viec ly hon', '2.000554', 'no-diacritics'),
  q('ghi chu ly hon', '2.000554', 'colloquial'),
  q('ly hon o nuoc ngoai', '2.000554', 'colloquial'),
  // 1.012763 Liên thông khai sinh, thường trú, thẻ BHYT trẻ dưới 6 tuổi
  q('lien thong khai sinh thuong tru bao hiem y te', '1.012763', 'no-diacritics'),
  q('khai sinh nhap khau the bhyt cho be', '1.012763', 'colloquial'),
  q('lien thong khai sinh BHYT', '1.012763', 'abbreviation'),
  q('lien thongg khai sinh thuong tru', '1.012763', 'typo'),
  // 1.012764 Liên thông khai tử, xóa thường trú, mai táng phí
  q('lien thong khai tu xoa thuong tru mai tang phi', '1.012764', 'no-diacritics'),
  q('lien thong khai t', '1.012764', 'prefix'),
  // 1.003005 Đăng ký việc nuôi con nuôi trong nước
  q('nuoi con nuoi', '1.003005', 'no-diacritics'),
  q('xin con nuoi', '1.003005', 'colloquial'),
  q('nhan con nuoi', '1.003005', 'colloquial'),
  q('1.003005', '1.003005', 'code'),
  // 2.000815 Chứng thực bản sao từ bản chính giấy tờ, văn bản
  q('chung thuc ban sao tu ban chinh', '2.000815', 'no-diacritics'),
  q('chung thuc ban sao tu ban chinhh', '2.000815', 'typo'),
  q('chunng thuc ban sao', '2.000815', 'typo'),
  q('sao y ban chinh', '2.000815', 'colloquial'),
  q('sao y', '2.000815', 'colloquial'),
  q('cong chung giay to', '2.000815', 'colloquial'),
  q('photo cong chung', '2.000815', 'colloquial'),
  q('chung thuc ban s', '2.000815', 'prefix'),
  q('chứng thực bản sao', '2.000815', 'diacritics'),
  q('2.000815', '2.000815', 'code'),
  // 2.000884 Chứng thực chữ ký
  q('chung thuc chu ky', '2.000884', 'no-diacritics'),
  q('cong chung chu ky', '2.000884', 'colloquial'),
  q('chungg thuc chu ky', '2.000884', 'typo'),
  q('chung thuc chu', '2.000884', 'prefix'),
  // 2.001035 Chứng thực hợp đồng, giao dịch …
  q('chung thuc hop dong giao dich', '2.001035', 'no-diacritics'),
  q('cong chung hop dong mua ban xe', '2.001035', 'colloquial'),
  q('chung thuc hop dong tang cho dat', '2.001035', 'colloquial'),
  q('chung thuc hop d', '2.001035', 'prefix'),
  // 2.000843 Cấp bản sao có chứng thực từ bản chính hợp đồng đã được chứng thực
  q('ban sao hop dong da chung thuc', '2.000843', 'no-diacritics'),
  q('cap ban sao co chung thuc hop dong', '2.000843', 'no-diacritics'),
  // 2.000488 Cấp Phiếu lý lịch tư pháp cho công dân …
  q('ly lich tu phap', '2.000488', 'no-diacritics'),
  q('lý lịch tư pháp', '2.000488', 'diacritics'),
  q('LLTP', '2.000488', 'abbreviation'),
  q('lltp so 1', '2.000488', 'abbreviation'),
  q('xin ly lich tu phap', '2.000488', 'colloquial'),
  q('lí lịch tư pháp', '2.000488', 'colloquial'),
  q('pheu ly lich tu phap', '2.000488', 'typo'),
  q('ly lich t', '2.000488', 'prefix'),
  q('phieu ly lich tu ph', '2.000488', 'prefix'),
  q('2.000488', '2.000488', 'code'),
  // 2.000505 Cấp Phiếu lý lịch tư pháp theo yêu cầu của cơ quan nhà nước, tổ chức …
  q('ly lich tu phap theo yeu cau co quan nha nuoc', '2.000505', 'no-diacritics'),
  q('ly lich tu phap cho co quan to chuc yeu cau', '2.000505', 'colloquial'),
  // 1.013124 Đổi giấy phép lái xe
  q('doi giay phep lai xe', '1.013124', 'no-diacritics'),
  q('doi GPLX', '1.013124', 'abbreviation'),
  q('doi bang lai', '1.013124', 'colloquial'),
  q('đổi bằng lái xe', '1.013124', 'colloquial'),
  q('doi bang lai xe het han', '1.013124', 'colloquial'),
  q('doi bang lai xe may', '1.013124', 'colloquial'),
  q('doi giay phep l', '1.013124', 'prefix'),
  q('đổi giấy phép lái xe', '1.013124', 'diacritics'),
  q('1.013124', '1.013124', 'code'),
  // 1.013125 Cấp lại giấy phép lái xe
  q('cap lai giay phep lai xe', '1.013125', 'no-diacritics'),
  q('mat bang lai xe', '1.013125', 'colloquial'),
  q('lam lai bang lai bi mat', '1.013125', 'colloquial'),
  q('cap lai GPLX', '1.013125', 'abbreviation'),
  q('cap lai giay phep lai', '1.013125', 'prefix'),
  // 1.013127 Cấp giấy phép lái xe quốc tế
  q('giay phep lai xe quoc te', '1.013127', 'no-diacritics'),
  q('bang lai quoc te', '1.013127', 'colloquial'),
  q('GPLX quoc te', '1.013127', 'abbreviation'),
  q('giay phep lai xe quoc', '1.013127', 'prefix'),
  // 2.000720 Đăng ký thành lập hộ kinh doanh
  q('dang ky ho kinh doanh', '2.000720', 'no-diacritics'),
  q('dang ky HKD', '2.000720', 'abbreviation'),
  q('thanh lap HKD', '2.000720', 'abbreviation'),
  q('mo ho kinh doanh', '2.000720', 'colloquial'),
  q('giấy phép kinh doanh hộ cá thể', '2.000720', 'colloquial'),
  q('dang ky kinh doanh ho ca the', '2.000720', 'colloquial'),
  q('mo quan tap hoa', '2.000720', 'colloquial'),
  q('dang ky thanhh lap ho kinh doanh', '2.000720', 'typo'),
  q('dang ky ho kinh doamh', '2.000720', 'typo'),
  q('dang ky ho kinh d', '2.000720', 'prefix'),
  q('thanh lap ho ki', '2.000720', 'prefix'),
  q('đăng ký thành lập hộ kinh doanh', '2.000720', 'diacritics'),
  q('2.000720', '2.000720', 'code'),
  // 2.000575 Đăng ký thay đổi nội dung đăng ký hộ kinh doanh
  q('thay doi noi dung dang ky ho kinh doanh', '2.000575', 'no-diacritics'),
  q('doi dia chi ho kinh doanh', '2.000575', 'colloquial'),
  q('thay doi noi dung HKD', '2.000575', 'abbreviation'),
  q('thay doi noi dung dang ky ho kinh doanhh', '2.000575', 'typo'),
  // 2.000644 Tạm ngừng kinh doanh … của hộ kinh doanh
  q('tam ngung kinh doanh ho kinh doanh', '2.000644', 'no-diacritics'),
  q('tam nghi kinh doanh', '2.000644', 'colloquial'),
  q('tam ngng kinh doanh ho', '2.000644', 'typo'),
  q('tam ngung kinh d', '2.000644', 'prefix'),
  // 2.000619 Chấm dứt hoạt động hộ kinh doanh
  q('cham dut hoat dong ho kinh doanh', '2.000619', 'no-diacritics'),
  q('giai the ho kinh doanh', '2.000619', 'colloquial'),
  q('nghi han kinh doanh', '2.000619', 'colloquial'),
  q('cham dut HKD', '2.000619', 'abbreviation'),
  // 2.000606 Cấp lại Giấy chứng nhận đăng ký hộ kinh doanh
  q('cap lai giay chung nhan dang ky ho kinh doanh', '2.000606', 'no-diacritics'),
  q('mat giay phep kinh doanh ho', '2.000606', 'colloquial'),
  q('cap lai GCN HKD', '2.000606', 'abbreviation'),
  // 2.001610 Đăng ký thành lập doanh nghiệp tư nhân
  q('thanh lap doanh nghiep tu nhan', '2.001610', 'no-diacritics'),
  q('dang ky DNTN', '2.001610', 'abbreviation'),
  q('thanh lap doanh ngiep tu nhan', '2.001610', 'typo'),
  q('doanh nghiep tu nh', '2.001610', 'prefix'),
  // 2.001612 Đăng ký thành lập công ty TNHH một thành viên
  q('thanh lap cong ty trach nhiem huu han mot thanh vien', '2.001612', 'no-diacritics'),
  q('thanh lap cong ty TNHH MTV', '2.001612', 'abbreviation'),
  q('mo cong ty', '2.001612', 'colloquial'),
  q('cong ty trac nhiem huu han mot thanh vien', '2.001612', 'typo'),
  // 2.000620 Cấp Giấy phép bán lẻ sản phẩm rượu
  q('giay phep ban le ruou', '2.000620', 'no-diacritics'),
  q('xin phep ban ruou', '2.000620', 'colloquial'),
  q('giay phep ban le r', '2.000620', 'prefix'),
  q('2.000620', '2.000620', 'code'),
  // 2.000633 Cấp Giấy phép bán lẻ sản phẩm thuốc lá
  q('giay phep ban le thuoc la', '2.000633', 'no-diacritics'),
  q('giay phep ban thuoc la', '2.000633', 'colloquial'),
  q('giay phep ban le thuocc la', '2.000633', 'typo'),
  // 2.000181 Cấp Giấy phép sản xuất rượu thủ công nhằm mục đích kinh doanh
  q('san xuat ruou thu cong', '2.000181', 'no-diacritics'),
  q('giay phep nau ruou', '2.000181', 'colloquial'),
  q('san xuat ruou th', '2.000181', 'prefix'),
  // 1.012795 Đăng ký đất đai … cấp Giấy chứng nhận … lần đầu
  q('dang ky dat dai lan dau', '1.012795', 'no-diacritics'),
  q('lam so do lan dau', '1.012795', 'colloquial'),
  q('cap so do lan dau', '1.012795', 'colloquial'),
  q('cap GCN QSDĐ lan dau', '1.012795', 'abbreviation'),
  q('cap giay chung nhan quyenn su dung dat lan dau', '1.012795', 'typo'),
  q('dang ky dat dai lan d', '1.012795', 'prefix'),
  // 1.012796 Đăng ký biến động quyền sử dụng đất …
  q('dang ky bien dong dat dai', '1.012796', 'no-diacritics'),
  q('sang ten so do', '1.012796', 'colloquial'),
  q('chuyen nhuong dat', '1.012796', 'colloquial'),
  q('sang ten dat cho con', '1.012796', 'colloquial'),
  q('chuyen nhuonh quyen su dung dat', '1.012796', 'typo'),
  q('dang ky bien d', '1.012796', 'prefix'),
  q('đăng ký biến động đất đai', '1.012796', 'diacritics'),
  q('1.012796', '1.012796', 'code'),
  // 1.012797 Cấp đổi Giấy chứng nhận quyền sử dụng đất …
  q('cap doi giay chung nhan quyen su dung dat', '1.012797', 'no-diacritics'),
  q('doi so do', '1.012797', 'colloquial'),
  q('cap doi so do', '1.012797', 'colloquial'),
  q('doi so hong cu sang so moi', '1.012797', 'colloquial'),
  q('cap doi GCN QSDĐ', '1.012797', 'abbreviation'),
  q('cap doi GCNQSDD', '1.012797', 'abbreviation'),
  q('cap doi giay chung nhan quyenn su dung dat', '1.012797', 'typo'),
  q('cap doi giay chung nhan q', '1.012797', 'prefix'),
  q('1.012797', '1.012797', 'code'),
  // 1.012798 Cấp lại Giấy chứng nhận … do bị mất
  q('cap lai giay chung nhan quyen su dung dat bi mat', '1.012798', 'no-diacritics'),
  q('mat so do', '1.012798', 'colloquial'),
  q('lam lai so do bi mat', '1.012798', 'colloquial'),
  q('cap lai GCN QSDĐ', '1.012798', 'abbreviation'),
  // 1.012799 Tách thửa hoặc hợp thửa đất
  q('tach thua dat', '1.012799', 'no-diacritics'),
  q('hop thua dat', '1.012799', 'no-diacritics'),
  q('tach so do', '1.012799', 'colloquial'),
  q('tach th', '1.012799', 'prefix'),
  // 1.012800 Đính chính Giấy chứng nhận đã cấp
  q('dinh chinh giay chung nhan', '1.012800', 'no-diacritics'),
  q('sua sai thong tin tren so do', '1.012800', 'colloquial'),
  q('dinh chnh giay chung nhan', '1.012800', 'typo'),
  // 1.012801 Chuyển mục đích sử dụng đất …
  q('chuyen muc dich su dung dat', '1.012801', 'no-diacritics'),
  q('len tho cu', '1.012801', 'colloquial'),
  q('chuyen dat vuon len dat o', '1.012801', 'colloquial'),
  q('chuyenn muc dich su dung dat', '1.012801', 'typo'),
  q('chuyen muc d', '1.012801', 'prefix'),
  q('chuyển mục đích sử dụng đất', '1.012801', 'diacritics'),
  // 1.012802 Cung cấp thông tin, dữ liệu đất đai
  q('cung cap thong tin dat dai', '1.012802', 'no-diacritics'),
  q('xin trich luc thua dat', '1.012802', 'colloquial'),
  q('tra cuu thong tin thua dat', '1.012802', 'colloquial'),
  // 1.012803 Đăng ký thế chấp quyền sử dụng đất …
  q('dang ky the chap quyen su dung dat', '1.012803', 'no-diacritics'),
  q('the chap so do vay ngan hang', '1.012803', 'colloquial'),
  q('dang ky the ch', '1.012803', 'prefix'),
  // 1.012804 Xóa đăng ký thế chấp …
  q('xoa the chap', '1.012804', 'no-diacritics'),
  q('giai chap so do', '1.012804', 'colloquial'),
  q('1.012804', '1.012804', 'code'),
  // 1.009994 Cấp giấy phép xây dựng đối với nhà ở riêng lẻ
  q('giay phep xay dung nha o rieng le', '1.009994', 'no-diacritics'),
  q('xin phep xay nha', '1.009994', 'colloquial'),
  q('GPXD nha o', '1.009994', 'abbreviation'),
  q('giay phep xay dung nha o riang le', '1.009994', 'typo'),
  q('giay phep xay dung nha o r', '1.009994', 'prefix'),
  q('giấy phép xây dựng nhà ở', '1.009994', 'diacritics'),
  q('1.009994', '1.009994', 'code'),
  // 1.009995 Cấp giấy phép xây dựng sửa chữa, cải tạo đối với nhà ở riêng lẻ
  q('giay phep sua chua cai tao nha o', '1.009995', 'no-diacritics'),
  q('xin phep sua nha', '1.009995', 'colloquial'),
  q('giay phep xay dung sua ch', '1.009995', 'prefix'),
  // 1.009996 Gia hạn giấy phép xây dựng
  q('gia han giay phep xay dung', '1.009996', 'no-diacritics'),
  q('gia han giay phep x', '1.009996', 'prefix'),
  // 1.009997 Cấp lại giấy phép xây dựng
  q('cap lai giay phep xay dung', '1.009997', 'no-diacritics'),
  q('mat giay phep xay dung', '1.009997', 'colloquial'),
  // 1.009998 Cấp chứng chỉ hành nghề hoạt động xây dựng hạng II, hạng III
  q('chung chi hanh nghe xay dung', '1.009998', 'no-diacritics'),
  q('CCHN xay dung hang III', '1.009998', 'abbreviation'),
  q('chhung chi hanh nghe xay dung', '1.009998', 'typo'),
  // 1.009999 Cung cấp thông tin về quy hoạch xây dựng
  q('thong tin quy hoach xay dung', '1.009999', 'no-diacritics'),
  q('xem quy hoach dat', '1.009999', 'colloquial'),
  q('cung cap thong tin quy hoachh', '1.009999', 'typo'),
  // 1.001978 Giải quyết hưởng trợ cấp thất nghiệp
  q('tro cap that nghiep', '1.001978', 'no-diacritics'),
  q('huong BHTN', '1.001978', 'abbreviation'),
  q('BHTN', '1.001978', 'abbreviation'),
  q('lam bao hiem that nghiep', '1.001978', 'colloquial'),
  q('lanh tien that nghiep', '1.001978', 'colloquial'),
  q('tro cap that ngiep', '1.001978', 'typo'),
  q('tro cap that ng', '1.001978', 'prefix'),
  q('hưởng trợ cấp thất nghiệp', '1.001978', 'diacritics'),
  q('1.001978', '1.001978', 'code'),
  // 1.001966 Thông báo về việc tìm kiếm việc làm hằng tháng
  q('thong bao tim kiem viec lam hang thang', '1.001966', 'no-diacritics'),
  q('khai bao tim viec hang thang', '1.001966', 'colloquial'),
  q('thong bao tim viec hang thag', '1.001966', 'typo'),
  // 1.001973 Tiếp tục hưởng trợ cấp thất nghiệp
  q('tiep tuc huong tro cap that nghiep', '1.001973', 'no-diacritics'),
  q('tiep tuc huong tro c', '1.001973', 'prefix'),
  // 1.001954 Chuyển nơi hưởng trợ cấp thất nghiệp
  q('chuyen noi huong tro cap that nghiep', '1.001954', 'no-diacritics'),
  q('chuyen bao hiem that nghiep sang tinh khac', '1.001954', 'colloquial'),
  // 1.000401 Hỗ trợ học nghề đối với người đang hưởng trợ cấp thất nghiệp
  q('ho tro hoc nghe', '1.000401', 'no-diacritics'),
  q('hoc nghe mien phi cho nguoi that nghiep', '1.000401', 'colloquial'),
  // 1.000459 Cấp giấy phép lao động cho người lao động nước ngoài …
  q('giay phep lao dong', '1.000459', 'no-diacritics'),
  q('cap GPLĐ', '1.000459', 'abbreviation'),
  q('work permit cho nguoi nuoc ngoai', '1.000459', 'colloquial'),
  q('giay phep lao dong cho nguoi nuoc ngpai', '1.000459', 'typo'),
  q('giay phep lao d', '1.000459', 'prefix'),
  q('1.000459', '1.000459', 'code'),
  // 1.000105 Cấp lại giấy phép lao động …
  q('cap lai giay phep lao dong', '1.000105', 'no-diacritics'),
  q('cap lai GPLD', '1.000105', 'abbreviation'),
  // 1.009811 Gia hạn giấy phép lao động …
  q('gia han giay phep lao dong', '1.009811', 'no-diacritics'),
  q('gia han GPLĐ', '1.009811', 'abbreviation'),
  // 2.000205 Xác nhận người lao động nước ngoài không thuộc diện cấp giấy phép lao động
  q('xac nhan khong thuoc dien cap giay phep lao dong', '2.000205', 'no-diacritics'),
  q('mien giay phep lao dong', '2.000205', 'colloquial'),
  // 1.009471 Đăng ký nội quy lao động của doanh nghiệp
  q('dang ky noi quy lao dong', '1.009471', 'no-diacritics'),
  q('noi quy cong ty', '1.009471', 'colloquial'),
  // 1.005092 Cấp bản sao văn bằng, chứng chỉ từ sổ gốc
  q('ban sao van bang chung chi', '1.005092', 'no-diacritics'),
  q('xin ban sao bang tot nghiep', '1.005092', 'colloquial'),
  q('mat bang tot nghiep cap 3', '1.005092', 'colloquial'),
  q('ban sao van bang chungg chi', '1.005092', 'typo'),
  q('ban sao van b', '1.005092', 'prefix'),
  q('1.005092', '1.005092', 'code'),
  // 1.005093 Chỉnh sửa nội dung văn bằng, chứng chỉ
  q('chinh sua noi dung van bang', '1.005093', 'no-diacritics'),
  q('sua ten tren bang tot nghiep', '1.005093', 'colloquial'),
  q('chnh sua van bang', '1.005093', 'typo'),
  // 1.005094 Công nhận văn bằng tốt nghiệp … do cơ sở giáo dục nước ngoài cấp
  q('cong nhan van bang nuoc ngoai', '1.005094', 'no-diacritics'),
  q('cong nhan bang tot nghiep o nuoc ngoai', '1.005094', 'colloquial'),
  // 1.005095 Chuyển trường đối với học sinh trung học phổ thông
  q('chuyen truong', '1.005095', 'no-diacritics'),
  q('chuyen truong THPT', '1.005095', 'abbreviation'),
  q('chuyen truong cap 3 cho con', '1.005095', 'colloquial'),
  q('chuyen truonh', '1.005095', 'typo'),
  q('chuyen tru', '1.005095', 'prefix'),
  // 1.001776 Thực hiện, điều chỉnh, thôi hưởng trợ cấp xã hội hàng tháng
  q('tro cap xa hoi hang thang', '1.001776', 'no-diacritics'),
  q('tro cap BTXH', '1.001776', 'abbreviation'),
  q('tien tro cap nguoi khuyet tat', '1.001776', 'colloquial'),
  q('tro cap cho tre mo coi', '1.001776', 'colloquial'),
  q('tro cap xa hoi hang thangg', '1.001776', 'typo'),
  q('tro cap xa hoi h', '1.001776', 'prefix'),
  // 1.012805 Thực hiện, điều chỉnh, thôi hưởng trợ cấp hưu trí xã hội
  q('tro cap huu tri xa hoi', '1.012805', 'no-diacritics'),
  q('tro cap cho nguoi tren 75 tuoi', '1.012805', 'colloquial'),
  // 1.001731 Hỗ trợ chi phí mai táng cho đối tượng bảo trợ xã hội
  q('ho tro chi phi mai tang', '1.001731', 'no-diacritics'),
  q('tien mai tang cho nguoi huong tro cap xa hoi', '1.001731', 'colloquial'),
  // 1.001758 Chi trả trợ cấp xã hội hàng tháng khi đối tượng thay đổi nơi cư trú
  q('chi tra tro cap xa hoi khi thay doi noi cu tru', '1.001758', 'no-diacritics'),
  q('chuyen tro cap xa hoi ve noi o moi', '1.001758', 'colloquial'),
  // 1.001699 Xác định, xác định lại mức độ khuyết tật và cấp Giấy xác nhận khuyết tật
  q('xac dinh muc do khuyet tat', '1.001699', 'no-diacritics'),
  q('giay xac nhan khuyet tat', '1.001699', 'no-diacritics'),
  q('lam giay chung nhan khuyet tat', '1.001699', 'colloquial'),
  q('xac dinh muc do khuyt tat', '1.001699', 'typo'),
  q('1.001699', '1.001699', 'code'),
  // 1.001653 Đổi, cấp lại Giấy xác nhận khuyết tật
  q('cap lai giay xac nhan khuyet tat', '1.001653', 'no-diacritics'),
  q('mat giay khuyet tat', '1.001653', 'colloquial'),
  // 2.000286 Trợ giúp xã hội khẩn cấp về hỗ trợ làm nhà ở, sửa chữa nhà ở
  q('ho tro lam nha o khan cap', '2.000286', 'no-diacritics'),
  q('nha bi sat lo xin ho tro', '2.000286', 'colloquial'),
  // 1.001567 Cấp Giấy chứng nhận cơ sở đủ điều kiện an toàn thực phẩm
  q('giay chung nhan du dieu kien an toan thuc pham', '1.001567', 'no-diacritics'),
  q('cap giay ATTP', '1.001567', 'abbreviation'),
  q('giay VSATTP', '1.001567', 'abbreviation'),
  q('giay phep ve sinh an toan thuc pham', '1.001567', 'colloquial'),
  q('giay an toan thuc pham cho quan an', '1.001567', 'colloquial'),
  q('giay chng nhan an toan thuc pham', '1.001567', 'typo'),
  q('du dieu kien an toan th', '1.001567', 'prefix'),
  q('1.001567', '1.001567', 'code'),
  // 1.001568 Cấp lại Giấy chứng nhận cơ sở đủ điều kiện an toàn thực phẩm
  q('cap lai giay chung nhan an toan thuc pham', '1.001568', 'no-diacritics'),
  q('cap lai giay ATTP', '1.001568', 'abbreviation'),
  // 2.000591 … an toàn thực phẩm … thuộc thẩm quyền của Sở Công Thương
  q('an toan thuc pham so cong thuong', '2.000591', 'no-diacritics'),
  q('ATTP cong thuong', '2.000591', 'abbreviation'),
  // 1.010821 Giải quyết trợ cấp một lần và mai táng phí khi người có công … từ trần
  q('mai tang phi nguoi co cong', '1.010821', 'no-diacritics'),
  q('tien mai tang cho thuong binh mat', '1.010821', 'colloquial'),
  // 1.010822 Giải quyết chế độ trợ cấp thờ cúng liệt sĩ
  q('tro cap tho cung liet si', '1.010822', 'no-diacritics'),
  q('tien tho cung liet si', '1.010822', 'colloquial'),
  q('tho cung l', '1.010822', 'prefix'),
  // 1.010823 Cấp giấy giới thiệu đi thăm viếng mộ liệt sĩ …
  q('tham vieng mo liet si', '1.010823', 'no-diacritics'),
  q('giay gioi thieu di tham mo liet si', '1.010823', 'colloquial'),
  q('tham veng mo liet si', '1.010823', 'typo'),
  // 1.010824 Giải quyết chế độ ưu đãi trong giáo dục đào tạo đối với người có công …
  q('uu dai giao duc nguoi co cong', '1.010824', 'no-diacritics'),
  q('mien hoc phi cho con thuong binh', '1.010824', 'colloquial'),
  // 1.000219 Cấp lại, đổi, điều chỉnh thông tin trên sổ bảo hiểm xã hội, thẻ bảo hiểm y tế
  q('cap lai the bao hiem y te', '1.000219', 'no-diacritics'),
  q('cap lai the BHYT', '1.000219', 'abbreviation'),
  q('mat the bao hiem y te', '1.000219', 'colloquial'),
  q('sua ngay sinh tren so bao hiem xa hoi', '1.000219', 'colloquial'),
  q('dieu chinh thong tin so BHXH', '1.000219', 'abbreviation'),
  // 1.000209 Đăng ký đóng, cấp thẻ bảo hiểm y tế đối với người chỉ tham gia bảo hiểm y tế
  q('dang ky dong bao hiem y te', '1.000209', 'no-diacritics'),
  q('mua bao hiem y te ho gia dinh', '1.000209', 'colloquial'),
  q('mua BHYT ho gia dinh', '1.000209', 'abbreviation'),
  // 1.000215 Giải quyết thanh toán trực tiếp chi phí khám bệnh, chữa bệnh bảo hiểm y tế
  q('thanh toan truc tiep chi phi kham chua benh bao hiem y te', '1.000215', 'no-diacritics'),
  q('lay lai tien vien phi bao hiem', '1.000215', 'colloquial'),
  q('thanhh toan truc tiep chi phi kham benh', '1.000215', 'typo'),
  // 1.000181 Giải quyết hưởng bảo hiểm xã hội một lần
  q('huong bao hiem xa hoi mot lan', '1.000181', 'no-diacritics'),
  q('rut bao hiem xa hoi mot lan', '1.000181', 'colloquial'),
  q('rut BHXH 1 lan', '1.000181', 'abbreviation'),
  q('lay tien bao hiem xa hoi', '1.000181', 'colloquial'),
  q('huongg bao hiem xa hoi mot lan', '1.000181', 'typo'),
  q('1.000181', '1.000181', 'code'),
  // 1.000184 Giải quyết hưởng chế độ tử tuất
  q('che do tu tuat', '1.000184', 'no-diacritics'),
  q('lanh tien tuat', '1.000184', 'colloquial'),
  q('tu tuat BHXH', '1.000184', 'abbreviation'),
  // 1.000188 Giải quyết hưởng chế độ thai sản … thôi việc trước thời điểm sinh con …
  q('che do thai san thoi viec truoc khi sinh', '1.000188', 'no-diacritics'),
  q('huong thai san khi da nghi viec', '1.000188', 'colloquial'),
  q('thai san BHXH nghi viec', '1.000188', 'abbreviation'),
  // 1.004194 Đăng ký thường trú
  q('dang ky thuong tru', '1.004194', 'no-diacritics'),
  q('nhap ho khau', '1.004194', 'colloquial'),
  q('chuyen ho khau ve nha chong', '1.004194', 'colloquial'),
  q('dang ky thuog tru', '1.004194', 'typo'),
  q('dang ky thuong t', '1.004194', 'prefix'),
  q('đăng ký thường trú', '1.004194', 'diacritics'),
  q('1.004194', '1.004194', 'code'),
  // 1.004222 Đăng ký tạm trú
  q('dang ky tam tru', '1.004222', 'no-diacritics'),
  q('khai bao tam tru cho sinh vien thue tro', '1.004222', 'colloquial'),
  q('KT3', '1.004222', 'abbreviation'),
  q('dang ky tam t', '1.004222', 'prefix'),
  // 1.004227 Gia hạn tạm trú
  q('gia han tam tru', '1.004227', 'no-diacritics'),
  q('gia han tam', '1.004227', 'prefix'),
  // 1.004228 Xác nhận thông tin về cư trú
  q('xac nhan thong tin cu tru', '1.004228', 'no-diacritics'),
  q('CT07', '1.004228', 'abbreviation'),
  q('giay xac nhan noi o', '1.004228', 'colloquial'),
  q('xac nhan thng tin cu tru', '1.004228', 'typo'),
  q('Xác nhận thông tin về cư trú'.normalize('NFD'), '1.004228', 'diacritics'),
  // 1.004203 Tách hộ
  q('tach ho', '1.004203', 'no-diacritics'),
  q('tach ho khau rieng', '1.004203', 'colloquial'),
  // 1.004206 Xóa đăng ký thường trú
  q('xoa dang ky thuong tru', '1.004206', 'no-diacritics'),
  q('cat khau', '1.004206', 'colloquial'),
  q('cat ho khau cho nguoi da mat', '1.004206', 'colloquial'),
  // 1.012806 Xác nhận số chứng minh nhân dân 9 số, số định danh cá nhân
  q('xac nhan so chung minh nhan dan', '1.012806', 'no-diacritics'),
  q('xac nhan CMND 9 so', '1.012806', 'abbreviation'),
  q('giay xac nhan so cmnd cu', '1.012806', 'colloquial'),
  q('xac nhan so chng minh nhan dan', '1.012806', 'typo'),
];
