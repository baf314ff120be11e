import { createHmac, randomBytes, randomUUID } from 'node:crypto';
import type { EntryView, HeadAnchor, VerifyReport } from '../../../shared/contract/commands';
import type { ErrorCode } from '../../../shared/contract/messages';
import { localStamp } from '../../../shared/format';
import type { Clock } from '../clock';
import { CounterError } from '../counter-error';
import type { Db } from '../db/open-database';
import { canonicalJson } from '../../../shared/ledger/canonical-json';
import { dossierLinks } from '../dossiers/dossier-links';
import { DayIndex } from '../day/day-lines';
import { entryHash, genesisHash, type HashedFields } from './entry-hash';
import { verifyLedger, type EntryRow } from './verify-chain';

/** Who made an entry. Never a user id for something the user did not do (Horizon's lesson). */
export type Actor =
  | { kind: 'user'; userId: string }
  | { kind: 'system' }
  | { kind: 'centre' }
  /** The technicians' console; with the user id of a manager who confirmed the action with their PIN there. */
  | { kind: 'console'; userId?: string };

export interface PostRequest {
  kind: string;
  payload: Record<string, unknown>;
  actor: Actor;
  idempotencyKey: string;
  /** The entry this one corrects; the corrected entry itself is never changed. */
  correctsSeq?: number;
}

export interface PostedEntry {
  seq: number;
  kind: string;
  at: string;
  hash: string;
}

type StoredOutcome =
  | { ok: true; value: unknown }
  | { ok: false; code: ErrorCode; params: Record<string, string | number> };

export class Ledger {
  readonly deviceId: string;
  private readonly macKey: Buffer;
  private pending: PostedEntry[] = [];
  // Prepared once: a posting is on every clerk action's path.
  private readonly sql;

  constructor(
    private readonly db: Db,
    private readonly clock: Clock,
    private readonly onAppended: (entry: PostedEntry) => void = () => {},
  ) {
    this.sql = {
      // The last entry by one seek (written so that its query plan says so, not as a scan with a limit).
      head: db.prepare('SELECT seq, hash FROM entries WHERE seq = (SELECT MAX(seq) FROM entries)'),
      insert: db.prepare(
        `INSERT INTO entries (seq, kind, payload, actor_kind, actor_user_id, device_id, at, at_local,
                              idempotency_key, corrects_seq, prev_hash, hash)
         VALUES (@seq, @kind, @payload, @actor_kind, @actor_user_id, @device_id, @at, @at_local,
                 @idempotency_key, @corrects_seq, @prev_hash, @hash)`,
      ),
      priorResult: db.prepare('SELECT command, request_mac, result FROM command_results WHERE idempotency_key = ?'),
      storeResult: db.prepare(
        'INSERT INTO command_results (idempotency_key, command, request_mac, result, at) VALUES (?, ?, ?, ?, ?)',
      ),
      keyedEntry: db.prepare('SELECT seq FROM entries WHERE idempotency_key = ?'),
      // Absent only on a file opened at an older schema (migration tests): migration 13 links those entries.
      linkDossier: db.prepare("SELECT 1 FROM sqlite_master WHERE name = 'dossier_entries'").get()
        ? db.prepare('INSERT OR IGNORE INTO dossier_entries (slip_number, seq) VALUES (?, ?)')
        : null,
      // Absent only on a file opened at an older schema: migration 19 indexes those entries.
      dayIndex: db.prepare("SELECT 1 FROM sqlite_master WHERE name = 'day_lines'").get() ? new DayIndex(db) : null,
      pruneResults: db.prepare(
        'DELETE FROM command_results WHERE idempotency_key IN (SELECT idempotency_key FROM command_results WHERE at < ? ORDER BY at LIMIT ?)',
      ),
    };
    this.deviceId = this.metaOnce('device_id', () => `dev_${randomUUID()}`);
    this.macKey = Buffer.from(this.metaOnce('request_mac_key', () => randomBytes(32).toString('hex')), 'hex');
  }

  /** Runs `work` as one IMMEDIATE transaction; listeners hear of its entries only once it commits. */
  transaction<T>(work: () => T): T {
    if (this.db.inTransaction) return work();
    try {
      const result = this.db.transaction(work).immediate();
      const committed = this.pending;
      this.pending = [];
      committed.forEach(this.onAppended);
      return result;
    } finally {
      this.pending = [];
    }
  }

  /**
   * Runs `work` inside the current transaction as a savepoint: if it throws, what it wrote (entries
   * and rows) is undone and its entries are never announced, while the enclosing transaction
   * carries on (a directive the counter refuses is recorded as refused instead).
   */
  savepoint<T>(work: () => T): T {
    if (!this.db.inTransaction) throw new Error('Ledger.savepoint must run inside Ledger.transaction');
    const announced = this.pending.length;
    try {
      return this.db.transaction(work)();
    } catch (e) {
      this.pending.length = announced;
      throw e;
    }
  }

  /** Appends one entry, chained to the last. Callers update read models in the same transaction. */
  post(req: PostRequest): PostedEntry {
    if (!this.db.inTransaction) throw new Error('Ledger.post must run inside Ledger.transaction');
    const last = this.sql.head.get() as
      | { seq: number; hash: string }
      | undefined;
    const now = this.clock.now();
    const fields: HashedFields = {
      seq: (last?.seq ?? 0) + 1,
      kind: req.kind,
      payload: canonicalJson(req.payload),
      actor_kind: req.actor.kind,
      actor_user_id: req.actor.kind === 'user' || req.actor.kind === 'console' ? (req.actor.userId ?? null) : null,
      device_id: this.deviceId,
      at: now.toISOString(),
      at_local: localStamp(now),
      idempotency_key: req.idempotencyKey,
      corrects_seq: req.correctsSeq ?? null,
      prev_hash: last?.hash ?? genesisHash,
    };
    const hash = entryHash(fields);
    this.sql.insert.run({ ...fields, hash });
    // Whoever posts it, an entry about a dossier joins that dossier's timeline (dossier-links.ts).
    if (this.sql.linkDossier) for (const l of dossierLinks(req.kind, req.payload, fields.seq)) this.sql.linkDossier.run(l.slipNumber, l.seq);
    // Whoever posts it, an entry counts on a day's figures (day/day-lines.ts).
    this.sql.dayIndex?.add(fields);
    const posted = { seq: fields.seq, kind: fields.kind, at: fields.at, hash };
    this.pending.push(posted);
    return posted;
  }

  /**
   * Runs a state-changing command at most once per idempotency key. A repeat (double Enter, a
   * retry after a time-out, a replay) gets the first answer and posts nothing; the same key with
   * a different request is refused rather than silently answered with the wrong result.
   * Answers are kept for a retention period (answer-retention.ts); a repeat that comes later
   * still posts nothing: the entry's idempotency key is unique forever, and the repeat is told
   * which entry recorded the action.
   */
  once<T>(command: string, key: string, request: unknown, work: () => T): T {
    // `request` never holds a PIN (the dispatcher leaves PIN fields out, see dispatch.ts), since
    // this table lives in the same file as the key; the MAC only tells a reused key apart.
    const mac = createHmac('sha256', this.macKey).update(canonicalJson([command, request])).digest('hex');
    const outcome = this.transaction((): StoredOutcome => {
      const prior = this.sql.priorResult.get(key) as { command: string; request_mac: string; result: string } | undefined;
      if (prior) {
        if (prior.command !== command || prior.request_mac !== mac) throw new CounterError('IDEMPOTENCY_CONFLICT');
        return JSON.parse(prior.result) as StoredOutcome;
      }
      const posted = this.sql.keyedEntry.get(key) as { seq: number } | undefined;
      if (posted) throw new CounterError('ALREADY_RECORDED', { seq: posted.seq });
      let fresh: StoredOutcome;
      try {
        fresh = { ok: true, value: work() };
      } catch (e) {
        if (!(e instanceof CounterError && e.recorded)) throw e;
        fresh = { ok: false, code: e.code, params: e.params };
      }
      this.sql.storeResult.run(key, command, mac, JSON.stringify(fresh), this.clock.now().toISOString());
      return fresh;
    });
    if (!outcome.ok) throw new CounterError(outcome.code, outcome.params, true);
    return outcome.value as T;
  }

  /** Entries are numbered 1, 2, 3… and never removed: the count is the last number, found without reading them all. */
  count(): number {
    return (this.sql.head.get() as { seq: number } | undefined)?.seq ?? 0;
  }

  /** Forgets up to `limit` stored answers older than `before` (oldest first); answers how many. */
  pruneAnswers(before: string, limit: number): number {
    return this.transaction(() => this.sql.pruneResults.run(before, limit).changes);
  }

  verify(anchors: readonly HeadAnchor[] = []): VerifyReport {
    return verifyLedger(this.db, anchors);
  }

  entries(options: { beforeSeq?: number | undefined; limit: number }): EntryView[] {
    const rows = this.db
      .prepare(
        `SELECT e.*, u.name AS actor_name FROM entries e LEFT JOIN users u ON u.id = e.actor_user_id
         WHERE e.seq < ? ORDER BY e.seq DESC LIMIT ?`,
      )
      .all(options.beforeSeq ?? Number.MAX_SAFE_INTEGER, options.limit) as (EntryRow & { actor_name: string | null })[];
    return rows.map((r) => ({
      seq: r.seq,
      kind: r.kind,
      payload: JSON.parse(r.payload) as unknown,
      actorKind: r.actor_kind as EntryView['actorKind'],
      actorUserId: r.actor_user_id,
      actorName: r.actor_name,
      deviceId: r.device_id,
      at: r.at,
      atLocal: r.at_local,
      correctsSeq: r.corrects_seq,
      hash: r.hash,
    }));
  }

  private metaOnce(key: string, make: () => string): string {
    this.db.prepare('INSERT OR IGNORE INTO meta (key, value) VALUES (?, ?)').run(key, make());
    return (this.db.prepare('SELECT value FROM meta WHERE key = ?').get(key) as { value: string }).value;
  }
}
