// `npm run bench -- growth [--max N]`: does a commit cost more as the ledger grows? A ledger is
// filled to 1,000 / 100,000 / 1,000,000 dossiers (or up to --max) and at each size 200 dossiers
// are taken in through the dispatcher (a signed-in session, the real catalogue, tariff and
// calendar, the print job printed on a virtual ESC/POS printer before the next one), in turn with
// a second counter kept at 1,000 dossiers so that both are timed under the same machine load; the
// table puts commit p50/p95 at each size side by side (target: p95 at 1M within 1.5× of p95 at
// 1k), and the bytes the ledger file holds per dossier (target ≤ 8 KB).
//
// The fill is a fast path, not the dispatcher: per dossier it posts, through the real Ledger
// (so the hash chain is real and verified at the end), the manual weight, the dossier.received
// entry (the record of a real commit with its numbers, times and weight changed) and the
// print.printed entry, and writes the rows intake and the printer write — the dossiers row and
// its register lookups, the printed print job, the receipt issue — and, for the last seven days of dossiers only (what the
// answers' retention leaves), the two stored answers. 300 dossiers a working day, in
// transactions of 5,000 dossiers with synchronous=OFF during the fill only (FULL again before
// anything is timed). Never run by `npm test`; never run unless named.
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openCounterApp, type CounterApp } from '../../electron/services/counter-app';
import type { Clock } from '../../electron/services/clock';
import { answerRetentionDays } from '../../electron/services/ledger/answer-retention';
import type { DossierRecord } from '../../electron/services/intake/dossier-record';
import { localDay } from '../../electron/services/intake/identifiers';
import { dossierView } from '../../electron/services/intake/receipt-data';
import { indexDossier } from '../../electron/services/dossiers/dossier-index';
import type { CommandInput, CommandName, CommandOutput } from '../../shared/contract/commands';
import type { CommandResult } from '../../shared/contract/result';
import { formatS10 } from '../../shared/identity/s10';
import { formatSlipNumber } from '../../shared/identity/slip-number';
import { formFor, licenceCode } from '../support/intake-fixture';
import { VirtualPrinter } from '../support/virtual-printer';
import { ms, percentile } from './stats';

const sizes = [1_000, 100_000, 1_000_000];
const commitsPerSize = 200;
const perDay = 300;
const perTransaction = 5_000;
const dayMs = 86_400_000;
const s10First = 10_000_000;
// The fill's first day: far enough back that a million dossiers at 300 a day end before today.
const fillStart = Date.parse('2015-01-05T02:00:00Z');

/** The bench's own time: the fill sets it dossier by dossier; the timed commits run on the day after. */
class BenchClock implements Clock {
  constructor(public ms: number) {}
  now(): Date {
    return new Date(this.ms);
  }
}

export async function growthBench(): Promise<void> {
  const max = maxDossiers();
  const targets = sizes.filter((n) => n <= max);
  if (!targets.includes(max) && max < sizes.at(-1)!) targets.push(max);
  // The machine's load changes while a million dossiers are written: each size is timed side by
  // side with a second counter kept at the first size, one commit on each in turn, so the ratio
  // compares the two ledgers under the same load.
  const grown = await BenchCounter.open();
  const baseline = await BenchCounter.open();
  const rows: { size: number; commit: number[]; beside: number[]; bytes: number; fillSeconds: number }[] = [];
  try {
    baseline.fill.upTo(targets[0]! - commitsPerSize / 2, targets[0]!);
    for (const size of targets) {
      const t0 = performance.now();
      grown.fill.upTo(size - commitsPerSize / 2, max);
      const fillSeconds = (performance.now() - t0) / 1000;
      await grown.startDay();
      await baseline.startDay();
      const commit: number[] = [];
      const beside: number[] = [];
      // Which goes first changes each round: neither counter always follows the other's printing.
      for (let i = 0; i < commitsPerSize; i++) {
        if (i % 2) beside.push(await baseline.commit());
        commit.push(await grown.commit());
        if (i % 2 === 0) beside.push(await baseline.commit());
      }
      grown.fill.counted(commitsPerSize);
      baseline.fill.counted(commitsPerSize);
      const { dossiers, bytes } = grown.storage();
      rows.push({ size: dossiers, commit, beside, bytes, fillSeconds });
      console.log(`  ${dossiers.toLocaleString('en')} dossiers: filled in ${fillSeconds.toFixed(0)} s; commit p95 ${ms(percentile(commit, 95))} (beside: ${ms(percentile(beside, 95))}); ${Math.round(bytes)} bytes per dossier`);
    }

    console.log(`\n${commitsPerSize} commits through the dispatcher at each size, each printed before the next, in turn with a counter kept at ${targets[0]!.toLocaleString('en')} dossiers; fill: ${perDay} dossiers a working day, answers kept ${answerRetentionDays} days`);
    console.log(`| dossiers in the ledger | commit p50 | commit p95 | beside it, ${targets[0]!.toLocaleString('en')} dossiers: p50 / p95 | p95 ratio (target ≤ 1.5) | bytes per dossier (target ≤ 8192) |`);
    console.log('|---|---|---|---|---|---|');
    for (const r of rows) {
      const beside = `${ms(percentile(r.beside, 50))} / ${ms(percentile(r.beside, 95))}`;
      console.log(`| ${r.size.toLocaleString('en')} | ${ms(percentile(r.commit, 50))} | ${ms(percentile(r.commit, 95))} | ${beside} | ${(percentile(r.commit, 95) / percentile(r.beside, 95)).toFixed(2)} | ${Math.round(r.bytes)} |`);
    }
    console.log('\nWhere the bytes are (dbstat, largest first):');
    for (const t of grown.tableSizes().slice(0, 10)) console.log(`  ${t.name}: ${(t.bytes / 1024 / 1024).toFixed(1)} MiB`);
    const verify = grown.app.services.ledger.verify();
    console.log(`\nLedger chain: ${verify.ok ? 'verified' : 'BROKEN'} (${verify.entries.toLocaleString('en')} entries)`);
  } finally {
    await grown.close();
    await baseline.close();
  }
}

/** One counter on its own ledger file and virtual printer, set up and taking in dossiers as a clerk would. */
export class BenchCounter {
  private keys = 0;
  // Days pass between the sizes and the screen locks: each day signs in on a screen of its own.
  private session = 'bench';
  private form: (() => Promise<CommandInput<'intake.commit'>>) | null = null;
  fill!: Filler;

  private constructor(
    readonly app: CounterApp,
    private readonly clock: BenchClock,
    private readonly printer: VirtualPrinter,
    private readonly dir: string,
  ) {}

  static async open(): Promise<BenchCounter> {
    const dir = mkdtempSync(join(tmpdir(), 'bench-growth-'));
    const clock = new BenchClock(fillStart);
    const c = new BenchCounter(openCounterApp({ dataDir: dir, clock }), clock, await VirtualPrinter.start(), dir);
    await c.call('setup.initialize', { officeCode: '360000', officeName: 'Bưu điện tỉnh Sơn La', counterNumber: 1, province: 'Sơn La', managerName: 'Lò Văn Hùng', managerPin: '2468', idempotencyKey: c.k('setup') });
    await c.call('intake.configure', { s10: { service: 'RR', first: s10First, last: 99_999_999 }, idempotencyKey: c.k('s10') });
    await c.call('devices.printer.configure', { settings: { uri: c.printer.uri, paperWidth: 80, copies: 2 }, idempotencyKey: c.k('printer') });
    await c.app.startDevices();
    const { procedure, snapshotHash } = await c.call('catalogue.show', { code: licenceCode });
    c.form = async () => ({
      ...formFor(procedure, snapshotHash, (await c.call('scale.manualWeight', { grams: 180, reason: 'benchmark', idempotencyKey: c.k('w') })).seq),
      idempotencyKey: c.k('commit'),
    });
    // One real dossier gives the fill its template record.
    const first = await c.call('intake.commit', await c.form());
    await c.printer.waitForJobs(1, 10_000);
    const template = JSON.parse(c.app.services.db.prepare("SELECT payload FROM entries WHERE kind = 'dossier.received'").pluck().get() as string) as DossierRecord;
    c.fill = new Filler(c.app, clock, template, 1, first.dossier.s10);
    return c;
  }

  /** The next working morning after the fill; the clerk signs in again. */
  async startDay(): Promise<void> {
    // A counter's write-ahead log is small between commits; the fill's big transactions leave a large one.
    this.app.services.db.pragma('wal_checkpoint(TRUNCATE)');
    this.clock.ms = this.fill.nextDay();
    const userId = this.app.services.db.prepare("SELECT id FROM users WHERE role = 'manager'").pluck().get() as string;
    this.session = `bench-${this.clock.ms}`;
    await this.call('auth.signIn', { userId, pin: '2468', idempotencyKey: this.k('in') });
  }

  /** Takes in one dossier; answers how long intake.commit took (ms), once its receipt is printed. */
  async commit(): Promise<number> {
    const input = await this.form!();
    const t = performance.now();
    await this.call('intake.commit', input);
    const took = performance.now() - t;
    this.clock.ms += 60_000;
    await this.printer.waitForJobs(this.printer.jobs.length + 1, 10_000);
    return took;
  }

  /** Dossiers, and the bytes of the file in use per dossier (pages in use, after a checkpoint). */
  storage(): { dossiers: number; bytes: number } {
    const db = this.app.services.db;
    db.pragma('wal_checkpoint(TRUNCATE)');
    const dossiers = db.prepare('SELECT count(*) FROM dossiers').pluck().get() as number;
    const inUse = ((db.pragma('page_count', { simple: true }) as number) - (db.pragma('freelist_count', { simple: true }) as number)) * (db.pragma('page_size', { simple: true }) as number);
    return { dossiers, bytes: inUse / dossiers };
  }

  tableSizes(): { name: string; bytes: number }[] {
    return this.app.services.db.prepare('SELECT name, sum(pgsize) AS bytes FROM dbstat GROUP BY name ORDER BY bytes DESC').all() as { name: string; bytes: number }[];
  }

  async close(): Promise<void> {
    this.app.close();
    await this.printer.close();
    rmSync(this.dir, { recursive: true, force: true });
  }

  private k(label: string): string {
    return `growth-${label}-${++this.keys}`;
  }

  private async call<N extends CommandName>(name: N, input: CommandInput<N>): Promise<CommandOutput<N>> {
    const r = (await this.app.dispatch(name, input, { lang: 'vi', via: 'screen', sessionId: this.session })) as CommandResult<CommandOutput<N>>;
    if (!r.ok) throw new Error(`${name}: ${r.error.message}`);
    return r.value;
  }
}

/** `--max N`: stop filling at N dossiers (default and most 1,000,000). */
function maxDossiers(): number {
  const i = process.argv.indexOf('--max');
  if (i < 0) return sizes.at(-1)!;
  const n = Number(process.argv[i + 1]);
  if (!Number.isInteger(n) || n < commitsPerSize * 2) throw new Error(`--max: a whole number of dossiers, at least ${commitsPerSize * 2}`);
  return Math.min(n, sizes.at(-1)!);
}

/** Writes dossiers as intake and the printer would, through the real Ledger, many to a transaction. */
class Filler {
  /** Who each filled dossier's applicant is (the register bench varies them); the template's by default. */
  applicantOf: ((serial: number) => DossierRecord['applicant']) | null = null;
  private count: number;
  private serial: number;
  private day: number;
  private seqInDay = 0;
  private readonly officeCode: string;
  private readonly counterNumber: number;
  private readonly insert;

  constructor(
    private readonly app: CounterApp,
    private readonly clock: BenchClock,
    private readonly template: DossierRecord,
    existing: number,
    firstS10: string,
  ) {
    this.count = existing;
    this.serial = Number(firstS10.slice(2, 10)) + 1;
    this.day = nextWorkingDay(fillStart);
    const counter = app.services.counter.require();
    this.officeCode = counter.officeCode;
    this.counterNumber = counter.counterNumber;
    const db = app.services.db;
    this.insert = {
      dossier: db.prepare(
        `INSERT INTO dossiers (slip_number, day, sequence, s10, s10_serial, s10_from_range, weight_seq, received_at, due_date, total_vnd, qr_payload, entry_seq, status, status_seq)
         VALUES (?, ?, ?, ?, ?, 1, ?, ?, ?, ?, ?, ?, 'received', ?)`,
      ),
      job: db.prepare(
        `INSERT INTO print_jobs (id, kind, reference, copies, paper_width, state, attempts, created_at, printed_at, caused_by_seq, outcome_seq)
         VALUES (?, 'receipt', ?, 2, 80, 'printed', 1, ?, ?, ?, ?)`,
      ),
      issue: db.prepare("INSERT INTO receipt_issues (slip_number, channel, number, entry_seq) VALUES (?, 'printer', 0, ?)"),
      answer: db.prepare('INSERT INTO command_results (idempotency_key, command, request_mac, result, at) VALUES (?, ?, ?, ?, ?)'),
    };
  }

  /** Dossiers taken in outside the fill (the timed commits: the next n serials, on a day of their own). */
  counted(n: number): void {
    this.count += n;
    this.serial += n;
    this.nextDay();
  }

  /** 09:00 Vietnam time of the working day after the last filled one. */
  nextDay(): number {
    this.seqInDay = 0;
    this.day = nextWorkingDay(this.day);
    return this.day;
  }

  upTo(target: number, last: number): void {
    const db = this.app.services.db;
    const ledger = this.app.services.ledger;
    // Answers older than the retention would have been pruned: only the last days' are written.
    const answersFrom = last - answerRetentionDays * perDay;
    db.pragma('synchronous = OFF');
    try {
      while (this.count < target) {
        const batch = Math.min(perTransaction, target - this.count);
        ledger.transaction(() => {
          for (let i = 0; i < batch; i++) this.one(this.count + i >= answersFrom);
        });
        this.count += batch;
        if (this.count % 100_000 < batch) process.stdout.write(`  … ${this.count.toLocaleString('en')} dossiers\n`);
      }
    } finally {
      db.pragma('synchronous = FULL');
    }
  }

  private one(withAnswers: boolean): void {
    if (this.seqInDay === perDay) this.nextDay();
    this.seqInDay += 1;
    this.clock.ms = this.day + this.seqInDay * 90_000;
    const ledger = this.app.services.ledger;
    const db = this.app.services.db;
    const at = this.clock.now();
    const day = localDay(at);
    const slipNumber = formatSlipNumber({ officeCode: this.officeCode, counterNumber: this.counterNumber, day, sequence: this.seqInDay });
    const s10 = formatS10('RR', this.serial);
    const system = { kind: 'system' } as const;
    const clerk = this.template.clerk.userId ? ({ kind: 'user', userId: this.template.clerk.userId } as const) : system;
    const weightKey = `fill-w-${this.serial}`;
    const weight = ledger.post({ kind: 'scale.weight_entered_manually', payload: { grams: 180, reason: 'benchmark', scale: 'unconfigured' }, actor: clerk, idempotencyKey: weightKey });
    const record: DossierRecord = {
      ...this.template,
      slipNumber,
      s10,
      receivedAt: at.toISOString(),
      weight: { ...this.template.weight, seq: weight.seq },
      applicant: this.applicantOf?.(this.serial) ?? this.template.applicant,
    };
    const commitKey = `fill-c-${this.serial}`;
    const entry = ledger.post({ kind: 'dossier.received', payload: { ...record }, actor: clerk, idempotencyKey: commitKey });
    const qr = `${slipNumber}|${s10}|${entry.hash.slice(0, 16)}`;
    this.insert.dossier.run(slipNumber, day, this.seqInDay, s10, this.serial, weight.seq, record.receivedAt, record.due.dueDate, record.totalVnd, qr, entry.seq, entry.seq);
    this.insert.issue.run(slipNumber, entry.seq);
    indexDossier(db, record, entry.seq);
    const jobId = `pj_fill_${this.serial}`;
    const printed = ledger.post({
      kind: 'print.printed',
      payload: { jobId, kind: 'receipt', reference: slipNumber, documents: 2, printer: 'tcp://127.0.0.1:9100', bytes: 61_440, attempts: 1 },
      actor: system,
      idempotencyKey: `print:${jobId}:printed`,
    });
    this.insert.job.run(jobId, slipNumber, entry.at, printed.at, entry.seq, printed.seq);
    if (withAnswers) {
      const mac = () => randomBytes(32).toString('hex');
      this.insert.answer.run(weightKey, 'scale.manualWeight', mac(), JSON.stringify({ ok: true, value: { seq: weight.seq, grams: 180, manual: true, raw: null, reason: 'benchmark', at: weight.at } }), weight.at);
      this.insert.answer.run(commitKey, 'intake.commit', mac(), JSON.stringify({ ok: true, value: { dossier: dossierView(record, entry.seq), printJobId: jobId } }), entry.at);
    }
    this.serial += 1;
  }
}

/** 09:00 Vietnam time of the next Monday–Friday (holidays do not matter to the bench). */
function nextWorkingDay(ms: number): number {
  let next = ms - (ms % dayMs) + dayMs + 2 * 3_600_000;
  while ([0, 6].includes(new Date(next).getUTCDay())) next += dayMs;
  return next;
}
