// The sync_state row (migration 20): where this counter syncs and how far. Each method is one
// small statement, so the sync loop never holds the database for long between its awaits.
import type { Db } from '../db/open-database';
import type { SyncProblem } from '../../../shared/contract/sync';

export interface SyncStateRow {
  hubUrl: string;
  counterId: string;
  ackedSeq: number;
  ackedHash: string;
  pullCursor: number;
  clockOffsetMs: number;
  lastError: SyncProblem | null;
  refused: boolean;
  offlineSince: string | null;
  lastSuccessAt: string | null;
}

interface Raw {
  hub_url: string;
  counter_id: string;
  acked_seq: number;
  acked_hash: string;
  pull_cursor: number;
  clock_offset_ms: number;
  last_error_code: string | null;
  last_error_params: string | null;
  refused: number;
  offline_since: string | null;
  last_success_at: string | null;
}

export class SyncState {
  private readonly sql;

  constructor(private readonly db: Db) {
    this.sql = {
      get: db.prepare('SELECT * FROM sync_state WHERE id = 1'),
      enrol: db.prepare(
        `INSERT INTO sync_state (id, hub_url, counter_id, acked_seq, acked_hash, pull_cursor) VALUES (1, @hubUrl, @counterId, @ackedSeq, @ackedHash, 0)
         ON CONFLICT (id) DO UPDATE SET hub_url = excluded.hub_url, counter_id = excluded.counter_id, acked_seq = excluded.acked_seq,
           acked_hash = excluded.acked_hash, pull_cursor = 0, clock_offset_ms = 0, last_error_code = NULL, last_error_params = NULL,
           refused = 0, offline_since = NULL`,
      ),
      // Two writers (the app's loop and a technician's `sync now`) may ack at once: never backwards,
      // except when the hub itself says where it stands (`restartAt`).
      ack: db.prepare(
        `UPDATE sync_state SET acked_seq = @seq, acked_hash = @hash, last_error_code = NULL, last_error_params = NULL, refused = 0,
           offline_since = NULL, last_success_at = @at WHERE id = 1 AND acked_seq <= @seq`,
      ),
      restartAt: db.prepare('UPDATE sync_state SET acked_seq = ?, acked_hash = ? WHERE id = 1'),
      cursor: db.prepare('UPDATE sync_state SET pull_cursor = MAX(pull_cursor, ?) WHERE id = 1'),
      // The hub answered a signed pull: whatever was refused before is not refused now.
      pulled: db.prepare('UPDATE sync_state SET last_error_code = NULL, last_error_params = NULL, refused = 0, offline_since = NULL, last_success_at = ? WHERE id = 1'),
      offset: db.prepare('UPDATE sync_state SET clock_offset_ms = ? WHERE id = 1'),
      fail: db.prepare(
        `UPDATE sync_state SET last_error_code = @code, last_error_params = @params, refused = @refused,
           offline_since = CASE WHEN @offline = 1 THEN COALESCE(offline_since, @at) ELSE offline_since END WHERE id = 1`,
      ),
    };
  }

  get(): SyncStateRow | null {
    const r = this.sql.get.get() as Raw | undefined;
    if (!r) return null;
    return {
      hubUrl: r.hub_url,
      counterId: r.counter_id,
      ackedSeq: r.acked_seq,
      ackedHash: r.acked_hash,
      pullCursor: r.pull_cursor,
      clockOffsetMs: r.clock_offset_ms,
      lastError: r.last_error_code ? ({ code: r.last_error_code, params: JSON.parse(r.last_error_params ?? '{}') } as SyncProblem) : null,
      refused: r.refused === 1,
      offlineSince: r.offline_since,
      lastSuccessAt: r.last_success_at,
    };
  }

  enrol(v: { hubUrl: string; counterId: string; ackedSeq: number; ackedHash: string }): void {
    this.sql.enrol.run(v);
  }

  acked(seq: number, hash: string, at: string): void {
    this.sql.ack.run({ seq, hash, at });
  }

  /** The hub holds up to `seq`: push from the next one, whatever this counter thought. */
  restartAt(seq: number, hash: string): void {
    this.sql.restartAt.run(seq, hash);
  }

  /** Called inside the transaction that applies the directive, so both happen or neither. */
  moveCursor(to: number): void {
    this.sql.cursor.run(to);
  }

  pulled(at: string): void {
    this.sql.pulled.run(at);
  }

  setClockOffset(ms: number): void {
    this.sql.offset.run(Math.round(ms));
  }

  failed(problem: SyncProblem, how: { refused: boolean; offline: boolean }, at: string): void {
    this.sql.fail.run({ code: problem.code, params: JSON.stringify(problem.params), refused: how.refused ? 1 : 0, offline: how.offline ? 1 : 0, at });
  }
}
