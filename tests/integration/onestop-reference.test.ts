// The reference one-stop system over real HTTP on loopback: sessions and their expiry, refusals of
// what the convention does not allow, the upsert keyed by MaHoSo, look-ups, the scripted
// department, every fault mode, durability across a restart, and the command line as a real process.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { startOnestopReference, type OnestopReference } from '../../hub/onestop-reference/server';
import { dossierItem, dstcodeHeader, lookupReply, onestopErrorCodes, progressKey, progressUpdate } from '../../shared/onestop/convention';
import { http } from '../support/http';
import { runScript } from '../support/run-cli';

const root = join(__dirname, '..', '..');
const code1 = '000.00.13.H56-261128-0001';
const code2 = '000.00.13.H56-261128-0002';

const item = (maHoSo: string, change: Record<string, unknown> = {}) => ({
  MaHoSo: maHoSo,
  MaTTHC: '1.001612',
  TenTTHC: 'Đăng ký khai sinh',
  MaLinhVuc: 'HT',
  TenLinhVuc: 'Hộ tịch',
  SoBienNhan: '360100-01-261128-0001X',
  ChuHoSo: 'Nguyễn Thị Hoà',
  LoaiDoiTuong: '1',
  MaDoiTuong: '014190001234',
  ThongTinKhac: 'KENH=3;MABUUCUC=360100;SOHIEUBUUGUI=RR123456785VN',
  SoDienThoai: '0912345678',
  Email: 'hoa@example.vn',
  TrichYeuHoSo: 'Đăng ký khai sinh — Trường hợp chung',
  NgayTiepNhan: '20261128090000',
  NgayHenTra: '20261203170000',
  TrangThaiHoSo: '2',
  NgayTra: '',
  ThongTinTra: 'Trả tại Bưu điện',
  HinhThuc: '1',
  NgayKetThucXuLy: '',
  DonViXuLy: 'UBND phường Chiềng Lề',
  GhiChu: '',
  TaiLieuNop: [{ TenTepDinhKem: 'Tờ khai đăng ký khai sinh (1 bản chính, 0 bản sao)', MaThanhPhanHoSo: 'KS-01' }],
  DanhSachLePhi: [{ TenPhiLePhi: 'Lệ phí', MaPhiLePhi: '', HinhThucThu: '1', Gia: 8000, LoaiPhiLePhi: '2' }],
  DanhSachGiayToKetQua: [],
  ...change,
});

let clockMs = Date.parse('2026-11-28T02:00:00Z');
const dirs: string[] = [];
const refs: OnestopReference[] = [];

async function start(options: { sessionTtlMs?: number; dataDir?: string } = {}): Promise<OnestopReference> {
  const dataDir = options.dataDir ?? mkdtempSync(join(tmpdir(), 'onestop-ref-'));
  if (!options.dataDir) dirs.push(dataDir);
  const ref = await startOnestopReference({ dataDir, now: () => new Date(clockMs), procedures: [{ MaTTHC: '1.001612', TENTTHC: 'Đăng ký khai sinh' }], ...options });
  refs.push(ref);
  return ref;
}

afterEach(async () => {
  for (const r of refs.splice(0)) await r.close();
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

async function post(url: string, body: unknown, headers: Record<string, string> = {}) {
  const reply = await http(url, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify(body) });
  return { status: reply.status, body: reply.status === 503 ? null : reply.json() };
}

async function signIn(ref: OnestopReference): Promise<string> {
  const { username, password, dstcode } = ref.account;
  const r = await post(ref.authUrl, { username, password }, { [dstcodeHeader]: dstcode });
  expect(r.body.error_code).toBe(0);
  return r.body.session as string;
}

function caller(ref: OnestopReference, session: string) {
  return (service: string, fields: Record<string, unknown>) => post(ref.integrationUrl, { session, madonvi: ref.account.madonvi, service, ...fields });
}

describe('sessions', () => {
  it('are given for the right username, password and dstcode only, and expire', async () => {
    const ref = await start({ sessionTtlMs: 60_000 });
    const { username, password, dstcode } = ref.account;
    expect((await post(ref.authUrl, { username, password: 'sai' }, { [dstcodeHeader]: dstcode })).body.error_code).toBe(onestopErrorCodes.badCredentials);
    expect((await post(ref.authUrl, { username, password })).body).toMatchObject({ error_code: onestopErrorCodes.invalidRequest, problems: [{ path: 'header dstcode' }] });
    expect((await post(ref.authUrl, { username, password }, { [dstcodeHeader]: '000.00.99.H99' })).body.error_code).toBe(onestopErrorCodes.badCredentials);

    const session = await signIn(ref);
    const call = caller(ref, session);
    expect((await call('TraCuuHoSo', { mahoso: code1 })).body).toEqual({ error_code: 0, result: [], DanhSachTienDo: [] });
    expect((await caller(ref, 'made-up')('TraCuuHoSo', { mahoso: code1 })).body.error_code).toBe(onestopErrorCodes.sessionInvalid);

    clockMs += 60_001;
    expect((await call('TraCuuHoSo', { mahoso: code1 })).body.error_code).toBe(onestopErrorCodes.sessionInvalid);
    expect((await caller(ref, await signIn(ref))('TraCuuHoSo', { mahoso: code1 })).body.error_code).toBe(0);
  });
});

describe('validation', () => {
  it('refuses what the convention does not allow, naming the field, and stores nothing', async () => {
    const ref = await start();
    const call = caller(ref, await signIn(ref));
    const bad = await call('DongBoHoSoMC', { isUpdating: 'False', data: [item(code1), item(code2, { NgayTiepNhan: '28/11/2026', LoaiDoiTuong: '3' })] });
    expect(bad.body.error_code).toBe(onestopErrorCodes.invalidRequest);
    expect(bad.body.problems).toEqual(
      expect.arrayContaining([
        { path: 'data.1.NgayTiepNhan', rule: 'onestop.date' },
        { path: 'data.1.LoaiDoiTuong', rule: 'onestop.value' },
      ]),
    );
    expect(bad.body.message).toContain('data.1.NgayTiepNhan');
    expect(ref.dossiers()).toEqual([]);

    const refusals: [string, Record<string, unknown>, number][] = [
      ['DongBoHoSoMC', { isUpdating: 'false', data: [item(code1)] }, onestopErrorCodes.invalidRequest],
      ['DongBoHoSoMC', { isUpdating: 'False', data: [] }, onestopErrorCodes.invalidRequest],
      ['DongBoHoSoMC', { isUpdating: 'False', data: [item(code1), item(code1)] }, onestopErrorCodes.invalidRequest],
      ['DongBoHoSoMC', { isUpdating: 'False', data: [item('HS-0001')] }, onestopErrorCodes.invalidRequest],
      ['DongBoHoSoMC', { isUpdating: 'False', data: [{ ...item(code1), MaTTHCC: 'typo' }] }, onestopErrorCodes.invalidRequest],
      ['TraCuuHoSo', { mahoso: 'x' }, onestopErrorCodes.invalidRequest],
      ['CapNhatTienDoHoSoMC', { data: [{ MaHoSo: code1, TrangThai: '4' }] }, onestopErrorCodes.invalidRequest],
      ['XoaHoSo', {}, onestopErrorCodes.unknownService],
    ];
    for (const [service, fields, expected] of refusals) expect([service, fields, (await call(service, fields)).body.error_code]).toEqual([service, fields, expected]);
    const otherUnit = await post(ref.integrationUrl, { session: (await signIn(ref)) as string, madonvi: '000.00.01.H01', service: 'TraCuuHoSo', mahoso: code1 });
    expect(otherUnit.body).toMatchObject({ error_code: onestopErrorCodes.invalidRequest, problems: [{ path: 'madonvi' }] });
    expect((await http(ref.integrationUrl, { method: 'POST', body: '{not json' })).json().error_code).toBe(onestopErrorCodes.invalidRequest);
    expect(ref.dossiers()).toEqual([]);
  });
});

describe('DongBoHoSoMC, TraCuuHoSo and CapNhatTienDoHoSoMC', () => {
  it('creates once and updates by MaHoSo; isUpdating must say which; a look-up returns the dossier as held', async () => {
    const ref = await start();
    const call = caller(ref, await signIn(ref));
    expect((await call('DongBoHoSoMC', { isUpdating: 'True', data: [item(code1)] })).body.error_code).toBe(onestopErrorCodes.conflict);
    expect((await call('DongBoHoSoMC', { isUpdating: 'False', data: [item(code1)] })).body.error_code).toBe(0);
    expect((await call('DongBoHoSoMC', { isUpdating: 'False', data: [item(code1)] })).body.error_code).toBe(onestopErrorCodes.conflict);
    expect((await call('DongBoHoSoMC', { isUpdating: 'True', data: [item(code1, { TrangThaiHoSo: '4' })] })).body.error_code).toBe(0);
    expect(ref.dossier(code1)).toMatchObject({ created: 1, updates: 1, status: '4' });

    const found = lookupReply.parse((await call('TraCuuHoSo', { mahoso: code1 })).body);
    expect(found.result).toHaveLength(1);
    expect(dossierItem.parse(found.result[0])).toMatchObject({ MaHoSo: code1, TrangThaiHoSo: '4', SoBienNhan: '360100-01-261128-0001X' });

    const update = { MaHoSo: code1, NguoiXuLy: 'Bưu điện', ThoiDiemXuLy: '20261210100000', NoiDungXuLy: 'Đã trả kết quả', TrangThai: '10' };
    expect((await call('CapNhatTienDoHoSoMC', { data: [update] })).body.error_code).toBe(0);
    expect((await call('CapNhatTienDoHoSoMC', { data: [update] })).body.error_code).toBe(0);
    expect((await call('CapNhatTienDoHoSoMC', { data: [{ ...update, MaHoSo: code2 }] })).body.error_code).toBe(onestopErrorCodes.conflict);
    // Recorded as received, so a test sees a duplicate the caller should never have sent.
    expect(ref.progress().filter((p) => progressKey(p.update) === progressKey(update))).toHaveLength(2);
    expect(ref.dossier(code1)!.status).toBe('10');
  });

  it('the department receives, works on and finishes or asks for papers, and the look-up shows it', async () => {
    const ref = await start();
    const call = caller(ref, await signIn(ref));
    expect((await call('DongBoHoSoMC', { isUpdating: 'False', data: [item(code1), item(code2)] })).body.error_code).toBe(0);
    expect(ref.agency('receive', code1)).toEqual({ ok: true, status: '2' });
    expect(ref.agency('process', code1)).toEqual({ ok: true, status: '4' });
    expect(ref.agency('finish', code1)).toEqual({ ok: true, status: '9' });
    expect(ref.agency('supplement', code1)).toEqual({ ok: false, problem: 'notAllowed', status: '9' });
    expect(ref.agency('finish', '000.00.13.H56-261128-0099')).toEqual({ ok: false, problem: 'notFound' });
    expect(ref.agency('supplement', code2)).toEqual({ ok: true, status: '5' });

    // What the look-up shows is itself a valid item, and its reports valid progress updates.
    const done = lookupReply.parse((await call('TraCuuHoSo', { mahoso: code1 })).body);
    const doneItem = dossierItem.parse(done.result[0]);
    expect(doneItem.TrangThaiHoSo).toBe('9');
    expect(doneItem.DanhSachGiayToKetQua).toHaveLength(1);
    expect(doneItem.NgayKetThucXuLy).not.toBe('');
    expect(done.DanhSachTienDo.map((p) => progressUpdate.parse(p).TrangThai)).toEqual(['2', '4', '9']);
    const papers = dossierItem.parse(lookupReply.parse((await call('TraCuuHoSo', { mahoso: code2 })).body).result[0]);
    expect(papers.TrangThaiHoSo).toBe('5');
    expect(papers.DanhSachHoSoBoSung?.[0]?.DanhSachGiayToBoSung[0]?.MaThanhPhanHoSo).toBe('KS-01');
  });

  it('on a schedule, the department takes each dossier to its outcome: every 10th refused, every 5th supplement, the rest finished', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'onestop-ref-'));
    dirs.push(dataDir);
    const ref = await startOnestopReference({ dataDir, procedures: [], schedule: { everyMs: 10 } });
    refs.push(ref);
    const codes = [1, 5, 10].map((n) => `000.00.13.H56-261128-${String(n).padStart(4, '0')}`);
    expect((await caller(ref, await signIn(ref))('DongBoHoSoMC', { isUpdating: 'False', data: codes.map((c) => item(c)) })).body.error_code).toBe(0);
    const outcome = () => codes.map((c) => ref.dossier(c)!.status);
    for (let i = 0; i < 500 && outcome().some((s) => !['9', '5', '3'].includes(s)); i++) await new Promise((r) => setTimeout(r, 10));
    expect(outcome()).toEqual(['9', '5', '3']);
    expect(ref.dossier(codes[0]!)!.history.filter((h) => h.by === 'agency').map((h) => h.TrangThai)).toEqual(['2', '4', '9']);
  });

  it('serves the procedures, and a changed procedure gives a new version', async () => {
    const ref = await start();
    const call = caller(ref, await signIn(ref));
    const list = await call('LayDanhSachTTHC', {});
    expect(list.body).toMatchObject({ error_code: 0, version: 1, result: [{ MaTTHC: '1.001612' }] });
    ref.setProcedure({ MaTTHC: '1.001612', TENTTHC: 'Đăng ký khai sinh (sửa đổi)' });
    expect((await call('LayThuTuc', { maTTHC: '1.001612' })).body.result[0].TENTTHC).toBe('Đăng ký khai sinh (sửa đổi)');
    expect((await call('LayDanhSachTTHC', {})).body.version).toBe(2);
  });
});

describe('fault modes', () => {
  it('error replies and 5xx commit nothing; a reply lost after commit has committed; a session expires mid-batch', async () => {
    const ref = await start();
    const call = caller(ref, await signIn(ref));
    ref.setFaults({ errorReplies: { count: 1, service: 'DongBoHoSoMC', message: 'Hệ thống bận' } });
    expect((await call('DongBoHoSoMC', { isUpdating: 'False', data: [item(code1)] })).body).toMatchObject({ error_code: onestopErrorCodes.internal, message: 'Hệ thống bận' });
    ref.setFaults({ serverErrors: { count: 1 } });
    expect((await call('DongBoHoSoMC', { isUpdating: 'False', data: [item(code1)] })).status).toBe(503);
    expect(ref.dossiers()).toEqual([]);

    ref.setFaults({ loseReplyAfterCommit: { count: 1, service: 'DongBoHoSoMC' } });
    await expect(call('DongBoHoSoMC', { isUpdating: 'False', data: [item(code1)] })).rejects.toThrow();
    expect(ref.dossier(code1)?.created).toBe(1);
    // The caller, not knowing, asks before retrying: the dossier is there.
    expect(lookupReply.parse((await call('TraCuuHoSo', { mahoso: code1 })).body).result).toHaveLength(1);

    ref.setFaults({ expireSessionAfterCalls: 1 });
    expect((await call('TraCuuHoSo', { mahoso: code1 })).body.error_code).toBe(0);
    expect((await call('DongBoHoSoMC', { isUpdating: 'False', data: [item(code2)] })).body.error_code).toBe(onestopErrorCodes.sessionInvalid);
    expect(ref.dossier(code2)).toBeUndefined();
    expect((await caller(ref, await signIn(ref))('DongBoHoSoMC', { isUpdating: 'False', data: [item(code2)] })).body.error_code).toBe(0);

    ref.setFaults({ slowMs: 50 });
    expect((await call('TraCuuHoSo', { mahoso: code1 })).body.error_code).toBe(onestopErrorCodes.sessionInvalid);
    ref.setFaults({ slowMs: 0 });
  });

  it('duplicate status reports: the same department report appears twice in the look-up', async () => {
    const ref = await start();
    const call = caller(ref, await signIn(ref));
    await call('DongBoHoSoMC', { isUpdating: 'False', data: [item(code1)] });
    ref.setFaults({ duplicateStatusReports: 1 });
    ref.agency('receive', code1);
    ref.agency('process', code1);
    const found = lookupReply.parse((await call('TraCuuHoSo', { mahoso: code1 })).body);
    expect(progressKey(found.DanhSachTienDo[1]!)).toBe(progressKey(found.DanhSachTienDo[0]!));
    expect(found.DanhSachTienDo.map((p) => p.TrangThai)).toEqual(['2', '2', '4']);
  });
});

describe('durability', () => {
  it('a dossier committed before the reply is there after a restart, with the same credentials', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'onestop-ref-'));
    dirs.push(dataDir);
    const first = await start({ dataDir });
    const account = { ...first.account };
    await caller(first, await signIn(first))('DongBoHoSoMC', { isUpdating: 'False', data: [item(code1)] });
    first.agency('receive', code1);
    await first.close();
    refs.splice(refs.indexOf(first), 1);
    const second = await start({ dataDir });
    expect(second.account).toEqual(account);
    expect(second.dossier(code1)).toMatchObject({ created: 1, status: '2' });
  });
});

describe('the command line', () => {
  it('serve prints its URL and credentials; agency moves a dossier by hand, refusing an impossible move', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'onestop-ref-cli-'));
    dirs.push(dataDir);
    const server: ChildProcess = spawn(process.execPath, ['--import', 'tsx', join(root, 'hub/onestop-reference/cli.ts'), 'serve', '--data-dir', dataDir], { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] });
    try {
      const lines = await new Promise<string[]>((resolve, reject) => {
        let out = '';
        server.stdout!.on('data', (d: Buffer) => {
          out += d.toString();
          const l = out.split('\n');
          if (l.length >= 3) resolve(l);
        });
        server.on('exit', (code) => reject(new Error(`serve exited ${code}`)));
      });
      const url = lines[0]!;
      expect(url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
      const creds = Object.fromEntries(lines[1]!.split(' ').map((kv) => kv.split('=') as [string, string]));
      expect(Object.keys(creds)).toEqual(['username', 'password', 'dstcode', 'madonvi']);

      const auth = await post(`${url}/api/auth`, { username: creds.username, password: creds.password }, { [dstcodeHeader]: creds.dstcode! });
      const call = (service: string, fields: Record<string, unknown>) => post(`${url}/api/integration`, { session: auth.body.session, madonvi: creds.madonvi, service, ...fields });
      expect((await call('DongBoHoSoMC', { isUpdating: 'False', data: [item(code1)] })).body.error_code).toBe(0);

      const agency = (...args: string[]) => runOnestop([...args, '--data-dir', dataDir]);
      expect(await agency('agency', 'finish', code1)).toMatchObject({ code: 0, stdout: `${code1}: TrangThaiHoSo=9\n` });
      const again = await agency('agency', 'supplement', code1);
      expect(again.code).toBe(1);
      expect(again.stderr).toContain('đang ở trạng thái 9');
      expect((await agency('agency', 'finish', code2)).stderr).toContain(`Không có hồ sơ ${code2}`);
      expect(lookupReply.parse((await call('TraCuuHoSo', { mahoso: code1 })).body).result[0]!.TrangThaiHoSo).toBe('9');

      const faults = await agency('faults', '--lose-reply', '1', '--service', 'DongBoHoSoMC');
      expect(faults.code).toBe(0);
      await expect(call('DongBoHoSoMC', { isUpdating: 'False', data: [item(code2)] })).rejects.toThrow();
      expect(lookupReply.parse((await call('TraCuuHoSo', { mahoso: code2 })).body).result).toHaveLength(1);
    } finally {
      server.kill('SIGTERM');
      await new Promise((r) => server.once('exit', r));
    }
    // Stopped: the command edits the saved state itself.
    expect((await runOnestop(['agency', 'receive', code2, '--data-dir', dataDir])).code).toBe(0);
  });
});

const runOnestop = (args: string[]) => runScript('hub/onestop-reference/cli.ts', args);
