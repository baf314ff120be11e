// The scripted department behind the reference system: it receives a dossier (status 2, with its
// appointment day), works on it (4), and finishes it (9, with result papers), asks for more papers
// (5) or refuses it (3) — by hand (the `agency` command, tests) or on a schedule.
import { formatOnestopDate, type TrangThai } from '../../shared/onestop/convention';
import type { StoredDossier } from './store';

export const agencyActions = ['receive', 'process', 'finish', 'supplement', 'refuse'] as const;
export type AgencyAction = (typeof agencyActions)[number];

/** The status each action sets, and the statuses it may start from (the department's own rules). */
const actions: Record<AgencyAction, { to: TrangThai; from: readonly TrangThai[] }> = {
  receive: { to: '2', from: ['1', '2', '4'] },
  process: { to: '4', from: ['1', '2', '5'] },
  finish: { to: '9', from: ['1', '2', '4'] },
  supplement: { to: '5', from: ['1', '2', '4'] },
  refuse: { to: '3', from: ['1', '2', '4', '5'] },
};

export type AgencyOutcome = { ok: true; status: TrangThai } | { ok: false; problem: 'notFound' | 'notAllowed'; status?: TrangThai };

/** Working days the department promises from receipt, for the appointment it sets. */
const appointmentDays = 5;
const officer = { NguoiXuLy: 'Cán bộ một cửa (mẫu)', ChucDanh: 'Chuyên viên', PhongBanXuLy: 'Bộ phận Một cửa' };

/**
 * Applies one department action at `now`. `times` is 2 when the fault "duplicate status reports"
 * is on: the same report is recorded twice, as a flaky upstream would.
 */
export function applyAgencyAction(d: StoredDossier | undefined, action: AgencyAction, now: Date, times = 1): AgencyOutcome {
  if (!d) return { ok: false, problem: 'notFound' };
  const rule = actions[action];
  if (!rule.from.includes(d.status)) return { ok: false, problem: 'notAllowed', status: d.status };
  const at = formatOnestopDate(now);
  d.status = rule.to;
  d.history.push({ TrangThai: rule.to, at, by: 'agency' });
  if (action === 'receive') d.agency.NgayHenTra = formatOnestopDate(new Date(now.getTime() + appointmentDays * 86_400_000));
  if (action === 'finish' || action === 'refuse') d.agency.NgayKetThucXuLy = at;
  if (action === 'finish')
    d.agency.DanhSachGiayToKetQua = [{ TenGiayTo: `Kết quả: ${d.item.TenTTHC}`.slice(0, 1000), MaThanhPhanHoSo: 'KQ-01', GiayToId: `${d.item.MaHoSo}-KQ-01` }];
  if (action === 'supplement') {
    const first = d.item.TaiLieuNop[0];
    d.agency.DanhSachHoSoBoSung.push({
      NguoiYeuCauBoSung: officer.NguoiXuLy,
      NoiDungBoSung: 'Đề nghị bổ sung bản sao có chứng thực giấy tờ đã nộp (mẫu)',
      NgayBoSung: at,
      DanhSachGiayToBoSung: first ? [{ TenGiayTo: first.TenTepDinhKem, MaThanhPhanHoSo: first.MaThanhPhanHoSo }] : [],
    });
  }
  const report = { MaHoSo: d.item.MaHoSo, ...officer, ThoiDiemXuLy: at, NoiDungXuLy: wording[action], TrangThai: rule.to, NgayBatDau: '', NgayKetThucTheoQuyDinh: d.agency.NgayHenTra ?? '' };
  for (let i = 0; i < times; i++) d.agencyProgress.push(report);
  return { ok: true, status: rule.to };
}

const wording: Record<AgencyAction, string> = {
  receive: 'Tiếp nhận hồ sơ',
  process: 'Đang giải quyết',
  finish: 'Đã có kết quả giải quyết',
  supplement: 'Yêu cầu bổ sung hồ sơ',
  refuse: 'Từ chối tiếp nhận hồ sơ',
};

/**
 * The schedule's next action for a dossier: received, then in progress, then its outcome. The
 * outcome is fixed per dossier by its sequence number so a run is repeatable: every 10th is
 * refused, every 5th (not 10th) needs papers, the rest are finished.
 */
export function scheduledAction(d: StoredDossier): AgencyAction | null {
  const received = d.history.some((h) => h.by === 'agency' && h.TrangThai === '2');
  if (!received && ['1', '2', '4'].includes(d.status)) return 'receive';
  if (d.status === '2') return 'process';
  if (d.status === '4') {
    const seq = Number(d.item.MaHoSo.slice(-4));
    return seq % 10 === 0 ? 'refuse' : seq % 5 === 0 ? 'supplement' : 'finish';
  }
  return null;
}
