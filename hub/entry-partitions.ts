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

export async function ensureMonthPartitions(db: HubDatabase, months: Iterable<string>): Promise<void> {
  let seen = known.get(db);
  if (!seen) known.set(db, (seen = new Set()));
  for (const month of months) {
    if (seen.has(month)) continue;
    const name = `hub_entries_${month.slice(0, 4)}_${month.slice(5, 7)}`;
    try {
      await db.query(`CREATE TABLE IF NOT EXISTS ${name} PARTITION OF hub_entries FOR VALUES FROM ('${month}') TO ('${nextMonth(month)}')`);
    } catch (e) {
      // Two hub processes (or two requests) making the same month at once: the loser sees it exists.
      const code = (e as { code?: string }).code;
      if (code !== '42P07' && code !== '23505') throw e;
    }
    seen.add(month);
  }
}
