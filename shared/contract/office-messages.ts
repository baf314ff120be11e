// The words of the office view's day files (spread into errorMessages). Vietnamese first.
type Text = { vi: string; en: string };

export const officeErrorMessages = {
  DAY_FILE_UNREADABLE: {
    vi: 'Tệp này không phải tệp số liệu ngày của quầy (hoặc do một phiên bản phần mềm khác tạo). Không nhập gì.',
    en: "This file is not a counter's day file (or another version of the software made it). Nothing was imported.",
  },
  DAY_FILE_TAMPERED: {
    vi: 'Tệp số liệu ngày đã bị sửa sau khi quầy ký (chữ ký không khớp nội dung). Không nhập gì; xin quầy đó xuất lại tệp.',
    en: 'The day file was changed after the counter signed it (the signature does not match its content). Nothing was imported; ask that counter to export it again.',
  },
  DAY_FILE_FOREIGN_OFFICE: {
    vi: 'Tệp số liệu ngày của bưu cục khác (mã {fileOffice}), không phải bưu cục này (mã {office}). Không nhập gì.',
    en: 'The day file belongs to another post office (code {fileOffice}), not this one (code {office}). Nothing was imported.',
  },
  DAY_FILE_OWN_COUNTER: {
    vi: 'Tệp số liệu ngày này của chính quầy số {counter} (quầy này). Số liệu của quầy này đã có sẵn, không cần nhập.',
    en: "This day file is this counter's own (counter {counter}). Its figures are already here; nothing to import.",
  },
  DAY_FILE_KEY_CHANGED: {
    vi: 'Tệp của quầy số {counter} được ký bằng khóa {fingerprint}, khác khóa {pinned} của các tệp trước từ quầy đó. Không nhập gì; kiểm tra tệp có đúng từ quầy số {counter} không (dấu khóa in trên báo cáo Z của quầy).',
    en: 'The file from counter {counter} is signed with key {fingerprint}, not key {pinned} of its earlier files. Nothing was imported; check that it really comes from counter {counter} (the key fingerprint is printed on its Z report).',
  },
  DAY_FILE_OLDER: {
    vi: 'Đã có số liệu ngày {day} của quầy số {counter} mới hơn tệp này (đến bút toán #{heldSeq}; tệp chỉ đến #{fileSeq}). Giữ số liệu mới hơn, không nhập tệp cũ.',
    en: 'Newer figures of counter {counter} for {day} are already here (up to entry #{heldSeq}; the file only to #{fileSeq}). The newer figures are kept; the older file was not imported.',
  },
} satisfies Record<string, Text>;
