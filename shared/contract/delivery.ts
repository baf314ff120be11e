// Home delivery rounds and the overdue lists: the schemas of the `delivery.*` and
// `dossiers.overdue` commands (commands.ts lists them with their roles).
import { z } from 'zod';
import { deliveryFailureReasons } from '../delivery/delivery-rules';
import { dossierStatuses } from '../dossier/lifecycle';
import { defaultUncollectedDays } from '../dossier/overdue';
import { checkIdNumber, idKinds } from '../identity/identity-number';
import * as f from './fields';

const slipNumber = z.string().trim().min(1, { error: 'text.required' }).max(40, { error: 'text.tooLong' });

export const assignInput = {
  slipNumbers: z
    .array(slipNumber)
    .min(1)
    .max(100)
    .refine((s) => new Set(s).size === s.length, { error: 'slips.duplicate' }),
  /** Who takes the round out (the postman's name or route). */
  carrier: f.text(120),
  /** The address the citizen asked for; null takes the home address given at intake. */
  address: f.text(300).nullable().default(null),
};

/** Handed over at the door: to whom, with the identity number the law asks to record. */
const delivered = z
  .object({ kind: z.literal('delivered'), recipientName: f.personName, idKind: z.enum(idKinds), idNumber: z.string().max(40, { error: 'text.tooLong' }) })
  .strict()
  .transform((o, ctx) => {
    const id = checkIdNumber(o.idKind, o.idNumber, new Date().getFullYear(), true);
    if (!id.ok) {
      ctx.issues.push({ code: 'custom', path: ['idNumber'], message: id.problem, input: o, ...(id.params && { params: id.params }) });
      return z.NEVER;
    }
    return { kind: o.kind, recipientName: o.recipientName, recipientIdNumber: `${o.idKind}:${id.value}` };
  });

/** Not delivered: a reason from the list, and a note ("other" needs one). */
const failed = z
  .object({ kind: z.literal('failed'), reason: z.enum(deliveryFailureReasons), note: f.text(300).nullable().default(null) })
  .strict()
  .refine((o) => o.reason !== 'other' || o.note !== null, { error: 'text.required', path: ['note'] });

export const attemptInput = { slipNumber, outcome: z.union([delivered, failed]) };

export const giveBackInput = { slipNumber, to: z.enum(['counter', 'agency']), reason: f.text(300) };

export const assignOutput = z.object({
  roundId: z.string(),
  day: z.string(),
  dossiers: z.array(z.object({ slipNumber: z.string(), s10: z.string(), address: z.string() })),
});

export const attemptOutput = z.object({
  attemptNumber: z.number().int(),
  status: z.enum(dossierStatuses),
  failedAttempts: z.number().int(),
  allowedFailures: z.number().int(),
});

export const giveBackOutput = z.object({ slipNumber: z.string(), status: z.enum(dossierStatuses) });

const deliveryRow = z.object({
  slipNumber: z.string(),
  s10: z.string(),
  status: z.enum(dossierStatuses),
  applicantName: z.string(),
  phone: z.string(),
  address: z.string(),
  roundId: z.string().nullable(),
  carrier: z.string().nullable(),
  failedAttempts: z.number().int(),
  /** A failed attempt cannot be recorded before this day (the working days apart). */
  nextAttemptFrom: z.string().nullable(),
  maySendBackToAgency: z.boolean(),
});

export const listOutput = z.object({ dossiers: z.array(deliveryRow), allowedFailures: z.number().int(), ruleSource: z.string() });

export const overdueInput = {
  uncollectedDays: z.number({ error: 'uncollectedDays.range' }).int({ error: 'uncollectedDays.range' }).min(1, { error: 'uncollectedDays.range' }).max(90, { error: 'uncollectedDays.range' }).default(defaultUncollectedDays),
  limit: z.number().int().min(1).max(500).default(100),
};

const overdueRow = z.object({
  slipNumber: z.string(),
  s10: z.string(),
  status: z.enum(dossierStatuses),
  applicantName: z.string(),
  phone: z.string(),
  procedureName: z.string(),
  dueDate: z.string(),
  /** Calendar days past the due date (0 when it is not yet due). */
  daysLate: z.number().int(),
  /** When the dossier reached its current status. */
  since: z.string(),
});
const overdueList = z.object({ total: z.number().int(), dossiers: z.array(overdueRow) });

export const overdueOutput = z.object({
  today: z.string(),
  uncollectedDays: z.number().int(),
  byStatus: z.array(overdueList.extend({ status: z.enum(dossierStatuses) })),
  awaitingAgency: overdueList,
  uncollected: overdueList,
});
