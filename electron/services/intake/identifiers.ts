// Numbers given to a dossier at commit: the slip number (the counter's own daily sequence)
// and the envelope's S10 identifier (scanned, or the next of the counter's range). Both run
// inside the commit transaction, so two commits can never take the same number.
import type { S10Range } from '../../../shared/contract/commands';
import { formatS10 } from '../../../shared/identity/s10';
import { formatSlipNumber } from '../../../shared/identity/slip-number';
import { localStamp } from '../../../shared/format';
import { CounterError } from '../counter-error';
import { readDeviceSettings } from '../device-settings';
import type { Db } from '../db/open-database';

/** YYMMDD of an instant in the counter's time zone. */
export function localDay(at: Date): string {
  return localStamp(at).slice(2, 10).replaceAll('-', '');
}

export function nextSlipNumber(db: Db, office: { officeCode: string; counterNumber: number }, at: Date): { slipNumber: string; day: string; sequence: number } {
  const day = localDay(at);
  const { last } = db.prepare('SELECT COALESCE(MAX(sequence), 0) AS last FROM dossiers WHERE day = ?').get(day) as { last: number };
  const sequence = last + 1;
  if (sequence > 9999) throw new CounterError('SLIP_SEQUENCE_FULL');
  return { slipNumber: formatSlipNumber({ officeCode: office.officeCode, counterNumber: office.counterNumber, day, sequence }), day, sequence };
}

export function s10Range(db: Db): S10Range | null {
  return readDeviceSettings<S10Range>(db, 's10-range');
}

/** The next unused serial of the range, or null when the range is used up. */
export function nextS10(db: Db, range: S10Range): { s10: string; serial: number } | null {
  // One seek in the index dossiers_s10_range (the query repeats its expression and WHERE).
  const { last } = db
    .prepare('SELECT MAX(s10_serial) AS last FROM dossiers WHERE s10_from_range = 1 AND substr(s10, 1, 2) = ? AND s10_serial BETWEEN ? AND ?')
    .get(range.service, range.first, range.last) as { last: number | null };
  const used = db.prepare('SELECT 1 FROM dossiers WHERE s10 = ?');
  // Labels scanned by hand may already have used numbers of the range: skip them.
  for (let serial = last === null ? range.first : last + 1; serial <= range.last; serial++) {
    const s10 = formatS10(range.service, serial);
    if (!used.get(s10)) return { s10, serial };
  }
  return null;
}

export function remainingS10(db: Db, range: S10Range): number {
  const next = nextS10(db, range);
  return next ? range.last - next.serial + 1 : 0;
}
