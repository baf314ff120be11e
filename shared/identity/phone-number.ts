// Vietnamese phone numbers as people write them: 0912 345 678, 0912.345.678, +84 912 345 678.
// Stored in the national form (leading 0, digits only) so the same phone is one value.
import { landlinePattern, mobilePrefixes } from './identity-data';

export type PhoneProblem = 'phone.format' | 'phone.prefix';

export function normalizePhone(input: string): { ok: true; value: string } | { ok: false; problem: PhoneProblem } {
  const compact = input.replace(/[\s.()-]/g, '');
  if (!/^(\+?84|0)\d{9,10}$/.test(compact)) return { ok: false, problem: 'phone.format' };
  const national = compact.replace(/^\+?84/, '0');
  if (national.length === 10) {
    return mobilePrefixes.includes(national.slice(0, 3)) ? { ok: true, value: national } : { ok: false, problem: 'phone.prefix' };
  }
  return landlinePattern.test(national) ? { ok: true, value: national } : { ok: false, problem: 'phone.format' };
}
