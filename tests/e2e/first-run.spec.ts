import { expect, test } from './fixtures';

test('first-run set-up, the manager adds a clerk, the clerk signs in and cannot reach administration', async ({ page, counter }) => {
  await page.goto(counter.url);
  await expect(page.getByRole('heading', { name: 'Thiết lập quầy' })).toBeVisible();
  await page.getByLabel('Mã bưu cục').fill('360000');
  await page.getByLabel('Tên bưu cục').fill('Bưu điện tỉnh Sơn La');
  await page.getByLabel('Số quầy').fill('3');
  // The province is chosen from the 34, typed without diacritics; a former province's name finds its successor.
  const province = page.getByRole('combobox', { name: 'Tỉnh/thành phố' });
  await province.focus();
  await page.keyboard.type('ha giang');
  await expect(page.getByRole('option').first()).toHaveText('Tỉnh Tuyên Quang (gồm Hà Giang cũ)');
  await page.keyboard.press('Control+A');
  await page.keyboard.type('son la');
  await expect(page.getByRole('option', { selected: true })).toHaveText('Tỉnh Sơn La');
  await page.keyboard.press('Enter');
  await expect(province).toHaveValue('Tỉnh Sơn La');
  await page.getByLabel('Họ tên quản lý').fill('Lò Văn Hùng');
  // An easily guessed PIN is refused, saying why.
  await page.getByLabel('Mã PIN quản lý').fill('1234');
  await page.getByLabel('Nhập lại mã PIN').fill('1234');
  await page.getByRole('button', { name: 'Hoàn tất thiết lập' }).click();
  await expect(page.getByText('Mã PIN không được là dãy số liên tiếp tăng hoặc giảm', { exact: false }).first()).toBeVisible();
  await page.getByLabel('Mã PIN quản lý').fill('2468');
  await page.getByLabel('Nhập lại mã PIN').fill('2468');
  await page.getByRole('button', { name: 'Hoàn tất thiết lập' }).click();

  const nav = page.getByRole('navigation', { name: 'Chức năng' });
  const statusBar = page.getByRole('contentinfo', { name: 'Thanh trạng thái' });
  await expect(nav).toBeVisible();
  await expect(statusBar).toContainText('Quản lý: Lò Văn Hùng');
  await expect(statusBar).toContainText('Quầy 3 · Bưu điện tỉnh Sơn La');
  await page.screenshot({ path: test.info().outputPath('manager-home.png') });

  // The manager reaches administration from the keyboard.
  await page.keyboard.press('Alt+7');
  await expect(page.getByRole('heading', { level: 1, name: 'Quản trị' })).toBeFocused();
  await page.getByLabel('Họ tên', { exact: true }).fill('Cầm Thị Mai');
  await page.getByLabel('Vai trò').selectOption('clerk');
  await page.getByLabel('Mã PIN', { exact: true }).fill('1357');
  await page.getByLabel('Nhập lại mã PIN').fill('1357');
  await page.getByRole('button', { name: 'Thêm người dùng' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Đã thêm người dùng Cầm Thị Mai.' })).toBeVisible();
  await expect(page.getByRole('table', { name: 'Người dùng tại quầy' })).toContainText('Cầm Thị Mai');
  await page.screenshot({ path: test.info().outputPath('administration.png'), fullPage: true });

  await page.getByRole('button', { name: 'Đăng xuất' }).click();
  await expect(page.getByRole('heading', { name: 'Đăng nhập' })).toBeVisible();

  // The clerk signs in without touching the mouse.
  await page.getByLabel('Người dùng').selectOption({ label: 'Cầm Thị Mai (giao dịch viên)' });
  await page.getByLabel('Mã PIN').focus();
  await page.keyboard.type('1357');
  await page.keyboard.press('Enter');
  await expect(statusBar).toContainText('Giao dịch viên: Cầm Thị Mai');
  await expect(page.getByRole('heading', { level: 1, name: 'Tra cứu thủ tục' })).toBeVisible();
  await expect(nav.getByRole('button', { name: 'Tiếp nhận hồ sơ' })).toBeVisible();
  await expect(nav.getByRole('button', { name: 'Quản trị' })).toHaveCount(0);

  // Calling the contract directly from the clerk's page is refused by the handler layer.
  const direct = await page.evaluate(async () => {
    const call = async (name: string, input: unknown) => {
      const res = await fetch(`api/commands/${name}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ input, lang: 'vi' }),
      });
      return { status: res.status, body: (await res.json()) as { ok: boolean; error?: { code: string; message: string } } };
    };
    return [
      await call('users.add', { name: 'Kẻ Gian', role: 'manager', pin: '1111', idempotencyKey: 'forged-key-0001' }),
      await call('users.list', {}),
      await call('settings.update', { idleLockMinutes: 60, idempotencyKey: 'forged-key-0002' }),
    ];
  });
  for (const r of direct) {
    expect(r.status).toBe(403);
    expect(r.body.error?.code).toBe('FORBIDDEN');
    expect(r.body.error?.message).toContain('Bạn không có quyền thực hiện thao tác này');
  }
});

test('the address without its token answers 401', async ({ page, counter }) => {
  const response = await page.goto(`${counter.origin}/`);
  expect(response?.status()).toBe(401);
  await expect(page.getByText('Cần mã truy cập')).toBeVisible();
});
