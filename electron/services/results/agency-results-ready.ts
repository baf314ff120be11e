// Results ready at the department (issue 14): the one-stop system says a dossier is done, but the
// result is still at the department until the post office collects it and checks it in. The row
// is written with the centre's `dossier.status` entry (apply-directive.ts), rebuilt from the same
// entry by `ledger verify` (ledger/read-models.ts), and removed by the result's check-in, so the
// table holds only what waits to be collected: its size is the departments' shelves, never the history.
import type { Migration } from '../db/migrations';
import type { Db } from '../db/open-database';
import { atAgencyStatuses } from '../../../shared/dossier/overdue';
import type { DossierStatus } from '../../../shared/dossier/lifecycle';
import { maxReadyAtAgency, type AgencyResultReady } from '../../../shared/contract/agency-results';
import type { CommandArgs, CommandOutput } from '../../../shared/contract/commands';

export const agencyResultsReadyMigration: Migration = {
  version: 22,
  name: 'results ready at the agency',
  sql: `
    CREATE TABLE agency_results_ready (
      slip_number   TEXT PRIMARY KEY REFERENCES dossiers (slip_number),
      agency        TEXT NOT NULL,
      -- When the department finished (its own time when the one-stop system gives it, else when the word came).
      ready_at      TEXT NOT NULL,
      -- The result papers' names, as a JSON array.
      result_papers TEXT NOT NULL,
      entry_seq     INTEGER NOT NULL REFERENCES entries (seq)
    ) STRICT;
    CREATE INDEX agency_results_ready_by_agency ON agency_results_ready (agency, ready_at);
  `,
};

export const agencyResultReadyColumns = ['agency', 'ready_at', 'result_papers', 'entry_seq'] as const;

/** The entry kind a check-in is recorded as: the result has left the department. */
export const resultCheckedInKind = 'result.checked_in';

/** The row a centre `dossier.status` "done" entry implies (only when the result was still at the department), or null. */
export function agencyResultReadyRow(kind: string, p: Record<string, unknown>, seq: number, at: string): Record<string, string | number> | null {
  if (kind !== 'centre.dossier.status' || p.status !== 'done' || p.resultReadyAtAgency !== true || typeof p.agency !== 'string') return null;
  return {
    slip_number: String(p.slipNumber),
    agency: p.agency,
    ready_at: typeof p.finishedAt === 'string' ? p.finishedAt : at,
    result_papers: JSON.stringify(Array.isArray(p.resultPapers) ? p.resultPapers : []),
    entry_seq: seq,
  };
}


interface Row {
  slip_number: string;
  agency: string;
  ready_at: string;
  result_papers: string;
  entry_seq: number;
}

const view = (r: Row): AgencyResultReady => ({ slipNumber: r.slip_number, agency: r.agency, readyAt: r.ready_at, resultPapers: JSON.parse(r.result_papers) as string[], entrySeq: r.entry_seq });

export class AgencyResultsReady {
  private readonly sql;

  constructor(db: Db) {
    this.sql = {
      status: db.prepare('SELECT status FROM dossiers WHERE slip_number = ?').pluck(),
      // One batch at most per dossier (handover-service.ts): the department that holds it.
      agency: db.prepare('SELECT b.agency FROM handover_items i JOIN handover_batches b ON b.number = i.batch_number WHERE i.slip_number = ? AND b.signed_seq IS NOT NULL').pluck(),
      insert: db.prepare(
        `INSERT INTO agency_results_ready (slip_number, agency, ready_at, result_papers, entry_seq) VALUES (@slip_number, @agency, @ready_at, @result_papers, @entry_seq)
         ON CONFLICT (slip_number) DO UPDATE SET agency = excluded.agency, ready_at = excluded.ready_at, result_papers = excluded.result_papers, entry_seq = excluded.entry_seq`,
      ),
      remove: db.prepare('DELETE FROM agency_results_ready WHERE slip_number = ?'),
      one: db.prepare('SELECT * FROM agency_results_ready WHERE slip_number = ?'),
      all: db.prepare('SELECT * FROM agency_results_ready ORDER BY agency, ready_at, slip_number LIMIT ?'),
      ofAgency: db.prepare('SELECT * FROM agency_results_ready WHERE agency = ? ORDER BY ready_at, slip_number LIMIT ?'),
    };
  }

  /**
   * The department holding a dossier whose result it says is done, or null when the result is not
   * at a department any more (already checked in, returned…): then the word is only recorded.
   */
  holder(slipNumber: string): string | null {
    const status = this.sql.status.get(slipNumber) as DossierStatus | undefined;
    if (!status || !atAgencyStatuses.includes(status)) return null;
    return (this.sql.agency.get(slipNumber) as string | undefined) ?? null;
  }

  /** Writes the row the posted entry implies (same rule as `ledger verify`). Inside the entry's transaction. */
  record(kind: string, payload: Record<string, unknown>, seq: number, at: string): void {
    const row = agencyResultReadyRow(kind, payload, seq, at);
    if (row) this.sql.insert.run(row);
  }

  /** The result was checked in at the post office: nothing left to collect. Inside the check-in's transaction. */
  collected(slipNumber: string): void {
    this.sql.remove.run(slipNumber);
  }

  of(slipNumber: string): AgencyResultReady | null {
    const row = this.sql.one.get(slipNumber) as Row | undefined;
    return row ? view(row) : null;
  }

  /** What waits to be collected, grouped by department, oldest first; narrowed to one department or one dossier. */
  list(args: CommandArgs<'results.readyAtAgency'>): CommandOutput<'results.readyAtAgency'> {
    const one = args.slipNumber === null ? null : this.of(args.slipNumber);
    const ready =
      args.slipNumber !== null
        ? one && (args.agency === null || one.agency === args.agency) ? [one] : []
        : ((args.agency === null ? this.sql.all.all(maxReadyAtAgency) : this.sql.ofAgency.all(args.agency, maxReadyAtAgency)) as Row[]).map(view);
    const agencies = new Map<string, AgencyResultReady[]>();
    for (const r of ready) {
      const group = agencies.get(r.agency) ?? [];
      group.push(r);
      agencies.set(r.agency, group);
    }
    return { agencies: [...agencies].map(([agency, results]) => ({ agency, results })), total: ready.length };
  }
}
