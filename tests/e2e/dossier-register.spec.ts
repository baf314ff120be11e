// The dossier register in Chromium, keyboard and a simulated scanner only: two dossiers taken
// in, then one found by the applicant's name typed without diacritics, by CCCD number, and by
// scanning its S10 (fast characters then Enter, focus on no field); its page shows the record and
// the timeline of what happened to it.
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { formatS10 } from '../../shared/identity/s10';
import { signIn } from './device-setup';
import { expect, test } from './fixtures';

test.use({ provisioned: true });

/** axe-core finds nothing serious or critical on what is on screen. */
async function expectAccessible(page: Page): Promise<void> {
  const { violations } = await new AxeBuilder({ page }).analyze();
  expect(violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
}

/** As the signed-in clerk: one dossier for "Đổi giấy phép lái xe", weighed by hand, paid in cash. */
async function takeIn(page: Page, a: { name: string; id: string; phone: string; s10: string }): Promise<string> {
  await page.keyboard.press('Alt+1');
  // The lookup comes back on the procedure last opened: back to its results first.
  const back = page.getByRole('button', { name: 'Quay lại kết quả' });
  if (await back.isVisible()) await back.press('Enter');
  const search = page.getByRole('combobox', { name: 'Tìm thủ tục' });
  await search.fill('doi giay phep lai xe');
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
  await sender.getByLabel('Họ và tên').fill(a.name);
  await sender.getByLabel('Số giấy tờ').fill(a.id);
  await sender.getByLabel('Số điện thoại').fill(a.phone);
  await sender.getByLabel('Địa chỉ', { exact: true }).fill('Tổ 3, phường Chiềng Lề, tỉnh Sơn La');
  const weight = page.getByRole('region', { name: 'Khối lượng bì hồ sơ' });
  await weight.getByRole('button', { name: 'Nhập tay', exact: true }).press('Enter');
  await weight.getByLabel('Khối lượng (gam)').fill('210');
  await weight.getByLabel('Lý do nhập tay').fill('Cân đang bảo trì');
  await weight.getByRole('button', { name: 'Ghi khối lượng nhập tay' }).press('Enter');
  await expect(weight.getByText('Đã ghi: 210 g (nhập tay)')).toBeVisible();
  await weight.getByLabel('Số hiệu bưu gửi (S10)').fill(a.s10);
  await page.getByRole('region', { name: 'Thanh toán' }).getByLabel('Tiền khách đưa (đồng)').fill('500000');
  await page.getByRole('button', { name: 'Xem lại trước khi lưu' }).press('Enter');
  await expect(page.getByRole('heading', { name: 'Tóm tắt hồ sơ' })).toBeFocused();
  await page.getByRole('button', { name: 'Lưu và in' }).press('Enter');
  const done = page.getByRole('region', { name: 'Đã nhận hồ sơ' });
  await expect(done).toBeVisible();
  return (await done.getByLabel('Số phiếu').textContent())!.trim();
}

test('find a dossier by name without diacritics, by CCCD and by scanning its S10; its page shows the record and timeline', async ({ page, counter }) => {
  test.setTimeout(120_000);
  await signIn(page, counter, 'clerk');
  const hoa = { name: 'Nguyễn Thị Hoà', id: '014190001234', phone: '0912 345 678', s10: formatS10('RR', 12345678) };
  const dinh = { name: 'Lò Văn Định', id: '014090004321', phone: '0987 654 321', s10: formatS10('RR', 12345679) };
  const hoaSlip = await takeIn(page, hoa);
  const dinhSlip = await takeIn(page, dinh);
  expect(dinhSlip).not.toBe(hoaSlip);

  // F3 from anywhere: the search, cursor in its field.
  await page.keyboard.press('F3');
  const find = page.getByRole('combobox', { name: 'Số phiếu, S10, tên người nộp, số giấy tờ hoặc điện thoại' });
  await expect(find).toBeFocused();
  const results = page.getByRole('listbox', { name: 'Hồ sơ tìm được' });
  await page.keyboard.type('hoa nguyen');
  await expect(results.getByRole('option')).toHaveCount(1);
  await expect(results.getByRole('option')).toContainText('Nguyễn Thị Hoà');
  await expect(page.getByRole('status').filter({ hasText: 'Tìm theo tên người nộp' })).toContainText('1 hồ sơ');
  await expectAccessible(page);
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
  const title = page.getByRole('heading', { level: 2, name: `Hồ sơ ${hoaSlip}` });
  await expect(title).toBeFocused();

  // Back to the list (Esc), then by CCCD number.
  await page.keyboard.press('Escape');
  await expect(find).toBeFocused();
  await page.keyboard.press('Control+A');
  await page.keyboard.type('014090004321');
  await expect(results.getByRole('option')).toHaveCount(1);
  await expect(results.getByRole('option')).toContainText('Lò Văn Định');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 2, name: `Hồ sơ ${dinhSlip}` })).toBeFocused();
  await page.keyboard.press('Escape');
  await page.keyboard.press('Escape');
  await expect(find).toBeHidden();

  // A scanner on the page body: the S10 label of Hoà's envelope opens her dossier directly.
  await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
  await page.keyboard.type(hoa.s10);
  await page.keyboard.press('Enter');
  await expect(title).toBeFocused();
  const record = page.getByRole('region', { name: `Hồ sơ ${hoaSlip}` });
  await expect(record).toContainText('đã tiếp nhận (mã trạng thái quốc gia 2)');
  await expect(record).toContainText('CCCD 014190001234');
  await expect(record).toContainText('0912345678');
  await expect(record).toContainText('210 g (nhập tay)');
  const timeline = record.getByRole('table').last();
  await expect(timeline.getByRole('row')).toHaveText([/Thời gian/, /Nhập khối lượng bằng tay.*Cầm Thị Mai.*Lý do: Cân đang bảo trì/, /Tiếp nhận hồ sơ.*Cầm Thị Mai/]);
  await expect(record).not.toContainText('{');
  await expectAccessible(page);
  await page.screenshot({ path: test.info().outputPath('dossier-page.png'), fullPage: true });
});
