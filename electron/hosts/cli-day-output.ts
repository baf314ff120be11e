// The console's commands for the day's papers and the office view:
//   day report DATE --pdf FILE    the day's report (Z once closed, X before) as an A4 PDF
//   day export DATE --csv DIR     each table of the day's report as a CSV file in DIR
//   office export DATE [--out FILE]   this counter's day as a signed day file
//   office import FILE            another counter's day file of the same post office
//   office day DATE               the office's day: every counter's figures and their totals
// cli.ts hands them here before its own parsing (they take options it does not know).
import { randomUUID } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { CommandOutput } from '../../shared/contract/commands';
import type { Lang } from '../../shared/contract/messages';
import { formatVnd } from '../../shared/format';
import { writeDayCsv } from '../services/day/day-csv';
import { consoleExit, consoleLang, consoleOptions, consoleSpeaker, openConsoleApp, parseConsoleArgs, usageMistake, type ConsoleIo } from './console-plumbing';

export const dayOutputUsage = `  day report NGÀY --pdf TỆP      ghi báo cáo ngày (Z nếu đã chốt, X nếu chưa) ra PDF A4
  day export NGÀY --csv THƯ_MỤC  ghi từng bảng của báo cáo ngày ra tệp CSV (UTF-8, mở được bằng Excel)
  office export NGÀY [--out TỆP] xuất số liệu ngày của quầy này thành tệp có chữ ký
  office import TỆP              nhập tệp số liệu ngày của một quầy khác cùng bưu cục
  office day NGÀY                số liệu ngày của cả bưu cục: từng quầy và tổng cộng`;

/** True when `argv` is one of this file's commands (cli.ts asks before parsing). */
export function isDayOutputCommand(argv: readonly string[]): boolean {
  const words = argv.filter((a) => !a.startsWith('-'));
  const at = (w: string) => words.indexOf(w);
  return (at('day') >= 0 && ['report', 'export'].includes(words[at('day') + 1] ?? '')) || (at('office') >= 0 && ['export', 'import', 'day'].includes(words[at('office') + 1] ?? ''));
}

export async function runDayOutputCli(argv: string[], env: NodeJS.ProcessEnv, io: ConsoleIo): Promise<number> {
  const parsed = parseConsoleArgs(argv, { ...consoleOptions, pdf: { type: 'string' }, csv: { type: 'string' }, out: { type: 'string' } }, dayOutputUsage, io);
  if (!parsed) return consoleExit.usage;
  const { values: v, positionals } = parsed;
  const lang = consoleLang(v.lang, env);
  const vi = lang === 'vi';
  const [area, action, argument, ...extra] = positionals;
  const usage = (why: string) => usageMistake(why, dayOutputUsage, io);
  if (!argument || extra.length) return usage(vi ? `Cần đúng một ${area === 'office' && action === 'import' ? 'tệp' : 'ngày (ví dụ 2026-11-27)'} / one argument is required` : 'One argument is required (a day such as 2026-11-27, or a file)');
  if (area === 'day' && action === 'report' && !v.pdf) return usage(vi ? 'Thiếu --pdf TỆP / missing --pdf FILE' : 'Missing --pdf FILE');
  if (area === 'day' && action === 'export' && !v.csv) return usage(vi ? 'Thiếu --csv THƯ_MỤC / missing --csv DIR' : 'Missing --csv DIR');

  let content: string | undefined;
  if (area === 'office' && action === 'import') {
    try {
      content = readFileSync(argument, 'utf8');
    } catch (e) {
      io.err(vi ? `Không đọc được tệp ${argument}: ${(e as Error).message}` : `Cannot read ${argument}: ${(e as Error).message}`);
      return consoleExit.error;
    }
  }

  const app = openConsoleApp(v['data-dir'], env, lang, io);
  if (!app) return consoleExit.error;
  try {
    const { call, say } = consoleSpeaker(app, lang, v.json, io);

    if (area === 'day' && action === 'report') {
      const pdf = await call('day.reportPdf', { day: argument });
      if (!pdf) return consoleExit.error;
      const file = resolve(v.pdf!);
      const bytes = Buffer.from(pdf.pdfBase64, 'base64');
      writeFileSync(file, bytes);
      return say({ file, bytes: bytes.length, fileName: pdf.fileName }, vi ? `Đã ghi báo cáo ngày ${argument}: ${file} (${bytes.length} byte).` : `Wrote the report of ${argument}: ${file} (${bytes.length} bytes).`);
    }
    if (area === 'day' && action === 'export') {
      const csv = await call('day.csv', { day: argument });
      if (!csv) return consoleExit.error;
      const paths = writeDayCsv(resolve(v.csv!), csv.files);
      return say({ files: paths }, [vi ? `Đã ghi ${paths.length} tệp CSV của ngày ${argument}:` : `Wrote ${paths.length} CSV files of ${argument}:`, ...paths.map((p) => `  ${p}`)]);
    }
    if (area === 'office' && action === 'export') {
      const file = await call('office.exportDay', { day: argument });
      if (!file) return consoleExit.error;
      const path = resolve(v.out ?? file.fileName);
      writeFileSync(path, file.content, 'utf8');
      return say({ file: path, keyFingerprint: file.keyFingerprint }, vi ? `Đã ghi tệp số liệu ngày ${argument}: ${path} (dấu khóa ${file.keyFingerprint}).` : `Wrote the day file of ${argument}: ${path} (key fingerprint ${file.keyFingerprint}).`);
    }
    if (area === 'office' && action === 'import') {
      const done = await call('office.importDay', { content, idempotencyKey: v['idempotency-key'] ?? `cli-${randomUUID()}` });
      if (!done) return consoleExit.error;
      const z = done.zNumber === null ? (vi ? 'báo cáo X' : 'X report') : `Z ${vi ? 'số' : 'no.'} ${done.zNumber}${done.provisional ? (vi ? ', TẠM' : ', provisional') : ''}`;
      const lines = [
        vi
          ? `Đã nhập số liệu ngày ${done.day} của quầy số ${done.counterNumber} (${z})${done.replaced ? ', thay số liệu nhập trước' : ''}; bút toán #${done.seq}.`
          : `Imported the day ${done.day} of counter ${done.counterNumber} (${z})${done.replaced ? ', replacing the earlier import' : ''}; entry #${done.seq}.`,
      ];
      if (done.firstFromCounter) {
        lines.push(
          vi
            ? `Tệp đầu tiên từ quầy số ${done.counterNumber}: dấu khóa ${done.keyFingerprint}. Hãy so với dấu khóa in cuối báo cáo Z của quầy đó; từ nay chỉ nhận tệp ký bằng khóa này.`
            : `First file from counter ${done.counterNumber}: key fingerprint ${done.keyFingerprint}. Compare it with the one printed at the foot of that counter's Z report; from now on only files signed with this key are accepted.`,
        );
      }
      return say(done, lines);
    }
    const office = await call('office.day', { day: argument });
    if (!office) return consoleExit.error;
    return say(office, describeOfficeDay(office, lang));
  } finally {
    app.close();
  }
}

function describeOfficeDay(o: CommandOutput<'office.day'>, lang: Lang): string[] {
  const vi = lang === 'vi';
  const vnd = (n: number | null) => (n === null ? '—' : formatVnd(n, lang));
  const lines = [vi ? `Bưu cục ${o.officeCode} — ngày ${o.day}: ${o.counters.length} quầy` : `Post office ${o.officeCode} — ${o.day}: ${o.counters.length} counters`];
  for (const c of o.counters) {
    const state = c.state === 'closed' ? `Z${c.zNumber}${c.provisional ? (vi ? ' TẠM' : ' provisional') : ''}` : 'X';
    const from = c.source === 'this' ? (vi ? 'quầy này' : 'this counter') : vi ? `nhập lúc ${c.importedAtLocal}` : `imported ${c.importedAtLocal}`;
    lines.push(
      vi
        ? `  Quầy ${c.counterNumber} [${state}, ${from}]: ${c.dossiersReceived} hồ sơ; tiền phải có ${vnd(c.expectedCashVnd)}, chênh lệch ${vnd(c.differenceVnd)}; thu hộ ${vnd(c.feesVnd)}; cước ${vnd(c.postalVnd)}`
        : `  Counter ${c.counterNumber} [${state}, ${from}]: ${c.dossiersReceived} dossiers; expected cash ${vnd(c.expectedCashVnd)}, difference ${vnd(c.differenceVnd)}; fees ${vnd(c.feesVnd)}; postal ${vnd(c.postalVnd)}`,
    );
  }
  const t = o.totals;
  lines.push(
    vi
      ? `  Tổng: ${t.dossiersReceived} hồ sơ (${t.notHandedOver} chưa bàn giao); tiền phải có ${vnd(t.expectedCashVnd)}, chênh lệch ${vnd(t.differenceVnd)}; thu hộ ${vnd(t.feesVnd)}; cước ${vnd(t.postalVnd)}`
      : `  Total: ${t.dossiersReceived} dossiers (${t.notHandedOver} not handed over); expected cash ${vnd(t.expectedCashVnd)}, difference ${vnd(t.differenceVnd)}; fees ${vnd(t.feesVnd)}; postal ${vnd(t.postalVnd)}`,
  );
  return lines;
}
