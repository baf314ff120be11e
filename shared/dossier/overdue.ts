// Which open dossiers the overdue lists watch, and for how long a result may wait for its citizen.
import type { DossierStatus } from './lifecycle';

/** Every step a dossier can be late in: all but the final ones. */
export const overdueStatuses: readonly DossierStatus[] = [
  'received',
  'inBatch',
  'delivered',
  'supplementRequested',
  'refused',
  'withdrawn',
  'resultReceived',
  'notified',
  'outForDelivery',
];

/** At the one-stop department: past the due date here means the agency has not sent the result. */
export const atAgencyStatuses: readonly DossierStatus[] = ['delivered', 'supplementRequested'];

/** Back at the post office, waiting to reach the citizen. */
export const resultBackStatuses: readonly DossierStatus[] = ['resultReceived', 'notified', 'outForDelivery'];

/**
 * Days a result may wait without a step towards the citizen before it is listed. The counter's own
 * reminder, not a legal period (the law's count is the invitations: shared/delivery/delivery-rules.ts).
 */
export const defaultUncollectedDays = 5;
