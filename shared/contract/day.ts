// End of day: drawer sessions, the X report (any time, changes nothing), the Z report (the close,
// numbered and anchored to the day's last entry), the re-check of a closed day, and the drill-down
// from any figure to the entries behind it. commands.ts spreads `dayCommands` into the contract.
//
// Money is whole VND. A "day" is the counter's local calendar day (Asia/Ho_Chi_Minh, the
// entry's `at_local`): an entry at 23:59:59 belongs to that day, one at 00:00:00 to the next.
import { z } from 'zod';
import type { CommandSpec } from './commands';
import * as f from './fields';

const spec = <I extends z.ZodType, O extends z.ZodType>(s: CommandSpec<I, O>) => s;
const mutation = <S extends z.ZodRawShape>(shape: S) => z.object({ ...shape, idempotencyKey: f.idempotencyKey }).strict();

/** Vietnamese notes in circulation, largest first; coins (rare at a counter) are the small values. */
export const noteValues = [500_000, 200_000, 100_000, 50_000, 20_000, 10_000, 5_000, 2_000, 1_000] as const;
export const coinValues = [5_000, 2_000, 1_000, 500, 200] as const;

/** How many of one note (or coin) were counted. */
export const denominationCount = z
  .object({
    valueVnd: z.number().int(),
    coin: z.boolean().default(false),
    count: z.number({ error: 'count.whole' }).int({ error: 'count.whole' }).min(0, { error: 'count.whole' }).max(100_000, { error: 'count.whole' }),
  })
  .strict()
  .refine((d) => (d.coin ? (coinValues as readonly number[]) : (noteValues as readonly number[])).includes(d.valueVnd), {
    error: 'drawer.denomination',
    path: ['valueVnd'],
  });

/** A count of the drawer by denomination; each denomination at most once. */
export const drawerCount = z
  .array(denominationCount)
  .max(noteValues.length + coinValues.length)
  .refine((c) => new Set(c.map((d) => `${d.coin ? 'c' : 'n'}${d.valueVnd}`)).size === c.length, { error: 'drawer.denominationTwice' });

/** A count as the report shows it: the lines and their total. */
export const countView = z.object({
  lines: z.array(z.object({ valueVnd: z.number().int(), coin: z.boolean(), count: z.number().int(), vnd: z.number().int() })),
  totalVnd: z.number().int(),
});

/**
 * One figure of a report: its amount, how many entries make it, and the key that `day.drill`
 * takes to list those entries (for the same day, or the same period).
 */
export const figure = z.object({ vnd: z.number().int(), count: z.number().int(), drill: z.string() });

/** A transfer, listed by its reference and never counted as cash. */
const transferLine = z.object({
  seq: z.number().int(),
  slipNumber: z.string().nullable(),
  reference: z.string(),
  vnd: z.number().int(),
  /** What the money was for: an intake, a fee collected on return, a refund of a void (negative vnd). */
  what: z.enum(['intake', 'returnFee', 'voidRefund']),
});

const person = z.object({ id: z.string().nullable(), name: z.string() });

/**
 * One drawer session: its float, the cash figures of the expected-cash formula, and the count.
 * expected = float + cashTaken − changeGiven − voidRefunds − cashOut + cashIn, where cashTaken is
 * what the citizens handed over in cash (fees on behalf + postal charges, fees collected at return
 * time included; `tendered` of an intake, so change given comes back out).
 */
export const drawerSession = z.object({
  drawerId: z.string(),
  clerk: person,
  openedSeq: z.number().int(),
  openedAtLocal: z.string(),
  opening: countView,
  floatVnd: z.number().int(),
  cashTaken: figure,
  /** Of cashTaken: fees on behalf taken at intake, postal charges, fees collected on return. */
  feesCash: figure,
  postalCash: figure,
  returnFeesCash: figure,
  changeGiven: figure,
  voidRefunds: figure,
  cashOut: figure,
  cashIn: figure,
  expectedVnd: z.number().int(),
  transfers: z.array(transferLine),
  /** Null while the drawer is open. */
  close: z
    .object({
      seq: z.number().int(),
      atLocal: z.string(),
      closedBy: person,
      counted: countView,
      differenceVnd: z.number().int(),
      /** Null when the count matched. */
      differenceReason: z.string().nullable(),
      differenceSeq: z.number().int().nullable(),
      approvedBy: person.nullable(),
    })
    .nullable(),
});

const feeLine = z.object({
  seq: z.number().int(),
  atLocal: z.string(),
  slipNumber: z.string(),
  procedure: z.string(),
  payer: z.string(),
  /** Negative for a refund of a void. */
  vnd: z.number().int(),
  method: z.enum(['cash', 'transfer']),
  reference: z.string().nullable(),
  /** The fee receipt (biên lai) number where one was written (fees collected on return). */
  receiptNumber: z.string().nullable(),
  when: z.enum(['intake', 'return', 'void']),
  exemptionReason: z.string().nullable(),
});

/** Bảng kê thu hộ phí, lệ phí: one agency's fees taken on its behalf. */
export const agencyFees = z.object({
  agency: z.string(),
  lines: z.array(feeLine),
  collected: figure,
  cash: figure,
  transfer: figure,
  refunded: figure,
  /** Fees of the dossiers handed over to the agency this day (the handover records). */
  handedOver: figure,
  /** collected − refunded of dossiers not yet handed over at the end of the day. */
  heldVnd: z.number().int(),
});

/** Bảng kê doanh thu cước: one postal service's revenue. */
export const serviceRevenue = z.object({
  service: z.string(),
  dossiers: figure,
  /** Before exemptions. */
  gross: figure,
  exempted: figure,
  refunded: figure,
  netVnd: z.number().int(),
  exemptions: z.array(z.object({ reason: z.string(), count: z.number().int(), vnd: z.number().int(), drill: z.string() })),
});

const dossierBrief = z.object({ slipNumber: z.string(), receivedAtLocal: z.string(), procedure: z.string(), applicant: z.string() });

export const dossierCounts = z.object({
  received: figure,
  voided: figure,
  handedOver: figure,
  resultsReceived: figure,
  returned: figure,
  /** This day's dossiers still not handed over, at the moment of the report. */
  notHandedOver: z.object({ count: z.number().int(), list: z.array(dossierBrief) }),
  /** This day's dossiers open past their due date at the moment of the report. */
  overdue: z.number().int(),
});

export const receiptFigures = z.object({
  printed: figure,
  reprinted: z.array(z.object({ seq: z.number().int(), atLocal: z.string(), slipNumber: z.string(), reason: z.string().nullable() })),
  pdfIssued: figure,
});

/** The day's slip numbers: voided ones explain a number no dossier continues; missing ones are flagged. */
export const slipNumbers = z.object({
  first: z.string().nullable(),
  last: z.string().nullable(),
  count: z.number().int(),
  voided: z.array(z.string()),
  missing: z.array(z.string()),
});

/** An entry posted on this day that belongs to an already closed day (a correction, a void, a cash move). */
export const lateEntry = z.object({
  seq: z.number().int(),
  kind: z.string(),
  atLocal: z.string(),
  forDay: z.string(),
  slipNumber: z.string().nullable(),
  vnd: z.number().int(),
});

export const provisionalReason = z.object({ kind: z.enum(['printsWaiting', 'unsynced']), count: z.number().int() });

/** The X or Z report of one local day. */
export const dayReport = z.object({
  day: f.isoDay,
  office: z.object({ code: z.string(), name: z.string(), counterNumber: z.number().int() }),
  /** 'open': an X report (nothing changed); 'closed': the Z report as it was sealed. */
  state: z.enum(['open', 'closed']),
  zNumber: z.number().int().nullable(),
  provisional: z.boolean(),
  provisionalReasons: z.array(provisionalReason),
  closedSeq: z.number().int().nullable(),
  closedAtLocal: z.string().nullable(),
  closedBy: person.nullable(),
  /** The day's last entry (the Z report's anchor); null for a day without entries. */
  lastEntry: z.object({ seq: z.number().int(), hash: z.string() }).nullable(),
  generatedAtLocal: z.string(),
  drawers: z.array(drawerSession),
  /** Cash taken by a user without an open drawer: never lost, shown apart for the manager. */
  cashWithoutDrawer: figure,
  cash: z.object({ floatVnd: z.number().int(), expectedVnd: z.number().int(), countedVnd: z.number().int().nullable(), differenceVnd: z.number().int().nullable() }),
  feesOnBehalf: z.array(agencyFees),
  postalRevenue: z.array(serviceRevenue),
  dossiers: dossierCounts,
  receipts: receiptFigures,
  slips: slipNumbers,
  /** Entries of this day that belong to closed days, shown here as the issue asks. */
  lateEntries: z.array(lateEntry),
  /** Earlier Z reports of this day replaced when a provisional close was re-issued. */
  supersedes: z.array(z.object({ zNumber: z.number().int(), seq: z.number().int() })),
});

/** Totals over a period (a month): the same sections without the per-entry lists. */
export const periodReport = z.object({
  from: f.isoDay,
  to: f.isoDay,
  days: z.array(z.object({ day: f.isoDay, zNumber: z.number().int().nullable(), provisional: z.boolean(), dossiers: z.number().int(), cashTakenVnd: z.number().int(), feesVnd: z.number().int(), postalVnd: z.number().int() })),
  feesByAgency: z.array(z.object({ agency: z.string(), collected: figure, refunded: figure })),
  postalByService: z.array(z.object({ service: z.string(), dossiers: figure, gross: figure, exempted: figure, refunded: figure })),
  cashTaken: figure,
  changeGiven: figure,
  voidRefunds: figure,
  cashOut: figure,
  cashIn: figure,
});

/** One entry behind a figure. */
export const drillEntry = z.object({
  seq: z.number().int(),
  kind: z.string(),
  atLocal: z.string(),
  slipNumber: z.string().nullable(),
  vnd: z.number().int(),
  actorName: z.string().nullable(),
});

/** What the re-check of a closed day found: each problem names the entry (seq) or the figure. */
export const dayCheckProblem = z.object({
  problem: z.enum(['anchor_mismatch', 'entry_changed', 'figure_mismatch', 'chain']),
  seq: z.number().int().nullable(),
  figure: z.string().nullable(),
  expected: z.string().nullable(),
  found: z.string().nullable(),
});

/** A period from one day to another, at most 366 days, not backwards. */
const withinYear = (p: { from: string; to: string }) => {
  const span = (Date.parse(`${p.to}T00:00:00Z`) - Date.parse(`${p.from}T00:00:00Z`)) / 86_400_000;
  return span >= 0 && span <= 365;
};

const managerApproval = { managerId: f.userId.optional(), managerPin: f.pin.optional() };

const drawerCloseOutput = z.object({
  drawerId: z.string(),
  seq: z.number().int(),
  expectedVnd: z.number().int(),
  countedVnd: z.number().int(),
  differenceVnd: z.number().int(),
  differenceSeq: z.number().int().nullable(),
  approvedBy: z.string().nullable(),
});

export const dayCommands = {
  /** The tolerance above which a drawer difference needs a manager's approval. */
  'day.settings': spec({
    input: z.object({}).strict(),
    output: z.object({ toleranceVnd: z.number().int() }),
    allow: ['clerk', 'manager', 'console'],
    mutates: false,
  }),
  'day.configure': spec({
    input: mutation({ toleranceVnd: f.vnd }),
    output: z.object({ toleranceVnd: z.number().int(), seq: z.number().int() }),
    allow: ['manager'],
    mutates: true,
  }),
  /** Opens the caller's drawer with a float counted by denomination. */
  'drawer.open': spec({
    input: mutation({ count: drawerCount }),
    output: z.object({ drawerId: z.string(), seq: z.number().int(), day: f.isoDay, floatVnd: z.number().int() }),
    allow: ['clerk', 'manager'],
    mutates: true,
  }),
  /** The caller's open drawer with its expected cash so far; null when none is open. */
  'drawer.current': spec({
    input: z.object({}).strict(),
    output: z.object({ drawer: drawerSession.nullable() }),
    allow: ['clerk', 'manager'],
    mutates: false,
  }),
  /**
   * Cash paid in or out of a drawer (paid into the bank, change float topped up), with a reason.
   * `drawerId` defaults to the caller's open drawer; a manager may name any open drawer.
   */
  'drawer.cashMove': spec({
    input: mutation({ drawerId: z.string().max(60).optional(), direction: z.enum(['in', 'out']), amountVnd: f.vnd, reason: f.text(300) }),
    output: z.object({ seq: z.number().int(), drawerId: z.string(), day: f.isoDay }),
    allow: ['clerk', 'manager'],
    mutates: true,
  }),
  /**
   * Closes a drawer with its count. A difference needs a reason; above the tolerance a manager
   * approves it (signed in, or id + PIN typed on the same screen). A manager may close a drawer
   * another clerk opened. The difference is its own entry.
   */
  'drawer.close': spec({
    input: mutation({ drawerId: z.string().max(60), count: drawerCount, reason: f.text(300).nullable().default(null), ...managerApproval }),
    output: drawerCloseOutput,
    allow: ['clerk', 'manager'],
    mutates: true,
  }),
  /** The X report: the day's figures now, changing nothing. `day` defaults to today. */
  'day.xReport': spec({
    input: z.object({ day: f.realIsoDay.optional() }).strict(),
    output: dayReport,
    allow: ['clerk', 'manager', 'console'],
    mutates: false,
  }),
  /**
   * The Z report: closes the day (default: today), numbered and anchored to its last entry.
   * With print jobs waiting (or, later, entries not yet synced) only `provisional: true` closes
   * (it accepts a provisional Z; with nothing waiting the close is final and says so), and the
   * close is re-issued (same Z number) once they clear. A console close carries a manager's id and PIN.
   */
  'day.close': spec({
    input: mutation({ day: f.realIsoDay.optional(), provisional: z.boolean().default(false), ...managerApproval }),
    output: z.object({ seq: z.number().int(), zNumber: z.number().int(), day: f.isoDay, provisional: z.boolean(), report: dayReport }),
    allow: ['manager', 'console'],
    mutates: true,
  }),
  /** A day's report: the Z as sealed (with the later entries that name it), or an X while open. */
  'day.report': spec({
    input: z.object({ day: f.realIsoDay }).strict(),
    output: dayReport,
    allow: ['clerk', 'manager', 'console'],
    mutates: false,
  }),
  /** Totals over a period of days (at most 366). */
  'day.period': spec({
    input: z.object({ from: f.realIsoDay, to: f.realIsoDay }).strict().refine(withinYear, { error: 'day.period', path: ['to'] }),
    output: periodReport,
    allow: ['manager', 'console'],
    mutates: false,
  }),
  /** Closed days, newest first. */
  'day.closes': spec({
    input: z.object({ beforeDay: f.isoDay.optional(), limit: z.number().int().min(1).max(400).default(31) }).strict(),
    output: z.object({ closes: z.array(z.object({ day: f.isoDay, zNumber: z.number().int(), seq: z.number().int(), provisional: z.boolean(), closedAtLocal: z.string() })) }),
    allow: ['clerk', 'manager', 'console'],
    mutates: false,
  }),
  /** The entries behind one figure (its `drill` key) of a day, or of a period. */
  'day.drill': spec({
    input: z
      .object({ day: f.realIsoDay, to: f.realIsoDay.optional(), drill: z.string().min(1).max(200) })
      .strict()
      .refine((a) => a.to === undefined || withinYear({ from: a.day, to: a.to }), { error: 'day.period', path: ['to'] }),
    output: z.object({ entries: z.array(drillEntry) }),
    allow: ['clerk', 'manager', 'console'],
    mutates: false,
  }),
  /** Re-checks a closed day: its entries against its Z anchor, and its figures recomputed from the entries. */
  'day.check': spec({
    input: z.object({ day: f.realIsoDay }).strict(),
    output: z.object({ day: f.isoDay, ok: z.boolean(), zNumber: z.number().int().nullable(), problems: z.array(dayCheckProblem) }),
    allow: ['manager', 'console'],
    mutates: false,
  }),
} as const;

export type DayReport = z.infer<typeof dayReport>;
export type PeriodReport = z.infer<typeof periodReport>;
export type DrawerSession = z.infer<typeof drawerSession>;
export type Figure = z.infer<typeof figure>;
export type DrawerCount = z.output<typeof drawerCount>;
export type CountView = z.infer<typeof countView>;
export type DrillEntry = z.infer<typeof drillEntry>;
export type DayCheckProblem = z.infer<typeof dayCheckProblem>;
