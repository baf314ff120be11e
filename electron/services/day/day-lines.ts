// Which local day each entry counts on, and what it adds to that day's figures: one rule per
// entry kind, used both when an entry is posted (Ledger.post, same transaction) and when
// `ledger verify` rebuilds the tables from the entries (ledger/read-models.ts).
//
// The day is the entry's local calendar day (`at_local`, Asia/Ho_Chi_Minh), unless that day is
// already closed: then the entry counts on the next open day and names the closed one
// (`late_for`). A void, correction or reprint of a dossier taken in on a closed day also names
// that day, so the next Z report shows what changed after the close.
import type { Db } from '../db/open-database';

type Value = string | number | null;
export type Row = Record<string, Value>;
export type DayTable = 'day_lines' | 'drawers' | 'day_closes';

export const dayLineColumns = [
  'day', 'at_local', 'late_for', 'kind', 'user_id', 'drawer_id', 'slip_number', 'agency', 'service', 'procedure', 'payer', 'method', 'reference',
  'receipt_number', 'reason', 'fee_exemption', 'items', 'fees_vnd', 'postal_vnd', 'exempt_vnd', 'tendered_vnd', 'change_vnd', 'cash_vnd',
] as const;
export const drawerColumns = ['day', 'user_id', 'opened_seq', 'float_vnd', 'closed_seq'] as const;
export const dayCloseColumns = ['day', 'z_number', 'provisional', 'last_seq', 'last_hash'] as const;

/** What an entry is, as far as the day is concerned. */
export interface DayEntry {
  seq: number;
  kind: string;
  payload: string;
  actor_user_id: string | null;
  at_local: string;
}

/** A received dossier as later entries about it need it. */
export interface DossierFacts {
  day: string;
  agency: string | null;
  service: string | null;
  fees: number;
}

/** The state the rule reads: the same questions over the database or over a replay. */
export interface DayState {
  /** Whether `day` was closed before entry `seq` (a re-check reads the state as it was then). */
  isClosed(day: string, seq: number): boolean;
  openDrawerOf(userId: string, seq: number): string | null;
  dossier(slipNumber: string): DossierFacts | undefined;
  drawer(drawerId: string): Row | undefined;
}

/** The day after `day` (YYYY-MM-DD), by the calendar. */
export function nextDay(day: string): string {
  const d = new Date(`${day}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + 1);
  return d.toISOString().slice(0, 10);
}

const dossierKinds = new Set(['dossier.voided', 'dossier.corrected', 'dossier.receipt_reprinted']);

/** The rows an entry writes: its day line, and for drawer and close entries their own rows. */
export function dayRows(e: DayEntry, state: DayState): { table: DayTable; key: string; row: Row }[] {
  const p = JSON.parse(e.payload) as Record<string, any>;
  const own = e.at_local.slice(0, 10);
  let day = own;
  let lateFor: string | null = null;
  if (e.kind === 'day.closed') day = String(p.day);
  else if (state.isClosed(own, e.seq)) {
    lateFor = own;
    while (state.isClosed(day, e.seq)) day = nextDay(day);
  }
  const line: Row = Object.fromEntries(dayLineColumns.map((c) => [c, null]));
  Object.assign(line, { day, at_local: e.at_local, late_for: lateFor, kind: e.kind, user_id: e.actor_user_id, items: 1, fees_vnd: 0, postal_vnd: 0, exempt_vnd: 0, tendered_vnd: 0, change_vnd: 0, cash_vnd: 0 });
  const out: { table: DayTable; key: string; row: Row }[] = [];
  const drawerOfActor = () => (e.actor_user_id ? state.openDrawerOf(e.actor_user_id, e.seq) : null);
  const slip = typeof p.slipNumber === 'string' ? p.slipNumber : null;
  line.slip_number = slip;
  if (slip && dossierKinds.has(e.kind)) {
    const d = state.dossier(slip);
    if (d) {
      line.agency = d.agency;
      line.service = d.service;
      if (lateFor === null && d.day !== day && state.isClosed(d.day, e.seq)) line.late_for = d.day;
    }
  }
  switch (e.kind) {
    case 'dossier.received': {
      const postalLines = (p.postal?.lines ?? []) as { label: string; vnd: number }[];
      const exempt = postalLines.filter((l) => l.vnd < 0);
      Object.assign(line, {
        agency: p.agency?.name ?? p.procedure?.agency ?? null,
        service: p.service ?? null,
        procedure: p.procedure?.name ?? null,
        payer: p.applicant?.name ?? null,
        method: p.payment?.method ?? null,
        reference: p.payment?.method === 'transfer' ? p.payment.reference : null,
        fee_exemption: p.fees?.exemptionReason ?? null,
        reason: exempt.length ? exempt.map((l) => l.label).join('; ') : null,
        fees_vnd: p.fees?.totalVnd ?? 0,
        postal_vnd: p.postal?.totalVnd ?? 0,
        exempt_vnd: -exempt.reduce((s, l) => s + l.vnd, 0),
      });
      line.drawer_id = drawerOfActor();
      if (p.payment?.method === 'cash') {
        Object.assign(line, { tendered_vnd: p.payment.tenderedVnd, change_vnd: p.payment.changeVnd, cash_vnd: p.payment.tenderedVnd - p.payment.changeVnd });
      }
      break;
    }
    case 'dossier.voided': {
      const r = p.refund as { feesVnd: number; postalVnd: number; totalVnd: number; method: 'cash' | 'transfer' };
      Object.assign(line, { drawer_id: drawerOfActor(), method: r.method, reason: p.reason ?? null, fees_vnd: -r.feesVnd, postal_vnd: -r.postalVnd });
      if (r.method === 'cash') line.cash_vnd = -r.totalVnd;
      break;
    }
    case 'result.returned': {
      const d = slip ? state.dossier(slip) : undefined;
      Object.assign(line, { agency: d?.agency ?? null, service: d?.service ?? null });
      const fee = p.fee as { amountVnd: number; method: 'cash' | 'transfer'; receiptNumber: string } | null;
      if (fee) {
        Object.assign(line, { drawer_id: drawerOfActor(), method: fee.method, receipt_number: fee.receiptNumber, fees_vnd: fee.amountVnd });
        if (fee.method === 'cash') Object.assign(line, { tendered_vnd: fee.amountVnd, cash_vnd: fee.amountVnd });
      }
      break;
    }
    case 'dossier.receipt_reprinted':
      line.reason = p.reason ?? null;
      line.method = p.channel ?? null;
      break;
    case 'print.printed':
      line.slip_number = p.kind === 'receipt' ? String(p.reference) : null;
      line.reason = String(p.kind);
      break;
    case 'handover.batch_signed': {
      const slips = (p.slipNumbers ?? []) as string[];
      const facts = slips.map((s) => state.dossier(s));
      Object.assign(line, { items: slips.length, agency: facts.find((f) => f)?.agency ?? null, fees_vnd: facts.reduce((s, f) => s + (f?.fees ?? 0), 0) });
      break;
    }
    case 'drawer.opened':
      line.drawer_id = p.drawerId;
      out.push({ table: 'drawers', key: p.drawerId, row: { drawer_id: p.drawerId, day, user_id: e.actor_user_id, opened_seq: e.seq, float_vnd: p.count.totalVnd, closed_seq: null } });
      break;
    case 'drawer.cash_moved':
      Object.assign(line, { drawer_id: p.drawerId, method: p.direction, reason: p.reason, cash_vnd: p.direction === 'in' ? p.amountVnd : -p.amountVnd });
      break;
    case 'drawer.closed': {
      line.drawer_id = p.drawerId;
      const d = state.drawer(p.drawerId);
      if (d) out.push({ table: 'drawers', key: p.drawerId, row: { ...d, closed_seq: e.seq } });
      break;
    }
    case 'drawer.difference':
      Object.assign(line, { drawer_id: p.drawerId, reason: p.reason, cash_vnd: p.differenceVnd });
      break;
    case 'day.closed':
      line.late_for = null;
      out.push({ table: 'day_closes', key: String(e.seq), row: { seq: e.seq, day, z_number: p.zNumber, provisional: p.provisional ? 1 : 0, last_seq: p.lastEntry?.seq ?? null, last_hash: p.lastEntry?.hash ?? null } });
      break;
  }
  out.unshift({ table: 'day_lines', key: String(e.seq), row: { seq: e.seq, ...line } });
  return out;
}

/** Keeps the day tables as entries are posted, inside the posting transaction. */
export class DayIndex implements DayState {
  private readonly sql;

  constructor(db: Db) {
    this.sql = {
      closed: db.prepare('SELECT 1 FROM day_closes WHERE day = ? AND seq < ? LIMIT 1').pluck(),
      // A user holds one drawer at a time (drawers.ts): the last opened before `seq` is the only candidate, found by one seek.
      lastDrawer: db.prepare('SELECT drawer_id, closed_seq FROM drawers WHERE user_id = ? AND opened_seq < ? ORDER BY opened_seq DESC LIMIT 1'),
      dossier: db.prepare(
        'SELECT l.day, l.agency, l.service, l.fees_vnd AS fees FROM dossiers d JOIN day_lines l ON l.seq = d.entry_seq WHERE d.slip_number = ?',
      ),
      drawer: db.prepare('SELECT * FROM drawers WHERE drawer_id = ?'),
      put: {
        day_lines: db.prepare(`INSERT OR REPLACE INTO day_lines (seq, ${dayLineColumns.join(', ')}) VALUES (@seq, ${dayLineColumns.map((c) => `@${c}`).join(', ')})`),
        drawers: db.prepare(`INSERT OR REPLACE INTO drawers (drawer_id, ${drawerColumns.join(', ')}) VALUES (@drawer_id, ${drawerColumns.map((c) => `@${c}`).join(', ')})`),
        day_closes: db.prepare(`INSERT OR REPLACE INTO day_closes (seq, ${dayCloseColumns.join(', ')}) VALUES (@seq, ${dayCloseColumns.map((c) => `@${c}`).join(', ')})`),
      },
    };
  }

  add(e: DayEntry): void {
    for (const { table, row } of dayRows(e, this)) this.sql.put[table].run(row);
  }

  isClosed(day: string, seq: number): boolean {
    return this.sql.closed.get(day, seq) !== undefined;
  }
  openDrawerOf(userId: string, seq: number): string | null {
    const last = this.sql.lastDrawer.get(userId, seq) as { drawer_id: string; closed_seq: number | null } | undefined;
    return last && (last.closed_seq === null || last.closed_seq > seq) ? last.drawer_id : null;
  }
  dossier(slipNumber: string): DossierFacts | undefined {
    return this.sql.dossier.get(slipNumber) as DossierFacts | undefined;
  }
  drawer(drawerId: string): Row | undefined {
    return this.sql.drawer.get(drawerId) as Row | undefined;
  }
}

/** The same rule over entries replayed in order (ledger verify), holding its own state. */
export class DayReplay implements DayState {
  private readonly closedDays = new Set<string>();
  private readonly open = new Map<string, string>();
  private readonly dossiers = new Map<string, DossierFacts>();
  private readonly drawers = new Map<string, Row>();

  rows(e: DayEntry): { table: DayTable; key: string; row: Row }[] {
    const rows = dayRows(e, this);
    for (const { table, row } of rows) {
      if (table === 'drawers') {
        this.drawers.set(String(row.drawer_id), row);
        if (row.closed_seq === null && row.user_id) this.open.set(String(row.user_id), String(row.drawer_id));
        else for (const [u, d] of this.open) if (d === row.drawer_id) this.open.delete(u);
      } else if (table === 'day_closes') {
        this.closedDays.add(String(row.day));
      } else if (row.kind === 'dossier.received' && row.slip_number) {
        this.dossiers.set(String(row.slip_number), { day: String(row.day), agency: row.agency as string | null, service: row.service as string | null, fees: Number(row.fees_vnd) });
      }
    }
    return rows;
  }

  // Replayed in order, the state is always the one before the entry.
  isClosed(day: string): boolean {
    return this.closedDays.has(day);
  }
  openDrawerOf(userId: string): string | null {
    return this.open.get(userId) ?? null;
  }
  dossier(slipNumber: string): DossierFacts | undefined {
    return this.dossiers.get(slipNumber);
  }
  drawer(drawerId: string): Row | undefined {
    return this.drawers.get(drawerId);
  }
}

/** Migration 19's data step: the entries already in the file, indexed in order. */
export function indexExistingEntries(db: Db): void {
  const index = new DayIndex(db);
  // In batches: one connection cannot write while it iterates, and a whole ledger may not fit in memory.
  const batch = db.prepare('SELECT seq, kind, payload, actor_user_id, at_local FROM entries WHERE seq > ? ORDER BY seq LIMIT 5000');
  for (let after = 0; ; ) {
    const rows = batch.all(after) as DayEntry[];
    if (rows.length === 0) break;
    for (const e of rows) index.add(e);
    after = rows.at(-1)!.seq;
  }
}

/**
 * `ledger verify`'s check of `day_lines`, row by row as the entries are replayed (one row per
 * entry, read by its seq), so that no copy of a 3,000,000-row table is held in memory. Rows no
 * entry explains are found at the end by one anti-join.
 */
export class DayLinesCheck {
  private readonly stored;
  private readonly found: { table: string; key: string; column: string | null; expected: string | null; found: string | null }[] = [];

  constructor(private readonly db: Db) {
    this.stored = db.prepare('SELECT * FROM day_lines WHERE seq = ?');
  }

  expect(row: Row): void {
    const key = String(row.seq);
    const have = this.stored.get(row.seq) as Row | undefined;
    if (!have) {
      this.found.push({ table: 'day_lines', key, column: null, expected: 'row', found: null });
      return;
    }
    for (const c of dayLineColumns) {
      if (have[c] !== row[c]) this.found.push({ table: 'day_lines', key, column: c, expected: show(row[c]), found: show(have[c]) });
    }
  }

  differences() {
    const extra = this.db.prepare('SELECT l.seq FROM day_lines l LEFT JOIN entries e ON e.seq = l.seq WHERE e.seq IS NULL').pluck().all() as number[];
    return [...this.found, ...extra.map((seq) => ({ table: 'day_lines', key: String(seq), column: null, expected: null, found: 'row' }))];
  }
}

const show = (v: Value | undefined) => (v === null || v === undefined ? null : String(v));
