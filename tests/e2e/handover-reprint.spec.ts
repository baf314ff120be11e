// Reprinting a signed batch's thermal summary from the handover screen, keyboard only: the
// button opens the reason field focused, Enter with no reason is refused in place, Escape closes
// the form and gives focus back, and a reason sends reprint 1 then reprint 2 to the printer.
import { randomUUID } from 'node:crypto';
import { call, takeIn } from './commands';
import { signIn } from './device-setup';
import { expect, test } from './fixtures';

test.use({ provisioned: true });

test('a signed batch: "In lại bản tóm tắt" with a reason, by keyboard; no reason refused', async ({ page, counter }) => {
  test.setTimeout(90_000);
  await signIn(page, counter, 'manager');
  await call(page, 'intake.configure', { s10: { service: 'RR', first: 12_345_000, last: 12_345_999 }, idempotencyKey: randomUUID() });
  const dossier = await takeIn(page);
  const { batchNumber } = await call(page, 'handover.add', { batchNumber: null, scan: dossier.slipNumber, idempotencyKey: randomUUID() });
  await call(page, 'handover.sign', { batchNumber, receiverName: 'Quàng Văn Minh', idempotencyKey: randomUUID() });

  await page.keyboard.press('Alt+8');
  await expect(page.getByRole('heading', { level: 1, name: 'Bàn giao hồ sơ' })).toBeVisible();
  await page.getByRole('button', { name: `Mở lô ${batchNumber}` }).focus();
  await page.keyboard.press('Enter');
  const reprint = page.getByRole('button', { name: 'In lại bản tóm tắt' });
  await reprint.focus();
  await page.keyboard.press('Enter');
  const reason = page.getByLabel('Lý do in lại');
  await expect(reason).toBeFocused();

  // No reason: refused in place, nothing sent.
  await page.keyboard.press('Enter');
  await expect(page.getByRole('form', { name: 'In lại bản tóm tắt' }).getByRole('alert')).toHaveText('Dữ liệu không hợp lệ — Lý do: Không được để trống.');
  await expect(reason).toHaveAttribute('aria-invalid', 'true');
  // Escape closes the form only and gives the focus back to its button.
  await page.keyboard.press('Escape');
  await expect(reason).toHaveCount(0);
  await expect(reprint).toBeFocused();

  await page.keyboard.press('Enter');
  await page.keyboard.type('Bản tóm tắt bị rách');
  await page.keyboard.press('Enter');
  await expect(page.getByText('Đã gửi bản tóm tắt in lại lần 1 tới máy in.')).toBeVisible();
  await expect(reprint).toBeFocused();
  await page.keyboard.press('Enter');
  await page.keyboard.type('Cơ quan xin thêm một bản');
  await page.keyboard.press('Enter');
  await expect(page.getByText('Đã gửi bản tóm tắt in lại lần 2 tới máy in.')).toBeVisible();
});
