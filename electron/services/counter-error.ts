import type { ErrorCode } from '../../shared/contract/messages';

/**
 * A failure a person can act on, named by code; the dispatcher renders its message in the
 * caller's language. `recorded` marks failures that are themselves ledger facts (a wrong PIN):
 * their entries are kept and a repeat of the same action gets the same answer.
 */
export class CounterError extends Error {
  constructor(
    readonly code: ErrorCode,
    readonly params: Record<string, string | number> = {},
    readonly recorded = false,
  ) {
    super(`${code} ${JSON.stringify(params)}`);
    this.name = 'CounterError';
  }
}
