// In Chromium: a fee charged per certificate on top of the rate, the "return only" service, and
// the manager's agency directory whose details the receipt prints.
import type { Page } from '@playwright/test';
import { signIn } from './device-setup';
import { expect, test } from './fixtures';

test.use({ provisioned: true });

/** As the signed-in clerk: opens the intake form for the procedure the typed words find first. */
async function openIntake(page: Page, query: string, title: RegExp): Promise<void> {
  await page.keyboard.press('Alt+1');
  await page.getByRole('combobox', { name: 'Tìm thủ tục' }).fill(query);
  await expect(page.getByRole('listbox', { name: 'Kết quả tìm kiếm' }).getByRole('option').first()).toHaveAccessibleName(title);
  await page.keyboard.press('Enter');
  await page.getByRole('button', { name: 'Bắt đầu tiếp nhận' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Tiếp nhận hồ sơ' })).toBeVisible();
}

async function fillApplicantAndWeight(page: Page): Promise<void> {
  const sender = page.getByRole('region', { name: 'Người gửi' });
  await sender.getByLabel('Họ và tên').fill('Nguyễn Thị Hoà');
  await sender.getByLabel('Số giấy tờ').fill('014190001234');
  await sender.getByLabel('Số điện thoại').fill('0912 345 678');
  await sender.getByLabel('Địa chỉ', { exact: true }).fill('Tổ 3, phường Chiềng Lề, tỉnh Sơn La');
  const weight = page.getByRole('region', { name: 'Khối lượng bì hồ sơ' });
  await weight.getByRole('button', { name: 'Nhập tay', exact: true }).click();
  await weight.getByLabel('Khối lượng (gam)').fill('80');
  await weight.getByLabel('Lý do nhập tay').fill('Cân đang bảo trì');
  await weight.getByRole('button', { name: 'Ghi khối lượng nhập tay' }).click();
  await expect(weight.getByText('Đã ghi: 80 g (nhập tay)')).toBeVisible();
  await page.getByRole('region', { name: 'Thanh toán' }).getByLabel('Tiền khách đưa (đồng)').fill('500000');
}

test('four criminal-record certificates: the clerk picks the rate and types 2 for the certificates beyond two', async ({ page, counter }) => {
  test.setTimeout(60_000);
  await signIn(page, counter, 'clerk');
  await openIntake(page, 'cap phieu ly lich tu phap', /^Cấp Phiếu lý lịch tư pháp cho công dân/);
  for (const box of await page.getByRole('table', { name: 'Thành phần hồ sơ' }).getByRole('checkbox').all()) await box.check();
  await fillApplicantAndWeight(page);

  const fees = page.getByRole('region', { name: 'Phí và cước' });
  // The add-on line is not one of the rates to choose from; it has its own count.
  const rate = fees.getByLabel('Mức phí, lệ phí');
  await expect(rate.getByRole('option')).toHaveCount(4); // "choose" and the three alternative rates
  await rate.selectOption({ index: 1 });
  await fees.getByLabel(/^Số lượng tính thêm: 5\.000/).fill('2');
  await page.getByRole('button', { name: 'Xem lại trước khi lưu' }).click();

  const money = page.getByRole('table', { name: 'Các khoản thu' });
  await expect(money.getByRole('row', { name: /^Phí cung cấp thông tin lý lịch tư pháp.*200\.000/ })).toBeVisible();
  await expect(money.getByRole('row', { name: /thu thêm 5\.000 đồng\/Phiếu.*\(2 × 5\.000\s₫\).*10\.000/ })).toBeVisible();
});

test('return only: no papers asked, no fee, the agency\'s appointment day sets the date', async ({ page, counter }) => {
  test.setTimeout(60_000);
  await signIn(page, counter, 'clerk');
  await openIntake(page, 'doi giay phep lai xe', /^Đổi giấy phép lái xe /);
  const service = page.getByRole('region', { name: 'Dịch vụ' });
  await service.getByLabel('Chỉ nhận kết quả (hồ sơ đã nộp tại cơ quan)').check();
  await service.getByLabel('Mã hồ sơ tại cơ quan').fill('000.00.19.H59-261120-0007');
  await service.getByLabel('Ngày hẹn trả của cơ quan').fill('2030-12-06');
  await expect(page.getByRole('region', { name: 'Phí và cước' })).toContainText('phí, lệ phí đã nộp tại cơ quan khi nộp hồ sơ');
  await fillApplicantAndWeight(page);
  await page.getByRole('button', { name: 'Xem lại trước khi lưu' }).click();
  await expect(page.getByRole('heading', { name: 'Tóm tắt hồ sơ' })).toBeFocused();
  const money = page.getByRole('table', { name: 'Các khoản thu' });
  await expect(money.getByRole('row', { name: /^Trả kết quả, / }).first()).toBeVisible();
  await expect(money.getByRole('row', { name: /^Gửi hồ sơ, / })).toHaveCount(0);
  // Friday 6 Dec 2030 plus two working days of return transit.
  await expect(page.getByRole('region', { name: 'Xem lại' })).toContainText('10/12/2030');
});

test('a manager corrects an agency in the directory; a malformed unit code is refused with the reason', async ({ page, counter }) => {
  test.setTimeout(60_000);
  await signIn(page, counter, 'manager');
  await page.getByRole('navigation', { name: 'Chức năng' }).getByRole('button', { name: 'Quản trị' }).click();
  const directory = page.getByRole('region', { name: 'Danh bạ cơ quan giải quyết' });
  const row = directory.getByRole('row', { name: /^Sở Nội vụ tỉnh Sơn La/ });
  await expect(row).toContainText('Dữ liệu mẫu');
  await row.getByRole('button', { name: 'Sửa Sở Nội vụ tỉnh Sơn La' }).click();
  await directory.getByLabel('Mã đơn vị').fill('H59.10');
  await directory.getByRole('button', { name: 'Lưu' }).click();
  await expect(directory.getByLabel('Mã đơn vị')).toBeFocused();
  await expect(directory.getByText(/có dạng 000\.00\.10\.H59/).first()).toBeVisible();
  await directory.getByLabel('Mã đơn vị').fill('000.00.10.h59');
  await directory.getByLabel('Điện thoại').fill('0212 3855 100');
  await directory.getByRole('button', { name: 'Lưu' }).click();
  await expect(directory.getByRole('status')).toHaveText('Đã lưu thông tin cơ quan Sở Nội vụ tỉnh Sơn La.');
  await expect(row).toContainText('000.00.10.H59');
  await expect(row).toContainText('02123855100');
  await expect(row).toContainText('Quản lý đã sửa');
});
