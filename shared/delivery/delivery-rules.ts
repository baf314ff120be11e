// When a home delivery may be tried again, and when an undelivered result may leave the round.
// Pure: the service gives it the days of the failed attempts and the working-day calendar.
import { dayNumber, type Day } from '../calendar/day';
import type { WorkingCalendar } from '../calendar/working-calendar';

/**
 * The rule as data. Decision 45/2016/QĐ-TTg (art. 11) has the post invite the citizen at least
 * twice, two working days apart, before an uncollected result goes back; the counter applies the
 * same count to failed home deliveries.
 */
export const deliveryRules = {
  failedAttemptsAllowed: 2,
  workingDaysApart: 2,
  source: 'Quyết định 45/2016/QĐ-TTg, Điều 11: mời ít nhất 2 lần, cách nhau 2 ngày làm việc',
} as const;

/** Why a failed delivery did not reach the citizen. `other` needs a note. */
export const deliveryFailureReasons = ['nobodyHome', 'wrongAddress', 'refused', 'moved', 'unreachable', 'other'] as const;
export type DeliveryFailureReason = (typeof deliveryFailureReasons)[number];

export type AttemptCheck =
  | { ok: true }
  | { ok: false; code: 'DELIVERY_ATTEMPTS_USED'; allowed: number }
  | { ok: false; code: 'DELIVERY_ATTEMPT_TOO_SOON'; earliest: Day };

/**
 * Whether an attempt may be recorded on `day` after failed attempts on `failedDays` (oldest
 * first): none after the allowed number; a failed one only the required working days after the
 * last, or it would not be a further invitation in the rule's sense (a success any day).
 */
export function checkAttempt(calendar: WorkingCalendar, failedDays: readonly Day[], day: Day, delivered: boolean): AttemptCheck {
  if (failedDays.length >= deliveryRules.failedAttemptsAllowed) return { ok: false, code: 'DELIVERY_ATTEMPTS_USED', allowed: deliveryRules.failedAttemptsAllowed };
  const last = failedDays[failedDays.length - 1];
  if (last === undefined || delivered) return { ok: true };
  const earliest = calendar.addWorkingDays(last, deliveryRules.workingDaysApart);
  return dayNumber(day) < dayNumber(earliest) ? { ok: false, code: 'DELIVERY_ATTEMPT_TOO_SOON', earliest } : { ok: true };
}

/** Whether an undelivered result may go back to the agency: every allowed attempt has failed. */
export function maySendBackToAgency(failedDays: readonly Day[]): boolean {
  return failedDays.length >= deliveryRules.failedAttemptsAllowed;
}
