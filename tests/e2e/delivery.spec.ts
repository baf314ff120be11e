// Home delivery in Chromium, keyboard and a simulated scanner only (characters then Enter): a
// result checked in for a citizen who chose home delivery is put on a round by scanning its slip,
// a failed attempt is recorded, a second one the next minute and a send-back to the agency are
// refused in the clerk's words, and the dossier goes back to the counter with a reason.
import { randomUUID } from 'node:crypto';
import { call, handOver, takeIn } from './commands';
import { signIn } from './device-setup';
import { expect, test } from './fixtures';

test.use({ provisioned: true });

test('a result goes out on a round by scanning, a failed attempt is recorded, early retries refused, back to the counter', async ({ page, counter }) => {
  test.setTimeout(120_000);
  await signIn(page, counter, 'manager');
  await call(page, 'intake.configure', { s10: { service: 'RR', first: 12_345_000, last: 12_345_999 }, idempotencyKey: randomUUID() });
  const d = await takeIn(page, { returnMethod: { kind: 'home', address: 'Số 12, đường Tô Hiệu, tỉnh Sơn La' } });
  await handOver(page, d.slipNumber);
  await call(page, 'results.checkIn', { scan: d.s10, session: `chk-${randomUUID()}`, idempotencyKey: randomUUID() });

  await page.keyboard.press('Alt+3');
  const delivery = page.getByRole('region', { name: 'Phát kết quả tận địa chỉ' });
  const row = delivery.getByRole('row').filter({ hasText: d.slipNumber });
  await expect(row).toContainText('đã nhận kết quả về bưu cục');

  // Put on a round: the slip scanned into the list, the postman typed, Enter.
  const assign = delivery.getByRole('form', { name: 'Giao vào chuyến phát' });
  await assign.getByLabel('Số phiếu hồ sơ').focus();
  await page.keyboard.type(d.slipNumber);
  await page.keyboard.press('Enter');
  await page.keyboard.press('Tab');
  await page.keyboard.type('Lò Văn Minh');
  await page.keyboard.press('Enter');
  await expect(assign.getByRole('status')).toContainText('Đã giao 1 hồ sơ vào chuyến');
  await expect(row).toContainText('đang phát tận địa chỉ');
  await expect(row).toContainText(d.s10);

  // A failed attempt: nobody home (the first reason), no note.
  const attempt = delivery.getByRole('form', { name: 'Ghi kết quả một lần phát' });
  await attempt.getByLabel('Số phiếu hồ sơ').focus();
  await page.keyboard.type(d.slipNumber);
  await page.keyboard.press('Enter');
  await expect(attempt.getByRole('status')).toContainText(`Đã ghi lần phát thứ 1 của hồ sơ ${d.slipNumber}`);
  await expect(row).toContainText('1/2');

  // Again at once: refused, naming the earliest working day.
  await attempt.getByLabel('Số phiếu hồ sơ').focus();
  await page.keyboard.type(d.slipNumber);
  await page.keyboard.press('Enter');
  await expect(attempt.getByRole('alert')).toContainText('ít nhất 2 ngày làm việc');

  // To the agency after one failure: refused. To the counter: recorded.
  const giveBack = delivery.getByRole('form', { name: 'Chuyển về quầy hoặc trả cơ quan' });
  await giveBack.getByLabel('Số phiếu hồ sơ').focus();
  await page.keyboard.type(d.slipNumber);
  await page.keyboard.press('Tab');
  await page.keyboard.press('ArrowDown'); // the agency
  await page.keyboard.press('Tab');
  await page.keyboard.type('Không gặp người nhận');
  await page.keyboard.press('Enter');
  await expect(giveBack.getByRole('alert')).toContainText('chưa được chuyển trả cơ quan');
  await giveBack.getByLabel('Chuyển đến').focus();
  await page.keyboard.press('ArrowUp'); // the counter
  await giveBack.getByLabel('Lý do').focus();
  await page.keyboard.press('Enter');
  await expect(giveBack.getByRole('status')).toContainText('đã nhận kết quả về bưu cục');
  await expect(row).toContainText('đã nhận kết quả về bưu cục');

  // The overdue lists answer for today.
  const overdue = page.getByRole('region', { name: 'Hồ sơ quá hạn' });
  await expect(overdue).toContainText('Đến ngày');
});
