// The console's list of results ready at the departments and not yet collected (issue 14):
//   results ready-at-agency [--agency TÊN] [--json]
// cli.ts hands it here before its own parsing (it takes an option cli.ts does not know).
import type { CommandOutput } from '../../shared/contract/commands';
import type { Lang } from '../../shared/contract/messages';
import { formatDateTime } from '../../shared/format';
import { consoleExit, consoleLang, consoleOptions, consoleSpeaker, openConsoleApp, parseConsoleArgs, usageMistake, type ConsoleIo } from './console-plumbing';

export const agencyResultsUsage = `  results ready-at-agency [--agency TÊN_CƠ_QUAN] [--json]
                                   kết quả cơ quan đã giải quyết xong, còn ở cơ quan: cần đi nhận
                                   về bưu cục (theo từng cơ quan, cũ nhất trước)`;

/** True when `argv` is this file's command (cli.ts asks before parsing). */
export function isAgencyResultsCommand(argv: readonly string[]): boolean {
  const words = argv.filter((a) => !a.startsWith('-'));
  const at = words.indexOf('results');
  return at >= 0 && words[at + 1] === 'ready-at-agency';
}

export async function runAgencyResultsCli(argv: string[], env: NodeJS.ProcessEnv, io: ConsoleIo): Promise<number> {
  const parsed = parseConsoleArgs(argv, { ...consoleOptions, agency: { type: 'string' } }, agencyResultsUsage, io);
  if (!parsed) return consoleExit.usage;
  const { values: v, positionals } = parsed;
  const lang = consoleLang(v.lang, env);
  if (positionals.length > 2) return usageMistake(lang === 'vi' ? 'Thừa tham số / too many arguments' : 'Too many arguments', agencyResultsUsage, io);
  const app = openConsoleApp(v['data-dir'], env, lang, io);
  if (!app) return consoleExit.error;
  try {
    const { call, say } = consoleSpeaker(app, lang, v.json, io);
    const ready = await call('results.readyAtAgency', { agency: v.agency ?? null });
    if (!ready) return consoleExit.error;
    return say(ready, describeReadyAtAgency(ready, lang));
  } finally {
    app.close();
  }
}

export function describeReadyAtAgency({ agencies, total }: CommandOutput<'results.readyAtAgency'>, lang: Lang): string[] {
  const vi = lang === 'vi';
  if (total === 0) return [vi ? 'Không có kết quả nào đang chờ nhận tại cơ quan.' : 'No result is waiting at an agency.'];
  return [
    vi ? `Kết quả sẵn sàng tại cơ quan: ${total}` : `Results ready at the agencies: ${total}`,
    ...agencies.flatMap((a) => [
      `${a.agency} (${a.results.length})`,
      ...a.results.map((r) => `  ${r.slipNumber}  ${vi ? 'có từ' : 'since'} ${formatDateTime(r.readyAt, lang)}${r.resultPapers.length ? `  ${r.resultPapers.join('; ')}` : ''}`),
    ]),
  ];
}
