import { randomBytes, scryptSync, timingSafeEqual } from 'node:crypto';

// scrypt cost: about 50 ms per check on a counter PC, so guessing offline is slow while
// signing in stays instant. N is stored implicitly by this module; change it with a migration.
const params = { N: 1 << 14, r: 8, p: 1, maxmem: 64 * 1024 * 1024 };
const keyLength = 32;

export function hashPin(pin: string): { salt: Buffer; hash: Buffer } {
  const salt = randomBytes(16);
  return { salt, hash: scryptSync(pin, salt, keyLength, params) };
}

export function pinMatches(pin: string, salt: Buffer, hash: Buffer): boolean {
  const candidate = scryptSync(pin, salt, keyLength, params);
  return candidate.length === hash.length && timingSafeEqual(candidate, hash);
}
