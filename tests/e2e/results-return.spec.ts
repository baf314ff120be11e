// The results desk in Chromium, keyboard and a simulated scanner only (the scanner types the
// characters and presses Enter): a dossier handed to the department has its result checked in by
// scanning its S10, appears in the list of citizens to call, and is returned at the counter to a
// proxy — the applicant's wrong ID number refused first — with the fee collected and the
// hand-over slip printed once.
import { randomUUID } from 'node:crypto';
import { itemsOf } from '../support/escpos-decoder';
import { VirtualPrinter } from '../support/virtual-printer';
import { call, handOver, scan, takeIn } from './commands';
import { configurePrinter, signIn } from './device-setup';
import { expect, test } from './fixtures';

test.use({ provisioned: true });

test('result checked in by scanning → notify list → returned to a proxy (wrong ID refused first), fee collected, slip printed once', async ({ page, counter }) => {
  test.setTimeout(120_000);
  const printer = await VirtualPrinter.start();
  try {
    await signIn(page, counter, 'manager');
    await configurePrinter(page, printer.uri);
    await call(page, 'intake.configure', { s10: { service: 'RR', first: 12_345_000, last: 12_345_999 }, idempotencyKey: randomUUID() });
    const d = await takeIn(page);
    await handOver(page, d.slipNumber);
    await printer.waitForJobs(2, 15_000); // the intake's receipt and the handover's summary

    await page.keyboard.press('Alt+3');
    await expect(page.getByRole('heading', { level: 1, name: 'Trả kết quả' })).toBeVisible();

    // Check-in: the S10 scanned, then what came back typed, Enter records it.
    const checkIn = page.getByRole('region', { name: 'Nhận kết quả từ cơ quan' });
    await checkIn.getByLabel('Quét mã kết quả').focus();
    await page.keyboard.type(d.s10);
    await page.keyboard.press('Tab');
    await page.keyboard.type('Giấy phép lái xe');
    await page.keyboard.press('Tab'); // copies: 1
    await page.keyboard.press('Tab'); // originals to give back: none
    await page.keyboard.press('Tab');
    await page.keyboard.type('Giấy phép lái xe cũ');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Control+A');
    await scan(page, '135000');
    await expect(checkIn.getByText(`Đã nhận kết quả hồ sơ ${d.slipNumber}. Phiên này: 1 hồ sơ.`)).toBeVisible();
    // The same scan again is refused.
    await checkIn.getByLabel('Quét mã kết quả').focus();
    await scan(page, d.s10);
    await expect(checkIn.getByRole('alert')).toContainText(`Kết quả của hồ sơ ${d.slipNumber} đã được nhận về bưu cục trước đây`);

    // The citizen to call: recorded as called, and off today's list.
    const notify = page.getByRole('region', { name: 'Người dân cần báo hôm nay' });
    await expect(notify.getByRole('row').filter({ hasText: d.slipNumber })).toContainText('Nguyễn Thị Hoà');
    await notify.getByRole('button', { name: `Đã báo ${d.slipNumber}` }).press('Enter');
    await expect(notify.getByText(`Đã ghi lần báo thứ 1 cho hồ sơ ${d.slipNumber}.`)).toBeVisible();
    await expect(notify.getByText('Không có ai cần báo hôm nay.')).toBeVisible();

    // Return: the citizen's receipt scanned.
    const ret = page.getByRole('region', { name: 'Trả kết quả tại quầy' });
    await ret.getByLabel('Quét phiếu gửi của người dân').focus();
    await scan(page, d.slipNumber);
    await expect(ret.getByText(`Hồ sơ ${d.slipNumber} — Nguyễn Thị Hoà`)).toBeVisible();
    // The fee collected and the original taken back, then the applicant's ID number, mistyped.
    await ret.getByLabel('Số tiền thu (đồng)').focus();
    await page.keyboard.type('135000');
    await page.keyboard.press('Tab'); // paid in cash
    await page.keyboard.press('Tab');
    await page.keyboard.type('BL-0042');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Space');
    await expect(ret.getByRole('checkbox', { name: 'Đã thu hồi bản gốc: Giấy phép lái xe cũ' })).toBeChecked();
    await ret.getByLabel('Số giấy tờ tùy thân của người nộp').focus();
    await scan(page, '014190001235');
    await expect(ret.getByRole('alert')).toContainText('không khớp với số đã ghi khi nhận hồ sơ');

    // A proxy instead, with a certified authorisation letter.
    await ret.getByRole('radio', { name: 'Người nộp hồ sơ' }).focus();
    await page.keyboard.press('ArrowDown');
    await expect(ret.getByRole('radio', { name: 'Người được ủy quyền' })).toBeChecked();
    await ret.getByLabel('Họ tên người được ủy quyền').focus();
    await page.keyboard.type('Lò Văn Pọm');
    await page.keyboard.press('Tab'); // the ID paper: CCCD
    await page.keyboard.press('Tab');
    await page.keyboard.type('014090004321');
    await page.keyboard.press('Tab');
    await page.keyboard.type('Giấy ủy quyền số 12/UQ');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Space');
    const submit = ret.getByRole('button', { name: 'Trả kết quả' });
    await submit.focus();
    // Pressed three times: one return.
    await page.keyboard.press('Enter');
    await page.keyboard.press('Enter');
    await page.keyboard.press('Enter');
    await expect(ret.getByText(`Đã trả kết quả hồ sơ ${d.slipNumber}.`)).toBeVisible();

    await printer.waitForJobs(3, 15_000);
    await new Promise((r) => setTimeout(r, 1500));
    expect(printer.jobs).toHaveLength(3);
    const codes = printer.jobs.flatMap((j) => itemsOf(j.decoded.items, 'code128').map((c) => c.data));
    expect(codes.filter((c) => c.startsWith('TKQ-'))).toHaveLength(1);
    const { dossier } = await call(page, 'dossiers.show', { ref: d.slipNumber });
    expect(dossier.status).toBe('returned');
    const entries = await call(page, 'ledger.entries', { limit: 200 });
    expect(entries.entries.filter((e) => e.kind === 'result.returned')).toHaveLength(1);
    expect(await call(page, 'ledger.verify', {})).toMatchObject({ ok: true });
  } finally {
    await printer.close();
  }
});
