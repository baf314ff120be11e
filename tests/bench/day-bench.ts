// `npm run bench -- day [--max N]`: the end of day on a ledger of 1,000,000 dossiers (or --max),
// filled by the growth bench's fast path (growth-bench.ts: 300 dossiers a working day, each with
// its weight, intake and print entries, all through the real Ledger, so the day tables are kept
// as a counter keeps them). Timed through the dispatcher as the console calls it:
//   - the X report of days picked across the whole ledger (`day.xReport`);
//   - the Z report: closing past days one after another (`day.close`, which posts the Z entry
//     and answers the sealed report), target p95 ≤ 100 ms;
//   - a month's totals (`day.period` over 31 days), target ≤ 500 ms;
//   - beside them, one small entry committed through the Ledger: what any commit costs on this machine.
// The peer, in the same run, is what the day tables replace: the same day's money and counts
// added up by a plain scan of the entries (kind and local day from every row, json_extract of
// each intake's payload). Never run by `npm test`; never run unless named.
import type { CommandInput, CommandName } from '../../shared/contract/commands';
import { BenchCounter } from './growth-bench';
import { ms, percentile } from './stats';

const samples = 60;
const closes = 40;
const consoleCloses = 5;
const months = 10;
const peerRuns = 3;

function maxDossiers(): number {
  const i = process.argv.indexOf('--max');
  const n = i < 0 ? 1_000_000 : Number(process.argv[i + 1]);
  if (!Number.isInteger(n) || n < 20_000) throw new Error('--max: a whole number of dossiers, at least 20000 (enough days to close)');
  return n;
}

export async function dayBench(): Promise<void> {
  const max = maxDossiers();
  const c = await BenchCounter.open();
  try {
    const t0 = performance.now();
    c.fill.upTo(max, max);
    console.log(`  ${max.toLocaleString('en')} dossiers filled in ${((performance.now() - t0) / 1000).toFixed(0)} s`);
    const db = c.app.services.db;
    db.pragma('wal_checkpoint(TRUNCATE)');

    const call = async <N extends CommandName>(name: N, input: CommandInput<N>, sessionId?: string) => {
      const t = performance.now();
      const r = await c.app.dispatch(name, input, sessionId ? { lang: 'vi', via: 'screen', sessionId } : { lang: 'vi', via: 'console' });
      const took = performance.now() - t;
      if (!r.ok) throw new Error(`${name}: ${r.error.message}`);
      return { took, value: r.value as never as Record<string, any> };
    };
    const days = db.prepare("SELECT DISTINCT day FROM day_lines WHERE kind = 'dossier.received' ORDER BY day").pluck().all() as string[];
    const spread = (n: number, from = 0, to = days.length) => Array.from({ length: n }, (_, i) => days[from + Math.floor(((i + 0.5) * (to - from)) / n)]!);
    const perDay = (db.prepare("SELECT count(*) FROM day_lines WHERE day = ? AND kind = 'dossier.received'").pluck().get(days.at(-2)) as number);

    const x: number[] = [];
    for (const day of spread(samples)) {
      const { took, value } = await call('day.xReport', { day });
      if (value.dossiers.received.count !== perDay && day !== days.at(-1) && day !== days[0]) throw new Error(`day ${day}: ${value.dossiers.received.count} dossiers`);
      x.push(took);
    }
    // The last days closed oldest first by the manager signed in on a screen; a few more at the
    // console, where the manager's PIN is checked (scrypt, slow on purpose) on every close.
    const managerId = db.prepare("SELECT id FROM users WHERE role = 'manager'").pluck().get() as string;
    await call('auth.signIn', { userId: managerId, pin: '2468', idempotencyKey: 'bench-manager-in' }, 'bench-manager');
    const z: number[] = [];
    const zConsole: number[] = [];
    for (const [i, day] of days.slice(-closes - consoleCloses - 1, -1).entries()) {
      const byConsole = i >= closes;
      const input = { day, idempotencyKey: `bench-close-${day}`, ...(byConsole ? { managerId, managerPin: '2468' } : {}) };
      const { took, value } = await call('day.close', input, byConsole ? undefined : 'bench-manager');
      if (value.report.zNumber === null) throw new Error(`day ${day} not closed`);
      (byConsole ? zConsole : z).push(took);
    }
    // The floor of any close: one small entry committed (synchronous=FULL) through the real Ledger.
    const ledger = c.app.services.ledger;
    const write: number[] = [];
    for (let i = 0; i < closes; i++) {
      const t = performance.now();
      ledger.transaction(() => ledger.post({ kind: 'bench.note', payload: { i }, actor: { kind: 'system' }, idempotencyKey: `bench-note-${i}` }));
      write.push(performance.now() - t);
    }
    const month: number[] = [];
    for (let i = 0; i < months; i++) {
      const from = spread(months)[i]!;
      const to = new Date(Date.parse(`${from}T00:00:00Z`) + 30 * 86_400_000).toISOString().slice(0, 10);
      month.push((await call('day.period', { from, to })).took);
    }

    // The peer: the same day's intake money and counts from a scan of the entries.
    const scan = db.prepare(
      `SELECT count(*) AS dossiers, sum(json_extract(payload, '$.fees.totalVnd')) AS fees, sum(json_extract(payload, '$.postal.totalVnd')) AS postal
       FROM entries WHERE kind = 'dossier.received' AND substr(at_local, 1, 10) = ?`,
    );
    const peer: number[] = [];
    for (const day of spread(peerRuns)) {
      const t = performance.now();
      const row = scan.get(day) as { dossiers: number };
      peer.push(performance.now() - t);
      if (row.dossiers === 0) throw new Error(`peer found nothing on ${day}`);
    }

    const entries = db.prepare('SELECT max(seq) FROM entries').pluck().get() as number;
    console.log(`\n${max.toLocaleString('en')} dossiers (${entries.toLocaleString('en')} entries, ${days.length} days of ${perDay} dossiers); through the dispatcher; peer: a scan of the entries for one day's intake totals, ${peerRuns} runs`);
    console.log('| what | runs | p50 | p95 | max | target | p50 ratio to peer |');
    console.log('|---|---|---|---|---|---|---|');
    const peerP50 = percentile(peer, 50);
    const row = (name: string, took: number[], target: string) =>
      console.log(`| ${name} | ${took.length} | ${ms(percentile(took, 50))} | ${ms(percentile(took, 95))} | ${ms(Math.max(...took))} | ${target} | ${(percentile(took, 50) / peerP50).toExponential(1)} |`);
    row('peer: scan of `entries` for one day (json_extract of each intake)', peer, '—');
    row('one small entry committed (Ledger.post, no dispatcher): the floor of a commit here', write, '—');
    row('X report of a day (`day.xReport`)', x, '—');
    row('Z report: close a day (`day.close`, entry + sealed report)', z, 'p95 ≤ 100 ms');
    row("Z at the console (the same, plus the manager's PIN checked)", zConsole, '—');
    row("a month's totals (`day.period`, 31 days)", month, '≤ 500 ms');
  } finally {
    await c.close();
  }
}
