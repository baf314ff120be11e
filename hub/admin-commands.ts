// What an operator does to the hub: enrol, list, revoke, status, publish. One table of commands,
// each with its input checked by zod, run either on the database directly (the CLI on a
// PostgreSQL URL, or on a PGlite folder no hub has open) or by a running hub for the CLI
// (POST /v1/admin/<command>): the same checks either way.
import { z } from 'zod';
import { directiveKinds } from '../shared/sync/protocol';
import { listAlerts } from './alerts';
import { enrolCounter, listCounters, revokeCounter } from './counters';
import type { HubDatabase } from './db/hub-database';
import { DirectivePayloadError, publishDirective } from './directives';

const counterRef = z.object({ officeCode: z.string().trim().min(1).max(20), counterNumber: z.number().int().min(1).max(999) }).strict();
const target = z.union([
  z.object({ all: z.literal(true) }).strict(),
  z.object({ officeCode: z.string().min(1).max(20) }).strict(),
  z.object({ counterId: z.string().min(1).max(100) }).strict(),
]);
const publish = z
  .object({ kind: z.enum(directiveKinds), payload: z.record(z.string(), z.unknown()), target, publishedBy: z.string().trim().min(1).max(200) })
  .strict();

const commands = {
  enrol: { input: counterRef, run: (db: HubDatabase, r: z.infer<typeof counterRef>) => enrolCounter(db, r) },
  revoke: { input: counterRef, run: async (db: HubDatabase, r: z.infer<typeof counterRef>) => ({ revoked: await revokeCounter(db, r) }) },
  list: { input: z.object({}).strict(), run: async (db: HubDatabase) => ({ counters: await listCounters(db) }) },
  status: {
    input: z.object({}).strict(),
    run: async (db: HubDatabase) => ({
      counters: (await listCounters(db)).map((c) => ({
        officeCode: c.officeCode,
        counter: c.counter,
        counterId: c.counterId,
        ackedSeq: c.ackedSeq,
        headHash: c.headHash,
        lastSeenAt: c.lastSeenAt,
        lagSeconds: c.lagSeconds,
        revoked: c.revokedAt !== null,
      })),
      alerts: await listAlerts(db),
    }),
  },
  publish: {
    input: publish,
    // publishDirective checks the payload against the kind's schema (the counter's own rule).
    run: (db: HubDatabase, r: z.infer<typeof publish>) => publishDirective(db, { kind: r.kind, payload: r.payload, target: r.target, publishedBy: r.publishedBy }),
  },
} as const;

export type AdminCommand = keyof typeof commands;
export type AdminResult = { ok: true; value: unknown } | { ok: false; error: { code: 'BAD_INPUT'; message: string } };

export const isAdminCommand = (name: string): name is AdminCommand => Object.hasOwn(commands, name);

export async function runAdminCommand(db: HubDatabase, name: AdminCommand, input: unknown): Promise<AdminResult> {
  const command = commands[name];
  const parsed = command.input.safeParse(input);
  if (!parsed.success) return { ok: false, error: { code: 'BAD_INPUT', message: parsed.error.issues.map((i) => `${i.path.join('.') || '(input)'}: ${i.message}`).slice(0, 10).join('; ') } };
  try {
    return { ok: true, value: await (command.run as (db: HubDatabase, r: unknown) => Promise<unknown>)(db, parsed.data) };
  } catch (e) {
    if (e instanceof DirectivePayloadError) return { ok: false, error: { code: 'BAD_INPUT', message: e.problems.join('; ') } };
    throw e;
  }
}
