// A day's report built by hand, as the day service would give it, for the papers' own tests
// (PDF, CSV, day files): figures chosen so every total is worked out in the comments.
import { dayReport, type DayReport } from '../../shared/contract/day';

const fig = (vnd: number, count: number, drill: string) => ({ vnd, count, drill });

/** Two intakes (cash 1 fee 100.000 + charge 27.000; transfer fee 50.000 + charge 27.000), one exempt, one void; drawer 10.000 short. */
export function handBuiltReport(over: Partial<DayReport> = {}): DayReport {
  const report: DayReport = {
    day: '2026-11-27',
    office: { code: '360000', name: 'Bưu cục Sơn La', counterNumber: 1 },
    state: 'closed',
    zNumber: 12,
    provisional: false,
    provisionalReasons: [],
    closedSeq: 90,
    closedAtLocal: '2026-11-27 17:30:02 +07:00',
    closedBy: { id: 'u_mgr', name: 'Trần Thị Quản Lý' },
    lastEntry: { seq: 89, hash: 'a'.repeat(64) },
    generatedAtLocal: '2026-11-27 17:30:02 +07:00',
    drawers: [
      {
        drawerId: 'drw_1',
        clerk: { id: 'u_clerk', name: 'Nguyễn Văn An' },
        openedSeq: 10,
        openedAtLocal: '2026-11-27 07:30:00 +07:00',
        opening: { lines: [{ valueVnd: 100_000, coin: false, count: 5, vnd: 500_000 }], totalVnd: 500_000 },
        floatVnd: 500_000,
        // 200.000 handed over for 127.000 due: 73.000 change.
        cashTaken: fig(200_000, 1, 'cashTaken'),
        feesCash: fig(100_000, 1, 'feesCash'),
        postalCash: fig(27_000, 1, 'postalCash'),
        returnFeesCash: fig(0, 0, 'returnFeesCash'),
        changeGiven: fig(73_000, 1, 'changeGiven'),
        voidRefunds: fig(0, 0, 'voidRefunds'),
        cashOut: fig(0, 0, 'cashOut'),
        cashIn: fig(0, 0, 'cashIn'),
        // 500.000 + 200.000 − 73.000 = 627.000
        expectedVnd: 627_000,
        transfers: [{ seq: 30, slipNumber: '360000-01-261127-0002', reference: 'FT2611270001', vnd: 77_000, what: 'intake' }],
        close: {
          seq: 88,
          atLocal: '2026-11-27 17:20:00 +07:00',
          closedBy: { id: 'u_clerk', name: 'Nguyễn Văn An' },
          counted: { lines: [{ valueVnd: 500_000, coin: false, count: 1, vnd: 500_000 }, { valueVnd: 100_000, coin: false, count: 1, vnd: 100_000 }, { valueVnd: 10_000, coin: false, count: 1, vnd: 10_000 }, { valueVnd: 5_000, coin: false, count: 1, vnd: 5_000 }, { valueVnd: 2_000, coin: false, count: 1, vnd: 2_000 }], totalVnd: 617_000 },
          differenceVnd: -10_000,
          differenceReason: 'Trả nhầm tiền thừa cho khách',
          differenceSeq: 89,
          approvedBy: { id: 'u_mgr', name: 'Trần Thị Quản Lý' },
        },
      },
    ],
    cashWithoutDrawer: fig(0, 0, 'cashWithoutDrawer'),
    cash: { floatVnd: 500_000, expectedVnd: 627_000, countedVnd: 617_000, differenceVnd: -10_000 },
    feesOnBehalf: [
      {
        agency: 'Sở Tư pháp tỉnh Sơn La',
        lines: [
          { seq: 20, atLocal: '2026-11-27 08:15:00 +07:00', slipNumber: '360000-01-261127-0001', procedure: 'Cấp phiếu lý lịch tư pháp', payer: 'Lò Văn Bình', vnd: 100_000, method: 'cash', reference: null, receiptNumber: null, when: 'intake', exemptionReason: null },
        ],
        collected: fig(100_000, 1, 'fees:sotp'),
        cash: fig(100_000, 1, 'fees:sotp:cash'),
        transfer: fig(0, 0, 'fees:sotp:transfer'),
        refunded: fig(0, 0, 'fees:sotp:refunded'),
        handedOver: fig(0, 0, 'fees:sotp:handed'),
        heldVnd: 100_000,
      },
      {
        agency: 'UBND huyện Mai Sơn',
        lines: [
          { seq: 30, atLocal: '2026-11-27 09:40:00 +07:00', slipNumber: '360000-01-261127-0002', procedure: 'Đăng ký khai sinh, kết hôn', payer: 'Cầm Thị Dung, "Dung"', vnd: 50_000, method: 'transfer', reference: 'FT2611270001', receiptNumber: null, when: 'intake', exemptionReason: null },
        ],
        collected: fig(50_000, 1, 'fees:ms'),
        cash: fig(0, 0, 'fees:ms:cash'),
        transfer: fig(50_000, 1, 'fees:ms:transfer'),
        refunded: fig(0, 0, 'fees:ms:refunded'),
        handedOver: fig(50_000, 1, 'fees:ms:handed'),
        heldVnd: 0,
      },
    ],
    postalRevenue: [
      {
        service: 'send',
        dossiers: fig(0, 3, 'postal:send:n'),
        gross: fig(81_000, 3, 'postal:send:gross'),
        exempted: fig(27_000, 1, 'postal:send:exempt'),
        refunded: fig(0, 0, 'postal:send:refund'),
        netVnd: 54_000,
        exemptions: [{ reason: 'Người có công với cách mạng', count: 1, vnd: 27_000, drill: 'postal:send:exempt:ncc' }],
      },
    ],
    dossiers: {
      received: fig(0, 4, 'dossiers:received'),
      voided: fig(0, 1, 'dossiers:voided'),
      handedOver: fig(0, 1, 'dossiers:handed'),
      resultsReceived: fig(0, 0, 'dossiers:results'),
      returned: fig(0, 0, 'dossiers:returned'),
      notHandedOver: { count: 2, list: [
        { slipNumber: '360000-01-261127-0001', receivedAtLocal: '2026-11-27 08:15:00 +07:00', procedure: 'Cấp phiếu lý lịch tư pháp', applicant: 'Lò Văn Bình' },
        { slipNumber: '360000-01-261127-0003', receivedAtLocal: '2026-11-27 10:05:00 +07:00', procedure: 'Đăng ký thường trú', applicant: 'Quàng Văn Em' },
      ] },
      overdue: 0,
    },
    receipts: {
      printed: fig(0, 4, 'receipts:printed'),
      reprinted: [{ seq: 45, atLocal: '2026-11-27 11:00:00 +07:00', slipNumber: '360000-01-261127-0001', reason: 'Kẹt giấy' }],
      pdfIssued: fig(0, 0, 'receipts:pdf'),
    },
    slips: { first: '360000-01-261127-0001', last: '360000-01-261127-0004', count: 4, voided: ['360000-01-261127-0004'], missing: [] },
    lateEntries: [],
    supersedes: [],
    ...over,
  };
  return dayReport.parse(report);
}

export const handBuiltHours = [
  { hour: 8, count: 1 },
  { hour: 9, count: 1 },
  { hour: 10, count: 2 },
];
