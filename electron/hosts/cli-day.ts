// The console's end-of-day commands:
//   day x-report [NGÀY] [--json]        the day's figures now (changes nothing)
//   day close [--manager ID] [--day NGÀY] [--provisional]
//                                       the Z report; the manager's PIN is read from stdin
//   day check NGÀY                      re-checks a closed day (exit 3 when it does not hold)
// cli.ts hands them here before its own parsing (they take options it does not know).
import { randomUUID } from 'node:crypto';
import type { DayReport } from '../../shared/contract/day';
import type { Lang } from '../../shared/contract/messages';
import { formatVnd } from '../../shared/format';
import { consoleExit, consoleLang, consoleOptions, consoleSpeaker, openConsoleApp, parseConsoleArgs, usageMistake, type ConsoleIo } from './console-plumbing';

export const dayUsage = `  day x-report [NGÀY] [--json]   báo cáo X: số liệu trong ngày (mặc định hôm nay), không thay đổi gì
  day close [--manager MÃ_QUẢN_LÝ] [--day NGÀY] [--provisional]
                                   chốt sổ ngày (báo cáo Z); mã PIN của quản lý đọc từ đầu vào chuẩn
                                   (--manager chỉ cần khi quầy có nhiều quản lý);
                                   --provisional: chốt tạm khi còn bản in đang chờ
  day check NGÀY                   đối chiếu lại một ngày đã chốt (mã thoát 3 nếu không khớp)`;

interface Io extends ConsoleIo {
  readPin: (prompt: string) => Promise<string>;
}

const codes = { ...consoleExit, checkFailed: 3 } as const;
const actions = ['x-report', 'close', 'check'];

/** True when `argv` is one of this file's commands (cli.ts asks before parsing). */
export function isDayCommand(argv: readonly string[]): boolean {
  const words = argv.filter((a) => !a.startsWith('-'));
  const at = words.indexOf('day');
  return at >= 0 && actions.includes(words[at + 1] ?? '');
}

export async function runDayCli(argv: string[], env: NodeJS.ProcessEnv, io: Io): Promise<number> {
  const parsed = parseConsoleArgs(argv, { ...consoleOptions, manager: { type: 'string' }, day: { type: 'string' }, provisional: { type: 'boolean', default: false } }, dayUsage, io);
  if (!parsed) return codes.usage;
  const { values: v, positionals } = parsed;
  const lang = consoleLang(v.lang, env);
  const vi = lang === 'vi';
  const [, action, argument, ...extra] = positionals;
  const usage = (why: string) => usageMistake(why, dayUsage, io);
  if (extra.length || (action === 'close' && argument)) return usage(vi ? 'Thừa tham số / too many arguments' : 'Too many arguments');
  if (action === 'check' && !argument) return usage(vi ? 'Cần một ngày, ví dụ: day check 2026-11-27 / a day is required' : 'A day is required, e.g. day check 2026-11-27');

  // The PIN is read before the ledger is opened, so a slow typist holds no lock.
  const pin = action === 'close' ? await io.readPin(vi ? 'Mã PIN của quản lý: ' : "Manager's PIN: ") : undefined;
  const app = openConsoleApp(v['data-dir'], env, lang, io);
  if (!app) return codes.error;
  try {
    const { call, say } = consoleSpeaker(app, lang, v.json, io);
    // `day close` with the PIN alone is the usual case (one manager per post office); with several
    // the console names them rather than guessing whose PIN was typed.
    const onlyManager = async (): Promise<string | null> => {
      const list = await call('users.list', {});
      const managers = (list?.users ?? []).filter((u) => u.role === 'manager' && u.active);
      if (managers.length === 1) return managers[0]!.id;
      const names = managers.map((m) => `${m.id} (${m.name})`).join(', ');
      io.err(vi ? `Có ${managers.length} quản lý: chọn một bằng --manager MÃ (${names}).` : `There are ${managers.length} managers: choose one with --manager ID (${names}).`);
      io.err(dayUsage);
      return null;
    };
    if (action === 'x-report') {
      const report = await call('day.xReport', argument ? { day: argument } : {});
      if (!report) return codes.error;
      return say(report, describeReport(report, lang));
    }
    if (action === 'close') {
      const managerId = v.manager ?? (await onlyManager());
      if (!managerId) return codes.usage;
      const done = await call('day.close', {
        ...(v.day ? { day: v.day } : {}),
        provisional: v.provisional,
        managerId,
        managerPin: pin,
        idempotencyKey: v['idempotency-key'] ?? `cli-${randomUUID()}`,
      });
      if (!done) return codes.error;
      return say(done, describeReport(done.report, lang));
    }
    const check = await call('day.check', { day: argument });
    if (!check) return codes.error;
    say(check, [
      check.ok
        ? vi ? `Ngày ${check.day} (Z số ${check.zNumber}): khớp.` : `Day ${check.day} (Z no. ${check.zNumber}): holds.`
        : vi ? `Ngày ${check.day} (Z số ${check.zNumber}): KHÔNG KHỚP.` : `Day ${check.day} (Z no. ${check.zNumber}): DOES NOT HOLD.`,
      ...check.problems.map((p) => `  ${p.problem}${p.seq === null ? '' : ` #${p.seq}`}${p.figure ? ` ${p.figure}` : ''}: ${p.expected ?? '—'} → ${p.found ?? '—'}`),
    ]);
    return check.ok ? codes.ok : codes.checkFailed;
  } finally {
    app.close();
  }
}

/** The report as the technician reads it at the console. */
function describeReport(r: DayReport, lang: Lang): string[] {
  const vi = lang === 'vi';
  const vnd = (n: number | null) => (n === null ? '—' : formatVnd(n, lang));
  const head =
    r.state === 'closed'
      ? `${vi ? 'BÁO CÁO Z số' : 'Z REPORT no.'} ${r.zNumber}${r.provisional ? (vi ? ' (TẠM)' : ' (PROVISIONAL)') : ''}`
      : vi ? 'BÁO CÁO X (chưa chốt sổ)' : 'X REPORT (day not closed)';
  const lines = [`${head} — ${r.office.name}, ${vi ? 'quầy' : 'counter'} ${r.office.counterNumber}, ${vi ? 'ngày' : 'day'} ${r.day}`];
  for (const d of r.drawers) {
    lines.push(
      vi
        ? `  Ngăn kéo ${d.drawerId} (${d.clerk.name}): đầu ca ${vnd(d.floatVnd)}, thu ${vnd(d.cashTaken.vnd)}, trả lại ${vnd(d.changeGiven.vnd)}, hoàn ${vnd(d.voidRefunds.vnd)}, rút ${vnd(d.cashOut.vnd)}, nộp ${vnd(d.cashIn.vnd)} → phải có ${vnd(d.expectedVnd)}${d.close ? `; đếm ${vnd(d.close.counted.totalVnd)}, chênh lệch ${vnd(d.close.differenceVnd)}` : '; chưa đóng'}`
        : `  Drawer ${d.drawerId} (${d.clerk.name}): float ${vnd(d.floatVnd)}, taken ${vnd(d.cashTaken.vnd)}, change ${vnd(d.changeGiven.vnd)}, refunds ${vnd(d.voidRefunds.vnd)}, out ${vnd(d.cashOut.vnd)}, in ${vnd(d.cashIn.vnd)} → expected ${vnd(d.expectedVnd)}${d.close ? `; counted ${vnd(d.close.counted.totalVnd)}, difference ${vnd(d.close.differenceVnd)}` : '; still open'}`,
    );
  }
  lines.push(vi ? `  Tiền mặt: phải có ${vnd(r.cash.expectedVnd)}, đếm ${vnd(r.cash.countedVnd)}, chênh lệch ${vnd(r.cash.differenceVnd)}` : `  Cash: expected ${vnd(r.cash.expectedVnd)}, counted ${vnd(r.cash.countedVnd)}, difference ${vnd(r.cash.differenceVnd)}`);
  for (const a of r.feesOnBehalf) lines.push(vi ? `  Thu hộ ${a.agency}: ${vnd(a.collected.vnd)} (${a.collected.count}), hoàn ${vnd(a.refunded.vnd)}, còn giữ ${vnd(a.heldVnd)}` : `  Fees for ${a.agency}: ${vnd(a.collected.vnd)} (${a.collected.count}), refunded ${vnd(a.refunded.vnd)}, held ${vnd(a.heldVnd)}`);
  for (const s of r.postalRevenue) lines.push(vi ? `  Cước ${s.service}: ${s.dossiers.count} hồ sơ, miễn giảm ${vnd(s.exempted.vnd)}, hoàn ${vnd(s.refunded.vnd)}, thực thu ${vnd(s.netVnd)}` : `  Postal ${s.service}: ${s.dossiers.count} dossiers, exempted ${vnd(s.exempted.vnd)}, refunded ${vnd(s.refunded.vnd)}, net ${vnd(s.netVnd)}`);
  const d = r.dossiers;
  lines.push(
    vi
      ? `  Hồ sơ: nhận ${d.received.count}, hủy ${d.voided.count}, bàn giao ${d.handedOver.count}, nhận kết quả ${d.resultsReceived.count}, trả ${d.returned.count}; chưa bàn giao ${d.notHandedOver.count}; quá hạn ${d.overdue}`
      : `  Dossiers: received ${d.received.count}, voided ${d.voided.count}, handed over ${d.handedOver.count}, results in ${d.resultsReceived.count}, returned ${d.returned.count}; not handed over ${d.notHandedOver.count}; overdue ${d.overdue}`,
  );
  if (r.slips.missing.length) lines.push(vi ? `  SỐ PHIẾU BỊ THIẾU: ${r.slips.missing.join(', ')}` : `  MISSING SLIP NUMBERS: ${r.slips.missing.join(', ')}`);
  for (const l of r.lateEntries) lines.push(vi ? `  Ghi sau chốt sổ ngày ${l.forDay}: #${l.seq} ${l.kind}${l.slipNumber ? ` ${l.slipNumber}` : ''}` : `  After the close of ${l.forDay}: #${l.seq} ${l.kind}${l.slipNumber ? ` ${l.slipNumber}` : ''}`);
  if (r.lastEntry) lines.push(vi ? `  Bút toán cuối của ngày: #${r.lastEntry.seq} ${r.lastEntry.hash}` : `  Last entry of the day: #${r.lastEntry.seq} ${r.lastEntry.hash}`);
  return lines;
}
