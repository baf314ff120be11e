// The applicant's details as they stand now: the intake record's name, phone, address and return
// method, each replaced by its newest correction (dossier-corrections.ts) when there is one. Every
// screen, list and paper after intake reads them through here, so a corrected name or phone is
// the one a clerk sees, calls and prints — the intake entry itself never changes.
import type Database from 'better-sqlite3';
import type { DossierRecord } from '../intake/dossier-record';

/** The correctable fields (shared/contract correctableFields), keyed as corrections name them. */
export interface ApplicantNow {
  applicantName: string;
  phone: string;
  address: string;
  returnMethod: DossierRecord['returnMethod'];
}

/** What of a dossier record the current details are drawn from. */
export type RecordedApplicant = Pick<DossierRecord, 'slipNumber' | 'applicant' | 'returnMethod'>;

export const asRecorded = (record: RecordedApplicant): ApplicantNow => ({
  applicantName: record.applicant.name,
  phone: record.applicant.phone,
  address: record.applicant.address,
  returnMethod: record.returnMethod,
});

// Prepared once per database; one range of the corrections' (slip_number, field, entry_seq) index.
const statements = new WeakMap<Database.Database, Database.Statement>();

/** The details now: each field's newest correction over the value recorded at intake. */
export function currentApplicant(db: Database.Database, record: RecordedApplicant): ApplicantNow {
  let corrections = statements.get(db);
  if (!corrections) {
    corrections = db.prepare('SELECT field, after FROM dossier_corrections WHERE slip_number = ? ORDER BY entry_seq');
    statements.set(db, corrections);
  }
  const now = asRecorded(record) as unknown as Record<string, unknown>;
  for (const c of corrections.all(record.slipNumber) as { field: string; after: string }[]) now[c.field] = JSON.parse(c.after);
  return now as unknown as ApplicantNow;
}

/** The record with its applicant and return method as they stand now (for documents drawn from the record). */
export function withCurrentApplicant<R extends RecordedApplicant>(db: Database.Database, record: R): R {
  const now = currentApplicant(db, record);
  return {
    ...record,
    applicant: { ...record.applicant, name: now.applicantName, phone: now.phone, address: now.address },
    returnMethod: now.returnMethod,
  };
}

/** What a list's query selects of the intake entry (aliased `e`) for `currentFromColumns`. */
export const recordedApplicantColumns = "json_extract(e.payload, '$.applicant') AS recorded_applicant, json_extract(e.payload, '$.returnMethod') AS recorded_return_method";
export interface RecordedApplicantColumns {
  recorded_applicant: string;
  recorded_return_method: string;
}

/** The details now of a row that selected `recordedApplicantColumns`. */
export function currentFromColumns(db: Database.Database, slipNumber: string, row: RecordedApplicantColumns): ApplicantNow {
  return currentApplicant(db, {
    slipNumber,
    applicant: JSON.parse(row.recorded_applicant) as DossierRecord['applicant'],
    returnMethod: JSON.parse(row.recorded_return_method) as DossierRecord['returnMethod'],
  });
}
