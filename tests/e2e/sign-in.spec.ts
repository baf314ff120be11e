import { expect, test } from './fixtures';

test.use({ provisioned: true });

test('five wrong PINs lock the account with a clear message, and a manager unlocks it', async ({ page, counter }) => {
  await page.goto(counter.url);
  await expect(page.getByRole('heading', { name: 'Đăng nhập' })).toBeVisible();
  await page.getByLabel('Người dùng').selectOption({ label: 'Cầm Thị Mai (giao dịch viên)' });
  const pin = page.getByLabel('Mã PIN');
  const alert = page.getByRole('alert');
  for (let i = 1; i <= 4; i++) {
    await pin.fill('0000');
    await pin.press('Enter');
    await expect(alert).toHaveText(`Mã PIN không đúng. Còn ${5 - i} lần thử trước khi tài khoản bị khóa.`);
  }
  await pin.fill('0000');
  await pin.press('Enter');
  await expect(alert).toContainText('Tài khoản tạm khóa do nhập sai mã PIN 5 lần liên tiếp. Thử lại sau 30 giây');
  await expect(alert).toContainText('hoặc nhờ quản lý mở khóa');
  // Even the right PIN is refused while the lock lasts.
  await pin.fill('1357');
  await pin.press('Enter');
  await expect(alert).toContainText('Tài khoản tạm khóa');
  await expect(page.getByRole('navigation', { name: 'Chức năng' })).toHaveCount(0);
  await page.screenshot({ path: test.info().outputPath('locked-account.png') });

  // The manager lifts the lock from the administration screen, giving a reason.
  await page.getByLabel('Người dùng').selectOption({ label: 'Lò Văn Hùng (quản lý)' });
  await pin.fill('2468');
  await pin.press('Enter');
  await page.getByRole('navigation', { name: 'Chức năng' }).getByRole('button', { name: 'Quản trị' }).click();
  const users = page.getByRole('table', { name: 'Người dùng tại quầy' });
  await expect(users.getByRole('row', { name: /Cầm Thị Mai/ })).toContainText('Khóa đến');
  await users.getByRole('button', { name: 'Mở khóa Cầm Thị Mai' }).click();
  await page.getByLabel('Lý do mở khóa tài khoản Cầm Thị Mai').fill('Đã xác minh trực tiếp tại quầy');
  await page.getByRole('button', { name: 'Mở khóa và ghi sổ' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Đã mở khóa' })).toHaveText(
    'Đã mở khóa tài khoản Cầm Thị Mai; số lần nhập sai được tính lại từ đầu.',
  );
  await expect(users.getByRole('row', { name: /Cầm Thị Mai/ })).toContainText('Hoạt động');
});

test('the screen locks after the idle time and the PIN unlocks it', async ({ page, counter }) => {
  await page.clock.install();
  await page.goto(counter.url);
  await page.getByLabel('Người dùng').selectOption({ label: 'Cầm Thị Mai (giao dịch viên)' });
  await page.getByLabel('Mã PIN').fill('1357');
  await page.getByRole('button', { name: 'Đăng nhập' }).click();
  await expect(page.getByRole('navigation', { name: 'Chức năng' })).toBeVisible();

  await page.clock.fastForward('05:30');
  await expect(page.getByRole('heading', { name: 'Màn hình đã khóa' })).toBeVisible();
  await expect(page.getByRole('navigation', { name: 'Chức năng' })).toHaveCount(0);
  await page.getByLabel('Mã PIN').fill('1357');
  await page.getByRole('button', { name: 'Mở khóa' }).click();
  await expect(page.getByRole('contentinfo', { name: 'Thanh trạng thái' })).toContainText('Giao dịch viên: Cầm Thị Mai');
});

test('English can be switched on and the choice is remembered', async ({ page, counter }) => {
  await page.goto(counter.url);
  await page.getByLabel('Người dùng').selectOption({ label: 'Lò Văn Hùng (quản lý)' });
  await page.getByLabel('Mã PIN').fill('2468');
  await page.getByRole('button', { name: 'Đăng nhập' }).click();
  await page.getByRole('button', { name: 'English' }).click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.getByRole('button', { name: 'Tiếng Việt' })).toBeVisible();
  await page.reload();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
});

test('a manager checks the ledger from the administration screen', async ({ page, counter }) => {
  await page.goto(counter.url);
  await page.getByLabel('Người dùng').selectOption({ label: 'Lò Văn Hùng (quản lý)' });
  await page.getByLabel('Mã PIN').fill('2468');
  await page.getByLabel('Mã PIN').press('Enter');
  await page.getByRole('navigation', { name: 'Chức năng' }).getByRole('button', { name: 'Quản trị' }).click();
  await page.getByRole('button', { name: 'Kiểm tra sổ cái' }).click();
  // set-up, manager, sample catalogue, sample agency directory, clerk, and this sign-in
  await expect(page.getByRole('status').filter({ hasText: 'Sổ cái toàn vẹn' })).toHaveText('Sổ cái toàn vẹn: 6 bút toán.');
  await expect(page.getByRole('table', { name: 'Nhật ký sổ cái' })).toContainText('Đăng nhập');
});
