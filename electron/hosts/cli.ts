// The technicians' console: the same contract and handlers as the screens, over one ledger
// file, run as `npm run -s counter -- <command>`. Acts as the `console` principal.
import { randomUUID } from 'node:crypto';
import type { CommandName, CommandOutput } from '../../shared/contract/commands';
import type { Lang } from '../../shared/contract/messages';
import type { CommandResult } from '../../shared/contract/result';
import { consoleExit, consoleLang, consoleOptions, openConsoleApp, parseConsoleArgs, printRefusal } from './console-plumbing';
import { exitWhenFlushed, isEntryPoint } from './entry-point';
import { describeProcedure } from './describe-procedure';
import { describeDue, describeHolidays } from './describe-calendar';
import { describeDossier, describeFound } from './describe-dossier';
import { describeDeliveries, describeOverdue } from './describe-delivery';
import { describePendingResults } from './describe-results';
import { readSecret } from './read-secret';
import { isSyncCommand, runSyncCli, syncUsage } from './cli-sync';
import { agencyResultsUsage, isAgencyResultsCommand, runAgencyResultsCli } from './cli-agency-results';
import { dayOutputUsage, isDayOutputCommand, runDayOutputCli } from './cli-day-output';
import { dayUsage, isDayCommand, runDayCli } from './cli-day';
import { readScale } from './scale-read';
import { describeHandoverBatch, describeHandoverList, writePdf } from './describe-handover';
import { formatVnd } from '../../shared/format';

export const exitCodes = { ...consoleExit, verifyFailed: 3 } as const;

const usage = `Cách dùng / usage: npm run -s counter -- [--data-dir DIR] [--json] [--lang vi|en] <lệnh>

  init --office-code C --office-name N --counter N --province P --manager-name N
                                   thiết lập quầy và quản lý đầu tiên (PIN đọc từ đầu vào chuẩn)
  users add --name N --role clerk|manager [--by MÃ_QUẢN_LÝ]
                                   thêm người dùng (PIN đọc từ đầu vào chuẩn); thêm quản lý cần
                                   --by và mã PIN của quản lý đó (dòng đầu), rồi PIN mới
  users list                       danh sách người dùng
  ledger verify [--expect-head SỐ:BĂM ...]
                                   kiểm tra chuỗi băm, các mốc đã ghi ở nơi khác và các bảng
                                   dựng lại từ bút toán (mã thoát 3 nếu hỏng)
  ledger entries [--limit N]       các bút toán gần nhất
  db backup --out FILE             sao lưu trực tuyến rồi kiểm tra bản sao
  catalogue import FILE            nhập danh mục thủ tục (toàn bộ tệp, hoặc không gì cả)
  catalogue search QUERY [--limit N]   tìm thủ tục như giao dịch viên gõ
  catalogue show CODE              thành phần hồ sơ, phí, thời hạn của một thủ tục
  dossiers find QUERY [--from NGÀY] [--to NGÀY] [--procedure MÃ] [--status S] [--limit N]
                                   tìm hồ sơ theo số phiếu, S10, mã QR, tên (không dấu), số giấy
                                   tờ, điện thoại (NGÀY dạng 2026-11-27)
  dossiers show SLIP               một hồ sơ và diễn biến của nó (số phiếu, S10 hoặc mã QR)
  scale read --port PATH --protocol mt-sics|toledo-8217|ad [--baud N] [--count N]
                                   đọc thử cân (dòng JSON {grams, stable, raw} với --json)
  tariff quote --grams G --service send|return|both|forwardFee --route R [--category C]
                                   tính cước bưu chính theo biểu cước
  printer test --printer URI [--width 80|58]
                                   in trang thử tiếng Việt (URI: tcp://địa-chỉ:9100, /dev/usb/lp0, COM3)
  results pending                  kết quả đã về bưu cục, chờ trả; số lần đã báo người dân
${agencyResultsUsage}
  delivery list                    kết quả chờ phát tận địa chỉ và đang phát, số lần phát hỏng
  dossiers overdue [--days N] [--limit N]
                                   hồ sơ quá hạn theo từng bước; chưa có kết quả từ cơ quan;
                                   có kết quả nhưng chưa trả sau N ngày (mặc định 5)
  calendar holidays YEAR           các ngày nghỉ lễ, nghỉ bù, thứ Bảy làm bù của một năm
  handover list                    các lô bàn giao đang mở, đã ký, và hồ sơ hôm nay chưa vào lô
  handover show SỐ_LÔ              biên bản giao nhận hồ sơ của một lô
  handover pdf SỐ_LÔ [--out FILE]  ghi biên bản giao nhận (A4, 2 liên) ra tệp PDF
  calendar due --received THỜI_ĐIỂM --procedure MÃ [--route R] [--service send|return|both]
                                   tính ngày hẹn trả kết quả từng bước (THỜI_ĐIỂM theo ISO 8601,
                                   ví dụ 2026-02-13T16:00:00+07:00)
${syncUsage}
${dayUsage}
${dayOutputUsage}

  --data-dir DIR   thư mục dữ liệu (hoặc biến COUNTER_DATA_DIR; mặc định như Electron userData)
  --idempotency-key K   mã thao tác, để chạy lại một lệnh mà không ghi hai lần
  Mã thoát: 0 thành công, 1 lỗi, 2 sai cách dùng, 3 kiểm tra thất bại.`;

class UsageError extends Error {}

/** `SEQ:HASH`: an entry's number and its hash as recorded outside this file (a closed day, a sync). */
function headAnchor(text: string): { seq: number; hash: string } {
  const m = /^(\d{1,15}):([0-9a-f]{64})$/.exec(text);
  if (!m) throw new UsageError(`--expect-head phải có dạng SỐ:BĂM (số bút toán, 64 chữ số hex thường): ${text} / --expect-head must be SEQ:HASH (entry number, 64 lowercase hex digits)`);
  return { seq: Number(m[1]), hash: m[2]! };
}

interface Io {
  out: (line: string) => void;
  err: (line: string) => void;
  readPin: (prompt: string) => Promise<string>;
}

export async function runCli(argv: string[], env: NodeJS.ProcessEnv, io: Io): Promise<number> {
  if (isSyncCommand(argv)) return runSyncCli(argv, env, io);
  if (isAgencyResultsCommand(argv)) return runAgencyResultsCli(argv, env, io);
  if (isDayOutputCommand(argv)) return runDayOutputCli(argv, env, io);
  if (isDayCommand(argv)) return runDayCli(argv, env, io);
  const parsed = parseConsoleArgs(
    argv,
    {
      ...consoleOptions,
      help: { type: 'boolean', short: 'h', default: false },
      'office-code': { type: 'string' },
      'office-name': { type: 'string' },
      counter: { type: 'string' },
      province: { type: 'string' },
      'manager-name': { type: 'string' },
      name: { type: 'string' },
      role: { type: 'string' },
      by: { type: 'string' },
      out: { type: 'string' },
      limit: { type: 'string' },
      days: { type: 'string' },
      port: { type: 'string' },
      protocol: { type: 'string' },
      baud: { type: 'string' },
      count: { type: 'string' },
      grams: { type: 'string' },
      service: { type: 'string' },
      route: { type: 'string' },
      category: { type: 'string' },
      printer: { type: 'string' },
      width: { type: 'string' },
      received: { type: 'string' },
      procedure: { type: 'string' },
      from: { type: 'string' },
      to: { type: 'string' },
      status: { type: 'string' },
      'expect-head': { type: 'string', multiple: true },
    },
    usage,
    io,
  );
  if (!parsed) return exitCodes.usage;
  const { values: v, positionals } = parsed;
  if (v.help || positionals.length === 0) {
    (v.help ? io.out : io.err)(usage);
    return v.help ? exitCodes.ok : exitCodes.usage;
  }
  const lang = consoleLang(v.lang, env);
  const need = (flag: keyof typeof v): string => {
    const value = v[flag];
    if (typeof value !== 'string') throw new UsageError(`Thiếu --${flag} / missing --${flag}`);
    return value;
  };
  const key = () => v['idempotency-key'] ?? `cli-${randomUUID()}`;
  const toNumber = (s: string) => (/^\s*\d+\s*$/.test(s) ? Number(s) : s);

  if (positionals.join(' ') === 'scale read') {
    const protocol = v.protocol;
    if (!v.port || (protocol !== 'mt-sics' && protocol !== 'toledo-8217' && protocol !== 'ad')) {
      io.err('Cần --port PATH và --protocol mt-sics|toledo-8217|ad / --port and --protocol are required');
      io.err(usage);
      return exitCodes.usage;
    }
    const count = v.count ? Number(v.count) : 10;
    if (!Number.isInteger(count) || count < 1) {
      io.err('--count phải là số nguyên dương / --count must be a positive whole number');
      return exitCodes.usage;
    }
    return readScale({ port: v.port, protocol, baud: v.baud ? Number(v.baud) : undefined, count, json: v.json ?? false }, io.out, io.err);
  }

  let command: string;
  let input: () => Promise<Record<string, unknown>>;
  try {
    const [area, action, ...rest] = positionals;
    if (area === 'catalogue' && action && ['import', 'search', 'show'].includes(action)) {
      const argument = rest.join(' ');
      if (!argument) throw new UsageError(`Thiếu đối số cho catalogue ${action} / missing argument`);
      command = `catalogue.${action}`;
      input = async () =>
        action === 'import'
          ? { path: argument, idempotencyKey: key() }
          : action === 'search'
            ? { query: argument, ...(v.limit ? { limit: toNumber(v.limit) } : {}) }
            : { code: argument };
    } else if (area === 'dossiers' && (action === 'find' || action === 'show')) {
      const argument = rest.join(' ');
      if (action === 'show' && !argument) throw new UsageError('Thiếu số phiếu cho dossiers show / missing slip number');
      command = `dossiers.${action}`;
      const filters = { from: v.from, to: v.to, status: v.status, procedureCode: v.procedure, limit: v.limit === undefined ? undefined : toNumber(v.limit) };
      // Filters not given are left out, so the contract's defaults apply and a bad one is refused by it.
      input = async () => (action === 'show' ? { ref: argument } : { query: argument, ...Object.fromEntries(Object.entries(filters).filter(([, x]) => x !== undefined)) });
    } else if (area === 'handover' && action && ['list', 'show', 'pdf'].includes(action)) {
      const batchNumber = rest.join(' ');
      if (action !== 'list' && !batchNumber) throw new UsageError(`Thiếu số lô cho handover ${action} / missing batch number`);
      command = `handover.${action}`;
      input = async () => (action === 'list' ? {} : { batchNumber });
    } else if (area === 'calendar' && action === 'holidays') {
      if (rest.length !== 1) throw new UsageError('Cần đúng một năm, ví dụ: calendar holidays 2026 / one year is required');
      const year = toNumber(rest[0]!);
      command = 'calendar.holidays';
      input = async () => ({ year });
    } else switch (positionals.join(' ')) {
      case 'init': {
        const fields = {
          officeCode: need('office-code'),
          officeName: need('office-name'),
          counterNumber: toNumber(need('counter')),
          province: need('province'),
          managerName: need('manager-name'),
        };
        command = 'setup.initialize';
        input = async () => ({ ...fields, managerPin: await io.readPin('Mã PIN của quản lý: '), idempotencyKey: key() });
        break;
      }
      case 'users add': {
        const fields = { name: need('name'), role: need('role') };
        const by = v.by;
        command = 'users.add';
        // A manager's confirmation comes first: their PIN, then the new user's.
        input = async () => ({
          ...fields,
          ...(by ? { byManagerId: by, byManagerPin: await io.readPin(`Mã PIN của quản lý ${by}: `) } : {}),
          pin: await io.readPin(`Mã PIN cho ${fields.name}: `),
          idempotencyKey: key(),
        });
        break;
      }
      case 'results pending':
        command = 'results.pending';
        input = async () => ({});
        break;
      case 'delivery list':
        command = 'delivery.list';
        input = async () => ({});
        break;
      case 'dossiers overdue':
        command = 'dossiers.overdue';
        input = async () => ({ ...(v.days ? { uncollectedDays: toNumber(v.days) } : {}), ...(v.limit ? { limit: toNumber(v.limit) } : {}) });
        break;
      case 'users list':
        command = 'users.list';
        input = async () => ({});
        break;
      case 'ledger verify': {
        const anchors = (v['expect-head'] ?? []).map(headAnchor);
        command = 'ledger.verify';
        input = async () => (anchors.length ? { expectHead: anchors } : {});
        break;
      }
      case 'ledger entries':
        command = 'ledger.entries';
        input = async () => (v.limit ? { limit: toNumber(v.limit) } : {});
        break;
      case 'tariff quote': {
        const fields = {
          grams: toNumber(need('grams')),
          service: need('service'),
          route: need('route'),
          ...(v.category ? { applicantCategory: v.category } : {}),
        };
        command = 'tariff.quote';
        input = async () => fields;
        break;
      }
      case 'calendar due': {
        const fields = {
          receivedAt: need('received'),
          procedureCode: need('procedure'),
          ...(v.route ? { route: v.route } : {}),
          ...(v.service ? { service: v.service } : {}),
        };
        command = 'calendar.due';
        input = async () => fields;
        break;
      }
      case 'printer test': {
        const uri = need('printer');
        if (v.width !== undefined && v.width !== '80' && v.width !== '58') throw new UsageError('--width phải là 80 hoặc 58 / --width must be 80 or 58');
        command = 'printer.test';
        input = async () => ({ uri, ...(v.width ? { paperWidth: Number(v.width) } : {}) });
        break;
      }
      case 'db backup': {
        const out = need('out');
        command = 'db.backup';
        input = async () => ({ out });
        break;
      }
      default:
        throw new UsageError(`Lệnh không tồn tại / unknown command: ${positionals.join(' ')}`);
    }
  } catch (e) {
    if (!(e instanceof UsageError)) throw e;
    io.err(e.message);
    io.err(usage);
    return exitCodes.usage;
  }

  const app = openConsoleApp(v['data-dir'], env, lang, io);
  if (!app) return exitCodes.error;
  try {
    const result = await app.dispatch(command, await input(), { lang, via: 'console' });
    if (command === 'handover.pdf' && result.ok) return report(command, { ok: true, value: writePdf(result.value as CommandOutput<'handover.pdf'>, v.out) }, v.json ?? false, lang, io);
    return report(command, result, v.json ?? false, lang, io);
  } finally {
    app.close();
  }
}

/** Said before partial matches: no title holds every word, and which typed words none holds. */
function partialMatch(unmatched: string[], lang: Lang): string {
  const vi = lang === 'vi';
  const words = unmatched.map((w) => (vi ? `«${w}»` : `“${w}”`)).join(', ');
  if (vi) return words ? `Không có thủ tục nào chứa đủ các từ; không tìm thấy: ${words}.` : 'Không có thủ tục nào chứa đủ các từ.';
  return words ? `No procedure holds all the words; not found: ${words}.` : 'No procedure holds all the words.';
}

/** Why `ledger verify` failed: the first bad entry, the anchor not found, or the rows the entries do not explain. */
function describeVerifyFailure(r: CommandOutput<'ledger.verify'>, lang: Lang): string[] {
  const vi = lang === 'vi';
  switch (r.problem) {
    case 'anchor_missing':
      return [vi ? `Sổ cái KHÔNG toàn vẹn: không còn bút toán số ${r.firstBadSeq} mà mốc đã ghi (sổ đã bị cắt bớt).` : `Ledger NOT intact: entry #${r.firstBadSeq}, recorded as an anchor, is no longer there (the ledger was cut short).`];
    case 'anchor_mismatch':
      return [vi ? `Sổ cái KHÔNG toàn vẹn: bút toán số ${r.firstBadSeq} có mã băm khác với mốc đã ghi (chuỗi đã bị viết lại).` : `Ledger NOT intact: entry #${r.firstBadSeq} has another hash than its anchor (the chain was rewritten).`];
    case 'read_model_mismatch': {
      const head = vi
        ? `Sổ cái KHÔNG toàn vẹn: ${r.differenceCount} chỗ trong các bảng không khớp với bút toán.`
        : `Ledger NOT intact: ${r.differenceCount} places in the tables do not match the entries.`;
      const lines = r.differences.map((d) => {
        const where = `${d.table} [${d.key}]${d.column ? ` ${d.column}` : ''}`;
        if (d.column === null && d.found === null) return vi ? `  ${where}: thiếu dòng mà bút toán tạo ra` : `  ${where}: row missing that the entries make`;
        if (d.column === null && d.expected === null) return vi ? `  ${where}: dòng không bút toán nào giải thích` : `  ${where}: row that no entry explains`;
        return vi ? `  ${where}: theo bút toán ${d.expected ?? 'trống'}, trong bảng ${d.found ?? 'trống'}` : `  ${where}: entries say ${d.expected ?? 'empty'}, table has ${d.found ?? 'empty'}`;
      });
      return [head, ...lines];
    }
    default:
      return [vi ? `Sổ cái KHÔNG toàn vẹn: hỏng từ bút toán số ${r.firstBadSeq} (${r.problem}).` : `Ledger NOT intact: first bad entry #${r.firstBadSeq} (${r.problem}).`];
  }
}

/** Commands whose answer a describer of its own (describe-*.ts) puts in words: a line, or lines. */
const describers: { [N in CommandName]?: (value: CommandOutput<N>, lang: Lang) => string | string[] } = {
  'catalogue.show': describeProcedure,
  'calendar.holidays': describeHolidays,
  'calendar.due': describeDue,
  'dossiers.find': describeFound,
  'dossiers.show': describeDossier,
  'handover.list': describeHandoverList,
  'handover.show': describeHandoverBatch,
  'results.pending': describePendingResults,
  'delivery.list': describeDeliveries,
  'dossiers.overdue': describeOverdue,
};

function report(command: string, result: CommandResult<unknown>, json: boolean, lang: Lang, io: Io): number {
  if (!result.ok) {
    printRefusal(result.error, json, io);
    return exitCodes.error;
  }
  const value = result.value as Record<string, any>;
  const failedCheck = command === 'ledger.verify' && !value.ok;
  if (json) {
    // The search's machine form is the plain ranked list that scripts and benchmarks read; that
    // it holds only partial matches goes to standard error, so the list's shape stays the same.
    if (command === 'catalogue.search' && !value.complete) io.err(partialMatch(value.unmatched, lang));
    const out =
      command === 'catalogue.search'
        ? value.hits.map((h: Record<string, unknown>) => ({ code: h.code, name: h.name, field: h.field, agency: h.agency, score: h.score }))
        : value;
    io.out(JSON.stringify(out, null, 2));
    return failedCheck ? exitCodes.verifyFailed : exitCodes.ok;
  }
  const describe = describers[command as CommandName] as ((value: unknown, lang: Lang) => string | string[]) | undefined;
  if (describe) [describe(value, lang)].flat().forEach((line) => io.out(line));
  const vi = lang === 'vi';
  switch (command) {
    case 'setup.initialize':
      io.out(vi ? `Đã thiết lập quầy. Quản lý: ${value.manager.name} (${value.manager.id}).` : `Counter set up. Manager: ${value.manager.name} (${value.manager.id}).`);
      break;
    case 'users.add':
      io.out(vi ? `Đã thêm ${value.user.name} (${value.user.role}, ${value.user.id}).` : `Added ${value.user.name} (${value.user.role}, ${value.user.id}).`);
      break;
    case 'users.list':
      for (const u of value.users) {
        const state = !u.active ? (vi ? 'ngừng' : 'inactive') : u.lockedUntil ? (vi ? `khóa đến ${u.lockedUntil}` : `locked until ${u.lockedUntil}`) : '';
        io.out(`${u.id}  ${u.role.padEnd(7)}  ${u.name}${state ? `  [${state}]` : ''}`);
      }
      break;
    case 'ledger.verify':
      if (value.ok) io.out(vi ? `Sổ cái toàn vẹn: ${value.entries} bút toán, đỉnh chuỗi ${value.headHash ?? '—'}.` : `Ledger intact: ${value.entries} entries, head ${value.headHash ?? '—'}.`);
      else describeVerifyFailure(value as CommandOutput<'ledger.verify'>, lang).forEach((line) => io.err(line));
      break;
    case 'ledger.entries':
      for (const e of value.entries) io.out(`#${e.seq}  ${e.atLocal}  ${e.kind}  ${e.actorKind}${e.actorName ? `:${e.actorName}` : ''}${e.correctsSeq ? `  (sửa #${e.correctsSeq})` : ''}`);
      break;
    case 'catalogue.import':
      io.out(vi ? `Đã nhập danh mục phiên bản ${value.versionId}: ${value.count} thủ tục${value.sample ? ' (dữ liệu mẫu)' : ''}.` : `Imported catalogue version ${value.versionId}: ${value.count} procedures${value.sample ? ' (sample data)' : ''}.`);
      break;
    case 'catalogue.search':
      if (!value.complete) io.out(partialMatch(value.unmatched, lang));
      for (const h of value.hits) io.out(`${h.code.padEnd(12)} ${h.name}  [${h.field} · ${h.agency}]`);
      if (value.hits.length === 0) io.out(vi ? 'Không tìm thấy thủ tục phù hợp.' : 'No matching procedure.');
      break;
    case 'tariff.quote':
      for (const line of value.breakdown) io.out(`${line.label}: ${formatVnd(line.vnd, lang)}`);
      io.out(`${vi ? 'Cước' : 'Charge'}: ${formatVnd(value.chargeVnd, lang)} (${vi ? 'biểu cước' : 'tariff'} ${value.tariffVersion}${value.sample ? (vi ? ', mẫu' : ', sample') : ''})`);
      break;
    case 'printer.test':
      io.out(vi ? `Đã in trang thử qua ${value.uri} (${value.bytes} byte). Kiểm tra trên giấy: dấu tiếng Việt, mã vạch và mã QR.` : `Printed the test page on ${value.uri} (${value.bytes} bytes). Check the paper: Vietnamese marks, barcode and QR code.`);
      break;
    case 'handover.pdf':
      io.out(vi ? `Đã ghi biên bản giao nhận: ${value.file} (${value.bytes} byte).` : `Wrote the handover record: ${value.file} (${value.bytes} bytes).`);
      break;
    case 'db.backup':
      io.out(vi ? `Đã sao lưu và kiểm tra: ${value.out} (${value.entries} bút toán, ${value.bytes} byte).` : `Backed up and verified: ${value.out} (${value.entries} entries, ${value.bytes} bytes).`);
      break;
  }
  return failedCheck ? exitCodes.verifyFailed : exitCodes.ok;
}

if (isEntryPoint(import.meta.url)) {
  runCli(process.argv.slice(2), process.env, {
    out: (l) => process.stdout.write(`${l}\n`),
    err: (l) => process.stderr.write(`${l}\n`),
    readPin: readSecret,
  }).then(exitWhenFlushed, (e) => {
    process.stderr.write(`${(e as Error).stack ?? e}\n`);
    exitWhenFlushed(exitCodes.error);
  });
}
