// Handover to the one-stop department (Biên bản giao nhận hồ sơ): the contract's schemas for
// batches, kept beside commands.ts so the handover commands read as one group.
import { z } from 'zod';
import { dossierStatuses } from '../dossier/lifecycle';
import * as f from './fields';

export const dossierStatus = z.enum(dossierStatuses);

/** A slip number, an S10 or the receipt's QR text, as typed or scanned; the service finds the dossier it names. */
export const dossierScan = z.string().trim().min(1, { error: 'text.required' }).max(80);
/** <office>-<counter>-BG-<YYMMDD>-<seq>, upper-cased as typed or scanned. */
export const batchNumber = z.string().trim().toUpperCase().min(1, { error: 'text.required' }).max(60);

export const handoverBatchSummary = z.object({
  number: z.string(),
  agency: z.string(),
  openedAt: f.instant,
  signedAt: f.instant.nullable(),
  receiverName: z.string().nullable(),
  dossiers: z.number().int(),
  feesVnd: z.number().int(),
});

export const handoverItem = z.object({
  slipNumber: z.string(),
  s10: z.string(),
  procedureCode: z.string(),
  procedureName: z.string(),
  applicantName: z.string(),
  papers: z.array(z.object({ name: z.string(), originals: z.number().int(), copies: z.number().int() })),
  feesVnd: z.number().int(),
  feeLines: z.array(z.object({ label: z.string(), vnd: z.number().int() })),
  /**
   * The number of the receipt for the fees collected on the agency's behalf. Intake records no
   * separate fee receipt yet (the post's slip is the only receipt issued), so this is null and
   * the record says so.
   */
  feeReceiptNumber: z.string().nullable(),
  status: dossierStatus,
  departmentCode: z.string().nullable(),
  appointmentDate: z.string().nullable(),
  reason: z.string().nullable(),
});

export const handoverBatch = handoverBatchSummary.extend({
  office: z.object({ code: z.string(), name: z.string(), counterNumber: z.number().int() }),
  /** The receiving one-stop department as the directory has it (unit code where known). */
  department: z.object({ name: z.string(), unitCode: z.string().nullable(), address: z.string().nullable() }),
  items: z.array(handoverItem),
});

/** A dossier received today that is in no batch yet (nor voided, nor a return only). */
export const handoverMissing = z.object({
  slipNumber: z.string(),
  s10: z.string(),
  agency: z.string(),
  applicantName: z.string(),
  receivedAt: f.instant,
});

/** What the department said of a dossier after the handover. */
export const handoverOutcome = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('accepted'), departmentCode: f.agencyDossierCode, appointmentDate: f.realIsoDay.nullable().default(null) }).strict(),
  z.object({ kind: z.literal('refused'), reason: f.text(300) }).strict(),
  z.object({ kind: z.literal('supplementRequested'), reason: f.text(300) }).strict(),
  z.object({ kind: z.literal('supplementCompleted') }).strict(),
]);

export type HandoverBatch = z.infer<typeof handoverBatch>;
export type HandoverBatchSummary = z.infer<typeof handoverBatchSummary>;
export type HandoverItem = z.infer<typeof handoverItem>;
export type HandoverMissing = z.infer<typeof handoverMissing>;
export type HandoverOutcome = z.infer<typeof handoverOutcome>;
