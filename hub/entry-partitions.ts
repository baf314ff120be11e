// hub_entries is partitioned by the month of each entry's own time. A month's partition is made
// the first time an entry of that month arrives. Outside the ingest transaction: the DDL locks
// the parent table briefly, and doing it once per month per hub process keeps that rare.
import type { HubDatabase } from './db/hub-database';

const known = new WeakMap<HubDatabase, Set<string>>();

/** "2026-11-01" for an entry's ISO time, or null when the time is not a date. */
export function monthOf(at: string): string | null {
  const t = Date.parse(at);
  if (Number.isNaN(t)) return null;
  const month = new Date(t).toISOString().slice(0, 7);
  return /^\d{4}-\d{2}$/.test(month) ? `${month}-01` : null;
}

function nextMonth(month: string): string {
  const [y, m] = month.split('-').map(Number) as [number, number];
  return m === 12 ? `${y + 1}-01-01` : `${y}-${String(m + 1).padStart(2, '0')}-01`;
}

/**
 * Months this far from the hub's own clock get no partition of their own: their entries go to
 * hub_entries_default (migration 2). A counter whose clock is years off is a fact to keep, not a
 * reason to refuse its history — refusing would stall its whole chain behind one entry, since the
 * ledger is append-only — but it must not litter the hub with partitions for odd months either.
 */
const plausibleMonthsBack = 24;
const plausibleMonthsAhead = 2;

function monthIndex(month: string): number {
  return Number(month.slice(0, 4)) * 12 + Number(month.slice(5, 7)) - 1;
}

export function isPlausibleMonth(month: string, now: Date): boolean {
  const offset = monthIndex(month) - (now.getUTCFullYear() * 12 + now.getUTCMonth());
  return offset >= -plausibleMonthsBack && offset <= plausibleMonthsAhead;
}

export async function ensureMonthPartitions(db: HubDatabase, months: Iterable<string>, now = new Date()): Promise<void> {
  let seen = known.get(db);
  if (!seen) known.set(db, (seen = new Set()));
  for (const month of months) {
    if (seen.has(month) || !isPlausibleMonth(month, now)) continue;
    const name = `hub_entries_${month.slice(0, 4)}_${month.slice(5, 7)}`;
    const range = `FROM ('${month}') TO ('${nextMonth(month)}')`;
    try {
      await db.query(`CREATE TABLE IF NOT EXISTS ${name} PARTITION OF hub_entries FOR VALUES ${range}`);
    } catch (e) {
      const code = (e as { code?: string }).code;
      // The default partition holds entries of this month (from a counter whose clock ran ahead,
      // when the month was still implausible): they move into the new partition with it.
      if (code === '23514') await partitionFromDefault(db, name, month, range).catch(alreadyMade);
      else alreadyMade(e);
    }
    seen.add(month);
  }
}

/** Two hub processes (or two requests) making the same month at once: the loser sees it exists. */
function alreadyMade(e: unknown): void {
  const code = (e as { code?: string }).code;
  if (code !== '42P07' && code !== '23505') throw e;
}

async function partitionFromDefault(db: HubDatabase, name: string, month: string, range: string): Promise<void> {
  await db.transaction(async (tx) => {
    // Taken first so that ingest cannot add rows of this month to the default meanwhile.
    await tx.query('LOCK TABLE hub_entries_default IN ACCESS EXCLUSIVE MODE');
    await tx.query(`CREATE TABLE ${name} (LIKE hub_entries INCLUDING DEFAULTS)`);
    await tx.query(
      `WITH moved AS (DELETE FROM hub_entries_default WHERE at_month >= $1 AND at_month < $2 RETURNING *) INSERT INTO ${name} SELECT * FROM moved`,
      [month, nextMonth(month)],
    );
    await tx.query(`ALTER TABLE hub_entries ATTACH PARTITION ${name} FOR VALUES ${range}`);
  });
}
