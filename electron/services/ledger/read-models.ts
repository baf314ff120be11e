// The read models as the entries say they must be: every table a service writes in the
// transaction of an entry, rebuilt here from the entries alone, one rule per entry kind, and
// compared with what the tables hold. A forger who edits a table, deletes the newest entries
// (leaving rows no entry explains) or edits an entry and re-hashes the chain (leaving rows, and
// the receipts' QR check values, that no longer match it) is named by table, row and column.
import type { DossierMove } from '../../../shared/dossier/lifecycle';
import { createHash } from 'node:crypto';
import type { ReadModelDifference } from '../../../shared/contract/commands';
import { resolveProvince } from '../../../shared/identity/provinces';
import { parseSlipNumber } from '../../../shared/identity/slip-number';
import { nameKey } from '../auth/users';
import { itemOutcome } from '../handover/handover-service';
import { nameWords } from '../../../shared/dossier/register-query';
import { correctedLookup, lookupRow, namePairs, type IndexedRecord } from '../dossiers/dossier-index';
import { dossierLinks } from '../dossiers/dossier-links';
import { dayCloseColumns, DayLinesCheck, DayReplay, drawerColumns } from '../day/day-lines';
import { officeImportColumns, officeImportKind, officeImportRow } from '../day/office-view';
import type { Db } from '../db/open-database';
import { canonicalJson } from '../../../shared/ledger/canonical-json';
import type { EntryRow } from './verify-chain';
import { agencyResultReadyColumns, agencyResultReadyRow, resultCheckedInKind } from '../results/agency-results-ready';
import { centreCalendarRow, centreTariffRow, centreDirectiveColumns, centreDirectiveDecision, centreDirectiveRow } from '../sync/centre-directive-row';

type Value = string | number | null;
type Row = Record<string, Value>;

/** The tables rebuilt from entries, each by its key; every listed column is compared. */
const tables = {
  counter: { key: ['id'], columns: ['office_code', 'office_name', 'counter_number', 'province', 'province_code', 'idle_lock_minutes', 'setup_seq'] },
  users: { key: ['id'], columns: ['name', 'name_key', 'role', 'active', 'created_at', 'last_change_seq', 'failed_pins', 'locked_until'] },
  // The hash itself is outside the ledger on purpose; when it was set, and that it is peppered
  // once a sign-in re-made it, are ledger facts.
  credentials: { key: ['user_id'], columns: ['set_at', 'scheme'] },
  dossiers: {
    key: ['slip_number'],
    columns: ['day', 'sequence', 's10', 's10_serial', 's10_from_range', 'weight_seq', 'received_at', 'due_date', 'total_vnd', 'qr_payload', 'entry_seq', 'status', 'status_seq'],
  },
  receipt_issues: { key: ['slip_number', 'channel', 'number'], columns: ['entry_seq'] },
  agencies: { key: ['name'], columns: ['code', 'address', 'phone', 'sample', 'source', 'entry_seq'] },
  device_settings: { key: ['device'], columns: ['settings', 'entry_seq'] },
  catalogue_versions: { key: ['id'], columns: ['imported_at', 'source', 'file_sha256', 'sample', 'procedure_count', 'entry_seq'] },
  procedure_usage: { key: ['code'], columns: ['uses'] },
  // Corrections after intake (services/dossiers/dossier-corrections.ts); values as canonical JSON.
  dossier_corrections: { key: ['entry_seq'], columns: ['slip_number', 'field', 'before', 'after', 'reason', 'corrects_seq'] },
  // Handover batches (services/handover/handover-service.ts).
  handover_batches: { key: ['number'], columns: ['day', 'sequence', 'agency', 'opened_at', 'opened_seq', 'signed_at', 'receiver_name', 'signed_seq'] },
  handover_items: { key: ['batch_number', 'slip_number'], columns: ['added_seq', 'department_code', 'appointment_date', 'reason', 'backfill_seq'] },
  // The register's lookups (services/dossiers/dossier-index.ts, dossier-links.ts).
  dossier_lookup: { key: ['seq'], columns: ['slip_number', 'slip_compact', 'id_number', 'phone', 'procedure_code'] },
  // Results back from the agency (services/results/results-service.ts).
  results: { key: ['slip_number'], columns: ['session', 'checked_in_seq', 'fee_due_vnd', 'notices', 'last_notice_at', 'returned_seq'] },
  dossier_name_words: { key: ['word', 'seq'], columns: [] },
  dossier_name_pairs: { key: ['first', 'second', 'seq'], columns: [] },
  dossier_entries: { key: ['slip_number', 'seq'], columns: [] },
  // Home delivery (services/dossiers/home-delivery.ts).
  delivery_rounds: { key: ['round_id', 'slip_number'], columns: ['day', 'carrier', 's10', 'address', 'entry_seq'] },
  delivery_attempts: {
    key: ['slip_number', 'number'],
    columns: ['round_id', 'day', 'outcome', 'reason', 'note', 'recipient_name', 'recipient_id_number', 'entry_seq'],
  },
  // The end of day (services/day/day-lines.ts); `day_lines` is checked row by row as it is rebuilt (DayLinesCheck).
  drawers: { key: ['drawer_id'], columns: drawerColumns },
  day_closes: { key: ['seq'], columns: dayCloseColumns },
  // Other counters' day files imported for the office view (services/day/office-view.ts).
  office_day_imports: { key: ['counter_number', 'day'], columns: officeImportColumns },
  // The centre's directives as received (services/sync/apply-directive.ts).
  centre_directives: { key: ['directive_id'], columns: centreDirectiveColumns },
  centre_calendar_years: { key: ['year'], columns: ['overrides', 'entry_seq'] },
  centre_tariff: { key: ['id'], columns: ['version', 'tariff', 'entry_seq'] },
  // Results the departments finished, until checked in (services/results/agency-results-ready.ts).
  agency_results_ready: { key: ['slip_number'], columns: agencyResultReadyColumns },
} as const;

type Table = keyof typeof tables;

/** Settings entries and the device whose row each one writes (device-settings.ts). */
const settingsDevice: Record<string, string> = {
  'intake.s10_range_set': 's10-range',
  'device.scale_configured': 'scale',
  'device.printer_configured': 'printer',
  'day.tolerance_set': 'day-tolerance',
};

/** A print job as its causing entry and its outcome entries say it must be. */
interface ExpectedJob {
  kind: 'receipt' | 'reprint' | 'resultHandover' | 'handoverSummary';
  reference: string;
  reprint_number: number | null;
  reprint_reason: string | null;
}
interface JobOutcome {
  state: 'printed' | 'failed';
  outcome_seq: number;
  printed_at: string | null;
  copies: number | null;
}

const keyOf = (row: Row, key: readonly string[]) => key.map((k) => String(row[k])).join(' / ');

/** Replays entries in sequence order into the rows they imply. */
export class ReadModelProjector {
  private readonly rows = new Map<Table, Map<string, Row>>(Object.keys(tables).map((t) => [t as Table, new Map()]));
  /** Print jobs by the seq of the entry that queued them, and outcomes/problems by job id. */
  private readonly jobsBySeq = new Map<number, ExpectedJob>();
  private readonly outcomes = new Map<string, JobOutcome>();
  private readonly problems = new Map<string, { reported: string; changes: number }>();
  /** Each dossier's indexed name words (by its entry's seq): a corrected name pairs with them all. */
  private readonly nameWordsOf = new Map<number, Set<string>>();
  /** The day each entry counts on, replayed by the same rule as at posting (day/day-lines.ts). */
  private readonly day = new DayReplay();
  private readonly dayLines: DayLinesCheck | null;

  /** `db`: the file being verified, for the tables checked as they are rebuilt rather than held. */
  constructor(db?: Db) {
    this.dayLines = db ? new DayLinesCheck(db) : null;
  }

  apply(e: EntryRow): void {
    const p = JSON.parse(e.payload) as Record<string, any>;
    switch (e.kind) {
      case 'counter.set_up': {
        // Set-ups before the 34-province codes named the province as typed: read as migration 7 did.
        const typed = p.provinceName === undefined ? resolveProvince(String(p.province)) : null;
        this.put('counter', {
          id: 1,
          office_code: p.officeCode,
          office_name: p.officeName,
          counter_number: p.counterNumber,
          province: p.provinceName ?? p.province,
          province_code: typed ? (typed.ok ? typed.province.code : null) : p.province,
          idle_lock_minutes: 5,
          setup_seq: e.seq,
        });
        break;
      }
      case 'counter.settings_changed': {
        const counter = this.get('counter', '1');
        if (!counter) break; // a change with no set-up: the counter row, if any, is reported as unexplained
        if (p.province) Object.assign(counter, { province: p.province.after.name, province_code: p.province.after.code });
        if (p.idleLockMinutes) counter.idle_lock_minutes = p.idleLockMinutes.after;
        break;
      }
      case 'user.added':
        this.put('users', {
          id: p.userId,
          name: p.name,
          name_key: nameKey(p.name),
          role: p.role,
          active: 1,
          created_at: e.at,
          last_change_seq: e.seq,
          failed_pins: 0,
          locked_until: null,
        });
        this.put('credentials', { user_id: p.userId, set_at: e.at });
        break;
      case 'user.updated': {
        const user = this.get('users', p.userId);
        if (user) Object.assign(user, { name: p.after.name, name_key: nameKey(p.after.name), role: p.after.role, active: p.after.active ? 1 : 0, last_change_seq: e.seq });
        break;
      }
      // A right PIN (signing in, or a manager confirming a console action) and a manager's unlock end the count.
      case 'auth.signed_in':
      case 'auth.pin_confirmed':
      case 'user.unlocked':
        this.patch('users', p.userId, { failed_pins: 0, locked_until: null });
        // A hash from before the pepper is re-made with it at the next right PIN, never back.
        if (p.pinRehashed) this.patch('credentials', p.userId, { scheme: 'hmac-scrypt' });
        break;
      case 'handover.batch_opened':
        this.put('handover_batches', { number: p.batchNumber, day: p.day, sequence: p.sequence, agency: p.agency, opened_at: e.at, opened_seq: e.seq, signed_at: null, receiver_name: null, signed_seq: null });
        break;
      case 'handover.dossier_added':
        this.put('handover_items', { batch_number: p.batchNumber, slip_number: p.slipNumber, added_seq: e.seq, department_code: null, appointment_date: null, reason: null, backfill_seq: null });
        break;
      case 'handover.dossier_removed':
        this.rows.get('handover_items')!.delete(`${p.batchNumber} / ${p.slipNumber}`);
        break;
      case 'handover.batch_signed':
        this.patch('handover_batches', p.batchNumber, { signed_at: e.at, receiver_name: p.receiverName, signed_seq: e.seq });
        this.jobsBySeq.set(e.seq, { kind: 'handoverSummary', reference: p.batchNumber, reprint_number: null, reprint_reason: null });
        break;
      case 'handover.summary_reprinted':
        this.jobsBySeq.set(e.seq, { kind: 'handoverSummary', reference: p.batchNumber, reprint_number: p.number, reprint_reason: p.reason });
        break;
      case 'handover.outcome_recorded': {
        const item = this.get('handover_items', `${p.batchNumber} / ${p.slipNumber}`);
        const set = itemOutcome(p.outcome);
        if (item) Object.assign(item, { department_code: set.departmentCode ?? item.department_code, appointment_date: set.appointmentDate ?? item.appointment_date, reason: set.reason, backfill_seq: e.seq });
        break;
      }
      case 'result.checked_in':
        this.put('results', { slip_number: p.slipNumber, session: p.session, checked_in_seq: e.seq, fee_due_vnd: p.feeDueVnd, notices: 0, last_notice_at: null, returned_seq: null });
        break;
      case 'result.notified':
        this.patch('results', p.slipNumber, { notices: p.number, last_notice_at: e.at });
        break;
      case 'result.returned':
        this.patch('results', p.slipNumber, { returned_seq: e.seq });
        this.jobsBySeq.set(e.seq, { kind: 'resultHandover', reference: p.slipNumber, reprint_number: null, reprint_reason: null });
        break;
      case 'auth.pin_rejected':
        this.patch('users', p.userId, { failed_pins: p.consecutive, locked_until: null });
        break;
      case 'auth.account_locked':
        this.patch('users', p.userId, { locked_until: p.until });
        break;
      case 'dossier.received': {
        const slip = parseSlipNumber(p.slipNumber);
        this.put('dossiers', {
          slip_number: p.slipNumber,
          day: slip?.day ?? null,
          sequence: slip?.sequence ?? null,
          s10: p.s10,
          // The serial is the S10's eight digits, whether given from the range or scanned.
          s10_serial: Number(String(p.s10).slice(2, 10)),
          s10_from_range: p.s10FromRange ? 1 : 0,
          weight_seq: p.weight.seq,
          received_at: p.receivedAt,
          due_date: p.due.dueDate,
          total_vnd: p.totalVnd,
          qr_payload: `${p.slipNumber}|${p.s10}|${e.hash.slice(0, 16)}`,
          entry_seq: e.seq,
          status: 'received',
          status_seq: e.seq,
        });
        this.put('receipt_issues', { slip_number: p.slipNumber, channel: 'printer', number: 0, entry_seq: e.seq });
        this.put('dossier_lookup', { ...lookupRow(p as IndexedRecord, e.seq) });
        this.indexNameWords(e.seq, nameWords(p.applicant.name));
        this.jobsBySeq.set(e.seq, { kind: 'receipt', reference: p.slipNumber, reprint_number: null, reprint_reason: null });
        break;
      }
      case 'dossier.receipt_reprinted':
        this.put('receipt_issues', { slip_number: p.slipNumber, channel: p.channel, number: p.number, entry_seq: e.seq });
        if (p.channel === 'printer') this.jobsBySeq.set(e.seq, { kind: 'reprint', reference: p.slipNumber, reprint_number: p.number, reprint_reason: p.reason });
        break;
      case 'dossier.corrected':
        this.put('dossier_corrections', {
          entry_seq: e.seq,
          slip_number: p.slipNumber,
          field: p.field,
          before: canonicalJson(p.before),
          after: canonicalJson(p.after),
          reason: p.reason,
          corrects_seq: e.corrects_seq,
        });
        this.correctLookup(p.slipNumber, p.field, p.after);
        break;
      case 'dossier.receipt_pdf_issued':
        this.put('receipt_issues', { slip_number: p.slipNumber, channel: 'pdf', number: 0, entry_seq: e.seq });
        break;
      case 'print.waiting': {
        const seen = this.problems.get(p.jobId);
        this.problems.set(p.jobId, { reported: p.problem, changes: (seen?.changes ?? 0) + 1 });
        break;
      }
      case 'print.printed':
        this.outcomes.set(p.jobId, { state: 'printed', outcome_seq: e.seq, printed_at: e.at, copies: p.documents });
        break;
      case 'print.failed':
        this.outcomes.set(p.jobId, { state: 'failed', outcome_seq: e.seq, printed_at: null, copies: null });
        break;
      case 'agency.updated':
        for (const a of p.agencies as Record<string, any>[]) {
          this.put('agencies', { name: a.name, code: a.unitCode, address: a.address, phone: a.phone, sample: a.sample ? 1 : 0, source: p.source, entry_seq: e.seq });
        }
        break;
      case 'catalogue.imported':
        this.put('catalogue_versions', {
          id: p.versionId,
          imported_at: e.at,
          source: p.source,
          file_sha256: p.fileSha256,
          sample: p.sample ? 1 : 0,
          procedure_count: p.procedures,
          entry_seq: e.seq,
        });
        break;
      case 'delivery.assigned':
        for (const d of p.dossiers as Record<string, any>[]) {
          this.put('delivery_rounds', { round_id: p.roundId, slip_number: d.slipNumber, day: p.day, carrier: p.carrier, s10: d.s10, address: d.address, entry_seq: e.seq });
        }
        break;
      case 'delivery.attempted':
        this.put('delivery_attempts', {
          slip_number: p.slipNumber,
          number: p.number,
          round_id: p.roundId,
          day: p.day,
          outcome: p.outcome,
          reason: p.reason,
          note: p.note,
          recipient_name: p.recipientName,
          recipient_id_number: p.recipientIdNumber,
          entry_seq: e.seq,
        });
        break;
      case 'catalogue.guidance_slip_printed': {
        const usage = this.get('procedure_usage', p.code);
        if (usage) usage.uses = Number(usage.uses) + 1;
        else this.put('procedure_usage', { code: p.code, uses: 1 });
        break;
      }
      default: {
        const device = settingsDevice[e.kind];
        if (device) this.put('device_settings', { device, settings: canonicalJson(p.settings), entry_seq: e.seq });
      }
    }
    for (const l of dossierLinks(e.kind, p, e.seq)) this.put('dossier_entries', { slip_number: l.slipNumber, seq: l.seq });
    for (const { table, row } of this.day.rows(e)) {
      if (table === 'day_lines') this.dayLines?.expect(row);
      else this.put(table, row);
    }
    if (e.kind === officeImportKind) this.put('office_day_imports', officeImportRow(e.seq, p as Parameters<typeof officeImportRow>[1]));
    const directive = centreDirectiveRow(e.kind, p, e.seq);
    if (directive) this.put('centre_directives', directive);
    const tariff = centreTariffRow(e.kind, p, e.seq);
    if (tariff) this.put('centre_tariff', tariff);
    const calendarYear = centreCalendarRow(e.kind, p, e.seq);
    if (calendarYear) this.put('centre_calendar_years', calendarYear);
    const decision = centreDirectiveDecision(e.kind, p);
    if (decision) this.patch('centre_directives', String(decision.directiveId), { outcome: decision.outcome });
    const ready = agencyResultReadyRow(e.kind, p, e.seq, e.at);
    if (ready) this.put('agency_results_ready', ready);
    if (e.kind === resultCheckedInKind) this.rows.get('agency_results_ready')!.delete(String(p.slipNumber));
    // Whatever its kind, an entry that moves dossiers says so in `moves` (services/dossiers/dossier-moves.ts).
    if (Array.isArray(p.moves)) for (const m of p.moves as DossierMove[]) this.patch('dossiers', m.slipNumber, { status: m.to, status_seq: e.seq });
  }

  /** Every difference between the rebuilt rows and the tables of `db`. */
  compare(db: Db): ReadModelDifference[] {
    const found: ReadModelDifference[] = [];
    for (const [table, spec] of Object.entries(tables) as [Table, (typeof tables)[Table]][]) {
      const expected = this.rows.get(table)!;
      const seen = new Set<string>();
      for (const row of db.prepare(`SELECT * FROM ${table}`).iterate() as Iterable<Row>) {
        const key = keyOf(row, spec.key);
        seen.add(key);
        const want = expected.get(key);
        if (!want) {
          found.push({ table, key, column: null, expected: null, found: 'row' });
          continue;
        }
        for (const column of spec.columns) {
          // A column the entries cannot tell for this row (a hash's scheme before its re-making) is not compared.
          if (!(column in want)) continue;
          const have = column === 'settings' ? canonicalJson(JSON.parse(String(row[column]))) : row[column];
          if (!same(want[column], have)) found.push({ table, key, column, expected: show(want[column]), found: show(have) });
        }
      }
      for (const key of expected.keys()) if (!seen.has(key)) found.push({ table, key, column: null, expected: 'row', found: null });
    }
    found.push(...this.compareJobs(db), ...compareCatalogueContent(db), ...(this.dayLines?.differences() ?? []));
    return found;
  }

  /**
   * Print jobs: the queuing entry does not carry the job's id (the id is made in the same
   * transaction), so a row is matched by the entry that caused it, and outcomes by job id.
   * Attempts and the current problem are the worker's bookkeeping, not ledger facts.
   */
  private compareJobs(db: Db): ReadModelDifference[] {
    const found: ReadModelDifference[] = [];
    const seen = new Set<number>();
    const jobIds = new Set<string>();
    for (const row of db.prepare('SELECT * FROM print_jobs').iterate() as Iterable<Row>) {
      const id = String(row.id);
      jobIds.add(id);
      const cause = Number(row.caused_by_seq);
      const want = this.jobsBySeq.get(cause);
      if (!want || seen.has(cause)) {
        found.push({ table: 'print_jobs', key: id, column: null, expected: null, found: 'row' });
        continue;
      }
      seen.add(cause);
      const outcome = this.outcomes.get(id);
      const problem = this.problems.get(id);
      const wanted: Row = {
        ...want,
        outcome_seq: outcome?.outcome_seq ?? null,
        printed_at: outcome?.printed_at ?? null,
        reported_problem: problem?.reported ?? null,
        problem_changes: problem?.changes ?? 0,
      };
      if (outcome) wanted.state = outcome.state;
      if (outcome?.copies != null) wanted.copies = outcome.copies;
      for (const [column, value] of Object.entries(wanted)) {
        if (!same(value, row[column])) found.push({ table: 'print_jobs', key: id, column, expected: show(value), found: show(row[column]) });
      }
      // With no outcome entry the job is still open, whatever the row says.
      if (!outcome && (row.state === 'printed' || row.state === 'failed')) {
        found.push({ table: 'print_jobs', key: id, column: 'state', expected: 'queued | printing | waiting', found: show(row.state) });
      }
    }
    for (const [seq, job] of this.jobsBySeq) {
      if (!seen.has(seq)) found.push({ table: 'print_jobs', key: `${job.reference} #${seq}`, column: null, expected: 'row', found: null });
    }
    for (const id of [...this.outcomes.keys(), ...this.problems.keys()]) {
      if (!jobIds.has(id)) {
        jobIds.add(id);
        found.push({ table: 'print_jobs', key: id, column: null, expected: 'row', found: null });
      }
    }
    return found;
  }

  /** The register's rows after a correction, by the index's own rule (dossier-index.ts). */
  private correctLookup(slipNumber: string, field: string, value: unknown): void {
    const seq = this.get('dossiers', slipNumber)?.entry_seq;
    if (seq === undefined) return;
    const change = correctedLookup(field, value);
    if (change.phone !== undefined) this.patch('dossier_lookup', String(seq), { phone: change.phone });
    if (change.words) this.indexNameWords(Number(seq), change.words);
  }

  /** Adds words to a dossier's name postings, with the pairs they make with all its words (dossier-index.ts). */
  private indexNameWords(seq: number, words: readonly string[]): void {
    const all = this.nameWordsOf.get(seq) ?? new Set<string>();
    this.nameWordsOf.set(seq, all);
    for (const word of words) {
      all.add(word);
      this.put('dossier_name_words', { word, seq });
    }
    for (const [first, second] of namePairs([...all])) this.put('dossier_name_pairs', { first, second, seq });
  }

  private put(table: Table, row: Row): void {
    this.rows.get(table)!.set(keyOf(row, tables[table].key), row);
  }

  private get(table: Table, key: string): Row | undefined {
    return this.rows.get(table)!.get(key);
  }

  private patch(table: Table, key: string, change: Row): void {
    const row = this.get(table, key);
    if (row) Object.assign(row, change);
  }
}

/**
 * The catalogue's snapshots are their own content-addressed store, not entries: each is checked
 * against its hash, and each version holds as many items as its import entry counted.
 */
function compareCatalogueContent(db: Db): ReadModelDifference[] {
  const found: ReadModelDifference[] = [];
  for (const s of db.prepare('SELECT hash, code, body FROM procedure_snapshots').iterate() as Iterable<{ hash: string; code: string; body: string }>) {
    const actual = createHash('sha256').update(s.body).digest('hex');
    if (actual !== s.hash) found.push({ table: 'procedure_snapshots', key: s.hash, column: 'body', expected: s.hash, found: actual });
  }
  const counts = db
    .prepare(
      `SELECT v.id, v.procedure_count, count(i.code) AS items, count(i.code) - count(s.hash) AS dangling
       FROM catalogue_versions v LEFT JOIN catalogue_items i ON i.version_id = v.id LEFT JOIN procedure_snapshots s ON s.hash = i.snapshot_hash
       GROUP BY v.id`,
    )
    .all() as { id: number; procedure_count: number; items: number; dangling: number }[];
  for (const v of counts) {
    if (v.items !== v.procedure_count) found.push({ table: 'catalogue_items', key: String(v.id), column: null, expected: String(v.procedure_count), found: String(v.items) });
    if (v.dangling > 0) found.push({ table: 'catalogue_items', key: String(v.id), column: 'snapshot_hash', expected: '0 missing', found: `${v.dangling} missing` });
  }
  return found;
}

const same = (a: Value | undefined, b: Value | undefined) => (a ?? null) === (b ?? null);
const show = (v: Value | undefined): string | null => (v === null || v === undefined ? null : String(v));

/** Rebuilds every read model from the entries of `db` and names each row that disagrees. */
export function checkReadModels(db: Db): ReadModelDifference[] {
  const projector = new ReadModelProjector(db);
  const unreadable: ReadModelDifference[] = [];
  for (const e of db.prepare('SELECT * FROM entries ORDER BY seq').iterate() as Iterable<EntryRow>) {
    try {
      projector.apply(e);
    } catch (error) {
      // A payload without what its kind must carry explains no row: named, never a crash of verify.
      unreadable.push({ table: 'entries', key: String(e.seq), column: 'payload', expected: `a ${e.kind} payload`, found: String((error as Error).message) });
    }
  }
  return [...unreadable, ...projector.compare(db)];
}
