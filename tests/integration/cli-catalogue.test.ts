// `catalogue import | search | show` from the technicians' console, as real processes.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { smallCatalogue, writeCatalogue } from '../support/catalogue-fixture';
import { runCli } from '../support/run-cli';

let dir: string;
beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'counter-cli-cat-'));
  const init = await runCli(
    ['--data-dir', dir, 'init', '--office-code', '360000', '--office-name', 'Bưu điện tỉnh Sơn La', '--counter', '1', '--province', 'Sơn La', '--manager-name', 'Lò Văn Hùng'],
    { stdin: '2468\n' },
  );
  expect(init.code, init.stderr).toBe(0);
  const imported = await runCli(['--data-dir', dir, 'catalogue', 'import', writeCatalogue(dir, 'cat.json', smallCatalogue())]);
  expect(imported.code, imported.stderr).toBe(0);
  expect(imported.stdout).toMatch(/^Đã nhập danh mục phiên bản \d+: 3 thủ tục \(dữ liệu mẫu\)\./);
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('catalogue commands', () => {
  it('search --json prints {code, name, field, agency, score}, best first', async () => {
    const r = await runCli(['--data-dir', dir, '--json', 'catalogue', 'search', 'ly', 'lich', 'tu', 'phap', '--limit', '2']);
    expect(r.code, r.stderr).toBe(0);
    const hits = JSON.parse(r.stdout) as Record<string, unknown>[];
    expect(hits[0]).toEqual({
      code: '3.000333',
      name: 'Cấp Phiếu lý lịch tư pháp cho công dân Việt Nam, người nước ngoài đang cư trú tại Việt Nam',
      field: 'Lý lịch tư pháp',
      agency: 'Sở Tư pháp tỉnh Sơn La',
      score: expect.any(Number),
    });
    expect(hits.length).toBeLessThanOrEqual(2);
  });

  it('search says when no procedure holds every word, and which words none holds', async () => {
    const text = await runCli(['--data-dir', dir, 'catalogue', 'search', 'khai', 'sinh', 'can', 'cuoc']);
    expect(text.code, text.stderr).toBe(0);
    expect(text.stdout.split('\n').slice(0, 2)).toEqual([
      'Không có thủ tục nào chứa đủ các từ; không tìm thấy: «can cuoc».',
      expect.stringMatching(/^1\.001193 +Đăng ký khai sinh /),
    ]);
    // The machine form stays the plain list; the note goes to standard error.
    const json = await runCli(['--data-dir', dir, '--json', '--lang', 'en', 'catalogue', 'search', 'khai', 'sinh', 'can', 'cuoc']);
    expect(json.code, json.stderr).toBe(0);
    expect((JSON.parse(json.stdout) as { code: string }[])[0]!.code).toBe('1.001193');
    expect(json.stderr.trim()).toBe('No procedure holds all the words; not found: “can cuoc”.');
  });

  it('show prints the checklist per case with originals and copies', async () => {
    const r = await runCli(['--data-dir', dir, 'catalogue', 'show', '3.000333']);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toContain('Trường hợp 2: Ủy quyền cho người khác');
    expect(r.stdout).toContain('1. Văn bản ủy quyền — 1 bản chính, 0 bản sao');
    expect(r.stdout).toContain('Phí, lệ phí: 200.000');
  });

  it('fails clearly on an unknown code and a broken file, and shows usage without an argument', async () => {
    const show = await runCli(['--data-dir', dir, 'catalogue', 'show', '9.999999']);
    expect(show.code).toBe(1);
    expect(show.stderr).toContain('Không có thủ tục mã 9.999999 trong danh mục.');
    const bad = await runCli(['--data-dir', dir, 'catalogue', 'import', join(dir, 'nope.json')]);
    expect(bad.code).toBe(1);
    expect(bad.stderr).toContain('Tệp danh mục không hợp lệ');
    expect((await runCli(['--data-dir', dir, 'catalogue', 'search'])).code).toBe(2);
  });
});
