// UPU S10 item identifiers: two service letters, an 8-digit serial, a check digit and the
// country code, e.g. RR123456785VN. The check digit is what lets a counter refuse a mistyped
// or misread label before the envelope leaves.

const weights = [8, 6, 4, 2, 3, 5, 9, 7] as const;
const pattern = /^([A-Z]{2})(\d{8})(\d)([A-Z]{2})$/;

/** The check digit of an 8-digit serial number. */
export function s10CheckDigit(serial: string): number {
  if (!/^\d{8}$/.test(serial)) throw new RangeError(`an S10 serial has 8 digits: ${serial}`);
  const sum = [...serial].reduce((acc, d, i) => acc + Number(d) * weights[i]!, 0);
  const check = 11 - (sum % 11);
  return check === 10 ? 0 : check === 11 ? 5 : check;
}

export function formatS10(service: string, serial: number | string, country = 'VN'): string {
  const digits = String(serial).padStart(8, '0');
  return `${service}${digits}${s10CheckDigit(digits)}${country}`;
}

export type S10Problem = 's10.format' | 's10.checkDigit' | 's10.reservedService';

/**
 * First letters of the service indicator that UPU S10 keeps out of use (reserved, so that a
 * label can never be confused with another kind of item): a label or a range with one is wrong.
 */
export const reservedServiceLetters: readonly string[] = ['J', 'K', 'S', 'T', 'W'];

export function isReservedService(service: string): boolean {
  return reservedServiceLetters.includes(service[0] ?? '');
}

/** Reads an identifier as typed or scanned (spaces and lower case tolerated). */
export function parseS10(input: string): { ok: true; value: string; service: string; serial: string } | { ok: false; problem: S10Problem } {
  const value = input.replace(/\s+/g, '').toUpperCase();
  const m = pattern.exec(value);
  if (!m) return { ok: false, problem: 's10.format' };
  if (isReservedService(m[1]!)) return { ok: false, problem: 's10.reservedService' };
  if (s10CheckDigit(m[2]!) !== Number(m[3])) return { ok: false, problem: 's10.checkDigit' };
  return { ok: true, value, service: m[1]!, serial: m[2]! };
}
