// Puts a dossier where the results desk picks it up — handed to the one-stop department — the
// way the handover records it: entries carrying the moves received → inBatch → delivered. For
// tests of what comes after the handover that do not exercise the handover itself.
import { DossierMoves } from '../../electron/services/dossiers/dossier-moves';
import type { CounterApp } from '../../electron/services/counter-app';
import type { DossierStatus } from '../../shared/dossier/lifecycle';
import { key } from './counter-fixture';

export function moveDossier(app: CounterApp, slipNumber: string, ...steps: DossierStatus[]): void {
  const { ledger, db } = app.services;
  const moves = new DossierMoves(db);
  for (const to of steps) {
    ledger.transaction(() => {
      const m = moves.plan([slipNumber], to);
      const entry = ledger.post({ kind: 'test.dossier_moved', payload: { slipNumber, moves: m }, actor: { kind: 'system' }, idempotencyKey: key('move') });
      moves.apply(m, entry.seq);
    });
  }
}

export const deliverDossier = (app: CounterApp, slipNumber: string) => moveDossier(app, slipNumber, 'inBatch', 'delivered');
