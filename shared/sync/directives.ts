// What each kind of directive from the province hub carries. The hub sends a payload as a plain
// record (shared/sync/protocol.ts); the counter checks it here before applying it, and a payload
// that fails is recorded as refused (an entry) rather than applied half-way or skipped silently.
import { z } from 'zod';
import { yearOverrides } from '../calendar/overrides';
import { tariffFile } from '../tariff/tariff';
import { agencyDossierCode, realIsoDay } from '../contract/fields';
import { isReservedService } from '../identity/s10';
import type { DirectiveKind } from './protocol';

const text = z.string().trim().min(1).max(2000);

/**
 * A new catalogue of procedures: the same shape as a catalogue file (`{procedures, sample?}`), so
 * the hub publishes the file the portal exported and the counter checks each record with the
 * catalogue import's own rules.
 */
export const catalogueVersionDirective = z.object({ procedures: z.array(z.unknown()).min(1), sample: z.boolean().optional() }).passthrough();

/**
 * One year's holiday decisions (which days an occasion takes, extra days off, Saturdays worked),
 * in the shape of a year of resources/calendar/overrides.json: it replaces that year's entry there.
 */
export const calendarOverrideDirective = yearOverrides;

/** A postal tariff published by the centre, in force on receipt: a tariff file as resources/tariff has it (its version is recorded on each dossier). */
export const tariffVersionDirective = tariffFile;

/** The province's one-stop departments, whole (a department missing from it is no longer listed). */
export const agencyDirectoryDirective = z
  .object({
    agencies: z
      .array(
        z
          .object({ name: text, unitCode: z.string().trim().max(50).nullable().default(null), address: z.string().max(500).nullable().default(null), phone: z.string().max(50).nullable().default(null) })
          .strict(),
      )
      .min(1),
  })
  .strict();

/** A block of postal item numbers (S10) this counter may print on envelopes, as a manager sets one (intake.configure). */
export const s10RangeDirective = z
  .object({
    service: z.string().regex(/^[A-Z]{2}$/).refine((v) => !isReservedService(v), 'reserved service letters'),
    first: z.number().int().min(0).max(99_999_999),
    last: z.number().int().min(0).max(99_999_999),
  })
  .strict()
  .refine((r) => r.first <= r.last, { message: 'first must not be after last' });

/**
 * What a one-stop department did with a dossier this counter took in (produced by the connector
 * to the one-stop system): accepted (with its own dossier code and appointment date), asked for
 * more papers, refused, withdrawn, or done (the result is ready at the agency).
 */
export const dossierStatusDirective = z.discriminatedUnion('status', [
  z.object({ slipNumber: text, status: z.literal('accepted'), departmentCode: agencyDossierCode, appointmentDate: realIsoDay }).strict(),
  z.object({ slipNumber: text, status: z.literal('supplementRequested'), reason: text }).strict(),
  z.object({ slipNumber: text, status: z.literal('refused'), reason: text }).strict(),
  z.object({ slipNumber: text, status: z.literal('withdrawn'), reason: text }).strict(),
  // The result is ready at the department: its papers (names, as the one-stop system lists them)
  // and when it finished, so the post office knows what to collect and since when.
  z
    .object({
      slipNumber: text,
      status: z.literal('done'),
      resultPapers: z.array(text).max(200).default([]),
      finishedAt: z.iso.datetime({ offset: true }).optional(),
    })
    .strict(),
]);

export type DossierStatusDirective = z.infer<typeof dossierStatusDirective>;

/** A correction to money the centre proposes (a fee refunded or due); a counter manager accepts or rejects it. */
export const moneyProposalDirective = z
  .object({ slipNumber: text, amountVnd: z.number().int().refine((n) => n !== 0, 'amount must not be zero'), reason: text })
  .strict();

export const directivePayloads = {
  'catalogue.version': catalogueVersionDirective,
  'calendar.override': calendarOverrideDirective,
  'tariff.version': tariffVersionDirective,
  'agency.directory': agencyDirectoryDirective,
  's10.range': s10RangeDirective,
  'dossier.status': dossierStatusDirective,
  'money.proposal': moneyProposalDirective,
} as const satisfies Record<DirectiveKind, z.ZodType>;

/** The ledger entry kind a directive of this kind is recorded as on the counter. */
export const directiveEntryKind = (kind: DirectiveKind) => `centre.${kind}` as const;
/** The entry kind of a directive the counter refused (its payload failed the checks above). */
export const refusedDirectiveEntryKind = 'centre.directive_refused';
/** One key per directive for ever: applying it twice (a crash before the cursor moved) posts nothing. */
export const directiveIdempotencyKey = (id: number) => `hub-directive-${id}`;
