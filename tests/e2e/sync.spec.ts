// The counter's sync in Chromium against a real province hub the test starts (PGlite, loopback):
// enrolled from the console with a code the hub made; three intakes while the hub is down show
// "3 mục chờ đồng bộ"; the hub comes back and "Đồng bộ ngay" brings "Đã đồng bộ"; a catalogue
// version published on the hub reaches the lookup as the centre's entry.
import { spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { enrolCounter } from '../../hub/counters';
import { openHubDatabase } from '../../hub/db/open-hub-database';
import { publishDirective } from '../../hub/directives';
import { startHub, type RunningHub } from '../../hub/server';
import { record } from '../support/catalogue-fixture';
import { hubChain } from '../support/sync-fixture';
import { call, takeIn } from './commands';
import { signIn } from './device-setup';
import { counterCli, expect, test } from './fixtures';

test.use({ provisioned: true });

/** `sync enrol --hub URL` at the console, the code typed on its standard input. */
async function enrolFromConsole(dataDir: string, hubUrl: string, code: string): Promise<void> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'electron/hosts/cli.ts', '--data-dir', dataDir, 'sync', 'enrol', '--hub', hubUrl], {
    cwd: fileURLToPath(new URL('../..', import.meta.url)),
    env: { COUNTER_SECRET_DIR: join(tmpdir(), 'onestop-counter-test-keys'), ...process.env },
    stdio: ['pipe', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout.on('data', (d: Buffer) => (output += d.toString()));
  child.stderr.on('data', (d: Buffer) => (output += d.toString()));
  child.stdin.end(`${code}\n`);
  const status = await new Promise<number | null>((resolve) => child.on('exit', resolve));
  expect(status, output).toBe(0);
  expect(output).toContain('Đã đăng ký với máy chủ tỉnh');
}

test('three intakes while the hub is down wait, then sync; the centre publishes a catalogue the lookup shows', async ({ page, counter }) => {
  test.setTimeout(120_000);
  const db = await openHubDatabase({ dataDir: mkdtempSync(join(tmpdir(), 'hub-e2e-')) });
  let hub: RunningHub = await startHub({ database: db });
  const port = Number(new URL(hub.url).port);
  try {
    const { code } = await enrolCounter(db, { officeCode: '360000', counterNumber: 3 });
    // Not counterCli: it blocks this process, and the hub answering the console runs in it.
    await enrolFromConsole(counter.dataDir, hub.url, code);
    const counterId = (await db.query<{ id: string }>("SELECT id FROM hub_counters WHERE office_code = '360000'"))[0]!.id;

    await signIn(page, counter, 'manager');
    await call(page, 'intake.configure', { s10: { service: 'RR', first: 12_345_000, last: 12_345_999 }, idempotencyKey: randomUUID() });
    const bar = page.getByTestId('sync-status');
    await expect(bar).toHaveText('Đã đồng bộ');

    // The hub goes away; the clerk keeps working.
    await hub.close();
    for (let i = 0; i < 3; i++) await takeIn(page);
    await expect(bar).toContainText('3 mục chờ đồng bộ');
    await expect(bar).toContainText(/Mất kết nối từ \d\d:\d\d/);
    await page.screenshot({ path: test.info().outputPath('sync-offline.png') });

    // It comes back; "Đồng bộ ngay" on the sync screen (Alt+5) does not wait for the backoff.
    hub = await startHub({ database: db, port });
    await page.keyboard.press('Alt+5');
    await expect(page.getByRole('heading', { level: 1, name: 'Đồng bộ' })).toBeVisible();
    await page.getByRole('button', { name: 'Đồng bộ ngay' }).click();
    await expect(bar).toHaveText('Đã đồng bộ');
    const status = JSON.parse(counterCli(counter.dataDir, ['sync', 'status', '--json'])) as { waiting: number; ackedSeq: number; headHash: string };
    const held = await hubChain(db, counterId);
    expect(status.waiting).toBe(0);
    expect(held).toMatchObject({ count: status.ackedSeq, headHash: status.headHash, brokenAt: null });

    // The centre publishes a catalogue version; the counter applies it as the centre's entry.
    await publishDirective(db, {
      kind: 'catalogue.version',
      payload: { procedures: [record('2.002000', 'Cấp giấy phép kinh doanh karaoke', ['VH', 'Văn hóa'], { 'Cấp mới': [['Đơn đề nghị cấp giấy phép', 1, 0]] })] },
      target: { all: true },
      publishedBy: 'Trung tâm Phục vụ hành chính công tỉnh Sơn La',
    });
    await page.getByRole('button', { name: 'Đồng bộ ngay' }).click();
    const directive = page.getByRole('row', { name: /Danh mục thủ tục mới/ });
    await expect(directive).toContainText('Trung tâm Phục vụ hành chính công tỉnh Sơn La');
    await expect(directive).toContainText('Đã áp dụng');

    // A correction to money proposed by the centre waits for the manager, who rejects it here.
    await publishDirective(db, { kind: 'money.proposal', payload: { slipNumber: 'SL-1', amountVnd: -20_000, reason: 'Thu thừa lệ phí' }, target: { all: true }, publishedBy: 'Bưu điện tỉnh Sơn La' });
    await page.getByRole('button', { name: 'Đồng bộ ngay' }).click();
    const proposal = page.getByRole('row', { name: /Đề nghị điều chỉnh tiền/ });
    await expect(proposal).toContainText('Chờ quản lý duyệt');
    await page.screenshot({ path: test.info().outputPath('sync-screen.png'), fullPage: true });
    await proposal.getByRole('button', { name: 'Từ chối' }).click();
    await expect(proposal).toContainText('Quản lý đã từ chối');
    await expect(proposal.getByRole('button')).toHaveCount(0);

    await page.keyboard.press('Alt+1');
    await page.getByRole('combobox', { name: 'Tìm thủ tục' }).focus();
    await page.keyboard.type('karaoke');
    await expect(page.getByRole('listbox', { name: 'Kết quả tìm kiếm' }).getByRole('option').first()).toHaveAccessibleName(/^Cấp giấy phép kinh doanh karaoke/);
    // The centre's catalogue is not the bundled sample: the sample warning is gone.
    await expect(page.getByText('Dữ liệu mẫu: danh mục này chỉ dùng để trình diễn và tập huấn')).toHaveCount(0);
    const journal = JSON.parse(counterCli(counter.dataDir, ['--json', 'ledger', 'entries', '--limit', '8'])) as { entries: { kind: string; actorKind: string }[] };
    expect(journal.entries.filter((e) => e.actorKind === 'centre').map((e) => e.kind)).toEqual(['centre.money.proposal', 'centre.catalogue.version', 'catalogue.imported']);
  } finally {
    await hub.close();
    await db.close();
  }
});
