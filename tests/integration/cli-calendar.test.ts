// `calendar holidays | due` from the technicians' console, as real processes over a counter
// that starts with the sample catalogue.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../support/run-cli';

let dir: string;
beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'counter-cli-cal-'));
  const init = await runCli(
    ['--data-dir', dir, 'init', '--office-code', '360000', '--office-name', 'Bưu điện tỉnh Sơn La', '--counter', '1', '--province', 'Sơn La', '--manager-name', 'Lò Văn Hùng'],
    { stdin: '2468\n' },
  );
  expect(init.code, init.stderr).toBe(0);
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('calendar commands', () => {
  it('holidays --json lists Tết and the Monday in lieu of the Hùng Kings’ Sunday', async () => {
    const r = await runCli(['--data-dir', dir, '--json', 'calendar', 'holidays', '2026']);
    expect(r.code, r.stderr).toBe(0);
    const out = JSON.parse(r.stdout) as { year: number; days: { date: string; kind: string; name: string; source: string }[] };
    expect(out.year).toBe(2026);
    expect(out.days).toContainEqual(expect.objectContaining({ date: '2026-02-17', kind: 'holiday', name: 'Tết Nguyên đán (1/1 âm lịch)' }));
    expect(out.days).toContainEqual(expect.objectContaining({ date: '2026-04-27', kind: 'compensatory' }));
    expect(out.days).toContainEqual(expect.objectContaining({ date: '2026-08-22', kind: 'workingSaturday' }));
  });

  it('holidays 2024 lists the decided Tết break, the 29 Apr swap with its working Saturday and 2–3 Sep', async () => {
    const r = await runCli(['--data-dir', dir, '--json', 'calendar', 'holidays', '2024']);
    expect(r.code, r.stderr).toBe(0);
    const out = JSON.parse(r.stdout) as { year: number; days: { date: string; kind: string }[] };
    const of = (kind: string) => out.days.filter((d) => d.kind === kind).map((d) => d.date);
    expect(of('holiday')).toEqual(expect.arrayContaining(['2024-02-08', '2024-02-09', '2024-02-10', '2024-02-11', '2024-02-12', '2024-02-13', '2024-02-14', '2024-09-02', '2024-09-03']));
    expect(of('decision')).toEqual(['2024-04-29']);
    expect(of('workingSaturday')).toEqual(['2024-05-04']);
    // The decision places the break: no day in lieu is added after it.
    expect(out.days.map((d) => d.date)).not.toContain('2024-02-15');
    const text = await runCli(['--data-dir', dir, 'calendar', 'holidays', '2024']);
    expect(text.code, text.stderr).toBe(0);
    expect(text.stdout).toMatch(/^08\/02\/2024 +Thứ Năm +Tết Nguyên đán/m);
    expect(text.stdout).toMatch(/^14\/02\/2024 +Thứ Tư +Tết Nguyên đán/m);
    expect(text.stdout).toMatch(/^04\/05\/2024 +Thứ Bảy +Làm bù cho ngày nghỉ 29\/4\/2024/m);
  });

  it('holidays prints one line per day in Vietnamese', async () => {
    const r = await runCli(['--data-dir', dir, 'calendar', 'holidays', '2026']);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/^17\/02\/2026 +Thứ Ba +Tết Nguyên đán \(1\/1 âm lịch\)/m);
    expect(r.stdout).toMatch(/^27\/04\/2026 +Thứ Hai +Nghỉ bù Giỗ Tổ Hùng Vương \(10\/3 âm lịch\) \[nghỉ bù\]/m);
  });

  it('due --json counts from the first working day after the Tết break', async () => {
    // 2.000528 in the sample catalogue: 3 working days. Friday 13 Feb 2026, 16:00.
    const r = await runCli(['--data-dir', dir, '--json', 'calendar', 'due', '--received', '2026-02-13T16:00:00+07:00', '--procedure', '2.000528']);
    expect(r.code, r.stderr).toBe(0);
    expect(JSON.parse(r.stdout)).toEqual({
      receivedAt: '2026-02-13T09:00:00.000Z',
      receiptDay: '2026-02-23',
      afterCutoff: true,
      route: 'within-province',
      transitToAgencyDays: 2,
      atAgencyBy: '2026-02-25',
      processingAmount: 3,
      processingUnit: 'workingDays',
      decidedBy: '2026-03-02',
      returnTransitDays: 2,
      dueDate: '2026-03-04',
    });
  });

  it('due explains each step in Vietnamese', async () => {
    const r = await runCli(['--data-dir', dir, 'calendar', 'due', '--received', '2026-02-13T16:00:00+07:00', '--procedure', '2.000528', '--route', 'same-commune', '--service', 'send']);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toContain('Nhận hồ sơ lúc: 16:00 13/02/2026 — sau 15 giờ');
    expect(r.stdout).toContain('Ngày J (ngày nhận trên biên nhận): Thứ Hai 23/02/2026');
    expect(r.stdout).toContain('Đến cơ quan giải quyết chậm nhất: Thứ Ba 24/02/2026 (tuyến same-commune, J+1 ngày làm việc)');
    expect(r.stdout).toContain('Cơ quan giải quyết xong: Thứ Sáu 27/02/2026 (3 ngày làm việc');
    expect(r.stdout).toContain('Ngày hẹn trả kết quả: Thứ Sáu 27/02/2026 (không chuyển trả qua bưu điện)');
  });

  it('refuses a time that is not an instant, an unknown route and a missing year', async () => {
    const bad = await runCli(['--data-dir', dir, 'calendar', 'due', '--received', 'yesterday', '--procedure', '2.000528']);
    expect(bad.code).toBe(1);
    expect(bad.stderr).toContain('Thời điểm phải theo ISO 8601 có múi giờ');
    const route = await runCli(['--data-dir', dir, 'calendar', 'due', '--received', '2026-02-13T16:00:00+07:00', '--procedure', '2.000528', '--route', 'moon']);
    expect(route.code).toBe(1);
    expect(route.stderr).toContain('Không có tuyến "moon" trong bảng thời gian chuyển phát.');
    const noYear = await runCli(['--data-dir', dir, 'calendar', 'holidays']);
    expect(noYear.code).toBe(2);
    expect(noYear.stderr).toContain('Cần đúng một năm');
  });
});
