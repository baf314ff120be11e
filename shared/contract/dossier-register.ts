// The dossier register's part of the contract: one query box over every dossier, and a
// dossier's page (what its receipt says, status, and every ledger entry about it).
import { z } from 'zod';
import { dossierStatuses } from '../dossier/lifecycle';
import { idKinds } from '../identity/identity-number';
import { dossierServiceIds } from '../tariff/tariff';
import * as f from './fields';
import { agencyResultReady } from './agency-results';

const status = z.enum(dossierStatuses, { error: 'dossier.status' });

export const dossierFindInput = z
  .object({
    /** Slip number (dashes or not), S10, the receipt QR's text, a name, an ID number or a phone; empty: filters only. */
    query: z.string().max(200, { error: 'text.tooLong' }).default(''),
    /** Received on or after / on or before these days (the counter's local day). */
    from: f.realIsoDay.nullable().default(null),
    to: f.realIsoDay.nullable().default(null),
    procedureCode: z.string().trim().min(1).max(40).nullable().default(null),
    status: status.nullable().default(null),
    limit: z.number().int().min(1).max(200).default(50),
  })
  .strict();

export const dossierHit = z.object({
  slipNumber: z.string(),
  s10: z.string(),
  applicantName: z.string(),
  procedureCode: z.string(),
  procedureName: z.string(),
  receivedAt: f.instant,
  status,
  dueDate: z.string(),
  /** The department has finished it and the result waits there to be collected (agency-results.ts). */
  readyAtAgency: z.boolean(),
});

export const dossierFindOutput = z.object({
  /** How the query was read: the clerk sees whether a number was taken as a slip, an ID or a phone. */
  readAs: z.enum(['all', 'slip', 's10', 'number', 'name']),
  hits: z.array(dossierHit),
  /** More dossiers match than `limit`: narrow the query. */
  more: z.boolean(),
});

/** What a correction may change after intake (dossiers.correct); the rest needs a void. */
export const correctableFields = ['phone', 'address', 'applicantName', 'returnMethod'] as const;

export const dossierShowInput = z.object({ ref: z.string().trim().min(1).max(200) }).strict();

const moneyLine = z.object({ label: z.string(), vnd: z.number().int() });

/** One ledger entry about the dossier, for people: its kind is worded by `entryKindLabels`. */
export const timelineEntry = z.object({
  seq: z.number().int(),
  kind: z.string(),
  at: f.instant,
  /** The counter's local time (Asia/Ho_Chi_Minh). */
  atLocal: z.string(),
  actorKind: z.enum(['user', 'system', 'centre', 'console']),
  actorName: z.string().nullable(),
  deviceId: z.string(),
  correctsSeq: z.number().int().nullable(),
  /** The reason the entry gives (a reprint, a correction, a void), if any. */
  reason: z.string().nullable(),
  /** The status change this entry made to this dossier, if any. */
  move: z.object({ from: status, to: status }).nullable(),
});

export const dossierDetail = z.object({
  slipNumber: z.string(),
  s10: z.string(),
  qrPayload: z.string(),
  status,
  /** TrangThaiHoSo of the national convention; null for a dossier voided before it left. */
  nationalCode: z.number().int().nullable(),
  receivedAt: f.instant,
  dueDate: z.string(),
  officeName: z.string(),
  counterNumber: z.number().int(),
  clerkName: z.string(),
  applicant: z.object({
    kind: z.enum(['person', 'organisation']),
    name: z.string(),
    idKind: z.enum(idKinds),
    idNumber: z.string(),
    phone: z.string(),
    email: z.string().nullable(),
    address: z.string(),
  }),
  procedure: z.object({ code: z.string(), name: z.string(), caseName: z.string(), agency: z.string(), sample: z.boolean() }),
  service: z.enum(dossierServiceIds),
  returnMethod: z.object({ kind: z.enum(['counter', 'home']), address: z.string().nullable() }),
  papers: z.array(z.object({ name: z.string(), originals: z.number().int(), copies: z.number().int() })),
  weight: z.object({ grams: z.number().int(), manual: z.boolean() }),
  fees: z.object({ lines: z.array(moneyLine), totalVnd: z.number().int(), exemptionReason: z.string().nullable() }),
  postal: z.object({ lines: z.array(moneyLine), totalVnd: z.number().int(), tariffVersion: z.string() }),
  totalVnd: z.number().int(),
  payment: z.discriminatedUnion('method', [
    z.object({ method: z.literal('cash'), tenderedVnd: z.number().int(), changeVnd: z.number().int() }),
    z.object({ method: z.literal('transfer'), reference: z.string() }),
  ]),
  timeline: z.array(timelineEntry),
  /**
   * The fields above that a correction changed since intake: the record shows their current
   * values; each change is a dossier.corrected entry on the timeline (dossiers.corrections has
   * the before and after).
   */
  corrected: z.array(z.enum(correctableFields)),
  /** The result ready at the department since, with its papers, until checked in at the post office; else null. */
  readyAtAgency: agencyResultReady.nullable(),
});

export type DossierFindArgs = z.output<typeof dossierFindInput>;
export type DossierHit = z.infer<typeof dossierHit>;
export type DossierFindResult = z.infer<typeof dossierFindOutput>;
export type TimelineEntry = z.infer<typeof timelineEntry>;
export type DossierDetail = z.infer<typeof dossierDetail>;
