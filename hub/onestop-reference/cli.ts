// `npm run -s onestop -- …`: the reference one-stop system for demos, training and tests.
//   serve [--port N] [--data-dir DIR] [--schedule-ms N]     start it; prints its URL and the demo credentials
//   agency receive|process|finish|supplement|refuse MaHoSo [--data-dir DIR]   move a dossier by hand
//   faults [--data-dir DIR] [--expire-after N] [--errors N [--message TEXT]] [--server-errors N]
//          [--slow-ms N] [--lose-reply N] [--duplicate-status N] [--service NAME] [--clear]
// Messages are Vietnamese first, then English, as on the counter's console.
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { type AgencyAction, agencyActions, applyAgencyAction } from './agency';
import { type FaultModes, noFaults } from './faults';
import { controlTokenHeader, referencePaths, serverInfoFile, startOnestopReference } from './server';
import { ReferenceStore } from './store';

const usage = `Cách dùng / usage:
  onestop serve [--port N] [--data-dir DIR] [--schedule-ms N]
  onestop agency ${agencyActions.join('|')} MaHoSo [--data-dir DIR]
  onestop faults [--data-dir DIR] [--expire-after N] [--errors N [--message TEXT]] [--server-errors N] [--slow-ms N] [--lose-reply N] [--duplicate-status N] [--service NAME] [--clear]`;

function parseArgs(argv: string[]): { positional: string[]; flags: Map<string, string> } {
  const positional: string[] = [];
  const flags = new Map<string, string>();
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (!a.startsWith('--')) positional.push(a);
    else if (a === '--clear') flags.set('clear', '1');
    else {
      const value = argv[i + 1];
      if (value === undefined) fail(`Thiếu giá trị cho ${a} / ${a} needs a value`);
      flags.set(a.slice(2), value);
      i++;
    }
  }
  return { positional, flags };
}

function fail(message: string, code = 2): never {
  process.stderr.write(`${message}\n`);
  process.exit(code);
}

function count(flags: Map<string, string>, name: string): number | undefined {
  const v = flags.get(name);
  if (v === undefined) return undefined;
  if (!/^\d{1,7}$/.test(v)) fail(`--${name} phải là số nguyên không âm, nhận «${v}» / --${name} must be a whole number, got «${v}»`);
  return Number(v);
}

function runningServer(dataDir: string): { url: string; controlToken: string } | null {
  const path = join(dataDir, serverInfoFile);
  return existsSync(path) ? (JSON.parse(readFileSync(path, 'utf8')) as { url: string; controlToken: string }) : null;
}

async function control(server: { url: string; controlToken: string }, path: string, body: unknown): Promise<{ status: number; body: unknown } | null> {
  try {
    const res = await fetch(server.url + path, { method: 'POST', headers: { 'content-type': 'application/json', [controlTokenHeader]: server.controlToken }, body: JSON.stringify(body) });
    return { status: res.status, body: await res.json() };
  } catch {
    return null; // not running any more: the info file was left by a killed server
  }
}

async function main(): Promise<void> {
  const [command, ...rest] = process.argv.slice(2);
  const { positional, flags } = parseArgs(rest);
  const dataDir = resolve(flags.get('data-dir') ?? 'onestop-reference-data');

  if (command === 'serve') {
    const scheduleMs = count(flags, 'schedule-ms');
    const ref = await startOnestopReference({ dataDir, port: count(flags, 'port') ?? 0, schedule: scheduleMs ? { everyMs: scheduleMs } : null });
    const a = ref.account;
    process.stdout.write(`${ref.url}\nusername=${a.username} password=${a.password} dstcode=${a.dstcode} madonvi=${a.madonvi}\n`);
    const stop = () => void ref.close().then(() => process.exit(0));
    process.on('SIGINT', stop);
    process.on('SIGTERM', stop);
    return;
  }

  if (command === 'agency') {
    const [action, maHoSo] = positional;
    if (!agencyActions.includes(action as AgencyAction) || !maHoSo) fail(usage);
    const server = runningServer(dataDir);
    const viaServer = server ? await control(server, referencePaths.agency, { action, MaHoSo: maHoSo }) : null;
    let outcome = viaServer?.body as ReturnType<typeof applyAgencyAction> | undefined;
    if (!viaServer) {
      if (!ReferenceStore.read(dataDir)) fail(`Không có dữ liệu ở ${dataDir} / no reference system data in ${dataDir}`, 1);
      const store = ReferenceStore.open(dataDir, { procedures: [] });
      outcome = applyAgencyAction(store.state.dossiers[maHoSo], action as AgencyAction, new Date());
      if (outcome.ok) store.commit();
    }
    if (!outcome) fail('?', 1);
    if (outcome.ok) return void process.stdout.write(`${maHoSo}: TrangThaiHoSo=${outcome.status}\n`);
    if (outcome.problem === 'notFound') fail(`Không có hồ sơ ${maHoSo} / no dossier ${maHoSo}`, 1);
    fail(`Hồ sơ ${maHoSo} đang ở trạng thái ${outcome.status}, không thể «${action}» / dossier ${maHoSo} is at status ${outcome.status}: «${action}» not allowed`, 1);
  }

  if (command === 'faults') {
    const server = runningServer(dataDir);
    if (!server) fail(`Hệ thống tham chiếu không chạy với ${dataDir} / the reference system is not running with ${dataDir}`, 1);
    const service = flags.get('service');
    const counted = (n: number | undefined) => (n === undefined ? undefined : n === 0 ? null : { count: n, ...(service && { service }) });
    const change: Partial<FaultModes> = flags.has('clear') ? { ...noFaults } : {};
    const expire = count(flags, 'expire-after');
    if (expire !== undefined) change.expireSessionAfterCalls = expire;
    const errors = counted(count(flags, 'errors'));
    if (errors !== undefined) change.errorReplies = errors && { ...errors, message: flags.get('message') ?? 'Lỗi hệ thống (mô phỏng)' };
    const fiveHundreds = counted(count(flags, 'server-errors'));
    if (fiveHundreds !== undefined) change.serverErrors = fiveHundreds;
    const lost = counted(count(flags, 'lose-reply'));
    if (lost !== undefined) change.loseReplyAfterCommit = lost;
    const slow = count(flags, 'slow-ms');
    if (slow !== undefined) change.slowMs = slow;
    const dup = count(flags, 'duplicate-status');
    if (dup !== undefined) change.duplicateStatusReports = dup;
    const reply = await control(server, referencePaths.faults, change);
    if (!reply) fail(`Hệ thống tham chiếu không trả lời ở ${server.url} / no answer at ${server.url}`, 1);
    return void process.stdout.write(`${JSON.stringify((reply.body as { faults: FaultModes }).faults)}\n`);
  }

  fail(usage);
}

void main();
