// The hub's command line: `npm run -s hub -- <command>`. Serves the hub, enrols and revokes
// counters, shows their sync status and publishes directives. Exit codes: 0 done, 1 refused or
// failed (the reason on stderr), 2 usage.
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { directiveKinds, type DirectiveKind } from '../shared/sync/protocol';
import { runAdminCommand, type AdminCommand, type AdminResult } from './admin-commands';
import type { CounterView } from './counters';
import type { AlertView } from './alerts';
import { openHubDatabase, type HubDatabaseLocation } from './db/open-hub-database';
import { removeServeNote, resolveHubLocation, runningHub, writeServeNote } from './hub-location';
import { onestopParkedAlertCode } from './connector/parked-alert';
import { onestopOptionsFrom, type OnestopWorkerOptions } from './connector/onestop-options';
import { startHub } from './server';

const usage = `Cách dùng / usage: npm run -s hub -- [--data-dir DIR | --database postgres://…] [--json] [--lang vi|en] <lệnh>

  serve [--port N] [--host H]          chạy máy chủ tỉnh (in địa chỉ và mã vận hành)
        [--onestop URL [--onestop-every GIÂY (10)]]
                                       kèm kết nối Hệ thống một cửa tỉnh; tài khoản từ
                                       HUB_ONESTOP_USERNAME, HUB_ONESTOP_PASSWORD, HUB_ONESTOP_DSTCODE,
                                       HUB_ONESTOP_MADONVI (hoặc --onestop-username/-dstcode/-madonvi)
  counters enrol --office-code C --counter N
                                       tạo mã đăng ký một lần cho quầy (dòng cuối)
  counters list                        các quầy đã đăng ký
  counters revoke --office-code C --counter N
                                       thu hồi quầy: bị từ chối ngay
  status                               đồng bộ của từng quầy và các cảnh báo
  publish catalogue FILE [--office-code C | --counter-id ID] [--by TÊN]
                                       gửi danh mục thủ tục (tệp nhập của quầy) tới các quầy
  publish KIND FILE …                  gửi chỉ thị khác (${directiveKinds.join(', ')})

Dữ liệu / data: --database, HUB_DATABASE_URL (PostgreSQL), hoặc thư mục PGlite --data-dir,
HUB_DATA_DIR, mặc định ~/.local/share/onestop-hub.`;

type Lang = 'vi' | 'en';
const say = (lang: Lang, vi: string, en: string) => (lang === 'en' ? en : vi);

export async function main(argv: string[], env: NodeJS.ProcessEnv = process.env): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        'data-dir': { type: 'string' },
        database: { type: 'string' },
        json: { type: 'boolean' },
        lang: { type: 'string' },
        port: { type: 'string' },
        host: { type: 'string' },
        'office-code': { type: 'string' },
        counter: { type: 'string' },
        'counter-id': { type: 'string' },
        by: { type: 'string' },
        help: { type: 'boolean' },
        onestop: { type: 'string' },
        'onestop-every': { type: 'string' },
        'onestop-username': { type: 'string' },
        'onestop-dstcode': { type: 'string' },
        'onestop-madonvi': { type: 'string' },
      },
    });
  } catch (e) {
    process.stderr.write(`${(e as Error).message}\n\n${usage}\n`);
    return 2;
  }
  const v = parsed.values;
  const [command, sub, arg] = parsed.positionals;
  const lang: Lang = (v.lang ?? env.HUB_LANG) === 'en' ? 'en' : 'vi';
  const location = resolveHubLocation({ database: v.database, dataDir: v['data-dir'] }, env);
  const json = v.json ?? false;
  const fail = (vi: string, en: string) => {
    process.stderr.write(`${say(lang, vi, en)}\n`);
    return 1;
  };
  const badUsage = (vi: string, en: string) => {
    process.stderr.write(`${say(lang, vi, en)}\n\n${usage}\n`);
    return 2;
  };

  if (v.help || !command) {
    process.stdout.write(`${usage}\n`);
    return v.help ? 0 : 2;
  }
  if (command === 'serve') {
    const onestop = onestopOptionsFrom(
      { url: v.onestop, every: v['onestop-every'], username: v['onestop-username'], dstcode: v['onestop-dstcode'], madonvi: v['onestop-madonvi'] },
      env,
    );
    if (!onestop.ok && onestop.problem === 'badUrl') return badUsage('--onestop phải là địa chỉ http(s)://…', '--onestop must be an http(s)://… address.');
    if (!onestop.ok && onestop.problem === 'badEvery') return badUsage('--onestop-every phải là số giây từ 0.05 đến 3600.', '--onestop-every must be a number of seconds from 0.05 to 3600.');
    if (!onestop.ok) return fail(`Thiếu tài khoản Hệ thống một cửa: ${onestop.missing!.join(', ')}.`, `The one-stop system's account is missing: ${onestop.missing!.join(', ')}.`);
    return serve(location, v.port, v.host, lang, onestop.options);
  }

  const counterRef = (): { officeCode: string; counterNumber: number } | null => {
    const counter = v.counter;
    if (!v['office-code'] || !counter || !/^\d{1,3}$/.test(counter)) return null;
    return { officeCode: v['office-code'], counterNumber: Number(counter) };
  };

  let name: AdminCommand;
  let input: unknown;
  if (command === 'counters' && (sub === 'enrol' || sub === 'revoke')) {
    const ref = counterRef();
    if (!ref) return badUsage('Cần --office-code C và --counter N (số quầy 1–999).', 'Needs --office-code C and --counter N (counter number 1–999).');
    name = sub;
    input = ref;
  } else if (command === 'counters' && sub === 'list') {
    name = 'list';
    input = {};
  } else if (command === 'status') {
    name = 'status';
    input = {};
  } else if (command === 'publish' && sub && arg) {
    const kind: DirectiveKind | undefined = sub === 'catalogue' ? 'catalogue.version' : directiveKinds.find((k) => k === sub);
    if (!kind) return badUsage(`Không có loại chỉ thị "${sub}".`, `No directive kind "${sub}".`);
    let payload: unknown;
    try {
      payload = JSON.parse(readFileSync(arg, 'utf8'));
    } catch (e) {
      return fail(`Không đọc được tệp JSON ${arg}: ${(e as Error).message}`, `Cannot read the JSON file ${arg}: ${(e as Error).message}`);
    }
    if (v['office-code'] && v['counter-id']) return badUsage('Chỉ một trong --office-code và --counter-id.', 'Only one of --office-code and --counter-id.');
    const target = v['office-code'] ? { officeCode: v['office-code'] } : v['counter-id'] ? { counterId: v['counter-id'] } : { all: true };
    name = 'publish';
    input = { kind, payload, target, publishedBy: v.by ?? 'hub operator' };
  } else {
    return badUsage(`Lệnh không rõ: ${parsed.positionals.join(' ')}`, `Unknown command: ${parsed.positionals.join(' ')}`);
  }

  let result: AdminResult;
  try {
    result = await runCommand(location, name, input);
  } catch (e) {
    return fail(`Không làm được: ${(e as Error).message}`, `Could not do it: ${(e as Error).message}`);
  }
  if (!result.ok) return fail(`Dữ liệu không hợp lệ: ${result.error.message}`, `Invalid input: ${result.error.message}`);
  const value = result.value as Record<string, unknown>;
  const out = (text: string) => process.stdout.write(`${text}\n`);

  switch (name) {
    case 'enrol': {
      const r = value as { code: string; expiresAt: string };
      if (json) out(JSON.stringify({ code: r.code, expiresAt: r.expiresAt }));
      else {
        const ref = input as { officeCode: string; counterNumber: number };
        out(say(lang, `Mã đăng ký một lần cho quầy ${ref.counterNumber}, bưu cục ${ref.officeCode} (hết hạn ${r.expiresAt}):`, `One-time enrolment code for counter ${ref.counterNumber} of office ${ref.officeCode} (expires ${r.expiresAt}):`));
        out(r.code);
      }
      return 0;
    }
    case 'revoke': {
      const n = (value as { revoked: number }).revoked;
      if (json) out(JSON.stringify(value));
      else out(say(lang, `Đã thu hồi ${n} quầy.`, `Revoked ${n} counter(s).`));
      return n > 0 ? 0 : fail('Không có quầy nào đang hoạt động với số này.', 'No live counter with this number.');
    }
    case 'list': {
      const counters = (value as { counters: CounterView[] }).counters;
      if (json) out(JSON.stringify(value));
      else if (counters.length === 0) out(say(lang, 'Chưa có quầy nào.', 'No counters yet.'));
      else for (const c of counters) out(`${c.officeCode}\t${say(lang, 'quầy', 'counter')} ${c.counter}\t${c.counterId}\tseq ${c.ackedSeq}\t${c.lastSeenAt ?? '-'}${c.revokedAt ? `\t${say(lang, 'đã thu hồi', 'revoked')}` : ''}`);
      return 0;
    }
    case 'status': {
      const s = value as { counters: { officeCode: string; counter: number; ackedSeq: number; headHash: string; lastSeenAt: string | null; lagSeconds: number | null }[]; alerts: AlertView[] };
      if (json) out(JSON.stringify(s));
      else {
        for (const c of s.counters) out(`${c.officeCode}\t${say(lang, 'quầy', 'counter')} ${c.counter}\tseq ${c.ackedSeq}\t${c.headHash.slice(0, 12)}\t${c.lastSeenAt ?? say(lang, 'chưa đồng bộ', 'never synced')}`);
        for (const a of s.alerts) {
          // A parked one-stop call's number is the outbox call's, not a ledger seq.
          const where = a.code === onestopParkedAlertCode ? say(lang, `lệnh gửi một cửa #${a.seq}`, `one-stop call #${a.seq}`) : `seq ${a.seq}`;
          out(`${say(lang, 'CẢNH BÁO', 'ALERT')} ${a.code} ${a.officeCode ?? ''} ${say(lang, 'quầy', 'counter')} ${a.counter ?? '?'} ${where} (${a.times}×): ${a.detail}`);
        }
        if (s.counters.length === 0 && s.alerts.length === 0) out(say(lang, 'Chưa có quầy nào.', 'No counters yet.'));
      }
      return 0;
    }
    case 'publish': {
      if (json) out(JSON.stringify(value));
      else out(say(lang, `Đã gửi chỉ thị số ${String(value.id)}.`, `Published directive ${String(value.id)}.`));
      return 0;
    }
  }
}

/** On the database, or through the hub serving this embedded folder now. */
async function runCommand(location: HubDatabaseLocation, name: AdminCommand, input: unknown): Promise<AdminResult> {
  const running = 'dataDir' in location ? runningHub(location.dataDir) : null;
  if (running) {
    const res = await fetch(`${running.url}/v1/admin/${name}`, {
      method: 'POST',
      headers: { authorization: `Bearer ${running.operatorToken}`, 'content-type': 'application/json' },
      body: JSON.stringify(input),
    });
    const body = (await res.json()) as { error?: { code: 'BAD_INPUT'; message: string } };
    if (res.status === 400 && body.error) return { ok: false, error: body.error };
    if (!res.ok) throw new Error(`hub ${res.status}: ${body.error?.message ?? ''}`);
    return { ok: true, value: body };
  }
  const db = await openHubDatabase(location);
  try {
    return await runAdminCommand(db, name, input);
  } finally {
    await db.close();
  }
}

async function serve(location: HubDatabaseLocation, port: string | undefined, host: string | undefined, lang: Lang, onestop: OnestopWorkerOptions | null): Promise<number> {
  if (port !== undefined && !/^\d{1,5}$/.test(port)) {
    process.stderr.write(`${say(lang, 'Cổng phải là số 0–65535.', 'The port must be a number 0–65535.')}\n`);
    return 2;
  }
  if ('dataDir' in location && runningHub(location.dataDir)) {
    process.stderr.write(`${say(lang, `Thư mục ${location.dataDir} đang được một máy chủ khác dùng.`, `The folder ${location.dataDir} is in use by another hub.`)}\n`);
    return 1;
  }
  const database = await openHubDatabase(location);
  const hub = await startHub({ database, port: port === undefined ? 8470 : Number(port), host, ...(onestop ? { onestop } : {}) });
  if ('dataDir' in location) writeServeNote(location.dataDir, { url: hub.url, pid: process.pid, operatorToken: hub.operatorToken });
  process.stdout.write(`${say(lang, 'Máy chủ tỉnh chạy tại', 'Hub listening at')} ${hub.url}\n`);
  process.stdout.write(`${say(lang, 'Mã vận hành (Authorization: Bearer …)', 'Operator token (Authorization: Bearer …)')}: ${hub.operatorToken}\n`);
  process.stdout.write(`${'dataDir' in location ? `PGlite: ${location.dataDir}` : 'PostgreSQL'}\n`);
  // The address only: the account stays out of the output.
  if (onestop) process.stdout.write(`${say(lang, 'Kết nối Hệ thống một cửa', 'One-stop system')}: ${onestop.endpoint.url} (${say(lang, `mỗi ${onestop.everyMs / 1000} giây`, `every ${onestop.everyMs / 1000} s`)})\n`);
  await new Promise<void>((resolve) => {
    process.once('SIGINT', resolve);
    process.once('SIGTERM', resolve);
  });
  await hub.close();
  await database.close();
  if ('dataDir' in location) removeServeNote(location.dataDir);
  return 0;
}

const entry = process.argv[1];
if (entry && /hub[\\/]cli\.ts$/.test(entry)) {
  main(process.argv.slice(2)).then(
    (code) => {
      process.exitCode = code;
    },
    (e: unknown) => {
      process.stderr.write(`${(e as Error)?.stack ?? String(e)}\n`);
      process.exitCode = 1;
    },
  );
}
