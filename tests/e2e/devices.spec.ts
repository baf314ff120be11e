// The devices area against a real serial link: a simulated MT-SICS scale on one end of a socat
// pseudo-terminal pair, the counter's browser host on the other.
import { readFileSync } from 'node:fs';
import { formatVnd } from '../../shared/format';
import { configureScale, signIn, withScale } from './device-setup';
import { expect, test } from './fixtures';

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

test('a manager sets up the scale, records a stable weight from it and reads the postal charge', async ({ page, counter }) => {
  await withScale(async (pair, sim) => {
    sim.script = { kind: 'motion', grams: 1234 };
    await signIn(page, counter, 'manager');
    await configureScale(page, pair);

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
    await signIn(page, counter, 'manager');
    await configureScale(page, pair);
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
