// Issue 12's end-to-end scenario on Alt+4: the clerk opens the drawer with a counted float, takes
// in three dossiers (cash, transfer, exempt) and voids the cash one; the X report's figures
// follow the expected-cash formula and drill down to the entries and the dossier page; the
// drawer is counted one 10,000 note short — refused without a reason, then approved by the
// manager's PIN on the same screen; the manager closes the day (provisionally: no printer took
// the receipts) and downloads the Z report as PDF and CSV, whose figures match the screen, then
// closes it again once a printer has taken the receipts; a correction after the close lands on
// the next day.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import type { Download, Page } from '@playwright/test';
import { formatDay } from '../../shared/format';
import { call, takeIn } from './commands';
import { VirtualPrinter } from '../support/virtual-printer';
import { configurePrinter, signIn } from './device-setup';
import { expect, test } from './fixtures';

test.use({ provisioned: true });

async function saved(download: Download): Promise<Buffer> {
  return readFileSync((await download.path())!);
}

/** "400.000 ₫" as the screen writes whole VND (the space before ₫ is a no-break space). */
const vnd = (amount: number) => `${new Intl.NumberFormat('vi-VN').format(amount)}\u00a0₫`;

async function openEndOfDay(page: Page): Promise<void> {
  await page.keyboard.press('Alt+4');
  await expect(page.getByRole('heading', { level: 1, name: 'Kết thúc ngày' })).toBeFocused();
}

test('float → cash, transfer, exempt and a void → X report → count one note short → reason → manager PIN → Z report PDF and CSV → late correction on the next day', async ({ page, counter }) => {
  test.setTimeout(180_000);

  // The manager gives the counter an S10 range (the intakes below take their numbers from it) and
  // sets the tolerance low, so a 10,000 đồng difference needs their PIN.
  await signIn(page, counter, 'manager');
  await call(page, 'intake.configure', { s10: { service: 'RR', first: 12_345_000, last: 12_345_999 }, idempotencyKey: crypto.randomUUID() });
  await openEndOfDay(page);
  await page.getByLabel('Chênh lệch tối đa không cần quản lý duyệt (đồng)').fill('5.000');
  await page.getByRole('button', { name: 'Lưu mức cho phép' }).press('Enter');
  await expect(page.getByRole('status').filter({ hasText: 'Đã lưu mức chênh lệch cho phép: 5.000' })).toBeVisible();
  await page.getByRole('button', { name: 'Đăng xuất' }).press('Enter');

  // The clerk counts the float with the keyboard: 20 × 10,000 and 4 × 50,000. A decimal comma is refused, not read as 15.
  await signIn(page, counter, 'clerk');
  await openEndOfDay(page);
  const drawer = page.getByRole('region', { name: 'Ngăn kéo tiền của tôi' });
  const float = drawer.getByRole('table', { name: 'Tiền đầu ca theo mệnh giá' });
  await float.getByLabel('Số tờ 50.000 đồng').focus();
  await page.keyboard.type('1,5');
  await expect(float.getByLabel('Số tờ 50.000 đồng')).toHaveAccessibleDescription('Số tờ là số nguyên: không dùng dấu phẩy hay dấu chấm.');
  await drawer.getByRole('button', { name: 'Mở ngăn kéo', exact: true }).press('Enter');
  await expect(drawer.getByRole('alert')).toHaveText('Có ô số tờ chưa đúng; sửa trước khi ghi.');
  await float.getByLabel('Số tờ 50.000 đồng').press('Control+a');
  await page.keyboard.type('4');
  await page.keyboard.press('Tab');
  await expect(float.getByLabel('Số tờ 20.000 đồng')).toBeFocused();
  await page.keyboard.press('Tab');
  await page.keyboard.type('20');
  await expect(float.getByRole('row', { name: /Tổng tiền đếm được/ })).toContainText(vnd(400_000));
  await drawer.getByRole('button', { name: 'Mở ngăn kéo', exact: true }).press('Enter');
  await expect(drawer.getByRole('status')).toHaveText(`Đã mở ngăn kéo với tiền đầu ca ${vnd(400_000)}.`);

  // Three intakes — cash, transfer, exempt — and the cash one voided, refunded in cash.
  const cash = await takeIn(page);
  const transfer = await takeIn(page, { payment: { method: 'transfer', reference: 'FT2633012345' } });
  const exempt = await takeIn(page, { feeExemptionReason: 'Người có công với cách mạng', applicantCategory: 'nguoi-co-cong', payment: { method: 'cash', tenderedVnd: 0 } });
  expect(cash.payment).toEqual({ method: 'cash', tenderedVnd: 500_000, changeVnd: 500_000 - cash.totalVnd });
  expect(exempt.totalVnd).toBe(0);
  await call(page, 'dossiers.void', { slipNumber: cash.slipNumber, reason: 'Khách đổi ý, nộp lại sau', refundMethod: 'cash', idempotencyKey: crypto.randomUUID() });

  // The X report: float + cash taken − change − refund = the float again; the transfer is listed, not counted.
  const facts = drawer.locator('.eod-formula');
  const fact = (term: string) => facts.locator('.facts__row').filter({ has: page.getByRole('term').getByText(term, { exact: true }) }).getByRole('definition');
  await expect(fact('+ Tiền mặt đã thu')).toHaveText(vnd(500_000));
  await expect(fact('− Tiền thối lại')).toHaveText(vnd(500_000 - cash.totalVnd));
  await expect(fact('− Hoàn tiền hồ sơ hủy')).toHaveText(vnd(cash.totalVnd));
  await expect(fact('Tiền mặt phải có trong ngăn kéo')).toHaveText(vnd(400_000));
  await expect(drawer.getByRole('table', { name: 'Chuyển khoản (không tính vào tiền mặt)' })).toContainText('FT2633012345');

  // Every figure drills down: Enter on the refund → its entry → the dossier page.
  await fact('− Hoàn tiền hồ sơ hủy').getByRole('button').press('Enter');
  const drill = page.getByRole('region', { name: /^Bút toán của: Hoàn tiền hồ sơ hủy/ });
  await expect(drill.getByRole('heading', { level: 2 })).toBeFocused();
  await expect(drill.getByRole('row')).toHaveCount(2);
  await expect(drill.getByRole('row').nth(1)).toContainText('Hủy hồ sơ');
  await drill.getByRole('button', { name: `Mở hồ sơ ${cash.slipNumber}` }).press('Enter');
  await expect(page.getByRole('heading', { level: 2, name: `Hồ sơ ${cash.slipNumber}` })).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(page.getByRole('heading', { level: 2, name: `Hồ sơ ${cash.slipNumber}` })).toBeHidden();
  // Escape in the list closes it and puts the cursor back on the figure.
  await drill.getByRole('button', { name: `Mở hồ sơ ${cash.slipNumber}` }).focus();
  await page.keyboard.press('Escape');
  await expect(drill).toBeHidden();
  await expect(fact('− Hoàn tiền hồ sơ hủy').getByRole('button')).toBeFocused();

  // The count, one 10,000 note short: the difference shows at once; no reason → refused.
  const close = drawer.getByRole('form', { name: 'Đếm và đóng ngăn kéo' });
  await close.getByLabel('Số tờ 50.000 đồng').focus();
  await page.keyboard.type('4');
  await close.getByLabel('Số tờ 10.000 đồng').focus();
  await page.keyboard.type('19');
  await expect(close.getByRole('row', { name: /Chênh lệch/ })).toContainText(`−${vnd(10_000)}`);
  await expect(close.getByRole('group', { name: /vượt mức cho phép/ })).toBeVisible();
  await close.getByRole('button', { name: 'Đóng ngăn kéo', exact: true }).press('Enter');
  await expect(close.getByRole('alert')).toContainText('Hãy ghi lý do chênh lệch trước khi đóng ngăn kéo.');
  await close.getByLabel('Lý do chênh lệch').fill('Thối nhầm cho khách một tờ 10.000');
  await close.getByRole('button', { name: 'Đóng ngăn kéo', exact: true }).press('Enter');
  await expect(close.getByRole('alert')).toContainText('cần quản lý duyệt');
  await close.getByLabel('Quản lý duyệt').selectOption({ label: 'Lò Văn Hùng' });
  await close.getByLabel('Mã PIN của quản lý').fill('2468');
  await close.getByRole('button', { name: 'Đóng ngăn kéo', exact: true }).press('Enter');
  await expect(drawer.getByRole('status')).toHaveText(
    `Đã đóng ngăn kéo: đếm được ${vnd(390_000)}, theo sổ ${vnd(400_000)}, chênh lệch −${vnd(10_000)}. Quản lý duyệt: Lò Văn Hùng.`,
  );
  await page.getByRole('button', { name: 'Đăng xuất' }).press('Enter');

  // The manager closes the day: receipts still wait for a printer, so only provisionally.
  await signIn(page, counter, 'manager');
  await openEndOfDay(page);
  const report = page.getByRole('region', { name: 'Báo cáo trong ngày' });
  const cashTable = report.getByRole('table', { name: 'Tiền mặt theo ngăn kéo' });
  await expect(cashTable.getByRole('row', { name: /Cầm Thị Mai/ })).toContainText(`−${vnd(10_000)} (Thối nhầm cho khách một tờ 10.000)`);
  const zClose = page.getByRole('region', { name: 'Chốt ngày (báo cáo Z)' });
  const { day } = await call(page, 'day.xReport', {});
  await zClose.getByRole('button', { name: `Chốt ngày ${formatDay(day)}` }).press('Enter');
  await expect(zClose.getByRole('alert')).toContainText('Chỉ có thể chốt sổ tạm');
  await zClose.getByLabel(/Chốt tạm/).check();
  await zClose.getByRole('button', { name: `Chốt ngày ${formatDay(day)}` }).press('Enter');
  await expect(zClose.getByRole('status')).toHaveText(`Đã chốt tạm ngày ${formatDay(day)}: báo cáo Z số 1 (TẠM).`);
  await expect(report.getByText('Tạm', { exact: true })).toBeVisible();
  await expect(report).toContainText(`Báo cáo Z số 1 ngày ${formatDay(day)}`);

  // The Z report's PDF holds the totals and the difference.
  const [pdf] = await Promise.all([page.waitForEvent('download'), zClose.getByRole('button', { name: 'Tải báo cáo Z (PDF)' }).press('Enter')]);
  const text = execFileSync('pdftotext', ['-layout', '-', '-'], { input: await saved(pdf) }).toString('utf8');
  expect(text).toContain('400.000');
  expect(text).toContain('390.000');
  expect(text).toMatch(/[−-]\s?10\.000/);
  expect(text).toContain(transfer.slipNumber);

  // The same figures in the CSV tables (whole VND, UTF-8 with a byte-order mark).
  const downloads: Download[] = [];
  page.on('download', (d) => downloads.push(d));
  await zClose.getByRole('button', { name: 'Tải bảng kê (CSV)' }).press('Enter');
  await expect.poll(() => downloads.length).toBeGreaterThan(1);
  const csv = await Promise.all(downloads.map(async (d) => ({ name: d.suggestedFilename(), bytes: await saved(d) })));
  for (const f of csv) expect(f.bytes.subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
  const all = csv.map((f) => f.bytes.toString('utf8')).join('\n');
  expect(all).toContain('400000');
  expect(all).toContain('390000');
  expect(all).toContain('-10000');
  expect(all).toContain('FT2633012345');

  // Once a printer has taken the waiting receipts, the manager closes the day again: the same Z
  // report number, re-issued, no longer provisional.
  const printer = await VirtualPrinter.start();
  try {
    await configurePrinter(page, printer.uri);
    await printer.waitForJobs(3, 15_000);
  } finally {
    await printer.close();
  }
  await openEndOfDay(page);
  await zClose.getByLabel(/Chốt tạm/).uncheck();
  await zClose.getByRole('button', { name: `Chốt lại ngày ${formatDay(day)}` }).press('Enter');
  await expect(zClose.getByRole('status')).toHaveText(`Đã chốt ngày ${formatDay(day)}: báo cáo Z số 1.`);
  await expect(report).toContainText(`Báo cáo Z số 1 ngày ${formatDay(day)}`);
  await expect(report.getByText('Tạm', { exact: true })).toHaveCount(0);

  // After the close, a correction of the transfer dossier's phone lands on the next day, naming the closed one.
  await call(page, 'dossiers.correct', { slipNumber: transfer.slipNumber, reason: 'Ghi nhầm số', change: { field: 'phone', value: '0911 222 333' }, idempotencyKey: crypto.randomUUID() });
  const next = new Date(`${day}T00:00:00Z`);
  next.setUTCDate(next.getUTCDate() + 1);
  const nextDay = next.toISOString().slice(0, 10);
  await page.getByLabel('Ngày báo cáo').fill(nextDay);
  await page.getByRole('button', { name: 'Xem', exact: true }).press('Enter');
  await expect(report).toContainText(`Báo cáo X ngày ${formatDay(nextDay)}`);
  const late = report.getByRole('table', { name: 'Bút toán thuộc ngày đã chốt' });
  const corrected = late.getByRole('row').filter({ hasText: 'Sửa thông tin hồ sơ' });
  await expect(corrected).toHaveCount(1);
  await expect(corrected).toContainText(transfer.slipNumber);
  // Its "belongs to" column names the closed day.
  await expect(corrected.getByRole('cell').nth(4)).toHaveText(formatDay(day));
});

test("cash paid out with a reason → the expected cash falls → the manager counts and closes the clerk's drawer from the report → the screen in English", async ({ page, counter }) => {
  test.setTimeout(120_000);
  await signIn(page, counter, 'clerk');
  await call(page, 'drawer.open', { count: [{ valueVnd: 50_000, coin: false, count: 10 }], idempotencyKey: crypto.randomUUID() });
  await openEndOfDay(page);
  const drawer = page.getByRole('region', { name: 'Ngăn kéo tiền của tôi' });
  const move = drawer.getByRole('form', { name: 'Nộp hoặc bổ sung tiền' });
  // A decimal comma in an amount is refused on the screen, never read as 15 or 1.5 đồng.
  await move.getByLabel('Số tiền (đồng)').fill('1,5');
  await move.getByLabel('Lý do').fill('Nộp ngân hàng');
  await move.getByRole('button', { name: 'Ghi nộp/bổ sung' }).press('Enter');
  await expect(move.getByRole('alert')).toHaveText('Số tiền là số đồng nguyên, ví dụ 500000.');
  await expect(move.getByLabel('Số tiền (đồng)')).toHaveAttribute('aria-invalid', 'true');
  await move.getByLabel('Số tiền (đồng)').fill('200.000');
  await move.getByRole('button', { name: 'Ghi nộp/bổ sung' }).press('Enter');
  await expect(move.getByRole('status')).toHaveText(`Đã ghi rút ${vnd(200_000)} khỏi ngăn kéo.`);
  const fact = (term: string) => drawer.locator('.facts__row').filter({ has: page.getByRole('term').getByText(term, { exact: true }) }).getByRole('definition');
  await expect(fact('− Tiền nộp/rút ra')).toHaveText(vnd(200_000));
  await expect(fact('Tiền mặt phải có trong ngăn kéo')).toHaveText(vnd(300_000));
  await fact('− Tiền nộp/rút ra').getByRole('button').click();
  await expect(page.getByRole('region', { name: /^Bút toán của: Tiền nộp\/rút ra/ }).getByRole('row').nth(1)).toContainText('Nộp/rút tiền ngăn kéo');
  await page.getByRole('button', { name: 'Đăng xuất' }).press('Enter');

  // The manager closes the clerk's drawer from the report, the count matching the ledger.
  await signIn(page, counter, 'manager');
  await openEndOfDay(page);
  const row = page.getByRole('table', { name: 'Tiền mặt theo ngăn kéo' }).getByRole('row', { name: /Cầm Thị Mai/ });
  await expect(row).toContainText('Đang mở');
  await row.getByRole('button', { name: 'Đếm và đóng ngăn kéo' }).press('Enter');
  const close = page.getByRole('form', { name: 'Đếm và đóng ngăn kéo của Cầm Thị Mai' });
  await close.getByLabel('Số tờ 50.000 đồng').fill('6');
  await expect(close.getByRole('row', { name: /Chênh lệch/ })).toContainText(vnd(0));
  // A manager approves by closing: no PIN asked for.
  await expect(close.getByLabel('Mã PIN của quản lý')).toHaveCount(0);
  await close.getByRole('button', { name: 'Đóng ngăn kéo', exact: true }).press('Enter');
  await expect(page.getByRole('status').filter({ hasText: 'Đã đóng ngăn kéo' })).toHaveText(`Đã đóng ngăn kéo: đếm được ${vnd(300_000)}, theo sổ ${vnd(300_000)}, chênh lệch ${vnd(0)}.`);
  await expect(row).toContainText('Đã đóng');

  // The same screen in English.
  await page.getByRole('button', { name: 'English' }).click();
  await expect(page.getByRole('region', { name: 'My cash drawer' })).toBeVisible();
  await expect(page.getByRole('table', { name: 'Cash by drawer' }).getByRole('row', { name: /Cầm Thị Mai/ })).toContainText('Closed');
});
