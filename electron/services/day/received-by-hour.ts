// The day's dossiers per local hour, for the charts. The day is the one the day service gives
// each entry (day_lines, day-lines.ts); the hour is that of the entry's local stamp. Reads the
// day's rows by the (day, kind) index, so its cost is the day's dossiers, not the ledger's.
import type { HourCount } from '../../../shared/contract/day-output';
import type { Db } from '../db/open-database';

export function receivedByHour(db: Db, day: string): HourCount[] {
  const rows = db
    .prepare(
      `SELECT CAST(substr(e.at_local, 12, 2) AS INTEGER) AS hour, count(*) AS count
       FROM day_lines l JOIN entries e ON e.seq = l.seq
       WHERE l.day = ? AND l.kind = 'dossier.received'
       GROUP BY hour ORDER BY hour`,
    )
    .all(day) as HourCount[];
  return rows;
}
