// The one contract: every command the counter understands, whatever host carries it
// (Electron IPC, the loopback browser host, the technicians' command line).
import { z } from 'zod';
import { commandNameList, type CommandName } from './channels';
import { printerStatus, scaleStatus } from './events';
import { checkIdNumber, idKinds } from '../identity/identity-number';
import { normalizePhone } from '../identity/phone-number';
import { isReservedService, parseS10 } from '../identity/s10';
import { receiptDocument } from '../receipt/receipt-document';
import { dossierServiceIds } from '../tariff/tariff';
import * as f from './fields';
import { correctableFields, dossierDetail, dossierFindInput, dossierFindOutput, dossierShowInput } from './dossier-register';
import * as r from './results';
import * as dl from './delivery';
import { syncCommands } from './sync';
import { agencyResultsCommands } from './agency-results';
import { batchNumber, dossierScan, dossierStatus, handoverBatch, handoverBatchSummary, handoverMissing, handoverOutcome } from './handover';
import { dayCommands } from './day';
import { handoverReprintCommands } from './handover-reprint';
import { dayOutputCommands } from './day-output';

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
  /** One of the 34 codes; null: the text typed before codes (migration 7) matched none, and a manager must choose. */
  province: z.string().nullable(),
  /** The official name of that province ("Tỉnh Sơn La"), or that old text while it has no code. */
  provinceName: z.string(),
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

/** A read-model row that the entries do not explain: `column` null for a row missing (expected 'row') or unexplained (found 'row'). */
const readModelDifference = z.object({
  table: z.string(),
  key: z.string(),
  column: z.string().nullable(),
  expected: z.string().nullable(),
  found: z.string().nullable(),
});

/** An entry known from outside the file (a closed day, a sync): `seq` must be in the chain with this hash. */
const headAnchor = z.object({ seq: z.number().int().positive(), hash: z.string().regex(/^[0-9a-f]{64}$/) }).strict();

export const verifyReport = z.object({
  ok: z.boolean(),
  entries: z.number().int(),
  headHash: z.string().nullable(),
  firstBadSeq: z.number().int().nullable(),
  problem: z.enum(['hash_mismatch', 'chain_broken', 'sequence_gap', 'sequence_order', 'anchor_missing', 'anchor_mismatch', 'read_model_mismatch']).nullable(),
  /** The first differences between the read models and the entries (at most 100), and how many there are. */
  differences: z.array(readModelDifference),
  differenceCount: z.number().int(),
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
  fees: z.array(z.object({ amountVnd: z.number().int(), description: z.string().nullable(), additive: z.boolean() })),
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

const holidayView = z.object({
  date: z.string(),
  name: z.string(),
  /** holiday: a Labour Code day off; compensatory: moved off a rest day; decision: an extra day
   * off by the Prime Minister's decision; workingSaturday: a Saturday worked to swap a day. */
  kind: z.enum(['holiday', 'compensatory', 'decision', 'workingSaturday']),
  /** Where the date comes from: the computed rule, or the overrides file's reference. */
  source: z.string(),
});

/** How the expected result date was reached, so the clerk can explain it. */
const dueView = z.object({
  receivedAt: f.instant,
  /** J: the day on the slip from which periods count (the next working day after 15:00 or on a rest day). */
  receiptDay: z.string(),
  afterCutoff: z.boolean(),
  route: z.string(),
  transitToAgencyDays: z.number().int(),
  atAgencyBy: z.string(),
  processingAmount: z.number().nullable(),
  processingUnit: z.enum(['workingDays', 'days']),
  decidedBy: z.string(),
  returnTransitDays: z.number().int(),
  dueDate: z.string(),
});

const printJobView = z.object({
  id: z.string(),
  kind: z.enum(['receipt', 'reprint', 'resultHandover', 'handoverSummary', 'test']),
  /** The slip number (or "test") the job prints; a handover summary's batch number. */
  reference: z.string(),
  state: z.enum(['queued', 'printing', 'waiting', 'printed', 'failed']),
  problem: z.string().nullable(),
  documents: z.number().int(),
  createdAt: f.instant,
  printedAt: f.instant.nullable(),
  attempts: z.number().int(),
});

const s10Range = z
  .object({
    /** The two service letters printed on the labels, e.g. RR (registered) or EE (EMS). */
    service: z.string().regex(/^[A-Z]{2}$/, { error: 's10.service' }).refine((v) => !isReservedService(v), { error: 's10.reservedService' }),
    first: z.number().int().min(0, { error: 's10.range' }).max(99_999_999, { error: 's10.range' }),
    last: z.number().int().min(0, { error: 's10.range' }).max(99_999_999, { error: 's10.range' }),
  })
  .strict()
  .refine((r) => r.last >= r.first, { error: 's10.range', path: ['last'] });

const applicant = z
  .object({
    kind: z.enum(['person', 'organisation']),
    /** A person's name is letters only; an organisation's may hold digits and punctuation. */
    name: f.text(200),
    idKind: z.enum(idKinds),
    idNumber: z.string().max(40, { error: 'text.tooLong' }),
    /** The clerk checked the card: a personal number whose first group is a country code (born abroad) is right. */
    idNumberConfirmed: z.boolean().default(false),
    phone: z.string().max(30, { error: 'text.tooLong' }),
    email: f.email.nullable().default(null),
    address: f.text(300),
  })
  .strict()
  // The identity and phone rules live in shared/identity; here they turn into field messages
  // and the values are stored in one normal form.
  .transform((a, ctx) => {
    const fail = (path: string, message: string, params?: Record<string, string>) => {
      ctx.issues.push({ code: 'custom', path: [path], message, input: a, ...(params && { params }) });
      return z.NEVER;
    };
    if (a.kind === 'person' && !f.personName.safeParse(a.name).success) return fail('name', 'name.letters');
    const id = checkIdNumber(a.idKind, a.idNumber, new Date().getFullYear(), a.idNumberConfirmed);
    if (!id.ok) return fail('idNumber', id.problem, id.params);
    const phone = normalizePhone(a.phone);
    if (!phone.ok) return fail('phone', phone.problem);
    return { ...a, idNumber: id.value, phone: phone.value };
  });

const paymentInput = z.discriminatedUnion('method', [
  z.object({ method: z.literal('cash'), tenderedVnd: f.vnd }).strict(),
  z.object({ method: z.literal('transfer'), reference: f.text(60) }).strict(),
]);

/** Everything the clerk fills in on the intake form. */
/** How the result goes back: collected at the counter, or delivered to an address. */
const returnMethod = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('counter') }).strict(),
  z.object({ kind: z.literal('home'), address: f.text(300) }).strict(),
]);

const intakeDraft = {
  procedureCode: z.string().trim().min(1).max(40),
  /** The checklist version the form showed: the dossier is checked against exactly that. */
  snapshotHash: z.string().regex(/^[0-9a-f]{64}$/),
  caseIndex: z.number().int().min(0).max(99),
  /** Papers presented, by position in the case's checklist, with the counts handed over. */
  papers: z
    .array(
      z
        .object({ index: z.number().int().min(0).max(199), originals: z.number().int().min(0).max(99), copies: z.number().int().min(0).max(99) })
        .strict()
        .refine((p) => p.originals + p.copies > 0, { error: 'paper.count' }),
    )
    .max(200),
  applicant,
  service: z.enum(dossierServiceIds),
  returnMethod,
  /**
   * Return only: the agency's dossier code and result day from the appointment slip the citizen
   * got when filing (Giấy tiếp nhận hồ sơ và hẹn trả kết quả), each where known.
   */
  agencyFiling: z
    .object({
      dossierCode: f.agencyDossierCode.nullable().default(null),
      appointmentDay: f.realIsoDay.nullable().default(null),
    })
    .strict()
    .nullable()
    .default(null),
  route: z.string().max(60),
  /** The ledger entry of the weight (scale.capture or scale.manualWeight). */
  weightSeq: z.number().int().positive(),
  /** A label scanned from the envelope; null takes the next number of the counter's range. */
  s10: z
    .string()
    .max(40, { error: 's10.format' })
    .transform((v, ctx) => {
      const r = parseS10(v);
      if (r.ok) return r.value;
      ctx.issues.push({ code: 'custom', message: r.problem, input: v });
      return z.NEVER;
    })
    .nullable()
    .default(null),
  /** Which of the procedure's fee rates applies (the record lists alternatives, e.g. on time / late); needed when there are several. */
  feeIndex: z.number().int().min(0).max(99).nullable().default(null),
  /** Lines charged on top of the rate, per unit (e.g. each certificate beyond two): which line, how many units. */
  feeAdditions: z
    .array(z.object({ index: z.number().int().min(0).max(99), count: z.number({ error: 'fee.count' }).int({ error: 'fee.count' }).min(1, { error: 'fee.count' }).max(999, { error: 'fee.count' }) }).strict())
    .max(20)
    .refine((a) => new Set(a.map((x) => x.index)).size === a.length, { error: 'fee.additionTwice' })
    .default([]),
  feeExemptionReason: f.text(300).nullable().default(null),
  /** A postal-charge exemption category of the tariff (người có công, hộ nghèo…). */
  applicantCategory: z.string().max(60).nullable().default(null),
};

/** A phone number kept in its national form (mobile or landline). */
const phoneNumber = z
  .string()
  .max(30, { error: 'text.tooLong' })
  .transform((v, ctx) => {
    const phone = normalizePhone(v);
    if (phone.ok) return phone.value;
    ctx.issues.push({ code: 'custom', message: phone.problem, input: v });
    return z.NEVER;
  });

/** A phone number kept in its national form, or nothing. */
const optionalPhone = phoneNumber.nullable();

/** A competent agency as the directory knows it; `listed: false` for one the catalogue names but the directory lacks. */
const agencyRow = z.object({
  name: z.string(),
  unitCode: z.string().nullable(),
  address: z.string().nullable(),
  phone: z.string().nullable(),
  /** Sample data not yet checked by a manager or sync. */
  sample: z.boolean(),
  source: z.enum(['file', 'manager', 'sync']).nullable(),
  listed: z.boolean(),
  /** How many procedures of the current catalogue name it. */
  procedures: z.number().int(),
});

const moneyLine = z.object({ label: z.string(), vnd: z.number().int() });

const intakeQuote = z.object({
  /** Papers of the checklist that were not presented (the dossier cannot be sent without them). */
  missingPapers: z.array(z.object({ index: z.number().int(), name: z.string() })),
  fees: z.object({ lines: z.array(moneyLine), totalVnd: z.number().int(), exempt: z.boolean() }),
  postal: z.object({ lines: z.array(moneyLine), totalVnd: z.number().int(), tariffVersion: z.string(), sample: z.boolean() }),
  totalVnd: z.number().int(),
  weightGrams: z.number().int(),
  due: dueView,
  /** The applicant's copy as it will print, the slip number not yet issued. */
  preview: receiptDocument,
});

const dossierView = z.object({
  slipNumber: z.string(),
  s10: z.string(),
  procedureCode: z.string(),
  procedureName: z.string(),
  caseName: z.string(),
  applicantName: z.string(),
  service: z.enum(dossierServiceIds),
  returnMethod: z.enum(['counter', 'home']),
  weightGrams: z.number().int(),
  feesVnd: z.number().int(),
  postalVnd: z.number().int(),
  totalVnd: z.number().int(),
  payment: z.discriminatedUnion('method', [
    z.object({ method: z.literal('cash'), tenderedVnd: z.number().int(), changeVnd: z.number().int() }),
    z.object({ method: z.literal('transfer'), reference: z.string() }),
  ]),
  receivedAt: f.instant,
  dueDate: z.string(),
  clerkName: z.string(),
  /** The ledger entry that recorded the intake. */
  seq: z.number().int(),
});

export { correctableFields };
/** What it may not: these change money or the legal filing, so the dossier is voided and taken in again. */
export const refusedCorrectionFields = ['procedure', 'case', 'papers', 'fees', 'service', 'weight', 'payment'] as const;

const correctionValue = z.union([z.string(), returnMethod]);
const correction = z.union([
  z.object({ field: z.literal('phone'), value: phoneNumber }).strict(),
  z.object({ field: z.literal('address'), value: f.text(300) }).strict(),
  z.object({ field: z.literal('applicantName'), value: f.text(200) }).strict(),
  z.object({ field: z.literal('returnMethod'), value: returnMethod }).strict(),
  z.object({ field: z.enum(refusedCorrectionFields), value: z.unknown().optional() }).strict(),
]);

/** Which form a draft belongs to. */
const draftName = z.enum(['intake']);

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
      province: f.provinceCode,
      managerName: f.text(80),
      managerPin: f.newPin,
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
    input: mutation({
      name: f.text(80),
      role: f.role,
      pin: f.newPin,
      /** From the console, a new manager needs an existing manager's confirmation: their id and PIN. */
      byManagerId: f.userId.optional(),
      byManagerPin: f.pin.optional(),
    }),
    output: z.object({ user: sessionUser }),
    allow: ['manager', 'console'],
    mutates: true,
  }),
  /** Lifts a lock-out after wrong PINs, with the reason the manager gives. */
  'users.unlock': spec({
    input: mutation({ userId: f.userId, reason: f.text(300) }),
    output: z.object({ user: userRow }),
    allow: ['manager'],
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
  /** The counter's province, chosen again: needed when the text typed before codes named none of the 34. */
  'settings.province': spec({
    input: mutation({ province: f.provinceCode }),
    output: z.object({ province: z.string(), provinceName: z.string() }),
    allow: ['manager'],
    mutates: true,
  }),
  'ledger.verify': spec({
    input: z.object({ expectHead: z.array(headAnchor).max(1000).optional() }).strict(),
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
    output: z.object({
      hits: z.array(searchHit),
      total: z.number().int(),
      /** False when no title holds every word: the hits are partial matches. */
      complete: z.boolean(),
      /** When not complete, the typed words no title holds at all, as typed ("căn cước"). */
      unmatched: z.array(z.string()),
      catalogue: catalogueInfo.nullable(),
    }),
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
    input: mutation({ grams: f.typedGrams, reason: f.text(300) }),
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
        grams: f.typedGrams,
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
  'calendar.holidays': spec({
    input: z.object({ year: z.number().int().min(1900).max(2199) }).strict(),
    output: z.object({ year: z.number().int(), days: z.array(holidayView) }),
    allow: ['clerk', 'manager', 'console'],
    mutates: false,
  }),
  'calendar.due': spec({
    input: z
      .object({
        receivedAt: z.iso.datetime({ offset: true, error: 'date.instant' }),
        procedureCode: z.string().trim().min(1).max(40),
        route: z.string().max(60).optional(),
        service: z.enum(dossierServiceIds).default('both'),
      })
      .strict(),
    output: dueView,
    allow: ['clerk', 'manager', 'console'],
    mutates: false,
  }),
  'devices.printer.get': spec({
    input: none,
    output: z.object({ settings: f.printerSettings.nullable(), status: printerStatus }),
    allow: ['clerk', 'manager'],
    mutates: false,
  }),
  'devices.printer.configure': spec({
    input: mutation({ settings: f.printerSettings }),
    output: z.object({ settings: f.printerSettings }),
    allow: ['manager'],
    mutates: true,
  }),
  /** Prints the Vietnamese test page straight to a printer (not through the queue). */
  'printer.test': spec({
    input: z.object({ uri: f.printerUri.optional(), paperWidth: z.union([z.literal(80), z.literal(58)]).optional() }).strict(),
    output: z.object({ uri: z.string(), bytes: z.number().int() }),
    allow: ['manager', 'console'],
    mutates: false,
  }),
  'print.jobs': spec({
    input: z.object({ limit: z.number().int().min(1).max(200).default(20) }).strict(),
    output: z.object({ jobs: z.array(printJobView) }),
    allow: ['clerk', 'manager', 'console'],
    mutates: false,
  }),
  'intake.settings': spec({
    input: none,
    output: z.object({
      s10: s10Range.nullable(),
      /** The next number the range will give, null when it is used up or not set. */
      nextS10: z.string().nullable(),
      remaining: z.number().int(),
      routes: z.array(z.object({ id: z.string(), name: z.string(), transitDays: z.number().int() })),
      defaultRoute: z.string(),
    }),
    allow: ['clerk', 'manager'],
    mutates: false,
  }),
  'intake.configure': spec({
    input: mutation({ s10: s10Range }),
    output: z.object({ s10: s10Range }),
    allow: ['manager'],
    mutates: true,
  }),
  /** The figures and the receipt preview for the summary screen; changes nothing. */
  'intake.quote': spec({
    input: z.object({ ...intakeDraft, payment: paymentInput.nullable().default(null) }).strict(),
    output: intakeQuote,
    allow: ['clerk', 'manager'],
    mutates: false,
  }),
  /** Records the dossier and queues its receipts, in one ledger transaction. */
  'intake.commit': spec({
    input: mutation({ ...intakeDraft, payment: paymentInput }),
    output: z.object({ dossier: dossierView, printJobId: z.string().nullable(), receipts: z.array(receiptDocument) }),
    allow: ['clerk', 'manager'],
    mutates: true,
  }),
  'intake.get': spec({
    input: z.object({ slipNumber: z.string().trim().min(1).max(40) }).strict(),
    output: z.object({ dossier: dossierView, receipts: z.array(receiptDocument), jobs: z.array(printJobView) }),
    allow: ['clerk', 'manager', 'console'],
    mutates: false,
  }),
  'intake.recent': spec({
    input: z.object({ limit: z.number().int().min(1).max(200).default(20) }).strict(),
    output: z.object({ dossiers: z.array(dossierView) }),
    allow: ['clerk', 'manager', 'console'],
    mutates: false,
  }),
  /** Prints the receipt again, marked as a reprint with its number and reason. */
  'intake.reprint': spec({
    input: mutation({ slipNumber: z.string().trim().min(1).max(40), reason: f.text(300) }),
    output: z.object({ printJobId: z.string(), reprintNumber: z.number().int() }),
    allow: ['clerk', 'manager'],
    mutates: true,
  }),
  /** The receipt as an A5 PDF; every issue of it is recorded, later ones marked as reprints. */
  'intake.receiptPdf': spec({
    input: mutation({ slipNumber: z.string().trim().min(1).max(40) }),
    output: z.object({ fileName: z.string(), pdfBase64: z.string() }),
    allow: ['clerk', 'manager'],
    mutates: true,
  }),
  /** The agency directory: address, phone and unit code printed on receipts. */
  'agencies.list': spec({
    input: none,
    output: z.object({ agencies: z.array(agencyRow) }),
    allow: ['manager', 'console'],
    mutates: false,
  }),
  /** A manager corrects an agency's address, phone or unit code (until the province's sync provides them). */
  'agencies.update': spec({
    input: mutation({ name: f.text(300), unitCode: f.agencyCode.nullable(), address: f.text(300).nullable(), phone: optionalPhone }),
    output: z.object({ agency: agencyRow }),
    allow: ['manager'],
    mutates: true,
  }),
  /** Any dossier by slip number, S10, QR text, name, ID number or phone, with day, procedure and status filters. */
  'dossiers.find': spec({
    input: dossierFindInput,
    output: dossierFindOutput,
    allow: ['clerk', 'manager', 'console'],
    mutates: false,
  }),
  /** A dossier's page: its record, status and the timeline of every ledger entry about it. */
  'dossiers.show': spec({
    input: dossierShowInput,
    output: z.object({ dossier: dossierDetail }),
    allow: ['clerk', 'manager', 'console'],
    mutates: false,
  }),
  /**
   * Corrects what the clerk got wrong at intake without touching money or the legal filing;
   * a field in `refusedCorrectionFields` is refused (CORRECTION_NEEDS_VOID).
   */
  'dossiers.correct': spec({
    input: mutation({ slipNumber: z.string().trim().min(1).max(40), reason: f.text(300), change: correction }),
    output: z.object({ seq: z.number().int(), correctsSeq: z.number().int(), field: z.enum(correctableFields), before: correctionValue, after: correctionValue }),
    allow: ['clerk', 'manager'],
    mutates: true,
  }),
  /** The correctable fields as they stand now and every correction made, oldest first. */
  'dossiers.corrections': spec({
    input: z.object({ slipNumber: z.string().trim().min(1).max(40) }).strict(),
    output: z.object({
      current: z.object({ phone: z.string(), address: z.string(), applicantName: z.string(), returnMethod }),
      history: z.array(
        z.object({
          seq: z.number().int(),
          correctsSeq: z.number().int(),
          field: z.enum(correctableFields),
          before: correctionValue,
          after: correctionValue,
          reason: z.string(),
          at: f.instant,
          by: z.string().nullable(),
        }),
      ),
    }),
    allow: ['clerk', 'manager', 'console'],
    mutates: false,
  }),
  /**
   * Voids a dossier not yet handed over, refunding fees and postal charge. A clerk voiding
   * another's dossier or one from an earlier day needs a manager's id and PIN here.
   */
  'dossiers.void': spec({
    input: mutation({
      slipNumber: z.string().trim().min(1).max(40),
      reason: f.text(300),
      refundMethod: z.enum(['cash', 'transfer']),
      managerId: f.userId.optional(),
      managerPin: f.pin.optional(),
    }),
    output: z.object({
      seq: z.number().int(),
      slipNumber: z.string(),
      refund: z.object({ feesVnd: z.number().int(), postalVnd: z.number().int(), totalVnd: z.number().int(), method: z.enum(['cash', 'transfer']) }),
      approvedBy: z.string().nullable(),
    }),
    allow: ['clerk', 'manager'],
    mutates: true,
  }),
  /**
   * The signed-in user's unfinished form, kept on the counter. Not ledger entries: a draft is
   * not a business fact, and saving one changes nothing anyone relies on.
   */
  'drafts.save': spec({
    input: z.object({ name: draftName, body: z.string().max(200_000) }).strict(),
    output: z.object({}),
    allow: ['clerk', 'manager'],
    mutates: false,
  }),
  'drafts.get': spec({
    input: z.object({ name: draftName }).strict(),
    output: z.object({ body: z.string().nullable(), updatedAt: f.instant.nullable() }),
    allow: ['clerk', 'manager'],
    mutates: false,
  }),
  'drafts.clear': spec({
    input: z.object({ name: draftName }).strict(),
    output: z.object({}),
    allow: ['clerk', 'manager'],
    mutates: false,
  }),
  /** Open and recent handover batches, and today's dossiers in no batch yet. */
  'handover.list': spec({
    input: none,
    output: z.object({ open: z.array(handoverBatchSummary), signed: z.array(handoverBatchSummary), missingToday: z.array(handoverMissing) }),
    allow: ['clerk', 'manager', 'console'],
    mutates: false,
  }),
  'handover.show': spec({
    input: z.object({ batchNumber }).strict(),
    output: handoverBatch,
    allow: ['clerk', 'manager', 'console'],
    mutates: false,
  }),
  /** Adds a scanned dossier to a batch (a new one for its agency when `batchNumber` is null): received → inBatch. */
  'handover.add': spec({
    input: mutation({ batchNumber: batchNumber.nullable().default(null), scan: dossierScan }),
    output: z.object({ batchNumber: z.string(), slipNumber: z.string() }),
    allow: ['clerk', 'manager'],
    mutates: true,
  }),
  /** Takes a dossier out of an open batch: inBatch → received. */
  'handover.remove': spec({
    input: mutation({ batchNumber, scan: dossierScan }),
    output: z.object({ batchNumber: z.string(), slipNumber: z.string() }),
    allow: ['clerk', 'manager'],
    mutates: true,
  }),
  /** The department's receiver signed: every dossier inBatch → delivered, and the batch is closed. */
  'handover.sign': spec({
    input: mutation({ batchNumber, receiverName: f.text(120) }),
    output: z.object({ batchNumber: z.string(), signedAt: f.instant, dossiers: z.number().int() }),
    allow: ['clerk', 'manager'],
    mutates: true,
  }),
  /** After the handover: the department's dossier code and appointment, or its refusal / supplement request. */
  'handover.backfill': spec({
    input: mutation({ scan: dossierScan, outcome: handoverOutcome }),
    output: z.object({ slipNumber: z.string(), batchNumber: z.string(), status: dossierStatus }),
    allow: ['clerk', 'manager'],
    mutates: true,
  }),
  /** The record (Biên bản giao nhận hồ sơ) as an A4 PDF, two copies. */
  'handover.pdf': spec({
    input: z.object({ batchNumber }).strict(),
    output: z.object({ fileName: z.string(), pdfBase64: z.string() }),
    allow: ['clerk', 'manager', 'console'],
    mutates: false,
  }),
  /** Checks in a result come back from the agency, matched to its dossier by a scan. */
  'results.checkIn': spec({
    input: mutation(r.checkInInput),
    output: r.checkInOutput,
    allow: ['clerk', 'manager'],
    mutates: true,
  }),
  /** The results receipt record (Biên bản giao nhận kết quả) of one check-in session, as a PDF. */
  'results.checkInRecord': spec({
    input: z.object({ session: r.checkInInput.session }).strict(),
    output: r.pdfOutput,
    allow: ['clerk', 'manager'],
    mutates: false,
  }),
  /** Citizens to call today: results back and not invited yet today. */
  'results.notifyList': spec({
    input: none,
    output: z.object({ results: z.array(r.waitingResult) }),
    allow: ['clerk', 'manager'],
    mutates: false,
  }),
  /** The clerk invited the citizen to collect the result (the app sends nothing itself). */
  'results.notified': spec({
    input: mutation(r.notifiedInput),
    output: z.object({ slipNumber: z.string(), notices: z.number().int(), seq: z.number().int() }),
    allow: ['clerk', 'manager'],
    mutates: true,
  }),
  /** A result waiting at the post office, found by the citizen's receipt (slip, S10, QR text). */
  'results.find': spec({
    input: z.object({ scan: r.resultScan }).strict(),
    output: z.object({ result: r.waitingResult }),
    allow: ['clerk', 'manager'],
    mutates: false,
  }),
  /** Hands the result back at the counter: identity checked, fee collected, originals reclaimed; the hand-over slip. */
  'results.return': spec({
    input: mutation(r.returnInput),
    output: r.returnOutput,
    allow: ['clerk', 'manager'],
    mutates: true,
  }),
  /** Everything back from the agency and waiting to be returned. */
  'results.pending': spec({
    input: none,
    output: z.object({ results: z.array(r.waitingResult) }),
    allow: ['clerk', 'manager', 'console'],
    mutates: false,
  }),
  /** Puts dossiers whose result is back on a home-delivery round (→ outForDelivery). */
  'delivery.assign': spec({
    input: mutation(dl.assignInput),
    output: dl.assignOutput,
    allow: ['clerk', 'manager'],
    mutates: true,
  }),
  /** One attempt at the door: delivered (to whom, with the ID number) or why not. */
  'delivery.attempt': spec({
    input: mutation(dl.attemptInput),
    output: dl.attemptOutput,
    allow: ['clerk', 'manager'],
    mutates: true,
  }),
  /** Takes an undelivered dossier off its round: back to the counter, or to the agency once the attempts allowed have failed. */
  'delivery.giveBack': spec({
    input: mutation(dl.giveBackInput),
    output: dl.giveBackOutput,
    allow: ['clerk', 'manager'],
    mutates: true,
  }),
  /** Results to deliver home and those out on a round. */
  'delivery.list': spec({
    input: none,
    output: dl.listOutput,
    allow: ['clerk', 'manager', 'console'],
    mutates: false,
  }),
  /** Open dossiers past their due date per step, at the agency without a result, and results not yet returned. */
  'dossiers.overdue': spec({
    input: z.object(dl.overdueInput).strict(),
    output: dl.overdueOutput,
    allow: ['clerk', 'manager', 'console'],
    mutates: false,
  }),
  ...dayCommands,
  ...dayOutputCommands,
  ...handoverReprintCommands,
  ...syncCommands,
  ...agencyResultsCommands,
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
export type ReadModelDifference = z.infer<typeof readModelDifference>;
export type HeadAnchor = z.infer<typeof headAnchor>;
export type ProcedureView = z.infer<typeof procedureView>;
export type SearchHit = z.infer<typeof searchHit>;
export type CatalogueInfo = z.infer<typeof catalogueInfo>;
export type ScaleStatus = z.infer<typeof scaleStatus>;
export type WeightRecord = z.infer<typeof weightRecord>;
export type HolidayView = z.infer<typeof holidayView>;
export type DueView = z.infer<typeof dueView>;
export type PrintJobView = z.infer<typeof printJobView>;
export type PrinterStatus = z.infer<typeof printerStatus>;
export type S10Range = z.infer<typeof s10Range>;
export type IntakeQuote = z.infer<typeof intakeQuote>;
export type DossierView = z.infer<typeof dossierView>;
export type AgencyRow = z.infer<typeof agencyRow>;
export type SessionUser = z.infer<typeof sessionUser>;
export type UserRow = z.infer<typeof userRow>;

export function isCommandName(name: string): name is CommandName {
  return Object.hasOwn(commands, name);
}
