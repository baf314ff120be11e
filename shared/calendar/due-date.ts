// The expected result date shown to the applicant, step by step: the receipt day J, transit to
// the agency, the procedure's processing time, and the transit back when the post returns the
// result. Periods count from the day after their event (Civil Code 2015 art. 147) and a deadline
// on a rest day moves to the next working day (art. 148).
import type { Procedure } from '../catalogue/procedure';
import type { DueView } from '../contract/commands';
import type { DossierService } from '../tariff/tariff';
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
  service: DossierService;
  /**
   * Return only: the result day on the agency's appointment slip, if the citizen has it.
   * Without it the dossier is counted as if filed on the receipt day, which can only be later
   * than the truth (it was filed before): the slip then gives the latest date.
   */
  appointmentDay?: string | null;
}

export function computeDue(calendar: WorkingCalendar, r: DueRequest): DueView {
  const local = vietnamTime(r.receivedAt);
  const afterCutoff = local.secondOfDay > cutoffSecondOfDay;
  const receiptDay = calendar.isWorkingDay(local.day) && !afterCutoff ? local.day : calendar.nextWorkingDay(local.day);
  // Return only: the dossier is already at the agency; nothing is carried there.
  const transitToAgencyDays = r.service === 'return' ? 0 : r.transitDays;
  const atAgencyBy = calendar.addWorkingDays(receiptDay, transitToAgencyDays);
  // A part of a day is still a day the agency may use.
  const amount = Math.max(0, Math.ceil(r.processing.amount ?? 0));
  const processed =
    r.processing.unit === 'workingDays' ? calendar.addWorkingDays(atAgencyBy, amount) : calendar.workingDayOnOrAfter(addDays(atAgencyBy, amount));
  // An appointment already past means the result waits at the agency: the post collects it from J.
  const appointment = r.service === 'return' && r.appointmentDay ? calendar.workingDayOnOrAfter(r.appointmentDay > receiptDay ? r.appointmentDay : receiptDay) : null;
  const decidedBy = appointment ?? processed;
  const returnTransitDays = r.service === 'send' ? 0 : r.transitDays;
  return {
    // Stored as the UTC instant, like every time in the ledger.
    receivedAt: new Date(Date.parse(r.receivedAt)).toISOString(),
    receiptDay,
    afterCutoff,
    route: r.route,
    transitToAgencyDays,
    atAgencyBy,
    processingAmount: r.processing.amount,
    processingUnit: r.processing.unit,
    decidedBy,
    returnTransitDays,
    dueDate: calendar.addWorkingDays(decidedBy, returnTransitDays),
  };
}
