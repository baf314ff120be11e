// The office view in Chromium: counter 4 of the same post office exports its day file from the
// console; the manager of counter 3 imports it on Alt+4 and sees both counters and the office's
// total; the same file changed by hand is refused with the reason; this counter's own day file
// downloads, signed.
import AxeBuilder from '@axe-core/playwright';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { signIn } from './device-setup';
import { counterCli, expect, test } from './fixtures';
import { formatDay } from '../../shared/format';

test.use({ provisioned: true });

/** Today in the counter's time zone, as the console's day argument. */
const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Ho_Chi_Minh' }).format(new Date());

test("another counter's signed day file imported → both counters and the office's total; a changed file refused; this counter's file downloaded", async ({ page, counter }) => {
  test.setTimeout(120_000);
  const dir = mkdtempSync(join(tmpdir(), 'office-e2e-'));
  const other = join(dir, 'counter4');
  counterCli(other, ['init', '--office-code', '360000', '--office-name', 'Bưu điện tỉnh Sơn La', '--counter', '4', '--province', 'Sơn La', '--manager-name', 'Hà Thị Lan'], '8642\n');
  const file = join(dir, 'quay4.json');
  counterCli(other, ['office', 'export', today, '--out', file]);
  const changed = join(dir, 'quay4-sua.json');
  const body = JSON.parse(readFileSync(file, 'utf8'));
  body.body.report.cash.expectedVnd += 50_000;
  writeFileSync(changed, JSON.stringify(body));

  await signIn(page, counter, 'manager');
  await page.keyboard.press('Alt+4');
  const office = page.getByRole('region', { name: 'Số liệu cả bưu cục' });
  await expect(office.getByRole('table', { name: 'Số liệu cả bưu cục' })).toBeVisible();

  const input = office.getByLabel('Nhập tệp số liệu ngày của quầy khác');
  await input.setInputFiles(changed);
  await expect(office.getByRole('alert')).toContainText('Tệp số liệu ngày đã bị sửa sau khi quầy ký');

  await input.setInputFiles(file);
  await expect(office.getByText(`Đã nhập số liệu ngày ${formatDay(today)} của quầy số 4.`)).toBeVisible();
  await expect(office.getByText(/^Tệp đầu tiên từ quầy số 4: dấu khóa [0-9A-F]{4}(-[0-9A-F]{4}){3}\./)).toBeVisible();
  const table = office.getByRole('table', { name: 'Số liệu cả bưu cục' });
  await expect(table.getByRole('rowheader', { name: '3 (quầy này)' })).toBeVisible();
  await expect(table.getByRole('row').filter({ hasText: /^4 \(nhập lúc/ })).toContainText('X (chưa chốt)');
  await expect(table.getByRole('rowheader', { name: 'Cả bưu cục' })).toBeVisible();
  // The section as the manager sees it now passes axe (as tests/e2e/accessibility.spec.ts checks the screens).
  const { violations } = await new AxeBuilder({ page }).include('.office-day').analyze();
  expect(violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(' | ')}`)).toEqual([]);

  const download = page.waitForEvent('download');
  await office.getByRole('button', { name: 'Xuất tệp số liệu ngày của quầy này' }).press('Enter');
  const own = JSON.parse(readFileSync((await (await download).path())!, 'utf8'));
  expect(own.body.counter).toMatchObject({ officeCode: '360000', counterNumber: 3 });
  expect(own.body.report.day).toBe(today);
  expect(typeof own.signature).toBe('string');
  await expect(office.getByText(/^Đã xuất so-lieu-ngay-.*-quay3-x\.json\. Dấu khóa của quầy này: /)).toBeVisible();
});
