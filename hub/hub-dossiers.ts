// The province's view of dossiers, kept at ingest in the same transaction as the entries: a
// dossier.received entry makes the row (its payload is the dossier record), and any entry whose
// payload carries `moves` (services/dossiers/dossier-moves.ts on the counter) changes the status.
// One multi-row statement of each kind per batch, so a batch costs the same however big the hub is.
import { isDossierStatus, type DossierStatus } from '../shared/dossier/lifecycle';
import { parseSlipNumber } from '../shared/identity/slip-number';
import type { SyncEntry } from '../shared/sync/protocol';
import type { HubQueryable } from './db/hub-database';

interface Received {
  slipNumber: string;
  receivedAt: string;
  agency: string | null;
  procedureCode: string | null;
  service: string | null;
  totalVnd: number | null;
  seq: number;
}

function parsePayload(text: string): Record<string, unknown> | null {
  try {
    const v: unknown = JSON.parse(text);
    return v !== null && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, unknown>) : null;
  } catch {
    return null;
  }
}

const str = (v: unknown) => (typeof v === 'string' ? v : null);

function received(p: Record<string, unknown>, seq: number): Received | null {
  const slipNumber = str(p.slipNumber);
  const receivedAt = str(p.receivedAt);
  if (!slipNumber || !receivedAt) return null;
  const procedure = (p.procedure ?? {}) as Record<string, unknown>;
  const agency = (p.agency ?? {}) as Record<string, unknown>;
  return {
    slipNumber,
    receivedAt,
    // The department's unit code where the directory gave one, else its name as the catalogue says.
    agency: str(agency.unitCode) ?? str(procedure.agency),
    procedureCode: str(procedure.code),
    service: str(p.service),
    totalVnd: typeof p.totalVnd === 'number' ? p.totalVnd : null,
    seq,
  };
}

/** YYMMDD of the slip number as a date; null for a slip the hub cannot read. */
function dayOf(slipNumber: string): string | null {
  const d = parseSlipNumber(slipNumber)?.day;
  return d ? `20${d.slice(0, 2)}-${d.slice(2, 4)}-${d.slice(4, 6)}` : null;
}

export async function recordDossiers(tx: HubQueryable, counter: { counterId: string; officeCode: string }, entries: readonly SyncEntry[]): Promise<void> {
  const intakes: Received[] = [];
  // The last move of each slip in the batch is the status it ends in.
  const moves = new Map<string, { to: DossierStatus; seq: number }>();
  for (const e of entries) {
    if (e.kind !== 'dossier.received' && !e.payload.includes('"moves"')) continue;
    const p = parsePayload(e.payload);
    if (!p) continue;
    if (e.kind === 'dossier.received') {
      const r = received(p, e.seq);
      if (r) intakes.push(r);
    }
    if (Array.isArray(p.moves)) {
      for (const m of p.moves as { slipNumber?: unknown; to?: unknown }[]) {
        if (typeof m?.slipNumber === 'string' && typeof m.to === 'string' && isDossierStatus(m.to)) moves.set(m.slipNumber, { to: m.to, seq: e.seq });
      }
    }
  }
  if (intakes.length > 0) {
    await tx.query(
      `INSERT INTO hub_dossiers (office_code, slip_number, counter_id, entry_seq, day, received_at, agency, procedure_code, service, total_vnd, status, status_seq)
       SELECT $1, r."slipNumber", $2, r.seq, r.day, r."receivedAt", r.agency, r."procedureCode", r.service, r."totalVnd", 'received', r.seq
         FROM json_to_recordset($3::json) AS r("slipNumber" text, seq bigint, day date, "receivedAt" text, agency text, "procedureCode" text, service text, "totalVnd" bigint)
       ON CONFLICT DO NOTHING`,
      [counter.officeCode, counter.counterId, JSON.stringify(intakes.map((r) => ({ ...r, day: dayOf(r.slipNumber) })))],
    );
  }
  if (moves.size > 0) {
    const slips = [...moves.keys()];
    await tx.query(
      `UPDATE hub_dossiers d SET status = m.status, status_seq = m.seq
         FROM unnest($2::text[], $3::text[], $4::bigint[]) AS m(slip_number, status, seq)
        WHERE d.office_code = $1 AND d.slip_number = m.slip_number`,
      [counter.officeCode, slips, slips.map((s) => moves.get(s)!.to), slips.map((s) => moves.get(s)!.seq)],
    );
  }
}

export interface DossierFilter {
  status?: string;
  officeCode?: string;
  agency?: string;
  /** YYYY-MM-DD: the day on the slip. */
  day?: string;
  limit?: number;
}

export interface HubDossierView {
  officeCode: string;
  slipNumber: string;
  counterId: string;
  day: string | null;
  receivedAt: string;
  agency: string | null;
  procedureCode: string | null;
  service: string | null;
  totalVnd: number | null;
  status: string;
}

export async function findDossiers(db: HubQueryable, f: DossierFilter): Promise<HubDossierView[]> {
  const where: string[] = [];
  const params: unknown[] = [];
  const add = (sql: string, v: unknown) => {
    params.push(v);
    where.push(sql.replace('?', `$${params.length}`));
  };
  if (f.status) add('status = ?', f.status);
  if (f.officeCode) add('office_code = ?', f.officeCode);
  if (f.agency) add('agency = ?', f.agency);
  if (f.day) add('day = ?::date', f.day);
  params.push(Math.min(f.limit ?? 500, 5000));
  const rows = await db.query<{
    office_code: string; slip_number: string; counter_id: string; day: string | null; received_at: string; agency: string | null;
    procedure_code: string | null; service: string | null; total_vnd: number | null; status: string;
  }>(
    `SELECT office_code, slip_number, counter_id, to_char(day, 'YYYY-MM-DD') AS day, received_at, agency, procedure_code, service, total_vnd, status
       FROM hub_dossiers ${where.length ? `WHERE ${where.join(' AND ')}` : ''}
      ORDER BY day DESC NULLS LAST, slip_number LIMIT $${params.length}`,
    params,
  );
  return rows.map((r) => ({
    officeCode: r.office_code,
    slipNumber: r.slip_number,
    counterId: r.counter_id,
    day: r.day,
    receivedAt: r.received_at,
    agency: r.agency,
    procedureCode: r.procedure_code,
    service: r.service,
    totalVnd: r.total_vnd,
    status: r.status,
  }));
}
