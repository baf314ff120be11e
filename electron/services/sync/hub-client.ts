// One request to the province hub: signed (shared/sync/protocol.ts signingInput + HMAC-SHA256),
// bounded by a time-out, and its outcome sorted into what the sync loop must do about it.
import { createHash, createHmac, randomBytes } from 'node:crypto';
import type { z } from 'zod';
import { signingInput, syncError, syncHeaders, type SyncError } from '../../../shared/sync/protocol';

export type HubReply<T> =
  | { ok: true; value: T }
  /** The hub answered with one of the protocol's refusals. */
  | { ok: false; refusal: SyncError['error'] }
  /** No usable answer: connection refused or dropped, time-out, a 5xx, a body that is not the contract. */
  | { ok: false; unreachable: { reason: 'network' | 'timeout' | 'status' | 'badReply'; status?: number } };

export interface Signer {
  counterId: string;
  secret: Buffer;
  /** The timestamp to sign with: this PC's clock corrected by the offset measured from the hub. */
  nowMs: () => number;
}

export async function callHub<T>(
  hubUrl: string,
  path: string,
  body: unknown,
  reply: z.ZodType<T>,
  options: { signer?: Signer; timeoutMs: number },
): Promise<HubReply<T>> {
  const text = JSON.stringify(body);
  const headers: Record<string, string> = { 'content-type': 'application/json' };
  if (options.signer) {
    const timestamp = String(Math.round(options.signer.nowMs()));
    const nonce = randomBytes(16).toString('hex');
    const bodySha256 = createHash('sha256').update(text).digest('hex');
    const signature = createHmac('sha256', options.signer.secret).update(signingInput({ method: 'POST', path, bodySha256, timestamp, nonce })).digest('hex');
    Object.assign(headers, {
      [syncHeaders.counterId]: options.signer.counterId,
      [syncHeaders.timestamp]: timestamp,
      [syncHeaders.nonce]: nonce,
      [syncHeaders.signature]: signature,
    });
  }
  let response: Response;
  let raw: string;
  try {
    response = await fetch(new URL(path, hubUrl), { method: 'POST', headers, body: text, signal: AbortSignal.timeout(options.timeoutMs) });
    raw = await response.text();
  } catch (e) {
    const name = (e as Error).name;
    return { ok: false, unreachable: { reason: name === 'TimeoutError' || name === 'AbortError' ? 'timeout' : 'network' } };
  }
  if (response.status >= 500) return { ok: false, unreachable: { reason: 'status', status: response.status } };
  let json: unknown;
  try {
    json = JSON.parse(raw);
  } catch {
    return { ok: false, unreachable: { reason: 'badReply', status: response.status } };
  }
  if (response.ok) {
    const parsed = reply.safeParse(json);
    return parsed.success ? { ok: true, value: parsed.data } : { ok: false, unreachable: { reason: 'badReply', status: response.status } };
  }
  const refusal = syncError.safeParse(json);
  return refusal.success ? { ok: false, refusal: refusal.data.error } : { ok: false, unreachable: { reason: 'status', status: response.status } };
}
