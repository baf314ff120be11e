// `sync enrol --hub URL` (the code read from standard input), `sync now`, `sync status [--json]`:
// the console's side of the sync with the province hub. Scripts rely on the exit codes and on
// `sync status --json` as {waiting, ackedSeq, headHash, lastError}.
import { randomUUID } from 'node:crypto';
import { parseArgs } from 'node:util';
import type { Lang } from '../../shared/contract/messages';
import type { SyncStatus } from '../../shared/contract/sync';
import { syncProblemText } from '../../shared/contract/sync-messages';
import { consoleExit, consoleLang, consoleOptions, openConsoleApp, parseConsoleArgs, type ConsoleIo } from './console-plumbing';

interface Io extends ConsoleIo {
  readPin: (prompt: string) => Promise<string>;
}

const options = { ...consoleOptions, hub: { type: 'string' } } as const;

export const syncUsage = `  sync enrol --hub URL             đăng ký quầy với máy chủ tỉnh (mã đăng ký đọc từ đầu vào chuẩn)
  sync now                         đồng bộ ngay; mã thoát 0 khi máy chủ đã nhận đủ, 1 kèm lý do nếu chưa
  sync status [--json]             tình trạng đồng bộ ({waiting, ackedSeq, headHash, lastError})`;

/** True when the command line asks for a `sync …` command (the first word that is not an option). */
export function isSyncCommand(argv: string[]): boolean {
  const { positionals } = parseArgs({ args: argv, options, allowPositionals: true, strict: false });
  return positionals[0] === 'sync';
}

export async function runSyncCli(argv: string[], env: NodeJS.ProcessEnv, io: Io): Promise<number> {
  const parsed = parseConsoleArgs(argv, options, syncUsage, io);
  if (!parsed) return consoleExit.usage;
  const { values: v, positionals } = parsed;
  const lang = consoleLang(v.lang, env);
  const action = positionals.slice(1).join(' ');
  if (!['enrol', 'now', 'status'].includes(action) || (action === 'enrol' && !v.hub)) {
    io.err(action === 'enrol' ? 'Thiếu --hub URL / missing --hub URL' : `Lệnh không tồn tại / unknown command: ${positionals.join(' ')}`);
    io.err(syncUsage);
    return 2;
  }
  const app = openConsoleApp(v['data-dir'], env, lang, io);
  if (!app) return consoleExit.error;
  const vi = lang === 'vi';
  try {
    if (action === 'enrol') {
      const code = await io.readPin(vi ? 'Mã đăng ký: ' : 'Enrolment code: ');
      const r = await app.dispatch('sync.enrol', { hubUrl: v.hub, code, idempotencyKey: v['idempotency-key'] ?? `cli-${randomUUID()}` }, { lang, via: 'console' });
      if (!r.ok) return fail(r.error.message, v.json, io);
      const value = r.value as { counterId: string; ackedSeq: number };
      if (v.json) io.out(JSON.stringify(value));
      else io.out(vi ? `Đã đăng ký với máy chủ tỉnh ${v.hub}: quầy ${value.counterId}.` : `Enrolled with the province hub ${v.hub}: counter ${value.counterId}.`);
      return 0;
    }
    const r = await app.dispatch(action === 'now' ? 'sync.now' : 'sync.status', action === 'now' ? { wait: true } : {}, { lang, via: 'console' });
    if (!r.ok) return fail(r.error.message, v.json, io);
    const s = r.value as SyncStatus;
    if (v.json) io.out(JSON.stringify({ waiting: s.waiting, ackedSeq: s.ackedSeq, headHash: s.headHash, lastError: s.lastError, state: s.state }));
    else describe(s, lang).forEach((line) => io.out(line));
    if (action === 'status') return 0;
    const done = s.state === 'synced' && s.lastError === null;
    if (!done && !v.json) io.err(s.lastError ? syncProblemText(s.lastError, lang) : vi ? `Còn ${s.waiting} mục chờ đồng bộ.` : `${s.waiting} entries still waiting.`);
    return done ? 0 : 1;
  } finally {
    app.close();
  }
}

function fail(message: string, json: boolean | undefined, io: Io): number {
  if (json) io.out(JSON.stringify({ ok: false, error: message }));
  else io.err(message);
  return 1;
}

function describe(s: SyncStatus, lang: Lang): string[] {
  const vi = lang === 'vi';
  const lines = [
    {
      notEnrolled: vi ? 'Chưa đăng ký với máy chủ tỉnh.' : 'Not enrolled with a province hub.',
      synced: vi ? 'Đã đồng bộ.' : 'Synced.',
      waiting: vi ? `${s.waiting} mục chờ đồng bộ.` : `${s.waiting} entries waiting.`,
      offline: vi ? `Mất kết nối từ ${s.offlineSince}; ${s.waiting} mục chờ.` : `Offline since ${s.offlineSince}; ${s.waiting} waiting.`,
      refused: vi ? 'Bị máy chủ tỉnh từ chối.' : 'Refused by the province hub.',
    }[s.state],
    vi ? `Máy chủ đã nhận đến bút toán ${s.ackedSeq}; sổ của quầy đến ${s.headSeq} (${s.headHash ?? '—'}).` : `Hub holds up to entry ${s.ackedSeq}; the counter's ledger ends at ${s.headSeq} (${s.headHash ?? '—'}).`,
  ];
  if (s.lastError) lines.push(syncProblemText(s.lastError, lang));
  return lines;
}
