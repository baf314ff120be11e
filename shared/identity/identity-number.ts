// Identity papers an applicant shows: the 12-digit personal identification number of the
// CCCD / căn cước card, the old 9-digit CMND (still valid as a reference on earlier papers),
// a passport number, or an organisation's tax code.
import { provinceCodes } from './identity-data';

export const idKinds = ['cccd', 'cmnd', 'passport', 'taxCode'] as const;
export type IdKind = (typeof idKinds)[number];

/** Keys of fieldMessages (shared/contract/messages.ts), so the text lives in one place. */
export type IdProblem = 'id.cccdLength' | 'id.cccdProvince' | 'id.cccdCentury' | 'id.cmnd' | 'id.passport' | 'id.taxCode';

export interface PersonalNumberFacts {
  province: string;
  gender: 'male' | 'female';
  birthYear: number;
}

/** Reads the facts the 12 digits carry, or names what is wrong with them. */
export function checkPersonalNumber(digits: string, thisYear: number): { ok: true; facts: PersonalNumberFacts } | { ok: false; problem: IdProblem } {
  if (!/^\d{12}$/.test(digits)) return { ok: false, problem: 'id.cccdLength' };
  const province = provinceCodes[digits.slice(0, 3)];
  if (!province) return { ok: false, problem: 'id.cccdProvince' };
  const g = Number(digits[3]);
  // 0/1 born in the 1900s, 2/3 the 2000s, … 8/9 the 2300s: even male, odd female.
  const birthYear = 1900 + Math.floor(g / 2) * 100 + Number(digits.slice(4, 6));
  if (birthYear > thisYear) return { ok: false, problem: 'id.cccdCentury' };
  return { ok: true, facts: { province, gender: g % 2 === 0 ? 'male' : 'female', birthYear } };
}

/** Normalises an identity number as typed (spaces dropped, letters upper case) and checks it. */
export function checkIdNumber(kind: IdKind, input: string, thisYear: number): { ok: true; value: string } | { ok: false; problem: IdProblem } {
  const value = input.replace(/[\s.]/g, '').toUpperCase();
  switch (kind) {
    case 'cccd': {
      const r = checkPersonalNumber(value, thisYear);
      return r.ok ? { ok: true, value } : r;
    }
    case 'cmnd':
      return /^\d{9}$/.test(value) ? { ok: true, value } : { ok: false, problem: 'id.cmnd' };
    case 'passport':
      // ICAO 9303 allows up to 9 characters; Vietnamese passports are a letter and 7 digits.
      return /^[A-Z0-9]{6,9}$/.test(value) && /\d/.test(value) ? { ok: true, value } : { ok: false, problem: 'id.passport' };
    case 'taxCode':
      return /^\d{10}(-?\d{3})?$/.test(value) ? { ok: true, value: value.replace(/^(\d{10})-?(\d{3})$/, '$1-$2') } : { ok: false, problem: 'id.taxCode' };
  }
}
