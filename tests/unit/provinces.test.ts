// The province at set-up: one of the 34 after the 2025 merger, found by its former names too,
// stored as a code, printed by its official name.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openCounterApp } from '../../electron/services/counter-app';
import { openDatabase } from '../../electron/services/db/open-database';
import { Ledger } from '../../electron/services/ledger/ledger';
import { systemClock } from '../../electron/services/clock';
import { commands } from '../../shared/contract/commands';
import { fieldMessages, fill } from '../../shared/contract/messages';
import { provinces, resolveProvince, searchProvinces } from '../../shared/identity/provinces';
import { key } from '../support/counter-fixture';

describe('the 34 provinces and cities', () => {
  it('are 6 cities and 28 provinces with distinct 2-digit codes, and every one of the 63 former provinces is in exactly one', () => {
    expect(provinces).toHaveLength(34);
    expect(provinces.filter((p) => p.name.startsWith('Thành phố ')).map((p) => p.shortName)).toEqual(['Hà Nội', 'Hải Phòng', 'Huế', 'Đà Nẵng', 'Hồ Chí Minh', 'Cần Thơ']);
    expect(new Set(provinces.map((p) => p.code)).size).toBe(34);
    for (const p of provinces) expect(p.code).toMatch(/^\d{2}$/);
    // Each unit's own former self plus the ones it took in (Thừa Thiên Huế is Huế's former name, not a 64th).
    const former = provinces.flatMap((p) => [p.shortName, ...p.former.filter((f) => f !== 'Thừa Thiên Huế')]);
    expect(former).toHaveLength(63);
    expect(new Set(former).size).toBe(63);
  });

  it.each([
    ['ha giang', 'Tỉnh Tuyên Quang', 'Hà Giang'],
    ['binh duong', 'Thành phố Hồ Chí Minh', 'Bình Dương'],
    ['vung tau', 'Thành phố Hồ Chí Minh', 'Bà Rịa - Vũng Tàu'],
    ['nam dinh', 'Tỉnh Ninh Bình', 'Nam Định'],
    ['hoa binh', 'Tỉnh Phú Thọ', 'Hòa Bình'],
    ['kon tum', 'Tỉnh Quảng Ngãi', 'Kon Tum'],
  ])('typing %j finds %s through the former %s, first', (query, name, via) => {
    expect(searchProvinces(query)[0]).toEqual({ province: expect.objectContaining({ name }), via });
  });

  it('puts the name typed in a row first, without diacritics and by prefixes', () => {
    expect(searchProvinces('son la').map((m) => m.province.name)).toEqual(['Tỉnh Sơn La', 'Tỉnh Lạng Sơn']);
    expect(searchProvinces('ha giang').map((m) => m.via)).toEqual(['Hà Giang', 'Hậu Giang']);
    expect(searchProvinces('quang').map((m) => m.province.shortName)).toEqual(['Tuyên Quang', 'Quảng Ninh', 'Quảng Trị', 'Quảng Ngãi', 'Đà Nẵng']);
    expect(searchProvinces('')).toHaveLength(34);
    expect(searchProvinces('xyz')).toEqual([]);
  });

  it('resolves a code or a current name, and refuses a former or unknown name saying why', () => {
    for (const typed of ['14', 'Sơn La', 'son la', 'Tỉnh Sơn La', 'TINH SON LA']) expect(resolveProvince(typed)).toMatchObject({ ok: true, province: { code: '14' } });
    expect(resolveProvince('tp ho chi minh')).toMatchObject({ ok: false });
    expect(resolveProvince('Thành phố Hồ Chí Minh')).toMatchObject({ ok: true, province: { code: '79' } });
    expect(resolveProvince('Hà Giang')).toEqual({ ok: false, problem: 'province.former', params: { typed: 'Hà Giang', name: 'Tỉnh Tuyên Quang', code: '08' } });
    const unknown = resolveProvince('Tỉnh XYZ');
    expect(unknown).toMatchObject({ ok: false, problem: 'province.unknown' });
    if (unknown.ok) return;
    const text = fill(fieldMessages[unknown.problem].vi, unknown.params);
    expect(text).toContain('«Tỉnh XYZ»');
    expect(text).toContain('14 Sơn La');
    expect(resolveProvince('99')).toMatchObject({ ok: false, problem: 'province.unknown' });
  });

  it('set-up takes the province as a code, whatever form it was given in', () => {
    const setup = { officeCode: '360000', officeName: 'Bưu cục', counterNumber: 1, managerName: 'Lò Văn Hùng', managerPin: '2468', idempotencyKey: 'key-12345678' };
    expect(commands['setup.initialize'].input.parse({ ...setup, province: 'son la' }).province).toBe('14');
    const refused = commands['setup.initialize'].input.safeParse({ ...setup, province: 'Tỉnh XYZ' });
    expect(refused.error?.issues[0]).toMatchObject({ path: ['province'], message: 'province.unknown' });
    expect(commands['setup.initialize'].input.safeParse({ ...setup, province: '' }).error?.issues[0]).toMatchObject({ message: 'province.required' });
  });
});

describe('migration 7: a province typed as free text before codes', () => {
  let dir: string | undefined;
  afterEach(() => {
    if (dir) rmSync(dir, { recursive: true, force: true });
    dir = undefined;
  });

  /** A counter set up under schema 6, with the province as it was typed then. */
  function oldCounter(province: string): string {
    dir = mkdtempSync(join(tmpdir(), 'counter-province-'));
    const db = openDatabase(join(dir, 'ledger.sqlite'), { upTo: 6 });
    const ledger = new Ledger(db, systemClock);
    const entry = ledger.transaction(() =>
      ledger.post({ kind: 'counter.set_up', payload: { officeCode: '360000', officeName: 'Bưu điện tỉnh Sơn La', counterNumber: 3, province }, actor: { kind: 'console' }, idempotencyKey: key() }),
    );
    db.prepare("INSERT INTO counter (id, office_code, office_name, counter_number, province, setup_seq) VALUES (1, '360000', 'Bưu điện tỉnh Sơn La', 3, ?, ?)").run(province, entry.seq);
    db.close();
    return dir;
  }

  it('turns a text that names a province into its code; the official name is what prints', () => {
    const app = openCounterApp({ dataDir: oldCounter('son la') });
    try {
      expect(app.services.counter.get()).toMatchObject({ province: '14', provinceName: 'Tỉnh Sơn La' });
    } finally {
      app.close();
    }
  });

  it('keeps a text that names none, without a code, so a manager is asked', () => {
    const app = openCounterApp({ dataDir: oldCounter('Tỉnh XYZ') });
    try {
      expect(app.services.counter.get()).toMatchObject({ province: null, provinceName: 'Tỉnh XYZ' });
    } finally {
      app.close();
    }
  });
});
