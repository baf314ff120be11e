// The dossier sending slip (Phiếu gửi hồ sơ). It has the force of a written contract between the
// applicant and the post office (Circular 17/2017/TT-BTTTT art. 9), so it carries every item that
// circular lists: both parties, time, place and mode of service, charges and payment, service
// quality, rights and liability, the procedure and its papers. Content only; renderers decide the look.
import { formatDate, formatDateTime } from '../format';
import type { DossierService } from '../tariff/tariff';
import type { ReceiptBlock, ReceiptDocument } from './receipt-document';

export interface DossierReceiptData {
  /** Null on the preview before commit. */
  slipNumber: string | null;
  /** UPU S10 item id, e.g. RR123456785VN; null on the preview. */
  s10: string | null;
  office: { code: string; name: string; counterNumber: number; province: string };
  clerkName: string;
  /** ISO instant. */
  receivedAt: string;
  sender: {
    kind: 'person' | 'organisation';
    name: string;
    idKind: 'cccd' | 'cmnd' | 'passport' | 'taxCode';
    idNumber: string;
    phone: string;
    email: string | null;
    address: string;
  };
  /** `unitCode`: the one-stop department's code (Decision 20/2020/QĐ-TTg); `sample`: directory data not yet checked. */
  agency: { name: string; unitCode: string | null; address: string | null; phone: string | null; sample: boolean };
  procedure: { code: string; name: string; caseName: string; sample: boolean };
  papers: { name: string; originals: number; copies: number }[];
  service: { id: DossierService; name: string };
  /** Return only: the agency's dossier code and result day from the citizen's appointment slip (null where unknown); null for other services. */
  agencyFiling: { dossierCode: string | null; appointmentDay: string | null } | null;
  returnMethod: { kind: 'counter' } | { kind: 'home'; address: string };
  weightGrams: number;
  fees: { lines: { label: string; vnd: number }[]; totalVnd: number; exemptionReason: string | null };
  postal: { lines: { label: string; vnd: number }[]; totalVnd: number; tariffVersion: string; sample: boolean };
  totalVnd: number;
  /** Null on a preview made before the payment is chosen. */
  payment: { method: 'cash'; tenderedVnd: number; changeVnd: number } | { method: 'transfer'; reference: string } | null;
  /** Days as 'YYYY-MM-DD'. */
  due: { receiptDay: string; dueDate: string; processingText: string };
  /** Slip number and check value, built by the intake service; null on the preview. */
  qrPayload: string | null;
  serviceQuality: string;
}

export const dossierReceiptTitle = 'PHIẾU GỬI HỒ SƠ';

/** Shown where the number is only issued when the dossier is saved. */
const notYetIssued = '(cấp khi lưu)';
const unknown = '—';

const idLabels = { cccd: 'Số CCCD/căn cước', cmnd: 'Số CMND', passport: 'Số hộ chiếu', taxCode: 'Mã số thuế' } as const;

// The complaint periods are the Postal Law's (Law 49/2010/QH12 art. 38), which differ by what
// went wrong: loss or delay counts from the end of the announced delivery time, damage and the
// charge from the day the item was delivered.
const rightsAndLiability =
  'Phiếu này có giá trị như hợp đồng cung ứng dịch vụ bưu chính. Người gửi chịu trách nhiệm về nội dung hồ sơ ' +
  'và được tra cứu tình trạng hồ sơ. Thời hạn khiếu nại (Luật Bưu chính, Điều 38): 6 tháng kể từ ngày hết thời gian ' +
  'toàn trình đối với hồ sơ bị mất hoặc chuyển chậm; 1 tháng kể từ ngày hồ sơ, kết quả được phát đối với hồ sơ bị ' +
  'suy suyễn, hư hỏng hoặc về giá cước. Bưu điện chịu trách nhiệm bồi thường theo quy định của pháp luật về bưu chính ' +
  'và không tiết lộ nội dung hồ sơ. Vui lòng giữ phiếu này để tra cứu và nhận kết quả.';

/** A calendar day (YYYY-MM-DD) as dd/mm/yyyy; the day is the counter's, so it is read at +07:00. */
const formatDay = (day: string) => formatDate(`${day}T00:00:00+07:00`);

const section = (text: string): ReceiptBlock => ({ kind: 'text', text, bold: true, align: 'left', size: 'normal' });
const field = (label: string, value: string): ReceiptBlock => ({ kind: 'field', label, value });
const note = (text: string): ReceiptBlock => ({ kind: 'text', text, bold: false, align: 'left', size: 'small' });

function returnMode(d: DossierReceiptData): string {
  if (d.service.id === 'send') return 'Không qua bưu điện (người gửi nhận tại cơ quan giải quyết)';
  return d.returnMethod.kind === 'counter' ? `Nhận tại quầy ${d.office.name}` : `Phát tận địa chỉ: ${d.returnMethod.address}`;
}

/**
 * Return only: the dossier was filed by the citizen at the agency, so the slip names it by the
 * agency's own code and result day, and says that no paper of it passed through the counter.
 */
function filingBlocks(filing: DossierReceiptData['agencyFiling']): ReceiptBlock[] {
  if (filing === null) return [];
  return [
    note('Hồ sơ đã nộp tại cơ quan giải quyết; bưu điện nhận kết quả tại cơ quan và chuyển trả cho người gửi.'),
    field('Mã hồ sơ tại cơ quan', filing.dossierCode ?? 'Chưa có'),
    field(
      'Ngày hẹn trả của cơ quan',
      filing.appointmentDay ? formatDay(filing.appointmentDay) : 'Chưa rõ (ngày hẹn dưới đây tính như hồ sơ nộp ngày J: ngày muộn nhất)',
    ),
  ];
}

function paymentBlocks(p: DossierReceiptData['payment']): ReceiptBlock[] {
  if (p === null) return [field('Hình thức thanh toán', 'Chưa chọn')];
  if (p.method === 'transfer') return [field('Hình thức thanh toán', 'Chuyển khoản'), field('Mã giao dịch', p.reference)];
  return [
    field('Hình thức thanh toán', 'Tiền mặt'),
    {
      kind: 'amounts',
      rows: [
        { label: 'Khách đưa', vnd: p.tenderedVnd, bold: false },
        { label: 'Tiền thừa trả lại', vnd: p.changeVnd, bold: false },
      ],
    },
  ];
}

function feeBlocks(fees: DossierReceiptData['fees'], service: DossierService): ReceiptBlock[] {
  const blocks: ReceiptBlock[] = [section('PHÍ, LỆ PHÍ (thu hộ cơ quan giải quyết)')];
  if (service === 'return') blocks.push(note('Phí, lệ phí đã nộp tại cơ quan giải quyết khi nộp hồ sơ; bưu điện không thu.'));
  else if (fees.lines.length === 0 && fees.exemptionReason === null) blocks.push(note('Thủ tục không thu phí, lệ phí.'));
  blocks.push({
    kind: 'amounts',
    rows: [...fees.lines.map((l) => ({ label: l.label, vnd: l.vnd, bold: false })), { label: 'Cộng phí, lệ phí', vnd: fees.totalVnd, bold: true }],
  });
  if (fees.exemptionReason !== null) blocks.push(note(`Miễn, giảm: ${fees.exemptionReason}`));
  return blocks;
}

export function buildDossierReceipt(
  d: DossierReceiptData,
  copy: { label: string | null; reprint: { number: number; reason: string } | null },
): ReceiptDocument {
  const blocks: ReceiptBlock[] = [
    { kind: 'text', text: d.office.name, bold: true, align: 'center', size: 'normal' },
    { kind: 'text', text: `Mã bưu cục ${d.office.code} · Quầy số ${d.office.counterNumber} · ${d.office.province}`, bold: false, align: 'center', size: 'small' },
    field('Số phiếu', d.slipNumber ?? notYetIssued),
    field('Số hiệu bưu gửi', d.s10 ?? notYetIssued),
    field('Thời gian nhận', formatDateTime(d.receivedAt)),
    field('Nơi nhận', `${d.office.name}, quầy số ${d.office.counterNumber}`),
    field('Giao dịch viên', d.clerkName),
    { kind: 'rule' },

    section(d.sender.kind === 'person' ? 'NGƯỜI GỬI' : 'TỔ CHỨC GỬI'),
    field(d.sender.kind === 'person' ? 'Họ và tên' : 'Tên tổ chức', d.sender.name),
    field(idLabels[d.sender.idKind], d.sender.idNumber),
    field('Địa chỉ', d.sender.address),
    field('Điện thoại', d.sender.phone),
    field('Thư điện tử', d.sender.email ?? unknown),
    section('NƠI NHẬN (cơ quan giải quyết)'),
    field('Cơ quan', d.agency.name),
    field('Mã đơn vị', d.agency.unitCode ?? unknown),
    field('Địa chỉ', d.agency.address ?? unknown),
    field('Điện thoại', d.agency.phone ?? unknown),
    { kind: 'rule' },

    section('HỒ SƠ'),
    field('Thủ tục', d.procedure.name),
    field('Mã thủ tục', d.procedure.sample ? `${d.procedure.code} (mã mẫu)` : d.procedure.code),
    field('Trường hợp', d.procedure.caseName),
    ...filingBlocks(d.agencyFiling),
    {
      kind: 'table',
      columns: [
        { header: 'STT', align: 'right', weight: 1.5 },
        { header: 'Giấy tờ', align: 'left', weight: 6.5 },
        { header: 'Bản chính', align: 'right', weight: 2 },
        { header: 'Bản sao', align: 'right', weight: 2 },
      ],
      rows: d.papers.map((p, i) => [String(i + 1), p.name, String(p.originals), String(p.copies)]),
    },
    field('Khối lượng', `${d.weightGrams} g`),
    { kind: 'rule' },

    section('DỊCH VỤ'),
    field('Dịch vụ', d.service.name),
    field('Trả kết quả', returnMode(d)),
    field('Chất lượng dịch vụ', d.serviceQuality),
    field('Ngày tính thời hạn (J)', formatDay(d.due.receiptDay)),
    field('Thời hạn giải quyết', d.due.processingText),
    field('Ngày hẹn trả kết quả (dự kiến)', formatDay(d.due.dueDate)),
    { kind: 'rule' },

    ...feeBlocks(d.fees, d.service.id),
    section('CƯỚC DỊCH VỤ BƯU CHÍNH'),
    {
      kind: 'amounts',
      rows: [...d.postal.lines.map((l) => ({ label: l.label, vnd: l.vnd, bold: false })), { label: 'Cộng cước', vnd: d.postal.totalVnd, bold: true }],
    },
    note(`Biểu cước ${d.postal.tariffVersion}${d.postal.sample ? ' (biểu cước mẫu)' : ''}`),
    { kind: 'amounts', rows: [{ label: 'TỔNG CỘNG', vnd: d.totalVnd, bold: true }] },
    ...paymentBlocks(d.payment),
    { kind: 'rule' },

    section('QUYỀN, NGHĨA VỤ VÀ TRÁCH NHIỆM'),
    note(rightsAndLiability),
  ];
  if (d.slipNumber !== null) blocks.push({ kind: 'barcode', symbology: 'code128', data: d.slipNumber, caption: 'Số phiếu' });
  if (d.s10 !== null) blocks.push({ kind: 'barcode', symbology: 'code128', data: d.s10, caption: 'Số hiệu bưu gửi' });
  if (d.qrPayload !== null) blocks.push({ kind: 'qr', data: d.qrPayload, caption: 'Mã tra cứu hồ sơ' });
  blocks.push({ kind: 'signatures', parties: ['Người gửi', 'Giao dịch viên'] });

  return nfc({
    title: dossierReceiptTitle,
    copyLabel: copy.label,
    reprint: copy.reprint,
    sample: d.procedure.sample || d.postal.sample || d.agency.sample,
    blocks,
  });
}

/** Names typed on other machines may arrive decomposed; the paper and its tests see one form. */
function nfc<T>(value: T): T {
  if (typeof value === 'string') return value.normalize('NFC') as T;
  if (Array.isArray(value)) return value.map(nfc) as T;
  if (value !== null && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, nfc(v)])) as T;
  return value;
}
