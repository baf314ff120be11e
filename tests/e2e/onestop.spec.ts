// Issue 14 end to end in Chromium across three processes the test starts: the reference one-stop
// system (`npm run -s onestop -- serve`), the province hub serving with its connector
// (`npm run -s hub -- serve --onestop URL`, the account in its environment) and the counter's
// browser host. Intake → handover → the agency receives and finishes the dossier (`onestop agency`)
// → after a pull the counter shows the department's word → the result is checked in and returned
// at the counter → the one-stop system holds status 10 with NgayTra. What is counted upstream is
// the reference system's own state file.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ReferenceStore } from '../../hub/onestop-reference/store';
import { call, handOver, scan, takeIn } from './commands';
import { signIn } from './device-setup';
import { expect, test } from './fixtures';

test.use({ provisioned: true });

const root = fileURLToPath(new URL('../..', import.meta.url));
const keysEnv = { COUNTER_SECRET_DIR: join(tmpdir(), 'onestop-counter-test-keys'), ...process.env };

/** Starts a long-running command and resolves with its output once `ready` matches it. */
function start(args: string[], ready: RegExp, env: NodeJS.ProcessEnv = process.env): Promise<{ child: ChildProcess; match: RegExpExecArray }> {
  const child = spawn(process.execPath, ['--import', 'tsx', ...args], { cwd: root, env, stdio: ['ignore', 'pipe', 'pipe'] });
  let out = '';
  return new Promise((resolve, reject) => {
    child.stdout!.on('data', (d: Buffer) => {
      out += d.toString();
      const m = ready.exec(out);
      if (m) resolve({ child, match: m });
    });
    child.stderr!.on('data', (d: Buffer) => (out += d.toString()));
    child.once('exit', (code) => reject(new Error(`${args.join(' ')} exited ${code}: ${out}`)));
  });
}

/** A command that runs to its end; a failure fails the test with its output. */
function run(args: string[], stdin = '', env: NodeJS.ProcessEnv = process.env): string {
  const r = spawnSync(process.execPath, ['--import', 'tsx', ...args], { cwd: root, env, input: stdin, encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`${args.join(' ')} failed (${r.status}): ${r.stderr}${r.stdout}`);
  return r.stdout;
}

test('intake → handover → the agency finishes it → the result at the counter → returned → status 10 upstream', async ({ page, counter }) => {
  test.setTimeout(180_000);
  const dir = mkdtempSync(join(tmpdir(), 'onestop-e2e-'));
  const refDir = join(dir, 'onestop');
  const hubDir = join(dir, 'hub');
  const children: ChildProcess[] = [];
  try {
    // The reference one-stop system: its URL, then the demo account on one line.
    const ref = await start(['hub/onestop-reference/cli.ts', 'serve', '--port', '0', '--data-dir', refDir], /(http:\/\/\S+)\nusername=(\S+) password=(\S+) dstcode=(\S+) madonvi=(\S+)\n/);
    children.push(ref.child);
    const [, refUrl, username, password, dstcode, madonvi] = ref.match;
    const upstream = () => Object.values(ReferenceStore.read(refDir)?.dossiers ?? {});

    // The hub with its connector; the account from the environment only.
    const hubEnv = { ...process.env, HUB_DATABASE_URL: '', HUB_ONESTOP_USERNAME: username, HUB_ONESTOP_PASSWORD: password, HUB_ONESTOP_DSTCODE: dstcode, HUB_ONESTOP_MADONVI: madonvi };
    const hub = await start(['hub/cli.ts', '--data-dir', hubDir, 'serve', '--port', '0', '--onestop', refUrl!, '--onestop-every', '0.2'], /Hệ thống một cửa: .*\n/, hubEnv);
    children.push(hub.child);
    const hubUrl = /Máy chủ tỉnh chạy tại (http:\/\/\S+)/.exec(hub.match.input)![1]!;
    expect(hub.match.input).not.toContain(password);

    // The counter enrolled from its console with a code the hub made (through the running hub).
    const { code } = JSON.parse(run(['hub/cli.ts', '--data-dir', hubDir, '--json', 'counters', 'enrol', '--office-code', '360000', '--counter', '3'], '', hubEnv)) as { code: string };
    expect(run(['electron/hosts/cli.ts', '--data-dir', counter.dataDir, 'sync', 'enrol', '--hub', hubUrl], `${code}\n`, keysEnv)).toContain('Đã đăng ký với máy chủ tỉnh');

    await signIn(page, counter, 'manager');
    await call(page, 'intake.configure', { s10: { service: 'RR', first: 12_345_000, last: 12_345_999 }, idempotencyKey: randomUUID() });
    const d = await takeIn(page);
    await handOver(page, d.slipNumber);

    // The sync screen (Alt+5): "Đồng bộ ngay" pushes the handover; the hub sends the dossier up.
    await page.keyboard.press('Alt+5');
    await expect(page.getByRole('heading', { level: 1, name: 'Đồng bộ' })).toBeVisible();
    const syncNow = page.getByRole('button', { name: 'Đồng bộ ngay' });
    await syncNow.click();
    await expect.poll(() => upstream().length, { timeout: 30_000 }).toBe(1);
    const [sent] = upstream();
    expect(sent).toMatchObject({ created: 1, item: { SoBienNhan: d.slipNumber } });
    const maHoSo = sent!.item.MaHoSo;

    // The department receives it (its appointment day) and finishes it, by hand at the reference system.
    expect(run(['hub/onestop-reference/cli.ts', 'agency', 'receive', maHoSo, '--data-dir', refDir])).toContain('TrangThaiHoSo=2');
    expect(run(['hub/onestop-reference/cli.ts', 'agency', 'finish', maHoSo, '--data-dir', refDir])).toContain('TrangThaiHoSo=9');

    // Pulled at the counter: the department's word listed among the centre's directives.
    const statusRows = page.getByRole('row', { name: /Tình trạng hồ sơ.*Hệ thống một cửa tỉnh/ });
    await expect(async () => {
      await syncNow.click();
      await expect(statusRows).toHaveCount(2, { timeout: 1_000 });
    }).toPass({ timeout: 30_000 });
    await expect(statusRows.filter({ hasText: 'Đã áp dụng' })).toHaveCount(1); // accepted, with its code and day
    await expect(statusRows.filter({ hasText: 'Đã ghi nhận' })).toHaveCount(1); // done: the result is ready at the agency
    await page.screenshot({ path: test.info().outputPath('onestop-directives.png'), fullPage: true });

    // The dossier's page shows the centre's word on its timeline.
    await page.keyboard.press('F3');
    await page.keyboard.type(d.slipNumber);
    // The register's hit says the result is ready at the agency (Enter once the hit is listed).
    await expect(page.getByRole('option').filter({ hasText: d.slipNumber })).toContainText('có kết quả tại cơ quan');
    await page.keyboard.press('Enter');
    await expect(page.getByRole('heading', { level: 2, name: `Hồ sơ ${d.slipNumber}` })).toBeFocused();
    await expect(page.getByText('Ghi kết quả tiếp nhận của cơ quan')).toBeVisible();
    // …and that the result waits at the department, with its papers, until the post office collects it.
    const readyLine = page.getByRole('status').filter({ hasText: 'chờ nhận về bưu cục' });
    await expect(readyLine).toContainText(/^Cơ quan đã có kết quả từ \d{2}:\d{2} \d{2}\/\d{2}\/\d{4} — chờ nhận về bưu cục/);
    await expect(readyLine).toContainText('Giấy tờ kết quả: Kết quả: ');
    await page.keyboard.press('Escape');
    await page.keyboard.press('Escape');

    // The result comes back to the post office under the department's code, and is returned.
    await page.keyboard.press('Alt+3');
    await expect(page.getByRole('heading', { level: 1, name: 'Trả kết quả' })).toBeVisible();
    // Listed under its department as a result to collect, until it is checked in.
    const readyList = page.getByRole('region', { name: 'Kết quả sẵn sàng tại cơ quan' });
    await expect(readyList.getByRole('row').filter({ hasText: d.slipNumber })).toHaveCount(1);
    await readyList.screenshot({ path: test.info().outputPath('onestop-ready-at-agency.png') });
    const checkIn = page.getByRole('region', { name: 'Nhận kết quả từ cơ quan' });
    await checkIn.getByLabel('Quét mã kết quả').focus();
    await scan(page, maHoSo);
    await expect(checkIn.getByText(`Đã nhận kết quả hồ sơ ${d.slipNumber}. Phiên này: 1 hồ sơ.`)).toBeVisible();
    await expect(readyList.getByText('Chưa có kết quả nào chờ nhận tại cơ quan.')).toBeVisible();
    const ret = page.getByRole('region', { name: 'Trả kết quả tại quầy' });
    await ret.getByLabel('Quét phiếu gửi của người dân').focus();
    await scan(page, d.slipNumber);
    await expect(ret.getByText(`Hồ sơ ${d.slipNumber} — Nguyễn Thị Hoà`)).toBeVisible();
    await ret.getByLabel('Số giấy tờ tùy thân của người nộp').focus();
    await scan(page, '014190001234');
    await expect(ret.getByText(`Đã trả kết quả hồ sơ ${d.slipNumber}.`)).toBeVisible();

    // Pushed: the one-stop system holds status 10 with the day returned, and one progress report.
    await page.keyboard.press('Alt+5');
    await syncNow.click();
    // The progress report goes first, then the item again with NgayTra (hub/connector/outbox.ts).
    await expect.poll(() => [upstream()[0]?.status, upstream()[0]?.item.NgayTra], { timeout: 30_000 }).toEqual(['10', expect.stringMatching(/^\d{14}$/)]);
    const returned = upstream()[0]!;
    expect(returned.created).toBe(1);
    const reports = (ReferenceStore.read(refDir)?.progress ?? []).filter((p) => p.update.MaHoSo === maHoSo);
    expect(reports.map((p) => p.update.TrangThai)).toEqual(['10']);
  } finally {
    for (const c of children) c.kill('SIGTERM');
    await Promise.all(children.map((c) => (c.exitCode === null && c.signalCode === null ? new Promise((r) => c.once('exit', r)) : null)));
    rmSync(dir, { recursive: true, force: true });
  }
});
