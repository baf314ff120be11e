// The expected result date shown to the applicant, step by step: the receipt day J, transit to
// the agency, the procedure's processing time, and the transit back when the post returns the
// result. Periods count from the day after their event (Civil Code 2015 art. 147) and a deadline
// on a rest day moves to the next working day (art. 148).
import type { Procedure } from '../catalogue/procedure';
import type { DueView } from '../contract/commands';
import { addDays, vietnamTime } from './day';
import type { WorkingCalendar } from './working-calendar';

/** Dossiers taken in after 15:00 local time go to the agency at the start of the next working day. */
export const cutoffSecondOfDay = 15 * 3600;

export type ProcessingUnit = DueView['processingUnit'];

export type ProcessingPeriod = { ok: true; amount: number | null; unit: ProcessingUnit } | { ok: false; unit: string };

/**
 * Reads the catalogue's processing time. Only the national database's two day units are
 * understood; anything else (hours, months) is refused rather than guessed. No time at all
 * counts as nothing to add, and `amount` stays null so the screens can say so.
 */
export function processingPeriod(processing: Procedure['processing']): ProcessingPeriod {
  if (!processing) return { ok: true, amount: null, unit: 'workingDays' };
  const unit = processing.unit.normalize('NFC').trim().toLowerCase().replace(/\s+/g, ' ');
  if (unit === 'ngày làm việc') return { ok: true, amount: processing.amount, unit: 'workingDays' };
  if (unit === 'ngày') return { ok: true, amount: processing.amount, unit: 'days' };
  return { ok: false, unit: processing.unit };
}

export interface DueRequest {
  /** An ISO instant with its zone. */
  receivedAt: string;
  processing: { amount: number | null; unit: ProcessingUnit };
  route: string;
  /** n of the route: working days for one way. */
  transitDays: number;
  service: 'send' | 'both';
}

export function computeDue(calendar: WorkingCalendar, r: DueRequest): DueView {
  const local = vietnamTime(r.receivedAt);
  const afterCutoff = local.secondOfDay > cutoffSecondOfDay;
  const receiptDay = calendar.isWorkingDay(local.day) && !afterCutoff ? local.day : calendar.nextWorkingDay(local.day);
  const atAgencyBy = calendar.addWorkingDays(receiptDay, r.transitDays);
  // A part of a day is still a day the agency may use.
  const amount = Math.max(0, Math.ceil(r.processing.amount ?? 0));
  const decidedBy =
    r.processing.unit === 'workingDays' ? calendar.addWorkingDays(atAgencyBy, amount) : calendar.workingDayOnOrAfter(addDays(atAgencyBy, amount));
  const returnTransitDays = r.service === 'both' ? r.transitDays : 0;
  return {
    // Stored as the UTC instant, like every time in the ledger.
    receivedAt: new Date(Date.parse(r.receivedAt)).toISOString(),
    receiptDay,
    afterCutoff,
    route: r.route,
    transitToAgencyDays: r.transitDays,
    atAgencyBy,
    processingAmount: r.processing.amount,
    processingUnit: r.processing.unit,
    decidedBy,
    returnTransitDays,
    dueDate: calendar.addWorkingDays(decidedBy, returnTransitDays),
  };
}
