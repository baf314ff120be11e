// What the hash chain alone cannot see: `ledger verify` rebuilds every read model from the
// entries and names each row that disagrees, and checks anchors (entries' hashes recorded
// outside the file). A realistic session is recorded once (set-up, staff, wrong PIN, intake of
// several dossiers, reprints, PDFs, an agency corrected, a guidance slip, receipts printed on the
// virtual printer); each test tampers with a copy of its file as a forger would.
import Database from 'better-sqlite3';
import { scryptSync } from 'node:crypto';
import { copyFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { CommandInput, CommandName, CommandOutput, ReadModelDifference } from '../../shared/contract/commands';
import type { CommandResult } from '../../shared/contract/result';
import { openCounterApp } from '../../electron/services/counter-app';
import { entryHash } from '../../electron/services/ledger/entry-hash';
import { verifyLedger, type EntryRow } from '../../electron/services/ledger/verify-chain';
import { defaultSetup, key, ok, TestClock } from '../support/counter-fixture';
import { licenceCode } from '../support/intake-fixture';
import { configureS10, receiveDossier } from '../support/receive-dossier';
import { runCli } from '../support/run-cli';
import { VirtualPrinter } from '../support/virtual-printer';

const fast = { faultPollMs: 100, backoffMs: [50, 100, 200], connectTimeoutMs: 500, statusTimeoutMs: 300, idleProbeMs: 0 };

let sessionDir: string;
let slips: string[] = [];
let clerkId = '';
let dir: string;

/** The session's PIN pepper, outside its data folder; a copy of the folder is the same counter. */
const keysDir = () => `${sessionDir}-keys`;
/** A PIN hash as made before the pepper (scheme 'scrypt'): what a forger without the key can write. */
const unpepperedHash = (pin: string, salt: Buffer) => scryptSync(pin, salt, 32, { N: 1 << 14, r: 8, p: 1, maxmem: 64 * 1024 * 1024 });

/** The ledger file of the recorded session, copied for one test. */
const file = () => join(dir, 'ledger.sqlite');

beforeAll(async () => {
  sessionDir = mkdtempSync(join(tmpdir(), 'counter-readmodels-'));
  const printer = await VirtualPrinter.start();
  const app = openCounterApp({ dataDir: sessionDir, clock: new TestClock(), printing: fast, secretDir: keysDir() });
  const as = (session: string) => async <N extends CommandName>(name: N, input: CommandInput<N>) =>
    ok((await app.dispatch(name, input, { lang: 'vi', via: 'screen', sessionId: session })) as CommandResult<CommandOutput<N>>);
  const mgr = as('mgr');
  const clerk = as('clerk');
  try {
    await mgr('setup.initialize', { ...defaultSetup, idempotencyKey: key('setup') });
    await mgr('devices.printer.configure', { settings: { uri: printer.uri, paperWidth: 80, copies: 2 }, idempotencyKey: key('printer') });
    await app.startDevices();
    clerkId = (await mgr('users.add', { name: 'Cầm Thị Mai', role: 'clerk', pin: '1357', idempotencyKey: key('add') })).user.id;
    await mgr('users.add', { name: 'Quàng Văn Tú', role: 'clerk', pin: '9753', idempotencyKey: key('add') });
    await mgr('users.update', { userId: clerkId, name: 'Cầm Thị Mai Anh', idempotencyKey: key('rename') });
    // One wrong PIN: a ledger fact that the users row counts.
    const wrong = await app.dispatch('auth.signIn', { userId: clerkId, pin: '0000', idempotencyKey: key('in') }, { lang: 'vi', via: 'screen', sessionId: 'clerk' });
    expect(wrong.ok).toBe(false);
    await clerk('auth.signIn', { userId: clerkId, pin: '1357', idempotencyKey: key('in') });
    await mgr('settings.update', { idleLockMinutes: 10, idempotencyKey: key('idle') });
    const agency = (await mgr('agencies.list', {})).agencies.find((a) => a.listed)!;
    await mgr('agencies.update', { name: agency.name, unitCode: agency.unitCode, address: 'Số 1 đường Tô Hiệu', phone: '0212 3852 001', idempotencyKey: key('agency') });
    await clerk('catalogue.guidanceSlip', { code: licenceCode, idempotencyKey: key('slip') });
    await configureS10(app);
    for (let i = 0; i < 4; i++) slips.push((await receiveDossier(app, 'clerk')).slip);
    await clerk('intake.reprint', { slipNumber: slips[0]!, reason: 'Giấy bị nhòe', idempotencyKey: key('reprint') });
    await clerk('intake.receiptPdf', { slipNumber: slips[1]!, idempotencyKey: key('pdf') });
    await clerk('intake.receiptPdf', { slipNumber: slips[1]!, idempotencyKey: key('pdf') });
    // Every receipt job printed by the worker before the session ends.
    const deadline = Date.now() + 20_000;
    while (app.services.db.prepare("SELECT count(*) FROM print_jobs WHERE state <> 'printed'").pluck().get() !== 0) {
      if (Date.now() > deadline) throw new Error('receipts not printed');
      await new Promise((r) => setTimeout(r, 50));
    }
  } finally {
    app.close();
    await printer.close();
  }
}, 60_000);
afterAll(() => {
  rmSync(sessionDir, { recursive: true, force: true });
  rmSync(keysDir(), { recursive: true, force: true });
});

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'counter-forgery-'));
  copyFileSync(join(sessionDir, 'ledger.sqlite'), file());
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

/** Opens the copy behind the app's back and removes its guards, as a forger would. */
function tamper(work: (db: Database.Database) => void): void {
  const db = new Database(file());
  for (const t of ['entries_refuse_update', 'entries_refuse_delete', 'procedure_snapshots_immutable']) db.exec(`DROP TRIGGER IF EXISTS ${t}`);
  db.pragma('foreign_keys = OFF');
  work(db);
  db.close();
}

function verify(anchors: { seq: number; hash: string }[] = []) {
  const db = new Database(file(), { readonly: true });
  try {
    return verifyLedger(db as never, anchors);
  } finally {
    db.close();
  }
}

/** Rewrites the entries from `fromSeq` on so that every hash and link is right again. */
function rehashFrom(db: Database.Database, fromSeq: number): void {
  const rows = db.prepare('SELECT * FROM entries WHERE seq >= ? ORDER BY seq').all(fromSeq) as EntryRow[];
  let prev = (db.prepare('SELECT hash FROM entries WHERE seq = ?').pluck().get(fromSeq - 1) as string | undefined) ?? '0'.repeat(64);
  const update = db.prepare('UPDATE entries SET prev_hash = ?, hash = ? WHERE seq = ?');
  for (const row of rows) {
    const hash = entryHash({ ...row, prev_hash: prev });
    update.run(prev, hash, row.seq);
    prev = hash;
  }
}

const dossierEntry = (db: Database.Database, slip: string) =>
  db.prepare("SELECT seq FROM entries WHERE kind = 'dossier.received' AND json_extract(payload, '$.slipNumber') = ?").pluck().get(slip) as number;
const differences = (r: ReturnType<typeof verify>) => r.differences.map(({ table, key, column }: ReadModelDifference) => ({ table, key, column }));

describe('read models rebuilt from the entries', () => {
  it('match what the services wrote in a realistic session', () => {
    const r = verify();
    expect(r.differences).toEqual([]);
    expect(r).toMatchObject({ ok: true, problem: null, differenceCount: 0 });
  });

  it('name the dossier whose entry was edited and the chain re-hashed after it', () => {
    let editedSeq = 0;
    tamper((db) => {
      editedSeq = dossierEntry(db, slips[1]!);
      db.prepare("UPDATE entries SET payload = json_set(payload, '$.totalVnd', 1000) WHERE seq = ?").run(editedSeq);
      rehashFrom(db, editedSeq);
    });
    const r = verify();
    expect(r).toMatchObject({ ok: false, problem: 'read_model_mismatch', firstBadSeq: null });
    const diffs = differences(r);
    expect(diffs).toContainEqual({ table: 'dossiers', key: slips[1], column: 'total_vnd' });
    // The QR check value on every receipt printed from the edit on holds the old hash.
    for (const slip of slips.slice(1)) expect(diffs).toContainEqual({ table: 'dossiers', key: slip, column: 'qr_payload' });
    expect(diffs).not.toContainEqual({ table: 'dossiers', key: slips[0], column: 'qr_payload' });
  });

  it('cannot see a forger who re-hashes the entries and rewrites the tables to match, unless an anchor from before holds', () => {
    const before = new Database(file(), { readonly: true });
    const anchor = before.prepare('SELECT seq, hash FROM entries ORDER BY seq DESC LIMIT 1').get() as { seq: number; hash: string };
    before.close();
    tamper((db) => {
      const seq = dossierEntry(db, slips[1]!);
      db.prepare("UPDATE entries SET payload = json_set(payload, '$.totalVnd', 1000) WHERE seq = ?").run(seq);
      rehashFrom(db, seq);
      db.prepare('UPDATE dossiers SET total_vnd = 1000 WHERE slip_number = ?').run(slips[1]);
      for (const row of db.prepare("SELECT seq, hash, json_extract(payload, '$.slipNumber') AS slip, json_extract(payload, '$.s10') AS s10 FROM entries WHERE kind = 'dossier.received'").all() as { hash: string; slip: string; s10: string }[]) {
        db.prepare('UPDATE dossiers SET qr_payload = ? WHERE slip_number = ?').run(`${row.slip}|${row.s10}|${row.hash.slice(0, 16)}`, row.slip);
      }
    });
    // Consistent all through: nothing local can tell (the paper receipts' QR values still can).
    expect(verify()).toMatchObject({ ok: true });
    expect(verify([anchor])).toMatchObject({ ok: false, problem: 'anchor_mismatch', firstBadSeq: anchor.seq });
  });

  it('name the rows no entry explains when the newest 25 entries are deleted', () => {
    let head = 0;
    tamper((db) => {
      head = db.prepare('SELECT max(seq) FROM entries').pluck().get() as number;
      db.prepare('DELETE FROM entries WHERE seq > ?').run(head - 25);
    });
    const r = verify();
    expect(r).toMatchObject({ ok: false, problem: 'read_model_mismatch', entries: head - 25 });
    const diffs = differences(r);
    // The last dossiers, their receipts and print jobs are rows no remaining entry made.
    expect(diffs).toContainEqual({ table: 'dossiers', key: slips[3], column: null });
    expect(r.differences).toContainEqual(expect.objectContaining({ table: 'receipt_issues', key: `${slips[1]} / pdf / 0`, expected: null, found: 'row' }));
    expect(r.differences.some((d) => d.table === 'print_jobs' && d.column === null && d.found === 'row')).toBe(true);
  });

  it('name an edited users row, a credential with no user entry and a user left without one', () => {
    let other = '';
    tamper((db) => {
      db.prepare("UPDATE users SET role = 'manager' WHERE id = ?").run(clerkId);
      other = db.prepare("SELECT id FROM users WHERE name = 'Quàng Văn Tú'").pluck().get() as string;
      db.prepare('DELETE FROM credentials WHERE user_id = ?').run(other);
      db.prepare("INSERT INTO users (id, name, name_key, role, active, created_at, last_change_seq) VALUES ('u_forged', 'Kẻ Gian', 'kẻ gian', 'manager', 1, '2026-11-27T02:00:00.000Z', 3)").run();
      db.prepare("INSERT INTO credentials (user_id, salt, hash, set_at) SELECT 'u_forged', salt, hash, set_at FROM credentials WHERE user_id = ?").run(clerkId);
    });
    const r = verify();
    expect(r.ok).toBe(false);
    expect(r.differences).toContainEqual({ table: 'users', key: clerkId, column: 'role', expected: 'clerk', found: 'manager' });
    expect(r.differences).toContainEqual({ table: 'users', key: 'u_forged', column: null, expected: null, found: 'row' });
    expect(r.differences).toContainEqual({ table: 'credentials', key: 'u_forged', column: null, expected: null, found: 'row' });
    expect(r.differences).toContainEqual({ table: 'credentials', key: other, column: null, expected: 'row', found: null });
  });

  it('name a credential set back to an unpeppered hash after a sign-in re-made it with the pepper', async () => {
    const legacy = (pin: string) => (db: Database.Database) => {
      const { salt } = db.prepare('SELECT salt FROM credentials WHERE user_id = ?').get(clerkId) as { salt: Buffer };
      db.prepare("UPDATE credentials SET scheme = 'scrypt', hash = ? WHERE user_id = ?").run(unpepperedHash(pin, salt), clerkId);
    };
    // A hash from before the pepper, re-made at the user's next sign-in (posted as pinRehashed).
    tamper(legacy('1357'));
    const app = openCounterApp({ dataDir: dir, clock: new TestClock(), secretDir: keysDir() });
    try {
      ok(await app.dispatch('auth.signIn', { userId: clerkId, pin: '1357', idempotencyKey: key('in') }, { lang: 'vi', via: 'screen', sessionId: 'clerk' }));
    } finally {
      app.close();
    }
    expect(verify()).toMatchObject({ ok: true });
    // Someone without the key writes a hash of a PIN they chose, in the only form they can make.
    tamper(legacy('8642'));
    expect(verify().differences).toContainEqual({ table: 'credentials', key: clerkId, column: 'scheme', expected: 'hmac-scrypt', found: 'scrypt' });
  });

  it('name an edited dossiers row, agency, setting and print job', () => {
    tamper((db) => {
      db.prepare('UPDATE dossiers SET total_vnd = total_vnd - 50000, due_date = ? WHERE slip_number = ?').run('2027-01-01', slips[2]);
      db.prepare("UPDATE agencies SET phone = '0999999999' WHERE source = 'manager'").run();
      db.prepare("UPDATE counter SET idle_lock_minutes = 60").run();
      db.prepare("UPDATE print_jobs SET state = 'queued', outcome_seq = NULL, printed_at = NULL WHERE reference = ? AND kind = 'reprint'").run(slips[0]);
    });
    const diffs = differences(verify());
    expect(diffs).toContainEqual({ table: 'dossiers', key: slips[2], column: 'total_vnd' });
    expect(diffs).toContainEqual({ table: 'dossiers', key: slips[2], column: 'due_date' });
    expect(diffs.some((d) => d.table === 'agencies' && d.column === 'phone')).toBe(true);
    expect(diffs).toContainEqual({ table: 'counter', key: '1', column: 'idle_lock_minutes' });
    expect(diffs.some((d) => d.table === 'print_jobs' && d.column === 'outcome_seq')).toBe(true);
  });

  it('checks each catalogue snapshot against its hash', () => {
    tamper((db) => db.prepare("UPDATE procedure_snapshots SET body = replace(body, 'Đổi giấy phép', 'Đổi giấy phép giả') WHERE code = ?").run(licenceCode));
    expect(differences(verify())).toContainEqual(expect.objectContaining({ table: 'procedure_snapshots', column: 'body' }));
  });
});

describe('ledger verify on the console', () => {
  it('names the edited rows in Vietnamese and exits 3', async () => {
    tamper((db) => db.prepare('UPDATE dossiers SET total_vnd = 1 WHERE slip_number = ?').run(slips[0]));
    const r = await runCli(['--data-dir', dir, 'ledger', 'verify']);
    expect(r.code).toBe(3);
    expect(r.stderr).toContain('Sổ cái KHÔNG toàn vẹn: 1 chỗ trong các bảng không khớp với bút toán.');
    expect(r.stderr).toContain(`dossiers [${slips[0]}] total_vnd: theo bút toán`);
    expect(r.stderr).toContain('trong bảng 1');
  });

  it('checks the anchors given with --expect-head', async () => {
    const db = new Database(file(), { readonly: true });
    const { seq, hash } = db.prepare('SELECT seq, hash FROM entries WHERE seq = 10').get() as { seq: number; hash: string };
    const head = db.prepare('SELECT max(seq) FROM entries').pluck().get() as number;
    db.close();
    const json = (args: string[]) => runCli(['--data-dir', dir, '--json', 'ledger', 'verify', ...args]);
    expect((await json(['--expect-head', `${seq}:${hash}`])).code).toBe(0);
    const wrong = await json(['--expect-head', `${seq}:${'0'.repeat(64)}`]);
    expect(wrong.code).toBe(3);
    expect(JSON.parse(wrong.stdout)).toMatchObject({ ok: false, problem: 'anchor_mismatch', firstBadSeq: seq });
    const beyond = await runCli(['--data-dir', dir, 'ledger', 'verify', '--expect-head', `${head + 5}:${hash}`]);
    expect(beyond.code).toBe(3);
    expect(beyond.stderr).toContain(`không còn bút toán số ${head + 5}`);
    const malformed = await runCli(['--data-dir', dir, 'ledger', 'verify', '--expect-head', `${seq}-${hash}`]);
    expect(malformed.code).toBe(2);
    expect(malformed.stderr).toContain('--expect-head phải có dạng SỐ:BĂM');
  });
});
