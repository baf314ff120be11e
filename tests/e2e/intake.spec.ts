// The counter's main job in Chromium: a manager sets up the scale and the receipt printer, then
// a clerk looks a procedure up, takes the dossier in, is paid in cash, and saves and prints. The
// receipt arrives at the virtual ESC/POS printer over loopback TCP.
import { execFileSync } from 'node:child_process';
import type { Page } from '@playwright/test';
import { parseS10 } from '../../shared/identity/s10';
import { parseSlipNumber } from '../../shared/identity/slip-number';
import { itemsOf } from '../support/escpos-decoder';
import { saveJobArtifacts, VirtualPrinter } from '../support/virtual-printer';
import { configurePrinter, configureScale, signIn, withScale } from './device-setup';
import { expect, test } from './fixtures';

test.use({ provisioned: true });

const applicantName = 'Nguyễn Thị Hoà';
const label = 'RR123456785VN';

/** As the signed-in clerk: looks the procedure up without diacritics and fills the intake form up to the summary. */
async function takeIn(page: Page, weigh: (region: ReturnType<Page['getByRole']>) => Promise<void>): Promise<void> {
  await page.keyboard.press('Alt+1');
  await page.getByRole('combobox', { name: 'Tìm thủ tục' }).fill('doi giay phep lai xe');
  await expect(page.getByRole('listbox', { name: 'Kết quả tìm kiếm' }).getByRole('option').first()).toHaveAccessibleName(/^Đổi giấy phép lái xe /);
  await page.keyboard.press('Enter');
  await page.getByRole('button', { name: 'Bắt đầu tiếp nhận' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Tiếp nhận hồ sơ' })).toBeVisible();
  await expect(page.getByRole('heading', { level: 3, name: 'Đổi giấy phép lái xe' })).toBeVisible();

  // Every paper on the checklist is handed in.
  const boxes = page.getByRole('table', { name: 'Thành phần hồ sơ' }).getByRole('checkbox');
  await expect(boxes).toHaveCount(4);
  await expect(page.getByText('Còn thiếu 4 giấy tờ bắt buộc', { exact: true })).toBeVisible();
  for (const box of await boxes.all()) await box.check();
  await expect(page.getByText('Đã nộp đủ giấy tờ bắt buộc.')).toBeVisible();

  // The applicant; the name typed in decomposed form, as some keyboards send it.
  const sender = page.getByRole('region', { name: 'Người gửi' });
  await sender.getByLabel('Họ và tên').fill(applicantName.normalize('NFD'));
  await sender.getByLabel('Số giấy tờ').fill('014190001234');
  await sender.getByLabel('Số điện thoại').fill('0912 345 678');
  await sender.getByLabel('Địa chỉ', { exact: true }).fill('Tổ 3, phường Chiềng Lề, tỉnh Sơn La');

  // The envelope weighed; its pre-printed S10 label scanned, misread once.
  const weight = page.getByRole('region', { name: 'Khối lượng bì hồ sơ' });
  await weigh(weight);
  await weight.getByLabel('Số hiệu bưu gửi (S10)').fill('RR123456784VN');
  await page.getByRole('button', { name: 'Xem lại trước khi lưu' }).click();
  await expect(weight.getByText('Số hiệu bưu gửi sai chữ số kiểm tra')).toBeVisible();
  await weight.getByLabel('Số hiệu bưu gửi (S10)').fill(label);

  await page.getByRole('region', { name: 'Thanh toán' }).getByLabel('Tiền khách đưa (đồng)').fill('500000');
  await page.getByRole('button', { name: 'Xem lại trước khi lưu' }).click();
  await expect(page.getByRole('heading', { name: 'Tóm tắt hồ sơ' })).toBeFocused();
}

test('look up → intake with the scale → cash → "Lưu và in" three times: one dossier, one receipt whose barcodes match the screen', async ({ page, counter }) => {
  test.setTimeout(90_000);
  const printer = await VirtualPrinter.start();
  try {
    await withScale(async (pair, sim) => {
      sim.script = { kind: 'stable', grams: 245 };
      await signIn(page, counter, 'manager');
      await configureScale(page, pair);
      await configurePrinter(page, printer.uri);
      await page.getByRole('button', { name: 'Đăng xuất' }).click();
      await signIn(page, counter, 'clerk');

      await takeIn(page, async (weight) => {
        await expect(weight.getByRole('status', { name: 'Khối lượng trên cân' })).toContainText('245 g');
        await weight.getByRole('button', { name: 'Ghi khối lượng từ cân' }).click();
        await expect(weight.getByText('Đã ghi: 245 g')).toBeVisible();
      });
      const summaryDate = await page.getByRole('region', { name: 'Xem lại' }).getByText(/\d{2}\/\d{2}\/\d{4}/).first().textContent();
      await page.screenshot({ path: test.info().outputPath('intake-summary.png'), fullPage: true });

      // A clerk in a hurry presses three times before the screen changes.
      await page.getByRole('button', { name: 'Lưu và in' }).evaluate((button: HTMLButtonElement) => {
        button.click();
        button.click();
        button.click();
      });

      const done = page.getByRole('region', { name: 'Đã nhận hồ sơ' });
      await expect(done).toBeVisible();
      const slip = (await done.getByLabel('Số phiếu').textContent())!.trim();
      expect(parseSlipNumber(slip)).toMatchObject({ officeCode: '360000', counterNumber: 3 });
      await expect(done.getByLabel('Số hiệu bưu gửi')).toHaveText(label);
      const dueDate = (await done.getByLabel('Ngày hẹn trả kết quả').textContent())!.trim();
      expect(summaryDate).toContain(dueDate);
      await expect(done.getByLabel('Trạng thái in')).toHaveText('Đã in', { timeout: 15_000 });
      await page.screenshot({ path: test.info().outputPath('intake-done.png'), fullPage: true });

      // The paper: the slip number and S10 as native Code128, the QR, two copies cut apart.
      const [job] = await printer.waitForJobs(1, 10_000);
      const codes = itemsOf(job!.decoded.items, 'code128').map((c) => c.data);
      expect(codes).toEqual([slip, label, slip, label]);
      expect(parseS10(codes[1]!)).toMatchObject({ ok: true });
      expect(itemsOf(job!.decoded.items, 'qr')[0]!.data).toMatch(new RegExp(`^${slip}\\|${label}\\|[0-9a-f]{16}$`));
      expect(itemsOf(job!.decoded.items, 'cut')).toHaveLength(2);
      expect(itemsOf(job!.decoded.items, 'unknown')).toEqual([]);
      for (const file of saveJobArtifacts('intake-receipt', job!)) await test.info().attach('receipt', { path: file, contentType: 'image/png' });

      // The PDF, for an office printer or the applicant's e-mail.
      const downloadPromise = page.waitForEvent('download');
      await done.getByRole('button', { name: 'Tải phiếu PDF' }).click();
      const file = test.info().outputPath('receipt.pdf');
      await (await downloadPromise).saveAs(file);
      const text = execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' }).normalize('NFC');
      expect(text).toContain(applicantName);
      expect(text).toContain(dueDate);
      expect(text).toContain(slip);

      // Three presses, one dossier and one print.
      await page.waitForTimeout(1000);
      expect(printer.jobs).toHaveLength(1);
      await expect(page.getByRole('region', { name: 'Hồ sơ đã nhận hôm nay' }).getByText(slip)).toHaveCount(1);
    });
  } finally {
    await printer.close();
  }
});

test('out of paper: the receipt waits, the status bar says so, and it prints once when the roll is changed', async ({ page, counter }) => {
  test.setTimeout(90_000);
  const printer = await VirtualPrinter.start();
  try {
    await signIn(page, counter, 'manager');
    await configurePrinter(page, printer.uri);
    await page.getByRole('button', { name: 'Đăng xuất' }).click();
    await signIn(page, counter, 'clerk');
    printer.setMode('paperOut');

    await takeIn(page, async (weight) => {
      await weight.getByRole('button', { name: 'Nhập tay', exact: true }).click();
      await weight.getByLabel('Khối lượng (gam)').fill('310');
      await weight.getByLabel('Lý do nhập tay').fill('Cân đang bảo trì');
      await weight.getByRole('button', { name: 'Ghi khối lượng nhập tay' }).click();
      await expect(weight.getByText('Đã ghi: 310 g (nhập tay)')).toBeVisible();
    });
    await page.getByRole('button', { name: 'Lưu và in' }).click();

    const done = page.getByRole('region', { name: 'Đã nhận hồ sơ' });
    await expect(done.getByLabel('Trạng thái in')).toHaveText('Đang chờ máy in: hết giấy', { timeout: 15_000 });
    const bar = page.getByRole('contentinfo');
    await expect(bar).toContainText('Máy in: hết giấy');
    await expect(bar).toContainText('1 phiếu đang chờ');
    expect(printer.jobs).toHaveLength(0);

    printer.setMode('ready');
    await expect(done.getByLabel('Trạng thái in')).toHaveText('Đã in', { timeout: 15_000 });
    await expect(bar).toContainText('Máy in: sẵn sàng');
    await page.waitForTimeout(1000);
    expect(printer.jobs).toHaveLength(1);
    const slip = (await done.getByLabel('Số phiếu').textContent())!.trim();
    expect(itemsOf(printer.jobs[0]!.decoded.items, 'code128').map((c) => c.data)).toEqual([slip, label, slip, label]);
  } finally {
    await printer.close();
  }
});

/** Presses Tab (Shift+Tab with `back`) until `target` has the focus, as a keyboard user would; fails if it is not reachable. */
async function tabTo(page: Page, target: ReturnType<Page['getByRole']>, back = false): Promise<void> {
  for (let i = 0; i < 80; i++) {
    if (await target.evaluate((el) => el === document.activeElement).catch(() => false)) return;
    await page.keyboard.press(back ? 'Shift+Tab' : 'Tab');
  }
  throw new Error(`not reachable by ${back ? 'Shift+Tab' : 'Tab'}: ${String(target)}`);
}

test('keyboard only: a dossier taken in without the mouse, the label scanned as keystrokes', async ({ page, counter }) => {
  test.setTimeout(90_000);
  await signIn(page, counter, 'clerk');
  await page.keyboard.press('Alt+2');
  await expect(page.getByRole('combobox', { name: 'Tìm thủ tục' })).toBeFocused();
  await page.keyboard.type('doi gplx');
  await expect(page.getByRole('listbox', { name: 'Kết quả tìm kiếm' }).getByRole('option').first()).toHaveAccessibleName(/^Đổi giấy phép lái xe /);
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 3, name: 'Đổi giấy phép lái xe' })).toBeFocused();

  for (const box of await page.getByRole('table', { name: 'Thành phần hồ sơ' }).getByRole('checkbox').all()) {
    await tabTo(page, box);
    await page.keyboard.press('Space');
    await expect(box).toBeChecked();
  }
  const sender = page.getByRole('region', { name: 'Người gửi' });
  for (const [label, text] of [
    ['Họ và tên', 'Lò Văn Pản'],
    ['Số giấy tờ', '840088001234'],
    ['Số điện thoại', '0365 123 456'],
  ] as const) {
    await tabTo(page, sender.getByLabel(label));
    await page.keyboard.type(text);
  }
  // Born abroad: a country code (840) where the province code usually stands is asked about, not refused.
  const abroad = sender.getByText('không phải mã tỉnh mà là mã quốc gia (USA)', { exact: false });
  await expect(abroad).toBeVisible();
  const confirm = sender.getByRole('checkbox', { name: /^Đã kiểm tra số trên thẻ/ });
  await tabTo(page, confirm, true);
  await page.keyboard.press('Space');
  await expect(confirm).toBeChecked();
  await expect(abroad).toHaveCount(0);
  await tabTo(page, sender.getByLabel('Địa chỉ', { exact: true }));
  await page.keyboard.type('Bản Mòng, xã Chiềng Mung, tỉnh Sơn La');

  const weight = page.getByRole('region', { name: 'Khối lượng bì hồ sơ' });
  await tabTo(page, weight.getByRole('button', { name: 'Nhập tay', exact: true }));
  await page.keyboard.press('Enter');
  await tabTo(page, weight.getByLabel('Khối lượng (gam)'));
  // 2,5 with the Vietnamese decimal comma: refused, naming what was typed (it was once recorded as 25 g).
  await page.keyboard.type('2,5');
  await tabTo(page, weight.getByLabel('Lý do nhập tay'));
  await page.keyboard.type('Chưa lắp cân');
  await page.keyboard.press('Enter');
  await expect(weight.getByText('Nhập số gam nguyên, không có dấu phẩy hay dấu chấm (đã nhập «2,5»)').first()).toBeVisible();
  await expect(weight.getByText('Chưa ghi khối lượng bì hồ sơ.')).toBeVisible();
  await tabTo(page, weight.getByLabel('Khối lượng (gam)'), true);
  await page.keyboard.press('Control+A');
  await page.keyboard.type('150');
  await page.keyboard.press('Enter');
  await expect(weight.getByText('Đã ghi: 150 g (nhập tay)')).toBeVisible();
  // A barcode scanner is a keyboard: the characters, then Enter.
  await tabTo(page, weight.getByLabel('Số hiệu bưu gửi (S10)'));
  await page.keyboard.type(label.toLowerCase());
  await page.keyboard.press('Enter');
  await expect(page.getByLabel('Miễn phí, lệ phí')).toBeFocused();

  // Too little cash: the summary still comes, and says what is missing.
  const tendered = page.getByLabel('Tiền khách đưa (đồng)');
  await tabTo(page, tendered);
  await page.keyboard.type('100000');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: 'Tóm tắt hồ sơ' })).toBeFocused();
  await expect(page.getByRole('status', { name: 'Tiền thừa' })).toContainText('thiếu');
  await tabTo(page, tendered, true);
  await page.keyboard.press('Control+A');
  await page.keyboard.type('500000');
  await expect(page.getByRole('status', { name: 'Tiền thừa' })).toHaveText(/^\d{3}\.000\s₫$/);
  await tabTo(page, page.getByRole('button', { name: 'Lưu và in' }));
  await page.keyboard.press('Enter');

  const done = page.getByRole('region', { name: 'Đã nhận hồ sơ' });
  await expect(done.getByLabel('Số phiếu')).toHaveText(/^360000-03-\d{6}-0001[0-9A-Z]$/);
  await expect(done.getByLabel('Số hiệu bưu gửi')).toHaveText(label);
  await expect(done.getByLabel('Trạng thái in')).toContainText('Chưa cấu hình máy in');
  await tabTo(page, done.getByRole('button', { name: 'Nhận hồ sơ mới' }));
  await page.keyboard.press('Enter');
  await expect(page.getByRole('combobox', { name: 'Tìm thủ tục' })).toBeFocused();
});
