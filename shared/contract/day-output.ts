// What leaves the counter about a day: the report as an A4 PDF and as CSV tables, the dossiers
// per hour its charts draw, and the office view — a counter's signed day file, imported by the
// manager of another counter of the same post office to see the office's day together (until
// sync brings the counters' days automatically). commands.ts spreads `dayOutputCommands` in.
import { z } from 'zod';
import type { CommandSpec } from './commands';
import { dayReport } from './day';
import * as f from './fields';

const spec = <I extends z.ZodType, O extends z.ZodType>(s: CommandSpec<I, O>) => s;
const mutation = <S extends z.ZodRawShape>(shape: S) => z.object({ ...shape, idempotencyKey: f.idempotencyKey }).strict();

/** Dossiers received in one local hour (0–23) of the day. */
export const hourCount = z.object({ hour: z.number().int().min(0).max(23), count: z.number().int() });
export type HourCount = z.infer<typeof hourCount>;

export const dayFileFormat = 'onestop-counter-day-file';

/**
 * The signed day file. `body` is what the signature covers (its canonical JSON); `publicKey` is
 * the exporting counter's Ed25519 key (SPKI DER, base64), `signature` base64.
 */
export const dayFileBody = z.object({
  format: z.literal(dayFileFormat),
  version: z.literal(1),
  counter: z.object({ officeCode: z.string(), officeName: z.string(), counterNumber: z.number().int(), deviceId: z.string() }),
  exportedAt: f.instant,
  report: dayReport,
  hours: z.array(hourCount),
});
export const dayFile = z.object({ body: dayFileBody, publicKey: z.string().max(200), signature: z.string().max(200) }).strict();
export type DayFileBody = z.infer<typeof dayFileBody>;
export type DayFile = z.infer<typeof dayFile>;

/** One counter's day as the office view shows it (this counter's own, or an imported file). */
export const officeCounterDay = z.object({
  counterNumber: z.number().int(),
  source: z.enum(['this', 'imported']),
  deviceId: z.string(),
  state: z.enum(['open', 'closed']),
  zNumber: z.number().int().nullable(),
  provisional: z.boolean(),
  /** The day's last entry the figures stand on. */
  lastEntry: z.object({ seq: z.number().int(), hash: z.string() }).nullable(),
  importedAtLocal: z.string().nullable(),
  keyFingerprint: z.string().nullable(),
  expectedCashVnd: z.number().int(),
  countedCashVnd: z.number().int().nullable(),
  differenceVnd: z.number().int().nullable(),
  feesVnd: z.number().int(),
  postalVnd: z.number().int(),
  dossiersReceived: z.number().int(),
  notHandedOver: z.number().int(),
});

const amountLine = z.object({ name: z.string(), vnd: z.number().int() });

export const officeDay = z.object({
  day: f.isoDay,
  officeCode: z.string(),
  counters: z.array(officeCounterDay),
  totals: z.object({
    expectedCashVnd: z.number().int(),
    /** Null while any counter's drawers are not all counted. */
    differenceVnd: z.number().int().nullable(),
    feesVnd: z.number().int(),
    postalVnd: z.number().int(),
    dossiersReceived: z.number().int(),
    notHandedOver: z.number().int(),
  }),
  feesByAgency: z.array(amountLine),
  postalByService: z.array(amountLine),
  hours: z.array(hourCount),
});
export type OfficeDay = z.infer<typeof officeDay>;
export type OfficeCounterDay = z.infer<typeof officeCounterDay>;

const pdfOutput = z.object({ fileName: z.string(), pdfBase64: z.string() });

export const dayOutputCommands = {
  /** The day's dossiers per local hour, for the charts. */
  'day.hours': spec({
    input: z.object({ day: f.realIsoDay }).strict(),
    output: z.object({ hours: z.array(hourCount) }),
    allow: ['clerk', 'manager', 'console'],
    mutates: false,
  }),
  /** The day's report (Z when closed, X otherwise) as an A4 PDF. */
  'day.reportPdf': spec({
    input: z.object({ day: f.realIsoDay }).strict(),
    output: pdfOutput,
    allow: ['clerk', 'manager', 'console'],
    mutates: false,
  }),
  /** Each table of the day's report as a CSV file (UTF-8 with BOM). */
  'day.csv': spec({
    input: z.object({ day: f.realIsoDay }).strict(),
    output: z.object({ files: z.array(z.object({ fileName: z.string(), csv: z.string() })) }),
    allow: ['clerk', 'manager', 'console'],
    mutates: false,
  }),
  /** This counter's day as a signed day file, for the office's other counters. */
  'office.exportDay': spec({
    input: z.object({ day: f.realIsoDay }).strict(),
    output: z.object({ fileName: z.string(), content: z.string(), keyFingerprint: z.string() }),
    allow: ['manager', 'console'],
    mutates: false,
  }),
  /**
   * Imports another counter's signed day file. Refused: a file not signed by its key or changed
   * since, another office's, this counter's own, or signed by another key than that counter's earlier files.
   */
  'office.importDay': spec({
    input: mutation({ content: z.string().max(20_000_000) }),
    output: z.object({ seq: z.number().int(), day: f.isoDay, counterNumber: z.number().int(), zNumber: z.number().int().nullable(), provisional: z.boolean(), keyFingerprint: z.string(), firstFromCounter: z.boolean(), replaced: z.boolean() }),
    allow: ['manager', 'console'],
    mutates: true,
  }),
  /** The office's day: this counter's and the imported counters' figures side by side, and their totals. */
  'office.day': spec({
    input: z.object({ day: f.realIsoDay }).strict(),
    output: officeDay,
    allow: ['manager', 'console'],
    mutates: false,
  }),
} as const;
