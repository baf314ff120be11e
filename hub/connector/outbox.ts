// Where the hub learns what to tell the province's one-stop system: the counters' entries, at
// ingest. Called inside the ingest's transaction, so the upstream calls are queued exactly when
// the entries that cause them are stored, and never otherwise:
//  - dossier.received keeps the record (a return-only dossier was filed at the agency: not sent);
//  - a move to delivered (the handover signed by the department) gives the dossier its code and
//    queues DongBoHoSoMC (again, as an update, when it is delivered again after a supplement);
//  - a move to returned / deliveredHome queues the item again with NgayTra and a progress update
//    with status 10, once per (MaHoSo, TrangThai, ThoiDiemXuLy).
import { formatDossierCode, formatOnestopDate, progressKey, type ProgressUpdate } from '../../shared/onestop/convention';
import { dossierItemFor, type OnestopDossierSource } from '../../shared/onestop/dossier-item';
import type { SyncEntry } from '../../shared/sync/protocol';
import type { HubQueryable } from '../db/hub-database';
import { raiseParkedAlert } from './parked-alert';

type Move = { slipNumber: string; to: string };

function parse(text: string): Record<string, unknown> | null {
  try {
    const v: unknown = JSON.parse(text);
    return v !== null && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, unknown>) : null;
  } catch {
    return null;
  }
}

export async function recordOnestopOutbox(tx: HubQueryable, counter: { counterId: string; officeCode: string }, entries: readonly SyncEntry[], now = new Date()): Promise<void> {
  for (const e of entries) {
    if (e.kind !== 'dossier.received' && !e.payload.includes('"moves"')) continue;
    const p = parse(e.payload);
    if (!p) continue;
    if (e.kind === 'dossier.received' && typeof p.slipNumber === 'string' && p.service !== 'return') {
      await tx.query(
        'INSERT INTO onestop_dossiers (office_code, slip_number, counter_id, record) VALUES ($1, $2, $3, $4) ON CONFLICT DO NOTHING',
        [counter.officeCode, p.slipNumber, counter.counterId, e.payload],
      );
    }
    if (!Array.isArray(p.moves)) continue;
    for (const m of p.moves as Move[]) {
      if (m.to === 'delivered') await handedOver(tx, counter.officeCode, m.slipNumber, now);
      if (m.to === 'returned' || m.to === 'deliveredHome') await returned(tx, counter.officeCode, m.slipNumber, m.to, e.at, now);
    }
  }
}

interface Row {
  record: string;
  ma_ho_so: string | null;
  counter_id: string;
}

async function dossier(tx: HubQueryable, officeCode: string, slipNumber: string): Promise<Row | null> {
  const [row] = await tx.query<Row>('SELECT record, ma_ho_so, counter_id FROM onestop_dossiers WHERE office_code = $1 AND slip_number = $2', [officeCode, slipNumber]);
  return row ?? null;
}

async function queue(tx: HubQueryable, op: { kind: 'dossier' | 'progress'; maHoSo: string | null; payload: unknown; key?: string }, now: Date): Promise<void> {
  await tx.query(
    'INSERT INTO onestop_outbox (kind, ma_ho_so, payload, progress_key, created_at) VALUES ($1, $2, $3, $4, $5) ON CONFLICT (progress_key) DO NOTHING',
    [op.kind, op.maHoSo, JSON.stringify(op.payload), op.key ?? null, now],
  );
}

/** A dossier that cannot be sent as the counter recorded it: parked with its problem, and an alert. */
async function park(tx: HubQueryable, row: Row, slipNumber: string, problem: string, now: Date): Promise<void> {
  const [call] = await tx.query<{ id: number }>(
    "INSERT INTO onestop_outbox (kind, ma_ho_so, payload, problem, created_at) VALUES ('dossier', NULL, $1, $2, $3) RETURNING id",
    [JSON.stringify({ slipNumber }), problem, now],
  );
  await raiseParkedAlert(tx, { outboxId: call!.id, maHoSo: null, slipNumber, counterId: row.counter_id, detail: problem, now });
}

async function handedOver(tx: HubQueryable, officeCode: string, slipNumber: string, now: Date): Promise<void> {
  const row = await dossier(tx, officeCode, slipNumber);
  if (!row) return;
  const record = JSON.parse(row.record) as OnestopDossierSource;
  if (row.ma_ho_so) {
    // Delivered again with the papers asked for: the department holds it under its code; the item
    // goes again, back in process.
    const again = dossierItemFor(record, { maHoSo: row.ma_ho_so, status: 'delivered' });
    if (again.ok) await queue(tx, { kind: 'dossier', maHoSo: row.ma_ho_so, payload: again.item }, now);
    return;
  }
  const unit = record.agency?.unitCode;
  if (!unit) return park(tx, row, slipNumber, 'agencyUnitCode', now);
  // A record that cannot make an item gets no code: nothing later is queued for a dossier never sent.
  const check = dossierItemFor(record, { maHoSo: '', status: 'delivered' });
  if (!check.ok) return park(tx, row, slipNumber, check.problem, now);
  const yymmdd = formatOnestopDate(record.receivedAt).slice(2, 8);
  const [day] = await tx.query<{ last: number }>(
    `INSERT INTO onestop_code_days (unit_code, yymmdd, last) VALUES ($1, $2, 1)
     ON CONFLICT (unit_code, yymmdd) DO UPDATE SET last = onestop_code_days.last + 1 RETURNING last`,
    [unit, yymmdd],
  );
  const maHoSo = formatDossierCode(unit, record.receivedAt, day!.last);
  await tx.query('UPDATE onestop_dossiers SET ma_ho_so = $3 WHERE office_code = $1 AND slip_number = $2', [officeCode, slipNumber, maHoSo]);
  await queue(tx, { kind: 'dossier', maHoSo, payload: { ...check.item, MaHoSo: maHoSo } }, now);
}

async function returned(tx: HubQueryable, officeCode: string, slipNumber: string, to: 'returned' | 'deliveredHome', at: string, now: Date): Promise<void> {
  const row = await dossier(tx, officeCode, slipNumber);
  if (!row?.ma_ho_so) return;
  const record = JSON.parse(row.record) as OnestopDossierSource;
  const update: ProgressUpdate = {
    MaHoSo: row.ma_ho_so,
    NguoiXuLy: record.office.name,
    ChucDanh: 'Giao dịch viên bưu điện',
    ThoiDiemXuLy: formatOnestopDate(at),
    PhongBanXuLy: record.office.name,
    NoiDungXuLy: to === 'returned' ? 'Đã trả kết quả cho người nộp tại bưu điện' : 'Đã phát kết quả tại địa chỉ người nộp',
    TrangThai: '10',
    NgayBatDau: '',
    NgayKetThucTheoQuyDinh: '',
  };
  // The progress first: the connector checks an uncertain progress call by the status it set, which
  // the item sent after it (with NgayTra) also sets.
  await queue(tx, { kind: 'progress', maHoSo: row.ma_ho_so, payload: update, key: progressKey(update) }, now);
  const mapped = dossierItemFor(record, { maHoSo: row.ma_ho_so, status: to, returnedAt: at });
  if (mapped.ok) await queue(tx, { kind: 'dossier', maHoSo: row.ma_ho_so, payload: mapped.item }, now);
  await tx.query('UPDATE onestop_dossiers SET closed = true WHERE office_code = $1 AND slip_number = $2', [officeCode, slipNumber]);
}
