// The exchange convention of provincial one-stop systems (Hệ thống thông tin giải quyết TTHC cấp
// tỉnh) and the national portal, as the open-source OpenCPS and provincial integration platforms
// implement it: a session call, then one integration endpoint that takes `{session, madonvi,
// service, …}`. Both the hub's connector and the reference one-stop system read this file, so a
// field renamed on one side fails the other's type check, and what "valid" means lives once.
import { z } from 'zod';

// ── Dates: yyyyMMddHHmmss in Vietnam time ───────────────────────────────────────────────────────

/** Vietnam keeps UTC+7 all year (no daylight saving since 1975), so the offset is a constant. */
const vietnamOffsetMs = 7 * 3_600_000;

/** An instant as the convention writes it: 14 digits, Vietnam wall-clock time. */
export function formatOnestopDate(instant: Date | string): string {
  const d = new Date(new Date(instant).getTime() + vietnamOffsetMs);
  if (Number.isNaN(d.getTime())) throw new RangeError(`not an instant: ${String(instant)}`);
  const p = (n: number, w = 2) => String(n).padStart(w, '0');
  return `${p(d.getUTCFullYear(), 4)}${p(d.getUTCMonth() + 1)}${p(d.getUTCDate())}${p(d.getUTCHours())}${p(d.getUTCMinutes())}${p(d.getUTCSeconds())}`;
}

/**
 * The instant a convention date names, or null when the text is not one: wrong length, a
 * non-digit, or a day that does not exist (20260230…, hour 24). Never rolled over into a
 * neighbouring date.
 */
export function parseOnestopDate(text: string): Date | null {
  const m = /^(\d{4})(\d{2})(\d{2})(\d{2})(\d{2})(\d{2})$/.exec(text);
  if (!m) return null;
  const [y, mo, d, h, mi, s] = m.slice(1).map(Number) as [number, number, number, number, number, number];
  const wall = Date.UTC(y, mo - 1, d, h, mi, s);
  const back = new Date(wall);
  if (back.getUTCFullYear() !== y || back.getUTCMonth() !== mo - 1 || back.getUTCDate() !== d || back.getUTCHours() !== h || back.getUTCMinutes() !== mi || back.getUTCSeconds() !== s) return null;
  return new Date(wall - vietnamOffsetMs);
}

const onestopDate = z.string().refine((s) => parseOnestopDate(s) !== null, { error: 'onestop.date' });
/** Optional dates are sent as "" (OpenCPS writes a blank for a date not yet known). */
const optionalDate = z.union([z.literal(''), onestopDate]).default('');

// ── Codes ───────────────────────────────────────────────────────────────────────────────────────

/** A government unit's identifier (Decision 20/2020/QĐ-TTg): digits, A–Z and dots, up to 35. */
const unitCodePattern = '[0-9A-Z][0-9A-Z.]{0,34}';
/**
 * A dossier code (Circular 01/2018/TT-VPCP art. 19, Decree 61/2018 art. 26): `<unit>-YYMMDD-NNNN`,
 * the receiving unit, the receipt date and a 4-digit sequence within that day. Decree 118/2025
 * replaced Decree 61; whether it changed the format was not verified, so the pattern lives here only.
 */
export const dossierCodePattern = new RegExp(`^(${unitCodePattern})-(\\d{6})-(\\d{4})$`);

export function formatDossierCode(unitCode: string, receivedAt: Date | string, sequence: number): string {
  if (!Number.isInteger(sequence) || sequence < 1 || sequence > 9999) throw new RangeError(`dossier sequence out of range: ${sequence}`);
  return `${unitCode}-${formatOnestopDate(receivedAt).slice(2, 8)}-${String(sequence).padStart(4, '0')}`;
}

export function parseDossierCode(code: string): { unitCode: string; yymmdd: string; sequence: number } | null {
  const m = dossierCodePattern.exec(code);
  return m ? { unitCode: m[1]!, yymmdd: m[2]!, sequence: Number(m[3]) } : null;
}

/** TrangThaiHoSo 1–10, sent as text ("4"); numbers are accepted on the way in and kept as text. */
export const trangThaiCodes = ['1', '2', '3', '4', '5', '6', '7', '8', '9', '10'] as const;
export type TrangThai = (typeof trangThaiCodes)[number];
const asText = (error: string) => z.union([z.string(), z.number().int().transform((n) => String(n))], { error });
const trangThai = asText('onestop.status').pipe(z.enum(trangThaiCodes, { error: 'onestop.status' }));

const text = (max: number) => z.string({ error: 'onestop.required' }).trim().max(max, { error: 'onestop.tooLong' });
const required = (max: number) => text(max).min(1, { error: 'onestop.required' });
const flag = <T extends string>(values: readonly [T, ...T[]]) => asText('onestop.value').pipe(z.enum(values, { error: 'onestop.value' }));
const vnd = z.union([z.number().int().min(0).max(1_000_000_000_000), z.string().regex(/^\d{1,13}$/).transform(Number)], { error: 'onestop.amount' });

// ── The session call ────────────────────────────────────────────────────────────────────────────

/** Header naming the caller's unit code on the session call. */
export const dstcodeHeader = 'dstcode';
export const authRequest = z.object({ username: required(100), password: required(200) }).strict();
export const authReply = z.object({ session: z.string().min(1), error_code: z.literal(0) });

// ── error_code ──────────────────────────────────────────────────────────────────────────────────

/**
 * Success is error_code 0; OpenCPS also reads "0" and "00" as success. Other codes are the
 * reference system's (real systems document none): the connector relies only on ok / not ok and
 * on `sessionInvalid` to know it must sign in again before retrying the same call.
 */
export const onestopErrorCodes = {
  ok: 0,
  invalidRequest: 1,
  badCredentials: 2,
  sessionInvalid: 3,
  unknownService: 4,
  /** isUpdating "False" for a dossier it already holds, "True" for one it does not. */
  conflict: 5,
  internal: 99,
} as const;

export function isOnestopSuccess(reply: unknown): boolean {
  if (typeof reply !== 'object' || reply === null) return false;
  const code = (reply as { error_code?: unknown }).error_code;
  return code === 0 || code === '0' || code === '00';
}

export function isSessionRefused(reply: unknown): boolean {
  if (typeof reply !== 'object' || reply === null) return false;
  const code = (reply as { error_code?: unknown }).error_code;
  return Number(code) === onestopErrorCodes.sessionInvalid;
}

/** Every reply that is not a success: the code and a message for the log and the operator. */
export const errorReply = z.object({ error_code: z.union([z.number(), z.string()]), message: z.string().default('') });

// ── DongBoHoSoMC: the dossier, upserted by MaHoSo ───────────────────────────────────────────────

export const submittedPaper = z
  .object({
    TepDinhKemId: text(100).optional(),
    TenTepDinhKem: required(1000),
    IsDeleted: z.union([z.enum(['True', 'False']), z.boolean()]).optional(),
    /** The paper's code in the procedure's checklist (MAGIAYTO); "" where the record gives none. */
    MaThanhPhanHoSo: text(60),
    DuongDanTaiTepTin: text(2000).optional(),
  })
  .strict();

export const feeLine = z
  .object({
    TenPhiLePhi: required(1000),
    MaPhiLePhi: text(60),
    HinhThucThu: flag(['1', '2']),
    Gia: vnd,
    LoaiPhiLePhi: flag(['1', '2']),
  })
  .strict();

export const resultPaper = z
  .object({
    TenGiayTo: required(1000),
    MaThanhPhanHoSo: text(60),
    GiayToId: text(100).optional(),
    DuongDanTepTinKetQua: text(2000).optional(),
  })
  .strict();

export const supplementRequest = z
  .object({
    HoSoBoSungId: text(100).optional(),
    NguoiYeuCauBoSung: text(200),
    NoiDungBoSung: required(4000),
    NgayBoSung: onestopDate,
    DanhSachGiayToBoSung: z.array(z.object({ TenGiayTo: required(1000), MaThanhPhanHoSo: text(60) }).strict()).max(200).default([]),
  })
  .strict();

export const dossierItem = z
  .object({
    MaHoSo: z.string().trim().regex(dossierCodePattern, { error: 'onestop.dossierCode' }),
    MaTTHC: required(40),
    TenTTHC: required(2000),
    MaLinhVuc: required(40),
    TenLinhVuc: required(1000),
    /** The receipt number the citizen holds: the post office's slip number. */
    SoBienNhan: text(50).default(''),
    ChuHoSo: required(300),
    LoaiDoiTuong: flag(['1', '2']),
    MaDoiTuong: text(40).default(''),
    ThongTinKhac: text(4000).default(''),
    SoDienThoai: text(30).refine((s) => s === '' || /^\+?\d{8,15}$/.test(s), { error: 'onestop.phone' }).default(''),
    Email: text(200).refine((s) => s === '' || /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(s), { error: 'onestop.email' }).default(''),
    Fax: text(30).optional(),
    TrichYeuHoSo: text(4000).default(''),
    NgayTiepNhan: onestopDate,
    NgayHenTra: onestopDate,
    TrangThaiHoSo: trangThai,
    NgayTra: optionalDate,
    ThongTinTra: text(4000).default(''),
    /** "1": the result goes back through the public postal service; "0": collected at the agency. */
    HinhThuc: flag(['0', '1']),
    NgayKetThucXuLy: optionalDate,
    DonViXuLy: required(500),
    GhiChu: text(4000).default(''),
    TaiLieuNop: z.array(submittedPaper).max(200).default([]),
    DanhSachLePhi: z.array(feeLine).max(50).default([]),
    DanhSachGiayToKetQua: z.array(resultPaper).max(200).default([]),
    DanhSachHoSoBoSung: z.array(supplementRequest).max(50).optional(),
    DanhSachTepDinhKemKhac: z.array(z.object({ TenGiayTo: required(1000), SoLuong: z.union([z.number().int(), z.string()]), LoaiGiayTo: text(60) }).strict()).max(200).optional(),
  })
  .strict()
  .superRefine((item, ctx) => {
    const received = parseOnestopDate(item.NgayTiepNhan);
    const due = parseOnestopDate(item.NgayHenTra);
    if (received && due && due < received) ctx.addIssue({ code: 'custom', path: ['NgayHenTra'], message: 'onestop.dueBeforeReceipt' });
    const code = parseDossierCode(item.MaHoSo);
    if (code && code.yymmdd !== item.NgayTiepNhan.slice(2, 8)) ctx.addIssue({ code: 'custom', path: ['MaHoSo'], message: 'onestop.codeDate' });
    if (item.TrangThaiHoSo === '10' && item.NgayTra === '') ctx.addIssue({ code: 'custom', path: ['NgayTra'], message: 'onestop.required' });
  });
export type DossierItem = z.input<typeof dossierItem>;
export type DossierItemStored = z.output<typeof dossierItem>;

/** Fields every integration call carries beside its own. */
const envelope = { session: required(200), madonvi: required(40) };

/** Items per DongBoHoSoMC call: provincial platforms take small batches. */
export const maxItemsPerCall = 50;

export const dongBoHoSoRequest = z
  .object({
    ...envelope,
    service: z.literal('DongBoHoSoMC'),
    /** Text, as OpenCPS sends it: "False" creates, "True" updates. */
    isUpdating: z.enum(['True', 'False'], { error: 'onestop.isUpdating' }),
    data: z.array(z.unknown()).min(1, { error: 'onestop.required' }).max(maxItemsPerCall, { error: 'onestop.tooLong' }),
  })
  .strict();

// ── CapNhatTienDoHoSoMC: progress, with no idempotency key ──────────────────────────────────────

export const progressUpdate = z
  .object({
    MaHoSo: z.string().trim().regex(dossierCodePattern, { error: 'onestop.dossierCode' }),
    NguoiXuLy: required(200),
    ChucDanh: text(200).default(''),
    ThoiDiemXuLy: onestopDate,
    PhongBanXuLy: text(300).default(''),
    NoiDungXuLy: required(4000),
    TrangThai: trangThai,
    NgayBatDau: optionalDate,
    NgayKetThucTheoQuyDinh: optionalDate,
  })
  .strict();
export type ProgressUpdate = z.input<typeof progressUpdate>;

/** What makes two progress updates the same report: the caller must never send one twice. */
export function progressKey(u: { MaHoSo: string; TrangThai: string | number; ThoiDiemXuLy: string }): string {
  return `${u.MaHoSo}|${String(u.TrangThai)}|${u.ThoiDiemXuLy}`;
}

export const progressRequest = z
  .object({ ...envelope, service: z.literal('CapNhatTienDoHoSoMC'), data: z.array(z.unknown()).min(1, { error: 'onestop.required' }).max(maxItemsPerCall, { error: 'onestop.tooLong' }) })
  .strict();

// ── Look-ups ────────────────────────────────────────────────────────────────────────────────────

/** `mahoso` in lower case, as OpenCPS sends it. The reply's `result` is empty when the code is unknown. */
export const lookupRequest = z.object({ ...envelope, service: z.literal('TraCuuHoSo'), mahoso: z.string().trim().regex(dossierCodePattern, { error: 'onestop.dossierCode' }) }).strict();
/**
 * The dossier as the system holds it now (status, appointment, results, supplement requests), and
 * the department's progress reports in CapNhatTienDoHoSoMC's shape (`DanhSachTienDo`: no public
 * text names this list; the reference system's choice). Reports may repeat: a reader de-duplicates
 * them by `progressKey`.
 */
export const lookupReply = z.object({
  error_code: z.unknown().refine((c) => isOnestopSuccess({ error_code: c }), { error: 'onestop.notSuccess' }),
  // What a reader uses is checked; a real system's other fields pass through (dossierItem is the full rule).
  result: z.array(
    z.looseObject({
      MaHoSo: z.string(),
      TrangThaiHoSo: trangThai,
      NgayHenTra: optionalDate,
      DanhSachHoSoBoSung: z.array(z.looseObject({ NoiDungBoSung: z.string() })).default([]),
      // A finished dossier: when, and the result papers the post office goes to collect.
      NgayKetThucXuLy: optionalDate,
      DanhSachGiayToKetQua: z.array(z.looseObject({ TenGiayTo: z.string().trim().min(1) })).default([]),
    }),
  ),
  DanhSachTienDo: z.array(z.looseObject({ MaHoSo: z.string(), TrangThai: trangThai, ThoiDiemXuLy: z.string(), NoiDungXuLy: z.string().default('') })).default([]),
});

export const procedureRequest = z.object({ ...envelope, service: z.literal('LayThuTuc'), maTTHC: required(40) }).strict();
export const procedureListRequest = z.object({ ...envelope, service: z.literal('LayDanhSachTTHC') }).strict();

export const onestopServices = ['DongBoHoSoMC', 'CapNhatTienDoHoSoMC', 'TraCuuHoSo', 'LayThuTuc', 'LayDanhSachTTHC'] as const;
export type OnestopService = (typeof onestopServices)[number];
export const integrationEnvelope = z.object({ ...envelope, service: z.string() }).loose();

/** A validation problem, for a reply's message: where, and the rule broken. */
export interface OnestopProblem {
  path: string;
  rule: string;
}

export function problemsOf(error: z.ZodError): OnestopProblem[] {
  return error.issues.map((i) => ({ path: i.path.join('.'), rule: i.code === 'custom' || i.message.startsWith('onestop.') ? i.message : i.code }));
}
