// Corrections to a dossier after intake: the applicant's phone, address or misspelt name, and the
// return method. Each is a dossier.corrected entry naming the entry it corrects (the intake, or
// the field's previous correction); the intake entry itself is never changed. Fields that change
// money or the legal filing are refused: the dossier must be voided and taken in again.
import { correctableFields, type CommandArgs, type CommandOutput } from '../../../shared/contract/commands';
import { personName } from '../../../shared/contract/fields';
import { CounterError } from '../counter-error';
import type { Db } from '../db/open-database';
import type { DossierRecord } from '../intake/dossier-record';
import { asRecorded, currentApplicant } from './current-applicant';
import { indexCorrection } from './dossier-index';
import { canonicalJson } from '../../../shared/ledger/canonical-json';
import type { Actor, Ledger } from '../ledger/ledger';

export type CorrectableField = (typeof correctableFields)[number];
export type CorrectionValue = string | DossierRecord['returnMethod'];

interface CorrectionRow {
  entry_seq: number;
  field: CorrectableField;
  before: string;
  after: string;
  reason: string;
  corrects_seq: number;
  at: string;
  actor_name: string | null;
}

type Change = CommandArgs<'dossiers.correct'>['change'];
type CorrectableChange = Extract<Change, { field: CorrectableField }>;

function isCorrectable(change: Change): change is CorrectableChange {
  return (correctableFields as readonly string[]).includes(change.field);
}

export class DossierCorrections {
  constructor(
    private readonly db: Db,
    private readonly ledger: Ledger,
  ) {}

  /** Inside a ledger transaction. */
  correct(args: CommandArgs<'dossiers.correct'>, actor: Actor, idempotencyKey: string): CommandOutput<'dossiers.correct'> {
    const change = args.change;
    if (!isCorrectable(change)) throw new CounterError('CORRECTION_NEEDS_VOID', { field: change.field });
    const { record, entrySeq, status } = this.find(args.slipNumber);
    if (status === 'voided') throw new CounterError('DOSSIER_VOIDED', { slip: record.slipNumber });
    // A person's name is letters only, as at intake; an organisation's may hold digits.
    if (change.field === 'applicantName' && record.applicant.kind === 'person' && !personName.safeParse(change.value).success) {
      throw new CounterError('CORRECTION_INVALID', { field: change.field });
    }
    const last = this.latest(record.slipNumber, change.field);
    const before = last ? (JSON.parse(last.after) as CorrectionValue) : asRecorded(record)[change.field];
    if (canonicalJson(before) === canonicalJson(change.value)) throw new CounterError('CORRECTION_UNCHANGED', { field: change.field });
    const correctsSeq = last?.entry_seq ?? entrySeq;
    const entry = this.ledger.post({
      kind: 'dossier.corrected',
      payload: { slipNumber: record.slipNumber, field: change.field, before, after: change.value, reason: args.reason },
      actor,
      idempotencyKey,
      correctsSeq,
    });
    this.db
      .prepare('INSERT INTO dossier_corrections (entry_seq, slip_number, field, before, after, reason, corrects_seq) VALUES (?, ?, ?, ?, ?, ?, ?)')
      .run(entry.seq, record.slipNumber, change.field, canonicalJson(before), canonicalJson(change.value), args.reason, correctsSeq);
    indexCorrection(this.db, entrySeq, change.field, change.value);
    return { seq: entry.seq, correctsSeq, field: change.field, before, after: change.value };
  }

  /** The correctable fields as they stand now, and every correction, oldest first. */
  corrections(slipNumber: string): CommandOutput<'dossiers.corrections'> {
    const { record } = this.find(slipNumber);
    const rows = this.db
      .prepare(
        `SELECT c.entry_seq, c.field, c.before, c.after, c.reason, c.corrects_seq, e.at, u.name AS actor_name
           FROM dossier_corrections c JOIN entries e ON e.seq = c.entry_seq LEFT JOIN users u ON u.id = e.actor_user_id
          WHERE c.slip_number = ? ORDER BY c.entry_seq`,
      )
      .all(record.slipNumber) as CorrectionRow[];
    return {
      current: currentApplicant(this.db, record),
      history: rows.map((r) => ({
        seq: r.entry_seq,
        correctsSeq: r.corrects_seq,
        field: r.field,
        before: JSON.parse(r.before) as CorrectionValue,
        after: JSON.parse(r.after) as CorrectionValue,
        reason: r.reason,
        at: r.at,
        by: r.actor_name,
      })),
    };
  }

  private latest(slipNumber: string, field: CorrectableField): CorrectionRow | undefined {
    return this.db
      .prepare('SELECT entry_seq, after FROM dossier_corrections WHERE slip_number = ? AND field = ? ORDER BY entry_seq DESC LIMIT 1')
      .get(slipNumber, field) as CorrectionRow | undefined;
  }

  private find(slipNumber: string): { record: DossierRecord; entrySeq: number; status: string } {
    const row = this.db
      .prepare('SELECT d.entry_seq, d.status, e.payload FROM dossiers d JOIN entries e ON e.seq = d.entry_seq WHERE d.slip_number = ?')
      .get(slipNumber.trim().toUpperCase()) as { entry_seq: number; status: string; payload: string } | undefined;
    if (!row) throw new CounterError('DOSSIER_NOT_FOUND', { slip: slipNumber });
    return { record: JSON.parse(row.payload) as DossierRecord, entrySeq: row.entry_seq, status: row.status };
  }
}
