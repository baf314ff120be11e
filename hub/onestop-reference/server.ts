// The reference one-stop system: a real HTTP service speaking the convention in
// shared/onestop/convention.ts, for demos, training and the hub's tests. It judges every request
// by the convention, not by what the hub happens to send, and keeps its own durable state. The
// hub never imports it; it only ever sees it through its URL.
import { randomBytes } from 'node:crypto';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import type { z } from 'zod';
import {
  authRequest,
  dongBoHoSoRequest,
  dossierItem,
  dstcodeHeader,
  integrationEnvelope,
  lookupRequest,
  onestopErrorCodes,
  type OnestopProblem,
  problemsOf,
  procedureListRequest,
  procedureRequest,
  progressRequest,
  progressUpdate,
} from '../../shared/onestop/convention';
import { type AgencyAction, type AgencyOutcome, agencyActions, applyAgencyAction, scheduledAction } from './agency';
import { faultChange, type FaultModes, noFaults, takeCounted } from './faults';
import { type ReceivedProgress, type ReferenceAccount, ReferenceStore, type StoredDossier } from './store';

export const referencePaths = { auth: '/api/auth', integration: '/api/integration', agency: '/control/agency', faults: '/control/faults' } as const;
/** Where a running server leaves its URL and control token, for the `agency` and `faults` commands. */
export const serverInfoFile = 'onestop-server.json';
export const controlTokenHeader = 'x-control-token';

export interface OnestopReferenceOptions {
  dataDir: string;
  port?: number;
  /** How long a session lives (30 minutes by default). */
  sessionTtlMs?: number;
  /** Run the scripted department: one step for every dossier every `everyMs`. */
  schedule?: { everyMs: number } | null;
  /** The clock, for sessions and dates (tests move it instead of waiting). */
  now?: () => Date;
  /** Told of each integration call made durable, before its reply: a test kills its caller here. */
  onCommit?: (service: string) => void;
  /** Procedures served by LayThuTuc / LayDanhSachTTHC on a new data folder (the sample catalogue by default). */
  procedures?: Record<string, unknown>[];
}

export interface OnestopReference {
  url: string;
  authUrl: string;
  integrationUrl: string;
  account: ReferenceAccount;
  setFaults(faults: Partial<FaultModes>): void;
  faults(): FaultModes;
  agency(action: AgencyAction, maHoSo: string): AgencyOutcome;
  dossier(maHoSo: string): StoredDossier | undefined;
  dossiers(): StoredDossier[];
  progress(): ReceivedProgress[];
  /** Replaces (or adds) a procedure record: LayDanhSachTTHC then answers a new version. */
  setProcedure(record: Record<string, unknown> & { MaTTHC: string }): void;
  close(): Promise<void>;
}

type Reply = { status: number; body: unknown; commit: boolean };

const ok = (body: Record<string, unknown> = {}, commit = false): Reply => ({ status: 200, body: { error_code: onestopErrorCodes.ok, ...body }, commit });
const refuse = (code: number, message: string, problems?: OnestopProblem[]): Reply => ({ status: 200, body: { error_code: code, message, ...(problems && { problems }) }, commit: false });
const invalid = (problems: OnestopProblem[]) =>
  refuse(onestopErrorCodes.invalidRequest, `Dữ liệu không hợp lệ: ${problems.map((p) => `${p.path || '(gốc)'} (${p.rule})`).join('; ')}`, problems);

function sampleProcedures(): Record<string, unknown>[] {
  const file = new URL('../../resources/catalogue/sample-catalogue.json', import.meta.url);
  return (JSON.parse(readFileSync(file, 'utf8')) as { procedures: Record<string, unknown>[] }).procedures;
}

export async function startOnestopReference(options: OnestopReferenceOptions): Promise<OnestopReference> {
  const now = options.now ?? (() => new Date());
  const ttl = options.sessionTtlMs ?? 30 * 60_000;
  const store = ReferenceStore.open(options.dataDir, { procedures: options.procedures ?? sampleProcedures() });
  const state = store.state;
  const sessions = new Map<string, { expiresAt: number; unit: string }>();
  const controlToken = randomBytes(18).toString('base64url');
  let faults: FaultModes = { ...noFaults };

  function agencyMove(action: AgencyAction, maHoSo: string): AgencyOutcome {
    const times = faults.duplicateStatusReports > 0 ? 2 : 1;
    const outcome = applyAgencyAction(state.dossiers[maHoSo], action, now(), times);
    if (outcome.ok) {
      if (times === 2) faults = { ...faults, duplicateStatusReports: faults.duplicateStatusReports - 1 };
      store.commit();
    }
    return outcome;
  }

  function lookupView(d: StoredDossier): Record<string, unknown> {
    return {
      ...d.item,
      TrangThaiHoSo: d.status,
      // Status 10 reported by a progress update before the item itself carried NgayTra.
      NgayTra: d.item.NgayTra || (d.status === '10' ? (d.history.at(-1)?.at ?? '') : ''),
      NgayHenTra: d.agency.NgayHenTra ?? d.item.NgayHenTra,
      NgayKetThucXuLy: d.agency.NgayKetThucXuLy ?? d.item.NgayKetThucXuLy,
      DanhSachGiayToKetQua: d.agency.DanhSachGiayToKetQua.length ? d.agency.DanhSachGiayToKetQua : d.item.DanhSachGiayToKetQua,
      DanhSachHoSoBoSung: d.agency.DanhSachHoSoBoSung,
    };
  }

  function syncDossiers(body: unknown): Reply {
    const envelope = dongBoHoSoRequest.safeParse(body);
    if (!envelope.success) return invalid(problemsOf(envelope.error));
    const items: z.output<typeof dossierItem>[] = [];
    const problems: OnestopProblem[] = [];
    envelope.data.data.forEach((raw, i) => {
      const item = dossierItem.safeParse(raw);
      if (item.success) items.push(item.data);
      else problems.push(...problemsOf(item.error).map((p) => ({ ...p, path: `data.${i}${p.path ? `.${p.path}` : ''}` })));
    });
    if (problems.length) return invalid(problems);
    const codes = items.map((i) => i.MaHoSo);
    const twice = codes.find((c, i) => codes.indexOf(c) !== i);
    if (twice) return invalid([{ path: 'data', rule: `onestop.duplicateInBatch:${twice}` }]);
    const updating = envelope.data.isUpdating === 'True';
    const wrong = codes.filter((c) => (state.dossiers[c] !== undefined) !== updating);
    if (wrong.length)
      return refuse(onestopErrorCodes.conflict, updating ? `Hồ sơ chưa có trên hệ thống: ${wrong.join(', ')}` : `Hồ sơ đã có trên hệ thống: ${wrong.join(', ')}`);
    for (const item of items) {
      const existing = state.dossiers[item.MaHoSo];
      if (existing) {
        existing.item = item;
        existing.updates += 1;
        if (item.TrangThaiHoSo !== existing.status) {
          existing.status = item.TrangThaiHoSo;
          existing.history.push({ TrangThai: item.TrangThaiHoSo, at: item.NgayTra || item.NgayTiepNhan, by: 'caller' });
        }
      } else {
        state.dossiers[item.MaHoSo] = {
          item,
          created: 1,
          updates: 0,
          status: item.TrangThaiHoSo,
          history: [{ TrangThai: item.TrangThaiHoSo, at: item.NgayTiepNhan, by: 'caller' }],
          agency: { NgayHenTra: null, NgayKetThucXuLy: null, DanhSachGiayToKetQua: [], DanhSachHoSoBoSung: [] },
          agencyProgress: [],
        };
      }
    }
    return ok({ message: `Đã đồng bộ ${items.length} hồ sơ` }, true);
  }

  function recordProgress(body: unknown): Reply {
    const envelope = progressRequest.safeParse(body);
    if (!envelope.success) return invalid(problemsOf(envelope.error));
    const updates: z.output<typeof progressUpdate>[] = [];
    const problems: OnestopProblem[] = [];
    envelope.data.data.forEach((raw, i) => {
      const u = progressUpdate.safeParse(raw);
      if (u.success) updates.push(u.data);
      else problems.push(...problemsOf(u.error).map((p) => ({ ...p, path: `data.${i}${p.path ? `.${p.path}` : ''}` })));
    });
    if (problems.length) return invalid(problems);
    const unknown = updates.filter((u) => !state.dossiers[u.MaHoSo]).map((u) => u.MaHoSo);
    if (unknown.length) return refuse(onestopErrorCodes.conflict, `Hồ sơ chưa có trên hệ thống: ${unknown.join(', ')}`);
    const receivedAt = now().toISOString();
    for (const u of updates) {
      state.progress.push({ update: u, receivedAt });
      const d = state.dossiers[u.MaHoSo]!;
      if (u.TrangThai !== d.status) {
        d.status = u.TrangThai;
        d.history.push({ TrangThai: u.TrangThai, at: u.ThoiDiemXuLy, by: 'caller' });
      }
    }
    return ok({ message: `Đã cập nhật ${updates.length} tiến độ` }, true);
  }

  function handleService(service: string, body: unknown): Reply {
    switch (service) {
      case 'DongBoHoSoMC':
        return syncDossiers(body);
      case 'CapNhatTienDoHoSoMC':
        return recordProgress(body);
      case 'TraCuuHoSo': {
        const r = lookupRequest.safeParse(body);
        if (!r.success) return invalid(problemsOf(r.error));
        const d = state.dossiers[r.data.mahoso];
        return ok({ result: d ? [lookupView(d)] : [], DanhSachTienDo: d ? d.agencyProgress : [] });
      }
      case 'LayThuTuc': {
        const r = procedureRequest.safeParse(body);
        if (!r.success) return invalid(problemsOf(r.error));
        const p = state.procedures[r.data.maTTHC];
        return ok({ result: p ? [p] : [] });
      }
      case 'LayDanhSachTTHC': {
        const r = procedureListRequest.safeParse(body);
        if (!r.success) return invalid(problemsOf(r.error));
        return ok({ result: Object.values(state.procedures), version: state.procedureVersion });
      }
      default:
        return refuse(onestopErrorCodes.unknownService, `Dịch vụ không được hỗ trợ: ${service}`);
    }
  }

  function signIn(req: IncomingMessage, body: unknown): Reply {
    const r = authRequest.safeParse(body);
    if (!r.success) return invalid(problemsOf(r.error));
    const dstcode = req.headers[dstcodeHeader];
    if (typeof dstcode !== 'string' || dstcode === '') return invalid([{ path: `header ${dstcodeHeader}`, rule: 'onestop.required' }]);
    const a = state.account;
    if (r.data.username !== a.username || r.data.password !== a.password || dstcode !== a.dstcode)
      return refuse(onestopErrorCodes.badCredentials, 'Sai tên đăng nhập, mật khẩu hoặc mã đơn vị');
    const session = randomBytes(24).toString('base64url');
    sessions.set(session, { expiresAt: now().getTime() + ttl, unit: dstcode });
    return ok({ session });
  }

  function integration(body: unknown): Reply {
    const envelope = integrationEnvelope.safeParse(body);
    if (!envelope.success) return invalid(problemsOf(envelope.error));
    const { service, session, madonvi } = envelope.data;
    if (faults.expireSessionAfterCalls !== null) {
      if (faults.expireSessionAfterCalls <= 0) sessions.clear();
      faults = { ...faults, expireSessionAfterCalls: faults.expireSessionAfterCalls <= 0 ? null : faults.expireSessionAfterCalls - 1 };
    }
    const s = sessions.get(session);
    if (!s || s.expiresAt <= now().getTime()) {
      sessions.delete(session);
      return refuse(onestopErrorCodes.sessionInvalid, 'Phiên làm việc không hợp lệ hoặc đã hết hạn');
    }
    if (madonvi !== s.unit) return invalid([{ path: 'madonvi', rule: 'onestop.unitMismatch' }]);
    const message = faults.errorReplies?.message;
    const error = takeCounted(faults.errorReplies, service);
    if (error.hit) {
      faults = { ...faults, errorReplies: error.rest };
      return refuse(onestopErrorCodes.internal, message || 'Lỗi hệ thống (mô phỏng)');
    }
    return handleService(service, body);
  }

  function control(req: IncomingMessage, path: string, body: unknown): Reply {
    if (req.headers[controlTokenHeader] !== controlToken) return { status: 403, body: { message: 'forbidden' }, commit: false };
    if (path === referencePaths.faults) {
      const change = faultChange.safeParse(body);
      if (!change.success) return { status: 400, body: { problems: problemsOf(change.error) }, commit: false };
      api.setFaults(change.data);
      return { status: 200, body: { faults }, commit: false };
    }
    const { action, MaHoSo } = body as { action?: string; MaHoSo?: string };
    if (!agencyActions.includes(action as AgencyAction) || typeof MaHoSo !== 'string') return { status: 400, body: { message: 'action and MaHoSo' }, commit: false };
    const outcome = agencyMove(action as AgencyAction, MaHoSo);
    return { status: outcome.ok ? 200 : 409, body: outcome, commit: false };
  }

  const server = createServer((req, res) => {
    void handle(req, res).catch((e: unknown) => {
      if (!res.headersSent) send(res, { status: 500, body: { error_code: onestopErrorCodes.internal, message: String(e) }, commit: false });
    });
  });

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const path = new URL(req.url ?? '/', 'http://x').pathname;
    if (req.method !== 'POST') return send(res, { status: 405, body: { message: 'POST only' }, commit: false });
    const raw = await readBody(req);
    if (raw === null) return send(res, { status: 413, body: { message: 'too large' }, commit: false });
    let body: unknown;
    try {
      body = JSON.parse(raw);
    } catch {
      return send(res, refuse(onestopErrorCodes.invalidRequest, 'Nội dung không phải JSON'));
    }
    if (path === referencePaths.agency || path === referencePaths.faults) return send(res, control(req, path, body));
    if (path !== referencePaths.auth && path !== referencePaths.integration) return send(res, { status: 404, body: { message: 'not found' }, commit: false });
    if (faults.slowMs > 0) await new Promise((r) => setTimeout(r, faults.slowMs));
    const service = path === referencePaths.auth ? 'auth' : String((body as { service?: unknown } | null)?.service ?? '');
    const fiveHundred = takeCounted(faults.serverErrors, service);
    if (fiveHundred.hit) {
      faults = { ...faults, serverErrors: fiveHundred.rest };
      res.writeHead(503, { 'content-type': 'text/html' }).end('<h1>503 Service Unavailable</h1>');
      return;
    }
    const reply = path === referencePaths.auth ? signIn(req, body) : integration(body);
    if (reply.commit) {
      store.commit();
      options.onCommit?.(service);
      const lost = takeCounted(faults.loseReplyAfterCommit, service);
      if (lost.hit) {
        faults = { ...faults, loseReplyAfterCommit: lost.rest };
        req.socket.destroy();
        return;
      }
    }
    send(res, reply);
  }

  let timer: NodeJS.Timeout | null = null;
  if (options.schedule) {
    timer = setInterval(() => {
      for (const d of Object.values(state.dossiers)) {
        const action = scheduledAction(d);
        if (action) agencyMove(action, d.item.MaHoSo);
      }
    }, options.schedule.everyMs);
  }

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => resolve());
  });
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const infoPath = join(options.dataDir, serverInfoFile);
  writeFileSync(infoPath, JSON.stringify({ url, controlToken, pid: process.pid }), { mode: 0o600 });

  const api: OnestopReference = {
    url,
    authUrl: url + referencePaths.auth,
    integrationUrl: url + referencePaths.integration,
    account: state.account,
    setFaults: (f) => {
      faults = { ...faults, ...f };
    },
    faults: () => faults,
    agency: agencyMove,
    dossier: (code) => state.dossiers[code],
    dossiers: () => Object.values(state.dossiers),
    progress: () => state.progress,
    setProcedure: (record) => {
      state.procedures[record.MaTTHC] = record;
      state.procedureVersion += 1;
      store.commit();
    },
    close: async () => {
      if (timer) clearInterval(timer);
      rmSync(infoPath, { force: true });
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
  return api;
}

function send(res: ServerResponse, reply: Reply): void {
  res.writeHead(reply.status, { 'content-type': 'application/json; charset=utf-8' }).end(JSON.stringify(reply.body));
}

const maxBody = 4 * 1024 * 1024;

function readBody(req: IncomingMessage): Promise<string | null> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (c: Buffer) => {
      size += c.length;
      if (size > maxBody) {
        resolve(null);
        req.destroy();
      } else chunks.push(c);
    });
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}
