// Identity papers an applicant shows: the 12-digit personal identification number of the
// CCCD / căn cước card, the old 9-digit CMND (still valid as a reference on earlier papers),
// a passport number, or a tax code.
import { birthCountryCodes } from './country-codes';
import { provinceCodes } from './identity-data';

export const idKinds = ['cccd', 'cmnd', 'passport', 'taxCode'] as const;
export type IdKind = (typeof idKinds)[number];

/** Keys of fieldMessages (shared/contract/messages.ts), so the text lives in one place. */
export type IdProblem =
  | 'id.cccdLength'
  | 'id.cccdProvince'
  | 'id.cccdCountry'
  | 'id.cccdCentury'
  | 'id.cmnd'
  | 'id.passport'
  | 'id.taxCode';

export interface PersonalNumberFacts {
  /** Where the birth was registered: a province, or (born abroad) null and the country. */
  province: string | null;
  country?: string;
  gender: 'male' | 'female';
  birthYear: number;
}

/**
 * A refusal; `params` fill the message. `confirmable`: the number may well be right (a country
 * code where a province code usually stands): the clerk checks the card and confirms it.
 */
export type IdRefusal = { ok: false; problem: IdProblem; params?: Record<string, string>; confirmable?: true };

/**
 * Reads the facts the 12 digits carry, or names what is wrong with them. A country code in the
 * first group (a birth registered abroad) is accepted only once the clerk has `confirmed` it:
 * it is rarer than a mistyped province code, so it is asked about, not refused.
 */
export function checkPersonalNumber(digits: string, thisYear: number, confirmed = false): { ok: true; facts: PersonalNumberFacts } | IdRefusal {
  if (!/^\d{12}$/.test(digits)) return { ok: false, problem: 'id.cccdLength' };
  const code = digits.slice(0, 3);
  const province = provinceCodes[code] ?? null;
  const country = province ? undefined : birthCountryCodes[code];
  if (!province && !country) return { ok: false, problem: 'id.cccdProvince' };
  if (country && !confirmed) return { ok: false, problem: 'id.cccdCountry', params: { code, country }, confirmable: true };
  const g = Number(digits[3]);
  // 0/1 born in the 1900s, 2/3 the 2000s, … 8/9 the 2300s: even male, odd female.
  const birthYear = 1900 + Math.floor(g / 2) * 100 + Number(digits.slice(4, 6));
  if (birthYear > thisYear) return { ok: false, problem: 'id.cccdCentury' };
  const gender = g % 2 === 0 ? 'male' : 'female';
  return { ok: true, facts: country ? { province, country, gender, birthYear } : { province, gender, birthYear } };
}

/**
 * Normalises an identity number as typed (spaces dropped, letters upper case) and checks it.
 * `confirmed`: the clerk has checked a personal number whose first group is a country code.
 */
export function checkIdNumber(kind: IdKind, input: string, thisYear: number, confirmed = false): { ok: true; value: string } | IdRefusal {
  const value = input.replace(/[\s.]/g, '').toUpperCase();
  const personal = () => {
    const r = checkPersonalNumber(value, thisYear, confirmed);
    return r.ok ? { ok: true as const, value } : r;
  };
  switch (kind) {
    case 'cccd':
      return personal();
    case 'cmnd':
      return /^\d{9}$/.test(value) ? { ok: true, value } : { ok: false, problem: 'id.cmnd' };
    case 'passport':
      // ICAO 9303 allows up to 9 characters; Vietnamese passports are a letter and 7 digits.
      return /^[A-Z0-9]{6,9}$/.test(value) && /\d/.test(value) ? { ok: true, value } : { ok: false, problem: 'id.passport' };
    case 'taxCode':
      // From 1 July 2025 an individual's or household business's tax code is their 12-digit
      // personal identification number (Circular 86/2024/TT-BTC), checked as one.
      if (/^\d{12}$/.test(value)) return personal();
      return /^\d{10}(-?\d{3})?$/.test(value) ? { ok: true, value: value.replace(/^(\d{10})-?(\d{3})$/, '$1-$2') } : { ok: false, problem: 'id.taxCode' };
  }
}
