// Field schemas shared by every command, so a rule such as "a PIN is 4–8 digits" lives once.
import { z } from 'zod';

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
