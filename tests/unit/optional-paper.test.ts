// Which checklist papers a dossier may go without: the condition agencies write in brackets.
import { describe, expect, it } from 'vitest';
import { isOptionalPaper } from '../../shared/catalogue/optional-paper';

describe('conditional papers', () => {
  it.each([
    'Bản sao Giấy khai sinh trước đây được cấp hợp lệ (nếu có)',
    'Văn bản ủy quyền có chứng thực (trường hợp ủy quyền; không cần chứng thực nếu …)',
    'Giấy chứng nhận kết hôn của cha, mẹ trẻ em (nếu cha, mẹ đã đăng ký kết hôn)',
    'Giấy phép lái xe đã quá hạn (NẾU CÒN)',
    'Bản sao Giấy khai sinh (nếu có)'.normalize('NFD'),
  ])('"%s" depends on the case', (name) => {
    expect(isOptionalPaper(name)).toBe(true);
  });

  it.each([
    'Tờ khai đăng ký khai sinh theo mẫu',
    'Giấy chứng sinh (không có thì nộp văn bản của người làm chứng)',
    'Bản sao Giấy chứng tử trước đây (nếu không có thì nộp giấy tờ, tài liệu có nội dung liên quan)',
    'Giấy khám sức khỏe của người lái xe (trừ trường hợp đổi giấy phép hạng A1)',
    'Giấy tờ chứng minh nếu có thay đổi', // the condition is not in brackets
  ])('"%s" is required', (name) => {
    expect(isOptionalPaper(name)).toBe(false);
  });
});
