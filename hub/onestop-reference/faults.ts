// What can go wrong upstream, set by tests (`setFaults`) and by the `faults` command, so the hub's
// connector is tried against every failure a province's system really shows.
import { z } from 'zod';

/** A fault that hits the next `count` calls, of one service or of any. */
export interface CountedFault {
  count: number;
  service?: string;
}

export interface FaultModes {
  /** Every session stops being valid after this many more integration calls: an expiry mid-batch. */
  expireSessionAfterCalls: number | null;
  /** error_code 99 with this message, nothing committed. */
  errorReplies: (CountedFault & { message: string }) | null;
  /** HTTP 503 with no JSON, nothing committed. */
  serverErrors: CountedFault | null;
  /** Every call waits this long before it is handled. */
  slowMs: number;
  /** The call commits, then the connection is dropped before any reply. */
  loseReplyAfterCommit: CountedFault | null;
  /** The next N department moves report their status twice. */
  duplicateStatusReports: number;
}

export const noFaults: FaultModes = {
  expireSessionAfterCalls: null,
  errorReplies: null,
  serverErrors: null,
  slowMs: 0,
  loseReplyAfterCommit: null,
  duplicateStatusReports: 0,
};

/** Whether a counted fault hits this call; uses one of its count when it does. */
export function takeCounted<T extends CountedFault>(fault: T | null, service: string): { hit: boolean; rest: T | null } {
  if (!fault || fault.count <= 0 || (fault.service && fault.service !== service)) return { hit: false, rest: fault };
  const count = fault.count - 1;
  return { hit: true, rest: count > 0 ? { ...fault, count } : null };
}

const counted = z.object({ count: z.number().int().min(1).max(1_000_000), service: z.string().min(1).max(40).optional() }).strict();

/** A change of fault modes as the control endpoint takes it: only known modes, well-formed. */
export const faultChange = z
  .object({
    expireSessionAfterCalls: z.number().int().min(0).nullable(),
    errorReplies: counted.extend({ message: z.string().max(500) }).nullable(),
    serverErrors: counted.nullable(),
    slowMs: z.number().int().min(0).max(120_000),
    loseReplyAfterCommit: counted.nullable(),
    duplicateStatusReports: z.number().int().min(0),
  })
  .partial()
  .strict();
