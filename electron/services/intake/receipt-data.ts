// From a dossier record to what its slip shows; and the copies a receipt is printed in.
import type { DossierView } from '../../../shared/contract/commands';
import { buildDossierReceipt, type DossierReceiptData } from '../../../shared/receipt/dossier-receipt';
import type { ReceiptDocument } from '../../../shared/receipt/receipt-document';
import type { DossierService } from '../../../shared/tariff/tariff';
import type { DossierDraft, DossierRecord } from './dossier-record';

const copyLabels = ['Liên 1: giao người gửi', 'Liên 2: đính kèm hồ sơ', 'Liên 3: lưu tại quầy'];
const copyLabel = (i: number) => copyLabels[i] ?? `Liên ${i + 1}`;

export const serviceNames = { send: 'Chỉ gửi hồ sơ', return: 'Chỉ nhận kết quả (chuyển trả kết quả)', both: 'Gửi hồ sơ và nhận kết quả' } as const satisfies Record<DossierService, string>;

/** What the post promises, per service, in the days of the route. */
function serviceQuality(r: DossierDraft): string {
  const send = `Chuyển hồ sơ đến cơ quan giải quyết trong ${r.due.transitToAgencyDays} ngày làm việc kể từ ngày ghi trên phiếu (J+${r.due.transitToAgencyDays})`;
  const back = `chuyển trả kết quả trong ${r.due.returnTransitDays} ngày làm việc kể từ ngày cơ quan trả kết quả`;
  if (r.service === 'send') return `${send}.`;
  if (r.service === 'both') return `${send}; ${back}.`;
  return `Nhận kết quả tại cơ quan giải quyết theo ngày hẹn trả và ${back}.`;
}

/** The slip's content; slip number, S10 and QR are null on the preview before commit. */
export function receiptDataOf(r: DossierDraft & { slipNumber: string | null; s10: string | null }, qrPayload: string | null): DossierReceiptData {
  return {
    slipNumber: r.slipNumber,
    s10: r.s10,
    office: r.office,
    clerkName: r.clerk.name,
    receivedAt: r.receivedAt,
    sender: {
      kind: r.applicant.kind,
      name: r.applicant.name,
      idKind: r.applicant.idKind,
      idNumber: r.applicant.idNumber,
      phone: r.applicant.phone,
      email: r.applicant.email,
      address: r.applicant.address,
    },
    // The record names the agency only; its contact details are the directory's copy taken at receipt.
    agency: r.agency ?? { name: r.procedure.agency, unitCode: null, address: null, phone: null, sample: false },
    procedure: { code: r.procedure.code, name: r.procedure.name, caseName: r.procedure.caseName, sample: r.procedure.sample },
    papers: r.papers.map((p) => ({ name: p.name, originals: p.originals, copies: p.copies })),
    service: { id: r.service, name: serviceNames[r.service] },
    agencyFiling: r.service === 'return' ? (r.agencyFiling ?? { dossierCode: null, appointmentDay: null }) : null,
    returnMethod: r.returnMethod,
    weightGrams: r.weight.grams,
    fees: { lines: r.fees.lines, totalVnd: r.fees.totalVnd, exemptionReason: r.fees.exemptionReason },
    postal: { lines: r.postal.lines, totalVnd: r.postal.totalVnd, tariffVersion: r.postal.tariffVersion, sample: r.postal.sample },
    totalVnd: r.totalVnd,
    payment: r.payment,
    due: { receiptDay: r.due.receiptDay, dueDate: r.due.dueDate, processingText: r.procedure.processingText },
    qrPayload,
    serviceQuality: serviceQuality(r),
  };
}

/** The original copies, as printed at commit. */
export function originalReceipts(data: DossierReceiptData, copies: number): ReceiptDocument[] {
  return Array.from({ length: copies }, (_, i) => buildDossierReceipt(data, { label: copyLabel(i), reprint: null }));
}

/** A reprint: the applicant's copy, or every copy, marked with its number and reason. */
export function reprintReceipts(data: DossierReceiptData, copies: number, reprint: { number: number; reason: string }): ReceiptDocument[] {
  return Array.from({ length: copies }, (_, i) => buildDossierReceipt(data, { label: copyLabel(i), reprint }));
}

export function dossierView(r: DossierRecord, seq: number): DossierView {
  return {
    slipNumber: r.slipNumber,
    s10: r.s10,
    procedureCode: r.procedure.code,
    procedureName: r.procedure.name,
    caseName: r.procedure.caseName,
    applicantName: r.applicant.name,
    service: r.service,
    returnMethod: r.returnMethod.kind,
    weightGrams: r.weight.grams,
    feesVnd: r.fees.totalVnd,
    postalVnd: r.postal.totalVnd,
    totalVnd: r.totalVnd,
    payment: r.payment,
    receivedAt: r.receivedAt,
    dueDate: r.due.dueDate,
    clerkName: r.clerk.name,
    seq,
  };
}
