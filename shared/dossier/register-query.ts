// What a clerk types (or a scanner sends) in "Tìm hồ sơ", read into one kind of lookup. One box
// for everything, so the reading must never guess between two dossiers: a slip number, an S10 or
// the receipt's QR names one dossier exactly; a run of digits is an ID number or a phone; any
// other text is the applicant's name, folded like the catalogue search (no diacritics, any order,
// each word a prefix).
import { fold } from '../catalogue/fold';
import { normalizePhone } from '../identity/phone-number';
import { parseS10 } from '../identity/s10';
import { parseSlipNumber, slipCheckCharacter } from '../identity/slip-number';

export type RegisterQuery =
  | { kind: 'all' }
  /** A slip number, by its letters and digits alone (dashes and dots typed or not). */
  | { kind: 'slip'; compact: string }
  | { kind: 's10'; s10: string }
  /** An identity document's number; `phone` when the same text is also a phone number. */
  | { kind: 'number'; idNumber: string; phone: string | null }
  | { kind: 'name'; words: string[] };

/** A slip number's letters and digits only: the form it is looked up by. */
export const compactSlip = (slip: string) => slip.toUpperCase().replace(/[^0-9A-Z]/g, '');

/**
 * A slip number typed without its dashes: office code, counter (2), day (6), sequence (4) and a
 * check character that holds over the letters and digits alone (separators never count in it).
 */
function isCompactSlip(compact: string): boolean {
  return /^[0-9A-Z]{1,20}\d{12}[0-9A-Z]$/.test(compact) && slipCheckCharacter(compact.slice(0, -1)) === compact.slice(-1);
}

export function readRegisterQuery(input: string): RegisterQuery {
  const text = input.normalize('NFC').trim();
  if (text === '') return { kind: 'all' };
  // The receipt's QR: slip|S10|check value. The slip in it is what names the dossier.
  const reference = text.includes('|') ? text.split('|')[0]!.trim() : text;
  if (parseSlipNumber(reference)) return { kind: 'slip', compact: compactSlip(reference) };
  const s10 = parseS10(reference);
  if (s10.ok) return { kind: 's10', s10: s10.value };
  const compact = compactSlip(reference);
  if (isCompactSlip(compact)) return { kind: 'slip', compact };
  // Digits (a CCCD, CMND, a phone written with spaces or dots) or one word holding a digit (a passport, a tax code).
  if (/\d/.test(reference) && (/^[\d\s.+()-]+$/.test(reference) || !/\s/.test(reference))) {
    const phone = normalizePhone(reference);
    return { kind: 'number', idNumber: compact, phone: phone.ok ? phone.value : null };
  }
  const words = [...new Set(fold(text).split(' ').filter(Boolean))];
  return words.length ? { kind: 'name', words } : { kind: 'all' };
}

/** The folded words an applicant's name is found by. */
export const nameWords = (name: string): string[] => [...new Set(fold(name).split(' ').filter(Boolean))];
