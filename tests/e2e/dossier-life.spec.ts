// Issue 11's first acceptance scenario in one run, keyboard and a simulated scanner only (typed
// characters then Enter): three dossiers taken in, one found by the applicant's name without
// diacritics, by CCCD number and by scanning its S10; its receipt reprinted with a reason, its
// phone corrected; another clerk's dossier voided with the manager's PIN. Receipts go to the
// virtual ESC/POS printer over loopback TCP.
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { formatS10 } from '../../shared/identity/s10';
import { itemsOf, stitchDocument } from '../support/escpos-decoder';
import { saveJobArtifacts, VirtualPrinter, type PrintedJob } from '../support/virtual-printer';
import { scan } from './commands';
import { configurePrinter, signIn } from './device-setup';
import { expect, test } from './fixtures';
import { takeInByKeyboard } from './keyboard-intake';

test.use({ provisioned: true });

/** axe-core finds nothing serious or critical on what is on screen. */
async function expectAccessible(page: Page): Promise<void> {
  const { violations } = await new AxeBuilder({ page }).analyze();
  expect(violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
}

/** Moves focus to a button with Tab, as a clerk would. */
async function tabTo(page: Page, name: string): Promise<void> {
  const target = page.getByRole('button', { name, exact: true });
  for (let i = 0; i < 60 && !(await target.evaluate((b) => b === document.activeElement)); i++) await page.keyboard.press('Tab');
  await expect(target).toBeFocused();
}

test('intake three → find by name, CCCD and S10 scan → reprint with a reason → correct the phone → void another with the manager\'s PIN', async ({ page, counter }) => {
  test.setTimeout(180_000);
  const printer = await VirtualPrinter.start();
  try {
    const hoa = { name: 'Nguyễn Thị Hoà', id: '014190001234', phone: '0912 345 678', s10: formatS10('RR', 12345678) };
    const dinh = { name: 'Lò Văn Định', id: '014090004321', phone: '0987 654 321', s10: formatS10('RR', 12345679) };
    const sang = { name: 'Quàng Văn Sáng', id: '014090005555', phone: '0977 111 222', s10: formatS10('RR', 12345680) };

    // The manager sets the printer up and takes one dossier in; the clerk takes in the other two.
    await signIn(page, counter, 'manager');
    await configurePrinter(page, printer.uri);
    const sangSlip = await takeInByKeyboard(page, sang);
    await page.getByRole('button', { name: 'Đăng xuất' }).press('Enter');
    await signIn(page, counter, 'clerk');
    const hoaSlip = await takeInByKeyboard(page, hoa);
    const dinhSlip = await takeInByKeyboard(page, dinh);
    expect(new Set([sangSlip, hoaSlip, dinhSlip]).size).toBe(3);
    await printer.waitForJobs(3, 10_000);

    // F3 from anywhere: the search, cursor in its field; the name typed without diacritics.
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
    await page.keyboard.type(dinh.id);
    await expect(results.getByRole('option')).toHaveCount(1);
    await expect(results.getByRole('option')).toContainText('Lò Văn Định');
    await page.keyboard.press('Enter');
    await expect(page.getByRole('heading', { level: 2, name: `Hồ sơ ${dinhSlip}` })).toBeFocused();
    await page.keyboard.press('Escape');
    await page.keyboard.press('Escape');
    await expect(find).toBeHidden();

    // A scanner on the page body: the S10 label of Hoà's envelope opens her dossier directly.
    await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    await scan(page, hoa.s10);
    await expect(title).toBeFocused();
    const record = page.getByRole('region', { name: `Hồ sơ ${hoaSlip}` });
    await expect(record).toContainText('đã tiếp nhận (mã trạng thái quốc gia 2)');
    await expect(record).toContainText('CCCD 014190001234');
    await expect(record).toContainText('0912345678');
    await expect(record).toContainText('210 g (nhập tay)');
    const timeline = record.getByRole('table').last();
    await expect(timeline.getByRole('row')).toHaveText([/Thời gian/, /Nhập khối lượng bằng tay.*Cầm Thị Mai.*Lý do: Cân đang bảo trì/, /Tiếp nhận hồ sơ.*Cầm Thị Mai/, /Đã in.*Hệ thống/]);
    await expect(record).not.toContainText('{');
    await expectAccessible(page);

    // Reprint with a reason: a fourth job at the printer, carrying Hoà's slip and S10 barcodes.
    const actions = page.getByRole('region', { name: 'Thao tác với hồ sơ' });
    await tabTo(page, 'In lại biên nhận');
    await page.keyboard.press('Enter');
    await expect(actions.getByLabel('Lý do in lại')).toBeFocused();
    await page.keyboard.type('Khách làm mất biên nhận');
    await page.keyboard.press('Enter');
    await expect(actions.getByRole('status')).toHaveText('Đã gửi lệnh in lại lần 1.');
    const jobs = await printer.waitForJobs(4, 10_000);
    const [original, reprint] = [jobs[1]!, jobs[3]!];
    const codes = (job: PrintedJob) => itemsOf(job.decoded.items, 'code128').map((c) => c.data);
    expect(codes(original)).toEqual([hoaSlip, hoa.s10, hoaSlip, hoa.s10]);
    // One copy again, for the applicant.
    expect(codes(reprint)).toEqual([hoaSlip, hoa.s10]);
    // The "BẢN IN LẠI LẦN 1" mark is printed as an image (no printer font has Vietnamese): it is
    // seen as the extra line that makes the reprint taller than the applicant's original copy.
    const tall = (job: PrintedJob) => job.documents.map((d) => stitchDocument(d.items).height);
    expect(tall(reprint)).toHaveLength(1);
    expect(tall(reprint)[0]).toBeGreaterThan(tall(original)[0]!);
    for (const file of saveJobArtifacts('dossier-reprint', reprint)) await test.info().attach('reprint', { path: file, contentType: 'image/png' });

    // Correct the phone: the record shows the new number, marked as corrected.
    await tabTo(page, 'Sửa thông tin');
    await page.keyboard.press('Enter');
    await expect(actions.getByLabel('Thông tin cần sửa')).toBeFocused();
    await page.keyboard.press('Tab');
    await expect(actions.getByLabel('Giá trị mới')).toBeFocused();
    await page.keyboard.press('Control+a');
    await page.keyboard.type('0911 222 333');
    await page.keyboard.press('Tab');
    await page.keyboard.type('Ghi nhầm số điện thoại');
    await page.keyboard.press('Enter');
    await expect(actions.getByRole('status')).toHaveText('Đã ghi sửa đổi Số điện thoại.');
    await expect(actions.getByRole('region', { name: 'Lịch sử sửa đổi' })).toContainText('Số điện thoại: «0912345678» → «0911222333» — Ghi nhầm số điện thoại (Cầm Thị Mai)');
    await expect(page.locator('.register__facts')).toContainText('0911222333 (đã sửa)');
    await expect(page.locator('.register__facts')).not.toContainText('0912345678');

    // The manager's dossier, found by scanning its S10: the clerk voids it with the manager's PIN.
    await page.keyboard.press('Escape');
    await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    await scan(page, sang.s10);
    await expect(page.getByRole('heading', { level: 2, name: `Hồ sơ ${sangSlip}` })).toBeFocused();
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
    await expect(actions.getByRole('status')).toContainText(`Đã hủy hồ sơ ${sangSlip}; hoàn`);
    await expect(page.getByText('Hồ sơ đã hủy: không in lại biên nhận hay sửa thông tin được nữa.')).toBeVisible();
    await expect(actions.getByRole('button', { name: 'In lại biên nhận' })).toHaveCount(0);
    await page.screenshot({ path: test.info().outputPath('dossier-voided.png'), fullPage: true });
  } finally {
    await printer.close();
  }
});
