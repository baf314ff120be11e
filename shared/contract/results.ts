// Results back from the agency and returned to the citizen: the schemas of the `results.*`
// commands (commands.ts lists them with their roles). Kept beside the contract so the rules a
// screen, the console and the service check are the same ones.
import { z } from 'zod';
import { checkIdNumber, idKinds } from '../identity/identity-number';
import { dossierStatuses } from '../dossier/lifecycle';
import * as f from './fields';

/** What a clerk scans or types to name a dossier: its slip number, S10, the receipt's QR text, or the agency's dossier code. */
export const resultScan = z.string().trim().min(1, { error: 'text.required' }).max(200, { error: 'text.tooLong' });

/** A paper that came back, with how many sheets or copies. */
const resultPaper = z.object({ name: f.text(200), count: z.number().int().min(1).max(99) }).strict();

export const checkInInput = {
  scan: resultScan,
  /**
   * The check-in session (one delivery from the agency), made by the screen when it opens; the
   * results receipt record lists every result checked in under it.
   */
  session: z.string().regex(/^[A-Za-z0-9._:-]{4,100}$/, { error: 'idempotencyKey.format' }),
  resultPapers: z.array(resultPaper).max(50).default([]),
  /** The citizen's original papers the agency sent back with the result. */
  originalsToReturn: z.array(f.text(200)).max(50).default([]),
  /** Originals the agency asks the post office to take back from the citizen on return. */
  papersToReclaim: z.array(f.text(200)).max(50).default([]),
  /** A fee the agency left for the post office to collect on return (whole VND). */
  feeDueVnd: f.vnd.default(0),
};

/** An identity number as typed at the counter, checked by the rules of its kind and kept normalised. */
const typedId = z
  .object({ idKind: z.enum(idKinds), idNumber: z.string().max(40, { error: 'text.tooLong' }) })
  .transform((a, ctx) => {
    const id = checkIdNumber(a.idKind, a.idNumber, new Date().getFullYear(), true);
    if (!id.ok) {
      ctx.issues.push({ code: 'custom', path: ['idNumber'], message: id.problem, input: a, ...(id.params && { params: id.params }) });
      return z.NEVER;
    }
    return { ...a, idNumber: id.value };
  });

/** Who takes the result: the applicant in person (their ID typed), or a proxy with a certified authorisation letter. */
export const receiver = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('applicant'), idNumber: z.string().trim().min(1, { error: 'text.required' }).max(40, { error: 'text.tooLong' }) }).strict(),
  z
    .object({
      kind: z.literal('proxy'),
      name: f.text(200),
      idKind: z.enum(idKinds),
      idNumber: z.string().max(40, { error: 'text.tooLong' }),
      /** The authorisation letter's number or date, as written on it. */
      authorisationRef: f.text(100),
      /** The clerk saw the local authority's (or the agency's) certification on the letter. */
      certified: z.literal(true, { error: 'results.certified' }),
    })
    .strict()
    .transform((p, ctx) => {
      const id = typedId.safeParse({ idKind: p.idKind, idNumber: p.idNumber });
      if (!id.success) {
        for (const issue of id.error.issues) ctx.issues.push({ ...issue, input: p } as never);
        return z.NEVER;
      }
      return { ...p, idNumber: id.data.idNumber };
    }),
]);

export const feeCollected = z
  .object({ amountVnd: f.vnd, method: z.enum(['cash', 'transfer']), receiptNumber: f.text(60) })
  .strict();

export const returnInput = {
  scan: resultScan,
  receiver,
  /** Required when a fee is still due; its amount must be exactly what is due. */
  fee: feeCollected.nullable().default(null),
  /** The originals the agency asked for, ticked as taken back. */
  reclaimed: z.array(f.text(200)).max(50).default([]),
};

export const notifiedInput = {
  slipNumber: z.string().trim().min(1).max(40),
  channel: z.enum(['phone', 'sms', 'letter']).default('phone'),
};

const status = z.enum(dossierStatuses);

/** A result waiting at the post office: what the notify list, the return form and `results pending` show. */
export const waitingResult = z.object({
  slipNumber: z.string(),
  s10: z.string(),
  status,
  applicantName: z.string(),
  phone: z.string(),
  procedureName: z.string(),
  returnMethod: z.enum(['counter', 'home']),
  checkedInAt: f.instant,
  feeDueVnd: z.number().int(),
  notices: z.number().int(),
  lastNoticeAt: f.instant.nullable(),
  resultPapers: z.array(z.object({ name: z.string(), count: z.number().int() })),
  originalsToReturn: z.array(z.string()),
  papersToReclaim: z.array(z.string()),
});

export const checkInOutput = z.object({ result: waitingResult, seq: z.number().int(), sessionCount: z.number().int() });
export const returnOutput = z.object({ slipNumber: z.string(), seq: z.number().int(), printJobId: z.string(), fileName: z.string(), pdfBase64: z.string() });
export const pdfOutput = z.object({ fileName: z.string(), pdfBase64: z.string() });

export type WaitingResult = z.output<typeof waitingResult>;
export type Receiver = z.output<typeof receiver>;
