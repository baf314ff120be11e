// A dossier's life at the post office: one status at a time, changed only by ledger entries, and
// only along the moves below. The national code is what sync will carry (TrangThaiHoSo 1–10).
import type { DossierService } from '../tariff/tariff';

export const dossierStatuses = [
  'received', // taken in at the counter
  'inBatch', // listed in a handover batch not yet signed by the department
  'delivered', // handed to the one-stop department (the legal filing time)
  'supplementRequested', // the department asks for more papers
  'refused', // the department refused the dossier
  'withdrawn', // the applicant withdrew it
  'resultReceived', // the result (or the refused/withdrawn papers) is back at the post office
  'notified', // the citizen was told to come
  'outForDelivery', // on a home-delivery round
  'returned', // handed back at the counter
  'deliveredHome', // delivered at the applicant's address
  'sentBackToAgency', // not collected after the invitations or failed deliveries the rules allow
  'voided', // cancelled at the post office before it reached the department
] as const;
export type DossierStatus = (typeof dossierStatuses)[number];

/** Where each status may go next. A dossier for "return only" starts waiting for its result. */
const moves: Record<DossierStatus, readonly DossierStatus[]> = {
  received: ['inBatch', 'voided'],
  inBatch: ['delivered', 'received'],
  delivered: ['supplementRequested', 'refused', 'withdrawn', 'resultReceived'],
  supplementRequested: ['delivered', 'refused', 'withdrawn'],
  refused: ['resultReceived'],
  withdrawn: ['resultReceived'],
  resultReceived: ['notified', 'outForDelivery', 'returned', 'sentBackToAgency'],
  notified: ['returned', 'outForDelivery', 'sentBackToAgency'],
  outForDelivery: ['deliveredHome', 'resultReceived', 'sentBackToAgency'],
  returned: [],
  deliveredHome: [],
  sentBackToAgency: [],
  voided: [],
};

/** Statuses a dossier can be in while it still needs something from the post office. */
export const openStatuses: readonly DossierStatus[] = dossierStatuses.filter((s) => moves[s].length > 0);

export function isDossierStatus(value: string): value is DossierStatus {
  return (dossierStatuses as readonly string[]).includes(value);
}

/**
 * Whether a dossier in `from` may move to `to`. A "return only" dossier was filed by the applicant
 * at the agency: the post office only waits for its result, so it may go straight from received to
 * resultReceived, and never into a handover batch.
 */
export function canMove(from: DossierStatus, to: DossierStatus, service: DossierService): boolean {
  if (service === 'return') {
    if (from === 'received') return to === 'resultReceived' || to === 'voided';
  }
  return moves[from].includes(to);
}

/** TrangThaiHoSo of the national convention; null for a dossier voided before it left the post. */
export const nationalStatusCode: Record<DossierStatus, number | null> = {
  received: 2,
  inBatch: 2,
  delivered: 4,
  supplementRequested: 5,
  refused: 3,
  withdrawn: 7,
  resultReceived: 9,
  notified: 9,
  outForDelivery: 9,
  returned: 10,
  deliveredHome: 10,
  sentBackToAgency: 9,
  voided: null,
};

/** One status change, carried in the payload of the entry that makes it (`moves: [...]`). */
export interface DossierMove {
  slipNumber: string;
  from: DossierStatus;
  to: DossierStatus;
}
