// Steps several end-to-end tests share: signing in, a simulated scale on a socat pseudo
// terminal, and a manager configuring the scale and the receipt printer on the devices screen.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { PtyPair } from '../support/pty-pair';
import { ScaleSimulator } from '../support/scale-simulator';
import { expect, type CounterHost } from './fixtures';

const staff = {
  manager: { label: 'Lò Văn Hùng (quản lý)', pin: '2468' },
  clerk: { label: 'Cầm Thị Mai (giao dịch viên)', pin: '1357' },
};

/** Opens the counter (or the sign-in screen after a sign-out) and signs in by PIN. */
export async function signIn(page: Page, counter: CounterHost, who: keyof typeof staff): Promise<void> {
  if (!page.url().startsWith(counter.origin)) await page.goto(counter.url);
  await page.getByLabel('Người dùng').selectOption({ label: staff[who].label });
  await page.getByLabel('Mã PIN').fill(staff[who].pin);
  await page.getByLabel('Mã PIN').press('Enter');
  await expect(page.getByRole('navigation', { name: 'Chức năng' })).toBeVisible();
}

/** A scale on a pseudo terminal, cleaned up whatever the test does. */
export async function withScale(run: (pair: PtyPair, sim: ScaleSimulator) => Promise<void>): Promise<void> {
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

async function openDevices(page: Page): Promise<void> {
  await page.keyboard.press('Alt+6');
  await expect(page.getByRole('heading', { level: 1, name: 'Thiết bị' })).toBeFocused();
}

/** As the signed-in manager: Thiết bị (Alt+6), the scale on the pseudo terminal, MT-SICS. */
export async function configureScale(page: Page, pair: PtyPair): Promise<void> {
  await openDevices(page);
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

/** As the signed-in manager: the receipt printer at `uri`, 80 mm, two copies. */
export async function configurePrinter(page: Page, uri: string): Promise<void> {
  await openDevices(page);
  await page.getByLabel('Địa chỉ máy in').fill(uri);
  await page.getByLabel('Khổ giấy').selectOption('80');
  await page.getByLabel('Số liên').fill('2');
  await page.getByRole('button', { name: 'Lưu cấu hình máy in' }).click();
  await expect(page.getByText('Máy in: sẵn sàng')).toBeVisible({ timeout: 10_000 });
}
