import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { expect, test } from './fixtures';

test.use({ provisioned: true });

test('keyboard only: find the criminal-record procedure without diacritics, read its checklist, print the guidance slip', async ({ page, counter }) => {
  await page.goto(counter.url);
  await page.getByLabel('Người dùng').selectOption({ label: 'Cầm Thị Mai (giao dịch viên)' });
  await page.getByLabel('Mã PIN').focus();
  await page.keyboard.type('1357');
  await page.keyboard.press('Enter');

  const search = page.getByRole('combobox', { name: 'Tìm thủ tục' });
  await expect(search).toBeFocused();
  await expect(page.getByText('Dữ liệu mẫu: danh mục này chỉ dùng để trình diễn và tập huấn')).toBeVisible();
  await page.keyboard.type('ly lich tu phap');
  const results = page.getByRole('listbox', { name: 'Kết quả tìm kiếm' });
  const title = 'Cấp Phiếu lý lịch tư pháp cho công dân Việt Nam, người nước ngoài đang cư trú tại Việt Nam';
  await expect(results.getByRole('option').first()).toHaveAccessibleName(new RegExp(`^${title} `));
  await expect(results.getByRole('option').first().locator('mark').first()).toHaveText('lý');
  await page.screenshot({ path: test.info().outputPath('lookup-results.png') });
  await page.keyboard.press('Enter');

  await expect(page.getByRole('heading', { level: 2, name: title })).toBeFocused();
  const checklist = page.getByRole('table', { name: 'Thành phần hồ sơ' });
  await expect(checklist).toBeVisible();
  await expect(checklist.getByRole('columnheader', { name: 'Bản chính' })).toBeVisible();
  await expect(checklist.getByRole('columnheader', { name: 'Bản sao' })).toBeVisible();
  await expect(checklist.getByRole('row')).not.toHaveCount(1);
  await page.screenshot({ path: test.info().outputPath('lookup-detail.png'), fullPage: true });

  // Tick the first paper as missing with the keyboard, then print.
  const firstMissing = checklist.getByRole('checkbox').first();
  const paperName = ((await firstMissing.getAttribute('aria-label')) ?? (await firstMissing.evaluate((el) => (el as HTMLInputElement).labels?.[0]?.textContent ?? ''))).replace(/^Còn thiếu: /, '');
  await firstMissing.focus();
  await page.keyboard.press('Space');
  await expect(firstMissing).toBeChecked();
  await page.getByRole('button', { name: 'In phiếu hướng dẫn' }).focus();
  const downloadPromise = page.waitForEvent('download');
  await page.keyboard.press('Enter');
  const download = await downloadPromise;
  expect(download.suggestedFilename()).toMatch(/^phieu-huong-dan-.*\.pdf$/);
  const file = test.info().outputPath(download.suggestedFilename());
  await download.saveAs(file);
  expect(readFileSync(file).subarray(0, 5).toString()).toBe('%PDF-');
  const text = execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' }).normalize('NFC').replace(/\s+/g, ' ');
  expect(text).toContain('PHIẾU HƯỚNG DẪN HOÀN THIỆN HỒ SƠ');
  expect(text).toContain('Cấp Phiếu lý lịch tư pháp cho công dân Việt Nam');
  expect(text).toContain(`1. ${paperName.replace(/\s+/g, ' ')}`);
  expect(text).toContain('Giao dịch viên: Cầm Thị Mai');
  await expect(page.getByRole('status').filter({ hasText: 'Đã tạo phiếu hướng dẫn' })).toBeVisible();

  // Escape returns to the results with the query kept and the cursor in the box.
  await page.keyboard.press('Escape');
  await expect(search).toBeFocused();
  await expect(search).toHaveValue('ly lich tu phap');
});

test('abbreviations and colloquial names find the official procedure', async ({ page, counter }) => {
  await page.goto(counter.url);
  await page.getByLabel('Người dùng').selectOption({ label: 'Cầm Thị Mai (giao dịch viên)' });
  await page.getByLabel('Mã PIN').fill('1357');
  await page.getByLabel('Mã PIN').press('Enter');
  const search = page.getByRole('combobox', { name: 'Tìm thủ tục' });
  const first = page.getByRole('listbox', { name: 'Kết quả tìm kiếm' }).getByRole('option').first();
  for (const [typed, title] of [
    ['doi GPLX', 'Đổi giấy phép lái xe'],
    ['cap doi so do', 'Cấp đổi Giấy chứng nhận quyền sử dụng đất, quyền sở hữu nhà ở và tài sản khác gắn liền với đất'],
    ['dang ky HKD', 'Đăng ký thành lập hộ kinh doanh'],
  ] as const) {
    await search.fill(typed);
    await expect(first).toHaveAccessibleName(new RegExp(`^${title} `));
  }
});
