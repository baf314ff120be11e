// Finding a dossier by a name of common words only (migration 18's pair postings drive then): a
// ledger of 2,400 dossiers whose applicants share two family names, two middle names and a few
// given names, filled by the benches' fast path (real entries, the real index writers). Every
// answer is checked against the truth read from the entries themselves: each typed word a prefix
// of some word of the name, in any order, newest first. A corrected name is found by old and new
// words together; `ledger verify` names a missing pair row and migration 18 refills the table.
import type Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fold } from '../../shared/catalogue/fold';
import type { CommandInput, CommandName, CommandOutput } from '../../shared/contract/commands';
import { migrations } from '../../electron/services/db/migrations';
import { BenchCounter } from '../bench/growth-bench';

const families = ['Nguyễn', 'Trần'];
const middles = ['Thị', 'Văn'];
const givens = ['Hoa', 'Hòa', 'Hoàng', 'Anh', 'Hà', 'Hạnh'];
const dossiers = 2_400;

let c: BenchCounter;
let db: Database.Database;
let n = 0;

/** On the console, or on a screen the manager signed in to (a correction is a clerk's act at the counter). */
async function call<N extends CommandName>(name: N, input: CommandInput<N>, via: 'console' | 'screen' = 'console'): Promise<CommandOutput<N>> {
  const r = await c.app.dispatch(name, input, via === 'console' ? { lang: 'vi', via } : { lang: 'vi', via, sessionId: 'pairs' });
  if (!r.ok) throw new Error(`${name}: ${r.error.message}`);
  return r.value as CommandOutput<N>;
}
const find = (query: string, limit = 50) => call('dossiers.find', { query, limit });

/** The slips whose current name has every typed word as a prefix of one of its words, newest first. */
function truth(query: string): string[] {
  const typed = fold(query).split(' ');
  const rows = db
    .prepare(
      `SELECT l.slip_number AS slip, json_extract(e.payload, '$.applicant.name') AS name,
              (SELECT group_concat(json_extract(c.after, '$'), ' ') FROM dossier_corrections c WHERE c.slip_number = l.slip_number AND c.field = 'applicantName') AS corrected
         FROM dossier_lookup l JOIN entries e ON e.seq = l.seq ORDER BY l.seq DESC`,
    )
    .all() as { slip: string; name: string; corrected: string | null }[];
  return rows
    .filter((r) => {
      const words = fold(`${r.name} ${r.corrected ?? ''}`).split(' ').filter(Boolean);
      return typed.every((t) => words.some((w) => w.startsWith(t)));
    })
    .map((r) => r.slip);
}

beforeAll(async () => {
  c = await BenchCounter.open();
  db = c.app.services.db;
  const template = c.fill;
  const first = JSON.parse(db.prepare("SELECT payload FROM entries WHERE kind = 'dossier.received'").pluck().get() as string) as { applicant: Record<string, unknown> };
  template.applicantOf = (serial) => {
    const given = givens[Math.floor(serial / 4) % givens.length]!;
    const second = serial % 7 === 0 ? ' Anh' : '';
    return { ...first.applicant, name: `${families[serial % 2]} ${middles[Math.floor(serial / 2) % 2]} ${given}${second}` } as never;
  };
  template.upTo(dossiers, dossiers);
}, 120_000);
afterAll(() => c?.close());

describe('a name of common words', () => {
  it('finds the newest of them in any order and by prefixes, as the entries say', async () => {
    for (const query of ['hoa thi nguyen', 'Nguyễn Thị Hòa', 'tran hoang van', 'ngu ho t', 'ANH van tran hoa', 'h t n']) {
      const expected = truth(query);
      expect(expected.length, query).toBeGreaterThan(0);
      const found = await find(query);
      expect(found.readAs).toBe('name');
      expect(found.hits.map((h) => h.slipNumber), query).toEqual(expected.slice(0, 50));
      expect(found.more, query).toBe(expected.length > 50);
    }
    // Every one of them when the list is long enough, and a name no one has.
    const all = truth('anh hoa nguyen');
    expect(all.length).toBeGreaterThan(10);
    expect(all.length).toBeLessThan(200);
    expect((await find('anh hoa nguyen', 200)).hits.map((h) => h.slipNumber)).toEqual(all);
    expect(await find('hanh hoang')).toMatchObject({ hits: [], more: false });
    // Two typed words that one word of the name can begin with are both kept to it.
    expect((await find('nguyen ngu thi')).hits.map((h) => h.slipNumber)).toEqual(truth('nguyen ngu thi').slice(0, 50));
  });

  it('reads the pair postings by their key for such a name, never by a scan', async () => {
    const ran = new Map<string, unknown[]>();
    const proto = Object.getPrototypeOf(db.prepare('SELECT 1')) as Record<'iterate', (...args: unknown[]) => unknown>;
    const original = proto.iterate;
    proto.iterate = function (this: Database.Statement, ...args: unknown[]) {
      if (this.source.includes('dossier_name_pairs')) ran.set(this.source, args);
      return original.apply(this, args);
    };
    try {
      await find('hoa thi nguyen');
    } finally {
      proto.iterate = original;
    }
    // The driving pair's postings, and those that check the third word: each one key of the index.
    expect(ran.size).toBe(2);
    for (const [sql, args] of ran) {
      const plan = (db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all(...args) as { detail: string }[]).map((p) => p.detail);
      expect(plan).toContainEqual(expect.stringMatching(/^SEARCH (p|dossier_name_pairs) USING PRIMARY KEY \(first=\? AND second=\?\)/));
      expect(plan.filter((d) => d.startsWith('SCAN'))).toEqual([]);
    }
  });

  it('finds a corrected name by old and new words together; verify rebuilds the pairs; migration 18 refills them', async () => {
    const [slip] = truth('tran van hanh');
    const seq = db.prepare('SELECT seq FROM dossier_lookup WHERE slip_number = ?').pluck().get(slip) as number;
    const userId = db.prepare("SELECT id FROM users WHERE role = 'manager'").pluck().get() as string;
    await call('auth.signIn', { userId, pin: '2468', idempotencyKey: `test-pairs-${++n}-${process.pid}` }, 'screen');
    await call('dossiers.correct', { slipNumber: slip!, reason: 'Ghi sai tên', change: { field: 'applicantName', value: 'Trần Văn Khánh' }, idempotencyKey: `test-pairs-${++n}-${process.pid}` }, 'screen');
    expect((await find('khanh tran van')).hits.map((h) => h.slipNumber)).toEqual([slip]);
    // The misspelt name on the citizen's receipt still finds it, and so does a mix of both.
    expect((await find('hanh khanh')).hits.map((h) => h.slipNumber)).toEqual([slip]);
    expect((await find('tran van hanh')).hits.map((h) => h.slipNumber)).toEqual(truth('tran van hanh').slice(0, 50));
    expect(db.prepare('SELECT first, second FROM dossier_name_pairs WHERE seq = ? ORDER BY 1, 2').all(seq)).toEqual(
      [['hanh', 'khanh'], ['hanh', 'tran'], ['hanh', 'van'], ['khanh', 'tran'], ['khanh', 'van'], ['tran', 'van']].map(([first, second]) => ({ first, second })),
    );
    expect(await call('ledger.verify', {})).toMatchObject({ ok: true });

    db.prepare("DELETE FROM dossier_name_pairs WHERE seq = ? AND first = 'hanh' AND second = 'khanh'").run(seq);
    const forged = await call('ledger.verify', {});
    expect(forged.ok).toBe(false);
    expect(forged.differences).toEqual([{ table: 'dossier_name_pairs', key: `hanh / khanh / ${seq}`, column: null, expected: 'row', found: null }]);

    // A counter upgraded from before the pairs: the table is filled from the words already indexed.
    db.exec('DROP TABLE dossier_name_pairs');
    db.exec(migrations.find((m) => m.version === 18)!.sql);
    expect((await find('hanh khanh')).hits.map((h) => h.slipNumber)).toEqual([slip]);
    expect((await find('hoa thi nguyen')).hits.map((h) => h.slipNumber)).toEqual(truth('hoa thi nguyen').slice(0, 50));
    expect(await call('ledger.verify', {})).toMatchObject({ ok: true });
  }, 60_000);
});
