// Handover to the one-stop department in Chromium, keyboard and a simulated scanner only (the
// scanner types the characters and presses Enter): two slips scanned into a batch, a voided one
// refused, the receiver signs, the record's PDF lists both dossiers with their papers and fees,
// and the department's dossier code is back-filled.
import AxeBuilder from '@axe-core/playwright';
import { execFileSync } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { call, scan, takeIn } from './commands';
import { signIn } from './device-setup';
import { expect, test } from './fixtures';

test.use({ provisioned: true });

test('two slips scanned into a batch (a voided one refused) → signed → the PDF lists both → a department dossier code back-filled', async ({ page, counter }, info) => {
  test.setTimeout(90_000);
  await signIn(page, counter, 'manager');
  await call(page, 'intake.configure', { s10: { service: 'RR', first: 12_345_000, last: 12_345_999 }, idempotencyKey: randomUUID() });
  const a = await takeIn(page);
  const b = await takeIn(page);
  const voided = await takeIn(page);
  await call(page, 'dossiers.void', { slipNumber: voided.slipNumber, reason: 'Nhận nhầm thủ tục', refundMethod: 'cash', idempotencyKey: randomUUID() });

  await page.keyboard.press('Alt+8');
  await expect(page.getByRole('heading', { level: 1, name: 'Bàn giao hồ sơ' })).toBeVisible();
  const missing = page.getByRole('region', { name: 'Hồ sơ nhận hôm nay chưa vào lô nào' });
  await expect(missing.getByRole('row')).toHaveCount(3); // header + a + b; the voided one is not waiting
  const field = page.getByLabel('Quét số phiếu hoặc số hiệu bưu gửi (S10)');
  await expect(field).toBeFocused();

  await scan(page, a.slipNumber);
  const batch = '360000-03-BG-' + a.slipNumber.split('-')[2] + '-001';
  await expect(page.getByText(`Đã thêm hồ sơ ${a.slipNumber} vào lô ${batch}.`)).toBeVisible();
  await expect(page.getByRole('heading', { name: `Lô bàn giao ${batch}` })).toBeVisible();
  await expect(field).toBeFocused();
  await scan(page, voided.slipNumber);
  await expect(page.getByRole('alert')).toContainText(`Hồ sơ ${voided.slipNumber} đã bị hủy, không bàn giao được.`);
  await field.fill('');
  await scan(page, b.s10);
  await expect(page.getByText(`Đã thêm hồ sơ ${b.slipNumber} vào lô ${batch}.`)).toBeVisible();
  const items = page.getByRole('table', { name: `Hồ sơ trong lô ${batch}` });
  await expect(items.getByRole('row')).toHaveCount(3);
  await expect(missing.getByText('Mọi hồ sơ nhận hôm nay đã vào lô bàn giao.')).toBeVisible();
  // The screen as the clerk sees it now passes axe (as tests/e2e/accessibility.spec.ts checks the others).
  const { violations } = await new AxeBuilder({ page }).options({ rules: { 'label-content-name-mismatch': { enabled: true } } }).analyze();
  expect(violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(' | ')}`)).toEqual([]);

  // The department's receiver signs, by keyboard.
  await page.getByLabel('Họ tên người nhận của Bộ phận Một cửa').focus();
  await page.keyboard.type('Quàng Văn Minh');
  await page.keyboard.press('Enter');
  await expect(page.getByText(/^Đã ký nhận lúc \d\d:\d\d \d\d\/\d\d\/\d{4}, người nhận Quàng Văn Minh$/).first()).toBeVisible();
  await expect(items.getByRole('row').filter({ hasText: a.slipNumber })).toContainText('đã bàn giao cho Bộ phận Một cửa');

  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Tải biên bản giao nhận (PDF)' }).press('Enter');
  const file = info.outputPath('bien-ban.pdf');
  await (await download).saveAs(file);
  const text = execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' }).normalize('NFC');
  expect(text).toContain(`Số: ${batch}`);
  for (const d of [a, b]) {
    expect(text).toContain(d.slipNumber);
    expect(text).toContain(d.s10);
  }
  expect(text).toContain('bản chính');
  expect(text).toMatch(/Phí, lệ phí thu hộ: 135\.000\s*₫/);
  expect(text).toMatch(/Tổng cộng: 2 hồ sơ; phí, lệ phí thu hộ: 270\.000\s*₫/);
  expect(text).not.toContain(voided.slipNumber);

  // Back-fill: the department's code scanned from its Form 01.
  const backfill = page.getByRole('region', { name: 'Ghi kết quả tiếp nhận của cơ quan' });
  await backfill.getByLabel('Số phiếu hoặc số hiệu bưu gửi của hồ sơ').focus();
  await page.keyboard.type(a.s10);
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  await expect(backfill.getByLabel('Mã hồ sơ của Bộ phận Một cửa')).toBeFocused();
  await scan(page, '000.00.10.H59-261127-0001');
  await expect(backfill.getByText(`Đã ghi cho hồ sơ ${a.slipNumber}: đã bàn giao cho Bộ phận Một cửa.`)).toBeVisible();
  await expect(items.getByRole('row').filter({ hasText: a.slipNumber })).toContainText('000.00.10.H59-261127-0001');
});
