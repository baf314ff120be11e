// What the ledger keeps of a received dossier: everything the slip states, as it was at the
// moment of receipt (checklist snapshot, tariff version, due date), so the slip can be
// reprinted and the dossier handed over without consulting anything that may since have changed.
import type { CommandArgs, DueView } from '../../../shared/contract/commands';

type Draft = CommandArgs<'intake.commit'>;

export interface MoneyLine {
  label: string;
  vnd: number;
}

/** A fee line charged per unit on top of the rate: which line of the snapshot, how many, at what price. */
export interface FeeAddition {
  index: number;
  count: number;
  unitVnd: number;
  label: string;
}

export interface AgencySnapshot {
  name: string;
  /** The one-stop department's unit code (Decision 20/2020/QĐ-TTg). */
  unitCode: string | null;
  address: string | null;
  phone: string | null;
  sample: boolean;
}

export interface DossierRecord {
  slipNumber: string;
  s10: string;
  /** The S10 was given from the counter's range (not scanned from a label). */
  s10FromRange: boolean;
  receivedAt: string;
  office: { code: string; name: string; counterNumber: number; province: string };
  clerk: { userId: string | null; name: string };
  procedure: {
    code: string;
    name: string;
    caseIndex: number;
    caseName: string;
    snapshotHash: string;
    sample: boolean;
    agency: string;
    processingText: string;
    /** The procedure's first field (MALINHVUC/TENLINHVUC): the one-stop system files dossiers by it. Absent on older records. */
    field?: { code: string; name: string } | null;
  };
  /**
   * The agency's contact details from the directory as they were at receipt, so a reprint says
   * what the original said. Absent on records made before the directory existed.
   */
  agency?: AgencySnapshot;
  /** `code`: the paper's code in the checklist (MAGIAYTO), null where the record gives none; absent on older records. */
  papers: { index: number; name: string; originals: number; copies: number; code?: string | null }[];
  applicant: Draft['applicant'];
  service: Draft['service'];
  /** Return only: the agency's dossier code and appointment day, where known (absent on records made before return only existed). */
  agencyFiling?: Draft['agencyFiling'];
  returnMethod: Draft['returnMethod'];
  route: string;
  weight: { seq: number; grams: number; manual: boolean };
  fees: { lines: MoneyLine[]; totalVnd: number; feeIndex: number | null; additions: FeeAddition[]; exemptionReason: string | null };
  postal: { lines: MoneyLine[]; totalVnd: number; tariffVersion: string; sample: boolean; applicantCategory: string | null };
  totalVnd: number;
  payment: { method: 'cash'; tenderedVnd: number; changeVnd: number } | { method: 'transfer'; reference: string };
  due: DueView;
}

/** The record before the commit gives it its numbers; the summary may have no payment yet. */
export type DossierDraft = Omit<DossierRecord, 'slipNumber' | 's10' | 's10FromRange' | 'payment'> & { payment: DossierRecord['payment'] | null };
