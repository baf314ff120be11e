// The counter's side of the sync with its province hub. The ledger is the outbox: entries after
// the acknowledged seq are pushed in batches, in order; then directives after the pull cursor
// are pulled and applied. It runs in the service host beside the screens and never blocks the
// clerk: each database step is one small statement or one directive's transaction, and every
// network wait is an await.
import { enrolResponse, maxPullBatch, maxPushBatch, pullResponse, pushResponse, syncPaths, type SyncEntry } from '../../../shared/sync/protocol';
import type { SyncProblem, SyncStatus } from '../../../shared/contract/sync';
import type { Services } from '../handlers';
import type { Clock } from '../clock';
import { CounterError } from '../counter-error';
import type { Db } from '../db/open-database';
import type { EventBus } from '../event-bus';
import { genesisHash } from '../ledger/entry-hash';
import type { Actor, Ledger } from '../ledger/ledger';
import type { EntryRow } from '../ledger/verify-chain';
import { DirectiveApplier } from './apply-directive';
import { MoneyProposals } from './money-proposals';
import { callHub, type HubReply, type Signer } from './hub-client';
import type { SyncSecretFile } from './sync-secret';
import { SyncState } from './sync-state';

export interface SyncOptions {
  /** One request's time-out: a hub that hangs is given up on and tried again later. */
  timeoutMs: number;
  /** Retry delays after a failure: doubling from `baseMs` up to `maxMs`, with jitter. */
  backoff: { baseMs: number; maxMs: number };
  /** How often the background loop asks for directives when nothing is waiting to be pushed. */
  pullEveryMs: number;
  /** After an entry is posted, how long to wait for more before pushing (one request for a burst). */
  pushDelayMs: number;
}

export const defaultSyncOptions: SyncOptions = { timeoutMs: 15_000, backoff: { baseMs: 1_000, maxMs: 60_000 }, pullEveryMs: 60_000, pushDelayMs: 500 };

/** Refusals that mean this counter's history or credentials are in question: no automatic retries. */
const refusing = new Set<SyncProblem['code']>(['FORK', 'BAD_HASH', 'REVOKED', 'BAD_SIGNATURE', 'UNKNOWN_COUNTER', 'BAD_REQUEST', 'ENROLMENT_CODE_INVALID']);

export type CycleResult = { ok: true } | { ok: false; problem: SyncProblem; refused: boolean };

export class SyncService {
  readonly state: SyncState;
  readonly proposals: MoneyProposals;
  private readonly applier: DirectiveApplier;
  private readonly sql;
  private readonly options: SyncOptions;
  private cycle: Promise<CycleResult> | null = null;
  private progress: SyncStatus['progress'] = null;
  private timer: NodeJS.Timeout | null = null;
  private unsubscribe: (() => void) | null = null;
  private failures = 0;

  constructor(
    private readonly d: {
      db: Db;
      ledger: Ledger;
      clock: Clock;
      events: EventBus;
      /** Read when needed: the services are assembled together (counter-app.ts). */
      services: () => Pick<Services, 'catalogue' | 'handover' | 'agencies' | 'intake' | 'calendar' | 'tariff' | 'counter'>;
      secret: SyncSecretFile;
    },
    options: Partial<SyncOptions> = {},
  ) {
    this.options = { ...defaultSyncOptions, ...options };
    this.state = new SyncState(d.db);
    this.proposals = new MoneyProposals(d.db, d.ledger);
    this.applier = new DirectiveApplier(d.db, d.ledger, this.state, d.services);
    this.sql = {
      batch: d.db.prepare('SELECT * FROM entries WHERE seq > ? ORDER BY seq LIMIT ?'),
      hashAt: d.db.prepare('SELECT hash FROM entries WHERE seq = ?').pluck(),
      // An index range (dossiers_entry_seq): as long as the backlog, never the ledger.
      dossiersAfter: d.db.prepare('SELECT count(*) FROM dossiers WHERE entry_seq > ?').pluck(),
    };
  }

  status(): SyncStatus {
    const s = this.state.get();
    const headSeq = this.d.ledger.count();
    const headHash = headSeq ? (this.sql.hashAt.get(headSeq) as string) : null;
    if (!s) return { state: 'notEnrolled', hubUrl: null, waiting: headSeq, waitingDossiers: 0, ackedSeq: 0, headSeq, headHash, ackedHash: null, lastError: null, offlineSince: null, lastSuccessAt: null, progress: null };
    const waiting = Math.max(0, headSeq - s.ackedSeq);
    const state = s.refused ? 'refused' : s.offlineSince ? 'offline' : waiting > 0 ? 'waiting' : 'synced';
    const waitingDossiers = waiting > 0 ? (this.sql.dossiersAfter.get(s.ackedSeq) as number) : 0;
    return { state, hubUrl: s.hubUrl, waiting, waitingDossiers, ackedSeq: s.ackedSeq, headSeq, headHash, ackedHash: s.ackedHash, lastError: s.lastError, offlineSince: s.offlineSince, lastSuccessAt: s.lastSuccessAt, progress: this.progress };
  }

  /**
   * Exchanges a one-time code for this counter's key. The network call comes first; `record`
   * then stores the key, the sync state and the `sync.enrolled` entry (inside the command's
   * once-per-key transaction).
   */
  async enrol(hubUrl: string, code: string): Promise<(actor: Actor, idempotencyKey: string) => { counterId: string; ackedSeq: number }> {
    const counter = this.d.services().counter.require();
    const reply = await callHub(hubUrl, syncPaths.enrol, { code, deviceId: this.d.ledger.deviceId, officeCode: counter.officeCode, counterNumber: counter.counterNumber }, enrolResponse, { timeoutMs: this.options.timeoutMs });
    if (!reply.ok) {
      if ('unreachable' in reply) throw new CounterError('SYNC_HUB_UNREACHABLE', { hubUrl });
      if (reply.refusal.code === 'ENROLMENT_CODE_INVALID') throw new CounterError('SYNC_ENROL_CODE_INVALID');
      throw new CounterError('SYNC_ENROL_FAILED', { code: reply.refusal.code });
    }
    const r = reply.value;
    return (actor, idempotencyKey) => {
      this.d.secret.write(Buffer.from(r.secret, 'base64'));
      this.state.enrol({ hubUrl, counterId: r.counterId, ackedSeq: r.ackedSeq, ackedHash: r.headHash });
      this.state.setClockOffset(r.hubTime - this.d.clock.now().getTime());
      // The hub URL and the counter id, never the key: entries travel to the hub and to backups.
      this.d.ledger.post({ kind: 'sync.enrolled', payload: { hubUrl, counterId: r.counterId, ackedSeq: r.ackedSeq }, actor, idempotencyKey });
      this.emit();
      return { counterId: r.counterId, ackedSeq: r.ackedSeq };
    };
  }

  /** One push-then-pull run; a call while one runs waits for it and runs once more (new entries). */
  run(): Promise<CycleResult> {
    if (this.cycle) return this.cycle.then(() => this.run());
    this.cycle = this.runCycle().finally(() => {
      this.cycle = null;
    });
    return this.cycle;
  }

  /** Starts the background loop (hosts with screens): after each posting, and every pullEveryMs. */
  start(): void {
    if (this.unsubscribe) return;
    this.unsubscribe = this.d.events.subscribe((name) => {
      if (name !== 'ledger.appended') return;
      this.emit();
      // A failure keeps its backoff: a busy counter must not hammer a hub that is down.
      if (this.failures === 0) this.schedule(this.options.pushDelayMs);
    });
    this.schedule(0);
  }

  stop(): void {
    this.unsubscribe?.();
    this.unsubscribe = null;
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
  }

  /** "Đồng bộ ngay": runs now, even after a refusal or during a backoff. */
  now(): void {
    this.failures = 0;
    if (this.unsubscribe) this.schedule(0);
    else void this.run();
  }

  private schedule(ms: number): void {
    if (!this.unsubscribe) return;
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      this.timer = null;
      void this.background();
    }, ms);
    this.timer.unref();
  }

  private async background(): Promise<void> {
    const s = this.state.get();
    if (!s) return this.schedule(this.options.pullEveryMs);
    let result: CycleResult;
    try {
      result = await this.run();
    } catch (e) {
      // The host closed the ledger mid-run (shutting down): nothing to record, nothing to retry.
      if (!this.unsubscribe || !this.d.db.open) return;
      // Anything else (the key file unreadable…) is retried like a failure; the status still says what waits.
      console.error('[sync] run failed:', e);
      result = { ok: false, problem: { code: 'UNREACHABLE', params: { reason: 'network' } }, refused: false };
    }
    if (result.ok) {
      this.failures = 0;
      return this.schedule(this.options.pullEveryMs);
    }
    if (result.refused) return; // until someone presses "Đồng bộ ngay"
    this.failures += 1;
    const { baseMs, maxMs } = this.options.backoff;
    const ceiling = Math.min(maxMs, baseMs * 2 ** Math.min(this.failures - 1, 20));
    // Jitter: hundreds of counters that lost the hub together do not all come back at once.
    this.schedule(ceiling / 2 + Math.random() * (ceiling / 2));
  }

  private async runCycle(): Promise<CycleResult> {
    const s = this.state.get();
    if (!s) throw new CounterError('SYNC_NOT_ENROLLED');
    const signer: Signer = {
      counterId: s.counterId,
      secret: this.d.secret.read(),
      // Read each time: an offset measured during this run applies to its next request.
      nowMs: () => this.d.clock.now().getTime() + (this.state.get()?.clockOffsetMs ?? 0),
    };
    let result = await this.push(signer);
    if (result.ok) {
      const before = this.d.ledger.count();
      result = await this.pull(signer);
      // The directives just applied are entries too: the hub hears of them in the same run.
      if (result.ok && this.d.ledger.count() > before) result = await this.push(signer);
    }
    if (!this.d.db.open) return result;
    if (!result.ok) {
      this.state.failed(result.problem, { refused: result.refused, offline: result.problem.code === 'UNREACHABLE' }, this.d.clock.now().toISOString());
    }
    this.progress = null;
    this.emit();
    return result;
  }

  private async push(signer: Signer): Promise<CycleResult> {
    const started = Date.now();
    const first = this.state.get()!.ackedSeq;
    let gaps = 0;
    for (;;) {
      const s = this.state.get()!;
      const head = this.d.ledger.count();
      if (s.ackedSeq >= head) return { ok: true };
      const rows = this.sql.batch.all(s.ackedSeq, maxPushBatch) as EntryRow[];
      const reply = await this.signed(signer, syncPaths.push, { entries: rows.map(toWire) }, pushResponse);
      if (!reply.ok) {
        if ('refusal' in reply && reply.refusal.code === 'GAP' && reply.refusal.expectedSeq !== undefined && gaps < 3) {
          // The hub says where it stands (it lost or never stored our last ack): resend from there.
          gaps += 1;
          const held = reply.refusal.expectedSeq - 1;
          this.state.restartAt(held, held > 0 ? ((this.sql.hashAt.get(held) as string | undefined) ?? genesisHash) : genesisHash);
          continue;
        }
        return this.failure(reply);
      }
      const { ackedSeq, headHash } = reply.value;
      const ours = ackedSeq > 0 ? (this.sql.hashAt.get(ackedSeq) as string | undefined) : genesisHash;
      if (ours !== headHash) return { ok: false, problem: { code: 'FORK', params: { seq: ackedSeq } }, refused: true };
      this.state.acked(ackedSeq, headHash, this.d.clock.now().toISOString());
      const total = head - first;
      const sent = Math.max(0, ackedSeq - first);
      const seconds = Math.max(0.001, (Date.now() - started) / 1000);
      this.progress = total > maxPushBatch ? { sent, total, perSecond: Math.round(sent / seconds) } : null;
      this.emit();
    }
  }

  private async pull(signer: Signer): Promise<CycleResult> {
    for (;;) {
      const after = this.state.get()!.pullCursor;
      const reply = await this.signed(signer, syncPaths.pull, { after, limit: maxPullBatch }, pullResponse);
      if (!reply.ok) return this.failure(reply);
      for (const directive of reply.value.directives) {
        this.applier.apply(directive);
        // A turn of the event loop between directives: a screen's call is never kept waiting long.
        await new Promise((resolve) => setImmediate(resolve));
      }
      this.state.moveCursor(reply.value.cursor);
      this.state.pulled(this.d.clock.now().toISOString());
      if (!reply.value.more) return { ok: true };
    }
  }

  /** A signed call; a stale-timestamp refusal teaches the clock offset and the call is signed again. */
  private async signed<T>(signer: Signer, path: string, body: unknown, schema: Parameters<typeof callHub<T>>[3]): Promise<HubReply<T>> {
    for (let attempt = 0; ; attempt++) {
      const sentAt = this.d.clock.now().getTime();
      const reply = await callHub(this.state.get()!.hubUrl, path, body, schema, { signer, timeoutMs: this.options.timeoutMs });
      if (reply.ok || !('refusal' in reply) || attempt >= 2) return reply;
      const { code, hubTime } = reply.refusal;
      if (code === 'STALE_TIMESTAMP' && hubTime !== undefined) {
        const midpoint = (sentAt + this.d.clock.now().getTime()) / 2;
        this.state.setClockOffset(hubTime - midpoint);
      } else if (code !== 'REPLAYED_NONCE') {
        return reply;
      }
    }
  }

  private failure(reply: HubReply<unknown>): CycleResult {
    if ('unreachable' in reply) {
      const { reason, status } = reply.unreachable;
      return { ok: false, problem: { code: 'UNREACHABLE', params: status === undefined ? { reason } : { reason, status } }, refused: false };
    }
    if (!('refusal' in reply)) throw new Error('not a failure');
    const { code, message: _message, ...rest } = reply.refusal;
    const params = Object.fromEntries(Object.entries(rest).filter(([, v]) => v !== undefined)) as Record<string, number>;
    return { ok: false, problem: { code, params }, refused: refusing.has(code) };
  }

  private emit(): void {
    this.d.events.emit('sync.status', this.status());
  }
}

/** A ledger row as the sync protocol carries it (also how tests feed the hub's ingest directly). */
export function toWire(r: EntryRow): SyncEntry {
  return {
    seq: r.seq,
    kind: r.kind,
    payload: r.payload,
    actorKind: r.actor_kind as SyncEntry['actorKind'],
    actorUserId: r.actor_user_id,
    deviceId: r.device_id,
    at: r.at,
    atLocal: r.at_local,
    idempotencyKey: r.idempotency_key,
    correctsSeq: r.corrects_seq,
    prevHash: r.prev_hash,
    hash: r.hash,
  };
}
