// A simulated counter for hub tests: a hash chain built with the counter's own entryHash, and
// requests signed as shared/sync/protocol.ts says — so a test against the hub proves the two
// sides agree on both rules.
import { createHash, createHmac, randomUUID } from 'node:crypto';
import { request, Agent } from 'node:http';
import { canonicalJson } from '../../shared/ledger/canonical-json';
import { entryHash, genesisHash } from '../../electron/services/ledger/entry-hash';
import { signingInput, syncHeaders, syncPaths, type SyncEntry } from '../../shared/sync/protocol';

export interface Reply {
  status: number;
  body: any;
}

const agent = new Agent({ keepAlive: true, maxSockets: 1000 });

export function post(url: string, path: string, body: string, headers: Record<string, string> = {}): Promise<Reply> {
  const u = new URL(url);
  return new Promise((resolve, reject) => {
    const req = request(
      { host: u.hostname, port: u.port, path, method: 'POST', agent, headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body), ...headers } },
      (res) => {
        let text = '';
        res.setEncoding('utf8');
        res.on('data', (d: string) => (text += d));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body: text ? JSON.parse(text) : null }));
      },
    );
    req.on('error', reject);
    req.end(body);
  });
}

export function get(url: string, path: string, token: string): Promise<Reply> {
  const u = new URL(url);
  return new Promise((resolve, reject) => {
    const req = request({ host: u.hostname, port: u.port, path, method: 'GET', agent, headers: { authorization: `Bearer ${token}` } }, (res) => {
      let text = '';
      res.setEncoding('utf8');
      res.on('data', (d: string) => (text += d));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body: text ? JSON.parse(text) : null }));
    });
    req.on('error', reject);
    req.end();
  });
}

export interface Credentials {
  counterId: string;
  secret: string;
}

export interface SignOptions {
  timestamp?: number;
  nonce?: string;
  secret?: string;
}

/** Headers of a signed request: overrides let a test forge or replay one part. */
export function signedHeaders(c: Credentials, path: string, body: string, o: SignOptions = {}): Record<string, string> {
  const timestamp = String(o.timestamp ?? Date.now());
  const nonce = o.nonce ?? randomUUID();
  const bodySha256 = createHash('sha256').update(body).digest('hex');
  const signature = createHmac('sha256', Buffer.from(o.secret ?? c.secret, 'base64'))
    .update(signingInput({ method: 'POST', path, bodySha256, timestamp, nonce }))
    .digest('hex');
  return { [syncHeaders.counterId]: c.counterId, [syncHeaders.timestamp]: timestamp, [syncHeaders.nonce]: nonce, [syncHeaders.signature]: signature };
}

export function signedPost(url: string, path: string, c: Credentials, payload: unknown, o: SignOptions = {}): Promise<Reply> {
  const body = JSON.stringify(payload);
  return post(url, path, body, signedHeaders(c, path, body, o));
}

export const push = (url: string, c: Credentials, entries: SyncEntry[], o: SignOptions = {}) => signedPost(url, syncPaths.push, c, { entries }, o);
export const pull = (url: string, c: Credentials, after: number, limit = 500) => signedPost(url, syncPaths.pull, c, { after, limit });

export async function enrol(url: string, r: { code: string; deviceId: string; officeCode: string; counterNumber: number }): Promise<Reply> {
  return post(url, syncPaths.enrol, JSON.stringify(r));
}

/** A counter's ledger as the hub receives it: entries chained from genesis, hashed by the counter's rule. */
export class TestChain {
  readonly entries: SyncEntry[] = [];
  constructor(readonly deviceId = `device-${randomUUID().slice(0, 8)}`) {}

  get head(): { seq: number; hash: string } {
    const last = this.entries.at(-1);
    return last ? { seq: last.seq, hash: last.hash } : { seq: 0, hash: genesisHash };
  }

  /** Appends `n` entries (payload made by `payload(seq)`), at `at` or now. */
  append(n: number, payload: (seq: number) => { kind: string; payload: Record<string, unknown> } = (seq) => ({ kind: 'test.note', payload: { seq, note: `entry ${seq}` } }), at?: string): SyncEntry[] {
    const added: SyncEntry[] = [];
    for (let i = 0; i < n; i++) {
      const prev = this.head;
      const seq = prev.seq + 1;
      const p = payload(seq);
      const when = at ?? new Date().toISOString();
      const fields = {
        seq,
        kind: p.kind,
        payload: canonicalJson(p.payload),
        actor_kind: 'user',
        actor_user_id: 'u1',
        device_id: this.deviceId,
        at: when,
        at_local: when,
        idempotency_key: `${this.deviceId}-${seq}`,
        corrects_seq: null,
        prev_hash: prev.hash,
      };
      const e: SyncEntry = {
        seq,
        kind: fields.kind,
        payload: fields.payload,
        actorKind: 'user',
        actorUserId: fields.actor_user_id,
        deviceId: fields.device_id,
        at: fields.at,
        atLocal: fields.at_local,
        idempotencyKey: fields.idempotency_key,
        correctsSeq: null,
        prevHash: fields.prev_hash,
        hash: entryHash(fields),
      };
      this.entries.push(e);
      added.push(e);
    }
    return added;
  }

  range(fromSeq: number, toSeq: number): SyncEntry[] {
    return this.entries.filter((e) => e.seq >= fromSeq && e.seq <= toSeq);
  }
}

/** The entry re-hashed after its fields changed, as a forger with the SQLite file would. */
export function rehash(e: SyncEntry): SyncEntry {
  return {
    ...e,
    hash: entryHash({
      seq: e.seq, kind: e.kind, payload: e.payload, actor_kind: e.actorKind, actor_user_id: e.actorUserId, device_id: e.deviceId,
      at: e.at, at_local: e.atLocal, idempotency_key: e.idempotencyKey, corrects_seq: e.correctsSeq, prev_hash: e.prevHash,
    }),
  };
}
