// The one contract: every command the counter understands, whatever host carries it
// (Electron IPC, the loopback browser host, the technicians' command line).
import { z } from 'zod';
import { commandNameList, type CommandName } from './channels';
import * as f from './fields';

/**
 * Who may call a command. `anyone` needs no sign-in (set-up and the sign-in screen);
 * `console` is the technicians' command line on this machine, which acts without a user.
 */
export type Principal = 'anyone' | 'clerk' | 'manager' | 'console';

export interface CommandSpec<I extends z.ZodType = z.ZodType, O extends z.ZodType = z.ZodType> {
  input: I;
  output: O;
  allow: readonly Principal[];
  /** Changes state: the input carries an idempotency key and the change is a ledger entry. */
  mutates: boolean;
}

const spec = <I extends z.ZodType, O extends z.ZodType>(s: CommandSpec<I, O>) => s;
const none = z.object({}).strict();
const mutation = <S extends z.ZodRawShape>(shape: S) =>
  z.object({ ...shape, idempotencyKey: f.idempotencyKey }).strict();

const counterInfo = z.object({
  officeCode: z.string(),
  officeName: z.string(),
  counterNumber: z.number().int(),
  province: z.string(),
  deviceId: z.string(),
  idleLockMinutes: z.number().int(),
});

const sessionUser = z.object({ id: z.string(), name: z.string(), role: f.role });

const userRow = sessionUser.extend({
  active: z.boolean(),
  lockedUntil: f.instant.nullable(),
  createdAt: f.instant,
});

const entryView = z.object({
  seq: z.number().int(),
  kind: z.string(),
  payload: z.unknown(),
  actorKind: z.enum(['user', 'system', 'centre', 'console']),
  actorUserId: z.string().nullable(),
  actorName: z.string().nullable(),
  deviceId: z.string(),
  at: f.instant,
  atLocal: z.string(),
  correctsSeq: z.number().int().nullable(),
  hash: z.string(),
});

export const verifyReport = z.object({
  ok: z.boolean(),
  entries: z.number().int(),
  headHash: z.string().nullable(),
  firstBadSeq: z.number().int().nullable(),
  problem: z.enum(['hash_mismatch', 'chain_broken', 'sequence_gap', 'sequence_order']).nullable(),
});

export const commands = {
  'app.status': spec({
    input: none,
    output: z.object({
      initialized: z.boolean(),
      counter: counterInfo.nullable(),
      session: sessionUser.extend({ locked: z.boolean() }).nullable(),
      ledgerEntries: z.number().int(),
    }),
    allow: ['anyone', 'console'],
    mutates: false,
  }),
  'setup.initialize': spec({
    input: mutation({
      officeCode: f.officeCode,
      officeName: f.text(120),
      counterNumber: f.counterNumber,
      province: f.text(60),
      managerName: f.text(80),
      managerPin: f.pin,
    }),
    output: z.object({ manager: sessionUser, deviceId: z.string() }),
    allow: ['anyone', 'console'],
    mutates: true,
  }),
  'auth.signInOptions': spec({
    input: none,
    output: z.object({ users: z.array(sessionUser) }),
    allow: ['anyone'],
    mutates: false,
  }),
  'auth.signIn': spec({
    input: mutation({ userId: f.userId, pin: f.pin }),
    output: z.object({ user: sessionUser }),
    allow: ['anyone'],
    mutates: true,
  }),
  'auth.signOut': spec({
    input: mutation({}),
    output: z.object({}),
    allow: ['clerk', 'manager'],
    mutates: true,
  }),
  'auth.lock': spec({
    input: none,
    output: z.object({}),
    allow: ['clerk', 'manager'],
    mutates: false,
  }),
  /** The person is still at the screen (typing without saving): keeps the server's idle lock in step. */
  'auth.heartbeat': spec({
    input: none,
    output: z.object({}),
    allow: ['clerk', 'manager'],
    mutates: false,
  }),
  'users.list': spec({
    input: none,
    output: z.object({ users: z.array(userRow) }),
    allow: ['manager', 'console'],
    mutates: false,
  }),
  'users.add': spec({
    input: mutation({ name: f.text(80), role: f.role, pin: f.pin }),
    output: z.object({ user: sessionUser }),
    allow: ['manager', 'console'],
    mutates: true,
  }),
  'users.update': spec({
    input: mutation({
      userId: f.userId,
      name: f.text(80).optional(),
      role: f.role.optional(),
      active: z.boolean().optional(),
    }),
    output: z.object({ user: userRow, correctsSeq: z.number().int() }),
    allow: ['manager'],
    mutates: true,
  }),
  'settings.update': spec({
    input: mutation({ idleLockMinutes: f.idleLockMinutes }),
    output: z.object({ idleLockMinutes: z.number().int() }),
    allow: ['manager'],
    mutates: true,
  }),
  'ledger.verify': spec({
    input: none,
    output: verifyReport,
    allow: ['manager', 'console'],
    mutates: false,
  }),
  'ledger.entries': spec({
    input: z
      .object({
        beforeSeq: z.number().int().positive().optional(),
        limit: z.number().int().min(1).max(500).default(50),
      })
      .strict(),
    output: z.object({ entries: z.array(entryView) }),
    allow: ['manager', 'console'],
    mutates: false,
  }),
  'db.backup': spec({
    input: z.object({ out: f.text(1000) }).strict(),
    output: z.object({ out: z.string(), bytes: z.number().int(), entries: z.number().int(), headHash: z.string().nullable() }),
    allow: ['console'],
    mutates: false,
  }),
} as const satisfies Record<CommandName, CommandSpec>;

export type Commands = typeof commands;
export type { CommandName };
export const commandNames: readonly CommandName[] = commandNameList;
/** What a caller sends (before defaults and normalisation). */
export type CommandInput<N extends CommandName> = z.input<Commands[N]['input']>;
/** What a handler receives (after validation and normalisation). */
export type CommandArgs<N extends CommandName> = z.output<Commands[N]['input']>;
export type CommandOutput<N extends CommandName> = z.output<Commands[N]['output']>;
export type EntryView = z.infer<typeof entryView>;
export type VerifyReport = z.infer<typeof verifyReport>;
export type SessionUser = z.infer<typeof sessionUser>;
export type UserRow = z.infer<typeof userRow>;

export function isCommandName(name: string): name is CommandName {
  return Object.hasOwn(commands, name);
}
