// Which dossiers an entry is about, read from its payload alone, so that every service's entries
// join a dossier's timeline without the service doing anything: `slipNumber` (one dossier),
// `slipNumbers` (several), `moves` (status changes), a print job's `reference` when it is a slip
// (a handover summary's is the batch number, which is no dossier's). A `dossier.received` entry
// also links the weight entry it used, posted before the dossier had a number. Used by the ledger as it posts, by migration 13 for older entries and
// by `ledger verify` to rebuild `dossier_entries`.
import { parseSlipNumber } from '../../../shared/identity/slip-number';

export interface DossierLink {
  slipNumber: string;
  seq: number;
}

export function dossierLinks(kind: string, payload: Record<string, unknown>, seq: number): DossierLink[] {
  const slips = new Set<string>();
  const add = (v: unknown) => {
    if (typeof v === 'string' && v !== '') slips.add(v);
  };
  add(payload.slipNumber);
  if (Array.isArray(payload.slipNumbers)) payload.slipNumbers.forEach(add);
  if (Array.isArray(payload.moves)) for (const m of payload.moves) add((m as { slipNumber?: unknown } | null)?.slipNumber);
  if (kind.startsWith('print.') && typeof payload.reference === 'string' && parseSlipNumber(payload.reference)) add(payload.reference);
  const links = [...slips].map((slipNumber) => ({ slipNumber, seq }));
  const weight = (payload.weight as { seq?: unknown } | undefined)?.seq;
  if (kind === 'dossier.received' && typeof payload.slipNumber === 'string' && typeof weight === 'number') links.push({ slipNumber: payload.slipNumber, seq: weight });
  return links;
}
