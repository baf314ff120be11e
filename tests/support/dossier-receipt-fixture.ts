// One committed dossier's slip content, as the intake service would hand it to the receipt builder.
import type { DossierReceiptData } from '../../shared/receipt/dossier-receipt';

export function dossierReceiptData(overrides: Partial<DossierReceiptData> = {}): DossierReceiptData {
  return {
    slipNumber: '360100-01-261127-0001K',
    s10: 'RR123456785VN',
    office: { code: '360100', name: 'Bưu điện Thành phố Sơn La', counterNumber: 1, province: 'Sơn La' },
    clerkName: 'Cầm Thị Mai',
    receivedAt: '2026-11-27T07:05:00.000Z',
    sender: {
      kind: 'person',
      name: 'Nguyễn Thị Hoà',
      idKind: 'cccd',
      idNumber: '014187000123',
      phone: '0912345678',
      email: 'hoa.nguyen@example.vn',
      address: 'Số 12, đường Tô Hiệu, phường Tô Hiệu, tỉnh Sơn La',
    },
    agency: { name: 'Sở Tư pháp tỉnh Sơn La', unitCode: null, address: null, phone: null, sample: false },
    procedure: { code: '3.000333', name: 'Cấp Phiếu lý lịch tư pháp cho công dân Việt Nam', caseName: 'Ủy quyền cho người khác', sample: false },
    papers: [
      { name: 'Tờ khai yêu cầu cấp Phiếu lý lịch tư pháp', originals: 1, copies: 0 },
      { name: 'Văn bản ủy quyền', originals: 1, copies: 0 },
      { name: 'Căn cước của người được ủy quyền', originals: 0, copies: 1 },
    ],
    service: { id: 'both', name: 'Gửi hồ sơ và nhận kết quả' },
    agencyFiling: null,
    returnMethod: { kind: 'home', address: 'Số 12, đường Tô Hiệu, phường Tô Hiệu, tỉnh Sơn La' },
    weightGrams: 85,
    fees: { lines: [{ label: 'Phí cấp Phiếu lý lịch tư pháp', vnd: 200_000 }], totalVnd: 200_000, exemptionReason: null },
    postal: {
      lines: [
        { label: 'Cước chuyển hồ sơ', vnd: 26_000 },
        { label: 'Cước chuyển trả kết quả', vnd: 26_000 },
      ],
      totalVnd: 52_000,
      tariffVersion: '2026-01',
      sample: false,
    },
    totalVnd: 252_000,
    payment: { method: 'cash', tenderedVnd: 300_000, changeVnd: 48_000 },
    due: { receiptDay: '2026-11-27', dueDate: '2026-12-11', processingText: '10 ngày làm việc' },
    qrPayload: '360100-01-261127-0001K.7F3A9C21',
    serviceQuality: 'Chuyển hồ sơ đến cơ quan giải quyết trong 2 ngày làm việc kể từ ngày ghi trên phiếu (J+2).',
    ...overrides,
  };
}
