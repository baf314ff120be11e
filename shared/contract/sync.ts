// The counter's sync with its province hub as the screens and the console see it: the status the
// status bar and the sync screen show (also pushed as the `sync.status` event), and the inputs of
// the `sync.*` commands (commands.ts lists them with their roles).
import { z } from 'zod';
import { directiveKinds, syncErrorCodes } from '../sync/protocol';
import * as f from './fields';

/**
 * Why the last sync failed: one of the hub's refusals, or a hub that gave no usable answer
 * (`UNREACHABLE`, with `reason` network | timeout | status | badReply and the HTTP status if any).
 */
export const syncProblemCodes = [...syncErrorCodes, 'UNREACHABLE'] as const;
export type SyncProblemCode = (typeof syncProblemCodes)[number];

export const syncProblem = z.object({ code: z.enum(syncProblemCodes), params: z.record(z.string(), z.union([z.string(), z.number()])) });
export type SyncProblem = z.infer<typeof syncProblem>;

export const syncStatus = z.object({
  /**
   * notEnrolled: no hub yet; synced: every entry acknowledged; waiting: entries not yet
   * acknowledged (sending, or waiting to retry); offline: the hub cannot be reached since
   * `offlineSince`; refused: the hub refused this counter (history rewritten, revoked…), no retries.
   */
  state: z.enum(['notEnrolled', 'synced', 'waiting', 'offline', 'refused']),
  hubUrl: z.string().nullable(),
  /** Entries not yet acknowledged by the hub. */
  waiting: z.number().int(),
  /** Of those, the dossiers taken in: what the clerk counts ("3 mục chờ đồng bộ" after three intakes). */
  waitingDossiers: z.number().int(),
  ackedSeq: z.number().int(),
  /** The counter's newest entry and its hash; once synced, the hub holds the same. */
  headSeq: z.number().int(),
  headHash: z.string().nullable(),
  /** The hash the hub acknowledged for `ackedSeq`. */
  ackedHash: z.string().nullable(),
  lastError: syncProblem.nullable(),
  offlineSince: f.instant.nullable(),
  lastSuccessAt: f.instant.nullable(),
  /** While a backlog drains: entries sent in this run, of how many, and the rate. */
  progress: z.object({ sent: z.number().int(), total: z.number().int(), perSecond: z.number().int() }).nullable(),
});
export type SyncStatus = z.infer<typeof syncStatus>;

export const enrolInput = {
  hubUrl: z
    .string()
    .trim()
    .url({ error: 'sync.hubUrl' })
    .refine((u) => /^https?:\/\//.test(u), { error: 'sync.hubUrl' }),
  code: z.string().trim().min(6, { error: 'sync.code' }).max(64, { error: 'sync.code' }),
};

export const centreDirectiveView = z.object({
  directiveId: z.number().int(),
  kind: z.enum(directiveKinds),
  outcome: z.enum(['applied', 'recorded', 'refused', 'awaitingManager', 'accepted', 'rejected']),
  publishedBy: z.string(),
  entrySeq: z.number().int(),
  at: f.instant,
  /** For a refused directive: what failed the checks, as the checks said it. */
  problems: z.array(z.string()),
  /** For a directive this counter's own rules refused on applying it: the code and its parameters, worded by the screen. */
  refusal: z.object({ code: z.string(), params: z.record(z.string(), z.union([z.string(), z.number()])) }).nullable(),
});
export type CentreDirectiveView = z.infer<typeof centreDirectiveView>;

const statusReaders = ['clerk', 'manager', 'console'] as const;

/** The `sync.*` commands, spread into commands.ts. */
export const syncCommands = {
  /** Where the sync stands: the status bar's words and the sync screen's figures. */
  'sync.status': { input: z.object({}).strict(), output: syncStatus, allow: statusReaders, mutates: false },
  /**
   * "Đồng bộ ngay": a run now, even after a refusal or during a backoff. `wait`: answer once the
   * run ends (the console's `sync now`); else at once, the screen following the `sync.status` event.
   */
  'sync.now': { input: z.object({ wait: z.boolean().default(false) }).strict(), output: syncStatus, allow: statusReaders, mutates: false },
  /** Enrols the counter with its province hub with the one-time code the centre issued. */
  'sync.enrol': {
    input: z.object({ ...enrolInput, idempotencyKey: f.idempotencyKey }).strict(),
    output: z.object({ counterId: z.string(), ackedSeq: z.number().int() }),
    allow: ['manager', 'console'] as const,
    mutates: true,
  },
  /** A manager accepts or rejects a correction to money the centre proposed. */
  'sync.decideProposal': {
    input: z
      .object({ directiveId: z.number().int().min(1), decision: z.enum(['accept', 'reject']), reason: f.text(300).nullable().default(null), idempotencyKey: f.idempotencyKey })
      .strict(),
    output: z.object({ seq: z.number().int() }),
    allow: ['manager'] as const,
    mutates: true,
  },
  /** The centre's directives received, newest first. */
  'sync.directives': {
    input: z.object({ limit: z.number().int().min(1).max(200).default(50) }).strict(),
    output: z.object({ directives: z.array(centreDirectiveView) }),
    allow: statusReaders,
    mutates: false,
  },
} as const;
