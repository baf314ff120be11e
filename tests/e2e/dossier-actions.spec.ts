// Actions on a saved dossier and intake drafts that survive, keyboard first, in Chromium against
// the real counter host.
import type { Page } from '@playwright/test';
import type { ProcedureView } from '../../shared/contract/commands';
import { formFor, licenceCode } from '../support/intake-fixture';
import { signIn } from './device-setup';
import { expect, test } from './fixtures';

test.use({ provisioned: true });

/** Calls the counter as the page's signed-in user, the way the screens do (seeding only). */
async function call<T>(page: Page, command: string, input: unknown): Promise<T> {
  const result = await page.evaluate(
    async ([command, input]) => (await fetch(`api/commands/${command}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ input, lang: 'vi' }) })).json(),
    [command, input] as const,
  );
  if (!result.ok) throw new Error(`${command}: ${JSON.stringify(result.error)}`);
  return result.value as T;
}

/** Takes a dossier in for the signed-in user without the form (the intake screen has its own test); its slip number. */
async function seedDossier(page: Page, key: string): Promise<string> {
  const { procedure, snapshotHash } = await call<{ procedure: ProcedureView; snapshotHash: string }>(page, 'catalogue.show', { code: licenceCode });
  const { seq } = await call<{ seq: number }>(page, 'scale.manualWeight', { grams: 180, reason: 'Cân thử nghiệm', idempotencyKey: `${key}-w` });
  const done = await call<{ dossier: { slipNumber: string } }>(page, 'intake.commit', { ...formFor(procedure, snapshotHash, seq), idempotencyKey: key });
  return done.dossier.slipNumber;
}

/** Opens a dossier's page from anywhere: Ctrl+K, its slip number, Enter. */
async function openDossier(page: Page, slip: string): Promise<void> {
  await page.keyboard.press('Control+k');
  const search = page.getByRole('combobox', { name: /^Số phiếu, S10/ });
  await expect(search).toBeFocused();
  await search.fill(slip);
  await expect(page.getByRole('listbox', { name: 'Hồ sơ tìm được' }).getByRole('option')).toHaveCount(1);
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: `Hồ sơ ${slip}` })).toBeFocused();
}

/** Moves focus to a button with Tab, as a clerk would. */
async function tabTo(page: Page, name: string): Promise<void> {
  const target = page.getByRole('button', { name, exact: true });
  for (let i = 0; i < 60 && !(await target.evaluate((b) => b === document.activeElement)); i++) await page.keyboard.press('Tab');
  await expect(target).toBeFocused();
}

test('reprint with a reason, correct the phone, void another clerk\'s dossier with the manager\'s PIN', async ({ page, counter }) => {
  test.setTimeout(90_000);
  await signIn(page, counter, 'manager');
  await call(page, 'intake.configure', { s10: { service: 'RR', first: 12_345_000, last: 12_345_999 }, idempotencyKey: 'e2e-s10-range' });
  const managers = await seedDossier(page, 'e2e-mgr-dossier');
  await page.getByRole('button', { name: 'Đăng xuất' }).click();
  await signIn(page, counter, 'clerk');
  const own = await seedDossier(page, 'e2e-clerk-dossier');

  await openDossier(page, own);
  const actions = page.getByRole('region', { name: 'Thao tác với hồ sơ' });
  await tabTo(page, 'In lại biên nhận');
  await page.keyboard.press('Enter');
  await expect(actions.getByLabel('Lý do in lại')).toBeFocused();
  await page.keyboard.type('Khách làm mất biên nhận');
  await page.keyboard.press('Enter');
  await expect(actions.getByRole('status')).toHaveText('Đã gửi lệnh in lại lần 1.');

  await tabTo(page, 'Sửa thông tin');
  await page.keyboard.press('Enter');
  await expect(actions.getByLabel('Thông tin cần sửa')).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(actions.getByLabel('Giá trị mới')).toBeFocused();
  await page.keyboard.press('Control+a');
  await page.keyboard.type('0987 654 321');
  await page.keyboard.press('Tab');
  await page.keyboard.type('Ghi nhầm số điện thoại');
  await page.keyboard.press('Enter');
  await expect(actions.getByRole('status')).toHaveText('Đã ghi sửa đổi Số điện thoại.');
  await expect(actions.getByRole('region', { name: 'Lịch sử sửa đổi' })).toContainText('Số điện thoại: «0912345678» → «0987654321» — Ghi nhầm số điện thoại (Cầm Thị Mai)');
  // The record above shows the current phone, marked as corrected.
  await expect(page.locator('.register__facts')).toContainText('0987654321 (đã sửa)');
  await expect(page.locator('.register__facts')).not.toContainText('0912345678');

  // The manager's dossier: this clerk may void it only with a manager's PIN at this screen.
  await page.keyboard.press('Escape');
  await openDossier(page, managers);
  await tabTo(page, 'Hủy hồ sơ');
  await page.keyboard.press('Enter');
  await expect(actions.getByLabel('Lý do hủy')).toBeFocused();
  await page.keyboard.type('Khách nộp nhầm thủ tục');
  await page.keyboard.press('Enter');
  await expect(actions.getByRole('alert')).toContainText('cần quản lý xác nhận');
  await actions.getByLabel('Quản lý xác nhận').focus();
  await page.keyboard.press('ArrowDown');
  await expect(actions.getByLabel('Quản lý xác nhận')).toHaveValue(/.+/);
  await page.keyboard.press('Tab');
  await expect(actions.getByLabel('Mã PIN của quản lý')).toBeFocused();
  await page.keyboard.type('2468');
  await page.keyboard.press('Enter');
  await expect(actions.getByRole('status')).toContainText(`Đã hủy hồ sơ ${managers}; hoàn`);
  await expect(page.getByText('Hồ sơ đã hủy: không in lại biên nhận hay sửa thông tin được nữa.')).toBeVisible();
  await expect(actions.getByRole('button', { name: 'In lại biên nhận' })).toHaveCount(0);
});

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
