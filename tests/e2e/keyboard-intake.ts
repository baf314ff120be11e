// An intake the way a clerk does it with the keyboard alone: the procedure looked up without
// diacritics, every paper ticked with Space, fields typed key by key (the S10 as a scanner types
// it), the weight entered by hand, paid in cash, saved.
import type { Locator, Page } from '@playwright/test';
import { expect } from './fixtures';

export interface Applicant {
  name: string;
  id: string;
  phone: string;
  s10: string;
}

/** Focus on the field, then keystrokes: the way a clerk (or a scanner) fills it. */
async function typeInto(page: Page, field: Locator, text: string): Promise<void> {
  await field.focus();
  await page.keyboard.type(text);
}

/** As the signed-in user: one dossier for "Đổi giấy phép lái xe"; its slip number. */
export async function takeInByKeyboard(page: Page, a: Applicant): Promise<string> {
  await page.keyboard.press('Alt+1');
  // The lookup comes back on the procedure last opened: back to its results first.
  const back = page.getByRole('button', { name: 'Quay lại kết quả' });
  if (await back.isVisible()) await back.press('Enter');
  const search = page.getByRole('combobox', { name: 'Tìm thủ tục' });
  await search.focus();
  await page.keyboard.press('Control+A');
  await page.keyboard.type('doi giay phep lai xe');
  await expect(page.getByRole('listbox', { name: 'Kết quả tìm kiếm' }).getByRole('option').first()).toHaveAccessibleName(/^Đổi giấy phép lái xe /);
  await search.press('Enter');
  await page.getByRole('button', { name: 'Bắt đầu tiếp nhận' }).focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: 'Tiếp nhận hồ sơ' })).toBeVisible();
  const boxes = page.getByRole('table', { name: 'Thành phần hồ sơ' }).getByRole('checkbox');
  await expect(boxes).toHaveCount(4);
  for (const box of await boxes.all()) await box.press('Space');
  await expect(page.getByText('Đã nộp đủ giấy tờ bắt buộc.')).toBeVisible();
  const sender = page.getByRole('region', { name: 'Người gửi' });
  await typeInto(page, sender.getByLabel('Họ và tên'), a.name);
  await typeInto(page, sender.getByLabel('Số giấy tờ'), a.id);
  await typeInto(page, sender.getByLabel('Số điện thoại'), a.phone);
  await typeInto(page, sender.getByLabel('Địa chỉ', { exact: true }), 'Tổ 3, phường Chiềng Lề, tỉnh Sơn La');
  const weight = page.getByRole('region', { name: 'Khối lượng bì hồ sơ' });
  await weight.getByRole('button', { name: 'Nhập tay', exact: true }).press('Enter');
  await typeInto(page, weight.getByLabel('Khối lượng (gam)'), '210');
  await typeInto(page, weight.getByLabel('Lý do nhập tay'), 'Cân đang bảo trì');
  await weight.getByRole('button', { name: 'Ghi khối lượng nhập tay' }).press('Enter');
  await expect(weight.getByText('Đã ghi: 210 g (nhập tay)')).toBeVisible();
  await typeInto(page, weight.getByLabel('Số hiệu bưu gửi (S10)'), a.s10);
  await typeInto(page, page.getByRole('region', { name: 'Thanh toán' }).getByLabel('Tiền khách đưa (đồng)'), '500000');
  await page.getByRole('button', { name: 'Xem lại trước khi lưu' }).press('Enter');
  await expect(page.getByRole('heading', { name: 'Tóm tắt hồ sơ' })).toBeFocused();
  await page.getByRole('button', { name: 'Lưu và in' }).press('Enter');
  const done = page.getByRole('region', { name: 'Đã nhận hồ sơ' });
  await expect(done).toBeVisible();
  return (await done.getByLabel('Số phiếu').textContent())!.trim();
}
