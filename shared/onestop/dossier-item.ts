// The one mapping between the counter's dossier and the one-stop convention: the record kept in
// the `dossier.received` entry → a DongBoHoSoMC item, and the lifecycle ↔ TrangThaiHoSo both ways.
// The choices the convention leaves open are made here and nowhere else (README, "One-stop
// convention: what the post office chose").
import { type DossierStatus, nationalStatusCode } from '../dossier/lifecycle';
import type { DossierService } from '../tariff/tariff';
import { type DossierItem, formatOnestopDate, type TrangThai } from './convention';

/**
 * What the mapping reads of a dossier record (electron/services/intake/dossier-record.ts keeps
 * more). Declared here because shared/ cannot import the services; a type test holds the two
 * together.
 */
export interface OnestopDossierSource {
  slipNumber: string;
  s10: string;
  receivedAt: string;
  office: { code: string; name: string };
  procedure: { code: string; name: string; caseName: string; agency: string; field?: { code: string; name: string } | null };
  agency?: { name: string; unitCode: string | null };
  papers: { name: string; originals: number; copies: number; code?: string | null }[];
  applicant: { kind: 'person' | 'organisation'; name: string; idNumber: string; phone: string; email: string | null; address: string };
  service: DossierService;
  returnMethod: { kind: 'counter' } | { kind: 'home'; address: string };
  fees: { lines: { label: string; vnd: number }[]; exemptionReason: string | null };
  payment: { method: 'cash' } | { method: 'transfer'; reference: string };
  due: { dueDate: string };
}

/** The post office's public postal channel, as the procedure records number it (CACHTHUCTHUCHIEN.KENH). */
export const postalChannel = 3;

/** The result is promised for the end of office hours on the due day: the slip gives a day only. */
const dueTimeOfDay = 'T17:00:00+07:00';

export type DossierItemProblem = 'procedureField';

export interface DossierItemFacts {
  /** The code the dossier is filed under (formatDossierCode). */
  maHoSo: string;
  status: DossierStatus;
  /** When the result was handed to the citizen, for status returned / delivered home. */
  returnedAt?: string | null;
}

/**
 * The DongBoHoSoMC item for a dossier. Fails only on what cannot be filled honestly: a record
 * made before the procedure's field was kept (the one-stop system files dossiers by field).
 */
export function dossierItemFor(r: OnestopDossierSource, facts: DossierItemFacts): { ok: true; item: DossierItem } | { ok: false; problem: DossierItemProblem } {
  const field = r.procedure.field;
  if (!field) return { ok: false, problem: 'procedureField' };
  const status = trangThaiFor(facts.status);
  if (status === null) throw new RangeError(`a ${facts.status} dossier is never sent to the one-stop system`);
  const home = r.returnMethod.kind === 'home' ? r.returnMethod : null;
  return {
    ok: true,
    item: {
      MaHoSo: facts.maHoSo,
      MaTTHC: r.procedure.code,
      TenTTHC: r.procedure.name,
      MaLinhVuc: field.code,
      TenLinhVuc: field.name,
      SoBienNhan: r.slipNumber,
      ChuHoSo: r.applicant.name,
      LoaiDoiTuong: r.applicant.kind === 'organisation' ? '2' : '1',
      MaDoiTuong: r.applicant.idNumber,
      ThongTinKhac: postalMark(r),
      SoDienThoai: r.applicant.phone,
      Email: r.applicant.email ?? '',
      TrichYeuHoSo: `${r.procedure.name} — ${r.procedure.caseName}`.slice(0, 4000),
      NgayTiepNhan: formatOnestopDate(r.receivedAt),
      NgayHenTra: formatOnestopDate(`${r.due.dueDate}${dueTimeOfDay}`),
      TrangThaiHoSo: status,
      NgayTra: facts.returnedAt ? formatOnestopDate(facts.returnedAt) : '',
      ThongTinTra: home ? `Trả qua bưu chính tại địa chỉ: ${home.address}` : `Trả tại ${r.office.name}`,
      HinhThuc: resultByPost(r.service) ? '1' : '0',
      NgayKetThucXuLy: '',
      DonViXuLy: r.agency?.name ?? r.procedure.agency,
      GhiChu: r.fees.exemptionReason ? `Miễn lệ phí: ${r.fees.exemptionReason}` : '',
      TaiLieuNop: r.papers.map((p) => ({
        TenTepDinhKem: `${p.name} (${p.originals} bản chính, ${p.copies} bản sao)`.slice(0, 1000),
        MaThanhPhanHoSo: p.code ?? '',
      })),
      DanhSachLePhi: r.fees.lines.map((l) => ({
        TenPhiLePhi: l.label,
        MaPhiLePhi: '',
        HinhThucThu: r.payment.method === 'cash' ? '1' : '2',
        Gia: l.vnd,
        LoaiPhiLePhi: '2',
      })),
      DanhSachGiayToKetQua: [],
    },
  };
}

/**
 * How a postal-channel dossier is marked: the convention has no field for it, so ThongTinKhac
 * carries machine-readable pairs — the channel as the procedure records number it, the post
 * office, and the S10 item the papers travel in.
 */
export function postalMark(r: Pick<OnestopDossierSource, 'office' | 's10'>): string {
  return `KENH=${postalChannel};MABUUCUC=${r.office.code};SOHIEUBUUGUI=${r.s10}`;
}

/** Whether the result goes back through the post: every service but "send only". */
export function resultByPost(service: DossierService): boolean {
  return service !== 'send';
}

/** TrangThaiHoSo for a status at the post office; null for a dossier voided before it left. */
export function trangThaiFor(status: DossierStatus): TrangThai | null {
  const code = nationalStatusCode[status];
  return code === null ? null : (String(code) as TrangThai);
}

/**
 * What a status set by the department means at the post office: the lifecycle status the
 * dossier moves to, or null where the post has nothing to do (the department's own steps).
 * 9 (finished) is "the result is ready at the agency": the counter's resultReceived is set by its
 * own check-in when the papers arrive, so 9 tells the counter to expect them.
 */
export const statusFromTrangThai: Record<TrangThai, DossierStatus | null> = {
  '1': null, // newly registered: the department's own first step
  '2': 'delivered', // accepted, with its dossier code and appointment date
  '3': 'refused', // not accepted
  '4': null, // in process
  '5': 'supplementRequested',
  '6': null, // financial obligation requested: paid by the applicant at the agency
  '7': 'withdrawn',
  '8': 'refused', // processing stopped: the papers come back without a result, as for a refusal
  '9': null, // finished: see above
  '10': null, // returned by the agency itself: not a post office dossier's step
};

/** TrangThaiHoSo codes that mean the result (or the refused papers) is ready for the post to fetch. */
export const resultReadyCodes: readonly TrangThai[] = ['3', '7', '8', '9'];
