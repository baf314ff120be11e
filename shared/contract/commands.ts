// The one contract: every command the counter understands, whatever host carries it
// (Electron IPC, the loopback browser host, the technicians' command line).
import { z } from 'zod';
import { commandNameList, type CommandName } from './channels';
import { scaleStatus } from './events';
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

const paperView = z.object({
  code: z.string().nullable(),
  name: z.string(),
  originals: z.number().int(),
  copies: z.number().int(),
  form: z.string().nullable(),
});

/** A procedure as the screens show it (shared/catalogue/procedure.ts). */
const procedureView = z.object({
  code: z.string(),
  name: z.string(),
  sampleCode: z.boolean(),
  fields: z.array(z.object({ code: z.string(), name: z.string() })),
  levels: z.array(z.string()),
  agencies: z.array(z.string()),
  subjects: z.array(z.string()),
  channel: z.union([z.literal(1), z.literal(2), z.literal(3)]).nullable(),
  processing: z
    .object({ amount: z.number().nullable(), unit: z.string(), text: z.string(), description: z.string().nullable() })
    .nullable(),
  fees: z.array(z.object({ amountVnd: z.number().int(), description: z.string().nullable() })),
  cases: z.array(z.object({ name: z.string(), papers: z.array(paperView) })),
  results: z.array(z.object({ code: z.string().nullable(), name: z.string() })),
  legalBasis: z.array(z.object({ number: z.string(), title: z.string() })),
  requirements: z.string().nullable(),
});

const catalogueInfo = z.object({ versionId: z.number().int(), sample: z.boolean(), importedAt: f.instant, count: z.number().int() });

const searchHit = z.object({
  code: z.string(),
  name: z.string(),
  field: z.string(),
  agency: z.string(),
  level: z.string(),
  score: z.number(),
  /** [start, end) character ranges of `name` that matched the query, for highlighting. */
  highlights: z.array(z.tuple([z.number().int(), z.number().int()])),
});

const weightRecord = z.object({
  /** The ledger entry that holds the weight and its evidence. */
  seq: z.number().int(),
  grams: z.number().int(),
  manual: z.boolean(),
  raw: z.string().nullable(),
  reason: z.string().nullable(),
  at: f.instant,
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
  'catalogue.search': spec({
    input: z
      .object({
        // Long input is accepted and cut by the search itself: a scanner or a paste must not crash the box.
        query: z.string().max(10_000, { error: 'text.tooLong' }),
        limit: z.number().int().min(1).max(50).default(10),
        field: z.string().max(60).optional(),
        agency: z.string().max(300).optional(),
        level: z.string().max(100).optional(),
      })
      .strict(),
    output: z.object({ hits: z.array(searchHit), total: z.number().int(), catalogue: catalogueInfo.nullable() }),
    allow: ['clerk', 'manager', 'console'],
    mutates: false,
  }),
  'catalogue.show': spec({
    input: z.object({ code: z.string().trim().min(1).max(40), versionId: z.number().int().positive().optional() }).strict(),
    output: z.object({ procedure: procedureView, catalogue: catalogueInfo, snapshotHash: z.string() }),
    allow: ['clerk', 'manager', 'console'],
    mutates: false,
  }),
  'catalogue.filters': spec({
    input: none,
    output: z.object({
      fields: z.array(z.object({ code: z.string(), name: z.string(), count: z.number().int() })),
      agencies: z.array(z.object({ name: z.string(), count: z.number().int() })),
      levels: z.array(z.object({ name: z.string(), count: z.number().int() })),
    }),
    allow: ['clerk', 'manager'],
    mutates: false,
  }),
  'catalogue.import': spec({
    input: mutation({ path: f.text(1000) }),
    output: catalogueInfo,
    allow: ['console'],
    mutates: true,
  }),
  'catalogue.guidanceSlip': spec({
    input: mutation({
      code: z.string().trim().min(1).max(40),
      caseIndex: z.number().int().min(0).max(99).default(0),
      /** Codes-or-names of the papers the citizen still lacks; empty means list every paper. */
      missing: z.array(z.string().max(2000)).max(200).default([]),
      applicantName: f.text(120).optional(),
    }),
    output: z.object({ fileName: z.string(), pdfBase64: z.string() }),
    allow: ['clerk', 'manager'],
    mutates: true,
  }),
  'devices.scale.get': spec({
    input: none,
    output: z.object({
      settings: f.scaleSettings.nullable(),
      status: scaleStatus,
      /** The protocols this counter drives, with their usual serial settings for the form's defaults. */
      protocols: z.array(
        z.object({
          id: f.scaleProtocol,
          name: z.string(),
          hasStabilityFlag: z.boolean(),
          defaults: f.scaleSettings.pick({ baudRate: true, dataBits: true, parity: true, stopBits: true }),
        }),
      ),
    }),
    allow: ['clerk', 'manager'],
    mutates: false,
  }),
  'devices.scale.configure': spec({
    input: mutation({ settings: f.scaleSettings }),
    output: z.object({ settings: f.scaleSettings }),
    allow: ['manager'],
    mutates: true,
  }),
  'scale.capture': spec({
    input: mutation({}),
    output: weightRecord,
    allow: ['clerk', 'manager'],
    mutates: true,
  }),
  'scale.manualWeight': spec({
    input: mutation({ grams: f.grams, reason: f.text(300) }),
    output: weightRecord,
    allow: ['clerk', 'manager'],
    mutates: true,
  }),
  /** Zero or tare the scale, where its protocol has the command. A device action, not a ledger entry. */
  'scale.adjust': spec({
    input: z.object({ action: z.enum(['zero', 'tare']) }).strict(),
    output: z.object({}),
    allow: ['clerk', 'manager'],
    mutates: false,
  }),
  'tariff.quote': spec({
    input: z
      .object({
        grams: f.grams,
        service: z.string().max(40),
        route: z.string().max(60),
        applicantCategory: z.string().max(60).optional(),
      })
      .strict(),
    output: z.object({
      chargeVnd: z.number().int(),
      tariffVersion: z.string(),
      sample: z.boolean(),
      breakdown: z.array(z.object({ label: z.string(), vnd: z.number().int() })),
    }),
    allow: ['clerk', 'manager', 'console'],
    mutates: false,
  }),
  'tariff.info': spec({
    input: none,
    output: z.object({
      version: z.string(),
      sample: z.boolean(),
      services: z.array(z.object({ id: z.string(), name: z.string() })),
      routes: z.array(z.object({ id: z.string(), name: z.string() })),
      exemptions: z.array(z.object({ category: z.string(), name: z.string() })),
    }),
    allow: ['clerk', 'manager', 'console'],
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
export type ProcedureView = z.infer<typeof procedureView>;
export type SearchHit = z.infer<typeof searchHit>;
export type CatalogueInfo = z.infer<typeof catalogueInfo>;
export type ScaleStatus = z.infer<typeof scaleStatus>;
export type WeightRecord = z.infer<typeof weightRecord>;
export type SessionUser = z.infer<typeof sessionUser>;
export type UserRow = z.infer<typeof userRow>;

export function isCommandName(name: string): name is CommandName {
  return Object.hasOwn(commands, name);
}
