// A refused chain (FORK, GAP, BAD_HASH) raised for the province's operators: one row per counter,
// code and seq, with how many times it came back (a counter retries with backoff).
import type { HubQueryable } from './db/hub-database';

export async function raiseAlert(db: HubQueryable, a: { counterId: string; code: string; seq: number; detail: string; now: Date }): Promise<void> {
  await db.query(
    `INSERT INTO hub_alerts (counter_id, code, seq, detail, first_raised_at, last_raised_at) VALUES ($1, $2, $3, $4, $5, $5)
     ON CONFLICT (counter_id, code, seq) DO UPDATE SET last_raised_at = EXCLUDED.last_raised_at, times = hub_alerts.times + 1, detail = EXCLUDED.detail`,
    [a.counterId, a.code, a.seq, a.detail, a.now],
  );
}

export interface AlertView {
  id: number;
  counterId: string;
  officeCode: string | null;
  counter: number | null;
  code: string;
  seq: number;
  detail: string;
  firstRaisedAt: string;
  lastRaisedAt: string;
  times: number;
}

export async function listAlerts(db: HubQueryable, limit = 500): Promise<AlertView[]> {
  const rows = await db.query<{
    id: number; counter_id: string; office_code: string | null; counter_number: number | null; code: string; seq: number; detail: string;
    first_raised_at: Date; last_raised_at: Date; times: number;
  }>(
    `SELECT a.*, c.office_code, c.counter_number FROM hub_alerts a LEFT JOIN hub_counters c ON c.id = a.counter_id
      ORDER BY a.last_raised_at DESC, a.id DESC LIMIT $1`,
    [limit],
  );
  return rows.map((r) => ({
    id: r.id,
    counterId: r.counter_id,
    officeCode: r.office_code,
    counter: r.counter_number,
    code: r.code,
    seq: r.seq,
    detail: r.detail,
    firstRaisedAt: r.first_raised_at.toISOString(),
    lastRaisedAt: r.last_raised_at.toISOString(),
    times: r.times,
  }));
}
