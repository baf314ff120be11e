// Intake drafts that survive a reload, keyboard first, in Chromium against the real counter host.
// (Reprint, correction and void on a saved dossier are in dossier-life.spec.ts.)
import { signIn } from './device-setup';
import { expect, test } from './fixtures';

test.use({ provisioned: true });

test('a reload in the middle of an intake brings the form back from the counter', async ({ page, counter }) => {
  test.setTimeout(60_000);
  await signIn(page, counter, 'clerk');
  await page.keyboard.press('Alt+1');
  await page.getByRole('combobox', { name: 'Tìm thủ tục' }).fill('doi giay phep lai xe');
  await expect(page.getByRole('listbox', { name: 'Kết quả tìm kiếm' }).getByRole('option').first()).toHaveAccessibleName(/^Đổi giấy phép lái xe /);
  await page.keyboard.press('Enter');
  await page.getByRole('button', { name: 'Bắt đầu tiếp nhận' }).focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: 'Tiếp nhận hồ sơ' })).toBeVisible();

  const sender = page.getByRole('region', { name: 'Người gửi' });
  // The form is mirrored to the counter a moment after typing stops: wait for the copy with the phone.
  const kept = page.waitForResponse((r) => r.url().endsWith('/api/commands/drafts.save') && (r.request().postData() ?? '').includes('0912 345 678'));
  await sender.getByLabel('Họ và tên').focus();
  await page.keyboard.type('Nguyễn Thị Hoà');
  await sender.getByLabel('Số điện thoại').focus();
  await page.keyboard.type('0912 345 678');
  expect((await kept).ok()).toBe(true);

  // The page's own memory goes with the reload; what comes back is the counter's copy.
  await page.reload();
  await expect(page.getByRole('navigation', { name: 'Chức năng' })).toBeVisible();
  await page.keyboard.press('Alt+2');
  await expect(page.getByRole('heading', { level: 3, name: 'Đổi giấy phép lái xe' })).toBeVisible();
  await expect(sender.getByLabel('Họ và tên')).toHaveValue('Nguyễn Thị Hoà');
  await expect(sender.getByLabel('Số điện thoại')).toHaveValue('0912 345 678');
});
