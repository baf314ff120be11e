// The one place a dossier's status changes. A caller plans the moves (checked against the
// lifecycle in shared/dossier/lifecycle.ts and the current status), posts its entry with
// `moves` in the payload, then applies them with that entry's seq — all in one transaction, so
// the status read model is always what the entries say (ledger verify rebuilds it from `moves`).
import type Database from 'better-sqlite3';
import { canMove, type DossierMove, type DossierStatus } from '../../../shared/dossier/lifecycle';
import type { DossierService } from '../../../shared/tariff/tariff';
import { CounterError } from '../counter-error';

interface StatusRow {
  status: DossierStatus;
  service: DossierService;
}

export class DossierMoves {
  private readonly current: Database.Statement<[string], StatusRow>;
  private readonly set: Database.Statement<[DossierStatus, number, string]>;

  constructor(db: Database.Database) {
    this.current = db.prepare(
      `SELECT d.status AS status, json_extract(e.payload, '$.service') AS service
         FROM dossiers d JOIN entries e ON e.seq = d.entry_seq WHERE d.slip_number = ?`,
    );
    this.set = db.prepare('UPDATE dossiers SET status = ?, status_seq = ? WHERE slip_number = ?');
  }

  /** The dossier's status now; DOSSIER_NOT_FOUND if there is no such slip. */
  statusOf(slipNumber: string): DossierStatus {
    return this.row(slipNumber).status;
  }

  /** Checks every move before anything is posted; DOSSIER_MOVE_FORBIDDEN names the first refused. */
  plan(slipNumbers: readonly string[], to: DossierStatus): DossierMove[] {
    return slipNumbers.map((slipNumber) => {
      const { status: from, service } = this.row(slipNumber);
      if (!canMove(from, to, service)) throw new CounterError('DOSSIER_MOVE_FORBIDDEN', { slip: slipNumber, from, to });
      return { slipNumber, from, to };
    });
  }

  /** Applies planned moves as the effect of the entry `seq` that carries them. */
  apply(moves: readonly DossierMove[], seq: number): void {
    for (const m of moves) this.set.run(m.to, seq, m.slipNumber);
  }

  private row(slipNumber: string): StatusRow {
    const row = this.current.get(slipNumber);
    if (!row) throw new CounterError('DOSSIER_NOT_FOUND', { slip: slipNumber });
    return row;
  }
}
