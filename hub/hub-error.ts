import type { SyncErrorCode } from '../shared/sync/protocol';

/** A refusal the hub sends as `syncError`: the code, and the seq or times the counter needs to act on it. */
export class HubError extends Error {
  constructor(
    readonly code: SyncErrorCode,
    readonly detail: { message: string; seq?: number; expectedSeq?: number; hubTime?: number },
  ) {
    super(`${code}: ${detail.message}`);
  }
}
