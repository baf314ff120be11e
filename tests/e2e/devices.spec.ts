// The devices area against a real serial link: a simulated MT-SICS scale on one end of a socat
// pseudo-terminal pair, the counter's browser host on the other.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { formatVnd } from '../../shared/format';
import { PtyPair } from '../support/pty-pair';
import { ScaleSimulator } from '../support/scale-simulator';
import { expect, test, type CounterHost } from './fixtures';

test.use({ provisioned: true });

interface Tier {
  firstGrams: number;
  firstVnd: number;
  stepGrams: number;
  stepVnd: number;
}

/** The charge as a clerk reads it off the sample tariff: the first step, then each further step or part of one. */
function expectedCharge(grams: number, service: string, route: string): number {
  const tariff = JSON.parse(readFileSync(new URL('../../resources/tariff/sample-tariff.json', import.meta.url), 'utf8')) as {
    services: Record<string, { tiers?: Record<string, Tier> }>;
  };
  const tier = tariff.services[service]?.tiers?.[route];
  if (!tier) throw new Error(`no tier for ${service} / ${route}`);
  const extraSteps = Math.max(0, Math.ceil((grams - tier.firstGrams) / tier.stepGrams));
  return tier.firstVnd + extraSteps * tier.stepVnd;
}

/** A scale on a pseudo terminal, set to `script` and cleaned up whatever the test does. */
async function withScale(run: (pair: PtyPair, sim: ScaleSimulator) => Promise<void>): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'devices-e2e-'));
  const pair = new PtyPair(dir);
  const sim = new ScaleSimulator('mt-sics', pair);
  try {
    await pair.plugIn();
    await sim.connect();
    await run(pair, sim);
  } finally {
    sim.disconnect();
    await pair.unplug();
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Signs in as the manager, opens Thiết bị with Alt+6 and saves the scale on the pseudo terminal. */
async function configureScale(page: Page, counter: CounterHost, pair: PtyPair): Promise<void> {
  await page.goto(counter.url);
  await page.getByLabel('Người dùng').selectOption({ label: 'Lò Văn Hùng (quản lý)' });
  await page.getByLabel('Mã PIN').fill('2468');
  await page.getByLabel('Mã PIN').press('Enter');
  await expect(page.getByRole('navigation', { name: 'Chức năng' })).toBeVisible();
  await page.keyboard.press('Alt+6');
  await expect(page.getByRole('heading', { level: 1, name: 'Thiết bị' })).toBeFocused();

  const scale = page.getByRole('region', { name: 'Cân điện tử' });
  await expect(scale.getByRole('status', { name: 'Khối lượng trên cân' })).toContainText('Chưa cấu hình cân');
  await scale.getByLabel('Cổng nối tiếp').fill(pair.appPath);
  await scale.getByLabel('Giao thức cân').selectOption({ label: 'Mettler Toledo MT-SICS' });
  // The protocol's usual serial settings are filled in.
  await expect(scale.getByLabel('Tốc độ baud')).toHaveValue('9600');
  await expect(scale.getByLabel('Số bit dữ liệu')).toHaveValue('8');
  await expect(scale.getByLabel('Chẵn lẻ')).toHaveValue('none');
  await expect(scale.getByLabel('Số bit dừng')).toHaveValue('1');
  await scale.getByRole('button', { name: 'Lưu cấu hình cân' }).click();
  await expect(scale.getByRole('status').filter({ hasText: 'Đã lưu cấu hình cân.' })).toBeVisible();
}

test('a manager sets up the scale, records a stable weight from it and reads the postal charge', async ({ page, counter }) => {
  await withScale(async (pair, sim) => {
    sim.script = { kind: 'motion', grams: 1234 };
    await configureScale(page, counter, pair);

    const live = page.getByRole('status', { name: 'Khối lượng trên cân' });
    const captureButton = page.getByRole('button', { name: 'Ghi khối lượng từ cân' });
    await expect(live).toContainText('Đang dao động');
    await expect(live).toContainText(/\d\.\d{3} g/);
    await expect(captureButton).toBeDisabled();

    sim.script = { kind: 'stable', grams: 1234 };
    await expect(live).toContainText('1.234 g');
    await expect(live).toContainText('Ổn định');
    await expect(page.getByText(/cập nhật \d+,\d giây trước/)).toBeVisible();
    await expect(captureButton).toBeEnabled();
    await captureButton.click();

    const weigh = page.getByRole('region', { name: 'Ghi khối lượng và tính cước' });
    await expect(weigh.getByRole('status').filter({ hasText: 'Đã ghi 1.234 g từ cân' })).toHaveText(
      /^Đã ghi 1\.234 g từ cân \(bút toán số \d+\)\.$/,
    );
    await expect(weigh.getByLabel('Dịch vụ')).toHaveValue('send');
    await expect(weigh.getByLabel('Tuyến')).toHaveValue('within-province');
    const charge = weigh.getByRole('status', { name: 'Cước bưu chính' });
    await expect(charge).toContainText(`Cước: ${formatVnd(expectedCharge(1234, 'send', 'within-province'))}`);
    await expect(charge).toContainText('Biểu cước sample-2026.1 (mẫu)');

    // The whole area, not only what fits in the window.
    const height = await page.locator('.shell__content').evaluate((el) => el.scrollHeight);
    await page.setViewportSize({ width: 1366, height: Math.max(768, height + 60) });
    await page.screenshot({ path: test.info().outputPath('devices.png') });
  });
});

test('a pulled cable shows as lost and the scale comes back by itself when plugged in again', async ({ page, counter }) => {
  await withScale(async (pair, sim) => {
    sim.script = { kind: 'stable', grams: 500 };
    await configureScale(page, counter, pair);
    const live = page.getByRole('status', { name: 'Khối lượng trên cân' });
    await expect(live).toContainText('Ổn định');
    await expect(live).toContainText('500 g');

    await sim.unplug();
    await expect(live).toContainText('Mất kết nối');
    await expect(page.getByRole('button', { name: 'Ghi khối lượng từ cân' })).toBeDisabled();

    sim.script = { kind: 'stable', grams: 750 };
    await sim.plugBackIn();
    await expect(live).toContainText('Ổn định', { timeout: 10_000 });
    await expect(live).toContainText('750 g');
    await expect(page.getByRole('button', { name: 'Ghi khối lượng từ cân' })).toBeEnabled();
  });
});
