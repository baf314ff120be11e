// The console's end-of-day commands:
//   day x-report [NGÀY] [--json]        the day's figures now (changes nothing)
//   day close --manager ID [--day NGÀY] [--provisional]
//                                       the Z report; the manager's PIN is read from stdin
//   day check NGÀY                      re-checks a closed day (exit 3 when it does not hold)
// cli.ts hands them here before its own parsing (they take options it does not know).
import { randomUUID } from 'node:crypto';
import { parseArgs } from 'node:util';
import type { CommandName, CommandOutput } from '../../shared/contract/commands';
import type { DayReport } from '../../shared/contract/day';
import type { Lang } from '../../shared/contract/messages';
import { formatVnd } from '../../shared/format';
import { openCounterApp } from '../services/counter-app';
import { resolveDataDir } from '../services/data-dir';

export const dayUsage = `  day x-report [NGÀY] [--json]   báo cáo X: số liệu trong ngày (mặc định hôm nay), không thay đổi gì
  day close --manager MÃ_QUẢN_LÝ [--day NGÀY] [--provisional]
                                   chốt sổ ngày (báo cáo Z); mã PIN của quản lý đọc từ đầu vào chuẩn;
                                   --provisional: chốt tạm khi còn bản in đang chờ
  day check NGÀY                   đối chiếu lại một ngày đã chốt (mã thoát 3 nếu không khớp)`;

interface Io {
  out: (line: string) => void;
  err: (line: string) => void;
  readPin: (prompt: string) => Promise<string>;
}

const codes = { ok: 0, error: 1, usage: 2, checkFailed: 3 } as const;
const actions = ['x-report', 'close', 'check'];

/** True when `argv` is one of this file's commands (cli.ts asks before parsing). */
export function isDayCommand(argv: readonly string[]): boolean {
  const words = argv.filter((a) => !a.startsWith('-'));
  const at = words.indexOf('day');
  return at >= 0 && actions.includes(words[at + 1] ?? '');
}

export async function runDayCli(argv: string[], env: NodeJS.ProcessEnv, io: Io): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      strict: true,
      options: {
        'data-dir': { type: 'string' },
        json: { type: 'boolean', default: false },
        lang: { type: 'string' },
        'idempotency-key': { type: 'string' },
        manager: { type: 'string' },
        day: { type: 'string' },
        provisional: { type: 'boolean', default: false },
      },
    });
  } catch (e) {
    io.err((e as Error).message);
    io.err(dayUsage);
    return codes.usage;
  }
  const { values: v, positionals } = parsed;
  const lang: Lang = (v.lang ?? env.COUNTER_LANG) === 'en' ? 'en' : 'vi';
  const vi = lang === 'vi';
  const [, action, argument, ...extra] = positionals;
  const usage = (why: string) => {
    io.err(why);
    io.err(dayUsage);
    return codes.usage;
  };
  if (extra.length || (action === 'close' && argument)) return usage(vi ? 'Thừa tham số / too many arguments' : 'Too many arguments');
  if (action === 'check' && !argument) return usage(vi ? 'Cần một ngày, ví dụ: day check 2026-11-27 / a day is required' : 'A day is required, e.g. day check 2026-11-27');
  if (action === 'close' && !v.manager) return usage(vi ? 'Thiếu --manager MÃ_QUẢN_LÝ / missing --manager ID' : 'Missing --manager ID');

  // The PIN is read before the ledger is opened, so a slow typist holds no lock.
  const pin = action === 'close' ? await io.readPin(vi ? 'Mã PIN của quản lý: ' : "Manager's PIN: ") : undefined;
  let app;
  try {
    app = openCounterApp({ dataDir: resolveDataDir(v['data-dir'], env) });
  } catch (e) {
    io.err(vi ? `Không mở được sổ cái: ${(e as Error).message}` : `Cannot open the ledger: ${(e as Error).message}`);
    return codes.error;
  }
  try {
    const call = async <N extends CommandName>(name: N, input: Record<string, unknown>): Promise<CommandOutput<N> | null> => {
      const result = await app.dispatch(name, input, { lang, via: 'console' });
      if (result.ok) return result.value as CommandOutput<N>;
      if (v.json) io.out(JSON.stringify({ ok: false, error: result.error }));
      else io.err(result.error.message);
      return null;
    };
    const say = (json: unknown, lines: string[]) => {
      if (v.json) io.out(JSON.stringify(json, null, 2));
      else lines.forEach((l) => io.out(l));
    };
    if (action === 'x-report') {
      const report = await call('day.xReport', argument ? { day: argument } : {});
      if (!report) return codes.error;
      say(report, describeReport(report, lang));
      return codes.ok;
    }
    if (action === 'close') {
      const done = await call('day.close', {
        ...(v.day ? { day: v.day } : {}),
        provisional: v.provisional,
        managerId: v.manager,
        managerPin: pin,
        idempotencyKey: v['idempotency-key'] ?? `cli-${randomUUID()}`,
      });
      if (!done) return codes.error;
      say(done, describeReport(done.report, lang));
      return codes.ok;
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
