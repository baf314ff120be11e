// Field schemas shared by every command, so a rule such as "a PIN is 4–8 digits" lives once.
import { z } from 'zod';
import { resolveProvince } from '../identity/provinces';
import { trivialPin } from '../identity/trivial-pin';
import { parseTypedGrams } from '../weight/typed-grams';

// C0/C1 control characters other than the white space that the normaliser folds away.
const controlChars = /[\u0000-\u0008\u000e-\u001f\u007f-\u009f]/;

/**
 * Free text typed by a person: stored as NFC (so "Nguyễn" typed as NFD on one keyboard and
 * NFC on another is the same name), inner white space folded, ends trimmed.
 */
export const text = (max: number) =>
  z
    .string({ error: 'text.required' })
    .refine((s) => !controlChars.test(s), { error: 'text.controlChars' })
    .transform((s) => s.normalize('NFC').replace(/\s+/g, ' ').trim())
    .pipe(
      z
        .string()
        .min(1, { error: 'text.required' })
        .max(max, { error: 'text.tooLong' }),
    );

export const pin = z.string({ error: 'pin.format' }).regex(/^\d{4,8}$/, { error: 'pin.format' });

/** A PIN being chosen (set-up, a new user; a PIN change, when there is one): also not one a stranger would guess first. */
export const newPin = pin.pipe(
  z.string().superRefine((p, ctx) => {
    const problem = trivialPin(p);
    if (problem) ctx.addIssue({ code: 'custom', message: problem, input: p });
  }),
);

/** Created by the client when the person starts an action; repeats of it post once. */
export const idempotencyKey = z
  .string({ error: 'idempotencyKey.format' })
  .regex(/^[A-Za-z0-9._:-]{8,100}$/, { error: 'idempotencyKey.format' });

export const role = z.enum(['clerk', 'manager'], { error: 'role.invalid' });
export type Role = z.infer<typeof role>;

export const officeCode = z
  .string({ error: 'officeCode.format' })
  .trim()
  .regex(/^[0-9A-Za-z.-]{1,20}$/, { error: 'officeCode.format' });

/**
 * A government unit's code (Decision 20/2020/QĐ-TTg): four groups V1V2V3.Z1Z2.Y1Y2.MX1X2, the
 * last a letter and two digits (the level-1 unit, e.g. H59), e.g. 000.00.10.H59.
 */
export const agencyCode = z
  .string({ error: 'agency.code' })
  .trim()
  .transform((s) => s.toUpperCase())
  .pipe(z.string().regex(/^[0-9A-Z]{3}\.[0-9A-Z]{2}\.[0-9A-Z]{2}\.[A-Z][0-9]{2}$/, { error: 'agency.code' }));

/**
 * One of the 34 provinces and cities, by code or name (shared/identity/provinces.ts), stored as
 * its code. The set-up screen sends the code it picked; the console may type a name.
 */
export const provinceCode = z.string({ error: 'province.required' }).transform((v, ctx) => {
  if (v.trim() === '') {
    ctx.issues.push({ code: 'custom', message: 'province.required', input: v });
    return z.NEVER;
  }
  const r = resolveProvince(v);
  if (r.ok) return r.province.code;
  ctx.issues.push({ code: 'custom', message: r.problem, params: r.params, input: v });
  return z.NEVER;
});

export const counterNumber = z
  .number({ error: 'counter.range' })
  .int({ error: 'counter.range' })
  .min(1, { error: 'counter.range' })
  .max(99, { error: 'counter.range' });

export const idleLockMinutes = z
  .number({ error: 'idleMinutes.range' })
  .int({ error: 'idleMinutes.range' })
  .min(1, { error: 'idleMinutes.range' })
  .max(60, { error: 'idleMinutes.range' });

export const userId = z.string().regex(/^u_[0-9a-f]{16}$/, { error: 'text.required' });

/** An instant, ISO 8601 in UTC. */
export const instant = z.string();

export const scaleProtocol = z.enum(['mt-sics', 'toledo-8217', 'ad'], { error: 'scale.protocol' });
export type ScaleProtocolId = z.infer<typeof scaleProtocol>;

/** A serial port as the technician types it: a device path or a COM port, no shell tricks. */
export const serialPath = z
  .string({ error: 'scale.path' })
  .trim()
  .regex(/^(\/dev\/[\w./-]{1,200}|\/[\w./-]{1,300}|COM\d{1,3}|\\\\\.\\COM\d{1,3})$/, { error: 'scale.path' });

export const scaleSettings = z
  .object({
    path: serialPath,
    protocol: scaleProtocol,
    baudRate: z.union([z.literal(1200), z.literal(2400), z.literal(4800), z.literal(9600), z.literal(19200), z.literal(38400)], { error: 'scale.baud' }),
    dataBits: z.union([z.literal(7), z.literal(8)], { error: 'scale.serial' }),
    parity: z.enum(['none', 'even', 'odd'], { error: 'scale.serial' }),
    stopBits: z.union([z.literal(1), z.literal(2)], { error: 'scale.serial' }),
    /** For protocols without a stability flag: this many identical readings… */
    stableCount: z.number().int().min(2, { error: 'scale.stability' }).max(20, { error: 'scale.stability' }),
    /** …within this many milliseconds. */
    stableWindowMs: z.number().int().min(200, { error: 'scale.stability' }).max(10_000, { error: 'scale.stability' }),
  })
  .strict();
export type ScaleSettings = z.infer<typeof scaleSettings>;

/**
 * Grams as a person typed them (the text of the field), or as a number from a program: both go
 * through the one parser, so "2,5" and 2.5 are refused alike, naming what was typed.
 */
export const typedGrams = z
  .union([z.string(), z.number()], { error: 'scale.grams' })
  .transform((v, ctx) => {
    const r = parseTypedGrams(String(v));
    if (r.ok) return r.grams;
    ctx.issues.push({ code: 'custom', message: r.problem, params: { typed: r.typed }, input: v });
    return z.NEVER;
  });

/** A person's full name: letters in any script with their marks, spaces, hyphens, apostrophes. */
export const personName = text(120).pipe(z.string().regex(/^[\p{L}\p{M}][\p{L}\p{M}' .-]*$/u, { error: 'name.letters' }));

export const email = z
  .string()
  .trim()
  .max(254, { error: 'email.format' })
  .regex(/^[^\s@]+@[^\s@]+\.[^\s@]{2,}$/, { error: 'email.format' })
  .transform((s) => s.toLowerCase());

/** Whole VND: there is no minor unit, so a fraction or a float is refused rather than rounded. */
export const vnd = z.number({ error: 'vnd.whole' }).int({ error: 'vnd.whole' }).min(0, { error: 'vnd.whole' }).max(1_000_000_000, { error: 'vnd.whole' });

/** A calendar day in the counter's time zone, YYYY-MM-DD. */
export const isoDay = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, { error: 'date.format' });

/**
 * A dossier code given by the one-stop department (its Form 01, e.g. 000.00.10.H59-261120-0001):
 * upper-cased as typed or scanned, digits, letters, dots and dashes only.
 */
export const agencyDossierCode = z.string().trim().toUpperCase().regex(/^[0-9A-Z.\-]{1,40}$/, { error: 'filing.dossierCode' });

/** A real calendar day (2026-02-30 refused), YYYY-MM-DD. */
export const realIsoDay = isoDay.refine(
  (d) => {
    const t = Date.parse(`${d}T00:00:00Z`);
    return !Number.isNaN(t) && new Date(t).toISOString().startsWith(d);
  },
  { error: 'date.format' },
);

/** A network printer (tcp://host:port, usually port 9100) or a local device path / COM port. */
export const printerUri = z
  .string({ error: 'printer.uri' })
  .trim()
  .regex(/^(tcp:\/\/[A-Za-z0-9.-]{1,253}:\d{1,5}|\/dev\/[\w./-]{1,200}|COM\d{1,3}|\\\\\.\\COM\d{1,3})$/, { error: 'printer.uri' });

export const printerSettings = z
  .object({
    uri: printerUri,
    paperWidth: z.union([z.literal(80), z.literal(58)], { error: 'printer.width' }),
    /** Copies of each receipt: the applicant's and the one attached to the dossier. */
    copies: z.number().int().min(1, { error: 'printer.copies' }).max(5, { error: 'printer.copies' }),
  })
  .strict();
export type PrinterSettings = z.infer<typeof printerSettings>;
